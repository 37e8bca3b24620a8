"""Days as the office lives them: local days in its time zone, and working days.

**Local days in SQL.** Moments are stored in UTC; the dashboard counts by the office's local
day (:func:`app.domain.clock.local_tz`), which in Morocco is UTC+1 most of the year and UTC+0
during Ramadan. :func:`local_day` turns a stored moment into its local day's number (days since
1970-01-01) in SQL, exactly: the zone's offset is constant between its transitions, which are
found here for the period asked (:func:`offsets`) and written into the expression as a
``CASE`` over the moment (one branch per change of offset, a handful a year). The database
needs no time-zone data of its own, and SQLite and PostgreSQL give the same days.

**Working days.** Monday to Friday, less the office's holidays (:mod:`app.stats.holidays`).
A delay in working days from day *a* to day *b* is the number of working days after *a* up to
and including *b*: the same day is 0, Friday to Monday is 1, and a mail registered on a
Saturday and assigned on Monday waited 1 working day. :class:`WorkCalendar` numbers the
working days of a span (:meth:`WorkCalendar.rank`: how many working days up to and including
a day), so that a delay is the difference of two ranks; in SQL the ranks are a small table of
days joined to the moments' local days (:mod:`app.stats.sql`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import BigInteger, ColumnElement, case, cast, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.domain import clock

EPOCH = date(1970, 1, 1)
WEEKEND = frozenset({5, 6})  # Saturday, Sunday
DAY = 86_400
# Shifts every moment to a positive number of seconds before dividing, so that integer
# division (which truncates towards zero in both databases) floors moments before 1970 too.
_SHIFT_DAYS = 100_000


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=number)


@dataclass(frozen=True)
class WorkCalendar:
    """The working days from ``first`` to ``last`` (inclusive), given the holidays."""

    first: date
    last: date
    holidays: frozenset[date] = frozenset()
    _ranks: dict[date, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rank, day = 0, self.first
        while day <= self.last:
            if self.is_working(day):
                rank += 1
            self._ranks[day] = rank
            day += timedelta(days=1)

    def is_working(self, day: date) -> bool:
        return day.weekday() not in WEEKEND and day not in self.holidays

    def rank(self, day: date) -> int:
        """How many working days from ``first`` up to and including ``day``."""
        return self._ranks[day]

    def between(self, start: date, end: date) -> int:
        """Working days after ``start``, up to and including ``end`` (0 if ``end`` is not
        after ``start``)."""
        return max(0, self.rank(end) - self.rank(start))

    def weekday_holidays(self) -> list[int]:
        """The day numbers of the holidays that fall on weekdays, sorted (the others change
        no rank)."""
        return sorted(day_number(d) for d in self.holidays if d.weekday() not in WEEKEND)

    def working_days(self) -> Iterable[date]:
        return (d for d in self._ranks if self.is_working(d))


# --- local days in SQL ---------------------------------------------------------------------


class epoch_seconds(FunctionElement[int]):  # noqa: N801 (a SQL function's name)
    """Whole seconds since 1970-01-01 UTC of a stored moment (floored)."""

    type = BigInteger()
    inherit_cache = True


@compiles(epoch_seconds, "sqlite")
def _epoch_sqlite(element: epoch_seconds, compiler: object, **kw: object) -> str:
    # SQLite keeps moments as 'YYYY-MM-DD HH:MM:SS.ffffff' text in UTC (app.store.types).
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"  # type: ignore[attr-defined]


@compiles(epoch_seconds, "postgresql")
def _epoch_postgresql(element: epoch_seconds, compiler: object, **kw: object) -> str:
    inner = compiler.process(element.clauses, **kw)  # type: ignore[attr-defined]
    return f"CAST(floor(extract(epoch FROM {inner})) AS BIGINT)"


def offsets(start: datetime, end: datetime, tz: tzinfo | None = None) -> list[tuple[datetime, int]]:
    """The zone's offsets from UTC between the moments ``start`` and ``end``: a list of
    (from this moment, offset in seconds), the first from ``start``, in order."""
    zone = tz or clock.local_tz()

    def offset(moment: datetime) -> int:
        delta = moment.astimezone(zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    found = [(start, offset(start))]
    step = timedelta(hours=6)  # zones change at most twice in a few weeks
    moment = start
    while moment < end:
        nxt = min(moment + step, end)
        if offset(nxt) != found[-1][1]:
            low, high = moment, nxt  # the change lies in (low, high]: to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == found[-1][1]:
                    low = middle
                else:
                    high = middle
            found.append((high.replace(microsecond=0), offset(high)))
        moment = nxt
    return found


# Working days are counted from Monday 1 January 1900: the rank of a day is the number of
# weekdays from then up to it, less the holidays on weekdays.
_MONDAY = -25567  # day_number(date(1900, 1, 1))


def work_rank(day: ColumnElement[int], holidays: list[int]) -> ColumnElement[int]:
    """The rank of the local day number ``day`` among working days, in SQL: weekdays from
    1900 up to it (integer arithmetic), less the weekday holidays up to it (``holidays``:
    their day numbers, sorted; read with a balanced tree of CASEs, a few comparisons). The
    difference of two ranks is a delay in working days (:meth:`WorkCalendar.between`)."""
    k = day - _MONDAY
    weeks = (k // 7) * 5
    rest = case((k % 7 >= 5, literal(5)), else_=k % 7 + 1)
    return weeks + rest - _count_up_to(day, holidays)


def _count_up_to(day: ColumnElement[int], sorted_days: list[int]) -> ColumnElement[int]:
    if not sorted_days:
        return literal(0)
    mid = len(sorted_days) // 2
    return case(
        (day < sorted_days[mid], _count_up_to(day, sorted_days[:mid])),
        else_=literal(mid + 1) + _count_up_to(day, sorted_days[mid + 1 :]),
    )


def local_day(
    column: ColumnElement[datetime], zones: list[tuple[datetime, int]]
) -> ColumnElement[int]:
    """The local day number (days since 1970-01-01) of the stored moment ``column``, for
    moments within the span ``zones`` covers (:func:`offsets`); NULL for NULL."""
    seconds = epoch_seconds(column)
    if len(zones) == 1:
        shift: ColumnElement[int] = literal(zones[0][1] + _SHIFT_DAYS * DAY, BigInteger)
    else:
        branches = [
            (column < zones[i + 1][0], literal(zones[i][1] + _SHIFT_DAYS * DAY, BigInteger))
            for i in range(len(zones) - 1)
        ]
        shift = case(*branches, else_=literal(zones[-1][1] + _SHIFT_DAYS * DAY, BigInteger))
    return cast((seconds + shift) // DAY - _SHIFT_DAYS, BigInteger)


def span_utc(first: date, last: date) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days ``first`` to ``last``."""
    return clock.day_bounds_utc(first, last)


def now_local_day(moment: datetime | None = None) -> date:
    return clock.to_local(moment or datetime.now(UTC)).date()
