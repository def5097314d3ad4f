"""`kiosk office migrate --to postgresql://…`: the office outgrows one desk.

Copies the office dir's SQLite library (every table the schema has: items with their tags and
notes, trusted kiosks, envelopes seen, draws, shows and rundowns, publications, the audit chain and
its head) into an empty PostgreSQL library in one transaction, then checks that every table has
as many rows on both sides and that the copied chain verifies and ends where the original ends.
Tables are read in foreign-key order (SQLAlchemy's reflection), so tables that later migrations
add are copied too. The SQLite file is brought to the current schema (as any opening does),
then only read.
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from kiosk.office.database import OfficeDatabase, connect, is_postgres_url, write_transaction
from kiosk.office.migrations import office_migrations
from kiosk.office.schema_migrations import MIGRATIONS_TABLE
from kiosk.store.audit import verify_chain

BATCH = 1000


class CopyRefused(RuntimeError):
    """The copy cannot start or did not verify; the target is left as it was (rolled back)."""


def _tables(db: OfficeDatabase) -> list[str]:
    meta = sa.MetaData()
    meta.reflect(bind=db.conn)
    return [t.name for t in meta.sorted_tables if t.name != MIGRATIONS_TABLE]


def _columns(db: OfficeDatabase, table: str) -> list[str]:
    return [c["name"] for c in sa.inspect(db.conn).get_columns(table)]


def _count(db: OfficeDatabase, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def copy_library(office_dir: Path, target_url: str) -> dict:
    """→ {"items", "tags", "draws", "audit_events", "verified"} (tags: selected + answered marks)."""
    if not is_postgres_url(target_url):
        raise CopyRefused("--to is a postgresql://… URL (see docs/office.md: the database and its role)")
    path = Path(office_dir) / "office.db"
    if not path.is_file():
        raise CopyRefused(f"there is no SQLite library in {office_dir} (office.db)")
    source = connect(None, path)
    target = connect(target_url, path)  # path unused for PostgreSQL
    try:
        if office_migrations.pending(source):
            office_migrations.apply(source)  # the schema both sides share
        office_migrations.apply(target)
        source_verdict = verify_chain(source)
        if not source_verdict.ok:
            raise CopyRefused(f"the SQLite library's {source_verdict.message()}; not copied")
        tables = _tables(source)
        missing = [t for t in tables if not sa.inspect(target.conn).has_table(t)]
        if missing:
            raise CopyRefused(f"the target has no table {', '.join(missing)} (a newer schema on the desk?)")
        with write_transaction(target):
            busy = [t for t in ("items", "audit", "kiosks") if _count(target, t)]
            if busy:
                raise CopyRefused(f"the target library is not empty ({', '.join(busy)}); copy into a new database")
            for table in tables:
                wanted = set(_columns(target, table))
                columns = [c for c in _columns(source, table) if c in wanted]
                names = ", ".join(columns)
                rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
                insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})"
                for start in range(0, len(rows), BATCH):
                    target.executemany(insert, rows[start:start + BATCH])
            counts = {t: (_count(source, t), _count(target, t)) for t in tables}
            unequal = {t: c for t, c in counts.items() if c[0] != c[1]}
            verdict = verify_chain(target)
            same_head = (source.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
                         == target.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone())
            if unequal or not verdict.ok or not same_head:
                raise CopyRefused(f"the copy did not verify (rows {unequal}, {verdict.message()}, "
                                  f"same chain head {same_head}); nothing was kept")
        tags = target.execute("SELECT COALESCE(SUM(selected), 0) + COUNT(answered_on) FROM items").fetchone()[0]
        return {"items": counts["items"][1], "tags": int(tags), "draws": counts["draws"][1],
                "audit_events": verdict.events, "verified": True}
    finally:
        source.close()
        target.close()
