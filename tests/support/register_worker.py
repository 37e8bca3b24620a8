"""A registering process for the concurrency tests and benchmarks.

    python -m tests.support.register_worker URL COUNT START_AT [ROLLBACK_RATE] [SEED]

Waits until the wall clock reaches START_AT (so all workers start together), registers COUNT
incoming mails as the clerk ``BO_USER``/``BO_PASSWORD``, and prints one JSON line: the numbers
it got, how many transactions it rolled back on purpose, and each registration's latency.
With ROLLBACK_RATE > 0, that share of transactions fails after the number was taken (the entry
names a clerk who does not exist: its insert breaks a foreign key, in the statement that took
the number on PostgreSQL, in the one after it on SQLite), and is retried.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time


def main() -> int:
    url, count, start_at = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    rate = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else os.getpid())

    from dataclasses import replace

    from sqlalchemy.exc import IntegrityError

    from app.directory.correspondents import CorrespondentInput
    from app.domain.enums import Direction
    from app.organisation.actor import authenticate
    from app.registry import register
    from app.registry.drafts import MailDraft
    from app.store.database import Database

    db = Database(url)
    actor = authenticate(db, os.environ["BO_USER"], os.environ["BO_PASSWORD"])
    nobody = replace(actor, user_id=-1)
    draft = MailDraft(
        direction=Direction.IN,
        subject=f"طلب رخصة إدارية — demande n° {os.getpid()}",
        correspondent=CorrespondentInput(name_latin="Société Al Amal SARL"),
    )
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    numbers, latencies, rolled_back = [], [], 0
    while len(numbers) < count:
        t0 = time.perf_counter()
        if rng.random() < rate:
            try:
                register.register_mail(db, nobody, draft)
            except IntegrityError:
                rolled_back += 1
                continue
            raise AssertionError("registered for a clerk who does not exist")
        done = register.register_mail(db, actor, draft)
        latencies.append(time.perf_counter() - t0)
        numbers.append(done.number)
    report = {
        "numbers": numbers,
        "rolled_back": rolled_back,
        "latencies": latencies,
        "started_at": max(start_at, time.time() - sum(latencies)),
        "finished_at": time.time(),
    }
    print(json.dumps(report))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
