"""Draft fields are shown by their labels, not their keys: ``search_terms`` reads "Search terms", a finding on
``bullets[2]`` reads "Bullet 3", ``items[0].answer`` "FAQ 1 · Answer" — in Content's field labels and live box,
the checks panel's Where column and Review's findings and diff headings."""

from __future__ import annotations

from studio.quality import Finding
from ui.fields import field_label
from ui.widgets.checks_panel import _where


def test_keys_read_as_labels():
    assert field_label("search_terms") == "Search terms"
    assert field_label("bullets[2]") == "Bullet 3"
    assert field_label("items[0].answer") == "FAQ 1 · Answer"
    assert field_label("seo_title") == "SEO title"
    assert field_label("proof_point") == "Proof point"
    assert field_label("some_new_field") == "Some new field"  # an unknown key reads as its words
    assert field_label("") == "" and field_label(None) == ""


def test_the_checks_panel_names_the_field_by_its_label():
    f = Finding(rule_id="amazon.length", severity="warning", message="long", start=9, end=18, field="bullets[0]")
    assert _where(f) == "Bullet 1 9–18"


def test_labels_follow_the_ui_language():
    from ui import i18n

    i18n.set_language("es")
    try:
        assert field_label("search_terms") == "Términos de búsqueda"
        assert field_label("bullets[1]") == "Viñeta 2"
    finally:
        i18n.set_language("en")
