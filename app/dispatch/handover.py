"""Recording that mail was handed over to a service against its delivery book.

The clerk prints the book, the service's agent signs for what they receive, and the clerk
confirms: :func:`record_handover` writes, in one transaction, a :class:`Delivery` per service
(who handed, when, for which days' book, the receiver's name if typed) with its mails, a
``delivered`` event in each mail's history and the audit rows — or nothing at all.

Only the mails of the book can be recorded (the same rule, :mod:`app.dispatch.book`, for the
same days), each once per service: a mail already handed over to that service is refused, so
the paper trail says when the service got it. Who may: the bureau d'ordre's staff (clerk,
supervisor, administrator), for mail they may see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert

from app.dispatch.book import check_period, sheet_lines
from app.domain import entry
from app.domain.clock import now_utc, to_local
from app.domain.enums import MailEventKind, Role
from app.domain.numbering import normalise_typed_number
from app.errors import PermissionDenied, UserError
from app.imputation import visibility
from app.organisation.actor import Actor
from app.organisation.setup import find_service
from app.store import audit
from app.store.database import Database
from app.store.models import Delivery, DeliveryItem, MailEvent

HANDS_OVER = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
MAX_RECEIVER = entry.LIMITS["receiver"]


@dataclass(frozen=True)
class Handover:
    """One service's delivery, as recorded. ``handed_at`` is local time."""

    id: int
    service: str
    handed_at: datetime
    numbers: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "service": self.service,
            "handed_at": self.handed_at.isoformat(),
            "numbers": list(self.numbers),
        }


def record_handover(
    db: Database,
    actor: Actor,
    numbers_by_service: Mapping[str, Sequence[str]],
    *,
    first: date,
    last: date | None = None,
    receiver: str | None = None,
) -> list[Handover]:
    """Record that the mails ``numbers_by_service[code]`` of the book of ``first``..``last``
    were handed over to each service ``code``, by ``actor``, now."""
    if Role(actor.role) not in HANDS_OVER:
        raise PermissionDenied("denied_role", role=actor.role, action="deliver")
    last = check_period(first, last)
    receiver = entry.text(receiver, "receiver")
    wanted = {
        code: list(dict.fromkeys(normalise_typed_number(n) for n in numbers))
        for code, numbers in numbers_by_service.items()
    }
    if not any(wanted.values()):
        raise UserError("nothing_to_deliver")
    done: list[Handover] = []
    with db.write() as session:
        visible = visibility.visible_filter(session, actor)
        at = now_utc()
        events: list[audit.Event] = []
        for code, numbers in wanted.items():
            if not numbers:
                continue
            service = find_service(session, actor.office_id, code)
            lines = {
                line.number: line for line in sheet_lines(session, service.id, first, last, visible)
            }
            for number in numbers:
                line = lines.get(number)
                if line is None:
                    raise UserError("not_in_delivery_book", number=number, service=service.code)
                if line.delivered_at is not None:
                    raise UserError(
                        "already_delivered",
                        number=number,
                        service=service.code,
                        at=f"{line.delivered_at:%Y-%m-%d %H:%M}",
                    )
            delivery_id = session.execute(
                insert(Delivery)
                .values(
                    office_id=actor.office_id,
                    service_id=service.id,
                    handed_at=at,
                    handed_by_id=actor.user_id,
                    first_day=first,
                    last_day=last,
                    receiver=receiver,
                )
                .returning(Delivery.id)
            ).scalar_one()
            session.execute(
                insert(DeliveryItem),
                [
                    {"delivery_id": delivery_id, "mail_id": lines[n].mail_id, "kind": lines[n].kind}
                    for n in numbers
                ],
            )
            changes = {"service": [None, service.code]}
            for number in numbers:
                session.add(
                    MailEvent(
                        mail_id=lines[number].mail_id,
                        kind=MailEventKind.DELIVERED.value,
                        at=at,
                        user_id=actor.user_id,
                        reason=receiver,
                        changes=audit.canonical_json(
                            {**changes, "kind": [None, lines[number].kind]}
                        ),
                    )
                )
                events.append(
                    audit.Event(
                        "mail.delivered",
                        "mail",
                        number,
                        {
                            "service": service.code,
                            "delivery": delivery_id,
                            "kind": lines[number].kind,
                        },
                    )
                )
            events.append(
                audit.Event(
                    "delivery.recorded",
                    "delivery",
                    delivery_id,
                    {
                        "service": service.code,
                        "first_day": first.isoformat(),
                        "last_day": last.isoformat(),
                        "receiver": receiver,
                        "numbers": numbers,
                    },
                )
            )
            done.append(Handover(delivery_id, service.code, to_local(at), tuple(numbers)))
        session.flush()
        audit.append(session, actor.login, events)
    return done
