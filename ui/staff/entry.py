"""The hidden corner that feeds the gesture recognizer, and the touch PIN pad."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.staff.gesture import CornerGesture
from ui.i18n import digits

translate = QCoreApplication.translate


class StaffCorner(QWidget):
    """An invisible square in a corner of its parent; emits `requested` on the staff gesture.

    Positions go to the recognizer in the parent's coordinates, so it can tell a corner tap
    from one that slid out of the corner.
    """

    requested = Signal()

    def __init__(self, staff_settings, parent: QWidget, corner: str = "top_left", zone_px: int = 120,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setAccessibleName(translate("Staff", "Staff entry"))
        self.setAttribute(Qt.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.NoFocus)
        self.gesture = CornerGesture.from_settings(staff_settings, corner, zone_px)
        self.clock = clock
        self.resize(zone_px, zone_px)
        self._hold = QTimer(self, singleShot=True)
        self._hold.timeout.connect(self._check_hold)
        parent.installEventFilter(self)
        self._place()
        self.raise_()

    def _place(self) -> None:
        p, z = self.parentWidget(), self.gesture.zone_px
        vertical, horizontal = self.gesture.corner.split("_")
        x = 0 if horizontal == "left" else p.width() - int(z)
        y = 0 if vertical == "top" else p.height() - int(z)
        self.setGeometry(x, y, int(z), int(z))
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parentWidget() and event.type() in (QEvent.Resize, QEvent.Show, QEvent.ChildAdded):
            QTimer.singleShot(0, self._place)  # stay on top of screens added later
        return False

    def _args(self, pos) -> tuple[float, float, float, float]:
        p = self.mapToParent(QPoint(int(pos.x()), int(pos.y())))
        parent = self.parentWidget()
        return float(p.x()), float(p.y()), float(parent.width()), float(parent.height())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.gesture.press(self.clock(), *self._args(event.position()))
        if self.gesture.holding:
            self._hold.start(int(self.gesture.hold_s * 1000) + 20)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._hold.stop()
        if self.gesture.release(self.clock(), *self._args(event.position())):
            self.requested.emit()
        event.accept()

    def _check_hold(self) -> None:
        if self.gesture.tick(self.clock()):
            self.requested.emit()
        elif self.gesture.holding:
            self._hold.start(100)


class PinPad(QWidget):
    """Digits in the language's script; emits `submitted(pin)` with ASCII digits, or `cancelled`."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, max_len: int = 12, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setAccessibleName(translate("Staff", "Enter the staff PIN"))
        self.setLayoutDirection(Qt.LeftToRight)  # a keypad keeps its phone layout in any language
        self.max_len, self.pin = max_len, ""
        self.setStyleSheet("QPushButton { min-width: 0px; padding: 4px; }")
        center = QHBoxLayout(self)
        panel = QWidget(self)
        panel.setMaximumWidth(520)
        center.addWidget(panel)
        outer = QVBoxLayout(panel)
        self.title = QLabel(translate("Staff", "Enter the staff PIN"), self)
        self.title.setTextFormat(Qt.PlainText)
        self.title.setAlignment(Qt.AlignCenter)
        self.display = QLabel("", self)
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignCenter)
        self.display.setTextFormat(Qt.PlainText)
        self.error = QLabel("", self)
        self.error.setObjectName("pinError")
        self.error.setTextFormat(Qt.PlainText)
        self.error.setAlignment(Qt.AlignCenter)
        self.error.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, d in enumerate("123456789"):
            grid.addWidget(self._digit(d), i // 3, i % 3)
        self.clear_btn = self._button("pinClear", translate("Staff", "Clear"), self.clear)
        self.ok = self._button("pinOk", translate("Staff", "OK"), self._submit, "primary")
        grid.addWidget(self.clear_btn, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.cancel_btn = self._button("pinCancel", translate("Staff", "Cancel"), self._cancel, "quiet")
        for w in (self.title, self.display, self.error):
            outer.addWidget(w)
        outer.addLayout(grid)
        outer.addWidget(self.cancel_btn)

    def _button(self, name: str, text: str, slot, role: str = "secondary") -> QPushButton:
        btn = QPushButton(text, self)
        btn.setProperty("role", role)
        btn.setObjectName(name)
        btn.setAccessibleName(text)
        btn.setMinimumSize(96, 80)
        btn.setAutoDefault(False)
        btn.clicked.connect(slot)
        return btn

    def _digit(self, d: str) -> QPushButton:
        btn = self._button(f"pinDigit{d}", digits(d), lambda: self.press(d))
        self.buttons[d] = btn
        return btn

    def press(self, d: str) -> None:
        if len(self.pin) < self.max_len:
            self.pin += d
        self.display.setText("●" * len(self.pin))

    def clear(self) -> None:
        self.pin = ""
        self.display.setText("")

    def set_busy(self, busy: bool) -> None:
        """While a PIN is being checked the keys do nothing (no double submit, no typing ahead)."""
        for btn in self.findChildren(QPushButton):
            btn.setEnabled(not busy)
        if busy:
            self.error.setText(translate("Staff", "Checking…"))

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def reset(self) -> None:
        self.clear()
        self.error.setText("")

    def retranslate(self) -> None:
        """The pad outlives language changes (a citizen may have picked Arabic): re-read the words."""
        self.setAccessibleName(translate("Staff", "Enter the staff PIN"))
        self.title.setText(translate("Staff", "Enter the staff PIN"))
        for btn, words in ((self.clear_btn, translate("Staff", "Clear")), (self.ok, translate("Staff", "OK")),
                           (self.cancel_btn, translate("Staff", "Cancel"))):
            btn.setText(words)
            btn.setAccessibleName(words)
        for d, btn in self.buttons.items():
            btn.setText(digits(d))
            btn.setAccessibleName(digits(d))

    def _submit(self) -> None:
        pin, self.pin = self.pin, ""
        self.display.setText("")
        self.submitted.emit(pin)

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()
