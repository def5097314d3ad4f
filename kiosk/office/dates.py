"""Dates typed by office staff (ISO Gregorian or Jalali, any digits) and Jalali display outside Qt."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from persiantools.jdatetime import JalaliDate, JalaliDateTime

from kiosk.text import normalize_digits

_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
JALALI_YEAR_MAX = 1700  # years below this are Jalali (1405 ≈ 2026); Gregorian ones are above


def parse_date(text: str) -> date:
    """'2026-11-26', '1405-09-05', '۱۴۰۵/۰۹/۰۵' → a Gregorian date. ValueError with plain words otherwise."""
    m = _DATE.match(normalize_digits(text or ""))
    if not m:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD (Gregorian) or YYYY-MM-DD (Jalali, e.g. 1405-09-05)")
    y, mo, d = (int(g) for g in m.groups())
    try:
        if y < JALALI_YEAR_MAX:
            return JalaliDate(y, mo, d).to_gregorian()
        return date(y, mo, d)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def local_day_bounds_utc(start: date, end: date) -> tuple[str, str]:
    """[start 00:00, end+1 00:00) in this machine's time zone, as UTC ISO strings comparable with
    the `...Z` timestamps the kiosks write."""
    tz = datetime.now().astimezone().tzinfo

    def utc(d: date) -> str:
        moment = datetime.combine(d, time(0, 0), tzinfo=tz).astimezone(timezone.utc)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return utc(start), utc(end + timedelta(days=1))


def parse_utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def jalali_date(d: date, persian_digits: bool = True) -> str:
    j = JalaliDate.to_jalali(d)
    text = f"{j.year:04d}-{j.month:02d}-{j.day:02d}"
    return j.strftime("%Y/%m/%d", locale="fa") if persian_digits else text


def jalali_long(moment: datetime) -> str:
    """'پنجشنبه ۰۵ آذر ۱۴۰۵، ساعت ۱۰:۰۵' in this machine's local time."""
    local = moment.astimezone()
    return JalaliDateTime.to_jalali(local.replace(tzinfo=None)).strftime("%A %d %B %Y، ساعت %H:%M", locale="fa")
