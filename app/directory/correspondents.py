"""Correspondents: persons and organisations, named in Arabic, in Latin script, or both.

Names are kept as typed; look-ups use their folded keys (:func:`app.domain.text.fold`), so
"Commune de Fès", "COMMUNE DE FES" and "commune  de fes" are one correspondent, as are
"جماعة فاس" and "جَماعة فاس". A probable duplicate is one with the same identifier (CIN,
ICE...) or the same folded name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from app.domain import entry
from app.domain.enums import CorrespondentKind, IdentifierType
from app.domain.text import clean, fold, has_arabic, normalise_identifier
from app.errors import UserError
from app.store.models import Correspondent

NAME_SEPARATOR = " / "
# The folded look-up keys live in columns as long as the names (key_latin, key_arabic); a
# fold can be longer than its name (ligatures spelt out), so keys are cut to the column.
KEY_LENGTH = entry.LIMITS["correspondent"]


def name_key(name: str | None) -> str:
    """The look-up key of a name: its fold, within its column."""
    return fold(name)[:KEY_LENGTH]


def display_name(name_arabic: str | None, name_latin: str | None) -> str:
    """How a correspondent named in both scripts is shown: "Arabic / Latin"."""
    return NAME_SEPARATOR.join(n for n in (name_arabic, name_latin) if n)


@dataclass(frozen=True)
class CorrespondentInput:
    """A correspondent as typed at the counter; at least one name."""

    name_latin: str | None = None
    name_arabic: str | None = None
    kind: CorrespondentKind = CorrespondentKind.CITIZEN
    identifier_type: IdentifierType | None = None
    identifier: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def from_name(cls, name: str, **fields: object) -> CorrespondentInput:
        """One typed name, put in the Arabic or the Latin slot by its script."""
        name = clean(name)
        if has_arabic(name):
            return cls(name_arabic=name, **fields)  # type: ignore[arg-type]
        return cls(name_latin=name, **fields)  # type: ignore[arg-type]

    def cleaned(self, *, field: str = "correspondent") -> CorrespondentInput:
        """The correspondent as kept: names, identifier and contact checked and cleaned by
        :mod:`app.domain.entry` (``field`` names the names in a refusal: "correspondent",
        "recipient")."""
        latin, arabic = entry.text(self.name_latin, field), entry.text(self.name_arabic, field)
        if not latin and not arabic:
            raise UserError("missing_field", field=field)
        ident = normalise_identifier(entry.text(self.identifier, "identifier")) or None
        if ident and len(ident) > entry.LIMITS["identifier"]:
            raise UserError("too_long", field="identifier", maximum=entry.LIMITS["identifier"])
        return CorrespondentInput(
            name_latin=latin,
            name_arabic=arabic,
            kind=CorrespondentKind(self.kind),
            identifier_type=IdentifierType(self.identifier_type)
            if self.identifier_type and ident
            else (IdentifierType.OTHER if ident else None),
            identifier=ident,
            address=entry.text(self.address, "address"),
            phone=entry.text(self.phone, "phone"),
            email=entry.text(self.email, "email"),
        )


@dataclass(frozen=True)
class CorrespondentSummary:
    id: int
    kind: str
    name_latin: str | None
    name_arabic: str | None
    identifier: str | None
    reason: str = ""  # why it was proposed: "identifier" or "name"

    @property
    def display_name(self) -> str:
        return display_name(self.name_arabic, self.name_latin)


def _summary(c: Correspondent, reason: str = "") -> CorrespondentSummary:
    return CorrespondentSummary(c.id, c.kind, c.name_latin, c.name_arabic, c.identifier, reason)


# Built once (the counter looks correspondents up at every registration). A NULL parameter
# matches nothing, so one statement serves a name alone, an identifier alone, or both.
_MATCHING = (
    select(Correspondent)
    .where(
        Correspondent.office_id == bindparam("b_office"),
        or_(
            Correspondent.identifier == bindparam("b_identifier"),
            Correspondent.key_latin.in_([bindparam("b_key1"), bindparam("b_key2")]),
            Correspondent.key_arabic.in_([bindparam("b_key1"), bindparam("b_key2")]),
        ),
    )
    .order_by(Correspondent.id)
    .limit(20)
)


def _matching(
    session: Session, office_id: int, candidate: CorrespondentInput
) -> list[tuple[Correspondent, str]]:
    """Correspondents matching ``candidate`` (cleaned), same identifier first, with the reason."""
    keys = [k for k in (name_key(candidate.name_latin), name_key(candidate.name_arabic)) if k]
    rows = session.scalars(
        _MATCHING,
        {
            "b_office": office_id,
            "b_identifier": candidate.identifier,
            "b_key1": keys[0] if keys else None,
            "b_key2": keys[-1] if keys else None,
        },
    ).all()
    found = [
        (
            c,
            "identifier"
            if candidate.identifier and c.identifier == candidate.identifier
            else "name",
        )
        for c in rows
    ]
    found.sort(key=lambda pair: pair[1] != "identifier")
    return found


def probable_duplicates(
    session: Session, office_id: int, candidate: CorrespondentInput
) -> list[CorrespondentSummary]:
    """Existing correspondents that are probably ``candidate``: same identifier, or same name."""
    return [_summary(c, why) for c, why in _matching(session, office_id, candidate.cleaned())]


def create(session: Session, office_id: int, data: CorrespondentInput) -> Correspondent:
    data = data.cleaned()
    corr = Correspondent(
        office_id=office_id,
        kind=data.kind.value,
        name_latin=data.name_latin,
        name_arabic=data.name_arabic,
        key_latin=name_key(data.name_latin) or None,
        key_arabic=name_key(data.name_arabic) or None,
        identifier_type=data.identifier_type.value if data.identifier_type else None,
        identifier=data.identifier,
        address=data.address,
        phone=data.phone,
        email=data.email,
    )
    session.add(corr)
    session.flush()
    return corr


def find_or_create(
    session: Session, office_id: int, data: CorrespondentInput
) -> tuple[Correspondent, bool]:
    """The existing correspondent that matches by identifier or by name, else a new one.

    Returns ``(correspondent, created)``. Used where no clerk is there to choose (command line,
    portal); the form proposes :func:`probable_duplicates` and lets the clerk decide.
    """
    data = data.cleaned()
    matches = _matching(session, office_id, data)
    if data.identifier:
        by_id = [c for c, why in matches if why == "identifier"]
        if by_id:
            return by_id[0], False
        # A different identifier means a different person, even with the same name.
        matches = [(c, why) for c, why in matches if not c.identifier]
    if matches:
        return matches[0][0], False
    return create(session, office_id, data), True


def search(
    session: Session, office_id: int, text: str, limit: int = 20
) -> list[CorrespondentSummary]:
    """Completion for the correspondent field: folded names that start with the typed text."""
    key = fold(text)
    if not key:
        return []
    pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = session.scalars(
        select(Correspondent)
        .where(
            Correspondent.office_id == office_id,
            or_(
                Correspondent.key_latin.like(pattern, escape="\\"),
                Correspondent.key_arabic.like(pattern, escape="\\"),
                Correspondent.identifier == normalise_identifier(text),
            ),
        )
        .order_by(Correspondent.key_latin, Correspondent.key_arabic)
        .limit(limit)
    ).all()
    return [_summary(c) for c in rows]
