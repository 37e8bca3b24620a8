"""Send a départ to another administration through the portal: choose its bureau d'ordre.

The directory is the one the last sync brought (kept for offline use), read on the database
worker. Typing filters it on the code and on the names in both scripts, folded as search
folds them (accents, hamza forms, case); the arrows move in the list, Enter sends to the
office selected. Sending only queues the mail in the outbox, in one transaction with its
audit event (on the database worker); the sync that follows takes it to the portal. Every
refusal is shown here in the user's language.

Signals: ``sent(str, str)`` with the mail's number and the office's code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fold
from app.errors import UserError
from app.portal import send
from app.portal.link import directory, get_link
from app.registry.queries import MailView
from app.store.database import Database
from ui.context import DeskContext
from ui.labels import LTR, isolate

CODE = Qt.ItemDataRole.UserRole
KEYS = Qt.ItemDataRole.UserRole + 1
ERROR_COLOUR = "#b00020"
MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


@dataclass(frozen=True)
class Directory:
    offices: list[dict[str, Any]]  # every office but this one


def read_directory(db: Database, office_id: int) -> Directory:
    link = get_link(db, office_id)
    if link is None:
        raise UserError("portal_not_configured")
    own = link.portal_office_code
    return Directory([o for o in directory(link) if o.get("code") != own])


def search_key(office: dict[str, Any]) -> str:
    """What typing is matched against: the code and both names, folded."""
    parts = (office.get(k) for k in ("code", "name_fr", "name_ar", "ministry_fr", "ministry_ar"))
    return " ".join(fold(str(p)) for p in parts if p)


class SendDialog(QDialog):
    sent = Signal(str, str)
    loaded = Signal()

    def __init__(
        self,
        *,
        ctx: DeskContext,
        mail: MailView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portalSendDialog")
        self.ctx = ctx
        self.mail = mail
        self.offices: list[dict[str, Any]] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.caption = QLabel(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("portalOfficeFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        self.caption.setBuddy(self.filter)
        self.list = QTreeWidget(self)
        self.list.setObjectName("portalOffices")
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(1, 300)
        self.list.setColumnWidth(2, 230)
        self.list.itemActivated.connect(lambda *_: self.submit())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.message = QLabel(self)
        self.message.setObjectName("portalSendMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.caption)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self.retranslate()
        self.filter.setFocus()
        db, office_id = ctx.db, ctx.actor.office_id
        ctx.load(
            lambda: read_directory(db, office_id),
            owner=self,
            done=self._on_directory,
            say=self._say_error,
            refused=self._on_refused,
        )

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Send %1 through the portal").replace("%1", LTR + self.mail.number + LTR)
        )
        self.summary.setText(f"{LTR}{self.mail.number} — {isolate(self.mail.subject)}")
        # On the side the window reads from, though the line starts with a Latin number.
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.summary.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.caption.setText(self.tr("&To the bureau d'ordre of (type part of its name or code)"))
        self.filter.setPlaceholderText(self.tr("Name in French or Arabic, or code"))
        self.list.setHeaderLabels(
            [self.tr("Code"), self.tr("Office"), self.tr("Ministry"), self.tr("City")]
        )
        self.ok.setText(self.tr("&Send"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the directory ----------------------------------------------------------------------

    def _on_directory(self, found: Directory) -> None:
        self.offices = found.offices
        self._fill()
        if not self.offices:
            self.say(
                self.tr(
                    "The portal's directory is not known yet: it comes with the next sync "
                    "(Portal › Sync now, F9)."
                )
            )
        self.loaded.emit()

    def _fill(self) -> None:
        arabic = self.ctx.lang == "ar"
        self.list.clear()
        for office in self.offices:
            name = office.get("name_ar" if arabic else "name_fr") or office.get("name_fr") or ""
            ministry = office.get("ministry_ar" if arabic else "ministry_fr") or ""
            code, city = LTR + str(office["code"]), office.get("city") or ""
            item = QTreeWidgetItem([code, isolate(name), isolate(ministry), city])
            item.setData(0, CODE, office["code"])
            item.setData(0, KEYS, search_key(office))
            item.setToolTip(1, f"{office.get('name_fr', '')}\n{office.get('name_ar', '')}")
            self.list.addTopLevelItem(item)
        self.apply_filter(self.filter.text())

    def visible_codes(self) -> list[str]:
        return [
            str(self.list.topLevelItem(i).data(0, CODE))
            for i in range(self.list.topLevelItemCount())
            if not self.list.topLevelItem(i).isHidden()
        ]

    def apply_filter(self, text: str) -> None:
        words = fold(text).split()
        first = None
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            keys = str(item.data(0, KEYS))
            shown = all(w in keys for w in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._enable()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, CODE)) if item is not None and not item.isHidden() else None

    def _enable(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The arrows, typed in the filter, move in the list."""
        if watched is self.filter and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in MOVES:
                moved = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers())
                QApplication.sendEvent(self.list, moved)
                return True
        return super().eventFilter(watched, event)

    # -- sending ----------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setText(text)
        self.message.show()

    def submit(self) -> None:
        code = self.chosen()
        if code is None or not self.isEnabled():
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.mail.number
        self.message.hide()
        self.ctx.operate(
            lambda: send.send_via_portal(db, actor, number, code),
            owner=self,
            busy=self,
            done=lambda _none: self._on_sent(code),
            say=self._say_error,
            refused=self._on_refused,
        )

    def _on_sent(self, code: str) -> None:
        self.sent.emit(self.mail.number, code)
        self.accept()

    def _say_error(self, text: str) -> None:
        self.say(text, error=True)

    def _on_refused(self, _error: UserError) -> None:
        self.filter.setFocus()
        self.loaded.emit()
