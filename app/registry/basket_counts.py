"""How many mails each of a user's baskets holds, in one read.

One count per basket, each an indexed query (``tests/benchmarks/bench_baskets.py`` times them
at a million mails on both databases): the basket's criterion (:mod:`app.registry.baskets`)
and the user's view of the register, as the register itself applies them, so a count always
matches the rows the basket shows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.capture.tray import WAITING
from app.imputation import deadlines
from app.imputation.visibility import mail_filter, scope_of
from app.organisation.actor import Actor
from app.registry.baskets import Basket, basket_filter, baskets_for
from app.store.database import Database
from app.store.models import MailEntry, TrayItem


def counts(db: Database, actor: Actor, *, day: date | None = None) -> dict[Basket, int]:
    """Each of ``actor``'s baskets (:func:`~app.registry.baskets.baskets_for`) and its count."""
    on = day or deadlines.today()
    found: dict[Basket, int] = {}
    with db.read() as session:
        scope = scope_of(session, actor)
        visible = None if scope.whole_register else mail_filter(scope)
        for basket in baskets_for(actor.role):
            if basket is Basket.TO_SORT:
                stmt = select(func.count(TrayItem.id)).where(
                    TrayItem.office_id == actor.office_id, TrayItem.state == WAITING
                )
            else:
                criterion = basket_filter(basket, actor, on).criterion()
                stmt = select(func.count(MailEntry.id)).where(criterion)
                if visible is not None:
                    stmt = stmt.where(visible)
            found[basket] = int(session.scalar(stmt) or 0)
    return found
