"""Sample files for attachment tests: real PDFs and images, and broken ones."""

from __future__ import annotations

import io
import os

from PIL import Image
from pypdf import PdfWriter


def pdf_bytes(pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_pdf_bytes() -> bytes:
    """A PDF header followed by garbage: what a truncated download or a bad disk leaves."""
    return b"%PDF-1.7\n" + os.urandom(4096)


def truncated_pdf_bytes() -> bytes:
    data = pdf_bytes(3)
    return data[: len(data) // 3]


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (64, 48), frames: int = 1) -> bytes:
    out = io.BytesIO()
    images = [Image.new("RGB", size, (i * 40 % 255, 120, 200)) for i in range(frames)]
    if frames > 1:
        images[0].save(out, format=fmt, save_all=True, append_images=images[1:])
    else:
        images[0].save(out, format=fmt)
    return out.getvalue()


def noise_pdf_bytes(target_size: int) -> bytes:
    """A one-page PDF of about ``target_size`` bytes: random noise does not compress."""
    raw = target_size
    for _ in range(3):
        side = int((raw / 3) ** 0.5)
        img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        out = io.BytesIO()
        img.save(out, format="PDF", quality=100)
        if len(out.getvalue()) >= target_size * 0.95:
            break
        raw = int(raw * target_size / len(out.getvalue()) * 1.02)
    return out.getvalue()


EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(2048)


def marked_pdf_bytes(pages: int = 3) -> bytes:
    """A PDF whose pages carry drawn marks: a black bar growing with the page, a red band."""
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter()
    for i in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        stream = DecodedStreamObject()
        stream.set_data(
            f"0 0 0 rg 60 700 {120 + 60 * i} 80 re f 0.8 0.1 0.1 rg 60 100 475 40 re f".encode()
        )
        page.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
