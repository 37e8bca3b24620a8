"""Sending by SMTP, bounded in time.

``smtplib`` bounds each socket operation; a server that answers a byte at a time would still
hold a send for ever. Here a timer shuts the socket at the session's deadline, which ends any
read or write in progress at once. TLS as for IMAP: implicit (``tls``) or STARTTLS, with the
certificate verified; plain only to a loopback host (:func:`app.mailbox.imap.check_endpoint`).
The password is used when one is given and the server offers to log in.
"""

from __future__ import annotations

import smtplib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from app.mailbox.imap import (
    STARTTLS,
    TLS,
    Endpoint,
    MailboxError,
    check_endpoint,
    explain,
    tls_context,
)

SECONDS = 60.0


class _Cut:
    """Shuts the client's socket once ``seconds`` have passed."""

    def __init__(self, client: smtplib.SMTP, seconds: float) -> None:
        self.client = client
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = getattr(self.client, "sock", None)
        if sock is not None:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass


@contextmanager
def opened(
    endpoint: Endpoint,
    *,
    login: str | None,
    password: str | None,
    seconds: float = SECONDS,
) -> Iterator[smtplib.SMTP]:
    """A session, logged in if a password is given; a :class:`MailboxError` that says why not.

    The whole session — connecting, TLS, logging in and what the block does — ends by
    ``seconds``."""
    check_endpoint(endpoint)
    timeout = min(seconds, 30.0)
    client: smtplib.SMTP
    if endpoint.security == TLS:
        client = smtplib.SMTP_SSL(timeout=timeout, context=tls_context(endpoint.ca_bundle))
    else:
        client = smtplib.SMTP(timeout=timeout)
    cut = _Cut(client, seconds)
    cut.timer.start()
    try:
        client.connect(endpoint.host, endpoint.port)
        client.ehlo_or_helo_if_needed()
        if endpoint.security == STARTTLS:
            if not client.has_extn("starttls"):
                raise MailboxError("mailbox_no_starttls", host=endpoint.host)
            client.starttls(context=tls_context(endpoint.ca_bundle))
            client.ehlo()
        if password and client.has_extn("auth"):
            client.login(login or "", password)
        yield client
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass
    except MailboxError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise MailboxError("mailbox_smtp_login_refused", login=login or "") from exc
    except Exception as exc:
        if cut.fired:
            raise MailboxError("mailbox_timeout", host=endpoint.host, port=endpoint.port) from exc
        if isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPResponseException):
            raise MailboxError("mailbox_smtp_refused", detail=_said(exc)) from exc
        if isinstance(exc, OSError):  # ssl.SSLError and smtplib's other errors included
            raise explain(exc, endpoint) from exc
        raise
    finally:
        cut.timer.cancel()
        try:
            client.close()
        except OSError:
            pass


def send(
    endpoint: Endpoint,
    message: EmailMessage,
    *,
    login: str | None,
    password: str | None,
    seconds: float = SECONDS,
) -> None:
    """Send ``message``; a :class:`MailboxError` that says why if it did not leave."""
    with opened(endpoint, login=login, password=password, seconds=seconds) as client:
        refused = client.send_message(message)
        if refused:
            raise MailboxError("mailbox_smtp_refused", detail=_said(Exception(refused)))


def _said(exc: BaseException) -> str:
    return str(exc)[:300] or type(exc).__name__
