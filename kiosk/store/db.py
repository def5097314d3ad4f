"""The one way to the kiosk database (and the office library): a cheap connect() per thread, and a
check-and-migrate done once at process start.

    prepare_database(path, sets)   once per process (kiosk start, CLI command, doctor, audit verify):
                                   files 0600, quick_check, WAL, the migration sets under BEGIN IMMEDIATE
    connect(path)                  every other connection: pragmas only, no check, no migration
    ThreadConnections(opener)      one connection per thread, kept until close()
"""
from __future__ import annotations

import functools
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Generic, TypeVar

from kiosk.sqlite_library import sqlite_utils

from kiosk.store.migrations import ALL_MIGRATION_SETS

log = logging.getLogger("kiosk.store")
T = TypeVar("T")
R = TypeVar("R")


class StoreCorrupt(RuntimeError):
    """The database failed its integrity check; a backup copy was made and nothing was re-created."""

    def __init__(self, path: Path, backup: Path, detail: str):
        super().__init__(
            f"The kiosk database {path} is damaged ({detail}). A copy was saved as {backup}. "
            "The kiosk will not start on a damaged database; restore a backup or ask a technician."
        )
        self.path, self.backup, self.detail = path, backup, detail


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with the house pragmas; cheap (no integrity check, no migrations).

    isolation_level=None: write_transaction issues BEGIN itself; every other write autocommits.
    secure_delete: deleted rows (purged phones, discarded drafts) are overwritten, not left in free pages.
    """
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


def _backup_damaged(path: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    shutil.copy2(path, backup)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.copy2(side, backup.with_name(backup.name + suffix))
    return backup


def _make_private(path: Path) -> None:
    """The database is created 0600 whatever the umask (personal data); SQLite gives its -wal and
    -shm files the database file's mode. Files an older version left 0644 are tightened."""
    try:
        # Create only: never open (and close) an existing database file outside SQLite. Closing any
        # descriptor of it drops every POSIX lock this process holds on it, under the feet of the
        # process's other connections ("How To Corrupt An SQLite Database File", 2.2).
        if not path.exists():
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
            except FileExistsError:
                pass  # another thread or process made it meanwhile
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            side = path.with_name(name)
            if side.exists() and side.stat().st_mode & 0o077:
                os.chmod(side, 0o600)
    except OSError as exc:  # e.g. a read-only copy: connecting says what is wrong
        log.debug("could not make %s private: %s", path, exc)


def apply_migrations(db: sqlite_utils.Database, sets: Iterable = ALL_MIGRATION_SETS) -> None:
    """Apply pending migrations; safe when several processes start on a new data dir at once.

    The cheap read finds nothing pending on every start but the first. Otherwise BEGIN IMMEDIATE
    serialises the starters: the first migrates, the others wait and then find nothing pending
    (sqlite-utils re-reads the applied set inside our transaction; its own atomic() nests as a savepoint).
    """
    sets = list(sets)
    if not any(s.pending(db) for s in sets):
        return
    with write_transaction(db):
        for migrations in sets:
            migrations.apply(db)


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


# Starters meeting a new or idle file can get SQLITE_BUSY at once, without the busy handler: when
# switching it to WAL, or while the last connection of another process checkpoints and removes the
# WAL at close (sqlite.org/wal.html, "Sometimes queries return SQLITE_BUSY in WAL mode"). Each step
# of the start is idempotent (a check reads, migrations re-read what is pending), so it is tried again.
def _retry_when_locked(step: Callable[..., R]) -> Callable[..., R]:
    @functools.wraps(step)
    def once_more_if_locked(*args, **kwargs) -> R:
        try:
            return step(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if not _locked(exc):
                raise
        from tenacity import retry, retry_if_exception, stop_after_delay, wait_random  # ~35 ms: only when needed
        return retry(retry=retry_if_exception(_locked), stop=stop_after_delay(30), wait=wait_random(0.01, 0.1),
                     reraise=True)(step)(*args, **kwargs)
    return once_more_if_locked


@_retry_when_locked
def prepare_database(path: Path | str, sets: Iterable = ALL_MIGRATION_SETS, *, check: bool = True) -> None:
    """Once per process: private files, integrity check, WAL, migrations. Raises StoreCorrupt.

    check=False skips the integrity check (the costly part on a big file) for a component whose
    process has checked already but that may be the first to meet a new data dir (tests, tools)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    _make_private(path)
    with _guarded(path) as db:
        if existed and check:
            _check(path, db)
        db.execute("PRAGMA journal_mode = WAL")
    _migrate(path, sets)


@_retry_when_locked
def schema_is_current(path: Path | str, sets: Iterable = ALL_MIGRATION_SETS) -> bool:
    """One small read: does the file exist with every migration applied? (False for a new data dir
    or after an upgrade: then the start needs the whole prepare_database, check before migrating.)"""
    path = Path(path)
    if not (path.exists() and path.stat().st_size > 0):
        return False
    with _guarded(path) as db:
        return not any(s.pending(db) for s in sets)


@_retry_when_locked
def check_database(path: Path | str) -> None:
    """The integrity check alone (quick_check); raises StoreCorrupt after saving a copy."""
    with _guarded(Path(path)) as db:
        _check(Path(path), db)


@contextmanager
def _guarded(path: Path) -> Iterator[sqlite_utils.Database]:
    """A short-lived connection whose damage errors become StoreCorrupt (a lock stays a lock)."""
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            raise
        raise StoreCorrupt(path, _backup_damaged(path), str(exc)) from None
    try:
        yield db
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            raise
        raise StoreCorrupt(path, _backup_damaged(path), str(exc)) from None
    finally:
        db.close()


def _check(path: Path, db: sqlite_utils.Database) -> None:
    verdict = integrity_report(db)
    if verdict != "ok":
        raise StoreCorrupt(path, _backup_damaged(path), verdict)


def _migrate(path: Path, sets: Iterable) -> None:
    db = connect(path)
    try:
        apply_migrations(db, sets)
    finally:
        db.close()


def open_database(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Check (and migrate) then connect: for one-shot commands and process start, not for loops."""
    prepare_database(path, ALL_MIGRATION_SETS if migrate else ())
    return connect(path)


class ThreadConnections(Generic[T]):
    """Connections (or stores wrapping one) that a component keeps, never one used by two threads
    at once. get(): this thread's own, for threads Python runs (the GUI thread, the outbox worker
    and its delivery pool). borrow(): an idle one for the length of a task, for Qt's QThreadPool,
    whose threads keep no thread-local data from one task to the next (a get() there would open a
    connection per task and keep them all).
    """

    def __init__(self, opener: Callable[[], T]):
        self._opener, self._local = opener, threading.local()
        self._all: list[T] = []
        self._idle: list[T] = []
        self._lock = threading.Lock()

    @contextmanager
    def borrow(self) -> Iterator[T]:
        with self._lock:
            item = self._idle.pop() if self._idle else None
        if item is None:
            item = self._opener()
            with self._lock:
                self._all.append(item)
        try:
            yield item
        finally:
            with self._lock:
                self._idle.append(item)

    def using(self, work: Callable[[T], R]) -> R:
        """work(item) on a borrowed item: the body of a task for ui.tasks.run_task."""
        with self.borrow() as item:
            return work(item)

    def get(self) -> T:
        item = getattr(self._local, "item", None)
        if item is None:
            item = self._local.item = self._opener()
            with self._lock:
                self._all.append(item)
        return item

    def __len__(self) -> int:
        with self._lock:
            return len(self._all)

    def close(self) -> None:
        """Close every connection opened here (call when their threads are done)."""
        with self._lock:
            items, self._all, self._idle = self._all, [], []
        self._local = threading.local()
        for item in items:
            db = getattr(item, "db", item)
            try:
                db.close()
            except sqlite3.Error as exc:
                log.warning("closing a database connection failed: %s", exc)


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
