"""The schema, as typed SQLAlchemy mappings. Alembic migrations create it; never ``create_all``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.store.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Office(Base):
    """A bureau d'ordre: the unit that owns a register and its number sequences."""

    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_ar: Mapped[str] = mapped_column(String(300))
    name_fr: Mapped[str] = mapped_column(String(300))
    ministry_ar: Mapped[str | None] = mapped_column(String(300))
    ministry_fr: Mapped[str | None] = mapped_column(String(300))
    number_format: Mapped[str] = mapped_column(String(100))
    attachment_max_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Service(Base):
    """A direction, division or service; ``parent_id`` builds the hierarchy."""

    __tablename__ = "services"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    code: Mapped[str] = mapped_column(String(32))
    name_ar: Mapped[str] = mapped_column(String(300))
    name_fr: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Service | None] = relationship(remote_side=[id])


user_services = Table(
    "user_services",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("service_id", ForeignKey("services.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    services: Mapped[list[Service]] = relationship(secondary=user_services)


class Correspondent(Base):
    """A person or organisation that writes to the office or is written to."""

    __tablename__ = "correspondents"
    __table_args__ = (
        CheckConstraint("name_latin IS NOT NULL OR name_arabic IS NOT NULL", name="has_name"),
        Index("ix_correspondents_key_latin", "key_latin"),
        Index("ix_correspondents_key_arabic", "key_arabic"),
        Index("ix_correspondents_identifier", "identifier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    kind: Mapped[str] = mapped_column(String(16))
    name_latin: Mapped[str | None] = mapped_column(String(300))
    name_arabic: Mapped[str | None] = mapped_column(String(300))
    key_latin: Mapped[str | None] = mapped_column(String(300))
    key_arabic: Mapped[str | None] = mapped_column(String(300))
    identifier_type: Mapped[str | None] = mapped_column(String(16))
    identifier: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


mail_recipients = Table(
    "mail_recipients",
    Base.metadata,
    Column("mail_id", ForeignKey("mail_entries.id"), primary_key=True),
    Column("correspondent_id", ForeignKey("correspondents.id"), primary_key=True),
)


class MailEntry(Base):
    """One line of the register. Number, registration time and clerk never change."""

    __tablename__ = "mail_entries"
    __table_args__ = (
        UniqueConstraint("office_id", "direction", "year", "seq", name="uq_mail_entries_sequence"),
        Index("ix_mail_entries_registered_at", "registered_at"),
        Index("ix_mail_entries_direction_registered_at", "direction", "registered_at"),
        Index("ix_mail_entries_service_id_id", "service_id", "id"),
        CheckConstraint("pieces >= 0", name="pieces_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    direction: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    letter_date: Mapped[date | None] = mapped_column(Date)
    letter_reference: Mapped[str | None] = mapped_column(String(200))
    correspondent_id: Mapped[int | None] = mapped_column(ForeignKey("correspondents.id"))
    subject: Mapped[str] = mapped_column(Text)
    mail_type: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    pieces: Mapped[int] = mapped_column(Integer, default=1)
    observations: Mapped[str | None] = mapped_column(Text)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"))
    external_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    answers_id: Mapped[int | None] = mapped_column(ForeignKey("mail_entries.id"))
    status: Mapped[str] = mapped_column(String(16))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    correspondent: Mapped[Correspondent | None] = relationship()
    recipients: Mapped[list[Correspondent]] = relationship(secondary=mail_recipients)
    service: Mapped[Service | None] = relationship()
    registered_by: Mapped[User] = relationship()
    answers: Mapped[MailEntry | None] = relationship(remote_side=[id])
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="mail", order_by="Attachment.id"
    )
    events: Mapped[list[MailEvent]] = relationship(order_by="MailEvent.id")


class MailSearch(Base):
    """A mail's words as search reads them: folded (:mod:`app.search.document`), per part.

    The full-text index is built over this table: an FTS5 table reading it on SQLite
    (``mail_fts``, kept current by triggers), a GIN index over a generated ``words`` tsvector
    on PostgreSQL. ``attachments`` holds the folded text read from the mail's files.
    """

    __tablename__ = "mail_search"

    mail_id: Mapped[int] = mapped_column(
        ForeignKey("mail_entries.id"), primary_key=True, autoincrement=False
    )
    subject: Mapped[str] = mapped_column(Text, default="")
    correspondent: Mapped[str] = mapped_column(Text, default="")
    other: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[str] = mapped_column(Text, default="")


class MailEvent(Base):
    """What happened to a mail after it was registered: corrected (old and new values), cancelled...

    The registration itself is the entry's own row (number, time, clerk), not an event here.
    """

    __tablename__ = "mail_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[str | None] = mapped_column(Text)  # canonical JSON {field: [old, new]}

    user: Mapped[User] = relationship()


class NumberCounter(Base):
    """The last number given, per office, direction and year. Locked by the registering txn."""

    __tablename__ = "number_counters"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    direction: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Blob(Base):
    """File content, addressed by its SHA-256 and stored in chunks."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    chunk_count: Mapped[int] = mapped_column(Integer)


class BlobChunk(Base):
    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    mail: Mapped[MailEntry] = relationship(back_populates="attachments")


class AuditEvent(Base):
    """Append-only, hash-chained record of every change. ``seq`` has no gaps."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, hashed as written
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the chain's last sequence number and hash. Its row lock orders appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Assignment(Base):
    """A mail sent to a service (main "attribution" or copy "information"), maybe to an agent.

    ``state``: active, then reassigned (a newer row took over, ``previous_id`` points back),
    returned (sent back to the bureau d'ordre) or done (the mail was closed).
    """

    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("kind IN ('main', 'copy')", name="kind"),
        CheckConstraint("state IN ('active', 'reassigned', 'returned', 'done')", name="state"),
        Index("ix_assignments_mail_id", "mail_id"),
        Index("ix_assignments_service_state", "service_id", "state"),
        Index("ix_assignments_agent_state", "agent_id", "state"),
        Index("ix_assignments_service_id_mail_id", "service_id", "mail_id"),
        Index("ix_assignments_agent_id_mail_id", "agent_id", "mail_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    kind: Mapped[str] = mapped_column(String(16))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    instructions: Mapped[str | None] = mapped_column(Text)  # canonical JSON list of codes
    note: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    assigned_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"))

    service: Mapped[Service] = relationship()
    agent: Mapped[User | None] = relationship(foreign_keys=[agent_id])
    assigned_by: Mapped[User] = relationship(foreign_keys=[assigned_by_id])


class Instruction(Base):
    """The office's editable list of instructions (pour suite à donner, pour avis...)."""

    __tablename__ = "instructions"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_fr: Mapped[str] = mapped_column(String(200))
    label_ar: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DeadlineSetting(Base):
    """Default days to treat a mail, per priority."""

    __tablename__ = "deadline_settings"
    __table_args__ = (CheckConstraint("days > 0", name="days_positive"),)

    priority: Mapped[str] = mapped_column(String(16), primary_key=True)
    days: Mapped[int] = mapped_column(Integer)


class MailAnswer(Base):
    """An incoming (or internal) mail answered by an outgoing one."""

    __tablename__ = "mail_answers"
    __table_args__ = (Index("ix_mail_answers_answer_id", "answer_id"),)

    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"), primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"), primary_key=True)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class TrayItem(Base):
    """A captured document waiting in the "to be sorted" tray, or how it left it.

    ``reason``: why it was not attached by itself (see :mod:`app.capture.matching`).
    ``state``: waiting, attached (to ``mail_id``) or discarded.
    """

    __tablename__ = "capture_tray"
    __table_args__ = (
        CheckConstraint("state IN ('waiting', 'attached', 'discarded')", name="state"),
        Index("ix_capture_tray_office_state", "office_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    barcode: Mapped[str | None] = mapped_column(String(200))
    origin: Mapped[str | None] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mail_entries.id"))
    note: Mapped[str | None] = mapped_column(Text)


class AttachmentText(Base):
    """The text of an attachment, for search: its own PDF text, or what OCR read.

    Read by the search index through :mod:`app.capture.texts`. ``folded`` is ``text`` folded
    the way search folds (:func:`app.domain.text.fold`).
    """

    __tablename__ = "attachment_texts"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'done', 'failed')", name="status"),
        Index("ix_attachment_texts_status", "status"),
    )

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    folded: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(String(500))
    searchable_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PortalLink(Base):
    """The office's connection to the portal and where its sync stands (see migration 0007)."""

    __tablename__ = "portal_links"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    client_id: Mapped[str] = mapped_column(String(200))
    ca_bundle: Mapped[str | None] = mapped_column(String(1000))
    interval_minutes: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean)
    cursor: Mapped[str | None] = mapped_column(String(500))
    portal_office_code: Mapped[str | None] = mapped_column(String(64))
    status_mark: Mapped[int] = mapped_column(Integer)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_detail: Mapped[str | None] = mapped_column(Text)
    directory: Mapped[str | None] = mapped_column(Text)  # JSON list of offices
    directory_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PortalDeposit(Base):
    """A deposit read from the portal's feed: registered as a mail, or quarantined with why."""

    __tablename__ = "portal_deposits"
    __table_args__ = (
        UniqueConstraint("office_id", "deposit_id"),
        CheckConstraint("state IN ('registered', 'quarantined', 'discarded')", name="state"),
        Index("ix_portal_deposits_mail", "mail_id"),
        Index("ix_portal_deposits_state", "office_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    deposit_id: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mail_entries.id"))
    payload: Mapped[str] = mapped_column(Text)  # the deposit as the feed gave it (JSON)
    reason: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    receipt_id: Mapped[str | None] = mapped_column(String(100))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PortalOutboxItem(Base):
    """An operation for the portal, sent (and re-sent) under its idempotency key until done."""

    __tablename__ = "portal_outbox"
    __table_args__ = (
        UniqueConstraint("office_id", "idem_key"),
        CheckConstraint("kind IN ('ack', 'status', 'send')", name="kind"),
        CheckConstraint("state IN ('pending', 'done', 'failed')", name="state"),
        Index("ix_portal_outbox_state", "office_id", "state"),
        Index("ix_portal_outbox_mail", "mail_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    kind: Mapped[str] = mapped_column(String(16))
    idem_key: Mapped[str] = mapped_column(String(200))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mail_entries.id"))
    deposit_id: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_detail: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)  # JSON: the portal's answer


class PortalLogEntry(Base):
    """One line of the sync log: a message code and its parameters, shown translated."""

    __tablename__ = "portal_log"
    __table_args__ = (Index("ix_portal_log_office", "office_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    level: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    params: Mapped[str] = mapped_column(Text)  # JSON


class ReturnReceipt(Base):
    """A registered letter's acknowledgement of receipt (accusé de réception, الإشعار بالتسلم).

    Its number is given at registration (or when it comes back); ``returned_on`` is the day the
    signed AR came back to the office, recorded later with who recorded it (see migration 0016).
    """

    __tablename__ = "return_receipts"

    mail_id: Mapped[int] = mapped_column(
        ForeignKey("mail_entries.id"), primary_key=True, autoincrement=False
    )
    ar_number: Mapped[str | None] = mapped_column(String(64))
    returned_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Delivery(Base):
    """A handing-over of mail to a service against the delivery book (cahier de transmission):
    who handed it, when, for which days' book; the mails are its :class:`DeliveryItem` rows."""

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_service_handed_at", "service_id", "handed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    handed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    handed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    receiver: Mapped[str | None] = mapped_column(String(200))


class DeliveryItem(Base):
    """One mail of a :class:`Delivery`; ``kind`` main (attribution) or copy (information)."""

    __tablename__ = "delivery_items"
    __table_args__ = (
        CheckConstraint("kind IN ('main', 'copy')", name="kind"),
        Index("ix_delivery_items_mail_id", "mail_id"),
    )

    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))


class TrustedRoot(Base):
    """A certification authority whose signatures the office trusts (migration 0019)."""

    __tablename__ = "signature_trusted_roots"
    __table_args__ = (
        UniqueConstraint("office_id", "fingerprint", name="uq_signature_trusted_roots_office_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the DER, hex
    subject: Mapped[str] = mapped_column(Text)
    not_after: Mapped[datetime | None] = mapped_column(UTCDateTime)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SignatureSettings(Base):
    """The office's timestamp service (none: B-B signatures)."""

    __tablename__ = "signature_settings"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    timestamp_url: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MailboxAccount(Base):
    """An e-mail account the office reads as a channel of arrivée (see migration 0020).

    The password is never here: it lives in the OS keyring of the desk that reads the account
    (:mod:`app.secrets`). ``security``: ``tls`` (IMAPS), ``starttls``, or ``none`` (loopback
    only). The acknowledgement by e-mail, when ``ack_enabled``, leaves through ``smtp_*``.
    """

    __tablename__ = "mailbox_accounts"
    __table_args__ = (
        UniqueConstraint("office_id", "name"),
        CheckConstraint("security IN ('tls', 'starttls', 'none')", name="security"),
        CheckConstraint(
            "smtp_security IS NULL OR smtp_security IN ('tls', 'starttls', 'none')",
            name="smtp_security",
        ),
        CheckConstraint("port > 0 AND port < 65536", name="port"),
        CheckConstraint("interval_minutes > 0", name="interval"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    name: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(16))
    login: Mapped[str] = mapped_column(String(255))
    folder: Mapped[str] = mapped_column(String(200))
    handled_folder: Mapped[str] = mapped_column(String(200))
    error_folder: Mapped[str] = mapped_column(String(200))
    ca_bundle: Mapped[str | None] = mapped_column(String(1000))
    interval_minutes: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean)
    ack_enabled: Mapped[bool] = mapped_column(Boolean)
    ack_from: Mapped[str | None] = mapped_column(String(200))
    smtp_host: Mapped[str | None] = mapped_column(String(255))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    smtp_security: Mapped[str | None] = mapped_column(String(16))
    smtp_login: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_detail: Mapped[str | None] = mapped_column(Text)


class MailboxMessage(Base):
    """A message taken from a mailbox: waiting in the "to be registered" basket, or how it
    left it (registered as ``mail_id``, joined to ``mail_id``, discarded with ``reason``).

    Kept whole: ``raw_sha256`` is the .eml as the server gave it (a blob). A message is taken
    once per office: ``message_key`` (the SHA-256 of its Message-ID) and ``content_key`` (of
    its sender, recipients, date, subject and body) are each unique.
    """

    __tablename__ = "mailbox_messages"
    __table_args__ = (
        UniqueConstraint("office_id", "message_key", name="uq_mailbox_messages_message_key"),
        UniqueConstraint("office_id", "content_key", name="uq_mailbox_messages_content_key"),
        CheckConstraint("state IN ('waiting', 'registered', 'joined', 'discarded')", name="state"),
        Index("ix_mailbox_messages_office_state", "office_id", "state", "id"),
        Index("ix_mailbox_messages_mail", "mail_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("mailbox_accounts.id"))
    folder: Mapped[str] = mapped_column(String(200))
    uid: Mapped[int | None] = mapped_column(Integer)
    message_key: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(Text)
    content_key: Mapped[str] = mapped_column(String(64))
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    size: Mapped[int] = mapped_column(Integer)
    from_name: Mapped[str | None] = mapped_column(String(300))
    from_address: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    html_only: Mapped[bool] = mapped_column(Boolean)
    parts: Mapped[str] = mapped_column(Text)  # JSON: the attachments (name, type, size, kind)
    defects: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mail_entries.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class MailboxOutboxItem(Base):
    """An acknowledgement owed by e-mail to a message's sender, sent (and re-sent) until done.

    Written in the registering transaction; one per message. ``state``: pending (with the
    time of the next attempt), sent, or failed (given up after many attempts: shown, and sent
    again on demand).
    """

    __tablename__ = "mailbox_outbox"
    __table_args__ = (
        UniqueConstraint("message_id"),
        CheckConstraint("state IN ('pending', 'sent', 'failed')", name="state"),
        Index("ix_mailbox_outbox_due", "office_id", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("mailbox_accounts.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("mailbox_messages.id"))
    mail_id: Mapped[int] = mapped_column(ForeignKey("mail_entries.id"))
    to_address: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_detail: Mapped[str | None] = mapped_column(Text)


class MailboxLogEntry(Base):
    """One line of the mailboxes' log: a message code and its parameters, shown translated."""

    __tablename__ = "mailbox_log"
    __table_args__ = (Index("ix_mailbox_log_office", "office_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("mailbox_accounts.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    level: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    params: Mapped[str] = mapped_column(Text)  # JSON
