"""A full disk is said in words (what happened, what to do) and leaves no half-written file."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.store import open_store
from tests.diskfull import fill, tiny_disk
from tests.sync.helpers import make_approved, make_settings
from kiosk.sync.keys import init_key

pytestmark = pytest.mark.timeout(120)


def kiosk(data_dir, *args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env)


@pytest.fixture
def full_kiosk(tmp_path, office_identity):
    with tiny_disk(tmp_path / "disk") as disk:
        settings = make_settings(disk / "data", delivery={"office_recipients": [str(office_identity.to_public())]})
        init_key(settings)
        ids = make_approved(settings, 3, seconds=5.0)
        store = open_store(settings)  # the running kiosk: keeps the WAL and its index in place
        d = store.create_draft("text", "fa", settings.consent_version, ["record"])
        store.update_draft(d.id, text="پرسش")
        store.submit(d.id)
        yield settings, disk, ids, d.id


def test_sync_on_a_full_disk_says_so_once_and_leaves_no_part_file(full_kiosk):
    import os
    settings, disk, ids, _ = full_kiosk
    fill(disk, leave_kb=80)  # the database still writes; an envelope does not fit
    env = {**os.environ, "KIOSK_DELIVERY_OFFICE_RECIPIENTS": ",".join(settings.delivery.office_recipients)}
    run = kiosk(settings.data_dir, "sync", "--once", env=env)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr, run.stderr
    assert "The disk is full" in run.stderr and "Free space" in run.stderr
    assert list(settings.data_dir.rglob("*.part")) == []


def test_queue_approve_on_a_full_disk_says_so(full_kiosk):
    settings, disk, _, text_id = full_kiosk
    fill(disk)
    run = kiosk(settings.data_dir, "queue", "approve", text_id)
    assert run.returncode == 1
    assert "unexpected error" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert "The disk is full" in run.stderr
    assert open_store(settings).get(text_id).status == "submitted"
