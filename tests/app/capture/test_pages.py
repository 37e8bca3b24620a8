"""Pages to one PDF: lossless, in the clerk's order and turns; a whole PDF kept byte for byte."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from app.capture.pages import (
    assemble,
    deleted,
    document_name,
    image_page,
    moved,
    pages_of,
    raster,
    turned,
)
from app.documents.inspect import inspect_bytes
from app.errors import InvalidFile
from tests.support import files


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (40, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def test_images_are_embedded_without_loss_in_the_clerks_order_and_turns() -> None:
    noisy = Image.effect_noise((64, 48), 60).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, format="PNG", dpi=(300, 300))
    pages = [image_page(out.getvalue(), "a.png"), image_page(_png((200, 0, 0)), "b.png")]
    pages = turned(moved(pages, 1, 0), 1, 90)  # red first, the noise turned a quarter
    info = assemble(pages, "doc.pdf")
    reader = PdfReader(io.BytesIO(info.data))
    assert info.pages == 2 and inspect_bytes("doc.pdf", info.data, max_bytes=10**8).pages == 2
    assert [p.rotation for p in reader.pages] == [0, 90]
    assert reader.pages[0].images[0].image.convert("RGB").getpixel((0, 0)) == (200, 0, 0)
    assert reader.pages[1].images[0].image.convert("RGB").tobytes() == noisy.tobytes()
    assert raster(pages[1]).size == (48, 64)  # the picture is turned for reading as well


def test_jpeg_stays_the_same_jpeg() -> None:
    jpeg = files.image_bytes("JPEG", (80, 60))
    info = assemble([image_page(jpeg, "p.jpg")], "p.pdf")
    resources = PdfReader(io.BytesIO(info.data)).pages[0]["/Resources"]["/XObject"]
    (stream,) = [resources[name].get_object() for name in resources]
    assert stream["/Filter"] == "/DCTDecode" and stream._data == jpeg


def test_a_whole_pdf_unchanged_is_kept_byte_for_byte_and_parts_are_copied() -> None:
    original = inspect_bytes("lot.pdf", files.marked_pdf_bytes(3), max_bytes=10**8)
    pages = pages_of(original)
    assert assemble(pages, "lot.pdf").data == original.data
    part = assemble(deleted(pages, [0]), "lot-p2-3.pdf")
    assert part.pages == 2 and part.data != original.data
    with pytest.raises(InvalidFile):
        assemble([], "vide.pdf")


def test_multi_page_tiff_frames_are_pages() -> None:
    tiff = inspect_bytes("t.tif", files.image_bytes("TIFF", frames=3), max_bytes=10**8)
    info = assemble(deleted(pages_of(tiff), [1]), "t.pdf")
    assert info.pages == 2


def test_document_names() -> None:
    assert document_name("lot.pdf", 1, 9, 9) == "lot.pdf"
    assert document_name("lot.pdf", 3, 5, 12) == "lot-p03-05.pdf"
    assert document_name("lot.pdf", 4, 4, 9) == "lot-p4.pdf"
