"""A deposit from the portal's feed, read and checked as the counter would check a letter.

:func:`read_deposit` turns the feed's JSON into a :class:`Deposit` or raises
:class:`BadDeposit` with a reason code (shown in the quarantine list, in the user's
language). Nothing here touches the network or the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Channel, CorrespondentKind, Direction, IdentifierType, MailType
from app.domain.text import clean, has_arabic
from app.registry.drafts import MAX_SUBJECT, MailDraft

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_FILES = 50
MAX_OBSERVATIONS = 4000


class BadDeposit(Exception):
    """A deposit that cannot be registered as it is: quarantined with ``reason``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DepositFile:
    id: str
    name: str
    size: int
    content_type: str
    sha256: str
    url: str


@dataclass(frozen=True)
class Deposit:
    id: str
    deposited_at: datetime
    subject: str
    message: str | None
    reference: str | None
    letter_date: date | None
    sender_number: str | None
    depositor: CorrespondentInput
    files: tuple[DepositFile, ...]

    def draft(self) -> MailDraft:
        """The incoming mail this deposit becomes (channel portail, deposit id as reference)."""
        return MailDraft(
            direction=Direction.IN,
            subject=self.subject,
            correspondent=self.depositor,
            received_at=self.deposited_at,
            letter_date=self.letter_date,
            letter_reference=self.reference or self.sender_number,
            mail_type=MailType.LETTER,
            channel=Channel.PORTAL,
            observations=self.message,
            external_ref=self.id,
        )


def _text(value: Any) -> str | None:
    return clean(value) or None if isinstance(value, str) else None


def _depositor(raw: Any) -> CorrespondentInput:
    if not isinstance(raw, dict):
        raise BadDeposit("no_depositor")
    try:
        kind = CorrespondentKind(raw.get("kind"))
    except ValueError:
        raise BadDeposit("bad_depositor_kind", str(raw.get("kind"))) from None
    name = _text(raw.get("name"))
    arabic, latin = _text(raw.get("name_ar")), _text(raw.get("name_fr"))
    if name and not (arabic or latin):
        arabic, latin = (name, None) if has_arabic(name) else (None, name)
    if not (arabic or latin):
        raise BadDeposit("no_depositor_name")
    id_type = raw.get("identifier_type")
    try:
        identifier_type = IdentifierType(id_type) if id_type else None
    except ValueError:
        identifier_type = IdentifierType.OTHER
    return CorrespondentInput(
        name_latin=latin,
        name_arabic=arabic,
        kind=kind,
        identifier_type=identifier_type,
        identifier=_text(raw.get("identifier")),
        address=_text(raw.get("address")),
        phone=_text(raw.get("phone")),
        email=_text(raw.get("email")),
    )


def _file(raw: Any) -> DepositFile:
    if not isinstance(raw, dict):
        raise BadDeposit("bad_file_entry")
    sha = str(raw.get("sha256", "")).lower()
    size = raw.get("size")
    name = _text(raw.get("name"))
    url = raw.get("url")
    if not name or not SHA256.match(sha) or not isinstance(size, int) or size < 0:
        raise BadDeposit("bad_file_entry", str(raw.get("name", "")))
    if not isinstance(url, str) or not url.startswith("/"):
        raise BadDeposit("bad_file_entry", name)
    return DepositFile(
        id=str(raw.get("id", "")),
        name=name,
        size=size,
        content_type=str(raw.get("content_type", "")),
        sha256=sha,
        url=url,
    )


def read_deposit(raw: Any) -> Deposit:
    """The deposit in ``raw``, its shape checked; :class:`BadDeposit` says what is wrong.

    The counter's rules on its content are :func:`app.portal.deposit_rules.check`'s."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise BadDeposit("no_id")
    subject = _text(raw.get("subject"))
    if not subject:
        raise BadDeposit("no_subject")
    if len(subject) > MAX_SUBJECT:
        raise BadDeposit("subject_too_long")
    try:
        deposited_at = datetime.fromisoformat(str(raw.get("deposited_at")))
    except ValueError:
        raise BadDeposit("bad_date", str(raw.get("deposited_at"))) from None
    if deposited_at.tzinfo is None:
        raise BadDeposit("bad_date", str(raw.get("deposited_at")))
    letter_date = None
    if raw.get("letter_date"):
        try:
            letter_date = date.fromisoformat(str(raw["letter_date"]))
        except ValueError:
            letter_date = None  # the depositor's own date: not worth refusing the deposit
    files = raw.get("files") or []
    if not isinstance(files, list) or len(files) > MAX_FILES:
        raise BadDeposit("bad_file_entry")
    message = _text(raw.get("message"))
    if message and len(message) > MAX_OBSERVATIONS:
        message = message[: MAX_OBSERVATIONS - 1] + "…"
    deposit = Deposit(
        id=raw["id"],
        deposited_at=deposited_at,
        subject=subject,
        message=message,
        reference=_text(raw.get("reference")),
        letter_date=letter_date,
        sender_number=_text(raw.get("sender_registry_number")),
        depositor=_depositor(raw.get("depositor")),
        files=tuple(_file(f) for f in files),
    )
    return deposit
