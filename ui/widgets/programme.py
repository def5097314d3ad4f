"""The attract screen's invitation from the office's settings bundle: the next live show and how
many questions were already answered live. Persian dates are Jalali with Persian digits (QCalendar).

Strings live in the "ProgrammePanel" context of the fleet_*.ts family.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QEvent, QLocale, QTime, QTimer, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.settings_bundle import next_show
from ui.screens.base import language, plain_label

_LOCALES = {"fa": ("fa_IR", QCalendar.System.Jalali), "ar": ("ar", QCalendar.System.Gregorian),
            "en": ("en_US", QCalendar.System.Gregorian)}


def _isolate(text: str) -> str:
    """Digits and times inside right-to-left text never reverse (LRI … PDI)."""
    return "\u2066" + text + "\u2069"


def show_when(date_iso: str, time_text: str, lang: str) -> str:
    """'دوشنبه ۹ آذر، ۲۰:۰۰' / 'Monday 30 November, 20:00': weekday, day, month, time."""
    name, system = _LOCALES.get(lang, _LOCALES["fa"])
    loc, cal = QLocale(name), QCalendar(system)
    day = QDate.fromString(date_iso, Qt.ISODate)
    parts = cal.partsFromDate(day)
    clock = QTime.fromString(time_text, "HH:mm")
    sep = "، " if lang in ("fa", "ar") else ", "
    return (f"{cal.weekDayName(loc, cal.dayOfWeek(day))} {loc.toString(parts.day)} "
            f"{cal.monthName(loc, parts.month, parts.year)}{sep}{_isolate(loc.toString(clock, 'HH:mm'))}")


class ProgrammePanel(QWidget):
    """Hidden until a bundle brings a programme; `now` is a clock parameter for tests."""

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now().astimezone(), parent=None):
        super().__init__(parent)
        self.setObjectName("attractProgramme")
        self.now = now
        self.shows: list[dict] = []
        self.answered: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.next_show = plain_label("attractNextShow", "lead")
        self.answered_count = plain_label("attractAnsweredCount", "notice")
        for label in (self.next_show, self.answered_count):
            label.setAlignment(Qt.AlignCenter)
            lay.addWidget(label)
        self._tick = QTimer(self)  # a show that has begun gives way to the next one
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def set_programme(self, shows: list[dict], answered: int | None) -> None:
        self.shows, self.answered = list(shows or []), answered
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        lang = language()
        show = next_show(self.shows, self.now())
        if show is None:
            self.next_show.hide()
        else:
            title = (show.get("title") or {}).get(lang) or ""
            text = QCoreApplication.translate("ProgrammePanel", "Next live answers: %1").replace(
                "%1", show_when(show["date"], show["time"], lang))
            self.next_show.setText(text + (f" — {title}" if title else ""))
            self.next_show.setAccessibleName(self.next_show.text())
            self.next_show.show()
        if not self.answered:
            self.answered_count.hide()
        else:
            name = _LOCALES.get(lang, _LOCALES["fa"])[0]
            count = _isolate(QLocale(name).toString(int(self.answered)))
            self.answered_count.setText(QCoreApplication.translate(
                "ProgrammePanel", "%1 questions from this tribune have been answered live").replace("%1", count))
            self.answered_count.setAccessibleName(self.answered_count.text())
            self.answered_count.show()
        self.setVisible(show is not None or bool(self.answered))
