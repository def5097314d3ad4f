"""The office list: a QAbstractTableModel over rows the console fetched off the GUI thread."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QT_TRANSLATE_NOOP, Qt

from ui.i18n import code, local_day, local_time, reads_right_to_left, scope_name, topic_name

COLUMNS = ("ticket", "kiosk_id", "when", "topic", "status", "scopes", "text")
HEADERS = {"ticket": QT_TRANSLATE_NOOP("Office", "Ticket"), "kiosk_id": QT_TRANSLATE_NOOP("Office", "Kiosk"),
           "when": QT_TRANSLATE_NOOP("Office", "Received"), "topic": QT_TRANSLATE_NOOP("Office", "Topic"),
           "status": QT_TRANSLATE_NOOP("Office", "Status"), "scopes": QT_TRANSLATE_NOOP("Office", "Consent"),
           "text": QT_TRANSLATE_NOOP("Office", "Question")}
STATUS = {"new": QT_TRANSLATE_NOOP("Office", "New"), "selected": QT_TRANSLATE_NOOP("Office", "Selected"),
          "answered": QT_TRANSLATE_NOOP("Office", "Answered"), "withdrawn": QT_TRANSLATE_NOOP("Office", "Withdrawn")}
CSV_HEADERS = (QT_TRANSLATE_NOOP("Office", "Ticket"), QT_TRANSLATE_NOOP("Office", "Kiosk"),
               QT_TRANSLATE_NOOP("Office", "Submitted (UTC)"), QT_TRANSLATE_NOOP("Office", "Submitted (Jalali)"),
               QT_TRANSLATE_NOOP("Office", "Topic"), QT_TRANSLATE_NOOP("Office", "Language"),
               QT_TRANSLATE_NOOP("Office", "Kind"), QT_TRANSLATE_NOOP("Office", "Question"),
               QT_TRANSLATE_NOOP("Office", "Consent"), QT_TRANSLATE_NOOP("Office", "Personal data"),
               QT_TRANSLATE_NOOP("Office", "Selected"), QT_TRANSLATE_NOOP("Office", "Answered on"),
               QT_TRANSLATE_NOOP("Office", "Notes"), QT_TRANSLATE_NOOP("Office", "Audio file"))
_LEADING = int((Qt.AlignLeading | Qt.AlignVCenter).value)
_ABS_RIGHT = int((Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter).value)
_ABS_LEFT = int((Qt.AlignLeft | Qt.AlignAbsolute | Qt.AlignVCenter).value)


def csv_headers() -> list[str]:
    """The CSV's header row in the console language (kiosk.office.export.CSV_COLUMNS, in order)."""
    return [QCoreApplication.translate("Office", words) for words in CSV_HEADERS]


def status_name(key: str) -> str:
    return QCoreApplication.translate("Office", STATUS[key])


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
            return QCoreApplication.translate("Office", HEADERS[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.UserRole:
            return row["id"]
        if role == Qt.TextAlignmentRole:  # the question by its own direction, the rest as the UI reads
            if col == "text":
                return _ABS_RIGHT if reads_right_to_left(row["text_display"] or "") else _ABS_LEFT
            return _LEADING
        if role != Qt.DisplayRole:
            return None
        if col == "ticket":
            return code(row["ticket"])
        if col == "when":
            return local_time(row["submitted_at"] or row["created_at"])
        if col == "status":
            status = office_status(row)
            text = status_name(status)
            return f"{text} {local_day(row['answered_on'])}" if status == "answered" else text
        if col == "topic":
            return topic_name(row["topic"])
        if col == "scopes":
            return QCoreApplication.translate("Office", ", ").join(
                scope_name(s) for s in row["consent_scopes"] if s in ("broadcast", "draw"))
        if col == "text":
            # Display form only (bidi overrides and invisible characters removed), one line.
            return (row["text_display"] or "").replace("\n", " ")[:120]
        return row.get(col) or ""
