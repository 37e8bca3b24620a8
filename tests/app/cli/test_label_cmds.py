"""bureau-ordre label NUMBER... --out FILE.pdf: the labels, audited, or nothing at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.registry.queries import get_mail
from app.store.database import Database
from app.store.models import AuditEvent
from tests.app.cli.conftest import Cli
from tests.support.pdf import barcodes, pdf_pages


def _add(cli: Cli, direction: str = "in") -> str:
    done = cli(
        "--json",
        "mail",
        "add",
        "--direction",
        direction,
        "--subject",
        "طلب منحة",
        "--correspondent",
        "جمعية الأمل للتنمية",
    )
    assert done.code == 0, done.err
    return str(done.json["number"])


def _label_audit(url: str) -> list[tuple[str, str, dict[str, object]]]:
    db = Database(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(AuditEvent.actor, AuditEvent.entity_id, AuditEvent.payload)
                .where(AuditEvent.action == "mail.label_printed")
                .order_by(AuditEvent.seq)
            ).all()
        return [(actor, entity, json.loads(payload)) for actor, entity, payload in rows]
    finally:
        db.dispose()


def _audit_rows(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    finally:
        db.dispose()


def _history(url: str, number: str) -> list[tuple[str, str]]:
    db = Database(url)
    try:
        return [(e.kind, e.user) for e in get_mail(db, number).events]
    finally:
        db.dispose()


def test_labels_of_a_user_go_in_the_audit_and_the_history(ready: Cli, tmp_path: Path) -> None:
    first, second = _add(ready), _add(ready, "out")
    out = tmp_path / "etiquettes.pdf"
    done = ready("--json", "label", first, second, "--out", str(out), "--start", "7")
    assert done.code == 0, done.err
    assert done.json == {"out": str(out), "labels": 2, "template": "a4-3x8"}
    (page,) = pdf_pages(out.read_bytes(), 203)
    assert barcodes(page) == sorted([first, second])
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file

    assert _label_audit(ready.url) == [
        ("admin", first, {"template": "a4-3x8", "start": 7, "to": "pdf"}),
        ("admin", second, {"template": "a4-3x8", "start": 7, "to": "pdf"}),
    ]
    assert _history(ready.url, first)[-1] == ("label_printed", "admin")
    verified = ready("--json", "audit", "verify")
    assert verified.code == 0 and verified.json["ok"] is True


def test_without_a_user_nothing_is_printed(ready: Cli, tmp_path: Path) -> None:
    number = _add(ready)
    before = _audit_rows(ready.url)
    out = tmp_path / "label.pdf"
    done = ready("label", number, "--out", str(out), "--template", "thermal-62x29-203", BO_USER="")
    assert done.code == 3 and "--user" in done.err
    assert not out.exists() and _audit_rows(ready.url) == before
    assert _label_audit(ready.url) == []


def test_an_unknown_number_writes_and_records_nothing(ready: Cli, tmp_path: Path) -> None:
    number = _add(ready)
    before = _audit_rows(ready.url)
    out = tmp_path / "label.pdf"
    refused = ready("label", number, "A-2026/999999", "--out", str(out))
    assert refused.code == 1 and not out.exists()
    assert refused.err == "bureau-ordre: Aucun courrier ne porte le numéro A-2026/999999.\n"
    in_arabic = ready("label", "A-2026/999999", "--out", str(out), BO_LANG="ar")
    assert in_arabic.code == 1 and "لا توجد مراسلة تحمل الرقم" in in_arabic.err
    assert _audit_rows(ready.url) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_bad_output_and_bad_start_are_told_clearly(ready: Cli, tmp_path: Path) -> None:
    number = _add(ready)
    before = _audit_rows(ready.url)
    missing_dir = tmp_path / "nowhere" / "label.pdf"
    failed = ready("label", number, "--out", str(missing_dir))
    assert failed.code == 1 and failed.err.startswith("bureau-ordre: Impossible d'écrire")
    assert str(missing_dir) in failed.err and failed.err.count("\n") == 1

    out = tmp_path / "label.pdf"
    bad_start = ready("label", number, "--out", str(out), "--start", "25")
    assert bad_start.code == 1 and "25" in bad_start.err and "24" in bad_start.err
    assert not out.exists() and _audit_rows(ready.url) == before

    with pytest.raises(SystemExit) as usage:
        ready("label", number, "--out", str(out), "--template", "a5")
    assert usage.value.code == 2 and not out.exists()


def test_an_existing_file_is_replaced_whole(ready: Cli, tmp_path: Path) -> None:
    number = _add(ready)
    out = tmp_path / "label.pdf"
    out.write_bytes(b"old content")
    assert ready("label", number, "--out", str(out)).code == 0
    assert out.read_bytes().startswith(b"%PDF")
