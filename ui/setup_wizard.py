"""First run: the language, the office, its first administrator.

The language comes first and applies at once (the whole wizard turns to Arabic, right to left,
or to French), so every page after it reads in the language the administrator chose. Each
page checks what it holds before Next, by the rules the core applies when the office is
created (``app.organisation.setup.check_office_fields`` / ``check_admin_fields``: a password
of at least eight characters, typed twice the same), with the reason on the page in the chosen
language. Back keeps what was typed on every page. Finishing creates the office on the
database worker; the wizard closes only when it is done, and stays open with everything typed
if it fails (a database that went away).

Signals: ``done(object)`` with the administrator's :class:`Actor`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
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
from app.organisation.passwords import MIN_LENGTH
from app.store.database import Database
from ui.i18n import LANGUAGES
from ui.tasks import TaskRunner

ERROR_STYLE = "color: #b71c1c;"


def _line(parent: QWidget, name: str, *, password: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class _CheckedPage(QWizardPage):
    """A page whose Next runs ``check`` first: a refusal stays on the page, said in
    ``error``."""

    def __init__(self, wizard: SetupWizard, check: Callable[[], None]) -> None:
        super().__init__(wizard)
        self._wizard, self._check = wizard, check
        self.error = _error_label(self, "pageError")

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        try:
            self._check()
        except UserError as exc:
            self.error.setText(exc.message(self._wizard.language_code))
            return False
        return True


class SetupWizard(QWizard):
    done = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        lang: str,
        apply_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._lang = db, tasks, lang
        self._apply_language = apply_language
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Back must not wipe a page (QWizard resets its fields otherwise).
        self.setOption(QWizard.WizardOption.IndependentPages, True)

        first = QWizardPage(self)
        self.language = QComboBox(first)
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.currentIndexChanged.connect(self._on_language)
        self._language_caption = QLabel(first)
        self._language_caption.setBuddy(self.language)
        self._language_note = QLabel(first)
        self._language_note.setWordWrap(True)
        form = QFormLayout(first)
        form.addRow(self._language_caption, self.language)
        form.addRow(self._language_note)

        office = _CheckedPage(self, self._check_office)
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
        form.addRow(office.error)

        admin = _CheckedPage(self, self._check_admin)
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
        self.password_rule = QLabel(admin)
        self.password_rule.setObjectName("passwordRule")
        self.password_rule.setWordWrap(True)
        form = QFormLayout(admin)
        self._admin_captions = [QLabel(admin) for _ in range(4)]
        for caption, edit in zip(
            self._admin_captions,
            (self.login, self.full_name, self.password, self.confirm),
            strict=True,
        ):
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            if edit is self.password:
                form.addRow("", self.password_rule)
        form.addRow(admin.error)
        # Finishing's own failures (the database) are said on the last page too.
        self.error = admin.error

        self._pages = (first, office, admin)
        for page in self._pages:
            self.addPage(page)
        self.retranslate()

    # --- the language --------------------------------------------------------------------

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    @property
    def chosen_language(self) -> str:
        return self.language_code

    def _on_language(self) -> None:
        self._lang = self.language_code
        if self._apply_language is not None:
            self._apply_language(self._lang)  # every window follows, this one too
        else:
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bureau d'ordre — first set-up"))
        first, office, admin = self._pages
        first.setTitle(self.tr("Language"))
        first.setSubTitle(self.tr("The language of the interface; it can be changed later."))
        self._language_caption.setText(self.tr("&Language of the interface"))
        self._language_note.setText(
            self.tr("Français ou العربية: the next pages follow this choice at once.")
        )
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
        self.password_rule.setText(self.tr("At least %n character(s).", "", MIN_LENGTH))
        # QWizard does not re-translate its own buttons on a language change; and Qt's Arabic
        # points the arrows the French way: our own words, arrows pointing the reading way.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        for page in (office, admin):
            page.error.clear()  # said in the language before: said again at the next Next

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- checks, page by page ------------------------------------------------------------

    def _check_office(self) -> None:
        setup.check_office_fields(
            code=self.code.text(), name_ar=self.name_ar.text(), name_fr=self.name_fr.text()
        )

    def _check_admin(self) -> None:
        setup.check_admin_fields(
            login=self.login.text(), password=self.password.text(), confirm=self.confirm.text()
        )

    # --- finishing -----------------------------------------------------------------------

    def accept(self) -> None:
        if not self.validateCurrentPage():  # Finish checks the last page as Next does
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
