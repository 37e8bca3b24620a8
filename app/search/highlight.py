"""Where a search's words are in a text as shown, to highlight them.

The index matched folded words; the screen shows them as typed, with harakat, tatweel,
accents or capitals. Each shown word is folded the way the index folds it and compared with
the query's terms, and its span in the shown text is returned.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.text import index_words
from app.search.terms import Terms

# A word as shown: letters and digits with their combining marks and tatweel.
_MARKS = (
    "".join(chr(cp) for cp in range(0x0300, 0x0370) if unicodedata.combining(chr(cp)))
    + "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
)
_SHOWN_WORD = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")


def _matches(word: str, terms: Terms) -> bool:
    folded = index_words(word)
    for term in terms.terms:
        for wanted in term.alternatives:
            if any(f == wanted if term.exact else f.startswith(wanted) for f in folded):
                return True
    return False


def spans(text: str | None, terms: Terms) -> list[tuple[int, int]]:
    """``(start, length)`` of each word of ``text`` that a term of ``terms`` matches."""
    if not text or not terms:
        return []
    return [
        (m.start(), m.end() - m.start())
        for m in _SHOWN_WORD.finditer(text)
        if _matches(m.group(), terms)
    ]
