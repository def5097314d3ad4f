"""The detail panes' player on a real file: it starts, stops, and either moves the waveform cursor
(with a sound device) or ends without taking the pane down (none here: CI has no sound card)."""
import numpy as np
import pytest
import soundfile as sf
from PySide6.QtMultimedia import QMediaDevices

from ui.widgets.audio_player import WaveformPlayer
from ui.widgets.waveform import WaveformView


@pytest.mark.timeout(60)
def test_player_starts_and_ends_and_reports_cursor_positions(qtbot, tmp_path):
    wav = tmp_path / "q.wav"
    sf.write(str(wav), (0.2 * np.sin(np.arange(16000) / 10)).astype("float32"), 16000)
    view = WaveformView(None, "testWaveform")
    qtbot.addWidget(view)
    player = WaveformPlayer(view)
    events, moved = [], []
    player.playing_changed.connect(lambda on: events.append("playing" if on else "stopped"))
    player.unavailable.connect(lambda: events.append("unavailable"))
    view.set_position = moved.append  # observe the cursor updates the player sends
    player.toggle(wav)
    qtbot.waitUntil(lambda: "stopped" in events or "unavailable" in events, timeout=20000)
    if "unavailable" in events:
        return  # no multimedia backend: the pane says so and nothing else breaks
    assert events[0] == "playing"
    assert all(0 <= p <= 1 for p in moved)
    if QMediaDevices.audioOutputs():
        assert moved and max(moved) > 0.5  # a one-second file played through
    player.stop()
