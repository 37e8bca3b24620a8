"""What the administration tabs share: saving through the desk's operation helper, the
inline message, and the layout of a page of records.

A page shows the :class:`~app.organisation.admin.Organisation` it is given and edits one
record at a time in a form. Saving runs on the database worker with the page disabled; if the
change is refused the page comes back with everything typed and says why in the user's
language, with the focus on the field at fault. After a saved change the page asks the dialog
to read the organisation again (``saved``) and then selects what it saved.

:class:`RecordPage` is the shape of the services, users and instructions tabs: the list on one
side (its caption above, "New" below), the form of one record on the other (its captions, its
extra rows, "Save"), the tab order from the list down the form, and what was loaded in the
form to tell an unsaved edit.

Signals: ``saved()`` after a change was written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.organisation.admin import Organisation
from ui import limits
from ui.context import DeskContext
from ui.widgets import MessageLine

ROLE_KEY = Qt.ItemDataRole.UserRole


def script_line(parent: QWidget, name: str, *, arabic: bool, limit: str) -> QLineEdit:
    """A line edit for text in one script, laid out in that script's direction in any window,
    held to the field ``limit``'s length (:mod:`ui.limits`)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
    )
    limits.limit_text(edit, limit)
    return edit


def grey(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def split(page: QWidget, left: QLayout, right: QLayout, ratio: tuple[int, int] = (3, 2)) -> None:
    """The list on one side, the form on the other, their share adjustable by the user."""
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.setChildrenCollapsible(False)
    for index, (layout, factor) in enumerate(zip((left, right), ratio, strict=True)):
        holder = QWidget(splitter)
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        splitter.addWidget(holder)
        splitter.setStretchFactor(index, factor)
    splitter.setSizes([factor * 1000 for factor in ratio])  # scaled to the width it gets
    outer = QHBoxLayout(page)
    outer.addWidget(splitter)


class AdminPage(QWidget):
    saved = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Organisation | None = None
        self.message = MessageLine(self, "adminMessage")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.submit)
        self._focus_after_error: QWidget | None = None

    # -- what each page provides ------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_data(self, data: Organisation) -> None:
        """Show ``data``; the form is refilled unless it holds unsaved edits."""
        raise NotImplementedError

    def submit(self) -> None:
        raise NotImplementedError

    def first_widget(self) -> QWidget:
        """Where the focus goes when the page is shown first."""
        return self.save_button

    def is_dirty(self) -> bool:
        return False

    def revert(self) -> None:
        """Put the form back as it was loaded (Esc)."""

    def field_widget(self, error: UserError) -> QWidget | None:
        """The widget an error is about, to put the focus back on it."""
        return None

    # -- shared behaviour -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self, fn: Callable[[], Any], on_saved: Callable[[Any], None] | None = None) -> None:
        """Run the edit ``fn`` through the desk's operation helper, the page disabled
        meanwhile."""
        self.message.hide()
        self._focus_after_error = self.focusWidget()

        def done(result: Any) -> None:
            if on_saved is not None:
                on_saved(result)
            self.saved.emit()

        self.ctx.operate(
            fn, owner=self, busy=self, done=done, say=self.say, refused=self.on_refused
        )

    def load(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Read with ``fn`` on the database worker; a refusal is said on the page."""
        self.ctx.load(fn, owner=self, done=done, say=self.say, refused=self.on_refused)

    def check(self, fn: Callable[[], Any]) -> bool:
        """Run a check that needs no database now; False (and the message said) if refused."""
        try:
            fn()
        except UserError as exc:
            self.say(self.ctx.message(exc))
            self.on_refused(exc)
            return False
        return True

    def on_refused(self, error: UserError) -> None:
        """The focus back on the field at fault (or where it was)."""
        target = self.field_widget(error) or self._focus_after_error
        if target is not None and target.isEnabled():
            target.setFocus()
            if isinstance(target, QLineEdit):
                target.selectAll()

    def say(self, text: str) -> None:
        self.message.say(text)

    def clear_message(self) -> None:
        self.message.clear_message()


class RecordPage(AdminPage):
    """A list of records and the form of one of them (see the module's docstring).

    A subclass makes its list and its fields, then calls :meth:`lay_out`; it gives the
    form's values (:meth:`form_values`), fills the form (``_fill_form``) and starts a new
    record (:meth:`start_new`). ``_editing`` is the key of the record in the form (None: a
    new one); ``_select_after`` the key to select once the organisation is read again.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._editing: str | None = None
        self._loaded: tuple[object, ...] = ()
        self._select_after: str | None = None
        self._rebuilding = False
        self.listing: QWidget = self
        self.list_caption = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.start_new)
        self.form_box = QGroupBox(self)
        self.captions: dict[str, QLabel] = {}

    def lay_out(
        self,
        listing: QWidget,
        fields: Mapping[str, QWidget],
        *,
        rows: Sequence[QWidget] = (),
        beside: QLayout | None = None,
        after_list: Sequence[QWidget] = (),
        list_buttons: Sequence[QWidget] = (),
    ) -> None:
        """``listing`` (with ``beside`` it, ``after_list`` its buttons in the tab order), and
        the form: ``fields`` with their captions, then ``rows`` (a check box, a note);
        ``list_buttons`` go beside the New button, under the list."""
        self.listing = listing
        self.list_caption.setBuddy(listing)
        form = QFormLayout(self.form_box)
        for name, widget in fields.items():
            caption = self.captions[name] = QLabel(self.form_box)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        for widget in rows:
            form.addRow(widget)
        self.save_button.setParent(self.form_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        left = QVBoxLayout()
        left.addWidget(self.list_caption)
        if beside is None:
            left.addWidget(listing, 1)
        else:
            listed = QHBoxLayout()
            listed.addWidget(listing, 1)
            listed.addLayout(beside)
            left.addLayout(listed, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        for button in list_buttons:
            row.addWidget(button)
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addWidget(self.message)
        right.addStretch(1)
        split(self, left, right)

        focusable = [w for w in rows if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        order = [listing, *after_list, self.new_button, *list_buttons, *fields.values(), *focusable]
        order.append(self.save_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def first_widget(self) -> QWidget:
        return self.listing

    @contextmanager
    def rebuilding(self) -> Iterator[None]:
        """The list changes under the program's hand: its selection signals fill nothing."""
        self._rebuilding = True
        try:
            yield
        finally:
            self._rebuilding = False

    def form_values(self) -> tuple[object, ...]:
        raise NotImplementedError

    def start_new(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return self.form_values() != self._loaded

    def loaded_now(self) -> None:
        """What the form shows is what is stored: nothing unsaved."""
        self._loaded = self.form_values()

    def keep_or_select(self, data: Organisation, current: str | None) -> tuple[bool, str | None]:
        """Before the list is filled with ``data``: whether the form holds an edit to keep,
        and which record to select after (just saved, in the form, or ``current``)."""
        keep_form = self.is_dirty() and self._select_after is None
        self.data = data
        wanted = self._select_after or self._editing or current
        self._select_after = None
        return keep_form, wanted

    def saved_as(self, key: str) -> None:
        """``key`` was saved: selected once the organisation is read again; the list takes
        the focus."""
        self._select_after = key
        self.loaded_now()
        self.listing.setFocus()
