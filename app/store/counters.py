"""Gapless registry numbers, allocated inside the registering transaction.

``UPDATE ... RETURNING`` on the counter row both increments it and locks it (a row lock on
PostgreSQL; SQLite's write transaction is already exclusive from ``BEGIN IMMEDIATE``). The
lock is held until the registering transaction ends: if it commits, the number is used; if it
rolls back, so does the increment, and the next registration gets the same number. No gap, no
duplicate.
"""

from __future__ import annotations

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from app.domain.enums import Direction
from app.store import dialects
from app.store.models import NumberCounter


def next_seq(session: Session, office_id: int, direction: Direction, year: int) -> int:
    """Reserve and return the next sequence number for (office, direction, year)."""
    seq = _increment(session, office_id, direction, year)
    if seq is None:
        create(session, office_id, direction, year)
        seq = _increment(session, office_id, direction, year)
        assert seq is not None
    return seq


# Built once: registering is the hot path, and statement construction costs more than its
# execution on a local database.
_INCREMENT = (
    update(NumberCounter.__table__)
    .where(
        NumberCounter.office_id == bindparam("b_office"),
        NumberCounter.direction == bindparam("b_direction"),
        NumberCounter.year == bindparam("b_year"),
    )
    .values(last_seq=NumberCounter.last_seq + 1)
    .returning(NumberCounter.last_seq)
)


def _increment(session: Session, office_id: int, direction: Direction, year: int) -> int | None:
    params = {"b_office": office_id, "b_direction": direction.value, "b_year": year}
    return session.execute(_INCREMENT, params).scalar_one_or_none()


def create(session: Session, office_id: int, direction: Direction, year: int) -> None:
    """The counter's row at 0 for (office, direction, year), unless it exists already."""
    values = {"office_id": office_id, "direction": direction.value, "year": year, "last_seq": 0}
    session.execute(dialects.insert(session, NumberCounter).values(values).on_conflict_do_nothing())
