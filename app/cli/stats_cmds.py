"""stats (the activity dashboard's figures) and holiday (the office's official holidays).

    bureau-ordre stats --from D --to D [--service CODE] [--out REPORT.pdf|.xlsx] [--json]
    bureau-ordre holiday list [--year Y]
    bureau-ordre holiday proposals --year Y
    bureau-ordre holiday add DATE --name-fr NAME --name-ar NAME [--kind fixed|religious|other]
                             [--hijri YYYY-MM-DD]
    bureau-ordre holiday remove DATE
    bureau-ordre holiday fixed --year Y

``stats`` acts as the named user (a supervisor, an administrator, or a chef for the mail of
their services) and prints the figures of :class:`app.stats.dashboard.Dashboard`; ``--json``
prints :meth:`~app.stats.dashboard.Dashboard.to_json` (``period``, ``viewer``, ``service``,
``totals``, ``volumes`` per ``day``/``week``/``month``, ``delays`` per stage, ``stock``,
``overdue``, ``coverage``, ``portal``). ``--out`` also writes the activity report (bilingual
PDF, or XLSX). ``holiday add``, ``remove`` and ``fixed`` are the administrator's; ``list`` and
``proposals`` anyone's. ``proposals`` places the fixed holidays and the religious ones (on the
tabular Hijri calendar, to confirm) in a year, marking those already recorded.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import access, options
from app.cli.context import Context
from app.domain.enums import Role
from app.errors import UsageError, UserError
from app.stats import holidays
from app.stats.dashboard import STAGE_NAMES, STATS_ROLES, Dashboard, dashboard
from app.stats.labels import term, word
from app.stats.percentiles import as_number

YEARS = (1900, 2200)
VIEWERS = access.among(STATS_ROLES, "stats")  # the dashboard's roles, as its menu shows it
KEEPERS = access.among(frozenset({Role.ADMIN}), "manage_holidays")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[common], help="the activity dashboard's figures")
    p.add_argument("--from", dest="first", required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="last", required=True, help="last day (YYYY-MM-DD)")
    p.add_argument("--service", help="only the mail registered for this service")
    p.add_argument("--out", type=Path, help="also write the activity report (.pdf or .xlsx)")
    p.set_defaults(handler=cmd_stats, needs=VIEWERS)

    p = sub.add_parser("holiday", parents=[common], help="the office's official holidays")
    hs = p.add_subparsers(dest="holiday_command", required=True)
    q = hs.add_parser("list", parents=[common], help="the recorded holidays")
    q.add_argument("--year", type=int)
    q.set_defaults(handler=cmd_holiday_list, needs=access.ANY_USER)
    q = hs.add_parser("proposals", parents=[common], help="a year's known holidays, placed")
    q.add_argument("--year", type=int, required=True)
    q.set_defaults(handler=cmd_holiday_proposals, needs=access.ANY_USER)
    q = hs.add_parser("add", parents=[common], help="record a holiday (administrators)")
    q.add_argument("day", metavar="DATE")
    q.add_argument("--name-fr", required=True)
    q.add_argument("--name-ar", required=True)
    q.add_argument("--kind", choices=list(holidays.KINDS), default=holidays.OTHER_KIND)
    q.add_argument("--hijri", help="the Hijri date it stands for (YYYY-MM-DD)")
    q.set_defaults(handler=cmd_holiday_add, needs=KEEPERS)
    q = hs.add_parser("remove", parents=[common], help="remove a holiday (administrators)")
    q.add_argument("day", metavar="DATE")
    q.set_defaults(handler=cmd_holiday_remove, needs=KEEPERS)
    q = hs.add_parser("fixed", parents=[common], help="record a year's fixed holidays")
    q.add_argument("--year", type=int, required=True)
    q.set_defaults(handler=cmd_holiday_fixed, needs=KEEPERS)


# --- stats -----------------------------------------------------------------------------------


def cmd_stats(ctx: Context) -> int:
    a = ctx.args
    fmt = None
    if a.out is not None:
        from app.stats.report import format_of

        fmt = format_of(a.out)
    first = options.filter_day(a.first, "from")
    last = options.filter_day(a.last, "to")
    assert first is not None and last is not None
    actor = ctx.actor()
    board = dashboard(ctx.database(), actor, first, last, service_code=a.service)
    data = board.to_json()
    if a.out is not None:
        from app.stats.report import write_report

        write_report(board, a.out, fmt=fmt, office=_office(ctx))
        data["out"] = str(a.out)
    lang = ctx.lang or _lang()
    ctx.emit(data, summary(board, lang))
    return 0


def _lang() -> str:
    from app.i18n import current_language

    return current_language()


def _office(ctx: Context) -> object:
    from app.organisation.setup import get_office

    return get_office(ctx.database())


def _num(value: object) -> str:
    return "—" if value is None else str(value)


def summary(board: Dashboard, lang: str) -> str:
    """The figures as plain lines in ``lang``, for the terminal."""
    w = lambda key, **kw: word(key, lang, **kw)  # noqa: E731
    period = w("from_to", first=board.first.isoformat(), last=board.last.isoformat())
    lines = [
        f"{w('title')} — {period}",
        w("as_at", day=board.today.isoformat()),
        w("working_days", n=board.working_days),
        f"{w('registered')} : {board.total()}",
    ]
    for dim, key in (("direction", "by_direction"), ("channel", "by_channel")):
        parts = ", ".join(f"{term(k, lang)} {n}" for k, n in board.totals(dim).items())  # type: ignore[arg-type]
        lines.append(f"  {w(key)} : {parts}")
    parts = ", ".join(f"{k} {n}" for k, n in board.totals("service").items())
    lines.append(f"  {w('by_service')} : {parts}")
    lines.append(f"{w('delays')} — {w('median')} / {w('p90')} ({w('count')})")
    for stage in STAGE_NAMES:
        f = board.delay(stage)
        lines.append(
            f"  {w('stage_' + stage)} : {_num(as_number(f.median))} / "
            f"{_num(as_number(f.p90))} ({f.count})"
        )
    lines.append(f"{w('stock')} : {board.stock_total()}  {board.stock_by_service()}")
    lines.append(f"{w('overdue')} : {board.overdue_total()}  {board.overdue_by_service()}")
    cover = board.coverage()[0]
    rate = f"{float(cover.rate):.1%}" if cover.rate is not None else "—"
    lines.append(f"{w('coverage')} : {cover.answered} / {cover.received} = {rate}")
    share = board.portal_share()
    ack = board.acknowledgement_delay()
    lines.append(
        f"{w('portal_share')} : {board.portal_received()} / {board.incoming()}"
        + (f" = {float(share):.1%}" if share is not None else "")
    )
    hours = [None if v is None else round(float(v) / 60, 1) for v in (ack.median, ack.p90)]
    lines.append(f"  {w('ack_delay')} : {_num(hours[0])} / {_num(hours[1])} ({ack.count})")
    lines.append(f"  {w('ack_waiting')} : {board.acknowledgements.waiting}")
    return "\n".join(lines)


# --- holidays --------------------------------------------------------------------------------


def _year(value: int | None) -> int | None:
    if value is not None and not YEARS[0] <= value <= YEARS[1]:
        raise UsageError("holiday_bad_year", year=value)
    return value


def _office_id(ctx: Context) -> int:
    if ctx.has_user():
        return ctx.actor().office_id
    from app.organisation.setup import get_office

    return get_office(ctx.database()).id


def cmd_holiday_list(ctx: Context) -> int:
    rows = holidays.list_holidays(ctx.database(), _office_id(ctx), _year(ctx.args.year))
    lang = ctx.lang or _lang()
    ctx.emit(
        [r.to_json() for r in rows],
        "\n".join(
            f"{r.day.isoformat()}  {r.name_ar if lang == 'ar' else r.name_fr}"
            + (f"  ({r.hijri})" if r.hijri else "")
            for r in rows
        ),
    )
    return 0


def cmd_holiday_proposals(ctx: Context) -> int:
    year = _year(ctx.args.year)
    assert year is not None
    found = holidays.proposals(ctx.database(), _office_id(ctx), year)
    lang = ctx.lang or _lang()
    ctx.emit(
        [p.to_json() for p in found],
        "\n".join(
            f"{'✓' if p.recorded else ' '} {p.day.isoformat()}  "
            f"{p.name_ar if lang == 'ar' else p.name_fr}" + (f"  ({p.hijri})" if p.hijri else "")
            for p in found
        ),
    )
    return 0


def _day(text: str) -> object:
    found = options.filter_day(text, "date")
    if found is None:
        raise UserError("missing_field", field="date")
    return found


def cmd_holiday_add(ctx: Context) -> int:
    a = ctx.args
    row = holidays.add_holiday(
        ctx.database(),
        ctx.actor(),
        _day(a.day),  # type: ignore[arg-type]
        name_fr=a.name_fr,
        name_ar=a.name_ar,
        kind=a.kind,
        hijri_date=a.hijri,
    )
    ctx.emit(row.to_json(), f"+ {row.day.isoformat()} {row.name_fr}")
    return 0


def cmd_holiday_remove(ctx: Context) -> int:
    row = holidays.remove_holiday(ctx.database(), ctx.actor(), _day(ctx.args.day))  # type: ignore[arg-type]
    ctx.emit(row.to_json(), f"- {row.day.isoformat()} {row.name_fr}")
    return 0


def cmd_holiday_fixed(ctx: Context) -> int:
    year = _year(ctx.args.year)
    assert year is not None
    added = holidays.add_fixed(ctx.database(), ctx.actor(), year)
    ctx.emit(
        [r.to_json() for r in added],
        "\n".join(f"+ {r.day.isoformat()} {r.name_fr}" for r in added),
    )
    return 0
