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

from app.documents.inspect import PDF, TIFF, FileInfo
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
    with Image.open(io.BytesIO(page.data)) as img:
        img.seek(page.index)
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
    with Image.open(io.BytesIO(data)) as img:
        has_dpi = bool(img.info.get("dpi")) and img.info["dpi"][0] > 1
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


def rasters(pages: Sequence[Page], dpi: int = 200) -> Iterator[Image.Image]:
    """Each page as a greyscale picture, one at a time (a PDF is opened once, not per page).

    PDF pages are drawn at ``dpi``; images keep their own resolution (a 300 dpi scan is read
    at 300 dpi), turned as the clerk turned them.
    """
    import pypdfium2 as pdfium

    open_docs: dict[int, pdfium.PdfDocument] = {}
    try:
        for page in pages:
            if page.is_pdf:
                yield _pdf_raster(page, dpi, open_docs)
            else:
                yield _image_raster(page)
    finally:
        with PDFIUM_LOCK:
            for doc in open_docs.values():
                doc.close()


def raster(page: Page, dpi: int = 200) -> Image.Image:
    return next(iter(rasters([page], dpi)))


def _pdf_raster(page: Page, dpi: int, docs: dict) -> Image.Image:  # type: ignore[type-arg]
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            doc = docs.get(id(page.data))
            if doc is None:
                doc = docs[id(page.data)] = pdfium.PdfDocument(page.data)
            pdf_page = doc[page.index]
            try:
                scan = _scanned_jpeg(pdf_page, page.rotation)
                if scan is not None:
                    return _jpeg_picture(scan, pdf_page.get_width(), dpi)
                bitmap = pdf_page.render(
                    scale=dpi / 72,
                    rotation=page.rotation,
                    grayscale=True,
                    fill_color=(255, 255, 255, 255),
                    may_draw_forms=False,
                )
                try:
                    picture = bitmap.to_pil().convert("L")
                    picture.info["dpi"] = (dpi, dpi)
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


def _jpeg_picture(data: bytes, page_width_pt: float, dpi: int) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        target = round(page_width_pt / 72 * dpi)
        img.draft("L", (target, round(img.height * target / img.width)))
        picture = img.convert("L")
    picture.info["dpi"] = (picture.width * 72 / page_width_pt,) * 2
    return picture


def _image_raster(page: Page) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(page.data)) as img:
                img.seek(page.index)
                dpi = img.info.get("dpi") or (DEFAULT_DPI, DEFAULT_DPI)
                frame = ImageOps.exif_transpose(img).convert("L")
    except Exception as exc:
        raise InvalidFile("image_corrupt", name=page.origin) from exc
    if page.rotation:
        frame = frame.rotate(-page.rotation, expand=True)
    frame.info["dpi"] = (float(dpi[0]) if float(dpi[0]) > 1 else DEFAULT_DPI,) * 2
    return frame
