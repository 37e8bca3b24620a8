"""The counter's rules, applied to a deposit before it is registered.

:func:`check` is called by :func:`app.portal.intake.fetch` on every deposit the feed gives
(and on a retry from the quarantine), after :func:`app.portal.deposits.read_deposit` has read
its shape. A deposit that breaks a rule raises :class:`BadDeposit` and is quarantined with the
reason; the sync registers the others and moves on, so one deposit never stops the feed —
whatever the database would have made of it (a name longer than its column failed every sync
on PostgreSQL, for ever).

The rules are the counter's own, from :mod:`app.domain.entry` and :mod:`app.domain.window`,
through :meth:`app.registry.drafts.MailDraft.checked`: every text field within its limit and
without control characters or undecodable bytes (reason ``too_long``, ``bad_characters``,
``bad_encoding``), a subject and a depositor's name that show something (``missing_field``),
a deposit date neither in the future nor before the floor (``date_in_future``,
``date_too_old``). Two things are not worth a quarantine and are made right instead: the
letter's own date, typed by the depositor, is left out when it is outside the window (the
deposit keeps it, as received, in its stored payload); the files' names are made harmless
(:func:`app.domain.entry.file_name`).

A deposit whose id cannot be kept (longer than its column, or with characters that cannot be
stored) cannot be quarantined under it either: :func:`storable_id` tells, and the intake logs
it and leaves it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain import entry, window
from app.errors import UserError
from app.portal.deposits import BadDeposit, Deposit

MAX_ID = 100  # portal_deposits.deposit_id: varchar(100)


def storable_id(raw: Any) -> str | None:
    """The deposit's id if the office can record it (quarantine included), else None."""
    deposit_id = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(deposit_id, str) or not 0 < len(deposit_id) <= MAX_ID:
        return None
    try:
        clean = entry.sanitise(deposit_id, "external-ref")
    except UserError:
        return None
    return deposit_id if clean == deposit_id else None


def check(deposit: Deposit) -> Deposit:
    """``deposit`` as it will be registered, or :class:`BadDeposit` with the broken rule."""
    if storable_id({"id": deposit.id}) is None:
        raise BadDeposit("no_id", entry.one_line(deposit.id[:MAX_ID]))
    if deposit.letter_date is not None and not window.letter_date_ok(deposit.letter_date):
        deposit = replace(deposit, letter_date=None)
    try:
        deposit.draft().checked()
    except UserError as exc:
        raise BadDeposit(exc.code, exc.message("fr")) from None
    return deposit
