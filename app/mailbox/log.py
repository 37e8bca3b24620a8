"""The mailboxes' log: what each reading did, kept as message codes so it reads in the user's
language — messages refused and why, duplicates set aside, a server that failed, an
acknowledgement that could not leave."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import now_utc
from app.i18n import message
from app.store.database import Database
from app.store.models import MailboxLogEntry

INFO, WARNING, ERROR = "info", "warning", "error"


def reason_text(code: str, lang: str | None = None, detail: object = "") -> str:
    """Why a message was refused, in the user's language."""
    from app.messages import MESSAGES

    key = f"mailbox_reason_{code}"
    return message(key, lang, detail=detail) if key in MESSAGES else code


@dataclass(frozen=True)
class LogLine:
    id: int
    at: datetime
    level: str
    code: str
    account_id: int | None
    params: dict[str, Any]

    def text(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "reason" in params:
            params["reason"] = reason_text(str(params["reason"]), lang, params.get("detail", ""))
        if "error" in params:
            inner = params.pop("error_params", None) or {}
            params["error"] = message(str(params["error"]), lang, **inner)
        return message(f"mailbox_log_{self.code}", lang, **params)


def write(
    session: Session,
    office_id: int,
    account_id: int | None,
    level: str,
    code: str,
    **params: Any,
) -> None:
    session.add(
        MailboxLogEntry(
            office_id=office_id,
            account_id=account_id,
            at=now_utc(),
            level=level,
            code=code,
            params=json.dumps(params, ensure_ascii=False, default=str),
        )
    )


def record(
    db: Database, office_id: int, account_id: int | None, level: str, code: str, **params: Any
) -> None:
    with db.write() as session:
        write(session, office_id, account_id, level, code, **params)


def recent(db: Database, office_id: int, limit: int = 200) -> list[LogLine]:
    """The newest lines first."""
    with db.read() as session:
        rows = session.scalars(
            select(MailboxLogEntry)
            .where(MailboxLogEntry.office_id == office_id)
            .order_by(MailboxLogEntry.id.desc())
            .limit(limit)
        ).all()
        return [
            LogLine(r.id, r.at, r.level, r.code, r.account_id, json.loads(r.params)) for r in rows
        ]
