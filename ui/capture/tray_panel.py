"""The "to be sorted" tray: documents no label matched, attached by hand or discarded.

Each line says the file, its pages and why it is here (and the barcode read, if any); its
pages show below. The clerk types or scans the mail's number and presses Attach; or discards
a blank or duplicate page with a reason. Another counter may sort the same document first:
the list is then refreshed and says so.

Signals: ``attached(str)``, ``message(str)``, ``count_changed(int)``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.capture import tray
from app.capture.tray import TrayRow
from app.documents.render import Rendering, render_pages
from app.errors import UserError
from app.registry.attach import AttachResult
from ui import display
from ui.context import DeskContext
from ui.labels import isolate
from ui.preview.source import to_pixmap

REASONS = {
    "no_label": QT_TRANSLATE_NOOP("TrayPanel", "no label"),
    "unreadable_label": QT_TRANSLATE_NOOP("TrayPanel", "label cannot be read"),
    "foreign_barcode": QT_TRANSLATE_NOOP("TrayPanel", "barcode of another origin"),
    "several_labels": QT_TRANSLATE_NOOP("TrayPanel", "several labels on one page"),
    "unknown_number": QT_TRANSLATE_NOOP("TrayPanel", "number unknown in this office"),
    "mail_cancelled": QT_TRANSLATE_NOOP("TrayPanel", "the mail is cancelled"),
    "not_allowed": QT_TRANSLATE_NOOP("TrayPanel", "mail outside your rights"),
}
PREVIEW_PAGES = 6


class TrayPanel(QWidget):
    attached = Signal(str)
    message = Signal(str)
    count_changed = Signal(int)

    def __init__(
        self,
        *,
        ctx: DeskContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trayPanel")
        self.ctx = ctx
        self._db, self._actor = ctx.db, ctx.actor
        self.rows: list[TrayRow] = []
        self.items = QListWidget(self)
        self.items.setObjectName("trayItems")
        self.items.currentRowChanged.connect(self.on_row)
        self.pages = QListWidget(self)
        self.pages.setObjectName("trayPages")
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(QSize(120, 170))
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setFixedHeight(200)
        self.empty = QLabel(self)
        self.empty.setObjectName("trayEmpty")
        self.number_caption = QLabel(self)
        self.number = QLineEdit(self)
        self.number.setObjectName("trayNumber")
        self.number.returnPressed.connect(self.attach_current)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("trayAttach")
        self.attach_button.clicked.connect(self.attach_current)
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(self.discard_current)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.number_caption)
        row.addWidget(self.number)
        row.addWidget(self.attach_button)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.pages)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.number_caption.setText(self.tr("Attach to mail number"))
        self.number.setPlaceholderText(self.tr("Type or scan the label"))
        self.attach_button.setText(self.tr("&Attach"))
        self.discard_button.setText(self.tr("Discard…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.empty.setText(self.tr("Nothing to sort."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        db, actor = self._db, self._actor
        self.ctx.load(
            lambda: tray.waiting(db, actor),
            owner=self,
            done=self._loaded,
            say=self.message.emit,
            refused=self._refused,
        )

    def _loaded(self, rows: list[TrayRow]) -> None:
        self.rows = rows
        self._fill()
        self.count_changed.emit(len(rows))

    def describe(self, row: TrayRow) -> str:
        reason = QCoreApplication.translate("TrayPanel", REASONS.get(row.reason, row.reason))
        pages = self.tr("%n page(s)", "", row.pages)
        line = f"{isolate(row.filename)} — {pages} — {reason}"
        if row.barcode:
            line += f" ({isolate(row.barcode)})"
        return f"{line}\n{display.moment(row.added_at)} — {row.added_by}"

    def _fill(self) -> None:
        current = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        for row in self.rows:
            self.items.addItem(QListWidgetItem(self.describe(row)))
        self.items.blockSignals(False)
        has = bool(self.rows)
        self.empty.setVisible(not has)
        for widget in (self.number, self.attach_button, self.discard_button):
            widget.setEnabled(has)
        if has:
            self.items.setCurrentRow(min(max(current, 0), len(self.rows) - 1))
        else:
            self.pages.clear()

    @property
    def current(self) -> TrayRow | None:
        row = self.items.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def on_row(self, _row: int) -> None:
        self.pages.clear()
        item = self.current
        if item is None:
            return
        db, actor = self._db, self._actor

        def load() -> Rendering:
            name, data = tray.content(db, actor, item.id)
            return render_pages(
                data, item.content_type, first=0, count=PREVIEW_PAGES, width=120, name=name
            )

        def show(rendering: Rendering) -> None:
            if self.current is not item:
                return
            for page in rendering.pages:
                entry = QListWidgetItem(display.digits(str(page.index + 1)))
                entry.setIcon(to_pixmap(page))
                self.pages.addItem(entry)

        self.ctx.load(
            load, owner=self, done=show, say=self.message.emit, refused=self._refused, slow=True
        )

    def set_number(self, number: str) -> None:
        self.number.setText(number)

    def attach_current(self) -> None:
        item, number = self.current, self.number.text().strip()
        if item is None:
            return
        if not number:
            self.message.emit(self.tr("Type or scan the number of the mail first."))
            return
        self.attach_button.setEnabled(False)

        def done(result: AttachResult) -> None:
            self.number.clear()
            self.message.emit(self.tr("Attached to %1.").replace("%1", result.number))
            self.attached.emit(result.number)
            self.refresh()

        db, actor = self._db, self._actor
        self.ctx.operate(
            lambda: tray.attach_item(db, actor, item.id, number),
            owner=self,
            done=done,
            say=self.message.emit,
            refused=self._refused,
        )

    def discard_current(self) -> None:
        item = self.current
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Discard"), self.tr("Why is this document discarded?")
        )
        if not ok:
            return
        db, actor = self._db, self._actor
        self.ctx.operate(
            lambda: tray.discard(db, actor, item.id, reason),
            owner=self,
            done=lambda _r: self.refresh(),
            say=self.message.emit,
            refused=self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self.attach_button.setEnabled(bool(self.rows))
        if error.code == "tray_item_gone":
            self.refresh()
