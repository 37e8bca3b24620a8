"""Where previews get their pages: bytes from the database worker, pictures from the slow pool.

An attachment's bytes are read once on the database worker and kept in memory for the mail
being shown (only that one: showing another mail forgets them). Pages are rendered on the slow
pool, never on the GUI thread nor behind the database; the GUI thread only wraps the finished
pixels into a QImage.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QImage, QPixmap

from app.documents.render import PageImage, Rendering, render_pages
from app.organisation.actor import Actor
from app.registry.queries import AttachmentView, attachment_content
from app.store.database import Database
from ui.tasks import Task, TaskRunner


def user_language() -> str:
    """The interface's language, as the core's messages name it."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "fr"


def to_pixmap(page: PageImage, device_ratio: float = 1.0) -> QPixmap:
    """A page's pixels as a pixmap (on the GUI thread), drawn at ``device_ratio``."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    pixmap = QPixmap.fromImage(image.copy())  # copy: the QImage must not outlive ``data``
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


class Request:
    """A load-then-render in flight; ``cancel()`` drops its callbacks, whichever step it is in."""

    def __init__(self) -> None:
        self.task: Task | None = None
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        if self.task is not None:
            self.task.cancel()


class AttachmentSource(QObject):
    """The bytes of the shown mail's attachments, and pages rendered from them."""

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actor = actor  # whose rights apply (confidential attachments)
        self._db = db
        self._tasks = tasks
        self._mail_id: int | None = None
        self._content: dict[int, bytes] = {}

    def set_mail(self, mail_id: int | None) -> None:
        """The mail now shown; the bytes of any other mail's attachments are dropped."""
        if mail_id != self._mail_id:
            self._content.clear()
            self._mail_id = mail_id

    def cached(self, attachment_id: int) -> bool:
        return attachment_id in self._content

    @property
    def db(self) -> Database:
        return self._db

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    def read(self, attachment: AttachmentView) -> tuple[str, bytes]:
        """An attachment's name and bytes, on the database worker (a subclass may read other
        documents: the basket's e-mails)."""
        return attachment_content(self._db, attachment.id, actor=self._actor)

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def content(
        self,
        attachment: AttachmentView,
        *,
        on_done: Callable[[bytes], None],
        on_error: Callable[[Exception], None],
        owner: QObject,
    ) -> Request:
        """The attachment's bytes (from memory if the shown mail's, else from the database,
        checked against the user's rights), to ``on_done`` on the GUI thread."""
        request = Request()
        content = self._content.get(attachment.id)
        if content is not None:
            on_done(content)
            return request
        request.task = self._tasks.run(
            lambda: self.read(attachment)[1],
            on_done=on_done,
            on_error=on_error,
            owner=owner,
        )
        return request

    def pages(
        self,
        attachment: AttachmentView,
        *,
        first: int,
        count: int,
        width: int,
        on_done: Callable[[Rendering], None],
        on_error: Callable[[Exception], None],
        owner: QObject,
    ) -> Request:
        """Render pages ``first``.. of ``attachment`` ``width`` px wide, off the GUI thread."""
        request = Request()

        def render(content: bytes) -> None:
            if request.cancelled:
                return
            request.task = self._tasks.run(
                lambda: render_pages(
                    content,
                    attachment.content_type,
                    first=first,
                    count=count,
                    width=width,
                    name=attachment.name,
                ),
                on_done=on_done,
                on_error=on_error,
                slow=True,
                owner=owner,
            )

        content = self._content.get(attachment.id)
        if content is not None:
            render(content)
            return request
        mail_id = self._mail_id

        def loaded(result: tuple[str, bytes]) -> None:
            _name, data = result
            if self._mail_id == mail_id:  # still the shown mail: keep the bytes
                self._content[attachment.id] = data
            render(data)

        request.task = self._tasks.run(
            lambda: self.read(attachment),
            on_done=loaded,
            on_error=on_error,
            owner=owner,
        )
        return request
