"""A registration with a 5 MB attachment killed with SIGKILL at random moments, many times.

After every kill the database holds either the whole mail with its attachment or nothing: no
entry without its file, no file without its entry, no gap in the numbers, an intact audit
chain. Kill times are spread over the whole run of the command, from interpreter start to exit.
"""

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.store import audit
from app.store.models import Attachment, Blob, BlobChunk, MailEntry
from tests.conftest import CLERK_PASSWORD, Office
from tests.support import files

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
        sys.executable,
        "-m",
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

    t0 = time.monotonic()
    first = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    full_run = time.monotonic() - t0
    assert first.returncode == 0, first.stderr

    rng = random.Random(20261123)
    outcomes = {"killed": 0, "finished": 0}
    for i in range(KILLS):
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Most of a run is the interpreter starting; aim two kills in three at its second half,
        # where the file is read, checked and written.
        low = 0.0 if i % 3 == 0 else full_run * 0.5
        time.sleep(rng.uniform(low, full_run * 1.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            outcomes["killed"] += 1
        else:
            outcomes["finished"] += 1
        proc.wait(timeout=60)
        _check_whole_or_nothing(office, digest)
    assert outcomes["killed"] >= KILLS // 2, outcomes

    last = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert last.returncode == 0, last.stderr
    registered = _check_whole_or_nothing(office, digest)
    assert 2 <= registered <= KILLS + 2
