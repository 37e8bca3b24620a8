"""The instructions tab: the office's list in the order the assignment dialog shows it.

Up and down (buttons, or Ctrl+Up / Ctrl+Down in the list) move the selected instruction at
once. The form adds an instruction (a code, a French and an Arabic label) or renames one; a
deactivated instruction leaves the assignment dialog but stays on the mail it was given to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation import instructions, names
from app.organisation.admin import InstructionItem, Organisation
from ui.admin.labels import state_label
from ui.admin.page import ROLE_KEY, AdminContext, AdminPage, grey, script_line, split
from ui.labels import isolate

FIELDS = {"label-fr": "label_fr", "label-ar": "label_ar", "code": "code"}


class InstructionsPage(AdminPage):
    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("instructionsPage")
        self._editing: str | None = None
        self._loaded: tuple[object, ...] = ()
        self._select_after: str | None = None
        self._rebuilding = False

        self.list = QListWidget(self)
        self.list.setObjectName("instructionsList")
        self.list.currentItemChanged.connect(self.on_current_changed)
        self.list_caption = QLabel(self)
        self.list_caption.setBuddy(self.list)
        self.up = QPushButton(self)
        self.up.setObjectName("moveUp")
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(self)
        self.down.setObjectName("moveDown")
        self.down.clicked.connect(lambda: self.move(1))
        for key, step in ((QKeySequence("Ctrl+Up"), -1), (QKeySequence("Ctrl+Down"), 1)):
            shortcut = QShortcut(key, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newInstruction")
        self.new_button.clicked.connect(self.start_new)

        self.form_box = QGroupBox(self)
        self.code = QLineEdit(self.form_box)
        self.code.setObjectName("instructionCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMaxLength(32)
        self.label_fr = script_line(
            self.form_box, "instructionLabelFr", arabic=False, limit="label-fr"
        )
        self.label_ar = script_line(
            self.form_box, "instructionLabelAr", arabic=True, limit="label-ar"
        )
        self.active = QCheckBox(self.form_box)
        self.active.setObjectName("instructionActive")
        self.note = QLabel(self.form_box)
        self.note.setWordWrap(True)
        self.captions = [QLabel(self.form_box) for _ in range(3)]
        form = QFormLayout(self.form_box)
        for caption, widget in zip(
            self.captions, (self.code, self.label_fr, self.label_ar), strict=True
        ):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow(self.active)
        form.addRow(self.note)
        self.save_button.setParent(self.form_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addLayout(moves)
        left = QVBoxLayout()
        left.addWidget(self.list_caption)
        left.addLayout(listed, 1)
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
            self.list,
            self.up,
            self.down,
            self.new_button,
            self.code,
            self.label_fr,
            self.label_ar,
            self.active,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._fill_form(None)

    # -- language ---------------------------------------------------------------------------

    def first_widget(self) -> QWidget:
        return self.list

    def title(self) -> str:
        return self.tr("&Instructions")

    def retranslate(self) -> None:
        self.list_caption.setText(self.tr("Instructions, in the order they are &offered"))
        self.up.setText(self.tr("Move &up"))
        self.up.setToolTip(self._keys("Ctrl+Up"))
        self.down.setText(self.tr("Move &down"))
        self.down.setToolTip(self._keys("Ctrl+Down"))
        self.new_button.setText(self.tr("&New instruction"))
        for caption, text in zip(
            self.captions,
            (self.tr("&Code"), self.tr("Label in &French"), self.tr("Label in &Arabic")),
            strict=True,
        ):
            caption.setText(text)
        self.active.setText(self.tr("Offered when assigning (ac&tive)"))
        self.note.setText(
            self.tr(
                "A deactivated instruction is no longer offered; the mail it was given to "
                "keeps it. Free text goes in the note of each assignment."
            )
        )
        self.save_button.setText(self.tr("Sa&ve the instruction"))
        self._retitle_form()
        if self.data is not None:
            self.show_data(self.data)

    @staticmethod
    def _keys(keys: str) -> str:
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    def _retitle_form(self) -> None:
        if self._editing is None:
            self.form_box.setTitle(self.tr("New instruction"))
        else:
            self.form_box.setTitle(self.tr("Instruction %1").replace("%1", self._editing))

    # -- showing ----------------------------------------------------------------------------

    def show_data(self, data: Organisation) -> None:
        keep_form = self.is_dirty() and self._select_after is None
        self.data = data
        wanted = self._select_after or self._editing or self.current_code()
        self._select_after = None
        self._rebuilding = True
        try:
            self.list.clear()
            lang = self.ctx.lang
            for row in data.instructions:
                text = f"{isolate(row.label(lang))} — {isolate(row.other_label(lang))}"
                if not row.active:
                    text += f" ({state_label(False)})"
                item = QListWidgetItem(text, self.list)
                item.setData(ROLE_KEY, row.code)
                item.setToolTip(row.code)
                if not row.active:
                    item.setForeground(grey(self.list))
        finally:
            self._rebuilding = False
        if wanted is None and data.instructions:
            wanted = data.instructions[0].code
        self._select(wanted)
        if not keep_form:
            self._fill_form(self._item(wanted))

    def _item(self, code: str | None) -> InstructionItem | None:
        if self.data is None or code is None:
            return None
        return next((i for i in self.data.instructions if i.code == code), None)

    def current_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_KEY) if item is not None else None

    def _select(self, code: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_KEY) == code:
                self._rebuilding = True
                try:
                    self.list.setCurrentRow(row)
                finally:
                    self._rebuilding = False
                return

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._rebuilding or current is None:
            return
        self.clear_message()
        self._fill_form(self._item(current.data(ROLE_KEY)))

    # -- moving -----------------------------------------------------------------------------

    def move(self, step: int) -> None:
        code = self.current_code()
        if code is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        focus = self.focusWidget()

        def moved(_changed: bool) -> None:
            self._select_after = code
            if focus is not None:
                focus.setFocus()

        self.run(lambda: instructions.move_instruction(db, actor, code, step), moved)

    # -- the form ---------------------------------------------------------------------------

    def _fill_form(self, row: InstructionItem | None) -> None:
        self._editing = row.code if row else None
        self.code.setText(row.code if row else "")
        self.code.setReadOnly(row is not None)
        self.label_fr.setText(row.label_fr if row else "")
        self.label_ar.setText(row.label_ar if row else "")
        self.active.setChecked(row.active if row else True)
        self.active.setEnabled(row is not None)
        self._retitle_form()
        self._loaded = self.form_values()

    def form_values(self) -> tuple[object, ...]:
        return (
            self.code.text(),
            self.label_fr.text(),
            self.label_ar.text(),
            self.active.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.form_values() != self._loaded

    def revert(self) -> None:
        self.clear_message()
        self._fill_form(self._item(self._editing or self.current_code()))

    @Slot()
    def start_new(self) -> None:
        self.clear_message()
        self._fill_form(None)
        self.code.setFocus()

    def submit(self) -> None:
        code, label_fr, label_ar = self.code.text(), self.label_fr.text(), self.label_ar.text()
        active = self.active.isChecked()
        ok = self.check(lambda: names.code(code)) and self.check(
            lambda: (
                names.latin_name(label_fr, field="label-fr", maximum=instructions.LABEL_MAX),
                names.arabic_name(label_ar, field="label-ar", maximum=instructions.LABEL_MAX),
            )
        )
        if not ok:
            return
        db, actor, editing = self.ctx.db, self.ctx.actor, self._editing
        if editing is None:
            self.run(
                lambda: instructions.add_instruction(
                    db, actor, code=code, label_fr=label_fr, label_ar=label_ar
                ),
                self._saved,
            )
        else:
            self.run(
                lambda: instructions.update_instruction(
                    db, actor, editing, label_fr=label_fr, label_ar=label_ar, active=active
                ),
                lambda _changed: self._saved(editing),
            )

    def _saved(self, code: str) -> None:
        self._select_after = code
        self._loaded = self.form_values()
        self.list.setFocus()

    def field_widget(self, error: UserError) -> QWidget | None:
        field = error.params.get("field")
        if isinstance(field, str) and field in FIELDS:
            return getattr(self, FIELDS[field])
        if error.code in ("bad_code", "instruction_exists"):
            return self.code
        return None
