"""Issue 9 (items 7, 8, 10, 13) on the staff screens: every word translated (no raw key in fa/ar/en),
Persian text shown as Persian (ZWNJ is not corruption, Arabic letters stay the citizen's own), codes
isolated, a reject reason that must be chosen, readable columns after a search, feedback in words."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from kiosk.store.audit import recent_events
from tests.staff.helpers import make_submitted, open_screen, raw_keys_in, visible_texts

pytestmark = pytest.mark.timeout(120)
ZWNJ_QUESTION = "نیم\u200cفاصله در ویژه\u200cبرنامه می\u200cخواهم"
ARABIC_QUESTION = "هل يمكن تحسين الطريق الكبير؟"  # Arabic ي and ك


@pytest.fixture(autouse=True)
def language(qapp):
    from ui.app import setup_application

    def use(lang):
        setup_application(QApplication.instance(), lang)
    use("fa")
    yield use
    use("fa")


def _select(qtbot, screen, sid):
    model = screen.moderation.model
    qtbot.waitUntil(lambda: any(r["id"] == sid for r in model.rows), timeout=10000)
    row = next(i for i, r in enumerate(model.rows) if r["id"] == sid)
    table = screen.findChild(QTableView, "moderationTable")
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert screen.moderation.detail.sid == sid


def _search(qtbot, screen, words):
    with qtbot.waitSignal(screen.moderation.model.loaded, timeout=10000):
        screen.findChild(QLineEdit, "searchBox").setText(words)


def test_zwnj_is_persian_not_corruption_and_rtl_text_is_right_aligned(qtbot, settings, store):
    sub = make_submitted(store, text=ZWNJ_QUESTION)
    screen = open_screen(qtbot, settings, store)
    _select(qtbot, screen, sub.id)
    pane = screen.findChild(QPlainTextEdit, "detailText")
    assert "⟦" not in pane.toPlainText() and "\u200c" in pane.toPlainText()
    assert pane.toPlainText() == ZWNJ_QUESTION
    option = pane.document().defaultTextOption()
    assert option.alignment() & Qt.AlignRight and option.textDirection() == Qt.RightToLeft


def test_arabic_letters_are_kept_in_the_list_and_found_by_a_persian_search(qtbot, settings, store):
    sub = make_submitted(store, text=ARABIC_QUESTION)
    make_submitted(store, text="پرسش دیگری درباره پارک")
    screen = open_screen(qtbot, settings, store)
    _search(qtbot, screen, "یمکن تحسین")  # typed with Persian ی and ک
    model = screen.moderation.model
    assert [r["id"] for r in model.rows] == [sub.id]
    preview = model.index(0, model.columnCount() - 1).data()
    assert preview == ARABIC_QUESTION and "ي" in preview and "ك" in preview


def test_status_line_isolates_the_ticket_and_names_the_status_in_words(qtbot, settings, store):
    sub = make_submitted(store)
    screen = open_screen(qtbot, settings, store)
    _select(qtbot, screen, sub.id)
    qtbot.mouseClick(screen.findChild(QPushButton, "approveButton"), Qt.LeftButton)
    line = screen.findChild(QLabel, "moderationMessage").text()
    ticket = sub.ticket.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    start, end = line.index("\u2066"), line.index("\u2069")
    assert line[start + 1:end].replace("\u200e", "") == ticket  # isolated, left to right
    assert "→" not in line and "تأییدشده" in line


def test_reject_needs_a_chosen_reason_and_records_its_key(qtbot, settings, store):
    sub = make_submitted(store)
    screen = open_screen(qtbot, settings, store)
    _select(qtbot, screen, sub.id)
    reason = screen.findChild(QComboBox, "rejectReason")
    reject = screen.findChild(QPushButton, "rejectButton")
    assert reason.currentIndex() == -1 and reason.currentText() == ""  # nothing pre-selected
    assert not reject.isEnabled()
    before = len(recent_events(store.db, 1000))
    qtbot.mouseClick(reject, Qt.LeftButton)
    assert store.get(sub.id).status == "submitted" and len(recent_events(store.db, 1000)) == before
    assert reason.itemText(reason.findData("off_topic")) == "نامرتبط"  # listed in words, not keys
    reason.setCurrentIndex(reason.findData("off_topic"))
    assert reject.isEnabled()
    qtbot.mouseClick(reject, Qt.LeftButton)
    rejected = store.get(sub.id)
    assert rejected.status == "rejected" and rejected.moderation_reason == "off_topic"
    assert "نامرتبط" in screen.findChild(QLabel, "detailFacts").text()


def test_columns_stay_readable_after_a_search(qtbot, settings, store):
    for i in range(3):
        make_submitted(store, text=f"پرسشی بسیار طولانی درباره‌ی ترافیک میدان شهر {i} " * 20)
    screen = open_screen(qtbot, settings, store, size=(1280, 800))
    table = screen.findChild(QTableView, "moderationTable")
    model = screen.moderation.model
    _search(qtbot, screen, "ترافیک")
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10000)
    qtbot.wait(50)
    metrics = table.fontMetrics()
    for column, text in ((0, model.index(0, 0).data()), (1, model.index(0, 1).data()), (3, model.index(0, 3).data())):
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 8, (column, text)
    last = model.columnCount() - 1
    assert table.columnWidth(last) > 200 and table.horizontalHeader().sectionResizeMode(last).name == "Stretch"


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_no_raw_key_on_any_staff_tab(qtbot, settings, store, language, lang):
    language(lang)
    sub = make_submitted(store)
    other = make_submitted(store, text="پرسش دوم")
    screen = open_screen(qtbot, settings, store, role="admin", size=(1400, 900))
    qtbot.waitUntil(screen.health.refresh_btn.isEnabled, timeout=20000)  # its first snapshot is done
    _select(qtbot, screen, other.id)
    screen.moderation.detail.reason.setCurrentIndex(screen.moderation.detail.reason.findData("offensive"))
    qtbot.mouseClick(screen.findChild(QPushButton, "rejectButton"), Qt.LeftButton)
    _select(qtbot, screen, sub.id)
    texts = []
    for i in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(i)
        if screen.tabs.currentWidget() is screen.health:
            qtbot.waitUntil(lambda: screen.health.table.rowCount() > 0, timeout=20000)
        qtbot.wait(20)
        texts += visible_texts(screen.tabs.currentWidget())
    texts += visible_texts(screen)
    facts = screen.findChild(QLabel, "detailFacts").text()
    assert "\u20662026-11-1\u2069" in facts  # the consent version never reads "1-11-2026"
    if lang != "en":  # the core's health messages arrive in the staff language (ids, not English)
        table = screen.health.table
        for row in range(table.rowCount()):
            words = re.sub("\u2066[^\u2069]*\u2069|USB", "", table.item(row, 2).text())
            assert not re.search("[A-Za-z]", words), words
    assert not raw_keys_in(texts), raw_keys_in(texts)
    screen.lock()


def test_admin_save_and_export_say_so_in_words(qtbot, settings, store, tmp_path):
    screen = open_screen(qtbot, settings, store, role="admin")
    admin = screen.admin
    admin.idle.setValue(admin.idle.value() + 5)
    qtbot.mouseClick(admin.apply_btn, Qt.LeftButton)
    assert admin.message.text() == "تنظیمات ذخیره شد."
    admin.export_dir.setText(str(tmp_path / "logs"))
    qtbot.mouseClick(admin.export_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: admin.export_btn.isEnabled() and "\u2066" in admin.message.text(), timeout=20000)
    assert admin.message.text().startswith("گزارش‌ها در \u2066")
