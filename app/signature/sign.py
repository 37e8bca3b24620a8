"""PAdES signing with pyHanko: one signature per incremental update, earlier ones stay valid.

With a timestamp service, each signature is B-LT (a signature timestamp, the certificates and
OCSP/CRL answers put in the document's security store) and is followed by a document timestamp
(B-LTA). Without one it is B-B: the signer's certificate is still checked (and its revocation
data embedded when the CA answers), but the time is the computer's, which verification says.

The certificate is checked against the office's trusted roots before anything is signed: an
expired or revoked certificate, or one that does not chain to a trusted root, is refused with
its own message and the document is left as it was.

Every signature is an approval signature: a certification signature (DocMDP) would forbid the
next signer's visible field (ISO 32000 lets a certified document's fields be filled and signed,
not new signature fields added). Each one locks the letter's own form fields (FieldMDP) except
the registry number field, which the first signature adds when the letter has none
(:mod:`app.signature.number_field`): the number can be written after signing, and verification
names it as the only field filled.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from app.domain.clock import now_utc
from app.errors import UserError
from app.signature import keys
from app.signature.number_field import add_number_field, find_field
from app.signature.types import NUMBER_FIELD, SignerSource, SigningOptions, StampInfo

# The stamp's place when none is given: lower right of the page, above a 2 cm margin; each
# further signature on the same page goes above the previous one.
MARGIN_RIGHT = 40.0
MARGIN_BOTTOM = 56.0
GAP = 8.0
MAX_PDF_BYTES = 200 * 1024 * 1024
# Bytes kept for the CMS signature: certificates, the signature timestamp token and the OCSP and
# CRL answers embedded in it (a B-LT signature of the test PKI takes about 9 KB; national CAs'
# chains and CRLs are larger).
RESERVED = 48 * 1024


def validation_context(options: SigningOptions, *, fetch: bool, extra_certs=()):  # noqa: ANN001, ANN202
    """A pyHanko validation context over the office's trusted roots."""
    from asn1crypto import x509
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

    roots = [x509.Certificate.load(der) for der in options.trusted_roots]
    return ValidationContext(
        trust_roots=roots,
        other_certs=list(extra_certs),
        allow_fetching=fetch,
        revocation_mode="hard-fail" if (fetch and options.timestamp_url) else "soft-fail",
        fetcher_backend=RequestsFetcherBackend(per_request_timeout=options.timeout)
        if fetch
        else None,
    )


def check_certificate(signer, vc) -> None:  # noqa: ANN001
    """Refuse a certificate that is expired, revoked, or not chaining to a trusted root."""
    import asyncio

    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator import errors as cv

    cert = signer.signing_cert
    if cert is None:
        raise UserError("signature_no_certificate")
    name = cert.subject.human_friendly
    validator = CertificateValidator(
        cert, intermediate_certs=list(signer.cert_registry), validation_context=vc
    )
    try:
        asyncio.run(validator.async_validate_usage({"non_repudiation"}))
    except cv.RevokedError as exc:
        raise UserError("signature_cert_revoked", subject=name) from exc
    except (cv.ExpiredError, cv.NotYetValidError) as exc:
        until = cert["tbs_certificate"]["validity"]["not_after"].native
        raise UserError("signature_cert_expired", subject=name, until=f"{until:%Y-%m-%d}") from exc
    except cv.PathBuildingError as exc:
        raise UserError("signature_cert_untrusted", subject=name) from exc
    except cv.InsufficientRevinfoError as exc:
        raise UserError("signature_no_revocation_info", subject=name) from exc
    except cv.InvalidCertificateError as exc:
        raise UserError("signature_cert_invalid", subject=name, detail=str(exc)) from exc
    except cv.PathValidationError as exc:
        raise UserError("signature_cert_invalid", subject=name, detail=str(exc)) from exc


class _PdfBytesPage:
    """A page of a PDF held in memory, drawn as a form XObject (pyHanko imports pages from
    files only)."""

    def __new__(cls, data: bytes):  # noqa: ANN204
        import binascii
        import uuid

        from pyhanko.pdf_utils.content import PdfContent
        from pyhanko.pdf_utils.layout import BoxConstraints
        from pyhanko.pdf_utils.reader import PdfFileReader

        class Page(PdfContent):
            def render(self) -> bytes:
                writer = self._ensure_writer
                xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(data)), page_ix=0)
                name = "/Stamp" + binascii.hexlify(uuid.uuid4().bytes).decode()
                self.resources.xobject[name] = xobj
                x1, y1, x2, y2 = xobj.get_object()["/BBox"]
                self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
                return name.encode() + b" Do"

        return Page()


def _stamp_style(stamp: StampInfo, at: datetime):  # noqa: ANN202
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    from app.printing.signature_stamp import StampText, stamp_pdf

    page = stamp_pdf(
        StampText(
            name_fr=stamp.name_fr,
            name_ar=stamp.name_ar,
            title_fr=stamp.title_fr,
            title_ar=stamp.title_ar,
            signed_at=stamp.signed_at or at,
            on_behalf_of_fr=stamp.on_behalf_of_fr,
            on_behalf_of_ar=stamp.on_behalf_of_ar,
        )
    )
    return StaticStampStyle(
        background=_PdfBytesPage(page),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
    )


def _existing_signature_fields(writer) -> list[tuple[str, int | None, tuple]]:  # noqa: ANN001
    """(name, page index or None, rect) of the document's signature fields."""
    from pyhanko.sign.fields import enumerate_sig_fields

    found = []
    pages = {}
    try:
        for i in range(int(writer.root["/Pages"]["/Count"])):
            ref, _ = writer.find_page_for_modification(i)
            pages[ref.idnum] = i
    except Exception:  # a damaged page tree: no placement help, signing still works
        pages = {}
    for name, value, ref in enumerate_sig_fields(writer, filled_status=None):
        del value
        field = ref.get_object()
        page = field.get("/P")
        rect = tuple(float(v) for v in field.get("/Rect", (0, 0, 0, 0)))
        found.append((name, pages.get(page.idnum) if page is not None else None, rect))
    return found


def _place(writer, stamp: StampInfo, existing) -> tuple[str, int, tuple[int, int, int, int]]:  # noqa: ANN001
    from app.printing.signature_stamp import HEIGHT_PT, WIDTH_PT

    names = {name for name, _, _ in existing}
    n = 1
    while f"Signature{n}" in names:
        n += 1
    field_name = f"Signature{n}"
    count = int(writer.root["/Pages"]["/Count"])
    page = stamp.page if stamp.page >= 0 else count + stamp.page
    page = min(max(page, 0), count - 1)
    if stamp.box is not None:
        box = tuple(int(round(v)) for v in stamp.box)
        return field_name, page, box  # type: ignore[return-value]
    page_ref, _ = writer.find_page_for_modification(page)
    obj = page_ref.get_object()
    x1, y1, x2, y2 = (float(v) for v in obj.get("/CropBox", obj["/MediaBox"]))
    right = max(x1, x2) - MARGIN_RIGHT
    bottom = min(y1, y2) + MARGIN_BOTTOM
    on_page = [r for _, p, r in existing if p == page and len(r) == 4]
    while any(r[1] < bottom + HEIGHT_PT and r[3] > bottom for r in on_page):
        bottom += HEIGHT_PT + GAP
    box = (int(right - WIDTH_PT), int(bottom), int(right), int(bottom + HEIGHT_PT))
    return field_name, page, box


@dataclass
class SigningKey:
    """An open key (a token's session stays open): sign one document after another with it.

    Made by :func:`open_signer`; the PIN or password was given once, to open it.
    """

    signer: object
    options: SigningOptions
    context: object = None  # the validation context: fetched OCSP/CRL answers are reused
    timestamper: object = None

    def sign(
        self,
        pdf: bytes,
        *,
        stamp: StampInfo,
        field_name: str | None = None,
        number_field: bool = True,
        reason: str = "",
    ) -> bytes:
        return _sign_one(
            self, pdf, stamp=stamp, field_name=field_name, number_field=number_field, reason=reason
        )


@contextlib.contextmanager
def open_signer(source: SignerSource, options: SigningOptions) -> Iterator[SigningKey]:
    """Open ``source`` once (one PIN or password entry) and check its certificate against the
    office's roots, revocation included; yield a :class:`SigningKey` for as many documents as
    needed; close the token's session at the end."""
    from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper

    with keys.open_key(source) as signer:
        vc = validation_context(options, fetch=True, extra_certs=signer.cert_registry)
        check_certificate(signer, vc)
        url = options.timestamp_url
        yield SigningKey(
            signer=signer,
            options=options,
            context=vc,
            timestamper=RequestsHTTPTimeStamper(url, timeout=options.timeout) if url else None,
        )


def _read_writer(pdf: bytes):  # noqa: ANN202
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    if len(pdf) > MAX_PDF_BYTES:
        raise UserError("signature_pdf_too_big")
    if not pdf.lstrip()[:5].startswith(b"%PDF-"):
        raise UserError("signature_not_pdf")
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except Exception as exc:
        raise UserError("signature_not_pdf") from exc
    if writer.prev.encrypted:
        raise UserError("signature_pdf_encrypted")
    return writer


def _sign_one(
    key: SigningKey,
    pdf: bytes,
    *,
    stamp: StampInfo,
    field_name: str | None,
    number_field: bool,
    reason: str,
) -> bytes:
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    options = key.options
    writer = _read_writer(pdf)
    existing = _existing_signature_fields(writer)
    first = not _signed_any(writer)
    if number_field and first and find_field(writer, NUMBER_FIELD) is None:
        add_number_field(writer)
    locked = _fields_to_lock(writer)
    name, page, box = _place(writer, stamp, existing)
    if field_name:
        name = field_name
    at = now_utc()
    ts = options.timestamp_url
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=True,
        use_pades_lta=bool(ts),
        validation_context=validation_context(
            options,
            fetch=True,
            extra_certs=key.signer.cert_registry,  # type: ignore[attr-defined]
        ),
        name=stamp.name_fr or stamp.name_ar,
        reason=reason or None,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=key.signer,  # type: ignore[arg-type]
        timestamper=key.timestamper,
        stamp_style=_stamp_style(stamp, at),
        new_field_spec=fields.SigFieldSpec(
            sig_field_name=name,
            on_page=page,
            box=box,
            field_mdp_spec=fields.FieldMDPSpec(fields.FieldMDPAction.INCLUDE, locked)
            if locked
            else None,
        ),
    )
    try:
        # Room for the signature given, not estimated: the estimate signs a dummy first.
        out = pdf_signer.sign_pdf(writer, bytes_reserved=RESERVED)
    except TimestampRequestError as exc:
        raise UserError("signature_timestamp_failed", url=ts or "", detail=str(exc)) from exc
    except SigningError as exc:
        raise _signing_error(exc) from exc
    return out.getvalue()


def _fields_to_lock(writer) -> list[str]:  # noqa: ANN001
    """The letter's own form fields, other than the number and signature fields: each
    signature locks them (FieldMDP), so that only the number may be filled after it."""
    form = writer.root.get("/AcroForm")
    if form is None:
        return []
    names = []
    for ref in form.get_object().get("/Fields", []):
        field = ref.get_object()
        name = str(field.get("/T", ""))
        if name and name != NUMBER_FIELD and field.get("/FT") != "/Sig":
            names.append(name)
    return names


def _signed_any(writer) -> bool:  # noqa: ANN001
    from pyhanko.sign.fields import enumerate_sig_fields

    return any(True for _ in enumerate_sig_fields(writer, filled_status=True))


def _signing_error(exc: Exception) -> UserError:
    from pyhanko_certvalidator import errors as cv

    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, cv.RevokedError):
        return UserError("signature_cert_revoked", subject="")
    if isinstance(cause, cv.InsufficientRevinfoError):
        return UserError("signature_no_revocation_info", subject="")
    text = str(exc)
    if "DocMDP" in text or "certif" in text.lower() or "locked" in text.lower():
        return UserError("signature_document_locked", detail=text)
    return UserError("signature_failed", detail=text)


def sign_document(
    pdf: bytes,
    *,
    signer: SignerSource,
    stamp: StampInfo,
    options: SigningOptions,
    field_name: str | None = None,
    number_field: bool = True,
    reason: str = "",
) -> bytes:
    """``pdf`` with one more signature (see the module's docstring)."""
    with open_signer(signer, options) as key:
        return key.sign(
            pdf, stamp=stamp, field_name=field_name, number_field=number_field, reason=reason
        )


def sign_documents(
    pdfs: Iterable[bytes],
    *,
    signer: SignerSource,
    stamp: StampInfo,
    options: SigningOptions,
    number_field: bool = True,
) -> list[bytes]:
    """Each of ``pdfs`` signed, the key opened once (one PIN entry for the batch). All or
    nothing: the first failure raises and nothing is returned."""
    with open_signer(signer, options) as key:
        return [key.sign(pdf, stamp=stamp, number_field=number_field) for pdf in pdfs]
