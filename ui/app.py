"""QApplication set-up (fonts, translations, theme, layout direction) and the kiosk entry points.

`setup_application` is idempotent so the kiosk window can be built inside an application that
already exists (pytest-qt's, the office console's); `run_kiosk` is what `kiosk run` calls.
"""
from __future__ import annotations

import os
import signal
import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.tasks import run_task

# The set-up lives in ui.application and the translations in ui.i18n; these names stay importable
# from ui.app as before.
from ui.application import (ASSETS, FONT_FAMILY, I18N_DIR, LANGUAGES, QT_LOCALES,  # noqa: F401
                            REPO_ROOT, RTL_LANGUAGES, apply_language, compile_translations,
                            current_language, kiosk_stylesheet, setup_application)


def create_kiosk_window(settings, *, prepared: bool = False, attract_first: bool = False):
    """The top-level kiosk widget, not shown; needs an existing QApplication.

    prepared: this process already prepared the database; otherwise it is done here, once, check
    included, and the window's parts connect cheaply. attract_first: only the attract screen for
    now (start_kiosk_window); the caller builds the rest with window.build_journey()."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create a QApplication before create_kiosk_window")
    if not prepared:
        from kiosk.store import prepare_database
        prepare_database(settings.db_path)
    setup_application(app, settings.language)
    from ui.kiosk_window import KioskWindow
    return KioskWindow(settings, attract_first=attract_first)


def start_kiosk_window(settings):
    """What `kiosk run` does before its event loop: the attract screen as early as it can be.

    The window is built with the attract screen alone (it needs no database). Once the event loop
    runs, one small read tells whether the schema is current. If it is, the journey and staff mode
    are built at once and the integrity check (its cost grows with the file) and the crash recovery
    run on a worker; otherwise (a new data dir, an upgrade) the whole preparation, check first, then
    migrations, runs on that worker too and the journey is built on the schema it made. Start waits
    for them (a tap meanwhile is kept and honoured), and the outbox starts after them. A damaged
    database ends the kiosk with words on stderr and exit code 1, as before. Returns the window, not shown."""
    window = create_kiosk_window(settings, prepared=True, attract_first=True)  # prepared just below
    QTimer.singleShot(0, window, lambda: _build_then_check(window, settings))
    return window


def _build_then_check(window, settings) -> None:
    from kiosk.store import schema_is_current
    try:
        current = schema_is_current(settings.db_path)
    except Exception as exc:  # noqa: BLE001 - e.g. a damaged file: the kiosk cannot go on
        _start_failed(exc, traceback.format_exc())
        return
    if current and not _build_journey(window):
        return
    run_task(lambda: _finish_start(settings, prepare=not current),
             lambda report: (current or _build_journey(window)) and _started(window, settings, report),
             _start_failed)


def _finish_start(settings, *, prepare: bool):
    """On a worker while the attract screen is up: the database's check (and, for a new data dir or
    an upgrade, its migrations), the data folder closed up, the crash recovery."""
    from kiosk.privacy import lock_down
    from kiosk.recovery import recover
    from kiosk.store import check_database, prepare_database
    if prepare:
        prepare_database(settings.db_path)
    else:
        check_database(settings.db_path)
    lock_down(settings.data_dir, deep=True)  # media, envelopes, outbox an older version wrote before umask 077
    return recover(settings, prepared=True)


def _build_journey(window) -> bool:
    """The journey and staff mode, with Start held until the start has finished; False if it failed."""
    try:
        window.build_journey()
    except Exception as exc:  # noqa: BLE001 - the kiosk cannot go on: words and exit code 1
        _start_failed(exc, traceback.format_exc())
        return False
    window.flow.hold_start()
    return True


def _started(window, settings, report) -> None:
    print(report.summary(), file=sys.stderr)
    _start_outbox(window, settings)
    window.flow.release_start()


def _start_failed(exc: BaseException, traceback_text: str | None = None) -> None:
    from kiosk.store import StoreCorrupt
    if isinstance(exc, StoreCorrupt):
        print(f"kiosk: {exc}", file=sys.stderr)
    else:
        print(traceback_text or getattr(exc, "__traceback_text__", repr(exc)), file=sys.stderr)
        print(f"kiosk: the start failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    QApplication.instance().exit(1)


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


def _stop_outbox(window, settings) -> None:
    outbox = getattr(window, "outbox", None)  # none yet when the start failed or is still going
    if outbox is not None:
        outbox.stop(timeout=settings.delivery.timeout_s)


def run_kiosk(settings) -> int:
    _prepare_environment(settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Citizen Tribune")
    window = start_kiosk_window(settings)
    if settings.ui.fullscreen:
        window.showFullScreen()
        # Without a window manager showFullScreen() is ignored: cover the screen ourselves.
        window.setGeometry(window.screen().geometry())
    else:
        window.resize(1280, 800)
        window.show()
    # The virtual keyboard can crash at exit if widgets outlive the loop: close inside it.
    app.aboutToQuit.connect(window.shutdown)
    app.aboutToQuit.connect(lambda: _stop_outbox(window, settings))
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
