"""The register of a day or a period (arrivée, départ, interne) as plain data, ready to print.

:func:`build_report` reads, in one consistent snapshot and a handful of statements (never one
per entry), the entries registered in a direction during the local days asked for, in number
order, with everything the printed register shows: correspondent, the letter's reference and
date, subject, service, pieces, observations, and every correction (field, old value, new
value, when, by whom, why) and cancellation (when, by whom, why). Nothing is hidden: a cancelled
entry keeps its line and its number, marked cancelled.

What is printed at the end of a register, and how to check it
-------------------------------------------------------------

Two fingerprints close every register (PDF, and the "Informations" sheet of the XLSX):

1. **The audit anchor**: the ``seq`` and ``hash`` of the *latest row of the audit chain that
   concerns these entries*, i.e. the highest-numbered row of ``audit_events`` whose
   ``entity_type`` is ``mail``, whose ``entity_id`` is the number of one of the printed entries,
   and whose ``action`` is ``mail.registered``, ``mail.corrected`` or ``mail.cancelled``
   (:data:`REGISTER_ACTIONS`). Labels, receipts and the printing of registers are audited too,
   but they change nothing in a register, so reprinting gives the same anchor.
   Every registration, correction and cancellation shown on the paper is a row at or below
   that ``seq``; each row's hash covers its content and the hash before it, so the printed hash
   vouches for the whole chain up to that row.

2. **The content fingerprint** (:attr:`RegisterReport.content_sha256`): the SHA-256 of the
   canonical JSON (:func:`app.store.audit.canonical_json`) of the printed entries as stored —
   number, registration time in UTC, correspondent, letter reference and date, subject,
   service, pieces, observations, cancelled, and each correction or cancellation (kind, time in
   UTC, user, reason, changes) — see :func:`_fingerprint`. It does not depend on the time zone,
   the language or the file format, so the PDF, CSV and XLSX of one register share it.

To check a printed register later:

- ``bureau-ordre audit verify`` must succeed: no row of the chain is altered, missing or
  relinked, so every stored ``hash`` is the genuine one;
- ``bureau-ordre register --direction D --date D [--to D] --out x.csv --json`` must print the
  same ``audit_seq``, ``audit_hash`` and ``content_sha256`` as the paper. The same anchor means
  that no registration, correction or cancellation of these entries was recorded after the
  print; the same content fingerprint that the entries still read exactly as printed (even a
  change made behind the application's back, outside the audit chain, shows up here).

A higher ``audit_seq`` means that an entry of the register was corrected or cancelled after the
print: ``bureau-ordre mail show NUMBER`` tells what, when, by whom and why. A register whose
entries have no audit row (data imported outside the application) has no anchor: "—".

Who prints it
-------------

A register is built for the user who asks (``actor``), by the rules of ``mail show``
(:mod:`app.imputation.visibility`). The bureau d'ordre's clerks, the supervisors and the
administrators see every entry. A chef de service or an agent gets the same register, line for
line, but an entry outside their reach (another service's mail, a confidential mail that does
not name them) is *masked*: it keeps its line, its number, its date and time and the clerk who
registered it (what a registration fixes for ever), and shows :data:`MASKED` instead of the
correspondent and the subject; its reference, service, pieces, observations, corrections and
cancellation are left blank. The register stays chronological and gapless, so the paper still
proves that no number is missing, and nothing of another service's mail is printed; the
totals say how many lines are masked. The PDF, the CSV, the XLSX and the desk's preview are
made from the same report, so they mask the same lines the same way.

The content fingerprint covers what the register shows: a masked line counts by its number,
time and mask, never by what it hides (a hash of hidden text, printed, would let a reader test
guesses of it). A masked register's fingerprint is therefore the same for everyone with the
same reach, and ``register … --json`` run by that user redoes it. The audit anchor, a position
in the chain that reveals no content, is the whole register's.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, any_, bindparam, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, aliased

from app.directory.correspondents import display_name
from app.domain.clock import day_bounds_utc, now_utc, to_local
from app.domain.enums import LABELS, Direction, MailEventKind
from app.errors import UserError
from app.imputation.visibility import hidden_among
from app.organisation.actor import Actor
from app.store import audit
from app.store.database import Database
from app.store.models import (
    AuditEvent,
    Correspondent,
    MailEntry,
    MailEvent,
    Office,
    Service,
    User,
    mail_recipients,
)

REGISTER_ACTIONS = ("mail.registered", "mail.corrected", "mail.cancelled")

TITLES: dict[Direction, tuple[str, str]] = {
    Direction.IN: ("Registre d'arrivée", "سجل الواردات"),
    Direction.OUT: ("Registre de départ", "سجل الصادرات"),
    Direction.INTERNAL: ("Registre du courrier interne", "سجل المراسلات الداخلية"),
}

# The correspondent's role depends on the register: who wrote (arrivée), who is written to
# (départ); an internal mail has a sender or a recipient service or person.
CORRESPONDENT_HEADINGS: dict[Direction, tuple[str, str]] = {
    Direction.IN: ("Expéditeur", "المرسل"),
    Direction.OUT: ("Destinataire", "المرسل إليه"),
    Direction.INTERNAL: ("Correspondant", "الجهة المراسلة"),
}

# Field names of corrections, as printed (French, Arabic).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "subject": ("Objet", "الموضوع"),
    "correspondent": ("Correspondant", "المراسل"),
    "letter_reference": ("Référence", "المرجع"),
    "letter_date": ("Date de la lettre", "تاريخ الرسالة"),
    "received_at": ("Reçu / envoyé le", "تاريخ التوصل / الإرسال"),
    "mail_type": ("Type", "النوع"),
    "channel": ("Canal", "طريقة الإيداع"),
    "priority": ("Priorité", "الأولوية"),
    "confidential": ("Confidentiel", "سري"),
    "pieces": ("Pièces", "عدد الوثائق"),
    "observations": ("Observations", "ملاحظات"),
    "service": ("Service", "المصلحة"),
}
EVENT_LABELS = {
    MailEventKind.CORRECTED.value: ("Corrigé", "مصحح"),
    MailEventKind.CANCELLED.value: ("Annulé", "ملغى"),
}
REASON_LABEL = ("Motif", "السبب")
EMPTY_VALUE = "—"
# What a masked entry shows instead of its correspondent and subject (see "Who prints it").
MASKED_FR = "Non communiqué : hors de vos services ou confidentiel"
MASKED_AR = "غير معروض: خارج اختصاص مصالحكم أو سري"
MASKED = f"{MASKED_FR} / {MASKED_AR}"


@dataclass(frozen=True)
class Change:
    """One corrected field, its values as printable text."""

    field: str
    old: str
    new: str

    @property
    def label_fr(self) -> str:
        return FIELD_LABELS.get(self.field, (self.field, self.field))[0]

    @property
    def label_ar(self) -> str:
        return FIELD_LABELS.get(self.field, (self.field, self.field))[1]


@dataclass(frozen=True)
class EntryEvent:
    """A correction or a cancellation of an entry."""

    kind: str  # "corrected" | "cancelled"
    at: datetime  # local time
    user: str
    reason: str
    changes: tuple[Change, ...] = ()

    @property
    def label_fr(self) -> str:
        return EVENT_LABELS[self.kind][0]

    @property
    def label_ar(self) -> str:
        return EVENT_LABELS[self.kind][1]

    def text(self) -> str:
        """One line, both languages, no direction marks (for CSV and XLSX cells)."""
        parts = [f"{self.label_fr} / {self.label_ar} {self.at:%Y-%m-%d %H:%M} ({self.user})"]
        parts += [f"{c.label_fr} / {c.label_ar} : {c.old} → {c.new}" for c in self.changes]
        parts.append(f"{REASON_LABEL[0]} / {REASON_LABEL[1]} : {self.reason}")
        return " — ".join(parts)


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    number: str
    registered_at: datetime  # local time
    registered_by: str
    correspondent_ar: str | None
    correspondent_latin: str | None
    recipients: tuple[str, ...]  # further recipients of an outgoing mail
    letter_reference: str | None
    letter_date: date | None
    subject: str
    service_code: str | None
    service_fr: str | None
    service_ar: str | None
    pieces: int
    observations: str | None
    cancelled: bool
    events: tuple[EntryEvent, ...]
    masked: bool = False  # outside the reader's reach: number, time and clerk only

    @property
    def correspondent(self) -> str:
        return display_name(self.correspondent_ar, self.correspondent_latin)

    @property
    def correspondents(self) -> tuple[str, ...]:
        """Each name on its own (Arabic and Latin names of one correspondent, then recipients)."""
        names = [n for n in (self.correspondent_ar, self.correspondent_latin) if n]
        return (*names, *self.recipients)

    @property
    def corrections(self) -> tuple[EntryEvent, ...]:
        return tuple(e for e in self.events if e.kind == MailEventKind.CORRECTED.value)

    @property
    def cancellation(self) -> EntryEvent | None:
        return next((e for e in self.events if e.kind == MailEventKind.CANCELLED.value), None)

    @property
    def corrected(self) -> bool:
        return bool(self.corrections)

    @property
    def cancel_reason(self) -> str | None:
        event = self.cancellation
        return event.reason if event else None


@dataclass(frozen=True)
class RegisterTotals:
    entries: int
    cancelled: int
    corrected: int
    pieces: int  # of the entries that are not cancelled
    masked: int = 0  # entries outside the reader's reach (counted in ``entries``)


@dataclass(frozen=True)
class RegisterReport:
    office_code: str
    office_ar: str
    office_fr: str
    ministry_ar: str
    ministry_fr: str
    direction: Direction
    first_day: date
    last_day: date
    generated_at: datetime  # local time
    entries: tuple[RegisterEntry, ...]
    totals: RegisterTotals
    audit_seq: int | None
    audit_hash: str | None
    content_sha256: str

    @property
    def single_day(self) -> bool:
        return self.first_day == self.last_day

    @property
    def title_fr(self) -> str:
        return TITLES[self.direction][0]

    @property
    def title_ar(self) -> str:
        return TITLES[self.direction][1]

    @property
    def period_fr(self) -> str:
        if self.single_day:
            return f"Journée du {self.first_day:%d/%m/%Y}"
        return f"Du {self.first_day:%d/%m/%Y} au {self.last_day:%d/%m/%Y}"

    @property
    def period_ar(self) -> str:
        if self.single_day:
            return f"يوم {self.first_day:%d/%m/%Y}"
        return f"من {self.first_day:%d/%m/%Y} إلى {self.last_day:%d/%m/%Y}"

    @property
    def services(self) -> list[tuple[str, str, str]]:
        """(code, French name, Arabic name) of the services named in the register, by code."""
        found = {
            e.service_code: (e.service_code, e.service_fr or "", e.service_ar or "")
            for e in self.entries
            if e.service_code
        }
        return [found[code] for code in sorted(found)]

    def journal_details(self, fmt: str) -> dict[str, Any]:
        """What the audit trail records of a print of this register (``record_register_print``)."""
        return {
            "direction": self.direction.value,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "format": fmt,
            "entries": len(self.entries),
            "masked": self.totals.masked,
            "audit_seq": self.audit_seq,
            "audit_hash": self.audit_hash,
            "content_sha256": self.content_sha256,
        }

    def file_stem(self) -> str:
        """A file name for this register, e.g. ``registre-arrivee-2026-03-10``."""
        name = {Direction.IN: "arrivee", Direction.OUT: "depart", Direction.INTERNAL: "interne"}
        period = self.first_day.isoformat()
        if not self.single_day:
            period += f"_{self.last_day.isoformat()}"
        return f"registre-{name[self.direction]}-{period}"


def build_report(
    db: Database,
    direction: Direction | str,
    first_day: date,
    last_day: date | None = None,
    *,
    actor: Actor | None,
) -> RegisterReport:
    """The register of ``direction`` for the local days ``first_day`` to ``last_day``, as
    ``actor`` may read it: entries outside their reach masked (see "Who prints it"; ``None``:
    the whole register, for what the system prints itself).

    Raises ``UserError("register_empty")`` (or ``register_empty_period``) when nothing was
    registered then, and ``register_bad_period`` when the period ends before it starts.
    """
    direction = Direction(direction)
    last_day = last_day or first_day
    if last_day < first_day:
        raise UserError("register_bad_period", day=first_day.isoformat(), to=last_day.isoformat())
    start, end = day_bounds_utc(first_day, last_day)
    with db.read() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Entries, events and the anchor from one snapshot, even while counters register.
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        in_range = (
            select(MailEntry.id)
            .where(
                MailEntry.direction == direction.value,
                MailEntry.registered_at >= start,
                MailEntry.registered_at < end,
            )
            .scalar_subquery()
        )
        rows = _entry_rows(session, direction, start, end)
        if not rows:
            _raise_empty(direction, first_day, last_day)
        hidden = hidden_among(session, actor, in_range)
        events = _events(session, in_range)
        recipients = _recipients(session, in_range)
        anchor = _anchor(session, direction, start, end, [r.number for r in rows])
        office = session.scalars(select(Office).order_by(Office.id)).first()

    raw_entries = [
        (r, [], [], True)
        if r.id in hidden
        else (r, events.get(r.id, []), recipients.get(r.id, []), False)
        for r in rows
    ]
    entries = tuple(
        _masked(r) if masked else _entry(r, ev, rc) for r, ev, rc, masked in raw_entries
    )
    totals = RegisterTotals(
        entries=len(entries),
        cancelled=sum(e.cancelled for e in entries),
        corrected=sum(e.corrected for e in entries),
        pieces=sum(e.pieces for e in entries if not e.cancelled),
        masked=sum(e.masked for e in entries),
    )
    return RegisterReport(
        office_code=office.code if office else "",
        office_ar=office.name_ar if office else "",
        office_fr=office.name_fr if office else "",
        ministry_ar=(office.ministry_ar or "") if office else "",
        ministry_fr=(office.ministry_fr or "") if office else "",
        direction=direction,
        first_day=first_day,
        last_day=last_day,
        generated_at=to_local(now_utc()),
        entries=entries,
        totals=totals,
        audit_seq=anchor[0] if anchor else None,
        audit_hash=anchor[1] if anchor else None,
        content_sha256=_fingerprint(raw_entries),
    )


def _raise_empty(direction: Direction, first_day: date, last_day: date) -> None:
    kind = f"register_{direction.value}"
    if first_day == last_day:
        raise UserError("register_empty", kind=kind, day=first_day.isoformat())
    raise UserError(
        "register_empty_period", kind=kind, day=first_day.isoformat(), to=last_day.isoformat()
    )


_CORR = aliased(Correspondent)
_SERVICE = aliased(Service)
_CLERK = aliased(User)


def _entry_rows(session: Session, direction: Direction, start: datetime, end: datetime) -> list:  # type: ignore[type-arg]
    stmt = (
        select(
            MailEntry.id,
            MailEntry.number,
            MailEntry.registered_at,
            _CLERK.login,
            _CORR.name_arabic,
            _CORR.name_latin,
            MailEntry.letter_reference,
            MailEntry.letter_date,
            MailEntry.subject,
            _SERVICE.code.label("service_code"),
            _SERVICE.name_fr.label("service_fr"),
            _SERVICE.name_ar.label("service_ar"),
            MailEntry.pieces,
            MailEntry.observations,
            MailEntry.cancelled,
        )
        .join(_CLERK, _CLERK.id == MailEntry.registered_by_id)
        .outerjoin(_CORR, _CORR.id == MailEntry.correspondent_id)
        .outerjoin(_SERVICE, _SERVICE.id == MailEntry.service_id)
        .where(
            MailEntry.direction == direction.value,
            MailEntry.registered_at >= start,
            MailEntry.registered_at < end,
        )
        .order_by(MailEntry.year, MailEntry.seq)
    )
    return list(session.execute(stmt))


def _events(session: Session, in_range: Any) -> dict[int, list[Any]]:
    stmt = (
        select(
            MailEvent.mail_id,
            MailEvent.kind,
            MailEvent.at,
            MailEvent.reason,
            MailEvent.changes,
            User.login,
        )
        .join(User, User.id == MailEvent.user_id)
        .where(
            MailEvent.mail_id.in_(in_range),
            MailEvent.kind.in_([MailEventKind.CORRECTED.value, MailEventKind.CANCELLED.value]),
        )
        .order_by(MailEvent.id)
    )
    found: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(stmt):
        found[row.mail_id].append(row)
    return found


def _recipients(session: Session, in_range: Any) -> dict[int, list[str]]:
    stmt = (
        select(mail_recipients.c.mail_id, Correspondent.name_arabic, Correspondent.name_latin)
        .join(Correspondent, Correspondent.id == mail_recipients.c.correspondent_id)
        .where(mail_recipients.c.mail_id.in_(in_range))
        .order_by(mail_recipients.c.mail_id, Correspondent.id)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for mail_id, name_ar, name_latin in session.execute(stmt):
        found[mail_id].append(display_name(name_ar, name_latin))
    return found


def _anchor(
    session: Session, direction: Direction, start: datetime, end: datetime, numbers: list[str]
) -> tuple[int, str] | None:
    """The seq and hash of the last registration, correction or cancellation of ``numbers``.

    One pass over the audit rows with a hashed look-up of the numbers. On PostgreSQL the
    numbers go as one array parameter: written as ``IN (SELECT ...)``, a planner without
    fresh statistics (a day just bulk-registered) chose a nested loop that took seconds.
    SQLite builds a temporary index from the sub-query itself, and has a bound-parameter limit.
    """
    if session.get_bind().dialect.name == "postgresql":
        among = AuditEvent.entity_id == any_(
            bindparam("numbers", numbers, type_=postgresql.ARRAY(String))
        )
    else:
        among = AuditEvent.entity_id.in_(
            select(MailEntry.number)
            .where(
                MailEntry.direction == direction.value,
                MailEntry.registered_at >= start,
                MailEntry.registered_at < end,
            )
            .scalar_subquery()
        )
    stmt = (
        select(AuditEvent.seq, AuditEvent.hash)
        .where(
            AuditEvent.entity_type == "mail",
            AuditEvent.action.in_(REGISTER_ACTIONS),
            among,
        )
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    row = session.execute(stmt).one_or_none()
    return (row.seq, row.hash) if row else None


def _entry(row: Any, events: list[Any], recipients: list[str]) -> RegisterEntry:
    return RegisterEntry(
        id=row.id,
        number=row.number,
        registered_at=to_local(row.registered_at),
        registered_by=row.login,
        correspondent_ar=row.name_arabic,
        correspondent_latin=row.name_latin,
        recipients=tuple(recipients),
        letter_reference=row.letter_reference,
        letter_date=row.letter_date,
        subject=row.subject,
        service_code=row.service_code,
        service_fr=row.service_fr,
        service_ar=row.service_ar,
        pieces=row.pieces,
        observations=row.observations,
        cancelled=bool(row.cancelled),
        events=tuple(_event(e) for e in events),
    )


def _masked(row: Any) -> RegisterEntry:
    """An entry outside the reader's reach: its number, time and clerk, and the mask."""
    return RegisterEntry(
        id=row.id,
        number=row.number,
        registered_at=to_local(row.registered_at),
        registered_by=row.login,
        correspondent_ar=None,
        correspondent_latin=None,
        recipients=(),
        letter_reference=None,
        letter_date=None,
        subject=MASKED,
        service_code=None,
        service_fr=None,
        service_ar=None,
        pieces=0,
        observations=None,
        cancelled=False,
        events=(),
        masked=True,
    )


def _event(row: Any) -> EntryEvent:
    changes = json.loads(row.changes) if row.changes else {}
    return EntryEvent(
        kind=row.kind,
        at=to_local(row.at),
        user=row.login,
        reason=row.reason or "",
        changes=tuple(
            Change(field, printable(field, old), printable(field, new))
            for field, (old, new) in changes.items()
        ),
    )


def printable(field: str, value: Any) -> str:
    """A stored value of ``field`` as the register prints it."""
    if value is None or value == "":
        return EMPTY_VALUE
    if field in ("mail_type", "channel", "priority") and str(value) in LABELS:
        names = LABELS[str(value)]
        return f"{names['fr']} / {names['ar']}"
    if field == "confidential":
        return "Oui / نعم" if value else "Non / لا"
    if field == "received_at":
        try:
            return f"{to_local(datetime.fromisoformat(str(value))):%Y-%m-%d %H:%M}"
        except ValueError:
            return str(value)
    return str(value)


def _fingerprint(raw: list[tuple[Any, list[Any], list[str], bool]]) -> str:
    """SHA-256 of what the register prints, as stored (UTC times, raw values); a masked entry
    by its number, time and mask only."""

    def instant(moment: datetime) -> str:
        return moment.isoformat(timespec="microseconds")

    data = [
        {"number": row.number, "registered_at": instant(row.registered_at), "masked": True}
        if masked
        else {
            "number": row.number,
            "registered_at": instant(row.registered_at),
            "correspondent": [row.name_arabic, row.name_latin],
            "recipients": recipients,
            "letter_reference": row.letter_reference,
            "letter_date": row.letter_date.isoformat() if row.letter_date else None,
            "subject": row.subject,
            "service": row.service_code,
            "pieces": row.pieces,
            "observations": row.observations,
            "cancelled": bool(row.cancelled),
            "events": [
                {
                    "kind": e.kind,
                    "at": instant(e.at),
                    "user": e.login,
                    "reason": e.reason,
                    "changes": json.loads(e.changes) if e.changes else None,
                }
                for e in events
            ],
        }
        for row, events, recipients, masked in raw
    ]
    return hashlib.sha256(audit.canonical_json({"entries": data}).encode("utf-8")).hexdigest()
