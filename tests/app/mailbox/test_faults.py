"""Readings that fail: a wrong password, an expired certificate, the server stopped midway, two
desks at once. Afterwards every message is in the basket or still on the server, none twice."""

from __future__ import annotations

import threading
from collections import Counter

from app.mailbox import accounts, basket, intake, log, parse
from app.store.database import Database
from tests.conftest import Office
from tests.support import mails
from tests.support.dovecot import EXPIRED_HOST, Dovecot
from tests.support.keyrings import MemoryKeyring
from tests.support.mailboxes import Box, settings_for


def _ids_in_basket(office: Office) -> Counter[str]:
    found: Counter[str] = Counter()
    for p in basket.pending(office.db, office.admin.office_id):
        view = basket.message(office.db, office.admin.office_id, p.id)
        assert view.message_id is not None
        found[view.message_id] += 1
    return found


def _ids(raws: list[bytes]) -> Counter[str]:
    return Counter(parse.read_message(r).message_id or "" for r in raws)


def test_a_wrong_password_is_said_and_nothing_moves(
    office: Office, dovecot: Dovecot, memory_keyring: MemoryKeyring
) -> None:
    user = dovecot.new_user()
    dovecot.append(user, "INBOX", *mails.corpus(3))
    accounts.save(office.db, office.admin, settings_for(dovecot, user), password="faux")
    report = intake.fetch(office.db, office.clerk)
    (failed,) = report.errors
    assert failed.error is not None and failed.error.code == "mailbox_login_refused"
    assert user.login in failed.error.message("fr") and "رفض تسجيل الدخول" in failed.error.message(
        "ar"
    )
    assert len(dovecot.messages(user, "INBOX")) == 3
    assert basket.pending(office.db, office.admin.office_id) == []
    acc = accounts.account(office.db, office.admin.office_id, "Courrier")
    assert acc.last_error == "mailbox_login_refused" and acc.last_success_at is None
    assert [x.code for x in log.recent(office.db, office.admin.office_id)] == ["failed"]


def test_an_expired_certificate_is_refused_in_words(
    office: Office, dovecot: Dovecot, memory_keyring: MemoryKeyring
) -> None:
    user = dovecot.new_user()
    dovecot.append(user, "INBOX", *mails.corpus(2))
    accounts.save(
        office.db,
        office.admin,
        settings_for(dovecot, user, host=EXPIRED_HOST, port=dovecot.expired_port, security="tls"),
        password=user.password,
    )
    (failed,) = intake.fetch(office.db, office.clerk).errors
    assert failed.error is not None and failed.error.code == "mailbox_certificate_expired"
    assert "a expiré" in failed.error.message("fr")
    assert len(dovecot.messages(user, "INBOX")) == 2
    assert basket.pending(office.db, office.admin.office_id) == []


def test_the_server_stopped_midway_loses_nothing_and_doubles_nothing(
    office: Office, memory_keyring: MemoryKeyring
) -> None:
    server = Dovecot().start()  # its own: this test stops it
    try:
        user = server.new_user()
        sent = mails.corpus(3 * intake.BATCH_COUNT)
        server.append(user, "INBOX", *sent)
        accounts.save(office.db, office.admin, settings_for(server, user), password=user.password)

        def stop_after_the_first_batch(account: str, done: int, total: int) -> None:
            if done >= intake.BATCH_COUNT:
                server.stop()

        report = intake.fetch(office.db, office.clerk, progress=stop_after_the_first_batch)
        (failed,) = report.errors
        assert failed.error is not None
        assert failed.error.code in ("mailbox_connection_lost", "mailbox_connection_refused")
        assert 0 < report.taken < len(sent)
        server.start()
        in_basket = _ids_in_basket(office)
        on_server = _ids(server.messages(user, "INBOX"))
        assert max(in_basket.values()) == 1
        assert in_basket + on_server >= _ids(sent)  # each one somewhere
        assert set(in_basket) | set(on_server) == set(_ids(sent))

        again = intake.fetch(office.db, office.clerk)
        assert again.errors == []
        assert _ids_in_basket(office) == _ids(sent)  # all, once each
        assert server.messages(user, "INBOX") == []
        assert _ids(server.messages(user, "Traités")) == _ids(sent)
    finally:
        server.remove()


def test_two_desks_reading_at_once_take_each_message_once(
    office: Office, box: Box, db_url: str
) -> None:
    sent = mails.corpus(60)
    box.put(*sent)
    both_listed = threading.Barrier(2, timeout=120)
    reports: list[intake.FetchReport] = []
    problems: list[BaseException] = []

    def desk() -> None:
        db = Database(db_url)  # each desk its own connections
        listed = False

        def progress(account: str, done: int, total: int) -> None:
            nonlocal listed
            if not listed:  # both have listed the same messages before either takes one
                listed = True
                both_listed.wait()

        try:
            reports.append(intake.fetch(db, office.clerk, progress=progress))
        except BaseException as exc:  # noqa: BLE001 - reported to the test's thread
            problems.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert problems == []
    assert [r.errors for r in reports] == [[], []]
    assert sum(r.taken for r in reports) == len(sent)
    assert _ids_in_basket(office) == _ids(sent)
    assert box.folder("INBOX") == []
    assert _ids(box.folder("Traités")) == _ids(sent)


def test_a_password_missing_from_this_desk_is_said(
    office: Office, dovecot: Dovecot, memory_keyring: MemoryKeyring
) -> None:
    user = dovecot.new_user()
    accounts.save(office.db, office.admin, settings_for(dovecot, user))
    (failed,) = intake.fetch(office.db, office.clerk).errors
    assert failed.error is not None and failed.error.code == "mailbox_no_password"
    assert "BO_MAILBOX_PASSWORD" in failed.error.message("fr")
