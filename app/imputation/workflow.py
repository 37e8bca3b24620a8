"""Moving a mail through the services: assign, reassign, return, start, answer, close.

Each function is one write transaction: the checks, the new state, an event in the mail's
history (``mail_events``) and the audit rows, or nothing at all. Statuses::

    registered ──assign──▶ assigned ──start──▶ in_progress ──answer──▶ answered ──close──▶ closed
        ▲                    │  ▲                  │                                  ▲
        └──── return ────────┘  └──── reassign ────┘            (close from assigned, in_progress)

A refused transition names the action and the mail's status; a refused user names the action
and why (role, another service's mail, confidential mail).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import entry
from app.domain.clock import now_utc
from app.domain.enums import (
    AssignmentKind,
    AssignmentState,
    Direction,
    MailEventKind,
    MailStatus,
    Role,
)
from app.domain.numbering import normalise_typed_number
from app.domain.text import clean
from app.errors import NotFound, PermissionDenied, UserError
from app.imputation import deadlines
from app.imputation.visibility import require, scope_of
from app.organisation.actor import Actor
from app.organisation.permissions import Action
from app.organisation.setup import find_service
from app.store import audit
from app.store.database import Database
from app.store.models import (
    Assignment,
    Instruction,
    MailAnswer,
    MailEntry,
    MailEvent,
    Service,
    User,
    user_services,
)

S = MailStatus
FROM: dict[Action, frozenset[MailStatus]] = {
    Action.ASSIGN: frozenset({S.REGISTERED}),
    Action.REASSIGN: frozenset({S.ASSIGNED, S.IN_PROGRESS}),
    Action.RETURN: frozenset({S.ASSIGNED, S.IN_PROGRESS}),
    Action.START: frozenset({S.ASSIGNED}),
    Action.ANSWER: frozenset({S.ASSIGNED, S.IN_PROGRESS}),
    Action.CLOSE: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.ANSWERED}),
}
TREATABLE_ROLES = frozenset({Role.AGENT, Role.CHEF})


@dataclass(frozen=True)
class Assigned:
    number: str
    service: str
    copies: tuple[str, ...]
    agent: str | None
    due_date: date | None


def _find(session: Session, number: str) -> MailEntry:
    mail = session.scalars(
        select(MailEntry)
        .where(MailEntry.number == normalise_typed_number(number))
        .with_for_update()
    ).one_or_none()
    if mail is None:
        raise NotFound("unknown_number", number=number)
    return mail


def _active_service(session: Session, actor: Actor, code: str) -> Service:
    """The service ``code``; a deactivated one takes no new mail."""
    service = find_service(session, actor.office_id, code)
    if not service.active:
        raise UserError("service_inactive", code=service.code)
    return service


def _transition(mail: MailEntry, action: Action) -> None:
    if mail.cancelled:
        raise UserError("mail_cancelled", number=mail.number)
    if MailStatus(mail.status) not in FROM[action]:
        raise UserError(
            "bad_transition", action=action.value, number=mail.number, status=mail.status
        )


def _instruction_codes(session: Session, codes: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(clean(c).upper() for c in codes if clean(c)))
    if not wanted:
        return []
    known = set(
        session.scalars(
            select(Instruction.code).where(Instruction.code.in_(wanted), Instruction.active)
        )
    )
    for code in wanted:
        if code not in known:
            raise NotFound("unknown_instruction", code=code)
    return wanted


def _agent(session: Session, login: str, service: Service) -> User:
    user = session.scalars(
        select(User).where(User.login == clean(login), User.office_id == service.office_id)
    ).one_or_none()
    if user is None or not user.active:
        raise NotFound("unknown_user", login=login)
    member = session.scalar(
        select(user_services.c.user_id).where(
            user_services.c.user_id == user.id, user_services.c.service_id == service.id
        )
    )
    if member is None or Role(user.role) not in TREATABLE_ROLES:
        raise UserError("agent_not_in_service", login=user.login, service=service.code)
    return user


def _active(session: Session, mail: MailEntry) -> list[Assignment]:
    return list(
        session.scalars(
            select(Assignment)
            .where(Assignment.mail_id == mail.id, Assignment.state == AssignmentState.ACTIVE.value)
            .order_by(Assignment.id)
        )
    )


def _main(active: Sequence[Assignment]) -> Assignment | None:
    return next((a for a in active if a.kind == AssignmentKind.MAIN.value), None)


def _event(
    session: Session,
    actor: Actor,
    mail: MailEntry,
    kind: MailEventKind,
    reason: str | None,
    changes: dict[str, list[Any]],
) -> audit.Event:
    """Record ``kind`` in the mail's history; return its audit event (appended by the caller)."""
    session.add(
        MailEvent(
            mail_id=mail.id,
            kind=kind.value,
            at=now_utc(),
            user_id=actor.user_id,
            reason=reason or None,
            changes=audit.canonical_json(changes),
        )
    )
    return audit.Event(
        f"mail.{kind.value}", "mail", mail.number, {"reason": reason or None, "changes": changes}
    )


def _set_status(mail: MailEntry, status: MailStatus, changes: dict[str, list[Any]]) -> None:
    changes["status"] = [mail.status, status.value]
    mail.status = status.value


def assign(
    db: Database,
    actor: Actor,
    numbers: Sequence[str],
    main_service: str,
    copies: Sequence[str] = (),
    instructions: Sequence[str] = (),
    note: str = "",
    due: date | None = None,
    agent: str | None = None,
) -> list[Assigned]:
    """Assign each mail of ``numbers`` to ``main_service`` (pour attribution), with ``copies``
    (pour information), in one transaction: all of them or none.

    The due date, unless given, comes from each mail's priority (and the legal cap).
    """
    if not numbers:
        raise UserError("numbers_required")
    note = entry.text(note, "note") or ""
    events: list[audit.Event] = []
    done: list[Assigned] = []
    with db.write() as session:
        service = _active_service(session, actor, main_service)
        copy_services = [_active_service(session, actor, c) for c in copies]
        copy_services = list({s.id: s for s in copy_services}.values())
        for s in copy_services:
            if s.id == service.id:
                raise UserError("copy_is_main", code=s.code)
        user = _agent(session, agent, service) if agent else None
        codes = _instruction_codes(session, instructions)
        today = deadlines.today()
        days = deadlines.days_by_priority(session)
        at = now_utc()
        for number in dict.fromkeys(numbers):
            mail = _find(session, number)
            require(session, actor, Action.ASSIGN, mail)
            if mail.direction == Direction.OUT.value:
                raise UserError("not_assignable", number=mail.number)
            current = _main(_active(session, mail))
            if current is not None:
                raise UserError(
                    "already_assigned", number=mail.number, service=current.service.code
                )
            _transition(mail, Action.ASSIGN)
            due_date = deadlines.due_for(session, mail, due, today, days)
            common = {
                "mail_id": mail.id,
                "instructions": json.dumps(codes) if codes else None,
                "note": note or None,
                "assigned_by_id": actor.user_id,
                "assigned_at": at,
                "state": AssignmentState.ACTIVE.value,
            }
            session.add(
                Assignment(
                    **common,
                    service_id=service.id,
                    kind=AssignmentKind.MAIN.value,
                    agent_id=user.id if user else None,
                    due_date=due_date,
                )
            )
            session.add_all(
                Assignment(**common, service_id=s.id, kind=AssignmentKind.COPY.value)
                for s in copy_services
            )
            changes: dict[str, list[Any]] = {
                "service": [None, service.code],
                "copies": [None, [s.code for s in copy_services]],
                "agent": [None, user.login if user else None],
                "instructions": [None, codes],
                "due_date": [None, due_date.isoformat()],
            }
            _set_status(mail, S.ASSIGNED, changes)
            events.append(_event(session, actor, mail, MailEventKind.ASSIGNED, note, changes))
            done.append(
                Assigned(
                    mail.number,
                    service.code,
                    tuple(s.code for s in copy_services),
                    user.login if user else None,
                    due_date,
                )
            )
        session.flush()
        audit.append(session, actor.login, events)
    return done


def reassign(
    db: Database,
    actor: Actor,
    number: str,
    *,
    service: str | None = None,
    agent: str | None = None,
    instructions: Sequence[str] | None = None,
    note: str = "",
    due: date | None = None,
) -> Assigned:
    """Hand the mail's main assignment to another service or down to an agent.

    A chef stays within their services and sub-services; a supervisor or an administrator
    may send it anywhere. Instructions and due date carry over unless given.
    """
    if not service and not agent:
        raise UserError("target_required")
    note = entry.text(note, "note") or ""
    with db.write() as session:
        mail = _find(session, number)
        require(session, actor, Action.REASSIGN, mail, main_only=True)
        _transition(mail, Action.REASSIGN)
        active = _active(session, mail)
        old = _main(active)
        assert old is not None  # an assigned mail has an active main assignment
        target = _active_service(session, actor, service) if service else old.service
        if Role(actor.role) is Role.CHEF and target.id not in scope_of(session, actor).tree:
            raise PermissionDenied("denied_target_scope", target=target.code)
        user = _agent(session, agent, target) if agent else None
        codes = (
            _instruction_codes(session, instructions)
            if instructions is not None
            else json.loads(old.instructions or "[]")
        )
        due_date = (
            deadlines.checked_due(due, deadlines.today(), deadlines.legal_limit(session, mail))
            if due is not None
            else old.due_date
        )
        at = now_utc()
        old.state = AssignmentState.REASSIGNED.value
        old.ended_at = at
        # The service that held it for information keeps its copy; the new main replaces any
        # copy of the same service.
        for a in active:
            if a.kind == AssignmentKind.COPY.value and a.service_id == target.id:
                a.state = AssignmentState.REASSIGNED.value
                a.ended_at = at
        session.add(
            Assignment(
                mail_id=mail.id,
                service_id=target.id,
                kind=AssignmentKind.MAIN.value,
                agent_id=user.id if user else None,
                instructions=json.dumps(codes) if codes else None,
                note=note or old.note,
                due_date=due_date,
                assigned_by_id=actor.user_id,
                assigned_at=at,
                state=AssignmentState.ACTIVE.value,
                previous_id=old.id,
            )
        )
        changes: dict[str, list[Any]] = {
            "service": [old.service.code, target.code],
            "agent": [old.agent.login if old.agent else None, user.login if user else None],
        }
        if due_date != old.due_date:
            changes["due_date"] = [
                old.due_date.isoformat() if old.due_date else None,
                due_date.isoformat() if due_date else None,
            ]
        if mail.status != S.ASSIGNED.value:
            _set_status(mail, S.ASSIGNED, changes)
        event = _event(session, actor, mail, MailEventKind.REASSIGNED, note, changes)
        session.flush()
        audit.append(session, actor.login, [event])
        return Assigned(mail.number, target.code, (), user.login if user else None, due_date)


def return_to_office(db: Database, actor: Actor, number: str, reason: str) -> None:
    """Send the mail back to the bureau d'ordre (it is not this service's): registered again."""
    reason = entry.required_text(reason, "reason", missing="reason_required")
    with db.write() as session:
        mail = _find(session, number)
        require(session, actor, Action.RETURN, mail, main_only=True)
        _transition(mail, Action.RETURN)
        at = now_utc()
        active = _active(session, mail)
        main = _main(active)
        for a in active:
            a.state = AssignmentState.RETURNED.value
            a.ended_at = at
        changes: dict[str, list[Any]] = {"service": [main.service.code if main else None, None]}
        _set_status(mail, S.REGISTERED, changes)
        event = _event(session, actor, mail, MailEventKind.RETURNED, reason, changes)
        session.flush()
        audit.append(session, actor.login, [event])


def start(db: Database, actor: Actor, number: str) -> None:
    """The mail is being treated (en traitement)."""
    with db.write() as session:
        mail = _find(session, number)
        require(session, actor, Action.START, mail, main_only=True)
        _transition(mail, Action.START)
        changes: dict[str, list[Any]] = {}
        _set_status(mail, S.IN_PROGRESS, changes)
        event = _event(session, actor, mail, MailEventKind.STARTED, None, changes)
        session.flush()
        audit.append(session, actor.login, [event])


def mark_answered(db: Database, actor: Actor, number: str, answer_number: str) -> None:
    """The mail is answered by the outgoing mail ``answer_number`` (linked both ways)."""
    if not clean(answer_number):
        raise UserError("answer_required")
    with db.write() as session:
        mail = _find(session, number)
        require(session, actor, Action.ANSWER, mail, main_only=True)
        _transition(mail, Action.ANSWER)
        answer = session.scalars(
            select(MailEntry).where(MailEntry.number == normalise_typed_number(answer_number))
        ).one_or_none()
        if answer is None:
            raise NotFound("unknown_number", number=answer_number)
        if answer.direction != Direction.OUT.value:
            raise UserError("answer_not_outgoing", answer=answer.number, number=mail.number)
        if answer.cancelled:
            raise UserError("mail_cancelled", number=answer.number)
        _link_answer(session, actor, mail, answer.id)
        event = _answered(session, actor, mail, answer.number)
        session.flush()
        audit.append(session, actor.login, [event])


def close(db: Database, actor: Actor, number: str, note: str = "") -> None:
    """File the mail (classé): its assignments are done."""
    note = entry.text(note, "note") or ""
    with db.write() as session:
        mail = _find(session, number)
        require(session, actor, Action.CLOSE, mail, main_only=True)
        _transition(mail, Action.CLOSE)
        at = now_utc()
        for a in _active(session, mail):
            a.state = AssignmentState.DONE.value
            a.ended_at = at
        changes: dict[str, list[Any]] = {}
        _set_status(mail, S.CLOSED, changes)
        event = _event(session, actor, mail, MailEventKind.CLOSED, note, changes)
        session.flush()
        audit.append(session, actor.login, [event])


def answered_by_registration(
    session: Session, actor: Actor, mail_id: int, answer_id: int, answer_number: str
) -> audit.Event | None:
    """The outgoing mail ``answer_number`` just registered answers ``mail_id``: link them and,
    when the answered mail is being treated (assigned or in progress), it is now answered.

    Part of the registering transaction, so the reply and the new status commit together. The
    registering clerk needs no right to treat the mail: the register records a fact.
    """
    mail = session.get(MailEntry, mail_id, with_for_update=True)
    if mail is None or mail.cancelled or mail.direction == Direction.OUT.value:
        return None
    _link_answer(session, actor, mail, answer_id)
    if MailStatus(mail.status) not in FROM[Action.ANSWER]:
        return None
    return _answered(session, actor, mail, answer_number)


def _link_answer(session: Session, actor: Actor, mail: MailEntry, answer_id: int) -> None:
    session.add(
        MailAnswer(
            mail_id=mail.id, answer_id=answer_id, linked_at=now_utc(), linked_by_id=actor.user_id
        )
    )


def _answered(session: Session, actor: Actor, mail: MailEntry, answer_number: str) -> audit.Event:
    """The mail is now answered by ``answer_number``: its status and history say so."""
    changes: dict[str, list[Any]] = {"answered_by": [None, answer_number]}
    _set_status(mail, S.ANSWERED, changes)
    return _event(session, actor, mail, MailEventKind.ANSWERED, None, changes)
