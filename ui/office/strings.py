"""Office wording in Persian, English and Arabic; dates shown Jalali in Persian via QCalendar."""
from __future__ import annotations

from PySide6.QtCore import QCalendar, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication

from kiosk.text import localize_digits

LANGS = ("fa", "en", "ar")
_T = {
    "title": ("کنسول دفتر ارتباطات — تریبون شهروندی", "Communications office — Citizen Tribune",
              "وحدة مكتب الاتصالات — منبر المواطن"),
    "search": ("جستجو در متن یا کد رسید", "Search text or ticket", "ابحث في النص أو رمز الإيصال"),
    "all": ("همه", "All", "الكل"), "kiosk": ("کیوسک", "Kiosk", "الكشك"), "topic": ("موضوع", "Topic", "الموضوع"),
    "status": ("وضعیت", "Status", "الحالة"), "scope": ("رضایت", "Consent", "الموافقة"),
    "from": ("از تاریخ (۱۴۰۵-۰۹-۰۱)", "From (YYYY-MM-DD)", "من تاريخ"),
    "to": ("تا تاریخ", "To", "إلى تاريخ"),
    "new": ("جدید", "New", "جديد"), "selected": ("برگزیده", "Selected", "مختار"),
    "answered": ("پاسخ‌داده", "Answered", "تمت الإجابة"), "withdrawn": ("انصراف‌داده", "Withdrawn", "مسحوب"),
    "broadcast": ("پخش", "Broadcast", "البث"), "draw": ("قرعه‌کشی", "Draw", "السحب"), "record": ("ضبط", "Record", "تسجيل"),
    "import": ("دریافت پرسش‌ها…", "Import…", "استيراد…"), "export_csv": ("خروجی CSV…", "Export CSV…", "تصدير CSV…"),
    "export_audio": ("خروجی صدا برای پخش…", "Export broadcast audio…", "تصدير الصوت للبث…"),
    "open_draw": ("قرعه‌کشی زنده…", "Live draw…", "السحب المباشر…"),
    "tag_selected": ("برگزیده برای برنامه", "Selected for the programme", "مختار للبرنامج"),
    "tag_answered": ("پاسخ زنده در تاریخ", "Answered live on", "أجيب مباشرة في"),
    "notes": ("یادداشت", "Notes", "ملاحظات"), "save": ("ذخیره یادداشت", "Save notes", "حفظ الملاحظات"),
    "play": ("پخش", "Play", "تشغيل"), "pause": ("مکث", "Pause", "إيقاف مؤقت"),
    "no_audio": ("صدایی نیست", "No audio", "لا يوجد صوت"),
    "no_sound": ("پخش صدا ممکن نیست (کارت صدا؟)", "Cannot play (no sound device?)", "لا يمكن التشغيل"),
    "rows": ("{n} پرسش", "{n} questions", "{n} سؤال"),
    "per_day": ("در هر روز", "Per day", "في اليوم"), "per_topic": ("در هر موضوع", "Per topic", "حسب الموضوع"),
    "source": ("پوشه، حافظه USB یا s3://bucket/prefix", "Folder, USB export or s3://bucket/prefix",
               "مجلد أو ذاكرة USB أو s3://bucket/prefix"),
    "endpoint": ("نشانی سرور S3 (اختیاری)", "S3 endpoint URL (optional)", "عنوان خادم S3 (اختياري)"),
    "working": ("در حال کار… {done} از {total}", "Working… {done} of {total}", "جارٍ العمل… {done} من {total}"),
    "import_done": ("{imported} پرسش تازه، {quarantined} قرنطینه", "{imported} new, {quarantined} quarantined",
                    "{imported} جديد، {quarantined} في الحجر"),
    "export_done": ("{n} مورد نوشته شد", "{n} written", "تمت كتابة {n}"),
    "failed": ("خطا: {msg}", "Failed: {msg}", "خطأ: {msg}"), "bad_date": ("تاریخ نادرست", "Bad date", "تاريخ غير صحيح"),
    "language": ("زبان", "Language", "اللغة"),
    "questions_tab": ("پرسش‌ها", "Questions", "الأسئلة"),
    # draw view
    "draw_title": ("قرعه‌کشی تریبون شهروندی", "Citizen Tribune prize draw", "سحب منبر المواطن"),
    "commitment": ("تعهد اعلام‌شده (SHA-256)", "Announced commitment (SHA-256)", "الالتزام المعلن (SHA-256)"),
    "witness": ("ورودی شاهد", "Witness input", "مدخل الشاهد"),
    "add_witness": ("ثبت ورودی شاهد", "Add witness input", "إضافة مدخل الشاهد"),
    "beacon": ("مقدار عمومی (اختیاری)", "Public beacon (optional)", "قيمة عامة (اختياري)"),
    "winners": ("تعداد برندگان", "Winners", "عدد الفائزين"), "reserves": ("ذخیره", "Reserves", "الاحتياط"),
    "run": ("اجرای قرعه‌کشی", "Run the draw", "إجراء السحب"),
    "reveal": ("نمایش برنده بعدی", "Reveal next winner", "إظهار الفائز التالي"),
    "seed": ("بذر", "Seed", "البذرة"), "close": ("بستن", "Close", "إغلاق"),
    "winner_n": ("برنده {n}", "Winner {n}", "الفائز {n}"), "reserve_n": ("ذخیره {n}", "Reserve {n}", "الاحتياط {n}"),
    "minutes_at": ("صورت‌جلسه امضاشده: {path}", "Signed minutes: {path}", "المحضر الموقّع: {path}"),
}


def topic_name(key: str | None) -> str:
    """Topic keys named with the kiosk's own translations (assets/i18n), so both sides agree."""
    from ui.screens.topic import topic_label
    if not key:
        return "-"
    app = QApplication.instance()
    published = (app.property("officeTopicLabels") if app else None) or {}
    return (published.get(key) or {}).get(language()) or topic_label(key)


def language() -> str:
    app = QApplication.instance()
    value = (app.property("kioskLanguage") if app else None) or "fa"
    return value if value in LANGS else "fa"


def t(key: str, **kw) -> str:
    text = _T[key][LANGS.index(language())].format(**kw)
    return localize_digits(text, language()) if kw else text


def digits(text: object) -> str:
    return localize_digits(str(text), language())


def _locale_calendar() -> tuple[QLocale, QCalendar]:
    if language() == "fa":
        return QLocale("fa_IR"), QCalendar(QCalendar.System.Jalali)
    if language() == "ar":
        return QLocale("ar"), QCalendar(QCalendar.System.Gregorian)
    return QLocale("en_US"), QCalendar(QCalendar.System.Gregorian)


def show_time(iso: str | None) -> str:
    """A stored UTC timestamp as local time: Jalali in Persian."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.ISODateWithMs)
    if not dt.isValid():
        return iso
    loc, cal = _locale_calendar()
    return loc.toString(dt.toLocalTime(), QLocale.FormatType.ShortFormat, cal)


def show_day(iso_day: str | None) -> str:
    if not iso_day:
        return ""
    d = QDate.fromString(iso_day, Qt.ISODate)
    loc, cal = _locale_calendar()
    return loc.toString(d, QLocale.FormatType.ShortFormat, cal) if d.isValid() else iso_day
