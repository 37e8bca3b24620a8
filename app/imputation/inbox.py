"""What waits for whom: the chef's inbox, the agent's tasks, the supervisor's delays.

Plain dataclasses from one query each (no ORM objects, no query per row).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from app.directory.correspondents import display_name
from app.domain.enums import AssignmentKind, AssignmentState, MailStatus, Role
from app.domain.text import clean
from app.errors import PermissionDenied
from app.imputation import deadlines
from app.imputation.visibility import mail_filter, scope_of
from app.organisation.actor import Actor
from app.store.database import Database
from app.store.models import Assignment, Correspondent, MailEntry, Service, User

OPEN = (MailStatus.ASSIGNED.value, MailStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class InboxItem:
    assignment_id: int
    mail_id: int
    number: str
    subject: str
    correspondent: str | None
    registered_at: datetime
    priority: str
    confidential: bool
    status: str
    service: str
    kind: str
    agent: str | None
    instructions: tuple[str, ...]
    note: str | None
    due_date: date | None
    assigned_at: datetime
    assigned_by: str
    new: bool
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("registered_at", "assigned_at", "due_date"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        data["instructions"] = list(self.instructions)
        return data


@dataclass(frozen=True)
class ServiceDelays:
    service: str
    name_fr: str
    name_ar: str
    open: int
    overdue: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_AGENT = aliased(User)
_BY = aliased(User)


def _items(
    db: Database,
    actor: Actor,
    *,
    own_tasks: bool,
    service_code: str | None,
    overdue_only: bool,
    today: date | None,
) -> list[InboxItem]:
    on = today or deadlines.today()
    new = MailEntry.status == MailStatus.ASSIGNED.value
    stmt = (
        select(
            Assignment.id.label("assignment_id"),
            Assignment.kind,
            Assignment.instructions,
            Assignment.note,
            Assignment.due_date,
            Assignment.assigned_at,
            MailEntry.id.label("mail_id"),
            MailEntry.number,
            MailEntry.subject,
            MailEntry.registered_at,
            MailEntry.priority,
            MailEntry.confidential,
            MailEntry.status,
            Correspondent.name_arabic,
            Correspondent.name_latin,
            Service.code.label("service"),
            _AGENT.login.label("agent"),
            _BY.login.label("assigned_by"),
        )
        .join(MailEntry, MailEntry.id == Assignment.mail_id)
        .join(Service, Service.id == Assignment.service_id)
        .join(_BY, _BY.id == Assignment.assigned_by_id)
        .outerjoin(_AGENT, _AGENT.id == Assignment.agent_id)
        .outerjoin(Correspondent, Correspondent.id == MailEntry.correspondent_id)
        .where(Assignment.state == AssignmentState.ACTIVE.value, MailEntry.status.in_(OPEN))
        .order_by(case((new, 0), else_=1), Assignment.assigned_at.desc(), Assignment.id.desc())
    )
    with db.read() as session:
        scope = scope_of(session, actor)
        if own_tasks:
            stmt = stmt.where(
                Assignment.agent_id == actor.user_id,
                Assignment.kind == AssignmentKind.MAIN.value,
            )
        elif not scope.whole_register:
            stmt = stmt.where(Assignment.service_id.in_(scope.tree))
        stmt = stmt.where(mail_filter(scope))
        if service_code:
            stmt = stmt.where(Service.code == clean(service_code).upper())
        if overdue_only:
            stmt = stmt.where(Assignment.due_date < on)
        rows = session.execute(stmt).all()
    return [
        InboxItem(
            assignment_id=r.assignment_id,
            mail_id=r.mail_id,
            number=r.number,
            subject=r.subject,
            correspondent=display_name(r.name_arabic, r.name_latin) or None,
            registered_at=r.registered_at,
            priority=r.priority,
            confidential=bool(r.confidential),
            status=r.status,
            service=r.service,
            kind=r.kind,
            agent=r.agent,
            instructions=tuple(json.loads(r.instructions or "[]")),
            note=r.note,
            due_date=r.due_date,
            assigned_at=r.assigned_at,
            assigned_by=r.assigned_by,
            new=r.status == MailStatus.ASSIGNED.value,
            overdue=deadlines.is_overdue(r.due_date, r.status, on),
        )
        for r in rows
    ]


def inbox(
    db: Database,
    actor: Actor,
    *,
    service_code: str | None = None,
    overdue_only: bool = False,
    today: date | None = None,
) -> list[InboxItem]:
    """Open mail assigned to the actor's services and sub-services (all services for the
    bureau d'ordre, supervisors and administrators): new ones first, then latest assigned."""
    return _items(
        db,
        actor,
        own_tasks=False,
        service_code=service_code,
        overdue_only=overdue_only,
        today=today,
    )


def agent_tasks(
    db: Database, actor: Actor, *, overdue_only: bool = False, today: date | None = None
) -> list[InboxItem]:
    """Open mail whose main assignment names the actor."""
    return _items(
        db, actor, own_tasks=True, service_code=None, overdue_only=overdue_only, today=today
    )


def delays_by_service(
    db: Database, actor: Actor, *, today: date | None = None
) -> list[ServiceDelays]:
    """Per service, how many mails it holds open (main assignments) and how many are overdue.

    Supervisors and administrators see every service; a chef their services and sub-services.
    """
    role = Role(actor.role)
    if role not in (Role.SUPERVISOR, Role.ADMIN, Role.CHEF):
        raise PermissionDenied("denied_role", role=role.value, action="view")
    on = today or deadlines.today()
    overdue = func.sum(
        case((and_(Assignment.due_date.is_not(None), Assignment.due_date < on), 1), else_=0)
    )
    stmt = (
        select(
            Service.code,
            Service.name_fr,
            Service.name_ar,
            func.count(Assignment.id).label("open"),
            overdue.label("overdue"),
        )
        .join(Assignment, Assignment.service_id == Service.id)
        .join(MailEntry, MailEntry.id == Assignment.mail_id)
        .where(
            Assignment.state == AssignmentState.ACTIVE.value,
            Assignment.kind == AssignmentKind.MAIN.value,
            MailEntry.status.in_(OPEN),
            Service.office_id == actor.office_id,
        )
        .group_by(Service.id, Service.code, Service.name_fr, Service.name_ar)
        .order_by(overdue.desc(), Service.code)
    )
    with db.read() as session:
        if role is Role.CHEF:
            stmt = stmt.where(Service.id.in_(scope_of(session, actor).tree))
        rows = session.execute(stmt).all()
    return [
        ServiceDelays(r.code, r.name_fr, r.name_ar, int(r.open), int(r.overdue or 0)) for r in rows
    ]
