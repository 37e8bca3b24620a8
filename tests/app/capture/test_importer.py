"""Import and match: stacks split at labels and attached; the tray; bad files refused alone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from app.capture import tray
from app.capture.importer import MAX_PAGES_TO_SORT, import_paths
from app.capture.progress import Cancelled, CancelToken
from app.registry.corrections import cancel_mail
from app.registry.queries import attachment_content, get_mail
from app.store.models import Attachment, TrayItem
from tests.app.capture.conftest import batch_pdf, register, stack_layout
from tests.conftest import Office
from tests.support import files, scans


def _count(office: Office, model: type) -> int:
    with office.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_batch_of_ten_documents_goes_to_the_ten_right_mails(
    office: Office, mails: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "lot-du-matin.pdf"
    path.write_bytes(batch_pdf(tuple(mails)))
    report = import_paths(office.db, office.clerk, [path])

    assert report.failed == [] and report.trayed == []
    layout = stack_layout(len(mails))
    assert [d.number for d in report.attached] == mails
    assert [len(d.pages) for d in report.attached] == layout
    source = PdfReader(path)
    first = 0
    for number, pages in zip(mails, layout, strict=True):
        mail = get_mail(office.db, number)
        assert [(a.pages, a.content_type) for a in mail.attachments] == [(pages, "application/pdf")]
        _name, data = attachment_content(office.db, mail.attachments[0].id)
        got = PdfReader(io.BytesIO(data))
        # The very pages of the stack, in order: the same embedded scans, byte for byte.
        for k, page in enumerate(got.pages):
            original = source.pages[first + k]
            assert page.images[0].data == original.images[0].data
        first += pages
        assert mail.events[-1].kind == "attached"


def test_importing_the_same_stack_twice_attaches_nothing_twice(
    office: Office, mails: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "lot.pdf"
    path.write_bytes(batch_pdf(tuple(mails[:3])))
    import_paths(office.db, office.clerk, [path])
    again = import_paths(office.db, office.clerk, [path])
    assert [d.number for d in again.attached] == mails[:3]
    assert all(d.duplicate for d in again.attached)
    assert _count(office, Attachment) == 3


def test_damaged_label_foreign_barcode_and_unknown_number_go_to_the_tray(
    office: Office, tmp_path: Path
) -> None:
    a, b, c = register(office, 3)
    cancel_mail(office.db, office.admin, c, "enregistré deux fois")
    year = a.split("-")[1].split("/")[0]
    unknown = f"A-{year}/099999"
    pages = [
        scans.scanned(scans.text_page(), angle=1, seed=1),  # before any label
        scans.scanned(scans.label_page(a), angle=1.5, seed=2),
        scans.scanned(scans.text_page(), angle=-1, seed=3),
        scans.scanned(scans.damaged(scans.label_page(b), scans.label_box(b)), angle=-1.2, seed=4),
        scans.scanned(scans.text_page(), angle=1, seed=5),  # belongs to the damaged one
        scans.scanned(scans.foreign_barcode_page(), angle=1.1, seed=6),
        scans.scanned(scans.label_page(unknown), angle=-1.7, seed=7),
        scans.scanned(scans.label_page(c), angle=1.3, seed=8),  # a cancelled mail
    ]
    path = tmp_path / "melange.pdf"
    path.write_bytes(scans.pdf_of(pages))
    report = import_paths(office.db, office.clerk, [path])

    assert [(d.pages, d.number) for d in report.attached] == [([2, 3], a)]
    assert [(d.pages, d.reason, d.barcode) for d in report.trayed] == [
        ([1], "no_label", None),
        ([4, 5], "unreadable_label", None),
        ([6], "foreign_barcode", report.trayed[2].barcode),
        ([7], "unknown_number", unknown),
        ([8], "mail_cancelled", c),
    ]
    assert report.trayed[2].barcode.startswith("EAN13:")
    assert get_mail(office.db, b).attachments == []  # never on a guess
    assert get_mail(office.db, c).attachments == []
    waiting = tray.waiting(office.db, office.clerk)
    assert [(w.pages, w.reason) for w in waiting] == [
        (1, "no_label"),
        (2, "unreadable_label"),
        (1, "foreign_barcode"),
        (1, "unknown_number"),
        (1, "mail_cancelled"),
    ]
    # The clerk attaches the damaged one by hand.
    tray.attach_item(office.db, office.clerk, waiting[1].id, b)
    assert get_mail(office.db, b).attachments[0].pages == 2
    assert len(tray.waiting(office.db, office.clerk)) == 4


def test_image_files_and_folders(office: Office, mails: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "copieur"
    folder.mkdir()
    (folder / "a.png").write_bytes(
        scans.png_bytes(scans.scanned(scans.label_page(mails[0]), angle=1, seed=1))
    )
    (folder / "b.txt").write_text("ignored")
    report = import_paths(office.db, office.clerk, [folder])
    assert [(Path(f.path).name, f.ok) for f in report.files] == [("a.png", True)]
    assert [(d.number, d.name) for d in report.attached] == [(mails[0], "a.pdf")]


def _big_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_bad_files_are_refused_with_a_message_and_the_rest_imported(
    office: Office, mails: list[str], tmp_path: Path
) -> None:
    good_before = tmp_path / "1-bon.png"
    good_before.write_bytes(
        scans.png_bytes(scans.scanned(scans.label_page(mails[0]), angle=1, seed=1))
    )
    bad = {
        "2-corrompu.pdf": files.corrupt_pdf_bytes(),
        "3-protege.pdf": files.encrypted_pdf_bytes(),
        "4-image.pdf": files.image_bytes("PNG"),
        "5-vide.pdf": b"",
        "6-enorme.pdf": _big_pdf(2000),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    good_after = tmp_path / "7-bon.png"
    good_after.write_bytes(
        scans.png_bytes(scans.scanned(scans.label_page(mails[1]), angle=-1, seed=2))
    )
    paths = sorted(tmp_path.glob("[0-9]-*"))
    report = import_paths(office.db, office.clerk, paths, lang="fr")

    outcome = {Path(f.path).name: f for f in report.files}
    assert [d.number for d in report.attached] == [mails[0], mails[1]]
    assert {n: outcome[n].error_code for n in bad} == {
        "2-corrompu.pdf": "pdf_corrupt",
        "3-protege.pdf": "pdf_encrypted",
        "4-image.pdf": "file_mismatch",
        "5-vide.pdf": "file_empty",
        "6-enorme.pdf": "too_many_pages_to_sort",
    }
    assert "2000" in outcome["6-enorme.pdf"].error and str(MAX_PAGES_TO_SORT) in (
        outcome["6-enorme.pdf"].error
    )
    assert "protégé" in outcome["3-protege.pdf"].error or "mot de passe" in (
        outcome["3-protege.pdf"].error
    )
    assert all(outcome[n].documents == [] for n in bad)
    assert _count(office, TrayItem) == 0


def test_cancelling_writes_nothing_for_the_file_being_read(
    office: Office, mails: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "lot.pdf"
    path.write_bytes(batch_pdf(tuple(mails[:3])))
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 300:  # part-way through the file's pages
            token.cancel()

    with pytest.raises(Cancelled):
        import_paths(office.db, office.clerk, [path], cancel=token, progress=progress)
    assert _count(office, Attachment) == 0 and _count(office, TrayItem) == 0
