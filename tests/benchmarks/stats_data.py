"""Generated work on the search benchmark's million mails: assignments, history, the portal.

:func:`tests.benchmarks.search_data.fill` writes a register of mails over six years with random
statuses; :func:`add_workflow` gives each incoming and internal mail the rows its status
implies, as the desk would have written them: a main assignment to its service (due 30 days
later, an agent named for one mail in three) the same day or up to a few days after its
registration, then taken in hand, answered and closed after realistic gaps (a few hours to a
few weeks, never after now), each step an event of the mail's history; a closed mail's
assignment is done. :func:`add_portal` acknowledges each incoming portal mail's deposit from a
minute to two days after its registration (one in fifty not yet).

The first runs at revision 0004 (before the search index and the reach of 0009 are built by
the upgrade, as in bench_search), the second at the head (the portal's tables came later).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import Table, insert, select

from app.store.database import Database
from app.store.models import Assignment, MailEntry, MailEvent, PortalDeposit, User

CHUNK = 50_000
TREATED = ("in", "internal")


def _later(rng: random.Random, moment: datetime, now: datetime, *, days: float) -> datetime:
    """A moment after ``moment``: the same day mostly, else up to ``days`` later; before now."""
    if rng.random() < 0.4:
        gap = timedelta(minutes=rng.randint(5, 6 * 60))
    else:
        gap = timedelta(days=rng.expovariate(1 / days), minutes=rng.randint(0, 600))
    found = moment + gap
    if found >= now:
        found = moment + (now - moment) * rng.random()
    return found


def add_workflow(db: Database, *, seed: int = 5) -> int:
    """Assignments and history for the register's incoming and internal mail; rows added."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    a_table: Table = Assignment.__table__  # type: ignore[assignment]
    e_table: Table = MailEvent.__table__  # type: ignore[assignment]
    with db.read() as s:
        admin = s.scalar(select(User.id).order_by(User.id).limit(1))
        services = [
            sid for (sid,) in s.execute(select(MailEntry.service_id).distinct()) if sid is not None
        ]
    agents = [admin]
    last = 0
    added = 0
    while True:
        with db.read() as s:
            rows = s.execute(
                select(
                    MailEntry.id,
                    MailEntry.registered_at,
                    MailEntry.direction,
                    MailEntry.status,
                    MailEntry.service_id,
                )
                .where(MailEntry.id > last, MailEntry.direction.in_(TREATED))
                .order_by(MailEntry.id)
                .limit(CHUNK)
            ).all()
        if not rows:
            return added
        last = rows[-1].id
        assignments: list[dict[str, object]] = []
        events: list[dict[str, object]] = []
        for r in rows:
            if r.status == "registered":
                continue
            t1 = _later(rng, r.registered_at, now, days=1.5)
            closed = r.status == "closed"
            steps: list[tuple[str, datetime]] = [("assigned", t1)]
            moment = t1
            if r.status in ("in_progress", "answered", "closed") and rng.random() < 0.8:
                moment = _later(rng, moment, now, days=3)
                steps.append(("started", moment))
            if r.status == "answered" or (closed and rng.random() < 0.6):
                moment = _later(rng, moment, now, days=8)
                steps.append(("answered", moment))
            if closed:
                moment = _later(rng, moment, now, days=4)
                steps.append(("closed", moment))
            assignments.append(
                {
                    "mail_id": r.id,
                    "service_id": r.service_id or rng.choice(services),
                    "kind": "main",
                    "agent_id": rng.choice(agents) if rng.random() < 0.3 else None,
                    "instructions": None,
                    "note": None,
                    "due_date": (t1 + timedelta(days=30)).date(),
                    "assigned_by_id": admin,
                    "assigned_at": t1,
                    "state": "done" if closed else "active",
                    "ended_at": moment if closed else None,
                    "previous_id": None,
                }
            )
            events += [
                {
                    "mail_id": r.id,
                    "kind": kind,
                    "at": when,
                    "user_id": admin,
                    "reason": None,
                    "changes": None,
                }
                for kind, when in steps
            ]
        with db.write() as s:
            s.execute(insert(a_table), assignments)
            s.execute(insert(e_table), events)
        added += len(assignments) + len(events)


def add_portal(db: Database, *, seed: int = 7) -> int:
    """The deposits behind the incoming portal mail, acknowledged; rows added."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    table: Table = PortalDeposit.__table__  # type: ignore[assignment]
    with db.read() as s:
        mails = s.execute(
            select(MailEntry.id, MailEntry.office_id, MailEntry.registered_at).where(
                MailEntry.channel == "portal", MailEntry.direction == "in"
            )
        ).all()
    rows = []
    for r in mails:
        acked = r.registered_at + timedelta(minutes=rng.choice([1, 2, 5, 15, 60, 240, 2880]))
        if acked >= now or rng.random() < 0.02:
            acked = None
        rows.append(
            {
                "office_id": r.office_id,
                "deposit_id": f"DEP-{r.id}",
                "state": "registered",
                "mail_id": r.id,
                "payload": "{}",
                "reason": None,
                "detail": None,
                "attempts": 1,
                "first_seen_at": r.registered_at,
                "updated_at": acked or r.registered_at,
                "receipt_id": f"R-{r.id}" if acked else None,
                "acknowledged_at": acked,
            }
        )
    for i in range(0, len(rows), CHUNK):
        with db.write() as s:
            s.execute(insert(table), rows[i : i + CHUNK])
    return len(rows)
