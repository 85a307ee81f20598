"""Facts that are not the product's (stop 19, copy hold-out 8's readers; labelled set
tests/corpus/facts_holdout_s19.jsonl): parts' and packaging materials, one variant's or one piece's size and weight,
shipping weights, spec-table rows, care headings and bullets. Each test fails without its fix."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts
from studio.importers.html import html_to_text


def _facts(text: str, title: str = "Product") -> dict:
    return {f.key: f for f in extract_facts(html_to_text(text), title)}


# --------------------------------------------------------------------------- spec tables
def test_a_two_cell_table_row_is_a_labelled_line():
    assert html_to_text("<table><tr><th>Capacity</th><td>500 ml</td></tr>"
                        "<tr><td><strong>Body</strong></td><td>steel</td></tr></table>") == "Capacity: 500 ml\n\nBody: steel"
    # a size chart's rows (3+ cells) and a label that has its colon stay as they are
    assert html_to_text("<table><tr><td>M</td><td>80 x 60 cm</td><td>15 kg</td></tr></table>") == "M 80 x 60 cm 15 kg"
    assert html_to_text("<table><tr><td>Size:</td><td>M</td></tr></table>") == "Size: M"
    f = _facts("<table><tr><th>Herkunftsland</th><td>China</td></tr><tr><th>Gewicht</th><td>185 g</td></tr></table>")
    assert f["origin"].value == "China" and f["weight"].data["grams"] == 185


@pytest.mark.parametrize("text,grams", [("Peso neto: 420 g", 420), ("Peso netto: 200 g.", 200)])
def test_a_net_weight_label_ending_in_to_is_not_up_to(text, grams):
    assert _facts(text)["weight"].data["grams"] == grams


# --------------------------------------------------------------------------- parts and packaging
@pytest.mark.parametrize("title,text,product,part", [
    ("Harbor Tote", "Full-grain leather tote. Lining: 100% cotton.", ["leather"], ("lining", "cotton")),
    ("Sac cabas", "Sac cabas en cuir de vachette, doublure en coton.", ["leather"], ("lining", "cotton")),
    ("Kaldi Steel Bottle", "Body: 18/8 stainless steel. Lid: polypropylene with silicone gasket.",
     ["stainless steel"], ("lid", "polypropylene")),
    ("真空断熱ボトル", "ステンレス製真空断熱ボトル。フタ：ポリプロピレン、パッキン：シリコーン。", ["stainless steel"], ("seal", "silicone")),
    ("Haven Dog Bed", "The cover is 100% cotton. The bolsters are filled with recycled polyester fibre, and silicone dots "
     "on the underside keep the bed from sliding.", ["cotton"], ("filling", "recycled polyester")),
    ("Luna Hoops", "Hoops in solid 925 sterling silver. Each pair comes in a cotton drawstring pouch.",
     ["sterling silver"], ("pouch", "cotton")),
    ("Ivela Necklace", "Solid 925 sterling silver. Clean it with the cotton polishing cloth included.",
     ["sterling silver"], ("cloth", "cotton")),
])
def test_a_parts_or_packagings_material_is_not_the_products(title, text, product, part):
    f = _facts(text, title)
    assert f["material"].data["materials"] == product
    assert f["part_materials"].data["parts"][part[0]] == part[1]
    assert f"{part[0]}: {part[1]}" in f["part_materials"].value  # what the app and `studio facts` show


def test_a_cosmetics_bottle_and_pump_are_parts_and_the_product_has_no_material():
    f = _facts("Argan oil hair serum. 100 ml. Glass bottle with aluminium pump – please recycle.", "Argan Hair Serum")
    assert "material" not in f
    assert f["part_materials"].data["parts"]["pump"] == "aluminium"


def test_the_products_own_noun_is_the_product():
    # the bottle of a "Steel Bottle" is the product; without a name, a metal bottle is the product too
    assert _facts("Stainless steel bottle with a bamboo lid.", "Orrin Steel Bottle")["material"].data["materials"] == \
        ["stainless steel"]
    assert _facts("Insulated 750 ml stainless steel bottle.", "")["material"].data["materials"] == ["stainless steel"]


# --------------------------------------------------------------------------- one variant's / piece's values
def test_sizes_of_several_variants_are_no_product_size():
    f = _facts("Sizes: Standard 50 x 75 cm, King 50 x 90 cm. 100% cotton sateen.")
    assert "dimensions" not in f
    items = f["dimensions_per_item"].data["items"]
    assert [(i["scope"], i["cm"]) for i in items] == [("Standard", [50, 75]), ("King", [50, 90])]
    assert f["dimensions_per_item"].value == "Standard: 50 x 75 cm; King: 50 x 90 cm"  # no stray "d" of "Standard"


def test_a_variants_labelled_size_and_weight_are_kept_with_the_variant():
    f = _facts("<ul><li>Size (750 ml): 7.4 x 26.5 cm</li><li>Weight (750 ml): 380 g</li></ul>", "Kaldi Bottle 500 ml")
    assert "dimensions" not in f and "weight" not in f
    assert f["dimensions_per_item"].data["items"][0]["scope"] == "750 ml"
    assert f["weight_per_item"].data["items"][0] == {"scope": "750 ml", "grams": 380, "text": "380 g"}


def test_one_shoes_weight_and_one_pieces_size_are_not_the_products():
    f = _facts("Weight: 280 g (one shoe, UK 9). Upper: recycled polyester mesh.", "Ridge Trail Shoe")
    assert "weight" not in f and f["weight_per_item"].data["items"][0]["scope"] == "one shoe, UK 9"
    f = _facts("Set of 2 cork yoga blocks. Each block: 23 x 15 x 7.5 cm, 450 g. Set weight: 900 g.", "Cork Blocks")
    assert "dimensions" not in f and f["weight"].data["grams"] == 900 and f["weight"].data["of"] == "set"
    assert f["weight_per_item"].data["items"][0]["grams"] == 450


def test_a_single_size_is_still_the_products():
    f = _facts("Leather tote. 38 x 30 x 14 cm. Weight: 780 g.")
    assert f["dimensions"].data["cm"] == [38, 30, 14] and f["weight"].data["grams"] == 780
    assert "dimensions_per_item" not in f and "weight_per_item" not in f


@pytest.mark.parametrize("text", ["Poids du colis : 1,1 kg.", "包装重量：450g。", "Peso de envio: 650 g."])
def test_a_package_weight_is_not_the_products(text):
    assert "weight" not in _facts(text)


# --------------------------------------------------------------------------- care
@pytest.mark.parametrize("text,care", [
    ("<h3>Care</h3><ul><li>Machine wash cold</li><li>Do not bleach</li><li>Tumble dry low</li></ul>",
     "Machine wash cold. Do not bleach. Tumble dry low."),
    ("<ul><li>Dishwasher safe</li><li>Microwave safe</li></ul><p>Porcelain mug. Dishwasher safe. Do not use on a stove "
     "top.</p>", "Dishwasher safe. Microwave safe. Do not use on a stove top."),
    ("【CARE】 Hand wash and dry upright. Do not soak. Not dishwasher safe.", "Hand wash and dry upright. Do not soak. "
     "Not dishwasher safe."),
    ("【洗濯】洗濯機で洗えます（ネット使用）", "洗濯機で洗えます（ネット使用）。"),
])
def test_care_without_headings_bullets_or_repeats_and_with_its_follow_up(text, care):
    assert _facts(text)["care"].value == care


# --------------------------------------------------------------------------- a part's claim
@pytest.mark.parametrize("text,claim,part", [
    ("The foam sits inside a water-resistant inner liner.", "water-resistant", "lining"),
    ("Forro interno impermeável. Capa lavável.", "impermeável", "lining"),
    ("Leak-proof screw lid with carry loop.", "Leak-proof", "lid"),
    ("Deckel: spülmaschinenfest.", "spülmaschinenfest", "lid"),
    ("Water-resistant dog bed with a cotton cover.", "Water-resistant", None),
    ("IPX4 splash-resistant rubberised shell.", "splash-resistant", None),
])
def test_a_claim_said_of_a_part_is_the_parts(text, claim, part):
    from studio.importers.facts_prose import part_of_phrase

    s = text.index(claim)
    assert part_of_phrase(text, s, s + len(claim)) == part


@pytest.mark.parametrize("title,text,product,part", [
    ("Crema de manos", "Crema de manos con manteca de karité. Tubo de aluminio de 75 ml.", None, ("tube", "aluminium")),
    ("Garrafa térmica 1 L", "Garrafa térmica em aço inoxidável, 1 L. Tampa em polipropileno.", ["stainless steel"],
     ("lid", "polypropylene")),
    ("Bamboo Boards", "Solid moso bamboo. Stainless steel hanging ring on each board.", ["bamboo"],
     ("rings", "stainless steel")),
])
def test_a_part_opening_its_sentence_is_the_parts(title, text, product, part):
    f = _facts(text, title)
    assert (f["material"].data["materials"] if "material" in f else None) == product
    assert f["part_materials"].data["parts"][part[0]] == part[1]


def test_a_pp_cotton_fill_is_not_cotton():
    f = _facts("宠物窝，外层面料：100%涤纶，填充物：PP棉。", "宠物窝")
    assert f["material"].data["materials"] == ["polyester"]


def test_a_size_chart_in_a_table_and_a_carton_after_its_size():
    body = ("<table><tr><th>Size</th><th>Outside</th><th>Lying area</th></tr>"
            "<tr><td>M</td><td>80 x 60 x 18 cm</td><td>62 x 50 cm</td></tr>"
            "<tr><td>L</td><td>100 x 75 x 20 cm</td><td>80 x 63 cm</td></tr></table>"
            "<p>The bed ships rolled (size L comes in a 60 x 35 x 35 cm carton).</p>")
    f = _facts(body, "Dog Bed")
    assert "dimensions" not in f
    assert [i["scope"] for i in f["dimensions_per_item"].data["items"]] == ["M", "M", "L", "L"]
    assert f["dimensions_per_item"].value.startswith("M: 80 x 60 x 18 cm; M: 62 x 50 cm; L: 100 x 75 x 20 cm")


def test_a_variants_size_after_a_diameter_sign_and_its_size_in_inches():
    f = _facts("<table><tr><td><strong>Size (750 ml)</strong></td><td>Ø 7,5 x 27 cm</td></tr></table>", "Bottle")
    assert "dimensions" not in f and f["dimensions_per_item"].value == "750 ml: 7,5 x 27 cm"
    f = _facts('Sizes: Standard 51 x 66 cm (20" x 26"), Queen 51 x 76 cm (20" x 30").', "Pillowcase")
    assert f["dimensions_per_item"].value == "Standard: 51 x 66 cm; Queen: 51 x 76 cm"


@pytest.mark.parametrize("text", ["100% mulberry silk. Silk is smoother than cotton and creates less friction.",
                                  "100 % Maulbeerseide, glatter als Baumwolle.", "100 % soie, plus douce que le coton."])
def test_a_material_compared_with_is_not_the_products(text):
    assert _facts(text, "Silk Pillowcase")["material"].data["materials"] == ["silk"]
