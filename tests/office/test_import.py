"""Kiosk → envelopes (moto S3 or a folder) → office import: contents equal what was submitted,
importing twice adds nothing, and every kind of bad envelope is quarantined with its reason."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.office import keys
from kiosk.office.importer import FolderSource, import_from
from kiosk.store import open_store
from kiosk.sync import envelope as env
from kiosk.sync.keys import init_key, load_signing_key, public_key_b64
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved, make_settings

pytestmark = pytest.mark.timeout(120)


def _audio(settings, sub) -> Path:
    path = Path(sub.audio_path)
    return path if path.is_absolute() else settings.data_dir / path


def _library_matches_kiosk(office, settings, ids):
    store = open_store(settings)
    for sid in ids:
        sub, item = store.get(sid), office.get(sid)
        assert item["text"] == sub.text and item["ticket"] == sub.ticket
        assert item["consent_scopes"] == sub.scopes
        assert item["kiosk_status"] == "approved"
        assert office.media_path(item).read_bytes() == _audio(settings, sub).read_bytes()
        assert (item["phone"] is not None) == ("draw" in sub.scopes)


def test_end_to_end_through_moto_s3(office, data_dir, moto_server, bucket):
    recipient = keys.load_public(office.keys_dir).recipient
    settings = make_settings(data_dir, delivery={"kind": "s3", "endpoint_url": moto_server, "bucket": bucket,
                                                 "office_recipients": [recipient]})
    office.trust(init_key(settings), settings.kiosk_id)
    ids = make_approved(settings, 2, scopes=("record", "broadcast", "draw"))
    ids += make_approved(settings, 1, scopes=("record",))
    result = sync_once(settings)
    assert result.sent == 3 and not result.errors
    source = f"s3://{bucket}/{settings.delivery.prefix}"
    report = import_from(office, source, endpoint_url=moto_server)
    assert len(report.imported) == 3 and not report.quarantined, report.as_dict()
    _library_matches_kiosk(office, settings, ids)
    again = import_from(office, source, endpoint_url=moto_server)
    assert again.new == 0 and not again.imported and office.count() == 3


def _deliver_to_folder(settings, n=2, **kw):
    ids = make_approved(settings, n, **kw)
    sync_once(settings)
    return ids


def test_folder_import_is_idempotent_and_withdraw_leaves_tombstone(office, kiosk_settings):
    ids = _deliver_to_folder(kiosk_settings, 2, scopes=("record", "draw"))
    share = kiosk_settings.delivery_folder
    report = import_from(office, str(share))
    assert len(report.imported) == 2
    _library_matches_kiosk(office, kiosk_settings, ids)
    assert import_from(office, str(share)).imported == []
    item = office.get(ids[0])
    media = office.media_path(item)
    gone = office.withdraw(item["ticket"])
    assert gone["withdrawn_at"] and gone["text"] is None and gone["phone"] is None and not media.exists()
    events = [r[0] for r in office.db.execute("SELECT action FROM audit WHERE submission_id = ?", [ids[0]])]
    assert events[-1] == "withdrawn"
    from kiosk.store.audit import verify_chain
    assert verify_chain(office.db).ok


def _envelope_blobs(settings, n=1):
    """Fresh envelopes of approved items, not yet delivered: (submission, encrypted bytes)."""
    store = open_store(settings)
    out = []
    for sid in make_approved(settings, n, scopes=("record", "draw")):
        sub = store.get(sid)
        blob = env.build_envelope(sub, "approved", _audio(settings, sub), load_signing_key(settings),
                                  env.parse_recipients(settings.delivery.office_recipients), "2026-11-26T12:00:00Z")
        out.append((sub, blob))
    return out


def _rezip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2026, 11, 26, 0, 0, 0)), data)
    return buf.getvalue()


def _signed(members: dict[str, bytes], key, kiosk_id: str, sid: str, recipients) -> bytes:
    manifest = {"format": env.FORMAT, "version": env.FORMAT_VERSION, "kiosk_id": kiosk_id, "submission_id": sid,
                "built_at": "2026-11-26T12:00:00Z",
                "signer": {"algorithm": "ed25519", "public_key": public_key_b64(key.public_key()), "fingerprint": "x"},
                "files": [{"name": n, "sha256": env.sha256_hex(d), "size": len(d)} for n, d in members.items()]}
    mbytes = json.dumps(manifest).encode()
    return pyrage.encrypt(_rezip({**members, env.MANIFEST: mbytes, env.SIGNATURE: key.sign(mbytes)}), recipients)


def test_bad_envelopes_are_quarantined_with_their_reason(office, kiosk_settings, tmp_path):
    identity = keys.load_identity(office.keys_dir)
    recipients = env.parse_recipients(kiosk_settings.delivery.office_recipients)
    (s1, good), (s2, b2), (s3, b3), (s4, b4), (s5, b5) = _envelope_blobs(kiosk_settings, 5)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    members = {i.filename: z.read(i) for z in [zipfile.ZipFile(io.BytesIO(pyrage.decrypt(b2, [identity])))]
               for i in z.infolist()}
    doc = json.loads(members[env.SUBMISSION_JSON])
    doc["text"]["raw"] = "متن عوض شده"
    members[env.SUBMISSION_JSON] = json.dumps(doc).encode()
    (inbox / f"{s2.id}.zip.age").write_bytes(pyrage.encrypt(_rezip(members), recipients))       # tampered
    stranger = Ed25519PrivateKey.generate()
    plain = {k: v for k, v in members.items() if k not in (env.MANIFEST, env.SIGNATURE)}
    doc["text"]["raw"] = "پرسش"
    plain[env.SUBMISSION_JSON] = json.dumps(doc).encode()
    (inbox / f"{s3.id}.zip.age").write_bytes(_signed(plain, stranger, s3.kiosk_id, s2.id, recipients))  # forged
    (inbox / f"{s4.id}.zip.age").write_bytes(b4[: len(b4) // 2])                                    # truncated
    plain4 = pyrage.decrypt(b4, [identity])
    (inbox / "cut.zip").write_bytes(plain4[: len(plain4) // 2])                                     # truncated zip
    slip = dict(plain, **{"../../evil.sh": b"#!/bin/sh\n"})
    (inbox / f"{s5.id}.zip.age").write_bytes(_signed(slip, load_signing_key(kiosk_settings), s5.kiosk_id,
                                                     s2.id, recipients))                           # zip-slip
    (inbox / f"{s1.id}.zip.age").write_bytes(good)
    report = import_from(office, FolderSource(inbox))
    reasons = {q["name"]: q["reason"] for q in report.quarantined}
    assert reasons == {f"{s2.id}.zip.age": "manifest_mismatch", f"{s3.id}.zip.age": "unknown_kiosk",
                       f"{s4.id}.zip.age": "decrypt_failed", "cut.zip": "truncated",
                       f"{s5.id}.zip.age": "unsafe_member"}, report.as_dict()
    assert [i["id"] for i in report.imported] == [s1.id]
    assert office.count() == 1 and not (tmp_path / "evil.sh").exists()
    for q in report.quarantined:
        assert json.loads((office.root / (q["file"] + ".reason.json")).read_text())["reason"] == reasons[q["name"]]
    assert import_from(office, FolderSource(inbox)).new == 0


def test_oversize_and_too_many_members_are_refused(office, kiosk_settings, tmp_path):
    (s1, b1), (s2, b2) = _envelope_blobs(kiosk_settings, 2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"{s1.id}.zip.age").write_bytes(b1)
    report = import_from(office, FolderSource(inbox), max_bytes=1000)
    assert [q["reason"] for q in report.quarantined] == ["too_large"]
    (inbox / f"{s2.id}.zip.age").write_bytes(b2)
    report = import_from(office, FolderSource(inbox), max_members=2)
    assert [q["reason"] for q in report.quarantined] == ["too_large"] and office.count() == 0


def test_unknown_kiosk_when_nobody_is_trusted(tmp_path, data_dir):
    from kiosk.office.library import open_library
    lib = open_library(tmp_path / "o2")
    keys.generate(lib.keys_dir)
    settings = make_settings(data_dir, delivery={"office_recipients": [keys.load_public(lib.keys_dir).recipient]})
    init_key(settings)
    _deliver_to_folder(settings, 1)
    report = import_from(lib, str(settings.delivery_folder))
    assert [q["reason"] for q in report.quarantined] == ["unknown_kiosk"] and lib.count() == 0


def test_usb_export_index_is_checked_and_a_lost_envelope_is_reported(office, kiosk_settings, tmp_path):
    from kiosk.sync.export import export_envelopes
    make_approved(kiosk_settings, 3, scopes=("record", "draw"))
    stick = tmp_path / "stick"
    stick.mkdir()
    export_envelopes(kiosk_settings, stick)
    report = import_from(office, FolderSource(stick))
    assert len(report.imported) == 3
    assert [(i["ok"], i["envelopes"]) for i in report.indexes] == [(True, 3)]
    # The next stick arrives with one envelope lost on the way: the signed index says so.
    make_approved(kiosk_settings, 2, scopes=("record",))
    stick2 = tmp_path / "stick2"
    stick2.mkdir()
    export_envelopes(kiosk_settings, stick2)
    lost = sorted(p for p in stick2.rglob("*") if p.name.endswith((".zip", ".zip.age")))[0]
    lost.unlink()
    report = import_from(office, FolderSource(stick2))
    bad = [i for i in report.indexes if not i["ok"]]
    assert len(bad) == 1 and bad[0]["reason"] == "manifest_mismatch" and lost.name in bad[0]["message"]
    assert "export indexes checked" in report.summary()
