"""Keyboard-related behaviour that needs no real keyboard (offscreen): the layouts folder, the Type
screen's longer idle time, the idle card above a (stand-in) keyboard, the phone placeholder's digits
and the staff corner only where it is meant to be."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kiosk.config import load_settings
from tests.ui.test_keyboard_space import StandInInputMethod
from ui.keyboard_layouts import LAYOUT_PATH_VARIABLE, install_layouts, use_kiosk_layouts

REPO = Path(__file__).resolve().parents[2]


def test_layouts_folder_has_ours_and_qts(tmp_path):
    folder = install_layouts(tmp_path / "layouts")
    assert folder is not None
    main = (folder / "fa_FA" / "main.qml").read_text(encoding="utf-8")
    for letter in "پژثظضئچگ":
        assert f'"{letter}"' in main, letter  # a key of its own on the main layer
    assert "\\u200C" in main and "Written for this project" in main
    assert (folder / "fa_FA" / "dialpad.qml").exists() and (folder / "fa_FA" / "digits.qml").exists()
    assert "۰" in (folder / "fa_FA" / "DigitPad.qml").read_text(encoding="utf-8")
    assert "٠" in (folder / "ar_AR" / "dialpad.qml").read_text(encoding="utf-8")  # not the Latin fallback
    assert not (folder / "ar_AR" / "dialpad.fallback").exists()
    # Arabic and English stay Qt's own, taken from the Qt in use.
    assert "The Qt Company" in (folder / "ar_AR" / "main.qml").read_text(encoding="utf-8")
    assert (folder / "en_US" / "main.fallback").exists() and (folder / "fallback" / "main.qml").exists()
    assert (folder / "fallback" / "dialpad.qml").exists()
    again = install_layouts(tmp_path / "layouts")  # every start: rebuilt in place
    assert sorted(p.name for p in again.iterdir()) == ["ar_AR", "en_US", "fa_FA", "fallback"]


def test_layout_path_set_unless_given(tmp_path, monkeypatch):
    monkeypatch.delenv(LAYOUT_PATH_VARIABLE, raising=False)
    assert use_kiosk_layouts(tmp_path / "kb") == str(tmp_path / "kb")
    assert os.environ[LAYOUT_PATH_VARIABLE] == str(tmp_path / "kb")
    monkeypatch.setenv(LAYOUT_PATH_VARIABLE, "/srv/own-layouts")  # an operator's own folder wins
    assert use_kiosk_layouts(tmp_path / "other") == "/srv/own-layouts"
    assert not (tmp_path / "other").exists()


def test_idle_text_setting_documented_and_loaded(tmp_path):
    assert load_settings(data_dir=tmp_path, environ={}).ui.idle_text_s == 180
    example = tomllib.loads((REPO / "kiosk.example.toml").read_text(encoding="utf-8"))
    assert "idle_text_s" in example["ui"]
    assert "idle_text_s" in (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    s = load_settings(data_dir=tmp_path, environ={"KIOSK_UI_IDLE_TEXT_S": "240"})
    assert s.ui.idle_text_s == 240


@pytest.mark.timeout(60)
def test_type_screen_waits_longer(kiosk, settings):
    idle = kiosk.window.flow.idle
    kiosk.start("fa")
    assert idle._idle.interval() == settings.idle_timeout_s * 1000
    kiosk.tap("modeText")
    kiosk.wait_screen("text")
    assert idle._idle.isActive() and idle._idle.interval() == settings.ui.idle_text_s * 1000
    kiosk.tap("textBack")
    kiosk.wait_screen("choose")
    assert idle._idle.interval() == settings.idle_timeout_s * 1000
    idle.set_idle_seconds(45)  # an admin's change (staff mode calls this)
    idle.poke()
    assert idle._idle.interval() == 45_000


@pytest.mark.timeout(60)
def test_idle_card_above_keyboard_offscreen(kiosk, qtbot):
    """The card keeps out of the part of the window a keyboard covers (stand-in input method)."""
    from ui.screens.idle import IdleOverlay
    window = kiosk.window
    im = StandInInputMethod()
    overlay = IdleOverlay(window, im)
    top_left = window.mapToGlobal(window.rect().topLeft()) - window.screen().geometry().topLeft()
    im.show_keyboard(QRect(top_left.x(), top_left.y() + 400, 1280, 400))
    overlay.show_countdown(15)
    card = overlay.findChild(QWidget, "idleCard")
    qtbot.waitUntil(lambda: card.geometry().bottom() < 400)
    assert card.isVisible() and card.geometry().top() >= 0
    im.hide_keyboard()
    qtbot.waitUntil(lambda: card.geometry().bottom() > 400)  # centred in the whole window again
    overlay.hide()


@pytest.mark.timeout(60)
def test_idle_card_hides_a_keyboard_it_cannot_clear(kiosk, qtbot):
    """A short screen (1024x600, keyboard 300 px): no room above it, so the card hides it."""
    from ui.screens.idle import IdleOverlay

    class HideableInputMethod(StandInInputMethod):
        def hide(self):
            self.hide_keyboard()

    window = kiosk.window
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600))
    im = HideableInputMethod()
    overlay = IdleOverlay(window, im)
    top_left = window.mapToGlobal(window.rect().topLeft()) - window.screen().geometry().topLeft()
    im.show_keyboard(QRect(top_left.x(), top_left.y() + 300, 1024, 300))
    overlay.show_countdown(15)
    qtbot.waitUntil(lambda: not im.isVisible())
    card = overlay.findChild(QWidget, "idleCard")
    assert card.isVisible() and 0 <= card.geometry().top() and card.geometry().bottom() < 600
    overlay.hide()


def _visible(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u2066\u2069\u200e")


def test_phone_placeholder_in_the_languages_digits(kiosk, qtbot):
    phone = kiosk.w("phoneInput")
    for lang, expected in (("ar", "٠٩١٢ ٣٤٥ ٦٧٨٩"), ("en", "0912 345 6789"), ("fa", "۰۹۱۲ ۳۴۵ ۶۷۸۹")):
        kiosk.window.flow.set_language(lang)
        qtbot.waitUntil(lambda: _visible(phone.placeholderText()) == expected)  # on LanguageChange
        assert phone.placeholderText().startswith("\u2066")  # isolated left-to-right: groups in order


CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1080, 1920)])
def test_staff_corner_covers_no_control(kiosk, qtbot, size):
    """Citizen screens: nothing to tap under the invisible corner. Staff screens and the PIN pad:
    no corner at all (it is only the way in), so the Lock button under it in RTL works."""
    window = kiosk.window
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    corner = kiosk.w("staffCorner")
    for lang in ("fa", "ar", "en"):
        window.flow.set_language(lang)
        for screen in window.flow.screens:
            window.stack.setCurrentWidget(screen)
            qtbot.waitUntil(lambda: screen.isVisible() and corner.isVisible())
            zone = corner.geometry()
            for control in screen.findChildren(QWidget):
                if isinstance(control, CONTROLS) and control.isVisible():
                    where = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
                    assert not where.intersects(zone), (lang, screen.objectName(), control.objectName())
    mode = window.staff_mode
    mode.open_pad()
    qtbot.waitUntil(lambda: not corner.isVisible())
    mode.enter("moderator")
    assert window.stack.currentWidget() is mode.screen and not corner.isVisible()
    mode.screen.lock()
    qtbot.waitUntil(lambda: kiosk.screen() == "screen_attract" and corner.isVisible())
