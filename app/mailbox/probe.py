"""The connection test: can this desk read the mailbox, and send its acknowledgements?

Run from the settings before saving (with the password just typed) or on a saved account. It
connects, logs in, looks for the three folders and, when acknowledgements are on, connects to
the SMTP server and logs in there too (nothing is sent). What fails is a
:class:`~app.mailbox.imap.MailboxError` saying what is wrong in words: host not found,
connection refused, certificate expired or not trusted, login refused, folder missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.mailbox.accounts import AccountSettings, checked
from app.mailbox.imap import STARTTLS, Cancelled, Limits, MailboxError, connect, explain
from app.mailbox.imap import Endpoint as _Endpoint
from app.mailbox.smtp import opened


@dataclass(frozen=True)
class ProbeResult:
    messages: int  # in the folder read
    to_create: list[str] = field(default_factory=list)  # folders made at the first reading
    smtp_host: str | None = None  # reached and logged in, when acknowledgements are on


def probe(
    settings: AccountSettings,
    password: str,
    *,
    smtp_password: str | None = None,
    limits: Limits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ProbeResult:
    s = checked(settings)
    assert s.port is not None
    endpoint = _Endpoint(s.host, s.port, s.security, s.ca_bundle)
    conn = connect(endpoint, s.login, password, limits=limits, cancelled=cancelled)
    try:
        try:
            count = conn.open_folder(s.folder)
            missing = [f for f in (s.handled_folder, s.error_folder) if not conn.folder_exists(f)]
        except (MailboxError, Cancelled):
            raise
        except Exception as exc:
            raise explain(exc, endpoint) from exc
    finally:
        try:
            conn.arm(5.0, 64 * 1024)
            conn.logout()
        except Exception:
            conn.shutdown()
    smtp_host = None
    if s.ack_enabled and s.smtp_host:
        smtp = _Endpoint(s.smtp_host, s.smtp_port or 587, s.smtp_security or STARTTLS, s.ca_bundle)
        _smtp_login(smtp, s.smtp_login or s.login, smtp_password or password)
        smtp_host = smtp.host
    return ProbeResult(count, missing, smtp_host)


def _smtp_login(endpoint: _Endpoint, login: str, password: str | None) -> None:
    with opened(endpoint, login=login, password=password, seconds=30.0):
        pass
