"""A mail as typed before it is registered, and the checks it must pass."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from app.directory.correspondents import CorrespondentInput
from app.dispatch.ar import check_draft
from app.domain import entry, window
from app.domain.enums import Channel, Direction, MailType, Priority
from app.errors import UserError

MAX_SUBJECT = entry.LIMITS["subject"]
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
        """The draft cleaned and validated (:mod:`app.domain.entry` for text, lengths and
        characters, :mod:`app.domain.window` for dates), or a UserError naming the first
        problem: nothing reaches the database that one of the two would refuse."""
        subject = entry.required_text(self.subject, "subject")
        if self.correspondent is None and not self.recipients:
            raise UserError("missing_field", field="correspondent")
        if not 0 <= self.pieces <= MAX_PIECES:
            raise UserError("bad_pieces", value=self.pieces)
        if self.received_at is not None:
            if self.received_at.tzinfo is None:
                raise ValueError("received_at must be timezone-aware")
            window.check_received(self.received_at)
        if self.letter_date is not None:
            window.check_letter_date(self.letter_date)
        return replace(
            self,
            direction=Direction(self.direction),
            subject=subject,
            correspondent=self.correspondent.cleaned() if self.correspondent else None,
            recipients=tuple(r.cleaned(field="recipient") for r in self.recipients),
            letter_reference=entry.text(self.letter_reference, "reference"),
            mail_type=MailType(self.mail_type),
            channel=Channel(self.channel),
            priority=Priority(self.priority),
            observations=entry.text(self.observations, "observations"),
            service_code=entry.text(self.service_code, "service"),
            external_ref=entry.text(self.external_ref, "external-ref"),
            answers_number=entry.text(self.answers_number, "answers"),
            ar_number=check_draft(self.channel, self.ar_number),
        )
