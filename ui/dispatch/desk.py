"""Dispatch in the main window: batch labels, routing slips, the delivery book, registered
letters' ARs — one object, a few lines in the main window (like the portal and capture).

Actions, on the mails selected in the register (or the mail shown):

- *Labels of the selection…* (Ctrl+Shift+L): one job, template and first sticker chosen on a
  picture of the sheet (:class:`ui.printing.label_sheet.LabelsDialog`);
- *Print the routing slips* / *Preview…* / *Save as PDF…* / *Attach to the mails* (the slip
  in each mail's file, for a service that works from the screen);
- after an assignment, the desk offers to print the assigned mails' routing slips;
- *Delivery book…* (Ctrl+Shift+D): :class:`ui.dispatch.book_dialog.DeliveryBookDialog`;
- *AR returned…* for the registered letter shown, and *Registered letters awaiting their
  AR…*; the AR's state shows in the detail pane (:class:`ui.dispatch.ar_dialogs.ArSection`).

Each action says in its tooltip why it is greyed out. Signals: ``changed(str)`` a mail whose
record changed here (AR returned, handed over, slip attached); ``open_requested(str)``;
``failed(object)``; ``message(str)`` a line for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.dispatch.ar import RECORDS_RETURNS
from app.dispatch.handover import HANDS_OVER
from app.dispatch.slip import attach_slips
from app.domain.enums import Role
from app.organisation.actor import Actor
from app.organisation.permissions import Action, allowed
from app.organisation.queries import ServiceRow
from app.registry.attach import AttachResult
from app.registry.queries import MailView
from app.store.database import Database
from ui import display
from ui.dispatch.ar_dialogs import (
    ArPendingDialog,
    ArReturnedDialog,
    ArSection,
    is_registered_letter,
)
from ui.dispatch.book_dialog import DeliveryBookDialog
from ui.printing.mail_prints import MailPrints
from ui.settings import Settings
from ui.tasks import TaskRunner


class DispatchDesk(QObject):
    changed = Signal(str)
    open_requested = Signal(str)
    failed = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        settings: Settings,
        lang: Callable[[], str],
        services: Callable[[], list[ServiceRow]],
        selection: Callable[[], list[str]],
        prints: MailPrints,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._db, self._tasks, self._actor = db, tasks, actor
        self._settings, self._lang, self._services = settings, lang, services
        self._selection, self._prints, self._window = selection, prints, window
        self.mail: MailView | None = None
        role = Role(actor.role)
        self.may_hand_over = role in HANDS_OVER
        self.may_record_ar = role in RECORDS_RETURNS
        self.ar_section = ArSection(window)
        self.offer: QMessageBox | None = None  # the last "print the routing slips?" question

        self.action_labels = self._action("actionBatchLabels", "Ctrl+Shift+L", self.open_labels)
        self.action_slips = self._action("actionPrintSlips", None, self.print_slips)
        self.action_preview_slips = self._action("actionPreviewSlips", None, self.preview_slips)
        self.action_save_slips = self._action("actionSaveSlips", None, self.save_slips)
        self.action_attach_slips = self._action("actionAttachSlips", None, self.attach_slips)
        self.action_attach_slips.setVisible(allowed(actor.role, Action.ATTACH))
        self.action_book = self._action("actionDeliveryBook", "Ctrl+Shift+D", self.open_book)
        self.action_ar_returned = self._action("actionArReturned", None, self.open_ar_returned)
        self.action_ar_pending = self._action("actionArPending", None, self.open_ar_pending)
        self.action_ar_returned.setVisible(self.may_record_ar)
        self.ar_section.set_action(self.action_ar_returned)
        self.action_book.setVisible(self.may_hand_over or role is Role.SUPERVISOR)
        self.set_mail(None)

    def _action(self, name: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def mail_actions(self) -> list[QAction]:
        """For the Mail menu and the register's context menu."""
        return [
            self.action_labels,
            self.action_slips,
            self.action_preview_slips,
            self.action_save_slips,
            self.action_attach_slips,
            self.action_ar_returned,
        ]

    @property
    def register_actions(self) -> list[QAction]:
        """For the Register menu."""
        return [self.action_book, self.action_ar_pending]

    def retranslate(self) -> None:
        self.action_labels.setText(self.tr("&Labels of the selection…"))
        self.action_slips.setText(self.tr("Print the routing &slips"))
        self.action_preview_slips.setText(self.tr("Preview the routing slips…"))
        self.action_save_slips.setText(self.tr("Save the routing slips as PDF…"))
        self.action_attach_slips.setText(self.tr("Attach the routing slips to the mails"))
        self.action_book.setText(self.tr("&Delivery book…"))
        self.action_ar_returned.setText(self.tr("AR &returned…"))
        self.action_ar_pending.setText(self.tr("Registered letters awaiting their &AR…"))
        self.ar_section.retranslate()
        self.set_mail(self.mail)

    # --- state ---------------------------------------------------------------------------

    def numbers(self) -> list[str]:
        """The mails selected in the register, or the mail shown; cancelled ones left out."""
        numbers = [n for n in self._selection() if n]
        if not numbers and self.mail is not None:
            numbers = [self.mail.number]
        if self.mail is not None and self.mail.cancelled:
            numbers = [n for n in numbers if n != self.mail.number]
        return numbers

    def set_mail(self, mail: MailView | None) -> None:
        self.mail = mail
        self.ar_section.set_mail(mail)
        printable = bool(self.numbers())
        why = "" if printable else self.tr("Select one or more mails in the register first.")
        for action in (
            self.action_labels,
            self.action_slips,
            self.action_preview_slips,
            self.action_save_slips,
            self.action_attach_slips,
        ):
            action.setEnabled(printable)
            action.setToolTip(why)
        waiting = (
            is_registered_letter(mail)
            and mail is not None
            and not mail.cancelled
            and mail.ar_returned_on is None
        )
        self.action_ar_returned.setEnabled(waiting)
        if waiting:
            self.action_ar_returned.setToolTip("")
        elif mail is not None and mail.ar_returned_on is not None:
            self.action_ar_returned.setToolTip(
                self.tr("Its AR came back on %1.").replace("%1", display.day(mail.ar_returned_on))
            )
        else:
            self.action_ar_returned.setToolTip(
                self.tr("Only for an outgoing letter sent registered with AR.")
            )

    def selection_changed(self) -> None:
        """The register's selection moved: the print actions follow it."""
        self.set_mail(self.mail)

    # --- labels and routing slips ------------------------------------------------------------

    def open_labels(self) -> None:
        numbers = self.numbers()
        if numbers:
            self._prints.open_labels(numbers)

    def print_slips(self) -> None:
        numbers = self.numbers()
        if numbers:
            self._prints.print_slips(numbers)

    def preview_slips(self) -> None:
        numbers = self.numbers()
        if numbers:
            self._prints.preview_slips(numbers)

    def save_slips(self) -> None:
        numbers = self.numbers()
        if numbers:
            self._prints.save_slips(numbers)

    def attach_slips(self) -> None:
        """Each selected mail's routing slip into its file (a PDF attachment), all or none."""
        numbers = self.numbers()
        if not numbers:
            return
        db, actor = self._db, self._actor

        def done(results: list[AttachResult]) -> None:
            self.message.emit(
                display.digits(self.tr("Routing slip attached to %n mail(s).", "", len(results)))
            )
            self.changed.emit(results[0].number)

        self._tasks.run(
            lambda: attach_slips(db, actor, numbers),
            on_done=done,
            on_error=self.failed.emit,
            owner=self,
        )

    def offer_slips(self, numbers: list[str]) -> QMessageBox | None:
        """After an assignment: print the routing slips to go with the paper?"""
        if not numbers:
            return None
        box = QMessageBox(self._window)
        box.setObjectName("offerSlips")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Routing slips"))
        box.setText(
            display.digits(
                self.tr("Print the routing slip of the %n mail(s) assigned?", "", len(numbers))
            )
        )
        yes = box.addButton(self.tr("&Print"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._prints.print_slips(numbers) if button is yes else None
        )
        box.open()
        self.offer = box
        return box

    # --- the delivery book -------------------------------------------------------------------

    def open_book(self) -> DeliveryBookDialog:
        dialog = DeliveryBookDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            services=self._services(),
            lang=self._lang,
            printer=self._settings.printing.register_printer,
            may_record=self.may_hand_over,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_requested)
        dialog.recorded.connect(lambda numbers: self.changed.emit(numbers[0]) if numbers else None)
        dialog.show()
        return dialog

    # --- registered letters ------------------------------------------------------------------

    def open_ar_returned(self) -> ArReturnedDialog | None:
        mail = self.mail
        if mail is None or not self.action_ar_returned.isEnabled():
            return None
        dialog = ArReturnedDialog(
            db=self._db,
            tasks=self._tasks,
            actor=self._actor,
            number=mail.number,
            ar_number=mail.ar_number,
            lang=self._lang,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self.changed)
        dialog.open()
        return dialog

    def open_ar_pending(self) -> ArPendingDialog:
        dialog = ArPendingDialog(
            db=self._db, tasks=self._tasks, actor=self._actor, lang=self._lang, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_requested)
        dialog.recorded.connect(self.changed)
        dialog.returned_button.setVisible(self.may_record_ar)
        dialog.show()
        return dialog
