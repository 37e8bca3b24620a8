"""routing-slip, delivery-book (the registered letters' ``mail ar-returned`` / ``ar-pending``
are the ``mail`` command's: :mod:`app.cli.mail_ar`).

    bureau-ordre routing-slip NUMBER... --out FILE.pdf [--size a4|a5] [--attach]
    bureau-ordre delivery-book [--service CODE]... --date D [--to D] --out FILE.pdf
                               [--pending] [--record [--receiver NAME]]

``--attach`` also attaches each mail's slip to it (a PDF in its file); with ``--attach``,
``--out`` may be left out. Without ``--service`` the delivery book has a sheet for every
service with mail in the period. Which mails belong to a sheet: :mod:`app.dispatch.book`.
``--record`` records, once the file is written, that the book's mails were handed over (a
user is required: who handed them).

Each command names its user (``--user`` / BO_USER) and requires the role of its screen
(:mod:`app.cli.access`): routing slips, the delivery book and ``ar-pending`` any user,
``--record`` (the handing-over) and ``ar-returned`` the roles of their screens (clerk,
supervisor, administrator), refused before anything is written. Prints keep to
the mail that user may see, by the rules of ``mail show`` (:mod:`app.registry.reach`): an
unseeable number is refused (exit 3), a delivery book leaves out the lines outside the user's
reach. They are audited under the user's login (routing slips also in each mail's history).
Nothing is written or recorded if any number is refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import access, options
from app.cli.context import Context
from app.dispatch.handover import HANDS_OVER
from app.domain.enums import MailEventKind, Role
from app.errors import PermissionDenied, UserError
from app.files import write_atomic
from app.i18n import message

SLIP_SIZES = ("a4", "a5")  # app.printing.routing_slip.SIZES, without importing Qt here


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "routing-slip", parents=[common], help="routing slips (fiches d'imputation), as PDF"
    )
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--out", type=Path, help="the PDF file to write")
    p.add_argument("--size", choices=list(SLIP_SIZES), default="a4")
    p.add_argument("--attach", action="store_true", help="attach each slip to its mail")
    p.set_defaults(handler=cmd_routing_slip, needs=access.ANY_USER)

    p = sub.add_parser(
        "delivery-book",
        parents=[common],
        help="the delivery book (cahier de transmission) of a day or a period, as PDF",
    )
    p.add_argument(
        "--service", action="append", default=[], help="a service's code (repeatable; none: all)"
    )
    p.add_argument("--date", required=True, help="local day (YYYY-MM-DD or 'today')")
    p.add_argument("--to", help="last day of a period")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--pending", action="store_true", help="only mail not yet handed over")
    p.add_argument("--record", action="store_true", help="record the handing-over")
    p.add_argument("--receiver", help="the receiving agent's name, with --record")
    p.set_defaults(handler=cmd_delivery_book, needs=access.ANY_USER)


# --- routing slips ---------------------------------------------------------------------------


def cmd_routing_slip(ctx: Context) -> int:
    from app.dispatch.slip import attach_slips, slip_data
    from app.printing.journal import record_mail_prints
    from app.printing.routing_slip import slips_pdf

    a = ctx.args
    if a.out is None and not a.attach:
        raise UserError("missing_field", field="out-or-attach")
    db = ctx.database()
    actor = ctx.actor()
    slips = [slip_data(db, number, actor=actor) for number in dict.fromkeys(a.numbers)]
    numbers = [s.number for s in slips]
    report: dict[str, object] = {"slips": len(slips), "numbers": numbers, "size": a.size}
    lines = []
    if a.out is not None:
        write_atomic(
            a.out,
            slips_pdf(slips, a.size),
            error="pdf_write_failed",
            # Recorded before the file appears: a slip that exists was audited.
            before_rename=lambda: record_mail_prints(
                db, actor, numbers, MailEventKind.SLIP_PRINTED, {"size": a.size, "to": "pdf"}
            ),
        )
        report["out"] = str(a.out)
        lines.append(message("slips_written", ctx.lang, path=str(a.out), count=len(slips)))
    if a.attach:
        done = attach_slips(db, actor, numbers, a.size)
        report["attached"] = [
            {"number": r.number, "name": f.name, "sha256": f.sha256} for r in done for f in r.files
        ]
        lines.append(message("slips_attached", ctx.lang, count=len(done)))
    ctx.emit(report, "\n".join(lines))
    return 0


# --- the delivery book -----------------------------------------------------------------------


def cmd_delivery_book(ctx: Context) -> int:
    from app.dispatch.book import delivery_book
    from app.dispatch.handover import record_handover
    from app.printing.delivery_book import book_pdf
    from app.printing.journal import record_book_print

    a = ctx.args
    first, last = options.period(a.date, a.to, first_required=True)
    if a.receiver and not a.record:
        raise UserError("receiver_needs_record")
    db = ctx.database()
    actor = ctx.actor()
    if a.record and Role(actor.role) not in HANDS_OVER:  # refused before anything is written
        raise PermissionDenied("denied_role", role=actor.role, action="deliver")
    book = delivery_book(
        db,
        first=first,  # type: ignore[arg-type]
        last=last,  # type: ignore[arg-type]
        services=a.service or None,
        actor=actor,
        pending_only=a.pending,
    )
    pdf = book_pdf(book)  # refuses a book without mail, before anything is written
    details = {
        "services": [s.service_code for s in book.sheets if s.lines],
        "first_day": book.first_day.isoformat(),
        "last_day": book.last_day.isoformat(),
        "mails": book.count,
        "pending_only": a.pending,
        "to": "pdf",
    }
    wanted = {s.service_code: [line.number for line in s.pending] for s in book.sheets}
    if a.record and not any(wanted.values()):
        raise UserError("nothing_to_deliver")
    write_atomic(
        a.out,
        pdf,
        error="pdf_write_failed",
        before_rename=lambda: record_book_print(db, actor, details),
    )
    recorded = []
    if a.record:
        recorded = record_handover(
            db, actor, wanted, first=book.first_day, last=book.last_day, receiver=a.receiver
        )
    sheets = sum(1 for s in book.sheets if s.lines)
    text = message(
        "delivery_book_written", ctx.lang, path=str(a.out), count=book.count, sheets=sheets
    )
    for done in recorded:
        text += "\n" + message(
            "handover_recorded", ctx.lang, count=len(done.numbers), service=done.service
        )
    ctx.emit(
        {"out": str(a.out), **book.to_json(), "recorded": [d.to_json() for d in recorded]}, text
    )
    return 0
