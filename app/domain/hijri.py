"""The tabular (civil) Hijri calendar: arithmetic conversion to and from Gregorian days.

Months alternate 30 and 29 days, Dhu al-Hijja has 30 days in the 11 leap years of each cycle
of 30 (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), and 1 Muharram of year 1 is Friday 16
July 622 (Julian). It is the calendar Qt calls ``IslamicCivil``, which the desk shows beside
Gregorian dates (ui/display.py).

Morocco's religious holidays follow the sighting of the moon, announced by the Ministry of
Habous a day or two before: the tabular date only proposes a day, which the administrator
confirms or moves (:mod:`app.stats.holidays`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Julian day number of 1 Muharram 1 AH (civil epoch), and of the proleptic Gregorian ordinal 0.
EPOCH = 1948440
ORDINAL_TO_JDN = 1721425

MONTHS_FR = (
    "Mouharram",
    "Safar",
    "Rabii al-awal",
    "Rabii ath-thani",
    "Joumada al-oula",
    "Joumada ath-thania",
    "Rajab",
    "Chaabane",
    "Ramadan",
    "Chawwal",
    "Dou al-qiida",
    "Dou al-hijja",
)
MONTHS_AR = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


@dataclass(frozen=True, order=True)
class HijriDate:
    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.day <= month_length(self.year, self.month)):
            raise ValueError(f"{self.year}-{self.month}-{self.day}")

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> HijriDate:
        parts = text.strip().split("-")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    def text(self, lang: str) -> str:
        """``1 Chawwal 1447`` / ``1 شوال 1447``."""
        months = MONTHS_AR if lang == "ar" else MONTHS_FR
        return f"{self.day} {months[self.month - 1]} {self.year}"


def is_leap(year: int) -> bool:
    return (14 + 11 * year) % 30 < 11


def month_length(year: int, month: int) -> int:
    if month == 12:
        return 30 if is_leap(year) else 29
    return 30 if month % 2 == 1 else 29


def _jdn(year: int, month: int, day: int) -> int:
    return (
        day
        + (59 * (month - 1) + 1) // 2  # the days of the months before: 30, 29, 30, ...
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + EPOCH
        - 1
    )


def to_gregorian(hijri: HijriDate) -> date:
    return date.fromordinal(_jdn(hijri.year, hijri.month, hijri.day) - ORDINAL_TO_JDN)


def from_gregorian(day: date) -> HijriDate:
    jdn = day.toordinal() + ORDINAL_TO_JDN
    year = (30 * (jdn - EPOCH) + 10646) // 10631
    month = 1
    while month < 12 and jdn >= _jdn(year, month + 1, 1):
        month += 1
    return HijriDate(year, month, jdn - _jdn(year, month, 1) + 1)
