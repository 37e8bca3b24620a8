"""PostgreSQL: typed prefixes looked up in the lexicon of indexed words (``search_words``).

A prefix in a tsquery (``'dem':*``) makes the GIN index gather every posting of every word
under it into a bitmap before anything else; the same words named one by one (``'demande' |
'demandeur'``) let it intersect the terms' posting lists by skipping through them, driven by
the rarest: 3 ms instead of 43 for "facture electricite mars" at a million mails. The lexicon
(kept by a trigger in the writing transaction, migration 0008) gives those words, and how many
mails carry each: exact counts for :mod:`app.search.pg_page` to choose its way by.

A prefix standing for more than :data:`MAX_WORDS` words (a number's first digits) stays a
prefix: the query would grow long for little gain. A term none of whose words is in the
lexicon matches nothing, and neither does the search. The lexicon is read in a statement of
its own: a mail committed between it and the search's statements, with a word the lexicon did
not have, is found from the next search on (as if it had been registered a moment later).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, String, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from app.search.terms import Term, Terms

MAX_WORDS = 40

# Above every character: a prefix's words are the keys from it up to it followed by this.
_TOP = "\U0010ffff"

_LOOKUP = text(
    """
    SELECT p.i, agg.n, agg.mails, agg.words
    FROM unnest(:lows, :highs) WITH ORDINALITY AS p(low, high, i)
    CROSS JOIN LATERAL (
        SELECT count(*) AS n, coalesce(sum(w.mails), 0) AS mails,
               (array_agg(w.word ORDER BY w.word))[1:(:cap)] AS words
        FROM search_words AS w
        WHERE w.word >= p.low AND w.word <= p.high
    ) AS agg
    ORDER BY p.i
    """
).bindparams(
    bindparam("lows", type_=ARRAY(String)),
    bindparam("highs", type_=ARRAY(String)),
    bindparam("cap", type_=Integer),
)


@dataclass(frozen=True)
class Lexeme:
    """One alternative of a term in the tsquery: a word, or a prefix (``:*``)."""

    word: str
    prefix: bool = False

    def tsquery(self) -> str:
        quoted = "'" + self.word.replace("\\", "\\\\").replace("'", "''") + "'"
        return quoted + ":*" if self.prefix else quoted


@dataclass(frozen=True)
class Expanded:
    """A search's terms as the index will be asked: each term's lexemes and its postings."""

    lexemes: tuple[tuple[Lexeme, ...], ...]  # one tuple per term; empty: the term is nowhere
    postings: tuple[int, ...]  # per term: the mails carrying each of its words, summed

    @property
    def matches_nothing(self) -> bool:
        return any(not group for group in self.lexemes)

    @property
    def exact(self) -> tuple[bool, ...]:
        """Per term: whether it is asked as words only (no prefix left)."""
        return tuple(all(not lx.prefix for lx in group) for group in self.lexemes)

    def term_query(self, k: int) -> str:
        group = self.lexemes[k]
        parts = [lx.tsquery() for lx in group]
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def query(self) -> str:
        return " & ".join(self.term_query(k) for k in range(len(self.lexemes)))

    def asked_of_index(self) -> tuple[bool, ...]:
        """Per term: whether the GIN index is asked for it. Whole words, and prefixes no more
        common than the rarest of them: a prefix makes the index gather all its postings
        first ("de" in "commune de fes": 450,000), so a common one is checked on the rows the
        others found instead. Without whole words, every term."""
        words = [p for p, whole in zip(self.postings, self.exact, strict=True) if whole]
        if not words:
            return tuple(True for _ in self.exact)
        rarest = min(words)
        return tuple(
            whole or p <= rarest for p, whole in zip(self.postings, self.exact, strict=True)
        )

    def index_query(self) -> str:
        """The part of the query the GIN index is asked (:meth:`asked_of_index`)."""
        asked = [k for k, yes in enumerate(self.asked_of_index()) if yes]
        return " & ".join(self.term_query(k) for k in asked)


def _ranges(term: Term) -> list[tuple[str, tuple[str, str]]]:
    """Each alternative, and the range of the lexicon's keys it stands for."""
    return [(w, (w, w) if term.exact else (w, w + _TOP)) for w in term.alternatives]


def expand(session: Session, terms: Terms) -> Expanded:
    """Each term's alternatives as the words of the lexicon they stand for (one statement)."""
    asked = [(k, w, r) for k, term in enumerate(terms.terms) for w, r in _ranges(term)]
    lows = [low for _, _, (low, _) in asked]
    highs = [high for _, _, (_, high) in asked]
    rows = session.connection().execute(_LOOKUP, {"lows": lows, "highs": highs, "cap": MAX_WORDS})
    groups: list[dict[str, Lexeme]] = [{} for _ in terms.terms]
    postings = [0] * len(terms.terms)
    for (_, n, mails, words), (k, alternative, _) in zip(rows, asked, strict=True):
        postings[k] += int(mails)
        if n > MAX_WORDS:
            groups[k][alternative] = Lexeme(alternative, prefix=True)
        else:
            for word in words or ():
                groups[k].setdefault(word, Lexeme(word))
    return Expanded(tuple(_merged(g) for g in groups), tuple(postings))


def _merged(group: dict[str, Lexeme]) -> tuple[Lexeme, ...]:
    """The term's lexemes, a word dropped where a kept prefix already covers it."""
    prefixes = [lx.word for lx in group.values() if lx.prefix]
    return tuple(
        lx for lx in group.values() if lx.prefix or not any(lx.word.startswith(p) for p in prefixes)
    )
