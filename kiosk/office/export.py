"""Exports for the programme: a CSV of questions and the broadcast audio.

Neither ever contains a phone number or a contact name (only `kiosk draw contacts` shows those),
and withdrawn questions are never exported. Audio goes out only with the citizen's broadcast
consent and when staff did not flag the question as containing personal data.
"""
from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path
from typing import Callable, Sequence

from kiosk.office.dates import jalali_date, parse_utc
from kiosk.office.library import ItemFilter, Library

Progress = Callable[[int, int, str], None]
CSV_COLUMNS = ("ticket", "kiosk_id", "submitted_at", "submitted_jalali", "topic", "language", "kind",
               "text", "consent_scopes", "personal_data", "selected", "answered_on", "notes", "audio_file")
# The header row people read (no raw keys); the office console passes its own, in the console language.
CSV_HEADERS = ("Ticket", "Kiosk", "Submitted (UTC)", "Submitted (Jalali)", "Topic", "Language", "Kind",
               "Question", "Consent", "Personal data", "Selected", "Answered on", "Notes", "Audio file")


def _rows(lib: Library, only_selected: bool, flt: ItemFilter | None) -> list[dict]:
    flt = flt or ItemFilter()
    rows = [r for r in lib.items(flt) if not r["withdrawn_at"]]
    return [r for r in rows if r["selected"]] if only_selected else rows


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """OWASP CSV injection: a text cell a spreadsheet would run as a formula (starting with = + - @,
    tab or CR, also after leading spaces it may skip) is prefixed with a single quote."""
    if isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _jalali(iso: str | None) -> str:
    return jalali_date(parse_utc(iso).astimezone().date(), persian_digits=False) if iso else ""


def export_csv(lib: Library, output: Path, *, only_selected: bool = True, flt: ItemFilter | None = None,
               progress: Progress | None = None, headers: Sequence[str] = CSV_HEADERS) -> int:
    """UTF-8 with BOM so spreadsheet programs read Persian; written to .part then renamed.
    `headers`: one per CSV_COLUMNS, in the reader's language."""
    rows = _rows(lib, only_selected, flt)
    output = Path(output)
    tmp = output.with_name(output.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for i, r in enumerate(rows):
            at = r["submitted_at"] or r["created_at"]
            cells = [r["ticket"], r["kiosk_id"], at, _jalali(at), r["topic"] or "", r["language"] or "",
                     r["kind"], r["text_display"] or "", " ".join(r["consent_scopes"]),
                     int(r["personal_data"]), int(r["selected"]), r["answered_on"] or "", r["notes"],
                     Path(r["audio_file"]).name if r["audio_file"] else ""]
            writer.writerow([spreadsheet_safe(c) for c in cells])
            if progress:
                progress(i + 1, len(rows), r["ticket"])
    os.replace(tmp, output)
    return len(rows)


def broadcastable(item: dict) -> bool:
    return (not item["withdrawn_at"] and "broadcast" in item["consent_scopes"] and not item["personal_data"]
            and bool(item["audio_file"]))


def export_audio(lib: Library, output: Path, *, only_selected: bool = True, flt: ItemFilter | None = None,
                 progress: Progress | None = None) -> dict:
    """Copies each broadcastable recording as <ticket>_<kiosk>.<ext>; returns counts."""
    rows = _rows(lib, only_selected, flt)
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    exported, skipped = [], 0
    for i, r in enumerate(rows):
        src = lib.media_path(r)
        if broadcastable(r) and src is not None and src.exists():
            target = output / f"{r['ticket']}_{r['kiosk_id']}{src.suffix}"
            shutil.copyfile(src, target)
            exported.append(target.name)
        else:
            skipped += 1
        if progress:
            progress(i + 1, len(rows), r["ticket"])
    return {"exported": len(exported), "skipped": skipped, "files": exported}
