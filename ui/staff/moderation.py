"""Moderation screen: filters, the incremental queue table, and the detail pane with its actions."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from kiosk.staff.moderation import ModerationError, Moderator
from kiosk.staff.queue_query import QueueFilter
from kiosk.store.submissions import IllegalTransition, NotFound
from ui.staff.detail import DetailPane
from ui.staff.queue_model import QueueModel
from ui.staff.strings import digits, status_name, t

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
        self.status = _combo("filterStatus", "status", self)
        for s in STATUS_CHOICES:
            self.status.addItem(status_name(s) if s else t("all"), s)
        self.kind = _combo("filterKind", t("kind"), self)
        for k in (None, "voice", "text"):
            self.kind.addItem(t(k) if k else t("all"), k)
        self.topic = _combo("filterTopic", t("topic"), self)
        self.topic.addItem(t("all"), None)
        for topic in settings.ui.topics:
            self.topic.addItem(topic, topic)
        self.date = _combo("filterDate", t("date"), self)
        for d in DATE_CHOICES:
            self.date.addItem(t(d) if d else t("all"), d)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(t("search"))
        self.search.setPlaceholderText(t("search"))
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
        self.table.setAccessibleName(t("queue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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

    def current_filter(self) -> QueueFilter:
        return QueueFilter(status=self.status.currentData(), kind=self.kind.currentData(),
                           topic=self.topic.currentData(), date_from=date_from(self.date.currentData()),
                           search=self.search.text().strip() or None)

    def apply_filter(self) -> None:
        self.detail.show_submission(None)
        self.model.set_filter(self.current_filter())

    def _loaded(self) -> None:
        if self.model.total is not None:
            self.count_label.setText(t("rows", n=self.model.total))

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
        self.message.setText(f"{t('done')}: {digits(sub.ticket)} → {status_name(sub.status)}")
        self.changed.emit()

    def close_model(self) -> None:
        self.detail.stop()
        self.model.close()
