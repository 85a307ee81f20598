"""Writes s18_copy_traps.csv: six made-up products in Shopify's export shape (stop 18, copy hold-out 7 classes:
a raw material's or a part's origin, a serving beside the pack weight, a weight before the care sentence, a
section heading above a warning, a part's FSC/GOTS certification, CE/UKCA, a brand in small letters, UK
spellings). All brands, SKUs and URLs are fictional. Run from the repository root; standard library only."""

import csv

H = ["Handle","Title","Body (HTML)","Vendor","Product Category","Type","Tags","Published","Option1 Name","Option1 Value","Option2 Name","Option2 Value","Option3 Name","Option3 Value","Variant SKU","Variant Grams","Variant Inventory Tracker","Variant Inventory Qty","Variant Inventory Policy","Variant Fulfillment Service","Variant Price","Variant Compare At Price","Variant Requires Shipping","Variant Taxable","Variant Barcode","Image Src","Image Position","Image Alt Text","Gift Card","SEO Title","SEO Description","Variant Image","Variant Weight Unit","Cost per item","Status"]
P = []
def prod(handle, title, body, vendor, cat, typ, tags, opt, variants, images):
    first = True
    for i, (vals, sku, grams, price) in enumerate(variants):
        r = dict.fromkeys(H, "")
        r.update(Handle=handle, **{"Option1 Value": vals}, **{"Variant SKU": sku, "Variant Grams": grams,
                 "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": "40",
                 "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                 "Variant Price": price, "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                 "Variant Weight Unit": "g"})
        if first:  # the product's own cells on its first row only
            r.update(Title=title, **{"Body (HTML)": body}, Vendor=vendor, **{"Product Category": cat}, Type=typ,
                     Tags=tags, Published="TRUE", **{"Option1 Name": opt}, **{"Gift Card": "FALSE"}, Status="active")
        if i < len(images):
            r.update(**{"Image Src": images[i], "Image Position": str(i + 1), "Image Alt Text": title})
        P.append(r)
        first = False
    for j in range(len(variants), len(images)):
        r = dict.fromkeys(H, "")
        r.update(Handle=handle, **{"Image Src": images[j], "Image Position": str(j + 1)})
        P.append(r)



def img(h, n):
    return [f"https://cdn.shopify.com/s/files/1/0000/0001/products/{h}-{k}.jpg" for k in range(1, n + 1)]



prod("nordhavn-whey-isolate-900g", "Nordhavn Whey Isolate – Vanilla, 900 g",
 "<p>Nordhavn Whey Isolate is a fast-mixing protein powder for after training.</p>"
 "<ul><li><strong>Pack size:</strong> 900&nbsp;g (30 servings)</li>"
 "<li><strong>Serving size:</strong> 1 scoop = 30&nbsp;g</li>"
 "<li><strong>Protein per serving:</strong> 27&nbsp;g</li>"
 "<li>Whey sourced from Ireland (grass-fed cows); blended and packed in Germany.</li>"
 "<li>Gluten-free</li></ul>"
 "<p><strong>Directions:</strong> Mix 1 scoop (30&nbsp;g) with 250&nbsp;ml of water or milk.</p>"
 "<p><strong>Important:</strong> Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Do not exceed the recommended daily dose. Keep out of reach of young children.</p>",
 "Nordhavn", "Health & Beauty > Health Care > Fitness & Nutrition", "Protein powder", "sup:NH-IE-22, protein",
 "Flavour", [("Vanilla", "NH-WI-900-VAN", "1040", "39.90"), ("Chocolate", "NH-WI-900-CHO", "1040", "39.90")], img("nordhavn-whey", 2))
prod("brunnholt-classic-leather-belt", "Brunnholt Classic Leather Belt 35 mm",
 "<p>A classic belt for jeans and chinos, 35&nbsp;mm wide.</p>"
 "<p>Full-grain cowhide leather, vegetable-tanned in Italy, cut and stitched in India. Buckle of nickel-free zinc alloy. "
 "Weight: 140&nbsp;g incl. buckle.</p><p><strong>Care:</strong> wipe with a dry cloth; treat with leather balm now and then. Colour: Brown or Black.</p>",
 "Brunnholt", "Apparel & Accessories > Clothing Accessories > Belts", "Belt", "belt, leather, FAC-IN-77",
 "Colour", [("Brown", "BH-BELT-BRN", "220", "45.00"), ("Black", "BH-BELT-BLK", "220", "45.00")], img("brunnholt-belt", 3))
prod("lindqvist-ek-step-stool", "Lindqvist Ek Step Stool – Oak",
 "<p>Designed in Sweden, the Ek step stool doubles as a bedside table.</p>"
 "<p>The seat is solid oak from FSC&reg;-certified forests; the legs are beech. Height 45&nbsp;cm, seat 35 &times; 28&nbsp;cm, "
 "tested to 150&nbsp;kg. Net weight approx. 3.2&nbsp;kg. Wipe clean with a damp cloth; do not use solvents.</p>"
 "<p><strong>SAFETY</strong><br>Do not stand on the stool on an uneven floor. Not a toy.</p>",
 "Lindqvist", "Furniture > Chairs > Stools", "Step stool", "furniture, oak, margin-C",
 "Title", [("Default Title", "LQ-EK-STOOL", "4100", "89.00")], img("lindqvist-ek", 2))
prod("mirelle-organic-cotton-sleepsuit", "Mirelle Organic Cotton Baby Sleepsuit",
 "<p>A soft sleepsuit with snaps from neck to foot.</p>"
 "<p>Fabric: 100&nbsp;% organic cotton interlock, GOTS-certified fabric. Snaps of nickel-free brass. Yarn spun in Turkey, sewn in Portugal.</p>"
 "<p>Colour: Oat. Sizes 56 to 86.</p><p><strong>Care:</strong> machine wash at 40&nbsp;&deg;C, do not tumble dry.</p>",
 "Mirelle", "Apparel & Accessories > Clothing > Baby & Toddler Clothing", "Sleepsuit", "baby, organic, SUP-MR-11",
 "Size", [("56", "MR-SS-56", "160", "24.00"), ("68", "MR-SS-68", "170", "24.00"), ("86", "MR-SS-86", "180", "24.00")], img("mirelle-sleepsuit", 3))
prod("voltaro-kelda-kettle-17l", "Voltaro Kelda 1.7 L Electric Kettle",
 "<p>The Kelda kettle boils 1.7&nbsp;l in about 4 minutes.</p>"
 "<ul><li>2200&nbsp;W, 220&ndash;240&nbsp;V</li><li>Body: brushed stainless steel; handle: PP</li>"
 "<li>Weight: 1.2&nbsp;kg incl. base</li><li>Certified CE and UKCA</li><li>Designed in Denmark, manufactured in China</li></ul>"
 "<p><strong>PRECAUTIONS</strong><br>Do not immerse the kettle or base in water. Only use with the supplied base.</p>",
 "Voltaro", "Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles", "Kettle", "kettle, LV-OEM-88",
 "Colour", [("Steel", "VT-KELDA-ST", "1600", "59.00"), ("Black", "VT-KELDA-BK", "1600", "59.00")], img("voltaro-kelda", 2))
prod("bloomr-fleximat-yoga-mat", "bloomr FlexiMat Yoga Mat 4 mm",
 "<p>A grippy mat for yoga and pilates, 183 &times; 61&nbsp;cm, 4&nbsp;mm thick.</p>"
 "<p>Top layer: polyurethane; base: natural rubber from Sri Lanka. OEKO-TEX Standard 100 certified. Weight: 2.1&nbsp;kg. "
 "Colour: Aluminium grey. 100&nbsp;% latex-free top layer.</p><p><strong>Care:</strong> wipe with a damp cloth, dry flat.</p>",
 "bloomr", "Sporting Goods > Athletics > Yoga & Pilates > Yoga Mats", "Yoga mat", "yoga, reorder-2027",
 "Colour", [("Aluminium grey", "BL-FM-GRY", "2500", "69.00")], img("bloomr-fleximat", 2))
with open("tests/data/copy_traps/s18_copy_traps.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, H)
    w.writeheader()
    w.writerows(P)
