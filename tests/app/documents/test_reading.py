"""A path given by a user is read only if it is a regular file, never blocking, capped (item 13).

Before, ``/dev/zero`` read without end and a FIFO blocked its reader for ever: these tests read
in a child process with a memory limit and a time limit, so that the old behaviour fails them
instead of taking the machine down.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from app.documents.inspect import read_file
from app.errors import InvalidFile
from tests.support import files

ROOT = Path(__file__).resolve().parents[3]
READ = """
import sys
from pathlib import Path
from app.documents.inspect import read_file
from app.errors import InvalidFile
try:
    read_file(Path(sys.argv[1]), max_bytes=10 * 1024 * 1024)
except InvalidFile as exc:
    print(exc.code)
"""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))


def _read_in_child(path: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", READ, str(path)],
        capture_output=True,
        text=True,
        timeout=120,  # a safety net for the old behaviour (a FIFO blocked for ever)
        cwd=ROOT,
        preexec_fn=_limited,
        check=False,
    )
    return proc.stdout.strip() or proc.stderr.strip().splitlines()[-1]


def test_dev_zero_is_refused_not_read_without_end() -> None:
    assert _read_in_child(Path("/dev/zero")) == "file_not_regular"


def test_a_fifo_named_pdf_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "lettre.pdf"
    os.mkfifo(fifo)
    assert _read_in_child(fifo) == "file_not_regular"


def test_a_link_the_user_names_is_followed_to_a_regular_file(tmp_path: Path) -> None:
    target = tmp_path / "vrai.pdf"
    target.write_bytes(files.pdf_bytes(1))
    link = tmp_path / "lien.pdf"
    link.symlink_to(target)
    assert read_file(link, max_bytes=10**6).pages == 1
    with pytest.raises(InvalidFile) as refused:
        read_file(link, max_bytes=10**6, follow_links=False)
    assert refused.value.code == "file_is_link"


def test_a_directory_and_a_missing_file(tmp_path: Path) -> None:
    for path, code in ((tmp_path, "file_is_directory"), (tmp_path / "x.pdf", "file_not_found")):
        with pytest.raises(InvalidFile) as refused:
            read_file(path, max_bytes=10**6)
        assert refused.value.code == code
