"""Receipt: the ticket in the language's digits, its QR code, thanks; back to the start on a timer."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.text import localize_digits
from kiosk.status_link import short_address, status_link
from ui.screens.base import Screen, language, make_button, plain_label, set_texts
from ui.widgets.code_label import CodeLabel
from ui.widgets.qr import qr_pixmap

LRI, PDI = "\u2066", "\u2069"  # an address reads left to right inside Persian text


class ReceiptScreen(Screen):
    done = Signal()

    def __init__(self, timeout_s: int, status_url: str = "", parent=None):
        super().__init__("receipt", nav=False, parent=parent)
        self.timeout_s = timeout_s
        self.status_url = status_url
        self.thanks = plain_label("receiptThanks", "lead")
        self.thanks.setAlignment(Qt.AlignCenter)
        self.caption = plain_label("ticketCaption", "body")
        self.caption.setAlignment(Qt.AlignCenter)
        self.ticket = CodeLabel()
        self.ticket.setObjectName("ticketLabel")
        self.ticket.setProperty("cls", "ticket")
        self.ticket.setTextFormat(Qt.PlainText)
        self.ticket.setAlignment(Qt.AlignCenter)
        self.ticket.setTextInteractionFlags(Qt.NoTextInteraction)
        self.qr = QLabel()
        self.qr.setObjectName("ticketQr")
        self.qr.setAlignment(Qt.AlignCenter)
        self.address = plain_label("statusAddress", "small")  # where the QR leads, for those who type it
        self.address.setAlignment(Qt.AlignCenter)
        self.address.setVisible(bool(status_url))
        self.note = plain_label("receiptNote", "small")
        self.note.setAlignment(Qt.AlignCenter)
        self.body.addStretch(1)
        self.body.addWidget(self.thanks)
        row = QHBoxLayout()
        row.setSpacing(48)
        row.addStretch(1)
        code = QVBoxLayout()
        code.addStretch(1)
        code.addWidget(self.caption)
        code.addWidget(self.ticket)
        code.addStretch(1)
        row.addLayout(code)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr)
        qr_column.addWidget(self.address)
        row.addLayout(qr_column)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.done_button = make_button("doneButton", "hero")
        self.body.addWidget(self.done_button, 0, Qt.AlignHCenter)
        self.done_button.clicked.connect(self.done)
        self.code = ""
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Thank you!"))
        self.thanks.setText(self.tr("Your question has been received."))
        self.caption.setText(self.tr("Your ticket code:"))
        self.qr.setAccessibleName(self.tr("QR code of your ticket"))
        set_texts(self.done_button, self.tr("Done"), self.tr("Done, back to the start"))
        if self.code:
            self._show_code()
        self._show_left()

    def show_ticket(self, code: str) -> None:
        self.code = code
        self._show_code()
        self.qr.setPixmap(qr_pixmap(status_link(self.status_url, code) if self.status_url else code, 220))
        self.address.setText(LRI + short_address(self.status_url) + PDI if self.status_url else "")
        self._left = self.timeout_s
        self._show_left()
        self._timer.start()

    def _show_code(self) -> None:
        shown = localize_digits(self.code, language())
        self.ticket.setText(shown)
        self.ticket.setAccessibleName(self.tr("Ticket code %1").replace("%1", shown))

    def _show_left(self) -> None:
        self.note.setText(self.tr("Keep this code to follow your question. This screen closes in %1 seconds.")
                          .replace("%1", localize_digits(str(max(0, self._left)), language())))

    def _tick(self) -> None:
        self._left -= 1
        self._show_left()
        if self._left <= 0:
            self._timer.stop()
            self.done.emit()

    def leave(self) -> None:
        """Nothing of this citizen stays on screen for the next person."""
        self._timer.stop()
        self.code = ""
        self.ticket.clear()
        self.qr.clear()
        self.address.clear()
