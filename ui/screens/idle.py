"""Idle: after the idle timeout an overlay asks "Are you still there?" with a countdown; then the
flow discards the journey. Any touch or key anywhere in the application restarts the timer, typing
on the on-screen keyboard included (its taps and the text it sends pass through the application).

While the overlay shows, any touch (the card, the keyboard, the dimmed screen) or typed text counts
as "I am still here". Its card sits above the on-screen keyboard, which stays open over the field
the citizen was typing in.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget
from shiboken6 import isValid

from kiosk.text import localize_digits
from ui.keyboard_space import keyboard_cover
from ui.screens.base import language, make_button, plain_label, set_texts
from ui.virtual_keyboard import open_keyboard

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin, QEvent.TouchUpdate,
                QEvent.KeyPress, QEvent.Wheel, QEvent.InputMethod}
PRESENCE_EVENTS = {QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.KeyPress, QEvent.InputMethod}


class IdleOverlay(QWidget):
    stay = Signal()

    def __init__(self, parent: QWidget, input_method=None):
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.input_method = input_method or QGuiApplication.inputMethod()
        self.input_method.keyboardRectangleChanged.connect(self._fit)
        self.input_method.visibleChanged.connect(self._fit)
        self._return_to: QWidget | None = None  # the field typed in when the overlay came up
        self.stay.connect(self._back_to_field)  # before the flow hides the overlay
        outer = self.outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = self.card = QFrame()
        card.setObjectName("idleCard")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(48, 40, 48, 40)
        lay.setSpacing(24)
        self.question = plain_label("idleQuestion", "title")
        self.question.setAlignment(Qt.AlignCenter)
        self.count = plain_label("idleCountdown", "lead")
        self.count.setAlignment(Qt.AlignCenter)
        self.stay_button = make_button("idleStay", "hero")
        self.stay_button.setFocusPolicy(Qt.NoFocus)  # a tap on it leaves the focus (and keyboard) in the field
        self.stay_button.clicked.connect(self.stay)
        lay.addWidget(self.question)
        lay.addWidget(self.count)
        lay.addWidget(self.stay_button, 0, Qt.AlignHCenter)
        outer.addWidget(card, 0, Qt.AlignHCenter)
        outer.addStretch(1)
        self.left = 0
        self.hide()
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.count.setText(self.tr("If not, everything you entered will be deleted in %1 seconds.")
                           .replace("%1", localize_digits(str(self.left), language())))
        set_texts(self.stay_button, self.tr("I am still here"))
        self.setAccessibleName(self.tr("Are you still there?"))

    def show_countdown(self, left: int) -> None:
        self.left = left
        self.retranslate()
        if not self.isVisible():
            focused = QApplication.focusWidget()
            self._return_to = focused if focused is not None and not self.isAncestorOf(focused) else None
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._fit()

    def _fit(self) -> None:
        """The card goes in the part of the window the on-screen keyboard leaves free."""
        if not isValid(self) or self.parentWidget() is None:
            return
        margins = self.outer.contentsMargins()
        covered = keyboard_cover(self.parentWidget(), self.input_method)
        free = self.parentWidget().height() - covered - margins.top()
        if covered and self.isVisible() and free < self.card.minimumSizeHint().height():
            self.input_method.hide()  # no room above it (a small screen): the card comes first
            return  # back with the field after "still here"
        if margins.bottom() != covered:
            margins.setBottom(covered)
            self.outer.setContentsMargins(margins)

    def _back_to_field(self) -> None:
        """After "still here" the citizen goes on typing where they were, keyboard open."""
        field, self._return_to = self._return_to, None
        if field is not None and isValid(field) and field.isVisible() and field.testAttribute(
                Qt.WA_InputMethodEnabled):
            open_keyboard(field)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QApplication.instance().installEventFilter(self)

    def hideEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self)
        super().hideEvent(event)

    def eventFilter(self, obj, event) -> bool:
        """A touch anywhere or typed text while the question shows: the citizen is still here."""
        if event.type() in PRESENCE_EVENTS and self.isVisible():
            if event.type() != QEvent.InputMethod or event.commitString():
                self.stay.emit()
        return False


class IdleWatcher(QObject):
    """Times inactivity; `expired` after idle_s, then `gone` after countdown_s more (unless poked)."""

    expired = Signal()
    tick = Signal(int)
    gone = Signal()

    def __init__(self, idle_s: int, countdown_s: int, parent: QObject | None = None,
                 longer: dict[str, int] | None = None, screen: Callable[[], str | None] | None = None):
        """`longer` gives some screens (by key, e.g. {"text": 180}) their own idle time; `screen`
        names the current one."""
        super().__init__(parent)
        self.countdown_s = countdown_s
        self.idle_s, self.longer, self.screen = idle_s, dict(longer or {}), screen
        self.paused = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_s * 1000)
        self._idle.timeout.connect(self._expire)
        self._second = QTimer(self)
        self._second.setInterval(1000)
        self._second.timeout.connect(self._count)
        self.left = 0
        QApplication.instance().installEventFilter(self)

    @property
    def counting(self) -> bool:
        return self._second.isActive()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in INPUT_EVENTS and not self.counting:
            self.poke()
        return False

    def poke(self) -> None:
        """Activity: restart the idle timer (an open countdown is left to the overlay)."""
        if not self.paused and not self.counting:
            self._restart()

    def set_times(self, idle_s: int, countdown_s: int) -> None:
        """New timeouts from an office settings bundle (applied between sessions)."""
        self.set_idle_seconds(idle_s)
        self.countdown_s = countdown_s

    def set_idle_seconds(self, seconds: int) -> None:
        """The admin changed the idle time: from the next activity on."""
        self.idle_s = seconds
        self._idle.setInterval(self._seconds() * 1000)

    def _seconds(self) -> int:
        key = self.screen() if self.screen is not None else None
        return int(self.longer.get(key, self.idle_s))

    def _restart(self) -> None:
        self._idle.start(self._seconds() * 1000)

    def set_paused(self, paused: bool) -> None:
        """While recording the idle timer does not run (the recording cap bounds the time)."""
        self.paused = paused
        if paused:
            self._idle.stop()
        else:
            self._restart()

    def cancel(self) -> None:
        self._second.stop()
        self._restart()

    def stop(self) -> None:
        self._second.stop()
        self._idle.stop()

    def _expire(self) -> None:
        if self.paused:
            return
        self.left = self.countdown_s
        self._second.start()
        self.expired.emit()
        self.tick.emit(self.left)

    def _count(self) -> None:
        self.left -= 1
        self.tick.emit(self.left)
        if self.left <= 0:
            self._second.stop()
            self.gone.emit()
