"""QApplication set-up (fonts, translations, theme, layout direction) and the kiosk entry points.

`setup_application` is idempotent so the kiosk window can be built inside an application that
already exists (pytest-qt's, the office console's); `run_kiosk` is what `kiosk run` calls.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
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


def create_kiosk_window(settings, *, prepared: bool = False):
    """The top-level kiosk widget, not shown; needs an existing QApplication.

    prepared: this process already checked and migrated the database (run_kiosk's recovery did);
    otherwise it is done here, once, and the window's parts connect cheaply."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before create_kiosk_window")
    if not prepared:
        from kiosk.store import prepare_database
        prepare_database(settings.db_path)
    setup_application(app, settings.language)
    from ui.kiosk_window import KioskWindow
    return KioskWindow(settings)


def _prepare_environment() -> None:
    """Virtual keyboard on X11 only: offscreen and Wayland cannot host it."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    on_x11 = platform.startswith("xcb") or (not platform and bool(os.environ.get("DISPLAY"))
                                           and not os.environ.get("WAYLAND_DISPLAY"))
    if on_x11:
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
        os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "0")


def _recover(settings) -> None:
    """Before the first citizen: abandoned drafts go, unfinished transcodes resume (kiosk.recovery)."""
    from kiosk.recovery import recover
    print(recover(settings).summary(), file=sys.stderr)


def _start_outbox(window, settings):
    """Delivery runs on its own thread in the kiosk process; staff read window.outbox.status()."""
    from kiosk.sync.keys import init_key, key_path
    from kiosk.sync.worker import OutboxWorker
    if not key_path(settings).exists():  # first start: the kiosk's identity, as `kiosk keys init` makes it
        print(f"kiosk: created signing key; public key {init_key(settings)}", file=sys.stderr)
    worker = OutboxWorker(settings, prepared=True)  # recovery checked the database
    window.outbox = worker
    worker.start()
    return worker


def run_kiosk(settings) -> int:
    _prepare_environment()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Citizen Tribune")
    _recover(settings)
    window = create_kiosk_window(settings, prepared=True)
    if settings.ui.fullscreen:
        window.showFullScreen()
        # Without a window manager showFullScreen() is ignored: cover the screen ourselves.
        window.setGeometry(window.screen().geometry())
    else:
        window.resize(1280, 800)
        window.show()
    outbox = _start_outbox(window, settings)
    # The virtual keyboard can crash at exit if widgets outlive the loop: close inside it.
    app.aboutToQuit.connect(window.shutdown)
    app.aboutToQuit.connect(lambda: outbox.stop(timeout=settings.delivery.timeout_s))
    # systemd stops the kiosk with SIGTERM: quit through the event loop (Python only sees the
    # signal when it runs some bytecode, hence the idle timer).
    # exit(), not quit(): quit() asks the windows to close, and the kiosk window refuses.
    # Deferred to the next loop turn: exiting from inside timer delivery (where the Python handler
    # runs) crashed in QApplicationPrivate::notify_helper when the virtual keyboard had just closed.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app, lambda: app.exit(0)))
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    QTimer.singleShot(0, window.raise_)
    return app.exec()
