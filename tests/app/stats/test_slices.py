"""A figure of the dashboard opens the register on exactly its mails: the register's count
and ids for each drill-down query equal the figure, as the viewer sees the register."""

from __future__ import annotations

import pytest

from app.registry import browse
from app.registry.browse import RegisterQuery
from app.stats import drill
from app.stats.dashboard import Dashboard, dashboard
from tests.conftest import Office
from tests.support import activity
from tests.support.activity import MARCH, NOW


@pytest.fixture
def seeded(office: Office) -> activity.Seeded:
    return activity.seed(office)


def numbers(seeded: activity.Seeded, query: RegisterQuery, login: str) -> set[str]:
    ids = set(browse.find_ids(seeded.office.db, query, actor=seeded[login]))
    keys = {v: k for k, v in seeded.ids.items()}
    assert browse.count(seeded.office.db, query, actor=seeded[login]) == len(ids)
    return {keys[i] for i in ids}


def test_each_bar_opens_its_mails(seeded: activity.Seeded) -> None:
    d: Dashboard = dashboard(seeded.office.db, seeded["superviseur"], *MARCH, now=NOW)

    def mails(query: RegisterQuery) -> set[str]:
        return numbers(seeded, query, "superviseur")

    assert mails(drill.registered(d, dimension="service", key="RH")) == {
        "M1", "M2", "M3", "M5", "M6", "M7", "M17",
    }  # fmt: skip
    assert mails(drill.registered(d, dimension="service", key="-")) == {"M11"}
    week = d.buckets("week")[1]  # 2026-W10
    assert mails(drill.registered(d, week, "direction", "in")) == {"M1", "M2", "M4"}
    assert mails(drill.registered(d, d.buckets("day")[22], "channel", "counter")) == {"M5"}
    for i, bucket in enumerate(d.buckets("day")):
        for key, values in d.series("day", "channel").items():
            query = drill.registered(d, bucket, "channel", key)
            assert browse.count(seeded.office.db, query, actor=seeded["superviseur"]) == values[i]
    assert mails(drill.stock(d, "RH")) == {"M3", "M5", "M14", "M17"}
    assert mails(drill.stock(d, "-")) == {"M11"}
    assert len(mails(drill.stock(d))) == d.stock_total()
    assert mails(drill.overdue(d, "RH")) == {"M5", "M14"}
    assert mails(drill.overdue(d, "BUDGET", agent=None)) == {"M4", "M15"}
    assert mails(drill.overdue(d, agent="agent_rh")) == {"M5", "M14"}
    assert mails(drill.answered(d)) == {"M1", "M2"}
    assert mails(drill.answered(d, d.buckets("week")[3])) == set()
    assert mails(drill.delay(d, "assignment", "RH")) == {"M1", "M2", "M3", "M5", "M6"}
    assert mails(drill.delay(d, "action")) == {"M1", "M2", "M3", "M6"}
    assert mails(drill.delay(d, "total", "RH", "request")) == {"M1", "M2"}
    for stage in ("assignment", "action", "answer", "total"):
        for code in d.delay_keys("service"):
            expected = d.delay(stage, service=code).count
            assert len(mails(drill.delay(d, stage, code))) == expected, (stage, code)


def test_a_chef_opens_what_he_may_see(seeded: activity.Seeded) -> None:
    d = dashboard(seeded.office.db, seeded["chef_rh"], *MARCH, now=NOW)
    assert numbers(seeded, drill.registered(d, dimension="service", key="RH"), "chef_rh") == {
        "M1", "M2", "M3", "M5", "M6", "M7",
    }  # fmt: skip
    assert numbers(seeded, drill.stock(d), "chef_rh") == {"M3", "M5", "M14"}


def test_the_dashboard_of_one_service_keeps_to_it(seeded: activity.Seeded) -> None:
    d = dashboard(seeded.office.db, seeded["superviseur"], *MARCH, service_code="BUDGET", now=NOW)
    assert numbers(seeded, drill.registered(d), "superviseur") == {"M4", "M8", "M9", "M12"}
    assert numbers(seeded, drill.overdue(d), "superviseur") == {"M4", "M15"}
