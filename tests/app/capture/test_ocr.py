"""OCR: a scanned page in Arabic and French is read, stored without direction marks, found."""

from __future__ import annotations

import shutil

import pytest
from PIL import ImageFilter

from app.capture import ocr, texts
from app.capture.pages import assemble, image_page
from app.registry.attach import attach
from app.registry.browse import RegisterQuery, find_ids
from app.registry.queries import get_mail_by_id
from tests.app.capture.conftest import register
from tests.conftest import Office
from tests.support import files, scans

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract-ocr is not installed"
)

LINES = [
    "المملكة المغربية",
    "وزارة العدل",
    "طلب الحصول على شهادة إدارية",
    "Objet : demande de certificat administratif",
    "Monsieur le Directeur, j'ai l'honneur de solliciter",
    "la délivrance d'une attestation de travail.",
]


def _degraded_page() -> bytes:
    page = scans.text_page(LINES, size=50, top=400)
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    return scans.png_bytes(scans.scanned(page, angle=0.7, seed=9, noise=10))


def test_direction_marks_are_stripped() -> None:
    assert texts.strip_marks("\u200fوزارة\u200e A-2026/000001\u202b") == "وزارة A-2026/000001"


@needs_tesseract
@pytest.mark.slow
def test_a_scanned_arabic_and_french_page_is_found_by_its_words(office: Office) -> None:
    other, number = register(office, 2)
    scan = assemble([image_page(_degraded_page(), "lettre.png")], "lettre.pdf")
    attach(office.db, office.clerk, number, [scan])
    attach(office.db, office.clerk, other, [assemble([image_page(files.image_bytes())], "x.pdf")])
    assert texts.queue_missing(office.db) == 2
    assert ocr.run_pending(office.db) == 2

    stored = texts.texts_since(office.db)
    text = next(r.text for r in stored if r.number == number)
    assert "\u200f" not in text and "\u200e" not in text
    for words in ("certificat administratif", "شهادة إدارية", "وزارة العدل", "attestation"):
        assert texts.mails_with_words(office.db, words) == [number], words
    # Folded as search folds: hamza and ta marbuta forms, accents, case.
    assert texts.mails_with_words(office.db, "شهاده اداريه") == [number]
    assert texts.mails_with_words(office.db, "DELIVRANCE") == [number]
    assert texts.queue_missing(office.db) == 0
    # And the register's search box finds it by the words of its scan, in either script.
    for words in ("délivrance attestation", "وزاره العدل"):  # in the scan only, not the subject
        ids = find_ids(office.db, RegisterQuery(text=words))
        assert [get_mail_by_id(office.db, i).number for i in ids] == [number], words


def test_a_pdf_with_its_own_text_is_not_read_again(office: Office) -> None:
    from app.printing.labels import TEMPLATES, labels_pdf, sample_label

    (number,) = register(office, 1)
    pdf = labels_pdf([sample_label("Bureau d'ordre central")], TEMPLATES["a4-3x8"], 1)
    from app.documents.inspect import inspect_bytes

    attach(office.db, office.clerk, number, [inspect_bytes("etiquette.pdf", pdf, max_bytes=10**8)])
    texts.queue_missing(office.db)
    ocr.run_pending(office.db)
    (row,) = texts.texts_since(office.db)
    assert row.source == texts.SOURCE_PDF and "central" in row.text


@needs_tesseract
def test_a_stuck_ocr_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.errors import UserError

    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\nsleep 600\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{__import__('os').environ['PATH']}")
    from tests.support.scans import text_page

    with pytest.raises(UserError) as caught:
        ocr.read_image(text_page(), timeout=1)
    assert caught.value.code == "ocr_timeout"
