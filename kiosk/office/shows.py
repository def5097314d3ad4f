"""Live shows and their rundowns: which questions the mayor answers, in which order, and what happened.

A show has a date (ISO stored, Jalali shown), an optional start time and a title. Its rundown is an
ordered list of library items; an item is in one show's rundown at a time (UNIQUE item_id), and a
withdrawn item leaves every rundown. Positions are kept 1..n without gaps. Every change is one
transaction with one event in the office audit chain.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from kiosk.office.database import OfficeDatabase as Database
from kiosk.office.database import write_transaction
from kiosk.store.audit import append_event, utc_now
from kiosk.store.tickets import canonical_ticket, is_valid_ticket
from kiosk.text import normalize_digits

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
RUNDOWN_COLUMNS = ("position", "ticket", "topic", "kind", "broadcast", "answered_at", "skipped")


class ShowError(ValueError):
    """Something a clerk can act on: unknown show or ticket, item already in another show, …"""


def _compact(db: Database, show_id: int) -> None:
    """Renumber 1..n in the current order (after a removal)."""
    db.execute("UPDATE rundown SET position = (SELECT COUNT(*) FROM rundown r2 WHERE r2.show_id = rundown.show_id"
               " AND r2.position <= rundown.position) WHERE show_id = ?", [show_id])


def leave_rundowns(db: Database, item_id: str) -> None:
    """Call inside the transaction that withdraws an item."""
    row = db.execute("SELECT show_id FROM rundown WHERE item_id = ?", [item_id]).fetchone()
    if row:
        db.execute("DELETE FROM rundown WHERE item_id = ?", [item_id])
        _compact(db, row[0])


def parse_time(text: str | None) -> str | None:
    if not text:
        return None
    m = _TIME.match(normalize_digits(text.strip()))
    if not m:
        raise ShowError(f"{text!r} is not a time of day; write HH:MM, e.g. 20:30")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


class Shows:
    """The programme side of one office library (`Shows(lib.db)`); one per thread like the library."""

    def __init__(self, db: Database, actor: str = "office"):
        self.db, self.actor = db, actor

    # ---- shows ----------------------------------------------------------------------------
    def create(self, day: date, title: str = "", starts_at: str | None = None) -> int:
        starts = parse_time(starts_at)
        title = (title or "").strip()[:200]
        with write_transaction(self.db):
            # The id is given here (the next number, under the write lock) on both engines.
            show_id = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM shows").fetchone()[0]
            self.db.execute("INSERT INTO shows (id, show_date, starts_at, title, created_at) VALUES (?,?,?,?,?)",
                            [show_id, day.isoformat(), starts, title, utc_now()])
            append_event(self.db, self.actor, "show_created", None,
                         {"show": show_id, "date": day.isoformat(), "starts_at": starts, "title": title})
        return show_id

    def all(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT s.*, (SELECT COUNT(*) FROM rundown r WHERE r.show_id = s.id) AS items"
                              " FROM shows s ORDER BY show_date DESC, id DESC")
        return [dict(zip([d[0] for d in cur.description], r)) for r in cur.fetchall()]

    def get(self, show_id: int | str) -> dict[str, Any]:
        try:
            sid = int(normalize_digits(str(show_id)))
        except ValueError:
            raise ShowError(f"{show_id!r} is not a show number (see `kiosk office show list`)") from None
        cur = self.db.execute("SELECT * FROM shows WHERE id = ?", [sid])
        row = cur.fetchone()
        if row is None:
            raise ShowError(f"there is no show {show_id}")
        return dict(zip([d[0] for d in cur.description], row))

    # ---- the rundown ----------------------------------------------------------------------
    def rundown(self, show_id: int | str) -> list[dict[str, Any]]:
        show = self.get(show_id)
        cur = self.db.execute(
            "SELECT r.position, r.answered_at, r.skipped_at, i.id AS item_id, i.ticket, i.kiosk_id, i.channel,"
            " i.topic, i.kind, i.duration_ms, i.text_display, i.audio_file, i.consent_scopes, i.personal_data,"
            " i.language FROM rundown r JOIN items i ON i.id = r.item_id WHERE r.show_id = ? ORDER BY r.position",
            [show["id"]])
        names = [d[0] for d in cur.description]
        out = []
        for row in cur.fetchall():
            r = dict(zip(names, row))
            r["broadcast"] = '"broadcast"' in (r.pop("consent_scopes") or "")
            r["skipped"] = r["skipped_at"] is not None
            out.append(r)
        return out

    def _item(self, ticket: str, kiosk_id: str | None = None) -> dict[str, Any]:
        if not is_valid_ticket(ticket):
            raise ShowError(f"{ticket!r} is not a ticket code (8 digits, the last one a check digit)")
        sql, params = "SELECT id, ticket, kiosk_id, withdrawn_at FROM items WHERE ticket = ?", [canonical_ticket(ticket)]
        if kiosk_id:
            sql, params = sql + " AND kiosk_id = ?", params + [kiosk_id]
        rows = self.db.execute(sql, params).fetchall()
        if not rows:
            raise ShowError(f"no question with ticket {ticket} in the office library")
        if len(rows) > 1:
            raise ShowError(f"ticket {ticket} exists at several kiosks; name the kiosk")
        item_id, canon, kiosk, withdrawn = rows[0]
        if withdrawn:
            raise ShowError(f"{canon} was withdrawn by the citizen")
        return {"id": item_id, "ticket": canon, "kiosk_id": kiosk}

    def _entry(self, item_id: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT show_id, position FROM rundown WHERE item_id = ?", [item_id]).fetchone()
        return (row[0], row[1]) if row else None

    def _planned(self, show: dict[str, Any], ticket: str) -> tuple[dict[str, Any], int]:
        """The item and its position in this show's rundown; ShowError when it is not there."""
        item = self._item(ticket)
        entry = self._entry(item["id"])
        if not entry or entry[0] != show["id"]:
            raise ShowError(f"{item['ticket']} is not in the rundown of show {show['id']}")
        return item, entry[1]

    def add(self, show_id: int | str, tickets: list[str]) -> list[str]:
        """Appends in the order given; a ticket already in this rundown stays where it is."""
        show = self.get(show_id)
        added = []
        with write_transaction(self.db):
            for ticket in tickets:
                item = self._item(ticket)
                entry = self._entry(item["id"])
                if entry and entry[0] == show["id"]:
                    continue
                if entry:
                    raise ShowError(f"{item['ticket']} is already in the rundown of show {entry[0]};"
                                    " remove it there first")
                pos = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM rundown WHERE show_id = ?",
                                      [show["id"]]).fetchone()[0]
                self.db.execute("INSERT INTO rundown (show_id, item_id, position) VALUES (?,?,?)",
                                [show["id"], item["id"], pos])
                append_event(self.db, self.actor, "rundown_added", item["id"],
                             {"show": show["id"], "ticket": item["ticket"], "position": pos})
                added.append(item["ticket"])
        return added

    def remove(self, show_id: int | str, ticket: str) -> None:
        show = self.get(show_id)
        with write_transaction(self.db):
            item, _ = self._planned(show, ticket)
            self.db.execute("DELETE FROM rundown WHERE item_id = ?", [item["id"]])
            _compact(self.db, show["id"])
            append_event(self.db, self.actor, "rundown_removed", item["id"],
                         {"show": show["id"], "ticket": item["ticket"]})

    def move(self, show_id: int | str, ticket: str, to: int) -> int:
        """Moves to position `to` (1-based, clamped to the rundown); returns the new position."""
        show = self.get(show_id)
        with write_transaction(self.db):
            item, position = self._planned(show, ticket)
            order = [r[0] for r in self.db.execute("SELECT item_id FROM rundown WHERE show_id = ? ORDER BY position",
                                                   [show["id"]])]
            order.remove(item["id"])
            to = max(1, min(int(to), len(order) + 1))
            order.insert(to - 1, item["id"])
            for pos, item_id in enumerate(order, start=1):
                self.db.execute("UPDATE rundown SET position = ? WHERE item_id = ?", [pos, item_id])
            append_event(self.db, self.actor, "rundown_moved", item["id"],
                         {"show": show["id"], "ticket": item["ticket"], "from": position, "to": to})
        return to

    def mark_answered(self, show_id: int | str, ticket: str, at: datetime | None = None) -> str:
        """Stores the moment; the library's answered_on becomes that local day."""
        return self._mark(show_id, ticket, answered=True, at=at)

    def mark_skipped(self, show_id: int | str, ticket: str) -> str:
        return self._mark(show_id, ticket, answered=False)

    def _mark(self, show_id: int | str, ticket: str, answered: bool, at: datetime | None = None) -> str:
        show = self.get(show_id)
        moment = at or datetime.now(timezone.utc)
        stamp = moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        with write_transaction(self.db):
            item, _ = self._planned(show, ticket)
            if answered:
                self.db.execute("UPDATE rundown SET answered_at = ?, skipped_at = NULL WHERE item_id = ?",
                                [stamp, item["id"]])
                self.db.execute("UPDATE items SET answered_on = ?, outcome_reason = NULL WHERE id = ?",
                                [moment.astimezone().date().isoformat(), item["id"]])
            else:
                self.db.execute("UPDATE rundown SET skipped_at = ?, answered_at = NULL WHERE item_id = ?",
                                [stamp, item["id"]])
                self.db.execute("UPDATE items SET answered_on = NULL WHERE id = ?", [item["id"]])
            append_event(self.db, self.actor, "answered_live" if answered else "skipped_live", item["id"],
                         {"show": show["id"], "ticket": item["ticket"], "at": stamp})
        return stamp

    def set_outcome(self, ticket: str, reason: str | None) -> str:
        """Why a question was not broadcast (NOT_SELECTED_REASONS), or None to clear it."""
        from kiosk.office.choices import NOT_SELECTED_REASONS
        if reason is not None and reason not in NOT_SELECTED_REASONS:
            raise ShowError(f"the reason is one of {', '.join(NOT_SELECTED_REASONS)}")
        with write_transaction(self.db):
            item = self._item(ticket)
            self.db.execute("UPDATE items SET outcome_reason = ? WHERE id = ?", [reason, item["id"]])
            append_event(self.db, self.actor, "outcome_set", item["id"], {"ticket": item["ticket"], "reason": reason})
        return item["ticket"]

    def listing(self, show_id: int | str) -> list[dict[str, Any]]:
        """The `kiosk office show list SHOW --json` contract."""
        return [{"position": r["position"], "ticket": r["ticket"], "topic": r["topic"], "kind": r["kind"],
                 "broadcast": r["broadcast"], "answered_at": r["answered_at"], "skipped": r["skipped"],
                 "channel": r["channel"], "kiosk_id": r["kiosk_id"]} for r in self.rundown(show_id)]

    def totals(self, show_id: int | str) -> dict[str, int]:
        rows = self.rundown(show_id)
        return {"items": len(rows), "audio_ms": sum(r["duration_ms"] or 0 for r in rows if r["audio_file"]),
                "answered": sum(1 for r in rows if r["answered_at"]), "skipped": sum(1 for r in rows if r["skipped"])}
