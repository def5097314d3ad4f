"""The one question before a citizen's work is deleted: "Discard your question?" Yes / No.

Shown over the current screen when Cancel (or Back past the speak/type choice) would delete a
recording or a text; the flow decides when (kiosk.session.CitizenSession.has_work).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.screens.base import make_button, plain_label, set_texts


class DiscardConfirm(QWidget):
    confirmed = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("discardConfirm")
        self.setAttribute(Qt.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("discardCard")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(48, 40, 48, 40)
        lay.setSpacing(24)
        self.question = plain_label("discardQuestion", "title")
        self.question.setAlignment(Qt.AlignCenter)
        self.detail = plain_label("discardDetail", "lead")
        self.detail.setAlignment(Qt.AlignCenter)
        row = QHBoxLayout()
        row.setSpacing(40)
        # No keeps the work and is the first, larger target; Yes deletes.
        self.no_button = make_button("discardNo", "hero")
        self.yes_button = make_button("discardYes", "stop")
        self.no_button.clicked.connect(self._decline)
        self.yes_button.clicked.connect(self._confirm)
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        lay.addWidget(self.question)
        lay.addWidget(self.detail)
        lay.addLayout(row)
        outer.addWidget(card, 0, Qt.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()
        parent.installEventFilter(self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Resize and self.isVisible():
            self.setGeometry(obj.rect())
        return False

    def retranslate(self) -> None:
        self.question.setText(self.tr("Discard your question?"))
        self.detail.setText(self.tr("What you recorded or wrote will be deleted."))
        set_texts(self.no_button, self.tr("No, keep it"), self.tr("No, keep my question"))
        set_texts(self.yes_button, self.tr("Yes, discard"), self.tr("Yes, delete my question"))
        self.setAccessibleName(self.tr("Discard your question?"))

    def ask(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _decline(self) -> None:
        self.hide()
        self.declined.emit()
