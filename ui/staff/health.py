"""Health panel: the snapshot from kiosk.staff.health, refreshed off the GUI thread, and a mic test."""
from __future__ import annotations

import tempfile

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from ui.staff.buttons import staff_button
from ui.staff.mic_meter import MicMeter
from ui.i18n import strong_direction
from ui.staff.health_words import delivery_words, detail_text, mic_result_text, row_name  # noqa: F401 - re-exported
from ui.tasks import run_task

translate = QCoreApplication.translate

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


class _CellDirection(QStyledItemDelegate):
    """Each cell in its own direction: Persian/Arabic words right to left, Latin words left to right."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        rtl = strong_direction(option.text)
        if rtl is not None:  # digits alone (a date, a version) follow the staff language
            option.direction = Qt.RightToLeft if rtl else Qt.LeftToRight


class HealthPanel(QWidget):
    refreshed = Signal()
    mic_tested = Signal(dict)

    def __init__(self, settings, outbox_status=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.setAccessibleName(translate("Staff", "Health"))
        self.settings, self.outbox_status = settings, outbox_status
        self.rows: list[dict] = []
        self._latest = 0  # the newest refresh asked for; see _show
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("healthTable")
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(_CellDirection(self.table))
        lay.addWidget(self.table, 1)
        self.meter = MicMeter(settings.audio, parent=self)
        lay.addWidget(self.meter)
        buttons = QHBoxLayout()
        self.refresh_btn = staff_button("healthRefresh", translate("Staff", "Refresh"), self, self.refresh)
        self.mic_btn = staff_button("healthTestMic", translate("Staff", "Test mic"), self, self.test_mic)
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
        self._latest += 1
        asked = self._latest
        run_task(lambda: take_snapshot(settings, status), lambda rows: self._show(rows, asked), self._error)

    def _show(self, rows: list[dict], asked: int) -> None:
        if not isValid(self):  # the staff screen was locked while the snapshot ran
            return
        if asked != self._latest:  # an older snapshot finishing late must not cover the newer one
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
            self.mic_result.setText(translate("Health", "Audio capture is not installed."))
            return
        self.mic_btn.setEnabled(False)
        self.mic_result.setText(translate("Staff", "Checking…"))
        audio, tmp = self.settings.audio, tempfile.gettempdir()

        def done(result: dict) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(mic_result_text(result))
            self.mic_tested.emit(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.mic_btn.setEnabled(True)
            self.mic_result.setText(mic_result_text({"message_id": getattr(exc, "message_id", None),
                                                     "message_params": getattr(exc, "message_params", None),
                                                     "detail": str(exc)}))
            self.mic_tested.emit({"verdict": "error", "detail": str(exc)})

        # The live meter lets go of the microphone first, and takes it back afterwards.
        self.meter.run_exclusive(lambda: mic_test(audio, 3.0, tmp), done, failed)

    def value(self, name: str):
        return next((r for r in self.rows if r["name"] == name), None)
