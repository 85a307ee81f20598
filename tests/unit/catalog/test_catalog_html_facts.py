"""Body HTML → text, and the conservative fact reader."""

from __future__ import annotations

import pytest

from studio.importers.facts import (
    extract_facts,
    find_materials,
    parse_dimensions,
    parse_fact_value,
    parse_weight,
)
from studio.importers.html import html_to_text


def facts_of(html: str) -> dict[str, object]:
    return {f.key: f for f in extract_facts(html_to_text(html))}


def test_html_to_text_keeps_structure_and_drops_markup():
    html = ("<h2>Nice&nbsp;table</h2><p>Solid <b>oak</b> &amp; steel.</p><script>alert(1)</script>"
            "<style>p{color:red}</style><ul><li>One</li><li>Two</li></ul>Line<br>break")
    text = html_to_text(html)
    assert text == "Nice table\n\nSolid oak & steel.\n\n• One\n• Two\n\nLine\nbreak"
    assert "alert" not in text and "color" not in text


def test_html_to_text_plain_and_empty():
    assert html_to_text("") == ""
    assert html_to_text(None) == ""
    assert html_to_text("  just   text  ") == "just text"
    assert html_to_text("<p>unclosed <b>tag") == "unclosed tag"


@pytest.mark.parametrize(("text", "expected"), [
    ("80 x 40 x 75 cm", {"l": 80, "w": 40, "h": 75, "unit": "cm", "cm": [80, 40, 75]}),
    ("80×40×75cm", {"l": 80, "w": 40, "h": 75, "unit": "cm"}),
    ("12.5 x 4,5 cm", {"l": 12.5, "w": 4.5, "unit": "cm"}),
    ('10 x 8 x 2 in', {"l": 10, "w": 8, "h": 2, "unit": "in", "cm": [25.4, 20.32, 5.08]}),
    ("450 x 300 x 20 mm", {"unit": "mm", "cm": [45, 30, 2]}),
])
def test_parse_dimensions(text, expected):
    got = parse_dimensions(text)
    assert got is not None
    for k, v in expected.items():
        assert got[k] == v


@pytest.mark.parametrize("text", ["80 x 40", "size 3 x 2", "80 cm x 40 in x 2 cm", "0 x 4 x 5 cm", "no numbers"])
def test_parse_dimensions_rejects_unreliable(text):
    assert parse_dimensions(text) is None


@pytest.mark.parametrize(("text", "grams", "unit"), [
    ("1.2 kg", 1200, "kg"), ("500 g", 500, "g"), ("2 lb", 907.1847, "lb"), ("12 oz", 340.1943, "oz"),
    ("1,5 kg", 1500, "kg"), ("300 grams", 300, "g"),
])
def test_parse_weight(text, grams, unit):
    got = parse_weight(text)
    assert got["unit"] == unit
    assert got["grams"] == pytest.approx(grams, rel=1e-4)


def test_facts_from_labelled_lines():
    f = facts_of("<ul><li><strong>Material:</strong> 95% cotton, 5% elastane</li>"
                 "<li>Dimensions: 80 x 40 x 75 cm</li><li>Weight: 12.5 kg</li><li>Care: wash at 30 °C</li>"
                 "<li>Colour: Navy</li><li>In the box: cable, manual</li><li>Warning: keep away from fire</li></ul>")
    assert f["material"].value == "95% cotton, 5% elastane"
    data = dict(f["material"].data)
    assert data.pop("from") == "description" and len(data.pop("span")) == 2  # where it was read (issue 16)
    assert data == {"materials": ["cotton", "elastane"], "percent": {"cotton": 95, "elastane": 5}}
    assert f["dimensions"].type == "dimensions" and f["dimensions"].data["h"] == 75
    assert f["weight"].type == "weight" and f["weight"].data["grams"] == 12500
    assert f["care"].value == "wash at 30 °C"
    assert f["colour"].value == "Navy"
    assert f["in_the_box"].value == "cable, manual"
    assert f["warning"].value == "keep away from fire"


def test_facts_from_free_text_are_conservative():
    f = facts_of("<p>Made of solid oak and steel. Each serving has 20 g protein. The box is 30 x 20 cm.</p>"
                 "<p>Pairs well with our silk scarves.</p>")
    assert f["material"].data["materials"] == ["oak", "steel"]  # canonical names (issue 16: multilingual lexicon)
    assert "silk" not in f["material"].value  # a cross-selling sentence states nothing about this product
    assert "weight" not in f  # "20 g protein" is not the product's weight
    assert "dimensions" not in f  # the box's size is not the product's


def test_free_text_weight_needs_a_cue_and_3d_dimensions_are_taken():
    f = facts_of("<p>It weighs 2.4 kg and measures 60 x 40 x 30 cm.</p>")
    assert f["weight"].data["grams"] == 2400
    assert f["dimensions"].data["cm"] == [60, 40, 30]


def test_material_line_without_known_material_is_left_alone():
    assert "material" not in facts_of("<p>Material: proprietary blend</p>")


def test_find_materials_prefers_longest_names():
    assert find_materials("organic cotton and stainless steel") == ["organic cotton", "stainless steel"]
    assert find_materials("cottonwood") == []


def test_parse_fact_value_types():
    assert parse_fact_value("x", "-5", "number") == {"value": -5}
    assert parse_fact_value("x", "yes", "bool") == {"value": True}
    assert parse_fact_value("x", "a, b; c", "list") == {"items": ["a", "b", "c"]}
    assert parse_fact_value("weight", "3", "weight", "kg") == {"value": 3, "unit": "kg", "grams": 3000}
    assert parse_fact_value("x", "n/a", "number") is None


@pytest.mark.parametrize("html", [
    "<h2>Nice&nbsp;table</h2><p>Solid <b>oak</b> &amp; steel.</p><ul><li>One</li><li>Two</li></ul>Line<br>break",
    "<p>a<br/>b</p><table><tr><td>x</td><td>y</td></tr></table>",
    "<div><span style='a>b'>t</span></div>",
    "<p>5 &lt; 6 &#x41;</p>", "<p CLASS=\"x\">Upper <STRONG>case</STRONG></p>",
    "x < y and y > z", "<p>unclosed <b>tag", "<!-- c --><p>a</p>", "<p>a</p><script>x</script><p>b</p>",
])
def test_fast_path_matches_html_parser(html):
    """The plain-markup fast path must give exactly what html.parser gives (or step aside)."""
    from studio.importers import html as H

    p = H._TextExtractor()
    p.feed(H._ROW.sub(H._label_row, html))  # both paths read a two-cell spec row as a labelled line
    p.close()
    slow = H._tidy("".join(p.parts))
    assert html_to_text(html) == slow
