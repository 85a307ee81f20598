"""Review section: the queue of drafts awaiting a decision, with a keyboard flow (``ui/review/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.review.view import ReviewView  # imported when the section is first shown

    return ReviewView(ctx)


SECTION = Section(id="review", title="Review", order=32, factory=_create, icon="SP_DialogYesButton")
