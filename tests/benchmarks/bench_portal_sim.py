"""Portal simulator: seeding 10,000 deposits, then serving their feed, files and write-backs once.

    .venv/bin/python -m tests.benchmarks.bench_portal_sim [--deposits 10000] [--external]
                                                          [--workers N] [--fail-rate R]

Times the seeding (realistic deposits, one or two unique files each, stored in SQLite), then
one ``requests`` client (``trust_env`` off, one kept-alive connection) reading the whole feed
by pages of 500, downloading every file with its SHA-256 checked, then acknowledging each
deposit and posting its "registered" status: the simulator's share of the sync benchmark
(10,000 deposits in 120 s for everything). ``--external`` runs the simulator as the
``portal-sim`` command in its own process instead of a thread of this one (no shared GIL);
``--workers N`` also downloads the files again over N connections; ``--fail-rate`` injects
faults, which the client retries as the sync engine must.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests

from app.portal.sim import run_simulator

TRANSIENT = (429, 500, 502, 503)


def _call(session: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
    for _ in range(100):
        try:
            response = session.request(method, url, timeout=30, **kwargs)
        except requests.ConnectionError:
            continue
        if response.status_code in TRANSIENT:
            continue
        if "json" in response.headers.get("Content-Type", ""):
            try:
                response.json()
            except ValueError:
                continue
        return response
    raise RuntimeError(f"{method} {url} kept failing")


def _download(session: requests.Session, base: str, ref: dict[str, Any]) -> int:
    for _ in range(100):
        response = _call(session, "GET", base + ref["url"])
        if hashlib.sha256(response.content).hexdigest() == ref["sha256"]:
            return len(response.content)
    raise RuntimeError(f"{ref['url']} never matched its hash")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def _simulator(args: argparse.Namespace) -> Iterator[tuple[str, Any]]:
    options = {"seed_deposits": args.deposits, "retry_after": 0, "latency_ms": 50}
    if not args.external:
        with run_simulator(fail_rate=args.fail_rate, **options) as sim:
            yield sim.url, sim.stats
        return
    with tempfile.TemporaryDirectory() as data:
        command = [
            sys.executable, "-m", "app.cli.main", "portal-sim", "--json", "--port", "0",
            "--data", data, "--seed-deposits", str(args.deposits), "--fail-rate",
            str(args.fail_rate), "--retry-after", "0", "--latency-ms", "50",
        ]  # fmt: skip
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            url = json.loads(proc.stdout.readline())["url"]
            yield url, lambda: {"server_cpu": _cpu_seconds(proc.pid)}
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
            print(f"  store: {(Path(data) / 'portal-sim.sqlite3').stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deposits", type=int, default=10_000)
    parser.add_argument("--external", action="store_true")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--fail-rate", type=float, default=0.0)
    args = parser.parse_args()

    started = time.perf_counter()
    with _simulator(args) as (url, stats):
        where = "process start + seeding" if args.external else "seeding"
        print(f"{where} of {args.deposits} deposits: {time.perf_counter() - started:.2f} s")
        session = requests.Session()
        session.trust_env = False  # no proxy look-up in the environment on every request
        form = {"grant_type": "client_credentials", "client_id": "demo", "client_secret": "demo"}
        token = _call(session, "POST", f"{url}/v1/oauth/token", data=form).json()["access_token"]
        session.headers["Authorization"] = f"Bearer {token}"

        cpu_before = stats().get("server_cpu")
        t0 = time.perf_counter()
        deposits: list[dict[str, Any]] = []
        cursor = ""
        pages = 0
        while True:
            params = {"limit": 500, **({"cursor": cursor} if cursor else {})}
            page = _call(session, "GET", f"{url}/v1/deposits", params=params).json()
            pages += 1
            deposits += page["deposits"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        feed = time.perf_counter() - t0
        print(f"feed: {len(deposits)} deposits in {pages} pages of 500: {feed:.2f} s")

        files = [f for d in deposits for f in d["files"]]
        t0 = time.perf_counter()
        total = sum(_download(session, url, f) for f in files)
        fetched = time.perf_counter() - t0
        print(
            f"files: {len(files)} files, {total / 1e6:.1f} MB, sha256 checked: {fetched:.2f} s "
            f"({len(files) / fetched:.0f} files/s)"
        )

        t0 = time.perf_counter()
        for i, d in enumerate(deposits):
            body = {"registry_number": f"A-2026/{i + 1:06d}", "registered_at": d["deposited_at"]}
            ack = _call(
                session,
                "POST",
                f"{url}/v1/deposits/{d['id']}/acknowledgement",
                json=body,
                headers={"Idempotency-Key": f"ack-{d['id']}"},
            )
            assert ack.status_code in (200, 201), ack.text
            status = {"status": "registered", "at": d["deposited_at"]}
            _call(
                session,
                "POST",
                f"{url}/v1/deposits/{d['id']}/status",
                json=status,
                headers={"Idempotency-Key": f"status-{d['id']}"},
            )
        written = time.perf_counter() - t0
        print(
            f"acknowledgement + status of each deposit: {written:.2f} s "
            f"({2 * len(deposits) / written:.0f} requests/s)"
        )
        print(f"simulator's share of a sync (feed + files + write-backs): "
              f"{feed + fetched + written:.2f} s")  # fmt: skip

        if cpu_before is not None:
            used = stats()["server_cpu"] - cpu_before
            requests_made = len(files) + 2 * len(deposits) + pages
            print(
                f"  of which the simulator's process used {used:.2f} s of CPU "
                f"({used / requests_made * 1e6:.0f} us a request)"
            )

        if args.workers:
            t0 = time.perf_counter()

            def worker(chunk: list[dict[str, Any]]) -> None:
                own = requests.Session()
                own.trust_env = False
                own.headers["Authorization"] = f"Bearer {token}"
                for ref in chunk:
                    _download(own, url, ref)
                own.close()

            threads = [
                threading.Thread(target=worker, args=(files[i :: args.workers],))
                for i in range(args.workers)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            many = time.perf_counter() - t0
            print(
                f"files again over {args.workers} connections: {many:.2f} s "
                f"({len(files) / many:.0f} files/s)"
            )
        if args.fail_rate:
            print(f"faults injected: {stats().get('faults', 'see the simulator log')}")
        session.close()


if __name__ == "__main__":
    main()
