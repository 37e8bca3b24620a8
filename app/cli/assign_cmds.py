"""assign, reassign, return, start, answer, close, inbox: imputation from the command line.

The commands act as the named user (``--user`` / BO_USER, BO_PASSWORD), and the same rules as
in the application hold: roles, services and sub-services, confidential mail.

    bureau-ordre assign NUMBER [NUMBER ...] --service CODE [--copy CODE]... [--due D]
                        [--instructions TEXT] [--instruction CODE]... [--agent LOGIN]
    bureau-ordre reassign NUMBER [--service CODE] [--agent LOGIN] [--instruction CODE]...
                          [--instructions TEXT] [--due D]
    bureau-ordre return NUMBER --reason TEXT
    bureau-ordre start NUMBER
    bureau-ordre answer NUMBER --by OUT_NUMBER
    bureau-ordre close NUMBER [--note TEXT]
    bureau-ordre inbox [--service CODE] [--overdue] [--mine] [--delays]

``--instructions TEXT`` is the free text of DESIGN.md; ``--instruction CODE`` (repeatable) picks
from the office's list (SUITE, AVIS, INFO, SIGNATURE, PARLER by default). Without ``--due`` the
due date follows the priority (and the 60-day cap of citizens' requests).

``--json`` output:

- ``assign``: ``[{"number", "service", "copies": [...], "agent", "due_date"}]``, one per mail;
- ``reassign``: one such object;
- ``return``, ``start``, ``answer``, ``close``: ``{"number", "status"}`` (``answer`` adds
  ``"answered_by"``);
- ``inbox``: an array of ``{"assignment_id", "mail_id", "number", "subject", "correspondent",
  "registered_at", "priority", "confidential", "status", "service", "kind" (main|copy),
  "agent", "instructions": [codes], "note", "due_date", "assigned_at", "assigned_by", "new",
  "overdue"}``; an agent's inbox (or ``--mine``) lists the mail assigned to them;
- ``inbox --delays``: an array of ``{"service", "name_fr", "name_ar", "open", "overdue"}``.
"""

from __future__ import annotations

import argparse
from datetime import date

from app.cli import access
from app.cli.context import Context
from app.domain.clock import parse_day
from app.domain.enums import Role, label
from app.errors import UserError
from app.i18n import current_language, message
from app.imputation import inbox, workflow
from app.imputation.workflow import Assigned
from app.organisation.permissions import Action
from app.registry.queries import get_mail


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("assign", parents=[common], help="assign mail to a service (imputation)")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--service", required=True, help="main service (pour attribution)")
    p.add_argument("--copy", action="append", default=[], help="service for information")
    p.add_argument("--due", help="due date (YYYY-MM-DD); default from the priority")
    p.add_argument("--instructions", default="", help="free text")
    p.add_argument("--instruction", action="append", default=[], help="an instruction code")
    p.add_argument("--agent", help="login of the agent who treats it")
    p.set_defaults(handler=cmd_assign, needs=access.may(Action.ASSIGN))

    p = sub.add_parser("reassign", parents=[common], help="reassign to a service or an agent")
    p.add_argument("number")
    p.add_argument("--service")
    p.add_argument("--agent")
    p.add_argument("--due")
    p.add_argument("--instructions", default="")
    p.add_argument("--instruction", action="append", default=None)
    p.set_defaults(handler=cmd_reassign, needs=access.may(Action.REASSIGN))

    p = sub.add_parser("return", parents=[common], help="send back to the bureau d'ordre")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_return, needs=access.may(Action.RETURN))

    p = sub.add_parser("start", parents=[common], help="mark as being treated")
    p.add_argument("number")
    p.set_defaults(handler=cmd_start, needs=access.may(Action.START))

    p = sub.add_parser("answer", parents=[common], help="link the outgoing mail that answers it")
    p.add_argument("number")
    p.add_argument("--by", required=True, metavar="OUT_NUMBER")
    p.set_defaults(handler=cmd_answer, needs=access.may(Action.ANSWER))

    p = sub.add_parser("close", parents=[common], help="file the mail (classé)")
    p.add_argument("number")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_close, needs=access.may(Action.CLOSE))

    p = sub.add_parser("inbox", parents=[common], help="mail waiting in your services")
    p.add_argument("--service")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--mine", action="store_true", help="only the mail assigned to you")
    p.add_argument("--delays", action="store_true", help="open and overdue mail by service")
    p.set_defaults(handler=cmd_inbox, needs=access.ANY_USER)


def _due(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_day(text)
    except ValueError as exc:
        raise UserError("bad_date", field="due", value=text) from exc


def _assigned_json(a: Assigned) -> dict[str, object]:
    return {
        "number": a.number,
        "service": a.service,
        "copies": list(a.copies),
        "agent": a.agent,
        "due_date": a.due_date.isoformat() if a.due_date else None,
    }


def cmd_assign(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    done = workflow.assign(
        ctx.database(),
        actor,
        a.numbers,
        a.service,
        copies=a.copy,
        instructions=a.instruction,
        note=a.instructions,
        due=_due(a.due),
        agent=a.agent,
    )
    ctx.emit(
        [_assigned_json(d) for d in done],
        message("assigned_done", ctx.lang, count=len(done), service=done[0].service),
    )
    return 0


def cmd_reassign(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    done = workflow.reassign(
        ctx.database(),
        actor,
        a.number,
        service=a.service,
        agent=a.agent,
        instructions=a.instruction,
        note=a.instructions,
        due=_due(a.due),
    )
    ctx.emit(_assigned_json(done), f"{done.number} → {done.agent or done.service}")
    return 0


def _status(ctx: Context, number: str, **extra: object) -> int:
    view = get_mail(ctx.database(), number)
    ctx.emit(
        {"number": view.number, "status": view.status, **extra},
        message("workflow_done", ctx.lang, number=view.number, status=view.status),
    )
    return 0


def cmd_return(ctx: Context) -> int:
    workflow.return_to_office(ctx.database(), ctx.actor(), ctx.args.number, ctx.args.reason)
    return _status(ctx, ctx.args.number)


def cmd_start(ctx: Context) -> int:
    workflow.start(ctx.database(), ctx.actor(), ctx.args.number)
    return _status(ctx, ctx.args.number)


def cmd_answer(ctx: Context) -> int:
    workflow.mark_answered(ctx.database(), ctx.actor(), ctx.args.number, ctx.args.by)
    return _status(ctx, ctx.args.number, answered_by=ctx.args.by)


def cmd_close(ctx: Context) -> int:
    workflow.close(ctx.database(), ctx.actor(), ctx.args.number, ctx.args.note)
    return _status(ctx, ctx.args.number)


def cmd_inbox(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    db = ctx.database()
    lang = ctx.lang or current_language()
    if a.delays:
        delays = inbox.delays_by_service(db, actor)
        text = "\n".join(
            f"{d.service}\t{d.name_ar if lang == 'ar' else d.name_fr}\t{d.open}\t{d.overdue}"
            for d in delays
        )
        ctx.emit([d.to_json() for d in delays], text or message("inbox_empty", lang))
        return 0
    if a.mine or Role(actor.role) is Role.AGENT:
        items = inbox.agent_tasks(db, actor, overdue_only=a.overdue)
    else:
        items = inbox.inbox(db, actor, service_code=a.service, overdue_only=a.overdue)
    text = "\n".join(
        "\t".join(
            [
                ("!" if i.overdue else "*" if i.new else " ") + i.number,
                i.service + ("" if i.kind == "main" else f" ({label('copy', lang)})"),
                i.agent or "",
                i.due_date.isoformat() if i.due_date else "",
                label(i.status, lang),
                i.subject,
            ]
        )
        for i in items
    )
    ctx.emit([i.to_json() for i in items], text or message("inbox_empty", lang))
    return 0
