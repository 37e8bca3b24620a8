"""The registration form: arrivée, départ or interne, driven with the keyboard alone.

Tab order follows the paper: correspondent, subject, reference, letter date, then the
details. Enter saves, Esc cancels (asking first when something was typed: nothing is lost
unless the clerk says so); "save and new" keeps the form's defaults (channel, type, service,
priority) and clears the rest. Registration runs on the database worker; while it runs the
form is disabled, and if it fails (a refused file, a database that went away) everything typed
is still there with the message in the user's language. Once the number is issued the form
is read-only: a change after that is a correction (its button asks the desk to open one).

Files added with "Add a file…" land in the attachment list, which takes the focus with the new
file selected (Delete takes it out again); Enter there saves, like anywhere in the form.

Once the correspondent and the subject are typed, recent look-alike mails from the same
correspondent are listed under the form (:class:`SimilarMails`), to open or to ignore: the
same letter must not get two numbers, but the list never blocks saving.

Signals: ``registered(object)`` with the :class:`RegisteredMail`; ``open_mail(str)`` with the
number of a look-alike mail the clerk wants to see; ``correct_requested(str)`` with the number
just issued, when the clerk asks to correct it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import local_tz
from app.domain.enums import Channel, Direction, MailType, Priority
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.drafts import MailDraft
from app.registry.register import RegisteredMail, register_mail
from app.store.database import Database
from ui import limits
from ui.barcode import ACCEPTS_SCANS
from ui.labels import ltr
from ui.printing.mail_prints import MailPrints
from ui.registration.captions import field_captions
from ui.registration.correspondent_field import CorrespondentField
from ui.registration.day_checks import DayChecks
from ui.registration.similar_mails import SimilarMails
from ui.tasks import TaskRunner
from ui.widgets import day_edit, relabel, value_combo


class RegistrationForm(QDialog):
    registered = Signal(object)
    open_mail = Signal(str)
    correct_requested = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        direction: Direction,
        services: list[ServiceRow],
        lang: str,
        last_channel: str | None = None,
        prints: MailPrints | None = None,
        receipt_after_counter: bool = False,
        answers: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.direction = direction
        self.setAcceptDrops(True)
        self._finished = False
        self._prints = prints
        self._receipt_after_counter = receipt_after_counter
        self._number: str | None = None

        self.correspondent_field = CorrespondentField(
            db=db, tasks=tasks, office_id=actor.office_id, on_error=self._on_error, parent=self
        )
        self.correspondent = self.correspondent_field.edit
        self.duplicate = self.correspondent_field.duplicate
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        # Outgoing mail may answer an incoming one: typed or scanned from its label.
        self.answers = QLineEdit(self)
        self.answers.setObjectName("answers")
        self.answers.setProperty(ACCEPTS_SCANS, True)
        self.answers.setPlaceholderText("A-2026/000123")
        if answers:
            self.answers.setText(answers)
        self.answers.setVisible(direction == Direction.OUT)
        self.has_letter_date = QCheckBox(self)
        self.letter_date = day_edit(self)
        self.letter_date.setEnabled(False)
        self.has_letter_date.toggled.connect(self.letter_date.setEnabled)
        self.received = day_edit(self)
        self.day_checks = DayChecks(
            direction=direction,
            letter_known=self.has_letter_date,
            letter_date=self.letter_date,
            received=self.received,
            parent=self,
        )
        self.mail_type = value_combo([t.value for t in MailType], self)
        self.channel = value_combo([c.value for c in Channel], self)
        if last_channel:
            self.channel.setCurrentIndex(max(self.channel.findData(last_channel), 0))
        # A registered letter's acknowledgement of receipt: its number, shown for that channel.
        self.ar_number = QLineEdit(self)
        self.ar_number.setObjectName("arNumber")
        self.ar_number.setPlaceholderText("RR 1234 5678 9MA")
        self.priority = value_combo([p.value for p in Priority], self)
        self.confidential = QCheckBox(self)
        self.pieces = QSpinBox(self)
        self.pieces.setRange(0, 10_000)
        self.pieces.setValue(1)
        self.service = QComboBox(self)
        self.service.addItem("—", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang)}", s.code)
        self.observations = QLineEdit(self)
        self._hold_to_limits()
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(80)
        # A list with the focus and nothing selected shows nothing: frame it, and select.
        self.attachments.setStyleSheet(
            "QListWidget#attachments:focus { border: 2px solid palette(highlight); }"
        )
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.attachments)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_attachment)
        self.add_file = QPushButton(self)
        self.add_file.setObjectName("addFile")
        # Not a default button: Enter after adding a file saves, it does not open the dialog again.
        self.add_file.setAutoDefault(False)
        self.add_file.clicked.connect(self.on_add_file)
        self.similar = SimilarMails(db=db, tasks=tasks, actor=actor, parent=self)
        self.similar.watch(
            lambda: (
                self.correspondent_field.candidate(),
                self.subject.text(),
                self.reference.text(),
            )
        )
        self.similar.open_requested.connect(self.open_mail)
        self.subject.textEdited.connect(self.similar.schedule)
        self.subject.editingFinished.connect(self.similar.look_up)
        self.reference.editingFinished.connect(self.similar.look_up)
        self.correspondent_field.checked.connect(lambda _new: self.similar.look_up())
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.result = QLabel(self)
        self.result.setObjectName("registeredNumber")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.result.setFont(font)
        self.result.hide()
        self.copy = QPushButton(self)
        self.copy.clicked.connect(self.on_copy)
        self.copy.hide()
        self.print_label = QPushButton(self)
        self.print_label.setObjectName("printLabel")
        self.print_label.setAutoDefault(False)
        self.print_label.clicked.connect(self.on_print_label)
        self.print_label.hide()
        self.print_receipt = QPushButton(self)
        self.print_receipt.setObjectName("printReceipt")
        self.print_receipt.setAutoDefault(False)
        self.print_receipt.clicked.connect(self.on_print_receipt)
        self.print_receipt.hide()
        self.correct = QPushButton(self)
        self.correct.setObjectName("correctRegistered")
        self.correct.setAutoDefault(False)
        self.correct.clicked.connect(self.on_correct)
        self.correct.hide()
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()

        self.save = QPushButton(self)
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.save.clicked.connect(lambda: self.submit(keep_open=False))
        self.save_new = QPushButton(self)
        self.save_new.setObjectName("saveAndNew")
        self.save_new.setAutoDefault(False)
        self.save_new.clicked.connect(lambda: self.submit(keep_open=True))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.submit(keep_open=True))
        self.save_print = QPushButton(self)
        self.save_print.setObjectName("saveAndPrintLabel")
        self.save_print.setAutoDefault(False)
        self.save_print.setEnabled(prints is not None)
        self.save_print.clicked.connect(lambda: self.submit(keep_open=False, label=True))
        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            activated=lambda: self.submit(keep_open=False, label=True),
        )
        self.cancel = QPushButton(self)
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)

        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [
            ("correspondent", self.correspondent_field),
            ("subject", self.subject),
            ("reference", self.reference),
            *([("answers", self.answers)] if direction == Direction.OUT else []),
            ("letter_date", self._letter_row()),
            ("received", self._received_row()),
            ("type", self.mail_type),
            ("channel", self.channel),
            ("ar_number", self.ar_number),
            ("priority", self.priority),
            ("confidential", self.confidential),
            ("pieces", self.pieces),
            ("service", self.service),
            ("observations", self.observations),
            ("attachments", self._pair(self.attachments, self.add_file)),
        ]
        for key, widget in rows:
            if not key:
                form.addRow(widget)
                continue
            caption = QLabel(self)
            caption.setBuddy(widget)
            self._captions[key] = caption
            form.addRow(caption, widget)
        self._form = form
        self.channel.currentIndexChanged.connect(self._show_ar_number)
        self._show_ar_number()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.cancel, self.save_print, self.save_new, self.save):
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.similar)
        outer.addWidget(self.message)
        done_row = QHBoxLayout()
        for widget in (self.copy, self.print_label, self.print_receipt, self.correct):
            done_row.addWidget(widget)
        outer.addWidget(self._pair(self.result, _row_widget(self, done_row)))
        outer.addWidget(self.saved_note)
        outer.addLayout(buttons)

        self.setTabOrder(self.correspondent_field.identifier, self.subject)
        self.setTabOrder(self.subject, self.reference)
        self.setMinimumWidth(680)
        self.retranslate()
        self.correspondent.setFocus()
        self._pristine = self._typed()
        self._question: QMessageBox | None = None

    # --- building --------------------------------------------------------------------------

    def _letter_row(self) -> QWidget:
        """ "known" then the day, side by side (the day right after its check box)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_letter_date)
        row.addWidget(self.letter_date)
        row.addStretch(1)
        return box

    def _received_row(self) -> QWidget:
        """The day received or sent, and under it what is wrong with the days (when anything
        is: hidden, it takes no room)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        day = QHBoxLayout()
        day.addWidget(self.received)
        day.addStretch(1)
        column.addLayout(day)
        column.addWidget(self.day_checks)
        return box

    def _hold_to_limits(self) -> None:
        """Each field to its limit, each day to its window (:mod:`ui.limits`)."""
        for edit, field in (
            (self.subject, "subject"),
            (self.reference, "reference"),
            (self.answers, "answers"),
            (self.observations, "observations"),
            (self.ar_number, "ar-number"),
        ):
            limits.limit_text(edit, field)
        limits.bound_letter_date(self.letter_date)
        limits.bound_received(self.received)

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        row.addWidget(second)
        return box

    def _show_ar_number(self) -> None:
        registered = self.channel.currentData() == Channel.REGISTERED.value
        self._form.setRowVisible(self.ar_number, registered)

    def retranslate(self) -> None:
        titles = {
            Direction.IN: self.tr("New incoming mail"),
            Direction.OUT: self.tr("New outgoing mail"),
            Direction.INTERNAL: self.tr("New internal mail"),
        }
        self.setWindowTitle(titles[self.direction])
        captions = field_captions(self.direction) | {
            "attachments": self.tr("Attach&ments"),
            "answers": self.tr("In r&eply to"),
            "ar_number": self.tr("AR number"),
        }
        for key, caption in self._captions.items():
            caption.setText(captions[key])
        for combo in (self.mail_type, self.channel, self.priority):
            relabel(combo)
        self.has_letter_date.setText(self.tr("known"))
        self.add_file.setText(self.tr("Add a file…"))
        self.save.setText(self.tr("S&ave"))
        self.save_new.setText(self.tr("Save and ne&w"))
        self.save_print.setText(self.tr("Save and &print the label"))
        self.print_label.setText(self.tr("Print the &label"))
        self.print_receipt.setText(self.tr("Print the rece&ipt"))
        self.cancel.setText(self.tr("Cancel"))
        self.copy.setText(self.tr("Copy"))
        self.correct.setText(self.tr("Co&rrect…"))
        self.saved_note.setText(
            self.tr(
                "The mail is registered: its number and details are fixed. A change now is a "
                "correction, kept in its history."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- attachments ---------------------------------------------------------------------------

    def on_add_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        for path in paths:
            self.add_attachment(Path(path))
        if paths:
            self.attachments.setFocus()

    def add_attachment(self, path: Path) -> None:
        item = QListWidgetItem(ltr(path.name))  # a file name reads left to right: طلب.pdf
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.attachments.addItem(item)
        self.attachments.setCurrentItem(item)

    def remove_attachment(self) -> None:
        """Delete in the attachment list: the selected file is not attached after all."""
        if self._finished:
            return
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_attachment(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _attachment_paths(self) -> tuple[Path, ...]:
        return tuple(
            Path(self.attachments.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.attachments.count())
        )

    # --- leaving ------------------------------------------------------------------------------

    def _typed(self) -> tuple[object, ...]:
        """Everything the clerk can have typed or chosen, to know whether Esc would lose any."""
        field = self.correspondent_field
        return (
            self.correspondent.text(),
            field.identifier.text(),
            field.kind.currentIndex(),
            field.identifier_type.currentIndex(),
            self.subject.text(),
            self.reference.text(),
            self.answers.text(),
            self.has_letter_date.isChecked(),
            self.letter_date.date(),
            self.received.date(),
            self.mail_type.currentIndex(),
            self.channel.currentIndex(),
            self.priority.currentIndex(),
            self.confidential.isChecked(),
            self.pieces.value(),
            self.service.currentIndex(),
            self.observations.text(),
            self.ar_number.text(),
            self._attachment_paths(),
        )

    def has_unsaved_input(self) -> bool:
        return not self._finished and self._typed() != self._pristine

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: a form with something typed asks first."""
        if not self.has_unsaved_input():
            super().reject()
            return
        if self._question is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("discardQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Discard this mail? What you typed will be lost."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep typing"), QMessageBox.ButtonRole.RejectRole)
        discard.setObjectName("discard")
        keep.setObjectName("keepTyping")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_question(box, discard))
        self._question = box
        box.open()

    def _on_question(self, box: QMessageBox, discard: QAbstractButton) -> None:
        self._question = None
        box.deleteLater()
        if box.clickedButton() is discard:
            self.discard()

    def discard(self) -> None:
        """Close without asking (the clerk said so, or the desk is closing after asking)."""
        self._pristine = self._typed()
        super().reject()

    # --- saving --------------------------------------------------------------------------------

    def draft(self) -> MailDraft:
        from datetime import datetime, time

        received = datetime.combine(self.received.date().toPython(), time(12), tzinfo=local_tz())
        return MailDraft(
            direction=self.direction,
            subject=self.subject.text(),
            correspondent=self.correspondent_field.candidate(),
            received_at=received,
            letter_date=self.letter_date.date().toPython()
            if self.has_letter_date.isChecked()
            else None,
            letter_reference=self.reference.text(),
            answers_number=self.answers.text() if self.direction == Direction.OUT else None,
            mail_type=MailType(self.mail_type.currentData()),
            channel=Channel(self.channel.currentData()),
            priority=Priority(self.priority.currentData()),
            confidential=self.confidential.isChecked(),
            pieces=self.pieces.value(),
            observations=self.observations.text(),
            service_code=self.service.currentData(),
            attachments=self._attachment_paths(),
            ar_number=self.ar_number.text()
            if self.channel.currentData() == Channel.REGISTERED.value
            else None,
        )

    def submit(self, *, keep_open: bool, label: bool = False) -> None:
        if self._finished:  # the number is on screen: Enter closes
            if label:
                self.on_print_label()
            else:
                self.accept()
            return
        refused = self.day_checks.refusal()
        if refused is not None:
            field, text = refused
            self.message.setText(text)
            self.message.show()
            field.setFocus()
            return
        draft = self.draft()
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: register_mail(self._db, self._actor, draft),
            on_done=lambda done: self._on_registered(done, keep_open, label),
            on_error=self._on_error,
            owner=self,
        )

    def _on_registered(self, done: RegisteredMail, keep_open: bool, label: bool = False) -> None:
        self.setEnabled(True)
        self._number = done.number
        self.registered.emit(done)
        self.result.setText(done.number)
        self.result.show()
        self.copy.show()
        if self._prints is not None:
            self.print_label.show()
            self.print_receipt.show()
            counter = self.direction == Direction.IN and self.last_channel == Channel.COUNTER.value
            if label:
                self.on_print_label()
            if counter and self._receipt_after_counter:
                self.on_print_receipt()
        self.similar.clear()
        if keep_open:
            self.correspondent_field.clear()
            for edit in (self.subject, self.reference, self.answers, self.observations):
                edit.clear()
            self.attachments.clear()
            self.has_letter_date.setChecked(False)
            self.pieces.setValue(1)
            self._pristine = self._typed()
            self.correspondent.setFocus()
        else:
            # Keep the number on screen, large and copyable; Enter or Esc closes.
            self._finished = True
            self._lock()
            self.correct.show()
            self.saved_note.show()
            self.save.setText(self.tr("&Close"))
            self.save.setFocus()

    def _lock(self) -> None:
        """The mail is registered: nothing on the form can change any more (a change is a
        correction). Texts stay readable and selectable; choices are greyed."""
        done = {self.save, self.cancel, self.copy, self.print_label, self.print_receipt}
        done.add(self.correct)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
                if isinstance(widget, QAbstractSpinBox):
                    widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            elif isinstance(widget, QComboBox | QCheckBox):
                widget.setEnabled(False)
            elif isinstance(widget, QPushButton) and widget not in done:
                if self.similar.isAncestorOf(widget):
                    continue
                widget.setEnabled(False)
        self.attachments.setDragDropMode(QListWidget.DragDropMode.NoDragDrop)
        self.setAcceptDrops(False)
        # Read-only fields look it: the window's colour, not the white of a field to type in.
        self.setStyleSheet(
            self.styleSheet() + 'QLineEdit:read-only, QAbstractSpinBox[readOnly="true"]'
            " { background: palette(window); }"
        )

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang))
        self.message.show()

    def on_print_label(self) -> None:
        if self._prints is not None and self._number is not None:
            self._prints.print_labels([self._number], parent=self)

    def on_print_receipt(self) -> None:
        if self._prints is not None and self._number is not None:
            self._prints.print_receipt(self._number, parent=self)

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.result.text())

    def on_correct(self) -> None:
        if self._number is not None:
            self.correct_requested.emit(self._number)
            self.accept()

    @property
    def last_channel(self) -> str:
        return str(self.channel.currentData())


def _row_widget(parent: QWidget, row: QHBoxLayout) -> QWidget:
    box = QWidget(parent)
    row.setContentsMargins(0, 0, 0, 0)
    box.setLayout(row)
    return box
