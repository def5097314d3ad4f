"""A device re-scan (the staff Health tab's doctor checks) must never run while another thread
opens the microphone: Pa_Terminate under a Pa_OpenStream corrupted the heap ("free(): invalid
next size", a Fatal Python error) when the Health tab opened its live level meter."""
from __future__ import annotations

import threading

import pytest

from kiosk.capture import Recorder, devices
from tests.fakemic import tone

pytestmark = pytest.mark.timeout(120)


def test_a_rescan_waits_until_the_opening_stream_is_counted(fake_mic, audio, tmp_path, monkeypatch):
    fake_mic.install_paced(tone(10), loop=True)
    sd = devices.sounddevice()
    real_stream = sd.InputStream
    rescans: list[bool] = []
    rescanner: list[threading.Thread] = []
    done_during_open: list[bool] = []

    def input_stream_while_another_thread_rescans(*args, **kwargs):
        # Runs on the opening thread, inside the open: another thread asks for a re-scan now.
        t = threading.Thread(target=lambda: rescans.append(devices.rescan_devices()), daemon=True)
        t.start()
        t.join(5)  # without the lock it terminates PortAudio right here, under the open
        rescanner.append(t)
        done_during_open.append(not t.is_alive())
        return real_stream(*args, **kwargs)

    monkeypatch.setattr(sd, "InputStream", input_stream_while_another_thread_rescans)
    rec = Recorder(audio, stop_free_mb=0)
    rec.start(tmp_path / "meter.wav")
    try:
        assert done_during_open == [False], f"PortAudio was re-scanned during the open: {rescans}"
        rescanner[0].join(30)
        assert rescans == [False]  # then it saw the open stream and left PortAudio alone
    finally:
        rec.cancel()
        assert rec.wait_closed(10)
