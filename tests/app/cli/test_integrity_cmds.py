"""audit verify, backup and registering against a tampered database (issue 19, item 15).

Each SQL tampering here went unseen before: ``audit verify`` said "intact". Each now fails
with exit status 1, one line on stderr, a line per problem on stdout and, with ``--json``,
what was altered: which entry or user, which field class, which file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store.database import Database
from tests.app.cli.conftest import Cli
from tests.support import files, tamper


def _add(cli: Cli, subject: str, *extra: str) -> str:
    added = cli(
        "mail", "add", "--direction", "in", "--subject", subject,
        "--correspondent", "جماعة فاس", "--service", "RH", *extra, "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    return str(added.json["number"])


@pytest.fixture
def office(ready: Cli, tmp_path: Path) -> tuple[Cli, str, str]:
    pdf = tmp_path / "lettre.pdf"
    pdf.write_bytes(files.pdf_bytes(2))
    letter = _add(ready, "طلب شهادة إدارية", "--attach", str(pdf))
    other = _add(ready, "Demande de congé administratif")
    return ready, letter, other


def _sql(url: str, statement: str, **params: object) -> None:
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        db.dispose()


TAMPERING = {
    "subject": (
        "UPDATE mail_entries SET subject = 'Objet falsifié' WHERE number = :letter",
        "mail_altered", ["subject"], "objet",
    ),
    "confidential": (
        "UPDATE mail_entries SET confidential = :yes WHERE number = :letter",
        "mail_altered", ["confidential"], "confidentialité",
    ),
    "role": (
        "UPDATE users SET role = 'admin' WHERE login = 'fatima'",
        "user_altered", ["role"], "rôle",
    ),
    "password": (
        "UPDATE users SET password_hash = 'x' WHERE login = 'fatima'",
        "user_altered", ["credentials"], "mot de passe",
    ),
    "counter": (
        "UPDATE number_counters SET last_seq = 1 WHERE direction = 'in'",
        "counter_behind", [], "en retard",
    ),
    "chunks": (
        "DELETE FROM blob_chunks WHERE sha256 = (SELECT sha256 FROM attachments)",
        "content_corrupt", [], "lettre.pdf",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", TAMPERING)
def test_audit_verify_names_what_sql_altered(office: tuple[Cli, str, str], case: str) -> None:
    cli, letter, _ = office
    assert cli("audit", "verify").code == 0
    statement, kind, fields, words = TAMPERING[case]
    params = {"letter": letter, "yes": True}
    _sql(cli.url, statement, **{k: v for k, v in params.items() if f":{k}" in statement})

    result = cli("audit", "verify", "--json")
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Intégrité compromise" in result.err
    data = result.json
    assert data["ok"] is False and data["problem_count"] == 1
    (problem,) = data["problems"]
    assert (problem["kind"], problem["fields"]) == (kind, fields)
    if kind == "mail_altered":
        assert problem["entity"] == letter
    if kind == "content_corrupt":
        assert problem["files"] == [f"{letter}: lettre.pdf"]
    text_out = cli("audit", "verify")
    assert text_out.code == 1 and words in text_out.out


def test_a_recomputed_chain_is_caught_by_the_backups_anchor(
    office: tuple[Cli, str, str], tmp_path: Path
) -> None:
    cli, letter, _ = office
    made = cli("backup", "--out", str(tmp_path / "sauvegarde.bak"), "--json")
    assert made.code == 0, made.err
    anchor_file = Path(made.json["anchor_file"])
    kept = json.loads(anchor_file.read_text(encoding="utf-8"))
    assert (kept["audit_seq"], kept["audit_hash"]) == (
        made.json["audit_seq"],
        made.json["audit_hash"],
    )
    assert cli("audit", "verify", "--anchor", str(anchor_file)).code == 0

    db = Database(cli.url)
    tamper.rewrite_subject(db, letter, "Objet réécrit")
    db.dispose()
    assert cli("audit", "verify").code == 0  # consistent again: only the anchor knows
    for given in (
        str(anchor_file),
        f"{kept['audit_seq']}:{kept['audit_hash']}",
        kept["audit_hash"],
    ):
        caught = cli("audit", "verify", "--anchor", given, "--json")
        assert caught.code == 1
        assert caught.json["problems"][0]["kind"] in ("anchor_mismatch", "anchor_missing")
        assert caught.json["anchors"][0]["found"] is False


def test_the_registers_printed_anchor_catches_a_recomputed_chain(
    office: tuple[Cli, str, str], tmp_path: Path
) -> None:
    cli, letter, _ = office
    printed = cli(
        "register", "--direction", "in", "--date", "today", "--out", str(tmp_path / "r.csv"),
        "--json",
    )  # fmt: skip
    assert printed.code == 0, printed.err
    on_paper = f"n° {printed.json['audit_seq']} — {printed.json['audit_hash']}"
    ok = cli("audit", "verify", "--anchor", on_paper, "--json")
    assert ok.code == 0 and ok.json["anchors"][0]["found"] is True

    db = Database(cli.url)
    tamper.rewrite_subject(db, letter, "Objet réécrit")
    db.dispose()
    caught = cli("audit", "verify", "--anchor", on_paper)
    assert caught.code == 1 and "réécrite" in caught.out


def test_a_counter_set_back_refuses_the_next_registration_clearly(
    office: tuple[Cli, str, str],
) -> None:
    cli, _, other = office
    _sql(cli.url, "UPDATE number_counters SET last_seq = 0 WHERE direction = 'in'")
    refused = cli(
        "mail", "add", "--direction", "in", "--subject", "Nouvelle demande",
        "--correspondent", "Karim Alaoui",
    )  # fmt: skip
    assert refused.code == 1, refused.err
    assert "déjà attribué" in refused.err and other in refused.err
    assert len(cli("mail", "list", "--json").json) == 2
    assert cli("audit", "verify").code == 1


def test_an_unreadable_anchor_is_a_clear_error(office: tuple[Cli, str, str]) -> None:
    cli, _, _ = office
    result = cli("audit", "verify", "--anchor", "pas-une-empreinte")
    assert result.code == 1 and "Ancre illisible" in result.err
