"""A bar of counts per day and per topic for the current filter, painted (no chart library)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import digits, local_day, topic_name

translate = QCoreApplication.translate


class CountsBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("officeCounts")
        self.setAccessibleName(translate("Office", "Questions per day and per topic"))
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.per_day: list[tuple[str, int]] = []
        self.per_topic: list[tuple[str, int]] = []

    def set_counts(self, per_day: list[tuple[str, int]], per_topic: list[tuple[str, int]]) -> None:
        self.per_day, self.per_topic = per_day[-14:], per_topic[:8]  # what fits and still reads
        self.setToolTip("\n".join(f"{local_day(d)}: {digits(n)}" for d, n in per_day))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        half = self.width() / 2
        self._bars(p, QRectF(0, 0, half - 8, self.height()), translate("Office", "Per day"),
                   [(local_day(d).split("/", 1)[-1], n) for d, n in self.per_day], QColor("#2f6f9f"))
        self._bars(p, QRectF(half + 8, 0, half - 8, self.height()), translate("Office", "Per topic"),
                   [(topic_name(k), n) for k, n in self.per_topic], QColor("#4f8f3f"))
        p.end()

    def _bars(self, p: QPainter, area: QRectF, title: str, items: list[tuple[str, int]], color: QColor) -> None:
        p.setPen(self.palette().windowText().color())
        p.drawText(area.adjusted(0, 0, 0, -area.height() + 18), Qt.AlignCenter, title)
        if not items:
            return
        top, bottom = area.top() + 22, area.bottom() - 18
        peak = max(n for _, n in items) or 1
        width = area.width() / len(items)
        for i, (label, n) in enumerate(items):
            x = area.left() + i * width
            h = (bottom - top) * n / peak
            p.fillRect(QRectF(x + 3, bottom - h, width - 6, h), color)
            p.drawText(QRectF(x, bottom, width, 18), Qt.AlignCenter,
                       p.fontMetrics().elidedText(label, Qt.ElideRight, int(width) - 2))
            p.drawText(QRectF(x, bottom - h - 16, width, 16), Qt.AlignCenter, digits(n))
