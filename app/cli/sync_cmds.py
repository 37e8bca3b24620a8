"""sync, and the portal's other commands for scripts and administrators.

    bureau-ordre sync --portal URL [--once] [--client-id ID] [--interval MIN]
    bureau-ordre portal configure --portal URL --client-id ID [--interval MIN] [--ca-bundle F]
    bureau-ordre portal status | log | offices | quarantine
    bureau-ordre portal retry DEPOSIT        bureau-ordre portal discard DEPOSIT --reason R
    bureau-ordre portal send NUMBER --to OFFICE

``sync`` without ``--once`` syncs, waits the interval, and again, until interrupted (SIGINT or
SIGTERM end it cleanly and at once: the request in flight is cut, its fetching processes stop,
what was committed stays, exit status 0). The client secret comes from
``BO_PORTAL_CLIENT_ID`` / ``BO_PORTAL_CLIENT_SECRET`` or the OS keyring (``portal configure``
keeps it there). ``sync --once`` exits 0 when the sync went through (quarantined deposits
included: they are listed by ``portal quarantine``), 1 with one line on stderr otherwise.
"""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType

from app.cli.context import Context
from app.errors import UserError
from app.i18n import message
from app.portal import engine, link, overview, send, synclog
from app.portal.client import Cancelled


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help="sync with the Bureau d'Ordre Digital portal")
    p.add_argument("--portal", metavar="URL", help="the portal (kept for the next syncs)")
    p.add_argument("--once", action="store_true", help="one sync, then exit")
    p.add_argument("--client-id", help="the office's client id (or BO_PORTAL_CLIENT_ID)")
    p.add_argument("--interval", type=int, metavar="MIN", help="minutes between syncs")
    p.add_argument("--page-size", type=int, default=engine.PAGE_SIZE, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_sync)

    portal = sub.add_parser("portal", parents=[common], help="the portal's link, log, quarantine")
    psub = portal.add_subparsers(dest="portal_command", required=True)
    p = psub.add_parser("configure", parents=[common], help="set the portal's address and client")
    p.add_argument("--portal", metavar="URL", required=True)
    p.add_argument("--client-id", required=True)
    p.add_argument("--interval", type=int, default=link.DEFAULT_INTERVAL, metavar="MIN")
    p.add_argument("--ca-bundle", help="the office's CA certificates (PEM) for https")
    p.add_argument("--disable", action="store_true", help="no periodic sync from the desks")
    p.set_defaults(handler=cmd_configure)
    for name, handler, text in (
        ("status", cmd_status, "last sync, pending operations, quarantine"),
        ("log", cmd_log, "the sync log, newest first"),
        ("offices", cmd_offices, "the directory of offices (as of the last sync)"),
        ("quarantine", cmd_quarantine, "deposits set aside, with the reason"),
    ):
        psub.add_parser(name, parents=[common], help=text).set_defaults(handler=handler)
    p = psub.add_parser("retry", parents=[common], help="try a quarantined deposit again")
    p.add_argument("deposit")
    p.set_defaults(handler=cmd_retry)
    p = psub.add_parser("discard", parents=[common], help="set a quarantined deposit aside")
    p.add_argument("deposit")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_discard)
    p = psub.add_parser("send", parents=[common], help="send a départ to another office")
    p.add_argument("number")
    p.add_argument("--to", required=True, metavar="OFFICE", help="the office's code")
    p.set_defaults(handler=cmd_send)


class _Stop:
    """SIGINT/SIGTERM: finish cleanly (the deposit in hand is committed or rolled back)."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __enter__(self) -> _Stop:
        self._old = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        return self

    def __exit__(self, *exc: object) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.event.set()


def _summary(ctx: Context, report: engine.SyncReport) -> str:
    return message(
        "sync_done",
        ctx.lang,
        registered=report.registered,
        quarantined=report.quarantined,
        already=report.already,
        sent=report.sent,
        seconds=f"{report.seconds:.1f}",
    )


def cmd_sync(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    with _Stop() as stop:
        url, client_id = a.portal, a.client_id
        while True:
            try:
                report = engine.sync_once(
                    db,
                    actor,
                    url=url,
                    client_id=client_id,
                    page_size=a.page_size,
                    cancelled=stop.event.is_set,
                )
            except Cancelled:
                return 0
            url = client_id = None  # kept on the link
            ctx.emit(report.to_json(), _summary(ctx, report))
            if a.once or stop.event.is_set():
                return 0
            current = link.get_link(db, actor.office_id)
            minutes = a.interval or (current.interval_minutes if current else 15)
            if stop.event.wait(minutes * 60):
                return 0


def cmd_configure(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    secret = ctx.password("BO_PORTAL_CLIENT_SECRET", "Secret client / الرمز السري: ")
    link.configure(
        db,
        actor,
        link.LinkSettings(
            url=a.portal,
            client_id=a.client_id,
            interval_minutes=a.interval,
            enabled=not a.disable,
            ca_bundle=a.ca_bundle,
        ),
        secret=secret,
    )
    ctx.emit({"configured": True, "url": a.portal}, message("portal_configured", ctx.lang))
    return 0


def cmd_status(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    state = overview.sync_state(db, actor.office_id)
    data = {
        "configured": state.configured,
        "url": state.url,
        "interval_minutes": state.interval_minutes,
        "last_attempt_at": state.last_attempt_at,
        "last_success_at": state.last_success_at,
        "last_error": state.last_error,
        "pending": state.pending,
        "refused": state.refused,
        "quarantined": state.quarantined,
    }
    text = "\n".join(f"{k}: {'' if v is None else v}" for k, v in data.items())
    ctx.emit(data, text)
    return 0


def cmd_log(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    lines = synclog.recent(db, actor.office_id)
    ctx.emit(
        [
            {"at": ln.at, "level": ln.level, "code": ln.code, "text": ln.text(ctx.lang)}
            for ln in lines
        ],
        "\n".join(f"{ln.at:%Y-%m-%d %H:%M:%S} {ln.text(ctx.lang)}" for ln in lines),
    )
    return 0


def cmd_offices(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    current = link.get_link(db, actor.office_id)
    offices = link.directory(current) if current else []
    ctx.emit(
        offices,
        "\n".join(f"{o['code']}\t{o.get('name_fr', '')}\t{o.get('name_ar', '')}" for o in offices),
    )
    return 0


def cmd_quarantine(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    rows = overview.quarantined(db, actor.office_id)
    ctx.emit(
        [
            {
                "deposit": q.deposit_id,
                "reason": q.reason,
                "reason_text": synclog.reason_text(q.reason, ctx.lang),
                "detail": q.detail,
                "subject": q.subject,
                "depositor": q.depositor,
                "deposited_at": q.deposited_at,
                "attempts": q.attempts,
                "automatic": q.automatic,
            }
            for q in rows
        ],
        "\n".join(
            f"{q.deposit_id}\t{synclog.reason_text(q.reason, ctx.lang)}\t{q.detail or ''}"
            for q in rows
        ),
    )
    return 0


def cmd_retry(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    outcome = overview.retry(db, actor, ctx.args.deposit)
    if outcome == "quarantined":
        raise UserError("portal_still_quarantined", deposit=ctx.args.deposit)
    ctx.emit(
        {"deposit": ctx.args.deposit, "outcome": outcome},
        message(f"portal_log_retry_{outcome}", ctx.lang, deposit=ctx.args.deposit),
    )
    return 0


def cmd_discard(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    overview.discard(db, actor, ctx.args.deposit, ctx.args.reason)
    ctx.emit(
        {"deposit": ctx.args.deposit, "discarded": True},
        message("portal_log_discarded", ctx.lang, deposit=ctx.args.deposit),
    )
    return 0


def cmd_send(ctx: Context) -> int:
    db = ctx.database()
    actor = ctx.actor()
    send.send_via_portal(db, actor, ctx.args.number, ctx.args.to)
    ctx.emit(
        {"number": ctx.args.number, "to_office": ctx.args.to, "queued": True},
        message("portal_send_queued", ctx.lang, number=ctx.args.number, office=ctx.args.to),
    )
    return 0
