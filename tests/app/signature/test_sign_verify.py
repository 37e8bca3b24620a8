"""Signing with a PKCS#12 file and a PKCS#11 token, the number filled after signing, verification,
and the refusals: each against the tests' own PKI on loopback (tests/support/pki.py)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from app.errors import UserError
from app.signature import (
    NUMBER_FIELD,
    Change,
    Level,
    fill_number,
    open_signer,
    read_number,
    sign_document,
    verify_document,
)
from tests.support.pdf import pdf_text
from tests.support.signing import (
    DELEGATE_STAMP,
    STAMP,
    letter_pdf,
    options,
    pdfsig,
    pkcs12_key,
    token_key,
)


@pytest.fixture(scope="module")
def letter() -> bytes:
    return letter_pdf(2)


@pytest.fixture(scope="module")
def signed_twice(test_pki, test_token, letter) -> bytes:  # noqa: ANN001
    """A letter signed with the PKCS#12 key, then with the token's key as a delegate (both
    with timestamps), then numbered by the bureau d'ordre."""
    first = sign_document(
        letter, signer=pkcs12_key(test_pki), stamp=STAMP, options=options(test_pki)
    )
    second = sign_document(
        first, signer=token_key(test_token), stamp=DELEGATE_STAMP, options=options(test_pki)
    )
    return fill_number(second, "D-2026/000012")


def _roots(pki) -> list[bytes]:  # noqa: ANN001
    return [pki.cert_der("root")]


def test_both_signatures_intact_trusted_timestamped_and_only_the_number_filled(
    test_pki, signed_twice
) -> None:  # noqa: ANN001
    reports = verify_document(signed_twice, trusted_roots=_roots(test_pki))
    assert [r.signer for r in reports] == ["Nadia Alaoui", "Youssef Benjelloun"]
    for r in reports:
        assert (r.valid, r.intact, r.trusted) == (True, True, True), r
        assert r.timestamped and r.timestamp_trusted
        assert r.revocation == "good"
        assert r.level == Level.B_LTA
        assert r.changes == Change.FORM_FILLING
        assert r.filled_fields == (NUMBER_FIELD,)
        assert r.problems == ()
        assert r.ok
    assert read_number(signed_twice) == "D-2026/000012"


def test_earlier_signature_stays_valid_before_the_number(test_pki, test_token, letter) -> None:  # noqa: ANN001
    first = sign_document(
        letter, signer=pkcs12_key(test_pki), stamp=STAMP, options=options(test_pki)
    )
    [alone] = verify_document(first, trusted_roots=_roots(test_pki))
    # Only its own document timestamp and validation data came after it.
    assert alone.ok and alone.changes == Change.SIGNATURES and alone.filled_fields == ()
    assert read_number(first) == ""


def test_poppler_agrees(signed_twice, tmp_path: Path) -> None:  # noqa: ANN001
    said = pdfsig(signed_twice, tmp_path)
    signatures = said.split("Signature #")[1:]
    regular = [s for s in signatures if "ETSI.CAdES.detached" in s]
    assert len(regular) == 2, said
    for block, name in zip(regular, ["Nadia Alaoui", "Youssef Benjelloun"], strict=True):
        # The cryptographic verdict, independent of pyHanko. (NSS 3.87's certificate check
        # answers "Unknown issue" for this test PKI even with the root trusted: not asserted.)
        assert "Signature is Valid." in block, said
        assert f"Common Name: {name}" in block, said


def test_the_stamp_shows_both_languages_and_the_delegation(signed_twice) -> None:  # noqa: ANN001
    # Lines of the stamp may wrap: words compared, not line breaks.
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(signed_twice)).split())
    assert "Nadia Alaoui" in text and "Secrétaire générale" in text
    assert "par délégation de Nadia Alaoui" in text
    assert "يوسف بنجلون" in text and "بالتفويض عن" in text
    assert "D-2026/000012" in text  # the number, drawn in its field


def test_without_timestamp_service_the_signature_is_b_b_and_says_so(test_pki, letter) -> None:  # noqa: ANN001
    signed = sign_document(
        letter, signer=pkcs12_key(test_pki), stamp=STAMP, options=options(test_pki, timestamp=False)
    )
    [report] = verify_document(signed, trusted_roots=_roots(test_pki))
    assert report.level == Level.B_B and not report.timestamped
    assert report.problems == ("signature_problem_no_timestamp",)
    assert report.intact and report.trusted and report.ok


def test_batch_signs_with_one_opening(test_pki, test_token, letter, monkeypatch) -> None:  # noqa: ANN001
    from app.signature import keys

    opened = []
    real = keys._token_signer

    def counting(source):  # noqa: ANN001, ANN202
        opened.append(source.token_label)
        return real(source)

    monkeypatch.setattr(keys, "_token_signer", counting)
    with open_signer(token_key(test_token), options(test_pki, timestamp=False)) as key:
        signed = [key.sign(letter, stamp=DELEGATE_STAMP) for _ in range(3)]
    assert opened == [test_token.label]
    for pdf in signed:
        assert verify_document(pdf, trusted_roots=_roots(test_pki))[0].ok


# -- refusals: a clear message, the document unchanged ----------------------------------------


@pytest.mark.parametrize(
    ("make_key", "code"),
    [
        (lambda pki, tok: pkcs12_key(pki, password="not-this-one"), "signature_wrong_password"),
        (lambda pki, tok: token_key(tok, pin="000000"), "signature_wrong_pin"),
        (lambda pki, tok: pkcs12_key(pki, "expired"), "signature_cert_expired"),
        (lambda pki, tok: pkcs12_key(pki, "revoked"), "signature_cert_revoked"),
        (lambda pki, tok: pkcs12_key(pki, "stranger"), "signature_cert_untrusted"),
    ],
    ids=["wrong-password", "wrong-pin", "expired", "revoked", "untrusted"],
)
def test_refusals(test_pki, test_token, letter, make_key, code: str) -> None:  # noqa: ANN001
    original = bytes(letter)
    with pytest.raises(UserError) as caught:
        sign_document(
            letter, signer=make_key(test_pki, test_token), stamp=STAMP, options=options(test_pki)
        )
    assert caught.value.code == code
    assert caught.value.message("fr") and caught.value.message("ar")
    assert letter == original


def test_token_removed_or_module_missing(test_pki, test_token, letter) -> None:  # noqa: ANN001
    from app.signature import TokenKey

    absent = TokenKey(module=test_token.module, token_label="RETIRÉ", pin=test_token.pin)
    with pytest.raises(UserError) as caught:
        sign_document(letter, signer=absent, stamp=STAMP, options=options(test_pki))
    assert caught.value.code == "signature_token_absent"
    assert "RETIRÉ" in caught.value.message("fr")
    gone = TokenKey(module="/nonexistent/libpkcs11.so", token_label="X", pin="1")
    with pytest.raises(UserError) as caught:
        sign_document(letter, signer=gone, stamp=STAMP, options=options(test_pki))
    assert caught.value.code == "signature_module_missing"


def test_not_a_pdf_and_encrypted(test_pki) -> None:  # noqa: ANN001
    from tests.support.files import encrypted_pdf_bytes

    for data, code in (
        (b"hello", "signature_not_pdf"),
        (encrypted_pdf_bytes(), "signature_pdf_encrypted"),
    ):
        with pytest.raises(UserError) as caught:
            sign_document(data, signer=pkcs12_key(test_pki), stamp=STAMP, options=options(test_pki))
        assert caught.value.code == code


# -- altered after signing ----------------------------------------------------------------------


def test_one_byte_changed_is_named(test_pki, signed_twice) -> None:  # noqa: ANN001
    data = bytearray(signed_twice)
    # A byte of page content covered by both signatures: the letter's own text stream.
    at = data.index(b"stream", 200) + 20
    data[at] ^= 0x01
    reports = verify_document(bytes(data), trusted_roots=_roots(test_pki))
    assert reports and all(not r.ok for r in reports)
    first = reports[0]
    assert first.field_name == "Signature1"
    assert not first.intact
    assert "signature_problem_invalid" in first.problems


def test_page_added_by_a_plain_incremental_update(test_pki, signed_twice) -> None:  # noqa: ANN001
    writer = PdfWriter(io.BytesIO(signed_twice), incremental=True)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    altered = out.getvalue()
    assert altered.startswith(signed_twice)
    assert len(PdfReader(io.BytesIO(altered)).pages) == 3
    reports = verify_document(altered, trusted_roots=_roots(test_pki))
    assert [r.field_name for r in reports] == ["Signature1", "Signature2"]
    for r in reports:
        assert r.intact and r.valid  # the signed bytes are still there...
        assert r.changes == Change.OTHER  # ...but the document was changed after them
        assert "signature_problem_altered" in r.problems and not r.ok


def test_a_document_without_signatures(test_pki, letter) -> None:  # noqa: ANN001
    assert verify_document(letter, trusted_roots=_roots(test_pki)) == []


def test_an_unknown_root_is_not_trusted(test_pki, signed_twice) -> None:  # noqa: ANN001
    reports = verify_document(signed_twice, trusted_roots=[test_pki.cert_der("stranger-root")])
    assert all(not r.trusted and "signature_problem_untrusted" in r.problems for r in reports)
