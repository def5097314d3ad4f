"""A citizen's voice journey for the fault campaign, run as a child process and killed with SIGKILL.

`python -m tests.faults.child_capture DATA_DIR ACK_FILE SEED [after_rename]`: through the real
CitizenSession and Recorder (PortAudio on the fake ALSA mic of tests/fakemic.py) it records takes
of 0.6-1.8 s, attaches, submits and transcodes them as the kiosk does, or abandons a few; each
submit is acknowledged in ACK_FILE. `after_rename` kills itself right after the recorder renamed
its `.part` to the WAV, before the draft points at it (issue 10 item 12).
"""
from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

from kiosk.capture import Recorder, sha256_file, transcode_to_opus
from kiosk.config import load_settings
from kiosk.session import CitizenSession, Recording, finish_media
from tests.faults.campaign import AckLog


def main(data_dir: str, ack_file: str, seed: str, kill_at: str = "") -> None:
    settings = load_settings(data_dir=data_dir, environ={})
    session, ack, rng = CitizenSession(settings), AckLog(ack_file), random.Random(seed)
    recorder = Recorder(settings.audio, stop_free_mb=0)
    ack.write("ready", "-", "-")
    while True:
        session.set_consent(broadcast=True, draw=False, age_confirmed=True)
        sid = session.choose("voice")
        recorder.start(session.wav_path())
        time.sleep(rng.uniform(0.6, 1.8))
        result = recorder.stop()
        if kill_at == "after_rename":
            os.kill(os.getpid(), signal.SIGKILL)
        if result is None or rng.random() < 0.2:  # the citizen walked away
            session.discard("cancelled")
            continue
        session.attach_recording(Recording(Path(result.path), sha256_file(result.path), result.duration_ms,
                                           result.overflows))
        session.set_topic("traffic")
        ack.do("submitted", sid)
        session.submit()
        ack.ok("submitted", sid)
        finish_media(session.stores, sid, Path(result.path), transcode_to_opus)
        session.forget()


if __name__ == "__main__":
    main(*sys.argv[1:5])
