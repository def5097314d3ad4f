"""QApplication set-up (fonts, translations, theme, layout direction) and the kiosk entry points.

`setup_application` is idempotent so the kiosk window can be built inside an application that
already exists (pytest-qt's, the office console's); `run_kiosk` is what `kiosk run` calls.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
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


def create_kiosk_window(settings):
    """The top-level kiosk widget, not shown; needs an existing QApplication."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before create_kiosk_window")
    setup_application(app, settings.language)
    from ui.kiosk_window import KioskWindow
    return KioskWindow(settings)


def _prepare_environment(settings) -> None:
    """Virtual keyboard on X11 only: offscreen and Wayland cannot host it. Before the QApplication:
    the keyboard reads its layout folder (the project's Persian layout) once."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    on_x11 = platform.startswith("xcb") or (not platform and bool(os.environ.get("DISPLAY"))
                                           and not os.environ.get("WAYLAND_DISPLAY"))
    if on_x11:
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
        os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "0")
        from ui.keyboard_layouts import use_kiosk_layouts
        try:
            use_kiosk_layouts(settings.data_dir / "keyboard_layouts")
        except OSError as exc:  # the stock layouts still work
            print(f"kiosk: could not install the keyboard layouts: {exc}", file=sys.stderr)


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
    worker = OutboxWorker(settings)
    window.outbox = worker
    worker.start()
    return worker


def run_kiosk(settings) -> int:
    _prepare_environment(settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Citizen Tribune")
    _recover(settings)
    window = create_kiosk_window(settings)
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
