"""routing-slip, delivery-book, and registered letters from the command line, on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.printing.routing_slip import SIZES
from app.registry.queries import get_mail
from app.store.audit import verify
from app.store.database import Database
from tests.app.cli.conftest import Cli
from tests.support.days import today
from tests.support.pdf import barcodes, pdf_pages, pdf_text

CHEF = {"BO_USER": "chef", "BO_PASSWORD": "chef-pass-2026"}
CLERK = {"BO_USER": "fatima", "BO_PASSWORD": "fatima-2026"}


@pytest.fixture
def org(ready: Cli) -> Cli:
    """``ready`` plus a service BUDGET and its chef."""
    assert ready("service", "add", "--code", "BUDGET", "--name-ar", "مصلحة الميزانية",
                 "--name-fr", "Service du budget").code == 0  # fmt: skip
    done = ready("user", "add", "--login", "chef", "--name", "Hassan Chef", "--role", "chef",
                 "--service", "BUDGET", BO_NEW_PASSWORD="chef-pass-2026")  # fmt: skip
    assert done.code == 0, done.err
    return ready


def _mail(cli: Cli, subject: str, *extra: str) -> str:
    done = cli("--json", "mail", "add", "--direction", "in", "--subject", subject,
               "--correspondent", "شركة الأطلس للنقل", *extra, **CLERK)  # fmt: skip
    assert done.code == 0, done.err
    return str(done.json["number"])


def _events(cli: Cli, number: str) -> list[str]:
    db = Database(cli.url)
    try:
        return [e.kind for e in get_mail(db, number).events]
    finally:
        db.dispose()


def _chain_ok(cli: Cli) -> bool:
    db = Database(cli.url)
    try:
        with db.read() as session:
            return verify(session).ok
    finally:
        db.dispose()


def test_routing_slips_of_several_mails(org: Cli, tmp_path: Path) -> None:
    first = _mail(org, "طلب رخصة البناء", "--service", "RH")
    second = _mail(org, "Demande de remboursement", "--service", "BUDGET")
    assert org("assign", first, "--service", "RH", "--instruction", "SUITE", **CLERK).code == 0
    out = tmp_path / "fiches.pdf"
    done = org("--json", "routing-slip", first, second, "--out", str(out), **CLERK)
    assert done.code == 0, done.err
    assert done.json == {"out": str(out), "slips": 2, "numbers": [first, second], "size": "a4"}
    text = pdf_text(out.read_bytes())
    assert "طلب رخصة البناء" in text and "Demande de remboursement" in text
    assert [barcodes(p) for p in pdf_pages(out.read_bytes(), 150)] == [[first], [second]]
    assert _events(org, first)[-1] == "slip_printed" and _events(org, second)[-1] == "slip_printed"
    a5 = org("routing-slip", first, "--out", str(tmp_path / "a5.pdf"), "--size", "a5")
    assert a5.code == 0 and "a5.pdf" in a5.out
    assert _chain_ok(org)


def test_routing_slips_refused_write_nothing(org: Cli, tmp_path: Path) -> None:
    ours = _mail(org, "Demande", "--service", "RH")
    out = tmp_path / "fiches.pdf"
    unknown = org("routing-slip", ours, "A-2026/999999", "--out", str(out), BO_LANG="ar")
    assert unknown.code == 1 and not out.exists() and "A-2026/999999" in unknown.err
    # The chef of BUDGET may not see RH's mail: refused, exit 3, nothing written or recorded.
    refused = org("routing-slip", ours, "--out", str(out), **CHEF)
    assert refused.code == 3 and not out.exists()
    assert "slip_printed" not in _events(org, ours)


def test_the_delivery_book_and_its_handing_over(org: Cli, tmp_path: Path) -> None:
    rh = [_mail(org, f"Demande n° {i}", "--service", "RH") for i in range(3)]
    budget = _mail(org, "Note", "--service", "BUDGET")
    out = tmp_path / "cahier.pdf"
    done = org("--json", "delivery-book", "--service", "rh", "--date", "today", "--out", str(out),
               "--record", "--receiver", "Hicham Tazi", **CLERK)  # fmt: skip
    assert done.code == 0, done.err
    (sheet,) = done.json["sheets"]
    assert (sheet["service"], [m["number"] for m in sheet["mails"]]) == ("RH", rh)
    assert done.json["first_day"] == done.json["last_day"] == today().isoformat()
    assert [r["numbers"] for r in done.json["recorded"]] == [rh]
    text = pdf_text(out.read_bytes())
    assert all(n in text for n in rh) and budget not in text and "سجل التسليم" in text
    assert _events(org, rh[0])[-1] == "delivered"
    shown = org("mail", "show", rh[0], **CLERK).out
    assert "Remis au service" in shown and "Hicham Tazi" in shown
    # What is left to hand over: BUDGET's mail only; RH's pending sheet is empty.
    again = org(
        "--json", "delivery-book", "--date", today().isoformat(), "--out", str(out), "--pending"
    )
    assert [s["service"] for s in again.json["sheets"]] == ["BUDGET"]
    empty = tmp_path / "vide.pdf"
    nothing = org("delivery-book", "--service", "RH", "--date", "today", "--pending",
                  "--out", str(empty))  # fmt: skip
    assert nothing.code == 1 and not empty.exists() and "Aucun courrier" in nothing.err
    twice = org("delivery-book", "--service", "RH", "--date", "today", "--record",
                "--out", str(empty), **CLERK)  # fmt: skip
    assert twice.code == 1 and not empty.exists()
    assert _chain_ok(org)


def test_delivery_book_usage(org: Cli, tmp_path: Path) -> None:
    _mail(org, "Demande", "--service", "RH")
    out = tmp_path / "cahier.pdf"
    no_user = org("delivery-book", "--date", "today", "--out", str(out), "--record", BO_USER="")
    assert no_user.code == 3 and not out.exists()  # every command names its user
    unknown = org("delivery-book", "--service", "NOPE", "--date", "today", "--out", str(out))
    assert unknown.code == 1 and "NOPE" in unknown.err
    bad = org("delivery-book", "--date", "hier", "--out", str(out))
    assert bad.code == 1 and not out.exists()
    chef = org("--json", "delivery-book", "--date", "today", "--out", str(out), **CHEF)
    assert chef.code == 1  # the chef of BUDGET sees none of RH's mail: nothing to print


def test_registered_letters(org: Cli, tmp_path: Path) -> None:
    added = org("--json", "mail", "add", "--direction", "out", "--subject", "Mise en demeure",
                "--correspondent", "Société Atlas Transport", "--channel", "registered",
                "--ar-number", "RR 1234 5678 9MA", "--service", "RH", **CLERK)  # fmt: skip
    assert added.code == 0, added.err
    number = added.json["number"]
    shown = org("--json", "mail", "show", number).json
    assert (shown["channel"], shown["ar_number"], shown["ar_returned_on"]) == (
        "registered_post",
        "RR 1234 5678 9MA",
        None,
    )
    assert "pas encore revenu" in org("mail", "show", number).out
    pending = org("--json", "mail", "ar-pending", "--days", "0")
    assert [p["number"] for p in pending.json] == [number]
    assert org("--json", "mail", "ar-pending").json == []  # not late on the day it left
    assert "15" in org("mail", "ar-pending").out
    found = org("--json", "search", "demeure", "--channel", "registered")
    assert [r["number"] for r in found.json] == [number]
    back = org("--json", "mail", "ar-returned", number, "--date", "today", **CLERK)
    assert back.code == 0, back.err
    assert back.json == {
        "number": number,
        "ar_number": "RR 1234 5678 9MA",
        "ar_returned_on": today().isoformat(),
    }
    assert f"revenu le {today().isoformat()}" in org("mail", "show", number).out
    assert org("--json", "mail", "ar-pending", "--days", "0").json == []
    again = org("mail", "ar-returned", number, "--date", "today", BO_LANG="ar", **CLERK)
    assert again.code == 1 and "سبق" in again.err
    chef = org("mail", "ar-returned", number, "--date", "today", **CHEF)
    assert chef.code == 3
    wrong = org("mail", "add", "--direction", "out", "--subject", "Lettre", "--correspondent",
                "X", "--ar-number", "RR 1", **CLERK)  # fmt: skip
    assert wrong.code == 1 and "recommandé" in wrong.err


def test_the_slip_sizes_match_the_printing_module() -> None:
    from app.cli.dispatch_cmds import SLIP_SIZES

    assert list(SLIP_SIZES) == list(SIZES)


def test_routing_slips_attached_to_their_mails(org: Cli, tmp_path: Path) -> None:
    first = _mail(org, "طلب رخصة البناء", "--service", "RH")
    second = _mail(org, "Demande", "--service", "RH")
    done = org("--json", "routing-slip", first, second, "--attach", **CLERK)
    assert done.code == 0, done.err
    assert [a["number"] for a in done.json["attached"]] == [first, second]
    assert "out" not in done.json
    db = Database(org.url)
    try:
        (attachment,) = get_mail(db, first).attachments
        assert attachment.name == f"fiche-imputation-{first.replace('/', '-')}.pdf"
        assert attachment.pages == 1
    finally:
        db.dispose()
    neither = org("routing-slip", first, **CLERK)
    assert neither.code == 1 and "--attach" in neither.err
    no_user = org("routing-slip", first, "--attach", BO_USER="")
    assert no_user.code == 3
