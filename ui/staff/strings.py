"""Staff-mode wording in Persian, English and Arabic (tuples in that order), local digits and dates."""
from __future__ import annotations

from PySide6.QtCore import QCalendar, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication

from kiosk.text import localize_digits

LANGS = ("fa", "en", "ar")
_T = {
    "corner": ("ورود کارکنان", "Staff entry", "دخول الموظفين"),
    "pin_title": ("رمز کارکنان را وارد کنید", "Enter the staff PIN", "أدخل رمز الموظفين"),
    "ok": ("تأیید", "OK", "تأكيد"), "clear": ("پاک", "Clear", "مسح"), "cancel": ("انصراف", "Cancel", "إلغاء"),
    "wrong": ("رمز نادرست است. {n} بار دیگر مانده.", "Wrong PIN. {n} tries left.",
              "الرمز غير صحيح. بقيت {n} محاولات."),
    "locked": ("قفل است؛ {n} ثانیه دیگر دوباره امتحان کنید.", "Locked; try again in {n} s.",
               "مقفل؛ حاول مرة أخرى بعد {n} ثانية."),
    "checking": ("در حال بررسی…", "Checking…", "جارٍ التحقق…"),
    "no_pins": ("هنوز رمزی تعیین نشده: kiosk staff set-pin", "No PIN is set yet: kiosk staff set-pin",
                "لم يُعيَّن أي رمز بعد: kiosk staff set-pin"),
    "queue": ("صف بررسی", "Queue", "قائمة المراجعة"), "health": ("سلامت", "Health", "الحالة الفنية"),
    "audit": ("رویدادها", "Audit", "السجل"), "admin": ("مدیریت", "Admin", "الإدارة"),
    "lock": ("قفل و خروج", "Lock", "قفل وخروج"),
    "moderator": ("بررسی‌کننده", "Moderator", "المراجع"), "admin_role": ("مدیر", "Admin", "المدير"),
    "all": ("همه", "All", "الكل"), "search": ("جستجو", "Search", "بحث"),
    "approve": ("تأیید", "Approve", "قبول"), "reject": ("رد", "Reject", "رفض"), "undo": ("واگرد", "Undo", "تراجع"),
    "constructive": ("سازنده (قرعه‌کشی)", "Constructive (draw)", "بنّاء (السحب)"),
    "personal": ("اطلاعات شخصی", "Personal data", "بيانات شخصية"),
    "play": ("پخش", "Play", "تشغيل"), "pause": ("مکث", "Pause", "إيقاف مؤقت"),
    "no_sound": ("پخش صدا ممکن نیست (کارت صدا؟)", "Cannot play (no sound device?)", "لا يمكن التشغيل"),
    "reason": ("دلیل رد", "Reject reason", "سبب الرفض"), "refresh": ("تازه‌سازی", "Refresh", "تحديث"),
    "consent": ("رضایت", "consent", "الموافقة"), "seconds": ("ثانیه", "s", "ثانية"),
    "test_mic": ("آزمایش میکروفون", "Test mic", "اختبار الميكروفون"),
    "exit": ("خروج از کیوسک", "Exit kiosk", "الخروج من الكشك"),
    "apply": ("اعمال", "Apply", "تطبيق"), "export": ("خروجی گزارش‌ها", "Export logs", "تصدير السجلات"),
    "idle": ("زمان بیکاری (ثانیه)", "Idle timeout (s)", "مهلة الخمول (ثانية)"),
    "moderation_on": ("بررسی پیش از ارسال", "Moderation on", "المراجعة قبل الإرسال"),
    "volume": ("بلندی صدا", "Volume", "مستوى الصوت"), "rows": ("{n} مورد", "{n} items", "{n} عنصر"),
    "done": ("انجام شد", "Done", "تم"),
    "kind": ("نوع", "Kind", "النوع"), "topic": ("موضوع", "Topic", "الموضوع"), "date": ("تاریخ", "Date", "التاريخ"),
    "today": ("امروز", "Today", "اليوم"), "week": ("۷ روز اخیر", "Last 7 days", "آخر ٧ أيام"),
    "month": ("۳۰ روز اخیر", "Last 30 days", "آخر ٣٠ يومًا"),
    "voice": ("صوتی", "Voice", "صوتي"), "text": ("متنی", "Text", "نصي"),
}
# Health panel: row names, and the delivery rows in words ({when}: a local date, {n}: items waiting).
_T |= {
    "h_microphone": ("میکروفون", "Microphone", "الميكروفون"), "h_disk": ("فضای دیسک", "Free disk", "مساحة القرص"),
    "h_database": ("پایگاه داده", "Database", "قاعدة البيانات"), "h_queue": ("شمار موارد", "Counts", "الأعداد"),
    "h_oldest_unsent": ("قدیمی‌ترین ارسال‌نشده", "Oldest unsent", "أقدم غير مُرسَل"),
    "h_last_delivery": ("آخرین ارسال", "Last delivery", "آخر إرسال"),
    "h_last_error": ("آخرین خطا", "Last error", "آخر خطأ"), "h_clock": ("ساعت", "Clock", "الساعة"),
    "h_version": ("نسخه", "Version", "الإصدار"), "h_kiosk_id": ("شناسه کیوسک", "Kiosk id", "معرّف الكشك"),
    "h_public_key": ("اثر کلید عمومی", "Public key", "بصمة المفتاح العام"),
    "h_settings_bundle": ("نسخه تنظیمات دفتر", "Office settings version", "إصدار إعدادات المكتب"),
    "d_not_configured": ("ارسال راه‌اندازی نشده است.", "Delivery is not set up.", "الإرسال غير مُعَدّ."),
    "d_not_run": ("ارسال هنوز اجرا نشده است.", "Delivery has not run yet.", "لم يعمل الإرسال بعد."),
    "d_delivered": ("آخرین ارسال موفق: {when}", "Last delivered {when}", "آخر إرسال ناجح: {when}"),
    "d_checked": ("آخرین بررسی موفق: {when} (چیزی برای ارسال نبود)", "Last checked {when}, nothing to send",
                  "آخر فحص ناجح: {when} (لا شيء للإرسال)"),
    "d_nothing": ("هنوز چیزی ارسال نشده است.", "Nothing delivered yet.", "لم يُرسَل شيء بعد."),
    "d_waiting": ("{n} مورد در انتظار ارسال", "{n} waiting to be sent", "{n} بانتظار الإرسال"),
    "mic_level": ("صدای میکروفون", "Mic level", "صوت الميكروفون"),
    "mic_live": ("میکروفون روشن است: حرف بزنید تا نوار حرکت کند.", "Listening: speak and the bar moves.",
                 "الميكروفون يعمل: تكلّم ليتحرك الشريط."),
    "mic_missing": ("میکروفون در دسترس نیست: {detail}", "No microphone: {detail}", "لا يوجد ميكروفون: {detail}"),
    "mic_lost": ("میکروفون از کار افتاد: {detail}", "The microphone stopped: {detail}",
                 "توقف الميكروفون: {detail}"),
    "e_none": ("خطایی نیست.", "No errors.", "لا أخطاء."),
    "e_retrying": ("از {when} دوباره تلاش می‌شود: {error}", "Retrying since {when}: {error}",
                   "إعادة المحاولة منذ {when}: {error}"),
    "e_stopped": ("ارسال متوقف است و به اقدام کارکنان نیاز دارد ({when}): {error}",
                  "Delivery stopped and needs a person ({when}): {error}",
                  "توقف الإرسال ويحتاج إلى تدخل الموظفين ({when}): {error}"),
    "e_resolved": ("خطای {when} برطرف شده است: {error}", "The error of {when} is resolved: {error}",
                   "تم حل خطأ {when}: {error}"),
}
# USB tab ({done}/{total}/{n} arrive with local digits; {target} and {error} stay as written).
_T |= {
    "usb_tab": ("USB", "USB", "USB"),
    "usb_intro": ("پرسش‌های تأییدشده‌ای که هنوز به دفتر نرسیده‌اند روی حافظه USB کپی می‌شوند؛ هر فایل پس از کپی "
                  "بازخوانی و بررسی می‌شود و فهرستی امضاشده کنار آن‌ها نوشته می‌شود.",
                  "Approved questions not yet delivered are copied to a USB stick for the office; each file "
                  "is read back and checked, and a signed list is written next to them.",
                  "تُنسخ الأسئلة المقبولة التي لم تصل بعد إلى المكتب إلى ذاكرة USB؛ يُعاد قراءة كل ملف "
                  "والتحقق منه، وتُكتب بجانبها قائمة موقّعة."),
    "usb_media": ("حافظه‌های وصل‌شده", "Connected media", "الوسائط الموصولة"),
    "usb_none": ("حافظه‌ای پیدا نشد؛ حافظه را وصل کنید یا مسیر را بنویسید.",
                 "No stick found; plug one in or type a folder.", "لم يُعثر على ذاكرة؛ صِلها أو اكتب المسار."),
    "usb_target": ("پوشه مقصد", "Target folder", "المجلد الهدف"),
    "usb_rescan": ("جستجوی دوباره", "Look again", "بحث مجددًا"),
    "usb_mark_sent": ("ارسال‌شده حساب شود (حافظه تنها راه رساندن به دفتر است)",
                      "Count as delivered (the stick is this site's only route to the office)",
                      "اعتباره مُرسَلًا (الذاكرة هي الطريق الوحيد إلى المكتب)"),
    "usb_export": ("کپی روی USB", "Copy to USB", "نسخ إلى USB"),
    "usb_progress": ("پیشرفت کپی", "Copy progress", "تقدّم النسخ"),
    "usb_pick": ("اول یک حافظه یا پوشه انتخاب کنید.", "Pick a stick or a folder first.",
                 "اختر ذاكرة أو مجلدًا أولًا."),
    "usb_nothing": ("چیزی برای کپی نیست: همه پرسش‌های تأییدشده ارسال شده‌اند.",
                    "Nothing to copy: every approved question has been delivered.",
                    "لا شيء للنسخ: أُرسلت كل الأسئلة المقبولة."),
    "usb_copied": ("{done} از {total} پرسش روی {target} کپی و بررسی شد.",
                   "{done} of {total} questions copied to {target} and checked.",
                   "نُسخ {done} من {total} سؤالًا إلى {target} وتم التحقق منها."),
    "usb_marked": ("این موارد ارسال‌شده حساب شدند.", "They count as delivered.", "اعتُبرت مُرسَلة."),
    "usb_errors": ("{n} خطا:", "{n} errors:", "{n} أخطاء:"),
    "usb_failed": ("کپی شروع نشد: {error}", "The copy could not start: {error}", "تعذّر بدء النسخ: {error}"),
}
STATUS_NAMES = {"submitted": ("در انتظار", "Waiting", "بانتظار المراجعة"),
                "approved": ("تأییدشده", "Approved", "مقبول"), "rejected": ("ردشده", "Rejected", "مرفوض"),
                "sent": ("ارسال‌شده", "Sent", "مُرسَل"), "purged": ("پاک‌شده", "Purged", "محذوف")}
HEADERS = {"ticket": ("کد", "Ticket", "الرمز"), "status": ("وضعیت", "Status", "الحالة"),
           "kind": ("نوع", "Kind", "النوع"), "created_at": ("زمان", "Time", "الوقت"),
           "topic": ("موضوع", "Topic", "الموضوع"), "preview": ("متن", "Text", "النص"),
           "flags": ("نشان", "Flags", "علامات")}


def language() -> str:
    app = QApplication.instance()
    value = (app.property("kioskLanguage") if app else None) or "fa"
    return value if value in LANGS else "fa"


def _pick(words: tuple[str, ...]) -> str:
    return words[LANGS.index(language())]


def t(key: str, **kw) -> str:
    text = _pick(_T[key]).format(**kw)
    return localize_digits(text, language()) if kw else text


def has(key: str) -> bool:
    return key in _T


def plain(key: str, **kw) -> str:
    """Like t(), but the arguments keep their own digits (paths, error messages); localize them first."""
    return _pick(_T[key]).format(**kw)


def role_name(role: str) -> str:
    return t("admin_role") if role == "admin" else t("moderator") if role == "moderator" else role


def status_name(status: str) -> str:
    return _pick(STATUS_NAMES.get(status, (status,) * 3))


def header(column: str) -> str:
    return _pick(HEADERS.get(column, (column,) * 3))


def digits(text: str) -> str:
    return localize_digits(str(text), language())


def jalali(iso: str | None, with_time: bool = True) -> str:
    """A stored UTC ISO timestamp as a local date: Jalali in Persian, Gregorian otherwise."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(iso, Qt.ISODate)
    if not dt.isValid():
        return iso
    dt = dt.toLocalTime()
    loc, cal = {"fa": (QLocale("fa_IR"), QCalendar(QCalendar.System.Jalali)),
                "ar": (QLocale("ar"), QCalendar(QCalendar.System.Gregorian))}.get(
                    language(), (QLocale("en_US"), QCalendar(QCalendar.System.Gregorian)))
    if with_time:
        return loc.toString(dt, QLocale.FormatType.ShortFormat, cal)
    return loc.toString(dt.date(), QLocale.FormatType.ShortFormat, cal)
