"""One translation system for the whole UI: the language list, translator loading and local forms.

Every visible word comes from Qt Linguist files in assets/i18n, one family per part of the UI
(kiosk_*.ts for the citizen screens, staff_*.ts, office_*.ts), each in fa/ar/en. `lupdate` reads the
sources listed in TRANSLATION_SOURCES; tests run it and expect no unfinished or vanished message.
Digits and dates are put in the language's own forms here, so staff and office agree with the kiosk.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (QCalendar, QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale,
                            QT_TRANSLATE_NOOP, QTranslator, Qt)

from kiosk.text import localize_digits, reads_right_to_left, strong_direction  # noqa: F401 - re-exported
from ui.virtual_keyboard import configure_keyboard
from ui.widgets.code_label import ltr

REPO_ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = REPO_ROOT / "assets" / "i18n"
LANGUAGES = ("fa", "ar", "en")
RTL_LANGUAGES = ("fa", "ar")
QT_LOCALES = {"fa": "fa_IR", "ar": "ar", "en": "en_US"}
# family -> the sources lupdate reads for it (relative to the repository root)
TRANSLATION_SOURCES = {"kiosk": ("ui/screens/*.py", "ui/i18n.py", "ui/widgets/*.py", "kiosk/prompts.py"),
                       "staff": ("ui/staff/*.py",), "office": ("ui/office/*.py",),
                       # read by the core without Qt (kiosk/words.py, kiosk/office/publish.py)
                       "office_report": ("kiosk/office/show_report.py",),
                       "status": ("assets/status_site/words.js",)}
FAMILIES = tuple(TRANSLATION_SOURCES)
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"

_LANGUAGE_NAMES = {"fa": QT_TRANSLATE_NOOP("Language", "Persian"),
                   "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
                   "en": QT_TRANSLATE_NOOP("Language", "English")}
_SCOPE_NAMES = {"broadcast": QT_TRANSLATE_NOOP("Language", "broadcast on the programme"),
                "draw": QT_TRANSLATE_NOOP("Language", "prize draw"),
                "record": QT_TRANSLATE_NOOP("Language", "recording")}
NATIVE_NAMES = {"fa": "فارسی", "ar": "العربية", "en": "English"}  # a language picker names each in itself
_translators: list[QTranslator] = []  # the installed ones, replaced on language change


def source_files(family: str, root: Path = REPO_ROOT) -> list[Path]:
    return sorted(p for pattern in TRANSLATION_SOURCES[family] for p in root.glob(pattern))


def compile_translations(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """Build .qm from .ts where missing or stale (set-up does this too; tests call it)."""
    built = []
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts),
                        "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _load(app, language: str) -> list[QTranslator]:
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    candidates = [(str(I18N_DIR), f"{family}_{language}") for family in FAMILIES]
    if language != "en":
        candidates.append((qt_dir, f"qtbase_{language}"))
    loaded = []
    for directory, base in candidates:
        tr = QTranslator(app)
        if tr.load(base, directory):
            loaded.append(tr)
    return loaded


def apply_language(app, language: str) -> None:
    """Swap translators and layout direction; widgets get a LanguageChange event and retranslate."""
    if language not in LANGUAGES:
        language = "fa"
    configure_keyboard(app, language)  # before the early return: the keyboard may have drifted
    if app.property("kioskLanguage") == language and _translators:
        return
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    cache = getattr(app, "_kiosk_translators", None)
    if cache is None:
        cache = app._kiosk_translators = {}
    if language not in cache:  # load each language once: a kiosk switches hundreds of times a day
        cache[language] = _load(app, language)
    for tr in cache[language]:
        app.installTranslator(tr)
        _translators.append(tr)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
    app.setProperty("kioskLanguage", language)


def current_language(app=None) -> str:
    app = app or QCoreApplication.instance()
    value = (app.property("kioskLanguage") if app else None) or "fa"
    return value if value in LANGUAGES else "fa"


def language_name(code: str | None) -> str:
    """A question's language named in the UI language ("Persian", «فارسی»); unknown codes as given."""
    if code in _LANGUAGE_NAMES:
        return QCoreApplication.translate("Language", _LANGUAGE_NAMES[code])
    return code or "-"


def scope_name(key: str) -> str:
    """What a citizen consented to (`broadcast`, `draw`, `record`) in words."""
    return QCoreApplication.translate("Language", _SCOPE_NAMES[key]) if key in _SCOPE_NAMES else key.replace("_", " ")


def topic_name(key: str | None) -> str:
    """Topic keys named with the kiosk's own words (context TopicScreen), so every screen agrees; a
    topic an office settings bundle added is named with the labels published with it."""
    if not key:
        return "-"
    app = QCoreApplication.instance()
    published = (app.property("officeTopicLabels") if app else None) or {}
    if (published.get(key) or {}).get(current_language()):
        return published[key][current_language()]
    from ui.screens.topic import topic_label
    return topic_label(key)


# ---- local forms -------------------------------------------------------------------------------
def digits(text: object) -> str:
    """Numbers in the UI language's digits (Persian ۰–۹, Arabic-Indic ٠–٩, Latin)."""
    return localize_digits(str(text), current_language())


def isolate(text: object) -> str:
    """A code, path or number kept in its own left-to-right order inside right-to-left words."""
    return f"{LTR_ISOLATE}{text}{POP_ISOLATE}"


def code(text: object) -> str:
    """A ticket code in local digits, isolated (with a left-to-right mark after each character, which
    Arabic-Indic digit groups need) so "۶۱۳۴-۲۲۵۲" never reads as "۲۲۵۲-۶۱۳۴"."""
    return ltr(digits(text))


def _locale_calendar() -> tuple[QLocale, QCalendar]:
    language = current_language()
    if language == "fa":
        return QLocale("fa_IR"), QCalendar(QCalendar.System.Jalali)
    if language == "ar":
        return QLocale("ar"), QCalendar(QCalendar.System.Gregorian)
    return QLocale("en_US"), QCalendar(QCalendar.System.Gregorian)


def local_time(iso: str | None, with_time: bool = True) -> str:
    """A stored UTC ISO timestamp as local time: Jalali in Persian, Gregorian otherwise."""
    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(iso, Qt.ISODate)
    if not dt.isValid():
        return iso
    dt = dt.toLocalTime()
    loc, cal = _locale_calendar()
    if with_time:
        return loc.toString(dt, QLocale.FormatType.ShortFormat, cal)
    return loc.toString(dt.date(), QLocale.FormatType.ShortFormat, cal)


def local_day(iso_day: str | None) -> str:
    """A YYYY-MM-DD day in the language's calendar."""
    if not iso_day:
        return ""
    d = QDate.fromString(iso_day, Qt.ISODate)
    loc, cal = _locale_calendar()
    return loc.toString(d, QLocale.FormatType.ShortFormat, cal) if d.isValid() else iso_day


def lupdate_command(family: str, ts_files: list[Path], root: Path = REPO_ROOT) -> list[str]:
    """The lupdate run for one family (scripts/update-translations.sh and the tests use it)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    return [str(lupdate), *map(str, source_files(family, root)), "-ts", *map(str, ts_files),
            "-locations", "none", "-no-obsolete", "-source-language", "en"]
