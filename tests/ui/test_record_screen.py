"""The record screen through the fake mic: the start tone never makes a silent take pass, and
listening to the take shows that it plays."""
from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from kiosk.media import START_TONE
from tests.fakemic import silence, speech

pytestmark = pytest.mark.timeout(90)


def _record(kiosk, qtbot, settings, source, fake_mic, seconds=5):
    settings.audio.max_seconds = seconds
    fake_mic.install(source)
    kiosk.start("en")
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.wait_screen("record")
    kiosk.tap("recordStart")
    # The fake mic delivers faster than real time: the take reaches its cap on its own.
    qtbot.waitUntil(lambda: kiosk.w("recordContinue").isVisible(), timeout=30000)


def test_silence_after_the_start_tone_is_judged_too_quiet(fake_mic, qtbot, kiosk, settings):
    heard_tone, _ = sf.read(str(START_TONE), dtype="int16")  # the tone as the mic picks it up
    _record(kiosk, qtbot, settings, np.concatenate([heard_tone, silence(8)]), fake_mic)
    assert kiosk.window.flow.recorder.state == "review"
    assert "hardly hear you" in kiosk.w("recordStatus").text()


def test_listening_shows_that_it_plays(fake_mic, qtbot, kiosk, settings, tmp_path):
    _record(kiosk, qtbot, settings, speech(tmp_path), fake_mic)
    button, bar = kiosk.w("playBack"), kiosk.w("playProgress")
    assert button.text() == "Listen" and bar.isVisible() and bar.value() == 0
    kiosk.tap("playBack")
    qtbot.waitUntil(lambda: button.text() == "Stop listening", timeout=10000)
    assert button.property("playing") is True
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=10000)  # the bar follows the playback
    kiosk.tap("playBack")  # tap again: it stops
    qtbot.waitUntil(lambda: button.text() == "Listen", timeout=10000)
    assert button.property("playing") is False


def test_review_screen_plays_the_take_too(fake_mic, qtbot, kiosk, settings, tmp_path):
    _record(kiosk, qtbot, settings, speech(tmp_path), fake_mic)
    kiosk.tap("recordContinue")
    kiosk.tap("topicSkip")
    kiosk.wait_screen("review")
    button, bar = kiosk.w("reviewPlay"), kiosk.w("reviewPlayProgress")
    assert button.isVisible() and bar.isVisible() and button.text() == "Listen"
    kiosk.tap("reviewPlay")
    qtbot.waitUntil(lambda: button.text() == "Stop listening" and bar.value() > 0, timeout=10000)
    kiosk.tap("reviewBack")  # leaving the screen stops it
    assert button.text() == "Listen"
