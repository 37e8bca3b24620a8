"""label: barcode labels of one or more mails, as a PDF.

    bureau-ordre label NUMBER [NUMBER ...] --out FILE.pdf [--template KEY] [--start N]

The default template is the A4 sheet of 3 × 8 stickers: a PDF from the command line is printed
on whatever printer is at hand, usually an ordinary office printer, and any of them feeds an
A4 sheet at its true size; a thermal label page sent to an A4 printer gets scaled to fit and
its bars lose their whole-dot widths. Offices with a label printer name its template (the
desktop application keeps the choice in its printing settings). ``--start`` is the first free
position on a partly used sheet (1 = top left, across then down).

Labels are printed for the user named (``--user`` or BO_USER), of the mail that user may see
(as ``mail show``). Every label written is an audit event under the user's login, and in the
mail's history. Nothing is written, and nothing recorded, if any number is unknown or refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import access
from app.cli.context import Context
from app.domain.enums import MailEventKind
from app.files import write_atomic
from app.i18n import message
from app.printing.journal import record_mail_prints
from app.printing.labels import TEMPLATES, check_labels, label_data, labels_pdf

DEFAULT_TEMPLATE = "a4-3x8"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("label", parents=[common], help="barcode labels of mails, as PDF")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--template", choices=list(TEMPLATES), default=DEFAULT_TEMPLATE)
    p.add_argument("--start", type=int, default=1, help="first free position on the sheet")
    p.set_defaults(handler=cmd_label, needs=access.ANY_USER)


def cmd_label(ctx: Context) -> int:
    a = ctx.args
    template = TEMPLATES[a.template]
    db = ctx.database()
    actor = ctx.actor()
    labels = [label_data(db, number, actor=actor) for number in a.numbers]
    check_labels(labels, template, a.start)
    pdf = labels_pdf(labels, template, a.start)
    out: Path = a.out
    write_atomic(
        out,
        pdf,
        error="pdf_write_failed",
        # Recorded before the file appears: a label that exists was audited.
        before_rename=lambda: record_mail_prints(
            db,
            actor,
            [d.number for d in labels],
            MailEventKind.LABEL_PRINTED,
            {"template": template.key, "start": a.start, "to": "pdf"},
        ),
    )
    ctx.emit(
        {"out": str(out), "labels": len(labels), "template": template.key},
        message(
            "labels_written", ctx.lang, path=str(out), count=len(labels), template=template.key
        ),
    )
    return 0
