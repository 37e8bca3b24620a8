"""What the desk shows of the portal: the sync indicator's figures and the quarantine list."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.domain import entry
from app.errors import NotFound, UserError
from app.i18n import message
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.portal import intake, outbox, synclog
from app.portal.client import PortalClient, PortalRefused
from app.portal.engine import spool_dir
from app.portal.link import credentials
from app.store import audit
from app.store.database import Database
from app.store.models import MailEntry, PortalDeposit, PortalLink, PortalOutboxItem


@dataclass(frozen=True)
class SyncState:
    configured: bool
    url: str | None = None
    interval_minutes: int = 0
    enabled: bool = False
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    pending: int = 0
    refused: int = 0
    quarantined: int = 0
    last_error_params: dict[str, Any] = field(default_factory=dict)

    def error_text(self, lang: str | None = None) -> str | None:
        """Why the last sync failed, in ``lang`` (None when it did not fail)."""
        if self.last_error is None:
            return None
        code = "portal_cancelled" if self.last_error == "cancelled" else self.last_error
        return message(code, lang, **self.last_error_params)


@dataclass(frozen=True)
class Quarantined:
    deposit_id: str
    reason: str
    detail: str | None
    subject: str
    depositor: str
    deposited_at: str
    first_seen_at: datetime
    attempts: int

    @property
    def automatic(self) -> bool:
        """Whether the next sync tries it again by itself (a file the portal did not give)."""
        return intake.retried_automatically(self.reason, self.attempts)


def sync_state(db: Database, office_id: int) -> SyncState:
    with db.read() as session:
        link = session.get(PortalLink, office_id)
        if link is None:
            return SyncState(configured=False)
        by_state = dict(
            session.execute(
                select(PortalOutboxItem.state, func.count())
                .where(PortalOutboxItem.office_id == office_id)
                .group_by(PortalOutboxItem.state)
            ).all()
        )
        quarantined = session.scalar(
            select(func.count())
            .select_from(PortalDeposit)
            .where(PortalDeposit.office_id == office_id, PortalDeposit.state == "quarantined")
        )
        return SyncState(
            configured=True,
            url=link.url,
            interval_minutes=link.interval_minutes,
            enabled=link.enabled,
            last_attempt_at=link.last_attempt_at,
            last_success_at=link.last_success_at,
            last_error=link.last_error,
            pending=int(by_state.get(outbox.PENDING, 0)),
            refused=int(by_state.get(outbox.FAILED, 0)),
            quarantined=int(quarantined or 0),
            last_error_params=_params(link.last_error_detail),
        )


def _params(detail: str | None) -> dict[str, Any]:
    """The failed sync's message parameters, kept as JSON beside its code."""
    try:
        params = json.loads(detail) if detail else {}
    except ValueError:
        return {}
    return params if isinstance(params, dict) else {}


@dataclass(frozen=True)
class OutboxLine:
    """An operation still owed to the portal, or refused by it."""

    kind: str  # ack, status, send
    state: str  # pending, failed
    number: str  # the registry number it is about ("" if none)
    deposit_id: str | None
    to_office: str | None  # a sending's addressee
    created_at: datetime
    attempts: int
    error: str | None
    error_detail: str | None


def outbox_items(db: Database, office_id: int, limit: int = 500) -> list[OutboxLine]:
    """What the outbox still holds (pending, then refused), oldest first within each."""
    with db.read() as session:
        rows = session.execute(
            select(PortalOutboxItem, MailEntry.number)
            .outerjoin(MailEntry, MailEntry.id == PortalOutboxItem.mail_id)
            .where(
                PortalOutboxItem.office_id == office_id,
                PortalOutboxItem.state.in_((outbox.PENDING, outbox.FAILED)),
            )
            .order_by(PortalOutboxItem.state.desc(), PortalOutboxItem.id)
            .limit(limit)
        ).all()
        result = []
        for item, number in rows:
            try:
                payload = json.loads(item.payload)
            except ValueError:
                payload = {}
            to_office = payload.get("to_office") if isinstance(payload, dict) else None
            result.append(
                OutboxLine(
                    item.kind,
                    item.state,
                    number or "",
                    item.deposit_id,
                    str(to_office) if to_office else None,
                    item.created_at,
                    item.attempts,
                    item.last_error,
                    item.last_error_detail,
                )
            )
        return result


def _summary(payload: str) -> tuple[str, str, str]:
    try:
        raw = json.loads(payload)
    except ValueError:
        return "", "", ""
    if not isinstance(raw, dict):
        return "", "", ""
    depositor = raw.get("depositor") if isinstance(raw.get("depositor"), dict) else {}
    name = depositor.get("name") or depositor.get("name_ar") or depositor.get("name_fr") or ""
    # As the portal sent them, which may be why they are here: shown with their control
    # and bidi characters escaped, on the desk as on the command line.
    subject, who, at = (
        entry.one_line(str(v or "")) for v in (raw.get("subject"), name, raw.get("deposited_at"))
    )
    return subject, who, at


def quarantined(db: Database, office_id: int) -> list[Quarantined]:
    with db.read() as session:
        rows = session.scalars(
            select(PortalDeposit)
            .where(PortalDeposit.office_id == office_id, PortalDeposit.state == "quarantined")
            .order_by(PortalDeposit.id)
        ).all()
        result = []
        for r in rows:
            subject, depositor, deposited_at = _summary(r.payload)
            result.append(
                Quarantined(
                    r.deposit_id,
                    r.reason or "",
                    r.detail,
                    subject,
                    depositor,
                    deposited_at,
                    r.first_seen_at,
                    r.attempts,
                )
            )
        return result


def _stored(db: Database, office_id: int, deposit_id: str) -> PortalDeposit:
    with db.read() as session:
        row = session.scalars(
            select(PortalDeposit).where(
                PortalDeposit.office_id == office_id, PortalDeposit.deposit_id == deposit_id
            )
        ).one_or_none()
        if row is None or row.state != "quarantined":
            raise NotFound("portal_not_quarantined", deposit=deposit_id)
        session.expunge(row)
        return row


def retry(
    db: Database,
    actor: Actor,
    deposit_id: str,
    *,
    client: PortalClient | None = None,
    spool: Path | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> str:
    """Try a quarantined deposit again (the portal's current version of it); what became of it."""
    require(actor.role, Action.SYNC_PORTAL)
    row = _stored(db, actor.office_id, deposit_id)
    own = client is None
    if client is None:
        with db.read() as session:
            link = session.get(PortalLink, actor.office_id)
            if link is None:
                raise UserError("portal_not_configured")
            session.expunge(link)
        client = PortalClient(
            link.url, credentials(link), ca_bundle=link.ca_bundle, cancelled=cancelled
        )
    try:
        try:
            raw = client.deposit(deposit_id)
        except PortalRefused:
            raw = json.loads(row.payload)  # gone from the portal's side: what we were given
        outcome = intake.take(db, actor, client, raw, spool or spool_dir(actor.office_id))
        if outcome == intake.REGISTERED:
            outbox.push(db, actor.office_id, client)
    finally:
        if own:
            client.close()
    level = synclog.INFO if outcome == intake.REGISTERED else synclog.WARNING
    synclog.record(db, actor.office_id, level, f"retry_{outcome}", deposit=deposit_id)
    return outcome


def discard(db: Database, actor: Actor, deposit_id: str, reason: str) -> None:
    """Set a quarantined deposit aside for good, with the clerk's reason (audited)."""
    require(actor.role, Action.SYNC_PORTAL)
    reason = entry.required_text(reason, "reason", missing="reason_required")
    _stored(db, actor.office_id, deposit_id)
    with db.write() as session:
        row = session.scalars(
            select(PortalDeposit).where(
                PortalDeposit.office_id == actor.office_id, PortalDeposit.deposit_id == deposit_id
            )
        ).one()
        row.state = intake.DISCARDED
        row.detail = reason
        synclog.write(session, actor.office_id, synclog.WARNING, "discarded", deposit=deposit_id)
        audit.append(
            session,
            actor.login,
            [audit.Event("portal.deposit_discarded", "deposit", deposit_id, {"reason": reason})],
        )
