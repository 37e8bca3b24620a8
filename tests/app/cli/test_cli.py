from datetime import date
from pathlib import Path

import pytest

from tests.app.cli.conftest import Cli
from tests.support import files

YEAR = date.today().year


def _add(cli: Cli, *extra: str, **env: str):  # type: ignore[no-untyped-def]
    return cli(
        "mail",
        "add",
        "--direction",
        "in",
        "--subject",
        "شكاية بخصوص فاتورة الماء",
        "--correspondent",
        "جماعة فاس",
        *extra,
        **env,
    )


def test_register_show_and_list_in_json(ready: Cli) -> None:
    added = _add(ready, "--json", "--service", "RH", "--reference", "ر.ع/12/2026")
    assert added.code == 0, added.err
    data = added.json
    assert data["number"] == f"A-{YEAR}/000001"
    assert {"id", "number", "registered_at"} <= data.keys()

    shown = ready("--json", "mail", "show", data["number"])
    entry = shown.json
    assert entry["subject"] == "شكاية بخصوص فاتورة الماء"
    assert entry["correspondent"] == "جماعة فاس"
    assert entry["letter_reference"] == "ر.ع/12/2026"
    # The service chosen at the counter is the imputation: the mail is assigned to RH.
    assert entry["status"] == "assigned" and entry["attachments"] == []
    assert [(a["service"], a["kind"], a["state"]) for a in entry["assignments"]] == [
        ("RH", "main", "active")
    ]

    listed = ready("mail", "list", "--date", "today", "--json")
    assert [(e["number"], e["subject"]) for e in listed.json] == [
        (data["number"], "شكاية بخصوص فاتورة الماء")
    ]


def test_global_options_are_accepted_before_or_after_the_command(ready: Cli) -> None:
    before = ready(
        "--json",
        "mail",
        "add",
        "--direction",
        "out",
        "--subject",
        "Réponse",
        "--correspondent",
        "Société Atlas SARL",
    )
    after = ready(
        "mail",
        "add",
        "--direction",
        "out",
        "--subject",
        "Réponse",
        "--correspondent",
        "Société Atlas SARL",
        "--json",
    )
    assert before.json["number"] == f"D-{YEAR}/000001"
    assert after.json["number"] == f"D-{YEAR}/000002"
    other = ready("mail", "list", "--db", ready.url, "--json", "--direction", "out")
    assert len(other.json) == 2


def test_attachments_are_listed_with_hash_and_pages(ready: Cli, tmp_path: Path) -> None:
    pdf = tmp_path / "demande.pdf"
    pdf.write_bytes(files.pdf_bytes(4))
    added = _add(ready, "--attach", str(pdf), "--json")
    assert added.code == 0, added.err
    att = ready("mail", "show", added.json["number"], "--json").json["attachments"]
    import hashlib

    assert att[0]["name"] == "demande.pdf" and att[0]["pages"] == 4
    assert att[0]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_data_changing_commands_need_the_right_password(ready: Cli) -> None:
    wrong = _add(ready, BO_PASSWORD="not-the-password")
    assert wrong.code != 0 and "mot de passe" in wrong.err.lower()
    assert len(wrong.err.strip().splitlines()) == 1
    clerk = _add(ready, BO_USER="fatima", BO_PASSWORD="fatima-2026", BO_LANG="ar")
    assert clerk.code == 0
    no_user = _add(ready, BO_USER="")
    assert no_user.code != 0 and "--user" in no_user.err
    assert ready("mail", "list", "--json").json[0]["number"] == clerk.out.strip()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--subject", "  "), "objet"),
        (("--service", "INCONNU"), "INCONNU"),
        (("--received-at", "23/11/2026"), "Date invalide"),
    ],
)
def test_bad_input_gets_one_line_and_registers_nothing(
    ready: Cli, args: tuple[str, ...], fragment: str
) -> None:
    result = ready(
        "mail",
        "add",
        "--direction",
        "in",
        "--correspondent",
        "Ahmed Benali",
        "--subject",
        "Demande",
        *args,
    )
    assert result.code != 0
    assert len(result.err.strip().splitlines()) == 1 and fragment in result.err
    assert ready("mail", "list", "--json").json == []


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("abime.pdf", files.corrupt_pdf_bytes(), "endommagé"),
        ("protege.pdf", files.encrypted_pdf_bytes(), "mot de passe"),
        ("facture.pdf", files.EXE_BYTES, "n'est pas un PDF"),
    ],
)
def test_bad_files_get_one_line_and_register_nothing(
    ready: Cli, tmp_path: Path, name: str, content: bytes, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _add(ready, "--attach", str(path))
    assert result.code != 0
    assert len(result.err.strip().splitlines()) == 1 and fragment in result.err
    assert ready("mail", "list", "--json").json == []


def test_messages_follow_the_language(ready: Cli) -> None:
    result = ready("mail", "show", "A-1999/000001", BO_LANG="ar")
    assert result.code != 0 and "لا توجد مراسلة" in result.err


def test_unreachable_database(cli: Cli) -> None:
    result = cli("mail", "list", "--db", "postgresql://nobody@127.0.0.1:1/bo")
    assert result.code != 0
    assert len(result.err.strip().splitlines()) == 1 and "injoignable" in result.err


def test_missing_sqlite_database_says_to_init(cli: Cli, tmp_path: Path) -> None:
    result = cli("mail", "list", "--db", f"sqlite:///{tmp_path / 'absent.sqlite'}")
    assert result.code != 0 and "init" in result.err


def test_init_twice_is_refused(ready: Cli) -> None:
    again = ready("init", "--office-code", "X", "--office-name", "X", "--admin", "root")
    assert again.code != 0 and "déjà" in again.err


def test_correct_and_cancel(ready: Cli) -> None:
    number = _add(ready, "--json").json["number"]
    fixed = ready(
        "mail",
        "correct",
        number,
        "--reason",
        "Erreur de saisie",
        "--subject",
        "شكاية بخصوص فاتورة الكهرباء",
        "--json",
    )
    assert fixed.code == 0 and fixed.json["changed"] == 1
    assert ready("mail", "cancel", number, "--reason", "Doublon").code == 0
    entry = ready("mail", "show", number, "--json").json
    assert entry["cancelled"] is True
    assert [e["kind"] for e in entry["events"]] == ["registered", "corrected", "cancelled"]
    text = ready("mail", "show", number).out
    assert "Erreur de saisie" in text and "فاتورة الماء → " in text


def test_audit_verify_and_backup(ready: Cli, tmp_path: Path) -> None:
    _add(ready)
    verified = ready("audit", "verify", "--json")
    assert verified.code == 0 and verified.json["ok"] and verified.json["rows"] >= 4
    out = tmp_path / "sauvegarde.bak"
    result = ready("backup", "--out", str(out), "--json")
    assert result.code == 0, result.err
    if ready.url.startswith("sqlite"):
        copy = ready("mail", "list", "--json", "--db", f"sqlite:///{out}").json
        assert len(copy) == 1
    else:
        assert out.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format


@pytest.mark.postgres
def test_postgres_backup_without_pg_dump_says_so(
    pg_ready: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = pg_ready("backup", "--out", str(tmp_path / "x.bak"))
    assert result.code != 0 and "pg_dump" in result.err


def test_real_command_exit_status_and_stderr(ready: Cli) -> None:
    ok = ready.subprocess(
        "--json",
        "mail",
        "add",
        "--direction",
        "internal",
        "--subject",
        "Note de service",
        "--correspondent",
        "Division du budget",
    )
    assert ok.code == 0, ok.err
    assert ok.json["number"] == f"I-{YEAR}/000001"
    bad = ready.subprocess("mail", "show", "I-1999/000009")
    assert bad.code != 0 and bad.out == "" and len(bad.err.strip().splitlines()) == 1
