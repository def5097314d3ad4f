"""Draw entry (only when that scope was chosen): mobile number in any digits, optional name."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from kiosk.text import localize_digits
from ui.keyboard_space import CompactWhenShort
from ui.screens.base import Screen, language, ltr, make_button, plain_label, set_texts
from ui.virtual_keyboard import open_keyboard


class DrawScreen(Screen):
    submitted = Signal(str, str)  # phone as typed, name

    def __init__(self, parent=None):
        super().__init__("draw", parent=parent)
        self.prompt = plain_label("drawPrompt", "lead")
        self.phone_label = plain_label("phoneLabel", "body")
        self.phone = QLineEdit()
        self.phone.setObjectName("phoneInput")
        self.phone.setMaxLength(24)
        self.phone.setInputMethodHints(Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText)
        # Numbers read left to right in every language (Persepolis' lesson).
        self.phone.setLayoutDirection(Qt.LeftToRight)
        self.phone.setAlignment(Qt.AlignLeft)
        self.error = plain_label("phoneError", "error")
        self.error.hide()
        self.name_label = plain_label("nameLabel", "body")
        self.name = QLineEdit()
        self.name.setObjectName("nameInput")
        self.name.setMaxLength(80)
        for w in (self.prompt, self.phone_label, self.phone, self.error, self.name_label, self.name):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.next = self.add_primary(make_button("drawContinue", "primary"))
        CompactWhenShort(self, optional=(self.prompt,), body=self.body)
        self.next.clicked.connect(lambda: self.submitted.emit(self.phone.text(), self.name.text()))
        self.phone.textEdited.connect(lambda _t: self.show_error(None))
        self._error_code: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Prize draw"))
        self.prompt.setText(self.tr("We will call you only if you win."))
        self.phone_label.setText(self.tr("Mobile number"))
        # In the language's digits, isolated left-to-right: Arabic-Indic digits would otherwise
        # show their groups in reverse order.
        self.phone.setPlaceholderText(ltr(localize_digits("0912 345 6789", language())))
        self.phone.setAccessibleName(self.tr("Mobile number"))
        self.name_label.setText(self.tr("Your name (optional)"))
        self.name.setAccessibleName(self.tr("Your name (optional)"))
        set_texts(self.next, self.tr("Continue"), self.tr("Continue to the summary"))
        self.show_error(self._error_code)

    def show_error(self, code: str | None) -> None:
        self._error_code = code
        words = {
            "empty": self.tr("Please enter your mobile number."),
            "not_digits": self.tr("A mobile number has only digits."),
            "wrong_length": self.tr("An Iranian mobile number has 11 digits, like 0912 345 6789."),
            "not_mobile": self.tr("An Iranian mobile number starts with 09."),
        }
        text = words.get(code or "", "")
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear(self) -> None:
        self.phone.clear()
        self.name.clear()
        self.show_error(None)

    def entered(self) -> None:
        self.focus_input()

    def focus_input(self) -> None:
        """The phone field is focused and its digits pad opens with the screen."""
        open_keyboard(self.phone)
