"""Fill a kiosk database with many realistic rows fast (one SQL transaction), for benchmarks."""
from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta, timezone

from kiosk.store import open_database
from kiosk.store.tickets import damm_digit
from kiosk.text import clean, search_key

PHRASES = ["ترافیک خیابان صفائیه", "پاکیزگی پارک", "ویژه‌برنامه شهروند و شهردار", "اتوبوس خط ۱۲",
           "فضای سبز محله", "نور خیابان", "پیشنهاد سازنده برای فرهنگسرا"]
STATUSES = ["submitted"] * 4 + ["approved"] * 3 + ["rejected", "sent", "sent"]


def seed_submissions(db_path, n: int, kiosk_id: str = "kiosk-bench", seed: int = 1) -> None:
    rng = random.Random(seed)
    db = open_database(db_path)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(n):
        body = f"{i:07d}"
        ticket = body + str(damm_digit(body))
        raw = rng.choice(PHRASES) + f" {i}"
        c = clean(raw)
        at = (start + timedelta(seconds=i * 30)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        kind = "voice" if i % 3 else "text"
        rows.append((uuid.UUID(int=rng.getrandbits(128)).hex, f"{ticket[:4]}-{ticket[4:]}", kiosk_id, kind,
                     rng.choice(STATUSES), at, at, at, "fa", raw, c.display, "{}", search_key(raw),
                     f"/nonexistent/{i}.ogg" if kind == "voice" else None, "0" * 64 if kind == "voice" else None,
                     12000 if kind == "voice" else None, "v1", json.dumps(["record"]),
                     rng.choice(["traffic", "culture", "other"])))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO submissions (id, ticket, kiosk_id, kind, status, created_at, updated_at, submitted_at,"
            " language, text, text_display, text_stripped, search_key, audio_path, audio_sha256, duration_ms,"
            " consent_version, consent_scopes, topic) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.close()
