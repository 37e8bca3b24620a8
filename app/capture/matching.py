"""Barcode matching: which pages carry a label of this application, and where documents start.

Each page is read twice, cheaply. zxing-cpp decodes the linear barcodes on it; a decoded text
that, normalised, has the shape of a registry number of this office is a label. Then, if no
label was decoded, the pixels are searched for bars (:func:`has_bars`): a row of at least ten
tall, parallel strokes within 15 mm, which text, tables and stamps do not make. Bars that do
not decode are a damaged label, or someone else's barcode.

A stack of documents is split at each label (:func:`split`): a labelled page starts a
document, the unlabelled pages after it belong to it. Anything that might be the start of
another document but cannot be matched (unreadable bars, a foreign barcode, two different
labels on one page) starts a document of its own that goes to the "to be sorted" tray, and so
do the pages before the first label: a page is never attached to a mail on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from app.domain.numbering import DEFAULT_FORMAT, normalise_typed_number, number_pattern

if TYPE_CHECKING:  # numpy is loaded by the page that needs it, not by the desk's start
    import numpy as np
    from PIL import Image

MM_PER_INCH = 25.4
BAR_MIN_HEIGHT_MM = 3.0  # our labels' bars are at least 6.5 mm tall
BAR_WINDOW_MM = 15.0
BAR_MIN_COUNT = 10
BAR_MIN_ROWS_MM = 1.5
BAR_DPI = 150


class Reason(StrEnum):
    """Why a document went to the tray instead of a mail."""

    NO_LABEL = "no_label"  # pages before the first label, or a file with none
    UNREADABLE = "unreadable_label"  # bars that do not decode
    FOREIGN = "foreign_barcode"  # a barcode that is not a registry number
    SEVERAL = "several_labels"  # two different numbers on one page
    UNKNOWN = "unknown_number"  # a number this office does not have
    CANCELLED = "mail_cancelled"  # the mail was cancelled
    NOT_ALLOWED = "not_allowed"  # the user may not attach to that mail


@dataclass(frozen=True)
class Reading:
    """What was found on one page."""

    numbers: tuple[str, ...] = ()  # registry numbers, de-duplicated, in reading order
    foreign: tuple[str, ...] = ()  # other decoded barcodes ("EAN13:6111234567890")
    bars: bool = False  # bars were seen that did not decode

    @property
    def starts_document(self) -> bool:
        return bool(self.numbers or self.foreign or self.bars)


@dataclass
class Segment:
    """A document found in a stack: its pages (0-based, in order) and what leads it."""

    pages: list[int]
    number: str | None = None
    reason: Reason | None = None
    barcode: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _dpi(image: Image.Image) -> float:
    dpi = image.info.get("dpi")
    try:
        return float(dpi[0]) if dpi and float(dpi[0]) > 1 else 300.0
    except (TypeError, ValueError, IndexError):
        return 300.0


def has_bars(image: Image.Image) -> bool:
    """Whether ``image`` (greyscale) shows a row of barcode bars, upright or on their side."""
    import numpy as np

    dpi = _dpi(image)
    factor = max(1, int(dpi // BAR_DPI))  # bars are seen as well at 150 dpi, 4 times faster
    small = image.convert("L").reduce(factor) if factor > 1 else image.convert("L")
    dark = np.asarray(small) < 128
    dpi /= factor
    return _bars(dark, dpi) or _bars(dark.T, dpi)


def _bars(dark: np.ndarray, dpi: float) -> bool:
    import numpy as np

    k = max(1, round(BAR_MIN_HEIGHT_MM / 2 * dpi / MM_PER_INCH))
    window = max(4, round(BAR_WINDOW_MM * dpi / MM_PER_INCH))
    if dark.shape[0] <= 2 * k or dark.shape[1] <= window + 1:
        return False
    # A slightly turned bar drifts sideways with height: look one pixel either side above and
    # below the middle row.
    wide = dark.copy()
    wide[:, 1:] |= dark[:, :-1]
    wide[:, :-1] |= dark[:, 1:]
    tall = dark[k:-k] & wide[: -2 * k] & wide[2 * k :]
    rising = tall[:, 1:] & ~tall[:, :-1]
    counts = np.cumsum(rising, axis=1, dtype=np.int32)
    per_window = counts[:, window:] - counts[:, :-window]
    rows = int((per_window.max(axis=1) >= BAR_MIN_COUNT).sum())
    return rows >= BAR_MIN_ROWS_MM * dpi / MM_PER_INCH


def read_page(image: Image.Image, pattern: re.Pattern[str] | None = None) -> Reading:
    """The labels and other barcodes on one page."""
    import zxingcpp

    pattern = pattern or number_pattern(DEFAULT_FORMAT)
    numbers: list[str] = []
    foreign: list[str] = []
    for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.AllLinear):
        text = found.text.strip()
        number = normalise_typed_number(text)
        # zxing may also report one spurious result spanning two barcodes: de-duplicate.
        if found.format == zxingcpp.BarcodeFormat.Code128 and pattern.match(number):
            if number not in numbers:
                numbers.append(number)
        else:
            described = f"{found.format.name}:{text}"[:200]
            if described not in foreign:
                foreign.append(described)
    if numbers:
        return Reading(numbers=tuple(numbers), foreign=tuple(foreign))
    return Reading(foreign=tuple(foreign), bars=not foreign and has_bars(image))


def split(readings: Sequence[Reading]) -> list[Segment]:
    """The documents of a stack, from its pages' readings."""
    segments: list[Segment] = []
    for index, reading in enumerate(readings):
        if len(reading.numbers) == 1:
            segments.append(Segment([index], number=reading.numbers[0]))
        elif len(reading.numbers) > 1:
            segments.append(
                Segment([index], reason=Reason.SEVERAL, barcode=" ".join(reading.numbers))
            )
        elif reading.foreign:
            segments.append(
                Segment([index], reason=Reason.FOREIGN, barcode=" ".join(reading.foreign))
            )
        elif reading.bars:
            segments.append(Segment([index], reason=Reason.UNREADABLE))
        elif segments:
            segments[-1].pages.append(index)
        else:
            segments.append(Segment([index], reason=Reason.NO_LABEL))
    return segments
