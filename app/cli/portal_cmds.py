"""portal-sim: a simulated Bureau d'Ordre Digital portal on loopback, for tests, demos, training.

    bureau-ordre portal-sim [--host 127.0.0.1] [--port 8765] [--fail-rate R]
                            [--seed-deposits N] [--seed-bad-deposits N] [--office CODE]
                            [--client-id ID] [--client-secret S] [--data DIR]
                            [--retry-after S] [--latency-ms MS] [--seed S] [--json]

Prints one line, ``portal-sim: URL (office CODE)`` (with ``--json``: ``{"url", "office"}``),
once it answers, then serves until SIGINT or SIGTERM and exits 0. It needs no office
database. Plain HTTP, so a host other than loopback is refused unless ``--allow-remote``.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from app.cli import access
from app.cli.context import Context
from app.errors import UserError

DEFAULT_PORT = 8765  # the simulator's address in the contract's list of servers


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from app.portal.sim.directory import DEMO_CODE

    p = sub.add_parser("portal-sim", parents=[common], help="serve a simulated portal on loopback")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 for any free port")
    p.add_argument("--allow-remote", action="store_true", help="listen beyond loopback")
    p.add_argument("--fail-rate", type=float, default=0.0, help="fault probability, 0-1")
    p.add_argument("--fault-order", choices=["cycle", "random"], default="cycle")
    p.add_argument("--retry-after", type=int, default=1, help="Retry-After of 429/503 (s)")
    p.add_argument("--latency-ms", type=int, default=300, help="delay of a latency fault")
    p.add_argument("--seed-deposits", type=int, default=0, metavar="N")
    p.add_argument("--seed-bad-deposits", type=int, default=0, metavar="N")
    p.add_argument("--seed", type=int, default=1, help="same seed, same deposits and faults")
    p.add_argument(
        "--one-pdf-each", action="store_true", help="seed deposits with one single-page PDF each"
    )
    p.add_argument("--office", default=DEMO_CODE, help="the office the client id signs in as")
    p.add_argument("--office-name-fr")
    p.add_argument("--office-name-ar")
    p.add_argument("--client-id", default="demo")
    p.add_argument("--client-secret", default="demo")
    p.add_argument("--token-ttl", type=int, default=3600, help="token lifetime (s)")
    p.add_argument("--data", type=Path, help="keep the portal's data in DIR (default: temporary)")
    p.add_argument("--verbose", action="store_true", help="log requests and faults on stderr")
    p.set_defaults(handler=cmd_portal_sim, needs=access.NO_USER)


def _check(ok: bool, option: str, value: object) -> None:
    if not ok:
        raise UserError("portal_sim_bad_value", option=option, value=value)


def cmd_portal_sim(ctx: Context) -> int:
    from app.portal.client import is_loopback  # requests: only for this command
    from app.portal.sim import Simulator

    a = ctx.args
    if not is_loopback(a.host):
        if not a.allow_remote:
            raise UserError("portal_sim_remote", host=a.host)
        ctx.info_stderr("portal_sim_remote_warning", host=a.host)
    _check(bool(a.office.strip()), "--office", a.office)
    _check(0.0 <= a.fail_rate <= 1.0, "--fail-rate", a.fail_rate)
    _check(0 <= a.port <= 65535, "--port", a.port)
    for option, value in (
        ("--seed-deposits", a.seed_deposits),
        ("--seed-bad-deposits", a.seed_bad_deposits),
        ("--retry-after", a.retry_after),
        ("--latency-ms", a.latency_ms),
    ):
        _check(value >= 0, option, value)
    _check(a.token_ttl >= 1, "--token-ttl", a.token_ttl)
    if a.verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger = logging.getLogger("app.portal.sim")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    sim = Simulator(
        data_dir=a.data,
        office=a.office,
        office_name_fr=a.office_name_fr,
        office_name_ar=a.office_name_ar,
        client_id=a.client_id,
        client_secret=a.client_secret,
        fail_rate=a.fail_rate,
        seed_deposits=a.seed_deposits,
        seed_bad_deposits=a.seed_bad_deposits,
        retry_after=a.retry_after,
        latency_ms=a.latency_ms,
        seed=a.seed,
        host=a.host,
        port=a.port,
        token_ttl=a.token_ttl,
        fault_order=a.fault_order,
        one_pdf=a.one_pdf_each,
    )
    try:
        try:
            sim.start()
        except OSError as exc:
            raise UserError(
                "portal_sim_cannot_listen", host=a.host, port=a.port, detail=exc.strerror or exc
            ) from exc
        try:
            if ctx.json:
                print(json.dumps({"url": sim.url, "office": sim.office}), flush=True)
            else:
                print(f"portal-sim: {sim.url} (office {sim.office})", flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            sim.stop()
    finally:
        for sig, handler_before in previous.items():
            signal.signal(sig, handler_before)
    return 0
