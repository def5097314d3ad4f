"""Several desks on one library: media in a bucket, two clerks at once, the chain under concurrent
writers, and moving a SQLite library up to PostgreSQL. Real parts: moto S3, the private
PostgreSQL server, real kiosk keys and age envelopes, `kiosk office …` in subprocesses."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kiosk.office import draws
from kiosk.office.library import open_library
from kiosk.office.office_config import CONFIG_FILE
from kiosk.office.shows import Shows
from kiosk.store.audit import verify_chain
from kiosk.store.tickets import new_ticket
from kiosk.sync import envelope as env
from kiosk.sync.keys import load_signing_key
from tests.office.envelopes import document, signed
from tests.office.helpers import add_item
from tests.sync.helpers import s3_client

pytestmark = pytest.mark.timeout(300)


def _add_office_setting(root, **values) -> None:
    path = root / CONFIG_FILE
    text = path.read_text(encoding="utf-8") if path.exists() else "[office]\n"
    path.write_text(text + "".join(f'{k} = "{v}"\n' for k, v in values.items()), encoding="utf-8")


def _envelope(kiosk_settings, n: int, audio: bytes | None = None) -> bytes:
    key = load_signing_key(kiosk_settings)
    recipients = env.parse_recipients(kiosk_settings.delivery.office_recipients)
    return signed(document(kiosk_settings.kiosk_id, n), key, recipients, ("audio.wav", audio) if audio else None)


def test_media_live_in_the_bucket_and_withdrawal_deletes_the_object(office, kiosk_settings, moto_server, bucket,
                                                                     tmp_path):
    from kiosk.office.importer import FolderSource, import_from
    _add_office_setting(office.root, media_url=f"s3://{bucket}/office", media_endpoint_url=moto_server)
    desk, studio = open_library(office.root), open_library(office.root)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    audio = b"RIFF" + bytes(range(256)) * 40
    (inbox / "1.zip.age").write_bytes(_envelope(kiosk_settings, 1, audio))
    report = import_from(desk, FolderSource(inbox))
    item = desk.get(report.imported[0]["id"])
    client = s3_client(moto_server)
    stored = client.get_object(Bucket=bucket, Key=f"office/{item['audio_file']}")["Body"].read()
    assert stored == audio and hashlib.sha256(stored).hexdigest() == item["audio_sha256"]
    assert not (office.root / item["audio_file"]).exists()  # no shared folder: the bucket holds it
    # Another desk reads it (a private copy for playback and the waveform); nothing is read until asked.
    assert studio.media_path(item, fetch=False) is None
    assert studio.media_path(item).read_bytes() == audio
    assert studio.media_path(item, fetch=False).read_bytes() == audio
    desk.withdraw(item["id"])
    assert not client.list_objects_v2(Bucket=bucket, Prefix="office/media/").get("Contents")
    assert studio.get(item["id"])["audio_file"] is None
    desk.close()
    studio.close()


def test_two_clerks_tag_one_question_at_once(office):
    """Both edits are in the chain; the question ends as the later of them says; each desk sees the other's."""
    item = add_item(office, 1)
    desks = [open_library(office.root) for _ in range(2)]
    start = threading.Barrier(2)
    errors = []

    def clerk(lib, n):
        try:
            start.wait()
            for round_ in range(5):
                lib.set_notes(item["id"], f"desk {n} round {round_}")
                lib.set_selected(item["id"], n == 0)
        except Exception as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(lib, n)) for n, lib in enumerate(desks)]
    [t.start() for t in threads]
    [t.join(120) for t in threads]
    assert not errors
    events = office.db.execute("SELECT action, detail FROM audit WHERE submission_id = ? ORDER BY seq",
                               [item["id"]]).fetchall()
    assert Counter(a for a, _ in events) == {"imported": 1, "notes": 10, "tag_selected": 10}
    last_selected = json.loads([d for a, d in events if a == "tag_selected"][-1])["value"]
    final = [lib.get(item["id"]) for lib in (office, *desks)]
    assert {f["selected"] for f in final} == {int(last_selected)}  # every desk sees the same, latest state
    assert len({f["notes"] for f in final}) == 1 and final[0]["notes"].endswith("round 4")
    assert verify_chain(office.db).ok
    for lib in desks:
        lib.close()


def test_the_audit_chain_stays_one_chain_under_concurrent_writers(office):
    items = [add_item(office, n) for n in range(4)]
    desks = [open_library(office.root) for _ in items]
    errors = []

    def writer(lib, item):
        try:
            for n in range(15):
                lib.set_notes(item["id"], f"note {n}")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=pair) for pair in zip(desks, items)]
    [t.start() for t in threads]
    [t.join(120) for t in threads]
    assert not errors
    seqs = [r[0] for r in office.db.execute("SELECT seq FROM audit ORDER BY seq")]
    assert seqs == list(range(1, len(items) + 60 + 1))
    assert verify_chain(office.db).ok
    for lib in desks:
        lib.close()


def test_migrate_copies_a_sqlite_library_into_postgresql_and_verifies_it(tmp_path, pg_server, kiosk_settings,
                                                                          office_engine):
    if office_engine != "sqlite":
        pytest.skip("the source is a SQLite library; once is enough")
    root = tmp_path / "desk"
    lib = open_library(root)
    items = [add_item(lib, n, text=f"پرسش\u200cها شماره {n}", ticket=new_ticket()) for n in range(1, 8)]
    lib.trust(_public_key(kiosk_settings), kiosk_settings.kiosk_id)
    lib.set_selected(items[0]["id"], True)
    lib.set_selected(items[1]["id"], True)
    lib.set_answered(items[2]["id"], date(2026, 11, 27))
    lib.set_notes(items[3]["id"], "زنگ زده شد")
    lib.withdraw(items[6]["id"])
    shows = Shows(lib.db)
    show = shows.create(date(2026, 11, 28), "برنامهٔ شنبه", "20:30")
    shows.add(show, [items[0]["ticket"], items[1]["ticket"]])
    draws.prepare(lib, date(2026, 11, 26), date(2026, 11, 26))
    expected_items, events = lib.items(), verify_chain(lib.db).events
    lib.close()
    url = pg_server.fresh_database_url()
    command = [sys.executable, "-m", "kiosk.cli", "office", "migrate", "--office-dir", str(root), "--to", url, "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == {"items": 7, "tags": 3, "draws": 1, "audit_events": events, "verified": True}
    moved = open_library(root, database_url=url)
    assert moved.db.kind == "postgresql"
    assert moved.items() == expected_items
    assert [r["ticket"] for r in Shows(moved.db).rundown(show)] == [items[0]["ticket"], items[1]["ticket"]]
    assert moved.keys_by_kiosk() == {kiosk_settings.kiosk_id: [_public_key(kiosk_settings)]}
    verified = subprocess.run([sys.executable, "-m", "kiosk.cli", "office", "verify", "--office-dir", str(root),
                               "--json"], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "KIOSK_OFFICE_DATABASE_URL": url})
    assert json.loads(verified.stdout) == {"ok": True, "events": events, "warnings": [],
                                           "message": f"audit chain intact: {events} events"}
    # Persian-aware search gives the same answers on both engines.
    sqlite_lib = open_library(root)
    for query in ("پرسش ها", "پرسشها", "۳"):
        from kiosk.office.library import ItemFilter
        assert [i["id"] for i in moved.items(ItemFilter(search=query))] == \
            [i["id"] for i in sqlite_lib.items(ItemFilter(search=query))]
    # Shows made after the move get the next number on PostgreSQL too.
    assert Shows(moved.db).create(date(2026, 11, 29)) == show + 1
    moved.close()
    sqlite_lib.close()
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "not empty" in again.stderr


def _public_key(settings) -> str:
    from kiosk.sync.keys import public_key_b64
    return public_key_b64(load_signing_key(settings).public_key())


def test_two_imports_of_1000_envelopes_from_s3_at_once(office, kiosk_settings, moto_server, bucket, office_engine):
    if office_engine != "postgresql":
        pytest.skip("the SQLite library has its two-process import test (test_import_concurrent)")
    client = s3_client(moto_server)
    total = 1000
    for n in range(total):
        client.put_object(Bucket=bucket, Key=f"in/{n:04d}.zip.age", Body=_envelope(kiosk_settings, n))
    command = [sys.executable, "-m", "kiosk.cli", "office", "import", f"s3://{bucket}/in", "--endpoint-url",
               moto_server, "--office-dir", str(office.root), "--json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=280)
        assert run.returncode == 0, stderr[-3000:]
        reports.append(json.loads(stdout))
    imported = Counter(i["name"] for r in reports for i in r["imported"])
    assert len(imported) == total and set(imported.values()) == {1}  # 0 duplicates
    assert office.count() == total
    events = Counter(r[0] for r in office.db.execute("SELECT action FROM audit"))
    assert events["imported"] == total
    assert verify_chain(office.db).ok


def test_a_library_migrated_by_sqlite_utils_continues_where_it_stopped(tmp_path):
    """Libraries made before the office had its own runner keep their bookkeeping table."""
    import sqlite_utils

    from kiosk.office.migrations import office_migrations
    from kiosk.store.db import open_database
    root = tmp_path / "old"
    db = open_database(root / "office.db", migrate=False)
    old = sqlite_utils.Migrations("office-library")
    for name, fn in office_migrations._migrations[:2]:  # m001 and m002 applied by sqlite-utils
        old(name=name)(fn)
    old.apply(db)
    db.execute("INSERT INTO kiosks (public_key, name, fingerprint, kiosk_id, added_at) VALUES (?,?,?,?,?)",
               ["k" * 44, "north", "x", "north", "2026-11-01"])
    db.close()
    lib = open_library(root)
    assert office_migrations.applied(lib.db) == office_migrations.names
    assert lib.kiosks()[0]["name"] == "north"
    assert Shows(lib.db).create(date(2026, 12, 1)) == 1  # m003's table is there
    lib.close()


def test_a_database_across_the_network_without_verified_tls_is_said_aloud():
    from kiosk.office.database import transport_warning
    for url in ("postgresql://office@db.city.example/tribune", "postgresql://office@10.0.0.5/t?sslmode=require"):
        warning = transport_warning(url)
        assert warning.startswith("INSECURE") and "verify-full" in warning
    for url in ("postgresql://office@db.city.example/tribune?sslmode=verify-full",
                "postgresql://office@/tribune?host=/run/postgresql", "postgresql://office@localhost/t", None):
        assert transport_warning(url) is None
    assert "s3cret" not in transport_warning("postgresql://office:s3cret@db.example/t")


def test_the_environment_overrides_office_toml(tmp_path):
    from kiosk.office.office_config import OfficeConfigError, load_office_config
    _add_office_setting(tmp_path, database_url="postgresql://file@/db", media_url="s3://file/m")
    config = load_office_config(tmp_path, {"KIOSK_OFFICE_DATABASE_URL": "postgresql://env@/db"})
    assert (config.database_url, config.media_url) == ("postgresql://env@/db", "s3://file/m")
    (tmp_path / CONFIG_FILE).write_text("[office]\ndatabase_url = 5\n")
    with pytest.raises(OfficeConfigError):
        load_office_config(tmp_path, {})


def test_a_dropped_library_gives_its_connection_back(office, office_engine):
    """The console opens a library per worker task; dropping one must not leave a server connection."""
    if office_engine != "postgresql":
        pytest.skip("a SQLite library has no server connections")
    sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
    before = office.db.execute(sql).fetchone()[0]
    for _ in range(30):
        open_library(office.root).count()
    assert office.db.execute(sql).fetchone()[0] <= before + 1


def test_an_unreachable_database_is_said_in_words(tmp_path):
    root = tmp_path / "desk"
    root.mkdir()
    _add_office_setting(root, database_url=f"postgresql://office@/tribune?host={tmp_path / 'no-server'}")
    for command in (["office", "list", "--json"], ["office", "console"], ["draw", "prepare", "--from", "2026-11-01",
                                                                           "--to", "2026-11-30"]):
        kiosk = str(Path(sys.executable).with_name("kiosk"))  # the installed command, as a clerk runs it
        done = subprocess.run([kiosk, *command, "--office-dir", str(root)], capture_output=True, text=True,
                              timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
        assert done.stderr.startswith("kiosk: cannot reach the office database"), done.stderr[-2000:]


def test_counts_per_day_are_the_offices_local_days_as_sqlite_counted_them(office, monkeypatch):
    """Days are now counted in Python on both engines; they match SQLite's date(…, 'localtime')."""
    import sqlite3
    import time
    monkeypatch.setenv("TZ", "Asia/Tehran")  # +03:30: half an hour off any UTC hour boundary
    time.tzset()
    try:
        for n, hour in enumerate((19, 20, 21, 23), start=1):
            add_item(office, n, day=date(2026, 11, 26), hour=hour)
        stamps = [i["submitted_at"] for i in office.items()]
        memory = sqlite3.connect(":memory:")
        expected = Counter(memory.execute("SELECT date(?, 'localtime')", [s]).fetchone()[0] for s in stamps)
        assert office.counts_per_day() == sorted(expected.items()) == [("2026-11-26", 2), ("2026-11-27", 2)]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_code_written_for_the_sqlite_utils_library_still_writes_in_one_transaction(office):
    """Modules added by other work may still call kiosk.store.db.write_transaction(lib.db)."""
    from kiosk.store.audit import append_event
    from kiosk.store.db import write_transaction as kiosk_write_transaction
    with pytest.raises(RuntimeError):
        with kiosk_write_transaction(office.db):
            append_event(office.db, "office", "test_event")
            raise RuntimeError("rolled back")
    with kiosk_write_transaction(office.db):
        append_event(office.db, "office", "test_event")
    assert [r[0] for r in office.db.execute("SELECT action FROM audit")] == ["test_event"]
    assert verify_chain(office.db).ok
