"""Creators section: the creator roster, briefs and share texts (``ui/creators/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.creators.view import CreatorsView  # imported when the section is first shown

    return CreatorsView(ctx)


SECTION = Section(id="creators", title="Creators", order=74, factory=_create)
