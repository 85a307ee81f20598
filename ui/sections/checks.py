"""Checks section: the catalog-wide quality report, a "lint a text" pad, and the user's own rules."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.checks_view import ChecksView  # imported when the section is first shown

    return ChecksView(ctx)


SECTION = Section(id="checks", title="Checks", order=35, factory=_create, icon="SP_DialogApplyButton")
