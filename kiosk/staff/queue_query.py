"""The moderation queue's queries: filters (status, kind, topic, date range, search key) and
newest-first keyset pages, so page N costs the same at row 100,000 as at row 0."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk import text as textmod
from kiosk.store.submissions import STATUSES

# What a table row needs; the full record is read with SubmissionStore.get when one is selected.
COLUMNS = ("id", "ticket", "status", "kind", "created_at", "topic", "duration_ms", "preview",
           "constructive", "personal_data", "language")
_SELECT = ("SELECT id, ticket, status, kind, created_at, topic, duration_ms, substr(text_display, 1, 120),"
           " constructive, personal_data, language FROM submissions")
PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueFilter:
    status: str | None = "submitted"   # None: every status except draft
    kind: str | None = None
    topic: str | None = None
    date_from: str | None = None       # ISO timestamps (UTC, as stored); inclusive
    date_to: str | None = None         # exclusive
    search: str | None = None

    def where(self) -> tuple[list[str], list]:
        clauses, params = [], []
        if self.status:
            if self.status not in STATUSES:
                raise ValueError(f"unknown status {self.status!r}")
            clauses.append("status = ?")
            params.append(self.status)
        else:
            clauses.append("status != 'draft'")  # drafts are the citizen's, never moderated
        if self.kind:
            clauses.append("kind = ?")
            params.append(self.kind)
        if self.topic:
            clauses.append("topic = ?")
            params.append(self.topic)
        if self.date_from:
            clauses.append("created_at >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("created_at < ?")
            params.append(self.date_to)
        key = textmod.search_key(self.search) if self.search else ""
        if key:
            clauses.append("search_key LIKE ? ESCAPE '\\'")
            params.append("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return clauses, params


def open_reader(db_path: Path | str) -> sqlite3.Connection:
    """A read-only connection for queue pages; used by one worker at a time, hence not thread-bound."""
    conn = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def page(conn, flt: QueueFilter, after: tuple[str, str] | None = None, limit: int = PAGE_SIZE) -> list[dict]:
    """Up to `limit` rows older than `after` (created_at, id), newest first."""
    clauses, params = flt.where()
    if after is not None:
        clauses.append("(created_at, id) < (?, ?)")
        params += list(after)
    sql = f"{_SELECT} WHERE {' AND '.join(clauses)} ORDER BY created_at DESC, id DESC LIMIT ?"
    return [dict(zip(COLUMNS, r)) for r in conn.execute(sql, [*params, limit]).fetchall()]


def count(conn, flt: QueueFilter) -> int:
    clauses, params = flt.where()
    return conn.execute(f"SELECT COUNT(*) FROM submissions WHERE {' AND '.join(clauses)}", params).fetchone()[0]


def topics(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT topic FROM submissions WHERE topic IS NOT NULL"
                                       " ORDER BY topic").fetchall()]
