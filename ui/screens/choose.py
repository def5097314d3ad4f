"""Choose: speak or type. Speak is disabled with a one-line reason when recording cannot work."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout

from ui.screens.base import Screen, make_button, plain_label, set_texts


class ChooseScreen(Screen):
    chosen = Signal(str)  # "voice" | "text"

    def __init__(self, parent=None):
        super().__init__("choose", parent=parent)
        self.prompt = plain_label("choosePrompt", "lead")
        self.body.addStretch(1)
        self.body.addWidget(self.prompt)
        row = QHBoxLayout()
        row.setSpacing(40)
        self.voice = make_button("modeVoice", "mode")
        self.text = make_button("modeText", "mode")
        self.voice.clicked.connect(lambda: self.chosen.emit("voice"))
        self.text.clicked.connect(lambda: self.chosen.emit("text"))
        row.addWidget(self.voice, 1)
        row.addWidget(self.text, 1)
        self.body.addLayout(row)
        self.reason = plain_label("voiceUnavailable", "notice")
        self.reason.hide()
        self.body.addWidget(self.reason)
        self.body.addStretch(1)
        self._reason_code: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("How would you like to ask?"))
        self.prompt.setText(self.tr("Speak into the microphone, or type on the screen."))
        set_texts(self.voice, self.tr("Speak"), self.tr("Speak: record your question"))
        set_texts(self.text, self.tr("Type"), self.tr("Type: write your question"))
        self._show_reason()

    def set_voice_available(self, available: bool, reason_code: str | None = None) -> None:
        """reason_code: no_mic | disk_full | checking | unavailable (no question can start)."""
        self.voice.setEnabled(available)
        self._reason_code = None if available else reason_code
        self._show_reason()

    def _show_reason(self) -> None:
        words = {
            "no_mic": self.tr("Speaking is not possible right now (no microphone). You can type instead."),
            "disk_full": self.tr("Recording is temporarily unavailable. You can type instead."),
            "checking": self.tr("Checking the microphone…"),
            "unavailable": self.tr("Sorry, questions cannot be taken right now. Please ask the staff for help."),
        }
        text = words.get(self._reason_code or "", "")
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.reason.setAlignment(Qt.AlignCenter)
