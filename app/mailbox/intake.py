"""Reading the mailboxes into the basket: each message once, moved away only once it is safe.

For each account, the folder read is listed, then its messages taken in batches:

1. their sizes, arrival times and Message-IDs are asked for first; a message too large for
   the office is refused without being read, one whose Message-ID the office holds already
   is moved to the handled folder without being read;
2. the others are read whole (a batch is bounded in count and bytes), checked (a virus
   scanner's verdict if one is configured, :func:`app.mailbox.parse.read_message`), and
   stored, the batch in one transaction (:func:`app.mailbox.basket.store`: each row and its
   .eml together, unique per office by Message-ID and by content);
3. only then is the batch moved to the handled folder, and the refused messages, marked with
   the reason as a keyword, to the error folder (the reason also goes to the log).

A reading killed anywhere (SIGKILL included) leaves every message either in the basket or
still in the folder read, or both: the next reading finds the ones in both already stored
and moves them on. Two desks reading at once store each message once (the unique keys), and
each moves what it read; a message already moved by the other is simply no longer there.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import update

from app.domain.clock import now_utc
from app.errors import UserError
from app.mailbox import basket, log, parse
from app.mailbox.accounts import Account, accounts, imap_password
from app.mailbox.imap import (
    TOO_BIG,
    Cancelled,
    Connection,
    Limits,
    MailboxError,
    connect,
    explain,
)
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.registry.register import office_limits
from app.store.database import Database
from app.store.models import MailboxAccount

OVERVIEW_CHUNK = 500
BATCH_COUNT = 25
BATCH_BYTES = 16 * 1024 * 1024

# A virus scanner's verdict on a raw message: None if clean, else what it found.
Scanner = Callable[[bytes], str | None]
# The scanner's command line (e.g. ``clamdscan --no-summary -``), for every reading of this
# desk: the command line's and the desk's in the background alike.
SCANNER_ENV = "BO_MAILBOX_SCANNER"
# (account, messages done, messages to do) as a reading goes.
Progress = Callable[[str, int, int], None]


@dataclass
class AccountReport:
    account: str
    taken: int = 0
    duplicates: int = 0
    refused: int = 0
    left: int = 0  # still in the folder read (a scanner that failed)
    new_ids: list[int] = field(default_factory=list)
    error: UserError | None = None

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "account": self.account,
            "taken": self.taken,
            "duplicates": self.duplicates,
            "refused": self.refused,
            "left": self.left,
            "ids": self.new_ids,
            "error": self.error.code if self.error else None,
            "error_text": self.error.message(lang) if self.error else None,
        }


@dataclass
class FetchReport:
    accounts: list[AccountReport] = field(default_factory=list)
    seconds: float = 0.0
    acks_sent: int = 0
    acks_failed: int = 0

    @property
    def taken(self) -> int:
        return sum(a.taken for a in self.accounts)

    @property
    def duplicates(self) -> int:
        return sum(a.duplicates for a in self.accounts)

    @property
    def refused(self) -> int:
        return sum(a.refused for a in self.accounts)

    @property
    def errors(self) -> list[AccountReport]:
        return [a for a in self.accounts if a.error is not None]

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "taken": self.taken,
            "duplicates": self.duplicates,
            "refused": self.refused,
            "acknowledgements_sent": self.acks_sent,
            "acknowledgements_failed": self.acks_failed,
            "seconds": round(self.seconds, 2),
            "accounts": [a.to_json(lang) for a in self.accounts],
        }


def command_scanner(command: str, *, seconds: float = 120.0) -> Scanner:
    """A scanner run as a command reading the message on its standard input: exit 0 clean,
    1 infected (its first line of output is the verdict), anything else a failure."""
    args = shlex.split(command)

    def scan(raw: bytes) -> str | None:
        try:
            done = subprocess.run(args, input=raw, capture_output=True, timeout=seconds)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise MailboxError("mailbox_scanner_failed", detail=type(exc).__name__) from exc
        if done.returncode == 0:
            return None
        said = done.stdout.decode("utf-8", "replace").strip().splitlines()
        if done.returncode == 1:
            return (said[0] if said else "infected")[:200]
        raise MailboxError("mailbox_scanner_failed", detail=f"exit {done.returncode}")

    return scan


def configured_scanner() -> Scanner | None:
    """The scanner named by ``BO_MAILBOX_SCANNER``, or None when none is configured."""
    command = os.environ.get(SCANNER_ENV, "").strip()
    return command_scanner(command) if command else None


def fetch(
    db: Database,
    actor: Actor,
    *,
    only: str | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
    scanner: Scanner | None = None,
    limits: Limits | None = None,
    send_acks: bool = True,
) -> FetchReport:
    """Read every enabled account (or the one named ``only``) now; what came in.

    ``scanner``: the virus scanner; by default the one configured (:func:`configured_scanner`).
    """
    require(actor.role, Action.READ_MAILBOX)
    if scanner is None:
        scanner = configured_scanner()
    started = time.monotonic()
    report = FetchReport()
    chosen = [a for a in accounts(db, actor.office_id) if (a.name == only if only else a.enabled)]
    if only and not chosen:
        from app.errors import NotFound

        raise NotFound("mailbox_unknown_account", name=only)
    for acc in chosen:
        if cancelled():
            raise Cancelled
        report.accounts.append(
            read_account(
                db,
                actor,
                acc,
                cancelled=cancelled,
                progress=progress,
                scanner=scanner,
                limits=limits,
            )
        )
    if send_acks:
        from app.mailbox import ack

        sent = ack.send_due(db, actor.office_id, cancelled=cancelled)
        report.acks_sent, report.acks_failed = sent.sent, sent.failed
    report.seconds = time.monotonic() - started
    return report


def _set_outcome(
    db: Database, account_id: int, *, attempt: datetime, error: UserError | None
) -> None:
    values: dict[str, Any] = {"last_attempt_at": attempt}
    if error is None:
        values.update(last_success_at=now_utc(), last_error=None, last_error_detail=None)
    else:
        values.update(last_error=error.code, last_error_detail=error.message("fr")[:2000])
    with db.write() as session:
        session.execute(
            update(MailboxAccount).where(MailboxAccount.id == account_id).values(**values)
        )


def read_account(
    db: Database,
    actor: Actor,
    acc: Account,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
    scanner: Scanner | None = None,
    limits: Limits | None = None,
) -> AccountReport:
    """Read one account (see the module); failures are in the report, and in the log."""
    report = AccountReport(acc.name)
    attempt = now_utc()
    try:
        password = imap_password(acc)
        bounds = replace(limits or Limits(), max_message=office_limits(db, actor.office_id))
        conn = connect(acc.endpoint, acc.login, password, limits=bounds, cancelled=cancelled)
        try:
            _Reading(db, actor, acc, conn, report, cancelled, progress, scanner).run()
        except (UserError, Cancelled):
            raise
        except Exception as exc:  # the connection failed under the reading: said in words
            raise explain(exc, acc.endpoint) from exc
        finally:
            _close(conn)
    except MailboxError as exc:
        report.error = exc
    except UserError as exc:  # the office's own trouble (its database): said, and stopped
        report.error = exc
    except Cancelled:
        _log_summary(db, actor, acc, report)
        raise
    _set_outcome(db, acc.id, attempt=attempt, error=report.error)
    _log_summary(db, actor, acc, report)
    return report


def _close(conn: Connection) -> None:
    try:
        conn.arm(5.0, 64 * 1024)
        conn.logout()
    except Exception:
        conn.shutdown()


def _log_summary(db: Database, actor: Actor, acc: Account, report: AccountReport) -> None:
    try:
        if report.error is not None:
            log.record(
                db,
                actor.office_id,
                acc.id,
                log.ERROR,
                "failed",
                account=acc.name,
                error=report.error.code,
                error_params=report.error.params,
            )
        elif report.taken or report.duplicates or report.refused:
            log.record(
                db,
                actor.office_id,
                acc.id,
                log.INFO,
                "read",
                account=acc.name,
                taken=report.taken,
                duplicates=report.duplicates,
                refused=report.refused,
            )
    except UserError:
        pass  # the database is what failed: nothing more to keep


@dataclass
class _Refusal:
    uid: int
    reason: str
    detail: str = ""
    subject: str = ""
    sender: str = ""


class _Reading:
    """One account's folder read through (see the module)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        acc: Account,
        conn: Connection,
        report: AccountReport,
        cancelled: Callable[[], bool],
        progress: Progress | None,
        scanner: Scanner | None,
    ) -> None:
        self.db, self.actor, self.acc, self.conn = db, actor, acc, conn
        self.report = report
        self.cancelled = cancelled
        self.progress = progress
        self.scanner = scanner
        self.done = 0
        self.total = 0

    def run(self) -> None:
        conn, acc = self.conn, self.acc
        for folder in (acc.handled_folder, acc.error_folder):
            if not conn.folder_exists(folder):
                conn.create_folder(folder)
        conn.open_folder(acc.folder)
        uids = conn.search_uids()
        self.total = len(uids)
        self._tell()
        for start in range(0, len(uids), OVERVIEW_CHUNK):
            self._chunk(uids[start : start + OVERVIEW_CHUNK])

    def _tell(self) -> None:
        if self.progress is not None:
            self.progress(self.acc.name, self.done, self.total)

    def _chunk(self, uids: list[int]) -> None:
        if self.cancelled():
            raise Cancelled
        max_message = self.conn.limits.max_message
        overview = self.conn.overview(uids)
        self.done += len(uids) - len(overview)  # gone meanwhile (another desk moved them)
        refusals = [
            _Refusal(o.uid, "too_large", str(o.size), *_peek(o.headers))
            for o in overview.values()
            if o.size > max_message
        ]
        rest = [o for o in overview.values() if o.size <= max_message]
        keys = {
            o.uid: parse.message_key(
                parse.message_id_of(parse.raw_header(o.headers, b"message-id"))
            )
            for o in rest
        }
        held = basket.known(self.db, self.actor.office_id, keys.values())
        duplicates = [o.uid for o in rest if keys[o.uid] in held]
        wanted = [o for o in rest if keys[o.uid] not in held]
        if duplicates:
            self.conn.move(duplicates, self.acc.handled_folder)
            self.report.duplicates += len(duplicates)
            self._log_duplicates(len(duplicates))
        self._refuse(refusals)
        self.done += len(duplicates) + len(refusals)
        self._tell()
        batch: list[Any] = []
        size = 0
        for item in sorted(wanted, key=lambda o: o.uid):
            if batch and (len(batch) >= BATCH_COUNT or size + item.size > BATCH_BYTES):
                self._batch(batch, size)
                batch, size = [], 0
            batch.append(item)
            size += item.size
        if batch:
            self._batch(batch, size)

    def _batch(self, items: list[Any], size: int) -> None:
        if self.cancelled():
            raise Cancelled
        arrived = {o.uid: o.arrived for o in items}
        incoming: list[basket.Incoming] = []
        refusals: list[_Refusal] = []
        for uid, raw in self.conn.fetch_raw([o.uid for o in items], size):
            outcome = self._check(uid, raw, arrived.get(uid))
            if isinstance(outcome, _Refusal):
                refusals.append(outcome)
            elif outcome is not None:
                incoming.append(outcome)
        ids = basket.store(self.db, self.actor, incoming) if incoming else []
        for item, new_id in zip(incoming, ids, strict=True):
            if new_id is None:  # stored meanwhile (another desk, another folder)
                self.report.duplicates += 1
                self._log_duplicates(1, item.parsed.subject, item.parsed.from_address or "")
            else:
                self.report.taken += 1
                self.report.new_ids.append(new_id)
        # Only now, everything read being safely stored, does it leave the folder read.
        self.conn.move(
            [item.uid for item in incoming if item.uid is not None], self.acc.handled_folder
        )
        self._refuse(refusals)
        self.done += len(items)
        self._tell()

    def _check(
        self, uid: int, raw: bytes, arrived: datetime | None
    ) -> _Refusal | basket.Incoming | None:
        """A message read: to be stored, refused (with why), or left where it is (None)."""
        if raw is TOO_BIG or raw == TOO_BIG:
            return _Refusal(uid, "too_large", "")
        try:
            verdict = self.scanner(raw) if self.scanner is not None else None
        except MailboxError as exc:
            self.report.left += 1
            log.record(
                self.db,
                self.actor.office_id,
                self.acc.id,
                log.ERROR,
                "scanner_failed",
                account=self.acc.name,
                uid=uid,
                error=exc.code,
                error_params=exc.params,
            )
            return None
        if verdict is not None:
            subject, sender = _peek(raw)
            return _Refusal(uid, "virus", verdict, subject, sender)
        try:
            parsed = parse.read_message(raw)
        except parse.Unreadable as exc:
            subject, sender = _peek(raw)
            return _Refusal(uid, exc.reason, exc.detail, subject, sender)
        return basket.Incoming(self.acc.id, self.acc.folder, uid, raw, parsed, arrived or now_utc())

    def _refuse(self, refusals: list[_Refusal]) -> None:
        """Say why in the log, mark each with its reason, then move them to the error folder."""
        if not refusals:
            return
        with self.db.write() as session:
            for r in refusals:
                log.write(
                    session,
                    self.actor.office_id,
                    self.acc.id,
                    log.WARNING,
                    "refused",
                    account=self.acc.name,
                    folder=self.acc.error_folder,
                    reason=r.reason,
                    detail=r.detail,
                    subject=r.subject,
                    sender=r.sender,
                )
        by_reason: dict[str, list[int]] = {}
        for r in refusals:
            by_reason.setdefault(r.reason, []).append(r.uid)
        for reason, uids in by_reason.items():
            self.conn.add_keyword(uids, f"BO-refused-{reason}")
        self.conn.move([r.uid for r in refusals], self.acc.error_folder)
        self.report.refused += len(refusals)

    def _log_duplicates(self, count: int, subject: str = "", sender: str = "") -> None:
        log.record(
            self.db,
            self.actor.office_id,
            self.acc.id,
            log.INFO,
            "duplicates",
            account=self.acc.name,
            count=count,
            subject=subject,
            sender=sender,
        )


def _peek(raw: bytes) -> tuple[str, str]:
    """The subject and sender of a message that will not be taken, for the log (best effort)."""
    head, _ = parse.split_raw(raw[:65536])
    subject = parse.raw_header(head, b"subject").decode("utf-8", "replace")
    sender = parse.raw_header(head, b"from").decode("utf-8", "replace")
    return (parse.clean_line(subject, "subject") or "")[:200], (
        parse.clean_line(sender, "correspondent") or ""
    )[:200]
