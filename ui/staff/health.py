"""Health panel: the snapshot from kiosk.staff.health, refreshed off the GUI thread, and a mic test."""
from __future__ import annotations

import tempfile
import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from ui.staff.buttons import staff_button
from ui.staff.mic_meter import MicMeter
from ui.staff.strings import digits, has, jalali, plain, t
from ui.tasks import run_task

MARKS = {True: "✔", False: "✖", None: "–"}


def take_snapshot(settings, outbox_status=None) -> list[dict]:
    """Worker side: its own connection, closed before returning."""
    from kiosk.staff.health import snapshot
    from kiosk.store import connect
    db = connect(settings.db_path)  # cheap: the kiosk checked the database at start
    try:
        return snapshot(settings, db, outbox_status)
    finally:
        db.close()


def row_name(name: str) -> str:
    return t(f"h_{name}") if has(f"h_{name}") else name


def delivery_words(row: dict) -> str:
    """The last_delivery / last_error rows in the staff language (the error itself stays as written)."""
    facts = row["value"]
    if not isinstance(facts, dict):
        return t("d_not_configured")
    if row["name"] == "last_delivery":
        if facts["delivered_at"]:
            text = plain("d_delivered", when=jalali(facts["delivered_at"]))
        elif facts["success_at"]:
            text = plain("d_checked", when=jalali(facts["success_at"]))
        else:
            text = t("d_nothing") if facts["ran"] else t("d_not_run")
        if facts["pending"]:
            text += " — " + plain("d_waiting", n=digits(facts["pending"]))
        return text
    if not facts["error"]:
        return t("e_none")
    key = "e_resolved" if facts["healthy"] else "e_stopped" if facts["permanent"] else "e_retrying"
    return plain(key, when=jalali(facts["error_at"]) or "-", error=facts["error"])


def detail_text(row: dict) -> str:
    if row["name"] in ("last_delivery", "last_error"):
        return delivery_words(row)
    if row["name"] == "clock":
        return f"{jalali(row['value'])} — {row['detail']}"
    return str(row["detail"])


def reads_right_to_left(text: str) -> bool:
    """By the first strong character, as the Unicode bidi algorithm picks a paragraph's direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class _CellDirection(QStyledItemDelegate):
    """Each cell in its own direction: staff-language words right to left, technical English left to right."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if reads_right_to_left(option.text):
            option.direction = Qt.RightToLeft


class HealthPanel(QWidget):
    refreshed = Signal()
    mic_tested = Signal(dict)

    def __init__(self, settings, outbox_status=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.setAccessibleName(t("health"))
        self.settings, self.outbox_status = settings, outbox_status
        self.rows: list[dict] = []
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("healthTable")
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        # The details are technical English sentences from kiosk.doctor: keep them left to right.
        self.table.setLayoutDirection(Qt.LeftToRight)
        self.table.setItemDelegate(_CellDirection(self.table))
        lay.addWidget(self.table, 1)
        self.meter = MicMeter(settings.audio, parent=self)
        lay.addWidget(self.meter)
        buttons = QHBoxLayout()
        self.refresh_btn = staff_button("healthRefresh", t("refresh"), self, self.refresh)
        self.mic_btn = staff_button("healthTestMic", t("test_mic"), self, self.test_mic)
        buttons.addWidget(self.refresh_btn)
        buttons.addWidget(self.mic_btn)
        lay.addLayout(buttons)
        self.mic_result = QLabel(self)
        self.mic_result.setObjectName("healthMicResult")
        self.mic_result.setTextFormat(Qt.PlainText)
        self.mic_result.setWordWrap(True)
        lay.addWidget(self.mic_result)

    def refresh(self) -> None:
        self.refresh_btn.setEnabled(False)
        # The worker status is read here, on the GUI thread; the worker only gets the snapshot.
        try:
            worker = self.outbox_status() if self.outbox_status else None
        except Exception as exc:  # noqa: BLE001 - shown as the last error, not raised
            worker = {"last_error": str(exc)}
        settings, status = self.settings, ((lambda: worker) if worker is not None else None)
        run_task(lambda: take_snapshot(settings, status), self._show, self._error)

    def _show(self, rows: list[dict]) -> None:
        if not isValid(self):  # the staff screen was locked while the snapshot ran
            return
        self.refresh_btn.setEnabled(True)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, text in enumerate((row_name(row["name"]), MARKS[row["ok"]], detail_text(row))):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.refreshed.emit()

    def _error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.refresh_btn.setEnabled(True)
        self.mic_result.setText(str(exc))

    def showEvent(self, event) -> None:  # noqa: N802 - the live level runs only while visible
        super().showEvent(event)
        self.meter.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - another tab, or the staff screen locked
        self.meter.stop()
        super().hideEvent(event)

    def test_mic(self) -> None:
        try:
            from kiosk.capture import mic_test
        except ImportError:
            self.mic_result.setText("audio capture is not installed")
            return
        self.mic_btn.setEnabled(False)
        self.mic_result.setText(t("checking"))
        audio, tmp = self.settings.audio, tempfile.gettempdir()

        def done(result: dict) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(f"{result.get('verdict')}: {result.get('detail', '')}")
            self.mic_tested.emit(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(str(exc))
            self.mic_tested.emit({"verdict": "error", "detail": str(exc)})

        # The live meter lets go of the microphone first, and takes it back afterwards.
        self.meter.run_exclusive(lambda: mic_test(audio, 3.0, tmp), done, failed)

    def value(self, name: str):
        return next((r for r in self.rows if r["name"] == name), None)
