"""Baskets (corbeilles): the register's standing questions, per role, with their counts.

Today's mail, mail to assign, mail a service returned, overdue mail, cancelled mail, and the
scans to be sorted by hand. Each basket but the last is a filter of the register
(:attr:`app.registry.browse.RegisterQuery.basket`): a where-clause over ``mail_entries``
applied in SQL with the other filters and the user's view of the register, so the desk pages
through it like through any filter. Its count is one indexed query (:func:`counts`).

What a basket holds depends on who asks (:class:`BasketFilter` carries the role, the user and
the day):

============  ==================================================================================
basket        holds
============  ==================================================================================
today         mail registered today (that the user may see)
to assign     the bureau d'ordre (clerk, supervisor, administrator): incoming or internal mail
              registered or returned, not assigned, not cancelled; a chef: mail assigned to
              one of their own services that no agent holds yet (to hand on)
to treat      an agent: mail handed to them, not started yet
returned      mail a service sent back to the bureau d'ordre, waiting to be assigned again
overdue       open mail past its due date (a chef: due in one of their own services; an agent:
              their own)
cancelled     cancelled mail
to sort       documents scanned or imported that no label matched (the capture tray)
============  ==================================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, false, select, true
from sqlalchemy.orm import aliased

from app.domain.clock import day_bounds_utc
from app.domain.enums import AssignmentKind, AssignmentState, Direction, MailStatus, Role
from app.imputation.deadlines import today
from app.organisation.actor import Actor
from app.store.models import Assignment, MailEntry, user_services

S = MailStatus
OPEN = (S.ASSIGNED.value, S.IN_PROGRESS.value)
WAITING = (S.REGISTERED.value, S.RETURNED.value)
ASSIGNABLE = (Direction.IN.value, Direction.INTERNAL.value)


class Basket(StrEnum):
    TODAY = "today"
    TO_ASSIGN = "to_assign"
    TO_TREAT = "to_treat"
    RETURNED = "returned"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"
    TO_SORT = "to_sort"


_OFFICE = (Basket.TODAY, Basket.TO_ASSIGN, Basket.RETURNED, Basket.OVERDUE, Basket.CANCELLED)
BY_ROLE: dict[Role, tuple[Basket, ...]] = {
    Role.CLERK: (*_OFFICE, Basket.TO_SORT),  # the tray is the counter's: they attach scans
    Role.SUPERVISOR: _OFFICE,
    Role.ADMIN: (*_OFFICE, Basket.TO_SORT),
    Role.CHEF: (Basket.TODAY, Basket.TO_ASSIGN, Basket.OVERDUE),
    Role.AGENT: (Basket.TODAY, Basket.TO_TREAT, Basket.OVERDUE),
}


def baskets_for(role: str) -> tuple[Basket, ...]:
    """The baskets that make sense for ``role``, in the order the desk shows them."""
    return BY_ROLE[Role(role)]


_WAITING = aliased(MailEntry, name="waiting_mail")


def _among(*criteria: ColumnElement[bool]) -> ColumnElement[bool]:
    """The mail meeting ``criteria`` on its own columns, found through their index first.

    Written as ``id IN (...)`` so that the register's first page walks the few matching ids
    and sorts them, instead of walking every mail in order of registration to find them (the
    planners cannot know that so few registered mails are incoming ones)."""
    return MailEntry.id.in_(select(_WAITING.id).where(*criteria))


def _main_assignments(*criteria: ColumnElement[bool]) -> ColumnElement[bool]:
    """The mail has an active main assignment meeting ``criteria`` (an indexed walk of the
    assignments, then the mails by id)."""
    return MailEntry.id.in_(
        select(Assignment.mail_id).where(
            Assignment.state == AssignmentState.ACTIVE.value,
            Assignment.kind == AssignmentKind.MAIN.value,
            *criteria,
        )
    )


@dataclass(frozen=True)
class BasketFilter:
    """A basket as one user sees it on one day: the register filter it stands for."""

    basket: Basket
    role: str
    user_id: int
    day: date

    def _own_services(self) -> ColumnElement[bool]:
        return Assignment.service_id.in_(
            select(user_services.c.service_id).where(user_services.c.user_id == self.user_id)
        )

    def criterion(self) -> ColumnElement[bool]:
        """The where-clause over ``mail_entries`` (the user's view of the register is added
        by the register's queries, as for any filter)."""
        basket, role = self.basket, Role(self.role)
        live = MailEntry.cancelled == false()
        if basket is Basket.TODAY:
            start, end = day_bounds_utc(self.day)
            return and_(MailEntry.registered_at >= start, MailEntry.registered_at < end)
        if basket is Basket.TO_ASSIGN and role is Role.CHEF:
            return and_(
                MailEntry.status == S.ASSIGNED.value,
                live,
                _main_assignments(Assignment.agent_id.is_(None), self._own_services()),
            )
        if basket is Basket.TO_ASSIGN:
            w = _WAITING
            return _among(
                w.status.in_(WAITING), w.direction.in_(ASSIGNABLE), w.cancelled == false()
            )
        if basket is Basket.TO_TREAT:
            return and_(
                MailEntry.status == S.ASSIGNED.value,
                live,
                _main_assignments(Assignment.agent_id == self.user_id),
            )
        if basket is Basket.RETURNED:
            w = _WAITING
            return _among(w.status == S.RETURNED.value, w.cancelled == false())
        if basket is Basket.OVERDUE:
            late = [Assignment.due_date < self.day]
            if role is Role.CHEF:
                late.append(self._own_services())
            elif role is Role.AGENT:
                late.append(Assignment.agent_id == self.user_id)
            return and_(MailEntry.status.in_(OPEN), live, _main_assignments(*late))
        if basket is Basket.CANCELLED:
            return MailEntry.cancelled == true()
        return false()  # the tray is not a filter of the register


def basket_filter(basket: Basket, actor: Actor, day: date | None = None) -> BasketFilter:
    """``basket`` as ``actor`` sees it on ``day`` (today by default)."""
    return BasketFilter(basket, actor.role, actor.user_id, day or today())
