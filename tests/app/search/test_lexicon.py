"""PostgreSQL's lexicon of indexed words (``search_words``): kept by the writes themselves, and
how a search's prefixes become the words they stand for (:mod:`app.search.lexicon`)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text

from app.search import lexicon
from app.search.document import set_attachment_text
from app.search.terms import parse
from app.store.database import Database
from app.store.models import MailSearch
from tests.app.search.conftest import Register


@pytest.fixture
def pg(register: Register) -> Register:
    if register.office.db.dialect != "postgresql":
        pytest.skip("the lexicon is PostgreSQL's")
    return register


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return dict(tuple(r) for r in session.execute(text("SELECT word, mails FROM search_words")))


def recounted(db: Database) -> dict[str, int]:
    """The lexicon as it should be: every word of every mail's tsvector, counted."""
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT word, count(*) FROM mail_search, unnest(tsvector_to_array(words)) AS word "
                "GROUP BY word"
            )
        )
        return dict(tuple(r) for r in rows)


def test_registering_counts_each_word_of_each_mail(pg: Register) -> None:
    db = pg.office.db
    found = counts(db)
    assert found == recounted(db)
    assert found["فاتوره"] == 1 and found["facture"] == 1 and found["طلب"] == 2


def test_text_read_later_and_a_row_removed_keep_the_counts(pg: Register) -> None:
    db = pg.office.db
    with db.write() as session:
        set_attachment_text(session, pg.ids["leave"], "Facture Ouarzazate jointe")
    found = counts(db)
    assert found == recounted(db)
    assert found["facture"] == 2 and found["ouarzazate"] == 1
    with db.write() as session:  # the text read again, the rare word gone
        set_attachment_text(session, pg.ids["leave"], "Facture jointe")
        session.execute(delete(MailSearch).where(MailSearch.mail_id == pg.ids["hospital"]))
    found = counts(db)
    assert found == recounted(db)
    assert "ouarzazate" not in found and "طفيل" not in found


def test_prefixes_become_the_words_they_stand_for(
    pg: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = pg.office.db
    with db.read() as session:
        asked = lexicon.expand(session, parse("fact elec"))
        assert asked.query() == "'facture' & 'electricite'"
        assert asked.postings == (1, 1) and asked.exact == (True, True)
        assert lexicon.expand(session, parse("nowhere facture")).matches_nothing
        # More words under a prefix than MAX_WORDS: it stays a prefix, counted all the same.
        monkeypatch.setattr(lexicon, "MAX_WORDS", 1)
        asked = lexicon.expand(session, parse("d"))  # one letter: exact
        assert asked.query() == "'d'"
        many = lexicon.expand(session, parse("co"))
        words = session.scalars(
            select(text("word")).select_from(text("search_words")).where(text("word LIKE 'co%'"))
        ).all()
        assert len(words) > 1
        assert many.query() == "'co':*" and many.exact == (False,)
        assert many.postings == (sum(counts(db)[w] for w in words),)
        # The GIN index is asked for the rarer whole word; the common prefix is checked on rows.
        both = lexicon.expand(session, parse("co electricite"))
        assert both.query() == "'co':* & 'electricite'"
        assert both.index_query() == "'electricite'"
    assert pg.find("fact elec") == ["electricity"]
    assert pg.find("nowhere facture") == []
    assert pg.find("co electricite") == ["electricity"]
