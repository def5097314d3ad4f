"""Review and send: a summary of what will be sent; Send makes it durable before the receipt."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.phone import mask_mobile
from kiosk.text import clean, localize_digits
from ui.screens.base import Screen, language, ltr, make_button, plain_label, set_texts
from ui.screens.playback import TakePlayback
from ui.screens.record import clock

PREVIEW_CHARS = 280


class ReviewScreen(Screen):
    send = Signal()

    def __init__(self, topic_label, volume_percent: int = 80, parent=None):
        super().__init__("review", parent=parent)
        self.topic_label = topic_label  # key → words, from the topic screen
        box = QFrame()
        box.setObjectName("reviewSummary")
        lay = QVBoxLayout(box)
        self.what = plain_label("reviewWhat", "lead")
        self.question = plain_label("reviewQuestion", "quote")
        self.topic = plain_label("reviewTopic", "body")
        self.broadcast = plain_label("reviewBroadcast", "body")
        self.draw = plain_label("reviewDraw", "body")
        self.playback = TakePlayback("reviewPlay", "reviewPlayProgress", volume_percent)
        for w in (self.what, self.question, self.topic, self.broadcast, self.draw):
            lay.addWidget(w)
        lay.insertWidget(1, self.playback, 0, Qt.AlignLeading)  # under "Your spoken question"
        self.body.addWidget(box)
        self.status = plain_label("reviewStatus", "notice")
        self.status.hide()
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.submit = self.add_primary(make_button("submitButton", "primary"))
        self.submit.clicked.connect(self.send)
        self._state = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Check and send"))
        set_texts(self.submit, self.tr("Send"), self.tr("Send my question"))
        if self._state is not None:
            self.show_summary(self._state)

    def show_summary(self, state) -> None:
        self._state = state
        lang = language()
        if state.kind == "voice" and state.recording:
            self.what.setText(self.tr("Your spoken question (%1)").replace(
                "%1", clock(state.recording.duration_ms / 1000, lang)))
            self.question.hide()
            self.playback.set_take(state.recording.path, state.recording.duration_ms)
            self.playback.show()
        else:
            self.playback.set_take(None)
            self.playback.hide()
            self.what.setText(self.tr("Your written question:"))
            text = localize_digits(clean(state.text).display, lang)
            self.question.setText(text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…")
            # Align to the start side of the citizen's language (right in fa/ar), whatever the
            # first letter typed; AlignLeading follows the layout direction.
            self.question.setAlignment(Qt.AlignLeading | Qt.AlignTop)
            self.question.show()
        topic = self.topic_label(state.topic) if state.topic else self.tr("none")
        self.topic.setText(self.tr("Topic: %1").replace("%1", topic))
        self.broadcast.setText(self.tr("May be broadcast on the programme: yes") if state.broadcast
                               else self.tr("May be broadcast on the programme: no"))
        if state.draw and state.phone:
            self.draw.setText(self.tr("Prize draw: %1").replace(
                "%1", ltr(localize_digits(mask_mobile(state.phone), lang))))
            self.draw.show()
        else:
            self.draw.hide()

    def set_sending(self, sending: bool, failed: bool = False) -> None:
        self.submit.setEnabled(not sending)
        for b in (self.back_button, self.cancel_button):
            b.setEnabled(not sending)
        words = self.tr("Sending…") if sending else (
            self.tr("Sorry, that did not work. Please tap Send again.") if failed else "")
        self.status.setText(words)
        self.status.setVisible(bool(words))
