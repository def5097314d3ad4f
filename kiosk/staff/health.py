"""One health snapshot for the staff panel: a list of {name, ok, detail, value, message} rows.

`detail` is English (logs, CLI); `message` is {"id", "params"}, a stable id the staff screen puts into
the staff language (ui/staff/health_words.py), so no sentence of the core reaches the screen untranslated.

Every probe is tolerant: a part another area has not built yet (delivery, keys) reads as
"not configured" rather than failing the panel. Runs off the GUI thread (it opens the DB).
"""
from __future__ import annotations

import importlib
import time
from datetime import datetime, timezone
from typing import Any, Callable

from kiosk import __version__

UNSENT = ("submitted", "approved")


def _row(name: str, ok: bool | None, detail: str, value: Any = None, message: str | dict | None = None,
         **params) -> dict:
    if isinstance(message, str):
        message = {"id": message, "params": params}
    return {"name": name, "ok": ok, "detail": detail, "value": value, "message": message}


def _optional(module: str, attr: str) -> Callable | None:
    try:
        return getattr(importlib.import_module(module), attr, None)
    except ImportError:
        return None


def microphone(settings) -> dict:
    checks = _optional("kiosk.capture", "audio_doctor_checks")
    if checks is None:
        return _row("microphone", None, "audio capture is not installed", message="capture_missing")
    try:
        found = {c["name"]: c for c in checks(settings.audio)}
    except Exception as exc:  # noqa: BLE001 - the panel reports, never crashes
        return _row("microphone", False, f"cannot query the microphone: {exc}", message="mic_query_failed",
                    error=str(exc))
    mic = found.get("microphone") or found.get("portaudio") or {"ok": False, "detail": "unknown"}
    from kiosk.sync.heartbeat import record_mic_state
    record_mic_state(settings, mic["ok"], mic["detail"])  # the heartbeat reports the last check
    return _row("microphone", mic["ok"], mic["detail"], message=mic.get("message"))


def disk(settings) -> dict:
    from kiosk.doctor import disk_check
    try:
        from kiosk.diskspace import free_mb
        check = disk_check(settings)
    except ImportError:
        return _row("disk", None, "free-space checks are not installed", message="disk_checks_missing")
    try:
        free = free_mb(settings.data_dir)
    except OSError:
        free = None
    return _row("disk", check["ok"], check["detail"], free, check.get("message"))


def data_folder(settings) -> dict:
    """Writable, and private to the kiosk user (an insecure mode is said aloud, as in doctor)."""
    from kiosk.doctor import data_dir_check
    check = data_dir_check(settings)
    return _row("data_dir", check["ok"], check["detail"], message=check.get("message"))


def database(settings) -> dict:
    from kiosk.doctor import database_check
    check = database_check(settings)
    size = settings.db_path.stat().st_size if settings.db_path.exists() else 0
    return _row("database", check["ok"], check["detail"], size, check.get("message"))


def queue(db, now: float) -> list[dict]:
    counts = {s: 0 for s in ("submitted", "approved", "rejected", "sent", "purged")}
    for status, n in db.execute("SELECT status, COUNT(*) FROM submissions WHERE status != 'draft'"
                                " GROUP BY status").fetchall():
        counts[status] = n
    detail = ", ".join(f"{k} {v}" for k, v in counts.items())
    oldest = db.execute("SELECT MIN(submitted_at) FROM submissions WHERE status IN (?, ?)", list(UNSENT)).fetchone()[0]
    if oldest:
        age = now - datetime.fromisoformat(oldest.replace("Z", "+00:00")).timestamp()
        old = _row("oldest_unsent", age < 24 * 3600, f"oldest unsent item waits {age / 3600:.1f} h", age,
                   "oldest_waits", hours=round(age / 3600, 1))
    else:
        old = _row("oldest_unsent", True, "nothing waiting to be sent", 0, "nothing_waiting")
    return [_row("queue", True, detail, counts, "queue_counts", **counts), old]


def deliveries(db, outbox_status: Callable[[], Any] | None = None) -> list[dict]:
    """Last success and last error: from the running delivery worker's status() if there is one,
    else from the delivery tables (deliveries, outbox_state), else "not configured".

    `value` of both rows is the same dict of facts (source, delivered_at, success_at, error,
    error_at, permanent, healthy, pending, destination, ran) for the panel to put into words."""
    status: dict | None = None
    source = "worker"
    if outbox_status is not None:
        try:
            raw = outbox_status()  # None: no worker running (yet)
            status = raw.as_dict() if hasattr(raw, "as_dict") else (dict(raw) if raw is not None else None)
        except Exception as exc:  # noqa: BLE001
            status = {"last_error": str(exc), "healthy": False}
    if status is None and db["deliveries"].exists():
        status, source = _from_tables(db), "tables"
    if status is None:
        return [_row("last_delivery", None, "delivery is not configured"),
                _row("last_error", None, "delivery is not configured")]
    err = status.get("last_error")
    facts = {"source": source, "delivered_at": status.get("last_delivery_at"),
             "success_at": status.get("last_success_at"), "error": err, "error_at": status.get("last_error_at"),
             "permanent": bool(status.get("error_is_permanent")), "healthy": status.get("healthy", not err),
             "pending": status.get("pending"), "destination": status.get("destination") or "",
             "ran": source == "tables" or bool(status.get("last_run_at"))}
    ok_at = facts["delivered_at"] or facts["success_at"]
    if ok_at:
        delivered = _row("last_delivery", True, f"last delivered {ok_at}", facts)
    else:
        delivered = _row("last_delivery", None if not facts["ran"] else not err,
                         "nothing delivered yet" if facts["ran"] else "delivery has not run yet", facts)
    if not err:
        error = _row("last_error", True, "no errors", facts)
    else:
        fixed = " (resolved since)" if facts["healthy"] else (" (needs a person)" if facts["permanent"] else "")
        error = _row("last_error", bool(facts["healthy"]), f"{facts['error_at'] or ''} {err}{fixed}".strip(), facts)
    return [delivered, error]


def _from_tables(db) -> dict:
    out: dict = {"last_delivery_at": db.execute("SELECT MAX(delivered_at) FROM deliveries").fetchone()[0]}
    if db["outbox_state"].exists():
        row = db.execute("SELECT last_error_at, last_error FROM outbox_state WHERE last_error IS NOT NULL"
                         " ORDER BY last_error_at DESC LIMIT 1").fetchone()
        if row:
            out["last_error_at"], out["last_error"] = row
            out["healthy"] = False
    return out


def encryption(settings, db) -> dict:
    """Whether envelopes leave encrypted; `value` holds the facts (held, plaintext_delivered) for words."""
    from kiosk.store import SubmissionStore
    from kiosk.sync.encryption_guard import encryption_check
    row = encryption_check(settings, SubmissionStore(db, settings.kiosk_id))
    return _row("encryption", row["ok"], row["detail"], row["value"])


def identity(settings) -> list[dict]:
    fingerprint = _optional("kiosk.sync.keys", "public_key_fingerprint")
    try:
        fp = fingerprint(settings) if fingerprint else None
    except Exception:  # noqa: BLE001 - no key generated yet is normal on a new kiosk
        fp = None
    local = datetime.now().astimezone()
    return [_row("clock", True, f"{local.isoformat(timespec='seconds')} ({local.tzname()})", local.isoformat()),
            _row("version", True, __version__, __version__),
            _row("kiosk_id", True, settings.kiosk_id, settings.kiosk_id),
            _row("public_key", fp is not None, fp or "no key yet", fp, None if fp else "no_key")]


def snapshot(settings, db, outbox_status: Callable[[], dict] | None = None,
             clock: Callable[[], float] = time.time) -> list[dict]:
    """db: a sqlite_utils Database opened by the calling thread."""
    return [microphone(settings), disk(settings), data_folder(settings), database(settings), *queue(db, clock()),
            encryption(settings, db), *deliveries(db, outbox_status), *identity(settings), settings_bundle(settings)]


def settings_bundle(settings) -> dict:
    """The office-signed settings version this kiosk runs with (kiosk.settings_bundle)."""
    from kiosk.settings_bundle import doctor_check
    check = doctor_check(settings)
    bundle = settings.settings_bundle
    return _row("settings_bundle", check["ok"], check["detail"], bundle.version if bundle is not None else None,
                check.get("message"))


def utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
