"""The live draw for the broadcast: the announced commitment, each witness input as it is typed,
then the winning ticket codes revealed one at a time. The draw itself (kiosk.office.draws.run)
runs on a worker; this view only shows what it returns."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from kiosk.office.draws import latest_unrun_commitment
from kiosk.office.library import open_library
from kiosk.store.db import ThreadConnections
from ui.office.strings import digits, t
from ui.office.widgets import named as _named, office_style
from ui.tasks import run_task


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
        self.witness_list = _label("drawWitnessList", "witness inputs", "big")
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
        self.run_button.clicked.connect(self.run_draw)
        self.reveal.clicked.connect(self.reveal_next)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
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
        row3 = QHBoxLayout()
        for w in (self.beacon, self.winners, self.reserves, self.run_button, self.reveal, self.close_button):
            row3.addWidget(w, 2 if w is self.beacon else 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.live)
        layout.addWidget(self.witness_list)
        layout.addLayout(row3)
        layout.addWidget(self.seed)
        layout.addLayout(self.board)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.title.setText(t("draw_title"))
        self.commitment_label.setText(t("commitment"))
        self.witness_input.setPlaceholderText(t("witness"))
        self.add_witness.setText(t("add_witness"))
        self.beacon.setPlaceholderText(t("beacon"))
        self.winners.setPrefix(t("winners") + ": ")
        self.reserves.setPrefix(t("reserves") + ": ")
        self.run_button.setText(t("run"))
        self.reveal.setText(t("reveal"))
        self.close_button.setText(t("close"))

    def _typing(self, text: str) -> None:
        self.live.setText(text)  # the audience sees each input as the witness types it

    def add_current_witness(self) -> None:
        text = self.witness_input.text()
        if not text.strip() or self.minutes is not None:
            return
        self.witnesses.append(text)
        self.witness_list.setText("\n".join(f"{digits(i + 1)}. {w}" for i, w in enumerate(self.witnesses)))
        self.witness_input.clear()

    def run_draw(self) -> None:
        if not self.witnesses or self.minutes is not None:
            self.status.setText(t("witness"))
            return
        from kiosk.office.draws import run
        libs, commitment, witnesses = self.libraries, self.commitment.text(), list(self.witnesses)
        beacon = self.beacon.text() or None
        winners, reserves = self.winners.value(), self.reserves.value()
        for w in (self.run_button, self.witness_input, self.add_witness, self.commitment, self.beacon):
            w.setEnabled(False)
        run_task(lambda: libs.using(lambda lib: run(lib, commitment, witnesses, beacon, winners, reserves)),
                 self._ran, self._failed, pool=self.pool)

    def _ran(self, result) -> None:
        minutes, json_path, _html = result
        self.minutes = minutes
        self.seed.setText(f"{t('seed')}: {minutes['seed']}")
        self.status.setText(t("minutes_at", path="") + str(json_path))  # the path keeps its own digits
        rows = [("winner_n", "drawWinnerLabel", r) for r in minutes["winners"]] + \
               [("reserve_n", "drawReserveLabel", r) for r in minutes["reserves"]]
        for i, (key, prefix, row) in enumerate(rows):
            title = _label(f"{prefix}Title_{row['rank']}", t(key, n=row["rank"]), "big")
            title.setText(t(key, n=row["rank"]))
            value = _label(f"{prefix}_{row['rank']}", t(key, n=row["rank"]), "huge")
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
        self.status.setText(t("failed", msg=str(exc)))
        self.finished.emit(exc)

    def reveal_next(self) -> None:
        if self.minutes is None or self.revealed >= len(self.winner_labels):
            return
        row = self._rows[self.revealed][2]
        self.winner_labels[self.revealed].setText(f"{digits(row['ticket'])}   {digits(row['phone_masked'])}")
        self.revealed += 1
        self.revealed_one.emit(self.revealed)
        self.reveal.setEnabled(self.revealed < len(self.winner_labels))
