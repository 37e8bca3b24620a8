"""One sync with the portal: what is owed goes out, new deposits come in, statuses follow.

Order of a sync:

1. the outbox is pushed (acknowledgements, statuses and outgoing mail owed from before);
2. the directory of offices is refreshed (kept for offline use);
3. the feed is read page by page from the link's cursor: each deposit becomes one registered
   mail or a quarantined deposit (:mod:`app.portal.intake`); the cursor is saved only after
   every deposit of the page is committed, then the page's acknowledgements go out;
4. status changes of portal mails become outbox items, and go out.

Killed at any point, the next sync redoes at most the page it was in: deposits already
recorded are recognised by their id, acknowledgements re-sent under their keys get the same
receipt. The report and the log say what was done; a failure is recorded on the link (the
indicator shows it) and raised.
"""

from __future__ import annotations

import json
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
from app.portal.client import Cancelled, PortalClient, RetryPolicy
from app.portal.link import credentials, ensure_link, get_link
from app.portal.workers import ProcessWorkers, ThreadWorkers, Workers
from app.registry.register import office_limits
from app.store.database import Database
from app.store.models import PortalLink

T = TypeVar("T")
PAGE_SIZE = 200
GROUP = 20  # deposits registered per transaction (one commit, one fsync, for the group)
PROCESS_THRESHOLD = 500  # deposits to read before fetching in processes pays for starting them


def _result(future: Future[T], cancelled: Callable[[], bool]) -> T:
    """The future's result, waited for in short steps so that a cancel is heard."""
    while True:
        try:
            return future.result(timeout=0.25)
        except TimeoutError:
            if cancelled():
                raise Cancelled from None


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


@dataclass(frozen=True)
class _Page:
    deposits: list[dict[str, Any]]
    fetching: list[Future[intake.Fetched] | None]
    next_cursor: str
    has_more: bool


def _count(report: SyncReport, pushed: outbox.PushReport) -> None:
    report.sent += pushed.sent
    report.failed += pushed.failed


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
    link = ensure_link(db, actor, url, client_id) if url else get_link(db, office_id)
    if link is None:
        raise UserError("portal_not_configured")
    report = SyncReport(started_at=now_utc())
    start = time.perf_counter()
    own_client = client is None
    creds = None
    if client is None:
        try:
            creds = credentials(link)
        except UserError as exc:  # no secret on this desk: said on the link like any failure
            report.error, report.error_params = exc.code, {k: str(v) for k, v in exc.params.items()}
            report.finished_at = now_utc()
            _finish(db, office_id, report)
            raise
        client = PortalClient(
            link.url,
            creds,
            ca_bundle=link.ca_bundle,
            retry=retry,
            cancelled=cancelled,
        )
    spool = spool or spool_dir(office_id)
    state = SyncProgress()
    workers: Workers = ThreadWorkers(client)
    pusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="portal-outbox")
    pusher_client = client.clone()  # a session is not shared between threads
    try:
        state.phase = "push"
        progress(state)
        _count(report, outbox.push(db, office_id, client, workers=workers))
        _save_directory(db, office_id, client)

        state.phase = "feed"
        max_bytes = office_limits(db, office_id)
        cursor = link.cursor
        pushing: Future[outbox.PushReport] | None = None

        def read(after: str | None) -> _Page:
            """A page of the feed, its new deposits' files already being fetched."""
            nonlocal workers
            if cancelled():
                raise Cancelled
            deposits, next_cursor, has_more, remaining = client.deposits(after, page_size)
            if remaining is not None:
                state.total = state.done + len(deposits) + remaining
            if (
                creds is not None
                and isinstance(workers, ThreadWorkers)
                and state.total is not None
                and state.total - state.done >= PROCESS_THRESHOLD
            ):
                # A long feed: fetch in processes, so their CPU work runs beside ours.
                workers.close()
                workers = ProcessWorkers(client, creds)
            ids = [d.get("id") if isinstance(d, dict) else None for d in deposits]
            known = intake.known_ids(db, office_id, [i for i in ids if isinstance(i, str)])
            fetching = [
                None if deposit_id in known else workers.fetch(raw, spool, max_bytes)
                for raw, deposit_id in zip(deposits, ids, strict=True)
            ]
            more = has_more and bool(deposits)
            return _Page(deposits, fetching, next_cursor, more)

        page = read(cursor)
        while True:
            # The next page is read, and its files fetched, while this one is registered.
            upcoming = read(page.next_cursor) if page.has_more else None
            for start in range(0, len(page.deposits), GROUP):
                if cancelled():
                    raise Cancelled
                group = list(
                    zip(
                        page.deposits[start : start + GROUP],
                        page.fetching[start : start + GROUP],
                        strict=True,
                    )
                )
                fetched_group = [_result(f, cancelled) for _, f in group if f is not None]
                outcomes = iter(intake.record_batch(db, actor, fetched_group))
                for raw, fetched in group:
                    outcome = next(outcomes) if fetched is not None else intake.KNOWN
                    if outcome == intake.REGISTERED:
                        report.registered += 1
                        report.registered_ids.append(str(raw["id"]))
                    elif outcome == intake.QUARANTINED:
                        report.quarantined += 1
                    else:
                        report.already += 1
                    state.done += 1
                    progress(state)
            if page.next_cursor != cursor:
                _save_cursor(db, office_id, page.next_cursor)
                cursor = page.next_cursor
            # The page's acknowledgements go out while the next page is registered.
            if pushing is not None:
                _count(report, _result(pushing, cancelled))
            pushing = pusher.submit(outbox.push, db, office_id, pusher_client, workers=workers)
            if upcoming is None:
                break
            page = upcoming
        if pushing is not None:
            _count(report, _result(pushing, cancelled))
            pushing = None

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
        pusher.shutdown(wait=True, cancel_futures=True)
        workers.close()
        pusher_client.close()
        report.retries = client.retries + workers.retries + pusher_client.retries
        report.finished_at = now_utc()
        report.seconds = time.perf_counter() - start
        if own_client:
            client.close()
        try:
            _finish(db, office_id, report)
        except UserError:
            pass  # the database itself is what failed: the error raised says so
        state.phase = "done"
        progress(state)
    return report
