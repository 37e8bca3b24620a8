"""OCR: reading scans that have no text, with tesseract (Arabic and French together).

Runs in child processes under a time limit, one page at a time, so a stuck tesseract is
killed and the clerk's Cancel takes effect within a page. A PDF that already has a text layer
(a file made by a word processor) is not read again: its own text is taken. Text is stored
with direction marks stripped (:mod:`app.capture.texts`).

Where ocrmypdf is installed, :func:`searchable_pdf` also makes a copy of a scanned PDF with an
invisible text layer; the original scan is kept as it was.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from pathlib import Path

from PIL import Image

from app.capture import texts
from app.capture.pages import pages_of, rasters
from app.capture.progress import CancelToken, Progress, no_progress
from app.capture.sources import _kill
from app.documents.inspect import PDF, FileInfo
from app.documents.pixels import IMAGE_PIXELS, MIN_READ_DPI
from app.documents.render import PDFIUM_LOCK
from app.errors import UserError
from app.store import blobs
from app.store.database import Database

LANGUAGES = "ara+fra"
OCR_DPI = 300
PAGE_TIMEOUT = 120.0
MAX_OCR_PAGES = 300
MIN_TEXT_PER_PAGE = 20  # characters: fewer, and a PDF is taken for a scan without text


def available(program: str = "tesseract") -> bool:
    return shutil.which(program) is not None


def _run(
    args: list[str], *, data: bytes | None, timeout: float, cancel: CancelToken | None
) -> bytes:
    try:
        proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise UserError("ocr_missing", program=args[0]) from exc
    result: dict[str, bytes] = {}

    def talk() -> None:
        result["out"], result["err"] = proc.communicate(data)

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()
    waited = 0.0
    while talker.is_alive():
        talker.join(0.1)
        waited += 0.1
        if cancel is not None and cancel.cancelled:
            _kill(proc)
            talker.join(5)
            cancel.check()
        if waited > timeout:
            _kill(proc)
            talker.join(5)
            raise UserError("ocr_timeout", seconds=int(timeout))
    if proc.returncode != 0:
        err = result.get("err", b"").decode("utf-8", "replace").strip().splitlines()
        raise UserError("ocr_failed", detail=(err[-1] if err else str(proc.returncode))[:300])
    return result.get("out", b"")


def read_image(
    image: Image.Image,
    *,
    languages: str = LANGUAGES,
    timeout: float = PAGE_TIMEOUT,
    cancel: CancelToken | None = None,
) -> str:
    """The text of one page picture (tesseract, ``languages``), direction marks stripped."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    dpi = image.info.get("dpi", (OCR_DPI, OCR_DPI))[0]
    out = _run(
        ["tesseract", "stdin", "stdout", "-l", languages, "--dpi", str(int(dpi)), "--psm", "3"],
        data=buffer.getvalue(),
        timeout=timeout,
        cancel=cancel,
    )
    return texts.strip_marks(unicodedata.normalize("NFC", out.decode("utf-8", "replace")))


def pdf_text(data: bytes) -> str | None:
    """A PDF's own text, or None when it has (almost) none: a scan."""
    import pypdfium2 as pdfium

    chunks = []
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            count = len(doc)
            for index in range(count):
                page = doc[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        chunks.append(textpage.get_text_bounded())
                    finally:
                        textpage.close()
                finally:
                    page.close()
        finally:
            doc.close()
    text = unicodedata.normalize("NFKC", "\n\f".join(chunks))
    if len("".join(text.split())) < MIN_TEXT_PER_PAGE * max(1, len(chunks)) / 2:
        return None
    return text


def read_file_text(
    info: FileInfo,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> tuple[str, str]:
    """(source, text) of a checked file: its text layer, or OCR of its pages."""
    if info.content_type == PDF:
        own = pdf_text(info.data)
        if own is not None:
            return texts.SOURCE_PDF, own
    if info.pages > MAX_OCR_PAGES:
        raise UserError("ocr_too_many_pages", pages=info.pages, limit=MAX_OCR_PAGES)
    pages = pages_of(info)
    parts = []
    for n, image in enumerate(rasters(pages, OCR_DPI, min_dpi=MIN_READ_DPI), 1):
        parts.append(read_image(image, cancel=cancel))
        image.close()
        progress(n, len(pages))
    return texts.SOURCE_OCR, "\n\f".join(parts)


def searchable_pdf(
    data: bytes, *, timeout: float = 600.0, cancel: CancelToken | None = None
) -> bytes:
    """A copy of the PDF ``data`` with an OCR text layer (ocrmypdf); pages with text are kept."""
    with tempfile.TemporaryDirectory(prefix="bo-ocr-") as tmp:
        source, target = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf"
        source.write_bytes(data)
        _run(
            [
                "ocrmypdf",
                "-l",
                LANGUAGES,
                "--skip-text",
                "--output-type",
                "pdf",
                "--optimize",
                "0",
                "--max-image-mpixels",  # its own guard against pixel bombs, at our bound
                str(IMAGE_PIXELS // 10**6),
                "--quiet",
                str(source),
                str(target),
            ],
            data=None,
            timeout=timeout,
            cancel=cancel,
        )
        return target.read_bytes()


def run_pending(
    db: Database,
    *,
    searchable: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    limit: int = 50,
) -> int:
    """Read the pending attachments' text (at most ``limit``); returns how many were done."""
    todo = texts.pending(db, limit)
    done = 0
    for n, item in enumerate(todo):
        if cancel is not None:
            cancel.check()
        with db.read() as session:
            data = blobs.get(session, item.sha256)
        info = FileInfo(item.filename, item.content_type, item.pages, data)
        try:
            source, text = read_file_text(info, cancel=cancel)
            copy = None
            if searchable and source == texts.SOURCE_OCR and info.content_type == PDF:
                if available("ocrmypdf"):
                    copy = searchable_pdf(data, cancel=cancel)
        except UserError as exc:
            if exc.code == "capture_cancelled":
                raise
            texts.fail(db, item.attachment_id, exc.message("fr"))
        else:
            texts.store(db, item.attachment_id, text=text, source=source, searchable=copy)
            done += 1
        progress(n + 1, len(todo))
    return done
