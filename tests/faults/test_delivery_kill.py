"""`kiosk sync` against moto S3 behind a loopback fault proxy (about half the requests dropped,
reset, truncated, answered 503/500 or delayed), killed with SIGKILL at random and rerun until every
approved item is delivered: exactly one object per item, each decrypting with the real `age` CLI and
with pyrage and verifying. Then `kiosk office import` from that bucket, through the same kind of
proxy, killed at random and rerun until done: exactly one library item per envelope."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.office import keys as office_keys
from kiosk.office.library import Library, open_library
from kiosk.store import open_store
from kiosk.sync.envelope import EnvelopeError, verify_envelope
from kiosk.sync.keys import init_key, public_key
from tests.faults.campaign import (KIOSK, Knobs, Tally, audit_verify_cli, child_env, database_verdict,
                                   run_killed, tally)
from tests.s3server import FAKE_AWS
from tests.sync.faultproxy import ALL_MODES, FaultProxy
from tests.sync.helpers import make_approved, make_settings, s3_client, sent_events

PREFIX = "tribune"
DEFAULT_KILLS = 6
ITEMS_PER_BATCH = 3  # approved between the runs, as staff keep moderating while the link is bad
MAX_CLEAN_RUNS = 40  # unkilled runs after the kills, until everything is through


@dataclass
class Delivered:
    settings: object
    office: Library
    bucket: str
    ids: list[str]
    proxy_faults: Counter


def _report(run) -> dict:
    try:
        return json.loads(run.stdout)
    except ValueError:
        return {}


def _idle(run) -> bool:
    """A run that had nothing to do: a kill can no longer land in the middle of any work."""
    report = _report(run)
    if "sent" in report:  # kiosk sync --once --json
        return report["sent"] == 0 and report.get("failed") == 0
    if "imported" in report:  # kiosk office import --json
        return report["imported"] == [] and not report.get("failed")
    return False


def _kill_until_done(cmd: list[str], env: dict, knobs: Knobs, rng, figures: Tally, workdir: Path,
                     done, proxy: FaultProxy, before_run=lambda: None, kill_window=(0.8, 5.0)) -> list[str]:
    """Kill `cmd` at random `knobs.count(DEFAULT_KILLS)` times, then run it to the end until
    done(run) says so. Returns the outputs of the runs that finished."""
    kills, finished = 0, []
    for attempt in range(knobs.count(DEFAULT_KILLS) * 4 + MAX_CLEAN_RUNS):
        before_run()
        killing, requests_before = kills < knobs.count(DEFAULT_KILLS), proxy.requests
        (run,) = run_killed([cmd], env, rng.uniform(*kill_window) if killing else 600.0,
                            workdir / f"run{attempt}")
        if run.killed:
            kills += 1
            figures.trials += 1
            mid = figures.notes.get("killed mid-transfer", 0)  # not in the child's start-up
            figures.notes["killed mid-transfer"] = mid + int(proxy.requests > requests_before)
            continue
        assert run.returncode in (0, 1), f"exit {run.returncode}: {run.stderr[-3000:]}"
        assert "Traceback" not in run.stderr, run.stderr[-3000:]
        finished.append(run.stdout)
        if done(run) and (not killing or _idle(run)):
            if killing:  # everything was delivered before the last kills could land: nothing left to cut
                figures.notes["kills not landed (nothing left)"] = knobs.count(DEFAULT_KILLS) - kills
            return finished
    raise AssertionError(f"not done after {kills} kills and {len(finished)} complete runs: {finished[-1:]}")


@pytest.fixture(scope="module")
def delivered(tmp_path_factory, moto_server, knobs) -> Delivered:
    """The sync campaign; its checks are in test_sync_killed_at_random_delivers_each_item_once."""
    root = tmp_path_factory.mktemp("delivery")
    rng, figures = knobs.rng("sync_kill"), tally("sync_kill")
    office = open_library(root / "office")
    office_keys.generate(office.keys_dir)
    recipient = office_keys.load_public(office.keys_dir).recipient
    bucket = f"faults-{knobs.seed}"
    s3_client(moto_server).create_bucket(Bucket=bucket)
    settings = make_settings(root / "kiosk", delivery={"office_recipients": [recipient]})
    office.trust(init_key(settings), settings.kiosk_id)
    ids: list[str] = []
    if knobs.count(DEFAULT_KILLS) > DEFAULT_KILLS:  # a long campaign also kills between multipart parts
        ids += make_approved(settings, 1, seconds=200)  # ~6.4 MB, above the 5 MB threshold

    def approve_more():
        if len(ids) < ITEMS_PER_BATCH * knobs.count(DEFAULT_KILLS):
            ids.extend(make_approved(settings, ITEMS_PER_BATCH - 1) + make_approved(settings, 1, voice=False))

    def all_sent(run) -> bool:
        return len(ids) >= ITEMS_PER_BATCH * knobs.count(DEFAULT_KILLS) and \
            run.returncode == 0 and _report(run).get("pending") == 0

    with FaultProxy(moto_server, fault_rate=0.5, seed=knobs.seed, modes=ALL_MODES) as proxy:
        env = child_env(**FAKE_AWS, KIOSK_DELIVERY_KIND="s3", KIOSK_DELIVERY_BUCKET=bucket,
                        KIOSK_DELIVERY_PREFIX=PREFIX, KIOSK_DELIVERY_ENDPOINT_URL=proxy.url,
                        KIOSK_DELIVERY_OFFICE_RECIPIENTS=recipient, KIOSK_DELIVERY_TIMEOUT_S="1",
                        KIOSK_DELIVERY_PARALLELISM="2", KIOSK_DELIVERY_MULTIPART_THRESHOLD_MB="5")
        sync = [*KIOSK, "--data-dir", str(settings.data_dir), "sync", "--once", "--json"]
        _kill_until_done(sync, env, knobs, rng, figures, root / "sync-runs", all_sent, proxy, approve_more)
    # A CreateMultipartUpload answered with a fault can leave an upload the kiosk never heard of;
    # its next pass aborts those. One pass on a good link, as the kiosk's worker would make.
    (last,) = run_killed([sync], env | {"KIOSK_DELIVERY_ENDPOINT_URL": moto_server}, 600.0, root / "sync-last")
    assert last.returncode == 0 and _report(last).get("sent") == 0, last.stdout + last.stderr
    return Delivered(settings, office, bucket, ids, proxy.injected)


def _age_decrypt(identity_file: Path, blob: bytes) -> bytes | None:
    done = subprocess.run(["age", "--decrypt", "-i", str(identity_file)], input=blob, capture_output=True,
                          timeout=60)
    return done.stdout if done.returncode == 0 else None


def _object_problem(client, bucket: str, key: str, identity_file: Path, trusted: dict,
                    receipts: dict[str, str]) -> str | None:
    """What is wrong with one delivered object, or None: it must decrypt with the real `age` CLI and
    with pyrage, verify under the kiosk's trusted key, be the submission its name says and match
    the receipt the kiosk kept."""
    body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    sid = Path(key).name.removesuffix(".zip.age")
    plain = _age_decrypt(identity_file, body)
    if plain is None:
        return f"{key}: age --decrypt fails"
    try:
        by_cli = verify_envelope(plain, trusted_keys=trusted)
        by_pyrage = verify_envelope(body, identities=[office_keys.load_identity(identity_file.parent)], trusted_keys=trusted)
    except EnvelopeError as exc:
        return f"{key}: {exc.reason_code}: {exc.message}"
    if not (by_cli.trusted and by_cli.submission["id"] == by_pyrage.submission["id"] == sid):
        return f"{key}: not submission {sid} signed by the trusted kiosk key"
    if receipts.get(key) != hashlib.sha256(body).hexdigest():
        return f"{key}: the kiosk's receipt does not match the object"
    return None


@pytest.mark.timeout(900)
def test_sync_killed_at_random_delivers_each_item_once(delivered, moto_server):
    figures, settings = tally("sync_kill"), delivered.settings
    client = s3_client(moto_server)
    keys = [o["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=delivered.bucket)
            for o in page.get("Contents", []) if "/_status.json" not in o["Key"]]  # envelopes, not heartbeats
    per_id = Counter(Path(k).name.removesuffix(".zip.age") for k in keys)
    figures.lost = sum(1 for i in delivered.ids if per_id[i] == 0)
    figures.duplicated = sum(n - 1 for n in per_id.values() if n > 1) + sum(
        1 for i in per_id if i not in delivered.ids)
    store = open_store(settings)
    receipts = dict(store.db.execute("SELECT object_key, sha256 FROM deliveries").fetchall())
    statuses = Counter(store.get(i).status for i in delivered.ids)
    identity_file = delivered.office.keys_dir / "office.age"
    trusted = {settings.kiosk_id: public_key(settings)}
    corrupt = [p for p in (_object_problem(client, delivered.bucket, key, identity_file, trusted, receipts)
                           for key in keys) if p]
    problems = database_verdict(settings.db_path) + audit_verify_cli(settings.data_dir)
    figures.corrupt = len(corrupt) + len(problems)
    figures.notes["items"] = len(delivered.ids)
    figures.notes["proxy faults"] = sum(delivered.proxy_faults.values())
    assert len(delivered.proxy_faults) >= 6, delivered.proxy_faults  # the proxy really misbehaved
    assert not problems and not corrupt, problems + corrupt
    assert statuses == {"sent": len(delivered.ids)}, statuses
    assert sent_events(settings) == {i: 1 for i in delivered.ids}
    assert client.list_multipart_uploads(Bucket=delivered.bucket).get("Uploads", []) == []
    assert (figures.lost, figures.duplicated, figures.corrupt) == (0, 0, 0), per_id


@pytest.mark.timeout(900)
def test_office_import_killed_at_random_imports_each_envelope_once(delivered, moto_server, knobs, tmp_path):
    rng, figures, office = knobs.rng("import_kill"), tally("import_kill"), delivered.office
    client = s3_client(moto_server)
    keys = [o["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=delivered.bucket)
            for o in page.get("Contents", []) if "/_status.json" not in o["Key"]]  # envelopes, not heartbeats

    def all_imported(run) -> bool:
        report = _report(run)
        return run.returncode == 0 and report.get("new") == 0 and not report.get("failed")

    with FaultProxy(moto_server, fault_rate=0.5, seed=knobs.seed + 1, modes=ALL_MODES) as proxy:
        cmd = [*KIOSK, "office", "--office-dir", str(office.root), "import", f"s3://{delivered.bucket}/{PREFIX}",
               "--endpoint-url", proxy.url, "--json"]
        _kill_until_done(cmd, child_env(**FAKE_AWS), knobs, rng, figures, tmp_path, all_imported, proxy,
                         kill_window=(0.8, 4.0))
    lib = open_library(office.root)
    items = {r[0]: r for r in lib.db.execute("SELECT id, envelope_name, audio_file, audio_sha256 FROM items")}
    envelopes = Counter(r[0] for r in lib.db.execute("SELECT item_id FROM envelopes WHERE outcome = 'imported'"))
    quarantined = lib.db.execute("SELECT name, reason FROM envelopes WHERE outcome = 'quarantined'").fetchall()
    by_key = {Path(k).name.removesuffix(".zip.age"): k for k in keys}
    figures.lost = sum(1 for sid in by_key if sid not in items)
    figures.duplicated = sum(n - 1 for n in envelopes.values() if n > 1) + sum(1 for i in items if i not in by_key)
    bad_media = [i for i, (_, _, audio, sha) in items.items()
                 if audio and hashlib.sha256((lib.root / audio).read_bytes()).hexdigest() != sha]
    problems = database_verdict(lib.root / "office.db")
    figures.corrupt = len(bad_media) + len(problems) + len(quarantined)
    figures.notes["envelopes"] = len(keys)
    figures.notes["proxy faults"] = sum(proxy.injected.values())
    assert not problems, problems
    assert not quarantined, quarantined
    assert {i: r[1] for i, r in items.items()} == by_key  # one item per envelope, from that envelope
    assert (figures.lost, figures.duplicated, figures.corrupt) == (0, 0, 0), bad_media


@pytest.mark.timeout(600)
def test_two_importers_at_once_both_succeed(delivered, moto_server, tmp_path):
    """The console and a scheduled job importing the same bucket at the same moment, on fresh
    offices until one pair collides (today the first or second does) or six pairs went well."""
    source = f"s3://{delivered.bucket}/{PREFIX}"
    for attempt in range(6):
        office = open_library(tmp_path / f"office{attempt}")
        shutil.copytree(delivered.office.keys_dir, office.keys_dir, dirs_exist_ok=True)
        office.trust(public_key(delivered.settings), delivered.settings.kiosk_id)
        cmd = [*KIOSK, "office", "--office-dir", str(office.root), "import", source, "--endpoint-url",
               moto_server, "--json"]
        runs = run_killed([cmd, cmd], child_env(**FAKE_AWS), 300.0, tmp_path / f"pair{attempt}")
        assert [r.returncode for r in runs] == [0, 0], [r.stderr[-500:] for r in runs]
        assert office.count() == len(delivered.ids)
