"""pytest-qt: the console's filters, search and tags; import/export with progress; the draw view
reveals winners in the order of the signed minutes."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView

from kiosk.office import draws
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def app(qtbot):
    from ui.app import setup_application
    return setup_application(QApplication.instance(), "fa")


@pytest.fixture
def console(app, qtbot, office):
    add_item(office, 1, kiosk_id="kiosk-a", text="ترافیك میدان", topic="traffic", audio=b"not really opus")
    add_item(office, 2, kiosk_id="kiosk-b", text="پارک محله", topic="green_space", day=date(2026, 11, 27))
    add_item(office, 3, kiosk_id="kiosk-b", text="\u202eevil\u202c text", topic="culture", scopes=("record",))
    from ui.office.console import OfficeConsole
    window = OfficeConsole(office.root)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    return window


def type_text(widget, text: str) -> None:
    """Key events one character at a time (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def _refresh(qtbot, console, action):
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        action()


def test_console_filters_search_and_tags(console, qtbot, office):
    assert QApplication.instance().layoutDirection() == Qt.RightToLeft
    for name in ("officeTable", "officeSearch", "officeFilterTopic", "officeFilterKiosk", "officeFilterStatus",
                 "officeFilterScope", "tagSelected", "tagAnswered", "officeNotes", "importButton", "exportCsv",
                 "exportAudio"):
        widget = console.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name
    search = console.findChild(QLineEdit, "officeSearch")
    _refresh(qtbot, console, lambda: search.setText("ترافیک"))  # typed with Persian kaf, stored Arabic
    assert [r["ticket"] for r in console.model.rows] == ["0000-0001"]
    _refresh(qtbot, console, lambda: search.setText(""))
    topic = console.findChild(QComboBox, "officeFilterTopic")
    _refresh(qtbot, console, lambda: (topic.setCurrentIndex(topic.findData("culture")), console.refresh()))
    assert [r["topic"] for r in console.model.rows] == ["culture"]
    _refresh(qtbot, console, lambda: (topic.setCurrentIndex(0), console.refresh()))
    date_from = console.findChild(QLineEdit, "officeFilterFrom")
    _refresh(qtbot, console, lambda: (date_from.setText("۱۴۰۵-۰۹-۰۶"), console.refresh()))  # = 2026-11-27
    assert [r["ticket"] for r in console.model.rows] == ["0000-0002"]
    _refresh(qtbot, console, lambda: (date_from.setText(""), console.refresh()))

    table = console.findChild(QTableView, "officeTable")
    row = next(i for i, r in enumerate(console.model.rows) if r["ticket"] == "0000-0001")
    table.setCurrentIndex(console.model.index(row, 0))
    assert console.detail.item["ticket"] == "0000-0001"
    _refresh(qtbot, console, lambda: console.findChild(QCheckBox, "tagSelected").setChecked(True))
    _refresh(qtbot, console, lambda: console.findChild(QCheckBox, "tagAnswered").setChecked(True))
    console.findChild(object, "officeNotes").setPlainText("برای برنامه شنبه")
    _refresh(qtbot, console, lambda: qtbot.mouseClick(console.findChild(QPushButton, "officeSaveNotes"),
                                                      Qt.LeftButton))
    item = office.get(console.detail.item["id"])
    assert item["selected"] == 1 and item["answered_on"] and item["notes"] == "برای برنامه شنبه"
    status = console.findChild(QComboBox, "officeFilterStatus")
    _refresh(qtbot, console, lambda: (status.setCurrentIndex(status.findData("answered")), console.refresh()))
    assert [r["ticket"] for r in console.model.rows] == ["0000-0001"]
    # the bidi override is shown as a visible tag in the detail, never applied
    _refresh(qtbot, console, lambda: (status.setCurrentIndex(0), console.refresh()))
    table.setCurrentIndex(console.model.index(
        next(i for i, r in enumerate(console.model.rows) if r["ticket"] == "0000-0003"), 0))
    assert "⟦U+202E⟧" in console.detail.text.toPlainText()
    assert console.counts.per_topic and sum(n for _, n in console.counts.per_day) == 3


def test_console_language_switch(console, qtbot):
    combo = console.findChild(QComboBox, "officeLanguage")
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert QApplication.instance().layoutDirection() == Qt.LeftToRight
    assert console.findChild(QPushButton, "exportCsv").text() == "Export CSV…"
    combo.setCurrentIndex(combo.findData("fa"))
    combo.activated.emit(combo.currentIndex())
    assert QApplication.instance().layoutDirection() == Qt.RightToLeft


def test_export_runs_off_the_gui_thread_with_progress(console, qtbot, office, tmp_path):
    for r in office.items():
        office.set_selected(r["id"], True)
    with qtbot.waitSignal(console.task_finished, timeout=10000) as blocker:
        console.start_export_csv(tmp_path / "out.csv")
        assert console.findChild(object, "officeProgress").isVisible() or console.busy
    assert blocker.args[0] == "export_csv" and blocker.args[1] == 3
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_import_from_the_console(app, qtbot, office, kiosk_settings):
    from kiosk.sync.worker import sync_once
    from tests.sync.helpers import make_approved
    make_approved(kiosk_settings, 2, scopes=("record", "draw"))
    sync_once(kiosk_settings)
    from ui.office.console import OfficeConsole
    window = OfficeConsole(office.root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.task_finished, timeout=20000) as blocker:
        window.start_import(str(kiosk_settings.delivery_folder))
    assert len(blocker.args[1].imported) == 2
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_draw_view_reveals_winners_in_order(app, qtbot, office):
    for i in range(20):
        add_item(office, i)
    prepared = draws.prepare(office, date(2026, 11, 20), date(2026, 11, 30))
    from ui.office.draw_view import DrawView
    view = DrawView(office.root)
    qtbot.addWidget(view)
    view.show()
    # read on a worker, not in the constructor on the GUI thread
    qtbot.waitUntil(lambda: view.findChild(QLineEdit, "drawCommitment").text() == prepared.commitment)
    witness = view.findChild(QLineEdit, "drawWitnessInput")
    for text in ("شاهد یک ۱۲", "witness two 34", "سه 56"):
        type_text(witness, text)
        assert view.findChild(object, "drawWitnessLive").text() == text  # shown as typed
        qtbot.mouseClick(view.findChild(QPushButton, "drawAddWitness"), Qt.LeftButton)
    view.winners.setValue(3)
    view.reserves.setValue(1)
    with qtbot.waitSignal(view.finished, timeout=20000) as blocker:
        qtbot.mouseClick(view.findChild(QPushButton, "drawRun"), Qt.LeftButton)
    minutes = blocker.args[0]
    assert minutes["witnesses"] == ["شاهد یک ۱۲", "witness two 34", "سه 56"]
    labels = [view.findChild(object, f"drawWinnerLabel_{n}") for n in (1, 2, 3)]
    assert all(lbl.text() == "…" for lbl in labels)
    reveal = view.findChild(QPushButton, "drawReveal")
    from kiosk.text import normalize_digits as digits

    def normalize_digits(shown: str) -> str:  # the code is shown isolated, with left-to-right marks
        return digits(shown.translate({0x2066: None, 0x2069: None, 0x200E: None}))
    for n, label in enumerate(labels):
        qtbot.mouseClick(reveal, Qt.LeftButton)
        assert normalize_digits(label.text()).startswith(minutes["winners"][n]["ticket"])
        assert all(lbl.text() == "…" for lbl in labels[n + 1:])
    qtbot.mouseClick(reveal, Qt.LeftButton)
    assert normalize_digits(view.findChild(object, "drawReserveLabel_1").text()).startswith(
        minutes["reserves"][0]["ticket"])
    assert not reveal.isEnabled()
    saved = json.loads((office.root / "draws" / prepared.draw_id / "minutes.json").read_text("utf-8"))
    assert saved["winners"] == minutes["winners"]


def test_topics_are_named_in_the_console_language():
    from PySide6.QtWidgets import QApplication
    from ui.app import apply_language
    from ui.i18n import topic_name
    app = QApplication.instance() or QApplication([])
    apply_language(app, "fa")
    assert topic_name("green_space") == "پارک و فضای سبز"
    apply_language(app, "en")
    assert topic_name("public_transport") == "Public transport"
    assert topic_name("city_specific") == "city specific" and topic_name(None) == "-"
    apply_language(app, "fa")
