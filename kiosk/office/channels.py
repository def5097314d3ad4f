"""Questions that reach the programme by other channels: Instagram comments and messages, phone calls.

A clerk types them in (or imports a CSV). They become library items like kiosk ones, with a ticket
code whose first digit (9) no kiosk ever gives, a pseudo kiosk id `_<channel>` that no trusted kiosk
may use, and the clerk's name in the audit chain. A person who agreed to enter the draw is an entrant
under the same rules as a kiosk contributor (approved, constructive, draw consent, one entry per
contact); their contact is the phone number, or else the handle.
"""
from __future__ import annotations

import csv
import getpass
import hashlib
import io
import json
import uuid
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from kiosk import text as textmod
from kiosk.office.choices import CHANNELS
from kiosk.office.dates import parse_date
from kiosk.office.draw import normalize_phone
from kiosk.office.database import write_transaction
from kiosk.store.audit import append_event, utc_now
from kiosk.store.tickets import new_channel_ticket

CSV_FIELDS = ("text", "handle", "phone", "draw", "received")
MAX_HANDLE = 100
_YES = {"1", "yes", "y", "true", "x", "بله", "آری", "نعم", "✓"}
_NO = {"", "0", "no", "n", "false", "خیر", "نه", "لا"}


class ChannelError(ValueError):
    """A question that cannot be entered, in words the clerk can act on; `code` lets a screen say it
    in the clerk's language (no_text, too_long, bad_phone, draw_contact, future_date, bad_channel)."""

    def __init__(self, message: str, code: str = ""):
        super().__init__(message)
        self.code = code


def channel_kiosk_id(channel: str) -> str:
    return f"_{channel}"


def clerk_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "office"


def _received_at(received: date | None) -> str:
    if received is None or received == date.today():
        return utc_now()
    if received > date.today():
        raise ChannelError(f"the date received ({received.isoformat()}) is in the future", "future_date")
    noon = datetime.combine(received, time(12, 0)).astimezone()  # the day, in this office's time zone
    return noon.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _guess_language(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) > len(letters) / 2:
        return "en"
    return "ar" if any(c in "ةيكىأإؤ" for c in text) and not any(c in "پچژگیک" for c in text) else "fa"


def add_question(db, channel: str, text: str, *, handle: str | None = None, phone: str | None = None,
                 draw: bool = False, received: date | None = None, topic: str | None = None,
                 clerk: str | None = None) -> dict[str, Any]:
    """Returns {"ticket", "id", "added"}; the same question entered again returns the first one."""
    if channel not in CHANNELS:
        raise ChannelError(f"the channel is one of {', '.join(CHANNELS)}, not {channel!r}", "bad_channel")
    raw = textmod.storable(text or "").strip()
    if not raw:
        raise ChannelError("the question has no text", "no_text")
    try:
        textmod.check_length(raw)
    except textmod.TextTooLong as exc:
        raise ChannelError(str(exc), "too_long") from None
    handle = textmod.storable(handle or "").strip()[:MAX_HANDLE] or None
    phone_digits = normalize_phone(phone) if phone else ""
    if phone and len(phone_digits) < 5:
        raise ChannelError(f"{phone!r} is not a phone number", "bad_phone")
    if draw and not (phone_digits or handle):
        raise ChannelError("to enter the draw the person needs a phone number or a handle to be contacted by",
                           "draw_contact")
    submitted_at = _received_at(received)
    cleaned = textmod.clean(raw)
    source_key = hashlib.sha256("\x1f".join(
        [channel, submitted_at[:10], handle or "", phone_digits, textmod.search_key(raw)]).encode()).hexdigest()
    contact_key = phone_digits or (f"{channel}:{handle.lower()}" if handle else None)
    clerk = clerk or clerk_name()
    with write_transaction(db):
        existing = db.execute("SELECT id, ticket FROM items WHERE source_key = ?", [source_key]).fetchone()
        if existing:
            return {"id": existing[0], "ticket": existing[1], "added": False}
        ticket = new_channel_ticket()
        while db.execute("SELECT 1 FROM items WHERE ticket = ?", [ticket]).fetchone():
            ticket = new_channel_ticket()
        item_id = f"{channel}-{uuid.uuid4().hex}"
        scopes = ["broadcast"] + (["draw"] if draw else [])
        row = {"id": item_id, "ticket": ticket, "kiosk_id": channel_kiosk_id(channel), "kind": "text",
               "language": _guess_language(raw), "created_at": submitted_at, "submitted_at": submitted_at,
               "kiosk_status": "approved", "topic": topic, "text": raw, "text_display": cleaned.display,
               "search_key": textmod.search_key(raw), "consent_version": None,
               "consent_scopes": json.dumps(sorted(scopes)), "constructive": int(draw),
               "personal_data": int(bool(phone_digits or handle)), "phone": phone_digits or None,
               "phone_key": contact_key if draw else (phone_digits or None), "metadata": "{}",
               "imported_at": utc_now(), "channel": channel, "handle": handle, "entered_by": clerk,
               "source_key": source_key}
        db.execute(f"INSERT INTO items ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        append_event(db, f"office:{clerk}", "question_entered", item_id,
                     {"ticket": ticket, "channel": channel, "draw": bool(draw)})
    return {"id": item_id, "ticket": ticket, "added": True}


def _yes(value: str) -> bool:
    v = textmod.normalize_digits((value or "").strip().lower())
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise ChannelError(f"draw is yes or no, not {value!r}")


def import_csv(db, path: Path, channel: str, clerk: str | None = None) -> dict[str, Any]:
    """One row per question (header: text, handle, phone, draw, received). Good rows are added, bad
    ones named with their line number and reason; the same file imported twice adds nothing."""
    if channel not in CHANNELS:
        raise ChannelError(f"the channel is one of {', '.join(CHANNELS)}, not {channel!r}")
    try:
        data = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ChannelError(f"{path} is not UTF-8 text; save the spreadsheet as CSV UTF-8") from None
    reader = csv.DictReader(io.StringIO(data))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "text" not in header:
        raise ChannelError(f"{path} needs a header row with at least a 'text' column "
                           f"(columns: {', '.join(CSV_FIELDS)})")
    reader.fieldnames = header
    added, skipped, errors = [], 0, []
    for row in reader:
        line = reader.line_num
        try:
            received = parse_date(row["received"]) if (row.get("received") or "").strip() else None
            result = add_question(db, channel, row.get("text") or "", handle=row.get("handle"),
                                  phone=row.get("phone"), draw=_yes(row.get("draw") or ""),
                                  received=received, clerk=clerk)
        except (ChannelError, ValueError) as exc:
            errors.append({"line": line, "message": str(exc)})
            continue
        if result["added"]:
            added.append(result["ticket"])
        else:
            skipped += 1
    return {"added": len(added), "skipped": skipped, "errors": errors, "tickets": added}
