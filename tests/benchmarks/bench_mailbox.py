"""Mailbox intake: 1,000 messages read into the basket by the desk, the GUI kept responsive.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_mailbox \\
        [--messages 1000] [--postgres] [--pg-url SERVER_URL]

Starts a Dovecot on loopback (as the tests do, :mod:`tests.support.dovecot`), puts
``--messages`` different letters in one mailbox (Arabic and French, one in three with a small
PDF attached: :func:`tests.support.mails.corpus`), and an office whose account reads it over
STARTTLS. Then the desk's own reader (:class:`ui.mailbox.reader.MailboxReader`, the reading on
the task runner's slow pool, as in the application) reads it once, from ``read_now`` to its
``finished`` signal, while a 10 ms timer on the GUI thread records the longest gap between two
of its ticks (an event loop that could not run). SQLite is the durable default (WAL,
synchronous=FULL); ``--postgres`` uses a throwaway cluster with fsync on (or a database made on
``--pg-url``). Checks that every message is in the basket once and the mailbox's folder empty.

Targets: 1,000 messages in 60 s or less; no event-loop gap over 100 ms.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TARGET_SECONDS = 60.0
TARGET_GAP_MS = 100.0


@contextmanager
def database(postgres: bool, pg_url: str | None, tmp: Path) -> Iterator[object]:
    from app.store.database import Database
    from tests.support import pgcluster

    if not postgres:
        db = Database(f"sqlite:///{tmp / 'bench.sqlite'}")
        try:
            yield db
        finally:
            db.dispose()
        return
    cluster = None
    if pg_url is None:
        cluster = pgcluster.Cluster(durable=True)
        pg_url = cluster.start()
    name = f"bo_mailbox_{uuid.uuid4().hex[:8]}"
    db = Database(pgcluster.create_database(pg_url, name))
    try:
        yield db
    finally:
        db.dispose()
        pgcluster.drop_database(pg_url, name)
        if cluster is not None:
            cluster.stop()


class GapMeter:
    """The longest time between two ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self.over = 0  # gaps over the target
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.longest = max(self.longest, gap)
        self.over += gap > TARGET_GAP_MS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--pg-url")
    args = parser.parse_args(argv)

    import keyring
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.mailbox import accounts, basket
    from app.organisation.actor import authenticate
    from app.store.schema import upgrade
    from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, set_up_office
    from tests.support import mails
    from tests.support.dovecot import Dovecot
    from tests.support.keyrings import MemoryKeyring
    from tests.support.mailboxes import settings_for
    from ui.mailbox.reader import MailboxReader
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    keyring.set_keyring(MemoryKeyring())
    server = Dovecot().start()
    try:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            os.environ["BO_DATA_DIR"] = str(tmp / "data")
            with database(args.postgres, args.pg_url, tmp) as db:
                upgrade(db)  # type: ignore[arg-type]
                set_up_office(db)  # type: ignore[arg-type]
                admin = authenticate(db, "admin", ADMIN_PASSWORD)  # type: ignore[arg-type]
                clerk = authenticate(db, "fatima", CLERK_PASSWORD)  # type: ignore[arg-type]
                user = server.new_user()
                accounts.save(
                    db,  # type: ignore[arg-type]
                    admin,
                    settings_for(server, user),
                    password=user.password,
                )
                letters = mails.corpus(args.messages, tag="bench")
                started = time.perf_counter()
                server.append(user, "INBOX", *letters)
                size = sum(len(x) for x in letters)
                print(
                    f"{len(letters)} messages ({size / 1e6:.1f} MB) put in the mailbox "
                    f"in {time.perf_counter() - started:.1f} s"
                )

                tasks = TaskRunner()
                reader = MailboxReader(
                    db=db,  # type: ignore[arg-type]
                    tasks=tasks,
                    actor=clerk,
                    first_delay_ms=3_600_000,
                    watch_idle=False,
                )
                loop = QEventLoop()
                outcome: list[object] = []
                reader.finished.connect(lambda r: (outcome.append(r), loop.quit()))
                reader.failed.connect(lambda e: (outcome.append(e), loop.quit()))
                meter = GapMeter()
                meter.start()
                started = time.perf_counter()
                QTimer.singleShot(0, reader.read_now)
                loop.exec()
                seconds = time.perf_counter() - started
                meter.stop()
                reader.stop()
                tasks.wait()
                report = outcome[0]
                waiting = len(basket.pending(db, admin.office_id))  # type: ignore[arg-type]
                left = len(server.messages(user, "INBOX"))
    finally:
        server.remove()
    del app
    backend = "PostgreSQL" if args.postgres else "SQLite"
    taken = getattr(report, "taken", None)
    print(f"{backend}: {taken} taken, {waiting} in the basket, {left} left in the folder read")
    print(
        f"  total {seconds:.1f} s, {args.messages / seconds:.0f} messages/s "
        f"(target {args.messages} in {TARGET_SECONDS * args.messages / 1000:.0f} s); "
        f"longest event-loop gap {meter.longest:.0f} ms, {meter.over} over "
        f"{TARGET_GAP_MS:.0f} ms"
    )
    ok = (
        taken == args.messages
        and waiting == args.messages
        and left == 0
        and seconds <= TARGET_SECONDS * args.messages / 1000
        and meter.longest <= TARGET_GAP_MS
    )
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
