"""By relevance: the newest matches are ranked (a bounded number of them), older ones follow."""

from __future__ import annotations

import pytest

from app.directory.correspondents import CorrespondentInput
from app.domain.enums import Direction
from app.registry import browse
from app.registry.browse import RegisterQuery, SortKey, count, find_id_array, find_ids
from app.registry.drafts import MailDraft
from app.registry.register import register_mail
from tests.conftest import Office

# Oldest first. "ciment" in the subject and the correspondent's name ranks far above "ciment"
# in the observations only.
MAILS = [
    ("best", "Facture ciment", "Société Ciment du Maroc", None),
    ("old-plain", "Livraison du chantier", "Entreprise Atlas", "ciment"),
    ("older-plain", "Bon de commande", "Entreprise Atlas", "ciment"),
    ("good", "Devis ciment et sable", "Entreprise Atlas", None),
    ("plain", "Relance du chantier", "Entreprise Atlas", "ciment"),
    ("newest-plain", "Planning du chantier", "Entreprise Atlas", "ciment"),
]


@pytest.fixture
def mails(office: Office) -> dict[str, int]:
    ids = {}
    for key, subject, name, observations in MAILS:
        done = register_mail(
            office.db,
            office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject=subject,
                correspondent=CorrespondentInput(name_latin=name),
                observations=observations,
            ),
        )
        ids[key] = done.id
    return ids


def keys(mails: dict[str, int], ids: list[int]) -> list[str]:
    by_id = {v: k for k, v in mails.items()}
    return [by_id[i] for i in ids]


QUERY = RegisterQuery(text="ciment", sort=SortKey.RELEVANCE)


def test_every_match_is_ranked_when_few_match(office: Office, mails: dict[str, int]) -> None:
    found = keys(mails, find_ids(office.db, QUERY))
    assert set(found[:2]) == {"best", "good"}  # the word in the subject
    assert sorted(found) == sorted(mails)
    assert find_id_array(office.db, QUERY).tolist() == find_ids(office.db, QUERY)


def test_only_the_newest_matches_are_ranked_then_older_ones_newest_first(
    office: Office, mails: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browse, "RELEVANCE_CANDIDATES", 3)
    # The three newest matches ranked (the subject's first, then newest first among equals),
    # then the rest newest first: the best match of all is among the older ones, unranked.
    expected = ["good", "newest-plain", "plain", "older-plain", "old-plain", "best"]
    assert keys(mails, find_ids(office.db, QUERY)) == expected
    assert keys(mails, find_id_array(office.db, QUERY).tolist()) == expected
    assert keys(mails, find_ids(office.db, QUERY, limit=2)) == expected[:2]
    assert keys(mails, find_ids(office.db, QUERY, limit=4)) == expected[:4]
    assert count(office.db, QUERY) == len(expected)


def test_candidates_match_every_word(
    office: Office, mails: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browse, "RELEVANCE_CANDIDATES", 2)
    # Three mails have both words: the two newest are the candidates, the third follows.
    query = RegisterQuery(text="ciment chantier", sort=SortKey.RELEVANCE)
    assert keys(mails, find_ids(office.db, query)) == ["newest-plain", "plain", "old-plain"]
