"""Issue 16, item 5: a post whose caption was approved despite error findings shows the recorded reason in the
Calendar's preview."""

from __future__ import annotations

import types

from studio.services import drafts
from tests.support.gen_products import add_product


def test_calendar_shows_why_an_erroneous_caption_was_approved(ctx, qtbot):
    from ui.sections.calendar import CalendarView

    pid = add_product(ctx.db, "tee-cal")
    d = drafts.save_version(ctx.db, pid, "de-DE", "caption", "instagram", {"text": "x"}, author="ai",
                            ai_generated=True, provenance={"provider": "p"},
                            checks=[{"rule_id": "grounding.certifications", "severity": "error", "message": "m"}])
    drafts.approve(ctx.db, [d.id], reason="certificate <b>on file</b>", by="test")
    vid = drafts.get_draft(ctx.db, d.id).latest.id
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    note = view._approval_note(types.SimpleNamespace(draft_version_id=vid))
    assert "Approved despite 1 error finding(s)" in note and "certificate &lt;b&gt;on file&lt;/b&gt;" in note
    assert view._approval_note(types.SimpleNamespace(draft_version_id=None)) == ""
