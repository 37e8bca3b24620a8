"""Reading printed PDFs back as a person or a scanner would: their text, their barcodes.

pypdf returns Qt-made Arabic in visual order; pdftotext (poppler) gives it in logical order
once NFKC folds the presentation forms (shared/PLATFORM.md).
"""

from __future__ import annotations

import subprocess
import tempfile
import unicodedata
from pathlib import Path

import zxingcpp
from PIL import Image


def pdf_text(pdf: bytes, *, layout: bool = False) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
        out = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", out)


def pdf_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Every page rasterised at ``dpi`` (pdftoppm), in grey."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), f"{tmp}/p"], check=True
        )
        pages = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        return [Image.open(p).copy() for p in pages]


def barcodes(image: Image.Image) -> list[str]:
    """The Code128 texts found in ``image``, each once (zxing may report one twice)."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    return sorted({r.text for r in found})
