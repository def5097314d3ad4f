"""The office library's migration runner, for either engine (kiosk.office.database).

The same decorator API as sqlite-utils' Migrations (`@office_migrations()` on `def m00N_…(db)`),
and the same bookkeeping table, so a SQLite library migrated by sqlite-utils before continues
where it stopped. A migration is plain SQL that both engines accept (`db.execute`); the runner
applies the pending ones in one write transaction, so two processes opening an old library
migrate it once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

import sqlalchemy as sa

from kiosk.office.database import OfficeDatabase, write_transaction

# The name sqlite-utils gave this table; kept so existing libraries are recognised.
MIGRATIONS_TABLE = "_sqlite_migrations"


class Migrations:
    def __init__(self, name: str):
        self.name = name
        self._migrations: list[tuple[str, Callable[[OfficeDatabase], None]]] = []

    def __call__(self, *, name: str | None = None):
        def register(fn: Callable[[OfficeDatabase], None]):
            migration_name = name or fn.__name__
            if any(n == migration_name for n, _ in self._migrations):
                raise ValueError(f"migration {migration_name!r} is already registered in {self.name!r}")
            self._migrations.append((migration_name, fn))
            return fn
        return register

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._migrations]

    def applied(self, db: OfficeDatabase) -> list[str]:
        if not sa.inspect(db.conn).has_table(MIGRATIONS_TABLE):
            return []
        return [r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?"
                                         " ORDER BY id", [self.name])]

    def pending(self, db: OfficeDatabase) -> list[str]:
        done = set(self.applied(db))
        return [n for n in self.names if n not in done]

    def apply(self, db: OfficeDatabase, *, stop_before: str | Iterable[str] | None = None) -> list[str]:
        """Applies what is pending (up to `stop_before`), all in one transaction; returns the names."""
        stops = {stop_before} if isinstance(stop_before, str) else set(stop_before or ())
        ran = []
        with write_transaction(db):
            db.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY,"
                       " migration_set TEXT, name TEXT, applied_at TEXT)")
            db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS idx_{MIGRATIONS_TABLE}_migration_set_name"
                       f" ON {MIGRATIONS_TABLE} (migration_set, name)")
            done = set(self.applied(db))  # again, under the write lock
            for name, fn in self._migrations:
                if name in stops:
                    break
                if name in done:
                    continue
                fn(db)
                db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (id, migration_set, name, applied_at) VALUES"
                           f" ((SELECT COALESCE(MAX(id), 0) + 1 FROM {MIGRATIONS_TABLE}), ?, ?, ?)",
                           [self.name, name, str(datetime.now(timezone.utc))])
                ran.append(name)
        return ran
