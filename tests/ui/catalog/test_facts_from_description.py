"""Issue 16 item 1, found missing in the s17 walkthrough: a fact an import read off the product's description (or
title) is shown in Catalog › Facts "from description" / "from title", and its Source tooltip quotes the sentence it
was read from (the fact's source span) — before, the column said "description" and the tip only "Read off the
description", with no way to see what was read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.domain import FactDTO
from ui.catalog.models import FactsModel, quoted_span

BODY = ("Hand-thrown in small batches. It measures 12 x 12 x 24 cm. Matte exterior, glazed interior.\n"
        "Hand wash only.")


def test_a_fact_read_off_the_description_shows_where_and_the_sentence(qtbot, qtmodeltester):
    start = BODY.index("12 x 12")
    facts = [FactDTO("dimensions", "12 x 12 x 24 cm", "dimensions", "cm", source="html",
                     data={"span": [start, start + 15], "from": "description"}),
             FactDTO("material", "linen", source="html", data={"span": [0, 5], "from": "title"}),
             FactDTO("care", "Hand wash only", source="import")]
    model = FactsModel()
    model.set_facts(facts, description=BODY, title="Linen <b>Vase</b>")
    qtmodeltester.check(model, force_py=True)
    src = model.columnCount() - 1
    assert model.data(model.index(0, src)) == "from description"
    assert model.data(model.index(1, src)) == "from title"
    assert model.data(model.index(2, src)) == "import"
    tip = model.data(model.index(0, src), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Read off the description: “It measures 12 x 12 x 24 cm.”"
    title_tip = model.data(model.index(1, src), Qt.ItemDataRole.ToolTipRole)
    assert "Read off the title" in title_tip and "<b>" not in title_tip  # the title is data: shown literally
    assert model.data(model.index(2, src), Qt.ItemDataRole.ToolTipRole) == "Read from the import file"


def test_a_span_that_no_longer_fits_the_text_quotes_nothing():
    assert quoted_span("short", [10, 20]) == ""
    assert quoted_span(BODY, None) == ""
    assert quoted_span(BODY, [BODY.index("Hand wash"), len(BODY)]) == "Hand wash only."
