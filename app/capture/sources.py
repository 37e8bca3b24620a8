"""Where pages come from, behind one interface: scanners, and files.

:class:`ScanSource` is what the capture window drives: list the devices, scan with
:class:`ScanSettings` (resolution, colour mode, feeder, duplex), get :class:`Page` objects
back. :class:`SaneSource` runs SANE's ``scanimage`` in a child process, never in ours: a
scanner or driver that hangs is killed at its time limit (or when the clerk cancels) and the
application goes on. A TWAIN or WIA source for Windows is one more subclass: list devices,
scan to image files, return pages (see the README).

:func:`file_pages` is the file source: files dropped or chosen, each checked and split into
pages.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.capture.pages import Page, image_page, pages_of
from app.capture.progress import CancelToken, Progress, no_progress
from app.documents.inspect import read_file
from app.errors import UserError

MODES = ("color", "gray", "lineart")
RESOLUTIONS = (150, 200, 300, 400, 600)


@dataclass(frozen=True)
class ScanSettings:
    device: str = ""  # "" is the first device found
    resolution: int = 300
    mode: str = "gray"  # one of MODES
    feeder: bool = False  # take every sheet from the document feeder
    duplex: bool = False  # both sides of each sheet (a feeder that can)


@dataclass(frozen=True)
class Device:
    name: str
    description: str


class ScanSource(ABC):
    """A kind of scanner. Implementations must never block without a time limit."""

    key: str = ""

    @abstractmethod
    def devices(self) -> list[Device]:
        """The scanners this source can reach now."""

    @abstractmethod
    def scan(
        self,
        settings: ScanSettings,
        *,
        cancel: CancelToken | None = None,
        progress: Progress = no_progress,
    ) -> list[Page]:
        """Scan one page, or the feeder's stack; raise a UserError the user can act on."""


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Stop ``proc`` and its children (the whole group it leads)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


class SaneSource(ScanSource):
    """SANE scanners through ``scanimage`` (sane-utils), each call under a time limit.

    ``env`` adds to the environment of the child (``SANE_CONFIG_DIR`` for a private set-up).
    """

    key = "sane"

    def __init__(
        self,
        *,
        executable: str = "scanimage",
        env: Mapping[str, str] | None = None,
        list_timeout: float = 30.0,
        page_timeout: float = 120.0,
    ) -> None:
        self.executable = executable
        self.env = {**os.environ, **(env or {})}
        self.list_timeout = list_timeout
        self.page_timeout = page_timeout

    # --- small calls ----------------------------------------------------------------------

    def _run(self, args: Sequence[str], timeout: float) -> str:
        try:
            proc = subprocess.Popen(
                [self.executable, *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                env=self.env,
                start_new_session=True,
            )
        except FileNotFoundError as exc:
            raise UserError("scanner_software_missing", program=self.executable) from exc
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill(proc)
            raise UserError("scanner_timeout", seconds=int(timeout)) from exc
        if proc.returncode != 0:
            raise UserError("scanner_failed", detail=_last_line(err))
        return out.decode("utf-8", "replace")

    def devices(self) -> list[Device]:
        out = self._run(["--formatted-device-list=%d\t%v %m (%t)%n"], self.list_timeout)
        found = []
        for line in out.splitlines():
            name, _, description = line.partition("\t")
            if name.strip():
                found.append(Device(name.strip(), description.strip()))
        return found

    def options(self, device: str) -> dict[str, list[str]]:
        """The device's choices for ``--source`` and ``--mode`` (names differ by driver)."""
        out = self._run(["-d", device, "--all-options"], self.list_timeout)
        choices: dict[str, list[str]] = {}
        for match in re.finditer(r"^\s+--(source|mode) ([^\[\n]+?)\s*\[", out, re.MULTILINE):
            choices[match.group(1)] = [c.strip() for c in match.group(2).split("|")]
        return choices

    # --- scanning -------------------------------------------------------------------------

    def _arguments(self, settings: ScanSettings, device: str, folder: Path) -> list[str]:
        choices = self.options(device)
        args = ["-d", device, "--format=png", f"--resolution={int(settings.resolution)}"]
        mode = _pick_mode(choices.get("mode", []), settings.mode)
        if mode:
            args.append(f"--mode={mode}")
        source = _pick_source(choices.get("source", []), settings)
        if source:
            args.append(f"--source={source}")
        args.append(f"--batch={folder / 'page-%04d.png'}")
        if not (settings.feeder or settings.duplex):
            args.append("--batch-count=1")
        return args

    def scan(
        self,
        settings: ScanSettings,
        *,
        cancel: CancelToken | None = None,
        progress: Progress = no_progress,
    ) -> list[Page]:
        device = settings.device
        if not device:
            devices = self.devices()
            if not devices:
                raise UserError("scanner_none")
            device = devices[0].name
        with tempfile.TemporaryDirectory(prefix="bo-scan-") as tmp:
            folder = Path(tmp)
            args = self._arguments(settings, device, folder)
            self._scan_into(args, folder, cancel, progress)
            files = sorted(folder.glob("page-*.png"))
            stamp = time.strftime("%Y%m%d-%H%M%S")
            pages = []
            for n, path in enumerate(files, 1):
                try:
                    pages.append(image_page(path.read_bytes(), f"scan-{stamp}-{n}.png"))
                except UserError:
                    if n == len(files):  # the last page of an interrupted scan: dropped
                        continue
                    raise
            if not pages:
                raise UserError("scanner_no_pages")
            return pages

    def _scan_into(
        self,
        args: list[str],
        folder: Path,
        cancel: CancelToken | None,
        progress: Progress,
    ) -> None:
        err_path = folder / "stderr.txt"
        with open(err_path, "wb") as err:
            try:
                proc = subprocess.Popen(
                    [self.executable, *args],
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    stdin=subprocess.DEVNULL,
                    env=self.env,
                    start_new_session=True,
                    cwd=folder,
                )
            except FileNotFoundError as exc:
                raise UserError("scanner_software_missing", program=self.executable) from exc
            count, last_change = 0, time.monotonic()
            try:
                while proc.poll() is None:
                    if cancel is not None and cancel.wait(0.1):
                        _kill(proc)
                        cancel.check()
                    elif cancel is None:
                        time.sleep(0.1)
                    now_count = len(list(folder.glob("page-*.png")))
                    if now_count != count:
                        count, last_change = now_count, time.monotonic()
                        progress(max(0, count - 1), 0)
                    if time.monotonic() - last_change > self.page_timeout:
                        _kill(proc)
                        # Pages written before the hang are kept (PLATFORM: a scan may hang at
                        # exit after writing the whole file).
                        if count == 0:
                            raise UserError("scanner_timeout", seconds=int(self.page_timeout))
                        return
            except BaseException:
                if proc.poll() is None:
                    _kill(proc)
                raise
        detail = _last_line(err_path.read_bytes())
        produced = list(folder.glob("page-*.png"))
        if proc.returncode != 0 or not produced:
            lowered = detail.lower()
            if "out of documents" in lowered or "no docs" in lowered or "no more" in lowered:
                if not produced:
                    raise UserError("scanner_feeder_empty")
                return
            if not produced:
                raise UserError("scanner_failed", detail=detail)
        progress(len(produced), len(produced))


def _last_line(data: bytes) -> str:
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1].strip()[:300] if lines else ""


_MODE_WORDS = {
    "color": ("color", "colour", "couleur", "24bit"),
    "gray": ("gray", "grey", "gris", "8bit"),
    "lineart": ("lineart", "binary", "black", "monochrome", "halftone"),
}


def _pick_mode(choices: list[str], wanted: str) -> str | None:
    for word in _MODE_WORDS.get(wanted, ()):
        for choice in choices:
            if word in choice.lower():
                return choice
    return None


def _pick_source(choices: list[str], settings: ScanSettings) -> str | None:
    """The ``--source`` for a flatbed, a feeder or a duplex feeder; refused if absent."""
    lowered = [(c, c.lower()) for c in choices]
    feeders = [c for c, low in lowered if "adf" in low or "feeder" in low or "duplex" in low]
    if settings.duplex:
        duplex = [c for c in feeders if "duplex" in c.lower()]
        if not duplex:
            raise UserError("scanner_no_duplex")
        return duplex[0]
    if settings.feeder:
        simplex = [c for c in feeders if "duplex" not in c.lower()] or feeders
        if not simplex:
            raise UserError("scanner_no_feeder")
        return simplex[0]
    flatbed = [c for c, low in lowered if "flatbed" in low or "normal" in low]
    return flatbed[0] if flatbed else None


def file_pages(paths: Sequence[Path], *, max_bytes: int) -> list[Page]:
    """The pages of files dropped or chosen, in the order given; a bad file raises."""
    pages: list[Page] = []
    for path in paths:
        pages += pages_of(read_file(Path(path), max_bytes=max_bytes))
    return pages
