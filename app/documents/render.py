"""Pages of an attachment as pictures, for previews.

PDF pages are rasterised with pdfium (``pypdfium2``), images (PNG, JPEG, TIFF, multi-page
TIFF included) are scaled with Pillow. Each page comes out ``width`` pixels wide, its height
following the page's proportions, as packed RGBA bytes a GUI can wrap without conversion;
never taller than :data:`MAX_HEIGHT` nor larger than :data:`app.documents.pixels.PAGE_PIXELS`
(narrower then), and an image too large to open safely is refused
(:func:`app.documents.pixels.open_image`).

Safe to call from worker threads: pdfium is not thread-safe, so every use of it holds one
lock, and every pdfium object is closed before the lock is released (its memory is native and
large). Content that cannot be read raises :class:`InvalidFile` in the user's language.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.documents import pixels
from app.documents.inspect import JPEG, PDF, PNG, TIFF
from app.errors import InvalidFile

MIN_WIDTH = 16
MAX_WIDTH = 4096
MAX_HEIGHT = 8192  # a strip of a page, not a poster: caps memory for odd proportions

_PDFIUM_LOCK = threading.Lock()
# Every user of pdfium in the process takes this lock (capture rasterises pages with it too).
PDFIUM_LOCK = _PDFIUM_LOCK
_POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``height`` rows of ``stride`` bytes, 4 bytes a pixel, RGBA."""

    index: int
    width: int
    height: int
    stride: int
    data: bytes


@dataclass(frozen=True)
class Rendering:
    """The pages asked for (possibly fewer at the end) and how many the document has."""

    page_count: int
    pages: list[PageImage]


def render_pages(
    content: bytes,
    mime: str,
    *,
    first: int = 0,
    count: int,
    width: int,
    name: str = "",
) -> Rendering:
    """Render pages ``first`` to ``first + count - 1`` (those that exist) ``width`` px wide."""
    if first < 0 or count < 0:
        raise ValueError("first and count must not be negative")
    width = max(MIN_WIDTH, min(MAX_WIDTH, int(width)))
    if mime == PDF:
        return _render_pdf(content, first, count, width, name)
    if mime in (PNG, JPEG, TIFF):
        return _render_image(content, first, count, width, name)
    raise InvalidFile("preview_unsupported", name=name, type=mime)


def _fit(page_width: float, page_height: float, width: int) -> tuple[int, int]:
    """Pixel size for a page drawn ``width`` wide, capped in height and in pixels."""
    if page_width <= 0 or page_height <= 0:
        raise ValueError("empty page")
    height = round(page_height * width / page_width)
    if height > MAX_HEIGHT:
        width = max(1, round(width * MAX_HEIGHT / height))
        height = MAX_HEIGHT
    return pixels.fit_pixels(width, max(1, height), pixels.PAGE_PIXELS)


def _render_pdf(content: bytes, first: int, count: int, width: int, name: str) -> Rendering:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(content)
        except pdfium.PdfiumError as exc:
            code = "pdf_encrypted" if "password" in str(exc).lower() else "pdf_corrupt"
            raise InvalidFile(code, name=name) from exc
        try:
            total = len(doc)
            if total < 1:
                raise InvalidFile("pdf_corrupt", name=name)
            pages = []
            for index in range(first, min(first + count, total)):
                page = doc[index]
                try:
                    w_pt, h_pt = page.get_size()
                    px_w, _ = _fit(w_pt, h_pt, width)
                    bitmap = page.render(
                        scale=px_w / w_pt * (1 - 1e-9),  # pdfium rounds sizes up
                        fill_color=(255, 255, 255, 255),
                        force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                        rev_byteorder=True,  # RGBA in memory
                        may_draw_forms=False,
                    )
                    try:
                        pages.append(
                            PageImage(
                                index=index,
                                width=bitmap.width,
                                height=bitmap.height,
                                stride=bitmap.stride,
                                data=bytes(bitmap.buffer),
                            )
                        )
                    finally:
                        bitmap.close()
                except (pdfium.PdfiumError, ValueError) as exc:
                    raise InvalidFile("pdf_corrupt", name=name) from exc
                finally:
                    page.close()
            return Rendering(page_count=total, pages=pages)
        finally:
            doc.close()


def _render_image(content: bytes, first: int, count: int, width: int, name: str) -> Rendering:
    from PIL import Image, ImageOps

    with pixels.open_image(content, name) as img:
        try:
            total = int(getattr(img, "n_frames", 1))
            pages = []
            for index in range(first, min(first + count, total)):
                pixels.seek_frame(img, index, name)
                turned = img.size if img.getexif().get(0x0112, 1) < 5 else img.size[::-1]
                size = _fit(turned[0], turned[1], width)
                img.draft(img.mode, size if turned == img.size else size[::-1])  # JPEG: smaller
                frame = ImageOps.exif_transpose(img)  # phone photos carry their rotation
                # Scaled in its own mode first: four bytes a pixel only at the final size.
                frame = frame.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
                frame = frame.convert("RGBA")
                pages.append(
                    PageImage(
                        index=index,
                        width=frame.width,
                        height=frame.height,
                        stride=frame.width * 4,
                        data=frame.tobytes(),
                    )
                )
        except InvalidFile:
            raise
        except Exception as exc:  # Pillow raises many kinds of error on a broken file
            raise InvalidFile("image_corrupt", name=name) from exc
    return Rendering(page_count=total, pages=pages)
