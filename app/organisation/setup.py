"""Creating the office, its services and its users."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import entry
from app.domain.enums import Role, ServiceKind
from app.domain.numbering import DEFAULT_FORMAT, validate_format
from app.domain.text import clean
from app.errors import NotFound, UserError
from app.integrity import state
from app.organisation.actor import Actor
from app.organisation.passwords import MIN_LENGTH, hash_password
from app.organisation.permissions import Action, require
from app.store import audit
from app.store.database import Database
from app.store.models import Office, Service, User

DEFAULT_ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024
SYSTEM_ACTOR = "system"


def _check_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise UserError("password_too_short", minimum=MIN_LENGTH)


def _check_login(login: str) -> str:
    login = login.strip()
    if not login or len(login) > 64 or any(c.isspace() for c in login):
        raise UserError("bad_login", login=login)
    return login


def check_office_fields(*, code: str, name_ar: str, name_fr: str) -> tuple[str, str, str]:
    """What :func:`init_office` refuses in the office's fields (the set-up wizard asks before
    leaving its page); the code and the names as stored."""
    code = clean(code).upper()
    if not code:
        raise UserError("missing_field", field="office-code")
    name_ar = entry.required_text(name_ar, "office-name")
    name_fr = entry.required_text(name_fr, "office-name")
    return code, name_ar, name_fr


def check_admin_fields(*, login: str, password: str, confirm: str | None = None) -> str:
    """What :func:`init_office` refuses for its first administrator (and, when ``confirm`` is
    given, a password typed twice differently); the login as stored."""
    login = _check_login(login)
    _check_password(password)
    if confirm is not None and confirm != password:
        raise UserError("passwords_differ")
    return login


def is_initialised(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Office)))


def init_office(
    db: Database,
    *,
    code: str,
    name_ar: str,
    name_fr: str,
    admin_login: str,
    admin_password: str,
    admin_name: str | None = None,
    ministry_ar: str | None = None,
    ministry_fr: str | None = None,
    number_format: str = DEFAULT_FORMAT,
    attachment_max_bytes: int = DEFAULT_ATTACHMENT_MAX_BYTES,
) -> Actor:
    """Create the office and its first administrator. Refused if an office already exists."""
    code, name_ar, name_fr = check_office_fields(code=code, name_ar=name_ar, name_fr=name_fr)
    ministry_ar = entry.text(ministry_ar, "ministry")
    ministry_fr = entry.text(ministry_fr, "ministry")
    try:
        validate_format(number_format)
    except ValueError as exc:
        raise UserError("bad_number_format", format=number_format) from exc
    admin_login = check_admin_fields(login=admin_login, password=admin_password)
    password_hash = hash_password(admin_password)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Office)):
            raise UserError("already_initialised")
        office = Office(
            code=code,
            name_ar=name_ar,
            name_fr=name_fr,
            ministry_ar=ministry_ar,
            ministry_fr=ministry_fr,
            number_format=number_format,
            attachment_max_bytes=attachment_max_bytes,
        )
        session.add(office)
        session.flush()
        admin = User(
            office_id=office.id,
            login=admin_login,
            full_name=entry.text(admin_name, "name") or admin_login,
            password_hash=password_hash,
            role=Role.ADMIN.value,
        )
        session.add(admin)
        session.flush()
        audit.append(
            session,
            SYSTEM_ACTOR,
            [
                audit.Event("office.created", "office", office.id, {"code": code}),
                audit.Event(
                    "user.created",
                    "user",
                    admin.id,
                    {
                        "login": admin_login,
                        "role": "admin",
                        "state": state.user_state_of(session.connection(), admin.id),
                    },
                ),
            ],
        )
        return Actor(admin.id, admin.login, admin.full_name, admin.role, office.id)


def get_office(db: Database) -> Office:
    with db.read() as session:
        office = session.scalars(select(Office).order_by(Office.id)).first()
    if office is None:
        raise UserError("not_initialised")
    return office


def add_service(
    db: Database,
    actor: Actor,
    *,
    code: str,
    name_ar: str,
    name_fr: str,
    kind: ServiceKind = ServiceKind.SERVICE,
    parent_code: str | None = None,
) -> int:
    require(actor.role, Action.MANAGE_ORGANISATION)
    code = clean(code).upper()
    if not code:
        raise UserError("missing_field", field="code")
    name_ar = entry.required_text(name_ar, "name-ar")
    name_fr = entry.required_text(name_fr, "name-fr")
    with db.write() as session:
        parent_id = None
        if parent_code:
            parent = find_service(session, actor.office_id, parent_code)
            parent_id = parent.id
        if session.scalar(
            select(Service.id).where(Service.office_id == actor.office_id, Service.code == code)
        ):
            raise UserError("service_exists", code=code)
        service = Service(
            office_id=actor.office_id,
            code=code,
            name_ar=name_ar,
            name_fr=name_fr,
            kind=kind.value,
            parent_id=parent_id,
        )
        session.add(service)
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "service.created",
                    "service",
                    service.id,
                    {
                        "code": code,
                        "name_ar": service.name_ar,
                        "name_fr": service.name_fr,
                        "kind": kind.value,
                        "parent": parent_code,
                    },
                )
            ],
        )
        return service.id


def find_service(session: Session, office_id: int, code: str) -> Service:
    service = session.scalars(
        select(Service).where(Service.office_id == office_id, Service.code == clean(code).upper())
    ).one_or_none()
    if service is None:
        raise NotFound("unknown_service", code=code)
    return service


def add_user(
    db: Database,
    actor: Actor,
    *,
    login: str,
    full_name: str,
    role: Role,
    password: str,
    service_codes: list[str] | tuple[str, ...] = (),
) -> int:
    require(actor.role, Action.MANAGE_ORGANISATION)
    login = _check_login(login)
    full_name = entry.required_text(full_name, "name")
    _check_password(password)
    password_hash = hash_password(password)
    with db.write() as session:
        if session.scalar(select(User.id).where(User.login == login)):
            raise UserError("user_exists", login=login)
        services = [find_service(session, actor.office_id, c) for c in service_codes]
        user = User(
            office_id=actor.office_id,
            login=login,
            full_name=full_name,
            password_hash=password_hash,
            role=role.value,
            services=services,
        )
        session.add(user)
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "user.created",
                    "user",
                    user.id,
                    {
                        "login": login,
                        "role": role.value,
                        "services": [s.code for s in services],
                        "state": state.user_state_of(session.connection(), user.id),
                    },
                )
            ],
        )
        return user.id
