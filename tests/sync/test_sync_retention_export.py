"""Retention after the verified receipt (audited), and USB export with a signed index."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.store import open_store
from kiosk.sync.envelope import EnvelopeError, verify_envelope
from kiosk.sync.export import export_envelopes, verify_export_index
from kiosk.sync.keys import public_key
from kiosk.sync.outbox import envelopes_dir
from kiosk.sync.retention import apply_retention
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved

pytestmark = pytest.mark.timeout(60)


def test_media_kept_until_retention_after_receipt(keyed_settings):
    ids = make_approved(keyed_settings, 2)
    assert sync_once(keyed_settings).sent == 2
    store = open_store(keyed_settings)
    audio = [keyed_settings.media_dir / f"{i}.wav" for i in ids]
    assert all(p.exists() for p in audio)  # sent, but still within sent_media_days
    assert apply_retention(store, keyed_settings).purged == []
    later = datetime.now(timezone.utc) + timedelta(days=keyed_settings.retention.sent_media_days, minutes=1)
    result = apply_retention(store, keyed_settings, now=later)
    assert sorted(result.purged) == sorted(ids) and result.errors == []
    assert not any(p.exists() for p in audio)
    assert not list(envelopes_dir(keyed_settings).iterdir())  # the envelope carried audio and phone
    for sid in ids:
        sub = store.get(sid)
        assert sub.status == "purged" and sub.phone is None and sub.contact_name is None
        events = store.db.execute("SELECT actor, detail FROM audit WHERE submission_id = ? AND action ="
                                  " 'status_purged'", [sid]).fetchall()
        assert len(events) == 1 and events[0][0] == "retention"
        assert f"{sid}.wav" in json.loads(events[0][1])["reason"]


def test_unsent_media_is_never_purged(keyed_settings, tmp_path):
    keyed_settings.delivery.path = str(tmp_path / "absent-stick")
    ids = make_approved(keyed_settings, 1)
    sync_once(keyed_settings)
    far = datetime.now(timezone.utc) + timedelta(days=3650)
    assert apply_retention(open_store(keyed_settings), keyed_settings, now=far).purged == []
    assert (keyed_settings.media_dir / f"{ids[0]}.wav").exists()


def test_rejected_items_purged_after_their_period(keyed_settings):
    sid = make_approved(keyed_settings, 1, approve=False)[0]
    store = open_store(keyed_settings)
    store.transition(sid, "rejected", actor="staff", reason="off_topic")
    soon = datetime.now(timezone.utc) + timedelta(days=keyed_settings.retention.rejected_days - 1)
    assert apply_retention(store, keyed_settings, now=soon).purged == []
    later = datetime.now(timezone.utc) + timedelta(days=keyed_settings.retention.rejected_days, minutes=1)
    assert apply_retention(store, keyed_settings, now=later).purged == [sid]
    assert not (keyed_settings.media_dir / f"{sid}.wav").exists()
    assert store.get(sid).status == "purged"


def test_export_writes_verified_envelopes_and_signed_index(keyed_settings, office_identity, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    ids = make_approved(keyed_settings, 3)
    seen = []
    result = export_envelopes(keyed_settings, stick, lambda done, total, sid: seen.append((done, total)))
    assert result.exported == 3 and result.total == 3 and result.errors == []
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    index = verify_export_index(result.index_path, trusted_keys=[public_key(keyed_settings)])
    assert sorted(e["submission_id"] for e in index["envelopes"]) == sorted(ids)
    for entry in index["envelopes"]:
        path = stick.joinpath(*entry["key"].split("/"))
        assert verify_envelope(path, identities=[office_identity]).submission["id"] == entry["submission_id"]
    store = open_store(keyed_settings)
    assert {store.get(i).status for i in ids} == {"approved"}  # still pending for network delivery
    assert store.db.execute("SELECT COUNT(*) FROM deliveries WHERE kind = 'export'").fetchone()[0] == 3
    # A tampered copy on the stick is caught by the index check.
    first = stick.joinpath(*index["envelopes"][0]["key"].split("/"))
    first.write_bytes(first.read_bytes()[:-1] + b"\0")
    with pytest.raises(EnvelopeError) as exc:
        verify_export_index(result.index_path)
    assert exc.value.reason_code == "manifest_mismatch"


def test_export_mark_sent_and_missing_target(keyed_settings, tmp_path):
    from kiosk.sync.export import ExportError
    ids = make_approved(keyed_settings, 2)
    with pytest.raises(ExportError):
        export_envelopes(keyed_settings, tmp_path / "no-stick")
    (tmp_path / "stick").mkdir()
    assert export_envelopes(keyed_settings, tmp_path / "stick", mark_sent=True).exported == 2
    assert {open_store(keyed_settings).get(i).status for i in ids} == {"sent"}
