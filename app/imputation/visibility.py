"""Who sees which mail.

- Clerks of the bureau d'ordre, supervisors and administrators see the whole register; clerks
  do not see the attachments of confidential mail.
- A chef or an agent sees the mail of their services and of their sub-services (services form
  a tree through ``parent_id``): the service a mail was registered for, or a current
  assignment (active, done, or reassigned from there; not one returned to the bureau d'ordre).
- A confidential mail is seen only by its named recipients: a chef whose own service (not a
  parent's) a current assignment names, the agent an assignment names, and the supervisors
  and administrators. An agent of a named service sees it once the chef names them.

:func:`mail_filter` gives the rule as a SQL where-clause over ``mail_entries`` for the
register's queries; :func:`context` builds the :class:`MailContext` that
:func:`app.organisation.permissions.check` judges for one mail.

Prints and exports keep to the same rule (:mod:`app.registry.reach` says how, for anyone
adding one): a print of one mail (label, receipt, routing slip) reads it through
``app.registry.queries.get_mail(db, number, actor=actor)``, refused like ``mail show``; a
print of many (the register, a delivery book) asks :func:`hidden_among` which of its mails
the actor may not see.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.domain.enums import AssignmentKind, AssignmentState, Role
from app.organisation.actor import Actor
from app.organisation.permissions import (
    SEES_ALL,
    SEES_REGISTER,
    Action,
    MailContext,
    check,
)
from app.store.models import Assignment, MailEntry, Service, user_services

# Assignments that still tie a mail to a service (a returned one no longer does).
CURRENT = (
    AssignmentState.ACTIVE.value,
    AssignmentState.DONE.value,
    AssignmentState.REASSIGNED.value,
)


@dataclass(frozen=True)
class Scope:
    """An actor's reach: their own services, and those with all the sub-services below."""

    role: Role
    user_id: int
    own: frozenset[int]
    tree: frozenset[int]

    @property
    def whole_register(self) -> bool:
        return self.role in SEES_ALL or self.role in SEES_REGISTER


def subtree(parents: dict[int, int | None], roots: frozenset[int]) -> frozenset[int]:
    """``roots`` and every service below them."""
    children: dict[int, list[int]] = {}
    for sid, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(sid)
    found = set(roots)
    todo = list(roots)
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)


def scope_of(session: Session, actor: Actor) -> Scope:
    role = Role(actor.role)
    own = frozenset(
        session.scalars(
            select(user_services.c.service_id).where(user_services.c.user_id == actor.user_id)
        )
    )
    rows = session.execute(
        select(Service.id, Service.parent_id).where(Service.office_id == actor.office_id)
    )
    parents = {sid: parent for sid, parent in rows}
    return Scope(role, actor.user_id, own, subtree(parents, own))


@cache
def _aliases() -> tuple[type[Assignment], type[Assignment]]:
    """The filter's assignments, under a name of their own so that a query over assignments
    (an inbox) can use the filter too; and the sources', apart from the filter's, which its
    sub-queries correlate to. Made on first use: making an alias sets up every mapping of the
    ORM's classes, which importing this module (every command that reads the register) need
    not do."""
    return (
        aliased(Assignment, name="visible_assignment"),
        aliased(Assignment, name="source_assignment"),
    )


def _named(scope: Scope) -> ColumnElement[bool]:
    _A, _ = _aliases()
    if scope.role is Role.CHEF:
        return or_(_A.service_id.in_(scope.own), _A.agent_id == scope.user_id)
    return _A.agent_id == scope.user_id


def mail_filter(scope: Scope) -> ColumnElement[bool]:
    """A where-clause over ``MailEntry`` keeping the mail ``scope`` may see."""
    if scope.whole_register:
        return true()
    _A, _ = _aliases()
    current = and_(_A.mail_id == MailEntry.id, _A.state.in_(CURRENT))
    in_tree = or_(
        MailEntry.service_id.in_(scope.tree),
        exists(
            select(_A.id).where(
                current, or_(_A.service_id.in_(scope.tree), _A.agent_id == scope.user_id)
            )
        ),
    )
    named = exists(select(_A.id).where(current, _named(scope)))
    return or_(
        and_(MailEntry.confidential.is_(False), in_tree),
        and_(MailEntry.confidential.is_(True), named),
    )


def visible_filter(session: Session, actor: Actor) -> ColumnElement[bool]:
    return mail_filter(scope_of(session, actor))


def hidden_among(session: Session, actor: Actor | None, ids: Select | ColumnElement) -> set[int]:  # type: ignore[type-arg]
    """The ids among ``ids`` (a select or a scalar sub-query of ``mail_entries.id``) that
    ``actor`` may not see; none for the whole register (``actor`` None: a print the system
    makes itself, never one made on a user's behalf).

    Read as "all of them but those the filter keeps": the filter's negation would let a NULL
    (a mail without a service) through as visible."""
    if actor is None or Role(actor.role) in SEES_ALL | SEES_REGISTER:
        return set()
    scope = scope_of(session, actor)
    among = set(session.scalars(select(MailEntry.id).where(MailEntry.id.in_(ids))))
    kept = session.scalars(select(MailEntry.id).where(MailEntry.id.in_(ids), mail_filter(scope)))
    return among - set(kept)


def sources(scope: Scope, *, registered_for: int | None = None) -> list[Select] | None:  # type: ignore[type-arg]
    """Where the mail ``scope`` may see comes from, as selects over ``MailEntry`` that an index
    walks in order of ids: the mail of each service of the tree (``service_id, id``), the mail
    assigned to each of them (``assignments.service_id, mail_id``), and to the user by name
    (``agent_id, mail_id``). Together they hold every mail :func:`mail_filter` keeps, and more
    (not the confidential rule; a mail may come from several). None: the whole register.

    ``registered_for``: only mail registered for that service is asked for (a filter; 0 for a
    service that does not exist): the other services' own mail is left out.

    A search walks these instead of the register when they are a small part of it (a chef's
    service sees about one mail in twelve): :mod:`app.search.pg_page`.
    """
    if scope.whole_register:
        return None
    found: list[Select] = [  # type: ignore[type-arg]
        select(MailEntry.id).where(MailEntry.service_id == sid)
        for sid in sorted(scope.tree)
        if registered_for is None or sid == registered_for
    ]
    _, a = _aliases()
    by = [a.service_id == sid for sid in sorted(scope.tree)] + [a.agent_id == scope.user_id]
    found += [
        select(MailEntry.id).join(a, a.mail_id == MailEntry.id).where(who, a.state.in_(CURRENT))
        for who in by
    ]
    return found


def reach(scope: Scope) -> list[int] | None:
    """What ``scope`` may see, as the keys of ``mail_search.scope`` on PostgreSQL (migration
    0009: a mail's service and its current assignments' services, its agents negated): the
    services of the tree and the user; a superset of :func:`mail_filter`, like
    :func:`sources`. None: the whole register."""
    if scope.whole_register:
        return None
    return [*sorted(scope.tree), -scope.user_id]


def context(
    session: Session, actor: Actor, mail: MailEntry, *, main_only: bool = False
) -> MailContext:
    """``mail`` as the rules see it for ``actor``.

    With ``main_only`` (acting on the mail: reassign, return, start, answer, close) only the
    active main assignment counts: holding a copy lets a service read a mail, not treat it.
    """
    scope = scope_of(session, actor)
    rows = session.execute(
        select(Assignment.service_id, Assignment.agent_id, Assignment.kind, Assignment.state).where(
            Assignment.mail_id == mail.id, Assignment.state.in_(CURRENT)
        )
    ).all()
    main = [
        r
        for r in rows
        if r.kind == AssignmentKind.MAIN.value and r.state == AssignmentState.ACTIVE.value
    ]
    considered = main if main_only else rows
    in_scope = any(
        r.service_id in scope.tree or r.agent_id == actor.user_id for r in considered
    ) or (not main_only and mail.service_id in scope.tree)
    if scope.role is Role.CHEF:
        named = any(r.service_id in scope.own or r.agent_id == actor.user_id for r in considered)
    else:
        named = any(r.agent_id == actor.user_id for r in considered)
    return MailContext(
        number=mail.number,
        confidential=bool(mail.confidential),
        in_scope=in_scope,
        named=named,
        is_agent=any(r.agent_id == actor.user_id for r in main),
    )


def require(
    session: Session, actor: Actor, action: Action, mail: MailEntry, *, main_only: bool = False
) -> MailContext:
    """Check ``action`` on ``mail`` for ``actor``; raise PermissionDenied naming it if refused."""
    ctx = context(session, actor, mail, main_only=main_only)
    check(actor, action, ctx)
    return ctx


def can_view(session: Session, actor: Actor, mail: MailEntry) -> bool:
    return _allowed(session, actor, Action.VIEW, mail)


def can_view_attachments(session: Session, actor: Actor, mail: MailEntry) -> bool:
    return _allowed(session, actor, Action.VIEW_ATTACHMENTS, mail)


def _allowed(session: Session, actor: Actor, action: Action, mail: MailEntry) -> bool:
    from app.errors import PermissionDenied

    try:
        require(session, actor, action, mail)
    except PermissionDenied:
        return False
    return True
