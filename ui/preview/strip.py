"""The pages of one attachment, small, in a strip under the detail pane's attachment list.

Pages are rendered a batch at a time: the first batch when the attachment is shown, the next
when the strip is scrolled to its end or "More pages" is pressed. A page opens large in the
page viewer on double-click or Enter. A file that cannot be rendered shows why, in the user's
language, in place of the pages.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.documents.render import Rendering
from app.errors import UserError
from app.registry.queries import AttachmentView
from ui import display
from ui.preview.source import AttachmentSource, Request, to_pixmap, user_language
from ui.preview.viewer import PageViewer

BATCH = 6
THUMB_WIDTH = 96
THUMB_HEIGHT = 136  # A4 proportions; other shapes are scaled to fit


def _framed(pixmap: QPixmap) -> QPixmap:
    """The page with a thin grey edge: white paper on a white list would have none."""
    painter = QPainter(pixmap)
    painter.setPen(QColor(150, 150, 150))
    rect = pixmap.rect()  # device pixels: the painter draws in the pixmap's logical ones
    ratio = pixmap.devicePixelRatio()
    painter.drawRect(0, 0, int(rect.width() / ratio) - 1, int(rect.height() / ratio) - 1)
    painter.end()
    return pixmap


class ThumbnailStrip(QWidget):
    def __init__(self, *, source: AttachmentSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.attachment: AttachmentView | None = None
        self.page_count = 0
        self.error: UserError | None = None
        self._request: Request | None = None
        self.viewer: PageViewer | None = None

        self.thumbs = QListWidget(self)
        self.thumbs.setObjectName("thumbnails")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setUniformItemSizes(True)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, THUMB_HEIGHT))
        self.thumbs.setGridSize(QSize(THUMB_WIDTH + 14, THUMB_HEIGHT + 26))
        self.thumbs.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.thumbs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thumbs.itemActivated.connect(self.on_item_activated)
        self.thumbs.horizontalScrollBar().valueChanged.connect(self.on_scrolled)
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.status)
        self.stack.addWidget(self.thumbs)
        frame = 2 * self.thumbs.frameWidth()
        scrollbar = self.thumbs.horizontalScrollBar().sizeHint().height()
        self.stack.setFixedHeight(THUMB_HEIGHT + 26 + scrollbar + frame + 4)

        self.hint = QLabel(self)
        self.hint.setObjectName("previewHint")
        self.hint.setWordWrap(True)
        self.more = QPushButton(self)
        self.more.clicked.connect(self.load_more)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addLayout(row)
        self.retranslate()
        self.hide()

    # --- what is shown -------------------------------------------------------------------

    def show_attachment(self, attachment: AttachmentView | None) -> None:
        """Show ``attachment``'s pages (nothing to do if it is already shown); None hides."""
        if (
            attachment is not None
            and self.attachment is not None
            and attachment.id == self.attachment.id
            and self.error is None
        ):
            return
        self._cancel()
        if self.viewer is not None:
            self.viewer.close()
        self.thumbs.clear()
        self.error = None
        self.attachment = attachment
        self.page_count = attachment.pages if attachment is not None else 0
        self.setVisible(attachment is not None)
        if attachment is not None:
            self.load_more()
        self._update()

    @property
    def loaded(self) -> int:
        return self.thumbs.count()

    @property
    def loading(self) -> bool:
        return self._request is not None

    @Slot()
    def load_more(self) -> None:
        """Render the next batch of pages, if any remain and none is being rendered."""
        if self.attachment is None or self.loading or self.error is not None:
            return
        if self.loaded >= self.page_count > 0:
            return
        ratio = self.devicePixelRatioF()
        self._request = self._source.pages(
            self.attachment,
            first=self.loaded,
            count=BATCH,
            width=round(THUMB_WIDTH * ratio),
            on_done=self.on_rendered,
            on_error=self.on_failed,
            owner=self,
        )
        self._update()

    def _cancel(self) -> None:
        if self._request is not None:
            self._request.cancel()
            self._request = None

    def on_rendered(self, result: Rendering) -> None:
        self._request = None
        self.page_count = result.page_count
        ratio = self.devicePixelRatioF()
        for page in result.pages:
            number = display.count(page.index + 1)
            item = QListWidgetItem(QIcon(_framed(to_pixmap(page, ratio))), number)
            item.setData(Qt.ItemDataRole.UserRole, page.index)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(self.tr("Page %1").replace("%1", number))
            self.thumbs.addItem(item)
        self._update()

    def on_failed(self, exc: Exception) -> None:
        self._request = None
        if not isinstance(exc, UserError):
            raise exc  # a bug: the excepthook reports it
        self.error = exc
        self._update()

    def _update(self) -> None:
        if self.error is not None:
            self.status.setText(self.error.message(user_language()))
            self.stack.setCurrentWidget(self.status)
        elif self.loaded == 0:
            self.status.setText(self.tr("Loading pages…") if self.loading else "")
            self.stack.setCurrentWidget(self.status)
        else:
            self.stack.setCurrentWidget(self.thumbs)
        remaining = self.page_count - self.loaded
        self.more.setVisible(self.error is None and remaining > 0 and self.loaded > 0)
        self.more.setEnabled(not self.loading)
        self.more.setText(self.tr("%n more page(s)", "", remaining))
        self.hint.setVisible(self.error is None)

    # --- the page viewer --------------------------------------------------------------

    def open_viewer(self, page: int = 0) -> PageViewer | None:
        """The page viewer on ``page`` of the shown attachment."""
        if self.attachment is None:
            return None
        if self.viewer is not None:
            self.viewer.close()
        viewer = PageViewer(source=self._source, attachment=self.attachment, page=page, parent=self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: self._forget_viewer(viewer))
        self.viewer = viewer
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: PageViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    @Slot(QListWidgetItem)
    def on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_viewer(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(int)
    def on_scrolled(self, value: int) -> None:
        bar = self.thumbs.horizontalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum() - THUMB_WIDTH:
            self.load_more()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Double-click a page to enlarge it."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
