"""The data directory keeps everything across a restart; seeding is deterministic."""

from __future__ import annotations

from pathlib import Path

from app.portal.sim import run_simulator
from tests.app.portal.sim.conftest import SEEDED, SEEDED_BAD, Client, sim_options


def test_a_restart_on_the_same_directory_keeps_everything(tmp_path: Path) -> None:
    data = tmp_path / "portal"
    with run_simulator(**sim_options(data_dir=data)) as sim:
        client = Client(sim.url)
        client.login()
        deposits = client.feed()
        cursor = client.get("/v1/deposits", params={"limit": 3}).json()["next_cursor"]
        first = deposits[0]["id"]
        receipt = client.ack(first, "A-2026/000001", key="ack-1").json()
        status = client.post(
            f"/v1/deposits/{first}/status",
            {"status": "registered", "at": "2026-11-23T10:00:00Z"},
            key="st-1",
        ).json()
        sha, _ = client.upload(b"%PDF-1.4 reponse")
        added = sim.add_deposits(2)
        port = int(sim.url.rsplit(":", 1)[1])
        client.close()

    with run_simulator(**sim_options(data_dir=data, port=port)) as sim:
        assert sim.url.endswith(f":{port}")
        client = Client(sim.url)
        assert client.get("/v1/offices").status_code == 401  # tokens do not survive
        client.login()
        again = client.feed()
        # Not seeded twice: the same deposits, then those added while it ran.
        assert [d["id"] for d in again] == [d["id"] for d in deposits] + added
        assert again[: len(deposits)] == deposits
        assert len(sim.bad_deposit_ids()) == SEEDED_BAD
        assert client.ack(first, "A-2026/000001").json() == receipt
        assert client.ack(first, "A-2026/000001", key="ack-1").json() == receipt  # key kept
        history = client.get(f"/v1/deposits/{first}/status").json()
        assert history["history"] == [status]
        assert client.upload(b"%PDF-1.4 reponse")[1].status_code == 200
        assert sim.uploads() == [sha]
        page = client.get("/v1/deposits", params={"cursor": cursor}).json()
        assert page["deposits"][0]["id"] == deposits[3]["id"]  # cursors stay valid
        assert sim.add_deposits(1)[0] not in added
        client.close()

    # Asking for more deposits later tops the feed up.
    with run_simulator(**sim_options(data_dir=data, seed_deposits=SEEDED + 3)) as sim:
        assert len(sim.deposit_ids()) == SEEDED + SEEDED_BAD + 2 + 1 + 3


def test_the_same_seed_gives_the_same_deposits(tmp_path: Path) -> None:
    def snapshot(seed: int) -> list[tuple[str, str, list[str]]]:
        with run_simulator(**sim_options(seed=seed)) as sim:
            client = Client(sim.url)
            client.login()
            found = [
                (d["subject"], d["depositor"]["name"], [f["sha256"] for f in d["files"]])
                for d in client.feed()
            ]
            client.close()
            return found

    first = snapshot(5)
    assert snapshot(5) == first
    assert snapshot(6) != first
