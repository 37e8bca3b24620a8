"""Being told at once when mail arrives: IMAP IDLE on the folder read, on a thread of its own.

:func:`watch` keeps a connection open on an account's folder and calls ``on_news()`` each
time the server says a message came in; the caller then reads the mailboxes (on its own
worker: the watcher never stores anything). The wait is renewed every :data:`RENEW` seconds
(servers drop an IDLE after 30 minutes), a lost connection is opened again after a pause
that grows up to :data:`LONGEST_PAUSE`, and ``stop`` (an event) ends it within a quarter
second. A server without IDLE is simply not watched: the periodic reading covers it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.mailbox.accounts import Account, imap_password
from app.mailbox.imap import Cancelled, Limits, MailboxError, connect, explain

RENEW = 25 * 60.0
FIRST_PAUSE = 5.0
LONGEST_PAUSE = 300.0


def watch(
    account: Account,
    on_news: Callable[[], None],
    stop: threading.Event,
    *,
    on_error: Callable[[MailboxError], None] | None = None,
    renew: float = RENEW,
    limits: Limits | None = None,
) -> None:
    """Watch ``account``'s folder until ``stop`` is set (see the module)."""
    pause = FIRST_PAUSE
    while not stop.is_set():
        try:
            if not _watch_once(account, on_news, stop, renew, limits):
                return  # no IDLE here
            pause = FIRST_PAUSE
        except Cancelled:
            return
        except MailboxError as exc:
            if on_error is not None:
                on_error(exc)
            if stop.wait(pause):
                return
            pause = min(LONGEST_PAUSE, pause * 2)


def _watch_once(
    account: Account,
    on_news: Callable[[], None],
    stop: threading.Event,
    renew: float,
    limits: Limits | None,
) -> bool:
    conn = connect(
        account.endpoint,
        account.login,
        imap_password(account),
        limits=limits,
        cancelled=stop.is_set,
    )
    try:
        if "IDLE" not in conn.capabilities:
            return False
        conn.open_folder(account.folder)
        while not stop.is_set():
            if conn.wait_for_news(renew):
                on_news()
        return True
    except (MailboxError, Cancelled):
        raise
    except Exception as exc:
        raise explain(exc, account.endpoint) from exc
    finally:
        conn.shutdown()
