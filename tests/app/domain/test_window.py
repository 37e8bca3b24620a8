"""The date window (app/domain/window.py) and the clock at the calendar's ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain import clock, window
from app.errors import UsageError, UserError


def test_received_today_or_a_little_ahead_of_the_clock_is_accepted() -> None:
    now = clock.now_utc()
    assert window.check_received(now) == now
    assert window.check_received(now + timedelta(minutes=30))
    assert window.check_received(datetime(1990, 5, 1, 12, tzinfo=UTC))
    # any time of the local today: a day typed at noon is noon today
    noon = datetime.combine(window.today(), datetime.min.time(), tzinfo=clock.local_tz())
    assert window.check_received(noon.replace(hour=23, minute=59))


@pytest.mark.parametrize(
    ("moment", "code"),
    [
        (datetime(9999, 12, 31, 23, 59, tzinfo=UTC), "date_in_future"),
        ("tomorrow", "date_in_future"),
        (datetime(1899, 12, 31, 23, tzinfo=UTC), "date_too_old"),
        (datetime(1, 1, 1, 0, 30, tzinfo=clock.local_tz()), "date_too_old"),
    ],
)
def test_received_beyond_the_window_is_refused(moment: datetime | str, code: str) -> None:
    if moment == "tomorrow":
        local = datetime.combine(
            window.today() + timedelta(days=1), datetime.min.time(), tzinfo=clock.local_tz()
        )
        moment = max(local, clock.now_utc() + window.RECEIVED_AHEAD) + timedelta(hours=1)
    assert isinstance(moment, datetime)
    with pytest.raises(UserError) as caught:
        window.check_received(moment)
    assert caught.value.code == code
    assert "reçu le" in caught.value.message("fr")


def test_a_letter_is_not_dated_tomorrow() -> None:
    today = window.today()
    assert window.check_letter_date(today) == today
    for day, code in (
        (today + timedelta(days=1), "date_in_future"),
        (date(1850, 1, 1), "date_too_old"),
    ):
        with pytest.raises(UserError) as caught:
            window.check_letter_date(day)
        assert caught.value.code == code


def test_filters_and_deadlines_stop_at_the_horizon() -> None:
    assert window.check_filter_day(window.horizon(), "to") == window.horizon()
    with pytest.raises(UsageError) as caught:
        window.check_filter_day(date(9999, 12, 31), "date")
    assert caught.value.exit_code == 2 and "9999-12-31" in caught.value.message("fr")
    with pytest.raises(UserError):
        window.check_due(date(9999, 12, 31))
    with pytest.raises(UsageError) as backwards:
        window.check_period(date(2026, 5, 1), date(2026, 1, 1))
    assert backwards.value.code == "period_reversed"


def test_the_calendar_ends_never_crash() -> None:
    assert window.plus_days(date(9999, 12, 1), 60) == date.max
    assert window.plus_days(date(1, 1, 2), -5) == date.min
    far = datetime(9999, 12, 31, 23, 30, tzinfo=UTC)
    assert clock.to_local(far) == far  # Casablanca is UTC+1: kept in UTC rather than failing
    start, end = clock.day_bounds_utc(date(9999, 12, 31))
    assert start < end == datetime.max.replace(tzinfo=UTC)
    start, _ = clock.day_bounds_utc(date(1, 1, 1))
    assert start.tzinfo is not None
