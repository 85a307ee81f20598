"""Content section: product + facts on the left, markets as tabs, kind/target picker, generate with live
(streamed) output, check results inline, per-field editors, versions with diff, approve (``ui/content/``)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.content.view import ContentView  # imported when the section is first shown

    return ContentView(ctx)


def __getattr__(name: str):
    """``ui.sections.content.ContentView`` (and the editors' helpers) as before the move to ``ui/content/``."""
    if name == "ContentView":
        from ui.content.view import ContentView

        return ContentView
    if name in ("map_to_editor", "FieldChecksPanel"):
        from ui.content import editors

        return getattr(editors, name)
    raise AttributeError(name)


SECTION = Section(id="content", title="Content", order=30, factory=_create, icon="SP_FileDialogContentsView")
