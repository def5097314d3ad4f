"""Spoken help and icons: a listen button on every citizen screen plays that screen's prompt in the
citizen's language; the main actions carry icons; the shipped prompts are real speech."""
from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk import prompts
from tests.ui.test_translations_and_style import _walk_screens

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="session")
def shipped_prompts():
    """A fresh clone builds them at set-up; build whatever is missing (a no-op when up to date)."""
    prompts.build_prompts()
    return prompts.SHIPPED_DIR


def _listen(screen) -> QPushButton:
    buttons = [b for b in screen.findChildren(QPushButton, "listenButton")]
    assert len(buttons) == 1, f"{screen.objectName()} has {len(buttons)} listen buttons"
    return buttons[0]


def _check_listen(kiosk, seen: dict) -> None:
    window = kiosk.window
    screen = window.stack.currentWidget()
    button = _listen(screen)
    assert button.isVisible() and button.isEnabled() and button.height() >= 60, screen.objectName()
    assert button.accessibleName() == "شنیدن راهنمای گفتاری این صفحه"
    assert not button.icon().isNull()
    # Top right in Persian too: the staff corner (top left, 120 px) stays clear.
    top_left = button.mapTo(window, button.rect().topLeft())
    assert top_left.x() > window.width() // 2 and top_left.y() < 200, (screen.objectName(), top_left)
    seen[screen.key] = button


def test_every_citizen_screen_has_a_listen_button(kiosk, qtbot):
    seen: dict = {}
    _check_listen(kiosk, seen)  # attract
    for _name in _walk_screens(kiosk):
        _check_listen(kiosk, seen)
    flow = kiosk.window.flow
    for screen in (flow.consent, flow.text):  # passed through quickly by the walk
        flow.go(screen)
        _check_listen(kiosk, seen)
    assert set(seen) == set(prompts.SCREENS) == {s.key for s in flow.screens}


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_tapping_listen_asks_the_player_for_the_screens_prompt(kiosk, qtbot, shipped_prompts, lang):
    flow = kiosk.window.flow
    asked = []
    flow.prompts.requested.connect(asked.append)
    kiosk.tap({"fa": "langFa", "en": "langEn"}[lang])
    qtbot.mouseClick(_listen(flow.attract), Qt.LeftButton)
    attract = shipped_prompts / lang / "attract.opus"
    assert asked == [str(attract)] and flow.prompts.last_path == attract
    assert flow.prompts._player.source() == QUrl.fromLocalFile(str(attract))  # handed to QMediaPlayer
    kiosk.tap("attractStart")
    kiosk.wait_screen("consent")
    qtbot.mouseClick(_listen(flow.consent), Qt.LeftButton)
    assert asked[-1] == str(shipped_prompts / lang / "consent.opus")
    flow.reset("test")  # leaving the screen silences it
    assert flow.prompts._player.source() == QUrl()


def test_icons_on_the_main_actions(kiosk):
    expected = {"attractStart": "start", "consentAgree": "agree", "modeVoice": "speak", "modeText": "type",
                "submitButton": "send", "recordStart": "record", "recordStop": "stop"}
    for name, icon in expected.items():
        button = kiosk.w(name)
        assert button.property("iconName") == icon and not button.icon().isNull(), name
        assert (prompts.REPO / "assets" / "icons" / f"{icon}.svg").exists()


@pytest.mark.parametrize("lang", prompts.LANGUAGES)
def test_shipped_prompts_are_speech_of_plausible_length(shipped_prompts, lang):
    for screen in prompts.SCREENS:
        path = shipped_prompts / lang / f"{screen}.opus"
        data, rate = sf.read(str(path), dtype="float32")  # decodes every frame
        seconds = len(data) / rate
        words = len(prompts.prompt_text(lang, screen).split())
        # espeak-ng speaks 150 words a minute: about 0.2-0.8 s a word, plus padding.
        assert 0.2 * words < seconds < 0.8 * words + 2, (path, seconds, words)
        rms = float(np.sqrt(np.mean(data ** 2)))
        voiced = np.mean(np.abs(data) > 0.02)  # speech, not silence or a click
        assert rms > 0.02 and voiced > 0.3, (path, rms, voiced)
    assert prompts.prompt_text(lang, "review") != prompts.TEXTS["review"] or lang == "en"  # translated


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_listen_button_leaves_the_attract_title_centred(kiosk, qtbot, lang):
    kiosk.tap({"fa": "langFa", "en": "langEn"}[lang])
    window = kiosk.window
    title = window.findChild(QLabel, "attractTitle")
    qtbot.waitUntil(lambda: title.isVisible())
    centre = title.mapTo(window, title.rect().center()).x()
    assert abs(centre - window.width() / 2) <= 2, (centre, window.width())
    button = _listen(window.flow.attract)
    assert button.mapTo(window, button.rect().topLeft()).x() > window.width() // 2  # still top right


def test_in_portrait_the_attract_title_keeps_one_line_rather_than_the_centre(kiosk, qtbot):
    """1080 px wide: a blank as wide as the listen button would wrap the title onto two lines."""
    window = kiosk.window
    window.resize(1080, 1920)
    title = window.findChild(QLabel, "attractTitle")
    one_line = title.fontMetrics().horizontalAdvance(title.text())
    qtbot.waitUntil(lambda: title.width() < 1000)
    qtbot.waitUntil(lambda: one_line <= title.width(), timeout=3000)
    assert title.height() < 2 * title.fontMetrics().lineSpacing()
    window.resize(1280, 800)  # and back in landscape it is centred again
    qtbot.waitUntil(lambda: abs(title.mapTo(window, title.rect().center()).x() - 640) <= 2, timeout=3000)
