"""The console's Programme tab: pick a show, build its rundown from the library, open the presenter.

Rundown changes are small writes on the GUI thread's library connection (kiosk.office.shows);
the list of candidate questions is a query and goes through the runner the console passes in.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from kiosk.office.dates import jalali_date
from kiosk.office.library import ItemFilter, Library
from kiosk.office.shows import Shows, ShowError
from kiosk.text import localize_digits

Runner = Callable[[Callable[[Library], Any], Callable[[Any], None]], None]
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
CANDIDATE_LIMIT = 500


def tab_titles() -> tuple[str, str]:
    """The console's tabs: the library, and this one."""
    return (QCoreApplication.translate("ProgrammeTab", "Library"), QCoreApplication.translate("ProgrammeTab", "Programme"))


def candidates(lib: Library, search: str) -> list[dict]:
    """Questions not withdrawn and in no rundown yet, newest first (runs on a worker)."""
    rows = lib.items(ItemFilter(search=search or None), limit=CANDIDATE_LIMIT * 2)
    planned = {r[0] for r in lib.db.execute("SELECT item_id FROM rundown")}
    return [r for r in rows if not r["withdrawn_at"] and r["id"] not in planned][:CANDIDATE_LIMIT]


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class ProgrammeTab(QWidget):
    presenter_requested = Signal(int, bool)  # show id, on air
    changed = Signal()

    def __init__(self, lib: Library, run: Runner, topic_name: Callable[[str | None], str], parent=None):
        super().__init__(parent)
        self.setObjectName("programmeTab")
        self.lib, self.run, self.topic_name = lib, run, topic_name
        self.shows = Shows(lib.db)
        self.show_picker = _named(QComboBox(), "showPicker")
        self.new_date = _named(QLineEdit(), "showNewDate")
        self.new_date.setLayoutDirection(Qt.LeftToRight)
        self.new_title = _named(QLineEdit(), "showNewTitle")
        self.new_show = _named(QPushButton(), "showCreate")
        self.search = _named(QLineEdit(), "programmeSearch")
        self.library = _named(QListWidget(), "programmeLibrary")
        self.rundown = _named(QListWidget(), "rundownList")
        self.rundown.setDragDropMode(QAbstractItemView.InternalMove)  # drag to reorder
        self.rundown.model().rowsMoved.connect(self._dropped)
        self.add = _named(QPushButton(), "rundownAdd")
        self.remove = _named(QPushButton(), "rundownRemove")
        self.up = _named(QPushButton(), "rundownUp")
        self.down = _named(QPushButton(), "rundownDown")
        self.on_air = _named(QCheckBox(), "presenterOnAir")
        self.present = _named(QPushButton(), "presenterOpen")
        self.channel_add = _named(QPushButton(), "channelAdd")
        self.channel_csv = _named(QPushButton(), "channelImportCsv")
        self.outcome = _named(QComboBox(), "outcomeReason")
        self.outcome_apply = _named(QPushButton(), "outcomeApply")
        self.totals = _named(QLabel(), "rundownTotals")
        self.message = _named(QLabel(), "programmeMessage")
        for label in (self.totals, self.message):
            label.setTextFormat(Qt.PlainText)
        self._layout()
        self.show_picker.activated.connect(lambda _i: self.load_rundown())
        self.new_show.clicked.connect(self._create_show)
        self.search.returnPressed.connect(self.load_candidates)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._step(-1))
        self.down.clicked.connect(lambda: self._step(+1))
        self.present.clicked.connect(self._present)
        self.outcome_apply.clicked.connect(self._set_outcome)
        self.channel_add.clicked.connect(self._add_channel_question)
        self.channel_csv.clicked.connect(self._import_csv)
        self.retranslate()
        self.load_shows()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for w, stretch in ((self.show_picker, 3), (self.new_date, 1), (self.new_title, 2), (self.new_show, 0)):
            top.addWidget(w, stretch)
        left = QVBoxLayout()
        channels = QHBoxLayout()
        channels.addWidget(self.channel_add)
        channels.addWidget(self.channel_csv)
        left.addLayout(channels)
        left.addWidget(self.search)
        left.addWidget(self.library, 1)
        left.addWidget(self.add)
        outcome = QHBoxLayout()
        outcome.addWidget(self.outcome, 1)
        outcome.addWidget(self.outcome_apply)
        left.addLayout(outcome)
        right = QVBoxLayout()
        right.addWidget(self.rundown, 1)
        buttons = QHBoxLayout()
        for w in (self.up, self.down, self.remove):
            buttons.addWidget(w)
        right.addLayout(buttons)
        right.addWidget(self.totals)
        present = QHBoxLayout()
        present.addWidget(self.on_air)
        present.addWidget(self.present, 1)
        right.addLayout(present)
        lists = QHBoxLayout()
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists, 1)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        texts = {
            self.show_picker: (None, self.tr("Show")),
            self.new_show: (self.tr("New show"), self.tr("Create a show with this date and title")),
            self.add: (self.tr("Add to rundown"), self.tr("Add the chosen question to the rundown")),
            self.remove: (self.tr("Remove"), self.tr("Remove the chosen question from the rundown")),
            self.up: (self.tr("Move up"), self.tr("Move the chosen question earlier")),
            self.down: (self.tr("Move down"), self.tr("Move the chosen question later")),
            self.on_air: (self.tr("Presenter screen is on air"), self.tr("The presenter screen is seen on air")),
            self.present: (self.tr("Open presenter view"), self.tr("Open the presenter view of this show")),
            self.channel_add: (self.tr("Add a question from Instagram or phone…"),
                               self.tr("Type in a question that came by Instagram, phone or another channel")),
            self.channel_csv: (self.tr("Import a CSV of questions…"),
                               self.tr("Import questions from another channel from a CSV file")),
            self.outcome: (None, self.tr("Why the chosen question is not broadcast")),
            self.outcome_apply: (self.tr("Set reason"), self.tr("Set the reason on the chosen question")),
            self.search: (None, self.tr("Search the library")),
            self.library: (None, self.tr("Questions not yet in a rundown")),
            self.rundown: (None, self.tr("Rundown of the show")),
            self.new_date: (None, self.tr("Date of the new show")),
            self.new_title: (None, self.tr("Title of the new show")),
        }
        for widget, (label, accessible) in texts.items():
            if label is not None:
                widget.setText(label)
            widget.setAccessibleName(accessible)
        self.search.setPlaceholderText(self.tr("Search, then press Enter"))
        chosen = self.outcome.currentData()
        self.outcome.clear()
        for key, label in (("", self.tr("Not broadcast because… (no reason)")),
                           ("answered_together", self.tr("Answered together with similar questions")),
                           ("referred", self.tr("Referred to a department")),
                           ("outside_remit", self.tr("Outside the municipality's remit")),
                           ("not_suitable", self.tr("Not suitable for broadcast"))):
            self.outcome.addItem(label, key)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
        self.new_date.setPlaceholderText(self.tr("1405-09-13"))
        self.new_title.setPlaceholderText(self.tr("Title"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.load_shows()
        super().changeEvent(event)

    def _lang(self) -> str:
        return "en" if self.layoutDirection() == Qt.LeftToRight else "fa"

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # ---- shows ----------------------------------------------------------------------------------
    @property
    def show_id(self) -> int | None:
        return self.show_picker.currentData()

    def load_shows(self, select: int | None = None) -> None:
        keep = select if select is not None else self.show_id
        self.show_picker.clear()
        for s in self.shows.all():
            day = date.fromisoformat(s["show_date"])
            shown = jalali_date(day) if self._lang() != "en" else day.isoformat()
            when = f"{shown} {s['starts_at'] or ''}".strip()
            title = s["title"] or self.tr("(no title)")
            self.show_picker.addItem(f"{FSI}{when}{PDI} — {title}", s["id"])
        if keep is not None and self.show_picker.findData(keep) >= 0:
            self.show_picker.setCurrentIndex(self.show_picker.findData(keep))
        self.load_rundown()
        self.load_candidates()

    def _create_show(self) -> None:
        from kiosk.office.dates import parse_date
        try:
            show_id = self.shows.create(parse_date(self.new_date.text()), self.new_title.text())
        except (ValueError, ShowError) as exc:
            self._say(self.tr("Could not create the show: %1").replace("%1", str(exc)))
            return
        self.new_title.clear()
        self.load_shows(select=show_id)
        self._say(self.tr("Show created."))

    # ---- lists ----------------------------------------------------------------------------------
    def _describe(self, row: dict) -> str:
        kind = self.tr("voice") if row["kind"] == "audio" else self.tr("text")
        if row.get("duration_ms"):
            kind += " " + localize_digits(f"{row['duration_ms'] // 60000}:{row['duration_ms'] // 1000 % 60:02d}",
                                          self._lang())
        source = FSI + row["kiosk_id"] + PDI if row.get("channel", "kiosk") == "kiosk" else {
            "instagram": self.tr("Instagram"), "phone": self.tr("Phone call")}.get(row["channel"], self.tr("Other channel"))
        scopes = row.get("consent_scopes")
        broadcast = row["broadcast"] if "broadcast" in row else "broadcast" in (scopes or [])
        consent = self.tr("broadcast allowed") if broadcast else self.tr("not for broadcast")
        ticket = LRI + localize_digits(row["ticket"], self._lang()) + PDI
        return "  ·  ".join((ticket, kind, self.topic_name(row["topic"]), source, consent))

    def load_rundown(self) -> None:
        self.rundown.blockSignals(True)
        self.rundown.clear()
        rows = self.shows.rundown(self.show_id) if self.show_id is not None else []
        for r in rows:
            state = self.tr("answered") if r["answered_at"] else (self.tr("skipped") if r["skipped"] else "")
            text = localize_digits(f"{r['position']}.", self._lang()) + " " + self._describe(r)
            item = QListWidgetItem(text + (f"  ·  {state}" if state else ""))
            item.setData(Qt.UserRole, r["ticket"])
            self.rundown.addItem(item)
        self.rundown.blockSignals(False)
        totals = self.shows.totals(self.show_id) if self.show_id is not None else {"items": 0, "audio_ms": 0}
        minutes, seconds = divmod(totals["audio_ms"] // 1000, 60)
        self.totals.setText(localize_digits(self.tr("%1 questions, audio %2:%3").replace("%1", str(totals["items"]))
                            .replace("%2", str(minutes)).replace("%3", f"{seconds:02d}"), self._lang()))
        for w in (self.add, self.remove, self.up, self.down, self.present):
            w.setEnabled(self.show_id is not None)

    def load_candidates(self) -> None:
        text = self.search.text()
        self.run(lambda lib: candidates(lib, text), self._fill_candidates)

    def _fill_candidates(self, rows: list[dict]) -> None:
        from shiboken6 import isValid
        if not isValid(self.library):
            return  # the console was closed while the query ran on its worker
        self.library.clear()
        for r in rows:
            item = QListWidgetItem(self._describe(r))
            item.setData(Qt.UserRole, r["ticket"])
            self.library.addItem(item)

    def _chosen(self, lst: QListWidget) -> str | None:
        item = lst.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _apply(self, action: Callable[[], Any], done: str) -> None:
        try:
            action()
        except ShowError as exc:
            self._say(str(exc))
            return
        self._say(done)
        self.load_rundown()
        self.changed.emit()

    def _add(self) -> None:
        ticket = self._chosen(self.library)
        if ticket is None or self.show_id is None:
            self._say(self.tr("Choose a question in the library first."))
            return
        self._apply(lambda: self.shows.add(self.show_id, [ticket]), self.tr("Added to the rundown."))
        self.library.takeItem(self.library.currentRow())

    def _remove(self) -> None:
        ticket = self._chosen(self.rundown)
        if ticket is None:
            self._say(self.tr("Choose a question in the rundown first."))
            return
        self._apply(lambda: self.shows.remove(self.show_id, ticket), self.tr("Removed from the rundown."))
        self.load_candidates()

    def _step(self, delta: int) -> None:
        row = self.rundown.currentRow()
        ticket = self._chosen(self.rundown)
        if ticket is None:
            self._say(self.tr("Choose a question in the rundown first."))
            return
        self._apply(lambda: self.shows.move(self.show_id, ticket, row + 1 + delta), self.tr("Moved."))
        self.rundown.setCurrentRow(max(0, min(row + delta, self.rundown.count() - 1)))

    def _dropped(self, *_args) -> None:
        QTimer.singleShot(0, self._store_drop)  # not while the list's model is still moving rows

    def _store_drop(self) -> None:
        """After a drag: store the order the list now shows."""
        order = [self.rundown.item(i).data(Qt.UserRole) for i in range(self.rundown.count())]
        current = [r["ticket"] for r in self.shows.rundown(self.show_id)]
        for position, ticket in enumerate(order, start=1):
            if current.index(ticket) + 1 != position:
                self.shows.move(self.show_id, ticket, position)
                current = [r["ticket"] for r in self.shows.rundown(self.show_id)]
        self.load_rundown()
        self.changed.emit()

    def _set_outcome(self) -> None:
        """The status site tells the citizen why (a fixed list); no reason clears it."""
        ticket = self._chosen(self.library) or self._chosen(self.rundown)
        if ticket is None:
            self._say(self.tr("Choose a question in the library first."))
            return
        reason = self.outcome.currentData() or None
        self._apply(lambda: self.shows.set_outcome(ticket, reason), self.tr("Reason saved."))

    def _add_channel_question(self) -> None:
        from ui.office.channel_dialog import ChannelQuestionDialog
        dialog = ChannelQuestionDialog(self.lib.db, self)
        if dialog.exec() and dialog.ticket:
            self._say(self.tr("Added as ticket %1.").replace("%1", LRI + localize_digits(dialog.ticket, self._lang())
                                                               + PDI))
            self.load_candidates()
            self.changed.emit()

    def _import_csv(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a CSV of questions…"), "", "CSV (*.csv)")
        if not path:
            return
        names = [self.tr("Instagram"), self.tr("Phone call"), self.tr("Other channel")]
        name, ok = QInputDialog.getItem(self, self.tr("Import a CSV of questions…"), self.tr("Channel"), names, 0, False)
        if ok:
            self.import_csv(Path(path), ("instagram", "phone", "other")[names.index(name)])

    def import_csv(self, path: Path, channel: str) -> None:
        """On a worker (a file may hold thousands of rows); the result is said in words."""
        from kiosk.office.channels import ChannelError, import_csv

        def work(lib):
            try:
                return import_csv(lib.db, path, channel)
            except ChannelError as exc:
                return {"failed": str(exc)}

        def done(result):
            if "failed" in result:
                self._say(self.tr("The file could not be read: %1").replace("%1", result["failed"]))
                return
            lines = ", ".join(localize_digits(str(e["line"]), self._lang()) for e in result["errors"])
            text = self.tr("Added %1, already there %2.").replace("%1", localize_digits(str(result["added"]), self._lang()))
            text = text.replace("%2", localize_digits(str(result["skipped"]), self._lang()))
            if lines:
                text += " " + self.tr("Rows with problems (line numbers): %1").replace("%1", lines)
            self._say(text)
            self.load_candidates()
            self.changed.emit()
        self.run(work, done)

    def _present(self) -> None:
        if self.show_id is not None:
            self.presenter_requested.emit(self.show_id, self.on_air.isChecked())
