"""The office's mailboxes: where each is, how it is read, and its passwords in the keyring.

An account's settings are the office's, in the database (every desk of a shared office reads
the same mailboxes); its password never is: it lives in the OS keyring of the desk that reads
it, like the portal's secret, or comes from ``BO_MAILBOX_PASSWORD`` (and
``BO_MAILBOX_SMTP_PASSWORD``) for scripts. On a machine without a keyring the account is
saved all the same and the caller is told, in words, that the password was not kept.

Setting accounts up is an administrator's act, audited.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from datetime import datetime

from sqlalchemy import select

from app import secrets
from app.domain import entry
from app.domain.clock import now_utc
from app.errors import NotFound, UserError
from app.mailbox.imap import (
    DEFAULT_PORTS,
    NONE,
    SECURITIES,
    STARTTLS,
    TLS,
    Endpoint,
    MailboxError,
    check_endpoint,
)
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.store import audit
from app.store.database import Database
from app.store.models import MailboxAccount

DEFAULT_INTERVAL = 5  # minutes
MAX_INTERVAL = 24 * 60
DEFAULT_FOLDER = "INBOX"
DEFAULT_HANDLED = "Traités"
DEFAULT_ERROR = "Refusés"
SMTP_PORTS = {TLS: 465, STARTTLS: 587, NONE: 25}

PASSWORD_ENV = "BO_MAILBOX_PASSWORD"
SMTP_PASSWORD_ENV = "BO_MAILBOX_SMTP_PASSWORD"

_ADDRESS = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
_HOST = re.compile(r"^[A-Za-z0-9._:\[\]-]+$")


@dataclass(frozen=True)
class AccountSettings:
    """What an administrator sets for one mailbox."""

    name: str
    host: str
    login: str
    port: int | None = None  # the security's usual port when None
    security: str = TLS
    folder: str = DEFAULT_FOLDER
    handled_folder: str = DEFAULT_HANDLED
    error_folder: str = DEFAULT_ERROR
    ca_bundle: str | None = None
    interval_minutes: int = DEFAULT_INTERVAL
    enabled: bool = True
    ack_enabled: bool = False
    ack_from: str | None = None  # the acknowledgement's sender address
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: str | None = None
    smtp_login: str | None = None  # None: the IMAP login


@dataclass(frozen=True)
class Account:
    """A mailbox as saved, with how its last reading went. Plain data: crosses threads."""

    id: int
    office_id: int
    name: str
    host: str
    port: int
    security: str
    login: str
    folder: str
    handled_folder: str
    error_folder: str
    ca_bundle: str | None
    interval_minutes: int
    enabled: bool
    ack_enabled: bool
    ack_from: str | None
    smtp_host: str | None
    smtp_port: int | None
    smtp_security: str | None
    smtp_login: str | None
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_detail: str | None = None

    @property
    def endpoint(self) -> Endpoint:
        return Endpoint(self.host, self.port, self.security, self.ca_bundle)

    @property
    def smtp_endpoint(self) -> Endpoint | None:
        if not self.smtp_host:
            return None
        security = self.smtp_security or STARTTLS
        return Endpoint(
            self.smtp_host, self.smtp_port or SMTP_PORTS[security], security, self.ca_bundle
        )

    def settings(self) -> AccountSettings:
        names = {f.name for f in fields(AccountSettings)}
        return AccountSettings(**{n: getattr(self, n) for n in names})


def _view(row: MailboxAccount) -> Account:
    return Account(**{f.name: getattr(row, f.name) for f in fields(Account)})


def _folder(value: str | None, field: str) -> str:
    text = entry.sanitise(value or "", field)
    if not text:
        raise MailboxError("missing_field", field=field)
    if len(text) > 200 or '"' in text or "\\" in text:
        raise MailboxError("mailbox_bad_folder", folder=text[:200])
    return text


def check_address(value: str | None, field: str = "email") -> str:
    text = (value or "").strip()
    if not _ADDRESS.match(text) or len(text) > entry.LIMITS["email"]:
        raise MailboxError("mailbox_bad_address", field=field, value=text[:200])
    return text


def _host(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise MailboxError("missing_field", field=field)
    if len(text) > 255 or not _HOST.match(text):
        raise MailboxError("mailbox_bad_host", host=text[:255])
    return text


def checked(settings: AccountSettings) -> AccountSettings:
    """The settings cleaned, or a :class:`MailboxError` naming what is wrong."""
    name = entry.required_text(settings.name, "mailbox-name")
    host = _host(settings.host, "host")
    login = (settings.login or "").strip()
    if not login:
        raise MailboxError("missing_field", field="login")
    if len(login) > 255 or entry.undecodable(login) or any(ord(c) < 32 for c in login):
        raise MailboxError("mailbox_bad_login")
    if settings.security not in SECURITIES:
        raise MailboxError("mailbox_bad_security", value=settings.security)
    port = settings.port or DEFAULT_PORTS[settings.security]
    check_endpoint(Endpoint(host, port, settings.security))
    if not 1 <= settings.interval_minutes <= MAX_INTERVAL:
        raise MailboxError("mailbox_bad_interval", maximum=MAX_INTERVAL)
    folders = {
        "folder": _folder(settings.folder, "folder"),
        "handled_folder": _folder(settings.handled_folder, "handled-folder"),
        "error_folder": _folder(settings.error_folder, "error-folder"),
    }
    if len(set(folders.values())) < 3:
        raise MailboxError("mailbox_same_folders")
    ca_bundle = (settings.ca_bundle or "").strip() or None
    if ca_bundle and not os.path.isfile(ca_bundle):
        raise MailboxError("mailbox_bad_ca_bundle", path=ca_bundle, detail="")
    smtp: dict[str, object] = {
        "smtp_host": None,
        "smtp_port": None,
        "smtp_security": None,
        "smtp_login": None,
    }
    ack_from = None
    if settings.ack_enabled or settings.smtp_host:
        smtp_security = settings.smtp_security or STARTTLS
        if smtp_security not in SECURITIES:
            raise MailboxError("mailbox_bad_security", value=smtp_security)
        smtp_host = _host(settings.smtp_host, "smtp-host")
        smtp_port = settings.smtp_port or SMTP_PORTS[smtp_security]
        check_endpoint(Endpoint(smtp_host, smtp_port, smtp_security))
        smtp_login = (settings.smtp_login or "").strip() or None
        smtp = {
            "smtp_host": smtp_host,
            "smtp_port": smtp_port,
            "smtp_security": smtp_security,
            "smtp_login": smtp_login,
        }
        ack_from = check_address(settings.ack_from or login, "ack-from")
    return replace(
        settings,
        name=name,
        host=host,
        login=login,
        port=port,
        ca_bundle=ca_bundle,
        ack_from=ack_from,
        **folders,  # type: ignore[arg-type]
        **smtp,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Saved:
    """An account saved; ``keyring_error`` if a password given could not be kept."""

    account: Account
    keyring_error: UserError | None = None


def save(
    db: Database,
    actor: Actor,
    settings: AccountSettings,
    *,
    password: str | None = None,
    smtp_password: str | None = None,
    existing: str | None = None,
) -> Saved:
    """Add an account, or change the one named ``existing``; keep the passwords given."""
    require(actor.role, Action.MANAGE_ORGANISATION)
    settings = checked(settings)
    now = now_utc()
    with db.write() as session:
        rows = session.scalars(
            select(MailboxAccount).where(MailboxAccount.office_id == actor.office_id)
        ).all()
        by_name = {r.name: r for r in rows}
        if existing is None:
            if settings.name in by_name:
                raise MailboxError("mailbox_account_exists", name=settings.name)
            row = MailboxAccount(office_id=actor.office_id, created_at=now)
            session.add(row)
        else:
            found = by_name.get(existing)
            if found is None:
                raise NotFound("mailbox_unknown_account", name=existing)
            if settings.name != existing and settings.name in by_name:
                raise MailboxError("mailbox_account_exists", name=settings.name)
            row = found
        for f in fields(AccountSettings):
            setattr(row, f.name, getattr(settings, f.name))
        session.flush()
        account = _view(row)
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "mailbox.account_saved" if existing else "mailbox.account_added",
                    "mailbox",
                    settings.name,
                    {
                        "host": account.host,
                        "port": account.port,
                        "security": account.security,
                        "login": account.login,
                        "folder": account.folder,
                        "ack": account.ack_enabled,
                    },
                )
            ],
        )
    problem = None
    try:
        if password:
            secrets.store_mailbox_password(
                "imap", account.host, account.port, account.login, password
            )
        smtp = account.smtp_endpoint
        if smtp is not None and smtp_password:
            secrets.store_mailbox_password(
                "smtp", smtp.host, smtp.port, account.smtp_login or account.login, smtp_password
            )
    except UserError as exc:
        problem = exc
    return Saved(account, problem)


def accounts(db: Database, office_id: int) -> list[Account]:
    with db.read() as session:
        rows = session.scalars(
            select(MailboxAccount)
            .where(MailboxAccount.office_id == office_id)
            .order_by(MailboxAccount.name)
        ).all()
        return [_view(r) for r in rows]


def account(db: Database, office_id: int, name: str) -> Account:
    with db.read() as session:
        row = session.scalars(
            select(MailboxAccount).where(
                MailboxAccount.office_id == office_id, MailboxAccount.name == name
            )
        ).one_or_none()
        if row is None:
            raise NotFound("mailbox_unknown_account", name=name)
        return _view(row)


def account_by_id(db: Database, account_id: int) -> Account:
    with db.read() as session:
        row = session.get(MailboxAccount, account_id)
        if row is None:
            raise NotFound("mailbox_unknown_account", name=str(account_id))
        return _view(row)


def imap_password(acc: Account) -> str:
    """The IMAP password: ``BO_MAILBOX_PASSWORD`` for scripts, else the keyring's."""
    value = os.environ.get(PASSWORD_ENV) or secrets.mailbox_password(
        "imap", acc.host, acc.port, acc.login
    )
    if not value:
        raise MailboxError("mailbox_no_password", name=acc.name, env=PASSWORD_ENV)
    return value


def smtp_password(acc: Account) -> str | None:
    """The SMTP password (None: send without logging in, the server relays for the office)."""
    smtp = acc.smtp_endpoint
    if smtp is None:
        return None
    login = acc.smtp_login or acc.login
    value = os.environ.get(SMTP_PASSWORD_ENV) or secrets.mailbox_password(
        "smtp", smtp.host, smtp.port, login
    )
    if value:
        return value
    if login == acc.login:
        try:
            return imap_password(acc)  # the mailbox's own account sends too
        except MailboxError:
            return None
    return None
