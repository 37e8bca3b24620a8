"""The user's settings, typed, over QSettings (a file per user; the registry on Windows)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from app import config
from app.domain.enums import Channel, Direction
from ui.display import DisplayPrefs

VERSION = 1
MAX_IDLE_MINUTES = 240
DEFAULT_LABEL_TEMPLATE = "thermal-62x29-203"
# What each direction's form offers first: an arrivée is mostly handed in at the counter, a
# départ goes by post, internal mail is carried by hand.
DEFAULT_CHANNELS = {
    Direction.IN: Channel.COUNTER,
    Direction.OUT: Channel.POST,
    Direction.INTERNAL: Channel.COURIER,
}


@dataclass(frozen=True)
class PrintingPrefs:
    """Printers by name ("" for the system's default); templates by key."""

    label_printer: str = ""
    label_template: str = DEFAULT_LABEL_TEMPLATE
    receipt_printer: str = ""
    receipt_size: str = "a5"
    receipt_after_counter: bool = False
    register_printer: str = ""


@dataclass(frozen=True)
class ScanPrefs:
    """This PC's scanner and the office copier's folder; OCR of new scans."""

    device: str = ""  # "" : the first scanner found
    resolution: int = 300
    mode: str = "gray"
    feeder: bool = False
    duplex: bool = False
    watched_folder: str = ""  # "" : no folder watched
    ocr: bool = True
    searchable_pdf: bool = False


class MemoryStore:
    """A QSettings stand-in that keeps values in memory (tests, benchmarks, screenshots)."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802
        self._values[key] = value

    def sync(self) -> None:
        pass


class Settings:
    def __init__(self, store: QSettings | MemoryStore | None = None) -> None:
        self._s = store if store is not None else QSettings("bureau-ordre", "bureau-ordre")
        if int(self._s.value("version", 0)) < VERSION:  # type: ignore[arg-type]
            self._s.setValue("version", VERSION)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "fr"))
        return value if value in ("fr", "ar") else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def database_url(self) -> str:
        return str(self._s.value("db/url", "")) or config.database_url()

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._s.setValue("db/url", value)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the session locks; 0 never locks."""
        try:
            value = int(self._s.value("session/idle_lock_minutes", 10))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 10
        return max(0, min(value, MAX_IDLE_MINUTES))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._s.setValue("session/idle_lock_minutes", int(value))

    @property
    def display(self) -> DisplayPrefs:
        return DisplayPrefs(
            eastern_digits=self._flag("ui/eastern_digits"), hijri=self._flag("ui/hijri")
        )

    @display.setter
    def display(self, value: DisplayPrefs) -> None:
        self._s.setValue("ui/eastern_digits", value.eastern_digits)
        self._s.setValue("ui/hijri", value.hijri)

    def channel_for(self, direction: Direction | str) -> str:
        """The channel of the last mail of ``direction`` registered on this PC (that form's
        default); each direction keeps its own (a départ by post leaves the counter's arrivée
        at the counter). Never used: the direction's usual channel."""
        direction = Direction(direction)
        value = str(self._s.value(f"registration/{direction.value}/channel", "") or "")
        if value in {c.value for c in Channel}:
            return value
        return DEFAULT_CHANNELS[direction].value

    def set_channel_for(self, direction: Direction | str, value: str) -> None:
        self._s.setValue(f"registration/{Direction(direction).value}/channel", value)

    # --- printing (per PC: the printers are this PC's) -------------------------------------

    @property
    def printing(self) -> PrintingPrefs:
        defaults = PrintingPrefs()
        return PrintingPrefs(
            label_printer=str(self._s.value("printing/label_printer", "")),
            label_template=str(self._s.value("printing/label_template", defaults.label_template)),
            receipt_printer=str(self._s.value("printing/receipt_printer", "")),
            receipt_size=str(self._s.value("printing/receipt_size", defaults.receipt_size)),
            receipt_after_counter=self._flag(
                "printing/receipt_after_counter", defaults.receipt_after_counter
            ),
            register_printer=str(self._s.value("printing/register_printer", "")),
        )

    @printing.setter
    def printing(self, value: PrintingPrefs) -> None:
        self._s.setValue("printing/label_printer", value.label_printer)
        self._s.setValue("printing/label_template", value.label_template)
        self._s.setValue("printing/receipt_printer", value.receipt_printer)
        self._s.setValue("printing/receipt_size", value.receipt_size)
        self._s.setValue("printing/receipt_after_counter", value.receipt_after_counter)
        self._s.setValue("printing/register_printer", value.register_printer)

    # --- scanning (per PC) ---------------------------------------------------------------

    @property
    def scanning(self) -> ScanPrefs:
        defaults = ScanPrefs()
        try:
            resolution = int(self._s.value("scan/resolution", defaults.resolution))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            resolution = defaults.resolution
        mode = str(self._s.value("scan/mode", defaults.mode))
        return ScanPrefs(
            device=str(self._s.value("scan/device", "")),
            resolution=resolution if 50 <= resolution <= 1200 else defaults.resolution,
            mode=mode if mode in ("color", "gray", "lineart") else defaults.mode,
            feeder=self._flag("scan/feeder"),
            duplex=self._flag("scan/duplex"),
            watched_folder=str(self._s.value("scan/watched_folder", "")),
            ocr=self._flag("scan/ocr", defaults.ocr),
            searchable_pdf=self._flag("scan/searchable_pdf"),
        )

    @scanning.setter
    def scanning(self, value: ScanPrefs) -> None:
        self._s.setValue("scan/device", value.device)
        self._s.setValue("scan/resolution", int(value.resolution))
        self._s.setValue("scan/mode", value.mode)
        self._s.setValue("scan/feeder", value.feeder)
        self._s.setValue("scan/duplex", value.duplex)
        self._s.setValue("scan/watched_folder", value.watched_folder)
        self._s.setValue("scan/ocr", value.ocr)
        self._s.setValue("scan/searchable_pdf", value.searchable_pdf)

    @property
    def next_sheet_position(self) -> int:
        """Where the next label goes on a sheet of stickers (after the last one printed)."""
        try:
            return max(1, int(self._s.value("printing/next_sheet_position", 1)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1

    @next_sheet_position.setter
    def next_sheet_position(self, value: int) -> None:
        self._s.setValue("printing/next_sheet_position", int(value))

    def _flag(self, key: str, default: bool = False) -> bool:
        # QSettings' INI backend gives booleans back as the strings "true"/"false".
        return str(self._s.value(key, default)).lower() in ("true", "1")

    def sync(self) -> None:
        self._s.sync()
