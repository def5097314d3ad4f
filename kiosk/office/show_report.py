"""After the show: an HTML page and a CSV of its rundown — order, tickets, answered or skipped, times.

Written in the office's language (fa by default) with the words of assets/i18n/office_report_*.ts.
No question text, phone or name: the report can be shared with the studio and the mayor's office.
"""
from __future__ import annotations

import csv
import html
import io
from datetime import date
from pathlib import Path

from kiosk.fileio import write_durably
from kiosk.office.dates import jalali_date, jalali_long, parse_utc
from kiosk.office.shows import Shows
from kiosk.text import localize_digits
from kiosk.words import QT_TRANSLATE_NOOP, translate

FAMILY = "office_report"
CONTEXT = "ShowReport"
COLUMNS = (
    ("position", QT_TRANSLATE_NOOP("ShowReport", "Order")),
    ("ticket", QT_TRANSLATE_NOOP("ShowReport", "Ticket")),
    ("source", QT_TRANSLATE_NOOP("ShowReport", "From")),
    ("kind", QT_TRANSLATE_NOOP("ShowReport", "Kind")),
    ("broadcast", QT_TRANSLATE_NOOP("ShowReport", "Broadcast allowed")),
    ("result", QT_TRANSLATE_NOOP("ShowReport", "Result")),
    ("time", QT_TRANSLATE_NOOP("ShowReport", "Time")),
)
WORDS = {
    "title": QT_TRANSLATE_NOOP("ShowReport", "Show report"),
    "answered": QT_TRANSLATE_NOOP("ShowReport", "Answered"),
    "skipped": QT_TRANSLATE_NOOP("ShowReport", "Skipped"),
    "pending": QT_TRANSLATE_NOOP("ShowReport", "Not reached"),
    "yes": QT_TRANSLATE_NOOP("ShowReport", "Yes"),
    "no": QT_TRANSLATE_NOOP("ShowReport", "No — paraphrase only"),
    "audio": QT_TRANSLATE_NOOP("ShowReport", "Voice"),
    "text": QT_TRANSLATE_NOOP("ShowReport", "Text"),
    "kiosk": QT_TRANSLATE_NOOP("ShowReport", "Kiosk %1"),
    "instagram": QT_TRANSLATE_NOOP("ShowReport", "Instagram"),
    "phone": QT_TRANSLATE_NOOP("ShowReport", "Phone call"),
    "other": QT_TRANSLATE_NOOP("ShowReport", "Other channel"),
    "totals": QT_TRANSLATE_NOOP("ShowReport", "%1 questions: %2 answered, %3 skipped"),
}


def _w(key: str, language: str) -> str:
    return translate(FAMILY, CONTEXT, WORDS[key], language)


def report_rows(shows: Shows, show_id, language: str = "fa") -> tuple[list[str], list[list[str]]]:
    header = [translate(FAMILY, CONTEXT, source, language) for _, source in COLUMNS]
    rows = []
    for r in shows.rundown(show_id):
        source = (_w("kiosk", language).replace("%1", r["kiosk_id"]) if r["channel"] == "kiosk"
                  else _w(r["channel"] if r["channel"] in WORDS else "other", language))
        result = "answered" if r["answered_at"] else ("skipped" if r["skipped"] else "pending")
        moment = r["answered_at"] or r["skipped_at"]
        when = jalali_long(parse_utc(moment)) if moment and language == "fa" else (
            parse_utc(moment).astimezone().strftime("%Y-%m-%d %H:%M") if moment else "")
        rows.append([localize_digits(str(r["position"]), language), localize_digits(r["ticket"], language), source,
                     _w("audio" if r["kind"] == "voice" else "text", language),
                     _w("yes" if r["broadcast"] else "no", language), _w(result, language), when])
    return header, rows


def write_report(lib, show_id, folder: Path, language: str = "fa") -> tuple[Path, Path]:
    shows = Shows(lib.db)
    show = shows.get(show_id)
    header, rows = report_rows(shows, show_id, language)
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    base = f"show-{show['id']}-{show['show_date']}"
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    csv_path = folder / f"{base}.csv"
    write_durably(csv_path, buf.getvalue().encode("utf-8-sig"))  # BOM: spreadsheets read Persian right
    totals = shows.totals(show_id)
    day = date.fromisoformat(show["show_date"])
    heading = f"{_w('title', language)} — {show['title'] or ''} — " + (
        jalali_date(day) if language == "fa" else day.isoformat())
    summary = _w("totals", language).replace("%1", str(totals["items"])).replace(
        "%2", str(totals["answered"])).replace("%3", str(totals["skipped"]))
    direction = "ltr" if language == "en" else "rtl"
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td><bdi>{html.escape(c)}</bdi></td>" for c in row) + "</tr>" for row in rows)
    page = (f"<!DOCTYPE html><html lang='{language}' dir='{direction}'><head><meta charset='utf-8'>"
            f"<title>{html.escape(heading)}</title><style>body{{font-family:Vazirmatn,sans-serif}}"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style></head><body>"
            f"<h1>{html.escape(heading)}</h1><p>{html.escape(localize_digits(summary, language))}</p>"
            f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table></body></html>")
    html_path = folder / f"{base}.html"
    write_durably(html_path, page.encode("utf-8"))
    return html_path, csv_path
