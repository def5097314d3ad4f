"""Staff wording follows the UI language: Persian by default, Arabic for Arabic-speaking staff."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.staff.auth import StaffAuth
from kiosk.store import open_store
from tests.staff.fakes import HookWindow
from ui.i18n import I18N_DIR
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


def test_arabic_staff_wording_has_no_latin_letters():
    """Names that stay as written (USB, WAV, a package name) aside, Arabic staff wording is Arabic."""
    import xml.etree.ElementTree as ET
    for message in ET.parse(I18N_DIR / "staff_ar.ts").getroot().iter("message"):
        words = "".join(message.find("translation").itertext())
        assert words.strip(), message.find("source").text
        assert not LATIN & set(re.sub(r"\{\w+\}|%n|USB|WAV|libportaudio2|audio\.device", "", words)), words


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
