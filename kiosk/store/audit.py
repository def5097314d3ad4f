"""Append-only audit log whose events are chained by SHA-256, so an edited or deleted row shows.

The head (last seq and hash) is also kept in `meta`, so deleting the newest events is caught too.
Details never carry a citizen's words or phone number: only ids, statuses and reasons.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from kiosk.sqlite_library import Database

GENESIS = "0" * 64


def create_audit_tables(db: Database) -> None:
    """The chain's tables, in the kiosk database and in the office library alike (their first migrations)."""
    db.execute("""
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            submission_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _event_hash(seq: int, at: str, actor: str, action: str, submission_id: str | None,
                detail: str, prev_hash: str) -> str:
    payload = json.dumps([seq, at, actor, action, submission_id, detail, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_event(db: Database, actor: str, action: str, submission_id: str | None = None,
                 detail: dict | None = None) -> int:
    """Call inside the same transaction as the change it records."""
    row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = utc_now()
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = _event_hash(seq, at, actor, action, submission_id, detail_text, prev)
    db.execute(
        "INSERT INTO audit (seq, at, actor, action, submission_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, submission_id, detail_text, prev, digest],
    )
    db.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
               " ON CONFLICT(key) DO UPDATE SET value = excluded.value", [f"{seq}:{digest}"])
    return seq


@dataclass
class AuditVerdict:
    ok: bool
    events: int
    bad_seq: int | None = None
    reason: str = ""

    def message(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.events} events"
        return f"audit chain broken at event {self.bad_seq}: {self.reason}"


def verify_chain(db: Database) -> AuditVerdict:
    prev, expected_seq, count = GENESIS, 1, 0
    for seq, at, actor, action, sid, detail, prev_hash, digest in db.execute(
            "SELECT seq, at, actor, action, submission_id, detail, prev_hash, hash FROM audit ORDER BY seq"):
        if seq != expected_seq:
            return AuditVerdict(False, count, expected_seq, f"event {expected_seq} is missing")
        if prev_hash != prev:
            return AuditVerdict(False, count, seq, "does not follow the previous event (a row was removed or edited)")
        if _event_hash(seq, at, actor, action, sid, detail, prev_hash) != digest:
            return AuditVerdict(False, count, seq, "its contents were changed after it was written")
        prev, expected_seq, count = digest, seq + 1, count + 1
    head = db.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is None and count:
        return AuditVerdict(False, count, count, "the recorded head of the chain is missing")
    if head is not None and head[0] != f"{count}:{prev}":
        return AuditVerdict(False, count, count + 1, f"the chain ends early (head was {head[0].split(':')[0]})")
    return AuditVerdict(True, count)


def recent_events(db: Database, limit: int = 50) -> list[dict]:
    rows = db.execute("SELECT seq, at, actor, action, submission_id, detail FROM audit"
                      " ORDER BY seq DESC LIMIT ?", [limit]).fetchall()
    return [dict(seq=r[0], at=r[1], actor=r[2], action=r[3], submission_id=r[4], detail=json.loads(r[5]))
            for r in rows]
