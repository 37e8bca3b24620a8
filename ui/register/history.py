"""A mail's history as lines to show: who did what when, why, and each field before → after."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.registry.queries import EventView
from ui import display
from ui.labels import label

FIELDS = {
    "subject": QT_TRANSLATE_NOOP("History", "subject"),
    "correspondent": QT_TRANSLATE_NOOP("History", "correspondent"),
    "letter_reference": QT_TRANSLATE_NOOP("History", "reference"),
    "letter_date": QT_TRANSLATE_NOOP("History", "letter date"),
    "received_at": QT_TRANSLATE_NOOP("History", "received / sent on"),
    "mail_type": QT_TRANSLATE_NOOP("History", "type"),
    "channel": QT_TRANSLATE_NOOP("History", "channel"),
    "priority": QT_TRANSLATE_NOOP("History", "priority"),
    "confidential": QT_TRANSLATE_NOOP("History", "confidential"),
    "pieces": QT_TRANSLATE_NOOP("History", "pieces"),
    "observations": QT_TRANSLATE_NOOP("History", "observations"),
    "service": QT_TRANSLATE_NOOP("History", "service"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "copies": QT_TRANSLATE_NOOP("History", "copies"),
    "agent": QT_TRANSLATE_NOOP("History", "agent"),
    "instructions": QT_TRANSLATE_NOOP("History", "instructions"),
    "due_date": QT_TRANSLATE_NOOP("History", "due date"),
    "answered_by": QT_TRANSLATE_NOOP("History", "answered by"),
    "ar_number": QT_TRANSLATE_NOOP("History", "AR number"),
    "ar_returned_on": QT_TRANSLATE_NOOP("History", "AR returned on"),
    "kind": QT_TRANSLATE_NOOP("History", "for"),
}
# What happened, when the event's kind is not simply the status it led to.
EVENTS = {
    "registered": QT_TRANSLATE_NOOP("History", "Registered"),
    "corrected": QT_TRANSLATE_NOOP("History", "Corrected"),
    "cancelled": QT_TRANSLATE_NOOP("History", "Cancelled"),
    "attached": QT_TRANSLATE_NOOP("History", "Attachment added"),
    "label_printed": QT_TRANSLATE_NOOP("History", "Label printed"),
    "receipt_printed": QT_TRANSLATE_NOOP("History", "Receipt printed"),
    "assigned": QT_TRANSLATE_NOOP("History", "Assigned"),
    "reassigned": QT_TRANSLATE_NOOP("History", "Handed on"),
    "returned": QT_TRANSLATE_NOOP("History", "Sent back to the bureau d'ordre"),
    "started": QT_TRANSLATE_NOOP("History", "Treatment started"),
    "answered": QT_TRANSLATE_NOOP("History", "Answered"),
    "closed": QT_TRANSLATE_NOOP("History", "Filed"),
    "slip_printed": QT_TRANSLATE_NOOP("History", "Routing slip printed"),
    "delivered": QT_TRANSLATE_NOOP("History", "Handed over to the service"),
    "ar_returned": QT_TRANSLATE_NOOP("History", "Acknowledgement of receipt returned"),
}
_LABELLED = {"mail_type", "channel", "priority", "status", "kind"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field in _LABELLED:
        return label(str(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "—"
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if field == "received_at":
        return display.moment(datetime.fromisoformat(str(value)))
    if field in ("letter_date", "due_date", "ar_returned_on"):
        return display.day(date.fromisoformat(str(value)))
    return display.digits(str(value)) if field == "pieces" else str(value)


def lines(events: Iterable[EventView], instructions: dict[str, str] | None = None) -> list[str]:
    """One text per event; ``instructions`` names the office's instruction codes."""
    names = instructions or {}
    # Old → new reads in the window's direction: the arrow points left in Arabic.
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    arrow = "←" if rtl else "→"
    out = []
    for ev in events:
        kind = _tr(EVENTS[ev.kind]) if ev.kind in EVENTS else label(ev.kind)
        line = f"{display.moment(ev.at)}  {kind}  ({ev.user})"
        if ev.reason:
            line += f" — {ev.reason}"
        for field, (old, new) in (ev.changes or {}).items():
            if old == new or (not old and not new):
                continue  # nothing changed there (an assignment without agent)
            if field == "instructions":
                old, new = ([names.get(c, c) for c in v or []] for v in (old, new))
            name = _tr(FIELDS[field]) if field in FIELDS else field
            colon = ":" if rtl else " :"  # French sets a space before the colon, Arabic none
            line += f"\n    {name}{colon} {_value(field, old)} {arrow} {_value(field, new)}"
        out.append(line)
    return out
