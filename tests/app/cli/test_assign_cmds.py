"""assign, reassign, return, start, answer, close and inbox from the command line."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.app.cli.conftest import Cli

CHEF = {"BO_USER": "chef", "BO_PASSWORD": "chef-pass-2026"}
AGENT = {"BO_USER": "agent", "BO_PASSWORD": "agent-pass-2026"}
CLERK = {"BO_USER": "fatima", "BO_PASSWORD": "fatima-2026"}


@pytest.fixture
def org(ready: Cli) -> Cli:
    """``ready`` plus a service BUDGET, a chef and an agent of RH."""
    assert ready("service", "add", "--code", "BUDGET", "--name-ar", "الميزانية",
                 "--name-fr", "Budget").code == 0  # fmt: skip
    for login, role in (("chef", "chef"), ("agent", "agent")):
        done = ready("user", "add", "--login", login, "--name", login.title(), "--role", role,
                     "--service", "RH", BO_NEW_PASSWORD=f"{login}-pass-2026")  # fmt: skip
        assert done.code == 0, done.err
    return ready


def _mail(cli: Cli, subject: str, *extra: str) -> str:
    done = cli("--json", "mail", "add", "--direction", "in", "--subject", subject,
               "--correspondent", "Karim Benjelloun", *extra, **CLERK)  # fmt: skip
    assert done.code == 0, done.err
    return str(done.json["number"])


def test_assign_several_then_treat_and_close(org: Cli) -> None:
    first, second = _mail(org, "Demande de congé"), _mail(org, "Demande de mutation")
    due = (date.today() + timedelta(days=10)).isoformat()
    done = org("--json", "assign", first, second, "--service", "rh", "--copy", "BUDGET",
               "--instruction", "SUITE", "--instructions", "Voir avec le directeur",
               "--due", due, "--agent", "agent", **CLERK)  # fmt: skip
    assert done.code == 0, done.err
    assert done.json == [
        {"number": n, "service": "RH", "copies": ["BUDGET"], "agent": "agent", "due_date": due}
        for n in (first, second)
    ]

    shown = org("--json", "mail", "show", first, **CHEF).json
    assert shown["status"] == "assigned"
    assert [(a["service"], a["kind"]) for a in shown["assignments"]] == [
        ("RH", "main"),
        ("BUDGET", "copy"),
    ]
    assert shown["assignments"][0]["note"] == "Voir avec le directeur"
    assert f"→ RH (Pour attribution) agent {due}" in org("mail", "show", first, **CHEF).out

    inbox = org("--json", "inbox", **CHEF)
    assert [i["number"] for i in inbox.json] == [second, first]
    assert inbox.json[0]["instructions"] == ["SUITE"] and inbox.json[0]["due_date"] == due
    assert [i["number"] for i in org("--json", "inbox", **AGENT).json] == [second, first]
    text = org("inbox", **CHEF).out
    assert first in text and "Demande de congé" in text

    assert org("start", first, **AGENT).code == 0
    out = _out(org)
    assert org("--json", "answer", first, "--by", out, **AGENT).json == {
        "number": first,
        "status": "answered",
        "answered_by": out,
    }
    closed = org("close", first, "--note", "Classé au dossier", **CHEF)
    assert closed.code == 0 and closed.out.strip() == f"{first} : classé."
    returned = org("return", second, "--reason", "Ne relève pas de RH", **CHEF)
    assert returned.code == 0, returned.err
    assert org("--json", "mail", "show", second).json["status"] == "returned"
    assert org("--json", "reassign", first, "--service", "BUDGET").code == 1  # classé
    assert org("audit", "verify").code == 0


def _out(cli: Cli) -> str:
    done = cli("--json", "mail", "add", "--direction", "out", "--subject", "Réponse",
               "--correspondent", "Karim Benjelloun", **CLERK)  # fmt: skip
    return str(done.json["number"])


def test_the_rules_hold_on_the_command_line(org: Cli) -> None:
    rh = _mail(org, "Pour RH", "--service", "RH")
    budget = _mail(org, "Pour le budget", "--service", "BUDGET")
    assert org("assign", budget, "--service", "BUDGET", **CLERK).code == 0

    refused = org("assign", rh, "--service", "RH", **AGENT)
    assert refused.code == 3
    assert refused.err.strip() == (
        "bureau-ordre: Refusé (agent traitant) : vous ne pouvez pas imputer le courrier."
    )
    refused = org("close", budget, **CHEF)
    assert refused.code == 3 and "ne relève pas de vos services" in refused.err
    refused = org("mail", "show", budget, **CHEF)
    assert refused.code == 3 and budget in refused.err
    listed = org("--json", "mail", "list", **CHEF).json
    assert [r["number"] for r in listed] == [rh]
    assert {r["number"] for r in org("--json", "mail", "list", **CLERK).json} == {rh, budget}
    arabic = org("--lang", "ar", "close", budget, **CHEF)
    assert "لا تدخل في اختصاص مصالحكم" in arabic.err


def test_bad_input_is_told(org: Cli) -> None:
    number = _mail(org, "Demande")
    bad = org("assign", number, "--service", "RH", "--due", "demain", **CLERK)
    assert bad.code == 1 and "échéance" in bad.err
    bad = org("assign", number, "--service", "NOPE", **CLERK)
    assert bad.code == 1 and "Service inconnu : NOPE." in bad.err
    assert org("start", number, **AGENT).code == 3  # not theirs: not assigned to them
    assert org("--json", "inbox", **CHEF).json == []
    assert "Aucun courrier en attente." in org("inbox", **CHEF).out
