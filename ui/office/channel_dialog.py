"""A clerk types in a question that came by Instagram, phone or another channel (kiosk.office.channels)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from kiosk.office.channels import CHANNELS, ChannelError, add_question
from kiosk.office.dates import parse_date


class ChannelQuestionDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("channelDialog")
        self.db, self.ticket = db, None
        self.channel = QComboBox(objectName="channelKind")
        self.text = QPlainTextEdit(objectName="channelText")
        self.handle = QLineEdit(objectName="channelHandle")
        self.phone = QLineEdit(objectName="channelPhone")
        self.received = QLineEdit(objectName="channelReceived")
        for field in (self.handle, self.phone, self.received):
            field.setLayoutDirection(Qt.LeftToRight)
        self.draw = QCheckBox(objectName="channelDraw")
        self.error = QLabel(objectName="channelError")
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setObjectName("channelSave")
        self.buttons.button(QDialogButtonBox.Cancel).setObjectName("channelCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.channel, self.text, self.handle, self.phone, self.received,
                                              self.draw)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A question from another channel"))
        names = {"instagram": self.tr("Instagram"), "phone": self.tr("Phone call"), "other": self.tr("Other channel")}
        self.channel.clear()
        for key in CHANNELS:
            self.channel.addItem(names[key], key)
        for label, text in zip(self.labels, (self.tr("Channel"), self.tr("Question"), self.tr("Handle"),
                                             self.tr("Phone"), self.tr("Received on"), self.tr("Draw"))):
            label.setText(text)
        self.draw.setText(self.tr("The person agreed to enter the prize draw"))
        self.received.setPlaceholderText(self.tr("today, or 1405-09-05"))
        self.handle.setPlaceholderText(self.tr("only if they agreed to be contacted"))
        self.phone.setPlaceholderText(self.tr("only if they agreed to be contacted"))
        accessible = {self.channel: self.tr("Channel"), self.text: self.tr("Question"), self.handle: self.tr("Handle"),
                      self.phone: self.tr("Phone"), self.received: self.tr("Received on"),
                      self.draw: self.tr("The person agreed to enter the prize draw"),
                      self.buttons.button(QDialogButtonBox.Ok): self.tr("Save the question"),
                      self.buttons.button(QDialogButtonBox.Cancel): self.tr("Cancel")}
        for widget, name in accessible.items():
            widget.setAccessibleName(name)

    def words(self, code: str) -> str:
        return {"no_text": self.tr("Type the question first."),
                "too_long": self.tr("The question is too long."),
                "bad_phone": self.tr("That is not a phone number."),
                "draw_contact": self.tr("To enter the draw, give a phone number or a handle to contact the person."),
                "future_date": self.tr("The date received cannot be in the future."),
                }.get(code, self.tr("Write the date as 1405-09-05 or 2026-11-26."))

    def save(self) -> None:
        """A small write on the GUI thread's library connection; bad input is said, nothing is lost."""
        try:
            received = parse_date(self.received.text()) if self.received.text().strip() else None
            result = add_question(self.db, self.channel.currentData(), self.text.toPlainText(),
                                  handle=self.handle.text() or None, phone=self.phone.text() or None,
                                  draw=self.draw.isChecked(), received=received)
        except (ChannelError, ValueError) as exc:
            self.error.setText(self.words(getattr(exc, "code", "bad_date")))
            return
        self.ticket = result["ticket"]
        self.accept()
