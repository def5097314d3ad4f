"""Record screen (view): 3-2-1, level meter, elapsed/remaining, Stop; then review: play, again, continue.

Behaviour lives in record_controller.RecordController; this module only lays out and words things.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout

from kiosk.text import localize_digits
from ui.screens.base import Screen, language, make_button, plain_label, set_texts
from ui.screens.playback import TakePlayback
from ui.widgets.level_meter import LevelMeter


def clock(seconds: float, lang: str) -> str:
    s = max(0, int(seconds))
    return localize_digits(f"{s // 60}:{s % 60:02d}", lang)


class RecordScreen(Screen):
    type_instead = Signal()

    def __init__(self, volume_percent: int = 80, parent=None):
        super().__init__("record", parent=parent)
        self.status = plain_label("recordStatus", "lead")
        self.status.setAlignment(Qt.AlignCenter)
        self.big = plain_label("recordCountdown", "countdown")
        self.big.setAlignment(Qt.AlignCenter)
        self.meter = LevelMeter()
        self.times = plain_label("recordTimes", "body")
        self.times.setAlignment(Qt.AlignCenter)
        self.body.addStretch(1)
        for w in (self.status, self.big, self.meter, self.times):
            self.body.addWidget(w)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addStretch(1)
        self.start_button = make_button("recordStart", "hero")
        self.stop_button = make_button("recordStop", "stop")
        self.playback = TakePlayback("playBack", "playProgress", volume_percent)
        self.play_button = self.playback.button
        self.again_button = make_button("reRecord", "secondary")
        self.typing_button = make_button("recordTypeInstead", "secondary")
        for b in (self.start_button, self.stop_button, self.playback, self.again_button, self.typing_button):
            row.addWidget(b, 0, Qt.AlignTop)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.continue_button = self.add_primary(make_button("recordContinue", "primary"))
        self.typing_button.clicked.connect(self.type_instead)
        self._message: tuple[str, dict] = ("ready", {})
        self.show_state("ready")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Speak your question"))
        set_texts(self.start_button, self.tr("Start recording"))
        set_texts(self.stop_button, self.tr("Stop"), self.tr("Stop recording"))
        set_texts(self.again_button, self.tr("Record again"))
        set_texts(self.typing_button, self.tr("Type instead"))
        set_texts(self.continue_button, self.tr("Continue"), self.tr("Continue with this recording"))
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.say(*self._message)

    def show_state(self, state: str) -> None:
        """ready | countdown | recording | stopping | review | unavailable"""
        self.start_button.setVisible(state == "ready")
        self.stop_button.setVisible(state == "recording")
        self.meter.setVisible(state in ("countdown", "recording"))
        self.big.setVisible(state == "countdown")
        self.times.setVisible(state in ("recording", "review"))
        for b in (self.playback, self.again_button):
            b.setVisible(state == "review")
        self.typing_button.setVisible(state == "unavailable")
        self.continue_button.setVisible(state == "review")
        self.back_button.setEnabled(state != "stopping")

    def say(self, key: str, values: dict | None = None) -> None:
        """Status line by key, so it can be re-worded when the language changes."""
        values = values or {}
        self._message = (key, values)
        words = {
            "ready": self.tr("Tap Start. After the tone, say your question. Tap Stop when you are done."),
            "countdown": self.tr("Get ready…"),
            "recording": self.tr("Recording. Speak now."),
            "warning": self.tr("Recording. Ten seconds left."),
            "stopping": self.tr("Saving…"),
            "ok": self.tr("Well done. Listen to it, record again, or continue."),
            "too_short": self.tr("That was very short. Please record again and speak a little longer."),
            "too_quiet": self.tr("We could hardly hear you. Please come closer to the microphone and "
                                 "record again."),
            "clipping": self.tr("That was too loud. Please step back a little and record again."),
            "device_lost": self.tr("The microphone stopped. What you said so far is kept: listen to it "
                                   "or record again."),
            "empty": self.tr("Nothing was recorded. Please try again."),
            "no_mic": self.tr("Speaking is not possible right now (no microphone). You can type instead."),
            "disk_full": self.tr("Recording is temporarily unavailable. You can type instead."),
            "failed": self.tr("Recording did not work. Please try again, or type instead."),
        }
        self.status.setText(words.get(key, ""))

    def show_countdown(self, n: int) -> None:
        self.big.setText(localize_digits(str(n), language()))

    def show_times(self, elapsed: float, remaining: float | None) -> None:
        lang = language()
        if remaining is None:
            self.times.setText(self.tr("Length: %1").replace("%1", clock(elapsed, lang)))
        else:
            self.times.setText(self.tr("%1 recorded, %2 left").replace("%1", clock(elapsed, lang))
                               .replace("%2", clock(remaining, lang)))
