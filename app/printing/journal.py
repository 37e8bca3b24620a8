"""Every print is an audit event: labels and receipts in the mail's history, registers apart.

A print by a logged-in user (the desktop application, or the command line with ``--user``)
also appears in the mail's history; a print from a script without a user is still audited,
under "cli".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.clock import now_utc
from app.domain.enums import MailEventKind
from app.organisation.actor import Actor
from app.registry.queries import find_mail
from app.store import audit
from app.store.database import Database
from app.store.models import MailEvent

ANONYMOUS = "cli"


def record_mail_prints(
    db: Database,
    actor: Actor | None,
    numbers: Iterable[str],
    kind: MailEventKind,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Record that the label, receipt or routing slip of each of ``numbers`` was printed (or
    saved as PDF)."""
    assert kind in (
        MailEventKind.LABEL_PRINTED,
        MailEventKind.RECEIPT_PRINTED,
        MailEventKind.SLIP_PRINTED,
    )
    with db.write() as session:
        events = []
        for number in numbers:
            mail = find_mail(session, number)
            if actor is not None:
                session.add(
                    MailEvent(mail_id=mail.id, kind=kind.value, at=now_utc(), user_id=actor.user_id)
                )
            events.append(
                audit.Event(f"mail.{kind.value}", "mail", mail.number, dict(details or {}))
            )
        session.flush()
        audit.append(session, actor.login if actor else ANONYMOUS, events)


def record_register_print(db: Database, actor: Actor | None, details: Mapping[str, Any]) -> None:
    """Record that a register (a direction, a period, a format) was printed or exported."""
    with db.write() as session:
        audit.append(
            session,
            actor.login if actor else ANONYMOUS,
            [
                audit.Event(
                    "register.printed", "register", str(details.get("direction", "")), dict(details)
                )
            ],
        )


def record_book_print(db: Database, actor: Actor | None, details: Mapping[str, Any]) -> None:
    """Record that a delivery book (services, period, mails) was printed or saved as PDF."""
    with db.write() as session:
        audit.append(
            session,
            actor.login if actor else ANONYMOUS,
            [
                audit.Event(
                    "delivery_book.printed",
                    "delivery_book",
                    str(details.get("first_day", "")),
                    dict(details),
                )
            ],
        )


def record_attachment_output(
    db: Database, actor: Actor | None, attachment_id: int, name: str, sha256: str, to: str
) -> None:
    """Record that an attachment was printed (``to`` "printer") or copied out ("file")."""
    with db.write() as session:
        audit.append(
            session,
            actor.login if actor else ANONYMOUS,
            [
                audit.Event(
                    f"attachment.{'printed' if to == 'printer' else 'saved'}",
                    "attachment",
                    str(attachment_id),
                    {"name": name, "sha256": sha256, "to": to},
                )
            ],
        )
