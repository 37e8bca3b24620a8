"""Checking what an administrator types: names in two scripts, codes, passwords.

The office prints and shows each name in the reader's language, so the Arabic name must be
written in Arabic letters and the French one in Latin letters; a name typed in the wrong
field (the keyboard left in the other layout) is refused with the field named, rather than
printed in the wrong script on a register.
"""

from __future__ import annotations

import re

from app.domain import entry
from app.domain.text import clean, has_arabic, has_latin
from app.errors import UserError
from app.organisation.passwords import MIN_LENGTH

_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}")


def arabic_name(value: str | None, *, field: str, maximum: int | None = None) -> str:
    """``value`` cleaned; refused if empty, too long or without Arabic letters."""
    text = _present(value, field, maximum)
    if not has_arabic(text):
        raise UserError("not_arabic", field=field, value=text)
    return text


def latin_name(value: str | None, *, field: str, maximum: int | None = None) -> str:
    """``value`` cleaned; refused if empty, too long, without Latin letters or with Arabic."""
    text = _present(value, field, maximum)
    if not has_latin(text) or has_arabic(text):
        raise UserError("not_latin", field=field, value=text)
    return text


def code(value: str | None) -> str:
    """A code as stored: upper case, letters, digits, ``-`` and ``_``, 32 characters at most."""
    text = clean(value).upper()
    if not text:
        raise UserError("missing_field", field="code")
    if not _CODE.fullmatch(text):
        raise UserError("bad_code", code=text)
    return text


def password(value: str) -> str:
    if len(value) < MIN_LENGTH:
        raise UserError("password_too_short", minimum=MIN_LENGTH)
    return value


def _present(value: str | None, field: str, maximum: int | None) -> str:
    """``value`` sanitised (:mod:`app.domain.entry`), present and within ``maximum`` (by
    default the field's declared limit)."""
    maximum = maximum if maximum is not None else entry.LIMITS[field]
    text = entry.sanitise(value or "", field)
    if not text:
        raise UserError("missing_field", field=field)
    if len(text) > maximum:
        raise UserError("too_long", field=field, maximum=maximum)
    return text
