"""Open the kiosk database safely: integrity check first, WAL, synchronous writes, migrations."""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from kiosk.store.migrations import ALL_MIGRATION_SETS


class StoreCorrupt(RuntimeError):
    """The database failed its integrity check; a backup copy was made and nothing was re-created."""

    def __init__(self, path: Path, backup: Path, detail: str):
        super().__init__(
            f"The kiosk database {path} is damaged ({detail}). A copy was saved as {backup}. "
            "The kiosk will not start on a damaged database; restore a backup or ask a technician."
        )
        self.path, self.backup, self.detail = path, backup, detail


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: sqlite-utils' atomic() issues BEGIN itself; every other write autocommits.
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _backup_damaged(path: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    shutil.copy2(path, backup)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, backup.with_name(backup.name + suffix))
    return backup


def open_database(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Each thread opens its own; state changes are committed with synchronous=FULL."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = _connect(path)
        if existed:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            verdict = "; ".join(str(r[0]) for r in rows[:3])
            if verdict != "ok":
                conn.close()
                raise StoreCorrupt(path, _backup_damaged(path), verdict)
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        raise StoreCorrupt(path, _backup_damaged(path), str(exc)) from None
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    if migrate:
        for migrations in ALL_MIGRATION_SETS:
            migrations.apply(db)
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction that reads then writes: BEGIN IMMEDIATE takes the write lock up front.

    sqlite-utils' atomic() issues a deferred BEGIN; when another connection commits between our
    read and our write, SQLite fails at once with "database is locked" instead of waiting for
    busy_timeout. Nested calls become savepoints inside the outer transaction.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def integrity_report(db: sqlite_utils.Database) -> str:
    return "; ".join(str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()[:3])
