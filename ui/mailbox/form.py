"""What the clerk checks and completes before registering an e-mail: the sender's names in both
scripts and address, the subject, the service, the kind of sender, the acknowledgement.

Filled with what was read from the message (the name in the slot of its script); every field
is held to the office's limits (:mod:`ui.limits`), and what a paste brings that no one can see
is taken out as it comes. The checks themselves are the core's, at registration.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import CorrespondentKind, MailType, Priority
from app.mailbox.basket import MessageView
from app.mailbox.registration import Registration, read_names
from app.organisation.queries import ServiceRow
from ui import limits
from ui.widgets import relabel, value_combo

FIELDS = (
    "sender_fr",
    "sender_ar",
    "email",
    "kind",
    "subject",
    "service",
    "mail_type",
    "priority",
)


class EmailForm(QWidget):
    def __init__(self, *, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxForm")
        self.sender_fr = QLineEdit(self)
        self.sender_fr.setObjectName("mailboxSenderFr")
        self.sender_ar = QLineEdit(self)
        self.sender_ar.setObjectName("mailboxSenderAr")
        self.sender_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.sender_fr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email = QLineEdit(self)
        self.email.setObjectName("mailboxSenderEmail")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.kind = value_combo([k.value for k in CorrespondentKind], self)
        self.kind.setObjectName("mailboxSenderKind")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("mailboxSubject")
        self.service = QComboBox(self)
        self.service.setObjectName("mailboxService")
        self.mail_type = value_combo([t.value for t in MailType], self)
        self.mail_type.setObjectName("mailboxType")
        self.priority = value_combo([p.value for p in Priority], self)
        self.priority.setObjectName("mailboxPriority")
        self.acknowledge = QCheckBox(self)
        self.acknowledge.setObjectName("mailboxAcknowledge")
        limits.limit_text(self.sender_fr, "correspondent")
        limits.limit_text(self.sender_ar, "correspondent")
        limits.limit_text(self.email, "email")
        limits.limit_text(self.subject, "subject")
        self.captions = {name: QLabel(self) for name in FIELDS}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            field = getattr(self, name)
            self.captions[name].setBuddy(field)
            form.addRow(self.captions[name], field)
        form.addRow("", self.acknowledge)
        self.set_services([], lang)
        self.retranslate()

    def set_services(self, services: list[ServiceRow], lang: str) -> None:
        current = self.service.currentData()
        self.service.clear()
        self.service.addItem("—", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang)}", s.code)
        index = self.service.findData(current)
        self.service.setCurrentIndex(max(0, index))

    def fill(self, view: MessageView | None, *, acknowledges: bool) -> None:
        """What the message says, ready to be checked (nothing shown: cleared)."""
        latin, arabic = read_names(view) if view is not None else (None, None)
        self.sender_fr.setText(latin or "")
        self.sender_ar.setText(arabic or "")
        self.email.setText(view.from_address or "" if view is not None else "")
        self.subject.setText(view.subject if view is not None else "")
        self.subject.setCursorPosition(0)
        self.kind.setCurrentIndex(0)
        self.mail_type.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        can = acknowledges and view is not None and bool(view.from_address)
        self.acknowledge.setEnabled(can)
        self.acknowledge.setChecked(can)
        self.setEnabled(view is not None)

    def registration(self) -> Registration:
        return Registration(
            service_code=self.service.currentData(),
            subject=self.subject.text(),
            sender_latin=self.sender_fr.text(),
            sender_arabic=self.sender_ar.text(),
            sender_email=self.email.text(),
            sender_kind=CorrespondentKind(self.kind.currentData()),
            mail_type=MailType(self.mail_type.currentData()),
            priority=Priority(self.priority.currentData()),
            acknowledge=self.acknowledge.isChecked(),
        )

    def focus_field(self, field: str | None) -> None:
        """The cursor on the field a refusal names (the first one if it names none)."""
        target = {
            "correspondent": self.sender_fr,
            "email": self.email,
            "subject": self.subject,
            "service": self.service,
        }.get(field or "", self.sender_fr)
        target.setFocus()

    def retranslate(self) -> None:
        texts = {
            "sender_fr": self.tr("Sender (Latin letters)"),
            "sender_ar": self.tr("Sender (Arabic)"),
            "email": self.tr("Sender's e-mail"),
            "kind": self.tr("Sender is"),
            "subject": self.tr("Subject"),
            "service": self.tr("Service"),
            "mail_type": self.tr("Type"),
            "priority": self.tr("Priority"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.acknowledge.setText(self.tr("Send the acknowledgement by e-mail"))
        for combo in (self.kind, self.mail_type, self.priority):
            relabel(combo)
