"""Correct a registered mail: the fields as they are, what to change, and why.

Only the fields changed are sent; the number, registration time and clerk cannot change.
The correction runs on the database worker; if it fails (no reason given, a cancelled mail,
the database gone) the dialog stays open with everything typed and says why.

Signals: ``corrected(str)`` with the mail's number.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import local_tz, to_local
from app.domain.enums import Channel, MailType, Priority
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.corrections import Correction, correct_mail
from app.registry.queries import MailView
from app.store.database import Database
from ui import limits
from ui.labels import LTR
from ui.registration.captions import field_captions
from ui.registration.correspondent_field import CorrespondentField
from ui.tasks import TaskRunner
from ui.widgets import day_edit, relabel, value_combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class CorrectionDialog(QDialog):
    corrected = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        mail: MailView,
        services: list[ServiceRow],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.mail = mail
        self.number = QLabel(LTR + mail.number, self)
        font = self.number.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.number.setFont(font)
        self.correspondent = CorrespondentField(
            db=db, tasks=tasks, office_id=actor.office_id, on_error=self._on_error, parent=self
        )
        self.correspondent.set_text(mail.correspondent or "")
        self.subject = QLineEdit(mail.subject, self)
        self.subject.setObjectName("subject")
        self.reference = QLineEdit(mail.letter_reference or "", self)
        self.has_letter_date = QCheckBox(self)
        self.letter_date = day_edit(self, popup=True)
        self.letter_date.setDate(
            QDate(mail.letter_date) if mail.letter_date else QDate.currentDate()
        )
        self.has_letter_date.setChecked(mail.letter_date is not None)
        self.letter_date.setEnabled(mail.letter_date is not None)
        self.has_letter_date.toggled.connect(self.letter_date.setEnabled)
        self.received = day_edit(self, popup=True)
        self.received.setDate(QDate(self._received_day()))
        self.mail_type = value_combo([t.value for t in MailType], self)
        _select(self.mail_type, mail.mail_type)
        self.channel = value_combo([c.value for c in Channel], self)
        _select(self.channel, mail.channel)
        self.priority = value_combo([p.value for p in Priority], self)
        _select(self.priority, mail.priority)
        self.confidential = QCheckBox(self)
        self.confidential.setChecked(mail.confidential)
        self.pieces = QSpinBox(self)
        self.pieces.setRange(0, 10_000)
        self.pieces.setValue(mail.pieces)
        self.service = QComboBox(self)
        self.service.addItem("—", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang)}", s.code)
        _select(self.service, mail.service)
        self.observations = QLineEdit(mail.observations or "", self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        for edit, field in (
            (self.subject, "subject"),
            (self.reference, "reference"),
            (self.observations, "observations"),
            (self.reason, "reason"),
        ):
            limits.limit_text(edit, field)  # a longer older value is kept whole
        limits.bound_letter_date(self.letter_date)
        limits.bound_received(self.received)
        self.message = QLabel(self)
        self.message.setObjectName("correctionMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        letter_date = QWidget(self)
        pair = QHBoxLayout(letter_date)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.has_letter_date)
        pair.addWidget(self.letter_date, 1)
        for key, widget in (
            ("correspondent", self.correspondent),
            ("subject", self.subject),
            ("reference", self.reference),
            ("letter_date", letter_date),
            ("received", self.received),
            ("type", self.mail_type),
            ("channel", self.channel),
            ("priority", self.priority),
            ("confidential", self.confidential),
            ("pieces", self.pieces),
            ("service", self.service),
            ("observations", self.observations),
            ("reason", self.reason),
        ):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self._captions[key] = caption
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self.subject.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct mail %1").replace("%1", self.mail.number))
        captions = field_captions(self.mail.direction) | {
            "reason": self.tr("Reason for the co&rrection")
        }
        for key, caption in self._captions.items():
            caption.setText(captions[key])
        self.has_letter_date.setText(self.tr("known"))
        self.reason.setPlaceholderText(self.tr("Required: kept in the mail's history"))
        for combo in (self.mail_type, self.channel, self.priority):
            relabel(combo)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _received_day(self) -> date:
        """The day received (or sent) as shown: the registration day when none was given."""
        return to_local(self.mail.received_at or self.mail.registered_at).date()

    def correction(self) -> Correction:
        """The fields that differ from the mail as registered (the rest stay ``None``)."""
        mail = self.mail
        fields: dict[str, object] = {}
        if self.correspondent.text().strip() != (mail.correspondent or ""):
            fields["correspondent"] = self.correspondent.candidate()
        for name, typed, before in (
            ("subject", self.subject.text(), mail.subject),
            ("letter_reference", self.reference.text(), mail.letter_reference or ""),
            ("observations", self.observations.text(), mail.observations or ""),
        ):
            if typed.strip() != before:
                fields[name] = typed
        letter_date = (
            self.letter_date.date().toPython() if self.has_letter_date.isChecked() else None
        )
        if letter_date is not None and letter_date != mail.letter_date:
            fields["letter_date"] = letter_date
        received_day = self.received.date().toPython()
        if received_day != self._received_day():
            # The day changes; the time of day stays (noon if none was recorded).
            before = to_local(mail.received_at) if mail.received_at else None
            moment = before.timetz() if before else time(12, tzinfo=local_tz())
            fields["received_at"] = datetime.combine(received_day, moment)
        for name, combo, kind, before in (
            ("mail_type", self.mail_type, MailType, mail.mail_type),
            ("channel", self.channel, Channel, mail.channel),
            ("priority", self.priority, Priority, mail.priority),
        ):
            if combo.currentData() != before:
                fields[name] = kind(combo.currentData())
        if self.confidential.isChecked() != mail.confidential:
            fields["confidential"] = self.confidential.isChecked()
        if self.pieces.value() != mail.pieces:
            fields["pieces"] = self.pieces.value()
        if self.service.currentData() and self.service.currentData() != mail.service:
            fields["service_code"] = self.service.currentData()
        return Correction(**fields)  # type: ignore[arg-type]

    def submit(self) -> None:
        fix, reason, number = self.correction(), self.reason.text(), self.mail.number
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: correct_mail(self._db, self._actor, number, fix, reason),
            on_done=lambda _count: self._on_done(),
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self) -> None:
        self.setEnabled(True)
        self.corrected.emit(self.mail.number)
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang))
        self.message.show()
