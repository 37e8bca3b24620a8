from pathlib import Path

import pytest

from app.documents.inspect import JPEG, PDF, PNG, TIFF, inspect_bytes, read_file
from app.errors import InvalidFile
from tests.support import files

LIMIT = 10 * 1024 * 1024


def test_pdf_pages_are_counted() -> None:
    info = inspect_bytes("lettre.pdf", files.pdf_bytes(3), max_bytes=LIMIT)
    assert (info.content_type, info.pages) == (PDF, 3)


@pytest.mark.parametrize(
    ("name", "fmt", "kind"),
    [("scan.png", "PNG", PNG), ("photo.jpg", "JPEG", JPEG), ("scan.tiff", "TIFF", TIFF)],
)
def test_images_are_accepted(name: str, fmt: str, kind: str) -> None:
    info = inspect_bytes(name, files.image_bytes(fmt), max_bytes=LIMIT)
    assert (info.content_type, info.pages) == (kind, 1)


def test_multipage_tiff_counts_its_pages() -> None:
    info = inspect_bytes("lot.tif", files.image_bytes("TIFF", frames=4), max_bytes=LIMIT)
    assert info.pages == 4


def _refused(name: str, data: bytes, limit: int = LIMIT) -> InvalidFile:
    with pytest.raises(InvalidFile) as caught:
        inspect_bytes(name, data, max_bytes=limit)
    return caught.value


def test_encrypted_pdf_is_refused() -> None:
    err = _refused("protege.pdf", files.encrypted_pdf_bytes())
    assert err.code == "pdf_encrypted"
    assert "mot de passe" in err.message("fr")
    assert "كلمة مرور" in err.message("ar")


@pytest.mark.parametrize("data", [files.corrupt_pdf_bytes(), files.truncated_pdf_bytes()])
def test_corrupt_pdf_is_refused(data: bytes) -> None:
    assert _refused("abime.pdf", data).code == "pdf_corrupt"


def test_executable_renamed_pdf_is_refused() -> None:
    err = _refused("facture.pdf", files.EXE_BYTES)
    assert err.code == "file_not_what_it_says"
    assert "facture.pdf" in err.message("fr")


def test_png_named_pdf_is_refused_naming_both_kinds() -> None:
    err = _refused("courrier.pdf", files.image_bytes("PNG"))
    assert err.code == "file_mismatch"
    assert "PDF" in err.message("fr") and "PNG" in err.message("fr")


def test_other_types_are_refused() -> None:
    assert _refused("programme.exe", files.EXE_BYTES).code == "file_type_refused"
    assert _refused("note.txt", b"hello").code == "file_type_refused"


def test_empty_and_oversized_files_are_refused() -> None:
    assert _refused("vide.pdf", b"").code == "file_empty"
    assert _refused("gros.pdf", files.pdf_bytes(1), limit=100).code == "file_too_big"


def test_corrupt_image_is_refused() -> None:
    data = files.image_bytes("PNG")
    assert _refused("scan.png", data[:40]).code == "image_corrupt"


def test_read_file_reports_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile) as caught:
        read_file(tmp_path / "absent.pdf", max_bytes=LIMIT)
    assert caught.value.code == "file_not_found"
