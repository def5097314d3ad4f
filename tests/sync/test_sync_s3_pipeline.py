"""The S3 pass as a pipeline (kiosk.sync.sending.deliver_batches): the next batch uploads while the
one before is read back, and a batch whose read-back or commit never happened (an error or a kill
between upload and commit) is sent once by the next pass, never counted twice."""
from __future__ import annotations

import threading

import pytest

from kiosk.store import open_store
from kiosk.sync import sending
from kiosk.sync.destinations import TransientDeliveryError
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved, s3_client
from tests.sync.test_sync_s3 import assert_delivered_once, s3_settings


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of 4 from the first one on, so a dozen items make three."""
    monkeypatch.setattr(sending, "BATCH", 4)
    monkeypatch.setattr(sending, "FIRST_BATCH_PER_THREAD", 2)


@pytest.mark.timeout(120)
def test_the_next_batch_uploads_while_the_last_is_read_back(data_dir, moto_server, bucket, office_identity,
                                                            monkeypatch, small_batches):
    """The first batch's read-back waits until an upload of a later batch has started: in a pass
    that read back before uploading more, it would wait in vain."""
    from kiosk.sync.s3 import S3Destination
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=2)
    ids = make_approved(settings, 12)
    real_upload, real_verify = S3Destination.upload, S3Destination.verify_listed
    uploaded: list[str] = []
    changed = threading.Condition()
    overlapped = []

    def upload(self, key, *args, **kwargs):
        with changed:
            uploaded.append(key)
            changed.notify_all()
        return real_upload(self, key, *args, **kwargs)

    def verify_listed(self, items):
        if not overlapped:  # the first batch: is a later one on its way meanwhile?
            mine = {key for key, *_ in items}
            with changed:
                overlapped.append(changed.wait_for(lambda: any(k not in mine for k in uploaded), timeout=20))
        return real_verify(self, items)

    monkeypatch.setattr(S3Destination, "upload", upload)
    monkeypatch.setattr(S3Destination, "verify_listed", verify_listed)
    result = sync_once(settings)
    assert overlapped == [True]
    assert result.sent == 12 and result.errors == []
    assert_delivered_once(settings, s3_client(moto_server), bucket, ids, office_identity)


@pytest.mark.timeout(120)
def test_a_batch_uploaded_but_never_committed_is_sent_once_by_the_next_pass(data_dir, moto_server, bucket,
                                                                          office_identity, monkeypatch,
                                                                          small_batches):
    """The second batch's read-back fails after its uploads (as a kill there would leave it): its
    items and the later batch's are not counted; the next pass sends each of them once."""
    from kiosk.sync.s3 import S3Destination
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=2)
    ids = make_approved(settings, 12)
    real_verify, calls = S3Destination.verify_listed, []

    def verify_failing_second(self, items):
        calls.append(len(items))
        if len(calls) == 2:
            raise TransientDeliveryError("reading back: the server went away")
        return real_verify(self, items)

    monkeypatch.setattr(S3Destination, "verify_listed", verify_failing_second)
    first = sync_once(settings)
    assert any("the server went away" in e["error"] for e in first.errors)
    assert first.sent == 4  # only the first batch was read back and committed
    store = open_store(settings)
    assert store.db.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0] == 4
    monkeypatch.setattr(S3Destination, "verify_listed", real_verify)
    second = sync_once(settings)
    assert second.sent == 8 and second.errors == []
    assert_delivered_once(settings, s3_client(moto_server), bucket, ids, office_identity)


@pytest.mark.timeout(120)
def test_a_single_put_goes_without_waiting_for_continue(data_dir, moto_server, bucket, office_identity,
                                                        monkeypatch):
    """botocore would ask for "100 Continue" before each envelope's body and read the answer a byte
    per system call; a single PUT is sent at once (and still read back before it counts)."""
    from kiosk.sync.s3 import S3Destination
    settings = s3_settings(data_dir, moto_server, bucket, office_identity)
    ids = make_approved(settings, 2)
    sent_headers = []
    first = S3Destination.from_settings

    def watched(settings_, prefix):
        dest = first(settings_, prefix)
        dest.client.meta.events.register(
            "before-send.s3.PutObject",
            lambda request, **_: sent_headers.append(
                (request.url, {k.lower(): v for k, v in request.headers.items()})))
        return dest

    monkeypatch.setattr(S3Destination, "from_settings", staticmethod(watched))
    assert sync_once(settings).sent == 2
    envelopes = [h for url, h in sent_headers if url.endswith(".zip.age")]  # not the heartbeat
    assert len(envelopes) == 2 and all("expect" not in h for h in envelopes)
    assert all("content-md5" in h and "x-amz-checksum-sha256" in h for h in envelopes)
    assert_delivered_once(settings, s3_client(moto_server), bucket, ids, office_identity)


@pytest.mark.timeout(120)
def test_a_batch_of_new_envelopes_shares_one_directory_fsync_before_its_rows(data_dir, moto_server, bucket,
                                                                             office_identity, monkeypatch,
                                                                             small_batches):
    """Each envelope file is fsynced, but the folder once per batch, not once per file, and always
    before the batch's rows say the files are there."""
    from kiosk.fileio import fsync_dir
    settings = s3_settings(data_dir, moto_server, bucket, office_identity, parallelism=2)
    ids = make_approved(settings, 12)
    rows_at_sync = []

    def counted(path):
        store = open_store(settings)
        rows_at_sync.append(store.db.execute("SELECT COUNT(*) FROM envelopes").fetchone()[0])
        store.db.close()
        fsync_dir(path)

    monkeypatch.setattr(sending, "fsync_dir", counted)
    assert sync_once(settings).sent == 12
    assert rows_at_sync == [0, 4, 8]  # three batches of four: one fsync each, before their rows
    assert_delivered_once(settings, s3_client(moto_server), bucket, ids, office_identity)
