"""Back, Cancel and walking away leave no draft row and no audio file behind, at every step."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.store import open_store
from tests.ui.conftest import media_files

# Steps reachable on the typed path; the voice path is covered with the fake mic below.
STEPS = ["consent", "choose", "text", "topic", "draw", "review"]


def _reach(kiosk, step: str) -> None:
    kiosk.start("ar", draw=True) if step != "consent" else (kiosk.tap("langAr"), kiosk.tap("attractStart"))
    if step in ("consent", "choose"):
        return
    if step == "text":
        kiosk.tap("modeText")
        kiosk.w("textInput").insertPlainText("سؤال")
        return
    kiosk.type_text("سؤال")
    if step == "topic":
        return
    kiosk.tap("topic_culture")
    if step == "draw":
        kiosk.w("phoneInput").setText("09123456789")
        return
    kiosk.w("phoneInput").setText("09123456789")
    kiosk.tap("drawContinue")
    kiosk.wait_screen("review")


def _confirm_if_asked(kiosk) -> None:
    """Where a take or a text would be lost, the kiosk asks once: answer Yes."""
    if kiosk.w("discardConfirm").isVisible():
        kiosk.tap("discardYes")


def _nothing_left(kiosk, settings):
    kiosk.wait_screen("attract")
    assert open_store(settings).count() == 0
    assert media_files(settings) == []
    assert QApplication.instance().property("kioskLanguage") == "fa"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("step", STEPS)
def test_back_all_the_way_from_every_step(kiosk, settings, step):
    _reach(kiosk, step)
    kiosk.wait_screen(step)
    for _ in range(8):
        if kiosk.screen() == "screen_attract":
            break
        key = kiosk.window.stack.currentWidget().key
        kiosk.tap(f"{key}Back")
        _confirm_if_asked(kiosk)
    _nothing_left(kiosk, settings)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("step", STEPS[1:])
def test_cancel_from_every_step(kiosk, settings, step):
    _reach(kiosk, step)
    kiosk.wait_screen(step)
    kiosk.tap(f"{step}Cancel")
    assert kiosk.w("discardConfirm").isVisible() == (step != "choose")  # asked only with work to lose
    _confirm_if_asked(kiosk)
    _nothing_left(kiosk, settings)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("leave", ["recordBack", "recordCancel"])
def test_leaving_the_recording_deletes_the_take(fake_mic, qtbot, kiosk, settings, tmp_path, leave):
    from tests.fakemic import speech
    settings.audio.max_seconds = 5
    fake_mic.install(speech(tmp_path))
    kiosk.start("fa")
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.tap("recordStart")
    qtbot.waitUntil(lambda: kiosk.w("recordContinue").isVisible(), timeout=30000)
    assert len(media_files(settings)) == 1
    kiosk.tap(leave)
    _confirm_if_asked(kiosk)
    if leave == "recordBack":
        kiosk.wait_screen("choose")
        kiosk.tap("chooseCancel")
    _nothing_left(kiosk, settings)


@pytest.mark.timeout(60)
def test_idle_overlay_then_discard(qtbot, qapp, settings, monkeypatch):
    from tests.ui.conftest import Driver, make_window
    settings.idle_timeout_s = 5
    settings.ui.idle_countdown_s = 3
    window = make_window(qtbot, settings, monkeypatch)
    kiosk = Driver(qtbot, window)
    kiosk.start("en")
    kiosk.type_text("a question")
    overlay = kiosk.w("idleOverlay")
    qtbot.waitUntil(overlay.isVisible, timeout=8000)
    kiosk.tap("idleStay")  # "I am still here" keeps everything
    assert not overlay.isVisible() and kiosk.screen() == "screen_topic"
    assert open_store(settings).count() == 1
    qtbot.waitUntil(overlay.isVisible, timeout=8000)
    qtbot.waitUntil(lambda: kiosk.screen() == "screen_attract", timeout=8000)
    assert not overlay.isVisible()
    _nothing_left(kiosk, settings)
    window.allow_exit()
    window.close()


@pytest.mark.timeout(60)
def test_idle_does_not_run_out_while_recording(fake_mic, qtbot, qapp, settings, monkeypatch, tmp_path):
    from tests.fakemic import speech
    from tests.ui.conftest import Driver, make_window
    settings.idle_timeout_s = 5
    settings.ui.idle_countdown_s = 3
    settings.audio.max_seconds = 9
    fake_mic.install_paced(speech(tmp_path))  # real time: the recording really lasts 9 s
    window = make_window(qtbot, settings, monkeypatch)
    kiosk = Driver(qtbot, window)
    kiosk.start("fa")
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.tap("recordStart")
    qtbot.waitUntil(lambda: kiosk.w("recordStop").isVisible(), timeout=5000)
    seen_overlay = []
    window.flow.idle.expired.connect(lambda: seen_overlay.append(window.flow.recorder.state))
    qtbot.waitUntil(lambda: kiosk.w("recordContinue").isVisible(), timeout=20000)
    assert "recording" not in seen_overlay
    assert len(media_files(settings)) == 1
    window.flow.reset("test-end")
    window.allow_exit()
    window.close()


def test_escape_and_close_requests_are_ignored(kiosk):
    window = kiosk.window
    QApplication.sendEvent(window, QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert window.close() is False and window.isVisible()
    window.allow_exit()
