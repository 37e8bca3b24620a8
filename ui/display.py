"""How numbers and dates are shown: the user's digits, and the Hijri date beside the Gregorian.

The register stores Gregorian moments (DESIGN: dates are Gregorian; Hijri may be shown beside
them). The Hijri date is the tabular (civil) Islamic calendar Qt knows, which may differ by a
day from the calendar announced by the Ministry of Habous after the sighting of the moon; the
settings dialog says so.

Every day on screen reads as the office writes it and as the printed labels and registers show
it: dd/mm/yyyy (a moment adds hh:mm), left to right in either language, in the user's digits,
with the Hijri day beside it (the same order) when the user wants it. The day fields
(:class:`ui.day_edit.DayEdit`) take and show days the same way.

The choice is process-wide, like the language: ``configure`` sets it, and the caller then
re-applies the language so every widget redraws itself (``Languages.apply``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale

from app.domain.clock import to_local
from ui.labels import LTR

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DAY_FORMAT = "%d/%m/%Y"


@dataclass(frozen=True)
class DisplayPrefs:
    eastern_digits: bool = False
    hijri: bool = False


_prefs = DisplayPrefs()
_hijri_calendar = QCalendar(QCalendar.System.IslamicCivil)


def configure(prefs: DisplayPrefs) -> None:
    global _prefs
    _prefs = prefs


def prefs() -> DisplayPrefs:
    return _prefs


def digits(text: str) -> str:
    """``text`` with its digits in the user's choice (Western 0-9 or Eastern Arabic ٠-٩)."""
    return text.translate(EASTERN) if _prefs.eastern_digits else text


def count(n: int) -> str:
    return digits(str(n))


def hijri(day: date, *, short: bool = False) -> str:
    """``day`` in the Hijri calendar: month by name in the current language, or all digits."""
    parts = _hijri_calendar.partsFromDate(QDate(day.year, day.month, day.day))
    if short:
        text = f"{parts.day:02d}/{parts.month:02d}/{parts.year}"
    else:
        month = _hijri_calendar.monthName(QLocale(), parts.month, parts.year)
        text = f"{parts.day} {month} {parts.year}"
    return digits(QCoreApplication.translate("Display", "%1 AH").replace("%1", text))


def day(value: date | None, *, short: bool = False) -> str:
    """A calendar day, left to right; with the Hijri date beside it if the user wants it
    (``short``: in digits, for a table's column)."""
    if value is None:
        return ""
    text = LTR + digits(f"{value:{DAY_FORMAT}}")
    if _prefs.hijri:
        text += f"{LTR} — {hijri(value, short=short)}"
    return text


def moment(value: datetime | None, *, short: bool = False) -> str:
    """A stored UTC moment in the office's time zone, to the minute (Hijri day beside it)."""
    if value is None:
        return ""
    local = to_local(value)
    text = LTR + digits(local.strftime(f"{DAY_FORMAT} %H:%M"))
    if _prefs.hijri:
        text += f"{LTR} — {hijri(local.date(), short=short)}"
    return text
