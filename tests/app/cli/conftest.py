"""Running the command in-process (fast) or as a real subprocess (as scripts see it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from tests.conftest import ADMIN_PASSWORD


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    def __init__(
        self,
        url: str,
        data_dir: Path,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.url = url
        self.data_dir = data_dir
        self._capsys = capsys
        self._mp = monkeypatch

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "BO_DATABASE_URL": self.url,
            "BO_DATA_DIR": str(self.data_dir),
            "BO_USER": "admin",
            "BO_PASSWORD": ADMIN_PASSWORD,
            "BO_LANG": "fr",
        }
        env.update(extra)
        return env

    def __call__(self, *args: str, **env: str) -> Result:
        self._capsys.readouterr()
        with self._mp.context() as m:
            for key, value in self.env(**env).items():
                m.setenv(key, value)
            code = main(list(args))
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def subprocess(self, *args: str, timeout: float = 60, **env: str) -> Result:
        full_env = {**os.environ, **self.env(**env)}
        proc = subprocess.run(
            [sys.executable, "-m", "app.cli.main", *args],
            env=full_env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    return Cli(db_url, tmp_path / "data", capsys, monkeypatch)


@pytest.fixture
def ready(cli: Cli) -> Cli:
    """An initialised office with a service RH and a clerk 'fatima'."""
    return prepare(cli)


@pytest.fixture
def pg_ready(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    return prepare(Cli(pg_url, tmp_path / "data", capsys, monkeypatch))


def prepare(cli: Cli) -> Cli:
    assert (
        cli(
            "init",
            "--office-code",
            "wil-bo",
            "--office-name-ar",
            "مكتب الضبط بالولاية",
            "--office-name-fr",
            "Bureau d'ordre de la Wilaya",
            "--admin",
            "admin",
        ).code
        == 0
    )
    assert (
        cli(
            "service",
            "add",
            "--code",
            "RH",
            "--name-ar",
            "الموارد البشرية",
            "--name-fr",
            "Ressources humaines",
        ).code
        == 0
    )
    assert (
        cli(
            "user",
            "add",
            "--login",
            "fatima",
            "--name",
            "Fatima Zahra Bennani",
            "--role",
            "clerk",
            "--service",
            "RH",
            BO_NEW_PASSWORD="fatima-2026",
        ).code
        == 0
    )
    return cli
