"""Live mic level on the Health tab through the fake ALSA mic: only while visible, levels via a queued
signal on the GUI thread, stopped on another tab or on lock, paused for the mic test, no mic in words."""
from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from kiosk.capture import devices
from tests.fakemic import fake_mic, poison_jack_metadata, speech, tone  # noqa: F401  (fixture)
from tests.staff.helpers import open_screen

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(autouse=True)
def killed_audio_process_left_its_jack_lock():
    """Every test here starts from the machine state a killed PortAudio process leaves behind
    (the kiosk survives it): the tests must pass on it too, not only on a clean machine."""
    path = poison_jack_metadata()
    yield
    shutil.rmtree(path, ignore_errors=True)  # leave no dead lock behind for other tests


@pytest.fixture
def screen(qtbot, settings, store, fake_mic):  # torn down before the fake mic goes
    s = open_screen(qtbot, settings, store)
    yield s
    # pytest-qt closes (and deletes) the screen first: hiding it must have let go of the mic.
    qtbot.waitUntil(lambda: devices._open_streams == 0, timeout=30000)


def _state(qtbot, meter, state, timeout=30000):
    qtbot.waitUntil(lambda: meter.state == state and not meter._busy, timeout=timeout)


def test_level_is_live_only_while_the_health_tab_shows(qtbot, screen, fake_mic):
    fake_mic.install_paced(tone(2.0, dbfs=-12.0))  # real time, looping: a steady -15 dBFS RMS
    meter = screen.health.meter
    assert meter.state == "off" and meter.recorder is None  # the queue tab opened first
    threads = []
    meter._relay.level.connect(lambda *_: threads.append(threading.get_ident()))
    screen.tabs.setCurrentWidget(screen.health)
    _state(qtbot, meter, "live")
    qtbot.waitUntil(lambda: meter.meter.updates >= 10, timeout=30000)
    assert -20.0 < meter.meter.rms_dbfs < -10.0 and -15.0 < meter.meter.peak_dbfs < -9.0
    assert set(threads) == {threading.get_ident()}  # delivered on the GUI thread
    path = meter.path
    assert path.name.startswith("staff-level-")

    screen.tabs.setCurrentWidget(screen.audit)
    _state(qtbot, meter, "off")
    assert meter.recorder is None and devices._open_streams == 0
    assert not path.exists() and not path.with_name(path.name + ".part").exists()
    assert meter.meter.updates == 0  # reset: no stale level left on the bar

    screen.tabs.setCurrentWidget(screen.health)
    _state(qtbot, meter, "live")
    screen.lock()
    _state(qtbot, meter, "off")
    assert meter.recorder is None and devices._open_streams == 0


def test_mic_test_borrows_the_microphone_then_the_meter_resumes(qtbot, screen, fake_mic, tmp_path):
    fake_mic.install_paced(speech(tmp_path))
    meter = screen.health.meter
    screen.tabs.setCurrentWidget(screen.health)
    _state(qtbot, meter, "live")
    states = []
    meter.state_changed.connect(states.append)
    with qtbot.waitSignal(screen.health.mic_tested, timeout=60000) as tested:
        qtbot.mouseClick(screen.health.mic_btn, Qt.LeftButton)
    assert tested.args[0]["verdict"] == "ok", tested.args[0]
    assert screen.health.mic_result.text() == "میکروفون کار می‌کند و بلندی صدا خوب است."  # by message id
    assert states[:3] == ["stopping", "off", "busy"]  # closed before the test opened the mic
    _state(qtbot, meter, "live")


def test_no_microphone_is_said_in_words(qtbot, screen, fake_mic):
    fake_mic.install_no_device()
    meter = screen.health.meter
    screen.tabs.setCurrentWidget(screen.health)
    _state(qtbot, meter, "no_mic")
    assert meter.words.text().startswith("میکروفون در دسترس نیست") and meter.recorder is None
    assert "هیچ میکروفونی وصل نیست" in meter.words.text()  # the core's reason too, in the staff language
    assert devices._open_streams == 0
