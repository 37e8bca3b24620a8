"""The counter receipt: bilingual, the number in clear and as a barcode that scans."""

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.errors import NotFound
from app.printing.receipt import SIZES, receipt_data, receipt_pdf
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office
from tests.support.pdf import barcodes, pdf_pages, pdf_text


@pytest.fixture
def number(office: Office) -> str:
    return register_mail(
        office.db,
        office.clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب الحصول على شهادة إدارية",
            correspondent=CorrespondentInput.from_name("محمد العلوي"),
            service_code="RH",
            pieces=3,
        ),
    ).number


@pytest.mark.parametrize("size", list(SIZES))
def test_the_receipt_reads_and_scans(office: Office, number: str, size: str) -> None:
    data = receipt_data(office.db, number, actor=office.clerk)
    assert data.clerk == "Fatima Zahra Bennani" and data.service_fr.startswith("Service des")
    pdf = receipt_pdf(data, size)
    text = pdf_text(pdf)
    for expected in (
        number,
        "Récépissé de dépôt",
        "وصل الإيداع",
        "طلب الحصول على شهادة إدارية",
        "محمد العلوي",
        "Bureau d'ordre - Ministère de la Justice",
        "مصلحة الموارد البشرية",
    ):
        assert expected in text, expected
    (page,) = pdf_pages(pdf, 203)
    assert barcodes(page) == [number]


def test_an_unknown_number_is_refused(office: Office) -> None:
    with pytest.raises(NotFound):
        receipt_data(office.db, "A-2026/999999", actor=office.clerk)
