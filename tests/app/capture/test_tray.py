"""The tray: attach by hand, discard with a reason, never twice."""

from __future__ import annotations

import pytest

from app.capture import tray
from app.documents.inspect import inspect_bytes
from app.errors import UserError
from app.registry.queries import get_mail
from app.store import audit
from tests.app.capture.conftest import register
from tests.conftest import Office
from tests.support import files


def _put(office: Office, name: str = "inconnu.pdf") -> int:
    info = inspect_bytes(name, files.pdf_bytes(1), max_bytes=10**8)
    with office.db.write() as session:
        return tray.add_in(session, office.clerk, info, reason="no_label", origin="test")


def test_attach_by_hand_then_it_is_gone(office: Office) -> None:
    (number,) = register(office, 1)
    item = _put(office)
    assert [r.id for r in tray.waiting(office.db, office.clerk)] == [item]
    assert tray.content(office.db, office.clerk, item)[0] == "inconnu.pdf"
    tray.attach_item(office.db, office.clerk, item, number.lower())  # as typed
    assert tray.waiting(office.db, office.clerk) == []
    assert [a.name for a in get_mail(office.db, number).attachments] == ["inconnu.pdf"]
    with pytest.raises(UserError) as caught:  # another counter tries the same item
        tray.attach_item(office.db, office.clerk, item, number)
    assert caught.value.code == "tray_item_gone"


def test_a_wrong_number_keeps_it_in_the_tray(office: Office) -> None:
    item = _put(office)
    with pytest.raises(UserError):
        tray.attach_item(office.db, office.clerk, item, "A-1999/000001")
    assert [r.id for r in tray.waiting(office.db, office.clerk)] == [item]


def test_discard_needs_a_reason_and_is_audited(office: Office) -> None:
    item = _put(office)
    with pytest.raises(UserError):
        tray.discard(office.db, office.clerk, item, "  ")
    tray.discard(office.db, office.clerk, item, "page blanche")
    assert tray.count_waiting(office.db, office.clerk) == 0
    with office.db.read() as session:
        assert audit.verify(session).ok


def test_names_paths_and_barcodes_from_outside_are_kept_harmless(office: Office) -> None:
    """A file's name, its path's bytes and what a barcode decodes to are not typed by the
    clerk: never refused, but no bidi trick, control character or undecodable byte is kept
    (PostgreSQL refuses NUL and lone surrogates outright)."""
    odd = b"scan\xff\x1b[2J".decode("utf-8", "surrogateescape")
    info = inspect_bytes(f"rtl\u202efdp.exe.{odd}.pdf", files.pdf_bytes(1), max_bytes=10**8)
    with office.db.write() as session:
        item = tray.add_in(
            session,
            office.clerk,
            info,
            reason="foreign_barcode",
            barcode="\x00AB\u202e12",
            origin=f"folder:/srv/scans/{odd}.pdf",
        )
    (row,) = tray.waiting(office.db, office.clerk)
    assert row.id == item
    assert row.filename == "rtlfdp.exe.scan\ufffd_[2J.pdf"
    assert row.origin == "folder:/srv/scans/scan\\udcff\\x1b[2J.pdf"
    assert row.barcode == "\\x00AB\\u202e12"
