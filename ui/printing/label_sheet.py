"""Choosing how labels go out: the template, and on a sheet of stickers where to start.

:class:`SheetPicker` draws the sheet as it is (its stickers where the template puts them): the
ones already used are hatched, the ones this print fills are numbered. A click on a sticker, or
the arrow keys, choose the first free one. The sheet is paper: it is drawn the same way round
in Arabic and in French, position 1 at the top left.

:class:`LabelsDialog` shows how many labels, the template (a thermal printer's label or an A4
sheet) and the picker, and asks to print, preview or save them as a PDF.

Signals: ``SheetPicker.start_changed(int)``; ``LabelsDialog.requested(str)`` with "print",
"preview" or "pdf" (the choice is in ``template`` and ``start``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.printing.labels import TEMPLATES, LabelTemplate
from ui import display
from ui.labels import isolate


class SheetPicker(QWidget):
    start_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetPicker")
        # Paper has no reading direction: position 1 stays top left in Arabic too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(220, 300))
        self.template: LabelTemplate = TEMPLATES["a4-3x8"]
        self.count = 1
        self.start = 1

    def set_template(self, template: LabelTemplate) -> None:
        self.template = template
        self.setEnabled(template.is_sheet)
        self.set_start(self.start)
        self.update()

    def set_count(self, count: int) -> None:
        self.count = max(1, count)
        self.update()

    def set_start(self, start: int) -> None:
        start = max(1, min(start, self.template.per_page)) if self.template.is_sheet else 1
        if start != self.start:
            self.start = start
            self.start_changed.emit(start)
        self.update()

    # --- geometry ----------------------------------------------------------------------

    def _page_rect(self) -> QRectF:
        """The sheet, as large as fits, centred, at its own proportions."""
        width_mm, height_mm = self.template.page_mm
        room = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        scale = min(room.width() / width_mm, room.height() / height_mm)
        w, h = width_mm * scale, height_mm * scale
        return QRectF(room.center().x() - w / 2, room.center().y() - h / 2, w, h)

    def cell_rect(self, position: int) -> QRectF:
        """Where the sticker at ``position`` is drawn, in widget coordinates."""
        page = self._page_rect()
        scale = page.width() / self.template.page_mm[0]
        x, y, w, h = self.template.cell_mm(position)
        return QRectF(page.left() + x * scale, page.top() + y * scale, w * scale, h * scale)

    def position_at(self, x: float, y: float) -> int | None:
        for position in range(1, self.template.per_page + 1):
            if self.cell_rect(position).contains(x, y):
                return position
        return None

    # --- painting and input ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        page = self._page_rect()
        painter.fillRect(page, QColor(255, 255, 255))
        painter.setPen(QPen(palette.windowText().color(), 1))
        painter.drawRect(page)
        filled = range(self.start, min(self.template.per_page, self.start - 1 + self.count) + 1)
        font = painter.font()
        for position in range(1, self.template.per_page + 1):
            cell = self.cell_rect(position).adjusted(1.5, 1.5, -1.5, -1.5)
            if position < self.start:
                painter.fillRect(cell, QBrush(QColor(150, 150, 150), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(QColor(150, 150, 150), 1))
                painter.drawRoundedRect(cell, 3, 3)
            elif position in filled:
                painter.setBrush(palette.highlight())
                painter.setPen(QPen(palette.highlight().color().darker(130), 1))
                painter.drawRoundedRect(cell, 3, 3)
                painter.setPen(palette.highlightedText().color())
                font.setBold(position == self.start)
                painter.setFont(font)
                painter.drawText(
                    cell,
                    Qt.AlignmentFlag.AlignCenter,
                    display.digits(str(position - self.start + 1)),
                )
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(120, 120, 120), 1, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(cell, 3, 3)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.windowText().color(), 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.cell_rect(self.start))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            position = self.position_at(event.position().x(), event.position().y())
            if position is not None:
                self.set_start(position)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self.template.columns,
            Qt.Key.Key_Down: self.template.columns,
        }
        if event.key() in steps:
            self.set_start(self.start + steps[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Home:
            self.set_start(1)
        else:
            super().keyPressEvent(event)


class LabelsDialog(QDialog):
    requested = Signal(str)

    def __init__(
        self,
        *,
        numbers: Sequence[str],
        template: LabelTemplate,
        start: int,
        lang: str,
        printer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.numbers = list(numbers)
        self._lang = lang
        self._printer = printer
        self.summary = QLabel(self)
        self.summary.setObjectName("labelsSummary")
        self.summary.setWordWrap(True)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("labelTemplate")
        for key, t in TEMPLATES.items():
            self.template_combo.addItem(t.name(lang), key)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(template.key), 0))
        self.picker = SheetPicker(self)
        self.picker.set_count(len(self.numbers))
        self.picker.set_template(template)
        self.picker.set_start(start)
        self.where = QLabel(self)
        self.where.setObjectName("labelsWhere")
        self.where.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printLabels")
        self.print_button.setDefault(True)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewLabels")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("labelsToPdf")
        for button in (self.print_button, self.preview_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self._request("print"))
        self.preview_button.clicked.connect(lambda: self._request("preview"))
        self.pdf_button.clicked.connect(lambda: self._request("pdf"))
        self.template_combo.currentIndexChanged.connect(self.on_template_changed)
        self.picker.start_changed.connect(lambda _start: self._describe())
        self.template_caption = QLabel(self)
        self.template_caption.setBuddy(self.template_combo)
        form = QFormLayout()
        form.addRow(self.template_caption, self.template_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.resize(460, 640)
        self.retranslate()

    @property
    def template(self) -> LabelTemplate:
        return TEMPLATES[str(self.template_combo.currentData())]

    @property
    def start(self) -> int:
        return self.picker.start if self.template.is_sheet else 1

    def _request(self, how: str) -> None:
        self.requested.emit(how)
        self.accept()

    @Slot(int)
    def on_template_changed(self, _index: int) -> None:
        self.picker.set_template(self.template)
        self._describe()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print labels"))
        self.template_caption.setText(self.tr("&Labels"))
        self.print_button.setText(self.tr("&Print"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        comma = "، " if self._lang == "ar" else ", "
        # Each number isolated: the list reads in the window's direction, first number first.
        shown = comma.join(isolate(display.digits(n)) for n in self.numbers[:4])
        if len(self.numbers) > 4:
            shown += comma + "…"
        self.summary.setText(
            display.digits(self.tr("%n label(s): %1", "", len(self.numbers))).replace("%1", shown)
        )
        self._describe()

    def _describe(self) -> None:
        template = self.template
        count = len(self.numbers)
        if not template.is_sheet:
            text = self.tr("A label printer: one label a page.")
            if self._printer:
                text += " " + self.tr("Printer: %1").replace("%1", self._printer)
            self.where.setText(text)
            return
        start = self.picker.start
        room = template.per_page - start + 1
        text = self.tr("Starts at sticker %1 (top left is 1, across then down).").replace(
            "%1", display.digits(str(start))
        )
        if count > room:
            sheets = -(-(count - room) // template.per_page)
            text += " " + self.tr("The labels go on over %n more sheet(s).", "", sheets)
        else:
            left = room - count
            text += " " + self.tr("%n sticker(s) left on this sheet afterwards.", "", left)
        self.where.setText(display.digits(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
