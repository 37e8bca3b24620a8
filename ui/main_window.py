"""The clerk's main window: the register, its filters, the selected mail.

Everything that touches the database goes through the task runner; the window only reacts to
results. Errors the user can act on appear in the message line, in the user's language.

One path for changes: whatever this desk does (a registration, a correction, an assignment,
a file attached) runs through the desk context's operation helper (``ui/context.py``), which
hands what it committed to the live feed; what other desks commit arrives through the same
feed. The register, the inbox, the delays and the mail shown react to the feed's batches only
(:meth:`MainWindow.on_live_changes`), and the mail acted on stays selected and shown.

Hooks for other features: build what the desk needs from ``self.ctx`` (a
:class:`~ui.context.DeskContext`), add menu entries to ``menu_register``, ``menu_mail``,
``menu_treatment`` or ``menu_tools``, and follow ``self.ctx.live.changed`` for changes.

Signals: ``logged_out()`` when the user logs out (the log-in comes back); ``quit_requested()``
when the user quits (after the open forms were dealt with).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Direction, Role
from app.errors import UserError
from app.imputation.choices import AssignChoices, assign_choices
from app.organisation import queries as organisation
from app.organisation.permissions import Action, allowed
from app.registry.baskets import Basket, basket_filter
from app.registry.browse import RegisterQuery, SortKey
from app.registry.queries import MailView, get_mail, get_mail_by_id
from app.search.terms import Terms, number_of, parse
from app.secret_file import SecretFile
from app.store.changes import Change
from ui import display
from ui.admin.dialog import AdministrationDialog
from ui.amend.actions import MailActions
from ui.barcode import ScanDetector
from ui.capture.desk import CaptureDesk
from ui.context import DeskContext
from ui.dispatch.desk import DispatchDesk
from ui.help.about import AboutDialog
from ui.help.dialog import HelpDialog
from ui.i18n import LANGUAGES
from ui.imputation.actions import ImputationActions
from ui.imputation.delays_view import DelaysView
from ui.imputation.inbox_view import InboxView
from ui.live import concerns_mail
from ui.mailbox.desk import MailboxDesk
from ui.portal.desk import PortalDesk
from ui.preferences.dialog import SettingsDialog
from ui.printing.mail_prints import MailPrints
from ui.printing.register_dialog import RegisterDialog
from ui.register import states
from ui.register.baskets import BasketPanel
from ui.register.delegate import ScriptDirectionDelegate
from ui.register.detail import DetailPane
from ui.register.filters import FilterBar
from ui.register.model import RegisterModel
from ui.registration.form import RegistrationForm
from ui.secret_store import UnlockSecretsDialog
from ui.session.idle_lock import IdleLock
from ui.session.leaving import SessionActions
from ui.stats.desk import StatsDesk
from ui.why import reason_for_key
from ui.widgets import select_row, show_and_forget

DEFAULT_SIZE = (1440, 860)
MIN_SIZE = (1024, 640)
TITLE_BAR = 32  # what the window manager adds above the window

# What the desk's lists of services and instructions are read from.
ORGANISATION = frozenset({"service", "instruction", "office"})


class MainWindow(QMainWindow):
    logged_out = Signal()
    quit_requested = Signal()

    def __init__(self, *, ctx: DeskContext) -> None:
        super().__init__()
        self.ctx = ctx
        db, tasks, actor = ctx.db, ctx.tasks, ctx.actor
        self._db, self._tasks, self._actor, self._settings = db, tasks, actor, ctx.settings
        self.setObjectName("mainWindow")
        self._services: list[organisation.ServiceRow] = []
        self.forms: list[RegistrationForm] = []
        self._request = 0  # the latest mail asked for; older answers are dropped

        self.filters = FilterBar(self)
        self.model = RegisterModel(db=db, tasks=tasks, actor=actor, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("register")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several mails may be selected to assign them at once; the detail shows the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Newest first: the indicator set before sorting is enabled, which sorts once by it.
        # That is the register's one query at start, asked first of the database worker (the
        # inbox and the delays queue theirs after it): three queries were asked here before.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 125), (2, 64), (3, 140), (5, 75)):
            self.table.setColumnWidth(column, width)
        # Searched words are highlighted in the correspondent and subject columns.
        self.delegate = ScriptDirectionDelegate(self.table, highlighted_columns=(3, 4))
        self.table.setItemDelegate(self.delegate)
        self.detail = DetailPane(ctx=ctx, parent=self)
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
        # What this desk and others do (another counter, a chef, the command line) shows
        # without refresh: this desk's commits at once, others' by LISTEN/NOTIFY on
        # PostgreSQL, a cheap poll of the audit head on SQLite.
        self.live = ctx.live
        self.inbox = InboxView(ctx=ctx, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deskTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(left, "")
        self.tabs.addTab(self.inbox, "")
        self.delays: DelaysView | None = None
        if Role(actor.role) in (Role.CHEF, Role.SUPERVISOR, Role.ADMIN):
            self.delays = DelaysView(ctx=ctx, parent=self)
            self.tabs.addTab(self.delays, "")
        if Role(actor.role) in (Role.CHEF, Role.AGENT):
            self.tabs.setCurrentWidget(self.inbox)  # their day starts with what waits for them
        # The baskets on the desk's left (its right in Arabic): each filters the register.
        self.baskets = BasketPanel(ctx=ctx, parent=self)
        self.baskets.chosen.connect(self.on_basket)
        self.baskets.sort_requested.connect(self.open_tray)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.baskets)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        for index, stretch in enumerate((0, 3, 1)):
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([180, 860, 330])
        self.setCentralWidget(splitter)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_menus()
        self.filters.changed.connect(self.on_filters_changed)
        self.filters.number_entered.connect(self.open_number)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._open_a_number_found)
        self.model.rowsInserted.connect(self._update_count)
        self.model.failed.connect(self.show_error)
        self.model.loading.connect(self.on_loading)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row)
        self.inbox.activated.connect(self.open_number)
        self.inbox.chosen.connect(self.open_number)
        self.inbox.counted.connect(self._on_inbox_counted)
        self._reselect: int | None = None
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsInserted.connect(self._restore_selection)
        self.model.reloading.connect(self._keep_selection)
        self.live.changed.connect(self.on_live_changes)
        self.live.start()
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.open_number)
        self.scanner.scanned.connect(self.capture.on_scanned)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.idle_lock = IdleLock(ctx=ctx, minutes=self._settings.idle_lock_minutes, parent=self)
        self.idle_lock.locked.connect(lambda: self.scanner.set_enabled(False))
        self.idle_lock.unlocked.connect(lambda: self.scanner.set_enabled(True))

        self.retranslate()
        self._fit_status_column()
        screen = self.screen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)
        self._load_services()
        self._load_instruction_names()
        self.portal.start()
        self.mailbox.start()

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
        self.prints = MailPrints(ctx=self.ctx, window=self)
        self.prints.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.prints.failed.connect(self.show_error)
        self.mail_actions = MailActions(
            ctx=self.ctx, services=lambda: self._services, window=self, prints=self.prints
        )
        self.imputation = ImputationActions(
            ctx=self.ctx,
            services=lambda: self._services,
            selection=self.selected_numbers,
            window=self,
        )
        self.imputation.say.connect(self.say)
        self.menu_mail.addActions(self.mail_actions.actions)
        self.menu_mail.addSeparator()
        self.menu_mail.addActions(self.mail_actions.print_actions)
        self._build_dispatch()
        self.menu_treatment = self.menuBar().addMenu("")
        self.menu_treatment.addActions(self.imputation.actions)
        self.action_reply = QAction(self)
        self.action_reply.setObjectName("actionRegisterReply")
        self.action_reply.setShortcut(QKeySequence("Ctrl+Shift+R"))  # Ctrl+R refreshes
        self.action_reply.setEnabled(False)
        self.action_reply.triggered.connect(self.open_reply)
        self.menu_treatment.addSeparator()
        self.menu_treatment.addAction(self.action_reply)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            self.mail_actions.actions + self.imputation.actions + self.mail_actions.print_actions
        )
        self.inbox.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.inbox.table.addActions(self.imputation.actions)
        actions = self.mail_actions
        # Under the mail, the treatment step of the user's role: the office assigns, a chef
        # hands on, an agent starts.
        step = {
            Role.CHEF: self.imputation.reassign,
            Role.AGENT: self.imputation.start,
        }.get(Role(self._actor.role), self.imputation.assign)
        self.detail.add_actions([actions.print_label, actions.print_receipt, actions.correct, step])
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
        self.action_admin = QAction(self)
        self.action_admin.setObjectName("actionAdministration")
        self.action_admin.triggered.connect(self.open_administration)
        # Only administrators see it; the application layer refuses anyone else anyway.
        self.action_admin.setVisible(allowed(self._actor.role, Action.MANAGE_ORGANISATION))
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.action_admin)
        self.action_unlock_secrets = QAction(self)
        self.action_unlock_secrets.setObjectName("actionUnlockSecrets")
        self.action_unlock_secrets.triggered.connect(self.open_unlock_secrets)
        self.action_unlock_secrets.setVisible(SecretFile().exists())
        self.menu_tools.addAction(self.action_unlock_secrets)
        self.session = SessionActions(window=self, forms=lambda: list(self.forms))
        self.session.logged_out.connect(self._log_out)
        self.session.quitting.connect(self._quit)
        self.menu_register.addSeparator()
        self.menu_register.addActions(self.session.actions)
        self.capture = CaptureDesk(
            ctx=self.ctx,
            parent_window=self,
            drop_target=self.detail,
            current_number=lambda: self.detail.mail.number if self.detail.mail else None,
        )
        self.stats = StatsDesk(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            lang=lambda: self.ctx.lang,
            services=lambda: self._services,
            window=self,
        )
        self.menu_register.addAction(self.stats.action)
        self.stats.open_register.connect(self.show_register_query)
        self.stats.failed.connect(self.show_error)
        self.capture.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.menu_tools.insertAction(self.action_settings, self.capture.action)
        self._build_portal()
        self._build_mailbox()
        self.menu_language = self.menuBar().addMenu("")
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.menu_language.addAction(action)
            self.language_actions[code] = action
        self.menu_help = self.menuBar().addMenu("")
        self.action_help = QAction(self)
        self.action_help.setObjectName("actionHelp")
        self.action_help.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_help.triggered.connect(self.open_help)
        self.action_about = QAction(self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.open_about)
        self.menu_help.addActions([self.action_help, self.action_about])

    def _build_dispatch(self) -> None:
        """Batch labels, routing slips, the delivery book, registered letters (ui/dispatch)."""
        self.dispatch = DispatchDesk(
            ctx=self.ctx,
            services=lambda: self._services,
            selection=self.selected_numbers,
            prints=self.prints,
            window=self,
        )
        self.menu_mail.addSeparator()
        self.menu_mail.addActions(self.dispatch.mail_actions)
        self.menu_register.addSeparator()
        self.menu_register.addActions(self.dispatch.register_actions)
        self.table.addActions(self.dispatch.mail_actions)
        self.detail.add_section(self.dispatch.ar_section)
        self.table.selectionModel().selectionChanged.connect(self.dispatch.selection_changed)
        self.imputation.assigned.connect(self.dispatch.offer_slips)
        # Its changes reach the register and the detail through the live feed, like others'.
        self.dispatch.open_requested.connect(self.open_number)
        self.dispatch.say.connect(self.say)
        self.dispatch.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def _build_mailbox(self) -> None:
        """The E-mail menu, its line in the status bar, the basket of e-mail to register."""
        self.mailbox = MailboxDesk(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            lang=lambda: self.ctx.lang,
            window=self,
        )
        self.menu_mailbox = QMenu(self)
        self.menuBar().insertMenu(self.menu_tools.menuAction(), self.menu_mailbox)
        self.menu_mailbox.addActions(self.mailbox.menu_actions)
        self.menu_mailbox.menuAction().setVisible(self.mailbox.shown)
        self.statusBar().insertPermanentWidget(0, self.mailbox.indicator)
        # The mail registered reaches the register through the live feed; it is shown.
        self.mailbox.registered.connect(self.open_number)
        self.mailbox.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.mailbox.configure_requested.connect(lambda: self.open_administration(page="mailbox"))

    def _build_portal(self) -> None:
        """The Portal menu, its indicator in the status bar, sending the départ shown."""
        self.portal = PortalDesk(ctx=self.ctx, window=self)
        self.menu_portal = QMenu(self)
        self.menuBar().insertMenu(self.menu_tools.menuAction(), self.menu_portal)
        for action in self.portal.menu_actions:
            if action is None:
                self.menu_portal.addSeparator()
            else:
                self.menu_portal.addAction(action)
        self.menu_portal.menuAction().setVisible(self.portal.shown)
        self.statusBar().insertPermanentWidget(0, self.portal.indicator)
        self.detail.add_section(self.portal.sendings)
        if self.portal.may_sync:
            self.menu_mail.addSeparator()
            self.menu_mail.addAction(self.portal.action_send)
            self.table.addAction(self.portal.action_send)
            self.detail.add_actions([self.portal.action_send])
        self.portal.sent.connect(self.open_number)
        self.portal.failed.connect(self.show_error)
        self.portal.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.portal.configure_requested.connect(lambda: self.open_administration(page="portal"))

    def _fit_date_column(self) -> None:
        """Wide enough for the Hijri date beside the Gregorian when it is shown."""
        sample = display.moment(datetime(2026, 12, 30, 23, 59, tzinfo=UTC), short=True)
        width = self.table.fontMetrics().horizontalAdvance(sample) + 24
        self.table.setColumnWidth(1, max(125, width))

    def _load_services(self) -> None:
        db = self._db
        self.ctx.load(
            lambda: organisation.services(db), owner=self, done=self._on_services, say=self.say
        )

    def _on_services(self, rows: list[organisation.ServiceRow]) -> None:
        self._services = rows
        self.filters.set_services(rows, self.ctx.lang)

    def open_form(self, direction: Direction, answers: str | None = None) -> RegistrationForm:
        """The registration form for ``direction``, with this session's last channel; for an
        outgoing reply, the number of the mail it answers."""
        form = RegistrationForm(
            ctx=self.ctx,
            direction=direction,
            services=self._services,
            last_channel=self._settings.channel_for(direction),
            prints=self.prints,
            receipt_after_counter=self._settings.printing.receipt_after_counter,
            answers=answers,
            parent=self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.registered.connect(lambda _done: self._after_registration(form))
        form.open_mail.connect(self.open_number)
        form.correct_requested.connect(self.correct_number)
        form.show()
        self.forms.append(form)
        form.destroyed.connect(lambda *_: self.forms.remove(form) if form in self.forms else None)
        return form

    def open_reply(self) -> RegistrationForm | None:
        """The outgoing form for the reply to the mail shown; registering it answers that mail."""
        mail = self.imputation.mail
        if mail is None or not self.action_reply.isEnabled():
            return None
        return self.open_form(Direction.OUT, answers=mail.number)

    def _after_registration(self, form: RegistrationForm) -> None:
        """The form's channel is the next form's of its direction; the new mail reaches the
        register, and a reply the inbox, through the change feed."""
        self._settings.set_channel_for(form.direction, form.last_channel)

    def open_register_printing(self) -> RegisterDialog:
        dialog = RegisterDialog(ctx=self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_administration(self, page: str | None = None) -> AdministrationDialog | None:
        """The administration dialog; ``page`` "portal" opens it on the portal's settings."""
        if not self.action_admin.isVisible():
            return None
        dialog = AdministrationDialog(ctx=self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The services and instructions follow through the live feed; the portal's and the
        # mailboxes' settings are read again here.
        dialog.changed.connect(self._after_administration)
        if page == "portal":
            dialog.tabs.setCurrentWidget(dialog.portal_page)
        elif page == "mailbox":
            dialog.tabs.setCurrentWidget(dialog.mailbox_page)
        dialog.show()
        return dialog

    def _after_administration(self) -> None:
        self.portal.sync.refresh_state()
        self.mailbox.accounts_changed()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            ctx=self.ctx,
            # Which database this PC opens is an administrator's choice.
            may_change_database=allowed(self._actor.role, Action.MANAGE_ORGANISATION),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self.idle_lock.set_minutes(self._settings.idle_lock_minutes))
        dialog.show()
        return dialog

    # --- help, the secrets file, leaving ---------------------------------------------------

    def open_help(self) -> HelpDialog:
        dialog = HelpDialog(menu_bar=self.menuBar(), parent=self)
        show_and_forget(dialog)
        return dialog

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(
            database=self._db.display_url(),
            user=f"{self._actor.full_name} ({self._actor.login})",
            parent=self,
        )
        db = self._db
        self.ctx.load(
            lambda: organisation.office(db),
            owner=dialog,
            done=lambda found: dialog.set_office(found.name(self.ctx.lang)) if found else None,
        )
        show_and_forget(dialog)
        return dialog

    def open_unlock_secrets(self) -> UnlockSecretsDialog:
        dialog = UnlockSecretsDialog(tasks=self._tasks, lang=lambda: self.ctx.lang, parent=self)
        dialog.unlocked.connect(self._after_unlock)
        show_and_forget(dialog)
        return dialog

    def _after_unlock(self) -> None:
        self.statusBar().showMessage(self.tr("Secrets file unlocked."), 8000)
        self.portal.sync.refresh_state()

    def _log_out(self) -> None:
        self.logged_out.emit()
        self.close()

    def _quit(self) -> None:
        self.close()
        self.quit_requested.emit()

    # --- corrections -----------------------------------------------------------------------

    def correct_number(self, number: str) -> None:
        """The correction dialog of ``number`` (a form's "Correct…" after registering it)."""

        def shown(mail: MailView) -> None:
            self._show(mail, select=True)
            self.mail_actions.open_correction()

        db, actor = self._db, self._actor
        self.ctx.load(
            lambda: get_mail(db, number, actor=actor),
            owner=self,
            done=shown,
            say=self.say,
            refused=lambda _error: None,
        )

    # --- treatment ---------------------------------------------------------------------------

    def selected_numbers(self) -> list[str]:
        """The numbers of the register's selected rows, in the register's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = (self.model.row_at(r) for r in rows)  # a selected row is a loaded one
        return [row.number for row in found if row is not None]

    @Slot(object)
    def on_live_changes(self, batch: tuple[Change, ...]) -> None:
        """This desk or another changed the register: the register follows at the least cost
        (new rows on top, changed rows reloaded: :meth:`RegisterModel.apply_changes`), and the
        mail shown reloads if it changed, staying selected (the inbox and the delays follow
        the same batches themselves)."""
        self.portal.on_live_changes(batch)
        organisation_changed = {c.entity_type for c in batch} & ORGANISATION
        if organisation_changed or any(c.reason == "reconnected" for c in batch):
            # The lists that offer services and instructions follow.
            self._load_services()
            self._load_instruction_names()
        self.mailbox.on_live_changes(batch)
        if not concerns_mail(batch):
            return
        self.model.apply_changes(batch)
        shown = self.imputation.mail
        if shown is not None and any(
            c.reason == "reconnected" or (c.entity_type == "mail" and c.entity_id == shown.number)
            for c in batch
        ):
            self._reload_shown(shown.number)

    def _reload_shown(self, number: str) -> None:
        """The mail shown again, as it is now; if this user may no longer see it, it stays as
        it was (as when the register reloads without it)."""
        self._load(
            lambda: get_mail(self._db, number, actor=self._actor),
            select=False,
            quiet=True,
        )

    def _keep_selection(self) -> None:
        """The register runs its query again for a live change: the mail shown is selected
        again once the rows are back."""
        shown = self.imputation.mail
        self._reselect = shown.id if shown is not None else None

    def _restore_selection(self, *_args: object) -> None:
        """After a reload, the mail that was selected is again, once its row is back (the
        first screen, or the rest of the list after it)."""
        mail_id = self._reselect
        if mail_id is None:
            return
        row = self.model.row_of(mail_id)
        if row is not None:
            self._reselect = None
            select_row(self.table, row)
        elif self.model.loaded:  # the whole list is here, and the mail is not in it
            self._reselect = None

    def _load_instruction_names(self) -> None:
        db = self._db
        self.ctx.load(
            lambda: assign_choices(db), owner=self, done=self._on_assign_choices, say=self.say
        )

    def _on_assign_choices(self, choices: AssignChoices) -> None:
        self.detail.set_instruction_labels(
            {row.code: (row.label_fr, row.label_ar) for row in choices.instructions}
        )

    def _inbox_title(self) -> str:
        role = Role(self._actor.role)
        if role is Role.AGENT:
            return self.tr("My tas&ks")
        if role is Role.CHEF:
            return self.tr("Service &inbox")
        return self.tr("In treatme&nt")

    @Slot(int, int)
    def _on_inbox_counted(self, total: int, overdue: int) -> None:
        title = self._inbox_title()
        if total:
            title += display.digits(f" ({total})")
        self.tabs.setTabText(self.tabs.indexOf(self.inbox), title)
        if overdue:
            self.tabs.setTabToolTip(
                self.tabs.indexOf(self.inbox), display.digits(self.tr("%n overdue", "", overdue))
            )

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
        self.dispatch.retranslate()
        self.menu_treatment.setTitle(self.tr("Tr&eatment"))
        self.imputation.retranslate()
        self.action_reply.setText(self.tr("Register the &reply…"))
        self.tabs.setTabText(self.tabs.indexOf(self.tabs.widget(0)), self.tr("Re&gister"))
        self._on_inbox_counted(self.inbox.model.rowCount(), self.inbox.model.overdue)
        if self.delays is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.delays), self.tr("&Delays by service"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.action_settings.setText(self.tr("&Settings…"))
        self.action_lock.setText(self.tr("&Lock the session"))
        self.action_admin.setText(self.tr("&Administration…"))
        self.capture.retranslate()
        self.stats.retranslate()
        self.menu_portal.setTitle(self.tr("&Portal"))
        self.portal.retranslate()
        self.menu_mailbox.setTitle(self.tr("&E-mail"))
        self.mailbox.retranslate()
        self.action_unlock_secrets.setText(self.tr("&Unlock the secrets file…"))
        self.session.retranslate()
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_help.setText(self.tr("&Help and shortcuts"))
        self.action_about.setText(self.tr("&About Bureau d'ordre"))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.ctx.lang)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self._fit_date_column()
            self._fit_status_column()
            self.table.viewport().update()  # digits and dates may have changed too
            self._load_services()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # The window's own close button with a form half typed: ask, as Quit does. (A close
        # the application asks for itself has asked already, or has nothing to ask.)
        if event.spontaneous() and self.session.unsaved():
            event.ignore()
            self.session.leave(self._quit)
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.idle_lock.stop()
        self.inbox.stop()
        self.baskets.stop()
        self.live.stop()
        self.capture.stop()
        self.portal.stop()
        self.mailbox.stop()
        super().closeEvent(event)

    # --- behaviour -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.ctx.languages.apply(lang)

    @Slot(object)
    def on_filters_changed(self, query: RegisterQuery) -> None:
        current = self.model.query
        if query.sort is SortKey.RELEVANCE:
            sort, descending = SortKey.RELEVANCE, True
        elif current.sort is SortKey.RELEVANCE:  # relevance turned off: newest first again
            sort, descending = SortKey.REGISTERED, True
        else:  # the order the table's header chose
            sort, descending = current.sort, current.descending
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(sort is not SortKey.RELEVANCE)
        if sort is SortKey.REGISTERED and current.sort is SortKey.RELEVANCE:
            header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        number = number_of(query.text)
        self.delegate.set_terms(Terms() if number else parse(query.text))
        self.table.viewport().update()
        basket = self.baskets.current
        chosen = basket_filter(basket, self._actor) if basket is not None else None
        self.model.set_query(replace(query, sort=sort, descending=descending, basket=chosen))

    @Slot(object)
    def on_basket(self, _basket: Basket | None) -> None:
        """A basket was chosen: the register shows it (with the filters above)."""
        self.tabs.setCurrentIndex(0)
        self.on_filters_changed(self.filters.query)

    def open_tray(self) -> None:
        """ "To be sorted": the capture window, on its tray."""
        window = self.capture.open_window()
        window.tabs.setCurrentWidget(window.tray)

    def fit_to(self, available: QRect | None) -> None:
        """The window's first size: as large as the desk wants, but never beyond the screen's
        free area (a 1366×768 counter PC with its task bar), the title bar included."""
        width, height = DEFAULT_SIZE
        if available is not None and not available.isEmpty():
            width = max(MIN_SIZE[0], min(width, available.width()))
            height = max(MIN_SIZE[1], min(height, available.height() - TITLE_BAR))
        self.resize(width, height)

    def _fit_status_column(self) -> None:
        """Every status and "cancelled" in full, in the current language: never cut."""
        self.table.setColumnWidth(6, states.status_width(self.table.font()))

    def show_register_query(self, query: RegisterQuery) -> None:
        """The register on the mails of ``query`` (a figure of the dashboard), its filters shown
        in the filter bar."""
        self.tabs.setCurrentIndex(0)
        self.filters.apply(query)
        self.raise_()
        self.activateWindow()

    def _open_a_number_found(self) -> None:
        """A typed registry number that found its mail: show that mail at once."""
        if number_of(self.model.query.text) is not None and self.model.rowCount() == 1:
            select_row(self.table, 0)

    @Slot(bool)
    def on_loading(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Loading…"))
        else:
            self.statusBar().clearMessage()
            self.message.hide()

    def _update_count(self) -> None:
        self.count_label.setText(display.digits(self.tr("%n mail(s)", "", self.model.rowCount())))

    @Slot(QModelIndex, QModelIndex)
    def on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        mail_id = self.model.id_at(current.row())
        if mail_id is not None:  # the row's page may not be loaded yet: go by id
            self._load(lambda: get_mail_by_id(self._db, mail_id, actor=self._actor), select=False)

    @Slot(str)
    def open_number(self, number: str) -> None:
        """Show the mail ``number`` (a selection, a typed number or a barcode scan)."""
        self._load(lambda: get_mail(self._db, number, actor=self._actor), select=True)

    def _load(self, fetch: Callable[[], MailView], *, select: bool, quiet: bool = False) -> None:
        """Fetch a mail on the worker and show it, unless another was asked for meanwhile (a
        late answer must not pull the selection back while the clerk moves on). ``quiet``:
        a refusal leaves the mail shown as it was, unsaid (it was reloaded for a change)."""
        self._request += 1
        token = self._request

        def done(mail: MailView) -> None:
            if token == self._request:
                self._show(mail, select=select)

        say = None if quiet else self.say
        self.ctx.load(fetch, owner=self, done=done, say=say, refused=lambda _error: None)

    def show_mail(self, mail: MailView) -> None:
        self._show(mail, select=True)

    def _show(self, mail: MailView, *, select: bool) -> None:
        self.message.hide()
        self.mail_actions.set_mail(mail)
        self.imputation.set_mail(mail)
        self.portal.set_mail(mail)
        self.dispatch.set_mail(mail)
        self.action_reply.setEnabled(
            not mail.cancelled
            and mail.direction != Direction.OUT.value
            and allowed(self._actor.role, Action.REGISTER)
        )
        self.detail.show_mail(mail)
        row = self.model.row_of(mail.id) if select else None
        if row is not None and self.table.currentIndex().row() != row:
            select_row(self.table, row)
        elif row is None and select and not self.model.loaded:
            self._reselect = mail.id  # beyond the first screen: selected once the list is in

    @Slot(object)
    def show_error(self, exc: Exception) -> None:
        """An error of a feature that reports exceptions (the register's model, printing):
        said if the user can act on it, raised if it is a bug."""
        if not isinstance(exc, UserError):
            raise exc  # a bug: the excepthook reports it
        self.say(self.ctx.message(exc))

    @Slot(str)
    def say(self, text: str) -> None:
        """A refusal in the message line above the register."""
        self.message.setText(text)
        self.message.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """The shortcut of a greyed-out action says why in the status bar."""
        why = reason_for_key(event, self.findChildren(QAction))
        if why:
            self.statusBar().showMessage(why, 8000)
            event.accept()
            return
        super().keyPressEvent(event)
