"""The office console: filters, list, detail, counts, import/export with progress, the draw view.

Queries, imports and exports run through ui.tasks.run_task on a connection of the worker's own;
the GUI thread's connection only writes small things (tags, notes).
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QMainWindow, QProgressBar, QPushButton, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout,
                               QWidget)

from kiosk.office.dates import parse_date
from kiosk.office.library import ItemFilter, connect_library, open_library
from kiosk.store.db import ThreadConnections
from ui.office.counts import CountsBar
from ui.office.detail import OfficeDetail
from ui.office.model import OfficeTableModel
from ui.office.queries import query
from ui.i18n import LANGUAGES, NATIVE_NAMES, current_language, digits, isolate, scope_name, topic_name
from ui.office.model import COLUMNS, STATUS, csv_headers, status_name
from ui.office.presenter_window import open_presenter_window
from ui.office.programme import ProgrammeTab, tab_titles
from ui.office.widgets import named as _named, office_style
from ui.tasks import run_task

translate = QCoreApplication.translate

class _Progress(QObject):
    changed = Signal(int, int, str)  # emitted on a worker, delivered queued on the GUI thread


class OfficeConsole(QMainWindow):
    refreshed = Signal()
    task_finished = Signal(str, object)  # "import" | "export_csv" | "export_audio", result or exception

    def __init__(self, office_dir: Path, pool=None):
        super().__init__()
        self.setObjectName("officeConsole")
        self.root, self.pool, self._token, self.busy = Path(office_dir), pool, 0, False
        self._notice: str | None = None
        self.lib = open_library(self.root)  # checks and migrates once; workers then connect cheaply
        root = self.root
        self.libraries = ThreadConnections(lambda: connect_library(root))  # borrowed by each task, kept
        self.setStyleSheet(office_style())
        # Accessible names are set (translated) in retranslate(), with the visible words.
        self.search = _named(QLineEdit(), "officeSearch", "search")
        self.filter_kiosk = _named(QComboBox(), "officeFilterKiosk", "kiosk filter")
        self.filter_topic = _named(QComboBox(), "officeFilterTopic", "topic filter")
        self.filter_status = _named(QComboBox(), "officeFilterStatus", "status filter")
        self.filter_scope = _named(QComboBox(), "officeFilterScope", "consent filter")
        self.filter_from = _named(QLineEdit(), "officeFilterFrom", "from date")
        self.filter_to = _named(QLineEdit(), "officeFilterTo", "to date")
        self.filter_from.setMinimumWidth(150)
        self.filter_to.setMinimumWidth(150)
        for w in (self.filter_from, self.filter_to):
            w.setLayoutDirection(Qt.LeftToRight)  # digits and dates read left to right
            w.setMaximumWidth(190)
        self.language = _named(QComboBox(), "officeLanguage", "language")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.import_button = _named(QPushButton(), "importButton", "import envelopes")
        self.export_csv = _named(QPushButton(), "exportCsv", "export CSV")
        self.export_audio = _named(QPushButton(), "exportAudio", "export broadcast audio")
        self.draw_button = _named(QPushButton(), "openDraw", "open the live draw view")
        self.progress = _named(QProgressBar(), "officeProgress", "progress")
        self.progress.hide()
        self.status = _named(QLabel(), "officeStatus", "status")
        self.status.setTextFormat(Qt.PlainText)
        self.model = OfficeTableModel(self)
        self.table = _named(QTableView(), "officeTable", "questions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        # Short columns as wide as their text; the question takes the rest, ending in an ellipsis.
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeToContents)
        for column in (COLUMNS.index("topic"), COLUMNS.index("scopes")):  # long words: elided, widenable
            head.setSectionResizeMode(column, QHeaderView.Interactive)
            head.resizeSection(column, 130)
        head.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.Stretch)
        self.table.setWordWrap(False)
        self.counts = CountsBar()
        self.detail = OfficeDetail(self.root / "cache" / "peaks")
        self.programme = ProgrammeTab(self.lib, self._run_query, topic_name)
        self.programme.presenter_requested.connect(self.open_presenter)
        self._layout()
        self._relay = _Progress(self)
        self._relay.changed.connect(self._on_progress)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for w in (self.filter_from, self.filter_to):
            w.editingFinished.connect(self.refresh)
        for combo in (self.filter_kiosk, self.filter_topic, self.filter_status, self.filter_scope):
            combo.activated.connect(lambda _i: self.refresh())
        self.language.activated.connect(self._language)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._select(self._selected_row()))
        self.detail.selected_changed.connect(
            lambda i, v: self._write(self.lib.set_selected, i, v, translate("Office", "Saved: selected for the "
                                                                                       "programme.") if v else
                                     translate("Office", "Saved: no longer selected.")))
        self.detail.answered_changed.connect(
            lambda i, d: self._write(self.lib.set_answered, i, d, translate("Office", "Saved: answered date.")))
        self.detail.notes_saved.connect(
            lambda i, n: self._write(self.lib.set_notes, i, n, translate("Office", "Notes saved.")))
        self.import_button.clicked.connect(self._ask_import)
        self.export_csv.clicked.connect(self._ask_csv)
        self.export_audio.clicked.connect(self._ask_audio)
        self.draw_button.clicked.connect(self.open_draw_view)
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for w in (self.search, self.filter_kiosk, self.filter_topic, self.filter_status, self.filter_scope,
                  self.filter_from, self.filter_to, self.language):
            filters.addWidget(w, 3 if w is self.search else 1)
        actions = QHBoxLayout()
        for w in (self.import_button, self.export_csv, self.export_audio, self.draw_button):
            actions.addWidget(w)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.status, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([780, 500])
        split.setStretchFactor(0, 3)  # the list grows most with the window
        split.setStretchFactor(1, 2)
        body = QWidget()
        body.setObjectName("libraryTab")
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        from ui.office.fleet import FleetTab  # the fleet of kiosks (ui/office/fleet.py)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("officeTabs")
        self.tabs.addTab(body, "")
        self.tabs.addTab(self.programme, "")
        self.fleet = FleetTab(self.root, pool=self.pool)
        self.tabs.addTab(self.fleet, self.fleet.title())
        self.tabs.currentChanged.connect(lambda i: self.programme.load_shows() if self.tabs.widget(i) is self.programme
                                         else None)
        self.setCentralWidget(self.tabs)

    def retranslate(self) -> None:
        every = translate("Office", "All")
        self.setWindowTitle(translate("Office", "Communications office — Citizen and Mayor"))
        self.search.setPlaceholderText(translate("Office", "Search text or ticket"))
        self.filter_from.setPlaceholderText(translate("Office", "From (YYYY-MM-DD)"))
        self.filter_to.setPlaceholderText(translate("Office", "To (YYYY-MM-DD)"))
        for combo, values, name in ((self.filter_status, [(k, status_name(k)) for k in STATUS],
                                     translate("Office", "Status filter")),
                                    (self.filter_scope, [(k, scope_name(k)) for k in ("broadcast", "draw")],
                                     translate("Office", "Consent filter"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(every, None)
            for key, words in values:
                combo.addItem(words, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setAccessibleName(name)
        for combo in (self.filter_kiosk, self.filter_topic):
            if combo.count() == 0:
                combo.addItem(every, None)
            combo.setItemText(0, every)
        for widget, words in ((self.search, translate("Office", "Search text or ticket")),
                              (self.filter_kiosk, translate("Office", "Kiosk filter")),
                              (self.filter_topic, translate("Office", "Topic filter")),
                              (self.filter_from, translate("Office", "From date")),
                              (self.filter_to, translate("Office", "To date")),
                              (self.language, translate("Office", "Language")),
                              (self.progress, translate("Office", "Progress")),
                              (self.status, translate("Office", "Status")),
                              (self.table, translate("Office", "Questions")),
                              (self.import_button, translate("Office", "Import…")),
                              (self.export_csv, translate("Office", "Export CSV…")),
                              (self.export_audio, translate("Office", "Export broadcast audio…")),
                              (self.draw_button, translate("Office", "Live draw…"))):
            widget.setAccessibleName(words)
            if isinstance(widget, QPushButton):
                widget.setText(words)
        self.detail.retranslate()
        for index, title in enumerate(tab_titles()):
            self.tabs.setTabText(index, title)
        self.tabs.setTabText(self.tabs.indexOf(self.fleet), self.fleet.title())
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)

    def _language(self, _index: int) -> None:
        from ui.application import apply_language
        apply_language(QApplication.instance(), self.language.currentData())
        self.retranslate()
        self.model.set_rows(self.model.rows)

    # ---- list --------------------------------------------------------------------------------
    def current_filter(self) -> ItemFilter:
        dates = []
        for w in (self.filter_from, self.filter_to):
            text = w.text().strip()
            dates.append(parse_date(text) if text else None)
        return ItemFilter(kiosk=self.filter_kiosk.currentData(), topic=self.filter_topic.currentData(),
                          status=self.filter_status.currentData(), search=self.search.text() or None,
                          scopes=[self.filter_scope.currentData()] if self.filter_scope.currentData() else [],
                          date_from=dates[0], date_to=dates[1])

    def refresh(self, notice: str | None = None) -> None:
        """Query again; `notice` (what was just saved or exported) stays shown next to the count."""
        self._notice = notice
        try:
            flt = self.current_filter()
        except ValueError:
            self.status.setText(translate("Office", "Bad date: write it as YYYY-MM-DD."))
            return
        self._token += 1
        token, libs = self._token, self.libraries
        run_task(lambda: libs.using(lambda lib: query(lib, flt)), lambda r: self._show(token, r), self._failed,
                 pool=self.pool)

    def _show(self, token: int, result: dict) -> None:
        from shiboken6 import isValid
        if token != self._token or not isValid(self.model):
            return  # a newer query is on its way, or the console was closed meanwhile
        current = self.detail.item["id"] if self.detail.item else None
        # Names of topics an office bundle added (ui.i18n.topic_name reads them, as it reads the language).
        QApplication.instance().setProperty("officeTopicLabels", result.get("topic_labels") or {})
        self.model.set_rows(result["rows"])
        self.counts.set_counts(result["per_day"], result["per_topic"])
        for combo, values in ((self.filter_kiosk, result["kiosks"]), (self.filter_topic, result["topics"])):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(translate("Office", "All"), None)
            for v in values:
                combo.addItem(topic_name(v) if combo is self.filter_topic else v, v)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        count = digits(self.tr("%n question(s)", "", result["total"]))
        self.status.setText(f"{self._notice} — {count}" if self._notice else count)
        ids = [r["id"] for r in result["rows"]]
        if current in ids:
            row = ids.index(current)
            model = self.table.selectionModel()
            model.blockSignals(True)  # same question: keep the detail (and any playback) as it is
            self.table.setCurrentIndex(self.model.index(row, 0))
            model.blockSignals(False)
            self.detail.item = result["rows"][row] | {"audio_path": self.detail.item.get("audio_path")}
        else:
            self.detail.show_item(None)
        self.refreshed.emit()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None or (self.detail.item and self.detail.item["id"] == item["id"]):
            return
        self.detail.show_item(item)
        if item["audio_file"] and not item["audio_path"] and self.lib.media.remote:
            libs = self.libraries

            def fetched(path: str) -> None:
                if self.detail.item and self.detail.item["id"] == item["id"]:
                    self.detail.show_item(item | {"audio_path": path})
            run_task(lambda: str(libs.using(lambda lib: lib.media_path(item))), fetched, self._failed, pool=self.pool)

    def _write(self, fn, item_id, value, notice: str) -> None:
        try:
            fn(item_id, value)
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self._failed(exc)
            return
        self.refresh(notice)
        self.status.setText(notice)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.status.setText(translate("Office", "Failed: {error}").format(error=isolate(exc)))

    # ---- long work ---------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        words = translate("Office", "Working… {done} of {total}")
        self.progress.setFormat(digits(words.format(done=done, total=total)))

    def _done_words(self, kind: str, result, target: Path | str) -> str:
        """What a finished import or export did, in words (singular/plural by Qt's %n forms)."""
        if kind == "import":
            new = digits(self.tr("%n new question(s) imported", "", len(result.imported)))
            if not result.quarantined:
                return new
            return new + translate("Office", ", ") + digits(self.tr("%n envelope(s) quarantined", "",
                                                                     len(result.quarantined)))
        n = result["exported"] if isinstance(result, dict) else result
        if kind == "export_csv":
            words = self.tr("%n question(s) written to {path}", "", n)
        else:
            words = self.tr("%n recording(s) written to {path}", "", n)
        return digits(words).format(path=isolate(target))

    def _start(self, kind: str, work, target: Path | str = "") -> None:
        if self.busy:
            return
        self.busy = True
        self.progress.setValue(0)
        self.progress.show()

        def done(result):
            self.busy = False
            self.progress.hide()
            notice = self._done_words(kind, result, target)
            self.refresh(notice)
            self.status.setText(notice)
            self.task_finished.emit(kind, result)

        def failed(exc):
            self._failed(exc)
            self.task_finished.emit(kind, exc)
        run_task(work, done, failed, pool=self.pool)

    def start_import(self, source: str, endpoint_url: str | None = None) -> None:
        from kiosk.office.importer import import_from
        libs, emit = self.libraries, self._relay.changed.emit
        self._start("import", lambda: libs.using(lambda lib: import_from(lib, source, endpoint_url=endpoint_url,
                                                                          progress=emit)), source)

    def start_export_csv(self, path: Path, only_selected: bool = True) -> None:
        from kiosk.office.export import export_csv
        libs, emit, flt = self.libraries, self._relay.changed.emit, self.current_filter()
        headers = csv_headers()
        self._start("export_csv", lambda: libs.using(lambda lib: export_csv(
            lib, Path(path), only_selected=only_selected, flt=flt, progress=emit, headers=headers)), path)

    def start_export_audio(self, folder: Path, only_selected: bool = True) -> None:
        from kiosk.office.export import export_audio
        libs, emit, flt = self.libraries, self._relay.changed.emit, self.current_filter()
        self._start("export_audio", lambda: libs.using(lambda lib: export_audio(
            lib, Path(folder), only_selected=only_selected, flt=flt, progress=emit)), folder)

    def _ask_import(self) -> None:
        title = translate("Office", "Import…")
        source, ok = QInputDialog.getText(self, title, translate("Office", "Folder, USB export or s3://bucket/prefix"))
        if ok and source.strip():
            endpoint = None
            if source.strip().startswith("s3://"):
                endpoint, _ok = QInputDialog.getText(self, title, translate("Office", "S3 endpoint URL (optional)"))
            self.start_import(source.strip(), (endpoint or "").strip() or None)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Office", "Export CSV…"),
                                              str(Path.home() / "questions.csv"), "CSV (*.csv)")
        if path:
            self.start_export_csv(Path(path))

    def _ask_audio(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Office", "Export broadcast audio…"),
                                                  str(Path.home()))
        if folder:
            self.start_export_audio(Path(folder))

    def _run_query(self, fn, done) -> None:
        libs = self.libraries
        run_task(lambda: libs.using(fn), done, self._failed, pool=self.pool)

    def open_presenter(self, show_id: int, on_air: bool = False, fullscreen: bool = True):
        language = str(QApplication.instance().property("kioskLanguage") or "fa")
        self._presenter = open_presenter_window(self.lib, show_id, on_air, language, topic_name, fullscreen)
        self._presenter.closed.connect(self.programme.load_rundown)
        return self._presenter

    def open_draw_view(self, fullscreen: bool = True):
        from ui.office.draw_view import DrawView
        self._draw_view = DrawView(self.root, pool=self.pool, libraries=self.libraries)
        self._draw_view.showFullScreen() if fullscreen else self._draw_view.show()
        return self._draw_view

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.detail.stop()
        super().closeEvent(event)


def run_console(office_dir: Path, language: str = "fa") -> int:
    from ui.application import setup_application
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app, language)
    window = OfficeConsole(Path(office_dir))
    window.resize(1280, 800)
    window.show()
    return app.exec()
