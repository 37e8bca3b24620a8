"""Wrong passwords: a growing delay per account and per machine, then a lock an administrator
lifts; every failure and lock in the audit chain. Time is a clock the tests move."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import and_, or_, select

from app.domain.enums import Role
from app.errors import PermissionDenied
from app.organisation import setup, throttle
from app.organisation.actor import authenticate
from app.store import audit
from app.store.database import Database
from app.store.models import AuditEvent, LoginGuard, User
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, Office

DESK, OTHER_DESK = "guichet-1", "guichet-2"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _try(office: Office, clock: Clock, password: str, login: str = "fatima", machine: str = DESK):  # type: ignore[no-untyped-def]
    return authenticate(office.db, login, password, machine=machine, clock=clock)


def _refusal(office: Office, clock: Clock, password: str, **kw: str) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as caught:
        _try(office, clock, password, **kw)
    return caught.value


def _events(office: Office, prefix: str = "auth.") -> list[tuple[str, str, dict[str, object]]]:
    with office.db.read() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.actor, AuditEvent.payload)
            .where(AuditEvent.action.like(f"{prefix}%"))
            .order_by(AuditEvent.seq)
        ).all()
    return [(a, who, json.loads(p)) for a, who, p in rows]


def test_the_delay_grows_after_three_failures_and_a_success_clears_it(
    office: Office, clock: Clock
) -> None:
    for _ in range(3):  # free
        assert _refusal(office, clock, "faux").code == "bad_credentials"
    # The third failure earned a second: an attempt now is refused unchecked, and not counted.
    early = _refusal(office, clock, CLERK_PASSWORD)
    assert (early.code, early.params["seconds"], early.exit_code) == ("login_wait", 1, 3)
    assert "réessayez dans 1 s" in early.message("fr") and "1 ث" in early.message("ar")
    clock.advance(1)
    assert _refusal(office, clock, "faux").code == "bad_credentials"
    assert _refusal(office, clock, CLERK_PASSWORD).params["seconds"] == 2
    clock.advance(1.5)
    assert _refusal(office, clock, CLERK_PASSWORD).params["seconds"] == 1  # rounded up
    clock.advance(0.5)
    assert _try(office, clock, CLERK_PASSWORD).login == "fatima"
    # Cleared: three free failures again.
    for _ in range(3):
        assert _refusal(office, clock, "faux").code == "bad_credentials"
    failures = [p for a, who, p in _events(office) if a == "auth.failed"]
    assert len(failures) == 7
    assert failures[0] == {"machine": DESK, "via": "login", "failures": 1}
    assert [p["failures"] for p in failures] == [1, 2, 3, 4, 1, 2, 3]
    with office.db.read() as session:
        assert audit.verify(session).ok


def _wait(office: Office, clock: Clock, login: str, machine: str = DESK) -> float:
    """Seconds before ``login`` may try again from ``machine`` (read, not tried)."""
    with office.db.read() as session:
        user_id = session.scalar(select(User.id).where(User.login == login))
        guards = session.scalars(
            select(LoginGuard).where(
                or_(
                    and_(LoginGuard.kind == "user", LoginGuard.key == str(user_id)),
                    and_(LoginGuard.kind == "machine", LoginGuard.key == machine),
                )
            )
        ).all()
    ends = [g.next_attempt_at for g in guards if g.next_attempt_at is not None]
    return max([0.0, *((end - clock()).total_seconds() for end in ends)])


def _fail(office: Office, clock: Clock, login: str, machine: str = DESK) -> str:
    """A wrong password as soon as it is allowed; the refusal's code."""
    clock.advance(_wait(office, clock, login, machine))
    return _refusal(office, clock, "faux", login=login, machine=machine).code


def _fail_until_locked(office: Office, clock: Clock, login: str) -> int:
    """Wrong passwords, each as soon as allowed, until the account is locked; how many."""
    for attempt in range(1, 30):
        code = _fail(office, clock, login)
        if code == "login_locked":
            return attempt
        assert code == "bad_credentials", code
    raise AssertionError("never locked")


def test_ten_failures_lock_the_account_until_an_administrator_unlocks_it(
    office: Office, clock: Clock
) -> None:
    assert _fail_until_locked(office, clock, "fatima") == 10
    clock.advance(86400)  # time does not lift it
    locked = _refusal(office, clock, CLERK_PASSWORD)
    assert locked.code == "login_locked" and "administrateur" in locked.message("fr")
    assert [a.login for a in throttle.locked_accounts(office.db, office.admin)] == ["fatima"]
    with pytest.raises(PermissionDenied):
        throttle.unlock(office.db, office.clerk, "fatima")

    assert throttle.unlock(office.db, office.admin, "fatima") is True
    assert throttle.unlock(office.db, office.admin, "fatima") is False
    assert _try(office, clock, CLERK_PASSWORD).login == "fatima"
    actions = [a for a, _, _ in _events(office)]
    assert actions == ["auth.failed"] * 10 + ["auth.locked", "auth.unlocked"]
    (_, who, locked_payload) = _events(office, "auth.locked")[0]
    assert who == "fatima" and locked_payload["failures"] == 10
    assert _events(office, "auth.unlocked")[0][1] == "admin"
    with office.db.read() as session:
        assert audit.verify(session).ok


def test_the_last_administrator_is_delayed_but_never_locked(office: Office, clock: Clock) -> None:
    assert [_fail(office, clock, "admin") for _ in range(12)] == ["bad_credentials"] * 12
    assert _wait(office, clock, "admin") == 512  # still growing, towards a quarter of an hour
    assert _refusal(office, clock, ADMIN_PASSWORD, login="admin").code == "login_wait"
    clock.advance(512)
    assert _try(office, clock, ADMIN_PASSWORD, login="admin").login == "admin"
    # With a second administrator, the first one locks like anyone.
    setup.add_user(
        office.db,
        office.admin,
        login="admin2",
        full_name="Second administrateur",
        role=Role.ADMIN,
        password=ADMIN_PASSWORD,
    )
    assert _fail_until_locked(office, clock, "admin") == 10
    # admin2 is now the last administrator not locked: never locked.
    assert [_fail(office, clock, "admin2") for _ in range(12)] == ["bad_credentials"] * 12


def test_one_machine_trying_many_accounts_is_slowed_down_not_the_others(
    office: Office, clock: Clock
) -> None:
    tried = ["karim", "nadia", "fatima", "admin"] * 3  # two unknown logins, two real ones
    for login in tried[:10]:  # a busy counter's mistakes cost nothing...
        assert _refusal(office, clock, "faux", login=login).code == "bad_credentials"
    # ... but ten failures from one machine slow every account down there (none is at three).
    assert _refusal(office, clock, CLERK_PASSWORD, login="fatima").code == "login_wait"
    assert _try(office, clock, ADMIN_PASSWORD, login="admin", machine=OTHER_DESK).login == "admin"
    unknown = [p for a, who, p in _events(office) if who == "karim"]
    assert unknown == 3 * [{"machine": DESK, "via": "login", "known": False}]
    clock.advance(3601)  # an hour without a failure: the machine is forgiven
    assert _try(office, clock, ADMIN_PASSWORD, login="admin").login == "admin"


def test_a_password_is_checked_while_its_account_and_machine_are_held(
    office: Office, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parallel attempts (several processes at once) queue: while one password is checked,
    another attempt at the account, or from the machine, cannot even start its transaction,
    and will be judged with this one's failure counted."""
    import sqlite3

    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from app.organisation import passwords

    held: list[bool] = []
    check = passwords.check_password

    def others_blocked() -> bool:
        if office.db.is_sqlite:  # one writer at a time: can another transaction begin?
            conn = sqlite3.connect(str(office.db.sqlite_path), timeout=0)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.rollback()
                return False
            except sqlite3.OperationalError:
                return True
            finally:
                conn.close()
        other = Database(office.url)
        try:
            with other.engine.connect() as conn:
                for kind, key in (("machine", DESK), ("user", str(office.clerk.user_id))):
                    try:
                        conn.execute(
                            text(
                                "SELECT 1 FROM login_guards WHERE kind = :kind AND key = :key "
                                "FOR UPDATE NOWAIT"
                            ),
                            {"kind": kind, "key": key},
                        )
                    except OperationalError:
                        conn.rollback()
                        continue
                    return False
                return True
        finally:
            other.dispose()

    def checking(stored: str, typed: str) -> bool:
        held.append(others_blocked())
        return check(stored, typed)

    assert _refusal(office, clock, "faux").code == "bad_credentials"  # the rows exist now
    monkeypatch.setattr("app.organisation.throttle.check_password", checking)
    assert _refusal(office, clock, "faux").code == "bad_credentials"
    assert _try(office, clock, CLERK_PASSWORD).login == "fatima"
    assert held == [True, True]
    assert not others_blocked()  # and let go once answered


def test_a_deactivated_account_with_its_password_is_refused_and_not_counted(
    office: Office, clock: Clock
) -> None:
    from app.organisation import user_admin

    user_admin.set_user_active(office.db, office.admin, "fatima", False)
    for _ in range(5):
        assert _refusal(office, clock, CLERK_PASSWORD).code == "user_inactive"
    assert _events(office) == []
