"""PAdES signatures and their verification (issue 16). The API other features call.

Stable API (everything importable from ``app.signature``; pyHanko is imported only when a
function runs, so importing this package is cheap)::

    from app.signature import (
        Pkcs12Key, TokenKey, StampInfo, SigningOptions, SignatureReport, Level, Change,
        NUMBER_FIELD, sign_document, sign_documents, open_signer, fill_number, read_number,
        verify_document, signing_options,
    )

Keys (the secret is given each time, never stored):
    ``Pkcs12Key(path, password)``                       a .p12/.pfx file
    ``TokenKey(module, token_label, pin, key_label=None)``  a PKCS#11 token or smart card;
                                                        the key never leaves it

Signing:
    ``sign_document(pdf, *, signer, stamp, options, field_name=None, number_field=True,
    reason="") -> bytes``
        ``pdf`` with one more signature, as an incremental update (earlier signatures stay
        valid). ``stamp``: ``StampInfo(name_fr, name_ar, title_fr, title_ar, signed_at=None,
        on_behalf_of_fr="", on_behalf_of_ar="", page=-1, box=None)`` — the visible signature,
        drawn with Qt, French left and Arabic right; ``on_behalf_of_*`` set for a delegate
        ("P.O. / par délégation de NAME", "بالتفويض عن NAME"). ``options``:
        ``SigningOptions(trusted_roots=[DER...], timestamp_url=None|URL)`` — with a URL the
        signature is B-LT and followed by a document timestamp (B-LTA); without, B-B.
        ``signing_options(db, office_id)`` gives the office's (trusted roots table, timestamp URL).
        The first signature adds the registry number field (``NUMBER_FIELD``) if the letter
        has none; every signature lets that field be filled afterwards.
    ``with open_signer(signer, options) as key: key.sign(pdf, stamp=..., ...)``
        the key opened once (one PIN entry, one token session) for many documents: the
        signature book's batch. ``sign_documents(pdfs, *, signer, stamp, options)`` does it
        for a list, all or nothing.
    Refusals are ``app.errors.UserError`` (French/Arabic message, nothing changed):
        ``signature_wrong_password``, ``signature_wrong_pin``, ``signature_pin_locked``,
        ``signature_token_absent``, ``signature_module_missing``, ``signature_module_bad``,
        ``signature_cert_expired``, ``signature_cert_revoked``, ``signature_cert_untrusted``,
        ``signature_no_revocation_info``, ``signature_timestamp_failed``, ``signature_not_pdf``,
        ``signature_pdf_encrypted``... (``app/signature/messages.py``).

The number:
    ``fill_number(pdf, number) -> bytes`` writes the registry number into ``NUMBER_FIELD`` in
    an incremental update; verification then reports ``changes == Change.FORM_FILLING`` and
    ``filled_fields == ("bo_numero",)`` for each earlier signature. ``read_number(pdf)``.

Verification (offline, against the office's roots):
    ``verify_document(pdf, *, trusted_roots) -> list[SignatureReport]`` — one per signature,
    in signing order: ``field_name, signer, signer_organisation, certificate_subject,
    certificate_issuer, signed_at, timestamped, timestamp_trusted, valid, intact, trusted,
    revocation ("good"|"revoked"|"unknown"), level (Level.B_B/B_T/B_LT/B_LTA),
    covers_whole_document, changes (Change.NONE/SIGNATURES/FORM_FILLING/ANNOTATIONS/OTHER),
    filled_fields, problems (message codes taking ``field``), ok``; ``as_json()``.

Mail documents (the database side, :mod:`app.signature.documents`):
    ``sign_mail(db, actor, number, *, signer, stamp=None, fill=True) -> SignedMail``
        signs the mail's current PDF (its last PDF attachment), stores the signed PDF as a new
        attachment, audits it; ``fill``: writes the mail's number afterwards (départ).
    ``verify_mail(db, actor, number) -> (attachment name, bytes, reports)``.
    ``stamp_for(actor, ...)`` builds a ``StampInfo`` from a user.

Office settings (:mod:`app.signature.settings`): trusted roots (``list_roots``, ``add_root``,
``remove_root``) and the timestamp URL (``timestamp_url``, ``set_timestamp_url``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.signature.types import (
    NUMBER_FIELD,
    Change,
    Level,
    Pkcs12Key,
    SignatureReport,
    SignerSource,
    SigningOptions,
    StampInfo,
    TokenKey,
)

if TYPE_CHECKING:  # pragma: no cover
    from app.signature.number_field import fill_number, read_number
    from app.signature.sign import SigningKey, open_signer, sign_document, sign_documents
    from app.signature.verify import verify_document

_LAZY = {
    "sign_document": "app.signature.sign",
    "sign_documents": "app.signature.sign",
    "open_signer": "app.signature.sign",
    "SigningKey": "app.signature.sign",
    "fill_number": "app.signature.number_field",
    "read_number": "app.signature.number_field",
    "verify_document": "app.signature.verify",
    "signing_options": "app.signature.settings",
    "sign_mail": "app.signature.documents",
    "verify_mail": "app.signature.documents",
    "stamp_for": "app.signature.documents",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "NUMBER_FIELD",
    "Change",
    "Level",
    "Pkcs12Key",
    "SignatureReport",
    "SignerSource",
    "SigningKey",
    "SigningOptions",
    "StampInfo",
    "TokenKey",
    "fill_number",
    "open_signer",
    "read_number",
    "sign_document",
    "sign_documents",
    "signing_options",
    "verify_document",
]
