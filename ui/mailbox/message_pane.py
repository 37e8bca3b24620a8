"""One e-mail of the basket, as read: who, when, what, its text and its attachments.

The text is plain text, always: an HTML-only message was made text when it came in (nothing
it points to is ever loaded), and the pane says so. Each paragraph takes its own script's
direction. The attachments are listed with what the register will do with each: a PDF or an
image is attached to the mail and its pages show here (Enter on a page enlarges it in the
page viewer); another kind of file stays in the .eml, which keeps the whole message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.mailbox.basket import MessageView
from app.printing.typeset import is_rtl
from ui import display
from ui.labels import LTR, isolate
from ui.mailbox.source import BasketSource, as_attachment
from ui.preview.strip import ThumbnailStrip

INDEX = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return display.digits(f"{size / (1024 * 1024):.1f} MB")
    return display.digits(f"{max(1, round(size / 1024))} KB")


class EmailPane(QWidget):
    def __init__(self, *, source: BasketSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxMessage")
        self.view: MessageView | None = None
        self._source = source
        self.sender = QLabel(self)
        self.sender.setObjectName("mailboxFrom")
        self.sender.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received = QLabel(self)
        self.received.setObjectName("mailboxReceived")
        self.subject = QLabel(self)
        self.subject.setObjectName("mailboxSubjectRead")
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("mailboxNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5d4037;")
        self.body = QTextEdit(self)
        self.body.setObjectName("mailboxBody")
        self.body.setReadOnly(True)
        self.body.setAcceptRichText(False)  # plain text only: nothing is ever fetched
        self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("mailboxAttachments")
        self.attachments.setMaximumHeight(96)
        self.attachments.currentItemChanged.connect(self.on_attachment)
        self.strip = ThumbnailStrip(source=source, parent=self)
        self.captions = {name: QLabel(self) for name in ("from", "received", "attachments")}
        head = QFormLayout()
        head.addRow(self.captions["from"], self.sender)
        head.addRow(self.captions["received"], self.received)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.subject)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.captions["attachments"])
        layout.addWidget(self.attachments)
        layout.addWidget(self.strip)
        self.retranslate()
        self.show_message(None)

    def show_message(self, view: MessageView | None) -> None:
        self.view = view
        self._source.set_message(view.id if view is not None else None)
        self.strip.show_attachment(None)
        self.attachments.clear()
        if view is None:
            for label in (self.sender, self.received, self.subject, self.note):
                label.clear()
            self.note.hide()
            self.body.clear()
            self.attachments.hide()
            self.captions["attachments"].hide()
            return
        address = f"<{view.from_address}>" if view.from_address else ""
        self.sender.setText(" ".join(isolate(p) for p in (view.from_name or "", address) if p))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for label in (self.sender, self.received, self.subject):
            label.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        self.received.setText(LTR + display.moment(view.received_at))
        self.subject.setText(isolate(view.subject) or "—")
        self._set_body(view.body)
        for info in view.attachments:
            if info.kind == "other":
                fate = self.tr("kept in the .eml only")
            else:
                fate = self.tr("attached to the mail")
            item = QListWidgetItem(f"{isolate(info.name)} — {size_text(info.size)} — {fate}")
            item.setData(INDEX, info.index)
            self.attachments.addItem(item)
        shown = bool(view.attachments)
        self.attachments.setVisible(shown)
        self.captions["attachments"].setVisible(shown)
        self._note()
        first = next((i for i, a in enumerate(view.attachments) if a.kind != "other"), None)
        if first is not None:
            self.attachments.setCurrentRow(first)

    def _set_body(self, text: str) -> None:
        """The text, each paragraph in its own script's direction and aligned to its start,
        whatever the window's language."""
        self.body.setPlainText(text)
        cursor = QTextCursor(self.body.document())
        block = self.body.document().begin()
        while block.isValid():
            rtl = is_rtl(block.text())
            fmt = block.blockFormat()
            fmt.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()
        self.body.moveCursor(QTextCursor.MoveOperation.Start)

    def _note(self) -> None:
        view = self.view
        notes = []
        if view is not None and view.html_only:
            notes.append(
                self.tr("Written in HTML: shown as text, nothing is loaded from the Internet.")
            )
        if view is not None and view.defects:
            notes.append(self.tr("The message is malformed; it is shown as well as it can be."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_attachment(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        view = self.view
        if view is None or item is None:
            self.strip.show_attachment(None)
            return
        info = next((a for a in view.attachments if a.index == item.data(INDEX)), None)
        shown = info is not None and info.kind != "other"
        self.strip.show_attachment(as_attachment(view, info) if shown else None)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.captions["from"].setText(self.tr("From"))
        self.captions["received"].setText(self.tr("Received"))
        self.captions["attachments"].setText(self.tr("Attachments"))
        if self.view is not None:
            self.show_message(self.view)
