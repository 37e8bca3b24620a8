"""The office's clock: registration times are stored in UTC and shown in local time.

The local zone is ``BO_TIMEZONE`` (an IANA name such as ``Africa/Casablanca``) if set, else the
machine's own. Days (the register of a day, the year of a number) are local days.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo


def local_tz() -> tzinfo:
    name = os.environ.get("BO_TIMEZONE")
    if name:
        return ZoneInfo(name)
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """``moment`` in the local zone; in UTC if the local zone would take it past the calendar's
    ends (a year-9999 moment stored by an older version is still shown, never a crash)."""
    try:
        return moment.astimezone(local_tz())
    except OverflowError:
        return moment.astimezone(UTC)


def day_bounds_utc(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days ``first`` to ``last`` inclusive (clamped to the
    calendar's ends rather than overflowing)."""
    tz = local_tz()
    start = _utc(datetime.combine(first, time.min, tzinfo=tz), datetime.min)
    try:
        after = (last or first) + timedelta(days=1)
    except OverflowError:
        return start, datetime.max.replace(tzinfo=UTC)
    return start, _utc(datetime.combine(after, time.min, tzinfo=tz), datetime.max)


def _utc(moment: datetime, bound: datetime) -> datetime:
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return bound.replace(tzinfo=UTC)


def parse_moment(text: str) -> datetime:
    """An ISO date or date-time typed by a user; local time unless it names its zone."""
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(12, 0), tzinfo=local_tz())
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(text) from exc
    return value if value.tzinfo else value.replace(tzinfo=local_tz())


def parse_day(text: str) -> date:
    text = text.strip().lower()
    if text in ("today", "aujourdhui", "aujourd'hui"):
        return datetime.now(local_tz()).date()
    return date.fromisoformat(text)
