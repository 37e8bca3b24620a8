"""What the administration screen shows, read in one transaction as plain rows.

Services (active or not, with their parent, how many active users and open assignments they
hold), users (role, services, active), the instructions in their order and the default days
by priority. Only administrators may read it: it lists every account of the office.

The edits live next to it: :mod:`app.organisation.service_admin`,
:mod:`app.organisation.user_admin`, :mod:`app.organisation.instructions` and
:func:`app.imputation.deadlines.set_days_by_priority`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.enums import AssignmentState
from app.imputation import deadlines
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.store.database import Database
from app.store.models import Assignment, Instruction, LoginGuard, Service, User, user_services


@dataclass(frozen=True)
class ServiceItem:
    code: str
    name_ar: str
    name_fr: str
    kind: str
    parent_code: str | None
    active: bool
    users: int  # active users who belong to it
    open_assignments: int

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr

    def other_name(self, lang: str) -> str:
        return self.name_fr if lang == "ar" else self.name_ar


@dataclass(frozen=True)
class UserItem:
    login: str
    full_name: str
    role: str
    services: tuple[str, ...]  # codes, sorted
    active: bool
    locked: bool = False  # after too many wrong passwords (app.organisation.throttle)


@dataclass(frozen=True)
class InstructionItem:
    code: str
    label_fr: str
    label_ar: str
    position: int
    active: bool

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_fr

    def other_label(self, lang: str) -> str:
        return self.label_fr if lang == "ar" else self.label_ar


@dataclass(frozen=True)
class Organisation:
    services: list[ServiceItem]  # parents before their children, by code within a parent
    users: list[UserItem]  # by login
    instructions: list[InstructionItem]  # in the office's order
    days: dict[str, int]  # default days by priority

    def service(self, code: str) -> ServiceItem | None:
        return next((s for s in self.services if s.code == code), None)

    def user(self, login: str) -> UserItem | None:
        return next((u for u in self.users if u.login == login), None)

    def descendants(self, code: str) -> set[str]:
        """The codes of the services under ``code``, at any depth."""
        found: set[str] = set()
        frontier = {code}
        while frontier:
            frontier = {
                s.code for s in self.services if s.parent_code in frontier and s.code not in found
            }
            found |= frontier
        return found


def load(db: Database, actor: Actor) -> Organisation:
    require_admin(actor)
    with db.read() as session:
        require_admin_now(session, actor)
        services = session.scalars(
            select(Service).where(Service.office_id == actor.office_id).order_by(Service.code)
        ).all()
        codes = {s.id: s.code for s in services}
        members = dict(
            session.execute(
                select(user_services.c.service_id, func.count())
                .join(User, User.id == user_services.c.user_id)
                .where(User.active)
                .group_by(user_services.c.service_id)
            ).all()
        )
        open_counts = dict(
            session.execute(
                select(Assignment.service_id, func.count())
                .where(Assignment.state == AssignmentState.ACTIVE.value)
                .group_by(Assignment.service_id)
            ).all()
        )
        service_items = [
            ServiceItem(
                s.code,
                s.name_ar,
                s.name_fr,
                s.kind,
                codes.get(s.parent_id) if s.parent_id else None,
                bool(s.active),
                int(members.get(s.id, 0)),
                int(open_counts.get(s.id, 0)),
            )
            for s in services
        ]
        memberships: dict[int, list[str]] = {}
        for user_id, service_id in session.execute(
            select(user_services.c.user_id, user_services.c.service_id)
        ):
            memberships.setdefault(user_id, []).append(codes.get(service_id, "?"))
        locked = set(
            session.scalars(
                select(LoginGuard.key).where(
                    LoginGuard.kind == "user", LoginGuard.locked_at.is_not(None)
                )
            )
        )
        users = [
            UserItem(
                u.login,
                u.full_name,
                u.role,
                tuple(sorted(memberships.get(u.id, []))),
                u.active,
                str(u.id) in locked,
            )
            for u in session.scalars(
                select(User).where(User.office_id == actor.office_id).order_by(User.login)
            )
        ]
        instructions = [
            InstructionItem(r.code, r.label_fr, r.label_ar, r.position, bool(r.active))
            for r in session.scalars(
                select(Instruction).order_by(Instruction.position, Instruction.code)
            )
        ]
        days = deadlines.days_by_priority(session)
    return Organisation(_tree_order(service_items), users, instructions, days)


def _tree_order(items: list[ServiceItem]) -> list[ServiceItem]:
    """Parents first, each followed by its children (by code); orphans at the top level."""
    known = {s.code for s in items}
    children: dict[str | None, list[ServiceItem]] = {}
    for s in items:
        parent = s.parent_code if s.parent_code in known else None
        children.setdefault(parent, []).append(s)
    ordered: list[ServiceItem] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        item = stack.pop()
        ordered.append(item)
        stack.extend(reversed(children.get(item.code, [])))
    return ordered
