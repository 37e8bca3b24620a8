"""receipt: the counter receipt of a mail as a PDF (an extension of the contract), for a mail the
user named may see (as ``mail show``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import access
from app.cli.context import Context
from app.domain.enums import MailEventKind
from app.files import write_atomic
from app.i18n import message
from app.printing.journal import record_mail_prints
from app.printing.receipt import SIZES, receipt_data, receipt_pdf


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("receipt", parents=[common], help="the counter receipt of a mail, as PDF")
    p.add_argument("number")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--size", choices=list(SIZES), default="a5")
    p.set_defaults(handler=cmd_receipt, needs=access.ANY_USER)


def cmd_receipt(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    data = receipt_data(db, a.number, actor=actor)
    write_atomic(
        a.out,
        receipt_pdf(data, a.size),
        error="pdf_write_failed",
        # Recorded before the file appears: a receipt that exists was audited.
        before_rename=lambda: record_mail_prints(
            db, actor, [data.number], MailEventKind.RECEIPT_PRINTED, {"size": a.size}
        ),
    )
    ctx.emit(
        {"out": str(a.out), "number": data.number, "size": a.size},
        message("receipt_written", ctx.lang, number=data.number, path=str(a.out)),
    )
    return 0
