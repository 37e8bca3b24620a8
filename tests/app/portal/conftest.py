"""Portal fixtures: a simulator on loopback, and a client whose retries do not dawdle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.portal.client import Credentials, PortalClient, RetryPolicy

FAST = RetryPolicy(attempts=10, base=0.005, cap=0.05)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BO_PORTAL_CLIENT_ID", "demo")
    monkeypatch.setenv("BO_PORTAL_CLIENT_SECRET", "demo")


def fast_client(url: str, client_id: str = "demo", secret: str = "demo") -> PortalClient:
    return PortalClient(url, Credentials(client_id, secret), retry=FAST)


@pytest.fixture
def sim_dir(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sim"
    path.mkdir()
    yield path
