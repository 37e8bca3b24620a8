"""Helpers for signature tests: a letter to sign, the signer's stamp, poppler's pdfsig."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from app.signature import Pkcs12Key, SigningOptions, StampInfo, TokenKey
from tests.support.pki import PKCS12_PASSWORD, TestPki, TestToken

STAMP = StampInfo(
    name_fr="Nadia Alaoui",
    name_ar="نادية العلوي",
    title_fr="Secrétaire générale",
    title_ar="الكاتبة العامة",
)
DELEGATE_STAMP = StampInfo(
    name_fr="Youssef Benjelloun",
    name_ar="يوسف بنجلون",
    title_fr="Directeur du budget",
    title_ar="مدير الميزانية",
    on_behalf_of_fr="Nadia Alaoui",
    on_behalf_of_ar="نادية العلوي",
)


def letter_pdf(pages: int = 2) -> bytes:
    """An outgoing letter drawn with Qt: letterhead in both scripts, a subject, body text."""
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from app.printing.qt import pdf_bytes, print_font
    from app.printing.text import LEFT, RIGHT, draw

    def paint(writer: QPdfWriter) -> None:
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        try:
            width = writer.width()
            unit = writer.logicalDpiX() / 25.4
            for page in range(pages):
                if page:
                    writer.newPage()
                draw(
                    painter,
                    0,
                    0,
                    width / 2,
                    "Royaume du Maroc\nMinistère de l'Économie",
                    print_font(10, bold=True),
                    align=LEFT,
                )
                draw(
                    painter,
                    width / 2,
                    0,
                    width / 2,
                    "المملكة المغربية\nوزارة الاقتصاد",
                    print_font(10, bold=True),
                    align=RIGHT,
                )
                body = (
                    "Objet : demande de communication du budget 2027 de la direction régionale.\n\n"
                    "Monsieur le Directeur, j'ai l'honneur de vous prier de bien vouloir nous "
                    "communiquer les prévisions budgétaires de votre direction. " * 3
                )
                draw(painter, 0, 60 * unit, width, body, print_font(11), align=LEFT)
                draw(
                    painter,
                    0,
                    250 * unit,
                    width,
                    f"Page {page + 1} / {pages}",
                    print_font(9),
                    align=LEFT,
                )
        finally:
            painter.end()

    return pdf_bytes(paint, resolution=300, title="Lettre")


def options(pki: TestPki, *, timestamp: bool = True) -> SigningOptions:
    return SigningOptions(
        trusted_roots=[pki.cert_der("root")],
        timestamp_url=pki.timestamp_url if timestamp else None,
    )


def pkcs12_key(pki: TestPki, label: str = "signer", password: str = PKCS12_PASSWORD) -> Pkcs12Key:
    return Pkcs12Key(pki.pkcs12(label), password)


def token_key(token: TestToken, pin: str | None = None) -> TokenKey:
    return TokenKey(module=token.module, token_label=token.label, pin=pin or token.pin)


def pdfsig(pdf: bytes, directory: Path, root_pem: bytes | None = None) -> str:
    """poppler's own verdict on ``pdf`` (with an NSS store trusting ``root_pem``)."""
    path = directory / "to-check.pdf"
    path.write_bytes(pdf)
    args = ["pdfsig"]
    if root_pem is not None and shutil.which("certutil"):
        nss = directory / "nss"
        if not nss.exists():
            nss.mkdir()
            subprocess.run(
                ["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"],
                check=True,
                capture_output=True,
            )
            (directory / "root.pem").write_bytes(root_pem)
            subprocess.run(
                [
                    "certutil",
                    "-A",
                    "-d",
                    f"sql:{nss}",
                    "-n",
                    "bo-root",
                    "-t",
                    "C,,",
                    "-i",
                    str(directory / "root.pem"),
                ],
                check=True,
                capture_output=True,
            )
        args += ["-nssdir", f"sql:{nss}"]
    done = subprocess.run([*args, str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr
