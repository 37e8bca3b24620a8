"""Sending an outgoing mail (départ) to another administration's bureau d'ordre via the portal.

The clerk's "send" only puts the mail in the outbox, in one transaction with its audit event:
it leaves at the next sync (at once when the desk is online), its files uploaded by SHA-256,
under a key that names the mail and the addressee, so it reaches that office once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.enums import Direction
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.portal import outbox
from app.portal.link import directory
from app.registry.queries import find_mail
from app.store import audit
from app.store.database import Database
from app.store.models import PortalLink, PortalOutboxItem


@dataclass(frozen=True)
class Sending:
    to_office: str
    to_name_fr: str
    to_name_ar: str
    state: str  # pending, done, failed
    queued_at: datetime
    delivered_at: str | None
    deposit_id: str | None
    error: str | None


def send_via_portal(db: Database, actor: Actor, number: str, to_office: str) -> None:
    require(actor.role, Action.SYNC_PORTAL)
    with db.write() as session:
        link = session.get(PortalLink, actor.office_id)
        if link is None:
            raise UserError("portal_not_configured")
        office = next((o for o in directory(link) if o.get("code") == to_office), None)
        if office is None:
            raise UserError("portal_unknown_office", office=to_office)
        if link.portal_office_code and to_office == link.portal_office_code:
            raise UserError("portal_send_to_self")
        mail = find_mail(session, number)
        if mail.direction != Direction.OUT.value:
            raise UserError("portal_send_not_outgoing", number=mail.number)
        if mail.cancelled:
            raise UserError("portal_send_cancelled", number=mail.number)
        if not mail.attachments:
            raise UserError("portal_send_no_file", number=mail.number)
        payload = {
            "to_office": to_office,
            "registry_number": mail.number,
            "registered_at": mail.registered_at.isoformat(),
            "subject": mail.subject,
            "files": [
                {
                    "name": a.filename,
                    "content_type": a.content_type,
                    "size": a.size,
                    "sha256": a.sha256,
                }
                for a in mail.attachments
            ],
        }
        if mail.observations:
            payload["message"] = mail.observations
        if mail.letter_reference:
            payload["reference"] = mail.letter_reference
        added = outbox.enqueue(
            session,
            actor.office_id,
            outbox.SEND,
            f"send:{mail.number}:{to_office}",
            payload,
            mail_id=mail.id,
        )
        if not added:
            raise UserError("portal_already_sent", number=mail.number, office=to_office)
        audit.append(
            session,
            actor.login,
            [audit.Event("portal.send_queued", "mail", mail.number, {"to_office": to_office})],
        )


def sendings(db: Database, mail_id: int) -> list[Sending]:
    """Where ``mail_id`` was sent through the portal, and how far each sending got."""
    with db.read() as session:
        rows = session.scalars(
            select(PortalOutboxItem)
            .where(PortalOutboxItem.mail_id == mail_id, PortalOutboxItem.kind == outbox.SEND)
            .order_by(PortalOutboxItem.id)
        ).all()
        link = session.get(PortalLink, rows[0].office_id) if rows else None
        names = {o["code"]: o for o in directory(link)} if link else {}
        result = []
        for r in rows:
            payload = json.loads(r.payload)
            answer = json.loads(r.result) if r.result else {}
            office = names.get(payload["to_office"], {})
            result.append(
                Sending(
                    to_office=payload["to_office"],
                    to_name_fr=office.get("name_fr", payload["to_office"]),
                    to_name_ar=office.get("name_ar", payload["to_office"]),
                    state=r.state,
                    queued_at=r.created_at,
                    delivered_at=answer.get("delivered_at") if isinstance(answer, dict) else None,
                    deposit_id=answer.get("deposit_id") if isinstance(answer, dict) else None,
                    error=r.last_error,
                )
            )
        return result
