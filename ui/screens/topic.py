"""Topic (optional): one tap on a chip from settings.ui.topics, or Skip."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout

from ui.screens.base import Screen, make_button, plain_label, set_texts


class TopicScreen(Screen):
    chosen = Signal(object)  # topic key or None

    def __init__(self, topics: list[str], parent=None):
        super().__init__("topic", parent=parent)
        self.prompt = plain_label("topicPrompt", "lead")
        self.body.addWidget(self.prompt)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.chips = {}
        for i, key in enumerate(topics):
            chip = make_button(f"topic_{key}", "chip")
            chip.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            grid.addWidget(chip, i // 3, i % 3)
            self.chips[key] = chip
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.skip = self.add_primary(make_button("topicSkip", "secondary"))
        self.skip.clicked.connect(lambda: self.chosen.emit(None))
        self.retranslate()

    def label(self, key: str) -> str:
        return topic_label(key)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("What is it about?"))
        self.prompt.setText(self.tr("Choose a topic, or skip this step."))
        for key, chip in self.chips.items():
            set_texts(chip, self.label(key), self.tr("Topic: %1").replace("%1", self.label(key)))
        set_texts(self.skip, self.tr("Skip"), self.tr("Skip choosing a topic"))


def topic_label(key: str) -> str:
    """A topic key from settings in the current language; the office console names topics with it too."""
    # Context "TopicScreen": the .ts files translate these there; lupdate reads the literal calls.
    known = {
        "traffic": QCoreApplication.translate("TopicScreen", "Traffic"),
        "cleanliness": QCoreApplication.translate("TopicScreen", "Cleanliness"),
        "green_space": QCoreApplication.translate("TopicScreen", "Parks and green space"),
        "public_transport": QCoreApplication.translate("TopicScreen", "Public transport"),
        "culture": QCoreApplication.translate("TopicScreen", "Culture"),
        "other": QCoreApplication.translate("TopicScreen", "Something else"),
    }
    return known.get(key, key.replace("_", " "))
