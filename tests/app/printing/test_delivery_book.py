"""The delivery book's PDF: a sheet per service, bilingual, signature columns, pages numbered."""

from datetime import timedelta

import pytest

from app.dispatch.book import delivery_book
from app.dispatch.handover import record_handover
from app.errors import UserError
from app.imputation import workflow
from app.printing.delivery_book import book_pdf
from tests.app.imputation.conftest import Org
from tests.support.days import today
from tests.support.pdf import pdf_pages, pdf_text


def test_a_sheet_per_service(org: Org) -> None:
    rh = org.mail("طلب شهادة العمل", service="RH")
    budget = org.mail("Demande de remboursement des frais de mission", service="BUDGET")
    workflow.assign(org.db, org.office.clerk, [budget], "BUDGET", copies=["RH"])
    secret = org.mail("Dossier disciplinaire de M. X", service="RH", confidential=True)
    pdf = book_pdf(delivery_book(org.db, first=today()))
    pages = pdf_text(pdf).split("\f")
    texts = [p for p in pages if p.strip()]
    assert len(texts) == 2  # BUDGET, then RH
    assert "BUDGET — Service du budget" in texts[0] and budget in texts[0] and rh not in texts[0]
    for expected in (
        "Cahier de transmission",
        "سجل التسليم",
        rh,
        "طلب شهادة العمل",
        budget,
        "Copie",
        secret,
        "Pli confidentiel",
        "Signature",
        "التوقيع",
        "réceptionnaire",
        "Reçu par (service)",
        "تسلمه",
        "Nombre de courriers : 3",
        "Page 1 / 1",
    ):
        assert expected in texts[1], expected
    assert "Dossier disciplinaire" not in texts[1]


def test_a_long_sheet_goes_on_and_pages_are_numbered(org: Org) -> None:
    for i in range(40):
        org.mail(f"Demande d'attestation de travail numéro {i}", service="RH")
    book = delivery_book(org.db, first=today(), services=["RH"])
    pdf = book_pdf(book)
    pages = pdf_pages(pdf, 30)
    assert len(pages) >= 3
    assert f"Page {len(pages)} / {len(pages)}" in pdf_text(pdf)
    assert "Nombre de courriers : 40" in pdf_text(pdf)


def test_a_mail_already_handed_over_says_so(org: Org) -> None:
    number = org.mail("Demande", service="RH")
    record_handover(org.db, org.office.clerk, {"RH": [number]}, first=today())
    text = pdf_text(book_pdf(delivery_book(org.db, first=today(), services=["RH"])))
    assert "Déjà remis le" in text and "سبق تسليمها" in text


def test_an_empty_book_is_refused(org: Org) -> None:
    org.mail("Demande", service="RH")
    with pytest.raises(UserError) as caught:
        book_pdf(delivery_book(org.db, first=today() - timedelta(days=3)))
    assert caught.value.code == "delivery_book_empty"
