"""The kiosk's top-level window: a stack of screens, fullscreen and hard to leave.

Kept small on purpose: the citizen journey lives in ui/screens/flow.py; staff mode (ui/staff/)
hooks in through `stack`, `add_overlay_screen`, `show_citizen_flow`, `discard_draft` and
`allow_exit`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from ui.i18n import apply_language
from ui.keyboard_space import KeyboardSpace


# The design size: style.qss is written for 1280x800. Larger screens scale every pixel size by
# height (1920x1080: x1.35), limited by width so a portrait screen never overflows sideways.
DESIGN_SIZE = (1280, 800)


def screen_scale(width: int, height: int) -> float:
    scale = min(height / DESIGN_SIZE[1], width / DESIGN_SIZE[0])
    return max(1.0, round(scale * 20) / 20)  # steps of 5 %: no restyle for a few pixels


class KioskWindow(QWidget):
    def __init__(self, settings, parent: QWidget | None = None, *, attract_first: bool = False):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Citizen Tribune")
        self.setAttribute(Qt.WA_StyledBackground, True)
        if settings.ui.fullscreen:
            # No FramelessWindowHint: matchbox leaves frameless windows unmanaged, so they never
            # go fullscreen (seen under Xvfb); a fullscreen window has no frame anyway.
            self.setWindowFlags(Qt.Window | Qt.WindowStaysOnTopHint)
        if settings.ui.hide_cursor:
            self.setCursor(Qt.BlankCursor)
        self._exit_allowed = False
        self.scale = 1.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskStack")
        layout.addWidget(self.stack)
        self.keyboard_space = KeyboardSpace(self, layout, self.stack)  # text screens above the keyboard
        self.flow = None
        self._first_attract = None
        if attract_first:
            self._show_attract_alone()
        else:
            self.build_journey()

    def _show_attract_alone(self) -> None:
        """`kiosk run`: the attract screen is painted before the rest of the kiosk exists (it needs
        no database); build_journey follows from the event loop, before any input is handled."""
        from ui.screens.attract import AttractScreen
        attract = self._first_attract = AttractScreen()
        attract.set_language(self.settings.language)
        bundle = self.settings.settings_bundle
        if bundle is not None:
            attract.set_programme(bundle.programme, bundle.answered_live)
        self.stack.addWidget(attract)
        # Taps before the journey exists (a new data dir or an upgrade is being prepared) are kept.
        self._early = {"start": False, "language": None}
        attract.start.connect(self._start_tapped_early)
        attract.language_chosen.connect(self._language_chosen_early)

    def _start_tapped_early(self) -> None:
        self._early["start"] = True
        self._first_attract.show_getting_ready()

    def _language_chosen_early(self, language: str) -> None:
        self._early["language"] = language
        apply_language(QApplication.instance(), language)
        self._first_attract.set_language(language)

    def build_journey(self) -> None:
        """The citizen journey (on the attract screen already shown, if any) and staff mode."""
        from ui.screens.flow import CitizenFlow
        attract = self._first_attract
        if attract is not None:
            attract.start.disconnect(self._start_tapped_early)
            attract.language_chosen.disconnect(self._language_chosen_early)
        self.flow = CitizenFlow(self, self.settings, attract=attract)
        from ui.staff import install_staff_mode
        self.staff_mode = install_staff_mode(self, self.settings)  # hidden corner → PIN pad → staff screens
        if attract is not None:
            if self._early["language"]:
                self.flow.set_language(self._early["language"])
            if self._early["start"]:  # honoured once the start has finished (release_start)
                self.flow.hold_start()
                self.flow.start()

    # ---- hooks for staff mode ----------------------------------------------------------------
    def add_overlay_screen(self, widget: QWidget) -> QWidget:
        """Add a non-citizen screen (staff) to the stack; show it with show_screen(widget)."""
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        return widget

    def show_screen(self, widget: QWidget) -> None:
        self.flow.overlay.hide()
        self.flow.discard_confirm.hide()
        self.stack.setCurrentWidget(widget)

    def show_citizen_flow(self) -> None:
        """Back from staff mode: a fresh attract screen in Persian."""
        self.flow.reset("staff")

    def discard_draft(self) -> None:
        """Discard the current citizen's draft (row and audio) and return to attract in Persian."""
        self.flow.reset("staff")

    def allow_exit(self, allowed: bool = True) -> None:
        """Only staff may close the kiosk; citizens' Alt+F4 and close requests are ignored."""
        self._exit_allowed = allowed

    # ---- staying put ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._exit_allowed:
            self.shutdown()
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A stray USB keyboard: Escape, Alt+F4 and the Close shortcut are swallowed, other keys
        # go their usual way (a text field that has focus gets them before this window does).
        if event.key() in (Qt.Key_Escape, Qt.Key_F4) or event.matches(QKeySequence.StandardKey.Close):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        scale = screen_scale(self.width(), self.height())
        if scale != self.scale:
            from ui.application import kiosk_stylesheet
            self.scale = scale
            self.setStyleSheet(kiosk_stylesheet(scale) if scale != 1.0 else "")
        if self.flow is not None and self.flow.overlay.isVisible():
            self.flow.overlay.setGeometry(self.rect())

    def changeEvent(self, event: QEvent) -> None:
        # A kiosk that gets minimised (an iconify request, a WM shortcut) comes straight back.
        if event.type() == QEvent.WindowStateChange and self.isMinimized():
            self._come_back_later()
        elif event.type() == QEvent.ActivationChange and not self.isActiveWindow():
            if QApplication.activeWindow() is None:  # none of ours: iconified or covered
                self._come_back_later()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            return  # our own hide() (staff closing the kiosk goes through allow_exit first)
        self._come_back_later()

    def _come_back_later(self) -> None:
        if self.settings.ui.fullscreen and not self._exit_allowed:
            # After the state change is over: re-asking for fullscreen from inside it was ignored,
            # and an iconified X window only returns when activated (_NET_ACTIVE_WINDOW).
            QTimer.singleShot(0, self, self._come_back)

    def _come_back(self) -> None:
        if self._exit_allowed:
            return
        self.setWindowState((self.windowState() & ~Qt.WindowMinimized) | Qt.WindowFullScreen)
        self.show()
        self.raise_()
        self.activateWindow()

    def shutdown(self) -> None:
        """Inside the event loop, before exit: stop recording, drop the draft, hide the keyboard."""
        if self.flow is not None:
            try:
                self.flow.reset("shutdown")
            except Exception as exc:  # noqa: BLE001 - shutting down anyway
                print(f"kiosk: shutdown clean-up failed: {exc!r}")
            self.flow.idle.stop()
        from PySide6.QtGui import QGuiApplication
        QGuiApplication.inputMethod().hide()
