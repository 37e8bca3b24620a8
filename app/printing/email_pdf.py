"""An e-mail as the clerk used to print it: who wrote, when, about what, the text, the files.

Registered with the mail (:mod:`app.mailbox.registration`) beside the .eml, so the register's
page viewer shows the message and it prints like any scan. A4, each line in its own script's
direction (Arabic right-aligned, French left-aligned), pages as many as the text needs. The
text is the message's as read (HTML already made plain text, nothing loaded from anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from app.printing.qt import ensure_gui, pdf_bytes
from app.printing.typeset import LRM, Canvas, Para, Typesetter, isolate, ruled_pen

RESOLUTION = 150
MAX_LINES = 4000  # a body longer than this is printed up to here (the .eml keeps it all)


@dataclass(frozen=True)
class PrintedMessage:
    sender: str
    to: str
    received_at: datetime  # local
    sent_at: datetime | None  # local
    subject: str
    body: str
    attachments: tuple[str, ...]
    account: str


def _layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 16, 18, 16),
        QPageLayout.Unit.Millimeter,
    )


def _field(label_fr: str, label_ar: str, value: str) -> str:
    return f"{label_fr} / {label_ar} : {isolate(value)}"


def render_message(device: QPagedPaintDevice, data: PrintedMessage) -> None:
    ensure_gui()
    device.setPageLayout(_layout())
    area = device.pageLayout().paintRectPixels(device.resolution())
    width, height = float(area.width()), float(area.height())
    ts = Typesetter(device)
    painter = QPainter(device)
    try:
        canvas = Canvas(painter, ts)
        head = [
            ts.para("Courrier électronique reçu — بريد إلكتروني وارد", "title", width, "center"),
            ts.para(_field("De", "من", data.sender), "header", width, "left", rtl=False),
            ts.para(_field("À", "إلى", data.to), "header", width, "left", rtl=False),
            ts.para(
                _field("Reçu le", "تاريخ التوصل", LRM + f"{data.received_at:%d/%m/%Y %H:%M}"),
                "header",
                width,
                "left",
                rtl=False,
            ),
        ]
        if data.sent_at is not None:
            head.append(
                ts.para(
                    _field("Envoyé le", "تاريخ الإرسال", f"{data.sent_at:%d/%m/%Y %H:%M}"),
                    "header",
                    width,
                    "left",
                    rtl=False,
                )
            )
        head.append(ts.para(data.subject or "—", "header-bold", width))
        if data.attachments:
            head.append(
                ts.para(
                    "Pièces jointes / المرفقات : "
                    + " ; ".join(isolate(name) for name in data.attachments),
                    "small",
                    width,
                    "left",
                    rtl=False,
                )
            )
        y = 0.0
        for para in head:
            canvas.draw(para, 0, y)
            y += para.height + ts.mm(0.8)
        y += ts.mm(1.5)
        painter.setPen(ruled_pen(ts, 0.3))
        painter.drawLine(0, int(y), int(width), int(y))
        y += ts.mm(3)
        lines = data.body.split("\n")[:MAX_LINES]
        body: list[Para] = [ts.para(line or " ", "header", width) for line in lines]
        for para in body:
            if y + para.height <= height:
                canvas.draw(para, 0, y)
                y += para.height
                continue
            if para.layout is None:  # one line that does not fit: on the next page
                device.newPage()
                canvas.forget()
                canvas.draw(para, 0, 0)
                y = para.height
                continue
            # A wrapped paragraph across the page's end: its lines one by one.
            for i in range(para.layout.lineCount()):
                line = para.layout.lineAt(i)
                if y + line.height() > height:
                    device.newPage()
                    y = 0.0
                line.draw(painter, QPointF(0, y - line.y()))
                y += line.height()
            canvas.forget()
    finally:
        painter.end()


def message_pdf(data: PrintedMessage) -> bytes:
    return pdf_bytes(
        lambda writer: render_message(writer, data), resolution=RESOLUTION, title=data.subject
    )
