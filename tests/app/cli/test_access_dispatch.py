"""Dispatch's and signatures' commands under the access rules, on both databases.

The delivery book and registered letters awaiting their AR keep to the user's reach, as
``mail show`` does; what changes the office (a handing-over, the signature settings) needs the
role of its screen and is refused before anything is read or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.registry.queries import get_mail
from app.store.database import Database
from tests.app.cli.conftest import Cli
from tests.support.pdf import pdf_text

CHEF = {"BO_USER": "chef", "BO_PASSWORD": "chef-pass-2026"}
CLERK = {"BO_USER": "fatima", "BO_PASSWORD": "fatima-2026"}


@pytest.fixture
def org(ready: Cli) -> Cli:
    """``ready`` plus a service BUDGET and its chef, Hassan Alaoui."""
    assert ready("service", "add", "--code", "BUDGET", "--name-ar", "مصلحة الميزانية",
                 "--name-fr", "Service du budget").code == 0  # fmt: skip
    done = ready("user", "add", "--login", "chef", "--name", "Hassan Alaoui", "--role", "chef",
                 "--service", "BUDGET", BO_NEW_PASSWORD="chef-pass-2026")  # fmt: skip
    assert done.code == 0, done.err
    return ready


def _mail(cli: Cli, subject: str, *extra: str) -> str:
    done = cli("--json", "mail", "add", "--subject", subject,
               "--correspondent", "شركة الأطلس للنقل", *extra, **CLERK)  # fmt: skip
    assert done.code == 0, done.err
    return str(done.json["number"])


def _events(cli: Cli, number: str) -> list[str]:
    db = Database(cli.url)
    try:
        return [e.kind for e in get_mail(db, number).events]
    finally:
        db.dispose()


def test_a_chefs_delivery_book_keeps_to_their_reach(org: Cli, tmp_path: Path) -> None:
    theirs = _mail(org, "Note sur le budget 2027", "--direction", "in", "--service", "BUDGET")
    secret = _mail(org, "Enquête administrative", "--direction", "in", "--service", "BUDGET",
                   "--confidential")  # fmt: skip
    other = _mail(org, "طلب رخصة إدارية", "--direction", "in", "--service", "RH")
    out = tmp_path / "cahier.pdf"
    done = org("--json", "delivery-book", "--date", "today", "--out", str(out), **CHEF)
    assert done.code == 0, done.err
    listed = [m["number"] for s in done.json["sheets"] for m in s["mails"]]
    # The confidential mail is imputed to their service at the counter: theirs to see.
    assert sorted(listed) == sorted([theirs, secret])
    text = pdf_text(out.read_bytes())
    assert "Note sur le budget 2027" in text
    assert "طلب رخصة إدارية" not in text and other not in text
    # The clerk's book, for comparison, holds all three.
    everything = org("--json", "delivery-book", "--date", "today", "--out", str(out), **CLERK)
    assert sorted(m["number"] for s in everything.json["sheets"] for m in s["mails"]) == sorted(
        [theirs, secret, other]
    )


def test_a_chef_may_not_record_a_handing_over_and_nothing_is_written(
    org: Cli, tmp_path: Path
) -> None:
    theirs = _mail(org, "Note sur le budget 2027", "--direction", "in", "--service", "BUDGET")
    out = tmp_path / "cahier.pdf"
    refused = org("delivery-book", "--date", "today", "--out", str(out), "--record", **CHEF)
    assert refused.code == 3 and "Refusé (" in refused.err, refused.err
    assert not out.exists()
    assert "delivered" not in _events(org, theirs)
    assert "book_printed" not in refused.out


def test_a_chefs_ar_pending_keeps_to_their_reach(org: Cli) -> None:
    theirs = _mail(org, "Mise en demeure", "--direction", "out", "--service", "BUDGET",
                   "--channel", "registered", "--ar-number", "RR 101")  # fmt: skip
    other = _mail(org, "إشعار بقرار", "--direction", "out", "--service", "RH",
                  "--channel", "registered", "--ar-number", "RR 102")  # fmt: skip
    chef = org("--json", "mail", "ar-pending", "--days", "0", **CHEF)
    assert chef.code == 0, chef.err
    assert [r["number"] for r in chef.json] == [theirs]
    clerk = org("--json", "mail", "ar-pending", "--days", "0", **CLERK)
    assert sorted(r["number"] for r in clerk.json) == sorted([theirs, other])
    refused = org("mail", "ar-returned", theirs, "--date", "today", **CHEF)
    assert refused.code == 3 and "Refusé (" in refused.err


def test_signature_settings_are_shown_to_all_and_changed_by_an_administrator(
    org: Cli, tmp_path: Path
) -> None:
    missing = tmp_path / "racine-absente.pem"  # never read: the refusal comes first
    roots = org("signature", "roots", "add", str(missing), **CLERK)
    assert roots.code == 3 and "Refusé (" in roots.err, roots.err
    removed = org("signature", "roots", "remove", "1", **CLERK)
    assert removed.code == 3
    stamp = org("signature", "timestamp", "https://horodatage.example.ma", **CLERK)
    assert stamp.code == 3 and "Refusé (" in stamp.err
    assert org("signature", "timestamp", "--none", **CLERK).code == 3
    assert org("--json", "signature", "roots", **CLERK).json == []
    shown = org("--json", "signature", "timestamp", **CLERK)
    assert shown.code == 0 and shown.json == {"timestamp_url": None}
    done = org("--json", "signature", "timestamp", "https://horodatage.example.ma")  # admin
    assert done.code == 0, done.err
    assert org("--json", "signature", "timestamp", **CHEF).json == {
        "timestamp_url": "https://horodatage.example.ma"
    }
