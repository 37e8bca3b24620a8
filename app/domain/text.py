"""Folding text the way a clerk reads it, for look-ups and search.

Two spellings a clerk does not distinguish fold to the same key: Arabic harakat and tatweel
dropped, alef and hamza forms (أ إ آ ٱ) to bare alef, hamza seats (ؤ ئ) to their letter, ta
marbuta to ha, alef maqsura to ya, the Maghrebi letters (ڭ ڤ) to their common spelling, Eastern
Arabic digits to Western, French accents, ligatures and case dropped, direction marks and
invisible joiners removed, punctuation and runs of spaces to one space.

:func:`fold` gives one key per text (correspondents' names are compared on it). Search needs a
little more, because one fold cannot make every pair of spellings equal: "مسؤول" and "مسئول"
differ only by the seat of their hamza, and "عائشة" is also typed "عايشة". So
:func:`search_words` gives each word its alternatives (its fold, and its fold with every hamza
seat as a bare hamza), and :func:`index_words` adds, for the index only, the word without its
article or conjunction ("والكهرباء" is also found as "الكهرباء" and "كهرباء").
"""

from __future__ import annotations

import re
import unicodedata

# Arabic script, but not its digits (٠-٩, ۰-۹): a number in Eastern digits is not Arabic text.
_ARABIC_LETTERS = re.compile(
    r"[\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
)
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]")

_INVISIBLE = dict.fromkeys(
    [
        0x200B,  # zero width space
        0x200C,  # zero width non-joiner
        0x200D,  # zero width joiner
        0x200E,  # left-to-right mark
        0x200F,  # right-to-left mark
        0x061C,  # Arabic letter mark
        0x00AD,  # soft hyphen
        *range(0x202A, 0x202F),  # embeddings and overrides
        *range(0x2066, 0x206A),  # isolates
        0xFEFF,
    ],
    None,
)
_TRANSLATE = {
    **_INVISIBLE,
    0x0640: None,  # tatweel
    0x0671: "ا",  # alef wasla
    0x0672: "ا",
    0x0673: "ا",
    0x0629: "ه",  # ta marbuta
    0x0649: "ي",  # alef maqsura
    0x06CC: "ي",  # farsi ya
    0x06A9: "ك",  # keheh
    0x06AD: "ك",  # ng (Moroccan g)
    0x06AF: "ك",  # gaf
    0x06A4: "ف",  # veh
    0x0152: "oe",
    0x0153: "oe",
    0x00C6: "ae",
    0x00E6: "ae",
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Extended (Persian) digits
}
# Hamza on a seat (waw, ya) as a bare hamza: "مسؤول" and "مسئول" meet there.
_SEATS_TO_HAMZA = {0x0624: "ء", 0x0626: "ء"}


def _char_class(code_points: list[int]) -> str:
    """A regular expression class of ``code_points``, by ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(code_points):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


# str.translate looks every character up in a dict: slow on Arabic text, where few characters
# change. A regular expression finds the few that do.
_REPLACED = {chr(cp): (to or "") for cp, to in _TRANSLATE.items()}
_TO_REPLACE = re.compile(_char_class(list(_TRANSLATE)))
# Combining marks (harakat, accents, the hamza of أ once decomposed), dropped after NFKD.
_COMBINING = re.compile(
    _char_class([cp for cp in range(0x0300, 0x10000) if unicodedata.combining(chr(cp))])
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def _replace(text: str) -> str:
    return _TO_REPLACE.sub(lambda m: _REPLACED[m.group()], text)


# The longest word the index keeps (longer "words" are noise: a pasted hash, a URL...).
MAX_WORD = 64
# Proclitics the index also strips: the article, and the conjunctions and prepositions
# glued before it. Longest first; the article is put back on what remains too.
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال")


def fold(text: str | None) -> str:
    """Return the search key of ``text``: what two spellings of the same words share."""
    if not text:
        return ""
    if text.isascii():  # most French text, numbers and identifiers: nothing to decompose
        return " ".join(_NON_WORD.sub(" ", text.lower()).replace("_", " ").split())
    # NFKD splits presentation forms, accented Latin letters and hamza-carrying letters
    # (أ = ا + ◌ٔ) into a base letter and combining marks, which are then dropped.
    decomposed = unicodedata.normalize("NFKD", _replace(text))
    stripped = _replace(_COMBINING.sub("", decomposed)).casefold()
    return " ".join(_NON_WORD.sub(" ", stripped).replace("_", " ").split())


def search_words(text: str | None) -> list[tuple[str, ...]]:
    """The words of ``text`` as search compares them: each with its alternative spellings.

    The first alternative is the word's :func:`fold`; a word with a hamza on a seat (ؤ ئ) has
    a second one with a bare hamza there, which is what "مسؤول" and "مسئول" share.
    """
    if not text:
        return []
    words = fold(text).split()
    composed = unicodedata.normalize("NFC", text)
    if "\u0624" not in composed and "\u0626" not in composed:
        return [(w,) for w in words]
    seated = fold(composed.translate(_SEATS_TO_HAMZA)).split()
    if len(seated) != len(words):  # cannot happen (a hamza is a letter), but never misalign
        return [(w,) for w in words]
    return [(w,) if w == s else (w, s) for w, s in zip(words, seated, strict=True)]


_CLITIC_STARTS = frozenset(c[0] for c in _CLITICS)


def _without_clitic(word: str) -> tuple[str, ...]:
    if word[0] not in _CLITIC_STARTS:
        return ()
    for clitic in _CLITICS:
        rest = word[len(clitic) :]
        if word.startswith(clitic) and len(rest) >= 2:
            return (rest,) if clitic == "ال" else (rest, "ال" + rest)
    return ()


def index_words(text: str | None) -> list[str]:
    """What the index holds for ``text``: every word's alternatives, and the Arabic words
    again without their article or conjunction; each once, in order of first appearance."""
    seen: dict[str, None] = {}
    for alternatives in search_words(text):
        for word in alternatives:
            word = word[:MAX_WORD]
            seen[word] = None
            for bare in _without_clitic(word):
                seen[bare] = None
    return list(seen)


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
