"""Pixel bombs (issue 19, item 12): refused at entry; bounded wherever pages are drawn.

A 683-byte PDF with 14,400 pt pages took 4.7 GB when import-scans drew it at 200 dpi; a
20,000² JPEG inside a PDF raised Pillow's uncaught DecompressionBombError. The bombs are made
in a moment by :mod:`tests.support.bombs`; what once took gigabytes runs in a child process
under a memory limit (:mod:`tests.support.limited`).
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.capture.pages import Page, raster, rasters
from app.documents import pixels
from app.documents.inspect import JPEG, PDF, inspect_bytes
from app.documents.render import render_pages
from app.errors import InvalidFile
from tests.support import bombs, limited

MB = 10**8

HUGE_JPEG = bombs.huge_jpeg(20000, 20000)


def _refused(name: str, data: bytes) -> InvalidFile:
    with pytest.raises(InvalidFile) as refused:
        inspect_bytes(name, data, max_bytes=MB)
    return refused.value


def test_the_bombs_are_small_and_what_they_say() -> None:
    page = bombs.huge_page_pdf()
    assert len(page) < 700
    with Image.open(io.BytesIO(bombs.huge_jpeg(2000, 1000))) as img:
        img.load()
        assert img.size == (2000, 1000) and img.getextrema() == (128, 128)
    assert pixels.jpeg_size(HUGE_JPEG) == (20000, 20000)


def test_a_pdf_with_five_metre_pages_is_refused_at_entry() -> None:
    error = _refused("affiche.pdf", bombs.huge_page_pdf(pages=2))
    assert error.code == "page_too_large"
    assert error.message("fr") == (
        "La page 1 de affiche.pdf mesure 508 × 508 cm : les pages de plus de 2 m² "
        "(deux fois le format A0) sont refusées."
    )
    assert "508 × 508" in error.message("ar")


def test_user_unit_makes_a_small_box_a_huge_page() -> None:
    data = bombs.huge_page_pdf(side=100).replace(b"/MediaBox", b"/UserUnit 75 /MediaBox")
    assert _refused("plan.pdf", data).code == "page_too_large"


def test_an_a0_plan_is_accepted() -> None:
    assert inspect_bytes("plan.pdf", bombs.huge_page_pdf(side=3370), max_bytes=MB).pages == 1


def test_a_pdf_holding_a_twenty_thousand_pixel_square_image_is_refused() -> None:
    error = _refused("scan.pdf", bombs.jpeg_pdf(HUGE_JPEG, 20000, 20000))
    assert error.code == "pdf_image_too_large"
    assert "page 1" in error.message("fr") and "400 millions de pixels" in error.message("fr")


def test_an_image_whose_dictionary_lies_is_measured_by_its_own_header() -> None:
    error = _refused("scan.pdf", bombs.jpeg_pdf(HUGE_JPEG, 100, 100))
    assert error.code == "pdf_image_too_large"


@pytest.mark.parametrize("side", [10000, 20000])  # under and over Pillow's own hard limit
def test_an_image_file_too_large_is_refused_as_such(side: int) -> None:
    error = _refused("photo.jpg", bombs.huge_jpeg(side, side))
    assert error.code == "image_too_large"
    assert f"{side * side // 10**6} millions de pixels" in error.message("fr")


def test_a_real_scan_is_accepted() -> None:
    jpeg = bombs.huge_jpeg(2480, 3508)  # A4 at 300 dpi
    assert inspect_bytes("scan.pdf", bombs.jpeg_pdf(jpeg, 2480, 3508), max_bytes=MB).pages == 1
    assert inspect_bytes("scan.jpg", jpeg, max_bytes=MB).pages == 1


# --- drawing what is already stored (the checks at entry are new) --------------------------


def test_a_stored_giant_page_is_refused_for_reading_not_drawn() -> None:
    page = Page(bombs.huge_page_pdf(), PDF, 0, 0, "affiche.pdf")
    with pytest.raises(InvalidFile) as refused:
        next(rasters([page], 200, min_dpi=pixels.MIN_READ_DPI))
    assert refused.value.code == "page_too_large"


def test_a_stored_giant_page_draws_within_the_budget() -> None:
    page = Page(bombs.huge_page_pdf(), PDF, 0, 0, "affiche.pdf")
    picture = raster(page, 200)
    assert picture.width * picture.height <= pixels.PAGE_PIXELS
    small = raster(page, 24, max_pixels=110 * 156 * 16)  # a thumbnail
    assert small.width * small.height <= 110 * 156 * 16
    preview = render_pages(bombs.huge_page_pdf(), PDF, count=1, width=4096).pages[0]
    assert preview.width * preview.height <= pixels.PAGE_PIXELS


def test_a_scanned_page_with_a_huge_jpeg_draws_without_an_uncaught_error() -> None:
    page = Page(bombs.jpeg_pdf(HUGE_JPEG, 20000, 20000), PDF, 0, 0, "scan.pdf")
    picture = raster(page, 100)
    assert (picture.width, picture.height) == (827, 1170)  # A4 at 100 dpi
    assert picture.getextrema() == (128, 128)


def test_a_stored_huge_image_is_refused_for_previews_with_a_clear_message() -> None:
    with pytest.raises(InvalidFile) as refused:
        render_pages(bombs.huge_jpeg(10000, 10000), JPEG, count=1, width=400, name="photo.jpg")
    assert refused.value.code == "image_too_large"


def test_a_large_image_page_is_drawn_within_the_budget() -> None:
    jpeg = bombs.huge_jpeg(9000, 9000)  # 81 million pixels: accepted, larger than a page
    picture = raster(Page(jpeg, JPEG, 0, 0, "plan.jpg"), 200)
    assert picture.width * picture.height <= pixels.PAGE_PIXELS
    assert picture.info["dpi"][0] < 300  # drawn smaller than its own resolution


IMPORT = """
import sys
from app.capture.importer import MATCH_DPI
from app.capture.pages import Page, rasters
from app.documents.pixels import MIN_READ_DPI
from app.errors import InvalidFile
from tests.support import bombs
page = Page(bombs.huge_page_pdf(), "application/pdf", 0, 0, "affiche.pdf")
try:
    for picture in rasters([page], MATCH_DPI, min_dpi=MIN_READ_DPI):
        print(picture.size)
except InvalidFile as exc:
    print(exc.code)
"""


def test_matching_a_stored_giant_page_stays_within_memory() -> None:
    """What import-scans did with the 683-byte PDF: 4.7 GB; now refused, within 1.5 GB."""
    assert limited.run(IMPORT) == "page_too_large"


def test_ocr_refuses_a_stored_giant_page_before_drawing_it() -> None:
    from app.capture import ocr
    from app.documents.inspect import FileInfo

    info = FileInfo("affiche.pdf", PDF, 1, bombs.huge_page_pdf())
    with pytest.raises(InvalidFile) as refused:
        ocr.read_file_text(info)
    assert refused.value.code == "page_too_large"


def test_thumbnails_of_a_stored_bomb_are_small() -> None:
    from ui.capture.thumbs import THUMB_HEIGHT, THUMB_WIDTH, page_picture

    for page in (
        Page(bombs.huge_page_pdf(), PDF, 0, 0, "affiche.pdf"),
        Page(bombs.jpeg_pdf(HUGE_JPEG, 20000, 20000), PDF, 0, 0, "scan.pdf"),
    ):
        width, height, _ = page_picture(page)
        assert width <= THUMB_WIDTH and height <= THUMB_HEIGHT
