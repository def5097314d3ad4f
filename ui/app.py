"""QApplication set-up (fonts, translations, theme, layout direction) and the kiosk entry points.

`setup_application` is idempotent so the kiosk window can be built inside an application that
already exists (pytest-qt's, the office console's); `run_kiosk` is what `kiosk run` calls.
"""
from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

# The set-up lives in ui.application and the translations in ui.i18n; these names stay importable
# from ui.app as before.
from ui.application import (ASSETS, FONT_FAMILY, I18N_DIR, LANGUAGES, QT_LOCALES,  # noqa: F401
                            REPO_ROOT, RTL_LANGUAGES, apply_language, compile_translations,
                            current_language, kiosk_stylesheet, setup_application)


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
    staff = getattr(window, "staff_mode", None)
    # The worker runs on the settings with the admin's overrides and gets each change as a new
    # object through settings_changed, never a change under it while a pass reads it.
    worker = OutboxWorker(staff.settings if staff else settings, prepared=True)  # recovery checked the database
    if staff:
        staff.settings_changed.connect(worker.update_settings)
    window.outbox = worker
    worker.start()
    return worker


def run_kiosk(settings) -> int:
    _prepare_environment(settings)
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
