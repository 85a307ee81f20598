"""Insights section: metrics, orders and the next variant per product × market × channel (``ui/insights/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.insights.view import InsightsView  # imported when the section is first shown (pyqtgraph with it)

    return InsightsView(ctx)


SECTION = Section(id="insights", title="Insights", order=80, factory=_create, icon="SP_FileDialogDetailedView")
