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
    return moment.astimezone(local_tz())


def day_bounds_utc(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days ``first`` to ``last`` inclusive."""
    tz = local_tz()
    start = datetime.combine(first, time.min, tzinfo=tz)
    end = datetime.combine((last or first) + timedelta(days=1), time.min, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


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
