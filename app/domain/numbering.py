"""Registry numbers: their format, and a typed or scanned number read back."""

from __future__ import annotations

import re
import string

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


def number_pattern(fmt: str = DEFAULT_FORMAT) -> re.Pattern[str]:
    """What a number of format ``fmt`` looks like, once normalised (:func:`normalise_typed_number`).

    A barcode or a typed text is taken for a registry number only if it matches: an EAN, a
    parcel's tracking code or a supplier's reference never does.
    """
    parts: list[str] = []
    for literal, name, spec, _conv in string.Formatter().parse(fmt):
        parts.append(re.escape(literal.upper()))
        if name == "prefix":
            parts.append("[ADI]")
        elif name == "year":
            parts.append(r"\d{4}")
        elif name == "seq":
            width = re.match(r"0?(\d+)", spec or "")
            least = int(width.group(1)) if width and (spec or "").startswith("0") else 1
            parts.append(rf"\d{{{least},9}}")
    return re.compile("^" + "".join(parts) + "$")


def normalise_typed_number(text: str) -> str:
    """A number as a barcode reader or a clerk types it: trimmed, upper case, Western digits."""
    return text.strip().upper().translate(_EASTERN_DIGITS)
