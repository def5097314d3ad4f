"""Retention: a sent item goes `sent_media_days` after its verified receipt, a rejected one
`rejected_days` after moderation; each becomes `purged` (audio, envelope, text, phone and name
gone), one audited transition per item. A question nobody moderated keeps its text for staff,
but its phone number and name go `unmoderated_contact_days` after it was submitted.

Deleted rows must not live on in the database file or its WAL: the purging connection turns on
secure_delete (freed bytes are zeroed) and the pass ends with a TRUNCATE checkpoint.

Files are deleted before the transition, so a crash in between only means the next run finishes
the job (deleting a missing file is not an error); the reverse order could leave media forever.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.store.audit import append_event
from kiosk.store.db import write_transaction
from kiosk.store.submissions import IllegalTransition
from kiosk.sync.outbox import envelopes_dir

log = logging.getLogger("kiosk.sync.retention")


# Everything a citizen wrote or gave, cleared when an item is purged (the office has its copy).
PERSONAL_COLUMNS = {"text": "", "text_display": "", "text_stripped": "", "search_key": "",
                    "phone": None, "contact_name": None}


@dataclass
class RetentionResult:
    purged: list[str] = field(default_factory=list)
    contacts_cleared: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _media_files(settings, store, sid: str, audio_path: str | None) -> list[Path]:
    files: list[Path] = []
    if audio_path:
        p = Path(audio_path)
        p = p if p.is_absolute() else settings.data_dir / p
        files += [p, p.with_name(p.name + ".part")]
        if p.suffix.lower() != ".wav":  # the interim WAV a transcode may have left beside it
            files.append(p.with_suffix(".wav"))
    row = store.db.execute("SELECT file_name FROM envelopes WHERE submission_id = ?", [sid]).fetchone()
    if row:  # the envelope holds the audio and the phone number too
        files.append(envelopes_dir(settings) / row[0])
    return files


def due_for_purge(store, settings, now: datetime | None = None) -> list[tuple[str, str | None, str]]:
    now = now or datetime.now(timezone.utc)
    sent_cut = _iso(now - timedelta(days=settings.retention.sent_media_days))
    rejected_cut = _iso(now - timedelta(days=settings.retention.rejected_days))
    # "after the verified receipt": the receipt time, not when the item was created.
    # sent_at (set with the first receipt) narrows the search to old items through its index; a
    # later receipt (an export) still counts through MAX(delivered_at). INDEXED BY: without
    # ANALYZE statistics SQLite would pick the status index and read every sent row.
    rows = store.db.execute(
        "SELECT s.id, s.audio_path, 'sent' FROM submissions s INDEXED BY idx_submissions_sent_at"
        " WHERE s.status = 'sent' AND s.sent_at <= ? AND"
        " (SELECT MAX(d.delivered_at) FROM deliveries d WHERE d.submission_id = s.id) <= ?"
        " UNION ALL SELECT id, audio_path, 'rejected' FROM submissions INDEXED BY idx_submissions_rejected_at"
        " WHERE status = 'rejected'"
        " AND COALESCE(moderated_at, updated_at) <= ?", [sent_cut, sent_cut, rejected_cut]).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def apply_retention(store, settings, now: datetime | None = None) -> RetentionResult:
    result = RetentionResult()
    store.db.execute("PRAGMA secure_delete = ON")  # zero what the purge frees, whoever opened the db
    for sid, audio_path, was in due_for_purge(store, settings, now):
        deleted = []
        try:
            for path in _media_files(settings, store, sid, audio_path):
                if path.exists():
                    path.unlink()
                    deleted.append(path.name)
            days = settings.retention.sent_media_days if was == "sent" else settings.retention.rejected_days
            store.transition(sid, "purged", actor="retention",
                             reason=f"{was} {days:g} days ago; deleted {len(deleted)} file(s): "
                                    + ", ".join(deleted),
                             extra=PERSONAL_COLUMNS)
            result.purged.append(sid)
        except (OSError, IllegalTransition) as exc:
            log.warning("retention of %s failed: %s", sid, exc)
            result.errors.append(f"could not purge {sid}: {exc}")
    result.contacts_cleared = _clear_unmoderated_contacts(store, settings, now)
    if result.purged or result.contacts_cleared:
        # The WAL still holds the old pages until a checkpoint; TRUNCATE empties it on disk too.
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return result


def _clear_unmoderated_contacts(store, settings, now: datetime | None) -> list[str]:
    """Phone and name of questions submitted long ago and never moderated: the draw that needed
    them is over; the question itself stays in the queue."""
    now = now or datetime.now(timezone.utc)
    days = settings.retention.unmoderated_contact_days
    cut = _iso(now - timedelta(days=days))
    # The partial index (delivery migration m003) holds exactly these rows; named, because the
    # planner otherwise walks every submitted row by status.
    due = ("SELECT id FROM submissions INDEXED BY idx_submissions_unmoderated_contact"
           " WHERE status = 'submitted' AND (phone IS NOT NULL OR contact_name IS NOT NULL) AND submitted_at <= ?")
    if store.db.execute(due + " LIMIT 1", [cut]).fetchone() is None:
        return []  # the usual pass: no write lock taken
    with write_transaction(store.db):
        ids = [r[0] for r in store.db.execute(due, [cut])]
        for sid in ids:
            store.db.execute("UPDATE submissions SET phone = NULL, contact_name = NULL WHERE id = ?", [sid])
            append_event(store.db, "retention", "contact_purged", sid,
                         {"reason": f"submitted over {days:g} days ago and never moderated"})
    return ids
