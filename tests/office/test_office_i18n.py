"""Issue 9 (items 7, 8, 13) on the office console and draw view: no raw key in fa/ar/en, Persian text
shown as Persian, Arabic letters kept in the list and the CSV (found by a Persian search), feedback in
words after a save or an export, singular/plural counts, the draw titled with the programme's name and
a witness input that can be removed."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from kiosk.office import draws
from tests.office.helpers import add_item
from tests.office.test_console import type_text
from tests.staff.helpers import raw_keys_in, visible_texts

pytestmark = pytest.mark.timeout(60)
ARABIC_QUESTION = "هل يمكن تحسين الطريق الكبير؟"


@pytest.fixture
def language(qapp):
    from ui.app import setup_application

    def use(lang):
        setup_application(QApplication.instance(), lang)
    use("fa")
    yield use
    use("fa")


def _console(qtbot, office, rows: int):
    from ui.office.console import OfficeConsole
    window = OfficeConsole(office.root)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10000)
    return window


def _select(qtbot, console, row: int) -> None:
    console.table.setCurrentIndex(console.model.index(row, 0))
    assert console.detail.item is not None


def test_zwnj_shown_as_persian_and_arabic_letters_kept_in_list_and_csv(qtbot, office, language, tmp_path):
    add_item(office, 1, text="نیم\u200cفاصله در ویژه\u200cبرنامه")
    add_item(office, 2, text=ARABIC_QUESTION)
    console = _console(qtbot, office, 2)
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        console.findChild(QLineEdit, "officeSearch").setText("یمکن")  # Persian ی ک finds Arabic ي ك
    assert console.model.rowCount() == 1
    text_column = console.model.columnCount() - 1
    assert console.model.index(0, text_column).data() == ARABIC_QUESTION
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        console.findChild(QLineEdit, "officeSearch").setText("نیم فاصله")
    _select(qtbot, console, 0)
    pane = console.findChild(QPlainTextEdit, "officeText")
    assert "⟦" not in pane.toPlainText() and "\u200c" in pane.toPlainText()
    assert pane.document().defaultTextOption().alignment() & Qt.AlignRight
    for r in office.items():
        office.set_selected(r["id"], True)
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        console.findChild(QLineEdit, "officeSearch").setText("")
    out = tmp_path / "q.csv"
    with qtbot.waitSignal(console.task_finished, timeout=10000):
        console.start_export_csv(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["کد رسید", "کیوسک"] and "text" not in rows[0]  # headers in words
    assert ARABIC_QUESTION in [cell for row in rows[1:] for cell in row]
    status = console.findChild(QLabel, "officeStatus").text()
    assert "۲ پرسش در \u2066" in status  # what was written, where, in words


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_no_raw_key_in_the_console_or_the_draw_view(qtbot, office, language, lang):
    language(lang)
    add_item(office, 1, topic="traffic", scopes=("record", "broadcast", "draw"))
    add_item(office, 2, topic="green_space")
    console = _console(qtbot, office, 2)
    _select(qtbot, console, 0)
    texts = visible_texts(console)
    head = [console.model.headerData(c, Qt.Horizontal) for c in range(console.model.columnCount(QModelIndex()))]
    assert head[-1] != console.search.placeholderText()  # the question column is not named "search"
    view = console.open_draw_view(fullscreen=False)
    qtbot.addWidget(view)
    texts += visible_texts(view)
    assert not raw_keys_in(texts), raw_keys_in(texts)
    view.close()


def test_notes_save_is_confirmed_in_words(qtbot, office, language):
    add_item(office, 1)
    console = _console(qtbot, office, 1)
    _select(qtbot, console, 0)
    console.detail.notes.setPlainText("برای برنامه شنبه")
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        qtbot.mouseClick(console.findChild(QPushButton, "officeSaveNotes"), Qt.LeftButton)
    assert console.findChild(QLabel, "officeStatus").text().startswith("یادداشت ذخیره شد.")


def test_counts_use_singular_and_plural_forms(qtbot, office, language):
    language("en")
    add_item(office, 1)
    console = _console(qtbot, office, 1)
    assert console.findChild(QLabel, "officeStatus").text() == "1 question"

    class Imported:  # what kiosk.office.importer returns, with one of each
        imported, quarantined = ["a"], ["b"]
    assert console._done_words("import", Imported, "/x") == "1 new question imported, 1 envelope quarantined"
    Imported.quarantined = ["b", "c"]
    assert console._done_words("import", Imported, "/x").endswith("2 envelopes quarantined")


def test_draw_view_is_titled_with_the_programme_and_a_witness_input_can_go(qtbot, office, language):
    for i in range(5):
        add_item(office, i)
    draws.prepare(office, date(2026, 11, 20), date(2026, 11, 30))
    from ui.office.draw_view import DrawView
    view = DrawView(office.root)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert "شهروند و شهردار" in view.findChild(QLabel, "drawTitle").text()
    witness = view.findChild(QLineEdit, "drawWitnessInput")
    for text in ("شاهد یک", "اشتباه", "شاهد دو"):
        type_text(witness, text)
        qtbot.mouseClick(view.findChild(QPushButton, "drawAddWitness"), Qt.LeftButton)
    listed = view.findChild(QListWidget, "drawWitnessList")
    listed.setCurrentRow(1)
    qtbot.mouseClick(view.findChild(QPushButton, "drawRemoveWitness"), Qt.LeftButton)
    assert view.witnesses == ["شاهد یک", "شاهد دو"] and listed.count() == 2
    for label in view.findChildren(QLabel) + view.findChildren(QPushButton):
        if label.isVisible() and label.text():
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text().split("\n")[0]) or \
                label.wordWrap(), label.objectName()
    with qtbot.waitSignal(view.finished, timeout=20000):
        qtbot.mouseClick(view.findChild(QPushButton, "drawRun"), Qt.LeftButton)
    assert not view.findChild(QPushButton, "drawRemoveWitness").isEnabled(), view.status.text()  # the draw ran: inputs are fixed


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_screenshots(qtbot, office, language, tmp_path, lang):
    """Writes docs/screens/office_console.png and office_draw.png (Persian; _en for English) when
    KIOSK_SCREENSHOTS names that folder (else into tmp); nothing is cut at 1280×800."""
    import os
    language(lang)
    out = os.environ.get("KIOSK_SCREENSHOTS") or str(tmp_path)
    tag = "" if lang == "fa" else f"_{lang}"
    questions = ("می‌خواهم بدانم ویژه‌برنامه‌ی «شهروند و شهردار» کی پخش می‌شود؟", ARABIC_QUESTION,
                 "اتوبوس خط ۱۲ دیر می‌آید", "پارک محله تمیز نیست", "When will the park be renovated?")
    for i, text in enumerate(questions):
        add_item(office, i + 1, text=text, topic=("traffic", "public_transport", "culture", "green_space", "other")[i],
                 day=date(2026, 11, 20 + i), kiosk_id=("kiosk-a", "kiosk-b")[i % 2])
    for r in office.items()[:2]:
        office.set_selected(r["id"], True)
    console = _console(qtbot, office, len(questions))
    _select(qtbot, console, len(questions) - 1)
    console.detail.notes.setPlainText("برای برنامه شنبه" if lang == "fa" else "For Saturday's programme")
    with qtbot.waitSignal(console.refreshed, timeout=10000):
        qtbot.mouseClick(console.findChild(QPushButton, "officeSaveNotes"), Qt.LeftButton)
    qtbot.wait(50)
    assert console.grab().save(os.path.join(out, f"office_console{tag}.png"))
    draws.prepare(office, date(2026, 11, 1), date(2026, 11, 30))
    from ui.office.draw_view import DrawView
    view = DrawView(office.root)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    for text in ("۴۸۲۱۷", "شاهد دوم: ۹۹۱", "witness 3"):
        type_text(view.witness_input, text)
        view.add_current_witness()
    view.winners.setValue(2)
    view.reserves.setValue(1)
    with qtbot.waitSignal(view.finished, timeout=20000):
        view.run_draw()
    view.reveal_next()
    qtbot.wait(50)
    assert view.grab().save(os.path.join(out, f"office_draw{tag}.png"))
    assert view.minimumSizeHint().height() <= 800
