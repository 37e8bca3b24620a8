"""A server that misbehaves on purpose: every reading still ends, within its deadline and its
memory, and what it could not take is set aside with the reason."""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from app.mailbox import accounts, basket, intake
from app.mailbox.accounts import AccountSettings
from app.mailbox.imap import Endpoint, Limits
from app.mailbox.smtp import send
from app.store.models import Office as OfficeRow
from tests.conftest import Office
from tests.support import mails
from tests.support.hostile_imap import HostileImap
from tests.support.keyrings import MemoryKeyring

FAST = Limits(connect_seconds=1.0, command_seconds=1.0, min_rate=10 * 1024 * 1024)
GENEROUS = 30.0  # far beyond the deadlines above: only an unbounded reading takes this long


def _account(office: Office, port: int) -> None:
    accounts.save(
        office.db,
        office.admin,
        AccountSettings(name="Hostile", host="127.0.0.1", port=port, security="none", login="bo"),
        password="secret",
    )


def _fetch(office: Office) -> intake.AccountReport:
    started = time.monotonic()
    report = intake.fetch(office.db, office.clerk, limits=FAST)
    assert time.monotonic() - started < GENEROUS
    (one,) = report.accounts
    return one


@pytest.mark.parametrize("behaviour", ["trickle", "silent"])
def test_a_server_that_trickles_or_says_nothing_is_left_at_the_deadline(
    office: Office, memory_keyring: MemoryKeyring, behaviour: str
) -> None:
    with HostileImap(behaviour) as server:
        _account(office, server.port)
        one = _fetch(office)
    assert one.error is not None and one.error.code == "mailbox_timeout"
    assert "ne répond pas à temps" in one.error.message("fr")


def test_a_flood_of_answers_is_cut_off(office: Office, memory_keyring: MemoryKeyring) -> None:
    with HostileImap("flood", {1: mails.french_letter()}) as server:
        _account(office, server.port)
        one = _fetch(office)
    assert one.error is not None and one.error.code == "mailbox_answer_too_big"


def test_a_terabyte_message_is_never_kept(office: Office, memory_keyring: MemoryKeyring) -> None:
    with HostileImap("huge", {1: mails.french_letter()}) as server:
        _account(office, server.port)
        tracemalloc.start()
        try:
            one = _fetch(office)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert one.error is not None and one.error.code == "mailbox_timeout"
    assert peak < 32 * 1024 * 1024, peak
    assert basket.pending(office.db, office.admin.office_id) == []


def test_a_message_larger_than_announced_goes_to_the_error_folder(
    office: Office, memory_keyring: MemoryKeyring
) -> None:
    with office.db.write() as session:
        session.execute(update(OfficeRow).values(attachment_max_bytes=64 * 1024))
    good, bad = mails.french_letter(), mails.arabic_letter()
    with HostileImap("", {1: good, 2: bad}, padding=0) as server:
        server.announced = {2: 500}  # says 500 bytes...
        server.messages[2] = bad + b" " * (128 * 1024)  # ...sends 130 KB
        _account(office, server.port)
        one = _fetch(office)
        assert one.error is None, one.error
        assert (one.taken, one.refused) == (1, 1)
        assert server.moved == {1: "Trait&AOk-s", 2: "Refus&AOk-s"}


@pytest.fixture
def slow_smtp() -> Iterator[int]:
    """An SMTP server that sends its greeting a byte every half second."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                for byte in b"220 slow.example ESMTP" * 100:
                    if stop.wait(0.5):
                        break
                    try:
                        conn.send(bytes([byte]))
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=10)
    listener.close()


def test_a_trickling_smtp_server_is_left_at_the_deadline(slow_smtp: int) -> None:
    from email.message import EmailMessage

    from app.mailbox.imap import MailboxError

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@b.ma", "c@d.ma", "x"
    started = time.monotonic()
    with pytest.raises(MailboxError) as caught:
        send(Endpoint("127.0.0.1", slow_smtp, "none"), msg, login=None, password=None, seconds=1)
    assert time.monotonic() - started < GENEROUS
    assert caught.value.code == "mailbox_timeout"
