"""The office's day now, read when a test needs it.

A day kept in a module's constant is the day the tests were collected: a run that passes the
office's midnight (23:00 UTC in Casablanca) would compare yesterday with the application's today.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.clock import now_utc, to_local


def today() -> date:
    return to_local(now_utc()).date()


def yesterday() -> date:
    return today() - timedelta(days=1)
