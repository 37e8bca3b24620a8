"""A registration with a 5 MB attachment killed with SIGKILL at many points of its work.

Each kill happens at a point the command's code reached (a statement, its commit, the moment
after it), drawn among a whole run's points: never after a guessed delay, so a busy machine
changes nothing. After every kill the database holds either the whole mail with its attachment
or nothing: no entry without its file, no file without its entry, no gap in the numbers, an
intact audit chain.
"""

import hashlib
import os
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.store import audit
from app.store.models import Attachment, Blob, BlobChunk, MailEntry
from tests.conftest import CLERK_PASSWORD, Office
from tests.support import files
from tests.support.kill_points import Stoppable

pytestmark = pytest.mark.slow
KILLS = 10  # per backend: twenty kills in all


def _command(office: Office, attachment: Path, data_dir: Path) -> tuple[list[str], dict]:
    env = {
        **os.environ,
        "BO_DATABASE_URL": office.url,
        "BO_USER": "fatima",
        "BO_PASSWORD": CLERK_PASSWORD,
        "BO_DATA_DIR": str(data_dir),
    }
    args = [
        "app.cli.main",
        "mail",
        "add",
        "--direction",
        "in",
        "--subject",
        "ملف صفقة عمومية — dossier de marché",
        "--correspondent",
        "Entreprise Chaabi Lil Iskane",
        "--attach",
        str(attachment),
        "--json",
    ]
    return args, env


def _check_whole_or_nothing(office: Office, digest: str) -> int:
    with office.db.read() as s:
        mails = s.scalars(select(MailEntry).order_by(MailEntry.seq)).all()
        for mail in mails:
            assert [a.sha256 for a in mail.attachments] == [digest], mail.number
        assert [m.seq for m in mails] == list(range(1, len(mails) + 1))
        blobs = s.scalars(select(Blob)).all()
        assert [b.sha256 for b in blobs] == ([digest] if mails else [])  # no orphan content
        for blob in blobs:
            chunks = s.scalar(select(func.count()).where(BlobChunk.sha256 == blob.sha256))
            assert chunks == blob.chunk_count
        attachments = s.scalar(select(func.count()).select_from(Attachment))
        assert attachments == len(mails)
        assert audit.verify(s).ok
        return len(mails)


def test_sigkill_never_leaves_half_a_registration(office: Office, tmp_path: Path) -> None:
    data = files.noise_pdf_bytes(5 * 1024 * 1024)
    assert len(data) >= 4.75 * 1024 * 1024
    attachment = tmp_path / "dossier.pdf"
    attachment.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    args, env = _command(office, attachment, tmp_path / "data")

    # Two whole runs: the first registers what a first registration creates once (the
    # correspondent...), the second counts the points of a registration like every later one.
    for _ in range(2):
        run = Stoppable(args, env, stop_at=0)
        word, total, commit = run.outcome()
        assert (word, run.finish()) == ("total", 0)
    _check_whole_or_nothing(office, digest)

    # Kill points spread over the whole registration, from its first statement to the moment
    # after its commit, each reached by the code before the kill (never a guessed delay).
    rng = random.Random(20261123)
    stops = {1, commit, min(commit + 1, total), total}  # the first, around the commit, the end
    while len(stops) < min(KILLS, total):
        stops.add(rng.randint(1, total))
    for stop_at in sorted(stops):
        run = Stoppable(args, env, stop_at=stop_at)
        assert run.outcome() == ("stopped", stop_at, 0)
        run.kill()
        _check_whole_or_nothing(office, digest)

    last = Stoppable(args, env, stop_at=0)
    assert last.outcome()[0] == "total" and last.finish() == 0
    registered = _check_whole_or_nothing(office, digest)
    # Each kill after the commit left its mail; each at it or before it left nothing.
    committed = sum(1 for s in stops if s > commit)
    assert registered == 3 + committed
