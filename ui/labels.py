"""Translated labels for the register's stored values (directions, types, channels...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# A left-to-right mark: numbers, dates and file names that must read left to right even in
# an Arabic window start with it.
LTR = "\u200e"


def ltr(text: str) -> str:
    """``text`` laid out left to right as a block inside any line (left-to-right isolate):
    a file name (طلب.pdf, not pdf.طلب), a login, keys, a row of sample digits."""
    return f"\u2066{text}\u2069" if text else ""


def isolate(text: str) -> str:
    """``text`` laid out in its own script's direction inside any line (first-strong isolate).

    An Arabic name in a French line, or a French subject in an Arabic one, keeps its words and
    its punctuation in order, and does not reorder what is around it."""
    return f"\u2068{text}\u2069" if text else ""


VALUES = {
    "in": QT_TRANSLATE_NOOP("Labels", "Incoming"),
    "out": QT_TRANSLATE_NOOP("Labels", "Outgoing"),
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice"),
    "summons": QT_TRANSLATE_NOOP("Labels", "Summons"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "request": QT_TRANSLATE_NOOP("Labels", "Request"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "report": QT_TRANSLATE_NOOP("Labels", "Report"),
    "circular": QT_TRANSLATE_NOOP("Labels", "Circular"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "counter": QT_TRANSLATE_NOOP("Labels", "Counter"),
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
    "courier": QT_TRANSLATE_NOOP("Labels", "Courier"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "fax": QT_TRANSLATE_NOOP("Labels", "Fax"),
    "portal": QT_TRANSLATE_NOOP("Labels", "Portal"),
    "registered_post": QT_TRANSLATE_NOOP("Labels", "Registered with AR"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "very_urgent": QT_TRANSLATE_NOOP("Labels", "Very urgent"),
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "corrected": QT_TRANSLATE_NOOP("Labels", "Corrected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "citizen": QT_TRANSLATE_NOOP("Labels", "Citizen"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "association": QT_TRANSLATE_NOOP("Labels", "Association"),
    "administration": QT_TRANSLATE_NOOP("Labels", "Administration"),
    "cin": QT_TRANSLATE_NOOP("Labels", "CIN"),
    "ice": QT_TRANSLATE_NOOP("Labels", "ICE"),
    "rc": QT_TRANSLATE_NOOP("Labels", "RC"),
    "if": QT_TRANSLATE_NOOP("Labels", "IF"),
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "main": QT_TRANSLATE_NOOP("Labels", "For action"),
    "copy": QT_TRANSLATE_NOOP("Labels", "For information"),
}


def label(value: str | None) -> str:
    if not value:
        return ""
    source = VALUES.get(value)
    return QCoreApplication.translate("Labels", source) if source else value
