"""A recording process killed with SIGKILL leaves a readable `.part` WAV (libsndfile header
auto-update), and start-up recovery can finalize it."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
import wave

import numpy as np
import pytest
import soundfile as sf

from kiosk.capture import finalize_partial
from tests.capture.helpers import SR
from tests.fakemic import speech

pytestmark = pytest.mark.timeout(180)

CHILD = """
import dataclasses, sys, time
from kiosk.config import load_settings
from kiosk.capture import Recorder
audio = load_settings(data_dir=sys.argv[1], environ={}).audio
rec = Recorder(dataclasses.replace(audio, max_seconds=600.0), stop_free_mb=0)
rec.start(sys.argv[2])
while True:  # report what has been written, as the kiosk's UI would see it
    print(rec.frames_written, flush=True)
    time.sleep(0.1)
"""


def _read_reports(proc, until_frames, deadline_s=90):
    """Frames-written reports from the child until one reaches `until_frames`."""
    last, buf, end = 0, b"", time.monotonic() + deadline_s
    fd = proc.stdout.fileno()
    while last < until_frames:
        assert time.monotonic() < end, "child never reported enough audio"
        assert proc.poll() is None, proc.stderr.read().decode()
        if select.select([fd], [], [], 1.0)[0]:
            buf += os.read(fd, 4096)
            *lines, buf = buf.split(b"\n")
            for line in lines:
                last = int(line)
    return last


def test_sigkill_mid_recording_leaves_readable_wav(fake_mic, tmp_path):
    fake_mic.install_paced(speech(tmp_path), loop=True)  # real time, so the kill lands mid-take
    wav = tmp_path / "media" / "q.wav"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "data"), str(wav)],
                            env=fake_mic.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        reported = _read_reports(proc, until_frames=2 * SR)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)

    part = wav.with_name("q.wav.part")
    assert part.exists() and not wav.exists()
    # libsndfile would fall back to the file length on a stale header; Python's wave module
    # (like many players) trusts the header, so it checks the header was kept current.
    with wave.open(str(part)) as w:
        header_frames = w.getnframes()
    data, sr = sf.read(str(part), dtype="int16")
    assert sr == SR
    assert header_frames == len(data)
    assert len(data) >= reported - SR  # at most 1 s lost against what the process reported
    assert np.abs(data).max() > 1000  # it is the speech, not an empty shell

    final = finalize_partial(part)
    assert final == wav and not part.exists()
    assert sf.info(str(wav)).frames == len(data)


def test_finalize_partial_drops_an_empty_part(tmp_path):
    part = tmp_path / "x.wav.part"
    part.write_bytes(b"RIFF")  # killed before the first header write completed
    assert finalize_partial(part) is None
    assert not part.exists()
    with pytest.raises(ValueError):
        finalize_partial(tmp_path / "x.wav")
