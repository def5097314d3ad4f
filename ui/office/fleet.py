"""The console's fleet tab: each trusted kiosk, its state (ok, warning, silent) and why, from the
signed heartbeats `kiosk office import` read (kiosk.office.fleet). The query runs off the GUI thread.

Strings: context "FleetTab" of the fleet_*.ts family.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ui.i18n import digits, local_day, local_time
from ui.tasks import run_task

STATE_COLOURS = {"ok": "#2e7d32", "warning": "#b26a00", "silent": "#b00020"}


def load_fleet(root: Path, now: datetime | None = None) -> list[dict]:
    """Worker side: a cheap connection of its own (the console checked the library when it opened)."""
    from kiosk.office.fleet import fleet_view
    from kiosk.office.library import connect_library
    lib = connect_library(root)
    try:
        return fleet_view(lib, now=now)
    finally:
        lib.db.close()


class FleetTab(QWidget):
    refreshed = Signal()
    REFRESH_MS = 60_000

    def __init__(self, office_dir: Path, pool=None, now: Callable[[], datetime] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("fleetTab")
        self.root, self.pool, self.now = Path(office_dir), pool, now
        self.rows: list[dict] = []
        self.summary = QLabel()
        self.summary.setObjectName("fleetSummary")
        self.summary.setTextFormat(Qt.PlainText)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("fleetRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("fleetTable")
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self._timer = QTimer(self, interval=self.REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    # ---- words --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Kiosks")

    def state_name(self, state: str) -> str:
        return {"ok": self.tr("OK"), "warning": self.tr("Warning"), "silent": self.tr("Silent")}.get(state, "?")

    def reason_name(self, code: str) -> str:
        return {"silent": self.tr("no heartbeat for more than three intervals"),
                "never_seen": self.tr("no heartbeat received yet"),
                "disk_low": self.tr("disk below the kiosk's warning floor"),
                "microphone_missing": self.tr("microphone missing"),
                "backlog_old": self.tr("unsent questions waiting too long"),
                "clock_off": self.tr("clock off by more than two minutes")}.get(code, self.tr("other problem"))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Kiosk"), self.tr("State"), self.tr("Last seen"), self.tr("Why"), self.tr("Version"),
            self.tr("Settings version"), self.tr("Waiting to send"), self.tr("Questions per day")])
        self.table.setAccessibleName(self.tr("Kiosks of the fleet"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the fleet view"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        root, now = self.root, (self.now() if self.now else None)
        run_task(lambda: load_fleet(root, now), self._show, self._failed, pool=self.pool)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Could not read the fleet: %1").replace("%1", str(exc)))

    def _show(self, rows: list[dict]) -> None:
        self.rows = rows
        self._fill()
        self.refreshed.emit()

    def _cell(self, row: int, col: int, text: str, colour: str | None = None) -> None:
        item = QTableWidgetItem(text)
        if colour:
            item.setForeground(QColor(colour))
        self.table.setItem(row, col, item)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        counts = {s: sum(1 for r in self.rows if r["state"] == s) for s in ("ok", "warning", "silent")}
        self.summary.setText(self.tr("OK: %1 — warning: %2 — silent: %3")
                             .replace("%1", digits(counts["ok"])).replace("%2", digits(counts["warning"]))
                             .replace("%3", digits(counts["silent"])))
        for i, r in enumerate(self.rows):
            self._cell(i, 0, r["name"])
            self._cell(i, 1, self.state_name(r["state"]), STATE_COLOURS.get(r["state"]))
            self._cell(i, 2, local_time(r["last_seen"]) if r["last_seen"] else self.tr("never"))
            self._cell(i, 3, "; ".join(self.reason_name(c) for c in r["reasons"]) or "–")
            self._cell(i, 4, r["version"] or "–")
            self._cell(i, 5, digits(r["settings_version"]) if r["settings_version"] else "–")
            self._cell(i, 6, digits(r["pending"]) if r["pending"] is not None else "–")
            recent = r["questions_per_day"][-7:]
            self._cell(i, 7, "  ".join(f"{local_day(d)}: {digits(n)}" for d, n in recent) or "–")
            self.table.item(i, 3).setToolTip("\n".join(r.get("reason_details") or []))
