"""Folding text the way a clerk reads it, for look-ups and search.

Two spellings a clerk does not distinguish fold to the same key: Arabic harakat and tatweel
dropped, alef and hamza forms (أ إ آ ٱ) to bare alef, hamza seats (ؤ ئ) to their letter, ta
marbuta to ha, alef maqsura to ya, Eastern Arabic digits to Western, French accents and case
dropped, direction marks removed, punctuation and runs of spaces to one space.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic script, but not its digits (٠-٩, ۰-۹): a number in Eastern digits is not Arabic text.
_ARABIC_LETTERS = re.compile(
    r"[\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
)
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]")

_DIRECTION_MARKS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF], None
)
_TRANSLATE = {
    **_DIRECTION_MARKS,
    0x0640: None,  # tatweel
    0x0671: "ا",  # alef wasla
    0x0672: "ا",
    0x0673: "ا",
    0x0629: "ه",  # ta marbuta
    0x0649: "ي",  # alef maqsura
    0x06CC: "ي",  # farsi ya
    0x06A9: "ك",  # keheh
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Extended (Persian) digits
}
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str | None) -> str:
    """Return the search key of ``text``: what two spellings of the same words share."""
    if not text:
        return ""
    # NFKD splits presentation forms, accented Latin letters and hamza-carrying letters
    # (أ = ا + ◌ٔ) into a base letter and combining marks, which are then dropped.
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_TRANSLATE).casefold()
    return " ".join(_NON_WORD.sub(" ", stripped).replace("_", " ").split())


def has_arabic(text: str | None) -> bool:
    return bool(text and _ARABIC_LETTERS.search(text))


def has_latin(text: str | None) -> bool:
    return bool(text and _LATIN_LETTERS.search(text))


def clean(text: str | None) -> str:
    """Trim a typed value and fold its inner runs of white space (not its script or case)."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def normalise_identifier(value: str | None) -> str:
    """CIN, ICE, RC numbers as written on documents: no spaces or dashes, upper case."""
    if not value:
        return ""
    return re.sub(r"[\s\-./]", "", fold(value)).upper()
