"""The start tone, played through PortAudio right after the microphone opened.

Played by the core (not the UI) so that the recorder knows exactly where the tone falls in the
take: `Recorder.start(..., lead_in_s=tone_seconds + echo)` drops it, and the verdict judges
only what the citizen said.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import soundfile as sf

from . import devices

log = logging.getLogger(__name__)


def tone_seconds(path: Path) -> float:
    return sf.info(str(path)).duration


def play_tone(path: Path, volume_percent: int) -> threading.Thread:
    """Start playing `path` on the default output on a short-lived thread and return it (join
    it: it ends when the tone has been played). While it plays it counts as an open stream, so
    no device re-scan re-initialises PortAudio under it.

    No output device, or no PortAudio: logged, and the recording goes on without a tone."""
    def run() -> None:
        try:
            data, rate = sf.read(str(path), dtype="float32", always_2d=True)
            sd = devices.sounddevice()
            devices.stream_opened()
            try:
                with sd.OutputStream(samplerate=rate, channels=data.shape[1], dtype="float32") as out:
                    out.write(data * (max(0, min(100, volume_percent)) / 100))
            finally:
                devices.stream_closed()
        except Exception as exc:  # noqa: BLE001 - a missing speaker must never stop a recording
            log.warning("start tone unavailable: %r", exc)

    thread = threading.Thread(target=run, name="start-tone", daemon=True)
    thread.start()
    return thread
