"""Staff wording follows the UI language: Persian by default, Arabic for Arabic-speaking staff."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.staff.auth import StaffAuth
from kiosk.store import open_store
from tests.staff.fakes import HookWindow
from ui.staff import strings
from ui.staff.mode import StaffMode

pytestmark = pytest.mark.timeout(60)
LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.fixture
def language(qapp):
    from ui.app import setup_application

    def use(lang):
        setup_application(QApplication.instance(), lang)
    yield use
    use("fa")


def test_every_staff_string_has_three_languages():
    for table in (strings._T, strings.STATUS_NAMES, strings.HEADERS):
        for key, words in table.items():
            assert len(words) == 3 and all(words), key
            if "kiosk " not in words[1]:  # a CLI command stays as typed
                assert not LATIN & set(re.sub(r"\{\w+\}|USB", "", words[2])), f"{key}: Arabic wording has Latin letters"


@pytest.mark.parametrize("lang, digits, tab", [("fa", "۰۱۲۳۴۵۶۷۸۹", "صف بررسی"),
                                               ("ar", "٠١٢٣٤٥٦٧٨٩", "قائمة المراجعة")])
def test_staff_mode_speaks_the_ui_language(qtbot, settings, language, lang, digits, tab):
    language(lang)
    StaffAuth(open_store(settings).db, settings.staff).set_pin("admin", "246813", "test")
    window = HookWindow()
    qtbot.addWidget(window)
    mode = StaffMode(window, settings, quit_app=lambda: None)
    mode.open_pad()
    pad = mode.pad
    assert [pad.findChild(QPushButton, f"pinDigit{i}").text() for i in range(10)] == list(digits)
    for d in "246813":
        pad.press(d)
    with qtbot.waitSignal(mode.pin_checked, timeout=10000):
        pad.ok.click()
    screen = mode.screen
    assert screen.tabs.tabText(0) == tab
    shown = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    shown += [b.text() for b in screen.findChildren(QPushButton)]
    shown += [screen.findChild(QLabel, "staffRole").text()]
    assert not any(LATIN & set(text.replace("USB", "")) for text in shown), shown
    screen.lock()


def test_pad_follows_a_language_change_after_install(qtbot, settings, language):
    window = HookWindow()
    qtbot.addWidget(window)
    mode = StaffMode(window, settings, quit_app=lambda: None)
    language("ar")
    mode.open_pad()
    assert mode.pad.findChild(QPushButton, "pinDigit7").text() == "٧"
    assert mode.pad.title.text() == "أدخل رمز الموظفين"
