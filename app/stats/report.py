"""The activity report of a period (the monthly report): bilingual PDF or XLSX.

Both are drawn from a :class:`app.stats.dashboard.Dashboard` (the same figures as the desk's
window and ``bureau-ordre stats``) and the office (its letterhead). The rows of the report's
tables are built here, once, for both formats (:func:`sections`); the PDF is drawn by
:mod:`app.printing.activity_pdf` (Qt), the workbook by :mod:`app.printing.activity_xlsx`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain import clock
from app.domain.enums import Channel, Direction
from app.domain.enums import label as vocabulary
from app.errors import UserError
from app.files import write_atomic
from app.stats.dashboard import NO_SERVICE, STAGE_NAMES, Dashboard
from app.stats.labels import both, word
from app.stats.percentiles import as_number

FORMATS = ("pdf", "xlsx")


def format_of(path: Path | str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError("report_bad_format", path=str(path))
    return suffix


@dataclass(frozen=True)
class Heading:
    """The report's head: the office, the title, the period, whose view."""

    office_code: str
    office_fr: str
    office_ar: str
    ministry_fr: str
    ministry_ar: str
    title_fr: str
    title_ar: str
    period_fr: str
    period_ar: str
    scope_fr: str
    scope_ar: str
    generated_at: datetime


@dataclass(frozen=True)
class Table:
    """A table of the report: bilingual title and column headings, rows of values. A row's
    first cell is French and its last Arabic when ``bilingual_rows`` (read from both sides)."""

    key: str
    title_fr: str
    title_ar: str
    columns: list[tuple[str, str]]
    rows: list[list[Any]]
    bilingual_rows: bool = False


def _day(value: object) -> str:
    return f"{value:%d/%m/%Y}"


def heading(board: Dashboard, office: Any, *, now: datetime | None = None) -> Heading:
    monthly = (
        board.first.day == 1
        and (board.first.year, board.first.month) == (board.last.year, board.last.month)
        and (board.last + timedelta(days=1)).day == 1
    )
    title_fr, title_ar = both("monthly_title" if monthly else "title")
    period_fr, period_ar = both("from_to", first=_day(board.first), last=_day(board.last))
    if board.viewer_services is None:
        scope_fr, scope_ar = both("scope_office")
    else:
        codes = ", ".join(board.viewer_services)
        scope_fr, scope_ar = both("scope_services", services=codes)
    if board.service is not None:
        scope_fr += " — " + word("service_filter", "fr", service=board.service.name_fr)
        scope_ar += " — " + word("service_filter", "ar", service=board.service.name_ar)
    as_fr, as_ar = both("as_at", day=_day(board.today))
    return Heading(
        office_code=office.code,
        office_fr=office.name_fr,
        office_ar=office.name_ar,
        ministry_fr=office.ministry_fr or "",
        ministry_ar=office.ministry_ar or "",
        title_fr=title_fr,
        title_ar=title_ar,
        period_fr=period_fr,
        period_ar=period_ar,
        scope_fr=f"{scope_fr} — {as_fr}",
        scope_ar=f"{scope_ar} — {as_ar}",
        generated_at=clock.to_local(now or clock.now_utc()),
    )


def _rate(value: Any) -> str:
    return "—" if value is None else f"{float(value) * 100:.1f} %"


def _hours(minutes: Any) -> Any:
    return None if minutes is None else round(float(minutes) / 60, 1)


def _service_names(board: Dashboard, code: str) -> tuple[str, str]:
    if code == NO_SERVICE:
        return both("no_service")
    found = next((s for s in board.services.values() if s.code == code), None)
    return (found.name_fr, found.name_ar) if found else (code, code)


def key_figures(board: Dashboard) -> Table:
    cover = board.coverage()[0]
    ack = board.acknowledgement_delay()
    rows: list[list[Any]] = []

    def add(key: str, value: Any, fr: str | None = None, ar: str | None = None) -> None:
        f, a = both(key)
        rows.append([fr or f, value, ar or a])

    add("registered", board.total())
    for d in Direction:
        rows.append(["  " + vocabulary(d.value, "fr"), board.totals("direction").get(d.value, 0),
                     vocabulary(d.value, "ar")])  # fmt: skip
    add("stock", board.stock_total())
    add("overdue", board.overdue_total())
    add("coverage", f"{cover.answered} / {cover.received} — {_rate(cover.rate)}")
    add("portal_share", f"{board.portal_received()} / {board.incoming()} — "
        f"{_rate(board.portal_share())}")  # fmt: skip
    med, p90 = _hours(ack.median), _hours(ack.p90)
    add("ack_delay", f"{'—' if med is None else med} / {'—' if p90 is None else p90} ({ack.count})")
    add("ack_waiting", board.acknowledgements.waiting)
    add("workdays", board.working_days)
    title_fr, title_ar = both("volumes")
    return Table("figures", title_fr, title_ar, [both("total")], rows, bilingual_rows=True)


def by_channel(board: Dashboard) -> Table:
    rows: list[list[Any]] = []
    directions = [d.value for d in Direction]
    for c in Channel:
        counts = [
            board.totals("direction", lambda r, c=c: r[2] == c.value).get(d, 0) for d in directions
        ]
        if sum(counts):
            rows.append(
                [vocabulary(c.value, "fr"), *counts, sum(counts), vocabulary(c.value, "ar")]
            )
    totals = [board.totals("direction").get(d, 0) for d in directions]
    rows.append([*both("total")[:1], *totals, sum(totals), both("total")[1]])
    columns = [(vocabulary(d, "fr"), vocabulary(d, "ar")) for d in directions] + [both("total")]
    return Table("channels", *both("by_channel"), columns, rows, bilingual_rows=True)


def by_service(board: Dashboard) -> Table:
    registered = board.totals("service")
    stock, overdue = board.stock_by_service(), board.overdue_by_service()
    codes = [c for c in board.keys("service")] + [
        c for c in sorted(set(stock) | set(overdue)) if c not in registered
    ]
    rows = []
    for code in codes:
        fr, ar = _service_names(board, code)
        total = board.delay("total", service=code)
        rows.append(
            [
                f"{code} — {fr}" if code != NO_SERVICE else fr,
                registered.get(code, 0),
                stock.get(code, 0),
                overdue.get(code, 0),
                as_number(total.median),
                as_number(total.p90),
                f"{ar} — {code}" if code != NO_SERVICE else ar,
            ]
        )
    columns = [
        both("registered"),
        both("stock"),
        both("overdue"),
        both("total_median"),
        both("p90"),
    ]
    return Table("services", *both("by_service"), columns, rows, bilingual_rows=True)


def delays(board: Dashboard) -> Table:
    rows = []
    for stage in STAGE_NAMES:
        f = board.delay(stage)
        fr, ar = both("stage_" + stage)
        rows.append([fr, f.count, as_number(f.median), as_number(f.p90), ar])
    columns = [both("count"), both("median"), both("p90")]
    return Table("delays", *both("delays"), columns, rows, bilingual_rows=True)


def delays_by_type(board: Dashboard) -> Table:
    rows = []
    for t in board.delay_keys("type"):
        f = board.delay("total", mail_type=t)
        a = board.delay("assignment", mail_type=t)
        rows.append(
            [vocabulary(t, "fr"), as_number(a.median), as_number(a.p90), f.count,
             as_number(f.median), as_number(f.p90), vocabulary(t, "ar")]
        )  # fmt: skip
    columns = [
        both("assignment_median"),
        both("p90"),
        both("answered_count"),
        both("total_median"),
        both("p90"),
    ]
    return Table("types", *both("by_type"), columns, rows, bilingual_rows=True)


def coverage(board: Dashboard) -> Table:
    rows = [
        [c.bucket.key, c.received, c.answered, _rate(c.rate)]
        for c in board.coverage("week")
        if c.bucket is not None
    ]
    columns = [both("week"), both("received"), both("answered"), both("rate")]
    return Table("coverage", *both("coverage"), columns, rows)


def overdue_agents(board: Dashboard) -> Table:
    rows = [
        [code, login or word("no_agent", "fr") + " / " + word("no_agent", "ar"), n]
        for code, login, n in board.overdue_by_agent()
    ]
    columns = [both("service"), both("agent"), both("overdue")]
    return Table("agents", *both("overdue"), columns, rows)


def daily(board: Dashboard) -> Table:
    """Mails per day by direction, channel and service: the workbook's detail."""
    directions = board.keys("direction")
    channels = board.keys("channel")
    services = board.keys("service")
    series = {
        **{("d", k): v for k, v in board.series("day", "direction").items()},
        **{("c", k): v for k, v in board.series("day", "channel").items()},
        **{("s", k): v for k, v in board.series("day", "service").items()},
    }
    total = board.series("day", None)["all"]
    rows = []
    for i, bucket in enumerate(board.buckets("day")):
        rows.append(
            [bucket.first, total[i]]
            + [series[("d", k)][i] for k in directions]
            + [series[("c", k)][i] for k in channels]
            + [series[("s", k)][i] for k in services]
        )
    columns = (
        [both("day"), both("total")]
        + [(vocabulary(k, "fr"), vocabulary(k, "ar")) for k in directions]
        + [(vocabulary(k, "fr"), vocabulary(k, "ar")) for k in channels]
        + [(k, k) for k in services]
    )
    return Table("daily", *both("by_day"), columns, rows)


def delay_detail(board: Dashboard) -> Table:
    """Per service and mail type, each stage's count, median and 90th percentile."""
    rows = []
    for code, t in board.delay_pairs():
        row: list[Any] = [code, vocabulary(t, "fr") + " / " + vocabulary(t, "ar")]
        for stage in STAGE_NAMES:
            f = board.delay(stage, service=code, mail_type=t)
            row += [f.count, as_number(f.median), as_number(f.p90)]
        rows.append(row)
    columns = [both("service"), both("type")]
    for stage in STAGE_NAMES:
        fr, ar = both("stage_" + stage)
        columns += [
            (f"{fr} — {word('count', 'fr')}", f"{ar} — {word('count', 'ar')}"),
            (word("median", "fr"), word("median", "ar")),
            (word("p90", "fr"), word("p90", "ar")),
        ]
    return Table("delay_detail", *both("delays"), columns, rows)


def sections(board: Dashboard) -> list[Table]:
    """The printed report's tables, in order."""
    return [
        key_figures(board),
        by_channel(board),
        by_service(board),
        delays(board),
        delays_by_type(board),
        coverage(board),
        overdue_agents(board),
    ]


def render(board: Dashboard, fmt: str, office: Any, *, now: datetime | None = None) -> bytes:
    """The report's bytes (``pdf`` needs Qt: from the GUI, a worker or the command line)."""
    head = heading(board, office, now=now)
    if fmt == "pdf":
        from app.printing.activity_pdf import activity_pdf

        return activity_pdf(board, head, sections(board))
    if fmt == "xlsx":
        from app.printing.activity_xlsx import activity_xlsx

        return activity_xlsx(board, head, [*sections(board), daily(board), delay_detail(board)])
    raise UserError("report_bad_format", path=fmt)


def write_report(board: Dashboard, path: Path, *, fmt: str | None = None, office: Any) -> str:
    fmt = fmt or format_of(path)
    write_atomic(Path(path), render(board, fmt, office), error="export_write_failed")
    return fmt
