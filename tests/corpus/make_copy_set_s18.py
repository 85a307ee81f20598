"""Copy set s18 (copy-writer, stop 18): 8 real-shaped products as a Shopify product export, written to verify the
offline writer's round-8 wording fixes on products nobody tuned on (docs/readme/copy.md, round 8 figures).
Standard library only; the row layout follows the Shopify export columns. Writes newset.csv in the current folder:
    python tests/corpus/make_copy_set_s18.py && python -m bench copy --csv newset.csv"""
import csv

HEADER = ["Handle","Title","Body (HTML)","Vendor","Product Category","Type","Tags","Published",
"Option1 Name","Option1 Value","Option2 Name","Option2 Value","Option3 Name","Option3 Value",
"Variant SKU","Variant Grams","Variant Inventory Tracker","Variant Inventory Qty","Variant Inventory Policy",
"Variant Fulfillment Service","Variant Price","Variant Compare At Price","Variant Requires Shipping",
"Variant Taxable","Variant Barcode","Image Src","Image Position","Image Alt Text","Gift Card","SEO Title",
"SEO Description","Variant Image","Variant Weight Unit","Cost per item","Status"]

CDN = "https://cdn.shopify.com/s/files/1/0612/3347/8821/files/"

def ean(base12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)

rows = []

def product(handle, title, body, vendor, cat, typ, tags, seo_t, seo_d, opts, variants, images):
    """opts: list of option names (or ["Title"]); variants: list of dicts; images: list of (file, alt)."""
    for i, v in enumerate(variants):
        r = {k: "" for k in HEADER}
        r["Handle"] = handle
        if i == 0:
            r.update({"Title": title, "Body (HTML)": body, "Vendor": vendor, "Product Category": cat,
                      "Type": typ, "Tags": tags, "Published": "TRUE", "Gift Card": "FALSE",
                      "SEO Title": seo_t, "SEO Description": seo_d, "Status": "active"})
            for n, name in enumerate(opts, 1):
                r[f"Option{n} Name"] = name
            r["Image Src"], r["Image Alt Text"] = CDN + images[0][0], images[0][1]
            r["Image Position"] = "1"
        for n, val in enumerate(v["opts"], 1):
            r[f"Option{n} Value"] = val
        r.update({"Variant SKU": v["sku"], "Variant Grams": str(v["g"]), "Variant Inventory Tracker": "shopify",
                  "Variant Inventory Qty": str(v["qty"]), "Variant Inventory Policy": "deny",
                  "Variant Fulfillment Service": "manual", "Variant Price": v["price"],
                  "Variant Compare At Price": v.get("cmp", ""), "Variant Requires Shipping": "TRUE",
                  "Variant Taxable": "TRUE", "Variant Barcode": v["ean"],
                  "Variant Image": CDN + v["img"] if v.get("img") else "",
                  "Variant Weight Unit": v.get("unit", "kg"), "Cost per item": v["cost"]})
        rows.append(r)
    for pos, (f, alt) in enumerate(images[1:], 2):
        r = {k: "" for k in HEADER}
        r.update({"Handle": handle, "Image Src": CDN + f, "Image Position": str(pos), "Image Alt Text": alt})
V = "?v=3"
# 1 toy
product("oakling-wooden-stacking-rainbow", "Oakling Wooden Stacking Rainbow, 7 Pieces",
"""<p>Seven curved arches in soft water-based colours that stack, balance and turn into tunnels, bridges and cradles. Made for open-ended play from toddler age.</p>
<ul><li>7 arches, the largest 28 cm wide</li><li>Solid beech wood from FSC-certified forests</li><li>Water-based, saliva-resistant paint (EN 71-3)</li><li>Smooth sanded edges</li></ul>
<p><strong>Materials</strong><br>Solid beech wood, water-based paint</p>
<p><strong>Specifications</strong><br>Dimensions: 28 x 14 x 7 cm (stacked)<br>Weight: 1.1 kg<br>Age: 12 months+<br>Made in Poland</p>
<p><strong>Care</strong><br>Wipe clean with a damp cloth. Do not soak in water. Keep away from direct heat.</p>
<p><strong>Warning:</strong> Not suitable for children under 36 months. Small parts. Choking hazard. Adult supervision required. Keep the packaging for future reference.</p>""",
"Oakling", "Toys & Games > Toys > Building Toys", "Wooden Toys", "toys, wooden, montessori, supplier-PL2, q4-push",
"Wooden Stacking Rainbow | Oakling", "Seven-piece beech wood stacking rainbow with water-based paint.",
["Color"], [{"opts": ["Pastel"], "sku": "OAK-RB7-P", "g": 1350, "qty": 40, "price": "39.00", "ean": ean("590123400001"), "cost": "11.00"},
 {"opts": ["Earth Tones"], "sku": "OAK-RB7-E", "g": 1350, "qty": 12, "price": "39.00", "ean": ean("590123400002"), "cost": "11.00"}],
[("rainbow-pastel.jpg" + V, "Oakling wooden stacking rainbow, pastel")])
# 2 supplement
product("northleaf-magnesium-bisglycinate-capsules", "Northleaf Magnesium Bisglycinate 120 Capsules",
"""<p>Gentle, well-absorbed magnesium bound to glycine. Magnesium contributes to the reduction of tiredness and fatigue and to normal muscle function.</p>
<ul><li>200 mg elemental magnesium per daily dose (2 capsules)</li><li>120 capsules = 60 days</li><li>Plant-based HPMC capsules</li></ul>
<p><strong>Ingredients</strong><br>Magnesium bisglycinate, capsule shell (hydroxypropyl methylcellulose), anti-caking agent (magnesium stearate).</p>
<p><strong>Directions:</strong> Take 2 capsules a day with water, preferably in the evening.</p>
<p><strong>Important:</strong> Do not exceed the recommended daily dose. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach of young children. Store in a cool, dry place.</p>
<p>Made in Germany. Net weight 96 g.</p>""",
"Northleaf", "Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements", "Supplements", "supplements, magnesium, margin-A",
"Magnesium Bisglycinate Capsules | Northleaf", "200 mg magnesium per daily dose, 120 capsules.",
["Title"], [{"opts": ["Default Title"], "sku": "NL-MG-120", "g": 160, "qty": 200, "price": "19.90", "ean": ean("426000100001"), "cost": "4.10"}],
[("mag-120.jpg" + V, "Northleaf magnesium capsules jar")])
# 3 stoneware mugs
product("ashby-stoneware-mug-set", "Ashby Stoneware Mug Set of 4, 350 ml",
"""<p>Hand-dipped stoneware mugs with a matte exterior and a glazed interior. Each mug is slightly different.</p>
<ul><li>Set of 4 mugs, 350 ml each</li><li>Dishwasher safe</li><li>Microwave safe</li><li>Lead-free and cadmium-free glaze</li></ul>
<p><strong>Materials</strong><br>Stoneware, reactive glaze</p>
<p><strong>Specifications</strong><br>Capacity: 350 ml<br>Dimensions: 9 x 10 cm (per mug)<br>Weight: 380 g per mug<br>Made in Portugal</p>
<p><strong>Care</strong><br>Dishwasher safe. Avoid sudden temperature changes. Do not use on the hob.</p>""",
"Ashby", "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs", "Mugs", "kitchen, stoneware, gift-guide-25",
"Stoneware Mugs, Set of 4 | Ashby", "Matte stoneware mugs with glazed interior, 350 ml.",
["Color"], [{"opts": ["Sand White"], "sku": "ASH-M4-SW", "g": 1900, "qty": 30, "price": "42.00", "ean": ean("560000100001"), "cost": "12.00"},
 {"opts": ["Rust"], "sku": "ASH-M4-RU", "g": 1900, "qty": 8, "price": "42.00", "ean": ean("560000100002"), "cost": "12.00"}],
[("mugs-sand.jpg" + V, "Ashby stoneware mugs in sand white")])
# 4 kids headphones
product("tinytune-kids-wireless-headphones", "TinyTune Kids Wireless Headphones, Volume Limited 85 dB",
"""<p>Foldable on-ear headphones sized for children, with a volume limit of 85 dB to protect young ears.</p>
<ul><li>Volume limited to 85 dB</li><li>Bluetooth 5.3, 30 m range</li><li>Up to 30 hours of battery life</li><li>USB-C charging</li><li>Built-in microphone</li></ul>
<p><strong>Specifications</strong><br>Battery: 400 mAh (lithium-polymer)<br>Weight: 165 g<br>Age: 3+ years<br>Certifications: CE, FCC<br>Made in China</p>
<p><strong>Safety:</strong> To prevent possible hearing damage, do not listen at high volume levels for long periods. Contains a lithium battery: do not expose to high temperatures. Do not dispose of with household waste.</p>""",
"TinyTune", "Electronics > Audio > Audio Components > Headphones & Headsets > Headphones", "Headphones", "kids, headphones, supplier-SZ7",
"Kids Wireless Headphones 85 dB | TinyTune", "Volume-limited Bluetooth headphones for kids, 30 h battery.",
["Color"], [{"opts": ["Ocean Blue"], "sku": "TT-KH-BL", "g": 320, "qty": 60, "price": "34.99", "ean": ean("694000100001"), "cost": "8.00"},
 {"opts": ["Berry Pink"], "sku": "TT-KH-PK", "g": 320, "qty": 45, "price": "34.99", "ean": ean("694000100002"), "cost": "8.00"}],
[("tt-blue.jpg" + V, "TinyTune kids headphones, blue")])
# 5 kids hoodie
product("fernby-kids-organic-cotton-hoodie", "Fernby Kids' Organic Cotton Hoodie",
"""<p>A soft brushed-back hoodie for everyday play, with a kangaroo pocket and ribbed cuffs.</p>
<ul><li>100% organic cotton, 280 gsm</li><li>GOTS certified</li><li>No drawstrings</li></ul>
<p><strong>Materials</strong><br>100% organic cotton</p>
<p><strong>Specifications</strong><br>Sizes: 4-5 years, 6-7 years, 8-9 years<br>Made in Portugal</p>
<p><strong>Care</strong><br>Machine wash at 40 °C. Wash inside out with similar colours. Do not tumble dry.</p>
<p><strong>Safety:</strong> In line with EN 14682, this hoodie has no drawstrings or cords in the hood and neck area.</p>""",
"Fernby", "Apparel & Accessories > Clothing > Activewear > Sweatshirts", "Kids Hoodies", "kids, organic, hoodie, ss25-restock",
"Kids' Organic Cotton Hoodie | Fernby", "GOTS organic cotton hoodie for kids, no drawstrings.",
["Size", "Color"], [{"opts": [s, c], "sku": f"FB-H-{i}", "g": 350, "qty": 10, "price": "29.00", "ean": ean(f"560000200{i:03d}"), "cost": "7.00"}
  for i, (s, c) in enumerate([(s, c) for c in ("Heather Grey", "Forest Green") for s in ("4-5 years", "6-7 years", "8-9 years")])],
[("hoodie-grey.jpg" + V, "Fernby kids hoodie grey")])
# 6 duvet cover
product("linwood-cotton-percale-duvet-cover", "Linwood Cotton Percale Duvet Cover",
"""<p>Crisp, cool percale woven from long-staple cotton. Hidden button closure at the foot.</p>
<ul><li>100% cotton percale, 200 thread count</li><li>Hidden button closure</li><li>OEKO-TEX Standard 100</li></ul>
<p><strong>Materials</strong><br>100% cotton</p>
<p><strong>Specifications</strong><br>Sizes: 135 x 200 cm, 155 x 220 cm<br>Made in India</p>
<p><strong>Care</strong><br>Machine wash at 60 °C. Tumble dry on low. Iron on medium heat.</p>""",
"Linwood", "Home & Garden > Linens & Bedding > Bedding > Duvet Covers", "Duvet Covers", "bedding, cotton, 3pl-rotterdam",
"Cotton Percale Duvet Cover | Linwood", "100% cotton percale duvet cover, OEKO-TEX.",
["Size", "Color"], [{"opts": [s, c], "sku": f"LW-D-{i}", "g": 900, "qty": 15, "price": "59.00", "ean": ean(f"890000300{i:03d}"), "cost": "14.00"}
  for i, (s, c) in enumerate([(s, c) for c in ("Sand White", "Sage Green") for s in ("135 x 200 cm", "155 x 220 cm")])],
[("duvet-white.jpg" + V, "Linwood duvet cover white")])
# 7 LED desk lamp
product("lumeo-led-desk-lamp", "Lumeo LED Desk Lamp with Wireless Charger",
"""<p>A slim aluminium desk lamp with five colour temperatures and a built-in 10 W wireless charging pad in the base.</p>
<ul><li>5 colour temperatures (2700-6500 K), stepless dimming</li><li>10 W Qi wireless charger</li><li>USB-C port</li><li>Touch controls</li></ul>
<p><strong>Materials</strong><br>Aluminium, ABS</p>
<p><strong>Specifications</strong><br>Power: 12 W<br>Height: 45 cm<br>Weight: 1.3 kg<br>Certifications: CE, RoHS<br>Made in China</p>
<p><strong>Safety:</strong> Do not look directly into the light source. For indoor use only. The LEDs are not replaceable.</p>""",
"Lumeo", "Home & Garden > Lighting > Lamps", "Desk Lamps", "lighting, desk, hero-sku",
"LED Desk Lamp with Wireless Charger | Lumeo", "Dimmable LED desk lamp with a 10 W wireless charger.",
["Color"], [{"opts": ["Matte Black"], "sku": "LU-DL-B", "g": 1900, "qty": 50, "price": "49.00", "ean": ean("694000400001"), "cost": "12.00"},
 {"opts": ["Silver"], "sku": "LU-DL-S", "g": 1900, "qty": 20, "price": "49.00", "ean": ean("694000400002"), "cost": "12.00"}],
[("lamp-black.jpg" + V, "Lumeo desk lamp black")])
# 8 leather crossbody bag
product("marlow-leather-crossbody-bag", "Marlow Leather Crossbody Bag",
"""<p>A compact crossbody bag in full-grain leather with an adjustable strap and two inner pockets.</p>
<ul><li>Full-grain cowhide leather</li><li>Adjustable strap, 110-130 cm</li><li>Zip closure</li><li>Cotton lining</li></ul>
<p><strong>Materials</strong><br>Full-grain leather<br>Lining: cotton</p>
<p><strong>Specifications</strong><br>Dimensions: 24 x 16 x 6 cm<br>Weight: 420 g<br>Made in Italy</p>
<p><strong>Care</strong><br>Wipe with a dry cloth. Keep away from water and direct sunlight.</p>""",
"Marlow", "Apparel & Accessories > Handbags, Wallets & Cases > Handbags > Cross-Body Bags", "Crossbody Bags", "bags, leather, influencer-seed",
"Leather Crossbody Bag | Marlow", "Full-grain leather crossbody bag made in Italy.",
["Color"], [{"opts": ["Cognac"], "sku": "MA-CB-CO", "g": 700, "qty": 9, "price": "129.00", "ean": ean("800000500001"), "cost": "40.00"},
 {"opts": ["Black"], "sku": "MA-CB-BK", "g": 700, "qty": 14, "price": "129.00", "ean": ean("800000500002"), "cost": "40.00"}],
[("bag-cognac.jpg" + V, "Marlow crossbody bag cognac")])
with open("newset.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=HEADER)
    w.writeheader()
    w.writerows(rows)
print(len(rows))
