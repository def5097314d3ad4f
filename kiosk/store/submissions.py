"""Submissions and their lifecycle: draft → submitted → approved|rejected → sent → purged.

Every state change is one transaction together with one audit event. Only the transitions in
ALLOWED succeed; undoing a moderation decision (back to submitted) must say so explicitly.
"""
from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from kiosk import text as textmod
from kiosk.sqlite_library import Database
from kiosk.store.audit import append_event, utc_now
from kiosk.store.tickets import new_ticket
from kiosk.store.db import write_transaction

STATUSES = ("draft", "submitted", "approved", "rejected", "sent", "purged")
ALLOWED: dict[str, frozenset[str]] = {
    "draft": frozenset({"submitted"}),
    "submitted": frozenset({"approved", "rejected", "sent"}),
    "approved": frozenset({"sent"}),
    "rejected": frozenset({"purged"}),
    "sent": frozenset({"purged"}),
    "purged": frozenset(),
}
UNDOABLE = frozenset({("approved", "submitted"), ("rejected", "submitted")})
SCOPES = ("record", "broadcast", "draw")
DRAFT_FIELDS = {"text", "audio_path", "audio_sha256", "duration_ms", "overflows", "topic", "phone",
                "contact_name", "consent_scopes", "language", "kind", "transcode_state"}


class IllegalTransition(ValueError):
    pass


class NotFound(KeyError):
    def __str__(self) -> str:
        return f"no submission with id or ticket {self.args[0]!r}"


@dataclass
class Submission:
    row: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.row[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def scopes(self) -> list[str]:
        return json.loads(self.row["consent_scopes"])

    def public(self) -> dict[str, Any]:
        """The `kiosk queue list/show --json` contract."""
        out = dict(self.row)
        out["consent_scopes"] = self.scopes
        out["text_stripped"] = json.loads(out["text_stripped"]) if out.get("text_stripped") else {}
        out.pop("search_key", None)
        out["constructive"] = bool(out["constructive"])
        out["personal_data"] = bool(out["personal_data"])
        return out


class SubmissionStore:
    """One per thread: wraps a Database opened with kiosk.store.open_database."""

    def __init__(self, db: Database, kiosk_id: str, text_max_chars: int = textmod.MAX_TEXT_CHARS_DEFAULT):
        self.db, self.kiosk_id, self.text_max_chars = db, kiosk_id, text_max_chars
        self._counts: tuple[tuple[int, int], dict[str, int]] | None = None  # see counts_by_status

    # ---- reading -------------------------------------------------------------------------
    def get(self, id_or_ticket: str) -> Submission:
        key = id_or_ticket.strip()
        row = self.db.execute("SELECT * FROM submissions WHERE id = ?", [key]).fetchone()
        if row is None:
            from kiosk.store.tickets import canonical_ticket
            row = self.db.execute("SELECT * FROM submissions WHERE ticket = ?", [canonical_ticket(key)]).fetchone()
        if row is None:
            raise NotFound(id_or_ticket)
        return self._wrap(row)

    def _wrap(self, row: Iterable) -> Submission:
        cols = self._columns()
        return Submission(dict(zip(cols, row)))

    def _columns(self) -> list[str]:
        if not hasattr(self, "_cols"):
            self._cols = [c.name for c in self.db["submissions"].columns]
        return self._cols

    def list(self, status: str | None = None, limit: int | None = None, offset: int = 0,
             search: str | None = None, newest_first: bool = True) -> list[Submission]:
        where, params = self._filters(status, search)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT * FROM submissions {where} ORDER BY created_at {order}, id {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [self._wrap(r) for r in self.db.execute(sql, params).fetchall()]

    def list_json(self, status: str | None = None, limit: int | None = None, offset: int = 0,
                  search: str | None = None, newest_first: bool = True) -> list[str]:
        """The JSON text of each item's public() (same values; compact), built by SQLite's JSON
        functions: `kiosk queue list --json` of 100,000 rows without a Python object per row."""
        return [raw.decode("utf-8") for batch in self.json_batches(status, limit, offset, search, newest_first)
                for raw in batch]

    def json_batches(self, status: str | None = None, limit: int | None = None, offset: int = 0,
                     search: str | None = None, newest_first: bool = True, size: int = 4096) -> Iterator[list[bytes]]:
        """list_json as UTF-8 bytes in batches of `size` rows: written straight to a byte stream,
        the text is never decoded nor encoded again, and a 100k-row queue is never all in memory."""
        where, params = self._filters(status, search)
        order = "DESC" if newest_first else "ASC"
        sql = (f"SELECT CAST({self._public_json()} AS BLOB) FROM submissions {where}"
               f" ORDER BY created_at {order}, id {order}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        cursor = self.db.execute(sql, params)
        while batch := cursor.fetchmany(size):
            yield [row[0] for row in batch]

    def _public_json(self) -> str:
        """json_object(...) over every column, shaped as Submission.public() shapes them."""
        shaped = {"consent_scopes": "json(consent_scopes)",
                  "text_stripped": "json(CASE WHEN text_stripped IS NULL OR text_stripped = '' THEN '{}'"
                                   " ELSE text_stripped END)",
                  "constructive": "json(CASE WHEN constructive THEN 'true' ELSE 'false' END)",
                  "personal_data": "json(CASE WHEN personal_data THEN 'true' ELSE 'false' END)"}
        pairs = [f"'{c}', {shaped.get(c, chr(34) + c + chr(34))}" for c in self._columns() if c != "search_key"]
        return "json_object(" + ", ".join(pairs) + ")"

    def count(self, status: str | None = None, search: str | None = None) -> int:
        where, params = self._filters(status, search)
        return self.db.execute(f"SELECT COUNT(*) FROM submissions {where}", params).fetchone()[0]

    def counts_by_status(self) -> dict[str, int]:
        """Items per status, counted again only when the database changed since the last count: a
        commit by any other connection moves PRAGMA data_version, this connection's own writes move
        total_changes. The outbox's heartbeat reads them after every pass of an idle kiosk, and
        counting 100,000 items costs ≈ 14 ms of CPU."""
        stamp = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)
        if self._counts is None or self._counts[0] != stamp:
            rows = self.db.execute("SELECT status, COUNT(*) FROM submissions GROUP BY status").fetchall()
            self._counts = (stamp, {s: 0 for s in STATUSES} | {r[0]: r[1] for r in rows})
        return dict(self._counts[1])

    @staticmethod
    def _filters(status: str | None, search: str | None) -> tuple[str, list]:
        clauses, params = [], []
        if status:
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
            clauses.append("status = ?")
            params.append(status)
        if search:
            key = textmod.search_key(search)
            if key:
                clauses.append("search_key LIKE ? ESCAPE '\\'")
                params.append("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    # ---- drafts ----------------------------------------------------------------------------
    def create_draft(self, kind: str, language: str, consent_version: str, consent_scopes: list[str],
                     actor: str = "citizen") -> Submission:
        if kind not in ("voice", "text"):
            raise ValueError(f"kind must be voice or text, not {kind!r}")
        bad = [s for s in consent_scopes if s not in SCOPES]
        if bad or "record" not in consent_scopes:
            raise ValueError(f"consent scopes must include 'record' and be among {SCOPES}; got {consent_scopes}")
        sid, now = uuid.uuid4().hex, utc_now()
        for _attempt in range(20):
            try:
                with write_transaction(self.db):
                    self.db.execute(
                        "INSERT INTO submissions (id, ticket, kiosk_id, kind, status, created_at, updated_at,"
                        " language, consent_version, consent_scopes) VALUES (?,?,?,?,'draft',?,?,?,?,?)",
                        [sid, new_ticket(), self.kiosk_id, kind, now, now, language, consent_version,
                         json.dumps(sorted(set(consent_scopes)))])
                break
            except sqlite3.IntegrityError as exc:
                if "ticket" not in str(exc):
                    raise
        else:
            raise RuntimeError("could not allocate a unique ticket code")
        return self.get(sid)

    def update_draft(self, sid: str, **fields: Any) -> Submission:
        unknown = set(fields) - DRAFT_FIELDS
        if unknown:
            raise ValueError(f"cannot set {sorted(unknown)} on a draft")
        values = dict(fields)
        if "text" in values and values["text"] is not None:
            textmod.check_length(values["text"], self.text_max_chars)
            cleaned = textmod.clean(values["text"])
            values["text"] = cleaned.raw
            values["text_display"] = cleaned.display
            values["text_stripped"] = json.dumps(cleaned.stripped, sort_keys=True)
            values["search_key"] = textmod.search_key(values["text"])
        if "consent_scopes" in values:
            values["consent_scopes"] = json.dumps(sorted(set(values["consent_scopes"])))
        if "audio_path" in values and values["audio_path"] is not None:
            values["audio_path"] = str(values["audio_path"])
        values["updated_at"] = utc_now()
        cols = ", ".join(f"{k} = ?" for k in values)
        with write_transaction(self.db):
            cur = self.db.execute(f"UPDATE submissions SET {cols} WHERE id = ? AND status = 'draft'",
                                  [*values.values(), sid])
            if cur.rowcount != 1:
                raise IllegalTransition(f"{sid} is not a draft (or does not exist)")
        return self.get(sid)

    def delete_draft(self, sid: str, reason: str, actor: str = "citizen") -> None:
        """Privacy: a draft the citizen abandoned leaves neither a row nor a file behind."""
        row = self.db.execute("SELECT audio_path, status FROM submissions WHERE id = ?", [sid]).fetchone()
        if row is None:
            return
        if row[1] != "draft":
            raise IllegalTransition(f"{sid} is {row[1]}, not a draft; only drafts are deleted")
        if row[0]:
            for path in (Path(row[0]), Path(row[0] + ".part")):
                path.unlink(missing_ok=True)
        with write_transaction(self.db):
            self.db.execute("DELETE FROM submissions WHERE id = ? AND status = 'draft'", [sid])
            append_event(self.db, actor, "draft_deleted", sid, {"reason": reason})

    # ---- lifecycle -------------------------------------------------------------------------
    def transition(self, sid: str, to: str, actor: str, *, reason: str | None = None,
                   undo: bool = False, extra: dict[str, Any] | None = None) -> Submission:
        if to not in STATUSES:
            raise IllegalTransition(f"unknown status {to!r}")
        with write_transaction(self.db):
            row = self.db.execute("SELECT status FROM submissions WHERE id = ?", [sid]).fetchone()
            if row is None:
                raise NotFound(sid)
            current = row[0]
            allowed = (current, to) in UNDOABLE if undo else to in ALLOWED[current]
            if not allowed:
                raise IllegalTransition(f"{sid}: {current} → {to} is not allowed")
            now = utc_now()
            values: dict[str, Any] = {"status": to, "updated_at": now, **(extra or {})}
            if to == "submitted":
                if undo:
                    values |= {"moderation_reason": None, "moderated_by": None, "moderated_at": None}
                else:
                    values["submitted_at"] = now
            elif to in ("approved", "rejected"):
                values |= {"moderation_reason": reason, "moderated_by": actor, "moderated_at": now}
            elif to == "sent":
                values["sent_at"] = now
            elif to == "purged":
                values["purged_at"] = now
            cols = ", ".join(f"{k} = ?" for k in values)
            self.db.execute(f"UPDATE submissions SET {cols} WHERE id = ?", [*values.values(), sid])
            detail = {"from": current, "to": to}
            if reason:
                detail["reason"] = reason
            append_event(self.db, actor, "undo" if undo else f"status_{to}", sid, detail)
        return self.get(sid)

    def submit(self, sid: str, actor: str = "citizen") -> Submission:
        """The citizen pressed Send: committed (synchronous=FULL) before the receipt is shown."""
        sub = self.get(sid)
        if sub.kind == "voice" and not sub.audio_path:
            raise ValueError("a voice submission needs its recording before it is sent")
        if sub.kind == "text" and not (sub.text_display or "").strip():
            raise ValueError("a text submission needs some text before it is sent")
        return self.transition(sid, "submitted", actor)

    def set_flag(self, sid: str, flag: str, value: bool, actor: str) -> Submission:
        if flag not in ("constructive", "personal_data"):
            raise ValueError(f"unknown flag {flag!r}")
        with write_transaction(self.db):
            cur = self.db.execute(f"UPDATE submissions SET {flag} = ?, updated_at = ? WHERE id = ? "
                                  "AND status != 'draft'", [int(value), utc_now(), sid])
            if cur.rowcount != 1:
                raise NotFound(sid)
            append_event(self.db, actor, f"flag_{flag}", sid, {"value": bool(value)})
        return self.get(sid)

    def record_media(self, sid: str, audio_path: str, sha256: str, duration_ms: int,
                     transcode_state: str, actor: str = "kiosk") -> None:
        """After the background transcode: the final file replaces the WAV in the record."""
        with write_transaction(self.db):
            self.db.execute("UPDATE submissions SET audio_path = ?, audio_sha256 = ?, duration_ms = ?,"
                            " transcode_state = ?, updated_at = ? WHERE id = ?",
                            [audio_path, sha256, duration_ms, transcode_state, utc_now(), sid])
            append_event(self.db, actor, "media_" + transcode_state, sid, {"sha256": sha256})

    def set_attention(self, sid: str, reason: str | None, actor: str = "kiosk") -> None:
        with write_transaction(self.db):
            self.db.execute("UPDATE submissions SET attention = ?, updated_at = ? WHERE id = ?",
                            [reason, utc_now(), sid])
            append_event(self.db, actor, "attention", sid, {"reason": reason})

    def live_voice_media(self) -> list[tuple[str, str, str | None, str | None]]:
        """(id, transcode_state, attention, audio_path) of every submitted or approved voice item:
        what start-up recovery looks at, without a Submission object per row of a big queue."""
        return self.db.execute(
            "SELECT id, transcode_state, attention, audio_path FROM submissions"
            " WHERE kind = 'voice' AND status IN ('submitted', 'approved')").fetchall()

    def audio_file_names(self) -> set[str]:
        """The file name of every audio_path a row points at (what a media-dir sweep must keep)."""
        rows = self.db.execute("SELECT audio_path FROM submissions WHERE audio_path IS NOT NULL")
        return {os.path.basename(path) for (path,) in rows}

    def drafts(self) -> list[Submission]:
        return self.list(status="draft")

    def last_submitted_times(self, since_iso: str) -> list[str]:
        rows = self.db.execute("SELECT submitted_at FROM submissions WHERE submitted_at >= ? "
                               "ORDER BY submitted_at", [since_iso]).fetchall()
        return [r[0] for r in rows]
