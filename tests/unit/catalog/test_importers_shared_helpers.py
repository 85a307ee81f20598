"""The sheet-reader helpers other readers share are public, documented functions of ``studio.importers.generic``
(one way to do each thing): no module reaches into generic's private names."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

from studio.importers import generic
from studio.importers.records import ProductRecord, VariantRecord

ROOT = Path(__file__).resolve().parents[3]


def test_no_module_imports_a_private_name_of_the_generic_reader():
    offenders = []
    for path in sorted((ROOT / "studio").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "studio.importers.generic":
                offenders += [f"{path.relative_to(ROOT)}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert offenders == []


def test_the_shared_helpers_are_public_and_documented():
    for name in ("apply_product_fields", "finish_product"):
        fn = getattr(generic, name)
        assert fn.__doc__ and len(fn.__doc__.split()) > 10, name
    assert generic.GRAMS_PER_UNIT == {"g": Decimal(1), "kg": Decimal(1000), "lb": Decimal("453.59237"),
                                      "oz": Decimal("28.349523125")}


def test_finish_product_completes_text_description_and_option_facts():
    rec = ProductRecord(handle="mug", line=2)
    rec.body_html = "<p>A mug.</p>"
    for colour in ("Red", "Blue", "Red"):
        rec.variants.append(VariantRecord(line=2, options={"Color": colour}))
    out = generic.finish_product(rec)
    assert out is rec and rec.body_text == "A mug."
    colour_fact = next(f for f in rec.facts if f.key == "colour")
    assert colour_fact.data == {"items": ["Red", "Blue"]}


def test_apply_product_fields_keeps_the_short_description_beside_the_description():
    class Source:
        name = "sheet.csv"

        def col_label(self, i: int) -> str:
            return f"column {i}"

    rec = ProductRecord(handle="mug", line=2)
    generic.apply_product_fields(rec, {"title": "Mug", "short_description": "A short one."}, Source(), {}, 2)
    assert rec.title == "Mug" and rec.extra["short_description"] == "A short one."
    assert rec.body_text == "A short one."  # no description: the summary is the description
