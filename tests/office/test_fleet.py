"""Fleet view: two real kiosks deliver to one moto S3 bucket with signed heartbeats; the office
imports them, sees one go silent, and refuses a forged heartbeat."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.cli import main
from kiosk.office import keys
from kiosk.office.fleet import fleet_view
from kiosk.office.importer import import_from
from kiosk.office.settings_publish import publish
from kiosk.settings_bundle import status as bundle_status
from kiosk.sync.keys import init_key
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved, make_settings, s3_client


def _kiosk(tmp_path, name, office, moto_server, bucket):
    recipient = keys.load_public(office.keys_dir).recipient
    data = tmp_path / name
    data.mkdir()
    settings = make_settings(data, delivery={"kind": "s3", "bucket": bucket, "endpoint_url": moto_server,
                                             "office_recipients": [recipient], "heartbeat_s": 60,
                                             "office_signing_key": keys.load_public(office.keys_dir).signing_public})
    office.trust(init_key(settings), settings.kiosk_id)
    return settings


def _row(rows, kiosk_id):
    return next(r for r in rows if r["kiosk_id"] == kiosk_id)


def test_two_kiosks_one_bucket_one_goes_silent(tmp_path, office, moto_server, bucket):
    a = _kiosk(tmp_path, "a", office, moto_server, bucket)
    b = _kiosk(tmp_path, "b", office, moto_server, bucket)
    make_approved(a, 2, voice=False)
    make_approved(b, 1, voice=False)
    programme = tmp_path / "week49.toml"  # the office publishes new topics and a show to the bucket
    programme.write_text('[ui]\ntopics = ["water", "traffic"]\n[topic_labels.water]\nfa = "آب"\nar = "الماء"\n'
                         'en = "Water"\n[[programme]]\ndate = "2026-12-03"\ntime = "20:00"\n'
                         'title = { fa = "شهروند و شهردار", ar = "المواطن والعمدة", en = "Citizen and Mayor" }\n',
                         encoding="utf-8")
    assert publish(office, programme, f"s3://{bucket}/citizen-tribune", endpoint_url=moto_server)["version"] == 1
    assert sync_once(a).sent == 2 and sync_once(b).sent == 1
    for kiosk in (a, b):  # both picked it up; after a restart they run with it
        assert bundle_status(kiosk)["active_version"] == 1
        assert make_settings(kiosk.data_dir).ui.topics == ["traffic", "cleanliness", "green_space",
                                                           "public_transport", "culture", "other"]  # no key here
    b = make_settings(b.data_dir, delivery=dict(kind="s3", bucket=bucket, endpoint_url=moto_server,
                                                office_recipients=b.delivery.office_recipients, heartbeat_s=60,
                                                office_signing_key=b.delivery.office_signing_key))
    assert b.ui.topics == ["water", "traffic"] and b.settings_bundle.programme[0]["time"] == "20:00"
    keys_in_bucket = {o["Key"] for o in s3_client(moto_server).list_objects_v2(Bucket=bucket)["Contents"]}
    assert f"citizen-tribune/{a.kiosk_id}/_status.json" in keys_in_bucket
    assert f"citizen-tribune/{b.kiosk_id}/_status.json.sig" in keys_in_bucket
    status = json.loads(s3_client(moto_server).get_object(
        Bucket=bucket, Key=f"citizen-tribune/{a.kiosk_id}/_status.json")["Body"].read())
    assert status["counts"]["sent"] == 2 and status["pending"] == 0 and status["heartbeat_s"] == 60
    assert "پرسش" not in json.dumps(status, ensure_ascii=False)  # counts only, no citizen data

    report = import_from(office, f"s3://{bucket}/citizen-tribune", endpoint_url=moto_server)
    assert len(report.imported) == 3
    assert [h["ok"] for h in report.heartbeats] == [True, True]
    seen = datetime.now(timezone.utc)
    rows = fleet_view(office, now=seen)
    assert {r["state"] for r in rows} == {"ok"}
    assert _row(rows, a.kiosk_id)["questions_per_day"][0][1] == 2
    assert _row(rows, a.kiosk_id)["version"] and _row(rows, a.kiosk_id)["pending"] == 0

    # b keeps beating; a is unplugged. Ten minutes later (a fake clock, no sleeping):
    later = seen + timedelta(minutes=10)
    make_approved(b, 1, voice=False)
    sync_once(b)
    import_from(office, f"s3://{bucket}/citizen-tribune", endpoint_url=moto_server)
    rows = fleet_view(office, now=later - timedelta(minutes=9, seconds=50))
    assert _row(rows, b.kiosk_id)["state"] == "ok" and _row(rows, b.kiosk_id)["settings_version"] == 1
    rows = fleet_view(office, now=later)
    silent = _row(rows, a.kiosk_id)
    assert silent["state"] == "silent" and silent["reasons"] == ["silent"]
    assert "3 × 60 s" in silent["reason_details"][0]


def test_forged_heartbeat_is_refused_and_reported(tmp_path, office, moto_server, bucket, capsys):
    a = _kiosk(tmp_path, "a", office, moto_server, bucket)
    sync_once(a)
    client = s3_client(moto_server)
    key = f"citizen-tribune/{a.kiosk_id}/_status.json"
    forged = json.loads(client.get_object(Bucket=bucket, Key=key)["Body"].read())
    forged["disk_free_mb"] = 999999
    body = json.dumps(forged).encode()
    stranger = Ed25519PrivateKey.generate()  # not the kiosk's key
    client.put_object(Bucket=bucket, Key=key, Body=body)
    client.put_object(Bucket=bucket, Key=key + ".sig", Body=base64.b64encode(stranger.sign(body)))
    # and a heartbeat of a kiosk nobody trusts
    client.put_object(Bucket=bucket, Key="citizen-tribune/kiosk-intruder/_status.json", Body=body)
    client.put_object(Bucket=bucket, Key="citizen-tribune/kiosk-intruder/_status.json.sig",
                      Body=base64.b64encode(stranger.sign(body)))
    code = main(["office", "--office-dir", str(office.root), "import", f"s3://{bucket}/citizen-tribune",
                 "--endpoint-url", moto_server, "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    refused = {h["kiosk_id"]: h["reason"] for h in report["heartbeats"] if not h["ok"]}
    assert refused == {a.kiosk_id: "bad_signature", "kiosk-intruder": "unknown_kiosk"}
    assert office.db.execute("SELECT COUNT(*) FROM heartbeats").fetchone()[0] == 0
    events = [r[0] for r in office.db.execute("SELECT action FROM audit WHERE action = 'heartbeat_refused'")]
    assert len(events) == 2
    main(["office", "--office-dir", str(office.root), "kiosks", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["state"] == "silent" and rows[0]["reasons"] == ["never_seen"]
    assert {"kiosk_id", "name", "last_seen", "state", "reasons", "version", "settings_version", "pending",
            "oldest_unsent_s", "public_key", "fingerprint"} <= set(rows[0])


def test_warnings_from_the_heartbeat(tmp_path, office, moto_server, bucket):
    from kiosk.office.fleet import judge
    now = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)
    status = {"utc": "2026-12-02T08:04:00Z", "heartbeat_s": 120, "disk_free_mb": 500, "disk_warn_mb": 1000,
              "microphone": {"ok": False, "detail": "no input device"}, "oldest_unsent_s": 90000,
              "backlog_warn_s": 86400}
    state, reasons, _words = judge(status, "2026-12-02T07:59:00Z", now)
    assert state == "warning"
    assert reasons == ["disk_low", "microphone_missing", "backlog_old", "clock_off"]


def test_console_fleet_tab_names_states_and_reasons(qtbot, office, tmp_path):
    """pytest-qt: the console's fleet tab, in Persian, with a fake clock."""
    from PySide6.QtWidgets import QApplication, QTableWidget, QTabWidget, QWidget
    from kiosk.office.fleet import record
    from ui.app import setup_application
    from ui.office.console import OfficeConsole
    from ui.office.fleet import FleetTab
    setup_application(QApplication.instance(), "fa")
    quiet, well = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    from kiosk.sync.keys import public_key_b64
    office.trust(public_key_b64(quiet.public_key()), "kiosk-quiet")
    office.trust(public_key_b64(well.public_key()), "kiosk-well")
    base = {"format": "citizen-tribune-status/1", "software_version": "0.1.0", "settings_version": 3,
            "heartbeat_s": 120, "disk_free_mb": 5000, "disk_warn_mb": 1000, "pending": 2,
            "oldest_unsent_s": 60, "microphone": {"ok": True, "detail": "ok"}}
    record(office, base | {"kiosk_id": "kiosk-quiet", "utc": "2026-12-02T07:00:00Z"}, "a" * 64, "2026-12-02T07:00:00Z")
    record(office, base | {"kiosk_id": "kiosk-well", "utc": "2026-12-02T07:59:00Z",
                           "microphone": {"ok": False, "detail": "no input device"}}, "b" * 64, "2026-12-02T07:59:00Z")
    console = OfficeConsole(office.root)
    qtbot.addWidget(console)
    tabs = console.findChild(QTabWidget, "officeTabs")
    tab = console.findChild(QWidget, "fleetTab")
    assert tabs.indexOf(tab) >= 1 and tabs.tabText(tabs.indexOf(tab)) == "کیوسک‌ها"
    fleet = FleetTab(office.root, now=lambda: datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc))
    qtbot.addWidget(fleet)
    table = fleet.findChild(QTableWidget, "fleetTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.item(0, 1) is not None, timeout=10000)
    cells = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 3).text()) for r in range(2)}
    assert cells["kiosk-quiet"] == ("خاموش", "بیش از سه نوبت خبری از کیوسک نرسیده")
    assert cells["kiosk-well"] == ("هشدار", "میکروفون پیدا نیست")
    assert table.item(0, 5).text() == "۳"


def test_usb_export_carries_the_latest_heartbeat(kiosk_settings, office, tmp_path):
    from kiosk.sync.export import export_envelopes
    make_approved(kiosk_settings, 1, voice=False)
    stick = tmp_path / "stick"
    stick.mkdir()
    result = export_envelopes(kiosk_settings, stick)
    assert result.exported == 1 and not result.errors
    assert (stick / "citizen-tribune" / kiosk_settings.kiosk_id / "_status.json.sig").exists()
    report = import_from(office, str(stick))
    assert len(report.imported) == 1 and [h["ok"] for h in report.heartbeats] == [True]
    row = fleet_view(office)[0]
    assert row["kiosk_id"] == kiosk_settings.kiosk_id and row["state"] == "ok" and row["pending"] == 1


def test_a_failing_heartbeat_never_blocks_deliveries(kiosk_settings):
    share = kiosk_settings.delivery_folder
    blocker = share / "citizen-tribune" / kiosk_settings.kiosk_id / "_status.json.sig"
    blocker.mkdir(parents=True)  # a directory where the signature should go: every heartbeat fails
    (blocker / "x").write_text("in the way")
    make_approved(kiosk_settings, 2, voice=False)
    result = sync_once(kiosk_settings)
    assert result.sent == 2 and not result.errors
    assert not (share / "citizen-tribune" / kiosk_settings.kiosk_id / "_status.json").exists()


def test_worker_beats_between_passes_longer_than_heartbeat_s(kiosk_settings):
    """A pass interval longer than heartbeat_s: the worker's wait still sends heartbeats on their own."""
    from kiosk.sync.worker import OutboxWorker
    kiosk_settings.delivery.heartbeat_s = 0.1  # below the settings' floor of 5 s, to keep the test short
    status = kiosk_settings.delivery_folder / "citizen-tribune" / kiosk_settings.kiosk_id / "_status.json"
    worker = OutboxWorker(kiosk_settings)
    worker._wait_beating(1.5)  # no pass runs here: any heartbeat comes from the wait itself
    assert status.exists() and json.loads(status.read_bytes())["kiosk_id"] == kiosk_settings.kiosk_id


def test_a_heartbeat_caught_between_its_two_writes_is_read_again(kiosk_settings, office):
    """The office may read the new signature with the old status (the kiosk writes the signature
    first): that is read again, not reported as forged. The race is staged by a source that hands
    out the previous status once."""
    from kiosk.office.importer import FolderSource
    from kiosk.sync.heartbeat import heartbeat_dir
    share = kiosk_settings.delivery_folder
    sync_once(kiosk_settings)
    old = (heartbeat_dir(kiosk_settings) / "_status.json").read_bytes()
    make_approved(kiosk_settings, 1, voice=False)
    sync_once(kiosk_settings)

    class CaughtMidWrite(FolderSource):
        stale = True

        def read(self, name, max_bytes):
            if name.endswith("_status.json") and self.stale:
                self.stale = False
                return old
            return super().read(name, max_bytes)

    report = import_from(office, CaughtMidWrite(share))
    assert [h["ok"] for h in report.heartbeats] == [True]
    assert fleet_view(office)[0]["pending"] == 0 and fleet_view(office)[0]["state"] == "ok"


def test_old_heartbeats_are_pruned_but_each_kiosks_latest_stays(office):
    from kiosk.office.fleet import prune, record
    base = {"format": "citizen-tribune-status/1", "heartbeat_s": 120}
    record(office, base | {"kiosk_id": "kiosk-a", "utc": "2026-01-01T00:00:00Z"}, "1" * 64, "2026-01-01T00:00:00Z")
    record(office, base | {"kiosk_id": "kiosk-a", "utc": "2026-12-01T00:00:00Z"}, "2" * 64, "2026-12-01T00:00:00Z")
    record(office, base | {"kiosk_id": "kiosk-b", "utc": "2026-01-02T00:00:00Z"}, "3" * 64, "2026-01-02T00:00:00Z")
    assert prune(office, datetime(2026, 9, 1, tzinfo=timezone.utc)) == 1
    left = office.db.execute("SELECT kiosk_id, seen_at FROM heartbeats ORDER BY kiosk_id").fetchall()
    assert left == [("kiosk-a", "2026-12-01T00:00:00Z"), ("kiosk-b", "2026-01-02T00:00:00Z")]
