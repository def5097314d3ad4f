"""A label for codes (ticket numbers): text() stays the plain code, painting is left to right.

Arabic-Indic digit groups joined by a hyphen are reordered right-to-left by the Unicode bidi
algorithm even inside an LTR run; the painted text gets a left-to-right mark after every
character so "١٢٣٤-٥٦٧٥" shows in the same order as the QR code and the Latin "1234-5675".
"""
from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel


def ltr(text: str) -> str:
    return "\u2066" + "".join(ch + "\u200e" for ch in text) + "\u2069"


class CodeLabel(QLabel):
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setFont(self.font())
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(self.contentsRect(), int(self.alignment()), ltr(self.text()))
        p.end()
