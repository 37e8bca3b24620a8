"""Starting and stopping: no thread, connection or temporary directory is left behind."""

from __future__ import annotations

import threading

import pytest

from app.portal.sim import Simulator, run_simulator
from tests.app.portal.sim.conftest import Client


def test_stop_ends_every_thread_even_with_kept_alive_connections() -> None:
    before = set(threading.enumerate())
    with run_simulator(seed_deposits=2) as sim:
        clients = [Client(sim.url) for _ in range(3)]
        for c in clients:
            c.login()  # each keeps its connection open
        data_dir = sim.data_dir
        assert data_dir.exists()
        assert len(set(threading.enumerate()) - before) >= 4
    assert set(threading.enumerate()) - before == set()
    assert not data_dir.exists()  # a temporary directory goes with the simulator
    for c in clients:
        c.close()


def test_the_object_works_without_the_context_manager() -> None:
    sim = Simulator(seed_deposits=1)
    with pytest.raises(RuntimeError):
        _ = sim.url
    sim.start()
    try:
        c = Client(sim.url)
        c.login()
        assert len(c.feed()) == 1
        c.close()
    finally:
        sim.stop()


@pytest.mark.parametrize(
    "options",
    [{"fail_rate": 1.5}, {"seed_deposits": -1}, {"fault_order": "sometimes"}, {"office": ""}],
)
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Simulator(**options)  # type: ignore[arg-type]
