"""A mail as typed before it is registered, and the checks it must pass."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from app.directory.correspondents import CorrespondentInput
from app.dispatch.ar import check_draft
from app.domain.enums import Channel, Direction, MailType, Priority
from app.domain.text import clean
from app.errors import UserError

MAX_SUBJECT = 2000
MAX_PIECES = 10_000


@dataclass(frozen=True)
class MailDraft:
    direction: Direction
    subject: str
    correspondent: CorrespondentInput | None
    recipients: tuple[CorrespondentInput, ...] = ()
    received_at: datetime | None = None
    letter_date: date | None = None
    letter_reference: str | None = None
    mail_type: MailType = MailType.LETTER
    channel: Channel = Channel.COUNTER
    priority: Priority = Priority.NORMAL
    confidential: bool = False
    pieces: int = 1
    observations: str | None = None
    service_code: str | None = None
    external_ref: str | None = None
    answers_number: str | None = None
    attachments: tuple[Path, ...] = field(default=())
    ar_number: str | None = None  # a registered letter's acknowledgement of receipt

    def checked(self) -> MailDraft:
        """The draft trimmed and validated, or a UserError naming the first problem."""
        subject = clean(self.subject)
        if not subject:
            raise UserError("missing_field", field="subject")
        if len(subject) > MAX_SUBJECT:
            raise UserError("too_long", field="subject", maximum=MAX_SUBJECT)
        if self.correspondent is None and not self.recipients:
            raise UserError("missing_field", field="correspondent")
        if not 0 <= self.pieces <= MAX_PIECES:
            raise UserError("bad_pieces", value=self.pieces)
        if self.received_at is not None and self.received_at.tzinfo is None:
            raise ValueError("received_at must be timezone-aware")
        return replace(
            self,
            direction=Direction(self.direction),
            subject=subject,
            correspondent=self.correspondent.cleaned() if self.correspondent else None,
            recipients=tuple(r.cleaned() for r in self.recipients),
            letter_reference=clean(self.letter_reference) or None,
            mail_type=MailType(self.mail_type),
            channel=Channel(self.channel),
            priority=Priority(self.priority),
            observations=clean(self.observations) or None,
            service_code=clean(self.service_code) or None,
            external_ref=clean(self.external_ref) or None,
            answers_number=clean(self.answers_number) or None,
            ar_number=check_draft(self.channel, self.ar_number),
        )
