"""Charts for Insights, drawn with pyqtgraph (a maintained Qt plotting library that runs on PySide6; pinned in
constraints.txt). Imported only when Insights is first shown, so start-up does not pay for it."""

from __future__ import annotations

import math
import os
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtWidgets import QSizePolicy

from ui.i18n import tr

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


class RateBars:
    """Engagement rate per row (a bar each), with the rows' short labels under the bars."""

    def __init__(self, name: str = "InsightsRateChart", xlabel: str | None = None) -> None:
        self.widget = _plot(name)
        self.widget.setLabel("left", tr("engagement rate (%)"))
        self.widget.setLabel("bottom", xlabel or tr("row"))
        self.bars: Any = None
        self.errors: Any = None
        self.values: list[float] = []

    def set(self, labels: list[str], values: list[float | None], low: list[float | None] | None = None,
            high: list[float | None] | None = None) -> None:
        w = self.widget
        for item in (self.bars, self.errors):
            if item is not None:
                w.removeItem(item)
        self.bars = self.errors = None
        self.values = [0.0 if v is None else float(v) * 100 for v in values]
        x = np.arange(len(self.values))
        if len(x):
            self.bars = pg.BarGraphItem(x=x, height=self.values, width=0.6, brush=pg.mkBrush(70, 110, 200))
            w.addItem(self.bars)
            if low is not None and high is not None:
                top = np.array([(h or 0) * 100 - v for h, v in zip(high, self.values, strict=True)])
                bottom = np.array([v - (lo or 0) * 100 for lo, v in zip(low, self.values, strict=True)])
                self.errors = pg.ErrorBarItem(x=x, y=np.array(self.values), top=np.maximum(top, 0),
                                              bottom=np.maximum(bottom, 0), beam=0.2)
                w.addItem(self.errors)
        ax = w.getAxis("bottom")
        ax.setTicks([[(i, t) for i, t in enumerate(labels)]])
        w.setXRange(-0.6, max(len(x), 1) - 0.4, padding=0)
        top_v = max(self.values + [0.0]) or 1.0
        if high:
            top_v = max([top_v] + [(h or 0) * 100 for h in high])
        w.setYRange(0, top_v * 1.15, padding=0)


class HeatMap:
    """Weekday × hour: the mean engagement rate per cell (grey where a cell has too few posts)."""

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

    def set(self, cells: list[dict[str, Any]]) -> None:
        grid = np.full((24, 7), np.nan)
        for c in cells:
            if "rate" in c:
                grid[int(c["hour"]), int(c["weekday"])] = float(c["rate"]) * 100
        self.grid = grid
        finite = grid[np.isfinite(grid)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if math.isclose(lo, hi):
            hi = lo + 1.0
        norm = np.clip((np.nan_to_num(grid, nan=lo) - lo) / (hi - lo), 0.0, 1.0)
        rgba = self.colormap.map(norm.ravel(), mode="byte").reshape(24, 7, 4)
        rgba[~np.isfinite(grid)] = (220, 220, 220, 255)  # too few posts: grey, not the bottom of the scale
        self.image.setImage(rgba)
        self.widget.setXRange(0, 24, padding=0)
        self.widget.setYRange(0, 7, padding=0)
