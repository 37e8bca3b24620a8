"""mail add, mail show, mail list, mail correct, mail cancel.

What only registering or correcting needs (files, numbering, the audit chain) is imported by
those commands' handlers: ``mail list`` and ``mail show`` start without it.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli import access, options
from app.cli.context import Context
from app.cli.mail_ar import ar_show_lines, register_mail_commands
from app.directory.correspondents import CorrespondentInput
from app.domain.clock import to_local
from app.domain.enums import (
    Channel,
    CorrespondentKind,
    Direction,
    IdentifierType,
    MailType,
    Priority,
    label,
)
from app.i18n import current_language, message
from app.organisation.permissions import Action
from app.registry.queries import MailView, get_mail, list_mail


def _choices(enum: type) -> list[str]:
    return [e.value for e in enum]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    mail = sub.add_parser("mail", parents=[common], help="the register")
    mail_sub = mail.add_subparsers(dest="mail_command", required=True)

    p = mail_sub.add_parser("add", parents=[common], help="register a mail")
    p.add_argument("--direction", required=True, choices=_choices(Direction))
    p.add_argument("--subject", required=True)
    p.add_argument("--correspondent", required=True, help="sender (in) or recipient (out)")
    p.add_argument("--correspondent-ar", help="the correspondent's name in Arabic, if both")
    p.add_argument("--correspondent-kind", choices=_choices(CorrespondentKind), default="citizen")
    p.add_argument("--identifier", help="CIN, ICE, RC... of the correspondent")
    p.add_argument("--identifier-type", choices=_choices(IdentifierType))
    p.add_argument("--recipient", action="append", default=[], help="further recipients (out)")
    p.add_argument("--received-at", help="reception or sending date (ISO)")
    p.add_argument("--letter-date", help="the letter's own date (ISO)")
    p.add_argument("--reference", help="the letter's own reference")
    p.add_argument("--type", dest="mail_type", choices=_choices(MailType), default="letter")
    p.add_argument(
        "--channel",
        type=options.channel_arg,
        choices=options.channel_choices(),
        default="counter",
        help="registered (or registered_post): recommandé avec accusé de réception",
    )
    p.add_argument("--ar-number", help="a registered letter's AR number")
    p.add_argument("--priority", choices=_choices(Priority), default="normal")
    p.add_argument("--confidential", action="store_true")
    p.add_argument("--pieces", type=int, default=1)
    p.add_argument("--observations")
    p.add_argument("--service", help="service code it goes to (in) or comes from (out)")
    p.add_argument("--external-ref", help="e.g. a portal deposit id")
    p.add_argument("--answers", help="number of the mail this one answers")
    p.add_argument("--attach", action="append", default=[], type=Path)
    p.set_defaults(handler=cmd_add, needs=access.may(Action.REGISTER))

    p = mail_sub.add_parser("show", parents=[common], help="one entry, whole")
    p.add_argument("number")
    p.set_defaults(handler=cmd_show, needs=access.ANY_USER)

    p = mail_sub.add_parser("list", parents=[common], help="entries of a day or a period")
    p.add_argument("--date", help="local day (YYYY-MM-DD or 'today')")
    p.add_argument("--to", help="last day of a period, with --date")
    p.add_argument("--direction", choices=_choices(Direction))
    p.add_argument("--limit", type=int)
    p.set_defaults(handler=cmd_list, needs=access.ANY_USER)

    p = mail_sub.add_parser("correct", parents=[common], help="correct an entry, with a reason")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--subject")
    p.add_argument("--correspondent")
    p.add_argument("--reference")
    p.add_argument("--letter-date")
    p.add_argument("--received-at")
    p.add_argument("--type", dest="mail_type", choices=_choices(MailType))
    p.add_argument("--channel", type=options.channel_arg, choices=options.channel_choices())
    p.add_argument("--priority", choices=_choices(Priority))
    p.add_argument("--pieces", type=int)
    p.add_argument("--observations")
    p.add_argument("--service")
    p.set_defaults(handler=cmd_correct, needs=access.may(Action.CORRECT))

    p = mail_sub.add_parser("cancel", parents=[common], help="cancel an entry, with a reason")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_cancel, needs=access.may(Action.CANCEL))

    register_mail_commands(mail_sub, common)


def cmd_add(ctx: Context) -> int:
    from app.registry.drafts import MailDraft
    from app.registry.register import register_mail

    a = ctx.args
    actor = ctx.actor()
    kind = CorrespondentKind(a.correspondent_kind)
    correspondent = CorrespondentInput.from_name(
        a.correspondent,
        kind=kind,
        identifier=a.identifier,
        identifier_type=IdentifierType(a.identifier_type) if a.identifier_type else None,
    )
    if a.correspondent_ar:
        correspondent = CorrespondentInput(
            name_latin=correspondent.name_latin or correspondent.name_arabic,
            name_arabic=a.correspondent_ar,
            kind=kind,
            identifier=correspondent.identifier,
            identifier_type=correspondent.identifier_type,
        )
    draft = MailDraft(
        direction=Direction(a.direction),
        subject=a.subject,
        correspondent=correspondent,
        recipients=tuple(CorrespondentInput.from_name(r) for r in a.recipient),
        received_at=options.moment(a.received_at, "received-at"),
        letter_date=options.day(a.letter_date, "letter-date"),
        letter_reference=a.reference,
        mail_type=MailType(a.mail_type),
        channel=Channel(a.channel),
        priority=Priority(a.priority),
        confidential=a.confidential,
        pieces=a.pieces,
        observations=a.observations,
        service_code=a.service,
        external_ref=a.external_ref,
        answers_number=a.answers,
        attachments=tuple(a.attach),
        ar_number=a.ar_number,
    )
    done = register_mail(ctx.database(), actor, draft)
    ctx.emit(
        {
            "id": done.id,
            "number": done.number,
            "direction": done.direction,
            "registered_at": done.registered_at.isoformat(),
            "attachments": [{"name": n, "sha256": h, "pages": p} for n, h, p in done.attachments],
        },
        done.number,
    )
    return 0


def _show_text(view: MailView, lang: str) -> str:
    def when(moment: datetime | None) -> str:
        return to_local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    rows = [
        (
            message("f_number", lang),
            view.number + (f"  [{label('cancelled', lang)}]" if view.cancelled else ""),
        ),
        (message("f_direction", lang), label(view.direction, lang)),
        (message("f_registered", lang), f"{when(view.registered_at)} ({view.registered_by})"),
        (message("f_correspondent", lang), view.correspondent or ""),
        (message("f_subject", lang), view.subject),
        (message("f_type", lang), label(view.mail_type, lang)),
        (message("f_channel", lang), label(view.channel, lang)),
        (message("f_priority", lang), label(view.priority, lang)),
        (message("f_status", lang), label(view.status, lang)),
        (message("f_pieces", lang), str(view.pieces)),
    ]
    optional = [
        ("f_received", when(view.received_at)),
        ("f_reference", view.letter_reference),
        ("f_letter_date", view.letter_date.isoformat() if view.letter_date else None),
        ("f_service", view.service),
        ("f_observations", view.observations),
        ("f_external_ref", view.external_ref),
        ("f_answers", view.answers),
    ]
    rows += [(message(k, lang), v) for k, v in optional if v]
    rows += ar_show_lines(view, lang)
    width = max(len(k) for k, _ in rows)
    lines = [f"{k.ljust(width)}  {v}" for k, v in rows]
    for att in view.attachments:
        lines.append(f"  📎 {att.name}  {att.pages} p.  {att.size} o  sha256:{att.sha256[:16]}…")
    for asg in view.assignments:
        if asg["state"] == "active":
            who = " ".join(str(v) for v in (asg["agent"], asg["due_date"]) if v)
            lines.append(f"  → {asg['service']} ({label(asg['kind'], lang)}) {who}".rstrip())
    for ev in view.events:
        extra = f" — {ev.reason}" if ev.reason else ""
        lines.append(f"  • {when(ev.at)} {label(ev.kind, lang)} ({ev.user}){extra}")
        for field, (old, new) in (ev.changes or {}).items():
            lines.append(f"      {field}: {old} → {new}")
    return "\n".join(lines)


def cmd_show(ctx: Context) -> int:
    view = get_mail(ctx.database(), ctx.args.number, actor=ctx.actor())
    ctx.emit(view.to_json(), _show_text(view, ctx.lang or current_language()))
    return 0


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    day, until = options.period(a.date, a.to)
    rows = list_mail(
        ctx.database(),
        actor=ctx.actor(),
        day=day,
        until=until,
        direction=Direction(a.direction) if a.direction else None,
        limit=options.limit(a.limit),
    )
    lang = ctx.lang or current_language()
    text = "\n".join(
        "\t".join(
            [
                r.number,
                to_local(r.registered_at).strftime("%Y-%m-%d %H:%M"),
                r.correspondent or "",
                r.subject + (f" [{label('cancelled', lang)}]" if r.cancelled else ""),
            ]
        )
        for r in rows
    )
    ctx.emit([r.to_json() for r in rows], text if rows else message("no_entries", lang))
    return 0


def cmd_correct(ctx: Context) -> int:
    from app.registry.corrections import Correction, correct_mail

    a = ctx.args
    actor = ctx.actor()
    fix = Correction(
        subject=a.subject,
        correspondent=CorrespondentInput.from_name(a.correspondent) if a.correspondent else None,
        letter_reference=a.reference,
        letter_date=options.day(a.letter_date, "letter-date"),
        received_at=options.moment(a.received_at, "received-at"),
        mail_type=MailType(a.mail_type) if a.mail_type else None,
        channel=Channel(a.channel) if a.channel else None,
        priority=Priority(a.priority) if a.priority else None,
        pieces=a.pieces,
        observations=a.observations,
        service_code=a.service,
    )
    count = correct_mail(ctx.database(), actor, a.number, fix, a.reason)
    view = get_mail(ctx.database(), a.number)
    ctx.emit({"number": view.number, "changed": count}, view.number)
    return 0


def cmd_cancel(ctx: Context) -> int:
    from app.registry.corrections import cancel_mail

    actor = ctx.actor()
    cancel_mail(ctx.database(), actor, ctx.args.number, ctx.args.reason)
    view = get_mail(ctx.database(), ctx.args.number)
    ctx.emit({"number": view.number, "cancelled": view.cancelled}, view.number)
    return 0
