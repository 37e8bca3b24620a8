"""The selected mail, whole: its fields, its attachments and its history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import to_local
from app.registry.queries import MailView
from ui.labels import LTR, label
from ui.register.delegate import direction_of


def _when(moment) -> str:  # type: ignore[no-untyped-def]
    return LTR + to_local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


class DetailPane(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.number = QLabel(body)
        self.number.setObjectName("detailNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        outer.addWidget(self.number)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self._fields: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for key in (
            "direction",
            "registered",
            "correspondent",
            "subject",
            "type",
            "channel",
            "priority",
            "status",
            "pieces",
            "reference",
            "letter_date",
            "received",
            "service",
            "observations",
        ):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(body)
            self._fields[key] = value
            self._captions[key] = caption
            self.form.addRow(caption, value)
        self.attachments_title = QLabel(body)
        self.attachments = QListWidget(body)
        self.history_title = QLabel(body)
        self.history = QListWidget(body)
        for w in (self.attachments_title, self.attachments, self.history_title, self.history):
            outer.addWidget(w)
        self._mail: MailView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "direction": self.tr("Direction"),
            "registered": self.tr("Registered on"),
            "correspondent": self.tr("Correspondent"),
            "subject": self.tr("Subject"),
            "type": self.tr("Type"),
            "channel": self.tr("Channel"),
            "priority": self.tr("Priority"),
            "status": self.tr("Status"),
            "pieces": self.tr("Pieces"),
            "reference": self.tr("Reference"),
            "letter_date": self.tr("Letter date"),
            "received": self.tr("Received / sent on"),
            "service": self.tr("Service"),
            "observations": self.tr("Observations"),
        }
        for key, caption in self._captions.items():
            caption.setText(titles[key])
        self.attachments_title.setText(self.tr("Attachments"))
        self.history_title.setText(self.tr("History"))
        if self._mail is not None:
            self.show_mail(self._mail)
        else:
            self.number.setText(self.tr("No mail selected"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._mail = None
        for field in self._fields.values():
            field.clear()
        self.attachments.clear()
        self.history.clear()
        self.number.setText(self.tr("No mail selected"))

    def show_mail(self, mail: MailView) -> None:
        self._mail = mail
        number = LTR + mail.number
        if mail.cancelled:
            number += f"  ({label('cancelled')})"
        self.number.setText(number)
        values = {
            "direction": label(mail.direction),
            "registered": f"{_when(mail.registered_at)} — {mail.registered_by}",
            "correspondent": mail.correspondent or "",
            "subject": mail.subject,
            "type": label(mail.mail_type),
            "channel": label(mail.channel),
            "priority": label(mail.priority),
            "status": label(mail.status),
            "pieces": str(mail.pieces),
            "reference": mail.letter_reference or "",
            "letter_date": mail.letter_date.isoformat() if mail.letter_date else "",
            "received": _when(mail.received_at),
            "service": mail.service or "",
            "observations": mail.observations or "",
        }
        for key, text in values.items():
            field = self._fields[key]
            field.setText(text)
            # Each value in its own script's direction, whatever the window's.
            field.setLayoutDirection(direction_of(text))
            field.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.attachments.clear()
        for att in mail.attachments:
            pages = self.tr("%n page(s)", "", att.pages)
            self.attachments.addItem(f"{att.name} — {pages}")
        self.history.clear()
        for ev in mail.events:
            line = f"{_when(ev.at)}  {label(ev.kind)}  ({ev.user})"
            if ev.reason:
                line += f" — {ev.reason}"
            for field, (old, new) in (ev.changes or {}).items():
                line += f"\n    {field}: {old} → {new}"
            self.history.addItem(line)
