"""Health panel: the snapshot from kiosk.staff.health, refreshed off the GUI thread, and a mic test."""
from __future__ import annotations

import tempfile

from PySide6.QtCore import Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ui.staff.strings import jalali, t
from ui.tasks import run_task

MARKS = {True: "✔", False: "✖", None: "–"}


def take_snapshot(settings, outbox_status=None) -> list[dict]:
    """Worker side: its own connection, closed before returning."""
    from kiosk.staff.health import snapshot
    from kiosk.store import open_database
    db = open_database(settings.db_path)
    try:
        return snapshot(settings, db, outbox_status)
    finally:
        db.conn.close()


class HealthPanel(QWidget):
    refreshed = Signal()

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
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_btn = self._button("healthRefresh", t("refresh"), self.refresh)
        self.mic_btn = self._button("healthTestMic", t("test_mic"), self.test_mic)
        buttons.addWidget(self.refresh_btn)
        buttons.addWidget(self.mic_btn)
        lay.addLayout(buttons)
        self.mic_result = QLabel(self)
        self.mic_result.setObjectName("healthMicResult")
        self.mic_result.setTextFormat(Qt.PlainText)
        self.mic_result.setWordWrap(True)
        lay.addWidget(self.mic_result)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        btn = QPushButton(text, self)
        btn.setObjectName(name)
        btn.setAccessibleName(text)
        btn.setProperty("role", "secondary")
        btn.clicked.connect(slot)
        return btn

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
            detail = row["detail"]
            if row["name"] == "clock":
                detail = f"{jalali(row['value'])} — {detail}"
            for col, text in enumerate((row["name"], MARKS[row["ok"]], detail)):
                item = QTableWidgetItem(str(text))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.refreshed.emit()

    def _error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.refresh_btn.setEnabled(True)
        self.mic_result.setText(str(exc))

    def test_mic(self) -> None:
        try:
            from kiosk.capture import mic_test
        except ImportError:
            self.mic_result.setText("audio capture is not installed")
            return
        self.mic_btn.setEnabled(False)
        audio, tmp = self.settings.audio, tempfile.gettempdir()

        def done(result: dict) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(f"{result.get('verdict')}: {result.get('detail', '')}")

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(str(exc))

        run_task(lambda: mic_test(audio, 3.0, tmp), done, failed)

    def value(self, name: str):
        return next((r for r in self.rows if r["name"] == name), None)
