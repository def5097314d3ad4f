"""Live microphone level: a horizontal bar (RMS) with a peak tick, so a citizen sees they are heard.

Levels arrive as dBFS at >= 20 Hz; the bar maps -60..0 dBFS. Colours carry no meaning alone:
the record screen also says in words when it is too quiet or too loud.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

FLOOR_DBFS = -60.0


def fraction(dbfs: float) -> float:
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS))


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.rms_dbfs = self.peak_dbfs = FLOOR_DBFS
        self.updates = 0  # how many levels arrived (tests and the benchmark read it)

    def sizeHint(self) -> QSize:
        return QSize(600, 64)

    @Slot(float, float)
    def set_level(self, rms_dbfs: float, peak_dbfs: float) -> None:
        self.rms_dbfs, self.peak_dbfs = rms_dbfs, peak_dbfs
        self.updates += 1
        self.update()

    def reset(self) -> None:
        self.rms_dbfs = self.peak_dbfs = FLOOR_DBFS
        self.updates = 0
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(QColor("#1b1b1b"))
        p.setBrush(QColor("#e8eef0"))
        p.drawRoundedRect(r, 12, 12)
        level = fraction(self.rms_dbfs)
        colour = "#0b6e4f" if self.peak_dbfs < -3 else "#b3261e"
        bar = QRectF(r.left(), r.top(), r.width() * level, r.height())
        if self.layoutDirection() == Qt.RightToLeft:
            bar.moveRight(r.right())
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(colour))
        p.drawRoundedRect(bar, 12, 12)
        peak = fraction(self.peak_dbfs) * r.width()
        x = r.right() - peak if self.layoutDirection() == Qt.RightToLeft else r.left() + peak
        p.setPen(QColor("#1b1b1b"))
        p.drawLine(int(x), int(r.top() + 6), int(x), int(r.bottom() - 6))
        p.end()
