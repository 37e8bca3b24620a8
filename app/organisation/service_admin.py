"""An administrator's edits to the services hierarchy: names, kind, parent, active.

Each call is one write transaction ending with its audit events, or nothing at all. A
service's code never changes: the command line, scripts and printed registers name services
by it.

Deactivating a service hides it from every list that offers services (registration,
assignment, the parents of another service); its past mail, assignments and audit history
stay as they are, and its users keep their membership (they can be moved to another service
here). It is refused while the service still holds open assignments (mail assigned to it and
not closed, returned or reassigned: reassign them first) or active sub-services (move or
deactivate them first). Reactivating is refused under a deactivated parent.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import AssignmentState, ServiceKind
from app.errors import UserError
from app.organisation import names, setup
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.organisation.setup import find_service
from app.store import audit
from app.store.database import Database
from app.store.models import Assignment, Service


class _Keep:
    """The parent argument's default: leave the parent as it is (None means top level)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


def create_service(
    db: Database,
    actor: Actor,
    *,
    code: str,
    name_ar: str,
    name_fr: str,
    kind: ServiceKind = ServiceKind.SERVICE,
    parent_code: str | None = None,
) -> int:
    """A new service, its names checked for their scripts; its id."""
    require_admin(actor)
    name_ar = names.arabic_name(name_ar, field="name-ar")
    name_fr = names.latin_name(name_fr, field="name-fr")
    code = names.code(code)
    if parent_code:
        with db.read() as session:
            parent = find_service(session, actor.office_id, parent_code)
            if not parent.active:
                raise UserError("service_inactive", code=parent.code)
    return setup.add_service(
        db,
        actor,
        code=code,
        name_ar=name_ar,
        name_fr=name_fr,
        kind=kind,
        parent_code=parent_code or None,
    )


def update_service(
    db: Database,
    actor: Actor,
    code: str,
    *,
    name_ar: str | None = None,
    name_fr: str | None = None,
    kind: ServiceKind | None = None,
    parent_code: str | None | _Keep = KEEP,
    active: bool | None = None,
) -> bool:
    """Change what is given (None, or KEEP for the parent, leaves it). False if nothing changed."""
    require_admin(actor)
    if name_ar is not None:
        name_ar = names.arabic_name(name_ar, field="name-ar")
    if name_fr is not None:
        name_fr = names.latin_name(name_fr, field="name-fr")
    with db.write() as session:
        require_admin_now(session, actor)
        service = find_service(session, actor.office_id, code)
        changes: dict[str, list[object]] = {}
        for field, value in (("name_ar", name_ar), ("name_fr", name_fr)):
            if value is not None and value != getattr(service, field):
                changes[field] = [getattr(service, field), value]
                setattr(service, field, value)
        if kind is not None and kind.value != service.kind:
            changes["kind"] = [service.kind, kind.value]
            service.kind = kind.value
        if not isinstance(parent_code, _Keep):
            _move(session, actor, service, parent_code, changes)
        events = []
        if changes:
            events.append(
                audit.Event(
                    "service.changed", "service", service.id, {"code": service.code, **changes}
                )
            )
        if active is not None and active != service.active:
            _check_activation(session, service, active)
            service.active = active
            events.append(
                audit.Event(
                    "service.reactivated" if active else "service.deactivated",
                    "service",
                    service.id,
                    {"code": service.code},
                )
            )
        if not events:
            return False
        session.flush()
        audit.append(session, actor.login, events)
        return True


def rename_service(db: Database, actor: Actor, code: str, *, name_ar: str, name_fr: str) -> bool:
    return update_service(db, actor, code, name_ar=name_ar, name_fr=name_fr)


def move_service(db: Database, actor: Actor, code: str, parent_code: str | None) -> bool:
    """Put ``code`` under ``parent_code`` (None: at the top of the hierarchy)."""
    return update_service(db, actor, code, parent_code=parent_code)


def set_service_kind(db: Database, actor: Actor, code: str, kind: ServiceKind) -> bool:
    return update_service(db, actor, code, kind=kind)


def set_service_active(db: Database, actor: Actor, code: str, active: bool) -> bool:
    return update_service(db, actor, code, active=active)


def _move(
    session: Session,
    actor: Actor,
    service: Service,
    parent_code: str | None,
    changes: dict[str, list[object]],
) -> None:
    parent = find_service(session, actor.office_id, parent_code) if parent_code else None
    if (parent.id if parent else None) == service.parent_id:
        return
    if parent is not None:
        # Walking up from the new parent must never meet the service itself.
        above: Service | None = parent
        while above is not None:
            if above.id == service.id:
                raise UserError("service_cycle", code=service.code, parent=parent.code)
            above = above.parent
        if not parent.active:
            raise UserError("service_inactive", code=parent.code)
    old = service.parent.code if service.parent else None
    changes["parent"] = [old, parent.code if parent else None]
    service.parent = parent


def _check_activation(session: Session, service: Service, active: bool) -> None:
    if active:
        if service.parent is not None and not service.parent.active:
            raise UserError("service_inactive", code=service.parent.code)
        return
    open_count = session.scalar(
        select(func.count())
        .select_from(Assignment)
        .where(
            Assignment.service_id == service.id,
            Assignment.state == AssignmentState.ACTIVE.value,
        )
    )
    if open_count:
        raise UserError("service_has_open_mail", code=service.code, count=open_count)
    children = session.scalars(
        select(Service.code)
        .where(Service.parent_id == service.id, Service.active)
        .order_by(Service.code)
    ).all()
    if children:
        raise UserError("service_has_children", code=service.code, children=", ".join(children))
