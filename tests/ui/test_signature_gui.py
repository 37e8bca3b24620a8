# ruff: noqa: F811 - the fixtures of tests/ui/test_preview.py, imported by name
"""The page viewer verifies a signed PDF (banner and panel, French and Arabic); the PIN prompt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.signature import fill_number, sign_document
from app.signature.settings import add_root
from tests.conftest import Office
from tests.support.signing import STAMP, letter_pdf, options, pkcs12_key
from tests.ui.test_preview import _register, languages, pane  # noqa: F401 - fixtures
from ui import display
from ui.signature.secret_dialog import SecretDialog


@pytest.fixture(scope="module")
def signed_letter(test_pki) -> bytes:  # noqa: ANN001
    signed = sign_document(
        letter_pdf(1), signer=pkcs12_key(test_pki), stamp=STAMP, options=options(test_pki)
    )
    return fill_number(signed, "D-2026/000042")


def _open_viewer(qtbot, pane, office: Office, tmp_path: Path, data: bytes):  # noqa: ANN001, ANN202
    mail = _register(office, tmp_path, ("lettre-signe.pdf", data))
    pane.show_mail(mail)
    strip = pane.preview
    qtbot.waitUntil(lambda: strip.loaded == 1, timeout=10000)
    strip.thumbs.setFocus()
    strip.thumbs.setCurrentRow(0)
    qtbot.keyClick(strip.thumbs, Qt.Key.Key_Return)
    return strip.viewer


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_viewer_shows_a_valid_signature(
    qtbot,
    pane,
    office: Office,
    tmp_path: Path,
    test_pki,
    signed_letter,
    languages,
    lang,  # noqa: ANN001, F811
) -> None:
    add_root(office.db, office.admin, test_pki.cert_pem("root"))
    languages.apply(lang)
    viewer = _open_viewer(qtbot, pane, office, tmp_path, signed_letter)
    qtbot.waitUntil(lambda: viewer.signatures is not None, timeout=20000)
    assert [r.ok for r in viewer.signatures] == [True], viewer.signatures
    assert viewer.signature_banner.isVisible() and viewer.signature_panel.isVisible()
    text = viewer.signature_panel.text.toPlainText()
    assert "Nadia Alaoui" in text and "B-LTA" in text and "bo_numero" in text
    # the day signed reads as every day on the desk (dd/mm/yyyy hh:mm, the user's digits)
    assert display.moment(viewer.signatures[0].signed_at) in text
    if lang == "ar":
        assert (
            "التوقيع" in viewer.signature_banner.text() or "توقيع" in viewer.signature_banner.text()
        )
    else:
        assert "signature" in viewer.signature_banner.text().lower()


def test_an_altered_pdf_names_the_signature(
    qtbot,
    pane,
    office: Office,
    tmp_path: Path,
    test_pki,
    signed_letter,  # noqa: ANN001, F811
) -> None:
    add_root(office.db, office.admin, test_pki.cert_pem("root"))
    data = bytearray(signed_letter)
    data[data.index(b"stream", 200) + 20] ^= 1
    viewer = _open_viewer(qtbot, pane, office, tmp_path, bytes(data))
    qtbot.waitUntil(lambda: viewer.signatures is not None, timeout=20000)
    assert not viewer.signatures[0].ok
    # the field's name as typed, kept left to right inside an Arabic line
    assert "\u2066Signature1\u2069" in viewer.signature_banner.text()


def test_the_pin_prompt_gives_the_typed_pin_and_forgets_it(qtbot) -> None:  # noqa: ANN001
    dialog = SecretDialog(kind=SecretDialog.PIN, what="BO-TEST", count=3)
    qtbot.addWidget(dialog)
    dialog.show()
    for ch in "12٣4":  # an Eastern digit too: typed one key event at a time
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                dialog.field,
                QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
            )
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    assert "\u2066BO-TEST\u2069" in dialog.intro.text()  # the key's name isolated
    assert dialog.batch.isVisible() and "3" in dialog.batch.text()
    dialog.done(QDialog.DialogCode.Accepted)
    assert dialog._kept == "12٣4" and dialog.field.text() == ""
