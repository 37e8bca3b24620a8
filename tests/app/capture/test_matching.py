"""Barcode matching: labels read, damaged labels and foreign barcodes noticed, stacks split."""

from __future__ import annotations

import pytest

from app.capture.matching import Reading, Reason, has_bars, read_page, split
from app.domain.numbering import number_pattern
from tests.support import scans

NUMBER = "A-2026/000007"


@pytest.fixture(scope="module")
def label_scan():
    return scans.scanned(scans.label_page(NUMBER), angle=1.6, seed=1)


def test_a_scanned_label_is_read(label_scan) -> None:
    reading = read_page(label_scan)
    assert reading.numbers == (NUMBER,)
    assert reading.starts_document


def test_a_label_turned_the_other_way_and_a_sheet_label_are_read() -> None:
    page = scans.text_page()
    page.paste(scans.label_image("D-2026/000123", "a4-3x8"), (1400, 200))
    reading = read_page(scans.scanned(page, angle=-1.8, seed=2))
    assert reading.numbers == ("D-2026/000123",)


def test_typed_text_is_not_taken_for_bars() -> None:
    lines = [*scans.LETTER_FR, "مكتب الضبط المركزي — طلب الحصول على شهادة إدارية", "IIIII lllll"]
    page = scans.scanned(scans.text_page(lines, size=60), angle=1.2, seed=3)
    assert not has_bars(page)
    assert read_page(page) == Reading()


def test_a_damaged_label_is_bars_that_do_not_decode() -> None:
    page = scans.damaged(scans.label_page(NUMBER), scans.label_box(NUMBER))
    reading = read_page(scans.scanned(page, angle=-1.3, seed=4))
    assert reading.numbers == ()
    assert reading.bars is True


def test_a_foreign_barcode_is_not_a_label() -> None:
    reading = read_page(scans.scanned(scans.foreign_barcode_page(), angle=1.0, seed=5))
    assert reading.numbers == ()
    assert reading.foreign and reading.foreign[0].startswith("EAN13:611123456789")


def test_a_number_of_another_format_is_not_a_label(label_scan) -> None:
    reading = read_page(label_scan, number_pattern("BO-{prefix}{year}-{seq:05d}"))
    assert reading.numbers == ()
    assert reading.foreign == ("Code128:" + NUMBER,)


def test_split_at_labels() -> None:
    plain = Reading()
    readings = [
        plain,  # before the first label
        plain,
        Reading(numbers=("A-2026/000001",)),
        plain,
        plain,
        Reading(numbers=("A-2026/000002",)),
        Reading(bars=True),  # a damaged label starts a document of its own
        plain,
        Reading(foreign=("EAN13:6111234567890",)),
        Reading(numbers=("A-2026/000003", "A-2026/000004")),
        Reading(numbers=("A-2026/000005",)),
    ]
    got = [(s.pages, s.number, s.reason) for s in split(readings)]
    assert got == [
        ([0, 1], None, Reason.NO_LABEL),
        ([2, 3, 4], "A-2026/000001", None),
        ([5], "A-2026/000002", None),
        ([6, 7], None, Reason.UNREADABLE),
        ([8], None, Reason.FOREIGN),
        ([9], None, Reason.SEVERAL),
        ([10], "A-2026/000005", None),
    ]
