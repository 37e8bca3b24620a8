"""The activity dashboard of a period: what the supervisor and the chefs read about the office.

:func:`dashboard` asks the database for its aggregates (:mod:`app.stats.queries`: five
statements, whatever the number of mails) and returns a :class:`Dashboard`, plain data from
which the desk's charts and tables, the monthly report (PDF, XLSX) and ``bureau-ordre stats``
read every figure:

- volumes of the period per day, ISO week and month, by direction, channel and service;
- delays in working days per service and mail type, for each stage — registration to first
  assignment, assignment to first action (taken in hand, answered or closed), first action to
  answer, and registration to answer — as median and 90th percentile (exact: histograms,
  :mod:`app.stats.percentiles`); incoming and internal mail registered in the period;
- the open stock and the overdue mail per service (and per agent) as at the end of the period
  (or now, for a period that has not ended);
- the coverage rate: of the incoming mail received in a period, the share answered by then;
- the portal's share of incoming mail and the delay from a deposit to its acknowledgement.

A mail's service, everywhere here, is the one it was registered for (the register's Service
column): every figure can be opened in the register on exactly its mails
(:mod:`app.stats.slices`). Cancelled mail is left out. Days are the office's local days.

Who may see it: supervisors and administrators (the whole office) and chefs (the mail of their
services and sub-services, by the rules of :mod:`app.imputation.visibility`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock, window
from app.domain.enums import Channel, Direction, MailType, Role
from app.domain.text import clean
from app.errors import NotFound, PermissionDenied, UsageError
from app.imputation.visibility import mail_filter, scope_of
from app.organisation.actor import Actor
from app.stats import percentiles, queries
from app.stats.calendar import WorkCalendar, day_of, offsets, span_utc
from app.stats.holidays import days_off
from app.stats.percentiles import MEDIAN, P90
from app.store.database import Database
from app.store.models import Service, User

Granularity = Literal["day", "week", "month"]
GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month")
Dimension = Literal["direction", "channel", "service"]
STATS_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN, Role.CHEF})
STAGE_NAMES = tuple(name for name, _a, _b in queries.STAGES)
NO_SERVICE = "-"  # the key of mail registered for no service
# How far back the working days are numbered before the period: a step dated a little
# before its mail's registration (another counter's clock) still finds its day.
_CALENDAR_MARGIN = timedelta(days=7)


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name_fr: str
    name_ar: str

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr


@dataclass(frozen=True)
class Bucket:
    """A day, an ISO week or a month of the period (clipped to the period)."""

    key: str  # 2026-03-02, 2026-W10, 2026-03
    first: date
    last: date


@dataclass(frozen=True)
class DelayFigure:
    count: int
    median: Fraction | None
    p90: Fraction | None

    @classmethod
    def of(cls, histogram: Counter[int]) -> DelayFigure:
        return cls(
            percentiles.count(histogram),
            percentiles.percentile(histogram, MEDIAN),
            percentiles.percentile(histogram, P90),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "median": percentiles.as_number(self.median),
            "p90": percentiles.as_number(self.p90),
        }


@dataclass(frozen=True)
class Coverage:
    bucket: Bucket | None  # None: the whole period
    received: int
    answered: int

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.answered, self.received) if self.received else None

    def to_json(self) -> dict[str, Any]:
        rate = self.rate
        return {
            "received": self.received,
            "answered": self.answered,
            "rate": round(float(rate), 4) if rate is not None else None,
        }


def bucket_of(day: date, granularity: Granularity) -> tuple[str, date, date]:
    """The bucket holding ``day``: its key and its whole span."""
    if granularity == "day":
        return day.isoformat(), day, day
    if granularity == "week":
        year, week, weekday = day.isocalendar()
        monday = day - timedelta(days=weekday - 1)
        return f"{year}-W{week:02d}", monday, monday + timedelta(days=6)
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return f"{day:%Y-%m}", first, following - timedelta(days=1)


@dataclass
class Dashboard:
    """The figures of one period for one viewer (see the module). Plain data."""

    first: date
    last: date
    as_at: datetime
    today: date  # the local day the stock and the overdue mail are read at
    viewer_role: str
    viewer_services: tuple[str, ...] | None  # a chef's services (codes), None: the office
    service: ServiceInfo | None  # the service asked for, if any
    services: dict[int, ServiceInfo]
    agents: dict[int, str]
    working_days: int
    holidays: list[date]
    cube: list[tuple[date, str, str, int | None, int]]
    milestones: queries.Milestones
    stock: dict[int | None, int]
    overdue: dict[tuple[int | None, int | None], int]
    acknowledgements: queries.Acknowledgements
    _buckets: dict[Granularity, list[Bucket]] = field(default_factory=dict, repr=False)

    # --- naming

    def service_code(self, service_id: int | None) -> str:
        if service_id is None:
            return NO_SERVICE
        found = self.services.get(service_id)
        return found.code if found else str(service_id)

    def agent_login(self, agent_id: int | None) -> str | None:
        return None if agent_id is None else self.agents.get(agent_id, str(agent_id))

    # --- periods

    def buckets(self, granularity: Granularity) -> list[Bucket]:
        if granularity not in self._buckets:
            found: list[Bucket] = []
            day = self.first
            while day <= self.last:
                key, first, last = bucket_of(day, granularity)
                found.append(Bucket(key, max(first, self.first), min(last, self.last)))
                day = last + timedelta(days=1)
            self._buckets[granularity] = found
        return self._buckets[granularity]

    def _index(self, granularity: Granularity) -> Callable[[date], int]:
        keys = {b.key: i for i, b in enumerate(self.buckets(granularity))}
        return lambda day: keys[bucket_of(day, granularity)[0]]

    # --- volumes

    def _key(self, dimension: Dimension | None, row: tuple[date, str, str, int | None, int]) -> str:
        if dimension == "direction":
            return row[1]
        if dimension == "channel":
            return row[2]
        if dimension == "service":
            return self.service_code(row[3])
        return "all"

    def total(self) -> int:
        return sum(row[4] for row in self.cube)

    def totals(
        self, dimension: Dimension, where: Callable[[tuple[Any, ...]], bool] | None = None
    ) -> dict[str, int]:
        """Mails of the period per value of ``dimension``, largest first."""
        found: Counter[str] = Counter()
        for row in self.cube:
            if where is None or where(row):
                found[self._key(dimension, row)] += row[4]
        return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))

    def keys(self, dimension: Dimension) -> list[str]:
        """The values of ``dimension`` shown, in a stable order: directions and channels in
        their vocabulary's order, services by code (no service last)."""
        present = set(self.totals(dimension))
        if dimension == "direction":
            return [d.value for d in Direction if d.value in present]
        if dimension == "channel":
            return [c.value for c in Channel if c.value in present]
        codes = sorted(k for k in present if k != NO_SERVICE)
        return codes + ([NO_SERVICE] if NO_SERVICE in present else [])

    def series(self, granularity: Granularity, dimension: Dimension | None) -> dict[str, list[int]]:
        """Mails per bucket of ``granularity``, one list (aligned with :meth:`buckets`) per
        value of ``dimension`` (one list "all" without one)."""
        size = len(self.buckets(granularity))
        index = self._index(granularity)
        keys = self.keys(dimension) if dimension else ["all"]
        found = {k: [0] * size for k in keys}
        for row in self.cube:
            found[self._key(dimension, row)][index(row[0])] += row[4]
        return found

    # --- delays

    def delay(
        self,
        stage: str,
        *,
        service: str | None = None,
        mail_type: str | None = None,
    ) -> DelayFigure:
        """The delays of ``stage`` for one service and/or mail type (both None: all)."""
        return DelayFigure.of(
            percentiles.merge(
                h
                for (s, sid, t), h in self.milestones.delays.items()
                if s == stage
                and (service is None or self.service_code(sid) == service)
                and (mail_type is None or t == mail_type)
            )
        )

    def delay_keys(self, by: Literal["service", "type"]) -> list[str]:
        """Services (by code) or mail types that have delays, in a stable order."""
        if by == "service":
            codes = {self.service_code(sid) for (_s, sid, _t) in self.milestones.delays}
            return sorted(c for c in codes if c != NO_SERVICE) + (
                [NO_SERVICE] if NO_SERVICE in codes else []
            )
        types = {t for (_s, _sid, t) in self.milestones.delays}
        return [t.value for t in MailType if t.value in types]

    def delay_pairs(self) -> list[tuple[str, str]]:
        """(service code, mail type) pairs that have delays, in order."""
        pairs = {(self.service_code(sid), t) for (_s, sid, t) in self.milestones.delays}
        order = {t.value: i for i, t in enumerate(MailType)}
        return sorted(pairs, key=lambda p: (p[0] == NO_SERVICE, p[0], order.get(p[1], 99)))

    # --- stock, overdue

    def stock_total(self) -> int:
        return sum(self.stock.values())

    def stock_by_service(self) -> dict[str, int]:
        found: Counter[str] = Counter()
        for sid, n in self.stock.items():
            found[self.service_code(sid)] += n
        return dict(sorted(found.items()))

    def overdue_total(self) -> int:
        return sum(self.overdue.values())

    def overdue_by_service(self) -> dict[str, int]:
        found: Counter[str] = Counter()
        for (sid, _agent), n in self.overdue.items():
            found[self.service_code(sid)] += n
        return dict(sorted(found.items()))

    def overdue_by_agent(self) -> list[tuple[str, str | None, int]]:
        """(service code, agent login or None, count), most overdue first."""
        rows = [
            (self.service_code(sid), self.agent_login(agent), n)
            for (sid, agent), n in self.overdue.items()
        ]
        return sorted(rows, key=lambda r: (-r[2], r[0], r[1] or ""))

    # --- coverage

    def coverage(self, granularity: Granularity | None = None) -> list[Coverage]:
        """Received (incoming) and answered by the frame's moment, per bucket (or one for the
        whole period)."""
        buckets: list[Bucket | None] = list(self.buckets(granularity)) if granularity else [None]
        index = self._index(granularity) if granularity else (lambda _day: 0)
        received = [0] * len(buckets)
        answered = [0] * len(buckets)
        for row in self.cube:
            if row[1] == Direction.IN.value:
                received[index(row[0])] += row[4]
        for day_n, n in self.milestones.answered.items():
            answered[index(day_of(day_n))] += n
        return [Coverage(b, r, a) for b, r, a in zip(buckets, received, answered, strict=True)]

    # --- the portal

    def incoming(self) -> int:
        return sum(row[4] for row in self.cube if row[1] == Direction.IN.value)

    def portal_received(self) -> int:
        return sum(
            row[4]
            for row in self.cube
            if row[1] == Direction.IN.value and row[2] == Channel.PORTAL.value
        )

    def portal_share(self) -> Fraction | None:
        incoming = self.incoming()
        return Fraction(self.portal_received(), incoming) if incoming else None

    def acknowledgement_delay(self) -> DelayFigure:
        """Minutes from a deposit to its acknowledgement."""
        return DelayFigure.of(self.acknowledgements.minutes)

    # --- JSON

    def to_json(self) -> dict[str, Any]:
        def by_dims(where: Callable[[tuple[Any, ...]], bool] | None = None) -> dict[str, Any]:
            return {
                "by_direction": self.totals("direction", where),
                "by_channel": self.totals("channel", where),
                "by_service": self.totals("service", where),
            }

        volumes: dict[str, Any] = {}
        for g in GRANULARITIES:
            index = self._index(g)
            volumes[g] = [
                {
                    "period": b.key,
                    "from": b.first.isoformat(),
                    "to": b.last.isoformat(),
                    "total": sum(r[4] for r in self.cube if index(r[0]) == i),
                    **by_dims(lambda r, i=i, index=index: index(r[0]) == i),  # type: ignore[misc]
                }
                for i, b in enumerate(self.buckets(g))
            ]
        delays = {
            stage: {
                "all": self.delay(stage).to_json(),
                "by_service": {
                    k: self.delay(stage, service=k).to_json() for k in self.delay_keys("service")
                },
                "by_type": {
                    k: self.delay(stage, mail_type=k).to_json() for k in self.delay_keys("type")
                },
                "by_service_type": [
                    {"service": s, "type": t, **self.delay(stage, service=s, mail_type=t).to_json()}
                    for s, t in self.delay_pairs()
                    if self.delay(stage, service=s, mail_type=t).count
                ],
            }
            for stage in STAGE_NAMES
        }
        coverage = {
            **self.coverage()[0].to_json(),
            **{
                g: [{"period": c.bucket.key, **c.to_json()} for c in self.coverage(g) if c.bucket]
                for g in GRANULARITIES
            },
        }
        share = self.portal_share()
        return {
            "period": {
                "from": self.first.isoformat(),
                "to": self.last.isoformat(),
                "as_at": self.as_at.isoformat(),
                "day": self.today.isoformat(),
                "working_days": self.working_days,
                "holidays": [d.isoformat() for d in self.holidays],
            },
            "viewer": {"role": self.viewer_role, "services": self.viewer_services},
            "service": self.service.code if self.service else None,
            "totals": {"mails": self.total(), **by_dims()},
            "volumes": volumes,
            "delays": {"unit": "working_days", **delays},
            "stock": {"total": self.stock_total(), "by_service": self.stock_by_service()},
            "overdue": {
                "total": self.overdue_total(),
                "by_service": self.overdue_by_service(),
                "by_agent": [
                    {"service": s, "agent": a, "count": n} for s, a, n in self.overdue_by_agent()
                ],
            },
            "coverage": coverage,
            "portal": {
                "received": self.portal_received(),
                "incoming": self.incoming(),
                "share": round(float(share), 4) if share is not None else None,
                "acknowledged": self.acknowledgement_delay().count,
                "waiting": self.acknowledgements.waiting,
                "acknowledgement_minutes": self.acknowledgement_delay().to_json(),
            },
        }


# --- building it -----------------------------------------------------------------------------


def check_viewer(actor: Actor) -> None:
    if Role(actor.role) not in STATS_ROLES:
        raise PermissionDenied("denied_role", role=actor.role, action="stats")


def check_period(first: date, last: date) -> None:
    window.check_period(first, last)
    if (last - first).days > 3 * 366:
        raise UsageError("stats_period_too_long", first=first.isoformat(), last=last.isoformat())


def dashboard(
    db: Database,
    actor: Actor,
    first: date,
    last: date,
    *,
    service_code: str | None = None,
    now: datetime | None = None,
) -> Dashboard:
    """The dashboard of the local days ``first`` to ``last`` as ``actor`` may see it,
    restricted to the mail registered for ``service_code`` if given. ``now``: the moment it is
    read at (tests; default the clock)."""
    check_viewer(actor)
    check_period(first, last)
    moment = (now or clock.now_utc()).astimezone(UTC)
    start, end = span_utc(first, last)
    as_at = min(end, max(start, moment))
    today = clock.to_local(as_at - timedelta(microseconds=1)).date()
    with db.read() as session:
        scope = scope_of(session, actor)
        services = {
            s.id: ServiceInfo(s.id, s.code, s.name_fr, s.name_ar)
            for s in session.execute(
                select(Service.id, Service.code, Service.name_fr, Service.name_ar).where(
                    Service.office_id == actor.office_id
                )
            )
        }
        wanted: ServiceInfo | None = None
        if service_code:
            code = clean(service_code).upper()
            wanted = next((s for s in services.values() if s.code == code), None)
            if wanted is None:
                raise NotFound("unknown_service", code=code)
        span_first = first - _CALENDAR_MARGIN
        span_last = max(today, last) + timedelta(days=1)
        holidays = days_off(session, actor.office_id, span_first, span_last)
        calendar = WorkCalendar(span_first, span_last, frozenset(holidays))
        frame = queries.Frame(
            first=first,
            last=last,
            start=start,
            end=end,
            as_at=as_at,
            zones=offsets(start - _CALENDAR_MARGIN, max(end, as_at) + timedelta(days=1)),
            calendar=calendar,
            visible=mail_filter(scope),
            service_id=wanted.id if wanted else None,
            today=today,
        )
        # The delays, the longest statement, on a second connection meanwhile (the figures
        # are independent; on a register that changes between them, each is as it stood
        # when it was read, a moment apart).
        with ThreadPoolExecutor(max_workers=1) as pool:
            delays = pool.submit(_read, db, queries.milestones, frame)
            cube = [
                (day_of(d), direction, channel, service_id, n)
                for d, direction, channel, service_id, n in queries.volumes(session, frame)
            ]
            stock = queries.stock(session, frame)
            overdue = queries.overdue(session, frame)
            acks = queries.acknowledgements(session, frame)
            found = delays.result()
        agent_ids = {a for (_s, a) in overdue if a is not None}
        agents = (
            {
                uid: login
                for uid, login in session.execute(
                    select(User.id, User.login).where(User.id.in_(agent_ids))
                )
            }
            if agent_ids
            else {}
        )
    in_period = [d for d in holidays if first <= d <= last]
    return Dashboard(
        first=first,
        last=last,
        as_at=as_at,
        today=today,
        viewer_role=actor.role,
        viewer_services=None
        if scope.whole_register
        else tuple(sorted(services[s].code for s in scope.tree if s in services)),
        service=wanted,
        services=services,
        agents=agents,
        working_days=sum(1 for d in _days(first, last) if calendar.is_working(d)),
        holidays=in_period,
        cube=cube,
        milestones=found,
        stock=stock,
        overdue=overdue,
        acknowledgements=acks,
    )


def _read(
    db: Database, query: Callable[[Session, queries.Frame], Any], frame: queries.Frame
) -> Any:
    with db.read() as session:
        return query(session, frame)


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
