"""Topic (optional): one tap on a chip from settings.ui.topics, or Skip."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout

from ui.screens.base import Screen, make_button, plain_label, set_texts


class TopicScreen(Screen):
    chosen = Signal(object)  # topic key or None

    def __init__(self, topics: list[str], parent=None, bundle=None):
        super().__init__("topic", parent=parent)
        self.bundle = bundle  # an office settings bundle names the topics it adds
        self.prompt = plain_label("topicPrompt", "lead")
        self.body.addWidget(self.prompt)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        self.chips = {}
        self._add_chips(topics)
        self.body.addLayout(self.grid)
        self.body.addStretch(1)
        self.skip = self.add_primary(make_button("topicSkip", "secondary"))
        self.skip.clicked.connect(lambda: self.chosen.emit(None))
        self.retranslate()

    def _add_chips(self, topics: list[str]) -> None:
        for i, key in enumerate(topics):
            chip = make_button(f"topic_{key}", "chip")
            chip.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self.grid.addWidget(chip, i // 3, i % 3)
            self.chips[key] = chip

    def set_topics(self, topics: list[str], bundle=None) -> None:
        """A new settings bundle, between citizen sessions: the chips are built again."""
        for chip in self.chips.values():
            self.grid.removeWidget(chip)
            chip.deleteLater()
        self.chips, self.bundle = {}, bundle
        self._add_chips(topics)
        self.retranslate()

    def entered(self) -> None:
        # The chips' words are set afresh each time: a LanguageChange did not always reach this
        # hidden screen before it showed (an English journey saw Persian chips under test).
        self.retranslate()

    def label(self, key: str) -> str:
        return topic_label(key, self.bundle)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("What is it about?"))
        self.prompt.setText(self.tr("Choose a topic, or skip this step."))
        for key, chip in self.chips.items():
            set_texts(chip, self.label(key), self.tr("Topic: %1").replace("%1", self.label(key)))
        set_texts(self.skip, self.tr("Skip"), self.tr("Skip choosing a topic"))


def topic_label(key: str, bundle=None) -> str:
    """A topic key from settings in the current language; the office console names topics with it too.
    A topic an office bundle added is named by the bundle's own fa/ar/en labels."""
    if bundle is not None:
        from ui.screens.base import language
        named = bundle.topic_label(key, language())
        if named:
            return named
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
