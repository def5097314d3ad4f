"""The database under concurrent first start, at rest, and the per-thread connection helper."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading

import pytest

from kiosk.store import connect, open_store, prepare_database, store_per_thread
from kiosk.store.migrations import ALL_MIGRATION_SETS

pytestmark = pytest.mark.timeout(180)

_OPEN = """
import sys, time
from kiosk.store import open_database
go = float(sys.argv[2])
while time.time() < go:  # every process starts its open at the same moment
    time.sleep(0.001)
db = open_database(sys.argv[1])
print(db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0])
"""


def test_concurrent_first_opens_of_a_new_data_dir_all_succeed(tmp_path):
    """Issue 10 item 13: several processes starting on a new data dir at once; none may fail with
    "table already exists" and every migration is applied exactly once."""
    import time
    expected = sum(len(s._migrations) for s in ALL_MIGRATION_SETS)
    for trial in range(3):
        path = tmp_path / f"trial{trial}" / "kiosk.db"
        go = time.time() + 2.0
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN, str(path), str(go)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(6)]
        outs = [p.communicate(timeout=120) for p in procs]
        failures = [err for p, (_out, err) in zip(procs, outs) if p.returncode != 0]
        assert failures == [], failures[0][-800:]
        assert {out.strip() for out, _err in outs} == {str(expected)}
        names = sqlite3.connect(path).execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
        assert len(names) == len(set(names)) == expected


def test_database_files_are_private_whatever_the_umask(tmp_path, settings):
    """Issue 10 item 6: kiosk.db and its WAL/SHM are 0600 even with umask 022."""
    old = os.umask(0o022)
    try:
        store = open_store(settings)
        store.create_draft("text", "fa", "v1", ["record"])
        for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm"):
            path = settings.db_path.with_name(name)
            assert path.exists(), name
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
    finally:
        os.umask(old)


def test_an_older_world_readable_database_is_tightened(settings):
    settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    sqlite3.connect(settings.db_path).execute("CREATE TABLE t (x)")
    os.chmod(settings.db_path, 0o644)
    prepare_database(settings.db_path)
    assert stat.S_IMODE(settings.db_path.stat().st_mode) == 0o600


def test_deleted_text_is_overwritten_on_disk(settings, monkeypatch):
    """secure_delete is set by the code on every connection: a deleted draft's words are not left in
    free pages of the database file after a checkpoint. Debian builds SQLite with secure_delete on by
    default; other builds have it off, as simulated here, and the kiosk must not depend on the build."""
    open_store(settings).db.close()
    real = sqlite3.connect

    def default_off(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", default_off)
    db = connect(settings.db_path)
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    secret = "رازِ-شهروند-" + "x" * 1500
    from kiosk.store import SubmissionStore
    store = SubmissionStore(db, settings.kiosk_id)
    draft = store.create_draft("text", "fa", "v1", ["record"])
    store.update_draft(draft.id, text=secret)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert secret.encode() in settings.db_path.read_bytes()
    store.delete_draft(draft.id, "abandoned")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert secret.encode() not in settings.db_path.read_bytes()


def test_thread_connections_one_per_thread_and_kept(settings):
    stores = store_per_thread(settings)
    main = stores.get()
    assert stores.get() is main
    seen = []
    t = threading.Thread(target=lambda: seen.extend([stores.get(), stores.get()]))
    t.start()
    t.join()
    assert seen[0] is seen[1] and seen[0] is not main and len(stores) == 2
    stores.close()
    with pytest.raises(sqlite3.ProgrammingError):
        main.db.execute("SELECT 1")


def test_tasks_on_qt_thread_pool_borrow_and_reuse_a_few_connections(settings, monkeypatch):
    """Qt's pool threads keep no thread-local data between tasks (a get() there opened a connection
    per task and kept them all): tasks borrow kept connections, so twenty tasks open no more than
    ran at once."""
    from PySide6.QtCore import QRunnable, QThreadPool  # a pool needs no application object
    stores = store_per_thread(settings)
    opened = []
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: opened.append(1) or real(*a, **k))
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    counts = []

    class Task(QRunnable):
        def run(self):
            counts.append(stores.using(lambda store: store.count()))

    for _ in range(20):
        pool.start(Task())
    pool.waitForDone()
    assert counts == [0] * 20
    assert 1 <= len(opened) <= 2 and len(stores) == len(opened)
    stores.close()


_HOLD = """
import sqlite3, sys
holder = sqlite3.connect(sys.argv[1], isolation_level=None)
holder.execute("PRAGMA locking_mode = EXCLUSIVE")
holder.execute("BEGIN EXCLUSIVE")
holder.execute("CREATE TABLE hold (x)")  # WAL takes the file's exclusive lock at the first write
print("held", flush=True)
sys.stdin.read()
holder.execute("ROLLBACK")
"""


def test_a_start_that_meets_a_lock_without_waiting_tries_again(tmp_path, monkeypatch):
    """CI saw a first start fail with "database is locked" beside other starters: SQLite answers
    SQLITE_BUSY without calling the busy handler in some moments (switching to WAL, another process's
    last connection cleaning up its WAL). A connection with no busy wait meets a real exclusive lock the
    same way; the start tries again and succeeds once the lock is gone."""
    import time
    from kiosk.sqlite_library import sqlite_utils
    from kiosk.store import db as store_db
    path = tmp_path / "kiosk.db"
    prepare_database(path)

    def connect_without_busy_wait(p):
        return sqlite_utils.Database(sqlite3.connect(str(p), timeout=0, isolation_level=None))
    monkeypatch.setattr(store_db, "connect", connect_without_busy_wait)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # another process: locks are per process
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        connect_without_busy_wait(path).execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    threading.Timer(0.3, holder.stdin.close).start()
    started = time.monotonic()
    store_db.check_database(path)
    prepare_database(path)
    holder.wait(10)
    assert time.monotonic() - started >= 0.2  # it did meet the lock, and waited it out
    assert list(tmp_path.glob("*.corrupt-*")) == []  # a lock is not damage
