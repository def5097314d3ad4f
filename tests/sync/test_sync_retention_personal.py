"""Retention leaves nothing personal behind: not in the row, not in the database file, not in its WAL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kiosk.store import open_store
from kiosk.sync.retention import apply_retention
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved

pytestmark = pytest.mark.timeout(60)

PHONE, NAME, TEXT = "09351112233", "Parisa-Marker", "question-marker-7d3f about the park"


def _personal(store, sid: str) -> None:
    store.db.execute("UPDATE submissions SET text = ?, text_display = ?, text_stripped = ?, search_key = ?,"
                     " phone = ?, contact_name = ? WHERE id = ?", [TEXT, TEXT, TEXT, TEXT, PHONE, NAME, sid])


def _on_disk(settings) -> bytes:
    files = [settings.db_path, settings.db_path.with_name("kiosk.db-wal")]
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_purge_clears_text_phone_and_name_from_the_file_and_the_wal(keyed_settings):
    sent, rejected = make_approved(keyed_settings, 1)[0], make_approved(keyed_settings, 1, approve=False)[0]
    store = open_store(keyed_settings)
    for sid in (sent, rejected):
        _personal(store, sid)
    store.transition(rejected, "rejected", actor="staff", reason="off_topic")
    assert sync_once(keyed_settings).sent == 1
    assert PHONE.encode() in _on_disk(keyed_settings)
    days = max(keyed_settings.retention.sent_media_days, keyed_settings.retention.rejected_days)
    later = datetime.now(timezone.utc) + timedelta(days=days, minutes=1)
    result = apply_retention(store, keyed_settings, now=later)
    assert sorted(result.purged) == sorted([sent, rejected])
    for sid in (sent, rejected):
        sub = store.get(sid)
        assert sub.status == "purged" and not sub.text and not sub.text_display
        assert sub.phone is None and sub.contact_name is None
    wal = keyed_settings.db_path.with_name("kiosk.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    raw = _on_disk(keyed_settings)
    for secret in (PHONE, NAME, "question-marker-7d3f"):
        assert secret.encode() not in raw, secret


def test_never_moderated_questions_lose_phone_and_name_but_keep_their_text(keyed_settings):
    sid = make_approved(keyed_settings, 1, approve=False)[0]
    store = open_store(keyed_settings)
    _personal(store, sid)
    days = keyed_settings.retention.unmoderated_contact_days
    soon = datetime.now(timezone.utc) + timedelta(days=days - 1)
    assert apply_retention(store, keyed_settings, now=soon).contacts_cleared == []
    assert store.get(sid).phone == PHONE
    later = datetime.now(timezone.utc) + timedelta(days=days, minutes=1)
    result = apply_retention(store, keyed_settings, now=later)
    assert result.contacts_cleared == [sid] and result.purged == []
    sub = store.get(sid)
    assert sub.status == "submitted" and sub.text == TEXT and sub.phone is None and sub.contact_name is None
    assert store.db.execute("SELECT COUNT(*) FROM audit WHERE submission_id = ? AND action = 'contact_purged'",
                            [sid]).fetchone()[0] == 1
    assert PHONE.encode() not in _on_disk(keyed_settings)
    assert apply_retention(store, keyed_settings, now=later).contacts_cleared == []  # once
