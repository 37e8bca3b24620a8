"""The "to be sorted" tray: documents no label matched, attached by hand or discarded.

Each line says the file, its pages and why it is here (and the barcode read, if any); its
pages show beside it, the chosen one large enough to read (the thumbnails choose it). The
clerk scans or types the mail's number and presses Attach; a number typed by hand is
confirmed first, the mail's number, subject and correspondent shown (a slip of a finger must
not put a citizen's letter in another's file); a scanned one is attached at once. A blank or
duplicate page is discarded with a reason. Another counter may sort the same document first:
the list is then refreshed and says so.

Signals: ``attached(str)``, ``message(str)``, ``count_changed(int)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.capture import tray
from app.capture.tray import TrayRow
from app.documents.render import Rendering, render_pages
from app.errors import UserError
from app.organisation.actor import Actor
from app.registry.attach import AttachResult
from app.registry.queries import MailView, get_mail
from app.store.database import Database
from ui import display
from ui.labels import isolate
from ui.preview.source import to_pixmap
from ui.tasks import TaskRunner

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
THUMB_WIDTH = 90
LARGE_MIN_WIDTH = 380


class TrayPanel(QWidget):
    attached = Signal(str)
    message = Signal(str)
    count_changed = Signal(int)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trayPanel")
        self._db, self._tasks, self._actor, self._lang = db, tasks, actor, lang
        self.rows: list[TrayRow] = []
        self.items = QListWidget(self)
        self.items.setObjectName("trayItems")
        self.items.currentRowChanged.connect(self.on_row)
        self.pages = QListWidget(self)
        self.pages.setObjectName("trayPages")
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setFlow(QListView.Flow.LeftToRight)
        self.pages.setWrapping(False)
        self.pages.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414)))
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setFixedHeight(round(THUMB_WIDTH * 1.414) + 44)
        self.pages.currentRowChanged.connect(self.on_page)
        # The chosen page, large enough to read who wrote and what about.
        self.large = QLabel()
        self.large.setObjectName("trayPage")
        self.large.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.large.setWordWrap(True)
        self.large_area = QScrollArea(self)
        self.large_area.setWidgetResizable(True)
        self.large_area.setWidget(self.large)
        self.large_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.large_area.setMinimumWidth(LARGE_MIN_WIDTH)
        self._content: tuple[int, str, bytes] | None = None  # the current item's file
        self._large_key: tuple[int, int, int] | None = None  # (item, page, width) shown
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._render_large)
        self.empty = QLabel(self)
        self.empty.setObjectName("trayEmpty")
        self.number_caption = QLabel(self)
        self.number = QLineEdit(self)
        self.number.setObjectName("trayNumber")
        self.number.returnPressed.connect(self.attach_current)
        self._scanned: str | None = None  # the number a reader put in the field
        self.confirmation: QMessageBox | None = None
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
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.items, 1)
        left_column.addWidget(self.empty)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.large_area, 1)
        right_column.addWidget(self.pages)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
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
        self._tasks.run(
            lambda: tray.waiting(self._db, self._actor),
            on_done=self._loaded,
            on_error=self._fail,
            owner=self,
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
            self.large.clear()
            self._content = None

    @property
    def current(self) -> TrayRow | None:
        row = self.items.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def on_row(self, _row: int) -> None:
        self.pages.clear()
        self.large.clear()
        self._content = None
        self._large_key = None
        item = self.current
        if item is None:
            return
        db, actor = self._db, self._actor

        def load() -> tuple[tuple[int, str, bytes], Rendering]:
            name, data = tray.content(db, actor, item.id)
            thumbs = render_pages(
                data,
                item.content_type,
                first=0,
                count=PREVIEW_PAGES,
                width=THUMB_WIDTH,
                name=name,
            )
            return (item.id, name, data), thumbs

        def show(result: tuple[tuple[int, str, bytes], Rendering]) -> None:
            if self.current is not item:
                return
            self._content, rendering = result
            self.pages.blockSignals(True)
            for page in rendering.pages:
                entry = QListWidgetItem(display.digits(str(page.index + 1)))
                entry.setIcon(to_pixmap(page))
                self.pages.addItem(entry)
            self.pages.blockSignals(False)
            if rendering.pages:
                self.pages.setCurrentRow(0)

        self._tasks.run(load, on_done=show, on_error=self._fail, slow=True, owner=self)

    def on_page(self, _row: int) -> None:
        self._render_large()

    def large_width(self) -> int:
        return max(LARGE_MIN_WIDTH - 40, self.large_area.viewport().width() - 24)

    def _render_large(self) -> None:
        """The chosen page at the width of its area, rendered on the slow pool."""
        item, content = self.current, self._content
        page = max(self.pages.currentRow(), 0)
        if item is None or content is None or content[0] != item.id:
            return
        width = self.large_width()
        key = (item.id, page, width)
        if key == self._large_key:
            return
        self._large_key = key
        _id, name, data = content
        ratio = self.devicePixelRatioF()

        def shown(rendering: Rendering) -> None:
            if self._large_key == key and rendering.pages:
                self.large.setPixmap(to_pixmap(rendering.pages[0], ratio))

        self._tasks.run(
            lambda: render_pages(
                data, item.content_type, first=page, count=1, width=round(width * ratio), name=name
            ),
            on_done=shown,
            on_error=self._fail,
            slow=True,
            owner=self,
        )

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._resized.start()

    def set_number(self, number: str) -> None:
        """A number read by a barcode reader: attached without asking (the label is the mail's)."""
        self.number.setText(number)
        self._scanned = number

    def attach_current(self) -> None:
        item, number = self.current, self.number.text().strip()
        if item is None:
            return
        if not number:
            self.message.emit(self.tr("Type or scan the number of the mail first."))
            return
        self.attach_button.setEnabled(False)
        if number == self._scanned:
            self._attach(item, number)
            return
        # Typed by hand: which mail is it? Shown, and asked, before anything is attached.
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: get_mail(db, number, actor=actor),
            on_done=lambda mail: self._confirm(item, mail),
            on_error=self._fail,
            owner=self,
        )

    def _confirm(self, item: TrayRow, mail: MailView) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirmAttach")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Attach to this mail?"))
        pages = self.tr("%n page(s)", "", item.pages)
        box.setText(
            self.tr("Attach %1 (%2) to this mail?")
            .replace("%1", isolate(item.filename))
            .replace("%2", pages)
        )
        details = [
            isolate(display.digits(mail.number)),
            self.tr("Subject: %1").replace("%1", isolate(mail.subject)),
            self.tr("Correspondent: %1").replace("%1", isolate(mail.correspondent or "—")),
            self.tr("Registered on %1").replace("%1", display.moment(mail.registered_at)),
        ]
        box.setInformativeText("\n".join(details))
        yes = box.addButton(self.tr("&Attach"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is yes:
                self._attach(item, mail.number)
            else:
                self.attach_button.setEnabled(bool(self.rows))
                self.number.setFocus()
                self.number.selectAll()

        box.buttonClicked.connect(answered)
        box.open()
        self.confirmation = box
        return box

    def _attach(self, item: TrayRow, number: str) -> None:
        def done(result: AttachResult) -> None:
            self.number.clear()
            self._scanned = None
            self.message.emit(self.tr("Attached to %1.").replace("%1", result.number))
            self.attached.emit(result.number)
            self.refresh()

        self._tasks.run(
            lambda: tray.attach_item(self._db, self._actor, item.id, number),
            on_done=done,
            on_error=self._fail,
            owner=self,
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
        self._tasks.run(
            lambda: tray.discard(self._db, self._actor, item.id, reason),
            on_done=lambda _r: self.refresh(),
            on_error=self._fail,
            owner=self,
        )

    def _fail(self, exc: Exception) -> None:
        self.attach_button.setEnabled(bool(self.rows))
        if not isinstance(exc, UserError):
            raise exc
        self.message.emit(exc.message(self._lang()))
        if exc.code == "tray_item_gone":
            self.refresh()
