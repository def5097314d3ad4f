"""Waveform drawn from precomputed min/max peaks (kiosk.staff.peaks), computed off the GUI thread."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from shiboken6 import isValid

from ui.tasks import run_task


class WaveformView(QWidget):
    """Draws peaks and a play-head; `load` fetches (and caches) peaks through run_task."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, name: str = "waveform"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName("waveform")
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setLayoutDirection(Qt.LeftToRight)  # time runs left to right even in an RTL layout
        self.peaks = np.zeros((0, 2), dtype=np.float32)
        self.position = 0.0
        self._token = 0

    def clear(self) -> None:
        self._token += 1
        self.peaks = np.zeros((0, 2), dtype=np.float32)
        self.position = 0.0
        self.update()

    def set_peaks(self, peaks: np.ndarray) -> None:
        self.peaks = np.asarray(peaks, dtype=np.float32).reshape(-1, 2)
        self.update()

    def set_position(self, fraction: float) -> None:
        self.position = min(1.0, max(0.0, fraction))
        self.update()

    def load(self, audio_path: str | Path, cache_dir: str | Path) -> None:
        from kiosk.staff.peaks import cached_peaks
        self._token += 1
        token = self._token

        def done(peaks):
            if isValid(self) and token == self._token:
                self.set_peaks(peaks)
                self.loaded.emit()

        def error(exc):
            if isValid(self) and token == self._token:
                self.clear()
                self.failed.emit(str(exc))

        run_task(lambda: cached_peaks(audio_path, cache_dir), done, error)

    def _columns(self, width: int) -> np.ndarray:
        """Peaks resampled to one (min, max) per pixel column."""
        n = len(self.peaks)
        if n == 0 or width <= 0:
            return np.zeros((0, 2), dtype=np.float32)
        edges = np.linspace(0, n, width + 1).astype(int)
        edges[1:] = np.maximum(edges[1:], edges[:-1] + 1)
        edges = np.minimum(edges, n)
        starts = edges[:-1][edges[:-1] < n]
        return np.stack([np.minimum.reduceat(self.peaks[:, 0], starts),
                         np.maximum.reduceat(self.peaks[:, 1], starts)], axis=1)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        rect = QRectF(self.rect())
        p.fillRect(rect, self.palette().base())
        mid, half = rect.height() / 2, rect.height() / 2 - 2
        cols = self._columns(int(rect.width()))
        p.setPen(QPen(QColor("#2b6cb0"), 1))
        for x, (lo, hi) in enumerate(cols):
            p.drawLine(QPointF(x + 0.5, mid - hi * half), QPointF(x + 0.5, mid - lo * half))
        if len(cols):
            p.setPen(QPen(QColor("#c53030"), 2))
            x = self.position * rect.width()
            p.drawLine(QPointF(x, 0), QPointF(x, rect.height()))
        p.end()
