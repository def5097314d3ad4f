"""Capture figures on the fake ALSA mic (faster than real time, so a 3-minute take is quick):

- stop → finalized WAV for a 3-minute recording, vs fsync of a same-size file written here;
- storage per minute of speech, WAV vs Opus;
- WAV → verified Opus transcode time, vs the length of the audio.
"""
from __future__ import annotations

import dataclasses
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import figure

SECONDS = 180
REPEAT = 3


def _stop_latency(audio, media: Path, n: int) -> tuple[float, Path]:
    from kiosk.capture import Recorder
    rec = Recorder(dataclasses.replace(audio, max_seconds=SECONDS + 1.0), stop_free_mb=0)
    rec.start(media / f"take{n}.wav")
    deadline = time.monotonic() + 60
    while rec.frames_written < SECONDS * audio.samplerate:
        if time.monotonic() > deadline:
            raise RuntimeError("fake mic did not deliver 3 minutes within 60 s")
        time.sleep(0.005)
    start = time.perf_counter()
    result = rec.stop()
    elapsed = time.perf_counter() - start
    rec.wait_closed(10)
    return elapsed, result.path


def _fsync_same_size(path: Path, size: int) -> float:
    with open(path, "wb") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        start = time.perf_counter()
        os.fsync(fh.fileno())
        return time.perf_counter() - start


def run() -> list[str]:
    from kiosk.capture import transcode_to_opus
    from kiosk.config import load_settings
    from tests.fakemic import FakeMic, speech

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        audio = load_settings(data_dir=tmp / "data", environ={}).audio
        one = speech(tmp)
        src = np.resize(one, SECONDS * audio.samplerate + audio.samplerate)  # speech, repeated
        mic = FakeMic(tmp)
        try:
            mic.install(src)
            media = tmp / "media"
            stops, fsyncs, last = [], [], None
            for n in range(REPEAT):
                t, last = _stop_latency(audio, media, n)
                stops.append(t)
                fsyncs.append(_fsync_same_size(media / f"same{n}.bin", last.stat().st_size))
        finally:
            mic.uninstall()
        wav_bytes = last.stat().st_size
        minutes = SECONDS / 60
        start = time.perf_counter()
        opus = transcode_to_opus(last)
        t_opus = time.perf_counter() - start
        opus_bytes = opus.path.stat().st_size

    wav_kb, opus_kb = wav_bytes / 1000 / minutes, opus_bytes / 1000 / minutes
    return [
        figure("capture.stop_to_final_3min", statistics.median(stops) * 1000, "ms",
               "fsync of same-size file", statistics.median(fsyncs) * 1000),
        f"capture.kb_per_min: wav {wav_kb:.0f} kB vs opus {opus_kb:.0f} kB "
        f"(ratio {opus_kb / wav_kb:.3f})",
        figure("capture.transcode_3min", t_opus * 1000, "ms", "audio length", SECONDS * 1000.0),
    ]
