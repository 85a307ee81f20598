"""Re-import is an upsert that keeps hand edits and everything attached to product ids."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import write_shopify


def products_v1():
    return [
        {"handle": "linen-shirt", "title": "Linen Shirt", "option": "Size", "tags": "summer",
         "body": "<p>Airy.</p><ul><li>Material: 100% linen</li><li>Care: wash at 40 °C</li><li>Colour: Sand</li></ul>",
         "variants": [{"opt": "S", "sku": "LS-S", "price": "49.00"}, {"opt": "M", "sku": "LS-M", "price": "49.00"}]},
        {"handle": "mug", "title": "Mug", "body": "<p>Capacity: 350 ml</p>", "variants": [{"sku": "MUG-1", "price": "12"}]},
    ]


def test_reimport_keeps_user_edits_ids_and_drafts(db, tmp_path):
    f1 = write_shopify(tmp_path / "v1.csv", products_v1())
    r1 = importing.run_import(db, f1)
    assert (r1.created, r1.updated) == (2, 0)
    shirt = catalog.get_product_by_ref(db, "linen-shirt")
    variant_ids = {v.sku: v.id for v in shirt.variants}
    # the user corrects facts and a field; something is generated for the product
    catalog.set_fact(db, shirt.id, "material", "100% European flax linen")
    catalog.delete_fact(db, shirt.id, "colour")
    catalog.update_product(db, shirt.id, title="Linen Shirt (hand-edited)")
    with db.session() as s:
        s.add(m.Draft(product_id=shirt.id, market="de-DE", kind="listing", target="amazon"))
    # v2 of the file: new price, new variant, changed body facts, new product
    v2 = products_v1()
    v2[0]["title"] = "Linen Shirt v2"
    v2[0]["body"] = "<p>Airy.</p><ul><li>Material: 100% cotton</li><li>Care: wash at 30 °C</li><li>Colour: Blue</li></ul>"
    v2[0]["variants"] = [{"opt": "S", "sku": "LS-S", "price": "45.00"}, {"opt": "M", "sku": "LS-M", "price": "45.00"},
                         {"opt": "L", "sku": "LS-L", "price": "47.00"}]
    v2.append({"handle": "bowl", "title": "Bowl", "variants": [{"sku": "BWL", "price": "9"}]})
    f2 = write_shopify(tmp_path / "v2.csv", v2)
    plan = importing.plan_import(db, f2)
    assert (plan.create_count, plan.update_count) == (1, 1)  # the mug is as it was: unchanged
    assert [c.handle for c in plan.creates] == ["bowl"]
    r2 = importing.run_import(db, f2)
    assert (r2.created, r2.updated, r2.unchanged, r2.error_count) == (1, 1, 1, 0)
    assert r2.facts_kept_user >= 2  # material (edited) and colour (deleted) were not overwritten
    after = catalog.get_product_by_ref(db, "linen-shirt")
    assert after.id == shirt.id
    assert after.title == "Linen Shirt (hand-edited)"  # field edited by hand is kept
    assert after.fact("material").value == "100% European flax linen" and after.fact("material").user_edited
    assert after.fact("colour") is None  # deleted by the user: not brought back
    assert after.fact("care").value == "wash at 30 °C"  # imported facts follow the file
    by_sku = {v.sku: v for v in after.variants}
    assert {s: by_sku[s].id for s in ("LS-S", "LS-M")} == variant_ids  # same variant rows, updated
    assert by_sku["LS-S"].price == Decimal("45") and "LS-L" in by_sku
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Draft).where(m.Draft.product_id == shirt.id)) == 1
        assert s.scalar(select(func.count()).select_from(m.Product)) == 3
        runs = s.scalars(select(m.ImportRun).order_by(m.ImportRun.id)).all()
        assert [r.status for r in runs] == ["committed", "committed"]
        assert s.get(m.Product, shirt.id).import_run_id == runs[-1].id


def test_same_file_twice_changes_nothing(db, tmp_path):
    f = write_shopify(tmp_path / "a.csv", products_v1())
    importing.run_import(db, f)
    before = catalog.get_product_by_ref(db, "mug")
    r = importing.run_import(db, f)
    assert (r.created, r.updated, r.unchanged) == (0, 0, 2)
    after = catalog.get_product_by_ref(db, "mug")
    assert [v.id for v in after.variants] == [v.id for v in before.variants]
    assert [(f.key, f.value) for f in after.facts] == [(f.key, f.value) for f in before.facts]


def test_product_found_by_sku_when_handle_changes(db, tmp_path):
    importing.run_import(db, write_shopify(tmp_path / "a.csv", products_v1()))
    mug_id = catalog.get_product_by_ref(db, "mug").id
    renamed = [{"handle": "big-mug", "title": "Big Mug", "variants": [{"sku": "MUG-1", "price": "14"}]}]
    r = importing.run_import(db, write_shopify(tmp_path / "b.csv", renamed))
    assert (r.created, r.updated) == (0, 1)
    assert catalog.get_product_by_ref(db, "MUG-1").id == mug_id


def test_sku_of_another_catalog_product_is_an_error(db, tmp_path):
    importing.run_import(db, write_shopify(tmp_path / "a.csv", products_v1()))
    clash = [{"handle": "new-thing", "title": "New", "variants": [{"sku": "X-1"}, {"sku": "MUG-1"}],
              "option": "Size"}]
    clash[0]["variants"][0]["opt"], clash[0]["variants"][1]["opt"] = "A", "B"
    r = importing.plan_import(db, write_shopify(tmp_path / "b.csv", clash))
    # X-1 is new, MUG-1 belongs to "mug": the record is matched by SKU to mug, but its handle is new → update of mug
    assert r.error_count == 0 and r.update_count == 1
    two_owners = [{"handle": "mixed", "title": "Mixed", "option": "Size",
                   "variants": [{"opt": "A", "sku": "LS-S"}, {"opt": "B", "sku": "MUG-1"}]}]
    c = write_shopify(tmp_path / "c.csv", two_owners)
    r2 = importing.plan_import(db, c, ImportOptions(dedupe_skus="error"))
    assert r2.error_count == 1 and "already belongs to another product" in r2.errors[0].message
    r3 = importing.plan_import(db, c)  # default: imported, the shared SKU flagged
    assert r3.error_count == 0 and r3.create_count == 1
    assert any(w.kind == "duplicate-sku" and "MUG-1" in w.message for w in r3.warnings)


def test_options_currency_and_download_off(db, tmp_path):
    f = write_shopify(tmp_path / "a.csv", products_v1())
    importing.run_import(db, f, ImportOptions(currency="CHF", download_images=False))
    assert catalog.get_product_by_ref(db, "LS-S").currency == "CHF"


def test_rows_without_title_only_update_existing_products(db, tmp_path):
    """Shopify: Title is required for new products; a variant-only file updates what exists."""
    importing.run_import(db, write_shopify(tmp_path / "a.csv", products_v1()))
    before = catalog.get_product_by_ref(db, "linen-shirt")
    partial = [{"handle": "linen-shirt", "title": "", "option": "Size", "vendor": "",
                "variants": [{"opt": "S", "sku": "LS-S", "price": "39.00"}]},
               {"handle": "brand-new", "title": "", "variants": [{"sku": "NEW-1", "price": "5"}]}]
    f = write_shopify(tmp_path / "prices.csv", partial)
    plan = importing.plan_import(db, f)
    assert (plan.update_count, plan.create_count, plan.error_count) == (1, 0, 1)
    err = plan.errors[0]
    assert (err.line, err.column) == (3, "2 (Title)") and "new product 'brand-new' has no Title" in err.message
    importing.run_import(db, f, ImportOptions(import_valid_rows_only=True))
    after = catalog.get_product_by_ref(db, "linen-shirt")
    assert after.title == before.title and after.body_html == before.body_html and after.vendor == before.vendor
    assert next(v for v in after.variants if v.sku == "LS-S").price == Decimal("39")
