"""The sync against a hostile portal (tests/support/hostile_portal.py): bounded in time and memory.

Each behaviour of a server gone bad — a trickle, a 2 GiB JSON answer, a file much longer than it
declared, a page of big files, a cursor that does not move, a redirect to another origin, a file
that answers 404 — is met by a real ``bureau-ordre sync`` process or by ``sync_once``, and:

- the sync ends: cut by a request's total deadline (1 s here, ``BO_PORTAL_DEADLINE``) or by a
  bound, never by the test (the generous ``timeout`` of a subprocess is a guard, not a check);
- the syncing process's peak resident memory (its fetching processes included) stays under
  :data:`MEMORY_BOUND`, where reading what the server offers would take a gigabyte or more;
- what the server managed to send is counted, and stays far below what it offered;
- every good deposit of the feed is registered (at once, or by the next sync once the server
  behaves), each acknowledged once; the bad one waits in the quarantine with its reason.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from sqlalchemy import select

from app.domain.enums import Channel
from app.errors import UserError
from app.i18n import message
from app.portal import engine, intake, overview, synclog
from app.portal.client import Cancelled
from app.store.models import MailEntry, PortalLink
from tests.app.portal.conftest import FAST
from tests.conftest import ADMIN_PASSWORD, Office
from tests.support.files import noise_pdf_bytes, pdf_bytes
from tests.support.hostile_portal import (
    MIB,
    HostilePortal,
    Huge,
    Oversize,
    Recorder,
    Redirect,
    Status,
    Trickle,
)

GIB = 1024 * MIB
# The peak resident memory a sync may reach against any of these servers. A sync process
# starts at about 100 MB; reading what each server offers would take 1 GB or more.
MEMORY_BOUND = 400 * MIB
# What a server may push into the socket buffers of a client that stopped reading (loopback
# buffers grow to a few MB each way): far below the gigabytes offered.
BUFFERED = 64 * MIB
GUARD = 300  # seconds: a subprocess still running then is a failure (it would hang for ever)


_spawned: list[subprocess.Popen[bytes]] = []


@pytest.fixture
def portal() -> Iterator[HostilePortal]:
    with HostilePortal().running() as server:
        try:
            yield server
        finally:
            for process in _spawned:  # a sync that hung: killed with its helpers
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            _spawned.clear()


def _good(portal: HostilePortal, count: int) -> list[str]:
    return [portal.add_deposit([pdf_bytes(1)]) for _ in range(count)]


def _env(office: Office, tmp_path: Path, **more: str) -> dict[str, str]:
    env = dict(
        os.environ,
        BO_DATABASE_URL=office.url,
        BO_USER="admin",
        BO_PASSWORD=ADMIN_PASSWORD,
        BO_PORTAL_CLIENT_ID="demo",
        BO_PORTAL_CLIENT_SECRET="demo",
        BO_PORTAL_RETRY_BASE="0.005",
        BO_PORTAL_DEADLINE="1",
        BO_DATA_DIR=str(tmp_path / "data"),
        BO_LANG="fr",
    )
    env.update(more)
    return env


def _start(
    office: Office, tmp_path: Path, url: str, *args: str, **env: str
) -> tuple[subprocess.Popen[bytes], Path]:
    usage = tmp_path / f"usage-{time.monotonic_ns()}.json"
    command = [sys.executable, "-m", "tests.support.measured_cli", str(usage), "sync"]
    command += ["--portal", url, "--once", "--json", *args]
    process = subprocess.Popen(
        command,
        env=_env(office, tmp_path, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).parents[3],
        start_new_session=True,
    )
    _spawned.append(process)
    return process, usage


def _sync(
    office: Office, tmp_path: Path, url: str, *args: str, **env: str
) -> tuple[int, dict[str, Any], str, int]:
    """Run ``bureau-ordre sync --once`` to its end: exit status, report, stderr, peak RSS."""
    process, usage = _start(office, tmp_path, url, *args, **env)
    out, err = process.communicate(timeout=GUARD)
    peak = _peak(usage)
    print(f"sync {' '.join(args)}: exit {process.returncode}, peak RSS {peak / MIB:.0f} MiB")
    report = json.loads(out) if process.returncode == 0 and out.strip() else {}
    return process.returncode, report, err.decode(), peak


def _peak(usage: Path) -> int:
    measured = json.loads(usage.read_text())
    return max(measured["self_kib"], measured["children_kib"]) * 1024


def _registered(office: Office) -> set[str]:
    with office.db.read() as session:
        return set(
            session.scalars(
                select(MailEntry.external_ref).where(MailEntry.channel == Channel.PORTAL.value)
            )
        )


def _held(office: Office) -> dict[str, overview.Quarantined]:
    return {q.deposit_id: q for q in overview.quarantined(office.db, office.admin.office_id)}


def _cursor(office: Office) -> str | None:
    with office.db.read() as session:
        link = session.get(PortalLink, office.admin.office_id)
        assert link is not None
        return link.cursor


def _wait_for(condition: Any, what: str, timeout: float = 60) -> None:
    """Poll ``condition`` (an event the code under test reaches) with a generous guard."""
    limit = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < limit, f"never happened: {what}"
        time.sleep(0.02)


# -- a trickle: the deadline of each request -----------------------------------------------------


def test_a_trickling_file_is_given_up_at_its_deadline_and_the_feed_goes_on(
    office: Office, portal: HostilePortal, tmp_path: Path
) -> None:
    good = _good(portal, 3)
    slow_body = portal.add_deposit([pdf_bytes(1)], behaviour=Trickle(0.05, "body"))
    slow_head = portal.add_deposit([pdf_bytes(1)], behaviour=Trickle(0.05, "headers"))
    good += _good(portal, 2)

    code, report, err, peak = _sync(office, tmp_path, portal.url)

    assert code == 0, err
    assert _registered(office) == set(good) and portal.acknowledged() == set(good)
    held = _held(office)
    assert set(held) == {slow_body, slow_head}
    assert {q.reason for q in held.values()} == {"file_unreachable"}
    assert all(q.automatic and q.attempts == 1 for q in held.values())
    assert report["registered"] == 5 and report["quarantined"] == 2
    assert _cursor(office) == "c7"  # past the quarantined ones: they are handled
    for deposit in (slow_body, slow_head):
        # Cut at its deadline, made once more, then given up: two requests, both cut.
        path = f"/v1/files/{deposit}-F0"
        assert portal.requests(path) == 2
        _wait_for(lambda p=path: portal.cut(p) == 2, f"the client hung up on {path}")
    assert peak < MEMORY_BOUND

    # The server mends its ways: the next sync takes them in by itself.
    for deposit in (slow_body, slow_head):
        portal.files[f"{deposit}-F0"].behaviour = None
    code, report, err, _ = _sync(office, tmp_path, portal.url)
    assert code == 0, err
    assert report["retried"] == 2 and report["registered"] == 2
    assert _registered(office) == set(good) | {slow_body, slow_head}
    assert _held(office) == {}


def test_a_trickling_feed_fails_the_sync_at_its_deadline_with_a_clear_message(
    office: Office, portal: HostilePortal, tmp_path: Path
) -> None:
    _good(portal, 2)
    portal.routes["/v1/deposits"] = Trickle(0.05, "body")
    code, _, err, peak = _sync(office, tmp_path, portal.url)
    assert code == 1
    assert "trop lentement" in err and "1 s" in err
    assert portal.requests("/v1/deposits") == 2  # cut, made once more, given up
    assert peak < MEMORY_BOUND
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "portal_too_slow"
    assert "البوابة بطيئة" in (state.error_text("ar") or "")
    assert _registered(office) == set()


# -- sizes: JSON answers, files, a page of big files ---------------------------------------------


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_gigantic_json_answer_is_not_read_and_not_asked_again(
    office: Office, portal: HostilePortal, tmp_path: Path, declared: bool
) -> None:
    good = _good(portal, 3)
    portal.routes["/v1/deposits"] = Huge(2 * GIB, declared=declared)
    code, _, err, peak = _sync(office, tmp_path, portal.url)
    assert code == 1
    assert "trop volumineuse" in err
    assert portal.requests("/v1/deposits") == 1  # the same question would get the same answer
    assert portal.sent("/v1/deposits") < 32 * MIB + BUFFERED
    assert peak < MEMORY_BOUND
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "portal_answer_too_big"
    assert "كبير الحجم" in (state.error_text("ar") or "")

    del portal.routes["/v1/deposits"]
    code, report, err, _ = _sync(office, tmp_path, portal.url)
    assert code == 0, err
    assert _registered(office) == set(good) and report["registered"] == 3


def test_a_file_sent_longer_than_declared_is_read_only_up_to_its_declared_size(
    office: Office, portal: HostilePortal, tmp_path: Path
) -> None:
    small = pdf_bytes(1)
    good = _good(portal, 2)
    # Its true bytes, then a gigabyte of filler: the declared size is where reading stops.
    padded = portal.add_deposit([small], behaviour=Oversize(GIB))
    # Declared as 431 bytes, sent as a gigabyte of something else: never matches its hash.
    liar = portal.add_deposit([small[:431]], behaviour=Oversize(GIB))
    portal.files[f"{liar}-F0"].data = b"%PDF-1.7\n" + b"x" * 422  # what it sends instead
    good += _good(portal, 2)

    code, report, err, peak = _sync(office, tmp_path, portal.url)

    assert code == 0, err
    assert _registered(office) == set(good) | {padded}
    assert _held(office)[liar].reason == "file_hash_mismatch"
    assert portal.requests(f"/v1/files/{padded}-F0") == 1
    assert portal.sent(f"/v1/files/{padded}-F0") < BUFFERED
    assert portal.requests(f"/v1/files/{liar}-F0") == 5  # five downloads of 431 bytes each
    assert portal.sent(f"/v1/files/{liar}-F0") < 5 * BUFFERED
    assert peak < MEMORY_BOUND
    assert report["registered"] == 5


@pytest.fixture(scope="module")
def big_pdf() -> bytes:
    return noise_pdf_bytes(4 * MIB)


def test_a_page_of_big_files_is_never_held_in_memory(
    office: Office, portal: HostilePortal, tmp_path: Path, big_pdf: bytes
) -> None:
    # 25 deposits of 10 files of 4 MiB: a gigabyte in one page. (The same file each time: the
    # register stores it once, so the test spends its time on the sync's own work.)
    deposits = [portal.add_deposit([big_pdf] * 10) for _ in range(25)]
    code, report, err, peak = _sync(office, tmp_path, portal.url, "--page-size", "25")
    assert code == 0, err
    assert report["registered"] == 25 and _registered(office) == set(deposits)
    assert peak < MEMORY_BOUND
    assert list((tmp_path / "data" / "portal-spool").rglob("*.ok")) == []


# -- a feed whose cursor does not move -----------------------------------------------------------


def test_a_cursor_that_does_not_move_stops_the_sync_after_its_page(
    office: Office, portal: HostilePortal
) -> None:
    good = _good(portal, 3)
    portal.stuck_cursor = True
    with pytest.raises(UserError) as caught:
        engine.sync_once(office.db, office.admin, url=portal.url, retry=FAST)
    assert caught.value.code == "portal_cursor_stuck"
    assert "n'avance plus" in caught.value.message("fr")
    assert "لم يعد يتقدم" in caught.value.message("ar")
    assert portal.requests("/v1/deposits") == 2  # the page, then the same cursor once more
    assert _registered(office) == set(good) and portal.acknowledged() == set(good)
    assert _cursor(office) == "c0"  # the first page's; never the stuck one's
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "portal_cursor_stuck"


# -- redirects -----------------------------------------------------------------------------------


def test_a_redirect_on_the_token_endpoint_sends_the_secret_nowhere(
    office: Office, portal: HostilePortal
) -> None:
    _good(portal, 1)
    with Recorder().running() as thief:
        portal.routes["/v1/oauth/token"] = Redirect(thief.url + "/steal", 307)
        with pytest.raises(UserError) as caught:
            engine.sync_once(office.db, office.admin, url=portal.url, retry=FAST)
        assert caught.value.code == "portal_redirected"
        assert thief.url.split("//")[1] in caught.value.message("fr")
        assert "الإحالات" in caught.value.message("ar")
        assert thief.state.seen == []
    assert portal.requests("/v1/oauth/token") == 1  # not asked again either
    assert _registered(office) == set()


def test_a_file_redirected_elsewhere_gets_no_token_and_quarantines_its_deposit(
    office: Office, portal: HostilePortal
) -> None:
    good = _good(portal, 2)
    with Recorder().running() as thief:
        moved = portal.add_deposit([pdf_bytes(1)], behaviour=Redirect(thief.url + "/f", 302))
        good += _good(portal, 1)
        report = engine.sync_once(office.db, office.admin, url=portal.url, retry=FAST)
        assert thief.state.seen == []
    assert report.registered == 3 and _registered(office) == set(good)
    assert _held(office)[moved].reason == "file_unavailable"


# -- item 6: a file that answers 404 -------------------------------------------------------------


def _quarantine_json(office: Office, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Any:
    """``bureau-ordre portal quarantine --json``, in-process."""
    from app.cli.main import main

    capsys.readouterr()
    with monkeypatch.context() as m:
        m.setenv("BO_DATABASE_URL", office.url)
        m.setenv("BO_USER", "admin")
        m.setenv("BO_PASSWORD", ADMIN_PASSWORD)
        assert main(["portal", "quarantine", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_file_that_answers_404_quarantines_its_deposit_and_the_feed_goes_on(
    office: Office, portal: HostilePortal, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    good = _good(portal, 2)
    missing = portal.add_deposit([pdf_bytes(1)], behaviour=Status(404))
    good += _good(portal, 3)

    report = engine.sync_once(office.db, office.admin, url=portal.url, retry=FAST, page_size=2)
    assert (report.registered, report.quarantined) == (5, 1)
    assert _registered(office) == set(good) and portal.acknowledged() == set(good)
    assert _cursor(office) == "c6"  # every page passed, the quarantined deposit's too
    (held,) = _held(office).values()
    assert (held.deposit_id, held.reason, held.attempts) == (missing, "file_unavailable", 1)
    assert held.automatic and "404" in (held.detail or "")
    assert portal.requests(f"/v1/files/{missing}-F0") == 1  # a refusal is not retried at once
    (listed,) = _quarantine_json(office, monkeypatch, capsys)
    assert (listed["deposit"], listed["attempts"], listed["automatic"]) == (missing, 1, True)

    # Each sync tries it again by itself, counting, until it has been tried enough.
    for attempt in range(2, intake.AUTOMATIC_ATTEMPTS + 1):
        again = engine.sync_once(office.db, office.admin, retry=FAST)
        assert (again.retried, again.registered) == (1, 0)
        assert _held(office)[missing].attempts == attempt
    assert not _held(office)[missing].automatic
    assert _quarantine_json(office, monkeypatch, capsys)[0]["automatic"] is False
    (line, *_) = synclog.recent(office.db, office.admin.office_id)
    assert line.code == "quarantined_again"
    assert line.text("fr") == (
        f"Dépôt {missing} toujours en quarantaine après {intake.AUTOMATIC_ATTEMPTS} tentatives : "
        "fichier refusé par le portail (erreur à son téléchargement)."
    )
    quiet = engine.sync_once(office.db, office.admin, retry=FAST)
    assert quiet.retried == 0  # now it waits for the clerk
    assert _held(office)[missing].attempts == intake.AUTOMATIC_ATTEMPTS

    # The clerk tries it once the portal has the file again.
    portal.files[f"{missing}-F0"].behaviour = None
    assert overview.retry(office.db, office.admin, missing) == intake.REGISTERED
    assert _registered(office) == set(good) | {missing}


def test_files_missing_in_a_row_stop_the_sync_instead_of_quarantining_the_feed(
    office: Office, portal: HostilePortal
) -> None:
    good = _good(portal, 2)
    gone = [portal.add_deposit([pdf_bytes(1)], behaviour=Status(503)) for _ in range(6)]
    with pytest.raises(UserError) as caught:
        engine.sync_once(office.db, office.admin, url=portal.url, retry=FAST)
    assert caught.value.code == "portal_files_undelivered"
    assert _registered(office) == set(good)
    held = _held(office)
    assert len(held) == engine.UNDELIVERED_RUN and set(held) < set(gone)
    assert _cursor(office) is None  # the page was not passed: the rest is read again


# -- stopping: SIGTERM and the desk's cancel -----------------------------------------------------


def _no_helpers_left(helpers: list[psutil.Process]) -> None:
    _, alive = psutil.wait_procs(helpers, timeout=30)
    assert not alive, f"left behind: {[p.pid for p in alive]}"


@pytest.mark.parametrize("to_group", [False, True], ids=["to-the-sync", "to-its-group"])
@pytest.mark.parametrize("where", ["feed", "file-in-a-process"])
def test_sigterm_stops_a_sync_held_by_a_trickle_at_once(
    office: Office, portal: HostilePortal, tmp_path: Path, where: str, to_group: bool
) -> None:
    _good(portal, 2)
    if where == "feed":
        portal.routes["/v1/deposits"] = Trickle(0.05, "body")
        held = "/v1/deposits"
    else:
        # A long feed (the portal says so) is fetched in processes; the first file trickles.
        portal.remaining = 100_000
        slow = portal.add_deposit([pdf_bytes(1)], behaviour=Trickle(0.05, "body"))
        held = f"/v1/files/{slow}-F0"
    # A deadline of an hour: only the signal can end this sync.
    process, usage = _start(office, tmp_path, portal.url, BO_PORTAL_DEADLINE="3600")
    _wait_for(lambda: portal.requests(held) == 1 or process.poll() is not None, "the request")
    assert process.poll() is None, process.communicate()[1].decode()
    helpers = psutil.Process(process.pid).children(recursive=True)
    if where != "feed":
        assert helpers, "the files were not fetched in processes"
    if to_group:
        os.killpg(process.pid, signal.SIGTERM)
    else:
        process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)  # a guard; unbounded, it never ends
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    _no_helpers_left(helpers)
    _wait_for(lambda: portal.cut(held) == 1, "the client hung up")
    assert json.loads(usage.read_text())["code"] == 0
    state = overview.sync_state(office.db, office.admin.office_id)
    assert state.last_error == "cancelled"


def test_a_cancel_ends_the_request_in_flight(office: Office, portal: HostilePortal) -> None:
    import threading

    portal.routes["/v1/deposits"] = Trickle(0.05, "headers")
    stop = threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            engine.sync_once(
                office.db, office.admin, url=portal.url, retry=FAST, cancelled=stop.is_set
            )
        except BaseException as exc:  # noqa: BLE001 - what ended it is the test's subject
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    _wait_for(lambda: portal.requests("/v1/deposits") == 1, "the feed's request")
    stop.set()
    worker.join(timeout=60)  # a guard; unbounded, it never ends
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    _wait_for(lambda: portal.cut("/v1/deposits") == 1, "the client hung up")


# -- item 11: the duration reported --------------------------------------------------------------


def test_the_reported_duration_is_the_sync_own(
    office: Office, portal: HostilePortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync's clock is monotonic and read at its start and end, whatever happens between
    (the feed's loop once reused the start's name, and the report gave seconds since boot)."""
    _good(portal, engine.GROUP * 2 + 3)  # several groups: the loop that reused the name
    now = [5000.0]
    monkeypatch.setattr(engine, "monotonic", lambda: now[0])

    def progress(state: engine.SyncProgress) -> None:
        if state.phase == "feed" and state.done == 0:
            now[0] += 4.5  # the sync's work, as the clock sees it

    report = engine.sync_once(
        office.db, office.admin, url=portal.url, retry=FAST, progress=progress
    )
    assert report.registered == engine.GROUP * 2 + 3
    assert report.seconds == pytest.approx(4.5)
    assert report.to_json()["seconds"] == 4.5
    text = message(
        "sync_done",
        "fr",
        seconds=f"{report.seconds:.1f}",
        registered=1,
        quarantined=0,
        already=0,
        sent=0,
    )
    assert "4.5 s" in text
