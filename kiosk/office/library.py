"""The office library: imported questions, trusted kiosks, tags, withdrawals, draw records.

A separate SQLite file in the office dir (opened like the kiosk database: quick_check, WAL,
synchronous=FULL), or a PostgreSQL database shared by several desks (kiosk.office.database), plus
the media (kiosk.office.media). Every change that matters to a
citizen (import, withdrawal, draw) is one transaction with one audit event in the same chain
format as the kiosk's, so `verify_chain` checks it too.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from kiosk import text as textmod
from kiosk.office.dates import local_day_bounds_utc
from kiosk.office.database import OfficeDatabase as Database
from kiosk.office.database import connect, write_transaction
from kiosk.office.draw import normalize_phone
from kiosk.office.ids import KIOSK_ID
from kiosk.office.media import FolderMedia, S3Media, open_media
from kiosk.office.migrations import office_migrations
from kiosk.office.shows import leave_rundowns
from kiosk.store.audit import append_event, utc_now
from kiosk.sync.keys import fingerprint_of, parse_public_key, public_key_b64

OFFICE_DIR_ENV = "KIOSK_OFFICE_DIR"
OFFICE_STATUSES = ("new", "selected", "answered", "withdrawn")


class LibraryError(RuntimeError):
    """Something a person can act on (unknown ticket, name already used, …)."""


class DuplicateItem(LibraryError):
    """The submission id is already in the library."""


class TicketTaken(LibraryError):
    """Another submission of the same kiosk already has this ticket."""


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def scope_clause(scope: str, column: str = "consent_scopes") -> tuple[str, list[str]]:
    """The consent scope was given: consent_scopes is json.dumps(sorted list), so the scope's JSON
    string opens the list or follows ", " (inside another scope every quote is escaped). Plain
    LIKE, the same on both engines."""
    quoted = _like_escape(json.dumps(scope))
    return (f"({column} LIKE ? ESCAPE '\\' OR {column} LIKE ? ESCAPE '\\')",
            ["%[" + quoted + "%", "%, " + quoted + "%"])


def default_office_dir(environ: dict[str, str] | None = None) -> Path:
    """--office-dir > KIOSK_OFFICE_DIR > $XDG_DATA_HOME/citizen-tribune-office (~/.local/share/…)."""
    env = os.environ if environ is None else environ
    if env.get(OFFICE_DIR_ENV):
        return Path(env[OFFICE_DIR_ENV]).expanduser()
    base = Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "citizen-tribune-office"


@dataclass
class ItemFilter:
    kiosk: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: str | None = None
    status: str | None = None  # one of OFFICE_STATUSES
    scopes: list[str] = field(default_factory=list)  # every one of these must have been given
    search: str | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.kiosk:
            clauses.append("kiosk_id = ?")
            params.append(self.kiosk)
        if self.date_from or self.date_to:
            lo, hi = local_day_bounds_utc(self.date_from or date(1900, 1, 1), self.date_to or date(9998, 12, 31))
            clauses.append("COALESCE(submitted_at, created_at) >= ? AND COALESCE(submitted_at, created_at) < ?")
            params += [lo, hi]
        if self.topic:
            clauses.append("topic = ?")
            params.append(self.topic)
        if self.status:
            clauses.append({"new": "withdrawn_at IS NULL AND selected = 0 AND answered_on IS NULL",
                            "selected": "withdrawn_at IS NULL AND selected = 1",
                            "answered": "withdrawn_at IS NULL AND answered_on IS NOT NULL",
                            "withdrawn": "withdrawn_at IS NOT NULL"}[self.status])
        for scope in self.scopes:
            clause, values = scope_clause(scope)
            clauses.append(clause)
            params += values
        if self.search:
            key = textmod.search_key(self.search)
            if key:
                clauses.append("(search_key LIKE ? ESCAPE '\\' OR ticket LIKE ? ESCAPE '\\')")
                like = "%" + _like_escape(key) + "%"
                params += [like, "%" + textmod.normalize_digits(self.search.strip()) + "%"]
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _row_dict(cursor, row) -> dict[str, Any]:
    out = {d[0]: v for d, v in zip(cursor.description, row)}
    if "consent_scopes" in out:
        out["consent_scopes"] = json.loads(out["consent_scopes"] or "[]")
    return out


class Library:
    """One per thread (connections are not shared): `open_library(office_dir)`."""

    def __init__(self, root: Path, db: Database, media: FolderMedia | S3Media | None = None):
        self.root, self.db = Path(root), db
        self.media = media or FolderMedia(self.root)

    # ---- places ---------------------------------------------------------------------------
    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def quarantine_dir(self) -> Path:
        return self.root / "quarantine"

    @property
    def draws_dir(self) -> Path:
        return self.root / "draws"

    def media_path(self, item: dict, fetch: bool = True) -> Path | None:
        """A local file to play: the office dir's own, or a private copy of the bucket's object
        (read now, so call on a worker; fetch=False: only a copy already read, else None)."""
        rel = item.get("audio_file")
        if not rel:
            return None
        if self.media.remote and not fetch:
            return self.media.cached(rel)
        return self.media.local_path(rel)

    def close(self) -> None:
        self.db.close()
        self.media.close()

    # ---- trusted kiosks -------------------------------------------------------------------
    def trust(self, public_key: str, name: str) -> dict:
        """Trust a kiosk's key and pin it to kiosk id `name`: the key's envelopes must claim that id."""
        if not KIOSK_ID.match(name):
            raise LibraryError("the name is the kiosk id (as `kiosk keys show` prints it at the kiosk): "
                               "1–64 letters, digits, '_' or '-', starting with a letter or digit")
        try:
            canonical = public_key_b64(parse_public_key(public_key.strip()))
        except ValueError:
            raise LibraryError("that is not a kiosk public key (base64 of 32 bytes, as `kiosk keys show` prints)") \
                from None
        with write_transaction(self.db):
            if self.db.execute("SELECT 1 FROM kiosks WHERE name = ? AND public_key != ?",
                               [name, canonical]).fetchone():
                raise LibraryError(f"the name {name!r} is already used for another key")
            row = self.db.execute("SELECT kiosk_id FROM kiosks WHERE public_key = ?", [canonical]).fetchone()
            if row and row[0] and row[0] != name and \
                    self.db.execute("SELECT 1 FROM items WHERE kiosk_id = ?", [row[0]]).fetchone():
                raise LibraryError(f"this key already speaks for kiosk {row[0]}, whose questions are in the "
                                   f"library; trust it with --name {row[0]}")
            self.db.execute("INSERT INTO kiosks (public_key, name, fingerprint, kiosk_id, added_at) VALUES (?,?,?,?,?)"
                            " ON CONFLICT(public_key) DO UPDATE SET name = excluded.name, kiosk_id = excluded.kiosk_id",
                            [canonical, name, fingerprint_of(canonical), name, utc_now()])
            # Envelopes refused for an unknown key are read again by the next import.
            self.db.execute("DELETE FROM envelopes WHERE outcome = 'quarantined' AND reason = 'unknown_kiosk'")
            append_event(self.db, "office", "kiosk_trusted", None, {"name": name, "fingerprint": fingerprint_of(canonical)})
        return {"name": name, "kiosk_id": name, "public_key": canonical, "fingerprint": fingerprint_of(canonical)}

    def trusted_kiosks(self) -> dict[str, str]:
        """public key (base64) → name."""
        return {r[0]: r[1] for r in self.db.execute("SELECT public_key, name FROM kiosks")}

    def kiosks(self) -> list[dict]:
        """Every trusted key with the kiosk id it is pinned to (None: refused until trusted again)."""
        cur = self.db.execute("SELECT name, kiosk_id, fingerprint, public_key FROM kiosks ORDER BY name")
        return [_row_dict(cur, r) for r in cur.fetchall()]

    def keys_by_kiosk(self) -> dict[str, list[str]]:
        """kiosk id → its pinned public keys, for verify_envelope's trusted_keys."""
        out: dict[str, list[str]] = {}
        for key, kiosk_id in self.db.execute("SELECT public_key, kiosk_id FROM kiosks WHERE kiosk_id IS NOT NULL"):
            out.setdefault(kiosk_id, []).append(key)
        return out

    # ---- envelopes seen -------------------------------------------------------------------
    def envelope_outcome(self, name: str, sha256: str | None = None) -> str | None:
        sql, params = "SELECT outcome FROM envelopes WHERE name = ?", [name]
        if sha256:
            sql, params = sql + " AND sha256 = ?", params + [sha256]
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def seen_names(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM envelopes")}

    def seen_listings(self) -> set[tuple[str, str | None]]:
        """(name, listing) of every envelope recorded. Rows from before listings were kept have
        listing None; the importer skips those by name unless they were quarantined."""
        return {(r[0], r[1]) for r in self.db.execute("SELECT name, listing FROM envelopes")}

    def listing_recorded(self, name: str, listing: str | None) -> bool:
        return self.db.execute("SELECT 1 FROM envelopes WHERE name = ? AND listing = ?",
                               [name, listing]).fetchone() is not None

    def record_envelope(self, name: str, sha256: str, outcome: str, reason: str | None = None,
                        item_id: str | None = None, listing: str | None = None) -> None:
        """Idempotent, so two imports racing on one envelope leave one row and one audit event;
        an 'imported' row keeps its outcome."""
        with write_transaction(self.db):
            row = self.db.execute("SELECT outcome, reason FROM envelopes WHERE name = ? AND sha256 = ?",
                                  [name, sha256]).fetchone()
            self.db.execute(
                "INSERT INTO envelopes (name, sha256, outcome, reason, item_id, at, listing) VALUES (?,?,?,?,?,?,?)"
                " ON CONFLICT(name, sha256) DO UPDATE SET listing = excluded.listing,"
                " outcome = CASE WHEN envelopes.outcome = 'imported' THEN envelopes.outcome ELSE excluded.outcome END,"
                " reason = CASE WHEN envelopes.outcome = 'imported' THEN envelopes.reason ELSE excluded.reason END,"
                " item_id = COALESCE(envelopes.item_id, excluded.item_id)",
                [name, sha256, outcome, reason, item_id, utc_now(), listing])
            if outcome == "quarantined" and row != ("quarantined", reason):
                append_event(self.db, "office", "envelope_quarantined", None, {"name": name, "reason": reason})

    def note_listing(self, name: str, sha256: str, listing: str | None) -> bool:
        """True when these exact bytes were recorded under this name: only the listing is updated."""
        with write_transaction(self.db):
            cur = self.db.execute("UPDATE envelopes SET listing = ? WHERE name = ? AND sha256 = ?",
                                  [listing, name, sha256])
        return cur.rowcount > 0

    def has_item(self, item_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM items WHERE id = ?", [item_id]).fetchone() is not None

    def add_item(self, values: dict[str, Any], envelope_name: str, envelope_sha256: str,
                 listing: str | None = None) -> str:
        """values: fields already checked by the importer; media already written under media/.
        DuplicateItem when the id is already in (another import may have just added it);
        TicketTaken when the kiosk's ticket belongs to another id."""
        cleaned = textmod.clean(values.get("text") or "") if values.get("text") else None
        row = dict(values)
        row.update(text_display=cleaned.display if cleaned else None,
                   search_key=textmod.search_key(values["text"]) if cleaned else None,
                   consent_scopes=json.dumps(sorted(set(values.get("consent_scopes") or []))),
                   phone_key=normalize_phone(values.get("phone")) or None,
                   metadata=json.dumps(values.get("metadata") or {}, ensure_ascii=False, sort_keys=True),
                   envelope_name=envelope_name, envelope_sha256=envelope_sha256, imported_at=utc_now())
        cols = ", ".join(row)
        with write_transaction(self.db):
            other = self.db.execute("SELECT id FROM items WHERE kiosk_id = ? AND ticket = ? AND id != ?",
                                    [row["kiosk_id"], row["ticket"], row["id"]]).fetchone()
            if other:
                raise TicketTaken(f"ticket {row['ticket']} of kiosk {row['kiosk_id']} is already in the "
                                  f"library as {other[0]}")
            # The primary key decides between two imports of one submission, on either engine.
            inserted = self.db.execute(f"INSERT INTO items ({cols}) VALUES ({', '.join('?' for _ in row)})"
                                       " ON CONFLICT (id) DO NOTHING", list(row.values())).rowcount
            if inserted != 1:
                raise DuplicateItem(row["id"])
            self.db.execute("INSERT INTO envelopes (name, sha256, outcome, reason, item_id, at, listing)"
                            " VALUES (?,?,'imported',NULL,?,?,?) ON CONFLICT(name, sha256) DO UPDATE SET"
                            " outcome = 'imported', reason = NULL, item_id = excluded.item_id, at = excluded.at,"
                            " listing = excluded.listing",
                            [envelope_name, envelope_sha256, row["id"], utc_now(), listing])
            append_event(self.db, "office", "imported", row["id"], {"ticket": row["ticket"], "kiosk_id": row["kiosk_id"]})
        return row["id"]

    # ---- reading --------------------------------------------------------------------------
    def get(self, id_or_ticket: str, kiosk_id: str | None = None) -> dict[str, Any]:
        key = textmod.normalize_digits(id_or_ticket.strip())
        cur = self.db.execute("SELECT * FROM items WHERE id = ?", [key])
        rows = cur.fetchall()
        if not rows:
            from kiosk.store.tickets import canonical_ticket
            sql, params = "SELECT * FROM items WHERE ticket = ?", [canonical_ticket(key)]
            if kiosk_id:
                sql, params = sql + " AND kiosk_id = ?", params + [kiosk_id]
            cur = self.db.execute(sql, params)
            rows = cur.fetchall()
        if not rows:
            raise LibraryError(f"no question with id or ticket {id_or_ticket!r} in the office library")
        if len(rows) > 1:
            raise LibraryError(f"ticket {id_or_ticket} exists at several kiosks; add --kiosk KIOSK_ID")
        return _row_dict(cur, rows[0])

    def items(self, flt: ItemFilter | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = (flt or ItemFilter()).where()
        sql = f"SELECT * FROM items {where} ORDER BY COALESCE(submitted_at, created_at) DESC, id DESC"
        if limit is not None:
            sql, params = sql + " LIMIT ? OFFSET ?", params + [limit, offset]
        cur = self.db.execute(sql, params)
        return [_row_dict(cur, r) for r in cur.fetchall()]

    def count(self, flt: ItemFilter | None = None) -> int:
        where, params = (flt or ItemFilter()).where()
        return self.db.execute(f"SELECT COUNT(*) FROM items {where}", params).fetchone()[0]

    def counts_per_day(self, flt: ItemFilter | None = None) -> list[tuple[str, int]]:
        where, params = (flt or ItemFilter()).where()
        # Per UTC minute in SQL (portable), then the office's local day here: zones differ by minutes.
        rows = self.db.execute("SELECT substr(COALESCE(submitted_at, created_at), 1, 16), COUNT(*)"
                               f" FROM items {where} GROUP BY 1", params).fetchall()
        days: Counter = Counter()
        for minute, n in rows:
            try:
                day = datetime.fromisoformat(minute).replace(tzinfo=timezone.utc).astimezone().date().isoformat()
            except (TypeError, ValueError):
                day = None
            days[day] += n
        return sorted(days.items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))

    def counts_per_topic(self, flt: ItemFilter | None = None) -> list[tuple[str, int]]:
        where, params = (flt or ItemFilter()).where()
        rows = self.db.execute(f"SELECT COALESCE(topic, ''), COUNT(*) FROM items {where}"
                               " GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall()
        return [(r[0], r[1]) for r in rows]

    def distinct(self, column: str) -> list[str]:
        if column not in ("kiosk_id", "topic"):
            raise ValueError(column)
        return [r[0] for r in self.db.execute(f"SELECT DISTINCT {column} FROM items WHERE {column} IS NOT NULL"
                                              f" ORDER BY {column}")]

    # ---- office work ----------------------------------------------------------------------
    def _update(self, item_id: str, action: str, values: dict[str, Any], detail: dict) -> dict:
        cols = ", ".join(f"{k} = ?" for k in values)
        with write_transaction(self.db):
            cur = self.db.execute(f"UPDATE items SET {cols} WHERE id = ? AND withdrawn_at IS NULL",
                                  [*values.values(), item_id])
            if cur.rowcount != 1:
                raise LibraryError(f"{item_id} does not exist or was withdrawn")
            append_event(self.db, "office", action, item_id, detail)
        return self.get(item_id)

    def set_selected(self, item_id: str, selected: bool) -> dict:
        return self._update(item_id, "tag_selected", {"selected": int(selected)}, {"value": bool(selected)})

    def set_answered(self, item_id: str, day: date | None) -> dict:
        value = day.isoformat() if day else None
        return self._update(item_id, "tag_answered", {"answered_on": value}, {"on": value})

    def set_notes(self, item_id: str, notes: str) -> dict:
        return self._update(item_id, "notes", {"notes": textmod.storable(notes)}, {})

    def withdraw(self, id_or_ticket: str, kiosk_id: str | None = None, reason: str = "citizen request") -> dict:
        """Media and personal data go; a tombstone (id, ticket, kiosk, dates) and the audit event stay."""
        item = self.get(id_or_ticket, kiosk_id)
        if item["withdrawn_at"]:
            return item
        media = item.get("audio_file")
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE items SET text = NULL, text_display = NULL, search_key = NULL, phone = NULL,"
                " phone_key = NULL, contact_name = NULL, audio_file = NULL, notes = '', metadata = '{}',"
                " selected = 0, handle = NULL, withdrawn_at = ? WHERE id = ?", [utc_now(), item["id"]])
            leave_rundowns(self.db, item["id"])
            append_event(self.db, "office", "withdrawn", item["id"],
                         {"ticket": item["ticket"], "kiosk_id": item["kiosk_id"], "reason": reason,
                          "media_removed": bool(media)})
        if media:
            self.media.delete(media)  # after the commit: a crash leaves a file, never a live record
        return self.get(item["id"])


def open_library(root: Path | str, database_url: str | None = None) -> Library:
    """database_url (else KIOSK_OFFICE_DATABASE_URL, else office.toml's [office] database_url):
    PostgreSQL; none: the SQLite file office.db in the office dir."""
    from kiosk.office.office_config import load_office_config
    root = Path(root).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    config = load_office_config(root)
    db = connect(database_url or config.database_url, root / "office.db")
    if office_migrations.pending(db):
        office_migrations.apply(db)  # one write transaction: two processes migrate an old library once
    return Library(root, db, open_media(root, config.media_url, config.media_endpoint_url, config.media_region))


def connect_library(root: Path | str, database_url: str | None = None) -> Library:
    """A cheap connection to a library this process has opened (open_library) before: no integrity
    check, no migrations; for workers that each need their own (ThreadConnections)."""
    from kiosk.office.office_config import load_office_config
    root = Path(root).expanduser()
    config = load_office_config(root)
    db = connect(database_url or config.database_url, root / "office.db", check=False)
    return Library(root, db, open_media(root, config.media_url, config.media_endpoint_url, config.media_region))
