"""The outbox on disk and in the database: which items are due, their envelope files, receipts.

An envelope is built once per submission into <data_dir>/envelopes/ with its SHA-256 recorded,
so every retry (and a USB export) sends exactly the same bytes.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.media import TranscodeState
from kiosk.store.audit import append_event, utc_now
from kiosk.fileio import sha256_file, write_durably
from kiosk.sync.destinations import Destination, FolderDestination
from kiosk.sync.envelope import build_envelope, envelope_suffix, parse_recipients
from kiosk.sync.keys import fingerprint_of
from kiosk.store.db import write_transaction

# Items whose audio is still being transcoded wait, so the office never gets the interim WAV.
NOT_READY_TRANSCODE = TranscodeState.not_ready()


@dataclass(frozen=True)
class EnvelopeFile:
    submission_id: str
    path: Path
    sha256: str
    size: int
    object_key: str


def envelopes_dir(settings) -> Path:
    return settings.data_dir / "envelopes"


def deliverable_statuses(settings) -> tuple[str, ...]:
    return ("approved",) if settings.moderation_required else ("approved", "submitted")


def object_key(settings, submission_id: str, created_at: str, suffix: str) -> str:
    """<prefix>/<kiosk-id>/<yyyy>/<mm>/<dd>/<submission-id><suffix>, date = created_at in UTC."""
    day = datetime.fromisoformat(created_at.replace("Z", "+00:00")).astimezone(timezone.utc)
    prefix = settings.delivery.prefix.strip("/")
    parts = [prefix] if prefix else []
    parts += [settings.kiosk_id, f"{day:%Y}", f"{day:%m}", f"{day:%d}", submission_id + suffix]
    return "/".join(parts)


def kiosk_prefix(settings) -> str:
    prefix = settings.delivery.prefix.strip("/")
    return (prefix + "/" if prefix else "") + settings.kiosk_id + "/"


def pending_ids(store, settings, *, due_only: bool = False, now: str | None = None) -> list[str]:
    """Undelivered items, oldest first; due_only skips those still waiting out their backoff."""
    statuses = deliverable_statuses(settings)
    marks = ",".join("?" * len(statuses))
    sql = (f"SELECT s.id FROM submissions s LEFT JOIN outbox_state o ON o.submission_id = s.id "
           f"WHERE s.status IN ({marks}) AND s.transcode_state NOT IN ({','.join('?' * len(NOT_READY_TRANSCODE))})")
    params: list = [*statuses, *NOT_READY_TRANSCODE]
    if due_only:
        sql += " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
        params.append(now or utc_now())
    sql += " ORDER BY s.created_at, s.id"
    return [r[0] for r in store.db.execute(sql, params).fetchall()]


def in_key_order(store, settings, ids: list[str]) -> list[str]:
    """ids sorted as their object keys sort (UTC day, then id): consecutive ones then make one run
    of keys in their folder, which one short listing reads back without the others in between."""
    rows = store.db.execute("SELECT id, created_at FROM submissions WHERE id IN (SELECT value FROM json_each(?))",
                            [json.dumps(ids)]).fetchall()
    created, suffix = dict(rows), envelope_suffix(settings)
    return sorted(ids, key=lambda sid: object_key(settings, sid, created[sid], suffix))


def _audio_file(settings, sub) -> Path | None:
    if sub.kind != "voice" or not sub.audio_path:
        return None
    path = Path(sub.audio_path)
    return path if path.is_absolute() else settings.data_dir / path


@dataclass(frozen=True)
class BuiltEnvelope:
    """An envelope written to disk whose row (and audit event) is not recorded yet."""
    envelope: EnvelopeFile
    encrypted: bool
    signer_fingerprint: str
    built_at: str
    previous_name: str | None  # the file of an earlier build, removed once this one is recorded


def ensure_envelope(store, settings, submission_id: str, signing_key) -> EnvelopeFile:
    """The envelope of this item: reused when its file still has the recorded hash, else built."""
    env, built = envelope_file(store, settings, submission_id, signing_key)
    if built is not None:
        record_envelope(store, built)
    return env


def envelope_file(store, settings, submission_id: str, signing_key, *,
                  sync_dir: bool = True) -> tuple[EnvelopeFile, BuiltEnvelope | None]:
    """The reusable envelope of this item, or a new one written durably and still to be recorded
    with record_envelope before it is sent (so every retry sends exactly these bytes).
    sync_dir=False: the caller fsyncs envelopes_dir once for a batch before recording it."""
    sub = store.get(submission_id)
    row = store.db.execute("SELECT file_name, sha256, size FROM envelopes WHERE submission_id = ?",
                           [submission_id]).fetchone()
    folder = envelopes_dir(settings)
    suffix = envelope_suffix(settings)
    # Reused only while encryption is as configured: a plain zip built before the office recipient
    # was set is rebuilt encrypted rather than sent as it is.
    if row is not None and row[0] == submission_id + suffix:
        path = folder / row[0]
        if path.exists() and path.stat().st_size == row[2] and sha256_file(path) == row[1]:
            return EnvelopeFile(submission_id, path, row[1], row[2],
                                object_key(settings, submission_id, sub.created_at, suffix)), None
    audio = _audio_file(settings, sub)
    if audio is not None and not audio.exists():
        raise FileNotFoundError(f"the recording of {sub.ticket} is missing ({audio})")
    recipients = parse_recipients(settings.delivery.office_recipients)
    built_at = utc_now()
    data = build_envelope(sub, sub.status, audio, signing_key, recipients, built_at)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (submission_id + suffix)
    write_durably(path, data, sync_dir=sync_dir)
    env = EnvelopeFile(submission_id, path, hashlib.sha256(data).hexdigest(), len(data),
                       object_key(settings, submission_id, sub.created_at, suffix))
    return env, BuiltEnvelope(env, bool(recipients), fingerprint_of(signing_key.public_key()), built_at,
                              row[0] if row is not None else None)


def record_envelope(store, built: BuiltEnvelope) -> None:
    env = built.envelope
    with write_transaction(store.db):
        store.db.execute(
            "INSERT INTO envelopes (submission_id, file_name, sha256, size, encrypted, signer_fingerprint,"
            " built_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(submission_id) DO UPDATE SET"
            " file_name = excluded.file_name, sha256 = excluded.sha256, size = excluded.size,"
            " encrypted = excluded.encrypted, signer_fingerprint = excluded.signer_fingerprint,"
            " built_at = excluded.built_at",
            [env.submission_id, env.path.name, env.sha256, env.size, int(built.encrypted),
             built.signer_fingerprint, built.built_at])
        append_event(store.db, "sync", "envelope_built", env.submission_id,
                     {"sha256": env.sha256, "size": env.size, "rebuilt": built.previous_name is not None})
    if built.previous_name is not None and built.previous_name != env.path.name:
        (env.path.parent / built.previous_name).unlink(missing_ok=True)


def record_delivery(store, envelope: EnvelopeFile, destination: str, key: str, *, kind: str = "sync",
                    mark_sent: bool = True) -> None:
    """The receipt and the move to `sent` commit together, or neither does."""
    with write_transaction(store.db):
        store.db.execute(
            "INSERT INTO deliveries (submission_id, destination, object_key, sha256, size, delivered_at, kind)"
            " VALUES (?,?,?,?,?,?,?)",
            [envelope.submission_id, destination, key, envelope.sha256, envelope.size, utc_now(), kind])
        store.db.execute("DELETE FROM outbox_state WHERE submission_id = ?", [envelope.submission_id])
        if mark_sent:
            store.transition(envelope.submission_id, "sent", actor="sync")
        else:
            append_event(store.db, "sync", "exported", envelope.submission_id,
                         {"destination": destination, "sha256": envelope.sha256})


def backoff_seconds(attempts: int, base: float, cap: float, rand: float) -> float:
    """Capped exponential backoff with full jitter; rand in [0, 1)."""
    return min(cap, base * (2 ** min(attempts, 30))) * (0.5 + rand / 2)


def record_failure(store, submission_id: str, message: str, delay_s: float) -> int:
    now = datetime.now(timezone.utc)
    nxt = (now + timedelta(seconds=delay_s)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with write_transaction(store.db):
        store.db.execute(
            "INSERT INTO outbox_state (submission_id, attempts, next_attempt_at, last_error, last_error_at)"
            " VALUES (?, 1, ?, ?, ?) ON CONFLICT(submission_id) DO UPDATE SET attempts = attempts + 1,"
            " next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error,"
            " last_error_at = excluded.last_error_at",
            [submission_id, nxt, message, utc_now()])
    return store.db.execute("SELECT attempts FROM outbox_state WHERE submission_id = ?",
                            [submission_id]).fetchone()[0]


def attempts_of(store, submission_id: str) -> int:
    row = store.db.execute("SELECT attempts FROM outbox_state WHERE submission_id = ?", [submission_id]).fetchone()
    return row[0] if row else 0


def oldest_pending_at(store, settings) -> str | None:
    ids = pending_ids(store, settings)
    return store.get(ids[0]).created_at if ids else None


def make_destination(settings) -> Destination:
    """Where this kiosk's envelopes go (kiosk.sync.destinations; S3 imported only when used)."""
    if settings.delivery.kind == "s3":
        from kiosk.sync.s3 import S3Destination
        return S3Destination.from_settings(settings, kiosk_prefix(settings))
    # The default outbox folder is ours to create; a configured path (a stick) must already exist.
    return FolderDestination(settings.delivery_folder, create_root=not settings.delivery.path,
                             own_prefix=kiosk_prefix(settings))
