"""bureau-ordre receipt NUMBER --out FILE.pdf, audited."""

from pathlib import Path

from app.registry.queries import get_mail
from app.store.audit import verify
from app.store.database import Database
from tests.app.cli.conftest import Cli
from tests.support.pdf import pdf_text


def _add(cli: Cli) -> str:
    done = cli(
        "--json",
        "mail",
        "add",
        "--direction",
        "in",
        "--subject",
        "Demande de congé",
        "--correspondent",
        "Nadia Berrada",
    )
    assert done.code == 0, done.err
    return done.json["number"]


def test_receipt_to_pdf_goes_in_the_history(ready: Cli, tmp_path: Path) -> None:
    number = _add(ready)
    out = tmp_path / "recu.pdf"
    result = ready("--json", "receipt", number, "--out", str(out), "--size", "roll-80")
    assert result.code == 0, result.err
    assert result.json == {"out": str(out), "number": number, "size": "roll-80"}
    assert "Demande de congé" in pdf_text(out.read_bytes())
    db = Database(ready.url)
    try:
        assert get_mail(db, number).events[-1].kind == "receipt_printed"
        with db.read() as session:
            assert verify(session).ok
    finally:
        db.dispose()


def test_unknown_number_writes_nothing(ready: Cli, tmp_path: Path) -> None:
    out = tmp_path / "recu.pdf"
    result = ready("receipt", "A-2026/000999", "--out", str(out), BO_LANG="ar")
    assert result.code == 1 and not out.exists()
    assert "A-2026/000999" in result.err and result.err.count("\n") == 1
