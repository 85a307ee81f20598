from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest

from studio.domain import StudioError
from studio.services import livestream
from studio.storage import models as m


def _seed(db):
    with db.session() as s:
        mug = m.Product(handle="enamel-mug", title="Enamel Camp Mug", vendor="Trailhead", currency="USD")
        tee = m.Product(handle="linen-tee", title="Linen T-Shirt", vendor="Casa Linen", currency="USD")
        s.add_all([mug, tee])
        s.flush()
        s.add_all([
            m.Variant(product_id=mug.id, sku="MUG-1", title="Default", price=Decimal("14.50"), currency="USD",
                      market_prices={"Thailand": "490", "Saudi Arabia": "55.00"}),
            m.Variant(product_id=tee.id, sku="TEE-S", title="S", options={"Size": "S"}, price=Decimal("29.00"),
                      compare_at_price=Decimal("35.00"), currency="USD"),
            m.Variant(product_id=tee.id, sku="TEE-M", title="M", options={"Size": "M"}, price=Decimal("31.00"),
                      currency="USD"),
            m.Fact(product_id=mug.id, key="material", value="Enamelled steel"),
            m.Fact(product_id=mug.id, key="capacity", value="350 ml"),
            m.Fact(product_id=mug.id, key="care", value="Hand wash"),
            m.Fact(product_id=tee.id, key="material", value="100% linen"),
            m.Fact(product_id=tee.id, key="size", value="S, M"),
            m.Fact(product_id=tee.id, key="certification", value="OEKO-TEX Standard 100"),
        ])


def test_kit_prices_equal_listing_prices_and_links_parse(db, tmp_path):
    import zxingcpp
    from PIL import Image

    _seed(db)
    req = livestream.KitRequest(products=["MUG-1", "linen-tee"], market="th-TH", platform="tiktok-shop",
                                total_minutes=60, store_url="https://shop.example.com", name="Songkran Live",
                                flash_sales=[{"product": "MUG-1", "countdown_s": 60, "duration_min": 5,
                                              "deal_price": "390"}])
    result = livestream.build_kit(db, req)
    kit = result.kit
    assert kit["language"] == "th"
    assert sum(s["end"] - s["start"] for s in kit["segments"]) == 3600
    mug, tee = kit["products"]
    # the Thai price column of the listing, in baht; the tee has none → its USD listing price, said so
    assert (mug["price"], mug["currency"]) == ("490.00", "THB") and "490" in mug["price_text"]
    assert (tee["price"], tee["currency"]) == ("29.00", "USD") and "29" in tee["price_text"]
    assert any("linen-tee" in w and "THB" in w for w in kit["warnings"])
    assert kit["flash_sales"][0]["deal_price"] == "390"
    assert "390" in kit["flash_sales"][0]["deal_price_text"]
    files = livestream.export(db, result, tmp_path / "kit")
    for p in kit["products"]:
        q = parse_qs(urlsplit(p["link"]).query)
        assert q["utm_source"] == ["tiktok-shop"] and q["utm_campaign"] == ["songkran-live-th-th"]
        assert urlsplit(p["link"]).path == f"/products/{p['handle']}"
        with Image.open(tmp_path / "kit" / p["qr_png"]) as im:
            assert [d.text for d in zxingcpp.read_barcodes(im.convert("L"))] == [p["link"]]
    # every price a host reads equals the listing price
    with open(files["json"], encoding="utf-8") as fh:
        saved = json.load(fh)["kit"]
    for p in saved["products"]:
        assert p["price_text"] in p["price_line"]
    again = livestream.get_kit(db, result.kit_id)
    assert again.files["run_sheet_pdf"].endswith("run-sheet.pdf")
    assert livestream.list_kits(db)[0]["products"] == 2


def test_rtl_kit_isolates_latin_runs(db, tmp_path):
    _seed(db)
    result = livestream.build_kit(db, livestream.KitRequest(products=["enamel-mug"], market="ar-SA",
                                                            total_minutes=60, store_url="https://shop.example.com"))
    p = result.kit["products"][0]
    assert result.kit["language"] == "ar" and p["currency"] == "SAR" and p["price"] == "55.00"
    assert "\u2068" in p["benefits"][0]  # FSI…PDI around the Latin fact value inside Arabic text


@pytest.mark.parametrize("bad, msg", [
    (dict(products=["nope"]), "nope"),
    (dict(platform="instagram"), "2023-03-16"),
    (dict(market="xx-XX"), "xx-XX"),
    (dict(products=["MUG-1", "MUG-1"]), "twice"),
    (dict(flash_sales=[{"product": "MUG-1", "countdown_s": 400, "duration_min": 5}]), "10–300"),
    (dict(flash_sales=[{"product": "MUG-1", "countdown_s": 60, "duration_min": 5, "deal_price": "9999"}]), "above"),
    (dict(store_url=None), "store URL"),
])
def test_bad_requests_fail_with_a_reason(sqlite_db, bad, msg):
    _seed(sqlite_db)
    kw = dict(products=["MUG-1"], market="th-TH", total_minutes=60, store_url="https://shop.example.com")
    kw.update(bad)
    with pytest.raises(StudioError, match=msg):
        livestream.build_kit(sqlite_db, livestream.KitRequest(**kw))


def test_cli_kit(sqlite_db, tmp_path, capsys):
    from studio.cli.main import main

    _seed(sqlite_db)
    rc = main(["kit", "--products", "MUG-1,TEE-S", "--market", "en-US", "--out", str(tmp_path / "k"),
               "--store-url", "https://shop.example.com", "--minutes", "60", "--flash", "MUG-1:30:3:12.00", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["files"]["run_sheet_pdf"].endswith(".pdf")
    assert (tmp_path / "k" / "overlays" / "obs-scene-collection.json").is_file()
    rc = main(["kit", "--products", "MUG-1", "--market", "en-US", "--out", str(tmp_path / "k2"),
               "--store-url", "https://shop.example.com", "--flash", "MUG-1:3"])
    err = capsys.readouterr().err
    assert rc == 2 and "PRODUCT:COUNTDOWN_S:DURATION_MIN" in err
