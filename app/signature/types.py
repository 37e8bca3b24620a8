"""What the signature API takes and gives: plain data, no pyHanko, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

NUMBER_FIELD = "bo_numero"
"""The letter's form text field that receives its registry number after signing."""


@dataclass(frozen=True)
class Pkcs12Key:
    """A key and certificate in a PKCS#12 file; the password is given each time, never kept."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class TokenKey:
    """A key on a PKCS#11 token or smart card: it never leaves the token.

    ``module``: the PKCS#11 library (Settings → Signature); ``token_label``: the token's label;
    ``pin``: the user PIN, asked at each signature; ``key_label``: which key, when the token
    holds several (default: the first private key that has its certificate on the token).
    """

    module: str
    token_label: str
    pin: str = field(repr=False)
    key_label: str | None = None


SignerSource = Pkcs12Key | TokenKey


@dataclass(frozen=True)
class StampInfo:
    """What the visible signature shows, in French and Arabic.

    ``on_behalf_of_*``: for a delegate, the principal's name ("P.O." / "عن"), printed as
    "Par délégation de / pour ordre de NAME" and "بالتفويض عن NAME".
    ``page``: 0-based, negative from the end (-1, the default, is the last page); ``box``:
    (x1, y1, x2, y2) in PDF points from the page's lower left corner, default the lower right
    of the page above the bottom margin.
    """

    name_fr: str
    name_ar: str = ""
    title_fr: str = ""
    title_ar: str = ""
    signed_at: datetime | None = None  # default: the moment of signing
    on_behalf_of_fr: str = ""
    on_behalf_of_ar: str = ""
    page: int = -1
    box: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class SigningOptions:
    """The office's settings for signing: its trusted roots (DER) and its timestamp service.

    With ``timestamp_url`` each signature is B-LT (signature timestamp, revocation data in the
    document) followed by a document timestamp (B-LTA); without, B-B (no trusted time).
    """

    trusted_roots: Sequence[bytes]
    timestamp_url: str | None = None
    timeout: float = 15.0


WARNINGS = frozenset({"signature_problem_no_timestamp"})
"""Problems that are said but do not make a signature bad (B-B: no trusted time)."""


class Level(StrEnum):
    """PAdES baseline level reached by a signature as found in the document."""

    B_B = "B-B"  # signed, no trusted time
    B_T = "B-T"  # with a signature timestamp
    B_LT = "B-LT"  # and the validation data (certificates, OCSP/CRL) in the document
    B_LTA = "B-LTA"  # and a document timestamp over them


class Change(StrEnum):
    """What was changed in the document after a signature (the worst seen)."""

    NONE = "none"
    SIGNATURES = "signatures"  # later signatures, timestamps, validation data only
    FORM_FILLING = "form_filling"  # and form fields filled (the registry number)
    ANNOTATIONS = "annotations"  # and annotations added
    OTHER = "other"  # anything else: the content may have changed


@dataclass(frozen=True)
class SignatureReport:
    """One signature of a document, as verification found it.

    ``valid``: the cryptographic signature matches; ``intact``: the signed bytes are those the
    signature covers; ``trusted``: the certificate chains to one of the office's roots;
    ``timestamped``: ``signed_at`` is a trusted timestamp's time (else the signer's computer's);
    ``revocation``: "good", "revoked" or "unknown"; ``changes``: what was done to the document
    after it; ``filled_fields``: names of form fields filled after it; ``ok``: all is well.
    """

    field_name: str
    signer: str
    signer_organisation: str
    certificate_subject: str
    certificate_issuer: str
    certificate_serial: str
    signed_at: datetime | None
    timestamped: bool
    timestamp_trusted: bool
    valid: bool
    intact: bool
    trusted: bool
    revocation: str
    level: Level
    covers_whole_document: bool
    changes: Change
    filled_fields: tuple[str, ...]
    certification: bool
    problems: tuple[str, ...]  # message codes (app.signature.messages), for people
    reason: str = ""

    @property
    def ok(self) -> bool:
        return (
            self.valid
            and self.intact
            and self.trusted
            and self.revocation != "revoked"
            and self.changes in (Change.NONE, Change.SIGNATURES, Change.FORM_FILLING)
            and not (set(self.problems) - WARNINGS)
        )

    def as_json(self) -> dict[str, object]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "organisation": self.signer_organisation,
            "subject": self.certificate_subject,
            "issuer": self.certificate_issuer,
            "serial": self.certificate_serial,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "timestamped": self.timestamped,
            "timestamp_trusted": self.timestamp_trusted,
            "valid": self.valid,
            "intact": self.intact,
            "trusted": self.trusted,
            "revocation": self.revocation,
            "level": str(self.level),
            "covers_whole_document": self.covers_whole_document,
            "changes": str(self.changes),
            "filled_fields": list(self.filled_fields),
            "certification": self.certification,
            "problems": list(self.problems),
            "ok": self.ok,
        }
