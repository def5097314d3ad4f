"""The moderation queue as a QAbstractTableModel that fetches newest-first pages on demand.

Pages come from kiosk.staff.queue_query on a worker (run_task) over a read-only connection the
model owns; only one fetch runs at a time, and results of an outdated filter are dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from shiboken6 import isValid

from kiosk.staff import queue_query as qq
from ui.i18n import code, local_time, reads_right_to_left, topic_name
from ui.staff.vocabulary import kind_name, status_name
from ui.tasks import run_task

COLUMNS = ("ticket", "status", "kind", "created_at", "topic", "flags", "preview")
HEADERS = {"ticket": QT_TRANSLATE_NOOP("Staff", "Ticket"), "status": QT_TRANSLATE_NOOP("Staff", "Status"),
           "kind": QT_TRANSLATE_NOOP("Staff", "Kind"), "created_at": QT_TRANSLATE_NOOP("Staff", "Time"),
           "topic": QT_TRANSLATE_NOOP("Staff", "Topic"), "flags": QT_TRANSLATE_NOOP("Staff", "Flags"),
           "preview": QT_TRANSLATE_NOOP("Staff", "Question")}


class QueueModel(QAbstractTableModel):
    loaded = Signal()        # a page (or the count) arrived
    failed = Signal(str)

    def __init__(self, db_path, page_size: int = qq.PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.db_path, self.page_size = db_path, page_size
        self.flt = qq.QueueFilter()
        self.rows: list[dict] = []
        self.total: int | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._conn = None

    # ---- loading -------------------------------------------------------------------------
    def _reader(self):
        if self._conn is None:
            self._conn = qq.open_reader(self.db_path)
        return self._conn

    def set_filter(self, flt: qq.QueueFilter) -> None:
        """Start over with a new filter: first page and total count are fetched off the GUI thread."""
        self._generation += 1
        self.beginResetModel()
        self.flt, self.rows, self.total, self._exhausted, self._loading = flt, [], None, False, False
        self.endResetModel()
        self._fetch(with_count=True)

    def refresh(self) -> None:
        self.set_filter(self.flt)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self, with_count: bool = False) -> None:
        self._loading = True
        gen, flt, size = self._generation, self.flt, self.page_size
        after = (self.rows[-1]["created_at"], self.rows[-1]["id"]) if self.rows else None

        def work():
            conn = self._reader()
            rows = qq.page(conn, flt, after, size)
            return rows, (qq.count(conn, flt) if with_count else None)

        run_task(work, lambda result: self._arrived(gen, *result), lambda exc: self._failed(gen, exc))

    def _arrived(self, gen: int, rows: list[dict], total: int | None) -> None:
        if not isValid(self) or gen != self._generation:
            return
        self._loading = False
        if total is not None:
            self.total = total
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if isValid(self) and gen == self._generation:
            self._loading = False
            self.failed.emit(str(exc))

    def close(self) -> None:
        self._generation += 1
        if self._conn is not None and not self._loading:
            self._conn.close()
            self._conn = None

    # ---- the table -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Horizontal:
            return QCoreApplication.translate("Staff", HEADERS[COLUMNS[section]])
        return None

    def row_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def update_row(self, sid: str, **values) -> None:
        """Reflect an action at once, without refetching the page."""
        for i, r in enumerate(self.rows):
            if r["id"] == sid:
                r.update(values)
                r.pop("_shown", None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def data(self, index, role=Qt.DisplayRole):
        # Qt asks several roles per cell on every paint: answer fast, format each row once.
        if role == _DISPLAY or role == _TOOLTIP:
            r = self.rows[index.row()]
            shown = r.get("_shown")
            if shown is None:
                shown = r["_shown"] = _format(r)
            return shown[index.column()]
        if role == _ALIGN:  # the question by its own direction; the rest as the staff language reads
            if index.column() != _PREVIEW:
                return _LEADING
            return _ABS_RIGHT if reads_right_to_left(self.rows[index.row()]["preview"] or "") else _ABS_LEFT
        return None


_DISPLAY, _TOOLTIP, _ALIGN = Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole
_PREVIEW = COLUMNS.index("preview")
_LEADING = int((Qt.AlignLeading | Qt.AlignVCenter).value)
_ABS_RIGHT = int((Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter).value)
_ABS_LEFT = int((Qt.AlignLeft | Qt.AlignAbsolute | Qt.AlignVCenter).value)


def _format(r: dict) -> tuple[str, ...]:
    flags = " ".join(mark for key, mark in (("constructive", "★"), ("personal_data", "⚠")) if r[key])
    # The preview is text_display: bidi and invisible characters were already removed at submit time.
    return (code(r["ticket"]), status_name(r["status"]), kind_name(r["kind"]), local_time(r["created_at"]),
            topic_name(r.get("topic")), flags, (r["preview"] or "").replace("\n", " "))
