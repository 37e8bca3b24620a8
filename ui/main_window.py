"""The clerk's main window: the register, its filters, the selected mail.

Everything that touches the database goes through the task runner; the window only reacts to
results. Errors the user can act on appear in the message line, in the user's language.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QItemSelection, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Direction
from app.errors import UserError
from app.organisation import queries as organisation
from app.organisation.actor import Actor
from app.registry.browse import RegisterQuery
from app.registry.queries import MailView, get_mail, get_mail_by_id
from app.store.database import Database
from ui import display
from ui.amend.actions import MailActions
from ui.barcode import ScanDetector
from ui.capture.desk import CaptureDesk
from ui.i18n import LANGUAGES, Languages
from ui.preferences.dialog import SettingsDialog
from ui.printing.mail_prints import MailPrints
from ui.printing.register_dialog import RegisterDialog
from ui.register.delegate import ScriptDirectionDelegate
from ui.register.detail import DetailPane
from ui.register.filters import FilterBar
from ui.register.model import RegisterModel
from ui.registration.form import RegistrationForm
from ui.session.idle_lock import IdleLock
from ui.settings import MemoryStore, Settings
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        languages: Languages,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self._db = db
        self._tasks = tasks
        self._actor = actor
        self._languages = languages
        self._settings = settings if settings is not None else Settings(MemoryStore())
        self.setObjectName("mainWindow")
        self._services: list[organisation.ServiceRow] = []
        self.forms: list[RegistrationForm] = []

        self.filters = FilterBar(self)
        self.model = RegisterModel(db=db, tasks=tasks, actor=actor, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("register")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 125), (2, 70), (3, 180), (5, 75), (6, 95)):
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.detail = DetailPane(db=db, tasks=tasks, actor=actor, parent=self)
        self.message = QLabel(self)
        self.message.setObjectName("messageLine")
        self.message.setWordWrap(True)
        self.message.hide()

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.filters)
        column.addWidget(self.message)
        column.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([920, 360])
        self.setCentralWidget(splitter)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_menus()
        self.filters.changed.connect(self.on_filters_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.failed.connect(self.show_error)
        self.model.loading.connect(self.on_loading)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.open_number)
        self.scanner.scanned.connect(self.capture.on_scanned)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.idle_lock = IdleLock(
            db=db,
            tasks=tasks,
            actor=actor,
            lang=lambda: self._languages.current,
            minutes=self._settings.idle_lock_minutes,
            parent=self,
        )
        self.idle_lock.locked.connect(lambda: self.scanner.set_enabled(False))
        self.idle_lock.unlocked.connect(lambda: self.scanner.set_enabled(True))

        self.retranslate()
        self.resize(1280, 760)
        self.model.set_query(RegisterQuery())
        self._load_services()

    # --- set-up ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.menu_register = self.menuBar().addMenu("")
        self.action_search = QAction(self)
        self.action_search.setShortcut(QKeySequence.StandardKey.Find)
        self.action_search.triggered.connect(self.filters.focus_search)
        self.action_refresh = QAction(self)
        self.action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.action_refresh.triggered.connect(self.model.refresh)
        self.new_actions = {}
        for key, direction in (
            ("Ctrl+1", Direction.IN),
            ("Ctrl+2", Direction.OUT),
            ("Ctrl+3", Direction.INTERNAL),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, d=direction: self.open_form(d))
            self.new_actions[direction] = action
        self.menu_register.addActions(list(self.new_actions.values()))
        self.menu_register.addSeparator()
        self.menu_register.addActions([self.action_search, self.action_refresh])
        self.menu_register.addSeparator()
        self.action_print_register = QAction(self)
        self.action_print_register.setObjectName("actionPrintRegister")
        self.action_print_register.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action_print_register.triggered.connect(self.open_register_printing)
        self.menu_register.addAction(self.action_print_register)
        self.menu_mail = self.menuBar().addMenu("")
        self.prints = MailPrints(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            settings=self._settings,
            lang=lambda: self._languages.current,
            window=self,
        )
        self.prints.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.prints.failed.connect(self.show_error)
        self.mail_actions = MailActions(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            lang=lambda: self._languages.current,
            services=lambda: self._services,
            window=self,
            prints=self.prints,
        )
        self.mail_actions.amended.connect(self._after_amendment)
        self.menu_mail.addActions(self.mail_actions.actions)
        self.menu_mail.addSeparator()
        self.menu_mail.addActions(self.mail_actions.print_actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.mail_actions.actions + self.mail_actions.print_actions)
        actions = self.mail_actions
        self.detail.add_actions([actions.print_label, actions.print_receipt, actions.correct])
        self.menu_tools = self.menuBar().addMenu("")
        self.action_settings = QAction(self)
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.triggered.connect(self.open_settings)
        self.action_lock = QAction(self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.triggered.connect(lambda: self.idle_lock.lock())
        self.menu_tools.addActions([self.action_settings, self.action_lock])
        self.capture = CaptureDesk(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            settings=self._settings,
            lang=lambda: self._languages.current,
            parent_window=self,
            drop_target=self.detail,
            current_number=lambda: self.detail.mail.number if self.detail.mail else None,
        )
        self.capture.attached.connect(self._after_amendment)
        self.capture.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.menu_tools.insertAction(self.action_settings, self.capture.action)
        self.menu_language = self.menuBar().addMenu("")
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.menu_language.addAction(action)
            self.language_actions[code] = action

    def _fit_date_column(self) -> None:
        """Wide enough for the Hijri date beside the Gregorian when it is shown."""
        sample = display.moment(datetime(2026, 12, 30, 23, 59, tzinfo=UTC), short=True)
        width = self.table.fontMetrics().horizontalAdvance(sample) + 24
        self.table.setColumnWidth(1, max(125, width))

    def _load_services(self) -> None:
        self._tasks.run(
            lambda: organisation.services(self._db),
            on_done=self._on_services,
            on_error=self.show_error,
            owner=self,
        )

    def _on_services(self, rows: list[organisation.ServiceRow]) -> None:
        self._services = rows
        self.filters.set_services(rows, self._languages.current)

    def open_form(self, direction: Direction) -> RegistrationForm:
        """The registration form for ``direction``, with this session's last channel."""
        form = RegistrationForm(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            direction=direction,
            services=self._services,
            lang=self._languages.current,
            last_channel=self._settings.last_channel,
            prints=self.prints,
            receipt_after_counter=self._settings.printing.receipt_after_counter,
            parent=self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.registered.connect(lambda _done: self._after_registration(form))
        form.show()
        self.forms.append(form)
        form.destroyed.connect(lambda *_: self.forms.remove(form) if form in self.forms else None)
        return form

    def _after_registration(self, form: RegistrationForm) -> None:
        self._settings.last_channel = form.last_channel
        self.model.refresh()

    def open_register_printing(self) -> RegisterDialog:
        dialog = RegisterDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            lang=lambda: self._languages.current,
            printer=self._settings.printing.register_printer,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            settings=self._settings, tasks=self._tasks, languages=self._languages, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self.idle_lock.set_minutes(self._settings.idle_lock_minutes))
        dialog.show()
        return dialog

    # --- corrections -----------------------------------------------------------------------

    def _after_amendment(self, number: str) -> None:
        self.model.refresh()
        self.open_number(number)

    def retranslate(self) -> None:
        titles = {
            Direction.IN: self.tr("New &incoming mail…"),
            Direction.OUT: self.tr("New &outgoing mail…"),
            Direction.INTERNAL: self.tr("New in&ternal mail…"),
        }
        for direction, action in self.new_actions.items():
            action.setText(titles[direction])
        self.setWindowTitle(self.tr("Bureau d'ordre — %1").replace("%1", self._actor.full_name))
        self.menu_register.setTitle(self.tr("&Register"))
        self.action_search.setText(self.tr("Search"))
        self.action_refresh.setText(self.tr("Refresh"))
        self.action_print_register.setText(self.tr("&Print the register…"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_mail.setTitle(self.tr("&Mail"))
        self.mail_actions.retranslate()
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.action_settings.setText(self.tr("&Settings…"))
        self.action_lock.setText(self.tr("&Lock the session"))
        self.capture.retranslate()
        for code, action in self.language_actions.items():
            action.setChecked(code == self._languages.current)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self._fit_date_column()
            self.table.viewport().update()  # digits and dates may have changed too
            self._load_services()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.idle_lock.stop()
        self.capture.stop()
        super().closeEvent(event)

    # --- behaviour -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self._languages.apply(lang)

    @Slot(object)
    def on_filters_changed(self, query: RegisterQuery) -> None:
        current = self.model.query
        self.model.set_query(
            RegisterQuery(
                **{**query.__dict__, "sort": current.sort, "descending": current.descending}
            )
        )

    @Slot(bool)
    def on_loading(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Loading…"))
        else:
            self.statusBar().clearMessage()
            self.message.hide()

    def _update_count(self) -> None:
        self.count_label.setText(display.digits(self.tr("%n mail(s)", "", self.model.rowCount())))

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        mail_id = self.model.id_at(rows[0].row())
        if mail_id is not None:  # the row's page may not be loaded yet: go by id
            self._tasks.run(
                lambda: get_mail_by_id(self._db, mail_id, actor=self._actor),
                on_done=self.show_mail,
                on_error=self.show_error,
                owner=self,
            )

    @Slot(str)
    def open_number(self, number: str) -> None:
        """Show the mail ``number`` (a selection, a typed number or a barcode scan)."""
        self._tasks.run(
            lambda: get_mail(self._db, number, actor=self._actor),
            on_done=self.show_mail,
            on_error=self.show_error,
            owner=self,
        )

    def show_mail(self, mail: MailView) -> None:
        self.message.hide()
        self.mail_actions.set_mail(mail)
        self.detail.show_mail(mail)
        row = self.model.row_of(mail.id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(object)
    def show_error(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a bug: the excepthook reports it
        self.message.setText(exc.message(self._languages.current))
        self.message.show()
