"""An Etsy description's "Also included: … a small parts screw bin insert …" is what the buyer gets, not a safety
warning (stop 22 review, finding 5): the importer read "small parts" as the choking-hazard cue and stored the whole
sentence as the product's warning, which the writer then states as a notice. The class: "small parts" naming a
container or organiser (a small parts bin, box, organizer, storage, tray, drawer, insert…) is no warning; "Contains
small parts", "CHOKING HAZARD – Small parts" still are. Read on the real file in tests/data/real/."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.importers.facts_prose import _read_warning
from studio.services import catalog, importing
from studio.services.importing import ImportOptions

REAL = Path(__file__).resolve().parents[2] / "data" / "real"


def test_the_real_etsy_file_has_no_box_contents_read_as_a_warning(sqlite_db):
    importing.run_import(sqlite_db, REAL / "etsy_eleswooddesigns_listings.csv", ImportOptions(download_images=False))
    toy = catalog.get_product_by_ref(sqlite_db, "toy-box-plans-pdf-stacking-wood-bins-kids-storage-build-digital-download")
    assert "Also included: a compact toy storage bench layout" in toy.body_text
    assert toy.fact("warning") is None, toy.fact("warning").value
    for p in catalog.list_products(sqlite_db, limit=500):
        w = catalog.get_product(sqlite_db, p.id).fact("warning")
        assert w is None or "Also included" not in w.value, (p.handle, w.value)


@pytest.mark.parametrize("text", [
    "Also included: a small parts screw bin insert, plus wood toy box build variations.",
    "A small parts organizer with 24 drawers.",
    "Build a small parts storage cabinet for your workshop.",
])
def test_small_parts_naming_a_container_is_no_warning(text):
    assert _read_warning(text, "html") is None


@pytest.mark.parametrize(("text", "said"), [
    ("WARNING: CHOKING HAZARD - Small parts. Not for children under 3 yrs.", "Small parts."),
    ("Contains small parts that could be swallowed.", "Contains small parts that could be swallowed."),
    ("Not for children under 3 years: small parts.", "small parts."),
])
def test_small_parts_as_a_hazard_is_still_a_warning(text, said):
    fact = _read_warning(text, "html")
    assert fact is not None and said in fact.value
