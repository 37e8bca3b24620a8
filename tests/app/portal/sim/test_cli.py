"""``bureau-ordre portal-sim`` as scripts run it: a real process, its line, its signals."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.app.portal.sim.conftest import Client

ROOT = Path(__file__).resolve().parents[4]


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "portal-sim", "--port", "0", *args],
        cwd=ROOT,
        env={**os.environ, "BO_LANG": "fr"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(proc: subprocess.Popen[str], timeout: float = 60) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "portal-sim printed nothing"
    return proc.stdout.readline()


def _stop(proc: subprocess.Popen[str], sig: int) -> tuple[int, str]:
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    return proc.returncode, err


def test_the_command_prints_its_url_answers_and_exits_0_on_sigterm(tmp_path: Path) -> None:
    proc = _start("--seed-deposits", "3", "--seed-bad-deposits", "1", "--data", str(tmp_path))
    try:
        line = _first_line(proc)
        prefix, _, office = line.strip().partition(" (office ")
        assert prefix.startswith("portal-sim: http://127.0.0.1:")
        assert office == "BO-DEMO)"
        client = Client(prefix.removeprefix("portal-sim: "))
        client.login()
        assert len(client.feed()) == 4
        client.close()
    finally:
        code, err = _stop(proc, signal.SIGTERM)
    assert code == 0, err
    assert (tmp_path / "portal-sim.sqlite3").exists()


def test_json_output_and_sigint(tmp_path: Path) -> None:
    proc = _start("--json", "--office", "MJ-RABAT", "--client-id", "mj", "--client-secret", "s3")
    try:
        data = json.loads(_first_line(proc))
        assert data["office"] == "MJ-RABAT"
        client = Client(data["url"], "mj", "s3")
        assert client.login()["office_code"] == "MJ-RABAT"
        client.close()
    finally:
        code, err = _stop(proc, signal.SIGINT)
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["--host", "0.0.0.0"], "boucle locale"),
        (["--host", "192.168.1.10"], "--allow-remote"),
        (["--fail-rate", "1.5"], "--fail-rate"),
        (["--seed-deposits", "-1"], "--seed-deposits"),
    ],
)
def test_refused_options(args: list[str], text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["portal-sim", "--port", "0", *args]) == 1
    err = capsys.readouterr().err
    assert text in err and err.count("\n") == 1
