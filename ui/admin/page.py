"""What the administration tabs share: the context, saving on the worker, the inline message.

A page shows the :class:`~app.organisation.admin.Organisation` it is given and edits one
record at a time in a form. Saving runs on the database worker with the page disabled; if the
change is refused the page comes back with everything typed and says why in the user's
language, with the focus on the field at fault. After a saved change the page asks the dialog
to read the organisation again (``saved``) and then selects what it saved.

Signals: ``saved()`` after a change was written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.admin import Organisation
from app.store.database import Database
from ui import limits
from ui.tasks import TaskRunner

ROLE_KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class AdminContext:
    db: Database
    tasks: TaskRunner
    actor: Actor
    lang: str


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

    def __init__(self, ctx: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Organisation | None = None
        self.message = QLabel(self)
        self.message.setObjectName("adminMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
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
        """Run the edit ``fn`` on the database worker, the page disabled meanwhile."""
        self.message.hide()
        self._focus_after_error = self.focusWidget()
        self.setEnabled(False)

        def done(result: Any) -> None:
            self.setEnabled(True)
            if on_saved is not None:
                on_saved(result)
            self.saved.emit()

        self.ctx.tasks.run(fn, on_done=done, on_error=self.on_error, owner=self)

    def check(self, fn: Callable[[], Any]) -> bool:
        """Run a check that needs no database now; False (and the message said) if refused."""
        try:
            fn()
        except UserError as exc:
            self.on_error(exc)
            return False
        return True

    def on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.say(exc.message(self.ctx.lang))
        target = self.field_widget(exc) or self._focus_after_error
        if target is not None and target.isEnabled():
            target.setFocus()
            if isinstance(target, QLineEdit):
                target.selectAll()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()
        self.message.clear()
