"""QApplication set-up shared by the kiosk and the office console: fonts, theme, then the language.

Kept apart from ui.app (the kiosk's entry points) so that screens can switch the language without
importing the module that builds the kiosk window: no import circle app → kiosk_window → flow → app.
Translations themselves are ui.i18n's (the one translation system); their names stay importable here.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.i18n import (I18N_DIR, LANGUAGES, QT_LOCALES, REPO_ROOT, RTL_LANGUAGES,  # noqa: F401 - re-exported
                     apply_language, compile_translations, current_language)

ASSETS = REPO_ROOT / "assets"
FONT_FAMILY = "Vazirmatn"
_SETUP_FLAG = "_kioskSetUp"


def kiosk_stylesheet(scale: float = 1.0) -> str:
    """style.qss with every pixel size multiplied by `scale` (text and targets grow with the screen)."""
    qss = Path(__file__).with_name("style.qss")
    if not qss.exists():
        return ""
    text = qss.read_text(encoding="utf-8").replace("@UI@", Path(__file__).resolve().parent.as_posix())
    if scale == 1.0:
        return text
    return re.sub(r"(\d+)px", lambda m: f"{max(1, round(int(m.group(1)) * scale))}px", text)


def setup_application(app: QApplication, language: str = "fa") -> QApplication:
    """Fonts and theme once per application; language (translators, direction) every call."""
    if not app.property(_SETUP_FLAG):
        for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / name))
        font = QFont(FONT_FAMILY)
        font.setPixelSize(24)
        font.setHintingPreference(QFont.PreferNoHinting)
        app.setFont(font)
        app.setStyleSheet(kiosk_stylesheet())
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as exc:  # .qm from set-up may still be there
            print(f"kiosk: could not compile translations: {exc}", file=sys.stderr)
        app.setProperty(_SETUP_FLAG, True)
    apply_language(app, language)
    return app
