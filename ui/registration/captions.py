"""The captions of a mail's fields, shared by the registration form and the correction dialog.

The correspondent is the sender of incoming mail and the recipient of outgoing mail; the day
is when it was received or sent. Each caption carries its keyboard accelerator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.enums import Direction


class MailFields(QObject):
    def captions(self, direction: Direction | str) -> dict[str, str]:
        incoming = Direction(direction) == Direction.IN
        return {
            "correspondent": self.tr("&Sender") if incoming else self.tr("&Recipient"),
            "subject": self.tr("Su&bject"),
            "reference": self.tr("Re&ference"),
            "letter_date": self.tr("Letter &date"),
            "received": self.tr("Received o&n") if incoming else self.tr("Sen&t on"),
            "type": self.tr("T&ype"),
            "channel": self.tr("C&hannel"),
            "priority": self.tr("Pr&iority"),
            "confidential": self.tr("Confidentia&l"),
            "pieces": self.tr("Pie&ces"),
            "service": self.tr("Ser&vice"),
            "observations": self.tr("&Observations"),
        }


def field_captions(direction: Direction | str) -> dict[str, str]:
    return MailFields().captions(direction)
