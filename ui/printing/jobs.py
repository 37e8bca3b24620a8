"""The office's print jobs for the desktop: labels, a receipt, routing slips, the delivery book.

Each loads for the logged-in user, by the rules of ``mail show`` (:mod:`app.registry.reach`):
a mail the user may not see is refused on load, before any preview or print."""

from __future__ import annotations

from collections.abc import Sequence

from app.dispatch.book import DeliveryBook
from app.domain.enums import MailEventKind
from app.errors import UserError
from app.organisation.actor import Actor
from app.printing.journal import record_mail_prints
from app.printing.labels import LabelTemplate, label_data, render_labels
from app.printing.receipt import receipt_data, render_receipt
from app.store.database import Database
from ui.printing.service import PrintJob


def label_job(
    db: Database, actor: Actor, numbers: Sequence[str], template: LabelTemplate, start: int = 1
) -> PrintJob:
    numbers = list(numbers)
    return PrintJob(
        load=lambda: [label_data(db, n, actor=actor) for n in numbers],
        render=lambda device, labels: render_labels(device, labels, template, start),
        journal=lambda labels: record_mail_prints(
            db,
            actor,
            [label.number for label in labels],
            MailEventKind.LABEL_PRINTED,
            {"template": template.key, "start": start},
        ),
        title=" ".join(numbers),
    )


def receipt_job(db: Database, actor: Actor, number: str, size: str) -> PrintJob:
    return PrintJob(
        load=lambda: receipt_data(db, number, actor=actor),
        render=lambda device, data: render_receipt(device, data, size),
        journal=lambda data: record_mail_prints(
            db, actor, [data.number], MailEventKind.RECEIPT_PRINTED, {"size": size}
        ),
        title=number,
    )


def slip_job(db: Database, actor: Actor, numbers: Sequence[str], size: str = "a4") -> PrintJob:
    """The routing slips of ``numbers`` (those the user may see), a page each."""
    from app.dispatch.slip import slip_data
    from app.printing.routing_slip import render_slips

    numbers = list(dict.fromkeys(numbers))
    return PrintJob(
        load=lambda: [slip_data(db, n, actor=actor) for n in numbers],
        render=lambda device, slips: render_slips(device, slips, size),
        journal=lambda slips: record_mail_prints(
            db, actor, [s.number for s in slips], MailEventKind.SLIP_PRINTED, {"size": size}
        ),
        title=" ".join(numbers),
    )


def book_job(db: Database, actor: Actor, book: DeliveryBook) -> PrintJob:
    """The delivery book as loaded and shown (what is printed is what the clerk saw, and what
    a handing-over then records); a book without mail is refused before a printer is asked."""
    from app.printing.delivery_book import render_book
    from app.printing.journal import record_book_print

    def load() -> DeliveryBook:
        if not book.count:
            raise UserError(
                "delivery_book_empty",
                first=book.first_day.isoformat(),
                last=book.last_day.isoformat(),
            )
        return book

    def journal(shown: DeliveryBook) -> None:
        record_book_print(
            db,
            actor,
            {
                "services": [s.service_code for s in shown.sheets if s.lines],
                "first_day": shown.first_day.isoformat(),
                "last_day": shown.last_day.isoformat(),
                "mails": shown.count,
            },
        )

    codes = " ".join(s.service_code for s in book.sheets if s.lines)
    return PrintJob(
        load=load,
        render=lambda device, shown: render_book(device, shown),
        journal=journal,
        title=f"{book.first_day.isoformat()} {codes}".strip(),
    )
