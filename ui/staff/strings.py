"""Staff-mode wording in Persian and English (Arabic-speaking staff get English), and local digits."""
from __future__ import annotations

from PySide6.QtCore import QCalendar, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication

from kiosk.text import localize_digits

_T = {
    "corner": ("ورود کارکنان", "Staff entry"),
    "pin_title": ("رمز کارکنان را وارد کنید", "Enter the staff PIN"),
    "ok": ("تأیید", "OK"), "clear": ("پاک", "Clear"), "cancel": ("انصراف", "Cancel"),
    "wrong": ("رمز نادرست است. {n} بار دیگر مانده.", "Wrong PIN. {n} tries left."),
    "locked": ("قفل است؛ {n} ثانیه دیگر دوباره امتحان کنید.", "Locked; try again in {n} s."),
    "checking": ("در حال بررسی…", "Checking…"),
    "no_pins": ("هنوز رمزی تعیین نشده: kiosk staff set-pin", "No PIN is set yet: kiosk staff set-pin"),
    "queue": ("صف بررسی", "Queue"), "health": ("سلامت", "Health"), "audit": ("رویدادها", "Audit"),
    "admin": ("مدیریت", "Admin"), "lock": ("قفل و خروج", "Lock"),
    "all": ("همه", "All"), "search": ("جستجو", "Search"),
    "approve": ("تأیید", "Approve"), "reject": ("رد", "Reject"), "undo": ("واگرد", "Undo"),
    "constructive": ("سازنده (قرعه‌کشی)", "Constructive (draw)"),
    "personal": ("اطلاعات شخصی", "Personal data"), "play": ("پخش", "Play"), "pause": ("مکث", "Pause"),
    "reason": ("دلیل رد", "Reject reason"), "refresh": ("تازه‌سازی", "Refresh"),
    "test_mic": ("آزمایش میکروفون", "Test mic"), "exit": ("خروج از کیوسک", "Exit kiosk"),
    "apply": ("اعمال", "Apply"), "export": ("خروجی گزارش‌ها", "Export logs"),
    "idle": ("زمان بیکاری (ثانیه)", "Idle timeout (s)"), "moderation_on": ("بررسی پیش از ارسال", "Moderation on"),
    "volume": ("بلندی صدا", "Volume"), "rows": ("{n} مورد", "{n} items"), "done": ("انجام شد", "Done"),
    "kind": ("نوع", "Kind"), "topic": ("موضوع", "Topic"), "date": ("تاریخ", "Date"),
    "today": ("امروز", "Today"), "week": ("۷ روز اخیر", "Last 7 days"), "month": ("۳۰ روز اخیر", "Last 30 days"),
    "voice": ("صوتی", "Voice"), "text": ("متنی", "Text"),
}
STATUS_NAMES = {"submitted": ("در انتظار", "Waiting"), "approved": ("تأییدشده", "Approved"),
                "rejected": ("ردشده", "Rejected"), "sent": ("ارسال‌شده", "Sent"), "purged": ("پاک‌شده", "Purged")}
HEADERS = {"ticket": ("کد", "Ticket"), "status": ("وضعیت", "Status"), "kind": ("نوع", "Kind"),
           "created_at": ("زمان", "Time"), "topic": ("موضوع", "Topic"), "preview": ("متن", "Text"),
           "flags": ("نشان", "Flags")}


def language() -> str:
    app = QApplication.instance()
    return (app.property("kioskLanguage") if app else None) or "fa"


def _pick(pair: tuple[str, str]) -> str:
    return pair[0] if language() == "fa" else pair[1]


def t(key: str, **kw) -> str:
    text = _pick(_T[key]).format(**kw)
    return localize_digits(text, language()) if kw else text


def status_name(status: str) -> str:
    return _pick(STATUS_NAMES.get(status, (status, status)))


def header(column: str) -> str:
    return _pick(HEADERS.get(column, (column, column)))


def digits(text: str) -> str:
    return localize_digits(str(text), language())


def jalali(iso: str | None, with_time: bool = True) -> str:
    """A stored UTC ISO timestamp as a local Jalali date (Persian) or Gregorian (others)."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(iso, Qt.ISODate)
    if not dt.isValid():
        return iso
    dt = dt.toLocalTime()
    if language() == "fa":
        loc, cal = QLocale("fa_IR"), QCalendar(QCalendar.System.Jalali)
    else:
        loc, cal = QLocale("en_US"), QCalendar(QCalendar.System.Gregorian)
    if with_time:
        return loc.toString(dt, QLocale.FormatType.ShortFormat, cal)
    return loc.toString(dt.date(), QLocale.FormatType.ShortFormat, cal)
