"""Charts for Insights, drawn with pyqtgraph (a maintained Qt plotting library that runs on PySide6; pinned in
constraints.txt). Imported only when Insights is first shown, so start-up does not pay for it."""

from __future__ import annotations

import math
import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.i18n import N_, tr
from ui.widgets.fit import ElidedLabel

NO_FIGURE = "—"  # drawn over the slot of a rate the platform did not report (never a zero-height bar)
NO_FIGURE_NOTE = N_("— = no engagement figure reported (not zero)")
GREY_NOTE = N_("fewer than {min} posts, or none: no figure")
GREY = (220, 220, 220)

pg.setConfigOptions(antialias=True, background="w", foreground="k")


def _plot(name: str) -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.setObjectName(name)
    w.setMinimumSize(160, 120)
    w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    w.setMenuEnabled(False)
    w.getPlotItem().hideButtons()
    for side in ("left", "bottom"):
        w.getAxis(side).enableAutoSIPrefix(False)  # no "(x0.001)" on an empty or small axis
    return w


def _pct(value: float) -> str:
    return f"{value:.1f} %"


def _panel(plot: pg.PlotWidget, *below: QWidget | QHBoxLayout) -> QWidget:
    panel = QWidget()
    v = QVBoxLayout(panel)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(2)
    v.addWidget(plot, 1)
    for item in below:
        if isinstance(item, QWidget):
            v.addWidget(item)
        else:
            v.addLayout(item)
    return panel


class RateBars:
    """Engagement rate per row (a bar each, its rate written above it), with the rows' short labels under the bars.
    A rate the platform did not report has no bar: "—" stands over its slot and the note under the chart says
    what it means (a real zero is a "0.0 %" bar). ``panel`` holds the plot (``widget``) and that note."""

    def __init__(self, name: str = "InsightsRateChart", xlabel: str | None = None) -> None:
        self.widget = _plot(name)
        self.widget.setLabel("left", tr("engagement rate (%)"))
        self.widget.setLabel("bottom", xlabel or tr("row"))
        self.bars: Any = None
        self.errors: Any = None
        self.values: list[float] = []
        self.labels: list[str] = []  # what is written over each slot: its rate, or NO_FIGURE
        self.missing: list[int] = []  # the slots without a reported rate
        self._texts: list[Any] = []
        self.note = ElidedLabel(tr(NO_FIGURE_NOTE))
        self.note.setObjectName(name + "Note")
        self.note.hide()
        self.panel = _panel(self.widget, self.note)

    def set(self, labels: list[str], values: list[float | None], low: list[float | None] | None = None,
            high: list[float | None] | None = None) -> None:
        w = self.widget
        for item in (self.bars, self.errors, *self._texts):
            if item is not None:
                w.removeItem(item)
        self.bars = self.errors = None
        self._texts = []
        self.values = [0.0 if v is None else float(v) * 100 for v in values]
        self.missing = [i for i, v in enumerate(values) if v is None]
        shown = [i for i, v in enumerate(values) if v is not None]
        x = np.array(shown, dtype=float)
        y = np.array([self.values[i] for i in shown], dtype=float)
        if len(x):
            self.bars = pg.BarGraphItem(x=x, height=y, width=0.6, brush=pg.mkBrush(70, 110, 200))
            w.addItem(self.bars)
            if low is not None and high is not None:
                top = np.array([(high[i] or 0) * 100 - self.values[i] for i in shown])
                bottom = np.array([self.values[i] - (low[i] or 0) * 100 for i in shown])
                self.errors = pg.ErrorBarItem(x=x, y=y, top=np.maximum(top, 0), bottom=np.maximum(bottom, 0),
                                              beam=0.2)
                w.addItem(self.errors)
        top_v = max(self.values + [0.0]) or 1.0
        if high:
            top_v = max([top_v] + [(h or 0) * 100 for h in high])
        font = QFont(w.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.8)  # the dash must read at a glance
        self.labels = []
        for i in range(len(self.values)):
            gone = i in self.missing
            label = NO_FIGURE if gone else _pct(self.values[i])
            whisker = (high[i] or 0) * 100 if (high and not gone and high[i] is not None) else 0.0
            item = pg.TextItem(label, color=(110, 110, 110) if gone else (30, 30, 30), anchor=(0.5, 1.0))
            item.setFont(bold if gone else font)
            item.setPos(i, max(self.values[i], whisker))
            w.addItem(item)
            self._texts.append(item)
            self.labels.append(label)
        self.note.setVisible(bool(self.missing))
        ax = w.getAxis("bottom")
        ax.setTicks([[(i, t) for i, t in enumerate(labels)]])
        w.setXRange(-0.6, max(len(self.values), 1) - 0.4, padding=0)
        w.setYRange(0, top_v * 1.25, padding=0)  # room for the figures over the tallest bar


class HeatMap:
    """Weekday × hour: the mean engagement rate per cell (grey where a cell has too few posts). ``panel`` holds the
    plot (``widget``) and its legend: a colour strip from the lowest to the highest cell's rate with both figures
    (running right to left in a right-to-left language) and a grey swatch for the cells without a figure."""

    STRIP = (150, 12)

    def __init__(self, name: str = "InsightsHeatMap") -> None:
        self.widget = _plot(name)
        self.widget.setLabel("bottom", tr("hour"))
        self.widget.getPlotItem().invertY(True)
        self.image = pg.ImageItem()
        self.colormap = pg.colormap.get("viridis")
        self.widget.addItem(self.image)
        from localization import ui_dates  # weekday names of the UI language from CLDR (周一, lun, الاثنين)

        self.weekdays = ui_dates.weekday_names("abbreviated")
        self.widget.getAxis("left").setTicks([[(i + 0.5, d) for i, d in enumerate(self.weekdays)]])
        self.widget.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)]])
        self.grid = np.full((24, 7), np.nan)
        self.range: tuple[float, float] | None = None  # the lowest and highest cell's rate (%), None: no cell
        self.legend_low = ElidedLabel("", min_chars=4)
        self.legend_low.setObjectName("HeatLegendLow")
        self.legend_strip = QLabel()
        self.legend_strip.setObjectName("HeatLegendStrip")
        self.legend_strip.setFixedSize(*self.STRIP)
        self.legend_high = ElidedLabel("", min_chars=4)
        self.legend_high.setObjectName("HeatLegendHigh")
        self.legend_grey = QLabel()
        self.legend_grey.setObjectName("HeatLegendGrey")
        self.legend_grey.setFixedSize(self.STRIP[1], self.STRIP[1])
        swatch = QPixmap(self.STRIP[1], self.STRIP[1])
        swatch.fill(QColor(*GREY))
        self.legend_grey.setPixmap(swatch)
        self.legend_grey_note = ElidedLabel(tr(GREY_NOTE).replace("{min}", "3"), min_chars=12)
        self.legend_grey_note.setObjectName("HeatLegendGreyNote")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for item in (self.legend_low, self.legend_strip, self.legend_high):
            row.addWidget(item)
        row.addSpacing(16)
        row.addWidget(self.legend_grey)
        row.addWidget(self.legend_grey_note, 1)
        self.legend = QWidget()
        self.legend.setObjectName("HeatLegend")
        self.legend.setLayout(row)
        self.panel = _panel(self.widget, self.legend)

    def _paint_strip(self) -> None:
        """The colour scale, lowest to highest in reading order: left to right, or right to left."""
        width, height = self.STRIP
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        gradient = QLinearGradient(QPointF(width if rtl else 0, 0), QPointF(0 if rtl else width, 0))
        for stop, (r, g, b, _a) in zip(np.linspace(0.0, 1.0, 9),
                                        self.colormap.map(np.linspace(0.0, 1.0, 9), mode="byte"), strict=True):
            gradient.setColorAt(float(stop), QColor(int(r), int(g), int(b)))
        pixmap = QPixmap(width, height)
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), gradient)
        painter.end()
        self.legend_strip.setPixmap(pixmap)

    def set(self, cells: list[dict[str, Any]], min_posts: int | None = None) -> None:
        grid = np.full((24, 7), np.nan)
        for c in cells:
            if "rate" in c:
                grid[int(c["hour"]), int(c["weekday"])] = float(c["rate"]) * 100
        self.grid = grid
        finite = grid[np.isfinite(grid)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        self.range = (lo, hi) if finite.size else None
        self.legend_low.setText(_pct(lo) if finite.size else "")
        self.legend_high.setText(_pct(hi) if finite.size else "")
        self.legend_strip.setVisible(bool(finite.size))
        if min_posts is not None:
            self.legend_grey_note.setText(tr(GREY_NOTE).replace("{min}", str(min_posts)))
        self._paint_strip()
        if math.isclose(lo, hi):
            hi = lo + 1.0
        norm = np.clip((np.nan_to_num(grid, nan=lo) - lo) / (hi - lo), 0.0, 1.0)
        rgba = self.colormap.map(norm.ravel(), mode="byte").reshape(24, 7, 4)
        rgba[~np.isfinite(grid)] = (*GREY, 255)  # too few posts: grey, not the bottom of the scale
        self.image.setImage(rgba)
        self.widget.setXRange(0, 24, padding=0)
        self.widget.setYRange(0, 7, padding=0)
