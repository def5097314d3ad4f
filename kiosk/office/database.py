"""The office library's connection: one SQLite file (the default) or a PostgreSQL database.

Both go through SQLAlchemy Core, which owns the drivers, the URL and the engine's dialect; the
library keeps writing plain portable SQL with `?` placeholders (the house style of the kiosk
side), turned into the driver's paramstyle here and nowhere else. Two things really differ and are
decided in this module only (`_DIALECTS`): how a transaction that reads then writes takes the write
lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN plus one transaction-scoped advisory lock, so
office writers queue exactly as they do on SQLite and the audit chain gets one appender at a time),
and how the file or server is opened. Reads run in autocommit, so a console sees another desk's
committed tags on its next query.
"""
from __future__ import annotations

import functools
import hashlib
import re
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import StaticPool

# Raised by either driver, wrapped by SQLAlchemy, for a row the schema refuses or a value it cannot
# store (not for a lost connection or a lock: those are not the row's fault).
RefusedValue = (sa_exc.IntegrityError, sa_exc.DataError, sa_exc.InterfaceError, sa_exc.ProgrammingError)

# pg_advisory_xact_lock key of every office write transaction ("CTOF" in ASCII).
OFFICE_WRITE_LOCK = 0x43544F46


@dataclass(frozen=True)
class _Dialect:
    begin: tuple[str, ...]  # statements that open a write transaction holding the write lock
    placeholder: str        # the driver's positional placeholder
    claim: str | None       # try to take a lock named by a 64-bit key, held by this session
    unclaim: str | None


_DIALECTS = {
    # One desk, one file: nobody else to share the work with, so a claim is always ours.
    "sqlite": _Dialect(("BEGIN IMMEDIATE",), "?", None, None),
    # One round trip: BEGIN and the lock (no parameters, so the driver sends both as one query).
    "postgresql": _Dialect((f"BEGIN; SELECT pg_advisory_xact_lock({OFFICE_WRITE_LOCK})",), "%s",
                           "SELECT pg_try_advisory_lock(?)", "SELECT pg_advisory_unlock(?)"),
}
_QUOTED_OR_MARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?")


class OfficeDatabaseError(RuntimeError):
    """The database URL cannot be used (unknown engine, server unreachable, …)."""


class Rows:
    """What `execute` returns: the rows already fetched (cursor released), DB-API style."""

    def __init__(self, result: sa.CursorResult):
        self.rowcount = result.rowcount
        if result.returns_rows:
            self.description = [(k, None, None, None, None, None, None) for k in result.keys()]
            self._rows = [tuple(r) for r in result.fetchall()]
        else:
            self.description, self._rows = None, []
        self._next = 0

    def fetchone(self) -> tuple | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())


class OfficeDatabase:
    """One connection, one thread (like a sqlite-utils Database): `execute(sql, params)`."""

    def __init__(self, engine: sa.Engine, url_for_display: str, url_text: str | None = None):
        self.engine = engine
        self.url_text = url_text  # the PostgreSQL URL as configured (None: the SQLite file)
        self.kind = engine.dialect.name  # "sqlite" or "postgresql"
        self.url = url_for_display
        self._dialect = _DIALECTS[self.kind]
        self.conn = engine.connect()
        if self.kind == "postgresql":
            # Workers open a library per task: its connection goes back to the process's pool as soon
            # as the library is dropped, not at the next GC. (Not for SQLite: closing a sqlite3
            # connection from whichever thread runs the GC crashed the console's tests.)
            weakref.finalize(self, self.conn.close)
        self._depth = 0
        self._sql_cache: dict[tuple[str, bool], str] = {}

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _native(self, sql: str, has_params: bool) -> str:
        """`?` → the driver's placeholder outside quoted text; '%' doubled for format-style drivers
        (they read '%' everywhere once parameters are given)."""
        key = (sql, has_params)
        if key not in self._sql_cache:
            mark = self._dialect.placeholder
            out = sql
            if mark != "?":
                if has_params:
                    out = out.replace("%", "%%")
                out = _QUOTED_OR_MARK.sub(lambda m: mark if m.group(0) == "?" else m.group(0), out)
            self._sql_cache[key] = out
        return self._sql_cache[key]

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Rows:
        values = tuple(int(v) if isinstance(v, bool) else v for v in (params or ()))
        statement = self._native(sql, bool(values))
        if values:
            return Rows(self.conn.exec_driver_sql(statement, values))
        return Rows(self.conn.exec_driver_sql(statement))

    def atomic(self):
        """So code written for the sqlite-utils library (`kiosk.store.db.write_transaction(lib.db)`,
        `db.atomic()`) still takes the office write lock on either engine."""
        return write_transaction(self)

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """True when no other connection holds `name` (then this one does, until the block ends);
        a process that dies releases its claims with its connection. Two imports running at once
        use it to read different envelopes instead of the same ones."""
        if self._dialect.claim is None:
            yield True
            return
        key = int.from_bytes(hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()[:8], "big", signed=True)
        ours = bool(self.execute(self._dialect.claim, [key]).fetchone()[0])
        try:
            yield ours
        finally:
            if ours:
                self.execute(self._dialect.unclaim, [key])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            values = [tuple(int(v) if isinstance(v, bool) else v for v in row) for row in rows]
            self.conn.exec_driver_sql(self._native(sql, True), values)

    def close(self) -> None:
        self.conn.close()
        if self.kind == "sqlite":
            self.engine.dispose()  # its own engine, holding the file's one connection


@contextmanager
def write_transaction(db: OfficeDatabase) -> Iterator[OfficeDatabase]:
    """A transaction that reads then writes, holding the office write lock from its first statement
    (kiosk.store.db.write_transaction for the office library, on either engine). Nested calls
    become savepoints inside the outer transaction."""
    if db._depth:
        name = f"office_sp{db._depth}"
        db.conn.exec_driver_sql(f"SAVEPOINT {name}")
        db._depth += 1
        try:
            yield db
        except BaseException:
            db.conn.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {name}")
            db.conn.exec_driver_sql(f"RELEASE SAVEPOINT {name}")
            raise
        finally:
            db._depth -= 1
        db.conn.exec_driver_sql(f"RELEASE SAVEPOINT {name}")
        return
    for statement in db._dialect.begin:
        db.conn.exec_driver_sql(statement)
    db._depth = 1
    try:
        yield db
        db.conn.exec_driver_sql("COMMIT")
    except BaseException:
        try:
            db.conn.exec_driver_sql("ROLLBACK")
        except sa_exc.DBAPIError:
            pass  # the connection is gone; the server rolled back already
        raise
    finally:
        db._depth = 0


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


@functools.lru_cache(maxsize=8)
def _postgres_engine(url: str) -> sa.Engine:
    """One engine (and connection pool) per URL and process, as SQLAlchemy intends."""
    scheme, rest = url.split(":", 1)
    if "+" not in scheme:
        url = "postgresql+psycopg:" + rest  # psycopg 3 (the extra in pyproject.toml)
    try:
        # A library holds its connection for its life: more open libraries than the pool keeps get one
        # of their own (max_overflow=-1) instead of waiting for a library that is never closed.
        return sa.create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True, max_overflow=-1)
    except (sa_exc.ArgumentError, ImportError) as exc:
        raise OfficeDatabaseError(f"cannot use the office database URL: {exc}") from None


def safe_url(url: str) -> str:
    """The URL without its password, for messages and JSON."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return "<unreadable database URL>"


def transport_warning(database_url: str | None) -> str | None:
    """Said aloud (stderr of every `kiosk office` command, `kiosk office verify`): a PostgreSQL
    server on another machine reached without a verified TLS connection."""
    if not is_postgres_url(database_url):
        return None
    try:
        url = sa.make_url(database_url)
    except sa_exc.ArgumentError:
        return None
    host = url.host or str(url.query.get("host") or "")
    if not host or host.startswith("/") or host in ("localhost", "127.0.0.1", "::1"):
        return None  # a Unix socket or this machine
    if url.query.get("sslmode") == "verify-full":
        return None
    return (f"INSECURE: the office database {safe_url(database_url)} is reached over the network without "
            "sslmode=verify-full; anyone on the way can read or change the library (docs/office.md, TLS)")


def connect(database_url: str | None, sqlite_path: Path, *, check: bool = True) -> OfficeDatabase:
    """PostgreSQL when database_url is a postgresql:// URL; else the SQLite file (opened like the
    kiosk database: quick_check, WAL, synchronous=FULL; check=False: a cheap connection to a file
    this process has checked already)."""
    if is_postgres_url(database_url):
        engine = _postgres_engine(database_url)
        try:
            return OfficeDatabase(engine, safe_url(database_url), database_url)
        except sa_exc.OperationalError as exc:
            engine.dispose()
            raise OfficeDatabaseError(f"cannot reach the office database {safe_url(database_url)}: "
                                      f"{str(exc.orig).strip()}") from None
    if database_url and not database_url.startswith("sqlite"):
        raise OfficeDatabaseError(f"the office database URL is postgresql://… (or empty for the SQLite "
                                  f"file), not {safe_url(database_url)}")
    from kiosk.store.db import connect as sqlite_connect, open_database
    raw = (open_database(sqlite_path, migrate=False) if check else sqlite_connect(sqlite_path)).conn
    engine = sa.create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool,
                              isolation_level="AUTOCOMMIT")
    return OfficeDatabase(engine, str(sqlite_path))
