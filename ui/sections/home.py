"""Home section: what needs you now, and the products × markets coverage matrix (``ui/home/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.home.view import HomeView  # imported when the section is first shown

    return HomeView(ctx)


SECTION = Section(id="home", title="Home", order=0, factory=_create, icon="SP_DirHomeIcon")
