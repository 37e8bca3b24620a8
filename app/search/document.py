"""What the search index holds for a mail, and keeping it current.

Each mail has one row in ``mail_search``: its words folded by :func:`app.domain.text.index_words`,
in four parts (subject; correspondents' names in both scripts and identifiers; number,
reference, observations and portal reference; text read from the attachments), which the
full-text index reads (:mod:`app.search.backend`). Registering, correcting and reading an
attachment's text write this row in the same transaction as the mail, so a search never shows
a mail by words it no longer has.

Text from attachments (OCR) arrives later than the mail: :func:`set_attachment_text` replaces
that part alone, in the transaction that stores the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, aliased

from app.domain.text import fold, index_words
from app.store.models import Correspondent, MailEntry, MailSearch, mail_recipients


@dataclass(frozen=True)
class Names:
    """A correspondent as the index sees it."""

    name_arabic: str | None = None
    name_latin: str | None = None
    identifier: str | None = None

    @classmethod
    def of(cls, c: Correspondent) -> Names:
        return cls(c.name_arabic, c.name_latin, c.identifier)


@dataclass(frozen=True)
class SearchText:
    subject: str
    correspondent: str
    other: str

    def row(self, mail_id: int) -> dict[str, object]:
        return {
            "mail_id": mail_id,
            "subject": self.subject,
            "correspondent": self.correspondent,
            "other": self.other,
        }


def words(*texts: str | None) -> str:
    """The index words of ``texts``, each once, space-separated."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in index_words(text):
            seen[word] = None
    return " ".join(seen)


def identifier_words(identifier: str | None) -> str:
    """ "AB123456" is found as typed, as "ab 123456" and as "123456"."""
    if not identifier:
        return ""
    folded = fold(identifier)
    return " ".join(dict.fromkeys([folded, *re.findall(r"\d+", folded)]))


def number_words(number: str) -> str:
    """ "A-2026/000123" is found as "a 2026 000123" and as "123" (the sequence unpadded)."""
    folded = fold(number).split()
    extra = [w.lstrip("0") for w in folded if w.isdigit() and w.startswith("0")]
    return " ".join(dict.fromkeys(folded + [w for w in extra if w]))


def search_text(
    *,
    number: str,
    subject: str,
    correspondents: Iterable[Names],
    reference: str | None = None,
    observations: str | None = None,
    external_ref: str | None = None,
) -> SearchText:
    names = [(c.name_arabic, c.name_latin, identifier_words(c.identifier)) for c in correspondents]
    return SearchText(
        subject=words(subject),
        correspondent=words(*(part for triple in names for part in triple)),
        other=" ".join(
            part
            for part in (number_words(number), words(reference, observations, external_ref))
            if part
        ),
    )


def add(session: Session, mail_id: int, text: SearchText) -> None:
    """Index a mail just registered (its row does not exist yet)."""
    session.execute(insert(MailSearch).values(**text.row(mail_id), attachments=""))


def read(session: Session, mail_id: int) -> SearchText:
    """The index text of the mail ``mail_id`` as it is now in the register."""
    corr = aliased(Correspondent)
    mail = session.execute(
        select(
            MailEntry.number,
            MailEntry.subject,
            MailEntry.letter_reference,
            MailEntry.observations,
            MailEntry.external_ref,
            corr.name_arabic,
            corr.name_latin,
            corr.identifier,
        )
        .outerjoin(corr, corr.id == MailEntry.correspondent_id)
        .where(MailEntry.id == mail_id)
    ).one()
    recipients = session.execute(
        select(Correspondent.name_arabic, Correspondent.name_latin, Correspondent.identifier)
        .join(mail_recipients, mail_recipients.c.correspondent_id == Correspondent.id)
        .where(mail_recipients.c.mail_id == mail_id)
        .order_by(Correspondent.id)
    ).all()
    return search_text(
        number=mail.number,
        subject=mail.subject,
        correspondents=[
            Names(mail.name_arabic, mail.name_latin, mail.identifier),
            *(Names(*r) for r in recipients),
        ],
        reference=mail.letter_reference,
        observations=mail.observations,
        external_ref=mail.external_ref,
    )


def reindex(session: Session, mail_id: int) -> None:
    """Bring the mail's index row up to date with the register (after a correction)."""
    text = read(session, mail_id)
    done = session.execute(
        update(MailSearch)
        .where(MailSearch.mail_id == mail_id)
        .values(subject=text.subject, correspondent=text.correspondent, other=text.other)
    )
    if not done.rowcount:
        add(session, mail_id, text)


def set_attachment_text(session: Session, mail_id: int, text: str) -> None:
    """Index the text read from a mail's attachments (all of them, replacing what was there).

    For the OCR: call it in the transaction that stores the text, with the text of every
    attachment of the mail joined, so that search finds the mail by the words of its scans.
    """
    folded = words(text)
    done = session.execute(
        update(MailSearch).where(MailSearch.mail_id == mail_id).values(attachments=folded)
    )
    if not done.rowcount:
        add(session, mail_id, read(session, mail_id))
        session.execute(
            update(MailSearch).where(MailSearch.mail_id == mail_id).values(attachments=folded)
        )
