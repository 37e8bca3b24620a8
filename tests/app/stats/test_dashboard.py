"""Every figure of the dashboard on the seeded office of tests/support/activity.py, whose
figures were counted by hand from its table (see there), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from app.errors import NotFound, PermissionDenied, UsageError
from app.stats import holidays
from app.stats.dashboard import Dashboard, dashboard
from tests.conftest import Office
from tests.support import activity
from tests.support.activity import MARCH, NOW


@pytest.fixture
def seeded(office: Office) -> activity.Seeded:
    return activity.seed(office)


def board(seeded: activity.Seeded, login: str = "superviseur", **kw: object) -> Dashboard:
    first, last = kw.pop("period", MARCH)  # type: ignore[misc]
    return dashboard(seeded.office.db, seeded[login], first, last, now=NOW, **kw)  # type: ignore[arg-type]


def figure(d: Dashboard, stage: str, **kw: str) -> tuple[int, Fraction | None, Fraction | None]:
    found = d.delay(stage, **kw)
    return found.count, found.median, found.p90


def test_volumes_by_direction_channel_service_and_period(seeded: activity.Seeded) -> None:
    d = board(seeded)
    assert d.total() == 12  # M10 cancelled, M13 on 1 April, M14-M16 in February
    assert d.totals("direction") == {"in": 9, "out": 2, "internal": 1}
    assert d.totals("channel") == {"counter": 4, "post": 4, "email": 2, "portal": 2}
    assert d.totals("service") == {"RH": 7, "BUDGET": 4, "-": 1}
    days = {b.key: n for b, n in zip(d.buckets("day"), d.series("day", None)["all"], strict=True)}
    assert len(days) == 31 and sum(days.values()) == 12
    # M4 at 23:30 on the 3rd (UTC+0 then), M5 at 00:30 on the 23rd (22 March 23:30 UTC, UTC+1
    # since that night), M12 at 23:50 on the 31st; M13 at 00:10 on 1 April is not in March.
    assert {k: n for k, n in days.items() if n} == {
        "2026-03-02": 1,
        "2026-03-03": 1,
        "2026-03-06": 1,
        "2026-03-10": 1,
        "2026-03-12": 1,
        "2026-03-16": 1,
        "2026-03-19": 1,
        "2026-03-23": 1,
        "2026-03-26": 1,
        "2026-03-27": 1,
        "2026-03-30": 1,
        "2026-03-31": 1,
    }
    weeks = d.series("week", "direction")
    assert [b.key for b in d.buckets("week")] == [
        "2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14",
    ]  # fmt: skip
    assert weeks == {
        "in": [0, 3, 1, 1, 2, 2],
        "out": [0, 0, 0, 1, 1, 0],
        "internal": [0, 0, 1, 0, 0, 0],
    }
    assert d.buckets("week")[0].first == d.buckets("week")[0].last == date(2026, 3, 1)
    assert d.series("month", "service") == {"BUDGET": [4], "RH": [7], "-": [1]}
    assert d.working_days == 21  # 22 weekdays less Aïd al-Fitr on Friday 20 March


def test_delays_in_working_days_with_weekends_and_holidays(seeded: activity.Seeded) -> None:
    d = board(seeded)
    # Registration -> assignment: M1 0, M2 1 (Friday -> Monday), M3 1 (Thursday -> Monday,
    # over the Friday holiday and the weekend), M4 1, M5 0, M6 0.
    assert figure(d, "assignment") == (6, Fraction(1, 2), 1)
    assert figure(d, "assignment", service="RH") == (5, 0, 1)
    assert figure(d, "assignment", service="BUDGET") == (1, 1, 1)
    assert figure(d, "assignment", mail_type="request") == (2, Fraction(1, 2), Fraction(9, 10))
    # Assignment -> first action: M1 2, M2 1, M3 1, M6 2 (closing is an action).
    assert figure(d, "action") == (4, Fraction(3, 2), 2)
    # First action -> answer: M1 2, M2 4 (M3 is answered in April: not by the end of March).
    assert figure(d, "answer") == (2, 3, Fraction(19, 5))
    # Registration -> answer: M1 4, M2 6.
    assert figure(d, "total") == (2, 5, Fraction(29, 5))
    assert figure(d, "total", service="BUDGET") == (0, None, None)
    assert d.delay_keys("service") == ["BUDGET", "RH"]


def test_a_holiday_removed_counts_again(seeded: activity.Seeded) -> None:
    holidays.remove_holiday(seeded.office.db, seeded["admin"], date(2026, 3, 20))
    d = board(seeded)
    assert figure(d, "assignment", mail_type="complaint") == (1, 2, 2)  # M3: Fri 20, Mon 23
    assert d.working_days == 22


def test_stock_overdue_coverage_and_portal_at_the_end_of_march(seeded: activity.Seeded) -> None:
    d = board(seeded)
    # Open at the end of March: M3 (answered in April), M4, M5, M9, M11, M12, M14 (February),
    # M15 (answered in April), M17; not M16 (closed on 5 March) nor M13 (registered in April).
    assert d.stock_by_service() == {"-": 1, "BUDGET": 4, "RH": 4}
    assert d.stock_total() == 9
    # Past due on 31 March: M4 (10/03), M5 (25/03, agent_rh), M14 (05/03, agent_rh), M15
    # (20/03); not M3, due on the 31st itself.
    assert d.overdue_by_service() == {"BUDGET": 2, "RH": 2}
    assert d.overdue_by_agent() == [("BUDGET", None, 2), ("RH", "agent_rh", 2)]
    whole = d.coverage()[0]
    assert (whole.received, whole.answered, whole.rate) == (9, 2, Fraction(2, 9))
    weeks = [(c.bucket.key, c.received, c.answered) for c in d.coverage("week") if c.bucket]
    assert weeks == [
        ("2026-W09", 0, 0),
        ("2026-W10", 3, 2),
        ("2026-W11", 1, 0),
        ("2026-W12", 1, 0),
        ("2026-W13", 2, 0),
        ("2026-W14", 2, 0),
    ]
    assert (d.portal_received(), d.incoming(), d.portal_share()) == (2, 9, Fraction(2, 9))
    ack = d.acknowledgement_delay()
    assert (ack.count, ack.median, ack.p90) == (1, 35, 35)  # M3: deposited 10:30, acked 11:05
    assert d.acknowledgements.waiting == 1  # M12, acknowledged after midnight


def test_a_chef_sees_his_services_mail(seeded: activity.Seeded) -> None:
    d = board(seeded, "chef_rh")
    assert d.viewer_services == ("RH",)
    assert d.total() == 6  # M1, M2, M3, M5, M6, M7; not M17, confidential and named to none
    assert d.totals("service") == {"RH": 6}
    assert d.stock_by_service() == {"RH": 3}
    assert d.overdue_by_agent() == [("RH", "agent_rh", 2)]
    assert figure(d, "assignment") == (5, 0, 1)
    whole = d.coverage()[0]
    assert (whole.received, whole.answered) == (4, 2)
    assert (d.portal_received(), d.acknowledgements.waiting) == (1, 0)


def test_one_service(seeded: activity.Seeded) -> None:
    d = board(seeded, service_code="budget")
    assert d.service is not None and d.service.code == "BUDGET"
    assert d.totals("direction") == {"in": 3, "out": 1}
    assert d.stock_by_service() == {"BUDGET": 4}
    assert d.overdue_total() == 2
    assert figure(d, "assignment") == (1, 1, 1)
    with pytest.raises(NotFound):
        board(seeded, service_code="NOPE")


def test_a_period_not_over_is_read_now(seeded: activity.Seeded) -> None:
    d = board(seeded, period=(date(2026, 4, 1), date(2026, 4, 30)))
    assert d.today == date(2026, 4, 15)
    assert d.total() == 1  # M13
    # Open now: M4, M5, M9, M11, M12, M13, M14, M17 (M3 and M15 were answered in April).
    assert d.stock_by_service() == {"-": 1, "BUDGET": 3, "RH": 4}
    assert d.overdue_by_service() == {"BUDGET": 1, "RH": 2}  # M15 answered; M4, M5, M14
    # The answers of April belong to March's mail: April's figures show none.
    assert figure(d, "answer") == (0, None, None)


def test_only_supervisors_administrators_and_chefs(seeded: activity.Seeded) -> None:
    assert board(seeded, "admin").total() == 12
    for login in ("fatima", "agent_rh"):
        with pytest.raises(PermissionDenied):
            board(seeded, login)
    with pytest.raises(UsageError):
        board(seeded, period=(date(2026, 3, 31), date(2026, 3, 1)))
    with pytest.raises(UsageError):
        board(seeded, period=(date(2020, 1, 1), date(2026, 3, 1)))


def test_json_carries_the_same_figures(seeded: activity.Seeded) -> None:
    data = board(seeded).to_json()
    assert data["totals"]["mails"] == 12
    assert data["totals"]["by_service"] == {"RH": 7, "BUDGET": 4, "-": 1}
    assert [m["total"] for m in data["volumes"]["month"]] == [12]
    assert data["delays"]["assignment"]["all"] == {"count": 6, "median": 0.5, "p90": 1}
    assert data["delays"]["answer"]["by_service"]["RH"] == {"count": 2, "median": 3, "p90": 3.8}
    assert data["stock"] == {"total": 9, "by_service": {"-": 1, "BUDGET": 4, "RH": 4}}
    assert data["overdue"]["by_agent"] == [
        {"service": "BUDGET", "agent": None, "count": 2},
        {"service": "RH", "agent": "agent_rh", "count": 2},
    ]
    assert data["coverage"]["rate"] == round(2 / 9, 4)
    assert data["portal"]["acknowledgement_minutes"] == {"count": 1, "median": 35, "p90": 35}
    assert data["period"]["holidays"] == ["2026-03-20", "2026-03-21"]
