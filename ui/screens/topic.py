"""Topic (optional): one tap on a chip from settings.ui.topics, or Skip."""
from __future__ import annotations

from PySide6.QtCore import Signal
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
        known = {
            "traffic": self.tr("Traffic"), "cleanliness": self.tr("Cleanliness"),
            "green_space": self.tr("Parks and green space"), "public_transport": self.tr("Public transport"),
            "culture": self.tr("Culture"), "other": self.tr("Something else"),
        }
        return known.get(key, key.replace("_", " "))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("What is it about?"))
        self.prompt.setText(self.tr("Choose a topic, or skip this step."))
        for key, chip in self.chips.items():
            set_texts(chip, self.label(key), self.tr("Topic: %1").replace("%1", self.label(key)))
        set_texts(self.skip, self.tr("Skip"), self.tr("Skip choosing a topic"))
