"""Signing and verifying a mail's document: the database side of :mod:`app.signature`.

A mail's document is its last PDF attachment (the letter as drafted, or as signed so far).
:func:`sign_mail` signs it and stores the result as a new attachment of the mail in one
transaction, through :func:`app.registry.attach.attach_in` (so the history, the audit chain and
``audit verify`` know it like any other file); for an outgoing mail it then writes the mail's
registry number into the letter's number field, in a further incremental update, and stores
that. Nothing is stored if anything fails, and the document before is never changed.

The circuits feature wraps :func:`sign_mail` (who may sign, which step): this module checks
only that the user may add files to the mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select

from app.documents.inspect import FileInfo
from app.domain.clock import now_utc
from app.domain.enums import Direction
from app.errors import NotFound, UserError
from app.imputation import visibility
from app.organisation.actor import Actor
from app.organisation.permissions import Action
from app.registry.attach import attach_in
from app.registry.queries import find_mail
from app.signature import number_field, settings
from app.signature.sign import open_signer
from app.signature.types import SignatureReport, SignerSource, StampInfo
from app.signature.verify import verify_document
from app.store import blobs
from app.store.database import Database
from app.store.models import Attachment, User

PDF = "application/pdf"


@dataclass(frozen=True)
class SignedMail:
    number: str
    attachment_id: int | None
    filename: str
    sha256: str
    signer: str
    level: str
    number_filled: bool


def stamp_for(
    actor: Actor,
    *,
    name_ar: str = "",
    title_fr: str = "",
    title_ar: str = "",
    on_behalf_of_fr: str = "",
    on_behalf_of_ar: str = "",
) -> StampInfo:
    """The stamp of ``actor`` (their name as registered; titles as the caller knows them)."""
    return StampInfo(
        name_fr=actor.full_name,
        name_ar=name_ar,
        title_fr=title_fr,
        title_ar=title_ar,
        on_behalf_of_fr=on_behalf_of_fr,
        on_behalf_of_ar=on_behalf_of_ar,
    )


def current_document(db: Database, actor: Actor, number: str) -> tuple[str, bytes]:
    """(file name, bytes) of the mail's last PDF attachment, if ``actor`` may see it."""
    with db.read() as session:
        mail = find_mail(session, number)
        if mail.office_id != actor.office_id:
            raise NotFound("unknown_number", number=number)
        visibility.require(session, actor, Action.VIEW_ATTACHMENTS, mail)
        row = session.execute(
            select(Attachment.filename, Attachment.sha256)
            .where(Attachment.mail_id == mail.id, Attachment.content_type == PDF)
            .order_by(Attachment.id.desc())
            .limit(1)
        ).first()
        if row is None:
            raise UserError("signature_no_document", number=mail.number)
        return row.filename, blobs.get(session, row.sha256)


def _signed_name(filename: str) -> str:
    stem = PurePath(filename).stem
    for suffix in ("-signe", "-numerote"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    return f"{stem}-signe.pdf"


def sign_mail(
    db: Database,
    actor: Actor,
    number: str,
    *,
    signer: SignerSource,
    stamp: StampInfo | None = None,
    fill: bool = True,
    reason: str = "",
) -> SignedMail:
    """Sign mail ``number``'s document with ``signer`` and keep the signed PDF (see above)."""
    filename, pdf = current_document(db, actor, number)
    options = settings.signing_options(db, actor.office_id)
    with db.read() as session:
        mail = find_mail(session, number)
        visibility.require(session, actor, Action.ATTACH, mail)
        direction, mail_number = mail.direction, mail.number
        user = session.get(User, actor.user_id)
        full_name = user.full_name if user else actor.full_name
    stamp = stamp or StampInfo(name_fr=full_name)
    with open_signer(signer, options) as key:
        signed = key.sign(pdf, stamp=stamp, reason=reason)
    filled = False
    if fill and direction == Direction.OUT.value and number_field.read_number(signed) == "":
        signed = number_field.fill_number(signed, mail_number)
        filled = True
    [report] = verify_document(signed, trusted_roots=options.trusted_roots)[-1:]
    name = _signed_name(filename)
    info = FileInfo(filename=name, content_type=PDF, pages=_pages(signed), data=signed)
    note = f"signé par {report.signer} ({report.level}) le {now_utc():%Y-%m-%d %H:%M} UTC"
    if filled:
        note += f", numéro {mail_number} inscrit"
    with db.write() as session:
        result = attach_in(session, actor, mail_number, [info], note=note)
    done = result.files[0]
    return SignedMail(
        number=mail_number,
        attachment_id=done.id,
        filename=done.name,
        sha256=done.sha256,
        signer=report.signer,
        level=str(report.level),
        number_filled=filled,
    )


def _pages(pdf: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def verify_mail(
    db: Database, actor: Actor, number: str
) -> tuple[str, bytes, list[SignatureReport]]:
    """The mail's current document, its bytes and the report of each of its signatures."""
    filename, pdf = current_document(db, actor, number)
    roots = settings.trusted_roots(db, actor.office_id)
    return filename, pdf, verify_document(pdf, trusted_roots=roots)
