"""Scanned paper for capture tests: label pages printed by the application, letters, stacks.

Pages are A4 pictures at 300 dpi, as a copier's scan: the label is rendered by the
application's own label code, rasterised, stuck on a page beside typed text, then the page is
turned a little and noise is added.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from functools import cache

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from app.resources import resources_dir

DPI = 300
A4 = (2480, 3508)

LETTER_FR = [
    "Objet : demande de certificat administratif",
    "Monsieur le Directeur,",
    "J'ai l'honneur de solliciter de votre haute bienveillance la délivrance",
    "d'un certificat administratif attestant de ma situation au sein du service.",
    "Veuillez agréer, Monsieur le Directeur, l'expression de mes salutations.",
]


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), size)


def label_image(number: str, template: str = "thermal-62x29-203") -> Image.Image:
    """The application's label for ``number``, rasterised at 300 dpi."""
    from app.printing.labels import TEMPLATES, LabelData, labels_pdf

    data = LabelData(
        number=number,
        registered_at=datetime(2026, 3, 4, 10, 5),
        direction_fr="Arrivée",
        direction_ar="وارد",
        office_fr="Bureau d'ordre - Ministère de la Justice",
        office_ar="مكتب الضبط - وزارة العدل",
        correspondent="",
    )
    pdf = labels_pdf([data], TEMPLATES[template], 1)
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        image = page.render(scale=DPI / 72).to_pil().convert("L")
        page.close()
    finally:
        doc.close()
    return image


def text_page(lines: Sequence[str] = LETTER_FR, *, size: int = 42, top: int = 700) -> Image.Image:
    """A typed page (French and Arabic lines, each in its own direction)."""
    page = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(page)
    y = top
    for line in lines:
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in line)
        font = _font("NotoNaskhArabic-Regular.ttf" if arabic else "NotoSans-Regular.ttf", size)
        if arabic:
            width = draw.textlength(line, font=font, direction="rtl")
            draw.text((A4[0] - 250 - width, y), line, font=font, fill=0, direction="rtl")
        else:
            draw.text((250, y), line, font=font, fill=0)
        y += int(size * 2.0)
    return page


def label_page(number: str, *, lines: Sequence[str] = LETTER_FR) -> Image.Image:
    """The first page of a letter with its label stuck at the top right."""
    page = text_page(lines)
    page.paste(label_image(number), (1500, 160))
    return page


def scanned(page: Image.Image, *, angle: float, seed: int, noise: float = 14.0) -> Image.Image:
    """``page`` as a scanner gives it back: turned ``angle`` degrees, with grain."""
    turned = page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    rng = np.random.default_rng(seed)
    grain = rng.integers(-int(noise * 1.7), int(noise * 1.7) + 1, (A4[1], A4[0]), dtype=np.int16)
    pixels = np.asarray(turned, dtype=np.int16) + grain
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out.info["dpi"] = (DPI, DPI)
    return out


def damaged(page: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``page`` with a white strip torn through the middle of the label at ``box``."""
    out = page.copy()
    left, top, right, bottom = box
    middle = (left + right) // 2
    ImageDraw.Draw(out).rectangle((middle - 45, top, middle + 45, bottom), fill=255)
    return out


def foreign_barcode_page(text: str = "6111234567890") -> Image.Image:
    """A page with a supplier's EAN-13 barcode, and no label of ours."""
    import barcode
    from barcode.writer import ImageWriter

    code = barcode.get("ean13", text[:12], writer=ImageWriter())
    out = io.BytesIO()
    code.write(out, options={"module_width": 0.33, "module_height": 15, "dpi": DPI})
    picture = Image.open(io.BytesIO(out.getvalue())).convert("L")
    page = text_page(["Facture n° 2026-0412 — fournitures de bureau"])
    page.paste(picture, (1400, 200))
    return page


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(DPI, DPI))
    return out.getvalue()


def pdf_of(images: Sequence[Image.Image]) -> bytes:
    """A scanned stack as a copier writes it: one JPEG page picture per PDF page."""
    import img2pdf

    encoded = []
    for image in images:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=85, dpi=(DPI, DPI))
        encoded.append(out.getvalue())
    return bytes(img2pdf.convert(encoded))


LABEL_BOX = (1500, 160)  # where label_page sticks the label (left, top)


def label_box(number: str) -> tuple[int, int, int, int]:
    w, h = label_image(number).size
    return (LABEL_BOX[0], LABEL_BOX[1], LABEL_BOX[0] + w, LABEL_BOX[1] + h)
