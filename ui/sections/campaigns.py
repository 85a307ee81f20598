"""Campaigns section: festival campaigns as one unit (``ui/campaigns/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.campaigns.view import CampaignsView  # imported when the section is first shown

    return CampaignsView(ctx)


SECTION = Section(id="campaigns", title="Campaigns", order=72, factory=_create, icon="SP_FileDialogInfoView")
