"""The office's list of instructions: add, rename, reorder, deactivate, reactivate.

An instruction is never deleted: assignments store instruction codes, and a mail's history
must still name what was asked of a service years later. Deactivating one only takes it off
the assignment dialog's list. The order is the one the assignment dialog shows.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import entry
from app.errors import NotFound, UserError
from app.organisation import names
from app.organisation.actor import Actor
from app.organisation.guard import require_admin, require_admin_now
from app.store import audit
from app.store.database import Database
from app.store.models import Instruction

LABEL_MAX = entry.LIMITS["label-fr"]


def add_instruction(db: Database, actor: Actor, *, code: str, label_fr: str, label_ar: str) -> str:
    """A new instruction at the end of the list; its code."""
    require_admin(actor)
    code = names.code(code)
    label_fr = names.latin_name(label_fr, field="label-fr", maximum=LABEL_MAX)
    label_ar = names.arabic_name(label_ar, field="label-ar", maximum=LABEL_MAX)
    with db.write() as session:
        require_admin_now(session, actor)
        if session.get(Instruction, code) is not None:
            raise UserError("instruction_exists", code=code)
        last = session.scalar(select(func.max(Instruction.position))) or 0
        session.add(
            Instruction(
                code=code, label_fr=label_fr, label_ar=label_ar, position=last + 1, active=True
            )
        )
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "instruction.created",
                    "instruction",
                    code,
                    {"label_fr": label_fr, "label_ar": label_ar, "position": last + 1},
                )
            ],
        )
        return code


def update_instruction(
    db: Database,
    actor: Actor,
    code: str,
    *,
    label_fr: str | None = None,
    label_ar: str | None = None,
    active: bool | None = None,
) -> bool:
    """Change what is given (None leaves it); one transaction. False if nothing changed."""
    require_admin(actor)
    if label_fr is not None:
        label_fr = names.latin_name(label_fr, field="label-fr", maximum=LABEL_MAX)
    if label_ar is not None:
        label_ar = names.arabic_name(label_ar, field="label-ar", maximum=LABEL_MAX)
    with db.write() as session:
        require_admin_now(session, actor)
        row = _find(session, code)
        changes: dict[str, list[str]] = {}
        for field, value in (("label_fr", label_fr), ("label_ar", label_ar)):
            if value is not None and getattr(row, field) != value:
                changes[field] = [getattr(row, field), value]
                setattr(row, field, value)
        events = []
        if changes:
            events.append(audit.Event("instruction.changed", "instruction", row.code, changes))
        if active is not None and active != row.active:
            row.active = active
            kind = "instruction.reactivated" if active else "instruction.deactivated"
            events.append(audit.Event(kind, "instruction", row.code, {}))
        if not events:
            return False
        session.flush()
        audit.append(session, actor.login, events)
        return True


def rename_instruction(
    db: Database, actor: Actor, code: str, *, label_fr: str, label_ar: str
) -> bool:
    return update_instruction(db, actor, code, label_fr=label_fr, label_ar=label_ar)


def set_instruction_active(db: Database, actor: Actor, code: str, active: bool) -> bool:
    return update_instruction(db, actor, code, active=active)


def move_instruction(db: Database, actor: Actor, code: str, step: int) -> bool:
    """Move ``code`` ``step`` places (−1 up, +1 down); False at either end of the list."""
    require_admin(actor)
    with db.write() as session:
        require_admin_now(session, actor)
        rows = list(
            session.scalars(select(Instruction).order_by(Instruction.position, Instruction.code))
        )
        index = next((i for i, r in enumerate(rows) if r.code == names.code(code)), None)
        if index is None:
            raise NotFound("unknown_instruction", code=code)
        target = index + step
        if step == 0 or not 0 <= target < len(rows):
            return False
        before = [r.code for r in rows]
        rows.insert(target, rows.pop(index))
        # Renumbered 1..n: positions stay distinct even if they were not before.
        for position, row in enumerate(rows, start=1):
            row.position = position
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "instruction.moved",
                    "instruction",
                    rows[target].code,
                    {"order": [before, [r.code for r in rows]]},
                )
            ],
        )
        return True


def _find(session: Session, code: str) -> Instruction:
    row = session.get(Instruction, names.code(code))
    if row is None:
        raise NotFound("unknown_instruction", code=code)
    return row
