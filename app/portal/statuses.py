"""Status updates for depositors: a portal mail's assignment, answer and filing, posted back.

The mail's own history (``mail_events``) says when its status changed. At each sync the events
of portal mails newer than the link's mark become outbox items keyed by the event, so each
change is posted once, in order, even if the desk was offline when it happened. The mark only
moves past events old enough that no transaction still being committed can hold a smaller id.
"""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from app.domain.clock import now_utc
from app.domain.enums import MailStatus
from app.portal import outbox
from app.store.database import Database
from app.store.models import MailEvent, PortalDeposit, PortalLink

FOLLOWED = {
    MailStatus.ASSIGNED.value: "assigned",
    MailStatus.ANSWERED.value: "answered",
    MailStatus.CLOSED.value: "closed",
}
SETTLE = timedelta(minutes=10)


def enqueue_changes(db: Database, office_id: int) -> int:
    """Turn the portal mails' new status changes into outbox items; how many were added."""
    added = 0
    with db.write() as session:
        link = session.get(PortalLink, office_id)
        if link is None:
            return 0
        rows = session.execute(
            select(
                MailEvent.id,
                MailEvent.at,
                MailEvent.changes,
                PortalDeposit.deposit_id,
                PortalDeposit.mail_id,
            )
            .join(PortalDeposit, PortalDeposit.mail_id == MailEvent.mail_id)
            .where(
                PortalDeposit.office_id == office_id,
                PortalDeposit.state == "registered",
                MailEvent.id > link.status_mark,
            )
            .order_by(MailEvent.id)
        ).all()
        for row in rows:
            changes = json.loads(row.changes) if row.changes else {}
            status = changes.get("status")
            if not (isinstance(status, list) and len(status) == 2 and status[1] in FOLLOWED):
                continue
            added += outbox.enqueue(
                session,
                office_id,
                outbox.STATUS,
                f"status:{row.deposit_id}:{row.id}",
                {"status": FOLLOWED[status[1]], "at": row.at.isoformat()},
                mail_id=row.mail_id,
                deposit_id=row.deposit_id,
            )
        settled = session.scalar(
            select(func.max(MailEvent.id)).where(MailEvent.at < now_utc() - SETTLE)
        )
        mark = max([link.status_mark, settled or 0] + [r.id for r in rows])
        link.status_mark = mark
    return added
