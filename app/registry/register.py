"""Registering a mail: one transaction for the number, the entry, its files and its audit.

Order inside the transaction keeps the counter's lock short: everything that does not need the
number (correspondent, service, file content, the search words of the subject and the names,
the audit payload) is done first; then the number is taken, the entry and its attachments are
inserted, the audit chain is extended, and the transaction commits. On PostgreSQL that last
part is one statement (:mod:`app.registry.at_once`): the locks it takes are held for one round
trip and the commit. A failure anywhere rolls all of it back, the number included. The mail's
search words (:mod:`app.search.document`) are written in the same transaction, so it is found
at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.directory import correspondents
from app.dispatch import ar as dispatch_ar
from app.documents.inspect import FileInfo, read_file
from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, Direction, MailStatus
from app.domain.numbering import format_number, normalise_typed_number
from app.errors import DatabaseUnavailable, NotFound, UserError
from app.imputation.workflow import answered_by_registration, impute_at_counter
from app.integrity import state
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed, require
from app.organisation.setup import find_service
from app.registry.drafts import MailDraft
from app.search import document as search_index
from app.store import audit, blobs, counters, dialects
from app.store.database import Database
from app.store.models import Attachment, MailEntry, Office, mail_recipients

# A number already in the register is not inserted (no error that would abort the
# transaction): nothing is returned, and the registration is refused with a clear message.
# Built once per database kind, with its dialect's INSERT (imported for that kind only).
_INSERT_MAIL: dict[str, Any] = {}


def _insert_mail(session: Session) -> Any:
    kind = session.get_bind().dialect.name
    if kind not in _INSERT_MAIL:
        _INSERT_MAIL[kind] = (
            dialects.insert(session, MailEntry.__table__)
            .on_conflict_do_nothing()
            .returning(MailEntry.__table__.c.id)
        )
    return _INSERT_MAIL[kind]


# Registrations at once whose number fell past the prepared window, before going statement by
# statement (never seen in the benchmarks: a window is 16 numbers).
MISSED_TRIES = 3


@dataclass(frozen=True)
class RegisteredMail:
    id: int
    number: str
    direction: str
    registered_at: datetime
    attachments: tuple[tuple[str, str, int], ...]  # (filename, sha256, pages)


def office_limits(db: Database, office_id: int) -> int:
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("not_initialised")
        return office.attachment_max_bytes


Within = Callable[[Session, int, str, datetime], list[audit.Event]]


def register_mail(
    db: Database,
    actor: Actor,
    draft: MailDraft,
    files: list[FileInfo] | None = None,
    *,
    within: Within | None = None,
) -> RegisteredMail:
    """Register ``draft`` with ``files`` (already checked) and the files its paths name.

    ``within(session, mail_id, number, registered_at)``, if given, runs in the registering
    transaction after the entry is written and returns more audit events: what must be
    committed with the mail or not at all (the portal's deposit record and its
    acknowledgement, so a deposit is registered exactly once).
    """
    require(actor.role, Action.REGISTER)
    draft = draft.checked()
    files = list(files or [])
    if draft.attachments:
        max_bytes = office_limits(db, actor.office_id)
        files += [read_file(path, max_bytes=max_bytes) for path in draft.attachments]

    number_format = _number_format(db, actor.office_id)
    if not db.is_sqlite:  # (SQLite's write lock is the transaction's from its first statement)
        from app.registry.at_once import Missed, NumberTaken, forget

        for _ in range(MISSED_TRIES):
            try:
                with db.write() as session:
                    return _register_in(
                        session, actor, draft, files, number_format, within, at_once=db.cache
                    )
            except Missed:
                forget(db.cache)  # rolled back: more numbers given meanwhile than prepared for
            except NumberTaken as taken:  # rolled back: the counter was set back
                forget(db.cache)
                with db.read() as session:
                    raise _counter_behind(
                        session, actor.office_id, draft, taken.year, taken.number, number_format
                    ) from taken
    with db.write() as session:
        return _register_in(session, actor, draft, files, number_format, within)


@dataclass(frozen=True)
class Batched:
    """One mail of a batch: what to register, and what to write with it."""

    draft: MailDraft
    files: list[FileInfo]
    within: Within | None = None


def register_batch(
    db: Database, actor: Actor, batch: list[Batched]
) -> list[RegisteredMail | UserError | IntegrityError | DataError]:
    """Register several mails in one transaction, each inside its own savepoint.

    For feeds that register many mails at once (the portal's sync): one commit for the batch
    instead of one per mail. A mail whose registration fails (a refused draft, a constraint)
    is rolled back to its savepoint alone — its number with it, so numbers stay gapless — and
    its error is returned in its place; the others are committed together, or none of them if
    the transaction itself fails. A value the database refuses (``DataError``: what the
    drafts' checks should have caught) is one mail's failure too, not the batch's.
    """
    require(actor.role, Action.REGISTER)
    number_format = _number_format(db, actor.office_id)
    outcomes: list[RegisteredMail | UserError | IntegrityError | DataError] = []
    with db.write() as session:
        for item in batch:
            try:
                with session.begin_nested():
                    draft = item.draft.checked()
                    outcomes.append(
                        _register_in(session, actor, draft, item.files, number_format, item.within)
                    )
            except (UserError, IntegrityError, DataError) as exc:
                if isinstance(exc, DatabaseUnavailable) or (
                    isinstance(exc, UserError) and exc.code == "counter_behind"
                ):
                    raise  # the office's trouble, not this mail's
                outcomes.append(exc)
    return outcomes


def _register_in(
    session: Session,
    actor: Actor,
    draft: MailDraft,
    files: list[FileInfo],
    number_format: str,
    within: Within | None,
    *,
    at_once: dict[Any, Any] | None = None,
) -> RegisteredMail:
    """The registration's writes, in ``session``'s transaction (``draft`` already checked);
    ``at_once`` (the database's cache, where the counters' next sequences are kept): on
    PostgreSQL, the locked part in one statement (:mod:`app.registry.at_once`), which commits,
    when nothing else is written with the mail."""
    service_id = (
        find_service(session, actor.office_id, draft.service_code).id
        if draft.service_code
        else None
    )
    answers_id = None
    if draft.answers_number:
        answers_id = session.scalar(
            select(MailEntry.id).where(
                MailEntry.number == normalise_typed_number(draft.answers_number)
            )
        )
        if answers_id is None:
            raise NotFound("unknown_number", number=draft.answers_number)
    main = (
        correspondents.find_or_create(session, actor.office_id, draft.correspondent)[0]
        if draft.correspondent
        else None
    )
    recipients = {
        c.id: c
        for c in (
            correspondents.find_or_create(session, actor.office_id, r)[0] for r in draft.recipients
        )
    }
    recipients.pop(main.id if main else None, None)
    digests = [blobs.put(session, f.data) for f in files]
    session.flush()
    content = {
        "received_at": draft.received_at,
        "letter_date": draft.letter_date,
        "letter_reference": draft.letter_reference,
        "correspondent_id": main.id if main else None,
        "subject": draft.subject,
        "mail_type": draft.mail_type.value,
        "channel": draft.channel.value,
        "priority": draft.priority.value,
        "confidential": draft.confidential,
        "pieces": draft.pieces,
        "observations": draft.observations,
        "service_id": service_id,
        "external_ref": draft.external_ref,
        "answers_id": answers_id,
        "status": MailStatus.REGISTERED.value,
        "cancelled": False,
    }
    # The state the audit records (app.integrity.state), but for the number: before the lock.
    sealed = state.mail_state(
        {**content, "recipients": sorted(recipients)}, state.MAIL_CLASSES_BEFORE_NUMBER
    )

    registered_at = now_utc()
    year = to_local(registered_at).year
    names = [
        search_index.Names.of(c)
        for c in ([main] if main else []) + [recipients[i] for i in sorted(recipients)]
    ]

    def indexed(number: str) -> search_index.SearchText:
        return search_index.search_text(
            number=number,
            subject=draft.subject,
            correspondents=names,
            reference=draft.letter_reference,
            observations=draft.observations,
            external_ref=draft.external_ref,
        )

    def fixed(seq: int, number: str) -> dict[str, Any]:
        return {
            "office_id": actor.office_id,
            "direction": draft.direction.value,
            "year": year,
            "seq": seq,
            "number": number,
            "registered_at": registered_at,
            "registered_by_id": actor.user_id,
        }

    def payload(seq: int, number: str) -> dict[str, Any]:
        """The audit row's payload; its state holds the number (the others' are sealed)."""
        return {
            "direction": draft.direction.value,
            "subject": draft.subject,
            "correspondent": main.id if main else None,
            "service": draft.service_code,
            "attachments": [
                state.file_item(d, f.filename, f.size, f.pages, f.content_type)
                for f, d in zip(files, digests, strict=True)
            ],
            "state": {**state.mail_state(fixed(seq, number), ("number",)), **sealed},
            **({"ar_number": draft.ar_number} if draft.ar_number else {}),
        }

    attached = tuple((f.filename, d, f.pages) for f, d in zip(files, digests, strict=True))
    files_rows = [
        {
            "sha256": digest,
            "filename": info.filename,
            "content_type": info.content_type,
            "size": info.size,
            "pages": info.pages,
            "added_at": registered_at,
            "added_by_id": actor.user_id,
        }
        for info, digest in zip(files, digests, strict=True)
    ]
    registered_letter = Channel(draft.channel) is Channel.REGISTERED  # its AR row too

    # The counter's imputation (incoming and internal mail for a service, registered by whoever
    # may assign) is written in the registration's transaction: statement by statement.
    imputes = (
        bool(draft.service_code)
        and draft.direction is not Direction.OUT
        and allowed(actor.role, Action.ASSIGN)
    )
    one_statement = within is None and answers_id is None and not registered_letter
    if at_once is not None and one_statement and not imputes:
        # PostgreSQL: the number taken and everything that needs it in one round trip.
        from app.registry import at_once as at_once_module

        without_number = {k: v for k, v in fixed(0, "").items() if k not in ("seq", "number")}
        prepared = at_once_module.prepare(
            session,
            number_format=number_format,
            entry={**without_number, **content},
            search=indexed(""),
            other_words=indexed("").other,
            recipients=sorted(recipients),
            files=files_rows,
            actor=actor.login,
            payload=payload,
            seen=at_once,
        )
        mail_id, number = at_once_module.register(session, prepared)
        return RegisteredMail(mail_id, number, draft.direction.value, registered_at, attached)

    # From here to commit the counter row is locked: plain statements, nothing else.
    seq = counters.next_seq(session, actor.office_id, draft.direction, year)
    number = format_number(number_format, draft.direction, year, seq)
    inserted = session.execute(_insert_mail(session), {**fixed(seq, number), **content})
    mail_id = inserted.scalar_one_or_none()
    if mail_id is None:  # the number exists: the counter was set back behind the application
        raise _counter_behind(session, actor.office_id, draft, year, number, number_format)
    search_index.add(session, mail_id, indexed(number))
    dispatch_ar.on_registered(session, mail_id, draft.channel, draft.ar_number)
    if recipients:
        session.execute(
            insert(mail_recipients),
            [{"mail_id": mail_id, "correspondent_id": c} for c in sorted(recipients)],
        )
    if files_rows:
        session.execute(insert(Attachment), [{"mail_id": mail_id, **row} for row in files_rows])
    events = [audit.Event("mail.registered", "mail", number, payload(seq, number))]
    if draft.service_code:  # the service chosen at the counter is the imputation
        imputed = impute_at_counter(session, actor, mail_id, draft.service_code)
        if imputed is not None:
            events.append(imputed)
    if within is not None:
        events.extend(within(session, mail_id, number, registered_at))
    if answers_id is not None:
        answered = answered_by_registration(session, actor, answers_id, mail_id, number)
        if answered is not None:
            events.append(answered)
    audit.append(session, actor.login, events)
    return RegisteredMail(mail_id, number, draft.direction.value, registered_at, attached)


def _counter_behind(
    session: Session, office_id: int, draft: MailDraft, year: int, number: str, number_format: str
) -> UserError:
    highest = session.scalar(
        select(func.max(MailEntry.seq)).where(
            MailEntry.office_id == office_id,
            MailEntry.direction == draft.direction.value,
            MailEntry.year == year,
        )
    )
    return UserError(
        "counter_behind",
        number=number,
        highest=format_number(number_format, draft.direction, year, highest or 0),
    )


def _number_format(db: Database, office_id: int) -> str:
    """The office's number format; fixed at set-up, so read once per database handle."""
    key = ("number_format", office_id)
    if key not in db.cache:
        with db.read() as session:
            office = session.get(Office, office_id)
            if office is None:
                raise NotFound("not_initialised")
            db.cache[key] = office.number_format
    return str(db.cache[key])
