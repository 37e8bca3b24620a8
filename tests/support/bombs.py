"""Pixel bombs: small files that ask for huge pictures, made in a moment and a few bytes.

- :func:`huge_page_pdf`: a blank PDF whose pages measure ``side`` points (14,400 pt, the
  largest a PDF may state without UserUnit, is 5 m: 1.6 billion pixels at 200 dpi).
- :func:`huge_jpeg`: a valid baseline greyscale JPEG of any size whose picture is uniform
  grey. Its Huffman tables have one code each ("0": a DC difference of 0, then end of block),
  so every 8×8 block is two zero bits: a 20,000² JPEG is 1.5 MB of zeros.
- :func:`jpeg_pdf`: a one-page PDF showing a JPEG as is (DCTDecode), as copiers write scans.
"""

from __future__ import annotations

import struct


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def huge_page_pdf(pages: int = 1, side: float = 14400) -> bytes:
    """``pages`` blank pages of ``side`` × ``side`` points."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
    ]
    objects += [
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side:g} {side:g}] >>".encode()
    ] * pages
    return _pdf(objects)


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">HH", marker, len(payload) + 2) + payload


def huge_jpeg(width: int, height: int) -> bytes:
    """A baseline greyscale JPEG, ``width`` × ``height``, uniform grey."""
    quant = _segment(0xFFDB, b"\x00" + bytes([1] * 64))
    frame = _segment(0xFFC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    one_code = bytes([1] + [0] * 15)  # one code of length 1
    dc = _segment(0xFFC4, b"\x00" + one_code + b"\x00")  # DC table 0: symbol 0 (no difference)
    ac = _segment(0xFFC4, b"\x10" + one_code + b"\x00")  # AC table 0: symbol 0x00 (end of block)
    scan = _segment(0xFFDA, b"\x01\x01\x00\x00\x3f\x00")
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    data = bytes((blocks * 2 + 7) // 8)
    return b"\xff\xd8" + quant + frame + dc + ac + scan + data + b"\xff\xd9"


def jpeg_pdf(jpeg: bytes, width: int, height: int, page: tuple[float, float] = (595, 842)) -> bytes:
    """One page of ``page`` points covered by ``jpeg`` (``width`` × ``height`` pixels)."""
    w, h = page
    content = f"q {w:g} 0 0 {h:g} 0 0 cm /Im0 Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:g} {h:g}] "
        "/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
        f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "
        f"/Length {len(jpeg)} >>\nstream\n".encode()
        + jpeg
        + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    return _pdf(objects)
