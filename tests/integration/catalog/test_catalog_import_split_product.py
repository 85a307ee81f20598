"""A product whose rows are in two places of the file is one product however the write batches fall (issue 14).

The writer writes ``batch_size`` products per transaction. A product written again further down the file used to be
written in two batches when the batch boundary fell between its parts: its second part then counted as an update of
the first, and every re-import of the unchanged file reported it as ``updated`` (and wrote it twice: the first part
put back what the second had changed). Now a batch is not closed while a product in it still has parts to come, so
the result — counts, rows, ids — is the one a single batch gives, on both reading paths."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from studio.storage.db import open_database
from tests.integration.catalog.catalog_files import write_shopify


def split_products() -> list[dict]:
    return [
        {"handle": "linen-shirt", "title": "Linen Shirt", "option": "Size", "images": ["https://x.invalid/a.jpg"],
         "body": "<ul><li>Material: 100% linen</li><li>Care: wash at 40 °C</li></ul>",
         "variants": [{"opt": "S", "sku": "LS-S", "price": "49.00"}, {"opt": "M", "sku": "LS-M", "price": "49.00"}]},
        {"handle": "mug", "title": "Mug", "body": "<p>Capacity: 350 ml</p>", "variants": [{"sku": "MUG-1"}]},
        {"handle": "bowl", "title": "Bowl", "body": "<p>Stoneware.</p>", "variants": [{"sku": "BWL-1"}]},
        # the shirt again, further down: another size, another image, a description of its own
        {"handle": "linen-shirt", "title": "", "option": "Size", "images": ["https://x.invalid/b.jpg"],
         "body": "<ul><li>Care: hand wash</li><li>Origin: Portugal</li></ul>",
         "variants": [{"opt": "L", "sku": "LS-L", "price": "51.00"}]},
        {"handle": "vase", "title": "Vase", "body": "", "variants": [{"sku": "VS-1"}]},
    ]


def dump(db) -> list[list[tuple]]:
    """Every row of the catalog tables (timestamps left out), in id order."""
    out = []
    for model in (m.Product, m.Variant, m.Media, m.Fact):
        t = model.__table__
        cols = [c for c in t.c if c.name not in ("created_at", "updated_at", "import_run_id")]
        with db.engine.connect() as c:
            out.append([tuple(r) for r in c.execute(select(*cols).order_by(t.c.id))])
    return out


@pytest.mark.parametrize("parallel", [False, True])
@pytest.mark.parametrize("batch", [1, 2, 3])
def test_product_split_across_batches_reimports_unchanged(db, tmp_path, batch, parallel):
    f = write_shopify(tmp_path / "split.csv", split_products())
    opts = ImportOptions(batch_size=batch, parallel=parallel, download_images=False)
    first = importing.run_import(db, f, opts)
    assert (first.created, first.updated, first.unchanged, first.error_count) == (4, 0, 0, 0)
    again = importing.run_import(db, f, opts)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert (again.variants_created, again.variants_updated) == (0, 0)
    # the same rows as one batch of the whole file gives (and as the same file imported once more)
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    try:
        importing.run_import(ref, f, ImportOptions(batch_size=500, parallel=False, download_images=False))
        got = dump(db)
        want = dump(ref)
        if db.engine.dialect.name == "sqlite":
            assert got == want
        else:  # ids come from sequences: compare without them
            assert [[r[1:] for r in t] for t in got] == [[r[1:] for r in t] for t in want]
    finally:
        ref.dispose()
    shirt = [r for r in dump(db)[1] if r[2] and r[2].startswith("LS-")]
    assert sorted(r[2] for r in shirt) == ["LS-L", "LS-M", "LS-S"]
