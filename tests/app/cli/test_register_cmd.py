import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from app.store.database import Database
from app.store.models import AuditEvent
from tests.app.cli.conftest import Cli
from tests.support.pdf import pdf_text

SUBJECTS = ["طلب شهادة إدارية", "Réclamation relative à la facture d'eau", "Demande de congé"]
SENDERS = ["محمد العلوي", "Commune de Fès", "Youssef El Idrissi"]


def _day(cli: Cli) -> list[str]:
    """Three arrivals today (one corrected, one cancelled) and one departure."""
    numbers = []
    for subject, who in zip(SUBJECTS, SENDERS, strict=True):
        done = cli("mail", "add", "--direction", "in", "--subject", subject,
                   "--correspondent", who, "--json")  # fmt: skip
        assert done.code == 0, done.err
        numbers.append(done.json["number"])
    assert cli("mail", "add", "--direction", "out", "--subject", "Réponse",
               "--correspondent", "Commune de Fès").code == 0  # fmt: skip
    assert cli("mail", "correct", numbers[1], "--pieces", "3", "--reason", "Oubli").code == 0
    assert cli("mail", "cancel", numbers[2], "--reason", "Doublon").code == 0
    return numbers


def _last_audit(cli: Cli) -> AuditEvent:
    db = Database(cli.url)
    try:
        with db.read() as s:
            row = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
            assert row is not None
            return row
    finally:
        db.dispose()


def test_register_as_pdf_csv_and_xlsx(ready: Cli, tmp_path: Path) -> None:
    numbers = _day(ready)
    results = {}
    for ext in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"registre.{ext}"
        done = ready(
            "register", "--direction", "in", "--date", "today", "--out", str(out), "--json"
        )
        assert done.code == 0, done.err
        data = done.json
        assert {"out", "entries", "format", "audit_seq", "audit_hash"} <= data.keys()
        assert (data["out"], data["entries"], data["format"]) == (str(out), 3, ext)
        results[ext] = out
        # The anchor names these entries' last change (the cancellation), whatever the format.
        assert (data["audit_seq"], data["audit_hash"]) == (
            results.setdefault("anchor", (data["audit_seq"], data["audit_hash"]))  # type: ignore[arg-type]
        )
        printed = _last_audit(ready)
        assert (printed.action, printed.actor) == ("register.printed", "admin")

    text = " ".join(pdf_text(results["pdf"].read_bytes(), layout=True).split())
    for subject in SUBJECTS:
        assert subject in text
    assert all(n in text for n in numbers) and "Réponse" not in text
    assert "Doublon" in text and "Oubli" in text

    rows = list(csv.reader(io.StringIO(results["csv"].read_text("utf-8-sig")), delimiter=";"))
    assert [r[0] for r in rows[1:]] == numbers
    sheet = load_workbook(results["xlsx"])["Registre"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == numbers


def test_without_a_user_no_register_is_written(ready: Cli, tmp_path: Path) -> None:
    _day(ready)
    before = _last_audit(ready).seq
    out = tmp_path / "r.csv"
    done = ready("register", "--direction", "in", "--date", "today", "--out", str(out),
                 BO_USER="", BO_PASSWORD="")  # fmt: skip
    assert done.code == 3 and "--user" in done.err
    assert not out.exists() and _last_audit(ready).seq == before


def test_an_empty_day_says_so_and_writes_nothing(ready: Cli, tmp_path: Path) -> None:
    out = tmp_path / "vide.pdf"
    done = ready("register", "--direction", "out", "--date", "2020-01-06", "--out", str(out))
    assert done.code == 1
    assert done.err.strip() == (
        "bureau-ordre: Aucun courrier n'est enregistré au registre de départ le 2020-01-06."
    )
    arabic = ready("register", "--direction", "out", "--date", "2020-01-06", "--to", "2020-01-08",
                   "--out", str(out), "--lang", "ar")  # fmt: skip
    assert arabic.code == 1
    assert "لا توجد أي مراسلة مسجلة في سجل الصادرات من 2020-01-06 إلى 2020-01-08" in arabic.err
    assert not out.exists() and list(tmp_path.glob("*.tmp")) == []


def test_unknown_formats_and_bad_dates_are_refused(ready: Cli, tmp_path: Path) -> None:
    out = tmp_path / "registre.docx"
    done = ready("register", "--direction", "in", "--date", "today", "--out", str(out))
    assert done.code == 1 and "choisissez .pdf, .csv ou .xlsx" in done.err
    assert not out.exists()
    bad = ready("register", "--direction", "in", "--date", "2026-13-45", "--out", "r.pdf")
    assert bad.code == 1 and "2026-13-45" in bad.err


def test_the_real_command_prints_a_pdf_without_a_display(ready: Cli, tmp_path: Path) -> None:
    _day(ready)
    out = tmp_path / "registre.pdf"
    env = {**os.environ, **ready.env()}
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "register", "--direction", "in",
         "--date", "today", "--out", str(out), "--json"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF") and json.loads(proc.stdout)["entries"] == 3
