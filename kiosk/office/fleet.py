"""The fleet view: each trusted kiosk's signed heartbeats, and whether it is ok, warning or silent.

`kiosk office import` reads every `<kiosk-id>/_status.json` it lists, verifies the detached
signature against the key pinned to that kiosk id (kiosk.sync.heartbeat writes them), and keeps
them in the library's `heartbeats` table. A heartbeat from an unknown key or kiosk is refused,
reported and audited; nothing of it is stored.
"""
from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta, timezone

from cryptography.exceptions import InvalidSignature

from kiosk.office.ids import KIOSK_ID
from kiosk.store.audit import append_event, utc_now
from kiosk.store.db import write_transaction
from kiosk.sync.heartbeat import FORMAT, SIG_NAME, STATUS_NAME
from kiosk.sync.keys import fingerprint_of, parse_public_key

MAX_STATUS_BYTES = 64 * 1024
SILENT_AFTER_BEATS = 3
CLOCK_TOLERANCE_S = 120
DEFAULT_HEARTBEAT_S = 120.0
PER_DAY_DAYS = 14
KEEP_DAYS = 90  # heartbeats older than this are pruned at import


class HeartbeatRefused(ValueError):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason, self.message = reason, message


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _time(text: str) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def kiosk_id_of(name: str) -> str:
    """`<prefix>/<kiosk-id>/_status.json` → kiosk-id."""
    parts = name.split("/")
    return parts[-2] if len(parts) >= 2 else ""


def verify_heartbeat(name: str, data: bytes, sig: bytes | None, trusted: dict[str, list[str]]) -> dict:
    """The status, or HeartbeatRefused (unknown_kiosk, bad_signature, unsigned, malformed, wrong_kiosk)."""
    kiosk_id = kiosk_id_of(name)
    if not KIOSK_ID.match(kiosk_id) or kiosk_id not in trusted:
        raise HeartbeatRefused("unknown_kiosk", f"no trusted key is pinned to kiosk id {kiosk_id!r}")
    if not sig or not sig.strip():
        raise HeartbeatRefused("unsigned", "the heartbeat has no signature")
    try:
        raw_sig = base64.b64decode(sig.strip(), validate=True)
    except ValueError:
        raise HeartbeatRefused("bad_signature", "the heartbeat signature is not base64") from None
    for key in trusted[kiosk_id]:
        try:
            parse_public_key(key).verify(raw_sig, data)
            break
        except (InvalidSignature, ValueError):
            continue
    else:
        raise HeartbeatRefused("bad_signature", f"the heartbeat of {kiosk_id} is not signed by its trusted key")
    try:
        status = json.loads(data)
        if status.get("format") != FORMAT:
            raise ValueError("unknown format")
        _time(status["utc"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise HeartbeatRefused("malformed", f"the heartbeat of {kiosk_id} cannot be read: {exc}") from None
    if status.get("kiosk_id") != kiosk_id:
        raise HeartbeatRefused("wrong_kiosk", f"a heartbeat under {kiosk_id} claims {status.get('kiosk_id')!r}")
    return status


def record(lib, status: dict, sha256: str, seen_at: str) -> bool:
    with write_transaction(lib.db):
        cur = lib.db.execute("INSERT INTO heartbeats (kiosk_id, sha256, seen_at, utc, status, imported_at)"
                             " VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING", [status["kiosk_id"], sha256, seen_at, status["utc"],
                                                       json.dumps(status, ensure_ascii=False), utc_now()])
    return cur.rowcount > 0


def import_heartbeats(lib, src, trusted: dict[str, list[str]]) -> list[dict]:
    """Every heartbeat the source listed: {"name", "kiosk_id", "ok", "reason", "message"}."""
    out = []
    for name, seen_at in getattr(src, "heartbeats", []):
        kiosk_id = kiosk_id_of(name)
        try:
            try:
                data, status = _read_verified(src, name, trusted)
            except HeartbeatRefused as exc:
                if exc.reason != "bad_signature":
                    raise
                # The kiosk may have been between writing its signature and its status: read again.
                data, status = _read_verified(src, name, trusted)
        except HeartbeatRefused as exc:
            with write_transaction(lib.db):
                append_event(lib.db, "office", "heartbeat_refused", None,
                             {"name": name, "reason": exc.reason, "message": exc.message})
            out.append({"name": name, "kiosk_id": kiosk_id, "ok": False, "reason": exc.reason,
                        "message": exc.message})
            continue
        except Exception as exc:  # noqa: BLE001 - network or medium trouble: read again next time
            out.append({"name": name, "kiosk_id": kiosk_id, "ok": False, "reason": "unreadable",
                        "message": f"{type(exc).__name__}: {exc}"})
            continue
        record(lib, status, hashlib.sha256(data).hexdigest(), seen_at)
        out.append({"name": name, "kiosk_id": kiosk_id, "ok": True, "reason": "", "message": ""})
    if out:
        prune(lib, datetime.now(timezone.utc) - timedelta(days=KEEP_DAYS))
    return out


def prune(lib, before: datetime) -> int:
    """Old heartbeats go, but never a kiosk's latest one (a long-silent kiosk stays silent, not unknown)."""
    with write_transaction(lib.db):
        cur = lib.db.execute("DELETE FROM heartbeats WHERE seen_at < ? AND seen_at < (SELECT MAX(h.seen_at)"
                             " FROM heartbeats h WHERE h.kiosk_id = heartbeats.kiosk_id)", [_iso(before)])
    return cur.rowcount


def _read_verified(src, name: str, trusted: dict[str, list[str]]) -> tuple[bytes, dict]:
    data = src.read(name, MAX_STATUS_BYTES)
    if len(data) > MAX_STATUS_BYTES:
        raise HeartbeatRefused("too_large", f"{len(data)} bytes")
    try:
        sig = src.read(name + ".sig", 4096)
    except Exception:  # noqa: BLE001 - a missing signature is "unsigned"
        sig = None
    return data, verify_heartbeat(name, data, sig, trusted)


def _latest(lib, kiosk_id: str) -> tuple[dict, str] | None:
    row = lib.db.execute("SELECT status, seen_at FROM heartbeats WHERE kiosk_id = ? ORDER BY seen_at DESC, utc DESC"
                         " LIMIT 1", [kiosk_id]).fetchone()
    return (json.loads(row[0]), row[1]) if row else None


def _per_day(lib, since: datetime) -> dict[str, list[list]]:
    """Questions per local day and kiosk; the day is this office's, counted here so that both
    engines (SQLite, PostgreSQL) agree."""
    from collections import Counter
    counts: Counter = Counter()
    rows = lib.db.execute("SELECT kiosk_id, COALESCE(submitted_at, created_at) FROM items"
                          " WHERE COALESCE(submitted_at, created_at) >= ?", [_iso(since)]).fetchall()
    for kiosk_id, at in rows:
        day = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().date().isoformat()
        counts[(kiosk_id, day)] += 1
    out: dict[str, list[list]] = {}
    for (kiosk_id, day), n in sorted(counts.items()):
        out.setdefault(kiosk_id, []).append([day, n])
    return out


def judge(status: dict | None, seen_at: str | None, now: datetime,
          backlog_warn_s: float | None = None) -> tuple[str, list[str], list[str]]:
    """(state, reason codes, reason words) of one kiosk's latest heartbeat."""
    if status is None or seen_at is None:
        return "silent", ["never_seen"], ["no heartbeat imported yet"]
    reasons, words = [], []
    beat = float(status.get("heartbeat_s") or DEFAULT_HEARTBEAT_S)
    quiet = (now - _time(seen_at)).total_seconds()
    if quiet > SILENT_AFTER_BEATS * beat:
        reasons.append("silent")
        words.append(f"last heartbeat {int(quiet)} s ago (more than {SILENT_AFTER_BEATS} × {int(beat)} s)")
    free, floor = status.get("disk_free_mb"), status.get("disk_warn_mb")
    if free is not None and floor is not None and free < floor:
        reasons.append("disk_low")
        words.append(f"{free} MB free, below the kiosk's warning floor of {floor} MB")
    mic = status.get("microphone") or {}
    if mic.get("ok") is False:
        reasons.append("microphone_missing")
        words.append(f"microphone: {mic.get('detail') or 'not found'}")
    limit = backlog_warn_s if backlog_warn_s is not None else status.get("backlog_warn_s")
    oldest = status.get("oldest_unsent_s")
    if oldest is not None and limit and oldest > float(limit):
        reasons.append("backlog_old")
        words.append(f"oldest unsent question waits {oldest // 3600} h (warning past {float(limit) / 3600:g} h)")
    skew = (_time(status["utc"]) - _time(seen_at)).total_seconds()
    if abs(skew) > CLOCK_TOLERANCE_S:
        reasons.append("clock_off")
        words.append(f"kiosk clock is {int(skew):+d} s off")
    state = "silent" if "silent" in reasons else "warning" if reasons else "ok"
    return state, reasons, words


def fleet_view(lib, now: datetime | None = None, backlog_warn_s: float | None = None) -> list[dict]:
    """One row per trusted kiosk (the `kiosk office kiosks --json` contract plus details)."""
    now = now or datetime.now(timezone.utc)
    per_day = _per_day(lib, now - timedelta(days=PER_DAY_DAYS))
    rows = []
    for k in lib.kiosks():
        latest = _latest(lib, k["kiosk_id"]) if k["kiosk_id"] else None
        status, seen_at = latest if latest else (None, None)
        state, reasons, words = judge(status, seen_at, now, backlog_warn_s)
        s = status or {}
        rows.append({"kiosk_id": k["kiosk_id"], "name": k["name"], "last_seen": seen_at, "state": state,
                     "reasons": reasons, "reason_details": words, "version": s.get("software_version"),
                     "settings_version": s.get("settings_version"), "pending": s.get("pending"),
                     "oldest_unsent_s": s.get("oldest_unsent_s"), "consent_version": s.get("consent_version"),
                     "disk_free_mb": s.get("disk_free_mb"), "microphone": s.get("microphone"),
                     "last_delivery_error": s.get("last_delivery_error"), "kiosk_clock": s.get("utc"),
                     "questions_per_day": per_day.get(k["kiosk_id"], []),
                     "public_key": k["public_key"], "fingerprint": fingerprint_of(k["public_key"])})
    return rows


__all__ = ["HeartbeatRefused", "fleet_view", "import_heartbeats", "judge", "verify_heartbeat",
           "STATUS_NAME", "SIG_NAME"]
