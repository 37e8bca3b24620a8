"""A typed or scanned registry number, straight to its mail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.search.terms import number_of
from app.store.models import MailEntry, Office


def number_hit(session: Session, text: str) -> int | None:
    """The id of the mail whose number ``text`` is, if it is one; one index look-up or two.

    Exact first (any number format); then, for the default format, by its parts, so that
    "a-2026/123" finds A-2026/000123.
    """
    typed = number_of(text)
    if typed is None:
        return None
    found = session.scalar(select(MailEntry.id).where(MailEntry.number == typed.text))
    if found is None and typed.direction is not None:
        found = session.scalar(
            select(MailEntry.id)
            .where(
                MailEntry.office_id.in_(select(Office.id)),
                MailEntry.direction == typed.direction.value,
                MailEntry.year == typed.year,
                MailEntry.seq == typed.seq,
            )
            .order_by(MailEntry.id)
            .limit(1)
        )
    return found
