"""The users tab: a table of the office's users and a form to add or edit one.

The form takes the login (fixed once created), the full name, the role (by its translated
name), the services as a list of check boxes, whether the account is active, and a password:
required for a new user, and for an existing one only to reset it (left empty, it stays).
The password is typed twice; the two must match before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.errors import UserError
from app.organisation import names, user_admin
from app.organisation.admin import Organisation, UserItem
from ui import limits
from ui.admin.labels import role_label, state_label
from ui.admin.page import ROLE_KEY, AdminContext, AdminPage, grey, split
from ui.labels import LTR
from ui.register.delegate import ScriptDirectionDelegate

FIELD_ORDER = ("login", "full_name", "role", "services", "password", "confirm")


def _password_line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class UsersPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("usersPage")
        self._editing: str | None = None  # the login in the form; None: a new user
        self._loaded: tuple[object, ...] = ()
        self._select_after: str | None = None
        self._rebuilding = False

        self.model = QStandardItemModel(0, 5, self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.table_caption = QLabel(self)
        self.table_caption.setBuddy(self.table)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newUser")
        self.new_button.clicked.connect(self.start_new)

        self.form_box = QGroupBox(self)
        self.login = QLineEdit(self.form_box)
        self.login.setObjectName("userLogin")
        self.login.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.login.setMaxLength(64)
        self.full_name = QLineEdit(self.form_box)
        self.full_name.setObjectName("userFullName")
        limits.limit_text(self.full_name, "name")
        self.role = QComboBox(self.form_box)
        self.role.setObjectName("userRole")
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.services = QListWidget(self.form_box)
        self.services.setObjectName("userServices")
        self.services.setMinimumHeight(110)
        self.services.setWordWrap(True)
        self.services.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.password = _password_line(self.form_box, "userPassword")
        self.confirm = _password_line(self.form_box, "userConfirm")
        self.active = QCheckBox(self.form_box)
        self.active.setObjectName("userActive")

        self.captions = {name: QLabel(self.form_box) for name in FIELD_ORDER}
        form = QFormLayout(self.form_box)
        widgets = (
            self.login,
            self.full_name,
            self.role,
            self.services,
            self.password,
            self.confirm,
        )
        for name, widget in zip(FIELD_ORDER, widgets, strict=True):
            self.captions[name].setBuddy(widget)
            form.addRow(self.captions[name], widget)
        form.addRow(self.active)
        self.save_button.setParent(self.form_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        left = QVBoxLayout()
        left.addWidget(self.table_caption)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.message)
        right.addStretch(1)
        split(self, left, right)

        order: list[QWidget] = [self.table, self.new_button, *widgets]
        order += [self.active, self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._fill_form(None)

    # -- language ---------------------------------------------------------------------------

    def first_widget(self) -> QWidget:
        return self.table

    def title(self) -> str:
        return self.tr("&Users")

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Login"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Services"),
                self.tr("State"),
            ]
        )
        self.table_caption.setText(self.tr("Users of the &office"))
        self.new_button.setText(self.tr("&New user"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))
        self.active.setText(self.tr("Ac&tive (may log in)"))
        self.save_button.setText(self.tr("Sa&ve the user"))
        self._retitle_form()
        if self.data is not None:
            self.show_data(self.data)

    def _retitle_form(self) -> None:
        captions = {
            "login": self.tr("&Login"),
            "full_name": self.tr("Full &name"),
            "role": self.tr("&Role"),
            "services": self.tr("&Services"),
            "password": self.tr("&Password") if self._editing is None else self.tr("New &password"),
            "confirm": self.tr("&Confirm the password"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        if self._editing is None:
            self.form_box.setTitle(self.tr("New user"))
            self.password.setPlaceholderText("")
        else:
            self.form_box.setTitle(self.tr("User %1").replace("%1", self._editing))
            self.password.setPlaceholderText(self.tr("Leave empty to keep the password"))

    # -- showing ----------------------------------------------------------------------------

    def show_data(self, data: Organisation) -> None:
        keep_form = self.is_dirty() and self._select_after is None
        checked = self.service_codes() if keep_form else []
        self.data = data
        wanted = self._select_after or self._editing or self.current_login()
        self._select_after = None
        self._rebuilding = True
        try:
            self._fill_table(data)
        finally:
            self._rebuilding = False
        if keep_form:
            self._fill_services(checked)
            self._select(self._editing)
            return
        if wanted is None and data.users:
            wanted = data.users[0].login
        self._select(wanted)
        self._fill_form(data.user(wanted) if wanted else None)

    def _fill_table(self, data: Organisation) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for u in data.users:
            row = [
                QStandardItem(LTR + u.login),
                QStandardItem(u.full_name),
                QStandardItem(role_label(u.role)),
                QStandardItem(LTR + ", ".join(u.services)),
                QStandardItem(state_label(u.active)),
            ]
            row[0].setData(u.login, ROLE_KEY)
            if not u.active:
                for item in row:
                    item.setForeground(grey(self.table))
            self.model.appendRow(row)

    def current_login(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ROLE_KEY) if index.isValid() else None

    def _select(self, login: str | None) -> None:
        if login is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ROLE_KEY) == login:
                self._rebuilding = True
                try:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                finally:
                    self._rebuilding = False
                return

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._rebuilding or self.data is None or not current.isValid():
            return
        self.clear_message()
        self._fill_form(self.data.user(current.siblingAtColumn(0).data(ROLE_KEY)))

    # -- the form ---------------------------------------------------------------------------

    def _fill_services(self, checked: list[str] | tuple[str, ...]) -> None:
        """Active services, and the deactivated ones the user still belongs to (greyed)."""
        self.services.clear()
        if self.data is None:
            return
        for s in self.data.services:
            if not s.active and s.code not in checked:
                continue
            text = f"{s.code} — {s.name(self.ctx.lang)}"
            if not s.active:
                text += f" ({state_label(False)})"
            item = QListWidgetItem(text, self.services)
            item.setData(ROLE_KEY, s.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if s.code in checked else Qt.CheckState.Unchecked
            )
            if not s.active:
                item.setForeground(grey(self.services))
        if self.services.count():
            self.services.setCurrentRow(0)

    def service_codes(self) -> list[str]:
        return [
            self.services.item(i).data(ROLE_KEY)
            for i in range(self.services.count())
            if self.services.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _fill_form(self, user: UserItem | None) -> None:
        self._editing = user.login if user else None
        self.login.setText(user.login if user else "")
        self.login.setReadOnly(user is not None)
        self.full_name.setText(user.full_name if user else "")
        self.role.setCurrentIndex(self.role.findData(user.role if user else Role.AGENT.value))
        self._fill_services(user.services if user else ())
        self.password.clear()
        self.confirm.clear()
        self.active.setChecked(user.active if user else True)
        self.active.setEnabled(user is not None)
        self._retitle_form()
        self._loaded = self.form_values()

    def form_values(self) -> tuple[object, ...]:
        return (
            self.login.text(),
            self.full_name.text(),
            self.role.currentData(),
            tuple(self.service_codes()),
            self.password.text(),
            self.confirm.text(),
            self.active.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.form_values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        login = self._editing or self.current_login()
        self._fill_form(self.data.user(login) if self.data and login else None)

    @Slot()
    def start_new(self) -> None:
        self.clear_message()
        self._fill_form(None)
        self.login.setFocus()

    def submit(self) -> None:
        login, full_name = self.login.text(), self.full_name.text()
        role = Role(self.role.currentData())
        services, active = self.service_codes(), self.active.isChecked()
        password, confirm = self.password.text(), self.confirm.text()
        if self._editing is None or password or confirm:
            if not self.check(lambda: names.password(password)):
                return
            if password != confirm:
                self.say(self.tr("The two passwords differ."))
                self.confirm.setFocus()
                self.confirm.selectAll()
                return
        db, actor, editing = self.ctx.db, self.ctx.actor, self._editing
        if editing is None:
            saved = login.strip()
            self.run(
                lambda: user_admin.create_user(
                    db,
                    actor,
                    login=login,
                    full_name=full_name,
                    role=role,
                    password=password,
                    service_codes=services,
                ),
                lambda _id: self._saved(saved),
            )
        else:
            self.run(
                lambda: user_admin.update_user(
                    db,
                    actor,
                    editing,
                    full_name=full_name,
                    role=role,
                    service_codes=services,
                    active=active,
                    password=password or None,
                ),
                lambda _changed: self._saved(editing),
            )

    def _saved(self, login: str) -> None:
        self._select_after = login
        self._loaded = self.form_values()
        self.table.setFocus()

    def field_widget(self, error: UserError) -> QWidget | None:
        if error.code in ("bad_login", "user_exists"):
            return self.login
        if error.code in ("missing_field", "too_long") and error.params.get("field") == "name":
            return self.full_name
        if error.code == "password_too_short":
            return self.password
        if error.code == "last_admin":
            return self.role
        if error.code == "admin_self":
            return self.active
        if error.code in ("service_inactive", "unknown_service"):
            return self.services
        return None
