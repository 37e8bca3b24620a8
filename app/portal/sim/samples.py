"""Small but real files for simulated deposits: PDFs written by hand, and scanned-looking JPEGs.

Every file carries a tag (which deposit, which file) in its bytes, so no two files are equal:
the office stores attachments by SHA-256, and identical files would make it store one blob for
thousands of deposits. The PDF writer is a few lines of PDF syntax (one Helvetica font, Latin
text in WinAnsi), fast enough to make ten thousand files in a second or two; pypdf reads its
page count. The JPEGs are a few small card-like images drawn once with Pillow, each copy given
a comment segment with its tag.
"""

from __future__ import annotations

import hashlib
import random
import threading

PAGE_WIDTH = 595  # A4, in points
PAGE_HEIGHT = 842
LINES_PER_PAGE = 48


def _pdf_text(text: str) -> bytes:
    """A PDF literal string in WinAnsi: what cp1252 cannot spell becomes '?'."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _page_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 11 Tf 14 TL 56 790 Td"]
    for line in lines:
        parts.append(_pdf_text(line) + b" Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def pdf_bytes(lines: list[str], *, tag: str, pages: int = 1) -> bytes:
    """A valid PDF of ``pages`` pages showing ``lines`` (wrapped by the caller) and the tag."""
    pages = max(1, pages)
    size = max(1, -(-len(lines) // pages))
    per_page = [lines[i * size : (i + 1) * size] for i in range(pages)]
    objects: list[bytes] = []
    # 1 catalog, 2 page tree, 3 font, then a page and its content stream for each page.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for number, page_lines in enumerate(per_page, start=1):
        content_id = 5 + 2 * (number - 1)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        footer = f"{tag} - page {number}/{pages}"
        stream = _page_stream(page_lines[:LINES_PER_PAGE] + ["", footer])
        objects.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    file_id = hashlib.md5(tag.encode(), usedforsecurity=False).hexdigest()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /ID [<{file_id}> <{file_id}>] >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(out)


_jpeg_lock = threading.Lock()
_jpeg_bases: list[bytes] = []
_JPEG_VARIANTS = 6


def _draw_bases() -> list[bytes]:
    """A few small grey 'scans' of an identity card or a meter, drawn once per process."""
    import io

    from PIL import Image, ImageDraw

    bases = []
    rng = random.Random(20261123)
    for variant in range(_JPEG_VARIANTS):
        img = Image.new("RGB", (320, 200), (236, 234, 228))
        draw = ImageDraw.Draw(img)
        draw.rectangle((8, 8, 311, 191), outline=(90, 90, 90), width=2)
        draw.rectangle((20, 40, 100, 150), fill=(170 + variant * 8, 160, 150))  # the photo
        for row in range(6):
            y = 45 + row * 20
            width = rng.randint(90, 190)
            draw.rectangle((115, y, 115 + width, y + 8), fill=(60, 60, 70))
        for _ in range(400):  # paper grain
            x, y = rng.randrange(320), rng.randrange(200)
            shade = rng.randint(200, 250)
            draw.point((x, y), fill=(shade, shade, shade))
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=70)
        bases.append(buffer.getvalue())
    return bases


def jpeg_bytes(*, tag: str, variant: int) -> bytes:
    """A small valid JPEG; the tag goes in a comment segment after the JFIF header."""
    with _jpeg_lock:
        if not _jpeg_bases:
            _jpeg_bases.extend(_draw_bases())
        base = _jpeg_bases[variant % len(_jpeg_bases)]
    comment = tag.encode("utf-8")[:60000]
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    header_end = 4 + int.from_bytes(base[4:6], "big")  # start marker, then the APP0 segment
    return base[:header_end] + segment + base[header_end:]


def not_a_pdf(*, tag: str) -> bytes:
    """What a depositor sometimes attaches as 'document.pdf': the web page of a failed download."""
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        "<title>Erreur 404</title></head>\n<body><h1>Page introuvable</h1>"
        f"<p>Le document demandé n'existe plus.</p><!-- {tag} --></body></html>\n"
    ).encode()
