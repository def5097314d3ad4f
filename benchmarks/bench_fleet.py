"""Fleet figures.

1. Heartbeat cost per outbox pass (folder destination, 500 questions in the kiosk database,
   nothing due): the pass with its bundle check and signed heartbeat vs the same pass with the
   hook switched off; and the heartbeat's bytes vs one text envelope's.
2. The fleet view (`kiosk office kiosks`) over 200 kiosks × 30 days of heartbeats (one kept per
   import, hourly: 144,000 rows) and 10 questions per kiosk per day, vs the bare SQL that reads
   the same facts (latest heartbeat per kiosk, questions per kiosk).
"""
from __future__ import annotations

import json
import os
import tempfile
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.common import best_of, figure

KIOSKS = 200
DAYS = 30
BEATS_PER_DAY = int(os.environ.get("BENCH_FLEET_BEATS_PER_DAY", "24"))
QUESTIONS_PER_DAY = 10


def _heartbeat_figures(tmp: Path) -> list[str]:
    from kiosk.config import load_settings
    from kiosk.store import open_store
    from kiosk.sync import heartbeat, worker
    from kiosk.sync.keys import init_key
    settings = load_settings(data_dir=tmp / "kiosk", environ={})
    init_key(settings)
    store = open_store(settings)
    for i in range(500):
        sub = store.create_draft("text", "fa", settings.consent_version, ["record"])
        store.update_draft(sub.id, text=f"پرسش {i}")
        store.submit(sub.id)
        store.transition(sub.id, "rejected" if i % 2 else "approved", actor="bench", reason="test")
    worker.sync_once(settings)  # deliver once; later passes find nothing due
    with_beat = best_of(lambda: worker.sync_once(settings), repeat=15)
    real = heartbeat.after_pass
    heartbeat.after_pass = lambda *a, **k: None
    try:
        without = best_of(lambda: worker.sync_once(settings), repeat=15)
    finally:
        heartbeat.after_pass = real
    folder = heartbeat.heartbeat_dir(settings)
    beat_bytes = sum((folder / n).stat().st_size for n in (heartbeat.STATUS_NAME, heartbeat.SIG_NAME))
    envelope = min(p.stat().st_size for p in (settings.data_dir / "envelopes").iterdir())
    return [figure("outbox pass with heartbeat + bundle check", with_beat * 1000, "ms",
                   "same pass without", without * 1000),
            figure("heartbeat size (status + signature)", beat_bytes, "bytes", "one text envelope", envelope)]


def _seed_office(lib, now: datetime) -> None:
    from kiosk.sync.keys import public_key_b64
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    beats, items = [], []
    for k in range(KIOSKS):
        kid = f"kiosk-{k:04d}"
        lib.trust(public_key_b64(Ed25519PrivateKey.generate().public_key()), kid)
        for step in range(1, DAYS * BEATS_PER_DAY + 1):  # the last one just now
            at = (now - timedelta(hours=24 * DAYS) + timedelta(hours=24 * step / BEATS_PER_DAY))
            iso = at.isoformat(timespec="seconds").replace("+00:00", "Z")
            status = {"kiosk_id": kid, "utc": iso, "heartbeat_s": 120, "disk_free_mb": 9000, "disk_warn_mb": 1000,
                      "pending": step % 7, "oldest_unsent_s": 30, "microphone": {"ok": True},
                      "software_version": "0.1.0",
                      "settings_version": 4}
            beats.append((kid, uuid.uuid4().hex, iso, iso, json.dumps(status), iso))
        for q in range(DAYS * QUESTIONS_PER_DAY):
            at = (now - timedelta(hours=24 * DAYS) + timedelta(hours=24 * q / QUESTIONS_PER_DAY))
            iso = at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            items.append((uuid.uuid4().hex, f"{q // 10000:04d}-{q % 10000:04d}", kid, "text", iso, iso, "[]", iso))
    from kiosk.office.database import write_transaction
    with write_transaction(lib.db):  # the library's own layer (SQLite here, PostgreSQL alike)
        lib.db.executemany("INSERT INTO heartbeats (kiosk_id, sha256, seen_at, utc, status, imported_at)"
                           " VALUES (?,?,?,?,?,?)", beats)
        lib.db.executemany("INSERT INTO items (id, ticket, kiosk_id, kind, created_at, submitted_at,"
                           " consent_scopes, imported_at) VALUES (?,?,?,?,?,?,?,?)", items)


def _fleet_figure(tmp: Path) -> str:
    from kiosk.office.fleet import fleet_view
    from kiosk.office.library import open_library
    lib = open_library(tmp / "office")
    now = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)
    _seed_office(lib, now)
    rows = fleet_view(lib, now=now)
    assert len(rows) == KIOSKS and all(r["state"] == "ok" for r in rows), rows[0]
    view = best_of(lambda: fleet_view(lib, now=now), repeat=5)

    def bare() -> None:
        lib.db.execute("SELECT kiosk_id, MAX(seen_at), status FROM heartbeats GROUP BY kiosk_id").fetchall()
        lib.db.execute("SELECT kiosk_id, COUNT(*) FROM items GROUP BY kiosk_id").fetchall()
    baseline = best_of(bare, repeat=5)
    beats = lib.db.execute("SELECT COUNT(*) FROM heartbeats").fetchone()[0]
    return figure(f"fleet view, {KIOSKS} kiosks × {DAYS} days ({beats} heartbeats)", view * 1000, "ms",
                  "bare latest-per-kiosk SQL", baseline * 1000)


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp:
        return [*_heartbeat_figures(Path(tmp)), _fleet_figure(Path(tmp))]
