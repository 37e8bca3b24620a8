"""The simulator as an object: start it on loopback, feed it, look inside it, stop it.

:func:`run_simulator` is what tests and benchmarks use (the server runs in a background
thread of the calling process); the ``portal-sim`` command wraps the same object. Everything
the portal stores lives in ``data_dir`` (a temporary directory, removed at the end, when none
is given), so a simulator started again on the same directory carries on where it stopped:
its seeding tops the feed up instead of seeding it again.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.documents.inspect import sniff
from app.portal.sim.directory import DEMO_CODE, OFFICES, Office, served_office
from app.portal.sim.faults import ORDERS, FaultPlan
from app.portal.sim.seed import DepositFactory
from app.portal.sim.server import PortalServer
from app.portal.sim.service import Portal
from app.portal.sim.store import NewDeposit, NewFile, Store, utc_now

DB_NAME = "portal-sim.sqlite3"
_CHUNK = 500

#: A file given to :meth:`Simulator.add_deposit`: a NewFile, or (name, bytes[, content type]).
FileSpec = NewFile | tuple[str, bytes] | tuple[str, bytes, str]


class Simulator:
    """A simulated portal on loopback, with its store, its faults and its seeded offices."""

    def __init__(
        self,
        *,
        data_dir: Path | str | None = None,
        office: str = DEMO_CODE,
        office_name_fr: str | None = None,
        office_name_ar: str | None = None,
        client_id: str = "demo",
        client_secret: str = "demo",
        fail_rate: float = 0.0,
        seed_deposits: int = 0,
        seed_bad_deposits: int = 0,
        retry_after: int = 1,
        latency_ms: int = 300,
        seed: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        token_ttl: int = 3600,
        fault_order: str = "cycle",
        today: date | None = None,
        one_pdf: bool = False,
    ) -> None:
        if not office:
            raise ValueError("the served office needs a code")
        if seed_deposits < 0 or seed_bad_deposits < 0:
            raise ValueError("the numbers of deposits to seed cannot be negative")
        if retry_after < 0 or latency_ms < 0 or token_ttl < 1:
            raise ValueError("retry_after, latency_ms and token_ttl must be positive")
        if not 0.0 <= fail_rate <= 1.0:
            raise ValueError("the fail rate is a probability, between 0 and 1")
        if fault_order not in ORDERS:
            raise ValueError(f"fault_order must be one of {ORDERS}")
        self._given_dir = Path(data_dir) if data_dir is not None else None
        self._served = served_office(office, office_name_fr, office_name_ar)
        self._client_id = client_id
        self._client_secret = client_secret
        self._seed_deposits = seed_deposits
        self._seed_bad = seed_bad_deposits
        self._retry_after = retry_after
        self._latency_ms = latency_ms
        self._seed = seed
        self._host = host
        self._port = port
        self._token_ttl = token_ttl
        self._today = today
        self._one_pdf = one_pdf
        self._faults = FaultPlan(fail_rate=fail_rate, seed=seed, order=fault_order)
        self._factories: dict[str, DepositFactory] = {}
        self._add_lock = threading.Lock()
        self._temp_dir: Path | None = None
        self._store: Store | None = None
        self._server: PortalServer | None = None
        self._thread: threading.Thread | None = None

    # -- life ---------------------------------------------------------------------------------

    def start(self) -> Simulator:
        if self._given_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="portal-sim-"))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._store = Store(self.data_dir / DB_NAME)
        try:
            self._prepare()
            portal = Portal(
                self._store,
                served=self._served,
                client_id=self._client_id,
                client_secret=self._client_secret,
                token_ttl=self._token_ttl,
            )
            self._server = PortalServer(
                (self._host, self._port),
                portal=portal,
                faults=self._faults,
                retry_after=self._retry_after,
                latency_ms=self._latency_ms,
            )
        except BaseException:
            self._close_store()
            raise
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="portal-sim",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def data_dir(self) -> Path:
        directory = self._given_dir or self._temp_dir
        if directory is None:
            raise RuntimeError("the simulator is not started")
        return directory

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:38121`` (paths start with ``/v1``)."""
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        address, port = self._server.server_address[:2]
        host = str(address)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def office(self) -> str:
        """The code of the office that ``client_id`` signs in as."""
        return self._served.code

    @property
    def served_office(self) -> Office:
        return self._served

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the simulator is not started")
        return self._store

    # -- setting up ---------------------------------------------------------------------------

    def _prepare(self) -> None:
        store = self.store
        with store.write() as conn:
            for office in (*OFFICES, self._served):
                conn.execute(
                    "INSERT INTO offices VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE "
                    "SET name_fr = excluded.name_fr, name_ar = excluded.name_ar, "
                    "ministry_fr = excluded.ministry_fr, ministry_ar = excluded.ministry_ar, "
                    "city = excluded.city, active = excluded.active",
                    (
                        office.code,
                        office.name_fr,
                        office.name_ar,
                        office.ministry_fr,
                        office.ministry_ar,
                        office.city,
                        int(office.active),
                    ),
                )
            anchor = store.get_meta(conn, "anchor_date")
            if not anchor:
                anchor = (self._today or date.today()).isoformat()
                store.set_meta(conn, "anchor_date", anchor)
        self._anchor = date.fromisoformat(anchor)
        self._seed_feed()

    def _factory(self, office: str) -> DepositFactory:
        if office not in self._factories:
            self._factories[office] = DepositFactory(
                seed=self._seed, office_code=office, today=self._anchor, one_pdf=self._one_pdf
            )
        return self._factories[office]

    def _seed_feed(self) -> None:
        """Seed the served office up to the numbers asked, bad deposits spread among the good."""
        store = self.store
        office = self.office
        with store.read() as conn:
            have_good = int(store.get_meta(conn, f"seeded:{office}", "0"))
            have_bad = int(store.get_meta(conn, f"seeded_bad:{office}", "0"))
        good = list(range(have_good, self._seed_deposits))
        bad = list(range(have_bad, self._seed_bad))
        total = len(good) + len(bad)
        if not total:
            return
        plan: list[tuple[str, int]] = [("good", i) for i in good]
        for n, index in enumerate(bad):
            plan.insert(((n + 1) * total) // (len(bad) + 1), ("bad", index))
        first_seeding = have_good == 0 and have_bad == 0
        now = utc_now()
        span = min(timedelta(days=30), timedelta(hours=2) * total)
        step = span / total
        timing = random.Random(f"{self._seed}/{office}/times")
        factory = self._factory(office)
        for start in range(0, total, _CHUNK):
            deposits = []
            for position, (kind, index) in enumerate(plan[start : start + _CHUNK], start=start):
                deposit = factory.good("seed", index) if kind == "good" else factory.bad(index)
                if first_seeding:
                    offset = step * (position + 0.8 * timing.random())
                    deposit.deposited_at = now - span + offset
                deposits.append(deposit)
            with store.write() as conn:
                store.insert_deposits(conn, deposits)
                have_good += sum(1 for d in deposits if d.bad_kind is None)
                have_bad += sum(1 for d in deposits if d.bad_kind is not None)
                store.set_meta(conn, f"seeded:{office}", str(have_good))
                store.set_meta(conn, f"seeded_bad:{office}", str(have_bad))

    # -- feeding it while it runs -------------------------------------------------------------

    def add_deposits(self, n: int, *, office: str | None = None) -> list[str]:
        """``n`` more realistic deposits at the end of an office's feed (the served one by
        default); their ids, in feed order."""
        office = office or self.office
        store = self.store
        with self._add_lock:
            with store.read() as conn:
                first = int(store.get_meta(conn, f"live:{office}", "0"))
            factory = self._factory(office)
            deposits = [factory.good("live", i) for i in range(first, first + n)]
            with store.write() as conn:
                ids = store.insert_deposits(conn, deposits)
                store.set_meta(conn, f"live:{office}", str(first + n))
        return ids

    def add_deposit(
        self,
        *,
        subject: str,
        depositor: dict[str, Any] | None = None,
        files: Sequence[FileSpec] = (),
        message: str | None = None,
        reference: str | None = None,
        letter_date: str | None = None,
        sender_registry_number: str | None = None,
        office: str | None = None,
        claimed_at: str | None = None,
    ) -> str:
        """One deposit with the given fields and files; its id.

        ``depositor`` needs ``kind`` and ``name``; the contract's other fields default to null
        (default: a citizen). A file given as ``(name, bytes)`` gets its content type from its
        bytes; give a :class:`NewFile` with ``announced_sha256`` to announce a wrong hash.
        ``claimed_at`` is the ``deposited_at`` the feed states, when it must be a bad one
        (the feed's order follows the real time).
        """
        person: dict[str, Any] = {
            "kind": "citizen",
            "name": "Mohamed El Alaoui",
            "name_ar": "محمد العلوي",
            "name_fr": "Mohamed El Alaoui",
        }
        if depositor is not None:
            person = dict(depositor)
        for key in (
            "name_ar",
            "name_fr",
            "identifier_type",
            "identifier",
            "email",
            "phone",
            "address",
            "office_code",
        ):
            person.setdefault(key, None)
        new_files = [_new_file(spec) for spec in files]
        deposit = NewDeposit(
            office_code=office or self.office,
            depositor=person,
            subject=subject,
            files=new_files,
            message=message,
            reference=reference,
            letter_date=letter_date,
            sender_registry_number=sender_registry_number,
            origin="api",
            claimed_at=claimed_at,
        )
        with self.store.write() as conn:
            [deposit_id] = self.store.insert_deposits(conn, [deposit])
        return deposit_id

    # -- faults and tokens --------------------------------------------------------------------

    def set_fail_rate(self, rate: float) -> None:
        self._faults.set_fail_rate(rate)

    def expire_tokens(self) -> None:
        """Forget every token issued: the next call with one gets 401 ``unauthorized``."""
        if self._server is not None:
            self._server.portal.expire_tokens()

    def stats(self) -> dict[str, Any]:
        """Requests received (in all and by route) and faults injected, by kind."""
        routes = self._server.request_counts() if self._server else {}
        faults = self._faults.counts()
        return {
            "requests": sum(routes.values()),
            "by_route": routes,
            "faults": faults,
            "faults_total": sum(faults.values()),
        }

    # -- looking inside (read-only) -----------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.store.read() as conn:
            return [tuple(r) for r in conn.execute(sql, params).fetchall()]

    def deposit_ids(self, office: str | None = None) -> list[str]:
        """An office's deposits (the served one by default), in feed order."""
        return [
            r[0]
            for r in self._rows(
                "SELECT id FROM deposits WHERE office_code = ? ORDER BY office_seq",
                (office or self.office,),
            )
        ]

    def bad_deposit_ids(self) -> dict[str, str]:
        """Every bad deposit's id, with how it is bad (see ``seed.BAD_KINDS``), in feed order."""
        rows = self._rows(
            "SELECT id, bad_kind FROM deposits WHERE bad_kind IS NOT NULL ORDER BY seq"
        )
        return {r[0]: r[1] for r in rows}

    def deposit_file_hashes(self, deposit_id: str) -> list[str]:
        """The SHA-256 each of a deposit's files announces, in order."""
        return [
            r[0]
            for r in self._rows(
                "SELECT sha256 FROM files WHERE deposit_id = ? ORDER BY position", (deposit_id,)
            )
        ]

    def receipts(self) -> dict[str, dict[str, str]]:
        """Every receipt issued, by deposit id."""
        names = ("deposit_id", "receipt_id", "registry_number", "registered_at", "issued_at")
        rows = self._rows("SELECT * FROM receipts ORDER BY issued_at, receipt_id")
        return {r[0]: dict(zip(names, r, strict=True)) for r in rows}

    def ack_creations(self) -> dict[str, int]:
        """How many times each deposit's receipt was *created* (1 for an exactly-once client)."""
        rows = self._rows(
            "SELECT deposit_id, count(*) FROM ack_calls WHERE outcome = 'created' "
            "GROUP BY deposit_id"
        )
        return {r[0]: r[1] for r in rows}

    def ack_calls(self) -> dict[str, int]:
        """How many acknowledgement calls reached each deposit (replays and conflicts too)."""
        rows = self._rows("SELECT deposit_id, count(*) FROM ack_calls GROUP BY deposit_id")
        return {r[0]: r[1] for r in rows}

    def statuses(self) -> dict[str, list[str]]:
        """The statuses recorded for each deposit, oldest first."""
        found: dict[str, list[str]] = {}
        for deposit_id, status in self._rows("SELECT deposit_id, status FROM statuses ORDER BY id"):
            found.setdefault(deposit_id, []).append(status)
        return found

    def outgoing(self) -> list[dict[str, Any]]:
        """Mail sent through ``POST /v1/outgoing``, oldest first, with what was posted."""
        import json

        names = ("from_office", "to_office", "deposit_id", "registry_number", "doc", "sent_at")
        found = []
        for row in self._rows(
            "SELECT from_office, to_office, deposit_id, registry_number, doc, sent_at "
            "FROM outgoing ORDER BY id"
        ):
            item = dict(zip(names, row, strict=True))
            item["request"] = json.loads(item.pop("doc"))
            found.append(item)
        return found

    def uploads(self, office: str | None = None) -> list[str]:
        """The SHA-256 of every file an office uploaded."""
        rows = self._rows(
            "SELECT sha256 FROM uploads WHERE office_code = ? ORDER BY uploaded_at, sha256",
            (office or self.office,),
        )
        return [r[0] for r in rows]


def _new_file(spec: FileSpec) -> NewFile:
    if isinstance(spec, NewFile):
        return spec
    if len(spec) == 3:
        name, data, content_type = spec
    else:
        name, data = spec[0], spec[1]
        content_type = sniff(data) or "application/octet-stream"
    return NewFile(name, content_type, data)


@contextmanager
def run_simulator(**options: Any) -> Iterator[Simulator]:
    """A simulator serving in a background thread for the duration of the ``with`` block.

    ``options`` are :class:`Simulator`'s keywords, passed as given: it checks them, and an
    unknown one is a TypeError there."""
    sim = Simulator(**options)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()
