"""Registry numbers: their format, and a typed or scanned number read back."""

from __future__ import annotations

import re

from app.domain.enums import Direction

DEFAULT_FORMAT = "{prefix}-{year}/{seq:06d}"
_REQUIRED_FIELDS = {"prefix", "year", "seq"}
_EASTERN_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}


def validate_format(fmt: str) -> None:
    """Raise ValueError unless ``fmt`` names exactly prefix, year and seq (so numbers differ)."""
    names = set(re.findall(r"{(\w+)", fmt))
    if names != _REQUIRED_FIELDS:
        raise ValueError(fmt)
    format_number(fmt, Direction.IN, 2026, 1)


def format_number(fmt: str, direction: Direction, year: int, seq: int) -> str:
    return fmt.format(prefix=direction.prefix, year=year, seq=seq)


def normalise_typed_number(text: str) -> str:
    """A number as a barcode reader or a clerk types it: trimmed, upper case, Western digits."""
    return text.strip().upper().translate(_EASTERN_DIGITS)
