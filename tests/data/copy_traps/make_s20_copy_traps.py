"""Writes s20_copy_traps.csv: five made-up products in Shopify's export shape, written by the writer engineer at
stop 20 (2026-12-03) before changing any code, to read the offline writer's copy in-sample (the engineer's own
reading, not the blind measure). Classes it carries: a part's material (lining, fill, handles), a size per piece of
a set, a piece's weight, mandatory toy / supplement / electrical notices, "wool felt", a product noun per market.
All brands, SKUs and URLs are fictional. Run from the repository root; standard library only."""

import csv

H = ["Handle","Title","Body (HTML)","Vendor","Product Category","Type","Tags","Published","Option1 Name","Option1 Value","Option2 Name","Option2 Value","Option3 Name","Option3 Value","Variant SKU","Variant Grams","Variant Inventory Tracker","Variant Inventory Qty","Variant Inventory Policy","Variant Fulfillment Service","Variant Price","Variant Compare At Price","Variant Requires Shipping","Variant Taxable","Variant Barcode","Image Src","Image Position","Image Alt Text","Gift Card","SEO Title","SEO Description","Variant Image","Variant Weight Unit","Cost per item","Status"]
P = []


def prod(handle, title, body, vendor, cat, typ, tags, opt, variants, images):
    first = True
    for i, (vals, sku, grams, price) in enumerate(variants):
        r = dict.fromkeys(H, "")
        r.update(Handle=handle, **{"Option1 Value": vals}, **{"Variant SKU": sku, "Variant Grams": grams,
                 "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": "25",
                 "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                 "Variant Price": price, "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                 "Variant Weight Unit": "g"})
        if first:
            r.update(Title=title, **{"Body (HTML)": body}, Vendor=vendor, **{"Product Category": cat}, Type=typ,
                     Tags=tags, Published="TRUE", **{"Option1 Name": opt}, **{"Gift Card": "FALSE"}, Status="active")
        if i < len(images):
            r.update(**{"Image Src": images[i], "Image Position": str(i + 1), "Image Alt Text": title})
        P.append(r)
        first = False


def img(h, n):
    return [f"https://cdn.shopify.com/s/files/1/0000/0002/products/{h}-{k}.jpg" for k in range(1, n + 1)]


prod("harvik-felt-basket-set", "Harvik Wool Felt Storage Baskets, Set of 2",
 "<p>Two soft baskets for blankets, yarn or toys.</p>"
 "<p>Handmade in Nepal from 100&nbsp;% wool felt, 5&nbsp;mm thick. Handles: vegetable-tanned leather.</p>"
 "<ul><li>Large: 35 &times; 35 &times; 30&nbsp;cm</li><li>Small: 25 &times; 25 &times; 20&nbsp;cm</li></ul>"
 "<p><strong>Care:</strong> spot clean only. Do not machine wash.</p>",
 "Harvik", "Home & Garden > Household Supplies > Storage & Organization > Storage Baskets", "Storage basket", "home, felt, SUPP-NP-4",
 "Colour", [("Grey", "HV-FB-GRY", "900", "54.00"), ("Natural", "HV-FB-NAT", "900", "54.00")], img("harvik-basket", 2))
prod("kulla-marble-run-60", "Kulla Wooden Marble Run, 60 pieces",
 "<p>Build towers, ramps and spirals: 60 pieces of solid beech wood and 10 glass marbles.</p>"
 "<p>Water-based paints. Each block measures 4 &times; 4 &times; 4&nbsp;cm. Tested to EN 71-1, -2 and -3.</p>"
 "<p><strong>WARNING:</strong> Not suitable for children under 3 years. Small parts. Choking hazard.</p>"
 "<p>For ages 4 and up.</p>",
 "Kulla", "Toys & Games > Toys > Building Toys > Marble Runs", "Marble run", "toy, wood, ref-KL-009",
 "Title", [("Default Title", "KL-MR-60", "2300", "49.00")], img("kulla-marble", 3))
prod("solvik-magnesium-bisglycinate", "Solvik Magnesium Bisglycinate, 120 capsules",
 "<p>Gentle magnesium for every day. Magnesium contributes to the reduction of tiredness and fatigue.</p>"
 "<ul><li>2 capsules provide 200&nbsp;mg magnesium (53&nbsp;% NRV)</li><li>Vegan capsule shell (HPMC)</li>"
 "<li>Made in Germany</li><li>Free from gluten and lactose</li></ul>"
 "<p><strong>Directions:</strong> take 2 capsules daily with water.</p>"
 "<p>Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. "
 "Do not exceed the recommended daily dose. Keep out of reach of young children.</p>",
 "Solvik", "Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements", "Supplement", "supplement, magnesium",
 "Title", [("Default Title", "SV-MG-120", "110", "19.90")], img("solvik-mg", 1))
prod("brennli-led-lantern", "Brennli Rechargeable LED Camping Lantern",
 "<p>A warm light for the tent and the terrace, up to 30 hours on the low setting.</p>"
 "<ul><li>Battery: 5200&nbsp;mAh lithium-ion, charges over USB-C in 4 hours</li><li>Three light modes and a red light</li>"
 "<li>IPX4 splash-proof</li><li>Housing: aluminium; diffuser: frosted polycarbonate</li><li>Weight: 320&nbsp;g</li></ul>"
 "<p>Do not dispose of the lantern or its battery with household waste.</p>",
 "Brennli", "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Lights & Lanterns", "Lantern", "camping, light",
 "Colour", [("Forest green", "BR-LT-GRN", "450", "39.00"), ("Sand", "BR-LT-SND", "450", "39.00")], img("brennli-lantern", 2))
prod("fjordlys-quilted-jacket", "Fjordlys Men's Quilted Jacket",
 "<p>A light quilted jacket for cool spring and autumn days, packs into its own pocket.</p>"
 "<ul><li>Shell: 100&nbsp;% recycled polyester with a water-repellent finish</li><li>Lining: 100&nbsp;% cotton</li>"
 "<li>Fill: recycled polyester wadding, 80&nbsp;g/m&sup2;</li><li>Regular fit, two zip pockets</li>"
 "<li>Weight: 480&nbsp;g (size M)</li></ul>"
 "<p><strong>Care:</strong> machine wash at 30&nbsp;&deg;C, do not tumble dry.</p>",
 "Fjordlys", "Apparel & Accessories > Clothing > Outerwear > Coats & Jackets", "Jacket", "jacket, menswear",
 "Size", [("S", "FL-QJ-S", "700", "119.00"), ("M", "FL-QJ-M", "720", "119.00"), ("L", "FL-QJ-L", "740", "119.00")], img("fjordlys-jacket", 3))
with open("tests/data/copy_traps/s20_copy_traps.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, H)
    w.writeheader()
    w.writerows(P)
