"""Type: a multi-line field (virtual keyboard in the current language), a counter and the cap."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit

from kiosk.text import localize_digits
from ui.keyboard_space import CompactWhenShort
from ui.screens.base import Screen, language, make_button, plain_label, set_texts
from ui.virtual_keyboard import open_keyboard


class TextScreen(Screen):
    submitted = Signal(str)

    def __init__(self, max_chars: int, parent=None):
        super().__init__("text", parent=parent)
        self.max_chars = max_chars
        self.prompt = plain_label("textPrompt", "lead")
        self.input = QPlainTextEdit()
        self.input.setObjectName("textInput")
        self.input.setTabChangesFocus(True)
        self.input.setInputMethodHints(Qt.ImhMultiLine | Qt.ImhNoPredictiveText)
        self.counter = plain_label("textCounter", "small")
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.input, 1)
        self.body.addWidget(self.counter)
        self.next = self.add_primary(make_button("textContinue", "primary"))
        self.input.setMinimumHeight(110)  # two lines stay visible above the on-screen keyboard
        CompactWhenShort(self, optional=(self.prompt,), body=self.body)
        self.input.textChanged.connect(self._changed)
        self.next.clicked.connect(lambda: self.submitted.emit(self.input.toPlainText()))
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Write your question"))
        self.prompt.setText(self.tr("Use the keyboard on the screen. Short and clear questions are "
                                    "easiest to answer."))
        self.input.setPlaceholderText(self.tr("Your question…"))
        self.input.setAccessibleName(self.tr("Your question"))
        set_texts(self.next, self.tr("Continue"), self.tr("Continue with this text"))
        self._changed()

    def _changed(self) -> None:
        text = self.input.toPlainText()
        n, lang = len(text), language()
        over = n > self.max_chars
        self.counter.setText(self.tr("%1 of %2 characters").replace("%1", localize_digits(str(n), lang))
                             .replace("%2", localize_digits(str(self.max_chars), lang))
                             + ("  " + self.tr("Too long: please shorten it.") if over else ""))
        self.counter.setProperty("over", over)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        self.next.setEnabled(bool(text.strip()) and not over)
        # The field follows the citizen's language, not the first letter typed.
        self.input.document().setDefaultTextOption(self._option())

    def _option(self):
        opt = self.input.document().defaultTextOption()
        opt.setTextDirection(Qt.RightToLeft if language() in ("fa", "ar") else Qt.LeftToRight)
        opt.setAlignment(Qt.AlignRight if language() in ("fa", "ar") else Qt.AlignLeft)
        return opt

    def entered(self) -> None:
        self.focus_input()

    def focus_input(self) -> None:
        """The prompt says "use the keyboard on the screen": it is open when the screen shows."""
        open_keyboard(self.input)

    def clear(self) -> None:
        self.input.clear()
