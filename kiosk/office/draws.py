"""The draw against the office library: who is eligible, freezing the list, running it once, minutes.

The pure procedure lives in kiosk.office.draw; this module only feeds it from the library and
writes files under <office dir>/draws/<draw id>/ (entrants.txt, minutes.json, minutes.html).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.fileio import write_durably
from kiosk.office import keys as office_keys
from kiosk.office.dates import local_day_bounds_utc
from kiosk.office.draw import (DrawError, Entrant, commitment_of, entrants_bytes, mask_phone,
                               normalize_commitment, run_draw)
from kiosk.office.database import write_transaction
from kiosk.office.library import Library, scope_clause
from kiosk.office.minutes import build_minutes, sign_minutes, write_minutes
from kiosk.store.audit import append_event, utc_now

ENTRANTS_FILE = "entrants.txt"


@dataclass(frozen=True)
class PreparedDraw:
    draw_id: str
    commitment: str
    entrants_path: Path
    count: int
    window: tuple[str, str]


def eligible_entrants(lib: Library, date_from: date, date_to: date) -> list[Entrant]:
    """Approved, flagged constructive, draw scope given, phone present, not withdrawn, in the window;
    one entry per phone number (its earliest question; ties broken by ticket then kiosk)."""
    if date_to < date_from:
        raise DrawError("the window ends before it starts")
    lo, hi = local_day_bounds_utc(date_from, date_to)
    draw_scope, scope_params = scope_clause("draw")
    rows = lib.db.execute(
        "SELECT ticket, kiosk_id, phone_key, COALESCE(submitted_at, created_at) AS at FROM items"
        " WHERE withdrawn_at IS NULL AND kiosk_status = 'approved' AND constructive = 1"
        f" AND phone_key IS NOT NULL AND phone_key != '' AND {draw_scope}"
        " AND COALESCE(submitted_at, created_at) >= ? AND COALESCE(submitted_at, created_at) < ?"
        " ORDER BY at, ticket, kiosk_id", [*scope_params, lo, hi]).fetchall()
    seen: set[str] = set()
    out = []
    for ticket, kiosk_id, phone_key, _at in rows:
        if phone_key in seen:
            continue
        seen.add(phone_key)
        out.append(Entrant(ticket, kiosk_id))
    return out


def prepare(lib: Library, date_from: date, date_to: date) -> PreparedDraw:
    """Freeze the list. Preparing the same list again returns the same draw (same commitment)."""
    entrants = eligible_entrants(lib, date_from, date_to)
    if not entrants:
        raise DrawError("nobody is eligible in that window (approved, constructive, draw consent, phone)")
    data = entrants_bytes(entrants, date_from, date_to)
    commitment = commitment_of(data)
    existing = lib.db.execute("SELECT id FROM draws WHERE commitment = ?", [commitment]).fetchone()
    draw_id = existing[0] if existing else f"{date_from.isoformat()}_{date_to.isoformat()}_{commitment[:8]}"
    folder = lib.draws_dir / draw_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ENTRANTS_FILE
    if not path.exists() or path.read_bytes() != data:
        write_durably(path, data)
    if not existing:
        with write_transaction(lib.db):
            lib.db.execute("INSERT INTO draws (id, prepared_at, window_from, window_to, commitment, entrants_file,"
                           " entrant_count) VALUES (?,?,?,?,?,?,?)",
                           [draw_id, utc_now(), date_from.isoformat(), date_to.isoformat(), commitment,
                            str(path.relative_to(lib.root)), len(entrants)])
            append_event(lib.db, "office", "draw_prepared", None,
                         {"draw_id": draw_id, "commitment": commitment, "entrants": len(entrants)})
    return PreparedDraw(draw_id, commitment, path, len(entrants), (date_from.isoformat(), date_to.isoformat()))


def find_draw(lib: Library, commitment: str) -> dict:
    commitment = normalize_commitment(commitment)
    cur = lib.db.execute("SELECT * FROM draws WHERE commitment = ?", [commitment])
    row = cur.fetchone()
    if row is None:
        raise DrawError(f"no prepared draw has commitment {commitment}; run `kiosk draw prepare` first")
    return {d[0]: v for d, v in zip(cur.description, row)}


def latest_unrun_commitment(lib: Library) -> str:
    """The commitment of the newest prepared draw not yet run ("" when none): the draw view's default."""
    row = lib.db.execute(
        "SELECT commitment FROM draws WHERE run_at IS NULL ORDER BY prepared_at DESC LIMIT 1").fetchone()
    return row[0] if row else ""


def masked_phones(lib: Library, entrants: list[Entrant]) -> dict[tuple[str, str], str]:
    out = {}
    for e in entrants:
        row = lib.db.execute("SELECT phone, withdrawn_at FROM items WHERE ticket = ? AND kiosk_id = ?",
                             [e.ticket, e.kiosk_id]).fetchone()
        out[(e.ticket, e.kiosk_id)] = "" if row is None or row[1] else mask_phone(row[0])
    return out


def run(lib: Library, commitment: str, witnesses: list[str], beacon: str | None, winners: int,
        reserves: int = 0) -> tuple[dict, Path, Path]:
    """Runs a prepared draw exactly once (a second run could be used to pick a preferred result)."""
    draw = find_draw(lib, commitment)
    if draw["run_at"]:
        raise DrawError(f"this draw was already run at {draw['run_at']}; its minutes are {draw['minutes_file']}")
    key = office_keys.load_signing_key(lib.keys_dir)
    entrants_path = lib.root / draw["entrants_file"]
    result = run_draw(entrants_path.read_bytes(), draw["commitment"], witnesses, beacon, winners, reserves)
    masked = masked_phones(lib, [*result.winners, *result.reserves])
    minutes = build_minutes(result, draw_id=draw["id"], entrants_file_name=entrants_path.name,
                            window=(draw["window_from"], draw["window_to"]), witnesses=list(witnesses),
                            beacon=beacon, masked=masked)
    minutes = sign_minutes(minutes, key)
    json_path, html_path = write_minutes(minutes, entrants_path.parent)
    with write_transaction(lib.db):
        lib.db.execute("UPDATE draws SET run_at = ?, minutes_file = ? WHERE id = ?",
                       [minutes["run_at"], str(json_path.relative_to(lib.root)), draw["id"]])
        append_event(lib.db, "office", "draw_run", None,
                     {"draw_id": draw["id"], "seed": minutes["seed"],
                      "winners": [w["ticket"] for w in minutes["winners"]]})
    return minutes, json_path, html_path


def winners_contacts(lib: Library, minutes: dict) -> list[dict]:
    """The one place a phone number leaves the library: the office calls the winners."""
    out = []
    for kind in ("winners", "reserves"):
        for row in minutes[kind]:
            item = lib.db.execute("SELECT phone, contact_name, handle, channel FROM items WHERE ticket = ?"
                                  " AND kiosk_id = ? AND withdrawn_at IS NULL",
                                  [row["ticket"], row["kiosk_id"]]).fetchone()
            out.append({"kind": kind[:-1], "rank": row["rank"], "ticket": row["ticket"], "kiosk_id": row["kiosk_id"],
                        "phone": item[0] if item else None, "contact_name": item[1] if item else None,
                        "handle": item[2] if item else None, "channel": item[3] if item else None})
    return out
