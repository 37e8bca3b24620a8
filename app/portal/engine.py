"""One sync with the portal: what is owed goes out, new deposits come in, statuses follow.

Order of a sync:

1. the outbox is pushed (acknowledgements, statuses and outgoing mail owed from before);
2. the directory of offices is refreshed (kept for offline use);
3. quarantined deposits whose file the portal did not deliver are tried again (up to
   :data:`~app.portal.intake.AUTOMATIC_ATTEMPTS` times in all, each try counted);
4. the feed is read page by page from the link's cursor (:mod:`app.portal.feed`, within
   bounds): each deposit becomes one registered mail or a quarantined deposit
   (:mod:`app.portal.intake`) — a file that answers 404 or never arrives quarantines its
   deposit, not the sync; the cursor is saved only after every deposit of the page is
   recorded, then the page's acknowledgements go out; a feed whose cursor does not move
   stops the sync (``portal_cursor_stuck``), and so do :data:`UNDELIVERED_RUN` deposits in
   a row whose files did not come (the portal is failing, not the deposits);
5. status changes of portal mails become outbox items, and go out.

Killed at any point, the next sync redoes at most the page it was in: deposits already
recorded are recognised by their id, acknowledgements re-sent under their keys get the same
receipt. The report and the log say what was done; a failure is recorded on the link (the
indicator shows it) and raised.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from app import config
from app.domain.clock import now_utc
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.portal import intake, outbox, statuses, synclog
from app.portal import spool as spool_module
from app.portal.client import Cancelled, PortalClient, PortalError, PortalUnavailable, RetryPolicy
from app.portal.feed import Entry, Feed, Page
from app.portal.link import credentials, ensure_link, get_link
from app.portal.workers import ProcessWorkers, ThreadWorkers, Workers
from app.registry.register import office_limits
from app.store.database import Database
from app.store.models import PortalLink

T = TypeVar("T")
PAGE_SIZE = 200
GROUP = 20  # deposits registered per transaction (one commit, one fsync, for the group)
PROCESS_THRESHOLD = 500  # deposits to read before fetching in processes pays for starting them
UNDELIVERED_RUN = 3  # deposits in a row whose files did not come: the portal is failing

monotonic = time.monotonic  # the clock a sync's duration is measured with (tests replace it)


def _result(future: Future[T], cancelled: Callable[[], bool]) -> T:
    """The future's result, waited for in short steps so that a cancel is heard. Whatever
    a worker failed with once the sync is cancelled (a fetching process stopped by the same
    SIGTERM) is the cancel."""
    while True:
        try:
            return future.result(timeout=0.25)
        except TimeoutError:
            if cancelled():
                raise Cancelled from None
        except Cancelled:
            raise
        except Exception:
            if cancelled():
                raise Cancelled from None
            raise


@dataclass
class SyncProgress:
    """Where a running sync stands, for the progress bar."""

    phase: str = "start"  # push, feed, status, done
    done: int = 0  # deposits handled so far
    total: int | None = None  # deposits in this sync, when the portal says how many remain


@dataclass
class SyncReport:
    started_at: datetime
    finished_at: datetime | None = None
    registered: int = 0
    quarantined: int = 0
    already: int = 0
    retried: int = 0  # quarantined deposits tried again by the sync itself
    sent: int = 0  # outbox items sent (acknowledgements, statuses, mails)
    failed: int = 0  # outbox items the portal refused for good
    retries: int = 0
    seconds: float = 0.0
    error: str | None = None
    error_params: dict[str, object] = field(default_factory=dict)
    registered_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "registered": self.registered,
            "quarantined": self.quarantined,
            "already_registered": self.already,
            "retried": self.retried,
            "sent": self.sent,
            "refused": self.failed,
            "retries": self.retries,
            "seconds": round(self.seconds, 3),
            "error": self.error,
        }


def spool_dir(office_id: int) -> Path:
    """Where files being downloaded are kept, so a cut download resumes."""
    return config.data_dir() / "portal-spool" / str(office_id)


def _save_cursor(db: Database, office_id: int, cursor: str) -> None:
    with db.write() as session:
        link = session.get(PortalLink, office_id)
        assert link is not None
        link.cursor = cursor


def _save_directory(db: Database, office_id: int, client: PortalClient) -> None:
    offices = client.offices()
    with db.write() as session:
        link = session.get(PortalLink, office_id)
        assert link is not None
        link.directory = json.dumps(offices, ensure_ascii=False)
        link.directory_at = now_utc()
        if client.office_code:
            link.portal_office_code = client.office_code


def _finish(db: Database, office_id: int, report: SyncReport) -> None:
    with db.write() as session:
        link = session.get(PortalLink, office_id)
        assert link is not None
        link.last_attempt_at = report.started_at
        if report.error is None:
            link.last_success_at = report.finished_at
            link.last_error = link.last_error_detail = None
            if report.registered or report.quarantined or report.sent or report.failed:
                synclog.write(
                    session,
                    office_id,
                    synclog.INFO,
                    "synced",
                    registered=report.registered,
                    quarantined=report.quarantined,
                    sent=report.sent,
                )
        else:
            link.last_error = report.error
            link.last_error_detail = json.dumps(report.error_params, ensure_ascii=False)
            level = synclog.WARNING if report.error == "cancelled" else synclog.ERROR
            synclog.write(
                session,
                office_id,
                level,
                "failed",
                error="portal_cancelled" if report.error == "cancelled" else report.error,
                params=report.error_params,
            )


def _count(report: SyncReport, pushed: outbox.PushReport) -> None:
    report.sent += pushed.sent
    report.failed += pushed.failed


class _Undelivered:
    """Counts deposits in a row whose files the portal did not deliver."""

    def __init__(self) -> None:
        self.run = 0

    def saw(self, fetched: intake.Fetched) -> bool:
        """Count ``fetched``; True once the portal has failed enough deposits in a row."""
        if fetched.bad is None:
            self.run = 0
        elif fetched.bad[0] in intake.PASSING_REASONS:
            self.run += 1
        return self.run >= UNDELIVERED_RUN


def _tally(report: SyncReport, raw: Any, outcome: str) -> None:
    if outcome == intake.REGISTERED:
        report.registered += 1
        report.registered_ids.append(str(raw["id"]))
    elif outcome == intake.QUARANTINED:
        report.quarantined += 1
    else:
        report.already += 1


def _retry_quarantined(
    db: Database,
    actor: Actor,
    client: PortalClient,
    where: Path,
    max_bytes: int,
    report: SyncReport,
    cancelled: Callable[[], bool],
) -> None:
    """Try again the quarantined deposits whose files may come now (each try counted)."""
    undelivered = _Undelivered()
    for due in intake.due_for_retry(db, actor.office_id):
        if cancelled():
            raise Cancelled
        try:
            raw: Any = client.deposit(due.deposit_id)
        except PortalError:
            raw = None
        if not isinstance(raw, dict) or raw.get("id") != due.deposit_id:
            raw = due.payload  # gone, or not what was asked: what the portal gave before
        fetched = intake.fetch(client, raw, where, max_bytes)
        failing = undelivered.saw(fetched)
        outcome = intake.record(db, actor, fetched, retry=True)
        report.retried += 1
        if outcome == intake.REGISTERED:
            report.registered += 1
            report.registered_ids.append(due.deposit_id)
            synclog.record(
                db, actor.office_id, synclog.INFO, "retry_registered", deposit=due.deposit_id
            )
        # Still quarantined: the quarantine's own line says so, with the attempts.
        if failing:
            return  # the portal is not delivering files now: the next sync tries again


def _forget(entries: list[Entry]) -> None:
    """Remove from the spool the files fetched for deposits left unrecorded."""
    for entry in entries:
        future = entry.future
        if future is None or not future.done() or future.cancelled():
            continue
        if future.exception() is None:
            spool_module.remove(future.result().files)


def sync_once(
    db: Database,
    actor: Actor,
    *,
    url: str | None = None,
    client_id: str | None = None,
    client: PortalClient | None = None,
    retry: RetryPolicy | None = None,
    page_size: int = PAGE_SIZE,
    spool: Path | None = None,
    progress: Callable[[SyncProgress], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> SyncReport:
    """Sync the office with its portal (``url`` sets or changes the link first)."""
    require(actor.role, Action.SYNC_PORTAL)
    office_id = actor.office_id
    link = ensure_link(db, office_id, url, client_id) if url else get_link(db, office_id)
    if link is None:
        raise UserError("portal_not_configured")
    report = SyncReport(started_at=now_utc())
    began = monotonic()
    own_client = client is None
    creds = None
    if client is None:
        try:
            creds = credentials(link)
        except UserError as exc:  # no secret on this desk: said on the link like any failure
            report.error, report.error_params = exc.code, {k: str(v) for k, v in exc.params.items()}
            report.finished_at = now_utc()
            report.seconds = monotonic() - began
            _finish(db, office_id, report)
            raise
        client = PortalClient(
            link.url,
            creds,
            ca_bundle=link.ca_bundle,
            retry=retry,
            cancelled=cancelled,
        )
    where = spool or spool_dir(office_id)
    state = SyncProgress()
    workers: Workers = ThreadWorkers(client)
    pusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="portal-outbox")
    ending = threading.Event()  # the sync is over: a push still in flight stops too
    outer = client.cancelled
    pusher_client = client.clone(cancelled=lambda: ending.is_set() or outer())
    feed: Feed | None = None
    try:
        state.phase = "push"
        progress(state)
        _count(report, outbox.push(db, office_id, client, workers=workers))
        _save_directory(db, office_id, client)

        state.phase = "feed"
        progress(state)
        max_bytes = office_limits(db, office_id)
        spool_module.sweep(where)
        where.mkdir(parents=True, exist_ok=True)
        _retry_quarantined(db, actor, client, where, max_bytes, report, cancelled)
        cursor = link.cursor
        pushing: Future[outbox.PushReport] | None = None

        def read(after: str | None) -> Page:
            """A page of the feed (and, for a long feed, fetching moves to processes)."""
            nonlocal workers
            if cancelled():
                raise Cancelled
            page = client.deposits(after, page_size)
            deposits, _, _, remaining = page
            assert feed is not None
            if remaining is not None:
                state.total = state.done + len(feed.entries) + len(deposits) + remaining
            if (
                creds is not None
                and isinstance(workers, ThreadWorkers)
                and feed.in_flight == 0
                and state.total is not None
                and state.total - state.done >= PROCESS_THRESHOLD
            ):
                # A long feed: fetch in processes, so their CPU work runs beside ours.
                workers.close()
                workers = ProcessWorkers(client, creds)
            return page

        feed = Feed(
            cursor,
            read=read,
            known=lambda ids: intake.known_ids(db, office_id, ids),
            fetch=lambda raw: workers.fetch(raw, where, max_bytes),
            max_bytes=max_bytes,
        )
        undelivered = _Undelivered()
        while True:
            feed.fill()
            completed, passed = feed.passed()
            if passed is not None and passed != cursor:
                _save_cursor(db, office_id, passed)
                cursor = passed
            if completed:
                # The page's acknowledgements go out while the next page is registered.
                if pushing is not None:
                    _count(report, _result(pushing, cancelled))
                pushing = pusher.submit(outbox.push, db, office_id, pusher_client, workers=workers)
            if feed.done:
                break
            feed.start_fetches()
            if cancelled():
                raise Cancelled
            group = feed.group(GROUP)
            fetched: list[intake.Fetched] = []
            failing = False
            for count, entry in enumerate(group, 1):
                if entry.future is not None:
                    fetched.append(_result(entry.future, cancelled))
                    if undelivered.saw(fetched[-1]):
                        # The portal is failing, not these deposits: record up to here, stop.
                        group, failing = group[:count], True
                        break
            outcomes = iter(intake.record_batch(db, actor, fetched))
            for entry in group:
                outcome = intake.KNOWN if entry.future is None else next(outcomes)
                _tally(report, entry.raw, outcome)
                state.done += 1
                progress(state)
            feed.recorded(len(group))
            if failing:
                raise PortalUnavailable("portal_files_undelivered", count=undelivered.run)
        if pushing is not None:
            _count(report, _result(pushing, cancelled))
            pushing = None
        if feed.stuck:
            raise PortalError("portal_cursor_stuck")

        state.phase = "status"
        progress(state)
        statuses.enqueue_changes(db, office_id)
        _count(report, outbox.push(db, office_id, client, workers=workers))
    except Cancelled:
        report.error = "cancelled"
        raise
    except UserError as exc:
        report.error = exc.code
        report.error_params = {k: str(v) for k, v in exc.params.items()}
        raise
    finally:
        ending.set()
        pusher.shutdown(wait=True, cancel_futures=True)
        workers.close()
        pusher_client.close()
        if feed is not None:
            _forget(list(feed.entries))
        report.retries = client.retries + workers.retries + pusher_client.retries
        report.finished_at = now_utc()
        report.seconds = monotonic() - began
        if own_client:
            client.close()
        try:
            _finish(db, office_id, report)
        except UserError:
            pass  # the database itself is what failed: the error raised says so
        state.phase = "done"
        progress(state)
    return report
