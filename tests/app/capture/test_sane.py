"""Scanning through SANE: the test backend (a private configuration), time limits, cancelling."""

from __future__ import annotations

import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from app.capture.pages import assemble
from app.capture.progress import Cancelled, CancelToken
from app.capture.sources import SaneSource, ScanSettings
from app.errors import UserError
from app.registry.attach import attach
from app.registry.queries import get_mail
from tests.app.capture.conftest import register
from tests.conftest import Office

needs_scanimage = pytest.mark.skipif(
    shutil.which("scanimage") is None or not Path("/etc/sane.d/test.conf").exists(),
    reason="sane-utils is not installed",
)


@pytest.fixture
def sane_test_backend(tmp_path: Path) -> dict[str, str]:
    """SANE's test backend, enabled in a private configuration folder (never in /etc)."""
    config = tmp_path / "sane.d"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    shutil.copy("/etc/sane.d/test.conf", config / "test.conf")
    return {"SANE_CONFIG_DIR": str(config)}


@needs_scanimage
def test_a_page_scanned_from_the_test_backend_becomes_an_attachment(
    office: Office, sane_test_backend: dict[str, str]
) -> None:
    source = SaneSource(env=sane_test_backend)
    devices = source.devices()
    assert devices and devices[0].name.startswith("test")
    pages = source.scan(ScanSettings(device=devices[0].name, resolution=75, mode="gray"))
    assert len(pages) == 1
    (number,) = register(office, 1)
    result = attach(office.db, office.clerk, number, [assemble(pages, "scan.pdf")])
    mail = get_mail(office.db, number)
    assert [(a.name, a.pages, a.content_type) for a in mail.attachments] == [
        ("scan.pdf", 1, "application/pdf")
    ]
    assert result.files[0].id == mail.attachments[0].id


@needs_scanimage
def test_the_document_feeder_gives_every_sheet(sane_test_backend: dict[str, str]) -> None:
    progress: list[tuple[int, int]] = []
    pages = SaneSource(env=sane_test_backend).scan(
        ScanSettings(device="test:0", resolution=50, mode="color", feeder=True),
        progress=lambda d, t: progress.append((d, t)),
    )
    assert len(pages) == 10  # the test backend's feeder holds ten sheets
    assert progress[-1] == (10, 10)


@needs_scanimage
def test_duplex_on_a_scanner_without_it_is_refused_clearly(
    sane_test_backend: dict[str, str],
) -> None:
    with pytest.raises(UserError) as caught:
        SaneSource(env=sane_test_backend).scan(ScanSettings(device="test:0", duplex=True))
    assert caught.value.code == "scanner_no_duplex"


def _hanging_scanner(tmp_path: Path) -> str:
    """A scanimage that lists a device, then hangs when asked to scan."""
    script = tmp_path / "scanimage"
    script.write_text(
        "#!/bin/sh\n"
        'case "$*" in\n'
        '  *formatted-device-list*) printf "stuck:0\\tStuck scanner\\n" ;;\n'
        "  *all-options*) echo '    --mode Gray|Color [Gray]' ;;\n"
        "  *) sleep 600 ;;\n"
        "esac\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_a_hanging_scanner_is_stopped_at_its_time_limit(tmp_path: Path) -> None:
    source = SaneSource(executable=_hanging_scanner(tmp_path), page_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(UserError) as caught:
        source.scan(ScanSettings())
    assert caught.value.code == "scanner_timeout"
    assert time.monotonic() - started < 300  # killed, not waited for (sleep 600)


def test_a_scan_can_be_cancelled(tmp_path: Path) -> None:
    source = SaneSource(executable=_hanging_scanner(tmp_path), page_timeout=300)
    token = CancelToken()
    threading.Timer(0.5, token.cancel).start()
    with pytest.raises(Cancelled):
        source.scan(ScanSettings(device="stuck:0"), cancel=token)


def test_no_scanner_software_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        SaneSource(executable=str(tmp_path / "nothing-here")).devices()
    assert caught.value.code == "scanner_software_missing"
    assert "sane-utils" in caught.value.message("fr")
