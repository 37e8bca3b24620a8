"""The services tab: the hierarchy as a tree, and a form to add or edit one service.

Each service shows its name in the user's language with the other language beside it. The
form takes the code (fixed once created), both names (the Arabic one in Arabic letters, the
French one in Latin letters, checked before anything is sent), the kind and the parent; a
service can be neither its own parent nor go under one of its sub-services, so those are not
offered. Deactivating is refused while the service holds open mail or active sub-services;
the note under the form says so.
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
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ServiceKind
from app.errors import UserError
from app.organisation import names, service_admin
from app.organisation.admin import Organisation, ServiceItem
from ui.admin.labels import kind_label, state_label
from ui.admin.page import ROLE_KEY, AdminContext, AdminPage, grey, script_line, split
from ui.labels import LTR
from ui.register.delegate import ScriptDirectionDelegate

# The kind a new service gets under a parent of each kind.
CHILD_KIND = {
    None: ServiceKind.DIRECTION,
    ServiceKind.DIRECTION.value: ServiceKind.DIVISION,
    ServiceKind.DIVISION.value: ServiceKind.SERVICE,
    ServiceKind.SERVICE.value: ServiceKind.SERVICE,
}
FIELDS = {"name-ar": "name_ar", "name-fr": "name_fr", "code": "code", "name": "name_fr"}


class ServicesPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("servicesPage")
        self._editing: str | None = None  # the code of the service in the form; None: a new one
        self._loaded: tuple[object, ...] = ()
        self._select_after: str | None = None
        self._rebuilding = False

        self.model = QStandardItemModel(0, 6, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("servicesTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegate(ScriptDirectionDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.tree_caption = QLabel(self)
        self.tree_caption.setBuddy(self.tree)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newService")
        self.new_button.clicked.connect(self.start_new)

        self.form_box = QGroupBox(self)
        self.code = QLineEdit(self.form_box)
        self.code.setObjectName("serviceCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMaxLength(32)
        self.name_ar = script_line(self.form_box, "serviceNameAr", arabic=True, limit="name-ar")
        self.name_fr = script_line(self.form_box, "serviceNameFr", arabic=False, limit="name-fr")
        self.kind = QComboBox(self.form_box)
        self.kind.setObjectName("serviceKind")
        for kind in ServiceKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.parent_combo = QComboBox(self.form_box)
        self.parent_combo.setObjectName("serviceParent")
        self.active = QCheckBox(self.form_box)
        self.active.setObjectName("serviceActive")
        self.note = QLabel(self.form_box)
        self.note.setWordWrap(True)
        self.note.setObjectName("serviceNote")

        self.captions = {name: QLabel(self.form_box) for name in FIELD_ORDER}
        form = QFormLayout(self.form_box)
        for name, widget in zip(
            FIELD_ORDER,
            (self.code, self.name_ar, self.name_fr, self.kind, self.parent_combo),
            strict=True,
        ):
            self.captions[name].setBuddy(widget)
            form.addRow(self.captions[name], widget)
        form.addRow(self.active)
        form.addRow(self.note)
        self.save_button.setParent(self.form_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        left = QVBoxLayout()
        left.addWidget(self.tree_caption)
        left.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.message)
        right.addStretch(1)
        split(self, left, right)

        order: list[QWidget] = [
            self.tree,
            self.new_button,
            self.code,
            self.name_ar,
            self.name_fr,
            self.kind,
            self.parent_combo,
            self.active,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._fill_form(None)

    # -- language ---------------------------------------------------------------------------

    def first_widget(self) -> QWidget:
        return self.tree

    def title(self) -> str:
        return self.tr("&Services")

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("In French") if self.ctx.lang == "ar" else self.tr("In Arabic"),
                self.tr("Code"),
                self.tr("Kind"),
                self.tr("Users"),
                self.tr("State"),
            ]
        )
        self.tree_caption.setText(self.tr("Directions, divisions and ser&vices"))
        self.new_button.setText(self.tr("&New service"))
        captions = {
            "code": self.tr("&Code"),
            "name_ar": self.tr("Name in &Arabic"),
            "name_fr": self.tr("Name in &French"),
            "kind": self.tr("&Kind"),
            "parent": self.tr("Under (&parent)"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.active.setText(self.tr("Ac&tive"))
        self.note.setText(
            self.tr(
                "A deactivated service is no longer offered for new mail; its mail and its "
                "history stay. It cannot be deactivated while it holds open mail or active "
                "sub-services."
            )
        )
        self.save_button.setText(self.tr("Sa&ve the service"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        self._retitle_form()
        if self.data is not None:
            self.show_data(self.data)

    def _retitle_form(self) -> None:
        if self._editing is None:
            self.form_box.setTitle(self.tr("New service"))
        else:
            self.form_box.setTitle(self.tr("Service %1").replace("%1", self._editing))

    # -- showing ----------------------------------------------------------------------------

    def show_data(self, data: Organisation) -> None:
        keep_form = self.is_dirty() and self._select_after is None
        self.data = data
        wanted = self._select_after or self._editing or self.current_code()
        self._select_after = None
        self._rebuilding = True
        try:
            self._fill_tree(data)
        finally:
            self._rebuilding = False
        if keep_form:
            chosen = self.parent_combo.currentData()
            self._fill_parents(self._editing)
            self._set_parent(chosen)
            self._select(self._editing)
            return
        if wanted is None:
            wanted = next((s.code for s in data.services if s.active), None)
        self._select(wanted)
        self._fill_form(data.service(wanted) if wanted else None)

    def _fill_tree(self, data: Organisation) -> None:
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        lang = self.ctx.lang
        for s in data.services:
            row = [
                QStandardItem(s.name(lang)),
                QStandardItem(s.other_name(lang)),
                QStandardItem(LTR + s.code),
                QStandardItem(kind_label(s.kind)),
                QStandardItem(str(s.users)),
                QStandardItem(state_label(s.active)),
            ]
            row[0].setData(s.code, ROLE_KEY)
            if not s.active:
                for item in row:
                    item.setForeground(grey(self.tree))
            parent = items.get(s.parent_code or "")
            (parent or self.model.invisibleRootItem()).appendRow(row)
            items[s.code] = row[0]
        self.tree.expandAll()
        # The other language's name: as wide as it needs, but never more than a third.
        self.tree.resizeColumnToContents(1)
        third = max(120, self.tree.viewport().width() // 3)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), third))

    def current_code(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ROLE_KEY)

    def _select(self, code: str | None) -> None:
        if code is None:
            return
        found = self.model.match(
            self.model.index(0, 0),
            ROLE_KEY,
            code,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if found:
            self._rebuilding = True
            try:
                self.tree.setCurrentIndex(found[0])
                self.tree.scrollTo(found[0])
            finally:
                self._rebuilding = False

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._rebuilding or self.data is None or not current.isValid():
            return
        self.clear_message()
        self._fill_form(self.data.service(current.siblingAtColumn(0).data(ROLE_KEY)))

    # -- the form ---------------------------------------------------------------------------

    def _fill_parents(self, code: str | None) -> None:
        """Every active service but ``code`` and those under it, the top level first."""
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("— none (top level) —"), None)
        if self.data is None:
            return
        excluded = {code, *self.data.descendants(code)} if code else set()
        for s in self.data.services:
            if s.active and s.code not in excluded:
                self.parent_combo.addItem(f"{s.code} — {s.name(self.ctx.lang)}", s.code)

    def _set_parent(self, code: str | None) -> None:
        index = self.parent_combo.findData(code)
        self.parent_combo.setCurrentIndex(max(index, 0))

    def _fill_form(self, service: ServiceItem | None) -> None:
        self._editing = service.code if service else None
        self._fill_parents(self._editing)
        self.code.setText(service.code if service else "")
        self.code.setReadOnly(service is not None)
        self.name_ar.setText(service.name_ar if service else "")
        self.name_fr.setText(service.name_fr if service else "")
        self.kind.setCurrentIndex(
            self.kind.findData(service.kind if service else ServiceKind.SERVICE.value)
        )
        self._set_parent(service.parent_code if service else None)
        self.active.setChecked(service.active if service else True)
        self.active.setEnabled(service is not None)
        self._retitle_form()
        self._loaded = self.form_values()

    def form_values(self) -> tuple[object, ...]:
        return (
            self.code.text(),
            self.name_ar.text(),
            self.name_fr.text(),
            self.kind.currentData(),
            self.parent_combo.currentData(),
            self.active.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.form_values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        if self._editing is None:
            code = self.current_code()
            self._fill_form(self.data.service(code) if self.data and code else None)
        else:
            self._fill_form(self.data.service(self._editing) if self.data else None)

    @Slot()
    def start_new(self) -> None:
        """An empty form; the service selected in the tree is offered as the parent."""
        parent = self.current_code()
        parent_item = self.data.service(parent) if self.data and parent else None
        if parent_item is not None and not parent_item.active:
            parent_item = None
        self.clear_message()
        self._fill_form(None)
        self._set_parent(parent_item.code if parent_item else None)
        kind = CHILD_KIND[parent_item.kind if parent_item else None]
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._loaded = self.form_values()
        self.code.setFocus()

    def submit(self) -> None:
        code, name_ar, name_fr = self.code.text(), self.name_ar.text(), self.name_fr.text()
        kind = ServiceKind(self.kind.currentData())
        parent = self.parent_combo.currentData()
        active = self.active.isChecked()
        ok = self.check(lambda: names.code(code)) and self.check(
            lambda: (
                names.arabic_name(name_ar, field="name-ar"),
                names.latin_name(name_fr, field="name-fr"),
            )
        )
        if not ok:
            return
        db, actor, editing = self.ctx.db, self.ctx.actor, self._editing
        saved = names.code(code)
        if editing is None:
            self.run(
                lambda: service_admin.create_service(
                    db,
                    actor,
                    code=code,
                    name_ar=name_ar,
                    name_fr=name_fr,
                    kind=kind,
                    parent_code=parent,
                ),
                lambda _id: self._saved(saved),
            )
        else:
            self.run(
                lambda: service_admin.update_service(
                    db,
                    actor,
                    editing,
                    name_ar=name_ar,
                    name_fr=name_fr,
                    kind=kind,
                    parent_code=parent,
                    active=active,
                ),
                lambda _changed: self._saved(editing),
            )

    def _saved(self, code: str) -> None:
        self._select_after = code
        self._loaded = self.form_values()  # saved: no longer an edit to keep
        self.tree.setFocus()

    def field_widget(self, error: UserError) -> QWidget | None:
        field = error.params.get("field")
        if isinstance(field, str) and field in FIELDS:
            return getattr(self, FIELDS[field])
        if error.code in ("bad_code", "service_exists"):
            return self.code
        if error.code in ("service_cycle", "service_inactive"):
            return self.parent_combo
        if error.code in ("service_has_open_mail", "service_has_children"):
            return self.active
        return None


FIELD_ORDER = ("code", "name_ar", "name_fr", "kind", "parent")
