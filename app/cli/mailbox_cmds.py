"""mailbox: the office's e-mail accounts, reading them, and the "to be registered" basket.

    bureau-ordre mailbox add --name N --host H [--port P] [--security tls|starttls|none]
                             --login L [--folder F] [--handled-folder F] [--error-folder F]
                             [--ca-bundle PEM] [--interval MIN] [--disable]
                             [--ack --ack-from ADDR --smtp-host H [--smtp-port P]
                              [--smtp-security S] [--smtp-login L]]
                             (password: BO_MAILBOX_PASSWORD or a prompt, kept in the keyring;
                              SMTP's: BO_MAILBOX_SMTP_PASSWORD, else the IMAP one)
    bureau-ordre mailbox edit NAME [the same options]
    bureau-ordre mailbox list | test [NAME] | log
    bureau-ordre mailbox fetch [--account NAME]          (read now: what came in)
    bureau-ordre mailbox pending                         (the basket)
    bureau-ordre mailbox show ID [--eml FILE]
    bureau-ordre mailbox register ID --service CODE [...] (prints the number)
    bureau-ordre mailbox discard ID --reason TEXT
    bureau-ordre mailbox join ID --to NUMBER
    bureau-ordre mailbox outbox [--all]      bureau-ordre mailbox retry-ack ID

``fetch`` exits 0 when every account was read (refused messages included: they are in the
log and the error folder), 1 with one line on stderr for each account that could not be.
``BO_MAILBOX_SCANNER``, if set, is a command that reads a message on its standard input and
exits 0 (clean) or 1 (infected, its first output line says what): infected messages go to
the error folder.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from app.cli.context import Context
from app.domain import entry
from app.domain.enums import CorrespondentKind, MailType, Priority
from app.i18n import message

if TYPE_CHECKING:
    from app.organisation.actor import Actor


def _choices(enum: type) -> list[str]:
    return [e.value for e in enum]


def _account_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding, help="the account's name in the office")
    p.add_argument("--host", required=adding, help="the IMAP server")
    p.add_argument("--port", type=int, help="default: 993 (tls), 143 (starttls)")
    p.add_argument("--security", choices=["tls", "starttls", "none"])
    p.add_argument("--login", required=adding)
    p.add_argument("--folder", help="the folder read (INBOX)")
    p.add_argument("--handled-folder", help="where taken messages go")
    p.add_argument("--error-folder", help="where refused messages go")
    p.add_argument("--ca-bundle", help="the office's CA certificates (PEM)")
    p.add_argument("--interval", type=int, metavar="MIN", help="minutes between readings")
    p.add_argument("--disable", action="store_true", help="no background reading")
    p.add_argument("--enable", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ack", action="store_true", help="acknowledge by e-mail to senders")
    p.add_argument("--no-ack", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ack-from", metavar="ADDRESS", help="the acknowledgement's sender")
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--smtp-security", choices=["tls", "starttls", "none"])
    p.add_argument("--smtp-login")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    mailbox = sub.add_parser("mailbox", parents=[common], help="e-mail as a channel of arrivée")
    msub = mailbox.add_subparsers(dest="mailbox_command", required=True)

    p = msub.add_parser("add", parents=[common], help="set up a mailbox (administrators)")
    _account_options(p, adding=True)
    p.set_defaults(handler=cmd_add)
    p = msub.add_parser("edit", parents=[common], help="change a mailbox's settings")
    p.add_argument("account")
    _account_options(p, adding=False)
    p.add_argument("--password", action="store_true", help="keep a new password (prompt)")
    p.set_defaults(handler=cmd_edit)
    msub.add_parser("list", parents=[common], help="the mailboxes").set_defaults(handler=cmd_list)
    p = msub.add_parser("test", parents=[common], help="try the connection, say what is wrong")
    p.add_argument("account", nargs="?")
    p.set_defaults(handler=cmd_test)
    p = msub.add_parser("fetch", parents=[common], help="read the mailboxes now")
    p.add_argument("--account", help="only this one")
    p.set_defaults(handler=cmd_fetch)
    msub.add_parser("pending", parents=[common], help="messages waiting").set_defaults(
        handler=cmd_pending
    )
    p = msub.add_parser("show", parents=[common], help="one message of the basket")
    p.add_argument("id", type=int)
    p.add_argument("--eml", type=Path, help="write the message as received to FILE")
    p.set_defaults(handler=cmd_show)
    p = msub.add_parser("register", parents=[common], help="register a waiting message")
    p.add_argument("id", type=int)
    p.add_argument("--service", help="service code it goes to")
    p.add_argument("--subject", help="instead of the message's")
    p.add_argument("--sender", help="the sender's name (either script) instead of the message's")
    p.add_argument("--sender-ar", help="the sender's name in Arabic")
    p.add_argument("--sender-fr", help="the sender's name in Latin letters")
    p.add_argument("--sender-email", help="instead of the message's")
    p.add_argument("--sender-kind", choices=_choices(CorrespondentKind), default="citizen")
    p.add_argument("--type", dest="mail_type", choices=_choices(MailType), default="letter")
    p.add_argument("--priority", choices=_choices(Priority), default="normal")
    p.add_argument("--confidential", action="store_true")
    p.add_argument("--observations")
    p.add_argument("--reference", help="the letter's own reference")
    p.add_argument("--no-ack", action="store_true", help="no acknowledgement for this one")
    p.set_defaults(handler=cmd_register)
    p = msub.add_parser("discard", parents=[common], help="set a waiting message aside")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_discard)
    p = msub.add_parser("join", parents=[common], help="attach it to a mail registered")
    p.add_argument("id", type=int)
    p.add_argument("--to", required=True, metavar="NUMBER")
    p.set_defaults(handler=cmd_join)
    p = msub.add_parser("outbox", parents=[common], help="acknowledgements not sent yet")
    p.add_argument("--all", action="store_true", help="those sent too")
    p.set_defaults(handler=cmd_outbox)
    p = msub.add_parser("retry-ack", parents=[common], help="send an acknowledgement again")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_retry_ack)
    msub.add_parser("log", parents=[common], help="what the readings did").set_defaults(
        handler=cmd_log
    )


def _settings(a: argparse.Namespace, base: object | None = None):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from app.mailbox.accounts import AccountSettings

    given = {
        "name": a.name,
        "host": a.host,
        "port": a.port,
        "security": a.security,
        "login": a.login,
        "folder": a.folder,
        "handled_folder": a.handled_folder,
        "error_folder": a.error_folder,
        "ca_bundle": a.ca_bundle,
        "interval_minutes": a.interval,
        "ack_from": a.ack_from,
        "smtp_host": a.smtp_host,
        "smtp_port": a.smtp_port,
        "smtp_security": a.smtp_security,
        "smtp_login": a.smtp_login,
    }
    given = {k: v for k, v in given.items() if v is not None}
    if a.disable:
        given["enabled"] = False
    elif a.enable:
        given["enabled"] = True
    if a.ack:
        given["ack_enabled"] = True
    elif a.no_ack:
        given["ack_enabled"] = False
    if base is None:
        return AccountSettings(**given)
    if "port" not in given and "security" in given:
        given["port"] = None  # the new security's usual port
    return replace(base, **given)  # type: ignore[type-var]


def _saved(ctx: Context, saved) -> int:  # type: ignore[no-untyped-def]
    acc = saved.account
    data = {"name": acc.name, "id": acc.id, "password_kept": saved.keyring_error is None}
    if saved.keyring_error is not None:
        print(
            f"bureau-ordre: {entry.one_line(saved.keyring_error.message(ctx.lang))}",
            file=sys.stderr,
        )
    ctx.emit(data, message("mailbox_saved", ctx.lang, name=acc.name))
    return 0


def _reader(ctx: Context) -> Actor:
    """The acting user, if the role reads the mailboxes (the counter's work): the basket, its
    accounts, acknowledgements and log are mail not yet registered, for no other eyes."""
    from app.organisation.permissions import Action, require

    actor = ctx.actor()
    require(actor.role, Action.READ_MAILBOX)
    return actor


def cmd_add(ctx: Context) -> int:
    from app.mailbox import accounts

    db = ctx.database()
    actor = ctx.actor()
    settings = _settings(ctx.args)
    accounts.checked(settings)  # a typo is said before the password is asked for
    password = ctx.password(accounts.PASSWORD_ENV, "Mot de passe de la boîte / كلمة مرور الصندوق: ")
    smtp_password = os.environ.get(accounts.SMTP_PASSWORD_ENV) or None
    return _saved(
        ctx,
        accounts.save(db, actor, settings, password=password, smtp_password=smtp_password),
    )


def cmd_edit(ctx: Context) -> int:
    from app.mailbox import accounts

    db = ctx.database()
    actor = ctx.actor()
    current = accounts.account(db, actor.office_id, ctx.args.account)
    settings = _settings(ctx.args, current.settings())
    accounts.checked(settings)
    password = None
    if ctx.args.password or os.environ.get(accounts.PASSWORD_ENV):
        password = ctx.password(accounts.PASSWORD_ENV, "Mot de passe / كلمة المرور: ")
    smtp_password = os.environ.get(accounts.SMTP_PASSWORD_ENV) or None
    return _saved(
        ctx,
        accounts.save(
            db,
            actor,
            settings,
            password=password,
            smtp_password=smtp_password,
            existing=ctx.args.account,
        ),
    )


def _account_json(acc) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "name": acc.name,
        "host": acc.host,
        "port": acc.port,
        "security": acc.security,
        "login": acc.login,
        "folder": acc.folder,
        "handled_folder": acc.handled_folder,
        "error_folder": acc.error_folder,
        "interval_minutes": acc.interval_minutes,
        "enabled": acc.enabled,
        "ack": acc.ack_enabled,
        "ack_from": acc.ack_from,
        "smtp_host": acc.smtp_host,
        "last_attempt_at": acc.last_attempt_at,
        "last_success_at": acc.last_success_at,
        "last_error": acc.last_error,
    }


def cmd_list(ctx: Context) -> int:
    from app.mailbox import accounts

    db = ctx.database()
    actor = _reader(ctx)
    found = accounts.accounts(db, actor.office_id)
    lines = [
        f"{a.name}\t{a.login}@{a.host}:{a.port} ({a.security})\t{a.folder}"
        f"\t{'' if a.enabled else '-'}\t{a.last_error or ''}"
        for a in found
    ]
    ctx.emit([_account_json(a) for a in found], "\n".join(lines))
    return 0


def cmd_test(ctx: Context) -> int:
    from app.errors import UserError
    from app.mailbox import accounts, probe

    db = ctx.database()
    actor = _reader(ctx)
    chosen = (
        [accounts.account(db, actor.office_id, ctx.args.account)]
        if ctx.args.account
        else accounts.accounts(db, actor.office_id)
    )
    results, lines, failed = [], [], None
    for acc in chosen:
        try:
            found = probe.probe(
                acc.settings(),
                accounts.imap_password(acc),
                smtp_password=accounts.smtp_password(acc),
            )
        except UserError as exc:
            failed = failed or exc
            results.append(
                {
                    "name": acc.name,
                    "ok": False,
                    "error": exc.code,
                    "error_text": exc.message(ctx.lang),
                }
            )
            lines.append(f"{acc.name}: {exc.message(ctx.lang)}")
            continue
        results.append(
            {
                "name": acc.name,
                "ok": True,
                "messages": found.messages,
                "to_create": found.to_create,
                "smtp": found.smtp_host,
            }
        )
        lines.append(
            message(
                "mailbox_test_ok", ctx.lang, name=acc.name, count=found.messages, folder=acc.folder
            )
        )
        lines += [message("mailbox_test_created", ctx.lang, folder=f) for f in found.to_create]
        if found.smtp_host:
            lines.append(message("mailbox_test_smtp_ok", ctx.lang, host=found.smtp_host))
    if failed is not None and not ctx.json:
        for line in lines[:-1]:
            print(entry.printable(line))
        raise failed
    ctx.emit(results, "\n".join(lines))
    return 1 if failed is not None else 0


class _Stop:
    """SIGINT/SIGTERM: stop after the message in hand (it is stored whole or not at all)."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __enter__(self) -> _Stop:
        self._old = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        return self

    def __exit__(self, *exc: object) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.event.set()


def cmd_fetch(ctx: Context) -> int:
    from app.mailbox import intake
    from app.mailbox.imap import Cancelled

    db = ctx.database()
    actor = ctx.actor()
    with _Stop() as stop:
        try:
            report = intake.fetch(db, actor, only=ctx.args.account, cancelled=stop.event.is_set)
        except Cancelled:
            return 130
    for failed in report.errors:
        assert failed.error is not None
        print(
            f"bureau-ordre: {failed.account}: {entry.one_line(failed.error.message(ctx.lang))}",
            file=sys.stderr,
        )
    ctx.emit(
        report.to_json(ctx.lang),
        message(
            "mailbox_fetch_done",
            ctx.lang,
            taken=report.taken,
            duplicates=report.duplicates,
            refused=report.refused,
            seconds=f"{report.seconds:.1f}",
        ),
    )
    return 1 if report.errors else 0


def cmd_pending(ctx: Context) -> int:
    from app.domain.clock import to_local
    from app.mailbox import basket

    db = ctx.database()
    actor = _reader(ctx)
    waiting = basket.pending(db, actor.office_id)
    ctx.emit(
        [p.to_json() for p in waiting],
        "\n".join(
            f"{p.id}\t{to_local(p.received_at):%Y-%m-%d %H:%M}\t{p.sender}\t{p.subject}"
            for p in waiting
        ),
    )
    return 0


def cmd_show(ctx: Context) -> int:
    from app.domain.clock import to_local
    from app.mailbox import basket

    db = ctx.database()
    actor = _reader(ctx)
    view = basket.message(db, actor.office_id, ctx.args.id)
    if ctx.args.eml:
        ctx.args.eml.write_bytes(basket.raw(db, actor.office_id, ctx.args.id))
    text = "\n".join(
        [
            f"{view.id} [{view.state}] {view.account}",
            f"{view.from_name or ''} <{view.from_address or ''}>",
            f"{to_local(view.received_at):%Y-%m-%d %H:%M}",
            view.subject,
            "",
            view.body,
            "",
            *(f"- {a.name} ({a.content_type}, {a.size})" for a in view.attachments),
        ]
    )
    ctx.emit(view.to_json(), text)
    return 0


def cmd_register(ctx: Context) -> int:
    from app.mailbox.registration import Registration, register

    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    latin, arabic = a.sender_fr, a.sender_ar
    if a.sender:
        from app.domain.text import has_arabic

        if has_arabic(a.sender):
            arabic = arabic or a.sender
        else:
            latin = latin or a.sender
    done = register(
        db,
        actor,
        a.id,
        Registration(
            service_code=a.service,
            subject=a.subject,
            sender_latin=latin,
            sender_arabic=arabic,
            sender_email=a.sender_email,
            sender_kind=CorrespondentKind(a.sender_kind),
            mail_type=MailType(a.mail_type),
            priority=Priority(a.priority),
            confidential=a.confidential,
            observations=a.observations,
            letter_reference=a.reference,
            acknowledge=not a.no_ack,
        ),
    )
    if done.acknowledgement:
        from app.mailbox import ack

        ack.send_due(db, actor.office_id)  # a failure is logged, and retried later
    for kept in done.kept_in_eml:
        ctx.info_stderr("mailbox_kept_in_eml", name=kept.name, reason=kept.reason(ctx.lang))
    ctx.emit(
        {
            "id": done.mail.id,
            "number": done.mail.number,
            "registered_at": done.mail.registered_at,
            "message": done.message_id,
            "attachments": [
                {"name": n, "sha256": s, "pages": p} for n, s, p in done.mail.attachments
            ],
            "acknowledgement": done.acknowledgement,
            "kept_in_eml": [k.name for k in done.kept_in_eml],
        },
        done.mail.number,
    )
    return 0


def cmd_discard(ctx: Context) -> int:
    from app.mailbox import basket

    db = ctx.database()
    actor = ctx.actor()
    basket.discard(db, actor, ctx.args.id, ctx.args.reason)
    ctx.emit(
        {"id": ctx.args.id, "discarded": True},
        message("mailbox_discarded", ctx.lang, id=ctx.args.id),
    )
    return 0


def cmd_join(ctx: Context) -> int:
    from app.mailbox import basket

    db = ctx.database()
    actor = ctx.actor()
    number = basket.join(db, actor, ctx.args.id, ctx.args.to)
    ctx.emit(
        {"id": ctx.args.id, "number": number},
        message("mailbox_joined", ctx.lang, id=ctx.args.id, number=number),
    )
    return 0


def cmd_outbox(ctx: Context) -> int:
    from app.mailbox import ack

    db = ctx.database()
    actor = _reader(ctx)
    lines = ack.outbox(db, actor.office_id, include_sent=ctx.args.all)
    ctx.emit(
        [
            {
                "id": x.id,
                "number": x.number,
                "to": x.to,
                "state": x.state,
                "attempts": x.attempts,
                "next_attempt_at": x.next_attempt_at,
                "sent_at": x.sent_at,
                "last_error": x.last_error,
                "last_error_text": x.error_text(ctx.lang),
            }
            for x in lines
        ],
        "\n".join(
            f"{x.id}\t{x.number}\t{x.to}\t{x.state}\t{x.attempts}\t{x.error_text(ctx.lang)}"
            for x in lines
        ),
    )
    return 0


def cmd_retry_ack(ctx: Context) -> int:
    from app.mailbox import ack

    db = ctx.database()
    actor = ctx.actor()
    ack.retry(db, actor, ctx.args.id)
    ack.send_due(db, actor.office_id)
    ctx.emit({"id": ctx.args.id}, message("mailbox_ack_retry", ctx.lang, id=ctx.args.id))
    return 0


def cmd_log(ctx: Context) -> int:
    from app.mailbox import log

    db = ctx.database()
    actor = _reader(ctx)
    lines = log.recent(db, actor.office_id)
    ctx.emit(
        [
            {"at": ln.at, "level": ln.level, "code": ln.code, "text": ln.text(ctx.lang)}
            for ln in lines
        ],
        "\n".join(f"{ln.at:%Y-%m-%d %H:%M:%S} {ln.text(ctx.lang)}" for ln in lines),
    )
    return 0
