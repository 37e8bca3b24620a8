"""An administrator's edits to users: name, role, services, password, active.

Each call is one write transaction ending with its audit events (never the password or its
hash). A login never changes: the audit trail and the register name users by it.

Two guards keep the office administrable. Nobody deactivates their own account (they would
lock themselves out in the middle of their work: another administrator does it). The last
active administrator can be neither deactivated nor given another role; an administrator may
hand over (give themself another role) only while another active administrator remains. The
active administrators' rows are locked while this is checked, so two administrators demoting
each other at the same moment on PostgreSQL cannot both succeed.

A deactivated user can no longer log in; mail already assigned to them stays where it is, for
their chef to reassign.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import entry
from app.domain.enums import Role
from app.domain.text import clean
from app.errors import NotFound, PermissionDenied, UserError
from app.integrity import state
from app.organisation import names, setup
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.organisation.passwords import hash_password
from app.organisation.setup import find_service
from app.store import audit
from app.store.database import Database
from app.store.models import User


def create_user(
    db: Database,
    actor: Actor,
    *,
    login: str,
    full_name: str,
    role: Role,
    password: str,
    service_codes: Sequence[str] = (),
) -> int:
    """A new user with their services; refused for an inactive service. Their id."""
    require_admin(actor)
    names.password(password)
    if service_codes:
        with db.read() as session:
            for service_code in service_codes:
                service = find_service(session, actor.office_id, service_code)
                if not service.active:
                    raise UserError("service_inactive", code=service.code)
    return setup.add_user(
        db,
        actor,
        login=login,
        full_name=full_name,
        role=role,
        password=password,
        service_codes=list(service_codes),
    )


def update_user(
    db: Database,
    actor: Actor,
    login: str,
    *,
    full_name: str | None = None,
    role: Role | None = None,
    service_codes: Sequence[str] | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> bool:
    """Change what is given (None leaves it). False if nothing changed."""
    require_admin(actor)
    if full_name is not None:
        full_name = entry.required_text(full_name, "name")
    # Hashing takes a tenth of a second: before the transaction, not while it holds locks.
    password_hash = hash_password(names.password(password)) if password is not None else None
    with db.write() as session:
        require_admin_now(session, actor)
        user = _find_user(session, actor, login)
        before = state.user_state_of(session.connection(), user.id)
        changes: dict[str, list[object]] = {}
        if full_name is not None and full_name != user.full_name:
            changes["full_name"] = [user.full_name, full_name]
            user.full_name = full_name
        if role is not None and role.value != user.role:
            if user.role == Role.ADMIN.value:
                _keep_an_admin(session, actor, user)
            changes["role"] = [user.role, role.value]
            user.role = role.value
        if service_codes is not None:
            _set_services(session, actor, user, service_codes, changes)
        events = []
        if changes:
            events.append(
                audit.Event("user.changed", "user", user.id, {"login": user.login, **changes})
            )
        if active is not None and active != user.active:
            if not active:
                if user.id == actor.user_id:
                    raise PermissionDenied("admin_self", login=user.login)
                if user.role == Role.ADMIN.value:
                    _keep_an_admin(session, actor, user)
            user.active = active
            events.append(
                audit.Event(
                    "user.reactivated" if active else "user.deactivated",
                    "user",
                    user.id,
                    {"login": user.login},
                )
            )
        if password_hash is not None:
            user.password_hash = password_hash
            events.append(
                audit.Event("user.password_reset", "user", user.id, {"login": user.login})
            )
        if not events:
            return False
        session.flush()
        # The last event records the user as left (app.integrity.state), and as found.
        last = events[-1]
        after = state.user_state_of(session.connection(), user.id)
        events[-1] = audit.Event(
            last.action,
            last.entity_type,
            last.entity_id,
            {**last.payload, "before": before, "state": after},
        )
        audit.append(session, actor.login, events)
        return True


def edit_user(
    db: Database,
    actor: Actor,
    login: str,
    *,
    full_name: str,
    role: Role,
    service_codes: Sequence[str],
) -> bool:
    return update_user(
        db, actor, login, full_name=full_name, role=role, service_codes=service_codes
    )


def reset_password(db: Database, actor: Actor, login: str, password: str) -> bool:
    return update_user(db, actor, login, password=password)


def set_user_active(db: Database, actor: Actor, login: str, active: bool) -> bool:
    return update_user(db, actor, login, active=active)


def _find_user(session: Session, actor: Actor, login: str) -> User:
    # Locked until commit (PostgreSQL): the states recorded before and after are the row's.
    user = session.scalars(
        select(User)
        .where(User.login == clean(login), User.office_id == actor.office_id)
        .with_for_update(key_share=True)
    ).one_or_none()
    if user is None:
        raise NotFound("unknown_user", login=login)
    return user


def _keep_an_admin(session: Session, actor: Actor, leaving: User) -> None:
    """Refuse if ``leaving`` is the office's last active administrator."""
    admins = session.scalars(
        select(User.id)
        .where(
            User.office_id == actor.office_id,
            User.role == Role.ADMIN.value,
            User.active,
        )
        .order_by(User.id)
        .with_for_update()
    ).all()
    if not set(admins) - {leaving.id}:
        raise UserError("last_admin", login=leaving.login)


def _set_services(
    session: Session,
    actor: Actor,
    user: User,
    service_codes: Sequence[str],
    changes: dict[str, list[object]],
) -> None:
    wanted = [find_service(session, actor.office_id, c) for c in dict.fromkeys(service_codes)]
    had = {s.id for s in user.services}
    for service in wanted:
        if service.id not in had and not service.active:
            raise UserError("service_inactive", code=service.code)
    old = sorted(s.code for s in user.services)
    new = sorted(s.code for s in wanted)
    if old != new:
        changes["services"] = [old, new]
        user.services = wanted
