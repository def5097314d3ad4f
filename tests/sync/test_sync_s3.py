"""S3 delivery against moto's real server: verified receipts, multipart, faults, permanent errors."""
from __future__ import annotations

import hashlib

import pytest

from kiosk.store import open_store
from kiosk.sync.envelope import verify_envelope
from kiosk.sync.keys import public_key
from kiosk.sync.worker import sync_once
from tests.sync.faultproxy import FaultProxy
from tests.sync.helpers import first_worker_pass, make_approved, make_settings, s3_client, sent_events


def s3_settings(data_dir, endpoint, bucket, office_identity, **delivery):
    from kiosk.sync.keys import init_key
    settings = make_settings(data_dir, delivery={
        "kind": "s3", "endpoint_url": endpoint, "bucket": bucket, "prefix": "tribune",
        "office_recipients": [str(office_identity.to_public())], "multipart_threshold_mb": 5,
        "timeout_s": 1, **delivery})
    init_key(settings)
    return settings


def assert_delivered_once(settings, client, bucket, ids, office_identity):
    store = open_store(settings)
    assert {store.get(i).status for i in ids} == {"sent"}
    assert sent_events(settings) == {i: 1 for i in ids}
    receipts = store.db.execute("SELECT submission_id, object_key, sha256 FROM deliveries").fetchall()
    assert sorted(r[0] for r in receipts) == sorted(ids)
    listed = [o for o in client.list_objects_v2(Bucket=bucket).get("Contents", [])
              if "/_status.json" not in o["Key"]]  # heartbeats sit beside the envelopes
    assert sorted(o["Key"] for o in listed) == sorted(r[1] for r in receipts)
    trusted = {settings.kiosk_id: public_key(settings)}
    for sid, key, sha in receipts:
        body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
        assert hashlib.sha256(body).hexdigest() == sha
        assert verify_envelope(body, identities=[office_identity], trusted_keys=trusted).submission["id"] == sid
    assert client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []


@pytest.mark.timeout(120)
def test_delivers_to_bucket_with_key_layout(data_dir, moto_server, bucket, office_identity):
    settings = s3_settings(data_dir, moto_server, bucket, office_identity)
    ids = make_approved(settings, 3) + make_approved(settings, 1, voice=False)
    ids += make_approved(settings, 1, seconds=200)  # ~6.4 MB: multipart above the 5 MB threshold
    held_back = make_approved(settings, 1, approve=False)  # submitted, not approved: stays home
    result = sync_once(settings)
    assert result.as_json() == {"sent": 5, "failed": 0, "pending": 0, "errors": [], "held": 0, "warnings": []}
    client = s3_client(moto_server)
    assert_delivered_once(settings, client, bucket, ids, office_identity)
    sub = open_store(settings).get(ids[0])
    y, m, d = sub.created_at[:4], sub.created_at[5:7], sub.created_at[8:10]
    head = client.head_object(Bucket=bucket, Key=f"tribune/{settings.kiosk_id}/{y}/{m}/{d}/{ids[0]}.zip.age")
    assert head["Metadata"]["sha256"] == open_store(settings).db.execute(
        "SELECT sha256 FROM envelopes WHERE submission_id = ?", [ids[0]]).fetchone()[0]
    assert open_store(settings).get(held_back[0]).status == "submitted"
    again = sync_once(settings)  # nothing left: nothing sent twice
    assert again.sent == 0 and sent_events(settings) == {i: 1 for i in ids}


@pytest.mark.timeout(60)
def test_moderation_off_sends_submitted(data_dir, moto_server, bucket, office_identity):
    settings = s3_settings(data_dir, moto_server, bucket, office_identity)
    settings.moderation = "off"
    ids = make_approved(settings, 2, approve=False)
    assert sync_once(settings).sent == 2
    doc = verify_envelope(s3_client(moto_server).get_object(
        Bucket=bucket, Key=open_store(settings).db.execute("SELECT object_key FROM deliveries LIMIT 1")
        .fetchone()[0])["Body"].read(), identities=[office_identity]).submission
    assert doc["moderation"]["outcome"] == "not_moderated" and doc["id"] in ids


@pytest.mark.timeout(280)
def test_half_of_requests_fail_every_item_delivered_once(data_dir, moto_server, bucket, office_identity):
    with FaultProxy(moto_server, fault_rate=0.5, seed=7) as proxy:
        settings = s3_settings(data_dir, proxy.url, bucket, office_identity, parallelism=4)
        ids = make_approved(settings, 10) + make_approved(settings, 1, seconds=200)
        for _ in range(40):
            result = sync_once(settings)
            if result.pending == 0:
                break
        assert result.pending == 0, result.errors
    assert sum(proxy.injected.values()) >= 10 and len(proxy.injected) >= 4, proxy.injected
    # A retried CreateMultipartUpload can leave a second, unknown upload: the next pass sweeps it.
    direct = make_settings(data_dir, delivery={**settings.delivery.__dict__, "endpoint_url": moto_server})
    assert sync_once(direct).errors == []
    assert_delivered_once(settings, s3_client(moto_server), bucket, ids, office_identity)


@pytest.mark.timeout(60)
def test_missing_bucket_is_permanent_and_does_not_spin(data_dir, moto_server, office_identity):
    settings = s3_settings(data_dir, moto_server, "no-such-bucket-here", office_identity, interval_s=1)
    ids = make_approved(settings, 2)
    result = sync_once(settings)
    assert result.sent == 0 and result.pending == 2 and result.permanent
    assert "bucket does not exist" in result.errors[0]["error"]
    statuses = []
    status, _worker = first_worker_pass(settings, statuses.append)
    assert status.error_is_permanent and not status.healthy
    assert "bucket does not exist" in status.last_error and status.pending == 2
    assert status.next_pass_in_s >= 600  # waits for a person instead of retrying every second
    assert {open_store(settings).get(i).status for i in ids} == {"approved"}
    attempts = open_store(settings).db.execute("SELECT COUNT(*) FROM outbox_state").fetchone()[0]
    assert attempts == 0  # a destination-wide problem does not push items into backoff


@pytest.mark.timeout(120)
def test_a_batch_is_read_back_and_a_changed_object_is_not_a_delivery(data_dir, moto_server, bucket,
                                                                      office_identity, monkeypatch):
    """Uploads are read back by one listing per folder (not a HEAD each); an object the server
    stores differently from what was sent (here: replaced right after the upload) never counts."""
    from kiosk.sync.s3 import S3Destination
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=3)
    ids = make_approved(settings, 6)
    client = s3_client(moto_server)
    real_upload, calls = S3Destination.upload, {"head": 0, "list": 0}
    spoiled = {}

    def upload_then_spoil(self, key, path, sha256, size, progress=None, *, retry=True):
        sent = real_upload(self, key, path, sha256, size, progress, retry=retry)
        if not spoiled:  # the first one: same size, other bytes
            spoiled[key] = True
            client.put_object(Bucket=bucket, Key=key, Body=b"x" * size, Metadata={"sha256": sha256})
        return sent

    monkeypatch.setattr(S3Destination, "upload", upload_then_spoil)
    first = S3Destination.from_settings

    def counted(settings_, prefix):  # counts the requests the real client sends (botocore events)
        dest = first(settings_, prefix)
        for name, op in (("head", "HeadObject"), ("list", "ListObjectsV2")):
            # the heartbeat's own two objects are read back by HEAD; count the envelopes' requests
            dest.client.meta.events.register(
                f"before-call.s3.{op}",
                lambda n=name, params=None, **_: None if "_status.json" in str(params) else
                calls.__setitem__(n, calls[n] + 1))
        return dest

    monkeypatch.setattr(S3Destination, "from_settings", staticmethod(counted))
    result = sync_once(settings)
    assert result.sent == 5 and result.failed == 1
    assert "did not verify after upload" in result.errors[0]["error"]
    assert calls == {"head": 0, "list": 1}  # one listing read back all six fresh uploads
    bad = next(iter(spoiled))
    assert open_store(settings).db.execute("SELECT COUNT(*) FROM deliveries WHERE object_key = ?",
                                           [bad]).fetchone()[0] == 0
    monkeypatch.setattr(S3Destination, "upload", real_upload)
    again = sync_once(settings)  # the retry looks first (HEAD), finds the wrong bytes, sends again
    assert again.sent == 1 and again.errors == []
    assert_delivered_once(settings, client, bucket, ids, office_identity)


@pytest.mark.timeout(120)
def test_one_item_rejected_mid_batch_leaves_the_other_receipts(data_dir, moto_server, bucket, office_identity,
                                                               monkeypatch):
    """The receipts of a batch commit together; an item staff rejected while it was on its way is not
    marked sent and takes no receipt, and the others still are."""
    from kiosk.sync.s3 import S3Destination
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=2)
    ids = make_approved(settings, 4)
    real_upload = S3Destination.upload

    def upload_while_staff_rejects(self, key, path, sha256, size, progress=None, *, retry=True):
        if key.endswith(ids[0] + ".zip.age"):
            staff = open_store(settings)
            staff.transition(ids[0], "submitted", actor="staff", undo=True)
            staff.transition(ids[0], "rejected", actor="staff")
        return real_upload(self, key, path, sha256, size, progress, retry=retry)

    monkeypatch.setattr(S3Destination, "upload", upload_while_staff_rejects)
    result = sync_once(settings)
    assert result.sent == 3 and "not marked sent" in result.errors[0]["error"]
    store = open_store(settings)
    assert [store.get(i).status for i in ids] == ["rejected", "sent", "sent", "sent"]
    receipts = {r[0] for r in store.db.execute("SELECT submission_id FROM deliveries").fetchall()}
    assert receipts == set(ids[1:])


@pytest.mark.timeout(120)
def test_worker_keeps_its_connections_on_s3(data_dir, moto_server, bucket, office_identity, monkeypatch):
    """The batched S3 path borrows kept connections: idle passes open none, busy passes never more
    than its own, the delivery threads, the envelope builders and the two that drive the batches."""
    from kiosk.sync.sending import BUILDERS
    import sqlite3
    from kiosk.sync.worker import OutboxWorker
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=3)
    opened = []
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: opened.append(1) or real(*a, **k))
    worker = OutboxWorker(settings)
    try:
        for _ in range(3):
            make_approved(settings, 4)
            assert worker.run_once().sent == 4
            mark = len(opened)
            assert worker.run_once().as_json()["errors"] == []  # idle
            assert len(opened) == mark
        assert len(worker._resources.stores) <= 1 + 3 + BUILDERS + 2
    finally:
        worker.stop()
