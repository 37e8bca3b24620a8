"""Secrets: the PostgreSQL password, the portal's client secret.

A database URL is stored without its password (in the user's settings, in scripts); the
password lives in the operating system's keyring under the URL it belongs to, and so does the
portal's secret. On a computer without a keyring (a plain Linux session, a terminal server)
each can be kept instead in the application's encrypted secrets file
(:mod:`app.secret_file`), protected by a password of its own: storing takes that password
(``file_password``) when the keyring is missing, and refuses with a message in the user's
language (never the keyring's own English) when none is given. Reading looks in the keyring,
then in the file (which must have been unlocked, or ``BO_SECRETS_PASSWORD`` set). Scripts may
still give the database password in ``BO_DATABASE_URL`` and the portal's credentials in
``BO_PORTAL_CLIENT_ID`` / ``BO_PORTAL_CLIENT_SECRET``.
"""

from __future__ import annotations

import logging
import os
from typing import Literal

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import UserError
from app.secret_file import ENV_PASSWORD, SecretFile

SERVICE = "bureau-ordre"
_PROBE = "probe:keyring"
log = logging.getLogger(__name__)
Where = Literal["keyring", "file"]


def keyring_available() -> bool:
    """Whether this computer has a keyring the application can use (asked of the keyring;
    a worker's question: a desktop keyring may take a moment to answer)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.get_password(SERVICE, _PROBE)
    except KeyringError:
        return False
    return True


def _store(entry: str, secret: str, *, file_password: str | None, refused: str) -> Where:
    """Keep ``secret`` in the keyring, else in the secrets file (with ``file_password``, or
    already unlocked), else refuse with the message ``refused``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, entry, secret)
        return "keyring"
    except KeyringError as exc:
        log.info("no keyring to keep %s: %s", entry.split(":", 1)[0], exc)
    file = SecretFile()
    file_password = file_password or os.environ.get(ENV_PASSWORD) or None
    if file_password is None and not file.unlocked:
        raise UserError(refused)
    file.put(entry, secret, password=file_password)
    return "file"


def _lookup(entry: str) -> str | None:
    """The secret from the keyring, else from the secrets file; raises ``secret_file_locked``
    when only the locked file holds it."""
    import keyring
    from keyring.errors import KeyringError

    try:
        found = keyring.get_password(SERVICE, entry)
    except KeyringError:
        found = None
    return found if found is not None else SecretFile().get(entry)


def _bare(url: URL) -> str:
    # URL.set(password=None) would keep the password: None means "unchanged" there.
    without = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return without.render_as_string(hide_password=False)


def _entry(url: URL) -> str:
    """The keyring entry of a database URL: the URL itself, without its password."""
    return "db:" + _bare(url)


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise UserError("db_bad_url", url=url) from exc


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (``None`` if there was none)."""
    parsed = _parse(url)
    password = parsed.password
    return _bare(parsed), (str(password) if password is not None else None)


def store_database_password(url: str, password: str, *, file_password: str | None = None) -> Where:
    """Keep ``password`` for the database ``url`` (given with or without a password): in the
    keyring, or in the secrets file protected by ``file_password``. Where it went."""
    return _store(
        _entry(_parse(url)), password, file_password=file_password, refused="keyring_unavailable"
    )


def database_password_locked(url: str) -> bool:
    """Whether opening ``url`` needs the secrets file unlocked first (its password is there,
    not in the keyring, and the file is locked)."""
    parsed = _parse(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return False
    file = SecretFile()
    if file.unlocked or not file.holds(_entry(parsed)):
        return False
    try:
        _lookup(_entry(parsed))
    except UserError:
        return True
    return False


def with_password(url: str) -> str:
    """``url`` completed with its password from the keyring or the secrets file, if it has
    none and one is kept.

    SQLite URLs and URLs that carry a password are returned as they are; a missing keyring
    or entry leaves the URL as it is (the server may not need a password: peer, trust). A
    password kept only in the locked secrets file raises ``secret_file_locked``.
    """
    parsed = _parse(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return url
    password = _lookup(_entry(parsed))
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def _portal_entry(url: str, client_id: str) -> str:
    return f"portal:{url.rstrip('/')}:{client_id}"


def store_portal_secret(
    url: str, client_id: str, secret: str, *, file_password: str | None = None
) -> Where:
    """Keep the portal's client secret for ``client_id`` at ``url``: in the keyring, or in
    the secrets file protected by ``file_password``. Where it went."""
    return _store(
        _portal_entry(url, client_id),
        secret,
        file_password=file_password,
        refused="portal_keyring_unavailable",
    )


def portal_secret(url: str, client_id: str) -> str | None:
    """The kept client secret, or ``None`` (no entry anywhere); raises
    ``secret_file_locked`` when only the locked secrets file holds it."""
    return _lookup(_portal_entry(url, client_id))


def portal_secret_kept(url: str, client_id: str) -> bool:
    """Whether a secret is kept for them, in the keyring or the file (locked or not)."""
    entry = _portal_entry(url, client_id)
    if SecretFile().holds(entry):
        return True
    try:
        return _lookup(entry) is not None
    except UserError:
        return True


def _mailbox_entry(kind: str, host: str, port: int, login: str) -> str:
    return f"mailbox:{kind}:{host.lower()}:{port}:{login}"


def store_mailbox_password(kind: str, host: str, port: int, login: str, password: str) -> None:
    """Keep the password of a mailbox's ``kind`` ("imap" or "smtp") server for ``login``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _mailbox_entry(kind, host, port, login), password)
    except KeyringError as exc:
        detail = str(exc) or type(exc).__name__
        raise UserError("mailbox_keyring_unavailable", detail=detail) from exc


def mailbox_password(kind: str, host: str, port: int, login: str) -> str | None:
    """The kept password, or ``None`` (no keyring, no entry)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _mailbox_entry(kind, host, port, login))
    except KeyringError:
        return None
