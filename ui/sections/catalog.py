"""Catalog section: every product with its images, variants and facts (the facts generation is grounded on)."""

from __future__ import annotations

from ui.sections import Section


def _create(ctx):
    from ui.catalog.view import CatalogView  # imported when the section is first shown

    return CatalogView(ctx)


SECTION = Section(id="catalog", title="Catalog", order=10, factory=_create, icon="SP_FileDialogListView")
