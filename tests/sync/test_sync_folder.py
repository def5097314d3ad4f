"""Folder destination (shared folder / USB stick): verified copies; pulled stick and full disk fail."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk.store import open_store
from kiosk.sync import outbox
from kiosk.sync.destinations import FolderDestination, TransientDeliveryError
from kiosk.sync.keys import load_signing_key
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved, make_settings, sent_events

pytestmark = pytest.mark.timeout(60)


def _envelope(settings, sid):
    return outbox.ensure_envelope(open_store(settings), settings, sid, load_signing_key(settings))


def test_sync_to_configured_folder(keyed_settings, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    keyed_settings.delivery.path = str(stick)
    ids = make_approved(keyed_settings, 3)
    assert sync_once(keyed_settings).as_json() == {"sent": 3, "failed": 0, "pending": 0, "errors": [],
                                                   "held": 0, "warnings": []}
    files = sorted(p.name for p in stick.rglob("*") if p.is_file() and not p.name.startswith("_status.json"))
    assert files == sorted(f"{i}.zip.age" for i in ids)
    assert sent_events(keyed_settings) == {i: 1 for i in ids}


def test_missing_stick_is_an_error_not_a_delivery(keyed_settings, tmp_path):
    keyed_settings.delivery.path = str(tmp_path / "not-inserted")
    ids = make_approved(keyed_settings, 1)
    result = sync_once(keyed_settings)
    assert result.sent == 0 and result.pending == 1 and "not there" in result.errors[0]["error"]
    assert open_store(keyed_settings).get(ids[0]).status == "approved"


def test_directory_removed_mid_transfer(keyed_settings, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    sid = make_approved(keyed_settings, seconds=40)[0]  # > 1 MiB: several chunks
    env = _envelope(keyed_settings, sid)
    dest = FolderDestination(stick)
    with pytest.raises(TransientDeliveryError) as exc:
        dest.deliver(env.object_key, env.path, env.sha256, env.size,
                     progress=lambda n: shutil.rmtree(stick, ignore_errors=True))
    assert "disappeared" in str(exc.value) or "not there" in str(exc.value)
    assert not stick.exists()
    stick.mkdir()  # stick put back: the next pass delivers, exactly once
    keyed_settings.delivery.path = str(stick)
    assert sync_once(keyed_settings).sent == 1
    assert sent_events(keyed_settings) == {sid: 1}
    delivered = [p.name for p in stick.rglob("*") if p.is_file() and not p.name.startswith("_status.json")]
    assert delivered == [env.path.name]


@pytest.fixture
def tiny_tmpfs(tmp_path):
    mnt = tmp_path / "full"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 1 MB tmpfs to fill up (needs root/CAP_SYS_ADMIN): {done.stderr.decode()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_destination(data_dir, tiny_tmpfs):
    settings = make_settings(data_dir, delivery={"path": str(tiny_tmpfs)})
    from kiosk.sync.keys import init_key
    init_key(settings)
    small = make_approved(settings, 1, seconds=1, scopes=("record",))  # no recipient: no personal data
    big = make_approved(settings, 1, seconds=60, scopes=("record",))  # ~1.9 MB envelope: cannot fit in 1 MB
    result = sync_once(settings)
    assert result.sent == 1 and result.failed == 1 and result.pending == 1
    assert "full" in result.errors[0]["error"]
    store = open_store(settings)
    assert store.get(small[0]).status == "sent" and store.get(big[0]).status == "approved"
    assert not list(tiny_tmpfs.rglob("*.part"))  # no half file left to be mistaken for a delivery
    assert store.db.execute("SELECT COUNT(*) FROM deliveries WHERE submission_id = ?", big).fetchone()[0] == 0
    row = store.db.execute("SELECT attempts, next_attempt_at FROM outbox_state WHERE submission_id = ?",
                           big).fetchone()
    assert row[0] == 1 and row[1] is not None  # backed off, not retried in a tight loop


def test_backoff_is_capped_and_jittered():
    values = [outbox.backoff_seconds(a, 30, 3600, r) for a in range(20) for r in (0.0, 0.999)]
    assert max(values) <= 3600 and min(values) >= 15
    assert outbox.backoff_seconds(1, 30, 3600, 0.0) < outbox.backoff_seconds(1, 30, 3600, 0.999)
