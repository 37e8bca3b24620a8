"""Deposits that break the counter's entry rules (app/portal/deposit_rules.py): quarantined
with their reason while the others go in, on SQLite and PostgreSQL — where a depositor's name
longer than its column made every sync fail, for ever."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.enums import Channel
from app.portal import deposit_rules, engine, intake, overview, synclog
from app.portal.deposits import BadDeposit, read_deposit
from app.portal.sim import BAD_KINDS, run_simulator
from app.store.models import Attachment, MailEntry
from tests.app.portal.conftest import FAST, fast_client
from tests.conftest import Office
from tests.support.files import pdf_bytes

# How each seeded kind that breaks an entry rule is told in the quarantine.
ENTRY_REASONS = {
    "long_name": "too_long",
    "control_chars": "bad_characters",
    "zero_width_subject": "missing_field",
    "far_future": "date_in_future",
}


def _portal_mails(office: Office) -> list[MailEntry]:
    with office.db.read() as session:
        return list(
            session.scalars(select(MailEntry).where(MailEntry.channel == Channel.PORTAL.value))
        )


def test_bad_deposits_are_quarantined_and_the_feed_goes_on(office: Office, sim_dir: Path) -> None:
    assert set(ENTRY_REASONS) <= set(BAD_KINDS)
    with run_simulator(data_dir=sim_dir, seed_deposits=6, seed_bad_deposits=len(BAD_KINDS)) as sim:
        report = engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST, page_size=5)
        assert (report.registered, report.quarantined) == (6, len(BAD_KINDS))
        assert len(_portal_mails(office)) == 6

        bad = sim.bad_deposit_ids()
        held = {q.deposit_id: q for q in overview.quarantined(office.db, office.clerk.office_id)}
        assert set(held) == set(bad)
        for deposit_id, kind in bad.items():
            if kind in ENTRY_REASONS:
                assert held[deposit_id].reason == ENTRY_REASONS[kind], kind
                text = synclog.reason_text(held[deposit_id].reason, "fr")
                assert "{" not in text and text != held[deposit_id].reason
        control = next(d for d, k in bad.items() if k == "control_chars")
        assert held[control].subject.startswith("Demande\\x1b[2J\\x1b]0;pwned\\x07 ")
        long_name = next(d for d, k in bad.items() if k == "long_name")
        assert "dépasse 300 caractères" in (held[long_name].detail or "")

        # The next sync is not stopped by them, nor reads them again.
        sim.add_deposits(2)
        again = engine.sync_once(office.db, office.clerk, retry=FAST)
        assert (again.registered, again.quarantined, again.error) == (2, 0, None)
        state = overview.sync_state(office.db, office.clerk.office_id)
        assert state.last_error is None and state.quarantined == len(BAD_KINDS)

        # A retry asks the portal again, and the deposit stays where it is, said why.
        retried = overview.retry(office.db, office.clerk, long_name, client=fast_client(sim.url))
        assert retried == intake.QUARANTINED
        held = {q.deposit_id: q for q in overview.quarantined(office.db, office.clerk.office_id)}
        assert held[long_name].reason == "too_long" and held[long_name].attempts == 2


def test_what_is_not_worth_a_quarantine_is_made_right(office: Office, sim_dir: Path) -> None:
    with run_simulator(data_dir=sim_dir) as sim:
        deposit_id = sim.add_deposit(
            subject="Demande d'autorisation\u200b",
            letter_date="9999-12-31",
            files=[("rtl\u202efdp.exe.pdf", pdf_bytes(1))],
        )
        report = engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        assert report.registered == 1, overview.quarantined(office.db, office.clerk.office_id)
        (mail,) = _portal_mails(office)
        assert mail.external_ref == deposit_id
        assert mail.subject == "Demande d'autorisation" and mail.letter_date is None
        with office.db.read() as session:
            names = list(session.scalars(select(Attachment.filename)))
        assert names == ["rtlfdp.exe.pdf"]


def test_a_deposit_dated_in_year_9999_is_quarantined(office: Office, sim_dir: Path) -> None:
    with run_simulator(data_dir=sim_dir) as sim:
        later = sim.add_deposit(subject="Réclamation", claimed_at="9999-12-31T23:59:59Z")
        fine = sim.add_deposit(subject="Demande de rendez-vous")
        report = engine.sync_once(office.db, office.clerk, url=sim.url, retry=FAST)
        assert (report.registered, report.quarantined) == (1, 1)
        (held,) = overview.quarantined(office.db, office.clerk.office_id)
        assert (held.deposit_id, held.reason) == (later, "date_in_future")
        assert [m.external_ref for m in _portal_mails(office)] == [fine]


def test_an_id_that_cannot_be_kept_is_logged_and_left(office: Office) -> None:
    raw = {"id": "D" * 150 + "\x1b[2J", "subject": "x"}
    intake.quarantine(office.db, office.clerk.office_id, raw, "no_id")
    assert overview.quarantined(office.db, office.clerk.office_id) == []
    (line,) = synclog.recent(office.db, office.clerk.office_id)
    assert line.code == "deposit_bad_id" and "\x1b" not in line.text("fr")


def _raw(**fields: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "id": "DEP-2026-0000001",
        "deposited_at": "2026-01-05T10:00:00Z",
        "subject": "Demande de copie d'acte",
        "depositor": {"kind": "citizen", "name": "Karim Benjelloun"},
        "files": [],
    }
    raw.update(fields)
    return raw


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (_raw(depositor={"kind": "citizen", "name": "K" * 301}), "too_long"),
        (_raw(reference="R" * 201), "too_long"),
        (_raw(depositor={"kind": "citizen", "name": "K", "email": "e" * 201}), "too_long"),
        (_raw(subject="Objet\x00nul"), "bad_characters"),
        (_raw(subject="\u2060\u200b"), "missing_field"),
        (_raw(depositor={"kind": "citizen", "name": "\u200d"}), "missing_field"),
        (_raw(deposited_at="9999-12-31T23:59:59+00:00"), "date_in_future"),
        (_raw(deposited_at="1800-01-01T00:00:00+00:00"), "date_too_old"),
        (_raw(id="D" * 101), "no_id"),
    ],
)
def test_each_rule_has_its_reason(raw: dict[str, object], reason: str) -> None:
    with pytest.raises(BadDeposit) as caught:
        deposit_rules.check(read_deposit(raw))
    assert caught.value.reason == reason


def test_a_letter_date_out_of_the_window_is_left_out() -> None:
    deposit = deposit_rules.check(read_deposit(_raw(letter_date="2999-01-01")))
    assert deposit.letter_date is None
    kept = deposit_rules.check(read_deposit(_raw(letter_date="2026-01-02")))
    assert kept.letter_date == date(2026, 1, 2)
    assert deposit.deposited_at == datetime(2026, 1, 5, 10, tzinfo=UTC)
