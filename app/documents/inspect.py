"""Checking a file before it becomes an attachment.

Accepted: PDF (opened with pypdf to count its pages; a corrupt or encrypted one is refused)
and images (PNG, JPEG, TIFF; opened with Pillow). The content decides what a file is, never
its name alone: a file whose name says PDF but whose bytes say otherwise is refused, naming
both.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from app.documents import pixels
from app.documents.reading import FileId, read_regular
from app.domain import entry
from app.errors import InvalidFile

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"

_EXTENSIONS = {
    ".pdf": PDF,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".tif": TIFF,
    ".tiff": TIFF,
}
_KIND_NAMES = {PDF: "PDF", PNG: "PNG", JPEG: "JPEG", TIFF: "TIFF"}


@dataclass(frozen=True)
class FileInfo:
    """A checked file. Its name is made harmless however it came (a path, a portal deposit,
    a scan): :func:`app.domain.entry.file_name` (no bidi trick, no control character, within
    the column's length)."""

    filename: str
    content_type: str
    pages: int
    data: bytes

    def __post_init__(self) -> None:
        object.__setattr__(self, "filename", entry.file_name(self.filename))

    @property
    def size(self) -> int:
        return len(self.data)


def sniff(data: bytes) -> str | None:
    """The content type the bytes announce, or None for anything we do not accept."""
    if data[:1024].find(b"%PDF-") != -1:
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    return None


def _describe(data: bytes) -> str:
    if data.startswith(b"MZ"):
        return "exe"
    if data.startswith(b"\x7fELF"):
        return "elf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    return "unknown"


def read_file(
    path: Path,
    *,
    max_bytes: int,
    follow_links: bool = True,
    expect: FileId | None = None,
) -> FileInfo:
    """Read and check the file at ``path`` (a regular file: see :mod:`app.documents.reading`)."""
    data = read_regular(path, max_bytes=max_bytes, follow_links=follow_links, expect=expect)
    return inspect_bytes(path.name, data, max_bytes=max_bytes)


def inspect_bytes(filename: str, data: bytes, *, max_bytes: int) -> FileInfo:
    filename = entry.file_name(filename)
    if not data:
        raise InvalidFile("file_empty", name=filename)
    if len(data) > max_bytes:
        raise InvalidFile("file_too_big", name=filename, size=len(data), limit=max_bytes)
    actual = sniff(data)
    claimed = _EXTENSIONS.get(Path(filename).suffix.lower())
    if actual is None:
        if claimed is not None:
            raise InvalidFile("file_not_what_it_says", name=filename, claimed=_KIND_NAMES[claimed])
        raise InvalidFile("file_type_refused", name=filename, kind=_describe(data))
    if claimed is not None and claimed != actual:
        raise InvalidFile(
            "file_mismatch",
            name=filename,
            claimed=_KIND_NAMES[claimed],
            actual=_KIND_NAMES[actual],
        )
    pages = _pdf_pages(filename, data) if actual == PDF else _image_pages(filename, data)
    return FileInfo(filename=filename, content_type=actual, pages=pages, data=data)


def _pdf_pages(filename: str, data: bytes) -> int:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise InvalidFile("pdf_encrypted", name=filename)
            pages = len(reader.pages)
            # Touch each page: a broken tree fails here, not later. Its size as other readers
            # see it (UserUnit scales it; pdfium, which draws here, ignores that).
            for number, page in enumerate(reader.pages, 1):
                box, unit = page.mediabox, float(page.user_unit or 1)
                pixels.check_page(
                    abs(float(box.width)) * unit,
                    abs(float(box.height)) * unit,
                    page=number,
                    name=filename,
                )
    except InvalidFile:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a broken file
        raise InvalidFile("pdf_corrupt", name=filename) from exc
    if pages < 1:
        raise InvalidFile("pdf_corrupt", name=filename)
    pixels.check_pdf(data, filename)
    return pages


def _image_pages(filename: str, data: bytes) -> int:
    with pixels.open_image(data, filename) as img:
        try:
            frames = int(getattr(img, "n_frames", 1))
            for index in range(1, frames):  # a multi-page TIFF: each frame has its own size
                pixels.seek_frame(img, index, filename)
            img.seek(0)
            img.verify()
        except InvalidFile:
            raise
        except Exception as exc:
            raise InvalidFile("image_corrupt", name=filename) from exc
    return frames
