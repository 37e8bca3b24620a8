"""Every print and export keeps to the user's reach, as ``mail show`` does.

The role matrix of tests/app/imputation/test_permissions.py, carried to what leaves the
application on paper or in a file: the label and the receipt of a mail (the command line's
``label`` and ``receipt``, the desk's print jobs), and the register of a day (the command
line's ``register`` as PDF, CSV and XLSX, the desk's register job, which its preview, printer
and files all load). A register keeps every line: those outside the user's reach show their
number, time and clerk and the mask, and nothing of what they hide is anywhere in the file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import Direction
from app.errors import PermissionDenied
from app.imputation import workflow
from app.printing.labels import TEMPLATES
from app.registry.report import MASKED, MASKED_FR
from tests.app.cli.conftest import Cli
from tests.app.imputation.conftest import PASSWORD, Org
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD
from tests.support.pdf import pdf_text
from ui.printing.jobs import label_job, receipt_job
from ui.printing.register_dialog import register_job

TARGETS = ("own", "other", "secret", "secret_own")
# What each target is: its service, whether confidential, and words only it contains.
MAILS = {
    "own": ("RH", False, "Demande d'attestation de travail", "Karim Benjelloun", 101),
    "other": ("BUDGET", False, "Relance facture fournisseur Atlas", "Société Atlas SARL", 202),
    "secret": ("BUDGET", True, "Enquête disciplinaire trésorerie", "Inspection générale", 303),
    "secret_own": ("RH", True, "Dossier médical de l'agent Idrissi", "Clinique Al Amal", 404),
}
PASSWORDS = {"fatima": CLERK_PASSWORD, "admin": ADMIN_PASSWORD}
# The mail each user may not see: masked in the register, refused as label or receipt.
OUT_OF_REACH = {
    "fatima": set(),
    "superviseur": set(),
    "admin": set(),
    "chef_rh": {"other", "secret"},
    "agent_rh": {"other", "secret"},
    "chef_budget": {"own", "secret_own"},
}


def _day(org: Org) -> dict[str, str]:
    """One mail of each target registered today and assigned (RH's to agent_rh)."""
    from app.directory.correspondents import CorrespondentInput
    from app.registry.drafts import MailDraft
    from app.registry.register import register_mail

    numbers = {}
    for target, (service, confidential, subject, who, key) in MAILS.items():
        number = register_mail(
            org.db,
            org.office.clerk,
            MailDraft(
                direction=Direction.IN,
                subject=subject,
                correspondent=CorrespondentInput.from_name(who),
                service_code=service,
                confidential=confidential,
                letter_reference=f"REF-{key}",
                observations=f"Note {key}",
            ),
        ).number
        agent = "agent_rh" if service == "RH" else None
        workflow.assign(org.db, org.office.clerk, [number], service, agent=agent)
        numbers[target] = number
    return numbers


def _cli(org: Org, tmp_path: Path, capsys, monkeypatch) -> Cli:  # type: ignore[no-untyped-def]
    return Cli(org.office.url, tmp_path / "data", capsys, monkeypatch)


def _as(login: str) -> dict[str, str]:
    return {"BO_USER": login, "BO_PASSWORD": PASSWORDS.get(login, PASSWORD)}


@pytest.mark.parametrize("login", list(OUT_OF_REACH))
def test_labels_and_receipts_only_of_mail_the_user_may_see(  # type: ignore[no-untyped-def]
    org: Org, login: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    numbers = _day(org)
    cli = _cli(org, tmp_path, capsys, monkeypatch)
    actor = org[login]
    template = TEMPLATES["a4-3x8"]
    for target, number in numbers.items():
        hidden = target in OUT_OF_REACH[login]
        for command in ("label", "receipt"):
            out = tmp_path / f"{command}-{target}.pdf"
            done = cli(command, number, "--out", str(out), **_as(login))
            if hidden:
                assert done.code == 3 and number in done.err, (login, command, target, done.err)
                assert not out.exists()
            else:
                assert done.code == 0, (login, command, target, done.err)
                assert out.read_bytes().startswith(b"%PDF")
        # The desk's jobs load the same way (before any preview or print).
        for job in (
            label_job(org.db, actor, [number], template),
            receipt_job(org.db, actor, number, "a5"),
        ):
            if hidden:
                with pytest.raises(PermissionDenied):
                    job.load()
            else:
                job.load()


def _csv(data: bytes) -> dict[str, dict[str, str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    heading = [h.split(" / ")[0] for h in rows[0]]
    return {r[0]: dict(zip(heading, r, strict=True)) for r in rows[1:]}


def _xlsx(path: Path) -> dict[str, dict[str, object]]:
    sheet = load_workbook(path)["Registre"]
    rows = list(sheet.iter_rows(values_only=True))
    heading = [str(h).split(" / ")[0] for h in rows[0]]
    return {str(r[0]): dict(zip(heading, r, strict=True)) for r in rows[1:]}


def _secrets(target: str) -> list[str]:
    _, _, subject, who, key = MAILS[target]
    return [subject, who, f"REF-{key}", f"Note {key}"]


@pytest.mark.parametrize("login", list(OUT_OF_REACH))
def test_the_register_masks_what_the_user_may_not_see(  # type: ignore[no-untyped-def]
    org: Org, login: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    numbers = _day(org)
    by_number = {n: t for t, n in numbers.items()}
    masked = {numbers[t] for t in OUT_OF_REACH[login]}
    cli = _cli(org, tmp_path, capsys, monkeypatch)
    files: dict[str, Path] = {}
    fingerprints = set()
    for fmt in ("pdf", "csv", "xlsx"):
        files[fmt] = tmp_path / f"registre.{fmt}"
        done = cli("--json", "register", "--direction", "in", "--date", "today",
                   "--out", str(files[fmt]), **_as(login))  # fmt: skip
        assert done.code == 0, done.err
        assert (done.json["entries"], done.json["masked"]) == (4, len(masked))
        fingerprints.add(done.json["content_sha256"])
    assert len(fingerprints) == 1  # one register, whatever its format

    # Every line is there, in number order; the masked ones keep number, date and clerk only.
    for rows in (_csv(files["csv"].read_bytes()), _xlsx(files["xlsx"])):
        assert list(rows) == sorted(numbers.values())
        for number, row in rows.items():
            target = by_number[number]
            assert row["Date"] and row["Heure"] and row["Enregistré par"] == "fatima"
            if number in masked:
                assert row["Objet"] == MASKED
                assert not any(row[k] for k in ("Expéditeur", "Service", "Pièces", "Observations"))
            else:
                assert row["Objet"] == MAILS[target][2]
                assert row["Service"] == MAILS[target][0]

    text = " ".join(pdf_text(files["pdf"].read_bytes()).split())
    assert all(n in text for n in numbers.values())
    assert (MASKED_FR in text) == bool(masked)
    if masked:
        assert f"dont non communiqués (hors de vos services) {len(masked)}" in text
    raw = {
        "csv": files["csv"].read_bytes().decode("utf-8-sig"),
        "xlsx": str(_xlsx(files["xlsx"])),
        "pdf": text,
    }
    for target in TARGETS:
        for word in _secrets(target):
            for fmt, content in raw.items():
                shown = word in content
                assert shown == (numbers[target] not in masked), (login, fmt, target, word)

    # The desk's register (preview, printer, PDF, CSV and Excel all load this job's report).
    report = register_job(org.db, org[login], Direction.IN, *(2 * [_today()]), "print").load()
    assert {e.number for e in report.entries if e.masked} == masked
    assert report.content_sha256 in fingerprints


def _today():  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.domain.clock import local_tz

    return datetime.now(local_tz()).date()
