"""register: a day's or a period's register as PDF, CSV or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import options
from app.cli.context import Context
from app.domain.enums import Direction
from app.i18n import message
from app.printing import export
from app.printing.journal import record_register_print
from app.registry.report import build_report


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "register", parents=[common], help="the register of a day or a period (pdf, csv, xlsx)"
    )
    p.add_argument("--direction", required=True, choices=[d.value for d in Direction])
    p.add_argument("--date", required=True, help="local day (YYYY-MM-DD or 'today')")
    p.add_argument("--to", help="last day of a period")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf, FILE.csv or FILE.xlsx")
    p.set_defaults(handler=cmd_register)


def cmd_register(ctx: Context) -> int:
    a = ctx.args
    fmt = export.format_of(a.out)
    first, last = options.period(a.date, a.to, first_required=True)
    assert first is not None
    db = ctx.database()
    # Whoever is named acts (and is checked); a script without a user prints as "cli".
    actor = ctx.actor() if ctx.has_user() else None
    report = build_report(db, Direction(a.direction), first, last)
    export.write_atomic(a.out, export.render(report, fmt))
    record_register_print(db, actor, report.journal_details(fmt))
    ctx.emit(
        {
            "out": str(a.out),
            "entries": len(report.entries),
            "format": fmt,
            "audit_seq": report.audit_seq,
            "audit_hash": report.audit_hash,
            "content_sha256": report.content_sha256,
        },
        message("register_written", ctx.lang, path=str(a.out), entries=len(report.entries)),
    )
    return 0
