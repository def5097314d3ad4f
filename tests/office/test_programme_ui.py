"""pytest-qt: the console's Programme tab builds a rundown with its buttons; the presenter view is
driven by the keys a clicker and a keyboard send; a not-for-broadcast question cannot be played."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QListWidget, QPushButton, QTabWidget

from kiosk.office.shows import Shows
from kiosk.store.tickets import new_ticket
from tests.office.helpers import add_item

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def app(qtbot):
    from ui.app import setup_application
    return setup_application(QApplication.instance(), "fa")


@pytest.fixture
def planned(office):
    """A show with three questions: voice with broadcast consent, voice without, a typed one."""
    shows = Shows(office.db)
    show = shows.create(date(2026, 12, 3), "شهروند و شهردار", "20:00")
    rows = [add_item(office, 1, ticket=new_ticket(), audio=b"not really opus", text="پرسش اول"),
            add_item(office, 2, ticket=new_ticket(), audio=b"not really opus", scopes=("record",),
                     text="پرسش دوم، بدون اجازهٔ پخش"),
            add_item(office, 3, ticket=new_ticket(), text="پرسش سوم")]
    shows.add(show, [r["ticket"] for r in rows])
    return shows, show, rows


def presenter(qtbot, office, planned, on_air=False, language="fa"):
    from ui.office.presenter_window import open_presenter_window
    view = open_presenter_window(office, planned[1], on_air, language, lambda t: t or "-", fullscreen=False)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return view


def text_of(view) -> str:
    return view.findChild(QLabel, "presenterText").text()


def test_keys_drive_the_presenter_and_mark_answers(app, qtbot, office, planned):
    shows, show, rows = planned
    view = presenter(qtbot, office, planned)
    assert view.layoutDirection() == Qt.RightToLeft
    assert text_of(view) == "پرسش اول" and view.findChild(QLabel, "presenterText").font().pixelSize() >= 40
    assert view.findChild(QLabel, "presenterText").textFormat() == Qt.PlainText
    QTest.keyClick(view, Qt.Key_Left)  # RTL: left is forward
    assert text_of(view) == "پرسش دوم، بدون اجازهٔ پخش"
    QTest.keyClick(view, Qt.Key_Right)  # and right goes back
    assert text_of(view) == "پرسش اول"
    QTest.keyClick(view, Qt.Key_PageDown)  # a clicker's next: answered, next one comes up
    assert view.index == 1
    QTest.keyClick(view, Qt.Key_S)
    assert view.index == 2
    QTest.keyClick(view, Qt.Key_PageUp)
    assert view.index == 1
    QTest.keyClick(view, Qt.Key_PageUp)
    QTest.keyClick(view, Qt.Key_Right)  # already at the first: stays
    assert view.index == 0
    QTest.keyClick(view, Qt.Key_End)  # other keys do nothing
    listing = shows.listing(show)
    assert listing[0]["answered_at"] and not listing[0]["skipped"]
    assert listing[1]["skipped"] and listing[1]["answered_at"] is None
    assert listing[2]["answered_at"] is None and not listing[2]["skipped"]
    QTest.keyClick(view, Qt.Key_Left)
    QTest.keyClick(view, Qt.Key_Left)
    QTest.keyClick(view, Qt.Key_A)
    assert shows.listing(show)[2]["answered_at"]
    view.close()


def test_english_presenter_uses_right_for_next(app, qtbot, office, planned):
    view = presenter(qtbot, office, planned, language="en")
    text = view.findChild(QLabel, "presenterText")
    assert text.alignment() & Qt.AlignRight  # a Persian question reads right to left in an English view
    QTest.keyClick(view, Qt.Key_Right)
    assert view.index == 1
    QTest.keyClick(view, Qt.Key_Left)
    assert view.index == 0
    view.close()


def test_not_for_broadcast_cannot_be_played_and_hides_its_text_on_air(app, qtbot, office, planned):
    view = presenter(qtbot, office, planned)
    play, band = view.findChild(QPushButton, "presenterPlay"), view.findChild(QLabel, "presenterNotForBroadcast")
    assert play.isEnabled() and not band.isVisible()
    toggled = []
    view.player.toggle = lambda path: toggled.append(path)  # no sound card here: record the request
    QTest.keyClick(view, Qt.Key_Space)
    assert len(toggled) == 1 and toggled[0].name.endswith(".opus")
    view.go(1)
    assert band.isVisible() and not play.isEnabled() and "پخش" in band.text()
    QTest.keyClick(view, Qt.Key_Space)
    QTest.keyClick(view, Qt.Key_Period)
    qtbot.mouseClick(play, Qt.LeftButton)
    assert len(toggled) == 1  # its audio is never played
    assert text_of(view) == "پرسش دوم، بدون اجازهٔ پخش"  # the presenter's own screen shows it
    view.close()
    on_air = presenter(qtbot, office, planned, on_air=True)
    on_air.go(1)
    assert "پرسش دوم" not in text_of(on_air)
    on_air.go(0)
    assert text_of(on_air) == "پرسش اول"
    on_air.close()


def test_programme_tab_builds_the_rundown(app, qtbot, office):
    for n in range(3):
        add_item(office, n, ticket=new_ticket(), text=f"پرسش {n}")
    from ui.office.console import OfficeConsole
    from ui.office.programme import ProgrammeTab
    console = OfficeConsole(office.root)
    qtbot.addWidget(console)
    tabs = console.findChild(QTabWidget, "officeTabs")
    tab = console.findChild(ProgrammeTab, "programmeTab")
    tabs.setCurrentWidget(tab)
    for name in ("showPicker", "rundownList", "rundownAdd", "rundownRemove", "rundownUp", "rundownDown",
                 "presenterOpen", "presenterOnAir"):
        widget = console.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name
    tab.new_date.setText("۱۴۰۵-۰۹-۱۲")
    tab.new_title.setText("شهروند و شهردار")
    qtbot.mouseClick(tab.new_show, Qt.LeftButton)
    picker = console.findChild(QComboBox, "showPicker")
    assert picker.count() == 1 and "شهروند و شهردار" in picker.currentText()
    library = console.findChild(QListWidget, "programmeLibrary")
    qtbot.waitUntil(lambda: library.count() == 3)
    for _ in range(3):
        library.setCurrentRow(0)
        qtbot.mouseClick(console.findChild(QPushButton, "rundownAdd"), Qt.LeftButton)
    rundown = console.findChild(QListWidget, "rundownList")
    shows = Shows(office.db)
    order = [r["ticket"] for r in shows.listing(picker.currentData())]
    assert rundown.count() == 3 and library.count() == 0 and len(order) == 3
    rundown.setCurrentRow(2)
    qtbot.mouseClick(console.findChild(QPushButton, "rundownUp"), Qt.LeftButton)
    assert [r["ticket"] for r in shows.listing(picker.currentData())] == [order[0], order[2], order[1]]
    rundown.setCurrentRow(0)
    qtbot.mouseClick(console.findChild(QPushButton, "rundownDown"), Qt.LeftButton)
    assert [r["ticket"] for r in shows.listing(picker.currentData())] == [order[2], order[0], order[1]]
    rundown.setCurrentRow(1)
    qtbot.mouseClick(console.findChild(QPushButton, "rundownRemove"), Qt.LeftButton)
    assert [r["ticket"] for r in shows.listing(picker.currentData())] == [order[2], order[1]]
    assert "۲" in console.findChild(QLabel, "rundownTotals").text()
    console.findChild(QCheckBox, "presenterOnAir").setChecked(True)
    with qtbot.waitSignal(tab.presenter_requested) as opened:
        tab.present.click()
    assert opened.args == [picker.currentData(), True]
    console.close()


def test_the_clerk_picks_why_a_question_is_not_broadcast(app, qtbot, office):
    item = add_item(office, 1, ticket=new_ticket(), text="پرسش")
    from ui.office.console import OfficeConsole
    console = OfficeConsole(office.root)
    qtbot.addWidget(console)
    library = console.findChild(QListWidget, "programmeLibrary")
    qtbot.waitUntil(lambda: library.count() == 1)
    library.setCurrentRow(0)
    reason = console.findChild(QComboBox, "outcomeReason")
    labels = [reason.itemText(i) for i in range(reason.count())]
    assert all(key not in " ".join(labels) for key in ("referred", "outside_remit", "not_suitable"))
    reason.setCurrentIndex(reason.findData("referred"))
    qtbot.mouseClick(console.findChild(QPushButton, "outcomeApply"), Qt.LeftButton)
    assert office.get(item["id"])["outcome_reason"] == "referred"
    console.close()


def test_a_clerk_adds_an_instagram_question_and_imports_a_csv(app, qtbot, office, tmp_path):
    from PySide6.QtWidgets import QPlainTextEdit, QLineEdit
    from ui.office.channel_dialog import ChannelQuestionDialog
    from ui.office.programme import ProgrammeTab
    dialog = ChannelQuestionDialog(office.db)
    qtbot.addWidget(dialog)
    dialog.findChild(QCheckBox, "channelDraw").setChecked(True)
    dialog.findChild(QPushButton, "channelSave").click()
    error = dialog.findChild(QLabel, "channelError")
    assert error.text() == "نخست پرسش را بنویسید." and dialog.ticket is None  # said in the clerk's language
    dialog.findChild(QPlainTextEdit, "channelText").setPlainText("ساعت کار کتابخانه را بیشتر کنید")
    dialog.findChild(QPushButton, "channelSave").click()
    assert "تماس" in error.text() and dialog.ticket is None  # the draw needs a contact
    dialog.findChild(QLineEdit, "channelHandle").setText("@reader")
    dialog.findChild(QPushButton, "channelSave").click()
    assert dialog.ticket and dialog.ticket.startswith("9")
    item = office.get(dialog.ticket)
    assert item["channel"] == "instagram" and item["handle"] == "@reader" and item["constructive"] == 1

    csv = tmp_path / "calls.csv"
    csv.write_text("text,handle,phone,draw,received\nآب قطع است,,09121112233,no,\n,,,,\n", encoding="utf-8")
    tab = ProgrammeTab(office, lambda fn, done: done(fn(office)), lambda t: t or "-")
    qtbot.addWidget(tab)
    tab.import_csv(csv, "phone")
    said = tab.findChild(QLabel, "programmeMessage").text()
    assert "۱ افزوده شد" in said and "۳" in said, said
    assert office.count() == 2
