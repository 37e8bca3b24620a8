"""The dates the office accepts: a sane window around today, the same at every entry.

- A **received** (or sent) moment may be any time of the office's today or before, or up to
  :data:`RECEIVED_AHEAD` past this machine's clock (the portal's clock and the desks' differ
  a little); never before :data:`FLOOR`.
- A **letter's own date** may be today or before (a letter is not dated tomorrow), never
  before :data:`FLOOR`.
- A **deadline**, and the days a **filter** or a register asks for, may be up to
  :data:`HORIZON_YEARS` ahead (a period may end in the future; beyond that it is a typo),
  never before :data:`FLOOR`.

Entries out of the window are refused with a :class:`UserError` naming the field and the
bounds; a filter's day out of it is a usage error (:class:`UsageError`, exit status 2).

Whatever is already stored is shown without failing: :func:`plus_days` stops at the
calendar's end instead of overflowing (and :func:`app.domain.clock.to_local` keeps a moment
that cannot be moved into the local zone in UTC).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.domain.clock import local_tz, now_utc
from app.errors import UsageError, UserError

FLOOR = date(1900, 1, 1)
RECEIVED_AHEAD = timedelta(hours=1)
HORIZON_YEARS = 10


def today() -> date:
    return now_utc().astimezone(local_tz()).date()


def plus_days(day: date, days: int) -> date:
    """``day`` + ``days``, or the calendar's first or last day rather than an overflow."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def horizon() -> date:
    """The last day a deadline or a filter may name."""
    now = today()
    try:
        return now.replace(year=now.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        return now.replace(year=now.year + HORIZON_YEARS, day=28)


def latest_received() -> datetime:
    """The latest received moment accepted now: the end of the local today, or a little past
    this machine's clock, whichever is later."""
    now = now_utc()
    tomorrow = plus_days(today(), 1)
    end_of_today = datetime.combine(tomorrow, time.min, tzinfo=local_tz()).astimezone(UTC)
    return max(end_of_today - timedelta(microseconds=1), now + RECEIVED_AHEAD)


def check_received(moment: datetime, field: str = "received-at") -> datetime:
    """``moment`` (timezone-aware) if the window allows it."""
    latest = latest_received()
    shown = _shown(moment)
    if moment > latest:
        raise UserError("date_in_future", field=field, value=shown, latest=_shown(latest))
    if moment < datetime.combine(FLOOR, time.min, tzinfo=UTC):
        raise UserError("date_too_old", field=field, value=shown, floor=FLOOR.isoformat())
    return moment


def check_letter_date(day: date, field: str = "letter-date") -> date:
    """``day`` if a letter can bear it: today or before, not before :data:`FLOOR`."""
    latest = today()
    if day > latest:
        raise UserError(
            "date_in_future", field=field, value=day.isoformat(), latest=latest.isoformat()
        )
    if day < FLOOR:
        raise UserError("date_too_old", field=field, value=day.isoformat(), floor=FLOOR.isoformat())
    return day


def letter_date_ok(day: date) -> bool:
    return FLOOR <= day <= today()


def check_due(day: date, field: str = "due") -> date:
    """A deadline typed: not beyond the horizon (the past is the workflow's to refuse)."""
    if day > horizon():
        raise UserError(
            "date_in_future", field=field, value=day.isoformat(), latest=horizon().isoformat()
        )
    return day


def check_filter_day(day: date, field: str) -> date:
    """A day a filter or a register asks for: a usage error out of the window."""
    last = horizon()
    if not FLOOR <= day <= last:
        raise UsageError(
            "date_out_of_window",
            field=field,
            value=day.isoformat(),
            first=FLOOR.isoformat(),
            last=last.isoformat(),
        )
    return day


def check_period(first: date | None, last: date | None) -> None:
    """A period from ``first`` to ``last``: refused backwards (a usage error)."""
    if first is not None and last is not None and last < first:
        raise UsageError("period_reversed", first=first.isoformat(), last=last.isoformat())


def _shown(moment: datetime) -> str:
    try:
        return moment.astimezone(local_tz()).strftime("%Y-%m-%d %H:%M")
    except OverflowError:  # at the calendar's ends: as it was given
        return moment.isoformat(timespec="minutes")
