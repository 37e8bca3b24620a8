"""Secrets kept in the operating system's keyring: the PostgreSQL password, later the portal's.

A database URL is stored without its password (in the user's settings, in scripts); the
password lives in the keyring under the URL it belongs to. On a machine without a keyring (a
headless Linux server) storing fails with a clear message; the password can still be given in
``BO_DATABASE_URL`` for scripts.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import UserError

SERVICE = "bureau-ordre"


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


def store_database_password(url: str, password: str) -> None:
    """Keep ``password`` for the database ``url`` (given with or without a password)."""
    import keyring  # imported when needed: it costs 50 ms at every start otherwise
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _entry(_parse(url)), password)
    except KeyringError as exc:
        raise UserError("keyring_unavailable", detail=str(exc) or type(exc).__name__) from exc


def with_password(url: str) -> str:
    """``url`` completed with its password from the keyring, if it has none and one is kept.

    SQLite URLs and URLs that carry a password are returned as they are; a missing keyring
    or entry leaves the URL as it is (the server may not need a password: peer, trust).
    """
    parsed = _parse(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, _entry(parsed))
    except KeyringError:
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def _portal_entry(url: str, client_id: str) -> str:
    return f"portal:{url.rstrip('/')}:{client_id}"


def store_portal_secret(url: str, client_id: str, secret: str) -> None:
    """Keep the portal's client secret for ``client_id`` at ``url``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _portal_entry(url, client_id), secret)
    except KeyringError as exc:
        detail = str(exc) or type(exc).__name__
        raise UserError("portal_keyring_unavailable", detail=detail) from exc


def portal_secret(url: str, client_id: str) -> str | None:
    """The kept client secret, or ``None`` (no keyring, no entry)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _portal_entry(url, client_id))
    except KeyringError:
        return None


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
