"""Attract screen: programme name, one line of invitation, a big Start, and the three languages."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.text import localize_digits

from ui.screens.base import Screen, language, make_button, plain_label, set_texts
from ui.widgets.programme import ProgrammePanel

# Each language button is labelled in its own language, so anyone can find theirs.
LANGUAGE_BUTTONS = (("fa", "langFa", "فارسی"), ("ar", "langAr", "العربية"), ("en", "langEn", "English"))


class AttractScreen(Screen):
    start = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent=None, now=None):
        super().__init__("attract", nav=False, parent=parent)
        self.title.setProperty("cls", "programme")
        self.center_title()
        self.invitation = plain_label("attractInvitation", "lead")
        self.invitation.setAlignment(Qt.AlignCenter)
        self.start_button = make_button("attractStart", "hero")
        self.start_button.clicked.connect(self.start)
        self.notice = plain_label("attractNotice", "notice")
        self.notice.setAlignment(Qt.AlignCenter)
        self.notice.hide()
        self.body.addStretch(1)
        self.body.addWidget(self.invitation)
        self.body.addSpacing(24)
        self.body.addWidget(self.start_button, 0, Qt.AlignHCenter)
        self.body.addWidget(self.notice)
        # The next live show and the answered count, from the office's settings bundle.
        self.programme = ProgrammePanel(now) if now else ProgrammePanel()
        self.body.addSpacing(12)
        self.body.addWidget(self.programme)
        self.body.addStretch(1)
        # Always fa · ar · en from left to right, whatever the current direction: a button must
        # not jump under the citizen's finger when the language it chose flips the layout.
        row = QWidget()
        row.setObjectName("languageRow")
        row.setLayoutDirection(Qt.LeftToRight)
        langs = QHBoxLayout(row)
        langs.setContentsMargins(0, 0, 0, 0)
        langs.setSpacing(24)
        langs.addStretch(1)
        self.language_buttons = {}
        for code, name, label in LANGUAGE_BUTTONS:
            btn = make_button(name, "language")
            btn.setText(label)
            btn.setCheckable(True)
            btn.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            langs.addWidget(btn)
            self.language_buttons[code] = btn
        langs.addStretch(1)
        self.body.addWidget(row)
        self._throttle: tuple[str, float] | None = None
        self._getting_ready = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Citizen and Mayor"))
        self.invitation.setText(self.tr("Ask the mayor your question, by voice or in writing. "
                                        "It takes about two minutes."))
        set_texts(self.start_button, self.tr("Start"), self.tr("Start asking a question"))
        names = {"fa": self.tr("Persian"), "ar": self.tr("Arabic"), "en": self.tr("English")}
        for code, btn in self.language_buttons.items():
            btn.setAccessibleName(self.tr("Language: %1").replace("%1", names[code]))
        if self._throttle is not None:
            self.show_throttled(*self._throttle)
        if self._getting_ready:
            self.show_getting_ready()

    def set_language(self, language: str) -> None:
        for code, btn in self.language_buttons.items():
            btn.setChecked(code == language)

    def set_programme(self, shows: list[dict], answered: int | None) -> None:
        self.programme.set_programme(shows, answered)

    def show_notice(self, text: str | None) -> None:
        if text is None:
            self._throttle, self._getting_ready = None, False
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def show_getting_ready(self) -> None:
        """Start was tapped while the kiosk finishes its own start; the journey follows by itself."""
        self._getting_ready = True
        self.notice.setText(self.tr("One moment, please: the kiosk is getting ready."))
        self.notice.setVisible(True)

    def show_throttled(self, reason: str, retry_after_s: float) -> None:
        """How long to wait, in whole seconds (interval) or minutes (hourly), in the language's digits."""
        self._throttle = (reason, retry_after_s)
        if reason == "interval":
            n = max(1, math.ceil(retry_after_s))
            text = self.tr("Thank you for your interest! Please wait %n second(s) before the next question.",
                           "", n)
        else:
            n = max(1, math.ceil(retry_after_s / 60))
            text = self.tr("We have received many questions this hour. Please come back in %n minute(s).",
                           "", n)
        self.notice.setText(localize_digits(text, language()))
        self.notice.setVisible(True)
