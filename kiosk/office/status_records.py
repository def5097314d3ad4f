"""What the public ticket-status site may say about each question, and under which file name.

A record says only the stage (received → under review → selected for a show → answered live / not
selected, with the reason from a fixed list), the dates, the show's date and time, and the draw
outcome with a link to the signed minutes. Never text, audio, phone, name, handle, kiosk or item ids.
Records are named by HMAC-SHA256(site key, "ticket:NNNN-NNNN"), so no file lists the tickets; the
page computes the same name in the browser with WebCrypto from the code the citizen types.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

from kiosk.fileio import write_durably
from kiosk.office.choices import NOT_SELECTED_REASONS  # noqa: F401 - re-exported

STAGES = ("received", "review", "selected", "answered", "not_selected")
DRAW_STATES = ("none", "entered", "winner", "reserve")
SITE_KEY_FILE = "status-site.key"
RECORD_DIR = "r"


def site_key(keys_dir: Path) -> bytes:
    """32 random bytes made once per office and kept with its keys; published as the site's salt."""
    path = Path(keys_dir) / SITE_KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_durably(path, secrets.token_hex(32).encode(), mode=0o600)
    return bytes.fromhex(path.read_text().strip())


def record_name(key: bytes, ticket: str) -> str:
    digest = hmac.new(key, f"ticket:{ticket}".encode(), hashlib.sha256).hexdigest()[:32]
    return f"{RECORD_DIR}/{digest[:2]}/{digest}.json"


def _draw_outcomes(lib) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(ticket, kiosk) → (entered|winner|reserve, link to the minutes or None)."""
    rank = {"entered": 1, "reserve": 2, "winner": 3}
    out: dict[tuple[str, str], tuple[str, str | None]] = {}

    def note(key, state, link):
        if key not in out or rank[state] > rank[out[key][0]]:
            out[key] = (state, link)

    for draw_id, entrants_file, minutes_file in lib.db.execute(
            "SELECT id, entrants_file, minutes_file FROM draws ORDER BY prepared_at"):
        link = f"draws/{draw_id}/minutes.html" if minutes_file else None
        path = lib.root / entrants_file
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split(" ")
                if len(parts) == 2 and not line.startswith("#"):
                    note((parts[0], parts[1]), "entered", link)
        if minutes_file and (lib.root / minutes_file).exists():
            minutes = json.loads((lib.root / minutes_file).read_text(encoding="utf-8"))
            for kind, state in (("winners", "winner"), ("reserves", "reserve")):
                for row in minutes.get(kind, []):
                    note((row["ticket"], row["kiosk_id"]), state, link)
    return out


def _entry(row: dict[str, Any], draws: dict) -> dict[str, Any]:
    received = (row["submitted_at"] or row["created_at"] or "")[:10]
    entry: dict[str, Any] = {"received": received, "channel": "kiosk" if row["channel"] == "kiosk" else "other"}
    if row["answered_on"] or row["answered_at"]:
        entry.update(stage="answered", answered_at=row["answered_at"] or row["answered_on"])
    elif row["outcome_reason"]:
        entry.update(stage="not_selected", reason=row["outcome_reason"])
    elif row["show_date"] and not row["skipped_at"]:
        entry.update(stage="selected")
    elif row["selected"] or row["skipped_at"]:
        entry.update(stage="review")
    else:
        entry.update(stage="received")
    if row["show_date"] and entry["stage"] in ("selected", "answered"):
        entry["show"] = {"date": row["show_date"], "time": row["starts_at"], "title": row["title"] or ""}
    state, link = draws.get((row["ticket"], row["kiosk_id"]), ("none", None))
    entry["draw"] = state
    if link:
        entry["minutes"] = link
    return entry


def build_records(lib, key: bytes) -> Iterator[tuple[str, bytes]]:
    """(file name, JSON bytes) for every ticket that is not withdrawn."""
    draws = _draw_outcomes(lib)
    by_ticket: dict[str, list[dict]] = defaultdict(list)
    cur = lib.db.execute(
        "SELECT i.ticket, i.kiosk_id, i.channel, i.created_at, i.submitted_at, i.selected, i.answered_on,"
        " i.outcome_reason, r.answered_at, r.skipped_at, s.show_date, s.starts_at, s.title"
        " FROM items i LEFT JOIN rundown r ON r.item_id = i.id LEFT JOIN shows s ON s.id = r.show_id"
        " WHERE i.withdrawn_at IS NULL ORDER BY i.ticket, i.submitted_at")
    names = [d[0] for d in cur.description]
    for values in cur:
        row = dict(zip(names, values))
        by_ticket[row["ticket"]].append(_entry(row, draws))
    for ticket, entries in by_ticket.items():
        body = {"v": 1, "entries": entries}
        yield record_name(key, ticket), json.dumps(body, ensure_ascii=False, sort_keys=True).encode()
