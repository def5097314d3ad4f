"""Wires staff mode into the kiosk window: corner gesture → PIN pad → staff screen → lock."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from kiosk.staff.auth import StaffAuth
from kiosk.staff.overrides import with_stored_overrides
from kiosk.store import store_per_thread
from ui.staff.entry import PinPad, StaffCorner
from ui.i18n import digits, isolate
from ui.tasks import run_task

translate = QCoreApplication.translate


class StaffMode(QObject):
    signed_in = Signal(str)
    signed_out = Signal()
    pin_checked = Signal(str)  # the AuthResult reason, once the pad shows the outcome
    settings_changed = Signal(object)  # new runtime Settings (admin overrides); the old object is untouched

    def __init__(self, window, settings, outbox_status: Callable[[], dict] | None = None,
                 quit_app: Callable[[], None] | None = None, corner: str = "top_left"):
        super().__init__(window)
        self.window, self.settings, self.outbox_status = window, settings, outbox_status
        self.quit_app = quit_app or QApplication.quit
        # The kiosk process checked the database at start; these are cheap connects, kept: the GUI
        # thread's here, one borrowed by each PIN check on the task pool.
        self.stores = store_per_thread(settings, check=False)
        self.store = self.stores.get()
        # self.settings: the kiosk's settings with the admin's runtime overrides (a copy; see
        # kiosk.staff.overrides); the outbox gets each new one through settings_changed.
        self.settings, problems = with_stored_overrides(self.store.db, settings)
        for problem in problems:
            print(f"kiosk: ignored a stored staff setting: {problem}")
        self.auth = StaffAuth(self.store.db, settings.staff)
        self.push_live_settings()
        self.corner = StaffCorner(settings.staff, window, corner)
        self.corner.requested.connect(self.open_pad)
        self.pad = PinPad()
        self.pad.submitted.connect(self.check_pin)
        self.pad.cancelled.connect(self.leave)
        window.add_overlay_screen(self.pad)
        self.screen = None  # the StaffScreen while someone is signed in
        self._check_gen = 0  # a check still running when the pad is left is ignored
        # The pad left open also times out, like the staff screen.
        self._pad_idle = QTimer(self, singleShot=True)
        self._pad_idle.timeout.connect(self.leave)
        # The corner is only for getting in: on the PIN pad and staff screens it would swallow the
        # taps meant for what lies under it (the Lock button, in RTL).
        window.stack.currentChanged.connect(self._corner_where_needed)
        self._corner_where_needed()  # also shows it when the window is up already (kiosk run's start)

    def _corner_where_needed(self) -> None:
        if isValid(self.corner):
            self.corner.setVisible(self.window.stack.currentWidget() not in (self.pad, self.screen))

    def open_pad(self) -> None:
        if self.screen is not None:
            return
        self.window.discard_draft()  # nothing of a citizen's stays behind the staff screens
        self.pad.reset()
        self.pad.retranslate()
        self.window.show_screen(self.pad)
        self._pad_idle.start(int(self.settings.staff.lock_idle_s * 1000))

    def check_pin(self, pin: str) -> None:
        """scrypt per role (0.1–0.2 s each) runs on a worker with its own connection; the pad waits."""
        self._pad_idle.start(int(self.settings.staff.lock_idle_s * 1000))
        self._check_gen += 1
        gen, stores, staff, clock = self._check_gen, self.stores, self.settings.staff, self.auth.clock
        self.pad.set_busy(True)

        def work():
            with stores.borrow() as store:
                auth = StaffAuth(store.db, staff, clock)
                result = auth.check(pin)
                return result, auth.locked_for()

        run_task(work, lambda out: self._checked(gen, *out), lambda exc: self._check_failed(gen, exc))

    def _checked(self, gen: int, result, locked_for: float) -> None:
        if not isValid(self) or gen != self._check_gen:
            return
        self.pad.set_busy(False)
        if result.reason == "locked":
            self.pad.show_error(digits(translate("Staff", "Locked; try again in {n} s.").format(n=max(1, round(locked_for)))))
        elif result.reason == "no_pins":
            self.pad.show_error(translate("Staff", "No PIN is set yet: {command}").format(
                command=isolate("kiosk staff set-pin")))
        elif not result.ok:
            self.pad.show_error(digits(translate("Staff", "Wrong PIN. {n} tries left.").format(n=result.attempts_left)))
        else:
            self._pad_idle.stop()
            self.pad.reset()
            self.enter(result.role)
        self.pin_checked.emit(result.reason)

    def _check_failed(self, gen: int, exc: BaseException) -> None:
        if not isValid(self) or gen != self._check_gen:
            return
        self.pad.set_busy(False)
        self.pad.show_error(str(exc))
        self.pin_checked.emit("error")

    def enter(self, role: str) -> None:
        # Imported on first sign-in, not at start: the staff screens (queue, waveform, health,
        # admin) are most of the kiosk's import time and no citizen needs them.
        from ui.staff.screen import StaffScreen
        self.screen = StaffScreen(self.settings, self.store, role, self.outbox_status)
        self.screen.locked.connect(self.leave)
        self.screen.exit_requested.connect(self.exit_kiosk)
        self.screen.settings_changed.connect(self._settings_changed)
        self.window.add_overlay_screen(self.screen)
        self.window.show_screen(self.screen)
        self.screen.start()
        self.signed_in.emit(role)

    def leave(self) -> None:
        """Lock: the citizen's draft (if any) is discarded first, then a fresh attract screen."""
        self._pad_idle.stop()
        self._check_gen += 1
        self.pad.set_busy(False)
        self.pad.reset()
        screen, self.screen = self.screen, None
        self.window.discard_draft()
        self.window.show_citizen_flow()
        if screen is not None:
            screen.lock()
            self.window.stack.removeWidget(screen)
            screen.deleteLater()
            self.signed_out.emit()

    def _settings_changed(self, settings) -> None:
        self.settings = settings
        self.push_live_settings()
        self.settings_changed.emit(settings)

    def push_live_settings(self) -> None:
        """Settings read at use time (volume, moderation) need nothing; the citizen idle timer
        was armed with the old timeout, so give it the new one."""
        idle = getattr(getattr(self.window, "flow", None), "idle", None)
        seconds = self.settings.idle_timeout_s
        if hasattr(idle, "set_idle_seconds"):
            idle.set_idle_seconds(seconds)
        elif hasattr(idle, "_idle"):  # ui/screens/idle.py IdleWatcher has no public setter yet
            idle._idle.setInterval(int(seconds * 1000))

    def exit_kiosk(self) -> None:
        """Admin only, already audited by the admin panel."""
        self.window.allow_exit(True)
        self.window.close()
        self.quit_app()


def install_staff_mode(window, settings, outbox_status: Callable[[], dict] | None = None) -> StaffMode:
    """Adds the corner and the staff screens to the kiosk window; returns the controller."""
    if outbox_status is None:
        def outbox_status():  # looked up at refresh time: the worker may start after staff mode
            outbox = getattr(window, "outbox", None)
            return outbox.status() if outbox is not None else None
    mode = StaffMode(window, settings, outbox_status)
    window.staff_mode = mode
    return mode
