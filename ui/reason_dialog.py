"""The dialog that names a mail or a deposit, says what will happen, and takes one line of text
(a reason, a note, a number) before acting.

Cancelling a mail, sending it back, filing it, marking it answered and discarding a deposit
are one shape: the action runs on the database worker; a refusal (an empty reason, a number
that is not an outgoing mail, a change made meanwhile by another desk) is shown in the dialog,
in the user's language, with what was typed kept and the cursor back in the field. The check
is the application layer's, so the dialog never disagrees with the command line.

A subclass builds on :class:`ReasonDialog`: it passes the object names its tests and style
know, writes its texts in :meth:`~ReasonDialog.retranslate` (its own ``tr()`` context, so the
translations stay where they are), says what to run in :meth:`~ReasonDialog.action` and what
to tell when done in :meth:`~ReasonDialog.succeeded`, and calls :meth:`~ReasonDialog.ready`
once its own fields are set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui import limits
from ui.tasks import TaskRunner

ERROR_STYLE = "color: #b00020;"


class ReasonDialog(QDialog):
    def __init__(
        self,
        *,
        tasks: TaskRunner,
        lang: str | Callable[[], str],
        object_name: str,
        field_name: str,
        message_name: str,
        red_message: bool = True,
        limit: str = "reason",
        parent: QWidget | None = None,
    ) -> None:
        """``lang``: the user's language, or how to know it when a refusal comes;
        ``field_name`` and ``message_name``: the object names of the text field and of the
        refusal's line; ``red_message``: the refusal in the error colour; ``limit``: the field
        of :data:`app.domain.entry.LIMITS` the text is held to."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self._tasks = tasks
        self._lang = lang
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName(field_name)
        limits.limit_text(self.field, limit)
        self.caption = QLabel(self)
        self.caption.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setObjectName(message_name)
        self.message.setWordWrap(True)
        if red_message:
            self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = self.make_buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.caption, self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def make_buttons(self) -> QDialogButtonBox:
        """OK (the default button: Enter in the field submits) and Cancel; ``self.ok``."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        return buttons

    def ready(self) -> None:
        """The texts in the user's language and the cursor in the field: the subclass's
        ``__init__`` ends with it, once what its texts name is set."""
        self.retranslate()
        self.field.setFocus()

    def retranslate(self) -> None:
        raise NotImplementedError

    def action(self, text: str) -> Callable[[], object]:
        """What to run on the worker with the text typed."""
        raise NotImplementedError

    def succeeded(self) -> None:
        """Done: tell whoever listens (the subclass's own signal)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        run = self.action(self.field.text())
        self.message.hide()
        self.setEnabled(False)
        self._tasks.run(run, on_done=self._on_done, on_error=self._on_error, owner=self)

    def _on_done(self, _result: object) -> None:
        self.setEnabled(True)
        self.succeeded()
        self.accept()

    def _on_error(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        lang = self._lang if isinstance(self._lang, str) else self._lang()
        self.message.setText(exc.message(lang))
        self.message.show()
        self.field.setFocus()
