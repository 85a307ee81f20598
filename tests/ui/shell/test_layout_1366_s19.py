"""Found in the s19 walkthrough of the real app at 1366×768 (en, zh, ar): Catalog › Facts gave the value ~45 px so a
warning read one word a line ("Cont… a lithiu… ion batte…"), Review's diff showed the link field's heading "Link"
in English and its history read "03 Dec 12:58" (an English month) in the Chinese and Arabic UI, and Campaigns'
empty plan clipped its first header to "/hen (market time"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.services import sample


def test_catalog_facts_value_gets_the_room_type_and_unit_step_aside(qtbot, ctx, window):
    from ui.catalog.detail import FactsTable

    sample.import_sample(ctx.db)
    window.show_section("catalog")
    view = window.section_widget("catalog")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    view.table.setCurrentIndex(view.model.index(0, 1))
    facts = view.detail.facts_view
    assert isinstance(facts, FactsTable)
    qtbot.waitUntil(lambda: view.detail.facts_model.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(lambda: all(facts.isColumnHidden(c) for c in FactsTable.WIDE_ONLY), timeout=5000)
    assert facts.columnWidth(1) >= 150, [facts.columnWidth(c) for c in range(5)]  # the value
    window.resize(2600, 1000)  # room again: type and unit come back
    qtbot.waitUntil(lambda: not any(facts.isColumnHidden(c) for c in FactsTable.WIDE_ONLY), timeout=5000)


@pytest.mark.parametrize("lang", ["zh", "ar", "es"])
def test_the_link_field_reads_as_a_label(ui_language, lang):
    from ui.fields import field_label

    ui_language(lang)
    assert field_label("link") not in ("Link", "link", "")


def test_review_history_stamp_has_no_english_month(qtbot, ctx, ui_language):
    from tests.integration.review.test_review_service import _fixture
    from tests.ui.review.test_review_queue import _queue

    ui_language("zh")
    _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    qtbot.waitUntil(lambda: view.history.rowCount() > 0, timeout=15000)
    stamp = view.history.data(view.history.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert stamp and not any(c.isascii() and c.isalpha() for c in stamp), stamp
    w.close()


def test_campaigns_headers_are_whole_before_any_campaign(qtbot, ctx, window):
    window.show_section("campaigns")
    view = window.section_widget("campaigns")
    header = view.table.horizontalHeader()
    for col in range(view.model.columnCount() - 1):  # the last one stretches
        assert header.sectionSize(col) >= header.sectionSizeHint(col), (col, header.sectionSize(col))
