"""Every print is an audit event: labels and receipts in the mail's history, registers apart.

A print by a logged-in user (the desktop application, or the command line, which always names
one: :mod:`app.cli.access`) also appears in the mail's history; a print the system makes
itself, with no user (``actor=None``), is still audited, under "cli".
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
    """Record that the label or receipt of each of ``numbers`` was printed (or saved as PDF)."""
    assert kind in (MailEventKind.LABEL_PRINTED, MailEventKind.RECEIPT_PRINTED)
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
