"""QApplication set-up shared by the kiosk and the office console: fonts, theme, translations, language.

Kept apart from ui.app (the kiosk's entry points) so that screens can switch the language without
importing the module that builds the kiosk window: no import circle app → kiosk_window → flow → app.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.virtual_keyboard import configure_keyboard

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS = REPO_ROOT / "assets"
I18N_DIR = ASSETS / "i18n"
LANGUAGES = ("fa", "ar", "en")
RTL_LANGUAGES = ("fa", "ar")
QT_LOCALES = {"fa": "fa_IR", "ar": "ar", "en": "en_US"}
FONT_FAMILY = "Vazirmatn"
_SETUP_FLAG = "_kioskSetUp"
_translators: list[QTranslator] = []  # the installed ones, replaced on language change


def compile_translations(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """Build .qm from .ts where missing or stale (set-up does this too; tests call it)."""
    built = []
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n_dir.glob("kiosk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts),
                        "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def setup_application(app: QApplication, language: str = "fa") -> QApplication:
    """Fonts and theme once per application; language (translators, direction) every call."""
    if not app.property(_SETUP_FLAG):
        for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / name))
        font = QFont(FONT_FAMILY)
        font.setPixelSize(24)
        font.setHintingPreference(QFont.PreferNoHinting)
        app.setFont(font)
        qss = Path(__file__).with_name("style.qss")
        if qss.exists():
            ui_dir = Path(__file__).resolve().parent.as_posix()
            app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@UI@", ui_dir))
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as exc:  # .qm from set-up may still be there
            print(f"kiosk: could not compile translations: {exc}", file=sys.stderr)
        app.setProperty(_SETUP_FLAG, True)
    apply_language(app, language)
    return app


def apply_language(app: QApplication, language: str) -> None:
    """Swap translators and layout direction; widgets get a LanguageChange event and retranslate."""
    if language not in LANGUAGES:
        language = "fa"
    configure_keyboard(app, language)  # before the early return: the keyboard may have drifted
    if app.property("kioskLanguage") == language and _translators:
        return
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    cache = getattr(app, "_kiosk_translators", None)
    if cache is None:
        cache = app._kiosk_translators = {}
    if language not in cache:  # load each language once: a kiosk switches hundreds of times a day
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        candidates = [(str(I18N_DIR), f"kiosk_{language}")]
        if language != "en":
            candidates.append((qt_dir, f"qtbase_{language}"))
        cache[language] = []
        for directory, base in candidates:
            tr = QTranslator(app)
            if tr.load(base, directory):
                cache[language].append(tr)
    for tr in cache[language]:
        app.installTranslator(tr)
        _translators.append(tr)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
    app.setProperty("kioskLanguage", language)


def current_language(app: QApplication | None = None) -> str:
    app = app or QApplication.instance()
    return (app.property("kioskLanguage") if app else None) or "fa"
