"""A simulator per test (fresh data directory, fast faults) and a plain HTTP client for it."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import requests

from app.portal.sim import Simulator, run_simulator

TODAY = date(2026, 11, 23)
#: What a fresh test simulator holds: good deposits, and one bad deposit of each kind.
SEEDED = 12
SEEDED_BAD = 4


def sim_options(**overrides: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "seed_deposits": SEEDED,
        "seed_bad_deposits": SEEDED_BAD,
        "retry_after": 0,
        "latency_ms": 5,
        "today": TODAY,
    }
    options.update(overrides)
    return options


class Client:
    """Raw calls to the portal with ``requests``, as the contract describes them."""

    def __init__(self, url: str, client_id: str = "demo", client_secret: str = "demo") -> None:
        self.url = url
        self.client_id = client_id
        self.client_secret = client_secret
        self.session = requests.Session()

    def token(self, **form: str) -> requests.Response:
        data = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            **form,
        }
        return self.session.post(f"{self.url}/v1/oauth/token", data=data, timeout=10)

    def login(self) -> dict[str, Any]:
        response = self.token()
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        self.session.headers["Authorization"] = f"Bearer {body['access_token']}"
        return body

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(self.url + path, timeout=10, **kwargs)

    def post(self, path: str, body: Any, *, key: str | None = "auto") -> requests.Response:
        headers = {}
        if key is not None:
            headers["Idempotency-Key"] = uuid.uuid4().hex if key == "auto" else key
        return self.session.post(self.url + path, json=body, headers=headers, timeout=10)

    def put(self, path: str, data: bytes) -> requests.Response:
        return self.session.put(self.url + path, data=data, timeout=10)

    def ack(self, deposit_id: str, number: str, *, key: str | None = "auto") -> requests.Response:
        body = {"registry_number": number, "registered_at": "2026-11-23T09:30:00+01:00"}
        return self.post(f"/v1/deposits/{deposit_id}/acknowledgement", body, key=key)

    def upload(self, data: bytes) -> tuple[str, requests.Response]:
        sha = hashlib.sha256(data).hexdigest()
        return sha, self.put(f"/v1/uploads/{sha}", data)

    def feed(self, limit: int = 100) -> list[dict[str, Any]]:
        """Every deposit of the feed, page by page."""
        deposits: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            page = self.get("/v1/deposits", params=params)
            assert page.status_code == 200, page.text
            data = page.json()
            deposits += data["deposits"]
            cursor = data["next_cursor"]
            if not data["has_more"]:
                return deposits

    def close(self) -> None:
        self.session.close()


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with run_simulator(**sim_options()) as simulator:
        yield simulator


@pytest.fixture
def client(sim: Simulator) -> Iterator[Client]:
    c = Client(sim.url)
    c.login()
    yield c
    c.close()


def other_office_client(sim: Simulator, code: str = "MJ-RABAT") -> Client:
    """A directory office signs in with its code and the simulator's client secret."""
    c = Client(sim.url, client_id=code)
    c.login()
    return c
