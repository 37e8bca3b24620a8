"""The basket's attachments for the page viewer: read again from the message's .eml.

An e-mail's attachments are not in the register yet: their bytes come out of the stored
message (:func:`app.mailbox.basket.attachment`) on the database worker, and are rendered on
the slow pool like any attachment's (:class:`ui.preview.source.AttachmentSource`).
"""

from __future__ import annotations

from app.mailbox import basket
from app.mailbox.basket import AttachmentInfo, MessageView
from app.registry.queries import AttachmentView
from ui.preview.source import AttachmentSource


def as_attachment(view: MessageView, info: AttachmentInfo) -> AttachmentView:
    """One attachment of the message as the page viewer knows attachments (``id``: its index;
    ``content_type``: what its bytes are when the office can show them, so the page viewer
    draws a PNG labelled "application/octet-stream" as the PNG it is)."""
    return AttachmentView(
        info.index,
        info.name,
        view.raw_sha256,
        info.mime or info.content_type,
        info.size,
        0,
        view.received_at,
    )


class BasketSource(AttachmentSource):
    """The attachments of the message shown in the basket's window."""

    message_id: int | None = None

    def set_message(self, message_id: int | None) -> None:
        self.message_id = message_id
        self.set_mail(message_id)  # forgets the bytes of another message's attachments

    def read(self, attachment: AttachmentView) -> tuple[str, bytes]:
        assert self.message_id is not None and self._actor is not None
        part = basket.attachment(self._db, self._actor.office_id, self.message_id, attachment.id)
        return part.name, part.data
