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

from kiosk.config import load_settings
from kiosk.session import CitizenSession
from tests.faults.campaign import AckLog


def main(data_dir: str, ack_file: str, seed: str, kill_at: str = "") -> None:
    settings = load_settings(data_dir=data_dir, environ={})
    session, ack, rng = CitizenSession(settings), AckLog(ack_file), random.Random(seed)
    media = session.media  # the kiosk's own media path (kiosk/media.py): take, attach, submit, transcode
    media.tone = None  # no start tone to wait for: the campaign wants many takes
    if kill_at == "after_rename":
        store = session.stores.get()
        attach = store.update_draft

        def die_before_attach(sid, **fields):
            if "audio_path" in fields:  # the recorder has renamed its .part to the WAV: die now
                os.kill(os.getpid(), signal.SIGKILL)
            return attach(sid, **fields)
        store.update_draft = die_before_attach
    ack.write("ready", "-", "-")
    while True:
        session.set_consent(broadcast=True, draw=False, age_confirmed=True)
        sid = session.choose("voice")
        problem = media.start_take(sid)
        if problem:
            raise SystemExit(f"the take could not start: {problem}")
        time.sleep(rng.uniform(0.6, 1.8))
        take = media.stop_take(sid)
        session.take_stopped(take)
        if take.recording is None or rng.random() < 0.2:  # the citizen walked away
            session.discard("cancelled")
            continue
        session.set_topic("traffic")
        ack.do("submitted", sid)
        sub = session.submit()
        ack.ok("submitted", sid)
        if media.needs_finish(sub):
            media.finish(sid)
        session.forget()


if __name__ == "__main__":
    main(*sys.argv[1:5])
