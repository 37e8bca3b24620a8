"""Mails to match scans against, and scanned stacks made for them."""

from __future__ import annotations

from functools import cache

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support import scans


def register(office: Office, count: int, **fields: object) -> list[str]:
    base: dict[str, object] = {
        "direction": Direction.IN,
        "subject": "Demande de certificat administratif",
        "correspondent": CorrespondentInput(name_latin="Karim Alaoui"),
    }
    return [
        register_mail(office.db, office.clerk, MailDraft(**{**base, **fields})).number  # type: ignore[arg-type]
        for _ in range(count)
    ]


@pytest.fixture
def mails(office: Office) -> list[str]:
    return register(office, 10)


def stack_layout(count: int) -> list[int]:
    """Pages per document: 1, 2 or 3, so that splitting has something to get wrong."""
    return [1 + (i % 3) for i in range(count)]


@cache
def batch_pdf(numbers: tuple[str, ...]) -> bytes:
    """Documents each led by a labelled page, then 0–2 typed pages; scanned, one PDF."""
    images = []
    for i, (number, pages) in enumerate(zip(numbers, stack_layout(len(numbers)), strict=True)):
        angle = (1.0 + (i % 5) * 0.25) * (-1 if i % 2 else 1)
        images.append(scans.scanned(scans.label_page(number), angle=angle, seed=i))
        for j in range(pages - 1):
            lines = [f"Page {j + 2} — suite du courrier {i + 1}", *scans.LETTER_FR[1:]]
            images.append(scans.scanned(scans.text_page(lines), angle=-angle, seed=100 + i))
    return scans.pdf_of(images)
