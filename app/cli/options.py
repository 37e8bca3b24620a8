"""Option values shared by several commands, checked the same way everywhere.

A date that is not a date stays bad input (exit 1, ``bad_date``), as it always was. What no
data could make right is a usage error (exit 2, :class:`app.errors.UsageError`): a filter's day
outside the window of :mod:`app.domain.window`, a period that ends before it starts, a
``--limit`` below 1 or above :data:`MAX_LIMIT`.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain import window
from app.domain.clock import parse_day, parse_moment
from app.domain.enums import Channel
from app.errors import UsageError, UserError

# More rows than any screen or script reads at once; also far below what a database integer
# holds (a larger --limit reached SQLite as an overflow).
MAX_LIMIT = 1_000_000
CHANNEL_ALIASES = {"registered": Channel.REGISTERED.value}


def channel_arg(text: str) -> str:
    """A ``--channel`` value: the stored names, and ``registered`` for ``registered_post``."""
    return CHANNEL_ALIASES.get(text, text)


def channel_choices() -> list[str]:
    return [c.value for c in Channel]


def moment(text: str | None, field: str) -> datetime | None:
    """A typed moment (received, sent): checked at entry by the service, not here."""
    if not text:
        return None
    try:
        return parse_moment(text)
    except (ValueError, OverflowError) as exc:
        raise UserError("bad_date", field=field, value=text) from exc


def day(text: str | None, field: str) -> date | None:
    """A typed day (a letter's date, a deadline): checked at entry by the service."""
    if not text:
        return None
    try:
        return parse_day(text)
    except ValueError as exc:
        raise UserError("bad_date", field=field, value=text) from exc


def filter_day(text: str | None, field: str) -> date | None:
    """A day a filter or a register asks for, within the window."""
    found = day(text, field)
    return window.check_filter_day(found, field) if found is not None else None


def period(
    first: str | None, last: str | None, *, first_required: bool = False
) -> tuple[date | None, date | None]:
    """``--date D [--to D]``: both within the window, the end not before the start."""
    start, end = filter_day(first, "date"), filter_day(last, "to")
    if (end is not None or first_required) and start is None:
        raise UserError("missing_field", field="date")
    window.check_period(start, end)
    return start, end


def limit(value: int | None) -> int | None:
    """``--limit N``: 1 to :data:`MAX_LIMIT` rows (``None``: no limit asked)."""
    if value is not None and not 1 <= value <= MAX_LIMIT:
        raise UsageError("limit_out_of_range", value=value, maximum=MAX_LIMIT)
    return value
