"""Duplicates at the counter: recent mails from the same correspondent with a similar subject.

A letter brought twice (once by hand, once by post; or by two people of the same company) must
not get two numbers. While the clerk types, the form asks for the mails registered in the last
weeks from the same correspondent (same identifier or same folded name, as the directory's
duplicate check finds them) whose subject shares most of its words with the one typed, or
whose reference is the one typed. It is a proposal: it never stops the registration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.directory import correspondents
from app.directory.correspondents import CorrespondentInput
from app.domain.clock import now_utc
from app.domain.text import clean, fold, search_words
from app.errors import UserError
from app.imputation.visibility import visible_filter
from app.organisation.actor import Actor
from app.store.database import Database
from app.store.models import MailEntry

RECENT = timedelta(days=90)
CANDIDATES = 300  # the most recent mails of those correspondents that are compared
SIMILAR = 0.6  # share of words in common (Dice coefficient) from which subjects look alike


@dataclass(frozen=True)
class SimilarMail:
    number: str
    registered_at: datetime
    subject: str
    score: float
    same_reference: bool = False


def _words(text: str | None) -> set[str]:
    # Words of one or two letters ("de", "la", "d") say nothing about a letter's subject.
    return {alts[0] for alts in search_words(text) if len(alts[0]) > 2}


def likeness(a: str | None, b: str | None) -> float:
    """How alike two subjects are, from 0 to 1: the share of their (folded) words in common."""
    first, second = _words(a), _words(b)
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def recent_similar(
    db: Database,
    office_id: int,
    candidate: CorrespondentInput | None,
    subject: str,
    *,
    reference: str | None = None,
    actor: Actor | None = None,
    limit: int = 5,
) -> list[SimilarMail]:
    """Mails of the last :data:`RECENT` days from ``candidate`` that look like this one."""
    if candidate is None or not (_words(subject) or clean(reference)):
        return []
    try:
        candidate = candidate.cleaned()
    except UserError:  # no name typed yet
        return []
    with db.read() as session:
        people = [c.id for c, _ in correspondents._matching(session, office_id, candidate)]
        if not people:
            return []
        stmt = (
            select(
                MailEntry.number,
                MailEntry.registered_at,
                MailEntry.subject,
                MailEntry.letter_reference,
            )
            .where(
                MailEntry.office_id == office_id,
                MailEntry.correspondent_id.in_(people),
                MailEntry.registered_at >= now_utc() - RECENT,
                MailEntry.cancelled.is_(False),
            )
            .order_by(MailEntry.id.desc())
            .limit(CANDIDATES)
        )
        if actor is not None:
            stmt = stmt.where(visible_filter(session, actor))
        rows = session.execute(stmt).all()
    wanted_ref = fold(reference)
    found = []
    for r in rows:
        score = likeness(subject, r.subject)
        same_ref = bool(wanted_ref) and fold(r.letter_reference) == wanted_ref
        if score >= SIMILAR or same_ref:
            found.append(SimilarMail(r.number, r.registered_at, r.subject, score, same_ref))
    found.sort(key=lambda m: (m.same_reference, m.score, m.registered_at), reverse=True)
    return found[:limit]
