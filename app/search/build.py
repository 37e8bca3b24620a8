"""Building the search rows of every mail at once: the migration that adds search, and tools.

Reads the register in order of ids by chunks, folds each correspondent once (not once per
mail), and inserts the rows in bulk. On a million mails this is what an upgrade costs, so it
stays on plain statements: no ORM objects, no per-row queries.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from sqlalchemy import Connection, insert, select

from app.search.document import identifier_words, number_words, words
from app.store.models import Correspondent, MailEntry, MailSearch, mail_recipients

CHUNK = 20_000


@lru_cache(maxsize=50_000)
def _cached_words(text: str | None) -> str:
    # Subjects repeat ("طلب شهادة إدارية" a thousand times a year): fold each text once.
    return words(text)


def fill(conn: Connection, *, progress: Callable[[int], None] | None = None) -> int:
    """Insert the search row of every mail that has none; returns how many were written."""
    people = {
        r.id: words(r.name_arabic, r.name_latin, identifier_words(r.identifier))
        for r in conn.execute(
            select(
                Correspondent.id,
                Correspondent.name_arabic,
                Correspondent.name_latin,
                Correspondent.identifier,
            )
        )
    }
    recipients: dict[int, list[int]] = {}
    for mail_id, corr_id in conn.execute(
        select(mail_recipients.c.mail_id, mail_recipients.c.correspondent_id).order_by(
            mail_recipients.c.mail_id, mail_recipients.c.correspondent_id
        )
    ):
        recipients.setdefault(mail_id, []).append(corr_id)
    done = {m for (m,) in conn.execute(select(MailSearch.mail_id))}
    written = 0
    last = 0
    columns = (
        MailEntry.id,
        MailEntry.number,
        MailEntry.subject,
        MailEntry.correspondent_id,
        MailEntry.letter_reference,
        MailEntry.observations,
        MailEntry.external_ref,
    )
    while True:
        rows = conn.execute(
            select(*columns).where(MailEntry.id > last).order_by(MailEntry.id).limit(CHUNK)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        batch = []
        for r in rows:
            if r.id in done:
                continue
            ids = [i for i in (r.correspondent_id, *recipients.get(r.id, ())) if i is not None]
            other = [number_words(r.number)]
            if r.letter_reference or r.observations or r.external_ref:
                other.append(words(r.letter_reference, r.observations, r.external_ref))
            batch.append(
                {
                    "mail_id": r.id,
                    "subject": _cached_words(r.subject),
                    "correspondent": " ".join(
                        dict.fromkeys(w for i in ids for w in people.get(i, "").split())
                    ),
                    "other": " ".join(p for p in other if p),
                    "attachments": "",
                }
            )
        if batch:
            conn.execute(insert(MailSearch), batch)
            written += len(batch)
        if progress is not None:
            progress(written)
    _cached_words.cache_clear()
    return written
