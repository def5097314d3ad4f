"""The office list: a QAbstractTableModel over rows the console fetched off the GUI thread."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.office.strings import digits, show_day, show_time, t, topic_name

COLUMNS = ("ticket", "kiosk_id", "when", "topic", "status", "scopes", "text")
_HEAD = {"ticket": "#", "kiosk_id": "kiosk", "when": "from", "topic": "topic", "status": "status",
         "scopes": "scope", "text": "search"}


def office_status(row: dict) -> str:
    if row.get("withdrawn_at"):
        return "withdrawn"
    if row.get("answered_on"):
        return "answered"
    return "selected" if row.get("selected") else "new"


class OfficeTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            key = _HEAD[COLUMNS[section]]
            return key if key == "#" else t(key).split(" (")[0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.UserRole:
            return row["id"]
        if role != Qt.DisplayRole:
            return None
        if col == "ticket":
            return digits(row["ticket"])
        if col == "when":
            return show_time(row["submitted_at"] or row["created_at"])
        if col == "status":
            status = office_status(row)
            text = t(status)
            return f"{text} {show_day(row['answered_on'])}" if status == "answered" else text
        if col == "topic":
            return topic_name(row["topic"])
        if col == "scopes":
            return "، ".join(t(s) for s in row["consent_scopes"] if s in ("broadcast", "draw"))
        if col == "text":
            # Display form only (bidi overrides and invisible characters removed), one line.
            return (row["text_display"] or "").replace("\n", " ")[:120]
        return row.get(col) or ""
