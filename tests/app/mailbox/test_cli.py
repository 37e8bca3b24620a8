"""The mailbox commands as scripts use them: add, list, test, fetch, pending, show, register,
discard, join, outbox, log."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.app.cli.conftest import Cli, prepare
from tests.support import mails
from tests.support.dovecot import Dovecot, MailUser
from tests.support.keyrings import MemoryKeyring, NoKeyring


@pytest.fixture
def ready(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    return prepare(Cli(db_url, tmp_path / "data", capsys, monkeypatch))


def _add(cli: Cli, server: Dovecot, user: MailUser, *extra: str, **env: str):  # type: ignore[no-untyped-def]
    return cli(
        "mailbox",
        "add",
        "--name",
        "Courrier",
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--security",
        "starttls",
        "--login",
        user.login,
        "--ca-bundle",
        server.ca_path,
        *extra,
        **{"BO_MAILBOX_PASSWORD": user.password, **env},
    )


def test_a_mailbox_read_and_registered_from_the_command_line(
    ready: Cli, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    added = _add(ready, dovecot, mail_user, "--json")
    assert added.code == 0, added.err
    assert added.json["password_kept"] is True
    assert [a["name"] for a in ready("mailbox", "list", "--json").json] == ["Courrier"]

    tested = ready("mailbox", "test", "--json")
    assert tested.code == 0, tested.err
    assert tested.json[0]["ok"] and tested.json[0]["to_create"] == ["Traités", "Refusés"]

    dovecot.append(mail_user, "INBOX", mails.arabic_letter(), mails.french_letter())
    fetched = ready("mailbox", "fetch", "--json", BO_USER="fatima", BO_PASSWORD="fatima-2026")
    assert fetched.code == 0, fetched.err
    assert fetched.json["taken"] == 2

    pending = ready("mailbox", "pending", "--json", BO_USER="fatima", BO_PASSWORD="fatima-2026")
    waiting = pending.json
    assert {"id", "from", "subject", "received_at"} <= waiting[0].keys()
    by_from = {w["from"]: w for w in waiting}
    arabic = by_from["m.alaoui@exemple.ma"]
    assert arabic["subject"] == "طلب شهادة إدارية لفائدة السيد محمد العلوي"

    eml = tmp_path / "m.eml"
    shown = ready("mailbox", "show", str(arabic["id"]), "--json", "--eml", str(eml))
    assert shown.json["attachments"][0]["name"] == "طلب_شهادة.pdf"
    assert (
        email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["Subject"]
        == arabic["subject"]
    )

    registered = ready(
        "mailbox",
        "register",
        str(arabic["id"]),
        "--service",
        "RH",
        "--sender-fr",
        "Mohammed Alaoui",
        "--json",
        BO_USER="fatima",
        BO_PASSWORD="fatima-2026",
    )
    assert registered.code == 0, registered.err
    number = registered.json["number"]
    mail = ready("mail", "show", number, "--json").json
    assert mail["channel"] == "email" and mail["service"] == "RH"
    assert mail["correspondent"] == "محمد العلوي / Mohammed Alaoui"
    assert [a["name"] for a in mail["attachments"]] == [
        f"courriel-{arabic['id']}.pdf",
        "طلب_شهادة.pdf",
        f"message-{arabic['id']}.eml",
    ]
    # The same message cannot be registered twice.
    again = ready("mailbox", "register", str(arabic["id"]), "--service", "RH")
    assert again.code == 1 and "déjà été traité" in again.err

    french = by_from["fz.bennani@exemple.ma"]
    joined = ready("mailbox", "join", str(french["id"]), "--to", number, "--json")
    assert joined.code == 0, joined.err
    assert ready("mailbox", "pending", "--json").json == []
    log = ready("mailbox", "log", "--lang", "ar")
    assert "رسالة وصلت إلى السلة" in log.out


def test_refusals_and_mistakes_are_said_in_one_line(
    ready: Cli, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring
) -> None:
    plain = ready(
        "mailbox",
        "add",
        "--name",
        "Distant",
        "--host",
        "imap.exemple.ma",
        "--security",
        "none",
        "--login",
        "bo",
        BO_MAILBOX_PASSWORD="x",
    )
    assert plain.code == 1 and "non chiffrée" in plain.err and plain.err.count("\n") == 1
    assert _add(ready, dovecot, mail_user, "--folder", "Inexistant").code == 0
    tested = ready("mailbox", "test")
    assert tested.code == 1 and "« Inexistant » n'existe pas" in tested.err
    fetched = ready("mailbox", "fetch", "--lang", "ar")
    assert fetched.code == 1 and "المجلد «Inexistant» غير موجود" in fetched.err
    assert ready("mailbox", "register", "999", "--service", "RH").code == 1
    assert ready("mailbox", "discard", "999", "--reason", "x").code == 1
    denied = ready(
        "mailbox",
        "add",
        "--name",
        "X",
        "--host",
        "h",
        "--login",
        "l",
        BO_USER="fatima",
        BO_PASSWORD="fatima-2026",
        BO_MAILBOX_PASSWORD="x",
    )
    assert denied.code == 3


def test_without_a_keyring_the_account_is_kept_and_the_password_is_said_not_kept(
    ready: Cli, dovecot: Dovecot, mail_user: MailUser
) -> None:
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        added = _add(ready, dovecot, mail_user, "--json")
        assert added.code == 0
        assert added.json["password_kept"] is False
        assert "trousseau" in added.err and "BO_MAILBOX_PASSWORD" in added.err
        # Scripts give the password each time.
        dovecot.append(mail_user, "INBOX", mails.french_letter())
        assert ready("mailbox", "fetch").code == 1  # none kept, none given
        fetched = ready("mailbox", "fetch", "--json", BO_MAILBOX_PASSWORD=mail_user.password)
        assert fetched.code == 0 and fetched.json["taken"] == 1
    finally:
        keyring.set_keyring(previous)


def test_discard_from_the_command_line(
    ready: Cli, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring
) -> None:
    assert _add(ready, dovecot, mail_user).code == 0
    dovecot.append(mail_user, "INBOX", mails.html_only())
    assert ready("mailbox", "fetch").code == 0
    (waiting,) = ready("mailbox", "pending", "--json").json
    shown = ready("mailbox", "show", str(waiting["id"]))
    assert "Je conteste la facture" in shown.out and "<p>" not in shown.out
    done = ready("mailbox", "discard", str(waiting["id"]), "--reason", "Doublon papier")
    assert done.code == 0, done.err
    assert ready("mailbox", "pending", "--json").json == []


def test_the_basket_is_for_the_counter_and_the_administrator_only(
    ready: Cli, dovecot: Dovecot, mail_user: MailUser, memory_keyring: MemoryKeyring
) -> None:
    assert _add(ready, dovecot, mail_user).code == 0
    dovecot.append(mail_user, "INBOX", mails.french_letter())
    assert ready("mailbox", "fetch").code == 0
    (waiting,) = ready("mailbox", "pending", "--json").json
    added = ready(
        "user",
        "add",
        "--login",
        "youssef",
        "--name",
        "Youssef Tazi",
        "--role",
        "agent",
        "--service",
        "RH",
        BO_NEW_PASSWORD="youssef-2026",
    )
    assert added.code == 0, added.err
    agent = {"BO_USER": "youssef", "BO_PASSWORD": "youssef-2026"}
    for args in (
        ("list",),
        ("test",),
        ("fetch",),
        ("pending",),
        ("show", str(waiting["id"])),
        ("outbox",),
        ("log",),
        ("register", str(waiting["id"]), "--service", "RH"),
        ("discard", str(waiting["id"]), "--reason", "x"),
    ):
        denied = ready("mailbox", *args, **agent)
        assert denied.code == 3, (args, denied.out, denied.err)
        assert "Demande de congé" not in denied.out
    assert len(ready("mailbox", "pending", "--json").json) == 1  # still waiting
