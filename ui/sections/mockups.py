"""Mockups section: place a product in a studio scene or a photo of a room, true to scale, and export it
(``ui/mockups/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.mockups.view import MockupsView  # imported when the section is first shown

    return MockupsView(ctx)


def __getattr__(name: str):
    """``ui.sections.mockups.MockupsView`` / ``MockupCanvas`` as before the move to ``ui/mockups/``."""
    if name == "MockupsView":
        from ui.mockups.view import MockupsView

        return MockupsView
    if name in ("MockupCanvas", "pil_to_qimage"):
        from ui.mockups import canvas

        return getattr(canvas, name)
    raise AttributeError(name)


SECTION = Section(id="mockups", title="Mockups", order=50, factory=_create, icon="SP_DesktopIcon")
