"""Tokens, the directory, and the feed read by cursor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.portal.sim import Simulator, run_simulator
from app.portal.sim.directory import served_office
from app.portal.sim.replies import ApiError
from app.portal.sim.service import Portal
from app.portal.sim.store import Store
from tests.app.portal.sim.conftest import SEEDED, SEEDED_BAD, Client, other_office_client


def test_token_for_the_served_office_and_for_a_directory_office(sim: Simulator) -> None:
    body = Client(sim.url).login()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["office_code"] == sim.office == "BO-DEMO"
    other = other_office_client(sim, "COMMUNE-FES")
    assert other.get("/v1/deposits").json()["deposits"] == []
    other.close()


@pytest.mark.parametrize(
    ("client_id", "secret"), [("demo", "wrong"), ("nobody", "demo"), ("DPEE-KENITRA", "demo")]
)
def test_bad_credentials_or_an_inactive_office_are_refused(
    sim: Simulator, client_id: str, secret: str
) -> None:
    response = Client(sim.url, client_id, secret).token()
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


def test_a_forgotten_or_expired_token_is_401_and_a_new_one_works(
    sim: Simulator, client: Client
) -> None:
    assert client.get("/v1/offices").status_code == 200
    sim.expire_tokens()
    refused = client.get("/v1/offices")
    assert refused.status_code == 401
    assert refused.json()["error"] == "unauthorized"
    client.login()
    assert client.get("/v1/offices").status_code == 200


def test_token_lifetime_is_configurable() -> None:
    with run_simulator(token_ttl=120) as sim:
        assert Client(sim.url).login()["expires_in"] == 120


def test_directory_lists_active_offices_sorted_with_both_scripts(
    sim: Simulator, client: Client
) -> None:
    offices = client.get("/v1/offices").json()["offices"]
    codes = [o["code"] for o in offices]
    assert codes == sorted(codes)
    assert {"MEF-RABAT", "MJ-RABAT", "WILAYA-CS", "COMMUNE-FES", "BO-DEMO"} <= set(codes)
    assert "DPEE-KENITRA" not in codes  # inactive
    assert len(codes) >= 9
    mef = next(o for o in offices if o["code"] == "MEF-RABAT")
    assert mef["ministry_ar"] == "وزارة الاقتصاد والمالية"
    assert mef["city"] == "Rabat"


def test_paging_reads_every_deposit_once_in_order(sim: Simulator, client: Client) -> None:
    seen = client.feed(limit=5)
    ids = [d["id"] for d in seen]
    assert ids == sim.deposit_ids()
    assert len(ids) == len(set(ids)) == SEEDED + SEEDED_BAD
    times = [d["deposited_at"] for d in seen]
    assert times == sorted(times)


def test_the_cursor_reads_on_after_new_deposits_and_an_empty_page_keeps_it(
    sim: Simulator, client: Client
) -> None:
    first = client.get("/v1/deposits", params={"limit": 500}).json()
    assert first["has_more"] is False
    cursor = first["next_cursor"]
    empty = client.get("/v1/deposits", params={"cursor": cursor}).json()
    assert empty == {"deposits": [], "next_cursor": cursor, "has_more": False, "remaining": 0}
    added = sim.add_deposits(3)
    page = client.get("/v1/deposits", params={"cursor": cursor, "limit": 2}).json()
    assert [d["id"] for d in page["deposits"]] == added[:2] and page["has_more"] is True
    assert page["remaining"] == 1
    last = client.get("/v1/deposits", params={"cursor": page["next_cursor"]}).json()
    assert [d["id"] for d in last["deposits"]] == added[2:] and last["has_more"] is False
    # Reading a page again (a client that crashed before committing) gives the same page.
    again = client.get("/v1/deposits", params={"cursor": cursor, "limit": 2}).json()
    assert again == page


def test_an_empty_feed_still_gives_a_cursor() -> None:
    with run_simulator() as sim:
        c = Client(sim.url)
        c.login()
        data = c.get("/v1/deposits").json()
        assert data["deposits"] == [] and data["has_more"] is False and data["next_cursor"]
        [new] = sim.add_deposits(1)
        after = c.get("/v1/deposits", params={"cursor": data["next_cursor"]}).json()
        assert [d["id"] for d in after["deposits"]] == [new]


@pytest.mark.parametrize("limit", ["0", "501", "ten"])
def test_limit_out_of_range_is_400(client: Client, limit: str) -> None:
    response = client.get("/v1/deposits", params={"limit": limit})
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


def test_a_cursor_from_elsewhere_is_bad(sim: Simulator, client: Client) -> None:
    cursor = client.get("/v1/deposits", params={"limit": 1}).json()["next_cursor"]
    other = other_office_client(sim)
    for bad in (cursor, "garbage!", "YWJj"):
        response = other.get("/v1/deposits", params={"cursor": bad})
        assert response.status_code == 400, bad
        assert response.json()["error"] == "bad_cursor"
    other.close()


def test_a_deposit_of_another_office_is_not_found(sim: Simulator, client: Client) -> None:
    [theirs] = sim.add_deposits(1, office="MJ-RABAT")
    assert client.get(f"/v1/deposits/{theirs}").status_code == 404
    mine = sim.deposit_ids()[0]
    shown = client.get(f"/v1/deposits/{mine}").json()
    assert shown == client.feed()[0]


def test_a_deposit_added_with_given_fields_and_files(sim: Simulator, client: Client) -> None:
    deposit_id = sim.add_deposit(
        subject="طلب رخصة الربط بشبكة الماء",
        depositor={
            "kind": "citizen",
            "name": "خديجة بناني",
            "identifier_type": "cin",
            "identifier": "AB123456",
        },
        files=[
            ("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg"),
            ("note.txt", b"x", "text/plain"),
        ],
        letter_date="2026-11-20",
    )
    shown = client.get(f"/v1/deposits/{deposit_id}").json()
    assert shown["subject"] == "طلب رخصة الربط بشبكة الماء"
    assert shown["depositor"]["identifier"] == "AB123456"
    assert shown["depositor"]["email"] is None
    assert [f["content_type"] for f in shown["files"]] == ["image/jpeg", "text/plain"]
    assert [f["sha256"] for f in shown["files"]] == sim.deposit_file_hashes(deposit_id)


def test_a_token_expires_after_its_lifetime(tmp_path: Path) -> None:
    now = [1000.0]
    store = Store(tmp_path / "portal.sqlite3")
    portal = Portal(
        store,
        served=served_office("BO-DEMO", None, None),
        client_id="demo",
        client_secret="demo",
        token_ttl=60,
        clock=lambda: now[0],
    )
    form = {"grant_type": ["client_credentials"], "client_id": ["demo"], "client_secret": ["demo"]}
    token = json.loads(portal.issue_token(form).body)["access_token"]
    now[0] += 59
    assert portal.office_for(f"Bearer {token}") == "BO-DEMO"
    now[0] += 1
    with pytest.raises(ApiError) as refused:
        portal.office_for(f"Bearer {token}")
    assert (refused.value.status, refused.value.code) == (401, "unauthorized")
    store.close()
