"""The mails behind a figure of the dashboard, as a filter of the register.

A bar of the dashboard opens the register on exactly the mails it counts: a
:class:`app.registry.browse.RegisterQuery` with the plain filters the register has (the
period's days, direction, channel, service, mail type, not cancelled) and, for what those
cannot say, a :class:`StatsSlice` (its ``stats`` filter): the mail open at a moment, overdue
then, answered by then, or whose delay of a stage was counted. Its where-clause repeats the
dashboard's own definitions (:mod:`app.stats.queries`) on each mail's first steps
(``mail_milestones``), so the register's count and the bar's figure are the same
(tests/app/stats/test_slices.py holds them to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import aliased

from app.domain.enums import AssignmentKind
from app.stats.queries import DONE_STATUSES, TREATED, open_statuses
from app.store.models import Assignment, MailEntry, MailMilestones

Kind = Literal["registered", "stock", "overdue", "answered", "delay"]


def _step(
    column: str, *, before: datetime | None = None, since: datetime | None = None
) -> ColumnElement[bool]:
    """The mail's first ``column`` step (its milestones, migration 0021) came before ``before``
    or at or after ``since``."""
    steps = aliased(MailMilestones, name=f"slice_{column}")
    moment = getattr(steps, column)
    bound = moment < before if before is not None else moment >= since
    return exists(select(steps.mail_id).where(steps.mail_id == MailEntry.id, bound))


@dataclass(frozen=True)
class StatsSlice:
    """What a figure adds to the register's filters.

    ``kind``: ``registered`` (the filters alone, and ``no_service``), ``stock`` (open at
    ``as_at``), ``overdue`` (past due on ``today`` then; ``agent`` a user id, 0 for none, None
    for any), ``answered`` (answered before ``as_at``), ``delay`` (the delay of ``stage`` was
    counted: both its steps reached before ``as_at``). ``no_service``: only mail registered
    for no service (the register's service filter names one).
    """

    kind: Kind
    as_at: datetime
    today: date
    stage: str | None = None
    agent: int | None = None
    no_service: bool = False
    caption: str = ""  # what the desk shows of the filter ("Overdue — RH")

    def criterion(self) -> ColumnElement[bool]:
        found: list[ColumnElement[bool]] = [MailEntry.cancelled == false()]
        if self.no_service:
            found.append(MailEntry.service_id.is_(None))
        if self.kind == "stock":
            found += [
                MailEntry.registered_at < self.as_at,
                MailEntry.direction.in_(TREATED),
                or_(
                    MailEntry.status.in_(open_statuses()),
                    and_(
                        MailEntry.status.in_(sorted(DONE_STATUSES)),
                        _step("done_at", since=self.as_at),
                    ),
                ),
            ]
        elif self.kind == "overdue":
            held = aliased(Assignment, name="slice_held")
            who = []
            if self.agent is not None:
                who.append(
                    held.agent_id.is_(None) if self.agent == 0 else held.agent_id == self.agent
                )
            found += [
                MailEntry.registered_at < self.as_at,
                MailEntry.direction.in_(TREATED),
                exists(
                    select(held.id).where(
                        held.mail_id == MailEntry.id,
                        held.kind == AssignmentKind.MAIN.value,
                        held.assigned_at < self.as_at,
                        or_(held.ended_at.is_(None), held.ended_at >= self.as_at),
                        held.due_date < self.today,
                        *who,
                    )
                ),
                ~_step("done_at", before=self.as_at),
            ]
        elif self.kind == "answered":
            found.append(_step("answered_at", before=self.as_at))
        elif self.kind == "delay":
            found.append(MailEntry.direction.in_(TREATED))
            found += self._stage()
        return and_(true(), *found)

    def _stage(self) -> list[ColumnElement[bool]]:
        if self.stage == "assignment":
            return [_step("assigned_at", before=self.as_at)]
        if self.stage == "action":
            return [
                _step("assigned_at", before=self.as_at),
                _step("acted_at", before=self.as_at),
            ]
        # answer, total: the answer reached (an answer is an action)
        return [_step("answered_at", before=self.as_at)]
