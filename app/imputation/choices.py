"""What the assignment dialog offers: the office's instructions and the default days."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.imputation import deadlines
from app.store.database import Database
from app.store.models import Instruction


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
