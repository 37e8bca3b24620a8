"""A seeded office whose activity figures are known in advance (the dashboard's tests).

March 2026 in Casablanca: Ramadan puts the office on UTC+0 until 22 March 02:00 UTC, then
back on UTC+1, so days are cut at two different UTC hours within the month. Aïd al-Fitr is
recorded on Friday 20 March (and Saturday 21, a weekend day anyway). The mails, with local
times (M10 is cancelled; M13 is registered at 00:10 on 1 April, in April; M14 to M16 come
from February; M17 is confidential and named to nobody):

=====  ====  =======  =======  ==========  ===================  ==========================
mail   dir   channel  service  type        registered           then
=====  ====  =======  =======  ==========  ===================  ==========================
M1     in    counter  RH       request     Mon 02/03 09:00      assigned 02/03, started
                                                                 Wed 04, answered Fri 06
M2     in    post     RH       request     Fri 06/03 16:00      assigned Mon 09, started
                                                                 Tue 10, answered Mon 16
M3     in    portal   RH       complaint   Thu 19/03 11:00      deposited 10:30, acked
                                                                 11:05; assigned Mon 23 due
                                                                 31/03, started Tue 24,
                                                                 answered 02/04
M4     in    email    BUDGET   invoice     Tue 03/03 23:30      assigned Wed 04 due 10/03
M5     in    counter  RH       letter      Mon 23/03 00:30      assigned 23/03 to agent_rh
                                                                 due 25/03
M6     int.  counter  RH       note        Tue 10/03 10:00      assigned 10/03, closed
                                                                 Thu 12
M7     out   post     RH       letter      Mon 16/03 12:00
M8     out   email    BUDGET   letter      Fri 27/03 15:00
M9     in    post     BUDGET   request     Mon 30/03 09:00      waits at the counter
M10    in    counter  RH       request     Wed 11/03 10:00      cancelled
M11    in    post     (none)   letter      Thu 26/03 10:00      waits at the counter
M12    in    portal   BUDGET   request     Tue 31/03 23:50      deposited 23:40, acked
                                                                 01/04 00:10
M13    in    counter  RH       request     Wed 01/04 00:10      waits at the counter
M14    in    post     RH       request     Fri 27/02 10:00      assigned 02/03 to agent_rh
                                                                 due 05/03
M15    in    counter  BUDGET   complaint   Fri 20/02 10:00      assigned Mon 23/02 due
                                                                 20/03, answered 03/04
M16    in    post     RH       letter      Tue 10/02 10:00      assigned 10/02, closed
                                                                 05/03
M17    in    counter  RH       letter      Thu 12/03 10:00      confidential, waits
=====  ====  =======  =======  ==========  ===================  ==========================

The rows are written directly with these times (the workflow stamps the clock's): the
dashboard reads the tables, whoever wrote them. ``NOW`` is 15 April 2026, 12:00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from app.domain.enums import Role
from app.organisation import setup
from app.organisation.actor import Actor, authenticate
from app.stats import holidays
from app.store.models import (
    Assignment,
    MailEntry,
    MailEvent,
    PortalDeposit,
    Service,
)
from tests.conftest import Office

CASABLANCA = ZoneInfo("Africa/Casablanca")
PASSWORD = "user-pass-2026"
NOW = datetime(2026, 4, 15, 12, 0, tzinfo=CASABLANCA)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def at(day: str, hour: str = "10:00") -> datetime:
    """A local moment ("2026-03-02", "09:00") in Casablanca, as the aware UTC moment stored."""
    moment = datetime.fromisoformat(f"{day}T{hour}").replace(tzinfo=CASABLANCA)
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Mail:
    key: str
    direction: str
    channel: str
    service: str | None
    mail_type: str
    registered: datetime
    status: str
    cancelled: bool = False
    confidential: bool = False
    received: datetime | None = None


MAILS = [
    Mail("M1", "in", "counter", "RH", "request", at("2026-03-02", "09:00"), "answered"),
    Mail("M2", "in", "post", "RH", "request", at("2026-03-06", "16:00"), "answered"),
    Mail(
        "M3",
        "in",
        "portal",
        "RH",
        "complaint",
        at("2026-03-19", "11:00"),
        "answered",
        received=at("2026-03-19", "10:30"),
    ),  # fmt: skip
    Mail("M4", "in", "email", "BUDGET", "invoice", at("2026-03-03", "23:30"), "assigned"),
    Mail("M5", "in", "counter", "RH", "letter", at("2026-03-23", "00:30"), "assigned"),
    Mail("M6", "internal", "counter", "RH", "note", at("2026-03-10"), "closed"),
    Mail("M7", "out", "post", "RH", "letter", at("2026-03-16", "12:00"), "registered"),
    Mail("M8", "out", "email", "BUDGET", "letter", at("2026-03-27", "15:00"), "registered"),
    Mail("M9", "in", "post", "BUDGET", "request", at("2026-03-30", "09:00"), "registered"),
    Mail("M10", "in", "counter", "RH", "request", at("2026-03-11"), "registered", cancelled=True),
    Mail("M11", "in", "post", None, "letter", at("2026-03-26"), "registered"),
    Mail(
        "M12",
        "in",
        "portal",
        "BUDGET",
        "request",
        at("2026-03-31", "23:50"),
        "registered",
        received=at("2026-03-31", "23:40"),
    ),  # fmt: skip
    Mail("M13", "in", "counter", "RH", "request", at("2026-04-01", "00:10"), "registered"),
    Mail("M14", "in", "post", "RH", "request", at("2026-02-27"), "assigned"),
    Mail("M15", "in", "counter", "BUDGET", "complaint", at("2026-02-20"), "answered"),
    Mail("M16", "in", "post", "RH", "letter", at("2026-02-10"), "closed"),
    Mail("M17", "in", "counter", "RH", "letter", at("2026-03-12"), "registered", confidential=True),
]

# (mail, service, agent login or None, assigned at, due, ended at)
ASSIGNMENTS = [
    ("M1", "RH", None, at("2026-03-02", "10:00"), date(2026, 4, 1), None),
    ("M2", "RH", None, at("2026-03-09", "09:00"), date(2026, 4, 8), None),
    ("M3", "RH", None, at("2026-03-23", "09:00"), date(2026, 3, 31), None),
    ("M4", "BUDGET", None, at("2026-03-04", "08:00"), date(2026, 3, 10), None),
    ("M5", "RH", "agent_rh", at("2026-03-23", "10:00"), date(2026, 3, 25), None),
    ("M6", "RH", None, at("2026-03-10", "11:00"), date(2026, 4, 9), at("2026-03-12", "15:00")),
    ("M14", "RH", "agent_rh", at("2026-03-02", "11:00"), date(2026, 3, 5), None),
    ("M15", "BUDGET", None, at("2026-02-23"), date(2026, 3, 20), None),
    ("M16", "RH", None, at("2026-02-10", "11:00"), date(2026, 3, 12), at("2026-03-05")),
]

# (mail, kind, at)
EVENTS = [
    ("M1", "assigned", at("2026-03-02", "10:00")),
    ("M1", "started", at("2026-03-04", "09:00")),
    ("M1", "answered", at("2026-03-06", "11:00")),
    ("M2", "assigned", at("2026-03-09", "09:00")),
    ("M2", "started", at("2026-03-10", "09:00")),
    ("M2", "answered", at("2026-03-16", "12:00")),
    ("M3", "assigned", at("2026-03-23", "09:00")),
    ("M3", "started", at("2026-03-24", "09:00")),
    ("M3", "answered", at("2026-04-02", "09:00")),
    ("M4", "assigned", at("2026-03-04", "08:00")),
    ("M5", "assigned", at("2026-03-23", "10:00")),
    ("M6", "assigned", at("2026-03-10", "11:00")),
    ("M6", "closed", at("2026-03-12", "15:00")),
    ("M10", "cancelled", at("2026-03-11", "11:00")),
    ("M14", "assigned", at("2026-03-02", "11:00")),
    ("M15", "assigned", at("2026-02-23")),
    ("M15", "answered", at("2026-04-03")),
    ("M16", "assigned", at("2026-02-10", "11:00")),
    ("M16", "closed", at("2026-03-05")),
]

# (mail, deposit id, acknowledged at)
DEPOSITS = [
    ("M3", "DEP-0003", at("2026-03-19", "11:05")),
    ("M12", "DEP-0012", at("2026-04-01", "00:10")),
]


@dataclass
class Seeded:
    office: Office
    users: dict[str, Actor]
    ids: dict[str, int]  # mail key -> id
    numbers: dict[str, str]  # mail key -> number

    def __getitem__(self, login: str) -> Actor:
        return self.users[login]


def seed(office: Office) -> Seeded:
    """The office of the module's table, with chef_rh, agent_rh, chef_budget and superviseur."""
    db, admin = office.db, office.admin
    users = {"admin": admin, "fatima": office.clerk}
    for login, role, services in [
        ("chef_rh", Role.CHEF, ["RH"]),
        ("agent_rh", Role.AGENT, ["RH"]),
        ("chef_budget", Role.CHEF, ["BUDGET"]),
        ("superviseur", Role.SUPERVISOR, []),
    ]:
        setup.add_user(
            db,
            admin,
            login=login,
            full_name=login.replace("_", " ").title(),
            role=role,
            password=PASSWORD,
            service_codes=services,
        )
        users[login] = authenticate(db, login, PASSWORD)
    holidays.add_holiday(
        db, admin, date(2026, 3, 20), name_fr="Aïd al-Fitr", name_ar="عيد الفطر", kind="religious"
    )
    holidays.add_holiday(
        db,
        admin,
        date(2026, 3, 21),
        name_fr="Aïd al-Fitr (2e jour)",
        name_ar="عيد الفطر (اليوم الثاني)",
        kind="religious",
    )
    ids: dict[str, int] = {}
    numbers: dict[str, str] = {}
    with db.write() as s:
        services = {code: sid for sid, code in s.execute(select(Service.id, Service.code))}
        seqs: dict[tuple[str, int], int] = {}
        for m in MAILS:
            year = m.registered.astimezone(CASABLANCA).year
            seqs[(m.direction, year)] = seqs.get((m.direction, year), 0) + 1
            prefix = {"in": "A", "out": "D", "internal": "I"}[m.direction]
            number = f"{prefix}-{year}/{seqs[(m.direction, year)]:06d}"
            ids[m.key] = s.execute(
                insert(MailEntry)
                .values(
                    office_id=admin.office_id,
                    direction=m.direction,
                    year=year,
                    seq=seqs[(m.direction, year)],
                    number=number,
                    registered_at=m.registered,
                    registered_by_id=office.clerk.user_id,
                    received_at=m.received,
                    subject=f"Courrier {m.key} — مراسلة {m.key}",
                    mail_type=m.mail_type,
                    channel=m.channel,
                    priority="normal",
                    confidential=m.confidential,
                    pieces=1,
                    service_id=services[m.service] if m.service else None,
                    status=m.status,
                    cancelled=m.cancelled,
                )
                .returning(MailEntry.id)
            ).scalar_one()
            numbers[m.key] = number
        for key, service, agent, when, due, ended in ASSIGNMENTS:
            mail = next(m for m in MAILS if m.key == key)
            s.execute(
                insert(Assignment).values(
                    mail_id=ids[key],
                    service_id=services[service],
                    kind="main",
                    agent_id=users[agent].user_id if agent else None,
                    due_date=due,
                    assigned_by_id=office.clerk.user_id,
                    assigned_at=when,
                    state="done" if mail.status == "closed" else "active",
                    ended_at=ended,
                )
            )
        for key, kind, when in EVENTS:
            s.execute(
                insert(MailEvent).values(
                    mail_id=ids[key], kind=kind, at=when, user_id=office.clerk.user_id
                )
            )
        for key, deposit, acked in DEPOSITS:
            s.execute(
                insert(PortalDeposit).values(
                    office_id=admin.office_id,
                    deposit_id=deposit,
                    state="registered",
                    mail_id=ids[key],
                    payload="{}",
                    attempts=1,
                    first_seen_at=acked - timedelta(minutes=30),
                    updated_at=acked,
                    receipt_id=f"R-{deposit}",
                    acknowledged_at=acked,
                )
            )
    return Seeded(office, users, ids, numbers)
