"""Verifying every signature of a PDF against the office's trusted roots, offline.

For each signature: who signed (the certificate's subject), when (the signature timestamp's
time when there is one, said to be trusted; otherwise the time the signer's computer wrote),
whether the signed bytes are intact and the cryptographic signature valid, whether the
certificate chains to one of the office's roots, its revocation status from the validation data
embedded in the document, the PAdES level (B-B, B-T, B-LT, B-LTA) and what was changed in
the document after it (later signatures and timestamps only; form filling, naming the fields;
annotations; anything else, which means altered).

Nothing is fetched from the network: a document verifies the same on a machine without one.
Timestamped signatures go through pyHanko's long-term (AdES LTA) validation, which judges the
certificate at the time proven by the timestamps; a B-B signature, having no trusted time, is
judged now, with what the document carries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from io import BytesIO

from app.errors import UserError
from app.signature.types import Change, Level, SignatureReport

for _name in ("pyhanko", "pyhanko_certvalidator"):
    # Diff analysis logs a traceback for every update it rejects: the report says it.
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def _reader(pdf: bytes):  # noqa: ANN202
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.lstrip()[:5].startswith(b"%PDF-"):
        raise UserError("signature_not_pdf")
    try:
        return PdfFileReader(BytesIO(pdf), strict=False)
    except Exception as exc:
        raise UserError("signature_not_pdf") from exc


def _spec(trusted_roots: Sequence[bytes]):  # noqa: ANN202
    from asn1crypto import x509
    from pyhanko.sign.validation.policy_decl import (
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import CertValidationPolicySpec
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import SimpleTrustManager

    roots = [x509.Certificate.load(der) for der in trusted_roots]
    rule = RevocationCheckingRule.CHECK_IF_DECLARED
    policy = CertValidationPolicySpec(
        trust_manager=SimpleTrustManager.build(roots),
        revinfo_policy=CertRevTrustPolicy(
            RevocationCheckingPolicy(ee_certificate_rule=rule, intermediate_ca_cert_rule=rule)
        ),
    )
    return PdfSignatureValidationSpec(
        SignatureValidationSpec(
            cert_validation_policy=policy,
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY
            ),
        )
    )


def _embedded_knowledge(reader, sig):  # noqa: ANN001, ANN202
    """Certificates, OCSP responses and CRLs the document carries (its DSS, the signature)."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    certs, ocsps, crls = list(sig.other_embedded_certs), [], []
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except Exception:
        dss = None
    if dss is not None:
        from asn1crypto import crl, ocsp

        certs += list(dss.load_certs())
        ocsps += [ocsp.OCSPResponse.load(o.get_object().data) for o in dss.ocsps]
        crls += [crl.CertificateList.load(c.get_object().data) for c in dss.crls]
    try:
        archival = sig.signer_info["signed_attrs"]
        for attr in archival:
            if attr["type"].native == "adobe_revocation_info_archival":
                for value in attr["values"]:
                    ocsps += list(value["ocsp"] or [])
                    crls += list(value["crl"] or [])
    except Exception:
        pass
    return certs, ocsps, crls


def _basic_status(reader, sig, trusted_roots):  # noqa: ANN001, ANN202
    """A signature without a timestamp, judged now with what the document carries."""
    from asn1crypto import x509
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    certs, ocsps, crls = _embedded_knowledge(reader, sig)
    vc = ValidationContext(
        trust_roots=[x509.Certificate.load(der) for der in trusted_roots],
        other_certs=certs,
        ocsps=ocsps,
        crls=crls,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    return asyncio.run(async_validate_pdf_signature(sig, vc))


def _lta_status(sig, trusted_roots):  # noqa: ANN001, ANN202
    from pyhanko.sign.validation import ades

    result = asyncio.run(ades.ades_lta_validation(sig, _spec(trusted_roots)))
    return result.api_status, result


def _name_parts(cert) -> tuple[str, str]:  # noqa: ANN001
    native = cert.subject.native
    org = ", ".join(
        v for k in ("organizational_unit_name", "organization_name") if (v := _text(native.get(k)))
    )
    return _text(native.get("common_name")) or cert.subject.human_friendly, org


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value) if value else ""


def _level(reader, sig, timestamped: bool, has_revinfo: bool) -> Level:  # noqa: ANN001
    if not timestamped:
        return Level.B_B
    if not has_revinfo:
        return Level.B_T
    later_ts = [
        ts
        for ts in reader.embedded_timestamp_signatures
        if ts.signed_revision > sig.signed_revision
    ]
    return Level.B_LTA if later_ts else Level.B_LT


def _changes(status, sig_fields: set[str]) -> tuple[Change, tuple[str, ...]]:  # noqa: ANN001
    from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return Change.NONE, ()
    diff = getattr(status, "diff_result", None)
    if diff is None or isinstance(diff, SuspiciousModification | Exception):
        return Change.OTHER, ()
    level = diff.modification_level
    filled = tuple(sorted(set(diff.changed_form_fields) - sig_fields))
    if level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
        return Change.SIGNATURES, ()
    if level == ModificationLevel.FORM_FILLING:
        return (Change.FORM_FILLING if filled else Change.SIGNATURES), filled
    if level == ModificationLevel.ANNOTATIONS:
        return Change.ANNOTATIONS, filled
    return Change.OTHER, filled


def _signed_at(sig, status, timestamped: bool) -> datetime | None:  # noqa: ANN001
    if timestamped:
        return status.timestamp_validity.timestamp
    if status.signer_reported_dt is not None:
        return status.signer_reported_dt
    try:
        return sig.self_reported_timestamp
    except Exception:
        return None


def _has_signature_timestamp(sig) -> bool:  # noqa: ANN001
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

    try:
        return next(extract_tst_data_iter(sig.signer_info, signed=False), None) is not None
    except Exception:
        return False


def _report(reader, sig, trusted_roots, sig_fields: set[str]) -> SignatureReport:  # noqa: ANN001

    problems: list[str] = []
    timestamped_in_doc = _has_signature_timestamp(sig)
    try:
        if timestamped_in_doc:
            status, result = _lta_status(sig, trusted_roots)
            indication = getattr(result.ades_subindic, "name", "")
            if status is None:  # pragma: no cover - pyHanko gives a status whenever it can
                status = _basic_status(reader, sig, trusted_roots)
        else:
            status, indication = _basic_status(reader, sig, trusted_roots), ""
    except Exception as exc:  # a signature pyHanko cannot even read: say it is broken
        cert = sig.signer_cert
        signer, org = _name_parts(cert)
        return SignatureReport(
            field_name=sig.field_name,
            signer=signer,
            signer_organisation=org,
            certificate_subject=cert.subject.human_friendly,
            certificate_issuer=cert.issuer.human_friendly,
            certificate_serial=f"{cert.serial_number:x}",
            signed_at=None,
            timestamped=False,
            timestamp_trusted=False,
            valid=False,
            intact=False,
            trusted=False,
            revocation="unknown",
            level=Level.B_B,
            covers_whole_document=False,
            changes=Change.OTHER,
            filled_fields=(),
            certification=False,
            problems=("signature_problem_invalid",),
            reason=str(exc),
        )
    cert = status.signing_cert
    signer, org = _name_parts(cert)
    ts = status.timestamp_validity
    timestamped = ts is not None
    ts_trusted = bool(ts is not None and ts.intact and ts.valid and ts.trusted)
    certs, ocsps, crls = _embedded_knowledge(reader, sig)
    has_revinfo = bool(ocsps or crls)
    changes, filled = _changes(status, sig_fields)
    intact, valid = bool(status.intact), bool(status.valid)
    trusted = bool(status.trusted)
    revoked = bool(getattr(status, "revoked", False))
    if not (intact and valid):
        problems.append("signature_problem_invalid")
    elif changes == Change.OTHER or not getattr(status, "docmdp_ok", True):
        problems.append("signature_problem_altered")
    if revoked:
        problems.append("signature_problem_revoked")
    elif not trusted:
        if "EXPIRED" in indication or "OUT_OF_BOUNDS" in indication:
            problems.append("signature_problem_expired")
        elif _chains_nowhere(cert, certs, trusted_roots):
            problems.append("signature_problem_untrusted")
        else:
            problems.append("signature_problem_indeterminate")
    if not timestamped:
        problems.append("signature_problem_no_timestamp")
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    return SignatureReport(
        field_name=sig.field_name,
        signer=signer,
        signer_organisation=org,
        certificate_subject=cert.subject.human_friendly,
        certificate_issuer=cert.issuer.human_friendly,
        certificate_serial=f"{cert.serial_number:x}",
        signed_at=_signed_at(sig, status, timestamped),
        timestamped=timestamped,
        timestamp_trusted=ts_trusted,
        valid=valid,
        intact=intact,
        trusted=trusted,
        revocation="revoked" if revoked else ("good" if (trusted and has_revinfo) else "unknown"),
        level=_level(reader, sig, timestamped, has_revinfo),
        covers_whole_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        changes=changes,
        filled_fields=filled,
        certification=sig.docmdp_level is not None,
        problems=tuple(problems),
        reason=indication,
    )


def _chains_nowhere(cert, certs, trusted_roots) -> bool:  # noqa: ANN001
    """Whether no path leads from ``cert`` to a trusted root (as opposed to a path found but
    not validated: expired, no revocation data...)."""
    from asn1crypto import x509

    roots = {x509.Certificate.load(der).subject.hashable for der in trusted_roots}
    by_subject = {c.subject.hashable: c for c in certs}
    current, seen = cert, 0
    while seen < 10:
        if current.issuer.hashable in roots:
            return False
        if current.issuer.hashable == current.subject.hashable:
            return True
        nxt = by_subject.get(current.issuer.hashable)
        if nxt is None:
            return True
        current, seen = nxt, seen + 1
    return True


def verify_document(pdf: bytes, *, trusted_roots: Sequence[bytes]) -> list[SignatureReport]:
    """A report for each signature of ``pdf`` (document timestamps are not signatures: they
    show in their signature's level), in the order they were made. Empty: no signature."""
    reader = _reader(pdf)
    try:
        signatures = list(reader.embedded_regular_signatures)
    except Exception as exc:
        raise UserError("signature_not_pdf") from exc
    sig_fields = {s.field_name for s in reader.embedded_signatures}
    try:
        from pyhanko.sign.fields import enumerate_sig_fields

        sig_fields |= {name for name, _, _ in enumerate_sig_fields(reader, filled_status=None)}
    except Exception:
        pass
    return [_report(reader, sig, trusted_roots, sig_fields) for sig in signatures]
