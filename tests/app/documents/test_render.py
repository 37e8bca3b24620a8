import threading

import pytest

from app.documents.inspect import JPEG, PDF, PNG, TIFF
from app.documents.render import MAX_HEIGHT, PageImage, render_pages
from app.errors import InvalidFile
from tests.support import files


def _dark_pixels(page: PageImage) -> int:
    data = page.data
    return sum(
        1
        for row in range(page.height)
        for k in range(row * page.stride, row * page.stride + page.width * 4, 4)
        if data[k] < 60 and data[k + 1] < 60 and data[k + 2] < 60
    )


def _pixel(page: PageImage, x: int, y: int) -> tuple[int, ...]:
    k = y * page.stride + x * 4
    return tuple(page.data[k : k + 4])


def test_every_page_of_a_pdf_is_drawn_at_the_asked_width() -> None:
    result = render_pages(files.marked_pdf_bytes(3), PDF, count=10, width=200)
    assert result.page_count == 3
    assert [p.index for p in result.pages] == [0, 1, 2]
    for page in result.pages:
        assert page.width == 200
        assert page.height == pytest.approx(200 * 842 / 595, abs=1)  # A4 proportions
        assert len(page.data) >= page.stride * page.height
        assert _pixel(page, 5, 5) == (255, 255, 255, 255)  # white paper, opaque
    # The black bar grows from page to page: the pages are the document's, in order.
    dark = [_dark_pixels(p) for p in result.pages]
    assert 0 < dark[0] < dark[1] < dark[2]


def test_a_window_of_pages() -> None:
    result = render_pages(files.marked_pdf_bytes(5), PDF, first=3, count=4, width=80)
    assert result.page_count == 5
    assert [p.index for p in result.pages] == [3, 4]
    assert render_pages(files.marked_pdf_bytes(2), PDF, first=5, count=3, width=80).pages == []


def test_a_blank_pdf_page_is_white() -> None:
    page = render_pages(files.pdf_bytes(1), PDF, count=1, width=64).pages[0]
    assert _dark_pixels(page) == 0


@pytest.mark.parametrize(("fmt", "mime"), [("PNG", PNG), ("JPEG", JPEG), ("TIFF", TIFF)])
def test_images_are_scaled_to_the_width(fmt: str, mime: str) -> None:
    result = render_pages(files.image_bytes(fmt, size=(640, 480)), mime, count=6, width=160)
    assert result.page_count == 1
    (page,) = result.pages
    assert (page.width, page.height, page.stride) == (160, 120, 640)
    _, g, b, a = _pixel(page, 80, 60)  # the image's colour (JPEG is lossy: roughly)
    assert abs(g - 120) <= 8 and abs(b - 200) <= 8 and a == 255


def test_every_frame_of_a_multipage_tiff() -> None:
    data = files.image_bytes("TIFF", size=(100, 50), frames=4)
    result = render_pages(data, TIFF, first=1, count=2, width=50)
    assert result.page_count == 4
    assert [(p.index, p.width, p.height) for p in result.pages] == [(1, 50, 25), (2, 50, 25)]
    # frame i was filled with red i * 40: the frames are not all the first one
    assert [_pixel(p, 10, 10)[0] for p in result.pages] == [40, 80]


def test_an_absurdly_tall_page_is_capped() -> None:
    data = files.image_bytes("PNG", size=(10, 5000))
    (page,) = render_pages(data, PNG, count=1, width=400).pages
    assert page.height == MAX_HEIGHT
    assert page.width < 400


@pytest.mark.parametrize(
    ("data", "mime", "code"),
    [
        (files.corrupt_pdf_bytes(), PDF, "pdf_corrupt"),
        (b"not a pdf at all", PDF, "pdf_corrupt"),
        (files.encrypted_pdf_bytes(), PDF, "pdf_encrypted"),
        (files.image_bytes("PNG")[:40], PNG, "image_corrupt"),
        (b"\xff\xd8\xff" + bytes(100), JPEG, "image_corrupt"),
        (files.EXE_BYTES, "application/x-msdownload", "preview_unsupported"),
    ],
)
def test_unreadable_content_is_a_file_error(data: bytes, mime: str, code: str) -> None:
    with pytest.raises(InvalidFile) as caught:
        render_pages(data, mime, count=2, width=100, name="piece.bin")
    assert caught.value.code == code
    assert "piece.bin" in caught.value.message("fr")
    assert "piece.bin" in caught.value.message("ar")


def test_rendering_from_several_threads_at_once() -> None:
    data = files.marked_pdf_bytes(4)
    results: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                pages = render_pages(data, PDF, count=4, width=120).pages
                results.append(sum(_dark_pixels(p) for p in pages))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(results) == 20 and len(set(results)) == 1 and results[0] > 0
