"""The office's official holidays, kept by the administrator: the days delays do not count.

Each holiday is a Gregorian day (what counts), with its names in French and Arabic. Two kinds
come from a known list:

- fixed holidays fall on the same Gregorian date every year (:data:`FIXED`); the administrator
  adds a year's at once (:func:`add_fixed`);
- religious holidays follow the Hijri calendar and move eleven days earlier each year
  (:data:`RELIGIOUS`): :func:`proposals` places them on the tabular Hijri calendar
  (:mod:`app.domain.hijri`), and the administrator records the day the Ministry of Habous
  announces, which may be a day or two apart (the moon is sighted), with the Hijri date it
  stands for.

Any other day off (a holiday decreed for one year) is added by hand (kind ``other``). Every
addition and removal is one transaction with its audit event.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain import entry, hijri
from app.domain.clock import now_utc
from app.errors import NotFound, UserError
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.store import audit
from app.store.database import Database
from app.store.models import Holiday

FIXED_KIND, RELIGIOUS_KIND, OTHER_KIND = "fixed", "religious", "other"
KINDS = (FIXED_KIND, RELIGIOUS_KIND, OTHER_KIND)
NAME_LIMIT = 200


@dataclass(frozen=True)
class FixedHoliday:
    month: int
    day: int
    name_fr: str
    name_ar: str
    since: int = 1956  # the first year it was a holiday


# Morocco's public holidays on a Gregorian date (public administration). The Amazigh new year
# is a holiday since 2024, the Aid al-Wahda since 2025.
FIXED: tuple[FixedHoliday, ...] = (
    FixedHoliday(1, 1, "Nouvel an", "رأس السنة الميلادية"),
    FixedHoliday(1, 11, "Manifeste de l'indépendance", "ذكرى تقديم وثيقة الاستقلال"),
    FixedHoliday(1, 14, "Nouvel an amazigh", "رأس السنة الأمازيغية", since=2024),
    FixedHoliday(5, 1, "Fête du travail", "عيد الشغل"),
    FixedHoliday(7, 30, "Fête du Trône", "عيد العرش"),
    FixedHoliday(8, 14, "Allégeance de Oued Eddahab", "ذكرى استرجاع وادي الذهب"),
    FixedHoliday(8, 20, "Révolution du Roi et du peuple", "ذكرى ثورة الملك والشعب"),
    FixedHoliday(8, 21, "Fête de la jeunesse", "عيد الشباب"),
    FixedHoliday(10, 31, "Fête de l'unité", "عيد الوحدة", since=2025),
    FixedHoliday(11, 6, "Marche verte", "ذكرى المسيرة الخضراء"),
    FixedHoliday(11, 18, "Fête de l'indépendance", "عيد الاستقلال"),
)


@dataclass(frozen=True)
class ReligiousHoliday:
    key: str
    hijri_month: int
    hijri_day: int
    name_fr: str
    name_ar: str


# Each day of a religious holiday is a row of its own (the two days of the Aids).
RELIGIOUS: tuple[ReligiousHoliday, ...] = (
    ReligiousHoliday("hijri_new_year", 1, 1, "Nouvel an de l'Hégire", "فاتح محرم"),
    ReligiousHoliday("mawlid_1", 3, 12, "Aïd al-Mawlid", "عيد المولد النبوي"),
    ReligiousHoliday(
        "mawlid_2", 3, 13, "Aïd al-Mawlid (2e jour)", "عيد المولد النبوي (اليوم الثاني)"
    ),
    ReligiousHoliday("fitr_1", 10, 1, "Aïd al-Fitr", "عيد الفطر"),
    ReligiousHoliday("fitr_2", 10, 2, "Aïd al-Fitr (2e jour)", "عيد الفطر (اليوم الثاني)"),
    ReligiousHoliday("adha_1", 12, 10, "Aïd al-Adha", "عيد الأضحى"),
    ReligiousHoliday("adha_2", 12, 11, "Aïd al-Adha (2e jour)", "عيد الأضحى (اليوم الثاني)"),
)


@dataclass(frozen=True)
class HolidayRow:
    day: date
    name_fr: str
    name_ar: str
    kind: str
    hijri: str | None  # the Hijri date a religious holiday stands for, YYYY-MM-DD

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["day"] = self.day.isoformat()
        return data


@dataclass(frozen=True)
class Proposal:
    """A known holiday placed in a Gregorian year, to be added (a religious one confirmed)."""

    day: date
    name_fr: str
    name_ar: str
    kind: str
    hijri: str | None
    recorded: bool  # a holiday is already recorded on that day

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["day"] = self.day.isoformat()
        return data


def _rows(session: Session, office_id: int, first: date, last: date) -> list[HolidayRow]:
    found = session.execute(
        select(Holiday.day, Holiday.name_fr, Holiday.name_ar, Holiday.kind, Holiday.hijri)
        .where(Holiday.office_id == office_id, Holiday.day >= first, Holiday.day <= last)
        .order_by(Holiday.day)
    )
    return [HolidayRow(r.day, r.name_fr, r.name_ar, r.kind, r.hijri) for r in found]


def days_off(session: Session, office_id: int, first: date, last: date) -> list[date]:
    """The holidays from ``first`` to ``last`` (inclusive), in order."""
    return list(
        session.scalars(
            select(Holiday.day)
            .where(Holiday.office_id == office_id, Holiday.day >= first, Holiday.day <= last)
            .order_by(Holiday.day)
        )
    )


def list_holidays(db: Database, office_id: int, year: int | None = None) -> list[HolidayRow]:
    """The recorded holidays, of one Gregorian year or all of them, in order of days."""
    first, last = (date(year, 1, 1), date(year, 12, 31)) if year else (date.min, date.max)
    with db.read() as session:
        return _rows(session, office_id, first, last)


_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _name(value: str, field: str) -> str:
    text = entry.sanitise(value, field)
    if not text:
        raise UserError("missing_field", field=field)
    if len(text) > NAME_LIMIT:
        raise UserError("too_long", field=field, maximum=NAME_LIMIT)
    return text


def _hijri_text(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return hijri.HijriDate.fromisoformat(value.translate(_WESTERN)).isoformat()
    except ValueError:
        raise UserError("holiday_bad_hijri", value=value) from None


def add_holiday(
    db: Database,
    actor: Actor,
    day: date,
    *,
    name_fr: str,
    name_ar: str,
    kind: str = OTHER_KIND,
    hijri_date: str | None = None,
) -> HolidayRow:
    """Record ``day`` as a holiday (administrators); refused if one is recorded that day."""
    require_admin(actor)
    if kind not in KINDS:
        raise UserError("holiday_bad_kind", kind=kind)
    row = HolidayRow(
        day, _name(name_fr, "name-fr"), _name(name_ar, "name-ar"), kind, _hijri_text(hijri_date)
    )
    with db.write() as session:
        require_admin_now(session, actor)
        _add(session, actor, row)
        session.flush()
    return row


def _add(session: Session, actor: Actor, row: HolidayRow) -> None:
    taken = session.scalar(
        select(Holiday.name_fr).where(Holiday.office_id == actor.office_id, Holiday.day == row.day)
    )
    if taken is not None:
        raise UserError("holiday_exists", day=row.day.isoformat(), name=taken)
    session.add(
        Holiday(
            office_id=actor.office_id,
            day=row.day,
            name_fr=row.name_fr,
            name_ar=row.name_ar,
            kind=row.kind,
            hijri=row.hijri,
            created_at=now_utc(),
            created_by_id=actor.user_id,
        )
    )
    session.flush()
    audit.append(
        session,
        actor.login,
        [audit.Event("holiday.added", "holiday", row.day.isoformat(), row.to_json())],
    )


def remove_holiday(db: Database, actor: Actor, day: date) -> HolidayRow:
    """Delete the holiday recorded on ``day`` (administrators); what it was."""
    require_admin(actor)
    with db.write() as session:
        require_admin_now(session, actor)
        found = _rows(session, actor.office_id, day, day)
        if not found:
            raise NotFound("holiday_unknown", day=day.isoformat())
        session.execute(
            delete(Holiday).where(Holiday.office_id == actor.office_id, Holiday.day == day)
        )
        audit.append(
            session,
            actor.login,
            [audit.Event("holiday.removed", "holiday", day.isoformat(), found[0].to_json())],
        )
        return found[0]


def proposals(db: Database, office_id: int, year: int) -> list[Proposal]:
    """The known holidays of Gregorian ``year``: the fixed ones on their dates, the religious
    ones on the tabular Hijri calendar's (a proposal to confirm), each marked if a holiday is
    already recorded that day."""
    with db.read() as session:
        recorded = set(days_off(session, office_id, date(year, 1, 1), date(year, 12, 31)))
    found = [
        Proposal(date(year, f.month, f.day), f.name_fr, f.name_ar, FIXED_KIND, None, False)
        for f in FIXED
        if year >= f.since
    ]
    # A Hijri year is 354 or 355 days: a Gregorian year meets two of them, and a holiday may
    # fall twice in one Gregorian year (Aid al-Fitr in January and December of 2000).
    first_hijri = hijri.from_gregorian(date(year, 1, 1)).year
    for hijri_year in (first_hijri, first_hijri + 1):
        for r in RELIGIOUS:
            when = hijri.HijriDate(hijri_year, r.hijri_month, r.hijri_day)
            day = hijri.to_gregorian(when)
            if day.year == year:
                found.append(
                    Proposal(day, r.name_fr, r.name_ar, RELIGIOUS_KIND, when.isoformat(), False)
                )
    found.sort(key=lambda p: p.day)
    return [
        Proposal(p.day, p.name_fr, p.name_ar, p.kind, p.hijri, p.day in recorded) for p in found
    ]


def add_fixed(db: Database, actor: Actor, year: int) -> list[HolidayRow]:
    """Record the fixed holidays of ``year`` not recorded yet (administrators), in one
    transaction; the ones added."""
    require_admin(actor)
    added: list[HolidayRow] = []
    with db.write() as session:
        require_admin_now(session, actor)
        recorded = set(days_off(session, actor.office_id, date(year, 1, 1), date(year, 12, 31)))
        for f in FIXED:
            day = date(year, f.month, f.day)
            if year < f.since or day in recorded:
                continue
            row = HolidayRow(day, f.name_fr, f.name_ar, FIXED_KIND, None)
            _add(session, actor, row)
            added.append(row)
        session.flush()
    return added
