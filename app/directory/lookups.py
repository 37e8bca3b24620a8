"""Directory look-ups for the registration form, as plain data."""

from __future__ import annotations

from app.directory import correspondents
from app.directory.correspondents import CorrespondentInput, CorrespondentSummary
from app.store.database import Database


def suggest(db: Database, office_id: int, text: str, limit: int = 12) -> list[CorrespondentSummary]:
    """Correspondents whose name (either script, folded) starts with ``text``."""
    with db.read() as session:
        return correspondents.search(session, office_id, text, limit)


def duplicates(
    db: Database, office_id: int, candidate: CorrespondentInput
) -> list[CorrespondentSummary]:
    with db.read() as session:
        return correspondents.probable_duplicates(session, office_id, candidate)
