"""Each command loads what it uses: its own module, not Qt, numpy or Alembic for a listing."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.commands import COMMANDS, asked
from app.cli.main import _common, build_parser
from tests.app.cli.conftest import Cli

ROOT = Path(__file__).resolve().parents[3]

# The real command (as ``bureau-ordre`` runs it), telling on stderr which modules it loaded.
PROBE = """
import gc, json, sys
from ui.launcher import main
try:
    code = main(sys.argv[1:])
finally:
    print("MODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr, flush=True)
    print(f"GC {gc.isenabled()} {gc.get_freeze_count()}", file=sys.stderr, flush=True)
sys.exit(code)
"""


def gc_of(cli: Cli, *args: str) -> tuple[bool, int]:
    """Whether the command ran with the collector on, and how many objects it froze."""
    env = {**os.environ, **cli.env(), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    line = next(x for x in proc.stderr.splitlines() if x.startswith("GC "))
    _, enabled, frozen = line.split()
    return enabled == "True", int(frozen)


def modules_of(cli: Cli, *args: str) -> tuple[int, str, set[str]]:
    env = {**os.environ, **cli.env(), "PYTHONPATH": str(ROOT)}  # as the user logged in
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    for line in proc.stderr.splitlines():
        if line.startswith("MODULES "):
            return proc.returncode, proc.stdout, set(json.loads(line[len("MODULES ") :]))
    raise AssertionError(f"no module list ({proc.returncode}):\n{proc.stderr}")


def loaded(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


# Qt (only commands that print or open windows), numpy and zxing (only capture), the portal's
# client (only the portal), Alembic (only when the schema must change).
NOT_FOR_A_LISTING = ("PySide6", "numpy", "zxingcpp", "requests", "alembic", "app.printing")


def test_mail_list_and_search_load_neither_qt_nor_numpy(ready: Cli) -> None:
    added = ready(
        "mail", "add", "--direction", "in", "--subject", "طلب رخصة", "--correspondent", "X"
    )
    assert added.code == 0, added.err
    for args in (
        ["mail", "list", "--date", "today", "--json"],
        ["search", "رخصة", "--json"],
        ["search", "rukhsa", "--relevance", "--json"],
    ):
        code, out, modules = modules_of(ready, *args)
        assert code == 0
        json.loads(out)
        assert loaded(modules, *NOT_FOR_A_LISTING) == [], args
        assert "sqlalchemy" in modules  # the probe sees what the command loaded


def test_version_and_help_load_no_command(cli: Cli) -> None:
    for args in (["--version"], ["--help"], ["--json", "--version"]):
        code, out, modules = modules_of(cli, *args)
        assert code == 0 and out
        assert loaded(modules, "sqlalchemy", "PySide6", "app.store") == [], args
        assert [m for m in modules if m.startswith("app.cli.") and m.endswith("_cmds")] == []


def test_a_command_loads_its_own_module_only(ready: Cli) -> None:
    _, _, modules = modules_of(ready, "mail", "list", "--date", "today")
    commands = {m for m in modules if m.startswith("app.cli.") and m.endswith("_cmds")}
    assert commands == {"app.cli.mail_cmds"}


def test_a_command_runs_with_its_start_frozen_and_the_collector_on(ready: Cli) -> None:
    enabled, frozen = gc_of(ready, "mail", "list", "--date", "today")
    assert enabled and frozen > 10_000  # the imports' objects, out of every collection


def test_the_table_names_each_command_of_each_module() -> None:
    """Every command a module declares is in the table under that module, with its help; and
    every command of the table is declared by its module."""
    for module in dict.fromkeys(c.module for c in COMMANDS.values()):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub, _common())
        declared = {
            action.dest: action.help
            for action in sub._get_subactions()  # the help line of each command
        }
        listed = {name: c.help for name, c in COMMANDS.items() if c.module == module}
        assert declared == listed, module


def test_every_command_parses_with_the_whole_parser() -> None:
    parser = build_parser()
    for name in COMMANDS:
        with pytest.raises(SystemExit) as done:
            parser.parse_args([name, "--help"])
        assert done.value.code == 0


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["mail", "list"], "mail"),
        (["--json", "search", "x"], "search"),
        (["--db", "sqlite:///x", "mail", "show", "A"], "mail"),
        (["--user", "admin", "--lang", "ar", "inbox"], "inbox"),
        (["--db=sqlite:///mail", "label", "A"], "label"),
        (["--us", "register", "audit", "verify"], "audit"),  # --us is --user, abbreviated
        (["--version"], None),
        (["--help"], None),
        ([], None),
        (["--", "backup"], "backup"),
        (["nonsense"], "nonsense"),
    ],
)
def test_the_command_asked_is_found_among_the_global_options(
    argv: list[str], command: str | None
) -> None:
    assert asked(argv) == command


def test_a_mistyped_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    with pytest.raises(SystemExit) as done:
        main(["mial", "list"])
    assert done.value.code == 2
    assert "mial" in capsys.readouterr().err
