"""The schema's version told without Alembic, and Alembic called only when it must be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import SchemaMismatch
from app.store import revision, schema
from app.store.database import Database

ROOT = Path(__file__).resolve().parents[3]


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert revision.head() == schema.head_revision()


def test_the_current_revision_is_alembics(db_url: str) -> None:
    db = Database(db_url)
    assert revision.current(db) is None  # empty: no alembic_version table
    schema.upgrade(db)
    assert revision.current(db) == schema.current_revision(db) == schema.head_revision()
    db.dispose()


def _script(directory: Path, name: str, body: str) -> None:
    (directory / f"{name}.py").write_text(f'"""{name}"""\n\n{body}\n', encoding="utf-8")


def test_a_chain_of_scripts_has_its_last_as_head(tmp_path: Path) -> None:
    _script(tmp_path, "0001_a", 'revision = "0001"\ndown_revision = None')
    _script(tmp_path, "0002_b", "revision = '0002'\ndown_revision = '0001'")
    _script(tmp_path, "0003_c", 'revision: str = "0003"\ndown_revision: str | None = "0002"')
    (tmp_path / "__init__.py").write_text("")
    assert revision.read_head(tmp_path) == "0003"


def test_a_merge_names_both_parents(tmp_path: Path) -> None:
    _script(tmp_path, "0001_a", 'revision = "0001"\ndown_revision = None')
    _script(tmp_path, "0002_b", 'revision = "0002"\ndown_revision = "0001"')
    _script(tmp_path, "0003_c", 'revision = "0003"\ndown_revision = "0001"')
    _script(tmp_path, "0004_m", 'revision = "0004"\ndown_revision = ("0002", "0003")')
    assert revision.read_head(tmp_path) == "0004"


@pytest.mark.parametrize(
    "last",
    [
        'revision = "0003"\ndown_revision = "0001"',  # two heads: 0002 and 0003
        'revision = "0003"\ndown_revision = PARENT',  # not a literal
        'revision = "0003"',  # no down_revision line
    ],
)
def test_scripts_that_cannot_be_read_for_certain_leave_it_to_alembic(
    tmp_path: Path, last: str
) -> None:
    _script(tmp_path, "0001_a", 'revision = "0001"\ndown_revision = None')
    _script(tmp_path, "0002_b", 'revision = "0002"\ndown_revision = "0001"')
    _script(tmp_path, "0003_c", last)
    assert revision.read_head(tmp_path) is None


# Opening a database as the command line does, telling which modules it loaded.
PROBE = """
import json, sys
from app.store import schema
from app.store.database import Database
result = schema.upgrade(Database(sys.argv[1]))
print(json.dumps([result.before, result.after, "alembic" in sys.modules]))
"""


def _open(url: str) -> tuple[str | None, str, bool]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    before, after, alembic = json.loads(proc.stdout)
    return before, after, alembic


def test_alembic_is_loaded_only_when_the_schema_must_change(db_url: str) -> None:
    head = schema.head_revision()
    assert _open(db_url) == (None, head, True)  # created: Alembic runs the migrations
    assert _open(db_url) == (head, head, False)  # current: two reads, no Alembic


def test_a_newer_database_is_still_refused(db_url: str) -> None:
    db = Database(db_url)
    schema.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaMismatch):
        schema.upgrade(db)
    db.dispose()
