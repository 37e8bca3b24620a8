"""Every print and export keeps to what the user may see, by the rules of ``mail show``.

The rules live in :mod:`app.imputation.visibility`. A print made on a user's behalf (the desk,
or the command line, which always names a user) passes that user as ``actor``; ``actor=None``
is for what the system prints itself, never for a user's request. Whoever adds a print calls:

- :func:`mail_for_print` for a print of one mail (label, receipt): the mail as
  ``mail show`` gives it to that user, or :class:`~app.errors.PermissionDenied` (exit status 3
  on the command line, the refusal's text on the desk) for another service's mail or a
  confidential one that does not name the user;
- :func:`hidden_ids` for a print of many (the register, a delivery book): the mails of a list
  the user may not see, in one query, to mask (:data:`MASKED_FR` / :data:`MASKED_AR`) or leave
  out. The register masks them: it is the chronological, gapless record of the office, so
  every number keeps its line with its date, time and clerk, and nothing else
  (:func:`app.registry.report.build_report`). A list that is not a numbered record, such as a
  service's delivery book, may leave them out instead;
- inside a print's own read transaction, :func:`require_seen` for the one mail it loads
  itself (a routing slip) and :func:`seen_only` for the where-clause of a list that leaves
  out what the user may not see (the delivery book, registered letters awaiting their AR).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import Session

from app.imputation import visibility
from app.imputation.visibility import hidden_among
from app.organisation.actor import Actor
from app.organisation.permissions import Action
from app.registry.queries import MailView, get_mail
from app.registry.report import MASKED, MASKED_AR, MASKED_FR
from app.store.database import Database
from app.store.models import MailEntry

__all__ = [
    "MASKED",
    "MASKED_AR",
    "MASKED_FR",
    "hidden_ids",
    "mail_for_print",
    "require_seen",
    "seen_only",
]


def mail_for_print(db: Database, number: str, *, actor: Actor | None) -> MailView:
    """``number`` as ``actor`` may see it; NotFound or PermissionDenied otherwise."""
    return get_mail(db, number, actor=actor)


def hidden_ids(session: Session, actor: Actor | None, ids: Select | ColumnElement) -> set[int]:  # type: ignore[type-arg]
    """The mail ids among ``ids`` (a select of ``mail_entries.id``) that ``actor`` may not see."""
    return hidden_among(session, actor, ids)


def require_seen(session: Session, actor: Actor | None, mail: MailEntry) -> None:
    """PermissionDenied unless ``actor`` may see ``mail`` (as ``mail show`` decides)."""
    if actor is not None:
        visibility.require(session, actor, Action.VIEW, mail)


def seen_only(session: Session, actor: Actor | None) -> ColumnElement[bool] | None:
    """A where-clause over ``MailEntry`` keeping what ``actor`` may see (None: everything)."""
    return visibility.visible_filter(session, actor) if actor is not None else None
