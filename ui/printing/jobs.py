"""The office's print jobs for the desktop: a mail's label, its receipt.

Each loads for the logged-in user, by the rules of ``mail show`` (:mod:`app.printing.reach`):
a mail the user may not see is refused on load, before any preview or print."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.enums import MailEventKind
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
