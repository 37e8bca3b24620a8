"""The selected mail, whole: its fields, its attachments and its history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.imputation import deadlines
from app.organisation.actor import Actor
from app.registry.queries import MailView
from app.store.database import Database
from ui import display
from ui.labels import LTR, isolate, label, ltr
from ui.preview.source import AttachmentSource
from ui.preview.strip import ThumbnailStrip
from ui.register import history
from ui.tasks import TaskRunner

# The mail's treatment: rows shown only when they say something.
IMPUTATION = ("assigned_to", "copies", "due", "instructions", "answered_by")


class DetailPane(QScrollArea):
    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
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
        self.toolbar = QGridLayout()  # two buttons a row: the pane is narrow
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.toolbar)
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
            *IMPUTATION,
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
        self.attachments.setObjectName("attachments")
        self.attachments.currentRowChanged.connect(self.on_attachment_row)
        self.attachments.itemActivated.connect(lambda _item: self.preview.open_viewer())
        self.source = AttachmentSource(db=db, tasks=tasks, actor=actor, parent=self)
        self.preview = ThumbnailStrip(source=self.source, parent=body)
        self.history_title = QLabel(body)
        self.history = QListWidget(body)
        for w in (
            self.attachments_title,
            self.attachments,
            self.preview,
            self.history_title,
            self.history,
        ):
            outer.addWidget(w)
        self._mail: MailView | None = None
        self._values: dict[str, str] = {}
        self._instructions: dict[str, tuple[str, str]] = {}
        for key in IMPUTATION:
            self.form.setRowVisible(self._fields[key], False)
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
            "assigned_to": self.tr("Assigned to"),
            "copies": self.tr("Copies to"),
            "due": self.tr("Due date"),
            "instructions": self.tr("Instructions"),
            "answered_by": self.tr("Answered by"),
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
        self._values = {}
        for field in self._fields.values():
            field.clear()
        for key in IMPUTATION:
            self.form.setRowVisible(self._fields[key], False)
        self.attachments.clear()
        self.source.set_mail(None)
        self.preview.show_attachment(None)
        self.history.clear()
        self.number.setText(self.tr("No mail selected"))

    def add_actions(self, actions: list[QAction]) -> None:
        """Buttons for the selected mail's actions (print its label, correct it...), under
        its number; they follow the actions' text, shortcut and enabled state."""
        for i, action in enumerate(actions, start=self.toolbar.count()):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.toolbar.addWidget(button, i // 2, i % 2)

    def add_section(self, widget: QWidget) -> None:
        """A block of another feature's (the portal's sendings), above the attachments."""
        layout = self.widget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.attachments_title), widget)

    def set_instruction_labels(self, labels: dict[str, tuple[str, str]]) -> None:
        """The office's instructions, code -> (French, Arabic), to show them by name."""
        self._instructions = labels
        if self._mail is not None:
            self.show_mail(self._mail)

    def _imputation(self, mail: MailView) -> dict[str, str]:
        """Who holds the mail now, who has a copy, by when, and what reply closed it."""
        active = [a for a in mail.assignments if a["state"] == "active"]
        main = next((a for a in active if a["kind"] == "main"), None)
        values = dict.fromkeys(IMPUTATION, "")
        if main is not None:
            values["assigned_to"] = main["service"] + (
                f" — {main['agent']}" if main["agent"] else ""
            )
            due = main["due_date"]
            if due is not None:
                values["due"] = display.day(due)
                if deadlines.is_overdue(due, mail.status, deadlines.today()):
                    values["due"] = self.tr("%1 (overdue)").replace("%1", values["due"])
            lang = (
                "ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "fr"
            )
            names = [
                self._instructions.get(code, (code, code))[lang == "ar"]
                for code in main["instructions"]
            ]
            values["instructions"] = "، ".join(names) if lang == "ar" else ", ".join(names)
        values["copies"] = ", ".join(a["service"] for a in active if a["kind"] == "copy")
        values["answered_by"] = LTR + ", ".join(mail.answered_by) if mail.answered_by else ""
        return values

    @property
    def mail(self) -> MailView | None:
        """The mail shown, if any."""
        return self._mail

    def value(self, key: str) -> str:
        """The shown value of the field ``key``, as plain text."""
        return self._values.get(key, "")

    def show_mail(self, mail: MailView) -> None:
        self._mail = mail
        number = LTR + display.digits(mail.number)
        if mail.cancelled:
            number += f"  ({label('cancelled')})"
        self.number.setText(number)
        values = {
            "direction": label(mail.direction),
            "registered": f"{display.moment(mail.registered_at)} — {mail.registered_by}",
            "correspondent": mail.correspondent or "",
            "subject": mail.subject,
            "type": label(mail.mail_type),
            "channel": label(mail.channel),
            "priority": label(mail.priority),
            "status": label(mail.status),
            "pieces": display.count(mail.pieces),
            "reference": mail.letter_reference or "",
            "letter_date": display.day(mail.letter_date),
            "received": display.moment(mail.received_at),
            "service": mail.service or "",
            "observations": mail.observations or "",
            **self._imputation(mail),
        }
        self._values = values
        # Beside its caption, on the side the window reads from (QLabel would otherwise align
        # a Latin value left in an Arabic window); inside, in its own script's direction.
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for key in IMPUTATION:
            self.form.setRowVisible(self._fields[key], bool(values[key]))
        for key, text in values.items():
            field = self._fields[key]
            field.setText(isolate(text))
            field.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        self._show_attachments(mail)
        self.history.clear()
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        names = {code: pair[rtl] for code, pair in self._instructions.items()}
        self.history.addItems(history.lines(mail.events, names))

    # --- attachments and their pages ---------------------------------------------------

    def _show_attachments(self, mail: MailView) -> None:
        """The attachment list; the attachment previewed before stays so, else the first."""
        shown = self.preview.attachment
        self.source.set_mail(mail.id)
        self.attachments.blockSignals(True)
        self.attachments.clear()
        row = 0
        for i, att in enumerate(mail.attachments):
            pages = self.tr("%n page(s)", "", att.pages)
            # The name isolated left to right (LRI…PDI): an Arabic name keeps its extension
            # after it (طلب.pdf), its dots and digits never mix with the page count.
            self.attachments.addItem(f"{ltr(att.name)} — {pages}")
            if shown is not None and att.id == shown.id:
                row = i
        if mail.attachments:
            self.attachments.setCurrentRow(row)
        self.attachments.blockSignals(False)
        rows = min(max(len(mail.attachments), 1), 4)
        line = self.attachments.sizeHintForRow(0) if mail.attachments else -1
        if line <= 0:
            line = self.attachments.fontMetrics().height() + 4
        self.attachments.setFixedHeight(rows * line + 2 * self.attachments.frameWidth())
        self.on_attachment_row(self.attachments.currentRow())

    @Slot(int)
    def on_attachment_row(self, row: int) -> None:
        attachments = self._mail.attachments if self._mail is not None else []
        self.preview.show_attachment(attachments[row] if 0 <= row < len(attachments) else None)
