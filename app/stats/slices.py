"""The mails behind a figure of the dashboard, as a filter of the register.

A bar of the dashboard opens the register on exactly the mails it counts: a
:class:`app.registry.browse.RegisterQuery` with the plain filters the register has (the
period's days, direction, channel, service, mail type, not cancelled) and, for what those
cannot say, a :class:`StatsSlice` (its ``stats`` filter): the mail open at a moment, overdue
then, answered by then, or whose delay of a stage was counted. Its where-clause repeats the
dashboard's own definitions (:mod:`app.stats.queries`), so the register's count and the bar's
figure are the same (tests/app/stats/test_slices.py holds them to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import aliased

from app.domain.enums import AssignmentKind, MailEventKind
from app.stats.queries import ACTIONS, DONE_EVENTS, DONE_STATUSES, TREATED, open_statuses
from app.store.models import Assignment, MailEntry, MailEvent

Kind = Literal["registered", "stock", "overdue", "answered", "delay"]


def _event_before(kinds: tuple[str, ...], moment: datetime) -> ColumnElement[bool]:
    e = aliased(MailEvent, name="slice_event")
    return exists(select(e.id).where(e.mail_id == MailEntry.id, e.kind.in_(kinds), e.at < moment))


def _event_since(kinds: tuple[str, ...], moment: datetime) -> ColumnElement[bool]:
    e = aliased(MailEvent, name="slice_later_event")
    return exists(select(e.id).where(e.mail_id == MailEntry.id, e.kind.in_(kinds), e.at >= moment))


def _assigned_before(moment: datetime) -> ColumnElement[bool]:
    a = aliased(Assignment, name="slice_assignment")
    return exists(
        select(a.id).where(
            a.mail_id == MailEntry.id,
            a.kind == AssignmentKind.MAIN.value,
            a.assigned_at < moment,
        )
    )


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
                        _event_since(DONE_EVENTS, self.as_at),
                        ~_event_before(DONE_EVENTS, self.as_at),
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
                ~_event_before(DONE_EVENTS, self.as_at),
            ]
        elif self.kind == "answered":
            found.append(_event_before((MailEventKind.ANSWERED.value,), self.as_at))
        elif self.kind == "delay":
            found.append(MailEntry.direction.in_(TREATED))
            found += self._stage()
        return and_(true(), *found)

    def _stage(self) -> list[ColumnElement[bool]]:
        answered = _event_before((MailEventKind.ANSWERED.value,), self.as_at)
        if self.stage == "assignment":
            return [_assigned_before(self.as_at)]
        if self.stage == "action":
            return [_assigned_before(self.as_at), _event_before(ACTIONS, self.as_at)]
        return [answered]  # answer, total: the answer reached (an answer is an action)
