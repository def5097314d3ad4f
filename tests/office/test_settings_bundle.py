"""Office-signed settings bundles end to end through a shared folder: the office publishes with
`kiosk office settings publish`, a real kiosk pulls at its outbox pass; every bad bundle is refused
with its reason in the kiosk's audit chain, and a restart cannot roll back."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.cli import main
from kiosk.office import keys
from kiosk.office.keys import load_signing_key
from kiosk.store import open_store
from kiosk.sync.keys import init_key
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_settings

GOOD = """
consent_version = "2026-12-1"
answered_live = 128
[ui]
topics = ["traffic", "water", "other"]
[topic_labels.water]
fa = "آب و فاضلاب"
ar = "المياه"
en = "Water"
[consent_text]
fa = "متن تازه رضایت"
ar = "نص الموافقة الجديد"
en = "New consent text"
[[programme]]
date = "2026-12-03"
time = "20:00"
title = { fa = "شهروند و شهردار", ar = "المواطن والعمدة", en = "Citizen and Mayor" }
"""


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk(data_dir, office, share):
    pub = keys.load_public(office.keys_dir)
    settings = make_settings(data_dir, delivery={"office_recipients": [pub.recipient], "path": str(share),
                                                 "office_signing_key": pub.signing_public})
    office.trust(init_key(settings), settings.kiosk_id)
    return settings


def publish(office, share, text, tmp_path, capsys, *extra) -> int:
    path = tmp_path / "bundle.toml"
    path.write_text(text, encoding="utf-8")
    code = main(["office", "--office-dir", str(office.root), "settings", "publish", str(path),
                 "--to", str(share / "citizen-tribune"), "--json", *extra])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)["version"]


def status(kiosk, capsys) -> dict:
    assert main(["--data-dir", str(kiosk.data_dir), "settings", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def refusals(kiosk) -> list[dict]:
    rows = open_store(kiosk).db.execute("SELECT detail FROM audit WHERE action = 'settings_bundle_refused'"
                                        " ORDER BY seq").fetchall()
    return [json.loads(r[0]) for r in rows]


def reload(kiosk):
    return make_settings(kiosk.data_dir, delivery={"path": kiosk.delivery.path,
                                                   "office_signing_key": kiosk.delivery.office_signing_key})


def test_good_bundle_applies_and_survives_a_restart(kiosk, office, share, tmp_path, capsys):
    assert publish(office, share, GOOD, tmp_path, capsys) == 1
    sync_once(kiosk)
    st = status(kiosk, capsys)
    assert st["active_version"] == 1 and st["last_refused"] is None and st["last_checked"]
    again = reload(kiosk)  # a restart reads the stored, re-verified bundle
    assert again.ui.topics == ["traffic", "water", "other"] and again.consent_version == "2026-12-1"
    assert again.settings_bundle.topic_label("water", "fa") == "آب و فاضلاب"
    from kiosk.staff.health import snapshot
    row = next(r for r in snapshot(again, open_store(again).db) if r["name"] == "settings_bundle")
    assert row["value"] == 1 and "version 1" in row["detail"]  # the staff health panel shows it
    assert json.loads((kiosk.data_dir / "heartbeat" / "_status.json").read_bytes())["consent_version"] == "2026-11-1"
    sync_once(again)
    beat = json.loads((kiosk.data_dir / "heartbeat" / "_status.json").read_bytes())
    assert beat["settings_version"] == 1 and beat["consent_version"] == "2026-12-1"
    assert publish(office, share, GOOD.replace("128", "129"), tmp_path, capsys) == 2  # strictly increasing


def test_older_unsigned_tampered_replayed_expired_and_disallowed_are_refused(kiosk, office, share, tmp_path, capsys):
    target = share / "citizen-tribune" / "_settings"
    publish(office, share, GOOD, tmp_path, capsys)
    v1 = ((target / "bundle.json").read_bytes(), (target / "bundle.json.sig").read_bytes())
    publish(office, share, GOOD.replace("128", "130"), tmp_path, capsys)
    sync_once(kiosk)
    assert status(kiosk, capsys)["active_version"] == 2

    def offer(data: bytes, sig: bytes | None) -> dict:
        (target / "bundle.json").write_bytes(data)
        (target / "bundle.json.sig").unlink(missing_ok=True)
        if sig is not None:
            (target / "bundle.json.sig").write_bytes(sig)
        sync_once(kiosk)
        st = status(kiosk, capsys)
        assert st["active_version"] == 2  # the last good one stays
        return st["last_refused"]

    assert offer(*v1) == {"version": 1, "reason": "older"}
    fresh = json.loads(v1[0])
    fresh["version"] = 3
    unsigned = json.dumps(fresh).encode()
    assert offer(unsigned, None) == {"version": 3, "reason": "unsigned"}
    tampered = v1[0].replace("128".encode(), b"999")
    assert offer(tampered, v1[1]) == {"version": 1, "reason": "bad_signature"}
    key = load_signing_key(office.keys_dir)

    def signed(body: dict) -> tuple[bytes, bytes]:
        data = json.dumps(body, sort_keys=True).encode()
        return data, base64.b64encode(key.sign(data))

    replay = json.loads(v1[0]) | {"version": 2}
    assert offer(*signed(replay)) == {"version": 2, "reason": "replayed"}
    past = datetime.now(timezone.utc) - timedelta(days=3)
    expired = json.loads(v1[0]) | {"version": 4, "issued_at": past.isoformat(),
                                   "expires_at": (past + timedelta(days=1)).isoformat()}
    assert offer(*signed(expired)) == {"version": 4, "reason": "expired"}
    bucket = json.loads(v1[0]) | {"version": 5}
    bucket["settings"]["delivery"] = {"bucket": "attacker"}
    assert offer(*signed(bucket)) == {"version": 5, "reason": "not_allowed"}
    assert [r["reason"] for r in refusals(kiosk)] == ["older", "unsigned", "bad_signature", "replayed",
                                                      "expired", "not_allowed"]
    sync_once(kiosk)  # the same refused bundle again: no second audit event
    assert len(refusals(kiosk)) == 6
    again = reload(kiosk)
    assert again.settings_bundle.version == 2 and again.delivery.bucket == ""


def test_publish_refuses_a_disallowed_key(office, share, tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('[delivery]\nbucket = "elsewhere"\n', encoding="utf-8")
    code = main(["office", "--office-dir", str(office.root), "settings", "publish", str(path),
                 "--to", str(share), "--json"])
    assert code == 1
    assert "delivery cannot be set" in capsys.readouterr().err
    assert not (share / "_settings").exists()
    path.write_text('[ui]\ntopics = ["water"]\n', encoding="utf-8")  # a new topic without translations
    assert main(["office", "--office-dir", str(office.root), "settings", "publish", str(path),
                 "--to", str(share)]) == 1
    assert "topic_labels.water" in capsys.readouterr().err


def test_a_kiosk_without_the_office_key_ignores_bundles_and_says_so(data_dir, office, share, tmp_path, capsys):
    from kiosk.doctor import run_checks
    settings = make_settings(data_dir, delivery={"path": str(share)})
    init_key(settings)
    publish(office, share, GOOD, tmp_path, capsys)
    sync_once(settings)
    assert status(settings, capsys)["active_version"] is None
    check = next(c for c in run_checks(settings) if c["name"] == "settings_bundle")
    assert "bundles are ignored" in check["detail"]


def test_console_names_a_topic_a_bundle_added(qtbot, office, share, tmp_path, capsys):
    """Failed before the console read the published labels: the raw key "water" reached the table."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from tests.office.helpers import add_item
    from ui.app import setup_application
    from ui.office.console import OfficeConsole
    setup_application(QApplication.instance(), "fa")
    publish(office, share, GOOD, tmp_path, capsys)
    add_item(office, 1, kiosk_id="kiosk-a", topic="water")
    console = OfficeConsole(office.root)
    qtbot.addWidget(console)
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10000)
    shown = [console.model.data(console.model.index(0, c), Qt.DisplayRole) for c in range(console.model.columnCount())]
    assert "آب و فاضلاب" in shown and "water" not in shown
    assert console.filter_topic.findText("آب و فاضلاب") > 0
