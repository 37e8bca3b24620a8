"""Injected faults: each kind happens, as a client sees it, and none of them is for good."""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from app.portal.sim import FAULT_KINDS, Simulator, run_simulator
from tests.app.portal.sim.conftest import Client, sim_options


def _kind_of(sim: Simulator, before: dict[str, int]) -> str | None:
    after = sim.stats()["faults"]
    changed = [k for k in after if after[k] != before[k]]
    assert len(changed) <= 1
    return changed[0] if changed else None


@dataclass
class _Seen:
    what: str
    response: requests.Response | None  # None: the connection was reset
    deposit_id: str | None = None


def test_each_fault_kind_happens_and_is_transient(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="app.portal.sim")
    with run_simulator(**sim_options()) as sim:
        client = Client(sim.url)
        client.login()
        deposits = client.feed()
        ref = deposits[0]["files"][0]
        sim.set_fail_rate(1.0)
        seen: dict[str, _Seen] = {}
        lost_acks = []
        pending = itertools.cycle(sim.deposit_ids()[1:])
        for turn in range(200):
            what = ("file", "feed", "ack", "token")[turn % 4]
            deposit_id = next(pending) if what == "ack" else None
            before = sim.stats()["faults"]
            acknowledged_before = set(sim.receipts())
            response: requests.Response | None
            try:
                if what == "file":
                    response = client.get(ref["url"])
                elif what == "feed":
                    response = client.get("/v1/deposits", params={"limit": 2})
                elif what == "token":
                    response = client.token()
                else:
                    assert deposit_id is not None
                    response = client.ack(deposit_id, f"A-{deposit_id}")
            except requests.ConnectionError:
                response = None
            kind = _kind_of(sim, before)
            assert kind is not None, what  # fail rate 1: every request gets its fault
            seen.setdefault(kind, _Seen(what, response, deposit_id))
            if kind == "lost_response" and deposit_id and deposit_id not in acknowledged_before:
                lost_acks.append(deposit_id)
            if set(seen) == set(FAULT_KINDS) and lost_acks:
                break
        assert set(seen) == set(FAULT_KINDS)

        def reply(kind: str) -> requests.Response:
            response = seen[kind].response
            assert response is not None, kind
            return response

        for status, kind in ((500, "error_500"), (502, "error_502")):
            assert reply(kind).status_code == status
            assert reply(kind).json()["error"] == "unavailable"
        for status, kind in ((503, "error_503"), (429, "rate_limited")):
            assert reply(kind).status_code == status
            assert reply(kind).headers["Retry-After"] == "0"
        assert seen["reset"].response is None
        assert reply("latency").status_code in (200, 201)
        corrupt = reply("corrupt_bytes")
        assert corrupt.status_code == 200 and len(corrupt.content) == ref["size"]
        assert hashlib.sha256(corrupt.content).hexdigest() != ref["sha256"]
        malformed = reply("malformed_json")
        assert malformed.status_code in (200, 201)
        with pytest.raises(ValueError):
            malformed.json()
        assert seen["lost_response"].response is None
        # A lost acknowledgement was done, though the client never heard of it.
        assert lost_acks and set(lost_acks) <= set(sim.receipts())

        # Transient: without faults, the same calls succeed.
        sim.set_fail_rate(0.0)
        good = client.get(ref["url"])
        assert hashlib.sha256(good.content).hexdigest() == ref["sha256"]
        assert client.get("/v1/deposits").json()["deposits"] == deposits
        assert client.token().status_code == 200
        counts = sim.stats()["faults"]
        assert all(counts[k] >= 1 for k in FAULT_KINDS)
    logged = [r.getMessage() for r in caplog.records if "portal-sim fault" in r.getMessage()]
    assert len(logged) == sum(counts.values())
    assert any(m.startswith("portal-sim fault corrupt_bytes on GET /v1/files/") for m in logged)


REGISTERED = {"status": "registered", "at": "2026-11-23T10:00:00Z"}


class _Giveup(Exception):
    pass


def _robust(
    client: Client,
    call: Callable[[], requests.Response],
    attempts: int = 40,
    check: Callable[[requests.Response], Any] = lambda r: r.json(),
) -> Any:
    """What a correct client does: retry transient failures, renew the token on 401."""
    for _ in range(attempts):
        try:
            response = call()
        except requests.ConnectionError:
            continue
        if response.status_code == 401:
            try:
                token = client.token()
                token_body = token.json()
            except (requests.ConnectionError, ValueError):
                continue
            if token.status_code == 200:
                client.session.headers["Authorization"] = f"Bearer {token_body['access_token']}"
            continue
        if response.status_code in (429, 500, 502, 503):
            continue
        try:
            return check(response)
        except ValueError:
            continue
    raise _Giveup


def test_a_retrying_client_registers_every_good_deposit_exactly_once() -> None:
    options = sim_options(fail_rate=0.3, fault_order="random", seed=7)
    with run_simulator(**options) as sim:
        client = Client(sim.url)
        _robust(client, lambda: client.get("/v1/offices"))  # gets its token through 401
        deposits: list[dict[str, Any]] = []
        cursor = ""
        while True:
            params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
            page = _robust(client, lambda p=params: client.get("/v1/deposits", params=p))
            deposits += page["deposits"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        never_matched = set()
        for deposit in deposits:
            try:
                for ref in deposit["files"]:

                    def verified(r: requests.Response, ref: dict[str, Any] = ref) -> bytes:
                        if hashlib.sha256(r.content).hexdigest() != ref["sha256"]:
                            raise ValueError("sha256")
                        return r.content

                    _robust(client, lambda u=ref["url"]: client.get(u), 12, verified)
            except _Giveup:
                never_matched.add(deposit["id"])
                continue
            number = f"A-2026/{len(sim.receipts()) + 1:06d}"
            key = f"ack-{deposit['id']}"
            _robust(client, lambda d=deposit["id"], n=number, k=key: client.ack(d, n, key=k))
            _robust(
                client,
                lambda d=deposit["id"], k=key: client.post(
                    f"/v1/deposits/{d}/status", REGISTERED, key=f"status-{k}"
                ),
            )

        bad = sim.bad_deposit_ids()
        assert [d["id"] for d in deposits] == sim.deposit_ids()
        assert never_matched == {d for d, kind in bad.items() if kind == "hash_mismatch"}
        registered = [d["id"] for d in deposits if d["id"] not in never_matched]
        assert sim.ack_creations() == {d: 1 for d in registered}
        assert sim.statuses() == {d: ["registered"] for d in registered}
        stats = sim.stats()
        assert stats["faults_total"] >= 10
        assert stats["requests"] > stats["faults_total"]
        client.close()


def test_random_faults_follow_the_seed() -> None:
    def run() -> dict[str, int]:
        with run_simulator(
            fail_rate=0.5, fault_order="random", seed=3, retry_after=0, latency_ms=1
        ) as sim:
            client = Client(sim.url)
            for _ in range(30):
                try:
                    client.get("/v1/offices")
                except requests.ConnectionError:
                    pass
            client.close()
            return dict(sim.stats()["faults"])

    first = run()
    assert sum(first.values()) > 5
    assert run() == first


def test_a_corrupted_file_is_served_whole_before_it_is_corrupted_again() -> None:
    with run_simulator(**sim_options(fault_order="random", seed=11)) as sim:
        client = Client(sim.url)
        client.login()
        ref = client.feed()[0]["files"][0]
        sim.set_fail_rate(1.0)
        delivered = []
        for _ in range(150):
            try:
                response = client.get(ref["url"])
            except requests.ConnectionError:
                continue
            if response.status_code == 200:
                delivered.append(hashlib.sha256(response.content).hexdigest() == ref["sha256"])
        assert delivered.count(False) >= 3  # corruption did happen...
        pairs = zip(delivered, delivered[1:], strict=False)
        assert not any(not a and not b for a, b in pairs)  # ...never twice in a row
        client.close()
