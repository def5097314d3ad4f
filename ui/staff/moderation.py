"""Moderation screen: filters, the incremental queue table, and the detail pane with its actions."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QStyle, QTableView, QVBoxLayout, QWidget)

from kiosk.staff.moderation import ModerationError, Moderator
from kiosk.staff.queue_query import QueueFilter
from kiosk.store.submissions import IllegalTransition, NotFound
from ui.staff.detail import DetailPane
from ui.i18n import code, digits, local_time, topic_name
from ui.staff.queue_model import COLUMNS, QueueModel
from ui.staff.vocabulary import kind_name, status_name

translate = QCoreApplication.translate

STATUS_CHOICES = ("submitted", "approved", "rejected", "sent", None)
DATE_CHOICES = (None, "today", "week", "month")


def _combo(name: str, accessible: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(56)
    return box


def date_from(choice: str | None, now: datetime | None = None) -> str | None:
    """Start of the chosen period in UTC ISO (as created_at is stored); days count in local time."""
    if choice is None:
        return None
    local = (now or datetime.now()).astimezone()
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    start -= timedelta(days={"today": 0, "week": 6, "month": 29}[choice])
    return start.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ModerationView(QWidget):
    changed = Signal()   # an action was taken (the health counts are stale)

    def __init__(self, settings, store, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moderationView")
        self.settings, self.store = settings, store
        self.moderator = Moderator(store, role)
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        every = translate("Staff", "All")
        self.status = _combo("filterStatus", translate("Staff", "Status"), self)
        for s in STATUS_CHOICES:
            self.status.addItem(status_name(s) if s else every, s)
        self.kind = _combo("filterKind", translate("Staff", "Kind"), self)
        for k in (None, "voice", "text"):
            self.kind.addItem(kind_name(k) if k else every, k)
        self.topic = _combo("filterTopic", translate("Staff", "Topic"), self)
        self.topic.addItem(every, None)
        for topic in settings.ui.topics:
            self.topic.addItem(topic_name(topic), topic)
        self.date = _combo("filterDate", translate("Staff", "Date"), self)
        dates = {"today": translate("Staff", "Today"), "week": translate("Staff", "Last 7 days"),
                 "month": translate("Staff", "Last 30 days")}
        for d in DATE_CHOICES:
            self.date.addItem(dates[d] if d else every, d)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(translate("Staff", "Search"))
        self.search.setPlaceholderText(translate("Staff", "Search"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")
        self.count_label.setTextFormat(Qt.PlainText)
        for w in (self.status, self.kind, self.topic, self.date):
            filters.addWidget(w)
            w.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        lay.addLayout(filters)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.model = QueueModel(settings.db_path, parent=self)
        self.model.loaded.connect(self._loaded)
        self.table = QTableView(self)
        self.table.setObjectName("moderationTable")
        self.table.setAccessibleName(translate("Staff", "Queue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.setMinimumHeight(200)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.select_row(cur.row()))
        self.detail = DetailPane(settings.staff.reject_reasons, settings.data_dir / "cache" / "peaks", self)
        self.detail.approve.connect(lambda sid: self._act(lambda: self.moderator.approve(sid)))
        self.detail.reject.connect(lambda sid, reason: self._act(lambda: self.moderator.reject(sid, reason)))
        self.detail.flag.connect(lambda sid, f, on: self._act(lambda: self.moderator.flag(sid, f, on)))
        self.detail.undo.connect(self.undo)
        self.message = QLabel(self)
        self.message.setObjectName("moderationMessage")
        self.message.setTextFormat(Qt.PlainText)
        split = QSplitter(Qt.Vertical, self)  # full-width rows above, the detail below
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([1000, 300])  # the table takes what the detail does not need
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        self.detail.undo_btn.setEnabled(False)

    def _size_columns(self) -> None:
        """Ticket, status, kind, time, topic and flags get the width of their widest possible text, once
        (not from whatever rows a search left); the question takes the rest and ends in an ellipsis."""
        head = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        # Digits differ in width (Persian zero is a dot): the widest of each gives the ticket's width.
        samples = {"ticket": [code(f"{d * 4}-{d * 4}") for d in "0123456789"],
                   "status": [status_name(s) for s in STATUS_CHOICES if s],
                   "kind": [kind_name("voice"), kind_name("text")],
                   "created_at": [local_time(t) for t in ("2026-12-29T23:59:59.000Z", "2027-03-19T20:29:59.000Z")],
                   "topic": [topic_name(t) for t in self.settings.ui.topics], "flags": ["★ ⚠"]}
        pad = 2 * self.table.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 32
        for column, name in enumerate(COLUMNS):
            if name == "preview":
                head.setSectionResizeMode(column, QHeaderView.Stretch)
                continue
            texts = samples[name] + [self.model.headerData(column, Qt.Horizontal)]
            width = max(metrics.horizontalAdvance(text) for text in texts) + pad
            head.setSectionResizeMode(column, QHeaderView.Fixed)
            head.resizeSection(column, min(width, 260) if name == "topic" else width)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def current_filter(self) -> QueueFilter:
        return QueueFilter(status=self.status.currentData(), kind=self.kind.currentData(),
                           topic=self.topic.currentData(), date_from=date_from(self.date.currentData()),
                           search=self.search.text().strip() or None)

    def apply_filter(self) -> None:
        self.detail.show_submission(None)
        self.model.set_filter(self.current_filter())

    def _loaded(self) -> None:
        if self.model.total is not None:
            self.count_label.setText(digits(self.tr("%n item(s)", "", self.model.total)))

    def select_row(self, row: int) -> None:
        sid = self.model.row_id(row)
        try:
            self.detail.show_submission(self.store.get(sid) if sid else None)
        except NotFound:
            self.detail.show_submission(None)

    def _act(self, action) -> None:
        try:
            sub = action()
        except (ModerationError, IllegalTransition, NotFound) as exc:
            self.message.setText(str(exc))
            return
        self._reflect(sub)

    def undo(self) -> None:
        try:
            done = self.moderator.undo()
        except (ModerationError, IllegalTransition, NotFound) as exc:
            self.message.setText(str(exc))
            return
        self._reflect(self.store.get(done.sid))

    def _reflect(self, sub) -> None:
        self.model.update_row(sub.id, status=sub.status, constructive=sub.constructive,
                              personal_data=sub.personal_data)
        if self.detail.sid == sub.id:
            self.detail.show_submission(sub)
        self.detail.undo_btn.setEnabled(self.moderator.can_undo)
        self.message.setText(translate("Staff", "Done: {ticket} is now {status}.").format(
            ticket=code(sub.ticket), status=status_name(sub.status)))
        self.changed.emit()

    def close_model(self) -> None:
        self.detail.stop()
        self.model.close()
