import json
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from kiosk.store import IllegalTransition, StoreCorrupt, open_database, open_store
from kiosk.store.audit import verify_chain
from kiosk.store.migrations import ALL_MIGRATION_SETS
from kiosk.store.submissions import ALLOWED, STATUSES, UNDOABLE, SubmissionStore
from kiosk.store.tickets import damm_digit, is_valid_ticket, new_ticket
from tests.dbdamage import damaged_database


def _submitted(store, text="سلام شهردار"):
    d = store.create_draft("text", "fa", "v1", ["record", "broadcast"])
    store.update_draft(d.id, text=text, topic="traffic")
    return store.submit(d.id)


def test_wal_and_synchronous_full(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_submission_fields_and_ticket(store):
    s = _submitted(store, "ويژه\u200cبرنامه\u202e")
    assert s.status == "submitted" and s.submitted_at
    pub = s.public()
    # The display form keeps the citizen's letters (Arabic ي), only the override goes; search folds ي/ی.
    assert pub["text"] == "ويژه\u200cبرنامه\u202e" and pub["text_display"] == "ويژه\u200cبرنامه"
    assert pub["consent_scopes"] == ["broadcast", "record"] and pub["consent_version"] == "v1"
    assert is_valid_ticket(s.ticket) and store.get(s.ticket).id == s.id
    assert store.get(s.ticket.replace("-", "")).id == s.id


def test_tickets_are_unique_and_checked():
    codes = {new_ticket() for _ in range(2000)}
    assert len(codes) > 1990
    assert all(is_valid_ticket(c) for c in codes)
    code = next(iter(codes)).replace("-", "")
    for i in range(8):  # every single-digit typo is caught
        for d in "0123456789":
            if d != code[i]:
                assert not is_valid_ticket(code[:i] + d + code[i + 1:])
    assert damm_digit("572") == 4 and damm_digit("5724") == 0  # the textbook example
    assert is_valid_ticket("".join("۰۱۲۳۴۵۶۷۸۹"[int(c)] for c in code))


def test_search_is_persian_aware(store):
    a = _submitted(store, "درباره ویژهبرنامه شهروند")
    _submitted(store, "ترافیک خیابان")
    assert [s.id for s in store.list(search="ویژه‌برنامه")] == [a.id]
    assert [s.id for s in store.list(search="ويژه برنامه")] == [a.id]
    assert store.list(search="%") == []


def test_delete_draft_removes_row_and_file(store, settings):
    d = store.create_draft("voice", "fa", "v1", ["record"])
    wav = settings.media_dir / f"{d.id}.wav"
    wav.parent.mkdir(parents=True, exist_ok=True)
    wav.write_bytes(b"RIFF")
    store.update_draft(d.id, audio_path=str(wav))
    store.delete_draft(d.id, reason="idle")
    assert not wav.exists() and store.count() == 0
    assert store.db.execute("SELECT action FROM audit").fetchall()[-1][0] == "draft_deleted"
    s = _submitted(store)
    with pytest.raises(IllegalTransition):
        store.delete_draft(s.id, reason="x")


def test_consent_must_include_record(store):
    with pytest.raises(ValueError):
        store.create_draft("text", "fa", "v1", ["broadcast"])


def test_cannot_submit_empty(store):
    d = store.create_draft("text", "fa", "v1", ["record"])
    with pytest.raises(ValueError):
        store.submit(d.id)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(STATUSES), st.booleans()), max_size=8))
def test_only_allowed_transitions_succeed(tmp_path_factory, steps):
    d = tmp_path_factory.mktemp("lifecycle")
    store = SubmissionStore(open_database(d / "k.db"), "k")
    s = _submitted(store)
    current = "submitted"
    for to, undo in steps:
        allowed = (current, to) in UNDOABLE if undo else to in ALLOWED[current]
        if allowed:
            assert store.transition(s.id, to, "test", undo=undo).status == to
            current = to
        else:
            with pytest.raises(IllegalTransition):
                store.transition(s.id, to, "test", undo=undo)
            assert store.get(s.id).status == current
    assert verify_chain(store.db).ok


def test_every_transition_is_audited_in_the_same_transaction(store):
    s = _submitted(store)
    before = store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    store.transition(s.id, "approved", "moderator")
    rows = store.db.execute("SELECT actor, action, detail FROM audit ORDER BY seq DESC LIMIT 1").fetchall()
    assert store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before + 1
    assert rows[0][:2] == ("moderator", "status_approved")
    assert json.loads(rows[0][2]) == {"from": "submitted", "to": "approved"}


def _schema(db):
    return sorted(r for r in db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"))


@pytest.mark.parametrize("set_index", range(len(ALL_MIGRATION_SETS)))
def test_migrations_from_every_earlier_version(tmp_path, set_index):
    fresh = open_database(tmp_path / "fresh.db")
    migrations = ALL_MIGRATION_SETS[set_index]
    names = [m.name for m in migrations._migrations]
    for i, name in enumerate(names):
        path = tmp_path / f"v{i}.db"
        import sqlite_utils
        db = sqlite_utils.Database(path)
        for other in ALL_MIGRATION_SETS[:set_index]:
            other.apply(db)
        migrations.apply(db, stop_before=name)
        db.close()
        upgraded = open_database(path)
        assert _schema(upgraded) == _schema(fresh)
        assert migrations.pending(upgraded) == []


def test_empty_file_is_migrated(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    db = open_database(path)
    assert "submissions" in db.table_names()


def test_corruption_is_reported_with_a_backup_never_recreated(tmp_path, settings):
    raw = damaged_database(open_store(settings), settings)
    with pytest.raises(StoreCorrupt) as err:
        open_store(settings)
    assert err.value.backup.exists()
    assert settings.db_path.read_bytes() == raw  # not silently re-created
    assert "damaged" in str(err.value)


def test_audit_chain_detects_edit_and_delete_via_sqlite3_shell(store, settings):
    for _ in range(3):
        s = _submitted(store)
        store.transition(s.id, "approved", "moderator")
    assert verify_chain(store.db).ok
    cli = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(settings.data_dir), "audit", "verify"]
    assert subprocess.run(cli, capture_output=True).returncode == 0
    subprocess.run(["sqlite3", str(settings.db_path), "UPDATE audit SET actor = 'someone' WHERE seq = 3"], check=True)
    run = subprocess.run(cli, capture_output=True, text=True)
    assert run.returncode == 1 and "event 3" in run.stderr
    subprocess.run(["sqlite3", str(settings.db_path), "UPDATE audit SET actor = 'citizen' WHERE seq = 3"], check=True)
    assert subprocess.run(cli, capture_output=True).returncode == 0
    subprocess.run(["sqlite3", str(settings.db_path), "DELETE FROM audit WHERE seq = 4"], check=True)
    run = subprocess.run(cli, capture_output=True, text=True)
    assert run.returncode == 1 and "event 4" in run.stderr


def test_deleting_the_newest_events_is_detected(store):
    _submitted(store)
    _submitted(store)
    store.db.execute("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)")
    verdict = verify_chain(store.db)
    assert not verdict.ok and "ends early" in verdict.reason


def test_concurrent_writers_from_two_connections(settings):
    a, b = open_store(settings), open_store(settings)
    for i in range(20):
        (a if i % 2 else b).create_draft("text", "fa", "v1", ["record"])
    assert a.count() == 20 and verify_chain(a.db).ok is True
    with pytest.raises(sqlite3.IntegrityError):
        a.db.execute("INSERT INTO submissions (id, ticket, kiosk_id, kind, status, created_at, updated_at,"
                     " language, consent_version, consent_scopes) SELECT id || 'x', ticket, kiosk_id, kind, status,"
                     " created_at, updated_at, language, consent_version, consent_scopes FROM submissions LIMIT 1")


def test_list_json_is_public_of_every_item(store):
    """`kiosk queue list --json` is built by SQLite's JSON functions; its values are public()'s."""
    texts = ["سلام \u200cشهردار \"نقل\" \\ back", "tab\tnew\nline\x07bell", "ويژه\u200cبرنامه\u202e",
             "😀 emoji"]
    for i, text in enumerate(texts):
        s = _submitted(store, text)
        if i % 2:
            store.transition(s.id, "approved", actor="staff")
    d = store.create_draft("voice", "ar", "v2", ["record", "draw"])
    store.update_draft(d.id, phone="09121234567", contact_name="مریم", duration_ms=1234)
    store.db.execute("UPDATE submissions SET constructive = 1, personal_data = 1 WHERE id = ?", [d.id])
    for status in (None, "approved", "draft"):
        want = [s.public() for s in store.list(status=status)]
        got = [json.loads(line) for line in store.list_json(status=status)]
        assert got == want and [list(g) for g in got] == [list(w) for w in want]
    page = [json.loads(x) for x in store.list_json(limit=2, offset=1)]
    assert page == [s.public() for s in store.list(limit=2, offset=1)]


def test_counts_by_status_follow_every_writer_and_are_not_recounted_when_nothing_changed(store, settings):
    """The outbox's heartbeat counts after every pass; on an idle kiosk nothing changed, so the count
    (≈ 14 ms of CPU on 100,000 items) is not run again, but a write by this connection, by another
    connection or by another process is seen at once."""
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    assert store.counts_by_status()["submitted"] == 0
    assert store.counts_by_status()["submitted"] == 0
    assert sum("GROUP BY status" in s for s in statements) == 1  # the second read changed nothing
    mine = store.create_draft("text", "fa", "v1", ["record"])  # this connection's write
    assert store.counts_by_status()["draft"] == 1
    other = open_store(settings)  # another connection submits it
    other.update_draft(mine.id, text="پرسش")
    other.submit(mine.id)
    assert store.counts_by_status() == {s: 0 for s in STATUSES} | {"submitted": 1}
    subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(settings.data_dir), "queue", "approve",
                    mine.ticket], check=True, capture_output=True)  # another process
    assert store.counts_by_status()["approved"] == 1 and store.counts_by_status()["submitted"] == 0
