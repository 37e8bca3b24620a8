"""The acknowledgement sent by e-mail to whoever wrote: the number, the date, the office.

Owed from the registering transaction (a row of ``mailbox_outbox``), sent afterwards by
:func:`send_due` — after a registration, and at each reading of the mailboxes. A send that
fails is tried again later, waiting longer each time (a minute, two, four... up to six
hours), and after :data:`MAX_ATTEMPTS` the acknowledgement is marked failed: shown in the
basket's window and by ``mailbox outbox``, and sent again on demand (:func:`retry`). It is
never dropped silently.

A desk takes an acknowledgement for a few minutes before sending it (a conditional update),
so two desks do not both send it. A desk killed after the server took the message and before
it marked it sent sends it once more later: the acknowledgement carries a Message-ID of its
own, the same each time, so the sender's mail client shows one.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select, update

from app.domain.clock import now_utc, to_local
from app.errors import UserError
from app.i18n import message
from app.mailbox import log
from app.mailbox.accounts import account_by_id, smtp_password
from app.mailbox.imap import Cancelled, MailboxError
from app.mailbox.smtp import send
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.store import audit
from app.store.database import Database
from app.store.models import MailboxMessage, MailboxOutboxItem, MailEntry, Office

PENDING, SENT, FAILED = "pending", "sent", "failed"
MAX_ATTEMPTS = 12
LEASE = timedelta(minutes=5)
FIRST_WAIT = 60.0  # seconds
LONGEST_WAIT = 6 * 3600.0


def wait_after(attempts: int) -> timedelta:
    """How long to wait before the next try, after ``attempts`` failed ones (with jitter)."""
    seconds = min(LONGEST_WAIT, FIRST_WAIT * 2 ** max(0, attempts - 1))
    return timedelta(seconds=seconds * random.uniform(0.8, 1.0))


@dataclass(frozen=True)
class Letter:
    """What the acknowledgement says."""

    number: str
    registered_at: datetime  # local
    office_fr: str
    office_ar: str
    office_code: str
    subject: str  # of the message acknowledged
    in_reply_to: str | None
    to: str
    sender: str
    key: str  # stable: the same acknowledgement has the same Message-ID


def compose(letter: Letter) -> EmailMessage:
    when_fr = letter.registered_at.strftime("%d/%m/%Y à %H:%M")
    when_ar = letter.registered_at.strftime("%Y/%m/%d %H:%M")
    msg = EmailMessage()
    msg["From"] = letter.sender
    msg["To"] = letter.to
    msg["Subject"] = f"Accusé de réception — إشعار بالتوصل — {letter.number}"
    msg["Date"] = format_datetime(now_utc())
    domain = letter.sender.rpartition("@")[2] or "bureau-ordre"
    msg["Message-ID"] = f"<ack-{letter.key}@{domain}>"
    if letter.in_reply_to:
        msg["In-Reply-To"] = letter.in_reply_to
        msg["References"] = letter.in_reply_to
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(
        "\n".join(
            [
                f"{letter.office_ar}",
                "",
                "نشعركم بتوصل مكتب الضبط برسالتكم الإلكترونية، وقد سجلت تحت الرقم:",
                f"    {letter.number}",
                f"بتاريخ {when_ar}.",
                f"الموضوع: {letter.subject}",
                "يرجى ذكر هذا الرقم في كل مراسلة لاحقة.",
                "",
                "—",
                "",
                f"{letter.office_fr}",
                "",
                "Nous accusons réception de votre courrier électronique, enregistré sous le "
                "numéro :",
                f"    {letter.number}",
                f"le {when_fr}.",
                f"Objet : {letter.subject}",
                "Merci de rappeler ce numéro dans toute correspondance ultérieure.",
                "",
                f"({letter.office_code})",
            ]
        )
    )
    return msg


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0  # attempts that failed this time (retried later or given up)


def _claim(db: Database, item_id: int, now: datetime) -> bool:
    with db.write() as session:
        return bool(
            session.execute(
                update(MailboxOutboxItem)
                .where(
                    MailboxOutboxItem.id == item_id,
                    MailboxOutboxItem.state == PENDING,
                    MailboxOutboxItem.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + LEASE)
                .execution_options(synchronize_session=False)
            ).rowcount
        )


def _letter(db: Database, item: MailboxOutboxItem, sender: str) -> Letter:
    with db.read() as session:
        mail = session.get(MailEntry, item.mail_id)
        office = session.get(Office, item.office_id)
        msg = session.get(MailboxMessage, item.message_id)
        assert mail is not None and office is not None and msg is not None
        return Letter(
            number=mail.number,
            registered_at=to_local(mail.registered_at),
            office_fr=office.name_fr,
            office_ar=office.name_ar,
            office_code=office.code,
            subject=msg.subject,
            in_reply_to=msg.message_id,
            to=item.to_address,
            sender=sender,
            key=f"{office.code.lower()}-{item.message_id}",
        )


def send_due(
    db: Database,
    office_id: int,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    limit: int = 100,
) -> SendReport:
    """Send the acknowledgements that are due now; how many left, how many failed."""
    report = SendReport()
    now = now_utc()
    with db.read() as session:
        due = session.scalars(
            select(MailboxOutboxItem)
            .where(
                MailboxOutboxItem.office_id == office_id,
                MailboxOutboxItem.state == PENDING,
                MailboxOutboxItem.next_attempt_at <= now,
            )
            .order_by(MailboxOutboxItem.id)
            .limit(limit)
        ).all()
        for item in due:
            session.expunge(item)
    for item in due:
        if cancelled():
            raise Cancelled
        if not _claim(db, item.id, now):
            continue  # another desk has it
        try:
            account = account_by_id(db, item.account_id)
            smtp = account.smtp_endpoint
            if smtp is None or not account.ack_from:
                raise MailboxError("mailbox_no_smtp", name=account.name)
            letter = _letter(db, item, account.ack_from)
            send(
                smtp,
                compose(letter),
                login=account.smtp_login or account.login,
                password=smtp_password(account),
            )
        except UserError as exc:
            _failed(db, item, exc)
            report.failed += 1
            continue
        with db.write() as session:
            session.execute(
                update(MailboxOutboxItem)
                .where(MailboxOutboxItem.id == item.id)
                .values(
                    state=SENT,
                    sent_at=now_utc(),
                    attempts=MailboxOutboxItem.attempts + 1,
                    last_error=None,
                    last_error_detail=None,
                )
            )
            log.write(
                session,
                office_id,
                item.account_id,
                log.INFO,
                "ack_sent",
                number=letter.number,
                to=item.to_address,
            )
        report.sent += 1
    return report


def _failed(db: Database, item: MailboxOutboxItem, exc: UserError) -> None:
    attempts = item.attempts + 1
    given_up = attempts >= MAX_ATTEMPTS
    with db.write() as session:
        session.execute(
            update(MailboxOutboxItem)
            .where(MailboxOutboxItem.id == item.id)
            .values(
                state=FAILED if given_up else PENDING,
                attempts=attempts,
                next_attempt_at=now_utc() + wait_after(attempts),
                last_error=exc.code,
                # Its parameters, so that it is told in each user's language.
                last_error_detail=json.dumps(exc.params, ensure_ascii=False, default=str)[:4000],
            )
        )
        number = session.scalar(select(MailEntry.number).where(MailEntry.id == item.mail_id))
        log.write(
            session,
            item.office_id,
            item.account_id,
            log.ERROR if given_up else log.WARNING,
            "ack_given_up" if given_up else "ack_failed",
            number=number,
            to=item.to_address,
            attempts=attempts,
            error=exc.code,
            error_params=exc.params,
        )


@dataclass(frozen=True)
class OutboxLine:
    id: int
    number: str
    to: str
    state: str
    attempts: int
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None
    last_error_detail: str | None  # the error's parameters (JSON)

    def error_text(self, lang: str | None = None) -> str:
        """Why the last try failed, in ``lang`` ("" if it did not)."""
        if not self.last_error:
            return ""
        try:
            params = json.loads(self.last_error_detail or "{}")
        except ValueError:
            params = {}
        return message(self.last_error, lang, **(params if isinstance(params, dict) else {}))


def outbox(db: Database, office_id: int, *, include_sent: bool = False) -> list[OutboxLine]:
    """The acknowledgements not sent yet (and, on demand, those sent), newest first."""
    o = MailboxOutboxItem
    stmt = (
        select(o, MailEntry.number)
        .join(MailEntry, MailEntry.id == o.mail_id)
        .where(o.office_id == office_id)
        .order_by(o.id.desc())
    )
    if not include_sent:
        stmt = stmt.where(o.state != SENT)
    with db.read() as session:
        return [
            OutboxLine(
                item.id,
                number,
                item.to_address,
                item.state,
                item.attempts,
                item.next_attempt_at,
                item.sent_at,
                item.last_error,
                item.last_error_detail,
            )
            for item, number in session.execute(stmt)
        ]


def retry(db: Database, actor: Actor, item_id: int) -> None:
    """Send a failed (or waiting) acknowledgement again at the next occasion."""
    require(actor.role, Action.READ_MAILBOX)
    with db.write() as session:
        item = session.get(MailboxOutboxItem, item_id)
        if item is None or item.office_id != actor.office_id:
            from app.errors import NotFound

            raise NotFound("mailbox_unknown_ack", id=item_id)
        if item.state == SENT:
            raise MailboxError("mailbox_ack_already_sent", id=item_id)
        item.state = PENDING
        item.next_attempt_at = now_utc()
        audit.append(
            session,
            actor.login,
            [audit.Event("mailbox.ack_retried", "mailbox_outbox", item_id, {})],
        )
