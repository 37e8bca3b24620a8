"""The registration form: arrivée, départ or interne, driven with the keyboard alone.

Tab order follows the paper: correspondent, subject, reference, letter date, then the
details. Enter saves, Esc cancels; "save and new" keeps the form's defaults (channel, type,
service, priority) and clears the rest. Registration runs on the database worker; while it
runs the form is disabled, and if it fails (a refused file, a database that went away)
everything typed is still there with the message in the user's language.

Signals: ``registered(object)`` with the :class:`RegisteredMail`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.directory import lookups
from app.directory.correspondents import NAME_SEPARATOR, CorrespondentInput
from app.domain.clock import local_tz
from app.domain.enums import Channel, Direction, MailType, Priority
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.registry.drafts import MailDraft
from app.registry.register import RegisteredMail, register_mail
from app.store.database import Database
from ui.labels import LTR, label
from ui.tasks import TaskRunner

SUGGEST_DELAY_MS = 200


class RegistrationForm(QDialog):
    registered = Signal(object)

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.direction = direction
        self.setAcceptDrops(True)
        self._finished = False

        self.correspondent = QLineEdit(self)
        self.correspondent.setObjectName("correspondent")
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.correspondent.setCompleter(completer)
        self.duplicate = QLabel(self)
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.has_letter_date = QCheckBox(self)
        self.letter_date = QDateEdit(self)
        self.letter_date.setDisplayFormat("yyyy-MM-dd")
        self.letter_date.setDate(QDate.currentDate())
        self.letter_date.setEnabled(False)
        self.has_letter_date.toggled.connect(self.letter_date.setEnabled)
        self.received = QDateEdit(self)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setDate(QDate.currentDate())
        self.mail_type = self._combo([t.value for t in MailType])
        self.channel = self._combo([c.value for c in Channel])
        if last_channel:
            self.channel.setCurrentIndex(max(self.channel.findData(last_channel), 0))
        self.priority = self._combo([p.value for p in Priority])
        self.confidential = QCheckBox(self)
        self.pieces = QSpinBox(self)
        self.pieces.setRange(0, 10_000)
        self.pieces.setValue(1)
        self.service = QComboBox(self)
        self.service.addItem("—", None)
        for s in services:
            self.service.addItem(f"{s.code} — {s.name(lang)}", s.code)
        self.observations = QLineEdit(self)
        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(80)
        self.add_file = QPushButton(self)
        self.add_file.clicked.connect(self.on_add_file)
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

        self.save = QPushButton(self)
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.save.clicked.connect(lambda: self.submit(keep_open=False))
        self.save_new = QPushButton(self)
        self.save_new.setObjectName("saveAndNew")
        self.save_new.setAutoDefault(False)
        self.save_new.clicked.connect(lambda: self.submit(keep_open=True))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.submit(keep_open=True))
        self.cancel = QPushButton(self)
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)

        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [
            ("correspondent", self.correspondent),
            ("", self.duplicate),
            ("subject", self.subject),
            ("reference", self.reference),
            ("letter_date", self._pair(self.has_letter_date, self.letter_date)),
            ("received", self.received),
            ("type", self.mail_type),
            ("channel", self.channel),
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
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.cancel, self.save_new, self.save):
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.message)
        outer.addWidget(self._pair(self.result, self.copy))
        outer.addLayout(buttons)

        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._suggest)
        self.correspondent.textEdited.connect(self._suggest_timer.start)
        self.correspondent.editingFinished.connect(self._check_duplicates)
        self.setTabOrder(self.correspondent, self.subject)
        self.setTabOrder(self.subject, self.reference)
        self.retranslate()
        self.correspondent.setFocus()

    # --- building --------------------------------------------------------------------------

    def _combo(self, values: list[str]) -> QComboBox:
        combo = QComboBox(self)
        for v in values:
            combo.addItem(label(v), v)
        return combo

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        row.addWidget(second)
        return box

    def retranslate(self) -> None:
        titles = {
            Direction.IN: self.tr("New incoming mail"),
            Direction.OUT: self.tr("New outgoing mail"),
            Direction.INTERNAL: self.tr("New internal mail"),
        }
        self.setWindowTitle(titles[self.direction])
        captions = {
            "correspondent": self.tr("&Sender")
            if self.direction == Direction.IN
            else self.tr("&Recipient"),
            "subject": self.tr("Su&bject"),
            "reference": self.tr("Re&ference"),
            "letter_date": self.tr("Letter &date"),
            "received": self.tr("Received o&n")
            if self.direction == Direction.IN
            else self.tr("Sen&t on"),
            "type": self.tr("T&ype"),
            "channel": self.tr("C&hannel"),
            "priority": self.tr("Pr&iority"),
            "confidential": self.tr("Confidentia&l"),
            "pieces": self.tr("Pie&ces"),
            "service": self.tr("Ser&vice"),
            "observations": self.tr("&Observations"),
            "attachments": self.tr("Attach&ments"),
        }
        for key, caption in self._captions.items():
            caption.setText(captions[key])
        for combo in (self.mail_type, self.channel, self.priority):
            for i in range(combo.count()):
                combo.setItemText(i, label(combo.itemData(i)))
        self.has_letter_date.setText(self.tr("known"))
        self.add_file.setText(self.tr("Add a file…"))
        self.save.setText(self.tr("S&ave"))
        self.save_new.setText(self.tr("Save and ne&w"))
        self.cancel.setText(self.tr("Cancel"))
        self.copy.setText(self.tr("Copy"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- correspondent -----------------------------------------------------------------------

    def _suggest(self) -> None:
        text = self.correspondent.text()
        office = self._actor.office_id
        self._tasks.run(
            lambda: lookups.suggest(self._db, office, text),
            on_done=self._on_suggestions,
            on_error=self._on_error,
            owner=self,
        )

    def _on_suggestions(self, found) -> None:  # type: ignore[no-untyped-def]
        self._suggestions.setStringList([s.display_name for s in found])

    def _candidate(self) -> CorrespondentInput | None:
        text = self.correspondent.text().strip()
        if not text:
            return None
        if NAME_SEPARATOR in text:  # a completion: "Arabic / Latin"
            arabic, latin = text.split(NAME_SEPARATOR, 1)
            return CorrespondentInput(name_arabic=arabic, name_latin=latin)
        return CorrespondentInput.from_name(text)

    def _check_duplicates(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            self.duplicate.hide()
            return
        office = self._actor.office_id
        self._tasks.run(
            lambda: lookups.duplicates(self._db, office, candidate),
            on_done=self._on_duplicates,
            on_error=self._on_error,
            owner=self,
        )

    def _on_duplicates(self, found) -> None:  # type: ignore[no-untyped-def]
        typed = self.correspondent.text().strip()
        others = [f for f in found if f.display_name != typed]
        if others:
            names = "; ".join(f.display_name for f in others[:3])
            self.duplicate.setText(self.tr("Already in the directory: %1").replace("%1", names))
            self.duplicate.show()
        else:
            self.duplicate.hide()

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

    def add_attachment(self, path: Path) -> None:
        item = QListWidgetItem(LTR + path.name)  # a file name reads left to right
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.attachments.addItem(item)

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

    # --- saving --------------------------------------------------------------------------------

    def draft(self) -> MailDraft:
        from datetime import datetime, time

        received = datetime.combine(self.received.date().toPython(), time(12), tzinfo=local_tz())
        return MailDraft(
            direction=self.direction,
            subject=self.subject.text(),
            correspondent=self._candidate(),
            received_at=received,
            letter_date=self.letter_date.date().toPython()
            if self.has_letter_date.isChecked()
            else None,
            letter_reference=self.reference.text(),
            mail_type=MailType(self.mail_type.currentData()),
            channel=Channel(self.channel.currentData()),
            priority=Priority(self.priority.currentData()),
            confidential=self.confidential.isChecked(),
            pieces=self.pieces.value(),
            observations=self.observations.text(),
            service_code=self.service.currentData(),
            attachments=self._attachment_paths(),
        )

    def submit(self, *, keep_open: bool) -> None:
        if self._finished:  # the number is on screen: Enter closes
            self.accept()
            return
        draft = self.draft()
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(
            lambda: register_mail(self._db, self._actor, draft),
            on_done=lambda done: self._on_registered(done, keep_open),
            on_error=self._on_error,
            owner=self,
        )

    def _on_registered(self, done: RegisteredMail, keep_open: bool) -> None:
        self.setEnabled(True)
        self.registered.emit(done)
        self.result.setText(done.number)
        self.result.show()
        self.copy.show()
        if keep_open:
            for edit in (self.correspondent, self.subject, self.reference, self.observations):
                edit.clear()
            self.attachments.clear()
            self.has_letter_date.setChecked(False)
            self.pieces.setValue(1)
            self.duplicate.hide()
            self.correspondent.setFocus()
        else:
            # Keep the number on screen, large and copyable; Enter or Esc closes.
            self._finished = True
            for widget in self.findChildren(QLineEdit) + [self.save_new, self.add_file]:
                widget.setEnabled(False)
            self.save.setText(self.tr("&Close"))
            self.save.setFocus()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message(self._lang))
        self.message.show()

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.result.text())

    @property
    def last_channel(self) -> str:
        return str(self.channel.currentData())
