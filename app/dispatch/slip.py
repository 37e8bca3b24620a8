"""What a routing slip (fiche d'imputation, بطاقة الإحالة) shows for one mail.

The slip travels with the paper to the service: the mail (number, date, correspondent, its
reference, subject), where it goes (the main service and its agent, the copies), what is asked
(every instruction of the office as a box, those of the assignment ticked), the deadline and
the note. A mail not assigned yet gets a slip with the service chosen at the counter, if any,
and blank boxes: the director fills it by hand, as on paper.

Only a user who may see the mail may print its slip; a cancelled mail has none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import now_utc, to_local
from app.domain.enums import AssignmentKind, AssignmentState
from app.errors import UserError
from app.imputation import visibility
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.registry import reach
from app.registry.attach import AttachResult
from app.registry.queries import correspondent_name, find_mail
from app.store.database import Database
from app.store.models import Assignment, Instruction, MailEntry, Service, User


@dataclass(frozen=True)
class SlipService:
    code: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True)
class SlipInstruction:
    code: str
    label_fr: str
    label_ar: str
    checked: bool


@dataclass(frozen=True)
class SlipData:
    number: str
    registered_at: datetime  # local time
    direction: str
    correspondent: str
    letter_reference: str
    letter_date: date | None
    subject: str
    priority: str
    confidential: bool
    pieces: int
    service: SlipService | None  # the main assignment's, else the service chosen at the counter
    assigned: bool  # whether ``service`` comes from an assignment
    agent: str
    copies: tuple[SlipService, ...]
    instructions: tuple[SlipInstruction, ...]
    due_date: date | None
    note: str
    assigned_by: str
    assigned_at: datetime | None  # local time
    office_fr: str
    office_ar: str
    ministry_fr: str
    ministry_ar: str
    printed_at: datetime  # local time
    printed_by: str

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "service": self.service.code if self.service else None,
            "assigned": self.assigned,
            "agent": self.agent or None,
            "copies": [c.code for c in self.copies],
            "instructions": [i.code for i in self.instructions if i.checked],
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }


def _service(row: Service | None) -> SlipService | None:
    return SlipService(row.code, row.name_fr, row.name_ar) if row is not None else None


def _current(session: Session, mail_id: int) -> tuple[Assignment | None, list[Assignment]]:
    """The mail's main assignment (the active one, else the last one done) and its copies."""
    rows = session.scalars(
        select(Assignment)
        .where(Assignment.mail_id == mail_id, Assignment.state.in_(visibility.CURRENT))
        .order_by(Assignment.id)
    ).all()
    mains = [r for r in rows if r.kind == AssignmentKind.MAIN.value]
    active = [r for r in mains if r.state == AssignmentState.ACTIVE.value]
    main = active[-1] if active else (mains[-1] if mains else None)
    copies = [
        r
        for r in rows
        if r.kind == AssignmentKind.COPY.value and r.state != AssignmentState.REASSIGNED.value
    ]
    return main, copies


def slip_data(db: Database, number: str, *, actor: Actor | None = None) -> SlipData:
    """The slip of ``number``: NotFound for an unknown number, PermissionDenied if ``actor``
    may not see it, ``mail_cancelled`` for a cancelled mail."""
    office = organisation.office(db)
    with db.read() as session:
        mail: MailEntry = find_mail(session, number)
        reach.require_seen(session, actor, mail)  # as mail show, labels and receipts
        if mail.cancelled:
            raise UserError("mail_cancelled", number=mail.number)
        main, copies = _current(session, mail.id)
        chosen = json.loads(main.instructions or "[]") if main is not None else []
        known = session.scalars(select(Instruction).order_by(Instruction.position)).all()
        instructions = [
            SlipInstruction(i.code, i.label_fr, i.label_ar, i.code in chosen)
            for i in known
            if i.active or i.code in chosen
        ]
        printed_by = ""
        if actor is not None:
            printed_by = session.scalar(select(User.full_name).where(User.id == actor.user_id))
        return SlipData(
            number=mail.number,
            registered_at=to_local(mail.registered_at),
            direction=mail.direction,
            correspondent=correspondent_name(mail.correspondent) or "",
            letter_reference=mail.letter_reference or "",
            letter_date=mail.letter_date,
            subject=mail.subject,
            priority=mail.priority,
            confidential=bool(mail.confidential),
            pieces=mail.pieces,
            service=_service(main.service if main is not None else mail.service),
            assigned=main is not None,
            agent=(main.agent.full_name if main is not None and main.agent else ""),
            copies=tuple(s for c in copies if (s := _service(c.service)) is not None),
            instructions=tuple(instructions),
            due_date=main.due_date if main is not None else None,
            note=(main.note or "") if main is not None else "",
            assigned_by=main.assigned_by.full_name if main is not None else "",
            assigned_at=to_local(main.assigned_at) if main is not None else None,
            office_fr=office.name_fr if office else "",
            office_ar=office.name_ar if office else "",
            ministry_fr=(office.ministry_fr or "") if office else "",
            ministry_ar=(office.ministry_ar or "") if office else "",
            printed_at=to_local(now_utc()),
            printed_by=printed_by or "",
        )


def slip_file_name(number: str) -> str:
    return f"fiche-imputation-{number.replace('/', '-')}.pdf"


def attach_slips(
    db: Database, actor: Actor, numbers: list[str], size: str = "a4"
) -> list[AttachResult]:
    """Attach each mail's routing slip to it, as a PDF, in one transaction: all or none.

    For the service that works from the screen: the slip is in the mail's file as it was
    when it was handed over. Every slip is made (and every number checked) before anything
    is written; attaching needs the right to attach to each mail (clerk, its chef, admin).
    """
    from app.documents.inspect import inspect_bytes
    from app.printing.routing_slip import slips_pdf
    from app.registry.attach import attach_in
    from app.registry.register import office_limits

    max_bytes = office_limits(db, actor.office_id)
    files = []
    for number in dict.fromkeys(numbers):
        data = slip_data(db, number, actor=actor)
        pdf = slips_pdf([data], size)
        files.append(
            (data.number, inspect_bytes(slip_file_name(data.number), pdf, max_bytes=max_bytes))
        )
    if not files:
        raise UserError("numbers_required")
    with db.write() as session:
        return [
            attach_in(session, actor, number, [info], note="routing_slip") for number, info in files
        ]
