"""Seeded deposits look like the real thing; bad deposits are bad the way they say."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.documents.inspect import inspect_bytes
from app.errors import InvalidFile
from app.portal.sim import BAD_KINDS, Simulator, run_simulator
from tests.app.portal.sim.conftest import Client, sim_options

ARABIC = re.compile(r"[\u0600-\u06FF]")
CIN = re.compile(r"^[A-Z]{1,2}\d{6}$")


@pytest.fixture(scope="module")
def seeded() -> Any:
    with run_simulator(**sim_options(seed_deposits=150, seed_bad_deposits=8)) as sim:
        client = Client(sim.url)
        client.login()
        yield sim, client, client.feed(limit=500)
        client.close()


def test_seeded_deposits_are_varied_and_realistic(seeded: Any) -> None:
    sim, _, deposits = seeded
    good = [d for d in deposits if d["id"] not in sim.bad_deposit_ids()]
    assert len(good) == 150
    kinds = Counter(d["depositor"]["kind"] for d in good)
    assert set(kinds) == {"citizen", "company", "association", "administration"}
    arabic = [d for d in good if ARABIC.search(d["subject"])]
    assert 0.3 < len(arabic) / len(good) < 0.8  # both languages, in numbers
    for d in good:
        person = d["depositor"]
        assert d["subject"].strip() and person["name"].strip()
        assert 1 <= len(d["files"]) <= 2
        if person["identifier_type"] == "cin":
            assert CIN.match(person["identifier"]), person["identifier"]
        if person["identifier_type"] == "ice":
            assert re.fullmatch(r"\d{15}", person["identifier"])
        if person["email"]:
            assert re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]+", person["email"])
    assert any(d["depositor"]["identifier_type"] == "rc" for d in good)
    assert any(d["message"] and "السيد المدير" in d["message"] for d in good)
    assert any(d["message"] and "Monsieur le Directeur" in d["message"] for d in good)


def test_every_file_is_unique_and_passes_the_office_checks(seeded: Any) -> None:
    sim, client, deposits = seeded
    bad = sim.bad_deposit_ids()
    hashes = [f["sha256"] for d in deposits for f in d["files"]]
    assert len(hashes) == len(set(hashes))
    types = Counter()
    for d in deposits[:60]:
        if d["id"] in bad:
            continue
        for ref in d["files"]:
            data = client.get(ref["url"]).content
            assert hashlib.sha256(data).hexdigest() == ref["sha256"]
            info = inspect_bytes(ref["name"], data, max_bytes=10**7)
            assert info.content_type == ref["content_type"] and info.pages >= 1
            types[info.content_type] += 1
    assert types["application/pdf"] > 20 and types["image/jpeg"] >= 1


def test_bad_deposits_are_what_they_claim(seeded: Any) -> None:
    sim, client, deposits = seeded
    bad = sim.bad_deposit_ids()
    assert list(bad.values()) == [BAD_KINDS[i % len(BAD_KINDS)] for i in range(8)]
    by_id = {d["id"]: d for d in deposits}
    assert set(bad) <= set(by_id)
    positions = [list(by_id).index(b) for b in bad]
    assert positions[0] > 0 and positions[-1] < len(deposits) - 1  # spread among the good
    for deposit_id, kind in bad.items():
        d = by_id[deposit_id]
        ref = d["files"][0]
        data = client.get(ref["url"]).content
        matches = hashlib.sha256(data).hexdigest() == ref["sha256"]
        if kind == "hash_mismatch":
            assert not matches and len(data) == ref["size"]
            assert client.get(ref["url"]).content == data  # for good, not a passing fault
        else:
            assert matches
        if kind == "empty_subject":
            assert d["subject"] == ""
        else:
            assert d["subject"].strip()
        if kind == "no_name":
            assert d["depositor"]["name"] == ""
            assert d["depositor"]["name_ar"] is None and d["depositor"]["name_fr"] is None
        else:
            assert d["depositor"]["name"].strip()
        if kind == "not_pdf":
            assert ref["content_type"] == "application/pdf" and ref["name"].endswith(".pdf")
            with pytest.raises(InvalidFile):
                inspect_bytes(ref["name"], data, max_bytes=10**7)


def test_live_deposits_for_several_offices(sim: Simulator) -> None:
    mine = sim.add_deposits(3)
    theirs = sim.add_deposits(2, office="WILAYA-CS")
    assert sim.deposit_ids()[-3:] == mine
    assert sim.deposit_ids("WILAYA-CS") == theirs
    assert not set(mine) & set(theirs)
    hashes = [h for d in mine + theirs for h in sim.deposit_file_hashes(d)]
    assert len(hashes) == len(set(hashes))


def test_one_pdf_each_seeds_a_single_page_pdf_per_deposit(tmp_path: Path) -> None:
    from app.portal.client import Credentials, PortalClient

    with run_simulator(data_dir=tmp_path / "one", seed_deposits=30, one_pdf=True) as sim:
        client = PortalClient(sim.url, Credentials("demo", "demo"))
        deposits, _, _, _ = client.deposits(None, 100)
        assert len(deposits) == 30
        for deposit in deposits:
            (only,) = deposit["files"]
            path = client.download(only["url"], only["sha256"], only["size"], tmp_path / "f")
            data = path.read_bytes()
            path.unlink()
            assert inspect_bytes(only["name"], data, max_bytes=10**7).pages == 1
