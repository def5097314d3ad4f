"""Faults shown in words: no microphone, disk below the floor, microphone lost; the throttle."""
from __future__ import annotations

import pytest

from kiosk.store import open_store
from tests.ui.conftest import media_files


@pytest.mark.timeout(60)
def test_no_microphone_disables_speak_but_typing_works(fake_mic, qtbot, kiosk, settings):
    fake_mic.install_no_device()
    kiosk.start("fa")
    reason = kiosk.w("voiceUnavailable")
    qtbot.waitUntil(lambda: reason.isVisible() and "میکروفون" in reason.text() and "…" not in reason.text(),
                    timeout=15000)
    assert not kiosk.w("modeVoice").isEnabled()
    kiosk.type_text("پرسش بدون میکروفون")
    kiosk.tap("topicSkip")
    kiosk.tap("submitButton")
    kiosk.wait_screen("receipt")
    assert open_store(settings).count("submitted") == 1


@pytest.mark.timeout(60)
def test_disk_below_floor_says_temporarily_unavailable(fake_mic, qtbot, kiosk, settings, tmp_path):
    from tests.fakemic import speech
    fake_mic.install(speech(tmp_path))
    settings.disk.stop_free_mb = 10 ** 9  # more than any disk here has
    kiosk.tap("langEn")
    kiosk.start("en")
    reason = kiosk.w("voiceUnavailable")
    qtbot.waitUntil(lambda: "temporarily unavailable" in reason.text(), timeout=15000)
    assert not kiosk.w("modeVoice").isEnabled()


@pytest.mark.timeout(60)
def test_disk_fills_between_choice_and_recording(fake_mic, qtbot, kiosk, settings, tmp_path):
    from tests.fakemic import speech
    fake_mic.install(speech(tmp_path))
    kiosk.start("en")
    kiosk.tap("modeVoice", timeout=15000)
    settings.disk.stop_free_mb = 10 ** 9
    kiosk.window.flow.recorder._recorder = None  # a new Recorder reads the floor
    kiosk.tap("recordStart")
    qtbot.waitUntil(lambda: kiosk.w("recordTypeInstead").isVisible(), timeout=10000)
    assert "temporarily unavailable" in kiosk.w("recordStatus").text()
    assert media_files(settings) == []  # no recording started
    kiosk.tap("recordTypeInstead")
    kiosk.wait_screen("text")


@pytest.mark.timeout(60)
def test_microphone_lost_mid_recording_keeps_what_was_said(fake_mic, qtbot, kiosk, settings, tmp_path):
    from tests.fakemic import speech
    settings.audio.max_seconds = 30
    fake_mic.install_paced(speech(tmp_path))
    kiosk.start("en")
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.tap("recordStart")
    meter = kiosk.w("levelMeter")
    qtbot.waitUntil(lambda: meter.updates >= 25, timeout=10000)
    fake_mic.pause()  # the USB mic hangs: no more frames
    qtbot.waitUntil(lambda: kiosk.w("recordContinue").isVisible(), timeout=20000)
    assert "microphone stopped" in kiosk.w("recordStatus").text()
    rec = kiosk.window.flow.session.state.recording
    assert rec is not None and rec.path.exists() and rec.duration_ms > 500
    kiosk.tap("recordContinue")
    kiosk.wait_screen("topic")
    fake_mic.resume()  # let the stalled ALSA reader finish before PortAudio is re-initialised


@pytest.mark.timeout(60)
def test_throttle_says_wait_instead_of_starting(kiosk, settings):
    settings.ui.min_interval_s = 600
    kiosk.start("fa")
    kiosk.type_text("پرسش اول")
    kiosk.tap("topicSkip")
    kiosk.tap("submitButton")
    kiosk.wait_screen("receipt")
    kiosk.tap("doneButton")
    kiosk.wait_screen("attract")
    kiosk.tap("attractStart")
    assert kiosk.screen() == "screen_attract"
    assert kiosk.w("attractNotice").isVisible() and "صبر" in kiosk.w("attractNotice").text()
