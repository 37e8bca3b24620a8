"""A reading of 200 messages killed (SIGKILL) at points its code reaches: afterwards every
message is in the basket or still in the folder read, none twice, none lost; whatever was
moved to the handled folder was stored first."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from app.mailbox import accounts, parse
from app.store import audit
from app.store.models import MailboxMessage
from tests.conftest import CLERK_PASSWORD, Office
from tests.support import mails
from tests.support.dovecot import Dovecot
from tests.support.keyrings import MemoryKeyring
from tests.support.kill_points import Stoppable
from tests.support.mailboxes import settings_for

MESSAGES = 200
KILLS = 4


def _ids(raws: list[bytes]) -> Counter[str]:
    return Counter(parse.read_message(r).message_id or "" for r in raws)


def _in_basket(office: Office) -> Counter[str]:
    with office.db.read() as session:
        return Counter(session.scalars(select(MailboxMessage.message_id)))


def test_a_reading_killed_anywhere_loses_nothing_and_doubles_nothing(
    office: Office, dovecot: Dovecot, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    user = dovecot.new_user()
    corpus = mails.corpus(MESSAGES, tag="kill")
    sent = _ids(corpus)
    dovecot.append(user, "INBOX", *corpus)
    accounts.save(office.db, office.admin, settings_for(dovecot, user))
    env = dict(
        os.environ,
        BO_DATABASE_URL=office.url,
        BO_USER="fatima",
        BO_PASSWORD=CLERK_PASSWORD,
        BO_MAILBOX_PASSWORD=user.password,
        BO_DATA_DIR=str(tmp_path / "data"),
    )
    args = ["app.cli.main", "mailbox", "fetch", "--json"]
    rng = random.Random(20261207)
    kills = 0
    while kills < KILLS:
        # A message stored is a handful of statements and a commit: stop somewhere in the
        # first few dozen messages of what is left, wherever that falls in the work.
        run = Stoppable(args, env, stop_at=rng.randint(20, 400))
        if run.outcome()[0] == "total":
            break
        run.kill()
        kills += 1
        in_basket = _in_basket(office)
        still_there = _ids(dovecot.messages(user, "INBOX"))
        handled = _ids(dovecot.messages(user, "Traités"))
        assert max(in_basket.values(), default=1) == 1, "a message stored twice"
        assert set(in_basket) | set(still_there) == set(sent), "a message lost"
        assert set(handled) <= set(in_basket), "moved away before it was stored"
        assert max(handled.values(), default=1) == 1
    assert kills == KILLS
    final = subprocess.run(
        [sys.executable, "-m", *args], env=env, capture_output=True, timeout=600, check=False
    )
    assert final.returncode == 0, final.stderr.decode()
    assert _in_basket(office) == sent
    assert dovecot.messages(user, "INBOX") == []
    assert _ids(dovecot.messages(user, "Traités")) == sent
    with office.db.read() as session:
        assert audit.verify(session).ok
