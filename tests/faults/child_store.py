"""A store writer for the fault campaign, run as a child process and killed with SIGKILL.

`python -m tests.faults.child_store DATA_DIR ACK_FILE SEED`: through the real kiosk.store API it
makes text submissions and approves, rejects or undoes its own, acknowledging each commit in
ACK_FILE (tests/faults/campaign.py: AckLog). Writes until killed.
"""
from __future__ import annotations

import random
import sys

from kiosk.config import load_settings
from kiosk.store import open_store
from tests.faults.campaign import AckLog


def expected_text(sid: str) -> str:
    return f"پرسش شماره {sid[:8]} درباره‌ی پارک"


def main(data_dir: str, ack_file: str, seed: str) -> None:
    settings = load_settings(data_dir=data_dir, environ={})
    store, ack, rng = open_store(settings), AckLog(ack_file), random.Random(seed)
    mine: list[str] = []  # submitted by this child and not yet moderated
    ack.write("ready", "-", "-")
    while True:
        roll = rng.random()
        if roll < 0.5 or not mine:
            sid = store.create_draft("text", "fa", settings.consent_version, ["record", "draw"]).id
            store.update_draft(sid, text=expected_text(sid), topic="traffic", phone="09121234567")
            ack.do("submitted", sid)
            store.submit(sid)
            ack.ok("submitted", sid)
            mine.append(sid)
        elif roll < 0.75:
            sid = mine.pop(rng.randrange(len(mine)))
            ack.do("approved", sid)
            store.transition(sid, "approved", actor="staff")
            ack.ok("approved", sid)
        elif roll < 0.9:
            sid = mine.pop(rng.randrange(len(mine)))
            ack.do("rejected", sid)
            store.transition(sid, "rejected", actor="staff", reason="off topic")
            ack.ok("rejected", sid)
        else:  # a decision taken back: approved, then undone to submitted
            sid = mine[rng.randrange(len(mine))]
            ack.do("approved", sid)
            store.transition(sid, "approved", actor="staff")
            ack.ok("approved", sid)
            ack.do("submitted", sid)
            store.transition(sid, "submitted", actor="staff", undo=True)
            ack.ok("submitted", sid)


if __name__ == "__main__":
    main(*sys.argv[1:4])
