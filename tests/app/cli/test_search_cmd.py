"""bureau-ordre search: JSON entries, filters, numbers, visibility, odd input."""

from __future__ import annotations

from datetime import date

import pytest

from tests.app.cli.conftest import Cli

YEAR = date.today().year


def _add(cli: Cli, direction: str, subject: str, who: str, *extra: str) -> str:
    done = cli(
        "mail",
        "add",
        "--direction",
        direction,
        "--subject",
        subject,
        "--correspondent",
        who,
        "--json",
        *extra,
    )
    assert done.code == 0, done.err
    return str(done.json["number"])


@pytest.fixture
def filled(ready: Cli) -> dict[str, str]:
    assert (
        ready(
            "service", "add", "--code", "BUDGET", "--name-ar", "الميزانية", "--name-fr", "Budget"
        ).code
        == 0
    )
    assert (
        ready(
            "user",
            "add",
            "--login",
            "chef_budget",
            "--name",
            "Chef Budget",
            "--role",
            "chef",
            "--service",
            "BUDGET",
            BO_NEW_PASSWORD="chef-budget-2026",
        ).code
        == 0
    )
    return {
        "water": _add(
            ready,
            "in",
            "فاتورة الماء لشهر أكتوبر",
            "Commune de Fès",
            "--correspondent-ar",
            "جماعة فاس",
            "--service",
            "BUDGET",
            "--type",
            "invoice",
            "--channel",
            "post",
        ),
        "leave": _add(
            ready, "in", "Demande de congé annuel", "Karim Benjelloun", "--service", "RH"
        ),
        "reply": _add(ready, "out", "Réponse : facture d'eau", "Commune de Fès"),
    }


def test_search_prints_a_json_array_of_entries(ready: Cli, filled: dict[str, str]) -> None:
    found = ready("search", "فاتوره الماء", "--json")
    assert found.code == 0, found.err
    entries = found.json
    assert [e["number"] for e in entries] == [filled["water"]]
    assert {"number", "subject", "registered_at"} <= entries[0].keys()
    assert entries[0]["subject"] == "فاتورة الماء لشهر أكتوبر"
    assert entries[0]["correspondent"] == "جماعة فاس / Commune de Fès"


def test_newest_first_and_filters(ready: Cli, filled: dict[str, str]) -> None:
    both = ready("--json", "search", "FES").json
    assert [e["number"] for e in both] == [filled["reply"], filled["water"]]
    assert [e["number"] for e in ready("search", "fès", "--direction", "out", "--json").json] == [
        filled["reply"]
    ]
    by_type = ready("search", "فاس", "--type", "invoice", "--channel", "post", "--json").json
    assert [e["number"] for e in by_type] == [filled["water"]]
    assert ready("search", "fes", "--service", "rh", "--json").json == []
    today = ready("search", "fes", "--date", "today", "--json").json
    assert len(today) == 2
    assert ready("search", "fes", "--date", "2000-01-01", "--to", "2000-12-31", "--json").json == []
    assert len(ready("search", "fes", "--limit", "1", "--json").json) == 1
    assert ready("search", "fes", "--relevance", "--json").code == 0


def test_a_number_goes_straight_to_its_mail(ready: Cli, filled: dict[str, str]) -> None:
    typed = filled["leave"].lower().replace("/0000", "/")
    assert [e["number"] for e in ready("search", typed, "--json").json] == [filled["leave"]]


def test_text_output_and_no_result(ready: Cli, filled: dict[str, str]) -> None:
    shown = ready("search", "congé")
    assert shown.code == 0 and filled["leave"] in shown.out and "Benjelloun" in shown.out
    none = ready("search", "Casablanca")
    assert none.code == 0 and "Aucun courrier ne correspond à « Casablanca »" in none.out
    arabic = ready("search", "Casablanca", "--lang", "ar")
    assert "لا توجد أي مراسلة تطابق" in arabic.out


def test_a_chef_finds_only_the_mail_of_his_service(ready: Cli, filled: dict[str, str]) -> None:
    chef = {"BO_USER": "chef_budget", "BO_PASSWORD": "chef-budget-2026"}
    assert [e["number"] for e in ready("search", "fes", "--json", **chef).json] == [filled["water"]]
    assert ready("search", "congé", "--json", **chef).json == []
    assert ready("search", filled["leave"], "--json", **chef).json == []


@pytest.mark.parametrize("query", ["", "   ", "***", "-", '"', ":"])
def test_an_empty_query_is_refused_in_one_line(ready: Cli, query: str) -> None:
    result = ready("search", query, "--json")
    assert result.code == 1
    assert result.err.strip().count("\n") == 0 and "Traceback" not in result.err
    assert "Tapez au moins un mot" in result.err


@pytest.mark.parametrize(
    "query", ['"facture', "facture*", "NEAR(eau facture)", "-eau", "subject:eau", "x" * 10_000]
)
def test_odd_queries_never_fail(ready: Cli, filled: dict[str, str], query: str) -> None:
    result = ready("search", "--json", "--", query)
    assert result.code == 0, result.err
    assert isinstance(result.json, list)


def test_bad_options_are_refused(ready: Cli) -> None:
    assert "au moins 1" in ready("search", "eau", "--limit", "0").err
    assert ready("search", "eau", "--date", "hier").code == 1
    with pytest.raises(SystemExit) as usage:
        ready("search", "eau", "--direction", "sideways")
    assert usage.value.code == 2


def test_as_a_real_command(ready: Cli, filled: dict[str, str]) -> None:
    result = ready.subprocess("search", "جماعة فاس فاتورة", "--json")
    assert result.code == 0, result.err
    assert [e["number"] for e in result.json] == [filled["water"]]
