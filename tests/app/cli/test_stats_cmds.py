"""bureau-ordre stats and holiday, on the seeded office of tests/support/activity.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.cli.conftest import Cli
from tests.conftest import Office
from tests.support import activity
from tests.support.pdf import pdf_text

SUPERVISOR = {"BO_USER": "superviseur", "BO_PASSWORD": activity.PASSWORD}
CHEF = {"BO_USER": "chef_rh", "BO_PASSWORD": activity.PASSWORD}
AGENT = {"BO_USER": "agent_rh", "BO_PASSWORD": activity.PASSWORD}
MARCH = ("--from", "2026-03-01", "--to", "2026-03-31")


@pytest.fixture
def seeded_cli(office: Office, cli: Cli) -> Cli:
    activity.seed(office)
    return cli


def test_stats_json_gives_the_dashboards_figures(seeded_cli: Cli) -> None:
    done = seeded_cli("--json", "stats", *MARCH, **SUPERVISOR)
    assert done.code == 0, done.err
    data = done.json
    assert data["totals"]["mails"] == 12
    assert data["totals"]["by_direction"] == {"in": 9, "out": 2, "internal": 1}
    assert data["totals"]["by_channel"] == {"counter": 4, "post": 4, "email": 2, "portal": 2}
    assert [w["total"] for w in data["volumes"]["week"]] == [0, 3, 2, 2, 3, 2]
    assert data["delays"]["assignment"]["all"] == {"count": 6, "median": 0.5, "p90": 1}
    assert data["delays"]["action"]["all"] == {"count": 4, "median": 1.5, "p90": 2}
    assert data["delays"]["answer"]["all"] == {"count": 2, "median": 3, "p90": 3.8}
    assert data["delays"]["total"]["all"] == {"count": 2, "median": 5, "p90": 5.8}
    assert data["stock"] == {"total": 9, "by_service": {"-": 1, "BUDGET": 4, "RH": 4}}
    assert data["overdue"]["by_service"] == {"BUDGET": 2, "RH": 2}
    assert (data["coverage"]["received"], data["coverage"]["answered"]) == (9, 2)
    assert data["portal"]["share"] == round(2 / 9, 4)
    assert data["portal"]["acknowledgement_minutes"]["median"] == 35

    chef = seeded_cli("--json", "stats", *MARCH, **CHEF).json
    assert (chef["totals"]["mails"], chef["viewer"]["services"]) == (6, ["RH"])
    one = seeded_cli("--json", "stats", *MARCH, "--service", "BUDGET", **SUPERVISOR).json
    assert (one["service"], one["totals"]["mails"], one["stock"]["total"]) == ("BUDGET", 4, 4)


def test_stats_refusals_and_text(seeded_cli: Cli) -> None:
    assert seeded_cli("stats", *MARCH, **AGENT).code == 3
    backwards = seeded_cli("stats", "--from", "2026-03-31", "--to", "2026-03-01", **SUPERVISOR)
    assert backwards.code == 2
    with pytest.raises(SystemExit) as usage:  # --to missing: argparse's usage error
        seeded_cli("stats", "--from", "2026-03-01", **SUPERVISOR)
    assert usage.value.code == 2
    assert seeded_cli("stats", *MARCH, "--service", "NOPE", **SUPERVISOR).code == 1
    text = seeded_cli("stats", *MARCH, **SUPERVISOR)
    assert text.code == 0 and "12" in text.out and "Enregistrement → imputation" in text.out
    arabic = seeded_cli("--lang", "ar", "stats", *MARCH, **SUPERVISOR)
    assert "التسجيل ← الإحالة" in arabic.out


def test_stats_writes_the_monthly_report(seeded_cli: Cli, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "mars.pdf", tmp_path / "mars.xlsx"
    assert seeded_cli("stats", *MARCH, "--out", str(pdf), **SUPERVISOR).code == 0
    text = pdf_text(pdf.read_bytes())
    assert "Rapport mensuel d'activité" in text and "التقرير الشهري للنشاط" in text
    assert "Enregistrement → réponse" in text
    assert seeded_cli("stats", *MARCH, "--out", str(xlsx), **SUPERVISOR).code == 0
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert "Synthèse" in book.sheetnames and "Volumes par jour" in book.sheetnames
    daily = book["Volumes par jour"]
    totals = [row[1] for row in daily.iter_rows(min_row=7, values_only=True)]
    assert sum(totals) == 12 and len(totals) == 31
    bad = seeded_cli("stats", *MARCH, "--out", str(tmp_path / "x.doc"), **SUPERVISOR)
    assert bad.code == 1


def test_holidays_from_the_command_line(cli: Cli, office: Office) -> None:
    activity.seed(office)
    admin = {"BO_USER": "admin"}
    listed = cli("--json", "holiday", "list", "--year", "2026", **admin)
    assert [h["day"] for h in listed.json] == ["2026-03-20", "2026-03-21"]
    fixed = cli("--json", "holiday", "fixed", "--year", "2026", **admin)
    assert fixed.code == 0 and len(fixed.json) == 11  # the Amazigh new year and Aïd al-Wahda too
    assert cli("--json", "holiday", "fixed", "--year", "2026", **admin).json == []
    proposals = cli("--json", "holiday", "proposals", "--year", "2026").json
    fitr = [p for p in proposals if p["hijri"] == "1447-10-01"]
    assert fitr == [
        {
            "day": "2026-03-20",
            "name_fr": "Aïd al-Fitr",
            "name_ar": "عيد الفطر",
            "kind": "religious",
            "hijri": "1447-10-01",
            "recorded": True,
        }
    ]
    added = cli("--json", "holiday", "add", "2026-05-27", "--name-fr", "Aïd al-Adha",
                "--name-ar", "عيد الأضحى", "--kind", "religious", "--hijri", "١٤٤٧-١٢-١٠",
                **admin)  # fmt: skip
    assert added.code == 0 and added.json["hijri"] == "1447-12-10"
    assert (
        cli("holiday", "add", "2026-05-27", "--name-fr", "X", "--name-ar", "س", **admin).code == 1
    )
    assert cli("holiday", "remove", "2026-05-27", **SUPERVISOR).code == 3
    assert cli("holiday", "remove", "2026-05-27", **admin).code == 0
    assert cli("holiday", "remove", "2026-05-27", **admin).code == 1
    assert cli("holiday", "proposals", "--year", "99999").code == 2


def test_stats_as_a_real_process(seeded_cli: Cli) -> None:
    done = seeded_cli.subprocess("--json", "stats", *MARCH, **SUPERVISOR)
    assert done.code == 0, done.err
    assert done.json["totals"]["mails"] == 12
