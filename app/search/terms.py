"""A search box's text read as terms: words that must all match, each by its start.

The text is folded the way the index is (:func:`app.domain.text.search_words`), so whatever
spelling, script or digits the clerk typed, the query meets the index on the same words. Each
word matches as a prefix ("فاتو" finds "فاتورة"), except a word of one letter, which matches
alone ("d" of "d'eau" does not mean every word in d). Nothing typed reaches the index's query
language: words are letters and digits only, quoted by the backend.

A typed registry number is recognised too (:func:`number_of`), to go straight to its mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.enums import Direction
from app.domain.numbering import normalise_typed_number
from app.domain.text import MAX_WORD, search_words

# Bounds on what a query may cost: a pasted page is cut, and only its first words count.
MAX_TEXT = 1_000
MAX_WORDS = 12

_NUMBER = re.compile(r"^([A-Z])\s*-\s*(\d{4})\s*/\s*(\d{1,9})$")


@dataclass(frozen=True)
class Term:
    """One typed word: its alternative spellings, matched as prefixes unless ``exact``."""

    alternatives: tuple[str, ...]
    exact: bool = False


@dataclass(frozen=True)
class Terms:
    terms: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def words(self) -> list[str]:
        """Every alternative of every term (what a highlighter looks for)."""
        return [w for t in self.terms for w in t.alternatives]


def parse(text: str | None) -> Terms:
    """The terms of a typed query; empty if it has no letter or digit."""
    if not text:
        return Terms()
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for alternatives in search_words(text[:MAX_TEXT]):
        alternatives = tuple(dict.fromkeys(w[:MAX_WORD] for w in alternatives))
        if alternatives in seen:
            continue
        seen.add(alternatives)
        terms.append(Term(alternatives, exact=max(len(w) for w in alternatives) == 1))
        if len(terms) == MAX_WORDS:
            break
    return Terms(tuple(terms))


@dataclass(frozen=True)
class TypedNumber:
    """A registry number as typed: the exact text, and its parts when they can be read."""

    text: str
    direction: Direction | None = None
    year: int | None = None
    seq: int | None = None


def number_of(text: str | None) -> TypedNumber | None:
    """``text`` as a registry number ("a-2026/123", "A-٢٠٢٦/000123"), or None if it is not one.

    One word with a digit may be a number, whatever the office's format: it is looked up as
    typed (an exact match on a unique index costs nothing). The parts are read for the default
    format, so a number typed without its leading zeros is found too.
    """
    if not text or len(text) > 80:
        return None
    typed = normalise_typed_number(text)
    if not typed or any(c.isspace() for c in typed) or not any(c.isdigit() for c in typed):
        return None
    match = _NUMBER.match(typed)
    if match is None:
        return TypedNumber(typed)
    try:
        direction = Direction.from_prefix(match.group(1))
    except ValueError:
        return TypedNumber(typed)
    return TypedNumber(typed, direction, int(match.group(2)), int(match.group(3)))
