"""Every command requires the role its screen requires, and says so before doing anything.

The table below is the command line's access policy (also in the README): a command added
without declaring who may run it (``needs=`` beside its handler, :mod:`app.cli.access`)
fails :func:`test_every_command_declares_who_may_run_it`; one declared but missing here fails
too, so that its role is chosen on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import access
from app.cli.main import build_parser
from app.domain.enums import Role
from app.store.database import Database
from app.store.models import AuditEvent
from tests.app.cli.conftest import Cli

ANY, NOBODY = "any user", "no user"
EXPECTED = {
    "init": NOBODY,
    "db upgrade": NOBODY,
    "service add": "admin",
    "service edit": "admin",
    "user add": "admin",
    "user edit": "admin",
    "user password": "admin",
    "user unlock": "admin",
    "audit verify": "supervisor, admin",
    "backup": "admin",
    "mail add": "clerk, chef, admin",
    "mail show": ANY,
    "mail list": ANY,
    "mail correct": "clerk, supervisor, admin",
    "mail cancel": "supervisor, admin",
    "receipt": ANY,
    "label": ANY,
    "register": ANY,
    "assign": "clerk, supervisor, admin",
    "reassign": "chef, supervisor, admin",
    "return": "chef, supervisor, admin",
    "start": "chef, agent, admin",
    "answer": "chef, agent, admin",
    "close": "chef, supervisor, admin",
    "inbox": ANY,
    "search": ANY,
    "import-scans": "clerk, chef, admin",
    "sync": "clerk, admin",
    "portal configure": "admin",
    "portal status": "clerk, supervisor, admin",
    "portal log": "clerk, supervisor, admin",
    "portal offices": "clerk, supervisor, admin",
    "portal quarantine": "clerk, supervisor, admin",
    "portal retry": "clerk, admin",
    "portal discard": "clerk, admin",
    "portal send": "clerk, admin",
    "portal-sim": NOBODY,
    "routing-slip": ANY,
    "delivery-book": ANY,
    "mail ar-returned": "clerk, supervisor, admin",
    "mail ar-pending": ANY,
    "sign": "clerk, chef, admin",
    "signature verify": ANY,
    "signature roots": ANY,
    "signature timestamp": ANY,
    "mailbox add": "admin",
    "mailbox edit": "admin",
    "stats": "chef, supervisor, admin",
    "holiday list": ANY,
    "holiday proposals": ANY,
    "holiday add": "admin",
    "holiday remove": "admin",
    "holiday fixed": "admin",
    **{
        f"mailbox {c}": "clerk, admin"
        for c in (
            "list",
            "test",
            "fetch",
            "pending",
            "show",
            "register",
            "discard",
            "join",
            "outbox",
            "retry-ack",
            "log",
        )
    },  # fmt: skip
}

N = "A-2026/000001"
# Arguments each command parses with (the refusal comes before they are looked at).
SAMPLES: dict[str, list[str]] = {
    "init": ["--office-code", "X", "--office-name", "X", "--admin", "x"],
    "db upgrade": [],
    "service add": ["--code", "CAB", "--name-ar", "الديوان", "--name-fr", "Cabinet"],
    "service edit": ["RH", "--name-fr", "Personnel"],
    "user add": ["--login", "omar", "--name", "Omar Tazi", "--role", "agent"],
    "user edit": ["fatima", "--name", "Fatima Bennani"],
    "user password": ["fatima"],
    "user unlock": ["fatima"],
    "audit verify": [],
    "backup": ["--out", "{out}.sqlite"],
    "mail add": ["--direction", "in", "--subject", "Demande", "--correspondent", "Amina Idrissi"],
    "mail show": [N],
    "mail list": [],
    "mail correct": [N, "--reason", "Faute", "--subject", "Autre"],
    "mail cancel": [N, "--reason", "Doublon"],
    "receipt": [N, "--out", "{out}.pdf"],
    "label": [N, "--out", "{out}.pdf"],
    "register": ["--direction", "in", "--date", "today", "--out", "{out}.csv"],
    "assign": [N, "--service", "RH"],
    "reassign": [N, "--service", "RH"],
    "return": [N, "--reason", "Hors sujet"],
    "start": [N],
    "answer": [N, "--by", "D-2026/000001"],
    "close": [N],
    "inbox": [],
    "search": ["facture"],
    "import-scans": ["{out}.pdf"],
    "sync": ["--portal", "http://127.0.0.1:9", "--once"],
    "portal configure": ["--portal", "http://127.0.0.1:9", "--client-id", "x"],
    "portal status": [],
    "portal log": [],
    "portal offices": [],
    "portal quarantine": [],
    "portal retry": ["DEP-1"],
    "portal discard": ["DEP-1", "--reason", "Spam"],
    "portal send": ["D-2026/000001", "--to", "MEF"],
    "portal-sim": ["--port", "0"],
    "routing-slip": [N, "--out", "{out}.pdf"],
    "delivery-book": ["--date", "today", "--out", "{out}.pdf"],
    "mail ar-returned": [N, "--date", "today"],
    "mail ar-pending": [],
    "sign": [N, "--pkcs12", "{out}.p12"],
    "signature verify": [N, "--out", "{out}.pdf"],
    "signature roots": ["add", "{out}.pem"],
    "signature timestamp": ["https://tsa.example.ma"],
    "mailbox add": ["--name", "Courrier", "--host", "127.0.0.1", "--login", "bo"],
    "mailbox edit": ["Courrier", "--interval", "5"],
    "mailbox list": [],
    "mailbox test": [],
    "mailbox fetch": [],
    "mailbox pending": [],
    "mailbox show": ["1", "--eml", "{out}.eml"],
    "mailbox register": ["1", "--service", "RH"],
    "mailbox discard": ["1", "--reason", "Publicité"],
    "mailbox join": ["1", "--to", N],
    "mailbox outbox": [],
    "mailbox retry-ack": ["1"],
    "mailbox log": [],
    "stats": ["--from", "2026-03-01", "--to", "2026-03-31"],
    "holiday list": [],
    "holiday proposals": ["--year", "2026"],
    "holiday add": ["2026-03-18", "--name-fr", "Fête", "--name-ar", "عيد"],
    "holiday remove": ["2026-03-18"],
    "holiday fixed": ["--year", "2026"],
}

USERS = {  # a user of each role; fatima (clerk) and admin come with the office
    Role.CLERK: ("fatima", "fatima-2026"),
    Role.CHEF: ("karima", "chef-pass-2026"),
    Role.AGENT: ("said", "agent-pass-2026"),
    Role.SUPERVISOR: ("nadia", "superviseur-2026"),
    Role.ADMIN: ("admin", None),
}
ROLE_WORDS = {
    Role.CLERK: "agent du bureau d'ordre",
    Role.CHEF: "chef de service",
    Role.AGENT: "agent traitant",
    Role.SUPERVISOR: "superviseur",
}


def _declared() -> dict[str, access.Needs | None]:
    return {name: p.get_default("needs") for name, p in access.commands(build_parser())}


def test_every_command_declares_who_may_run_it() -> None:
    declared = _declared()
    assert [name for name, needs in declared.items() if not isinstance(needs, access.Needs)] == []
    assert {name: n.describe() for name, n in declared.items() if n} == EXPECTED
    assert declared.keys() == SAMPLES.keys()


def test_an_undeclared_command_is_an_administrators() -> None:
    import argparse

    assert access.needs_of(argparse.Namespace()) == access.ADMIN


@pytest.fixture
def staffed(ready: Cli) -> Cli:
    for role in (Role.CHEF, Role.AGENT, Role.SUPERVISOR):
        login, password = USERS[role]
        done = ready(
            "user", "add", "--login", login, "--name", login.title(), "--role", role.value,
            "--service", "RH", BO_NEW_PASSWORD=password,
        )  # fmt: skip
        assert done.code == 0, done.err
    return ready


def _audit_rows(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    finally:
        db.dispose()


def _argv(command: str, out: Path) -> list[str]:
    return [*command.split(), *(a.replace("{out}", str(out)) for a in SAMPLES[command])]


def test_each_command_refuses_the_roles_its_screen_refuses(staffed: Cli, tmp_path: Path) -> None:
    before = _audit_rows(staffed.url)
    refused = []
    for command, needs in _declared().items():
        assert needs is not None
        for role in Role:
            if not needs.user or role in needs.roles:
                continue
            login, password = USERS[role]
            out = tmp_path / f"{command.replace(' ', '-')}-{role.value}"
            done = staffed(*_argv(command, out), BO_USER=login, BO_PASSWORD=password or "")
            assert done.code == 3, (command, role, done.err)
            assert "Refusé (" in done.err and ROLE_WORDS[role] in done.err, (command, done.err)
            assert not list(tmp_path.glob(f"{out.name}*")), (command, role)
            refused.append((command, role))
    # Log-ins succeed and leave no trace; nothing else was recorded.
    assert _audit_rows(staffed.url) == before
    assert ("sync", Role.SUPERVISOR) in refused and ("backup", Role.CLERK) in refused
    assert ("audit verify", Role.CLERK) in refused and ("portal configure", Role.CLERK) in refused


def test_no_command_reads_or_writes_without_a_user(ready: Cli, tmp_path: Path) -> None:
    before = _audit_rows(ready.url)
    for command, needs in _declared().items():
        assert needs is not None
        if not needs.user:
            continue
        out = tmp_path / command.replace(" ", "-")
        done = ready(*_argv(command, out), BO_USER="", BO_PASSWORD="")
        assert done.code == 3 and "--user" in done.err, (command, done.err)
        assert not list(tmp_path.glob(f"{out.name}*")), command
    assert _audit_rows(ready.url) == before


def test_backup_and_audit_verify_by_those_allowed(staffed: Cli, tmp_path: Path) -> None:
    out = tmp_path / "sauvegarde.sqlite"
    assert staffed("backup", "--out", str(out)).code == 0 and out.exists()
    login, password = USERS[Role.SUPERVISOR]
    verified = staffed("--json", "audit", "verify", BO_USER=login, BO_PASSWORD=password)
    assert verified.code == 0 and verified.json["ok"] is True


def test_commands_that_need_nobody_run_without_a_user(ready: Cli) -> None:
    done = ready("--json", "db", "upgrade", BO_USER="", BO_PASSWORD="")
    assert done.code == 0 and done.json["revision"] == done.json["head"]
