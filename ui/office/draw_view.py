"""The live draw for the broadcast: the announced commitment, each witness input as it is typed,
then the winning ticket codes revealed one at a time. The draw itself (kiosk.office.draws.run)
runs on a worker; this view only shows what it returns. A witness input added by mistake can be
removed until the draw runs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from kiosk.office.draws import latest_unrun_commitment
from kiosk.office.library import open_library
from kiosk.store.db import ThreadConnections
from ui.i18n import code, digits, isolate
from ui.office.widgets import named as _named, office_style
from ui.tasks import run_task

translate = QCoreApplication.translate


def _label(name: str, accessible: str, size: str) -> QLabel:
    label = _named(QLabel(), name, accessible)
    label.setTextFormat(Qt.PlainText)  # witness inputs are free text
    label.setWordWrap(True)
    label.setProperty("tier", size)  # office.qss: title, huge, big, medium, small
    return label


class DrawView(QWidget):
    finished = Signal(object)  # the minutes, or the exception
    revealed_one = Signal(int)

    def __init__(self, office_dir: Path, pool=None, parent=None, libraries: ThreadConnections | None = None):
        # libraries: the console's per-thread library connections; alone, the view opens its own.
        super().__init__(parent)
        self.setObjectName("drawView")
        self.setStyleSheet(office_style())
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.root, self.pool = Path(office_dir), pool
        root = self.root
        self.libraries = libraries or ThreadConnections(lambda: open_library(root))
        self.witnesses: list[str] = []
        self.minutes: dict | None = None
        self.revealed = 0
        self.winner_labels: list[QLabel] = []
        self.title = _label("drawTitle", "draw title", "title")
        self.commitment = _named(QLineEdit(), "drawCommitment", "commitment")
        self.commitment.setLayoutDirection(Qt.LeftToRight)
        self.commitment_label = _label("drawCommitmentLabel", "commitment label", "medium")
        self.witness_input = _named(QLineEdit(), "drawWitnessInput", "witness input")
        self.add_witness = _named(QPushButton(), "drawAddWitness", "add witness input")
        self.live = _label("drawWitnessLive", "witness input as typed", "huge")
        self.witness_list = _named(QListWidget(), "drawWitnessList", "witness inputs")
        self.witness_list.setProperty("tier", "big")
        self.witness_list.setMaximumHeight(130)  # three inputs; more scroll
        self.remove_witness = _named(QPushButton(), "drawRemoveWitness", "remove the chosen witness input")
        self.winners_label = _label("drawWinnersLabel", "winners", "medium")
        self.reserves_label = _label("drawReservesLabel", "reserves", "medium")
        self.beacon = _named(QLineEdit(), "drawBeacon", "beacon")
        self.winners = _named(QSpinBox(), "drawWinnersCount", "number of winners")
        self.reserves = _named(QSpinBox(), "drawReservesCount", "number of reserves")
        self.winners.setRange(1, 100)
        self.winners.setValue(3)
        self.reserves.setRange(0, 100)
        self.run_button = _named(QPushButton(), "drawRun", "run the draw")
        self.reveal = _named(QPushButton(), "drawReveal", "reveal next winner")
        self.reveal.setEnabled(False)
        self.close_button = _named(QPushButton(), "drawClose", "close")
        self.seed = _label("drawSeed", "seed", "small")
        self.seed.setLayoutDirection(Qt.LeftToRight)
        self.status = _label("drawStatus", "status", "small")
        self.board = QGridLayout()
        self._layout()
        self.witness_input.textChanged.connect(self._typing)
        self.witness_input.returnPressed.connect(self.add_current_witness)
        self.add_witness.clicked.connect(self.add_current_witness)
        self.remove_witness.clicked.connect(self.remove_chosen_witness)
        self.run_button.clicked.connect(self.run_draw)
        self.reveal.clicked.connect(self.reveal_next)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self._list_witnesses()
        self.live.hide()  # shown while a witness types
        libs = self.libraries  # the query runs on a worker, never in the constructor on the GUI thread
        run_task(lambda: libs.using(latest_unrun_commitment), self._show_commitment, lambda _exc: None,
                 pool=self.pool)

    def _show_commitment(self, commitment: str) -> None:
        if isValid(self) and not self.commitment.text():
            self.commitment.setText(commitment)

    def _layout(self) -> None:
        row1 = QHBoxLayout()
        row1.addWidget(self.commitment_label)
        row1.addWidget(self.commitment, 3)
        row2 = QHBoxLayout()
        row2.addWidget(self.witness_input, 3)
        row2.addWidget(self.add_witness)
        row2.addWidget(self.remove_witness)
        row3 = QHBoxLayout()  # each caption is its own label: nothing is cut at 1280 px
        for w in (self.beacon, self.winners_label, self.winners, self.reserves_label, self.reserves):
            row3.addWidget(w, 3 if w is self.beacon else 0)
        buttons = QHBoxLayout()
        for w in (self.run_button, self.reveal, self.close_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.live)
        layout.addWidget(self.witness_list)
        layout.addLayout(row3)
        layout.addLayout(buttons)
        layout.addWidget(self.seed)
        layout.addLayout(self.board)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        # The programme's own name, as the citizen screens show it (kiosk_*.ts, AttractScreen).
        self.title.setText(translate("Office", "Prize draw of “{programme}”").format(
            programme=translate("AttractScreen", "Citizen and Mayor")))
        self.commitment_label.setText(translate("Office", "Announced commitment (SHA-256)"))
        self.witness_input.setPlaceholderText(translate("Office", "Witness input"))
        self.add_witness.setText(translate("Office", "Add witness input"))
        self.remove_witness.setText(translate("Office", "Remove the chosen input"))
        self.beacon.setPlaceholderText(translate("Office", "Public beacon (optional)"))
        self.winners_label.setText(translate("Office", "Winners"))
        self.reserves_label.setText(translate("Office", "Reserves"))
        self.run_button.setText(translate("Office", "Run the draw"))
        self.reveal.setText(translate("Office", "Reveal next winner"))
        self.close_button.setText(translate("Office", "Close"))
        for widget in (self.title, self.commitment_label, self.add_witness, self.remove_witness, self.winners_label,
                       self.reserves_label, self.run_button, self.reveal, self.close_button):
            widget.setAccessibleName(widget.text())
        for widget, words in ((self.commitment, self.commitment_label.text()),
                              (self.witness_input, self.witness_input.placeholderText()),
                              (self.witness_list, translate("Office", "Witness inputs")),
                              (self.beacon, self.beacon.placeholderText()), (self.winners, self.winners_label.text()),
                              (self.reserves, self.reserves_label.text())):
            widget.setAccessibleName(words)

    def _typing(self, text: str) -> None:
        self.live.setText(text)  # the audience sees each input as the witness types it
        self.live.setVisible(bool(text))

    def add_current_witness(self) -> None:
        text = self.witness_input.text()
        if not text.strip() or self.minutes is not None:
            return
        self.witnesses.append(text)
        self._list_witnesses()
        self.witness_input.clear()

    def remove_chosen_witness(self) -> None:
        """The chosen input (or the last one) goes, before the draw runs: a typo must not decide it."""
        if not self.witnesses or self.minutes is not None:
            return
        row = self.witness_list.currentRow()
        del self.witnesses[row if 0 <= row < len(self.witnesses) else -1]
        self._list_witnesses()

    def _list_witnesses(self) -> None:
        self.witness_list.clear()
        self.witness_list.addItems([f"{digits(i + 1)}. {w}" for i, w in enumerate(self.witnesses)])
        self.remove_witness.setEnabled(bool(self.witnesses) and self.minutes is None)

    def run_draw(self) -> None:
        if not self.witnesses or self.minutes is not None:
            self.status.setText(translate("Office", "Add at least one witness input first."))
            return
        from kiosk.office.draws import run
        libs, commitment, witnesses = self.libraries, self.commitment.text(), list(self.witnesses)
        beacon = self.beacon.text() or None
        winners, reserves = self.winners.value(), self.reserves.value()
        for w in (self.run_button, self.witness_input, self.add_witness, self.remove_witness, self.commitment,
                  self.beacon):
            w.setEnabled(False)
        # An empty field: the newest prepared draw, as the field would show once its query returned.
        run_task(lambda: libs.using(lambda lib: run(lib, commitment or latest_unrun_commitment(lib), witnesses,
                                                    beacon, winners, reserves)),
                 self._ran, self._failed, pool=self.pool)

    def _ran(self, result) -> None:
        minutes, json_path, _html = result
        self.minutes = minutes
        self.seed.setText(translate("Office", "Seed: {seed}").format(seed=isolate(minutes["seed"])))
        self.status.setText(translate("Office", "Signed minutes: {path}").format(path=isolate(json_path)))
        rows = [(translate("Office", "Winner {n}"), "drawWinnerLabel", r) for r in minutes["winners"]] + \
               [(translate("Office", "Reserve {n}"), "drawReserveLabel", r) for r in minutes["reserves"]]
        for i, (words, prefix, row) in enumerate(rows):
            caption = words.format(n=digits(row["rank"]))
            title = _label(f"{prefix}Title_{row['rank']}", caption, "big")
            title.setText(caption)
            value = _label(f"{prefix}_{row['rank']}", caption, "huge")
            value.setText("…")
            value.setLayoutDirection(Qt.LeftToRight)
            self.board.addWidget(title, i, 0)
            self.board.addWidget(value, i, 1)
            self.winner_labels.append(value)
        self._rows = rows
        self.reveal.setEnabled(bool(rows))
        self.finished.emit(minutes)

    def _failed(self, exc: BaseException) -> None:
        for w in (self.run_button, self.witness_input, self.add_witness, self.commitment, self.beacon):
            w.setEnabled(True)
        self.remove_witness.setEnabled(bool(self.witnesses))
        self.status.setText(translate("Office", "Failed: {error}").format(error=isolate(exc)))
        self.finished.emit(exc)

    def reveal_next(self) -> None:
        if self.minutes is None or self.revealed >= len(self.winner_labels):
            return
        row = self._rows[self.revealed][2]
        self.winner_labels[self.revealed].setText(f"{code(row['ticket'])}   {isolate(digits(row['phone_masked']))}")
        self.revealed += 1
        self.revealed_one.emit(self.revealed)
        self.reveal.setEnabled(self.revealed < len(self.winner_labels))
