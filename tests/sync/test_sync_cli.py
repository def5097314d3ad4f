"""`kiosk keys`, `kiosk sync`, `kiosk export` as real processes; SIGKILL mid-upload then restart."""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store import open_store
from tests.sync.faultproxy import FaultProxy
from tests.sync.helpers import first_worker_pass, make_approved, make_settings, s3_client, sent_events

KIOSK = [sys.executable, "-m", "kiosk.cli"]
REPO = Path(__file__).resolve().parents[2]


def run(data_dir, *args, env=None, timeout=120):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")} | (env or {})
    return subprocess.run([*KIOSK, "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          env=full_env, cwd=REPO, timeout=timeout)


@pytest.mark.timeout(60)
def test_keys_init_show_and_refuse_overwrite(data_dir):
    first = run(data_dir, "keys", "init")
    assert first.returncode == 0, first.stderr
    pub = first.stdout.strip()
    key_file = data_dir / "kiosk_signing_key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    shown = json.loads(run(data_dir, "keys", "show", "--json").stdout)
    assert shown["public_key"] == pub and len(shown["fingerprint"]) == 16
    from kiosk.sync.keys import public_key_fingerprint
    assert public_key_fingerprint(make_settings(data_dir)) == shown["fingerprint"]
    again = run(data_dir, "keys", "init")
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    assert run(data_dir, "keys", "show").stdout.strip() == pub
    forced = run(data_dir, "keys", "init", "--force")
    assert forced.returncode == 0 and forced.stdout.strip() != pub


@pytest.mark.timeout(60)
def test_sync_once_json_and_export(keyed_settings, data_dir, tmp_path):
    ids = make_approved(keyed_settings, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {"KIOSK_DELIVERY_OFFICE_RECIPIENTS": ",".join(keyed_settings.delivery.office_recipients)}
    exported = run(data_dir, "export", "--to", str(stick), "--json", env=env)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["exported"] == 2
    done = run(data_dir, "sync", "--once", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"sent": 2, "failed": 0, "pending": 0, "errors": [], "held": 0,
                                       "warnings": []}
    assert sent_events(keyed_settings) == {i: 1 for i in ids}
    assert run(data_dir, "export", "--to", str(tmp_path / "absent")).returncode == 1


@pytest.mark.timeout(60)
def test_sync_without_key_says_what_to_do(data_dir):
    make_approved(make_settings(data_dir), 1)
    done = run(data_dir, "sync", "--once", "--json")
    out = json.loads(done.stdout)
    assert done.returncode == 1 and out["pending"] == 1 and out["sent"] == 0
    assert "kiosk keys init" in out["errors"][0]["error"] and out["errors"][0]["permanent"]


@pytest.mark.timeout(180)
def test_sigkill_mid_upload_then_restart_exactly_once(data_dir, moto_server, bucket, office_identity):
    settings = make_settings(data_dir)
    assert run(data_dir, "keys", "init").returncode == 0
    small = make_approved(settings, 2)
    big = make_approved(settings, 1, seconds=200)  # multipart: killed between parts
    env = {"KIOSK_DELIVERY_KIND": "s3", "KIOSK_DELIVERY_BUCKET": bucket, "KIOSK_DELIVERY_PARALLELISM": "1",
           "KIOSK_DELIVERY_MULTIPART_THRESHOLD_MB": "5", "KIOSK_DELIVERY_TIMEOUT_S": "5",
           "KIOSK_DELIVERY_OFFICE_RECIPIENTS": str(office_identity.to_public()),
           "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
    with FaultProxy(moto_server) as proxy:
        proxy.hold_if = lambda method, path: method == "PUT" and "partNumber=2" in path
        proc = subprocess.Popen([*KIOSK, "--data-dir", str(data_dir), "sync"], cwd=REPO,
                                env=os.environ | env | {"KIOSK_DELIVERY_ENDPOINT_URL": proxy.url},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert proxy.held.wait(90), "the upload never reached its second part"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
    client = s3_client(moto_server)
    assert len(client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])) == 1  # the orphan
    store = open_store(settings)
    assert store.get(big[0]).status == "approved"
    restarted = run(data_dir, "sync", "--once", "--json", env=env | {"KIOSK_DELIVERY_ENDPOINT_URL": moto_server})
    assert restarted.returncode == 0, restarted.stdout + restarted.stderr
    assert json.loads(restarted.stdout)["pending"] == 0
    assert client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    assert sent_events(settings) == {i: 1 for i in small + big}
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"]
            if "/_status.json" not in o["Key"]]  # the heartbeat (kiosk.sync.heartbeat) sits beside
    assert sorted(k.rsplit("/", 1)[1] for k in keys) == sorted(f"{i}.zip.age" for i in small + big)


@pytest.mark.timeout(60)
def test_background_worker_delivers_and_reports(keyed_settings):
    ids = make_approved(keyed_settings, 2)
    seen = []
    status, worker = first_worker_pass(keyed_settings, seen.append)
    assert status.healthy and status.pending == 0 and status.last_success_at and status.last_delivery_at
    assert status.destination.startswith("folder:") and status.last_error is None
    assert not worker.status().running and any(s.busy for s in seen)
    assert {open_store(keyed_settings).get(i).status for i in ids} == {"sent"}
