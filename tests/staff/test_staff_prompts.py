"""Admin "Spoken help" tab: record a prompt through the fake ALSA mic, it replaces the shipped one
for the citizen, preview plays it, restore brings the shipped one back; both audited."""
from __future__ import annotations

import pytest
import soundfile as sf
from PySide6.QtCore import Qt

from kiosk import prompts
from kiosk.capture import devices
from kiosk.store.audit import recent_events
from tests.fakemic import fake_mic, speech  # noqa: F401  (fixture)
from tests.staff.helpers import open_screen
from ui.widgets.prompt_player import PromptPlayer

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def panel(qtbot, settings, store, fake_mic):
    prompts.build_prompts()  # shipped prompts (set-up makes them; a no-op when up to date)
    screen = open_screen(qtbot, settings, store, role="admin")
    # The health tab's first snapshot rescans the microphones on a worker: let it finish first.
    qtbot.waitUntil(lambda: screen.health.refresh_btn.isEnabled(), timeout=30000)
    screen.tabs.setCurrentWidget(screen.prompts)
    yield screen.prompts
    screen.tabs.setCurrentWidget(screen.audit)  # leaving the tab lets go of the microphone
    qtbot.waitUntil(lambda: devices._open_streams == 0, timeout=30000)


def _select(panel, lang: str, screen: str) -> None:
    panel.language.setCurrentIndex(panel.language.findData(lang))
    panel.screens.setCurrentRow(prompts.SCREENS.index(screen))


def test_admin_records_previews_and_restores_a_prompt(qtbot, panel, settings, fake_mic, tmp_path):
    fake_mic.install_paced(speech(tmp_path, "این راهنمای صوتی شهر است. پرسش خود را بررسی کنید."))
    citizen = PromptPlayer(settings)  # what the citizen's listen button asks for
    shipped = prompts.shipped_path("fa", "review")
    citizen.play("review", "fa")
    assert citizen.last_path == shipped

    _select(panel, "fa", "review")
    assert panel.words.text() == prompts.prompt_text("fa", "review")  # the words to read aloud
    assert not panel.restore_btn.isEnabled()  # nothing recorded yet
    qtbot.mouseClick(panel.record_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.stop_btn.isEnabled(), timeout=30000)
    qtbot.wait(2000)  # the admin speaks
    with qtbot.waitSignal(panel.changed, timeout=60000) as saved:
        qtbot.mouseClick(panel.stop_btn, Qt.LeftButton)
    assert saved.args == ["fa", "review", "recorded"]
    recorded = prompts.recorded_path(settings, "fa", "review")
    data, rate = sf.read(str(recorded))
    assert 1.5 < len(data) / rate < 10
    assert not prompts.take_path(settings, "fa", "review").exists()  # the WAV take is gone
    assert prompts.prompt_source(settings, "fa", "review") == "recorded"
    assert panel.screens.currentItem().data(Qt.UserRole + 1) == "recorded"
    citizen.play("review", "fa")
    assert citizen.last_path == recorded  # the city's voice replaces the shipped one
    citizen.play("review", "en")
    assert citizen.last_path == prompts.shipped_path("en", "review")  # other languages untouched

    asked = []
    panel.player.requested.connect(asked.append)
    qtbot.mouseClick(panel.preview_btn, Qt.LeftButton)
    assert asked == [str(recorded)]

    assert panel.restore_btn.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=30000) as restored:
        qtbot.mouseClick(panel.restore_btn, Qt.LeftButton)
    assert restored.args == ["fa", "review", "shipped"] and not recorded.exists()
    citizen.play("review", "fa")
    assert citizen.last_path == shipped
    actions = [(e["action"], e["actor"], e["detail"].get("screen")) for e in recent_events(panel_db(settings), 5)]
    assert ("prompt_recorded", "admin", "review") in actions and ("prompt_restored", "admin", "review") in actions


def test_no_microphone_is_said_in_words(qtbot, panel, fake_mic):
    from PySide6.QtWidgets import QApplication
    from ui.app import setup_application
    setup_application(QApplication.instance(), "fa")  # compiles a stale .qm first
    fake_mic.install_no_device()
    _select(panel, "en", "topic")
    qtbot.mouseClick(panel.record_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.record_btn.isEnabled(), timeout=30000)
    assert panel.status.text().startswith("انجام نشد") and panel.recorder is None


def panel_db(settings):
    from kiosk.store import open_store
    return open_store(settings).db
