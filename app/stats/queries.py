"""The dashboard's SQL: each figure is an aggregate the database computes, never mail by mail
in Python. Five statements, each one pass over an index:

- :func:`volumes`: the period's mail counted by local day, direction, channel and service
  (from the covering index ``ix_mail_entries_stats`` alone);
- :func:`milestones`: for the period's incoming and internal mail, each one's first main
  assignment, first action (taken in hand, answered or closed) and answer, turned into working
  days by joining the ranks of :class:`app.stats.calendar.WorkCalendar` (a small table of days
  written into the statement), then counted per delay value: histograms, from which the
  percentiles are read exactly (:mod:`app.stats.percentiles`); and the answered mail counted
  by day of registration (coverage);
- :func:`stock`: the open mail as at the frame's moment, per service;
- :func:`overdue`: the open mail past its due date then, per service and agent;
- :func:`acknowledgements`: the portal's deposits, minutes from deposit to acknowledgement.

Every statement keeps to the viewer's mail (:func:`app.imputation.visibility.mail_filter`) and
to the service asked for, and leaves cancelled mail out. What happened after the frame's moment
(``as_at``: the end of the period, or now) is not counted: a month's figures stay the same when
printed again later.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from app.domain import clock
from app.domain.enums import AssignmentKind, Direction, MailEventKind, MailStatus
from app.stats.calendar import WorkCalendar, epoch_seconds, local_day, work_rank
from app.store.models import Assignment, MailEntry, MailMilestones, PortalDeposit

TREATED = (Direction.IN.value, Direction.INTERNAL.value)  # mail a service treats
ACTIONS = (MailEventKind.STARTED.value, MailEventKind.ANSWERED.value, MailEventKind.CLOSED.value)
DONE_EVENTS = (MailEventKind.ANSWERED.value, MailEventKind.CLOSED.value)
DONE_STATUSES = frozenset({MailStatus.ANSWERED.value, MailStatus.CLOSED.value})

# The stages of a delay: (name, from milestone, to milestone); milestones 0 registration,
# 1 first main assignment, 2 first action, 3 answer.
STAGES: tuple[tuple[str, int, int], ...] = (
    ("assignment", 0, 1),
    ("action", 1, 2),
    ("answer", 2, 3),
    ("total", 0, 3),
)


class rare(FunctionElement[bool]):  # noqa: N801 (a SQL function's name)
    """A condition few rows meet, said so to SQLite's planner (``likelihood``); as it is
    elsewhere. (Typeless: a boolean function would be compared with 1 on SQLite.)"""

    inherit_cache = True


@compiles(rare, "sqlite")
def _rare_sqlite(element: rare, compiler: Any, **kw: Any) -> str:
    return f"likelihood({compiler.process(element.clauses, **kw)}, 0.02)"


@compiles(rare)
def _rare_other(element: rare, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


def open_statuses() -> tuple[str, ...]:
    """Every status but answered and closed: mail still to treat."""
    return tuple(s.value for s in MailStatus if s.value not in DONE_STATUSES)


@dataclass(frozen=True)
class Frame:
    """What one dashboard counts: the local days ``first`` to ``last`` (``start``, ``end``:
    their bounds in UTC), as at the moment ``as_at``, the mail ``visible`` to its viewer and
    registered for the service ``service_id`` (None: any)."""

    first: date
    last: date
    start: datetime
    end: datetime
    as_at: datetime
    zones: list[tuple[datetime, int]]
    calendar: WorkCalendar
    visible: ColumnElement[bool]
    service_id: int | None
    today: date  # the local day of ``as_at`` (the period's last day, or today)

    def day(self, moment: ColumnElement[datetime]) -> ColumnElement[int]:
        return local_day(moment, self.zones)

    def mail(self) -> list[ColumnElement[bool]]:
        """The frame's mail: registered in the period, not cancelled, the viewer's, the
        service's."""
        found = [
            MailEntry.registered_at >= self.start,
            MailEntry.registered_at < self.end,
            MailEntry.cancelled == false(),
            self.visible,
        ]
        if self.service_id is not None:
            found.append(MailEntry.service_id == self.service_id)
        return found

    def up_to_now(self) -> list[ColumnElement[bool]]:
        """Mail registered before the frame's moment (any period), not cancelled, the viewer's,
        the service's: the stock and the overdue mail."""
        found = [
            MailEntry.registered_at < self.as_at,
            MailEntry.cancelled == false(),
            MailEntry.direction.in_(TREATED),
            self.visible,
        ]
        if self.service_id is not None:
            found.append(MailEntry.service_id == self.service_id)
        return found


# --- volumes ---------------------------------------------------------------------------------


def volumes(session: Session, frame: Frame) -> list[tuple[int, str, str, int | None, int]]:
    """(day number, direction, channel, service id, count) for every combination present."""
    inner = (
        select(
            frame.day(MailEntry.registered_at).label("day"),
            MailEntry.direction,
            MailEntry.channel,
            MailEntry.service_id,
        )
        .where(*frame.mail())
        .subquery("registered")
    )
    stmt = select(
        inner.c.day, inner.c.direction, inner.c.channel, inner.c.service_id, func.count()
    ).group_by(inner.c.day, inner.c.direction, inner.c.channel, inner.c.service_id)
    return [(int(d), dr, ch, sv, int(n)) for d, dr, ch, sv, n in session.execute(stmt)]


# --- delays and answers ----------------------------------------------------------------------


@dataclass
class Milestones:
    """Histograms of delays in working days, per (stage, service id, mail type); and the
    answered incoming mail per day number of registration."""

    delays: dict[tuple[str, int | None, str], Counter[int]]
    answered: dict[int, int]


def _not_negative(value: ColumnElement[int]) -> ColumnElement[int]:
    # A clock a little behind on another counter could put a step before the one it follows.
    return case((value < 0, literal(0)), else_=value)


def _before(moment: ColumnElement[datetime], limit: datetime) -> ColumnElement[datetime]:
    return case((moment < limit, moment), else_=None)


def milestones(session: Session, frame: Frame) -> Milestones:
    steps = MailMilestones
    # Each mail's first steps (one row, kept by triggers: migration 0021), those before the
    # frame's moment. Materialised, each step: a moment's local day is a CASE over the moment
    # (one branch per change of offset), and a working-day rank a CASE over the day.
    mails = (
        select(
            MailEntry.service_id.label("service_id"),
            MailEntry.mail_type.label("mail_type"),
            MailEntry.direction.label("direction"),
            MailEntry.registered_at.label("t0"),
            _before(steps.assigned_at, frame.as_at).label("t1"),
            _before(steps.acted_at, frame.as_at).label("t2"),
            _before(steps.answered_at, frame.as_at).label("t3"),
        )
        .select_from(MailEntry)
        .outerjoin(steps, steps.mail_id == MailEntry.id)
        .where(*frame.mail(), MailEntry.direction.in_(TREATED))
        .cte("treated")
        .prefix_with("MATERIALIZED")
    )
    days = (
        select(
            mails.c.service_id,
            mails.c.mail_type,
            mails.c.direction,
            *(frame.day(mails.c[f"t{i}"]).label(f"d{i}") for i in range(4)),
        )
        .cte("treated_days")
        .prefix_with("MATERIALIZED")
    )
    holidays = frame.calendar.weekday_holidays()
    ranked = (
        select(
            days.c.service_id,
            days.c.mail_type,
            days.c.direction,
            days.c.d0,
            *(work_rank(days.c[f"d{i}"], holidays).label(f"r{i}") for i in range(4)),
        )
        .cte("ranked")
        .prefix_with("MATERIALIZED")
    )
    r = [ranked.c[f"r{i}"] for i in range(4)]
    parts = []
    for name, a, b in STAGES:
        delay = _not_negative(r[b] - r[a]).label("value")
        inner = (
            select(
                literal(name).label("stage"),
                ranked.c.service_id,
                ranked.c.mail_type,
                delay,
            )
            .where(r[a].is_not(None), r[b].is_not(None))
            .subquery()
        )
        parts.append(
            select(
                inner.c.stage, inner.c.service_id, inner.c.mail_type, inner.c.value, func.count()
            ).group_by(inner.c.stage, inner.c.service_id, inner.c.mail_type, inner.c.value)
        )
    parts.append(
        select(
            literal("answered").label("stage"),
            literal(None).label("service_id"),
            literal(None).label("mail_type"),
            ranked.c.d0.label("value"),
            func.count(),
        )
        .where(r[3].is_not(None), ranked.c.direction == Direction.IN.value)
        .group_by(ranked.c.d0)
    )
    result = Milestones({}, {})
    for stage, service_id, mail_type, value, n in session.execute(union_all(*parts)):
        if stage == "answered":
            result.answered[int(value)] = int(n)
        else:
            key = (stage, service_id, mail_type)
            result.delays.setdefault(key, Counter())[int(value)] += int(n)
    return result


# --- stock and overdue mail at the frame's moment --------------------------------------------


def _done_before(moment: datetime) -> ColumnElement[bool]:
    """The mail was answered or closed before ``moment`` (its milestones say when first)."""
    steps = aliased(MailMilestones, name="done_steps")
    return exists(
        select(steps.mail_id).where(steps.mail_id == MailEntry.id, steps.done_at < moment)
    )


def stock(session: Session, frame: Frame) -> dict[int | None, int]:
    """Open mail per service as at ``frame.as_at``: registered before, incoming or internal,
    not answered nor closed by then.

    Read as the mail open now (by status, from an index: few) plus the mail answered or closed
    since then but registered before (from the history since then), never by walking the whole
    register.
    """
    found: Counter[int | None] = Counter()
    open_now = (
        select(MailEntry.service_id, func.count())
        # SQLite's statistics give each status a fifth of the register, where the open ones
        # are a few per cent of it: told so, it reads them through their index (25 ms at a
        # million mails) instead of walking the whole register (1.1 s).
        .where(*frame.up_to_now(), rare(MailEntry.status.in_(open_statuses())))
        .group_by(MailEntry.service_id)
    )
    for service_id, n in session.execute(open_now):
        found[service_id] += int(n)
    if frame.as_at >= clock.now_utc():
        return dict(found)  # nothing was answered or closed after now
    steps = MailMilestones
    done_since = (
        select(MailEntry.service_id, func.count())
        .select_from(steps)
        .join(MailEntry, MailEntry.id == steps.mail_id)
        .where(
            steps.done_at >= frame.as_at,
            *frame.up_to_now(),
            MailEntry.status.in_(sorted(DONE_STATUSES)),
        )
        .group_by(MailEntry.service_id)
    )
    for service_id, n in session.execute(done_since):
        found[service_id] += int(n)
    return dict(found)


def overdue(session: Session, frame: Frame) -> dict[tuple[int | None, int | None], int]:
    """Open mail past its due date as at ``frame.as_at``, per (service id, agent id): its main
    assignment then (held since before, not ended yet) was due before that day."""
    held = aliased(Assignment, name="held")
    stmt = (
        select(MailEntry.service_id, held.agent_id, func.count(func.distinct(MailEntry.id)))
        .join(held, held.mail_id == MailEntry.id)
        .where(
            held.kind == AssignmentKind.MAIN.value,
            held.assigned_at < frame.as_at,
            or_(held.ended_at.is_(None), held.ended_at >= frame.as_at),
            held.due_date < frame.today,
            *frame.up_to_now(),
            ~_done_before(frame.as_at),
        )
        .group_by(MailEntry.service_id, held.agent_id)
    )
    return {(s, a): int(n) for s, a, n in session.execute(stmt)}


# --- the portal ------------------------------------------------------------------------------


@dataclass
class Acknowledgements:
    minutes: Counter[int]  # minutes from deposit to acknowledgement: how many deposits
    waiting: int  # portal mail of the period not acknowledged by then


def acknowledgements(session: Session, frame: Frame) -> Acknowledgements:
    deposited = func.coalesce(MailEntry.received_at, MailEntry.registered_at)
    acked = PortalDeposit.acknowledged_at
    portal = [*frame.mail(), MailEntry.channel == "portal"]
    minutes = ((epoch_seconds(acked) - epoch_seconds(deposited)) // 60).label("minutes")
    inner = (
        select(minutes)
        .select_from(MailEntry)
        .join(PortalDeposit, PortalDeposit.mail_id == MailEntry.id)
        .where(*portal, acked.is_not(None), acked < frame.as_at)
        .subquery()
    )
    found: Counter[int] = Counter()
    for value, n in session.execute(
        select(inner.c.minutes, func.count()).group_by(inner.c.minutes)
    ):
        found[max(0, int(value))] += int(n)
    acked_in_time = exists(
        select(PortalDeposit.id).where(
            PortalDeposit.mail_id == MailEntry.id,
            PortalDeposit.acknowledged_at.is_not(None),
            PortalDeposit.acknowledged_at < frame.as_at,
        )
    )
    waiting = (
        session.scalar(select(func.count()).select_from(MailEntry).where(*portal, ~acked_in_time))
        or 0
    )
    return Acknowledgements(found, int(waiting))
