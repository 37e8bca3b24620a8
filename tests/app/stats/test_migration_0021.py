"""Migration 0021 (the activity dashboard) upgrades an office at 0020 holding assigned mail
without losing it: each existing mail gets its milestones from its history, and the holidays
table starts empty; the triggers keep the milestones of what follows."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import select

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, Direction
from app.imputation import workflow
from app.organisation.actor import authenticate
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail
from app.registry.register import register_mail
from app.stats import holidays
from app.store import schema
from app.store.database import Database
from app.store.models import Assignment, MailEntry, MailMilestones
from tests.conftest import ADMIN_PASSWORD, set_up_office
from tests.support.stored_actor import stored_actor


def _draft(subject: str) -> MailDraft:
    return MailDraft(
        direction=Direction.IN,
        subject=subject,
        correspondent=CorrespondentInput.from_name("Karim Bennani"),
        channel=Channel.COUNTER,
    )


def _milestones(db: Database, number: str) -> MailMilestones | None:
    with db.read() as s:
        mail_id = s.scalar(select(MailEntry.id).where(MailEntry.number == number))
        return s.get(MailMilestones, mail_id)


def _assigned_at(db: Database, number: str):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(
            select(Assignment.assigned_at)
            .join(MailEntry, MailEntry.id == Assignment.mail_id)
            .where(MailEntry.number == number)
        )


def test_an_office_at_0020_is_upgraded_with_its_mails_milestones(db_url: str) -> None:
    db = Database(db_url)
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0020")
    set_up_office(db)
    clerk = stored_actor(db, "fatima")  # logging in needs the later log-in guards (0010)
    assigned = register_mail(db, clerk, _draft("Demande de mutation")).number
    waiting = register_mail(db, clerk, _draft("طلب شهادة العمل")).number
    workflow.assign(db, clerk, [assigned], "RH")

    result = schema.upgrade(db, backup=False)
    assert (result.before, result.after) == ("0020", schema.head_revision())
    assert get_mail(db, assigned).subject == "Demande de mutation"
    assert get_mail(db, waiting).subject == "طلب شهادة العمل"
    kept = _milestones(db, assigned)
    assert kept is not None and kept.assigned_at == _assigned_at(db, assigned)
    assert kept.acted_at is None and kept.done_at is None
    assert _milestones(db, waiting) is None
    admin = authenticate(db, "admin", ADMIN_PASSWORD)
    assert holidays.list_holidays(db, admin.office_id) == []

    # After the upgrade, the triggers keep the milestones of new assignments.
    workflow.assign(db, clerk, [waiting], "RH")
    later = _milestones(db, waiting)
    assert later is not None and later.assigned_at == _assigned_at(db, waiting)
    holidays.add_holiday(db, admin, date(2026, 5, 27), name_fr="Aïd al-Adha", name_ar="عيد الأضحى")
    assert [h.day for h in holidays.list_holidays(db, admin.office_id, 2026)] == [date(2026, 5, 27)]
    db.dispose()
