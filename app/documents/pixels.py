"""How many pixels a page or a picture may take: bombs refused at entry, and every drawing bounded.

A PDF states its page size in points and may state 14,400 pt (5 m) a side in 683 bytes: drawn
at 200 dpi for barcodes, that page is 1.6 billion pixels. An image inside a PDF, or an image
file, may say 20,000 × 20,000 pixels in a few megabytes of zeros. So:

- **At entry** (:func:`check_pdf`, :func:`check_image`, called by
  :func:`app.documents.inspect.inspect_bytes` for every file that becomes an attachment or a
  tray document: ``mail add``, the GUI's attach and capture, the watched folder, the portal's
  files), a page larger than :data:`MAX_PAGE_AREA_M2` or an image of more than
  :data:`IMAGE_PIXELS` pixels is refused with a message that says what and how big. Only sizes
  are read: page boxes, image dictionaries, a JPEG's frame header; nothing is decoded.
- **When drawing** (barcode matching, OCR, thumbnails, the page viewer, previews), a page is
  drawn at the resolution asked for or smaller, never more than :data:`PAGE_PIXELS` pixels
  (:func:`pdf_scale`, :func:`fit_pixels`); where the resolution left is too low to read
  anything (``min_dpi``), the page is refused with a clear message instead. This also holds
  for files stored before these checks existed.

Every page accepted at entry can be drawn at :data:`MIN_READ_DPI` or more within the budget:
2 m² at 100 dpi is 31 million pixels.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.errors import InvalidFile

if TYPE_CHECKING:
    from PIL import Image as PILImage

PAGE_PIXELS = 36_000_000  # one drawn page: A2 at 300 dpi, A4 at 600 dpi
IMAGE_PIXELS = 90_000_000  # one image, alone or in a PDF: an A3 colour scan at 600 dpi is 70
MAX_PAGE_AREA_M2 = 2.0  # twice A0: plans, yes; posters of 25 m², no
MIN_READ_DPI = 100  # below this, neither barcodes nor OCR read anything

_POINTS_PER_M = 72 / 0.0254
_MAX_PAGE_AREA_PT2 = MAX_PAGE_AREA_M2 * _POINTS_PER_M**2


def pdf_scale(width_pt: float, height_pt: float, dpi: float, budget: int = PAGE_PIXELS) -> float:
    """Pixels per point to draw a page at ``dpi``, or less so as to stay within ``budget``."""
    scale = dpi / 72
    width_pt, height_pt = max(width_pt, 1e-6), max(height_pt, 1e-6)
    if width_pt * height_pt * scale * scale > budget:
        scale = math.sqrt(budget / (width_pt * height_pt))
        # pdfium rounds each side up: keep the rounded sizes within the budget too.
        while math.ceil(width_pt * scale) * math.ceil(height_pt * scale) > budget:
            scale *= 0.999
    return scale


def fit_pixels(width: int, height: int, budget: int = PAGE_PIXELS) -> tuple[int, int]:
    """``width`` × ``height`` scaled down, proportions kept, to at most ``budget`` pixels."""
    if width * height <= budget:
        return width, height
    ratio = math.sqrt(budget / (width * height))
    return max(1, int(width * ratio)), max(1, int(height * ratio))


def page_fits(width_pt: float, height_pt: float) -> bool:
    """Whether a page of this size (points) is within :data:`MAX_PAGE_AREA_M2`."""
    return width_pt * height_pt <= _MAX_PAGE_AREA_PT2


def check_page(width_pt: float, height_pt: float, *, page: int, name: str) -> None:
    """Refuse a page larger than :data:`MAX_PAGE_AREA_M2` (``page`` 1-based)."""
    if not page_fits(width_pt, height_pt):
        raise InvalidFile(
            "page_too_large",
            name=name,
            page=page,
            width=round(width_pt / 72 * 2.54),
            height=round(height_pt / 72 * 2.54),
            limit=f"{MAX_PAGE_AREA_M2:g}",
        )


def require_dpi(
    scale: float, min_dpi: float | None, *, page: int, name: str, size: tuple[float, float]
) -> None:
    """Refuse a page the budget lets draw at less than ``min_dpi`` (``size`` in points)."""
    if min_dpi is not None and scale * 72 < min_dpi - 0.5:
        raise InvalidFile(
            "page_too_large",
            name=name,
            page=page,
            width=round(size[0] / 72 * 2.54),
            height=round(size[1] / 72 * 2.54),
            limit=f"{MAX_PAGE_AREA_M2:g}",
        )


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1e6:.0f}" if pixels >= 10**7 else f"{pixels / 1e6:.1f}"


def check_image(width: int, height: int, *, name: str, page: int | None = None) -> None:
    """Refuse an image of more than :data:`IMAGE_PIXELS` (``page``: the PDF page it is on)."""
    pixels = int(width) * int(height)
    if pixels > IMAGE_PIXELS:
        params = {"name": name, "pixels": _megapixels(pixels), "limit": IMAGE_PIXELS // 10**6}
        if page is None:
            raise InvalidFile("image_too_large", **params)
        raise InvalidFile("pdf_image_too_large", page=page, **params)


_BOMB_SIZE = re.compile(r"\((\d+) pixels\)")


@contextmanager
def open_image(data: bytes, name: str) -> Iterator[PILImage.Image]:
    """The image ``data`` opened with Pillow (lazily: nothing decoded yet), refused if too large.

    Pillow's own guard raises past twice its limit and only warns below; the size is checked
    here, against :data:`IMAGE_PIXELS`, before anything is decoded. A broken image raises
    ``image_corrupt``. The frames of a multi-page TIFF are checked one by one when seeking
    (:func:`seek_frame`).
    """
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        found = _BOMB_SIZE.search(str(exc))
        pixels = int(found.group(1)) if found else 2 * Image.MAX_IMAGE_PIXELS
        raise InvalidFile(
            "image_too_large", name=name, pixels=_megapixels(pixels), limit=IMAGE_PIXELS // 10**6
        ) from exc
    except Exception as exc:  # Pillow raises many kinds of error on a broken file
        raise InvalidFile("image_corrupt", name=name) from exc
    with img:
        check_image(img.width, img.height, name=name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            yield img


def seek_frame(img: PILImage.Image, index: int, name: str) -> None:
    """Go to frame ``index`` of an opened image; refused if that frame is too large."""
    img.seek(index)
    check_image(img.width, img.height, name=name)


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header, without decoding; None if not found."""
    if not data.startswith(b"\xff\xd8"):
        return None
    i, end = 2, len(data)
    while i + 4 <= end:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        # Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if i + 9 > end:
                return None
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return width, height
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header before
            return None
        i += 2 + length
    return None


def check_pdf(data: bytes, name: str) -> None:
    """Refuse a PDF with a page too large or an image too large (sizes read, nothing drawn).

    Pages as pdfium will draw them (their crop box), images as their dictionaries say and,
    for JPEG images, as their own frame header says (the decoder follows the header).
    Images in form XObjects and inline images are found too.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from app.documents.render import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            code = "pdf_encrypted" if "password" in str(exc).lower() else "pdf_corrupt"
            raise InvalidFile(code, name=name) from exc
        try:
            for index in range(len(doc)):
                page = doc[index]
                try:
                    width, height = page.get_size()
                    check_page(width, height, page=index + 1, name=name)
                    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=16):
                        _check_pdf_image(obj, page=index + 1, name=name)
                finally:
                    page.close()
        except pdfium.PdfiumError as exc:
            raise InvalidFile("pdf_corrupt", name=name) from exc
        finally:
            doc.close()


def _check_pdf_image(obj, *, page: int, name: str) -> None:  # type: ignore[no-untyped-def]
    width, height = obj.get_px_size()
    check_image(width, height, name=name, page=page)
    if obj.get_filters() == ["DCTDecode"]:  # the stream is the JPEG itself: read its header
        size = jpeg_size(bytes(obj.get_data(decode_simple=False)))
        if size is not None:
            check_image(*size, name=name, page=page)
