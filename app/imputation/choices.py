"""What the imputation dialogs offer: the office's instructions, the default days, and the
services and agents a mail may be handed on to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.enums import Role
from app.imputation import deadlines
from app.imputation.visibility import scope_of
from app.imputation.workflow import TREATABLE_ROLES as TREATING
from app.organisation.actor import Actor
from app.store.database import Database
from app.store.models import Instruction, Service, User, user_services


@dataclass(frozen=True)
class InstructionRow:
    code: str
    label_fr: str
    label_ar: str

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_fr


@dataclass(frozen=True)
class AssignChoices:
    instructions: list[InstructionRow]
    days: dict[str, int]  # default days to treat a mail, by priority


def assign_choices(db: Database) -> AssignChoices:
    """The active instructions in the office's order, and the default days by priority."""
    with db.read() as session:
        rows = session.scalars(
            select(Instruction).where(Instruction.active).order_by(Instruction.position)
        ).all()
        return AssignChoices(
            [InstructionRow(r.code, r.label_fr, r.label_ar) for r in rows],
            deadlines.days_by_priority(session),
        )


@dataclass(frozen=True)
class TargetService:
    code: str
    name_fr: str
    name_ar: str
    agents: tuple[tuple[str, str], ...]  # (login, full name) of who may treat its mail

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr


def reassign_targets(db: Database, actor: Actor) -> list[TargetService]:
    """Where ``actor`` may hand a mail on: a chef within their services and sub-services, a
    supervisor or an administrator anywhere; with each service's agents and chefs."""
    with db.read() as session:
        stmt = select(Service).where(Service.office_id == actor.office_id, Service.active)
        if Role(actor.role) is Role.CHEF:
            stmt = stmt.where(Service.id.in_(scope_of(session, actor).tree))
        services = session.scalars(stmt.order_by(Service.code)).all()
        members = session.execute(
            select(user_services.c.service_id, User.login, User.full_name)
            .join(User, User.id == user_services.c.user_id)
            .where(User.active, User.role.in_([r.value for r in TREATING]))
            .order_by(User.full_name)
        ).all()
        by_service: dict[int, list[tuple[str, str]]] = {}
        for service_id, login, full_name in members:
            by_service.setdefault(service_id, []).append((login, full_name))
        return [
            TargetService(s.code, s.name_fr, s.name_ar, tuple(by_service.get(s.id, ())))
            for s in services
        ]
