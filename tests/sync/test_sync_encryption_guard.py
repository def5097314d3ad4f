"""No office recipient: personal data waits in the outbox (said aloud), the rest goes with a warning,
and a recipient set later delivers the held item encrypted (checked with the real `age` CLI)."""
from __future__ import annotations

import io
import json
import subprocess
import zipfile

import pytest

from kiosk.store import open_store
from kiosk.sync import outbox
from kiosk.sync.export import export_envelopes
from kiosk.sync.keys import init_key, load_signing_key
from tests.sync.helpers import make_approved, make_settings, sent_events
from tests.sync.test_sync_cli import run

pytestmark = pytest.mark.timeout(120)


def _doctor_encryption(data_dir, env=None) -> tuple[dict, int]:
    done = run(data_dir, "doctor", "--json", env=env)
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert set(checks["encryption"]) == {"name", "ok", "detail"}
    return checks["encryption"], done.returncode


def test_personal_data_waits_for_the_office_key_then_leaves_encrypted(data_dir, tmp_path, office_identity):
    share = tmp_path / "share"
    share.mkdir()
    env = {"KIOSK_DELIVERY_PATH": str(share)}
    settings = make_settings(data_dir, delivery={"path": str(share)})
    init_key(settings)
    with_phone = make_approved(settings, 1, scopes=("record", "draw"))[0]
    anonymous = make_approved(settings, 1, scopes=("record", "broadcast"))[0]

    done = run(data_dir, "sync", "--once", "--json", env=env)
    out = json.loads(done.stdout)
    assert (out["sent"], out["failed"], out["pending"], out["held"], out["errors"]) == (1, 0, 1, 1, [])
    assert done.returncode == 1  # a person has to act
    assert any("held" in w and "office_recipients" in w for w in out["warnings"])
    assert any("unencrypted" in w for w in out["warnings"])
    assert [p.name for p in share.rglob("*") if p.is_file() and not p.name.startswith("_status.json")] == \
        [f"{anonymous}.zip"]
    store = open_store(settings)
    assert store.get(with_phone).status == "approved"  # waiting, not lost
    assert store.db.execute("SELECT COUNT(*) FROM outbox_state WHERE submission_id = ?",
                            [with_phone]).fetchone()[0] == 0  # and not failed: no backoff, no error
    assert "09121234567".encode() not in b"".join(p.read_bytes() for p in share.rglob("*.zip"))

    check, code = _doctor_encryption(data_dir, env)
    assert check["ok"] is False and code == 1
    assert "1 item(s) with a phone number or name wait in the outbox" in check["detail"]
    assert "1 envelope(s) without personal data were already delivered" in check["detail"]
    assert "kiosk office keygen" in check["detail"] and "office_recipients" in check["detail"]

    # The office key is set: the next pass sends the held item, encrypted.
    recipient = str(office_identity.to_public())
    env["KIOSK_DELIVERY_OFFICE_RECIPIENTS"] = recipient
    done = run(data_dir, "sync", "--once", "--json", env=env)
    out = json.loads(done.stdout)
    assert (out["sent"], out["held"], out["pending"], out["warnings"], done.returncode) == (1, 0, 0, [], 0)
    assert sent_events(settings) == {with_phone: 1, anonymous: 1}
    sealed = next(share.rglob(f"{with_phone}.zip.age"))
    key_file = tmp_path / "office.key"
    key_file.write_text(str(office_identity) + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(key_file), str(sealed)], capture_output=True, check=True).stdout
    doc = json.loads(zipfile.ZipFile(io.BytesIO(plain)).read("submission.json"))
    assert doc["id"] == with_phone and doc["contact"]["phone"] == "09121234567"
    check, _ = _doctor_encryption(data_dir, env)
    assert check["ok"] is True and "encrypted to 1 office recipient" in check["detail"]


def test_plain_envelope_built_before_the_key_is_rebuilt_encrypted(data_dir, tmp_path, office_identity):
    settings = make_settings(data_dir)
    sid = make_approved(settings, 1, scopes=("record",))[0]
    # Built as a plain zip by a pass whose upload then failed, say.
    init_key(settings)
    plain = outbox.ensure_envelope(open_store(settings), settings, sid, load_signing_key(settings))
    assert plain.path.name == f"{sid}.zip" and plain.path.exists()
    from kiosk.sync.worker import sync_once
    (tmp_path / "share").mkdir()
    keyed = make_settings(data_dir, delivery={"path": str(tmp_path / "share"),
                                              "office_recipients": [str(office_identity.to_public())]})
    assert sync_once(keyed).sent == 1
    assert [p.name for p in (tmp_path / "share").rglob("*")
            if p.is_file() and not p.name.startswith("_status.json")] == [f"{sid}.zip.age"]


def test_usb_export_holds_personal_data_too(data_dir, tmp_path):
    settings = make_settings(data_dir)
    init_key(settings)
    make_approved(settings, 1, scopes=("record", "draw"))
    anonymous = make_approved(settings, 1, scopes=("record",))[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    result = export_envelopes(settings, stick)
    assert (result.total, result.exported, result.held) == (1, 1, 1)
    assert {"held", "warnings"} <= set(result.as_json()) and len(result.warnings) == 2
    assert [p.name for p in stick.rglob("*.zip")] == [f"{anonymous}.zip"]


def test_health_snapshot_says_why_items_wait(settings):
    from kiosk.staff import health
    make_approved(settings, 2, scopes=("record", "draw"))
    rows = {r["name"]: r for r in health.snapshot(settings, open_store(settings).db)}
    row = rows["encryption"]
    assert row["ok"] is False and row["value"]["held"] == 2 and not row["value"]["encrypting"]


def test_staff_marked_personal_data_waits_too(data_dir, tmp_path):
    from kiosk.staff.moderation import Moderator
    from kiosk.sync.worker import sync_once
    share = tmp_path / "share"
    share.mkdir()
    settings = make_settings(data_dir, delivery={"path": str(share)})
    init_key(settings)
    marked, plain = make_approved(settings, 2, scopes=("record",))
    Moderator(open_store(settings), "admin").flag(marked, "personal")
    result = sync_once(settings)
    assert (result.sent, result.held) == (1, 1)
    assert [p.name for p in share.rglob("*.zip")] == [f"{plain}.zip"]
