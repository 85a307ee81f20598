"""Markets section: the market registry, its formatting and festival calendar (``ui/markets/``).

The view is imported when the section is first shown: babel, the market registry and the text helpers it needs
are not loaded for the first paint of the window.
"""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.markets.view import MarketsView

    return MarketsView(ctx)


def __getattr__(name: str):
    """The Markets names as before the move to ``ui/markets/`` (``ui.sections.markets.MarketsView``…)."""
    from ui.markets import view

    try:
        return getattr(view, name)
    except AttributeError:
        raise AttributeError(name) from None


SECTION = Section(id="markets", title="Markets", order=20, factory=_create, icon="globe")
