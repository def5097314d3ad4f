"""A citizen's text for staff and office: nothing can disguise itself, nothing Persian looks broken.

Bidi controls, other zero-width and control characters become visible ⟦U+XXXX⟧ tags
(kiosk.text.reveal_invisible); ZWNJ/ZWJ are ordinary Persian and render as they are. The paragraph
reads in the text's own direction (by its first strong letter): Persian right-aligned, Latin left.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from kiosk.text import reveal_invisible
from ui.i18n import reads_right_to_left


def show_revealed(edit: QPlainTextEdit, text: str) -> None:
    shown = reveal_invisible(text)
    rtl = reads_right_to_left(shown)
    option = QTextOption(Qt.AlignRight | Qt.AlignAbsolute if rtl else Qt.AlignLeft | Qt.AlignAbsolute)
    option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    edit.document().setDefaultTextOption(option)
    edit.setPlainText(shown)
