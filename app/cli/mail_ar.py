"""The registered letters' part of the ``mail`` command: ``mail ar-returned``, ``mail
ar-pending``, and the AR lines of ``mail show``.

    bureau-ordre mail ar-returned NUMBER --date D [--ar-number X]
    bureau-ordre mail ar-pending [--days N]

In a module of its own (not :mod:`app.cli.dispatch_cmds`, the prints'): the ``mail`` command
loads its own modules only (:mod:`app.cli.commands`).
"""

from __future__ import annotations

import argparse

from app.cli import access, options
from app.cli.context import Context
from app.dispatch import ar
from app.domain.clock import to_local
from app.domain.enums import Channel
from app.i18n import current_language, message


def register_mail_commands(
    mail_sub: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    """``mail ar-returned`` and ``mail ar-pending``, beside the other ``mail`` commands."""
    p = mail_sub.add_parser(
        "ar-returned", parents=[common], help="a registered letter's AR came back"
    )
    p.add_argument("number")
    p.add_argument("--date", required=True, help="the day it came back (YYYY-MM-DD or 'today')")
    p.add_argument("--ar-number", help="the number on the AR card")
    p.set_defaults(handler=cmd_ar_returned, needs=access.among(ar.RECORDS_RETURNS, "record_ar"))

    p = mail_sub.add_parser(
        "ar-pending", parents=[common], help="registered letters still waiting for their AR"
    )
    p.add_argument(
        "--days", type=int, default=ar.DEFAULT_WAIT_DAYS, help="sent at least this many days ago"
    )
    p.set_defaults(handler=cmd_ar_pending, needs=access.ANY_USER)


def cmd_ar_returned(ctx: Context) -> int:
    a = ctx.args
    returned_on = options.day(a.date, "date")
    done = ar.record_return(
        ctx.database(),
        ctx.actor(),
        a.number,
        returned_on,
        ar_number=a.ar_number,  # type: ignore[arg-type]
    )
    ctx.emit(
        {
            "number": done.number,
            "ar_number": done.ar_number,
            "ar_returned_on": done.returned_on.isoformat(),
        },
        message(
            "ar_returned_written", ctx.lang, number=done.number, date=done.returned_on.isoformat()
        ),
    )
    return 0


def cmd_ar_pending(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    rows = ar.pending(ctx.database(), actor=actor, days=a.days)
    lang = ctx.lang or current_language()
    lines = [
        "\t".join(
            [
                r.number,
                f"{to_local(r.registered_at):%Y-%m-%d}",
                r.ar_number or "—",
                str(r.days),
                r.correspondent or "",
                r.subject,
            ]
        )
        for r in rows
    ]
    ctx.emit(
        [r.to_json() for r in rows],
        "\n".join(lines) if rows else message("no_ar_pending", lang, days=a.days),
    )
    return 0


def ar_show_lines(view: object, lang: str) -> list[tuple[str, str]]:
    """The AR rows of ``mail show``'s text for a registered letter."""
    ar_number = getattr(view, "ar_number", None)
    returned = getattr(view, "ar_returned_on", None)
    if getattr(view, "channel", None) != Channel.REGISTERED.value:
        return []
    state = (
        message("ar_back_on", lang, date=returned.isoformat())
        if returned
        else message("ar_waiting", lang)
    )
    return [(message("f_ar", lang), " — ".join(p for p in (ar_number, state) if p))]
