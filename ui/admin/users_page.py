"""The users tab: a table of the office's users and a form to add or edit one.

The form takes the login (fixed once created), the full name, the role (by its translated
name), the services as a list of check boxes, whether the account is active, and a password:
required for a new user, and for an existing one only to reset it (left empty, it stays).
The password is typed twice; the two must match before anything is sent.

An account locked after too many wrong passwords shows "Locked" in its state, and *Unlock the
account* lifts the lock (:func:`app.organisation.throttle.unlock`, audited).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain.enums import Role
from app.errors import UserError
from app.organisation import names, throttle, user_admin
from app.organisation.admin import Organisation, UserItem
from ui import limits
from ui.admin.labels import role_label, state_label
from ui.admin.page import ROLE_KEY, RecordPage, grey
from ui.context import DeskContext
from ui.labels import LTR
from ui.register.delegate import ScriptDirectionDelegate


def _password_line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class UsersPage(RecordPage):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("usersPage")
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
        self.new_button.setObjectName("newUser")
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.setEnabled(False)
        self.unlock_button.clicked.connect(self.unlock_current)

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

        self.lay_out(
            self.table,
            {
                "login": self.login,
                "full_name": self.full_name,
                "role": self.role,
                "services": self.services,
                "password": self.password,
                "confirm": self.confirm,
            },
            rows=(self.active,),
            list_buttons=(self.unlock_button,),
        )
        self.retranslate()
        self._fill_form(None)

    # -- language ---------------------------------------------------------------------------

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
        self.list_caption.setText(self.tr("Users of the &office"))
        self.new_button.setText(self.tr("&New user"))
        self.unlock_button.setText(self.tr("Un&lock the account"))
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
        checked = self.service_codes()
        keep_form, wanted = self.keep_or_select(data, self.current_login())
        with self.rebuilding():
            self._fill_table(data)
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
                QStandardItem(self.tr("Locked") if u.locked else state_label(u.active)),
            ]
            row[0].setData(u.login, ROLE_KEY)
            if not u.active:
                for item in row:
                    item.setForeground(grey(self.table))
            if u.locked:  # said in words, and in red
                row[4].setForeground(QColor(180, 0, 0))
            self.model.appendRow(row)

    def current_login(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ROLE_KEY) if index.isValid() else None

    def _select(self, login: str | None) -> None:
        if login is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ROLE_KEY) == login:
                with self.rebuilding():
                    self.table.setCurrentIndex(self.model.index(row, 0))
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
        self.unlock_button.setEnabled(bool(user and user.locked))
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
        self.loaded_now()

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
                lambda _id: self.saved_as(saved),
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
                lambda _changed: self.saved_as(editing),
            )

    @Slot()
    def unlock_current(self) -> None:
        login = self._editing
        if login is None or self.data is None:
            return
        user = self.data.user(login)
        if user is None or not user.locked:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.clear_message()
        self.run(lambda: throttle.unlock(db, actor, login), lambda _done: self.saved_as(login))

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
