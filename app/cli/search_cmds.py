"""search QUERY: the register's search box on the command line, with the same filters.

Finds by number (straight to the mail), subject, correspondent (both scripts, identifiers),
the letter's reference and observations, whatever the spelling; newest first, or by relevance
with ``--relevance``. Keeps to what the user named (``--user`` or BO_USER) may see, like
``mail list``.
"""

from __future__ import annotations

import argparse

from app.cli import access, options
from app.cli.context import Context
from app.cli.mail_cmds import _choices
from app.domain.clock import to_local
from app.domain.enums import Channel, Direction, MailStatus, MailType, label
from app.errors import UserError
from app.i18n import current_language, message
from app.registry.browse import RegisterQuery, SortKey, find_ids, load_rows
from app.search.terms import number_of, parse

DEFAULT_LIMIT = 50


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help="search the register")
    p.add_argument("query", help="words, a number, a name, a reference...")
    p.add_argument("--direction", choices=_choices(Direction))
    p.add_argument("--date", help="first local day (YYYY-MM-DD or 'today')")
    p.add_argument("--to", help="last day of a period, with --date")
    p.add_argument("--service", help="service code")
    p.add_argument("--status", choices=_choices(MailStatus))
    p.add_argument("--type", dest="mail_type", choices=_choices(MailType))
    p.add_argument("--channel", type=options.channel_arg, choices=_choices(Channel))
    p.add_argument("--relevance", action="store_true", help="best match first")
    p.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help=f"at most N entries ({DEFAULT_LIMIT})"
    )
    p.set_defaults(handler=cmd_search, needs=access.ANY_USER)


def cmd_search(ctx: Context) -> int:
    a = ctx.args
    if not parse(a.query) and number_of(a.query) is None:
        raise UserError("empty_query")
    limit = options.limit(a.limit)
    day, until = options.period(a.date, a.to)
    query = RegisterQuery(
        text=a.query,
        direction=Direction(a.direction) if a.direction else None,
        first_day=day,
        last_day=until,
        service_code=a.service,
        status=MailStatus(a.status) if a.status else None,
        mail_type=MailType(a.mail_type) if a.mail_type else None,
        channel=Channel(a.channel) if a.channel else None,
        sort=SortKey.RELEVANCE if a.relevance else SortKey.REGISTERED,
    )
    db = ctx.database()
    actor = ctx.actor()
    ids = find_ids(db, query, limit=limit, actor=actor)
    rows = load_rows(db, ids, actor=actor)
    found = [rows[i] for i in ids if i in rows]
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
        for r in found
    )
    ctx.emit(
        [r.to_json() for r in found],
        text if found else message("no_results", lang, query=a.query.strip()[:80]),
    )
    return 0
