"""Pages: what a scanner, a copier's folder or a file gives, before it becomes one PDF.

A :class:`Page` points into its source (a whole PDF and a page index, or an image file and a
frame) and carries the turn the clerk gave it, so a 500-page batch holds its source bytes once
and no page is decoded until it is shown, read or assembled. The clerk reorders, turns and
deletes pages in a plain list (:func:`moved`, :func:`turned`, :func:`deleted`).

:func:`assemble` makes one PDF of pages, losslessly: PDF pages are copied as they are (turned
through the page's /Rotate), images are embedded without re-encoding (img2pdf: a JPEG stays the
same JPEG, a PNG's pixels stay the same). A whole PDF taken unchanged is kept byte for byte.

:func:`rasters` yields the pages as greyscale pictures, one at a time, for barcodes and OCR.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageOps

from app.documents import pixels
from app.documents.inspect import PDF, TIFF, FileInfo
from app.documents.pixels import PAGE_PIXELS
from app.documents.render import PDFIUM_LOCK
from app.errors import InvalidFile

DEFAULT_DPI = 300  # an image that does not say its resolution comes from a scanner


@dataclass(frozen=True)
class Page:
    """One page: ``data`` is a whole PDF (page ``index``) or an image file (frame ``index``).

    ``rotation``: degrees clockwise the clerk turned it (0, 90, 180, 270). ``origin``: the file
    or scan it came from, for names and messages.
    """

    data: bytes
    kind: str
    index: int = 0
    rotation: int = 0
    origin: str = ""

    @property
    def is_pdf(self) -> bool:
        return self.kind == PDF


def pages_of(info: FileInfo) -> list[Page]:
    """Every page of a checked file, in order."""
    return [Page(info.data, info.content_type, i, 0, info.filename) for i in range(info.pages)]


def image_page(data: bytes, origin: str = "") -> Page:
    """A page from one image file (a scanner's PNG)."""
    from app.documents.inspect import sniff

    kind = sniff(data)
    if kind is None or kind == PDF:
        raise InvalidFile("image_corrupt", name=origin)
    return Page(data, kind, 0, 0, origin)


# --- the clerk's edits --------------------------------------------------------------------


def turned(pages: Sequence[Page], index: int, degrees: int) -> list[Page]:
    """``pages`` with page ``index`` turned ``degrees`` clockwise (a multiple of 90)."""
    if degrees % 90:
        raise ValueError(degrees)
    out = list(pages)
    out[index] = replace(out[index], rotation=(out[index].rotation + degrees) % 360)
    return out


def moved(pages: Sequence[Page], source: int, target: int) -> list[Page]:
    """``pages`` with page ``source`` taken out and put back at position ``target``."""
    out = list(pages)
    page = out.pop(source)
    out.insert(max(0, min(target, len(out))), page)
    return out


def deleted(pages: Sequence[Page], indexes: Sequence[int]) -> list[Page]:
    gone = set(indexes)
    return [p for i, p in enumerate(pages) if i not in gone]


# --- one PDF ------------------------------------------------------------------------------


def _whole_unchanged(pages: Sequence[Page]) -> bytes | None:
    """The source PDF's bytes if ``pages`` are all its pages, in order, unturned."""
    first = pages[0]
    if not first.is_pdf:
        return None
    for i, page in enumerate(pages):
        if page.data is not first.data or page.index != i or page.rotation:
            return None
    from pypdf import PdfReader

    if len(PdfReader(io.BytesIO(first.data)).pages) != len(pages):
        return None
    return first.data


def _frame_png(page: Page) -> bytes:
    """One frame of a multi-page TIFF (or an image img2pdf refuses) as a lossless PNG."""
    with pixels.open_image(page.data, page.origin) as img:
        pixels.seek_frame(img, page.index, page.origin)
        frame = img.copy()
    dpi = frame.info.get("dpi")
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        background = Image.new("RGB", frame.size, "white")
        background.paste(frame.convert("RGBA"), mask=frame.convert("RGBA").getchannel("A"))
        frame = background
    out = io.BytesIO()
    frame.save(out, format="PNG", dpi=dpi or (DEFAULT_DPI, DEFAULT_DPI))
    return out.getvalue()


def _image_pdf(page: Page) -> bytes:
    import img2pdf

    data = page.data
    if page.kind == TIFF or page.index:
        data = _frame_png(page)
    with pixels.open_image(data, page.origin) as img:
        dpi = img.info.get("dpi") or (0, 0)
        # The resolution it states makes the page's size, unless it is absent or absurd (a
        # page of several square metres: drawn later at next to no resolution).
        has_dpi = (
            float(dpi[0]) > 1
            and float(dpi[1]) > 1
            and pixels.page_fits(img.width / float(dpi[0]) * 72, img.height / float(dpi[1]) * 72)
        )
    layout = (
        img2pdf.default_layout_fun
        if has_dpi
        else img2pdf.get_fixed_dpi_layout_fun((DEFAULT_DPI, DEFAULT_DPI))
    )
    try:
        return bytes(img2pdf.convert(data, layout_fun=layout, rotation=img2pdf.Rotation.ifvalid))
    except img2pdf.AlphaChannelError:
        return bytes(img2pdf.convert(_frame_png(page), layout_fun=layout))
    except Exception as exc:  # img2pdf refuses broken images in many ways
        raise InvalidFile("image_corrupt", name=page.origin) from exc


def assemble(pages: Sequence[Page], filename: str) -> FileInfo:
    """One PDF of ``pages`` in their order and turns, named ``filename``."""
    if not pages:
        raise InvalidFile("no_pages", name=filename)
    whole = _whole_unchanged(pages)
    if whole is not None:
        return FileInfo(filename=filename, content_type=PDF, pages=len(pages), data=whole)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    readers: dict[int, PdfReader] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page in pages:
            try:
                if page.is_pdf:
                    reader = readers.get(id(page.data))
                    if reader is None:
                        reader = readers[id(page.data)] = PdfReader(io.BytesIO(page.data))
                    added = writer.add_page(reader.pages[page.index])
                else:
                    added = writer.add_page(PdfReader(io.BytesIO(_image_pdf(page))).pages[0])
            except InvalidFile:
                raise
            except Exception as exc:
                raise InvalidFile("pdf_corrupt", name=page.origin) from exc
            if page.rotation:
                added.rotate(page.rotation)
        out = io.BytesIO()
        writer.write(out)
    return FileInfo(filename=filename, content_type=PDF, pages=len(pages), data=out.getvalue())


def document_name(origin: str, first: int, last: int, total: int) -> str:
    """``letter.pdf`` for a whole file, ``batch-p03-05.pdf`` for a part of it (1-based)."""
    stem = Path(origin).stem or "scan"
    if first == 1 and last == total:
        return f"{stem}.pdf"
    width = len(str(total))
    part = f"p{first:0{width}d}" if first == last else f"p{first:0{width}d}-{last:0{width}d}"
    return f"{stem}-{part}.pdf"


# --- pictures -----------------------------------------------------------------------------


def rasters(
    pages: Sequence[Page],
    dpi: int = 200,
    *,
    max_pixels: int = PAGE_PIXELS,
    min_dpi: float | None = None,
) -> Iterator[Image.Image]:
    """Each page as a greyscale picture, one at a time (a PDF is opened once, not per page).

    PDF pages are drawn at ``dpi``; images keep their own resolution (a 300 dpi scan is read
    at 300 dpi), turned as the clerk turned them. No picture has more than ``max_pixels``
    pixels: a larger page is drawn at a lower resolution, and a PDF page is refused
    (``page_too_large``) if that falls below ``min_dpi``.
    """
    import pypdfium2 as pdfium

    open_docs: dict[int, pdfium.PdfDocument] = {}
    try:
        for page in pages:
            if page.is_pdf:
                yield _pdf_raster(page, dpi, open_docs, max_pixels, min_dpi)
            else:
                yield _image_raster(page, max_pixels)
    finally:
        with PDFIUM_LOCK:
            for doc in open_docs.values():
                doc.close()


def raster(
    page: Page, dpi: int = 200, *, max_pixels: int = PAGE_PIXELS, min_dpi: float | None = None
) -> Image.Image:
    return next(iter(rasters([page], dpi, max_pixels=max_pixels, min_dpi=min_dpi)))


def _pdf_raster(
    page: Page,
    dpi: int,
    docs: dict,  # type: ignore[type-arg]
    max_pixels: int,
    min_dpi: float | None,
) -> Image.Image:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = docs.get(id(page.data))
            if doc is None:
                doc = docs[id(page.data)] = pdfium.PdfDocument(page.data)
            pdf_page = doc[page.index]
            try:
                size = pdf_page.get_size()
                scale = pixels.pdf_scale(*size, dpi, max_pixels)
                pixels.require_dpi(scale, min_dpi, page=page.index + 1, name=page.origin, size=size)
                scan = _scanned_jpeg(pdf_page, page.rotation)
                if scan is not None:
                    picture = _jpeg_picture(scan, size, scale, max_pixels)
                    if picture is not None:
                        return picture
                bitmap = pdf_page.render(
                    scale=scale,
                    rotation=page.rotation,
                    grayscale=True,
                    fill_color=(255, 255, 255, 255),
                    may_draw_forms=False,
                )
                try:
                    picture = bitmap.to_pil().convert("L")
                    picture.info["dpi"] = (scale * 72, scale * 72)
                    return picture
                finally:
                    bitmap.close()
            finally:
                pdf_page.close()
        except pdfium.PdfiumError as exc:
            code = "pdf_encrypted" if "password" in str(exc).lower() else "pdf_corrupt"
            raise InvalidFile(code, name=page.origin) from exc


def _scanned_jpeg(pdf_page, rotation: int) -> bytes | None:  # type: ignore[no-untyped-def]
    """The JPEG of a page that is one upright scanned picture, as copiers write them.

    Decoding it directly, at reduced scale (libjpeg's draft mode), is several times faster
    than drawing the page: it is most of the time a stack spends in barcode reading.
    """
    import pypdfium2.raw as pdfium_c

    if rotation or pdf_page.get_rotation():
        return None
    objects = list(pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1))
    if len(objects) != 1 or objects[0].get_filters() != ["DCTDecode"]:
        return None
    matrix = objects[0].get_matrix()
    left, bottom, right, top = objects[0].get_bounds()
    width, height = pdf_page.get_size()
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None
    if right - left < 0.9 * width or top - bottom < 0.9 * height:
        return None
    return bytes(objects[0].get_data(decode_simple=False))


def _jpeg_picture(
    data: bytes, page_size: tuple[float, float], scale: float, max_pixels: int
) -> Image.Image | None:
    """The scan decoded at about ``scale`` pixels per point; None to let pdfium draw the page.

    Only a JPEG within :data:`~app.documents.pixels.IMAGE_PIXELS` is decoded here (libjpeg
    reduces by 8 at most while decoding); a larger one, or one Pillow cannot read, is left to
    pdfium, which scales while it decodes.
    """
    size = pixels.jpeg_size(data)
    if size is None or size[0] * size[1] > pixels.IMAGE_PIXELS:
        return None
    target = max(1, round(page_size[0] * scale))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                img.draft("L", (target, max(1, round(img.height * target / img.width))))
                picture = img.convert("L")
    except Exception:  # a JPEG Pillow cannot read may still draw
        return None
    fit = pixels.fit_pixels(picture.width, picture.height, max_pixels)
    if fit != picture.size:  # draft() reduces by powers of two only
        picture = picture.resize(fit, Image.Resampling.BOX)
    picture.info["dpi"] = (picture.width * 72 / page_size[0],) * 2
    return picture


def _image_raster(page: Page, max_pixels: int) -> Image.Image:
    """An image page in grey, at its own resolution or less: at most ``max_pixels``.

    (An image is never refused for its resolution: its size was bounded when it came in, and
    the resolution it states is often wrong, 72 dpi for a phone's photograph.)
    """
    with pixels.open_image(page.data, page.origin) as img:
        try:
            pixels.seek_frame(img, page.index, page.origin)
            dpi = img.info.get("dpi") or (DEFAULT_DPI, DEFAULT_DPI)
            full = img.width * img.height
            fit = pixels.fit_pixels(img.width, img.height, max_pixels)
            if fit != img.size:
                img.draft("L", fit)  # a JPEG is decoded smaller
            frame = ImageOps.exif_transpose(img).convert("L")
        except InvalidFile:
            raise
        except Exception as exc:
            raise InvalidFile("image_corrupt", name=page.origin) from exc
    fit = pixels.fit_pixels(frame.width, frame.height, max_pixels)
    if fit != frame.size:
        frame = frame.resize(fit, Image.Resampling.BOX)
    own_dpi = float(dpi[0]) if float(dpi[0]) > 1 else DEFAULT_DPI
    own_dpi *= (frame.width * frame.height / full) ** 0.5  # as drawn smaller, if it was
    if page.rotation:
        frame = frame.rotate(-page.rotation, expand=True)
    frame.info["dpi"] = (own_dpi, own_dpi)
    return frame
