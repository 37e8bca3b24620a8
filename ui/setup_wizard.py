"""First run: the office, its first administrator, the language.

Finishing creates the office on the database worker; the wizard closes only when it is done,
and stays open with everything typed if it fails (a database that went away, a short password).

Signals: ``done(object)`` with the administrator's :class:`Actor`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.organisation import setup
from app.organisation.actor import Actor
from app.store.database import Database
from ui.i18n import LANGUAGES
from ui.tasks import TaskRunner


def _line(parent: QWidget, name: str, *, password: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SetupWizard(QWizard):
    done = Signal(object)

    def __init__(
        self, *, db: Database, tasks: TaskRunner, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._lang = db, tasks, lang
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

        office = QWizardPage(self)
        self.code = _line(office, "officeCode")
        self.name_ar = _line(office, "officeNameAr")
        self.name_fr = _line(office, "officeNameFr")
        office.registerField("code*", self.code)
        office.registerField("name_ar*", self.name_ar)
        office.registerField("name_fr*", self.name_fr)
        # Optional: printed above the office's name on registers and receipts.
        self.ministry_ar = _line(office, "ministryAr")
        self.ministry_fr = _line(office, "ministryFr")
        form = QFormLayout(office)
        self._office_captions = [QLabel(office) for _ in range(5)]
        for caption, edit in zip(
            self._office_captions,
            (self.code, self.name_ar, self.name_fr, self.ministry_ar, self.ministry_fr),
            strict=True,
        ):
            caption.setBuddy(edit)
            form.addRow(caption, edit)

        admin = QWizardPage(self)
        self.login = _line(admin, "adminLogin")
        self.full_name = _line(admin, "adminName")
        self.password = _line(admin, "adminPassword", password=True)
        self.confirm = _line(admin, "adminConfirm", password=True)
        for field, edit in (
            ("login*", self.login),
            ("full_name*", self.full_name),
            ("password*", self.password),
            ("confirm*", self.confirm),
        ):
            admin.registerField(field, edit)
        form = QFormLayout(admin)
        self._admin_captions = [QLabel(admin) for _ in range(4)]
        for caption, edit in zip(
            self._admin_captions,
            (self.login, self.full_name, self.password, self.confirm),
            strict=True,
        ):
            caption.setBuddy(edit)
            form.addRow(caption, edit)

        last = QWizardPage(self)
        self.language = QComboBox(last)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(lang))
        self.error = QLabel(last)
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        form = QFormLayout(last)
        self._language_caption = QLabel(last)
        self._language_caption.setBuddy(self.language)
        form.addRow(self._language_caption, self.language)
        form.addRow(self.error)

        self._pages = (office, admin, last)
        for page in self._pages:
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bureau d'ordre — first set-up"))
        office, admin, last = self._pages
        office.setTitle(self.tr("The office"))
        office.setSubTitle(self.tr("The bureau d'ordre this register belongs to."))
        for caption, text in zip(
            self._office_captions,
            (
                self.tr("Office &code"),
                self.tr("Name in &Arabic"),
                self.tr("Name in &French"),
                self.tr("&Ministry or body, in Arabic"),
                self.tr("Ministry or &body, in French"),
            ),
            strict=True,
        ):
            caption.setText(text)
        admin.setTitle(self.tr("The first administrator"))
        admin.setSubTitle(self.tr("They set up services and users afterwards."))
        for caption, text in zip(
            self._admin_captions,
            (
                self.tr("&Login"),
                self.tr("Full &name"),
                self.tr("&Password"),
                self.tr("&Confirm the password"),
            ),
            strict=True,
        ):
            caption.setText(text)
        # QWizard does not re-translate its own buttons on a language change: ask Qt's catalogue.
        for button, source in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))
        last.setTitle(self.tr("Language"))
        self._language_caption.setText(self.tr("&Language of the interface"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        values = {
            "code": self.code.text(),
            "name_ar": self.name_ar.text(),
            "name_fr": self.name_fr.text(),
            "ministry_ar": self.ministry_ar.text(),
            "ministry_fr": self.ministry_fr.text(),
            "admin_login": self.login.text(),
            "admin_password": self.password.text(),
            "admin_name": self.full_name.text(),
        }
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._tasks.run(
            lambda: setup.init_office(self._db, **values),
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
        )

    def _on_done(self, actor: Actor) -> None:
        self.done.emit(actor)
        super().accept()

    def _on_error(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.error.setText(exc.message(self._lang))
