"""Idle: after the idle timeout an overlay asks "Are you still there?" with a countdown; then the
flow discards the journey. Any touch or key anywhere in the application restarts the timer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from kiosk.text import localize_digits
from ui.screens.base import language, make_button, plain_label, set_texts

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin, QEvent.TouchUpdate,
                QEvent.KeyPress, QEvent.Wheel, QEvent.InputMethod}


class IdleOverlay(QWidget):
    stay = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("idleCard")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(48, 40, 48, 40)
        lay.setSpacing(24)
        self.question = plain_label("idleQuestion", "title")
        self.question.setAlignment(Qt.AlignCenter)
        self.count = plain_label("idleCountdown", "lead")
        self.count.setAlignment(Qt.AlignCenter)
        self.stay_button = make_button("idleStay", "hero")
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
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class IdleWatcher(QObject):
    """Times inactivity; `expired` after idle_s, then `gone` after countdown_s more (unless poked)."""

    expired = Signal()
    tick = Signal(int)
    gone = Signal()

    def set_times(self, idle_s: int, countdown_s: int) -> None:
        """New timeouts from an office settings bundle (applied between sessions)."""
        self._idle.setInterval(idle_s * 1000)
        self.countdown_s = countdown_s

    def __init__(self, idle_s: int, countdown_s: int, parent: QObject | None = None):
        super().__init__(parent)
        self.countdown_s = countdown_s
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
        """Activity: restart the idle timer (an open countdown is left to the Stay button)."""
        if not self.paused and not self.counting:
            self._idle.start()

    def set_paused(self, paused: bool) -> None:
        """While recording the idle timer does not run (the recording cap bounds the time)."""
        self.paused = paused
        if paused:
            self._idle.stop()
        else:
            self._idle.start()

    def cancel(self) -> None:
        self._second.stop()
        self._idle.start()

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
