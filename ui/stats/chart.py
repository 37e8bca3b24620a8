"""A bar chart for the dashboard (pyqtgraph), mirrored in right-to-left layouts, whose bars open
the mails behind them.

Categories (days, weeks, services...) run along the horizontal axis, left to right; in an
Arabic window they run right to left and the value axis stands on the right, as an Arabic
reader expects (pyqtgraph, like QtCharts, does not mirror by itself). Series are stacked
(volumes by direction) or side by side (median and 90th percentile). The legend is a row of Qt
widgets, mirrored by Qt with the rest of the window.

Signals: ``bar_clicked(int, str)`` with the category's index and the series' key of the bar
clicked (a stacked bar: the segment under the pointer).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.labels import LTR

PALETTE = [
    QColor(31, 119, 180),
    QColor(255, 127, 14),
    QColor(44, 160, 44),
    QColor(214, 39, 40),
    QColor(148, 103, 189),
    QColor(140, 86, 75),
    QColor(227, 119, 194),
    QColor(127, 127, 127),
    QColor(188, 189, 34),
    QColor(23, 190, 207),
    # Lighter tones after the ten: an office has a dozen services or more.
    QColor(174, 199, 232),
    QColor(255, 187, 120),
    QColor(152, 223, 138),
    QColor(255, 152, 150),
    QColor(197, 176, 213),
    QColor(196, 156, 148),
    QColor(247, 182, 210),
    QColor(219, 219, 141),
]


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: list[float]
    colour: QColor | None = None


class BarChart(QWidget):
    bar_clicked = Signal(int, str)

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = True) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.categories: list[str] = []
        self.series: list[Series] = []
        self._bars: list[tuple[int, str, float, float, float, float]] = []  # i, key, x0..y1
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setObjectName("chartPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.plot.scene().sigMouseMoved.connect(self._on_move)
        # The labels fitted again to the plot's width each time it changes.
        self.plot.getPlotItem().getViewBox().sigResized.connect(lambda _v: self._set_ticks())
        font = QFont(self.font())
        for name in ("left", "right", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setTextPen(pg.mkPen(QColor(40, 40, 40)))
            axis.setPen(pg.mkPen(QColor(120, 120, 120)))
        self.legend = QWidget(self)
        self.legend.setObjectName("chartLegend")
        self._legend_layout = QGridLayout(self.legend)
        self._legend_layout.setContentsMargins(0, 0, 0, 0)
        self._legend_layout.setHorizontalSpacing(12)
        self.ordered = True  # categories in an order (days, weeks): thinned, not elided
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)

    # --- data

    @property
    def mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def set_data(
        self, categories: list[str], series: list[Series], *, ordered: bool = True
    ) -> None:
        """Show ``series`` over ``categories``. Labels that don't fit under their bars are
        thinned out if the categories are ``ordered`` (days, weeks: every other one is enough),
        else shortened with an ellipsis (services: each bar keeps its label)."""
        self.categories = list(categories)
        self.ordered = ordered
        self.series = [
            s
            if s.colour is not None
            else Series(s.key, s.label, s.values, PALETTE[i % len(PALETTE)])
            for i, s in enumerate(series)
        ]
        self._draw()
        self._fill_legend()

    def position(self, index: int) -> float:
        """Where category ``index`` stands on the horizontal axis (mirrored in RTL)."""
        return float(len(self.categories) - 1 - index if self.mirrored else index)

    def _draw(self) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        self._bars = []
        n = len(self.categories)
        width = 0.7
        top = 0.0
        if self.stacked:
            base = [0.0] * n
            for s in self.series:
                xs, heights, bottoms = [], [], []
                for i, value in enumerate(s.values):
                    if not value:
                        continue
                    x = self.position(i)
                    xs.append(x)
                    heights.append(value)
                    bottoms.append(base[i])
                    self._bars.append(
                        (i, s.key, x - width / 2, x + width / 2, base[i], base[i] + value)
                    )
                    base[i] += value
                if xs:
                    plot.addItem(self._item(xs, heights, bottoms, width, s.colour))
            top = max(base, default=0.0)
        else:
            k = max(1, len(self.series))
            each = width / k
            for j, s in enumerate(self.series):
                xs, heights = [], []
                for i, value in enumerate(s.values):
                    if value is None:
                        continue
                    offset = -width / 2 + each * (j + 0.5)
                    if self.mirrored:
                        offset = -offset
                    x = self.position(i) + offset
                    xs.append(x)
                    heights.append(value)
                    self._bars.append((i, s.key, x - each / 2, x + each / 2, 0.0, float(value)))
                if xs:
                    plot.addItem(self._item(xs, heights, [0.0] * len(xs), each, s.colour))
                top = max([top, *(v for v in s.values if v is not None)])
        self._set_ticks()
        plot.showAxis("right", self.mirrored)
        plot.showAxis("left", not self.mirrored)
        plot.setXRange(-0.6, max(n - 0.4, 0.6), padding=0)
        plot.setYRange(0, max(top * 1.08, 1.0), padding=0)

    def _set_ticks(self) -> None:
        """The category labels under the bars, as many as fit the plot's width."""
        n = len(self.categories)
        if not n:
            return
        width = self.plot.getPlotItem().getViewBox().width() or self.width() * 0.9
        room = max(width / max(n, 1) - 8, 12.0)  # pixels under one category
        metrics = QFontMetrics(self.plot.getAxis("bottom").style["tickFont"] or self.font())
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
        labels = list(self.categories)
        step = 1
        if widest > room:
            if self.ordered:
                step = int(widest // room) + 1
            else:
                labels = [
                    metrics.elidedText(c, Qt.TextElideMode.ElideRight, int(room)) for c in labels
                ]
        ticks = [(self.position(i), c) for i, c in enumerate(labels)]
        self.plot.getAxis("bottom").setTicks([ticks[::step]])

    @staticmethod
    def _item(
        xs: list[float], heights: list[float], bottoms: list[float], width: float, colour: QColor
    ) -> pg.BarGraphItem:
        return pg.BarGraphItem(
            x=xs, height=heights, y0=bottoms, width=width, brush=colour, pen=pg.mkPen(colour)
        )

    def _fill_legend(self) -> None:
        while self._legend_layout.count():
            item = self._legend_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, deleted when the event loop comes back
                item.widget().deleteLater()
        columns = 6
        for i, s in enumerate(self.series):
            cell = QWidget(self.legend)
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            swatch = QLabel(cell)
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background: {s.colour.name()};")  # type: ignore[union-attr]
            row.addWidget(swatch)
            row.addWidget(QLabel(s.label, cell), 1)
            self._legend_layout.addWidget(cell, i // columns, i % columns)
            cell.show()
        self._legend_layout.setColumnStretch(columns, 1)

    # --- clicks

    def bar_at(self, point: QPointF) -> tuple[int, str] | None:
        """The bar (category index, series key) under ``point``, in the plot's coordinates."""
        for i, key, x0, x1, y0, y1 in self._bars:
            if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
                return i, key
        return None

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        view = self.plot.getPlotItem().getViewBox()
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        found = self.bar_at(view.mapSceneToView(scene_pos))
        if found is not None:
            self.bar_clicked.emit(*found)

    def _on_move(self, scene_pos: QPointF) -> None:
        """The bar under the pointer named in a tooltip: its category in full, its series and
        its value (labels under narrow bars are shortened)."""
        view = self.plot.getPlotItem().getViewBox()
        found = self.bar_at(view.mapSceneToView(scene_pos))
        if found is None:
            self.plot.setToolTip("")
            return
        i, key = found
        s = next(s for s in self.series if s.key == key)
        self.plot.setToolTip(f"{self.categories[i]} — {s.label}: {number(s.values[i])}")

    def bar_point(self, index: int, key: str) -> QPoint:
        """Where the bar of category ``index`` and series ``key`` is, in the plot widget's
        viewport (to click it, as a user would)."""
        for i, k, x0, x1, y0, y1 in self._bars:
            if (i, k) == (index, key):
                view = self.plot.getPlotItem().getViewBox()
                scene = view.mapViewToScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
                return self.plot.mapFromScene(scene)
        raise KeyError((index, key))


def number(value: float | int | None) -> str:
    """A figure for a table cell: left to right in any window."""
    if value is None:
        return "—"
    return f"{LTR}{value}"
