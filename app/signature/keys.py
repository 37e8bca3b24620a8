"""Opening a signing key: a PKCS#12 file, or a PKCS#11 token whose key never leaves it.

:func:`open_key` is a context manager: a token's session is opened once (one PIN entry) and
closed at the end, so a batch of documents is signed with one PIN. Every failure is a
:class:`~app.errors.UserError` that says what to do: wrong password or PIN, a token absent or
removed, a library that is not a PKCS#11 module, a file that is not PKCS#12.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.errors import UserError
from app.signature.types import Pkcs12Key, SignerSource, TokenKey

MAX_PKCS12_BYTES = 1 << 20


def _pkcs12_signer(source: Pkcs12Key):  # noqa: ANN202 - pyhanko's Signer
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign.signers import SimpleSigner

    path = Path(source.path)
    try:
        if not path.is_file():
            raise UserError("signature_pkcs12_missing", path=str(path))
        if path.stat().st_size > MAX_PKCS12_BYTES:
            raise UserError("signature_pkcs12_bad", path=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("signature_pkcs12_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, source.password.encode())
    except ValueError as exc:
        # cryptography says "Invalid password or PKCS12 data": tell which it is.
        try:
            pkcs12.load_key_and_certificates(data, None)
        except ValueError:
            if _looks_like_pkcs12(data):
                raise UserError("signature_wrong_password") from exc
            raise UserError("signature_pkcs12_bad", path=str(path)) from exc
        raise UserError("signature_wrong_password") from exc
    if key is None or cert is None:
        raise UserError("signature_pkcs12_no_key", path=str(path))
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in extra]
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=_registry(chain),
    )


def _looks_like_pkcs12(data: bytes) -> bool:
    """A DER SEQUENCE starting with version 3: a PKCS#12 PFX, whatever its password."""
    try:
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(data)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 - parses the structure
        return pfx["version"].native in (3, "v3")
    except Exception:
        return False


def _registry(certs):  # noqa: ANN001, ANN202
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return SimpleCertificateStore.from_certs(certs)


@contextlib.contextmanager
def _token_signer(source: TokenKey) -> Iterator[object]:
    try:
        import pkcs11
        from pkcs11 import exceptions as p11e
    except ImportError as exc:  # pragma: no cover - a dependency
        raise UserError("signature_pkcs11_unavailable", detail=str(exc)) from exc
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    if not source.module or not Path(source.module).is_file():
        raise UserError("signature_module_missing", path=source.module or "")
    if not source.pin:
        raise UserError("signature_pin_required")
    try:
        session = open_pkcs11_session(
            source.module,
            token_criteria=TokenCriteria(label=source.token_label),
            user_pin=source.pin,
        )
    except (p11e.PinIncorrect, p11e.PinInvalid, p11e.PinLenRange) as exc:
        raise UserError("signature_wrong_pin") from exc
    except p11e.PinLocked as exc:
        raise UserError("signature_pin_locked") from exc
    except (p11e.TokenNotPresent, p11e.TokenNotRecognised, p11e.DeviceRemoved) as exc:
        raise UserError("signature_token_absent", token=source.token_label) from exc
    except p11e.PKCS11Error as exc:
        if "No token" in str(exc):
            raise UserError("signature_token_absent", token=source.token_label) from exc
        raise UserError("signature_token_error", detail=str(exc) or type(exc).__name__) from exc
    except (RuntimeError, OSError) as exc:  # not a PKCS#11 module
        raise UserError("signature_module_bad", path=source.module, detail=str(exc)) from exc
    try:
        key_id = _find_key(session, source.key_label, pkcs11)
        try:
            signer = PKCS11Signer(
                session,
                key_id=key_id,
                cert_id=key_id,
                other_certs_to_pull=None,
            )
        except p11e.PKCS11Error as exc:
            raise UserError("signature_token_error", detail=str(exc)) from exc
        yield signer
    finally:
        with contextlib.suppress(Exception):
            session.close()


def _find_key(session, key_label: str | None, pkcs11) -> bytes:  # noqa: ANN001
    """The ID of the private key to sign with, one with its certificate on the token."""
    attrs = {pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY}
    if key_label:
        attrs[pkcs11.Attribute.LABEL] = key_label
    cert_ids = {
        bytes(c[pkcs11.Attribute.ID])
        for c in session.get_objects({pkcs11.Attribute.CLASS: pkcs11.ObjectClass.CERTIFICATE})
    }
    for key in session.get_objects(attrs):
        key_id = bytes(key[pkcs11.Attribute.ID])
        if key_id in cert_ids:
            return key_id
    raise UserError("signature_token_no_key", key=key_label or "*")


@contextlib.contextmanager
def open_key(source: SignerSource) -> Iterator[object]:
    """A pyHanko ``Signer`` for ``source``, open until the block ends."""
    if isinstance(source, Pkcs12Key):
        yield _pkcs12_signer(source)
    elif isinstance(source, TokenKey):
        with _token_signer(source) as signer:
            yield signer
    else:  # pragma: no cover - a programming error
        raise TypeError(f"not a signer source: {source!r}")
