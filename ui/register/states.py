"""How a mail's state shows in a list: cancelled and returned mail stand out, never by colour
alone.

- cancelled: the row struck through and greyed, a struck-circle icon before "Cancelled";
- returned by a service: the row tinted amber, a return-arrow icon before "Returned", in bold.

Each also has its own words in the status cell (the full status in its tooltip), so a reader
who does not tell the colours apart, or prints the screen in black and white, still sees it.
The icons are drawn here (no image files), at the size of the table's text.

:func:`status_width` is how wide the status column must be for every status of the current
language, icon included: no status is ever cut short ("Imputé — en ret…").
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from app.domain.enums import MailStatus
from app.registry.queries import MailRow
from ui.labels import label

ICON = 14  # px, drawn at twice that for sharp edges on high-density screens
CANCELLED_RED = QColor(176, 0, 32)
RETURNED_AMBER = QColor(191, 110, 0)
RETURNED_TINT = QColor(255, 240, 204)
CANCELLED_GREY = QColor(117, 117, 117)
PADDING = 24  # the cell's margins, the icon's gap, a little air


class State(Enum):
    CANCELLED = "cancelled"
    RETURNED = "returned"


def state_of(row: MailRow) -> State | None:
    if row.cancelled:
        return State.CANCELLED
    if row.status == MailStatus.RETURNED.value:
        return State.RETURNED
    return None


@cache
def icon(state: State) -> QIcon:
    """A struck circle (cancelled) or a return arrow (returned), in the state's colour."""
    size = ICON * 2
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = CANCELLED_RED if state is State.CANCELLED else RETURNED_AMBER
    pen = QPen(colour, size / 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    box = QRectF(3, 3, size - 6, size - 6)
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    if state is State.CANCELLED:
        painter.drawEllipse(box)
        painter.drawLine(QPointF(left + 4, bottom - 4), QPointF(right - 4, top + 4))
    else:  # an arrow coming back: down the right, along the top, its head on the left
        path = QPainterPath()
        path.moveTo(right - 2, bottom - 3)
        path.lineTo(right - 2, box.center().y())
        path.quadTo(right - 2, top + 5, box.center().x(), top + 5)
        path.lineTo(left + 3, top + 5)
        painter.drawPath(path)
        tip = QPointF(left + 3, top + 5)
        painter.drawLine(tip, QPointF(left + 10, top))
        painter.drawLine(tip, QPointF(left + 10, top + 10))
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


def status_text(row: MailRow) -> str:
    """What the status cell says: the state's word for a cancelled mail, else its status."""
    return label("cancelled") if row.cancelled else label(row.status)


def status_tooltip(row: MailRow) -> str | None:
    """The whole of it when the cell says less (a cancelled mail keeps its status)."""
    if row.cancelled:
        return f"{label('cancelled')} — {label(row.status)}"
    return None


def font(row: MailRow, column: int, base: QFont) -> QFont | None:
    state = state_of(row)
    if state is None:
        return None
    changed = QFont(base)
    if state is State.CANCELLED:
        changed.setStrikeOut(True)
    elif column == STATUS_COLUMN:
        changed.setBold(True)
    return changed


def foreground(row: MailRow) -> QBrush | None:
    state = state_of(row)
    if state is State.CANCELLED:
        return QBrush(CANCELLED_GREY)
    if state is State.RETURNED:
        return QBrush(Qt.GlobalColor.black)  # legible on the tint, in any palette
    return None


def background(row: MailRow) -> QBrush | None:
    return QBrush(RETURNED_TINT) if state_of(row) is State.RETURNED else None


STATUS_COLUMN = 6


def status_width(base: QFont) -> int:
    """Wide enough, in ``base`` (the table's font), for every status and "cancelled" in the
    current language, in bold, with the icon before it."""
    bold = QFont(base)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    words = [label(s.value) for s in MailStatus] + [label("cancelled")]
    return max(metrics.horizontalAdvance(w) for w in words) + ICON + PADDING


def role_data(row: MailRow, column: int, role: int) -> object | None:
    """What the register's model answers for ``role`` because of the row's state (None: the
    model's usual answer)."""
    if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
        state = state_of(row)
        return icon(state) if state is not None else None
    if role == Qt.ItemDataRole.FontRole:
        return font(row, column, QFont())
    if role == Qt.ItemDataRole.ForegroundRole:
        return foreground(row)
    if role == Qt.ItemDataRole.BackgroundRole:
        return background(row)
    if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN:
        return status_tooltip(row)
    return None
