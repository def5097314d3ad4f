"""Envelopes that must not poison the office: path traversal through a claimed kiosk id, fields
SQLite cannot store, a repeated ticket, a truncated copy completed later, colliding quarantine names."""
from __future__ import annotations

import json

import pyrage
import pytest

from kiosk.office import keys
from kiosk.office.importer import FolderSource, import_from
from kiosk.office.library import LibraryError, open_library
from kiosk.office.migrations import office_migrations
from kiosk.store.audit import verify_chain
from kiosk.office.database import connect
from kiosk.sync import envelope as env
from kiosk.sync.keys import init_key, load_signing_key, public_key_b64
from tests.office.envelopes import document, signed, zipped
from tests.sync.helpers import make_settings

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def kiosk(kiosk_settings):
    """(kiosk id, its signing key, the office's age recipients): trusted, nothing delivered yet."""
    return (kiosk_settings.kiosk_id, load_signing_key(kiosk_settings),
            env.parse_recipients(kiosk_settings.delivery.office_recipients))


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def test_a_trusted_key_cannot_claim_another_kiosk_id_nor_climb_out_of_media(office, kiosk, inbox):
    kiosk_id, key, recipients = kiosk
    # Before the fix the key was pinned by its first envelope, so this one pinned it to "..", and
    # media/../office.<ext> was the library itself.
    (inbox / "a.zip.age").write_bytes(signed(document("..", id="office"), key, recipients,
                                             audio=("audio.db", b"not a database")))
    (inbox / "b.zip.age").write_bytes(signed(document("kiosk-someone-else", 2), key, recipients))
    report = import_from(office, FolderSource(inbox))
    assert {q["name"]: q["reason"] for q in report.quarantined} == {"a.zip.age": "unknown_kiosk",
                                                                    "b.zip.age": "unknown_kiosk"}
    assert not (office.root / "office.db.part").exists() and office.count() == 0
    if office.db.kind == "sqlite":  # the library file itself was not overwritten
        assert (office.root / "office.db").read_bytes().startswith(b"SQLite format 3")
        assert open_library(office.root).db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    # Its own kiosk id still works.
    (inbox / "c.zip.age").write_bytes(signed(document(kiosk_id, 3), key, recipients, audio=("audio.wav", b"RIFF")))
    report = import_from(office, FolderSource(inbox))
    assert [i["kiosk_id"] for i in report.imported] == [kiosk_id]
    assert office.get(report.imported[0]["id"])["audio_file"].startswith(f"media/{kiosk_id}/")


def test_trust_pins_the_kiosk_id_and_refuses_an_unsafe_one(office, kiosk):
    kiosk_id, key, _ = kiosk
    pub = public_key_b64(key.public_key())
    for bad in ("..", ".", "a/b", "-x", "kiosk.1", ""):
        with pytest.raises(LibraryError):
            office.trust(pub, bad)
    assert office.keys_by_kiosk() == {kiosk_id: [pub]}
    assert office.kiosks()[0]["kiosk_id"] == kiosk_id


def test_an_old_library_keeps_its_pinned_keys(tmp_path, data_dir):
    """Libraries from before m002: a key pinned by its first envelope keeps its kiosk id, an unpinned
    one is pinned to its name when that is a kiosk id, any other stays refused until trusted again."""
    root = tmp_path / "old"
    db = connect(None, root / "office.db")
    office_migrations.apply(db, stop_before="m002_pin_keys_at_trust")
    keys.generate(root / "keys")
    recipients = env.parse_recipients([keys.load_public(root / "keys").recipient])
    kiosks = []
    for i, (name, pinned) in enumerate([("north", True), (None, False), ("Kiosk.Old", False)]):
        settings = make_settings(data_dir / str(i))
        pub = init_key(settings)
        db.execute("INSERT INTO kiosks (public_key, name, fingerprint, kiosk_id, added_at) VALUES (?,?,?,?,?)",
                   [pub, name or settings.kiosk_id, "x", settings.kiosk_id if pinned else None, "2026-11-01"])
        kiosks.append((settings.kiosk_id, load_signing_key(settings), pub))
    # Seen before the upgrade: 1.zip.age quarantined while its copy was cut off, old.zip.age imported.
    for name, outcome in (("1.zip.age", "quarantined"), ("old.zip.age", "imported")):
        db.execute("INSERT INTO envelopes (name, sha256, outcome, reason, at) VALUES (?,?,?,?,?)",
                   [name, "ab" * 32, outcome, "truncated" if outcome == "quarantined" else None, "2026-11-01"])

    db.close()
    lib = open_library(root)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, (kiosk_id, key, _pub) in enumerate(kiosks):
        (inbox / f"{n}.zip.age").write_bytes(signed(document(kiosk_id, n), key, recipients))
    (inbox / "old.zip.age").write_bytes(b"imported long ago; not read again")
    report = import_from(lib, FolderSource(inbox))
    assert sorted(i["name"] for i in report.imported) == ["0.zip.age", "1.zip.age"]
    assert [(q["name"], q["reason"]) for q in report.quarantined] == [("2.zip.age", "unknown_kiosk")]
    assert [k["kiosk_id"] for k in lib.kiosks() if k["name"] == "Kiosk.Old"] == [None]
    # Trusted again under its kiosk id, the key speaks for it, and its refused envelope is read again.
    lib.trust(kiosks[2][2], kiosks[2][0])
    assert [i["name"] for i in import_from(lib, FolderSource(inbox)).imported] == ["2.zip.age"]


def test_paths_from_envelope_ids_are_proven_inside_their_folder(tmp_path):
    from kiosk.office.ids import inside
    (tmp_path / "media").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "media" / "kiosk-link").symlink_to(tmp_path / "elsewhere")
    assert inside(tmp_path / "media", "kiosk-a", "x.wav") == (tmp_path / "media" / "kiosk-a" / "x.wav").resolve()
    for parts in [("..", "office.db"), ("kiosk-a", "..", "..", "x"), ("/etc", "passwd"), ("kiosk-link", "x.wav"),
                  (".",)]:
        with pytest.raises(ValueError):
            inside(tmp_path / "media", *parts)


def test_unstorable_fields_and_a_repeated_ticket_are_quarantined_and_the_run_goes_on(office, kiosk, inbox):
    kiosk_id, key, recipients = kiosk
    first = document(kiosk_id, 1)
    hostile = {
        "1-first.zip.age": first,
        "2-surrogate.zip.age": document(kiosk_id, 2, text={"raw": "پرسش \ud800", "display": "x"}),
        "3-dict-version.zip.age": document(kiosk_id, 3, consent={"version": {"v": 1}, "scopes": ["record"]}),
        "4-list-topic.zip.age": document(kiosk_id, 4, topic=["traffic"]),
        "5-same-ticket.zip.age": document(kiosk_id, 1),  # another id, the ticket of 1-first
        "6-huge-duration.zip.age": document(kiosk_id, 6, kind="voice", audio={  # SQLite holds 64 bits
            "member": "audio.wav", "sha256": env.sha256_hex(b"RIFF...."), "size": 8, "duration_ms": 10 ** 30}),
        "7-good.zip.age": document(kiosk_id, 7),
    }
    for name, doc in hostile.items():
        blob = _with_audio_member(doc, key, recipients) if doc["audio"] else signed(doc, key, recipients)
        (inbox / name).write_bytes(blob)
    report = import_from(office, FolderSource(inbox))
    assert sorted(i["name"] for i in report.imported) == ["1-first.zip.age", "7-good.zip.age"], report.as_dict()
    assert {q["name"]: q["reason"] for q in report.quarantined} == {
        n: "bad_submission" for n in hostile if n[0] in "23456"}
    assert "already in the library" in next(q["message"] for q in report.quarantined if q["name"].startswith("5"))
    again = import_from(office, FolderSource(inbox))
    assert again.new == 0 and not again.imported and office.count() == 2
    assert verify_chain(office.db).ok


def _with_audio_member(doc, key, recipients):
    """doc already names its audio; add the member without signed() recomputing the audio block."""
    members = {env.SUBMISSION_JSON: json.dumps(doc).encode(), "audio.wav": b"RIFF...."}
    manifest = {"format": env.FORMAT, "version": 1, "kiosk_id": doc["kiosk_id"], "submission_id": doc["id"],
                "built_at": "2026-11-26T12:00:00Z",
                "signer": {"algorithm": "ed25519", "public_key": public_key_b64(key.public_key()), "fingerprint": "x"},
                "files": [{"name": n, "sha256": env.sha256_hex(d), "size": len(d)} for n, d in members.items()]}
    mbytes = json.dumps(manifest).encode()
    return pyrage.encrypt(zipped({**members, env.MANIFEST: mbytes, env.SIGNATURE: key.sign(mbytes)}), recipients)


def test_a_truncated_copy_is_read_again_once_complete(office, kiosk, inbox):
    kiosk_id, key, recipients = kiosk
    blob = signed(document(kiosk_id, 1), key, recipients)
    path = inbox / "k" / "2026" / "e.zip.age"
    path.parent.mkdir(parents=True)
    path.write_bytes(blob[: len(blob) // 2])  # the copy was still running
    first = import_from(office, FolderSource(inbox))
    assert [q["reason"] for q in first.quarantined] == ["decrypt_failed"]
    path.write_bytes(blob)
    second = import_from(office, FolderSource(inbox))
    assert [i["name"] for i in second.imported] == ["k/2026/e.zip.age"] and office.count() == 1
    path.touch()  # listed anew, same bytes: read, recognised, nothing recorded twice
    third = import_from(office, FolderSource(inbox))
    assert not third.imported and not third.quarantined and not third.duplicates
    assert import_from(office, FolderSource(inbox)).new == 0


def test_a_truncated_s3_object_is_fetched_again_once_complete(office, kiosk, moto_server, bucket):
    from tests.sync.helpers import s3_client
    kiosk_id, key, recipients = kiosk
    blob = signed(document(kiosk_id, 1), key, recipients)
    client = s3_client(moto_server)
    client.put_object(Bucket=bucket, Key="in/e.zip.age", Body=blob[:100])
    source = f"s3://{bucket}/in"
    assert [q["reason"] for q in import_from(office, source, endpoint_url=moto_server).quarantined] == ["decrypt_failed"]
    client.put_object(Bucket=bucket, Key="in/e.zip.age", Body=blob)
    assert len(import_from(office, source, endpoint_url=moto_server).imported) == 1
    assert import_from(office, source, endpoint_url=moto_server).new == 0


def test_quarantine_files_of_similar_names_do_not_collide(office, inbox):
    (inbox / "a").mkdir()
    (inbox / "a" / "b.zip").write_bytes(b"first garbage")
    (inbox / "a_b.zip").write_bytes(b"second garbage")
    report = import_from(office, FolderSource(inbox))
    assert len(report.quarantined) == 2
    files = list(office.quarantine_dir.iterdir())
    kept = {p.read_bytes() for p in files if not p.name.endswith(".reason.json")}
    assert kept == {b"first garbage", b"second garbage"}
    names = [json.loads(p.read_text())["name"] for p in files if p.name.endswith(".reason.json")]
    assert sorted(names) == ["a/b.zip", "a_b.zip"]


def test_office_list_never_prints_envelope_text_raw(office, kiosk, inbox, capsys):
    from kiosk.cli import main
    kiosk_id, key, recipients = kiosk
    doc = document(kiosk_id, 1, topic="x\x1b]0;owned\x07", text={"raw": "پرسش\x1b[2J", "display": "x"})
    (inbox / "a.zip.age").write_bytes(signed(doc, key, recipients))
    assert len(import_from(office, FolderSource(inbox)).imported) == 1
    assert main(["office", "list", "--office-dir", str(office.root)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "x⟦U+001B⟧]0;owned⟦U+0007⟧" in out


def test_temp_files_of_a_killed_import_are_swept_once_stale(office, inbox):
    import os
    (office.media_dir / "kiosk-a").mkdir(parents=True)
    stale, fresh = office.media_dir / "kiosk-a" / "x.wav.0a1b2c.part", office.media_dir / "kiosk-a" / "y.wav.3d4e.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written by another import")
    os.utime(stale, (1, 1))
    import_from(office, FolderSource(inbox))
    assert not stale.exists() and fresh.exists()
