"""Empty states: a product picker with nothing to show says what to do and offers the button for it (Import
catalog…, Load sample catalog); a search without a match says so, without those buttons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.ui.catalog.conftest import insert_products


def _state(view_widget, attr):
    return getattr(view_widget, attr)


@pytest.mark.parametrize("section,attr", [("video", "products_empty"), ("mockups", "products_empty"),
                                          ("content", "products_empty"), ("livestream", "found_empty")])
def test_an_empty_catalog_offers_import_and_sample(qtbot, window, section, attr):
    view = window.show_section(section) or window.section_widget(section)
    state = _state(view, attr)
    qtbot.waitUntil(lambda: state.isVisible(), timeout=15000)
    assert "Import your catalog" in state.label.text()
    names = {b.objectName() for b in state.findChildren(QPushButton) if b.isVisible()}
    assert names == {"EmptyImport", "EmptySample"}


def test_the_sample_button_fills_the_list_and_the_state_goes(qtbot, window):
    view = window.show_section("content") or window.section_widget("content")
    state = view.products_empty
    qtbot.waitUntil(lambda: state.isVisible(), timeout=15000)
    state.findChild(QPushButton, "EmptySample").click()
    qtbot.waitUntil(lambda: view.products.rowCount() > 0, timeout=60000)
    assert not state.isVisible()


def test_a_search_without_a_match_says_so(qtbot, ctx, window):
    insert_products(ctx.db, 3)
    view = window.show_section("video") or window.section_widget("video")
    qtbot.waitUntil(lambda: view.products.count() == 3, timeout=15000)
    assert not view.products_empty.isVisible()
    view.search.setText("no such thing")
    qtbot.waitUntil(lambda: view.products_empty.isVisible(), timeout=15000)
    assert view.products_empty.label.text() == "No product matches the search."
    assert not any(b.isVisible() for b in view.products_empty.buttons)
