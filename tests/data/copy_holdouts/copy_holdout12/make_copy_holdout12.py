#!/usr/bin/env python3
# ruff: noqa: UP031  (examiner-written generator, kept as written: its output is the sealed set byte for byte)
"""Sealed hold-out catalog #12 for Commerce Studio copy review.

Written by an examiner at Thu Dec  3 19:45:44 UTC 2026 (output of `date`).
The examiner read nothing of the project (no project code, docs or data) and
did not run the project's code. Everything here is invented.

Writes, next to this script:
  products.csv  - a Shopify product CSV export (9 products, continuation rows
                  for extra variants/images exactly as Shopify writes them)
  KEY.md        - the answer key for native-language reviewers

Python standard library only.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CSV_PATH = os.path.join(HERE, "products.csv")
KEY_PATH = os.path.join(HERE, "KEY.md")

HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
    "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Qty", "Variant Price",
    "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Variant Image",
    "Variant Weight Unit", "SEO Title", "SEO Description", "Status",
]

CDN = "https://cdn.shopify.com/s/files/1/0734/2291/5583/files/"


def ean13(body12):
    """Return a valid EAN-13 from 12 digits (computes the check digit)."""
    s = str(body12)
    assert len(s) == 12 and s.isdigit()
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(s))
    return s + str((10 - total % 10) % 10)


def img(name, version):
    return CDN + name + ".jpg?v=" + str(version)


# ---------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------
P = []

# 1 -------------------------------------------------------------- APPAREL
P.append(dict(
    handle="ridgeline-insulated-jacket-womens",
    title="Ridgeline Insulated Jacket \u2013 Women's",
    vendor="Fjellrune",
    category="Apparel & Accessories > Clothing > Outerwear > Coats & Jackets",
    type="Jacket",
    tags="autumn-winter, insulated, jacket, outerwear, packable, recycled, women",
    opt1="Colour", opt2="Size",
    body="""<p>Meet the jacket our team refused to leave at home this winter. The <strong>Ridgeline</strong> is a lightweight insulated jacket made for cold, dry days in town and on the trail &ndash; warm enough for a frosty ridge walk, light enough (just <strong>390&nbsp;g in a size M</strong>) to stuff into its own left hand pocket.</p>
<p>The outer shell is a <strong>100% recycled nylon</strong> 20D ripstop with a PFC-free DWR finish, so light showers simply bead off &ndash; it is water-repellent, not waterproof, so pair it with a rain shell when the heavens open. The shell fabric is bluesign&reg; APPROVED. Inside, a smooth <strong>100% polyester taffeta lining</strong> glides over fleece and knitwear, and the synthetic insulation (100% recycled polyester, 80&nbsp;g/m&sup2; in the body and 60&nbsp;g/m&sup2; in the sleeves) keeps you warm even when it gets a little damp.</p>
<ul>
<li>Two zipped hand pockets and one inside chest pocket</li>
<li>Elasticated cuffs and adjustable drawcord hem</li>
<li>Two-way YKK&reg; front zip with chin guard</li>
<li>Regular fit, hip length</li>
</ul>
<p><strong>Size guide</strong> &ndash; garment measurements in cm, measured flat and doubled. Our model is 175&nbsp;cm tall and wears a size S.</p>
<table>
<thead><tr><th>Size</th><th>XS</th><th>S</th><th>M</th><th>L</th><th>XL</th></tr></thead>
<tbody>
<tr><td>Chest</td><td>94</td><td>100</td><td>106</td><td>112</td><td>118</td></tr>
<tr><td>Back length</td><td>64</td><td>66</td><td>68</td><td>70</td><td>72</td></tr>
<tr><td>Sleeve (from shoulder seam)</td><td>77</td><td>79</td><td>81</td><td>83</td><td>85</td></tr>
</tbody>
</table>
<p>Care: machine wash at 30&deg;C on a gentle cycle with all zips closed. No fabric softener. Tumble dry low. Do not iron, do not dry clean.</p>
<p>Made in Vietnam.</p>""",
    variants=[
        dict(o1="Moss", o2="S", sku="FJR-RDG-W-MOS-S", grams=600, qty=14, price="149.00", cmp="189.00", bc=ean13("705123400101"), vimg=1, wu="g"),
        dict(o1="Moss", o2="M", sku="FJR-RDG-W-MOS-M", grams=620, qty=22, price="149.00", cmp="189.00", bc=ean13("705123400102"), vimg=1, wu="g"),
        dict(o1="Moss", o2="L", sku="FJR-RDG-W-MOS-L", grams=650, qty=9, price="149.00", cmp="189.00", bc=ean13("705123400103"), vimg=1, wu="g"),
        dict(o1="Slate", o2="S", sku="FJR-RDG-W-SLT-S", grams=600, qty=11, price="149.00", cmp="189.00", bc=ean13("705123400104"), vimg=2, wu="g"),
        dict(o1="Slate", o2="M", sku="FJR-RDG-W-SLT-M", grams=620, qty=17, price="149.00", cmp="189.00", bc=ean13("705123400105"), vimg=2, wu="g"),
        dict(o1="Slate", o2="L", sku="FJR-RDG-W-SLT-L", grams=650, qty=0, price="149.00", cmp="189.00", bc=ean13("705123400106"), vimg=2, wu="g"),
    ],
    images=[
        ("ridgeline-womens-moss-front", "Ridgeline Insulated Jacket in Moss, front view"),
        ("ridgeline-womens-slate-front", "Ridgeline Insulated Jacket in Slate, front view"),
        ("ridgeline-womens-packed", "Ridgeline jacket packed into its own hand pocket"),
        ("ridgeline-womens-lining", "Inside view showing the quilted lining and chest pocket"),
    ],
    seo_title="Ridgeline Insulated Jacket for Women | Packable & Recycled | Fjellrune",
    seo_desc="Packable women's insulated jacket with a recycled nylon shell and recycled synthetic insulation. 390 g in size M. Water-repellent, PFC-free DWR.",
))

# 2 ------------------------------------------------------ FOOD SUPPLEMENT
P.append(dict(
    handle="magnesium-bisglycinate-b6-sleep-complex",
    title="Evening Complex \u2013 Magnesium Bisglycinate + Vitamin B6",
    vendor="Nordvita",
    category="Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements",
    type="Food Supplement",
    tags="b6, bestseller, evening, magnesium, supplement, vegan",
    opt1="Pack size", opt2="",
    body="""<p>Wind down the easy way. Our <strong>Evening Complex</strong> pairs gentle, highly absorbable <strong>magnesium bisglycinate</strong> with <strong>vitamin B6</strong> in a plant-based capsule &ndash; a simple addition to your evening routine.</p>
<p>Magnesium contributes to the reduction of tiredness and fatigue and to the normal functioning of the nervous system. Vitamin B6 contributes to normal psychological function.</p>
<h4>Per daily dose (2 capsules)</h4>
<table>
<tr><th></th><th>Per 2 capsules</th><th>%NRV*</th></tr>
<tr><td>Magnesium (from 1,070&nbsp;mg magnesium bisglycinate)</td><td>150&nbsp;mg</td><td>40%</td></tr>
<tr><td>Vitamin B6</td><td>1.4&nbsp;mg</td><td>100%</td></tr>
</table>
<p><small>*NRV = Nutrient Reference Value</small></p>
<p><strong>Ingredients:</strong> magnesium bisglycinate, capsule shell (hydroxypropyl methylcellulose), bulking agent (microcrystalline cellulose), vitamin B6 (pyridoxine hydrochloride).</p>
<p>Free from gluten, lactose, soy, gelatine, artificial colours, sweeteners and magnesium stearate. Suitable for vegans.</p>
<p><strong>How to take:</strong> 2 capsules a day with a glass of water, ideally with your evening meal.</p>
<blockquote>&ldquo;I went from 5 hours of broken sleep to a solid 8 within two weeks. Game changer!&rdquo; &ndash; Hannah, verified buyer</blockquote>
<p>Made in Germany in a GMP-certified facility and packed in an amber glass jar made with 30% recycled glass, finished with an FSC&reg;-certified paper label. Net contents: 60 capsules = 46&nbsp;g; 120 capsules = 92&nbsp;g.</p>
<p><strong>Important:</strong> Food supplement. Do not exceed the recommended daily dose. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach of young children. If you are pregnant, breastfeeding, taking medication or under medical supervision, consult your doctor before use. Store in a cool, dry place below 25&nbsp;&deg;C, away from direct sunlight.</p>""",
    variants=[
        dict(o1="60 capsules (30 days)", sku="NV-EVE-060", grams=210, qty=340, price="19.90", cmp="", bc=ean13("426078110060"), vimg=None, wu="g"),
        dict(o1="120 capsules (60 days)", sku="NV-EVE-120", grams=330, qty=212, price="34.90", cmp="39.80", bc=ean13("426078110120"), vimg=None, wu="g"),
        dict(o1="3 \u00d7 120 capsules (180 days)", sku="NV-EVE-120-3PK", grams=1020, qty=48, price="89.90", cmp="119.40", bc=ean13("426078110363"), vimg=None, wu="g"),
    ],
    images=[
        ("nordvita-evening-complex-jar", "Nordvita Evening Complex amber glass jar, 120 capsules"),
        ("nordvita-evening-complex-capsules", "Close-up of the white plant-based capsules"),
        ("nordvita-evening-complex-label", "Supplement facts label on the back of the jar"),
    ],
    seo_title="Magnesium Citrate 400 mg \u2013 120 Tablets for Deep Sleep | Nordvita",
    seo_desc="High-strength magnesium citrate tablets, 400 mg per tablet, clinically proven to improve sleep. Vegan, 4-month supply.",
))

# 3 ------------------------------------------------------------------- TOY
P.append(dict(
    handle="rainbow-arch-stacker-12-pieces",
    title="Rainbow Arch Stacker \u2013 12 Pieces",
    vendor="Pipkin & Moss",
    category="Toys & Games > Toys > Educational Toys",
    type="Wooden Toy",
    tags="3+, gift, open-ended play, rainbow, stacking, wooden toys",
    opt1="Colourway", opt2="",
    body="""<p>Twelve hand-finished arches, endless ways to play. Stack them into a rainbow, line them up as a tunnel for toy cars, flip them into a cradle, a bridge or a wave&hellip; the <strong>Rainbow Arch Stacker</strong> is the open-ended toy that grows with your child.</p>
<p>Every arch is cut from solid <strong>FSC&reg;-certified lime wood</strong>, sanded by hand and coloured with water-based paints before a final coat of plant-oil finish. Because it&rsquo;s real wood, grain and tone vary slightly from set to set &ndash; that&rsquo;s part of the charm. Fully assembled, the rainbow measures <strong>32 &times; 16 &times; 3.5&nbsp;cm</strong> (W &times; H &times; D) and weighs about <strong>1.1&nbsp;kg</strong>; the smallest arch is just 4&nbsp;cm wide.</p>
<p>What&rsquo;s in the box: 12 wooden arches and a cotton drawstring storage bag.</p>
<p>Tested to EN&nbsp;71-1, EN&nbsp;71-2 and EN&nbsp;71-3 (safety of toys) and CE marked. Lovingly made in Poland.</p>
<blockquote>&ldquo;Our 10-month-old has played with it every single day since it arrived!&rdquo; &ndash; Sarah K.</blockquote>
<p>Care: wipe clean with a slightly damp cloth and let it air dry. Do not soak, do not put in the dishwasher.</p>
<p><strong>&#9888; WARNING:</strong> Not suitable for children under 36 months. Small parts. Choking hazard. Adult supervision recommended.</p>""",
    variants=[
        dict(o1="Classic", sku="PM-RAS12-CLA", grams=1450, qty=63, price="64.00", cmp="", bc=ean13("590624501201"), vimg=1, wu="kg"),
        dict(o1="Pastel", sku="PM-RAS12-PAS", grams=1450, qty=41, price="64.00", cmp="", bc=ean13("590624501202"), vimg=2, wu="kg"),
        dict(o1="Earth", sku="PM-RAS12-ETH", grams=1450, qty=18, price="59.00", cmp="64.00", bc=ean13("590624501203"), vimg=3, wu="kg"),
    ],
    images=[
        ("pipkin-rainbow-classic", "Rainbow Arch Stacker in Classic colours, stacked"),
        ("pipkin-rainbow-pastel", "Rainbow Arch Stacker in Pastel colours, stacked"),
        ("pipkin-rainbow-earth", "Rainbow Arch Stacker in Earth tones, stacked"),
        ("pipkin-rainbow-playscene", "Classic rainbow stacker with wooden peg dolls and felt balls in a play scene"),
    ],
    seo_title="Wooden Rainbow Arch Stacker, 12 Pieces | Pipkin & Moss",
    seo_desc="Hand-finished 12-piece wooden rainbow stacker made from FSC-certified lime wood in Poland. Open-ended play for ages 3+.",
))

# 4 ---------------------------------------------------------- HOME TEXTILES
P.append(dict(
    handle="all-season-down-duvet",
    title="All-Season Down Duvet",
    vendor="Linn\u00e9a Sleep",
    category="Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters",
    type="Duvet",
    tags="bedroom, down, duvet, medium warmth, RDS",
    opt1="Size", opt2="",
    body="""<p>Sink into cloud-soft warmth all year round. Our <strong>All-Season Down Duvet</strong> is filled with <strong>90% white duck down and 10% small feathers</strong> and finished in a crisp, breathable <strong>100% cotton percale</strong> shell, so you sleep cosy in January without overheating in May.</p>
<p>The down filling is certified to the <strong>Responsible Down Standard (RDS)</strong>: the birds were not live-plucked or force-fed, and the down is traced from farm to filling. The cotton shell fabric is certified to OEKO-TEX&reg; STANDARD 100, i.e. tested for harmful substances.</p>
<p>Box (cassette) stitching with 5&nbsp;cm inner walls keeps the down evenly spread &ndash; no cold spots, no clumps at the foot end.</p>
<p>
Fill: 90% white duck down, 10% feathers<br>
Fill power: 650 cuin<br>
Warmth: medium, TOG 9<br>
Shell: 100% cotton percale, 233 thread count, down-proof<br>
Down origin: Poland<br>
Filled and sewn in: Lithuania
</p>
<table>
<thead><tr><th>Size</th><th>Dimensions</th><th>Fill weight</th></tr></thead>
<tbody>
<tr><td>Single</td><td>135 &times; 200&nbsp;cm</td><td>500&nbsp;g</td></tr>
<tr><td>Double</td><td>155 &times; 220&nbsp;cm</td><td>650&nbsp;g</td></tr>
<tr><td>Queen</td><td>200 &times; 200&nbsp;cm</td><td>750&nbsp;g</td></tr>
<tr><td>King</td><td>240 &times; 220&nbsp;cm</td><td>1,000&nbsp;g</td></tr>
</tbody>
</table>
<p>Delivered vacuum-packed in a reusable cotton storage bag &ndash; give it 24&ndash;48 hours to fully loft after unpacking.</p>
<p>Care: machine washable at 60&nbsp;&deg;C in a large-capacity machine (9&nbsp;kg or more) with a down-specific detergent. Tumble dry on low with 2&ndash;3 dryer balls until completely dry (this can take 2&ndash;3 cycles). Air regularly.</p>
<p>Contains non-textile parts of animal origin. Not suitable for people with a feather or down allergy.</p>""",
    variants=[
        dict(o1="Single 135 \u00d7 200 cm", sku="LS-ASD-135200", grams=1750, qty=38, price="159.00", cmp="", bc=ean13("477120330135"), vimg=None, wu="kg"),
        dict(o1="Double 155 \u00d7 220 cm", sku="LS-ASD-155220", grams=2050, qty=27, price="189.00", cmp="", bc=ean13("477120330155"), vimg=None, wu="kg"),
        dict(o1="Queen 200 \u00d7 200 cm", sku="LS-ASD-200200", grams=2300, qty=19, price="219.00", cmp="259.00", bc=ean13("477120330200"), vimg=None, wu="kg"),
        dict(o1="King 240 \u00d7 220 cm", sku="LS-ASD-240220", grams=2900, qty=8, price="269.00", cmp="", bc=ean13("477120330240"), vimg=None, wu="kg"),
    ],
    images=[
        ("linnea-all-season-duvet-bed", "All-Season Down Duvet dressed in a sage linen duvet cover with two matching pillows on an oak bed"),
        ("linnea-all-season-duvet-detail", "Close-up of the white cotton percale shell and box stitching"),
        ("linnea-all-season-duvet-bag", "Duvet folded in its cotton storage bag"),
    ],
    seo_title="All-Season Down Duvet, RDS Down, TOG 9 | Linn\u00e9a Sleep",
    seo_desc="Medium-warm down duvet with 90% RDS-certified white duck down in a 100% cotton percale shell. Single, Double, Queen and King sizes.",
))

# 5 --------------------------------------------------- ELECTRONICS ACCESSORY
P.append(dict(
    handle="slimcharge-10k-power-bank",
    title="SlimCharge 10K Power Bank \u2013 20W USB-C PD",
    vendor="Voltloom",
    category="Electronics > Electronics Accessories > Power > Power Banks",
    type="Power Bank",
    tags="20W, charging, power bank, travel, usb-c",
    opt1="Colour", opt2="",
    body="""<p><strong>Big power, pocket size.</strong> The SlimCharge 10K packs a <strong>10,000&nbsp;mAh</strong> lithium-polymer battery into a body just 15&nbsp;mm thin, so your phone, earbuds and tablet keep going from the first coffee to the last train home.</p>
<p>The USB-C port supports <strong>20&nbsp;W Power Delivery</strong>, taking a compatible phone from 0 to 50% in around 30 minutes (tested with an iPhone 13). Need to top up two devices? Use the USB-C and USB-A ports at the same time (15&nbsp;W shared in total when both are in use). In real life that means roughly 1.5&ndash;2 full charges of a typical smartphone.</p>
<blockquote>&ldquo;Charged my phone 4 times over a festival weekend and still had juice left!&rdquo; &ndash; Tom R.</blockquote>
<p>
Capacity: 10,000 mAh / 37 Wh (3.7 V)<br>
Rated capacity: 6,000 mAh (5V/3A)<br>
USB-C output (PD): 5V/3A, 9V/2.22A, 12V/1.67A &ndash; 20 W max<br>
USB-A output (QC 3.0): 5V/3A, 9V/2A, 12V/1.5A &ndash; 18 W max<br>
Input (USB-C): 5V/3A, 9V/2A &ndash; 18 W max<br>
Recharge time: approx. 3.5 h with an 18 W adapter<br>
Dimensions: 142 &times; 68 &times; 15 mm<br>
Weight: 215 g<br>
Operating temperature: 0&ndash;40&nbsp;&deg;C<br>
Warranty: 24 months
</p>
<p>Certifications: CE, UKCA and RoHS. The battery cells are certified to IEC&nbsp;62133-2, and the battery pack has passed UN&nbsp;38.3 transport testing.</p>
<p><strong>In the box:</strong> SlimCharge 10K, 30&nbsp;cm USB-C to USB-C cable, quick start guide. <strong>Wall adapter not included.</strong></p>
<p><strong>Safety:</strong></p>
<ul>
<li>Do not expose to temperatures above 45&nbsp;&deg;C or to direct sunlight, and never leave it in a hot car.</li>
<li>Do not drop, crush, puncture, open or immerse in water.</li>
<li>Stop using it immediately if it swells, gets very hot, smells or leaks.</li>
<li>Charge on a hard, non-flammable surface, away from children.</li>
<li>Air travel: carry it in your hand luggage only (37&nbsp;Wh, under the 100&nbsp;Wh airline limit). Not allowed in checked baggage.</li>
<li>Do not throw in household waste &ndash; take it to a battery / WEEE collection point.</li>
</ul>
<p>Made in China.</p>""",
    variants=[
        dict(o1="Graphite", sku="VL-SC10K-GRA", grams=380, qty=260, price="34.99", cmp="44.99", bc=ean13("695312870011"), vimg=1, wu="g"),
        dict(o1="Sand", sku="VL-SC10K-SND", grams=380, qty=145, price="34.99", cmp="44.99", bc=ean13("695312870028"), vimg=2, wu="g"),
        dict(o1="Sage", sku="VL-SC10K-SGE", grams=380, qty=97, price="34.99", cmp="", bc=ean13("695312870035"), vimg=3, wu="g"),
    ],
    images=[
        ("voltloom-slimcharge-10k-graphite", "SlimCharge 10K power bank in Graphite"),
        ("voltloom-slimcharge-10k-sand", "SlimCharge 10K power bank in Sand"),
        ("voltloom-slimcharge-10k-sage", "SlimCharge 10K power bank in Sage"),
        ("voltloom-slimcharge-10k-kit", "SlimCharge 10K with 20W wall charger and 1 m braided cable charging a phone"),
        ("voltloom-slimcharge-10k-ports", "USB-C and USB-A ports and LED charge indicator"),
    ],
    seo_title="SlimCharge 5K Mini Power Bank 5000mAh 18W | Voltloom",
    seo_desc="Ultra-compact 5000mAh power bank with 18W fast charging and a built-in wireless charging pad. Wall charger included.",
))

# 6 --------------------------------------------------------------- KITCHEN
P.append(dict(
    handle="round-enamelled-cast-iron-casserole",
    title="Round Enamelled Cast Iron Casserole",
    vendor="Ferro & Salt",
    category="Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Dutch Ovens",
    type="Cookware",
    tags="cast iron, casserole, cookware, dutch oven, induction",
    opt1="Size", opt2="Colour",
    body="""<p>Slow-braised short ribs, crusty no-knead bread, a Sunday stew that bubbles away for hours&hellip; this is the pot that does it all. Designed in our Copenhagen studio, the <strong>Round Casserole</strong> is heavy <strong>enamelled cast iron</strong> that spreads heat evenly and holds it for ages, from stovetop to oven to table.</p>
<p>The interior is a <strong>matte black enamel</strong> that is great for searing and builds up a natural patina over time &ndash; no PTFE or other non-stick coating, so it is PFAS-free. The interior enamel is tested to the German LFGB food-contact requirements. Outside, a glossy enamel in two colours.</p>
<p>Works on <strong>all hobs including induction</strong>, and is oven safe up to <strong>250&nbsp;&deg;C</strong>, lid and stainless steel knob included.</p>
<table>
<thead><tr><th></th><th>24 cm</th><th>28 cm</th></tr></thead>
<tbody>
<tr><td>Capacity</td><td>4.2 L</td><td>6.7 L</td></tr>
<tr><td>Weight (with lid)</td><td>4.6 kg</td><td>6.1 kg</td></tr>
<tr><td>Width incl. handles</td><td>31 cm</td><td>36 cm</td></tr>
<tr><td>Height with lid</td><td>17 cm</td><td>19 cm</td></tr>
<tr><td>Country of origin</td><td colspan="2">China</td></tr>
</tbody>
</table>
<p>In the box: casserole with lid.</p>
<p><strong>Care:</strong> Hand wash only &ndash; not dishwasher safe. Let the pot cool before washing, avoid metal scourers and dry thoroughly. The handles and knob get hot: always use oven gloves.</p>
<p>10-year warranty against manufacturing defects (chips caused by impact or dropping are not covered).</p>""",
    variants=[
        dict(o1="24 cm / 4.2 L", o2="Cherry", sku="FS-CAS-24-CHR", grams=5600, qty=34, price="139.00", cmp="169.00", bc=ean13("571045902401"), vimg=1, wu="kg"),
        dict(o1="24 cm / 4.2 L", o2="Sea Salt", sku="FS-CAS-24-SEA", grams=5600, qty=21, price="139.00", cmp="169.00", bc=ean13("571045902402"), vimg=2, wu="kg"),
        dict(o1="28 cm / 6.7 L", o2="Cherry", sku="FS-CAS-28-CHR", grams=7300, qty=16, price="179.00", cmp="", bc=ean13("571045902801"), vimg=1, wu="kg"),
        dict(o1="28 cm / 6.7 L", o2="Sea Salt", sku="FS-CAS-28-SEA", grams=7300, qty=12, price="179.00", cmp="", bc=ean13("571045902802"), vimg=2, wu="kg"),
    ],
    images=[
        ("ferro-salt-casserole-cherry", "Round casserole in Cherry with lid"),
        ("ferro-salt-casserole-seasalt", "Round casserole in Sea Salt with lid"),
        ("ferro-salt-casserole-table", "Cherry casserole on an oak trivet with linen oven mitts on a dining table"),
        ("ferro-salt-casserole-interior", "Matte black enamel interior of the casserole"),
    ],
    seo_title="Round Enamelled Cast Iron Casserole 24 cm & 28 cm | Ferro & Salt",
    seo_desc="Dishwasher-safe enamelled cast iron casserole, oven safe to 300\u00b0C. Made in Denmark. Lid and trivet included.",
))

# 7 ------------------------------------------------------ BEAUTY / SKINCARE
P.append(dict(
    handle="barrier-serum-niacinamide-zinc",
    title="Barrier Serum \u2013 10% Niacinamide + 1% Zinc PCA",
    vendor="Solenne Skin",
    category="Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Serums",
    type="Serum",
    tags="fragrance-free, niacinamide, serum, skincare, vegan",
    opt1="Size", opt2="",
    body="""<p>Calm, clear, comfortable skin starts with a strong barrier. Our <strong>Barrier Serum</strong> combines <strong>10% niacinamide</strong> with <strong>1% zinc PCA</strong>, panthenol and hyaluronic acid in a featherlight water-gel that sinks in within seconds and layers happily under moisturiser and SPF.</p>
<p>Niacinamide helps visibly even out skin tone and refine the look of pores, while zinc PCA helps balance the appearance of shine. It suits all skin types, including oily and combination skin; if your skin is on the sensitive side, start with every other evening.</p>
<p>We formulate <strong>without fragrance, essential oils, drying alcohol, parabens or silicones</strong>. Vegan and never tested on animals. Dermatologically tested.</p>
<p>How to use: smooth 2&ndash;3 drops over clean skin morning and/or evening, before your moisturiser. In the morning, always finish with sunscreen.</p>
<blockquote>&ldquo;My redness was down by about 70% after one week &ndash; I&rsquo;m obsessed!&rdquo; &ndash; Priya, verified buyer</blockquote>
<p><strong>Ingredients (INCI):</strong> Aqua, Niacinamide, Propanediol, Glycerin, Zinc PCA, Panthenol, Pentylene Glycol, Sodium Hyaluronate, Allantoin, Xanthan Gum, Sodium Phytate, Phenoxyethanol, Ethylhexylglycerin, Citric Acid.</p>
<p>Comes in an amber glass bottle with a pipette, packed in a carton made from FSC&reg;-certified paperboard. Made in Italy. Use within 6 months of opening.</p>
<p><strong>Precautions:</strong> For external use only. Avoid contact with the eyes; if contact occurs, rinse thoroughly with water. Patch test before first use and discontinue use if irritation occurs. Keep out of reach of children.</p>""",
    variants=[
        dict(o1="30 ml", sku="SOL-BAR-30", grams=140, qty=410, price="24.00", cmp="", bc=ean13("803450120030"), vimg=1, wu="g"),
        dict(o1="50 ml", sku="SOL-BAR-50", grams=190, qty=236, price="34.00", cmp="", bc=ean13("803450120050"), vimg=2, wu="g"),
        dict(o1="Duo 2 \u00d7 30 ml", sku="SOL-BAR-30-DUO", grams=290, qty=88, price="44.00", cmp="48.00", bc=ean13("803450120230"), vimg=3, wu="g"),
    ],
    images=[
        ("solenne-barrier-serum-30ml", "Barrier Serum 30 ml amber glass bottle with pipette"),
        ("solenne-barrier-serum-50ml", "Barrier Serum 50 ml bottle next to its carton"),
        ("solenne-barrier-serum-duo", "Two 30 ml bottles of Barrier Serum"),
        ("solenne-barrier-serum-texture", "Clear water-gel texture on a fingertip"),
    ],
    seo_title="Barrier Serum 10% Niacinamide + 1% Zinc PCA | Solenne Skin",
    seo_desc="",
))

# 8 ------------------------------------------------------------------ BAGS
P.append(dict(
    handle="commuter-backpack-full-grain-leather",
    title="Commuter Backpack 15.6\u2033 \u2013 Full-Grain Leather",
    vendor="Atlas & Wren",
    category="Luggage & Bags > Backpacks",
    type="Backpack",
    tags="backpack, commuter, laptop bag, leather, work",
    opt1="Colour", opt2="",
    body="""<p>From Monday&rsquo;s commute to a weekend city break, the <strong>Commuter Backpack</strong> is built to age beautifully. The body is cut from <strong>full-grain cowhide leather</strong> that darkens and softens into a rich patina the more you use it.</p>
<p>Unzip it and you&rsquo;ll find a <strong>100% recycled polyester lining</strong> (made from post-consumer PET bottles), a padded sleeve for laptops up to 15.6&Prime; (max. 36 &times; 25 &times; 2.5&nbsp;cm), an internal zip pocket and two slip pockets for your charger and cables. Outside there&rsquo;s a front zip pocket, two side pockets for a bottle or umbrella, and a trolley sleeve on the back that slides over your suitcase handle.</p>
<p>Our leather comes from a <strong>Leather Working Group (LWG) Gold-rated tannery</strong> &ndash; LWG audits tanneries on their environmental performance, such as water, energy and chemical management.</p>
<p>
Dimensions: 42 &times; 30 &times; 13 cm (H &times; W &times; D)<br>
Capacity: 17 L<br>
Weight: 1.35 kg<br>
Outer: full-grain cowhide leather (chrome-tanned)<br>
Lining: 100% recycled polyester<br>
Hardware: antique brass-finish zinc alloy, YKK&reg; zips<br>
Straps: padded, adjustable, 5 cm wide<br>
Made in: India
</p>
<p>Care: leather shrugs off a light drizzle but it isn&rsquo;t waterproof. Wipe with a dry cloth, treat with a leather conditioner every 6 months and keep away from direct heat. Do not machine wash.</p>""",
    variants=[
        dict(o1="Cognac", sku="AW-CMB-COG", grams=1900, qty=23, price="229.00", cmp="279.00", bc=ean13("890123645101"), vimg=1, wu="kg"),
        dict(o1="Black", sku="AW-CMB-BLK", grams=1900, qty=31, price="229.00", cmp="279.00", bc=ean13("890123645102"), vimg=2, wu="kg"),
        dict(o1="Dark Olive", sku="AW-CMB-OLV", grams=1900, qty=6, price="199.00", cmp="279.00", bc=ean13("890123645103"), vimg=3, wu="kg"),
    ],
    images=[
        ("atlas-wren-commuter-cognac", "Commuter Backpack in Cognac with detachable leather key fob"),
        ("atlas-wren-commuter-black", "Commuter Backpack in Black, front view"),
        ("atlas-wren-commuter-olive", "Commuter Backpack in Dark Olive, front view"),
        ("atlas-wren-commuter-inside", "Open backpack showing the padded laptop sleeve and recycled lining"),
        ("atlas-wren-commuter-back", "Back panel with padded straps and trolley sleeve"),
    ],
    seo_title="Full-Grain Leather Commuter Backpack 15.6\" | Atlas & Wren",
    seo_desc="Full-grain leather laptop backpack with recycled polyester lining, padded 15.6\" sleeve and trolley sleeve. 17 L, 1.35 kg.",
))

# 9 -------------------------------------------------------- SPORTS / OUTDOOR
P.append(dict(
    handle="tarn-2-ultralight-backpacking-tent",
    title="Tarn 2 Ultralight Backpacking Tent \u2013 2 Person",
    vendor="Tarnfield Outdoor",
    category="Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents",
    type="Tent",
    tags="2 person, 3-season, backpacking, hiking, tent, ultralight",
    opt1="Colour", opt2="",
    body="""<p>Go further, carry less. The <strong>Tarn 2</strong> is a 3-season, semi-freestanding two-person tent with <strong>two doors and two vestibules</strong>, so nobody has to climb over anybody at 3 a.m.</p>
<p>At a minimum trail weight of <strong>1.28&nbsp;kg</strong> it disappears into your pack, yet the hubbed DAC aluminium pole set pitches a roomy, near-vertical inner with 105&nbsp;cm of headroom. Fly and floor seams are factory taped, and the fly can be pitched first so the inner stays dry when you set up in the rain.</p>
<table>
<tbody>
<tr><td>Capacity</td><td>2 persons</td></tr>
<tr><td>Seasons</td><td>3-season</td></tr>
<tr><td>Minimum trail weight</td><td>1.28 kg (inner tent, fly and poles)</td></tr>
<tr><td>Packed weight</td><td>1.52 kg (everything in the box)</td></tr>
<tr><td>Floor</td><td>215 &times; 130 cm, tapering to 110 cm at the foot</td></tr>
<tr><td>Peak height</td><td>105 cm</td></tr>
<tr><td>Vestibules</td><td>2 &times; 0.7 m&sup2;</td></tr>
<tr><td>Packed size</td><td>46 &times; 15 cm</td></tr>
<tr><td>Flysheet</td><td>15D silicone/PU-coated nylon ripstop, 3,000 mm hydrostatic head</td></tr>
<tr><td>Floor fabric</td><td>20D PU-coated nylon ripstop, 5,000 mm hydrostatic head</td></tr>
<tr><td>Inner</td><td>breathable nylon with no-see-um mesh</td></tr>
<tr><td>Poles</td><td>DAC aluminium, 8.7 mm</td></tr>
<tr><td>Country of origin</td><td>Vietnam</td></tr>
</tbody>
</table>
<p>In the box: inner tent, flysheet, pole set, 10 aluminium Y-pegs, 4 guylines, stuff sack, pole bag, peg bag and a repair kit (pole splint and 2 fabric patches). The footprint is sold separately.</p>
<blockquote>&ldquo;Stayed bone dry through 40&nbsp;mm of rain and 60&nbsp;km/h gusts on the Kungsleden!&rdquo; &ndash; Erik, verified buyer</blockquote>
<p><strong>Warning:</strong> Keep all flame and heat sources away from this tent; the fabrics are not flame-retardant. Never cook or use a stove, candle or heater inside the tent or vestibule &ndash; risk of fire and carbon monoxide poisoning.</p>""",
    variants=[
        dict(o1="Olive", sku="TF-TARN2-OLV", grams=2100, qty=44, price="389.00", cmp="429.00", bc=ean13("735004912201"), vimg=1, wu="kg"),
        dict(o1="Sand", sku="TF-TARN2-SND", grams=2100, qty=29, price="389.00", cmp="429.00", bc=ean13("735004912202"), vimg=2, wu="kg"),
    ],
    images=[
        ("tarnfield-tarn2-olive-pitched", "Tarn 2 tent in Olive pitched on its groundsheet footprint by a mountain lake"),
        ("tarnfield-tarn2-sand-pitched", "Tarn 2 tent in Sand pitched with both doors open"),
        ("tarnfield-tarn2-inner", "Inner tent with mesh walls and two sleeping mats"),
        ("tarnfield-tarn2-packed", "Tarn 2 packed in its stuff sack next to a 1 L water bottle"),
    ],
    seo_title="Tarn 2 Ultralight 2-Person Backpacking Tent | Tarnfield Outdoor",
    seo_desc="3-season, two-door ultralight backpacking tent. 1.28 kg minimum trail weight, 3,000 mm fly, 5,000 mm floor. Footprint sold separately.",
))

# ---------------------------------------------------------------------------
# Answer key content (per product)
# ---------------------------------------------------------------------------
KEY = {
"ridgeline-insulated-jacket-womens": dict(cat="Apparel", facts="""
- Women's insulated jacket; **product weight 390 g in size M**.
- **Shell: 100% recycled nylon**, 20D ripstop, **PFC-free DWR** finish; **water-repellent, NOT waterproof**.
- **Lining: 100% polyester taffeta** (NOT stated as recycled).
- **Insulation: 100% recycled polyester** synthetic fill, 80 g/m² body, 60 g/m² sleeves.
- **bluesign® APPROVED applies to the shell fabric only.**
- Packs into its own left hand pocket. 2 zipped hand pockets + 1 inside chest pocket; elasticated cuffs; drawcord hem; two-way YKK front zip with chin guard; regular fit, hip length.
- Size chart (garment, flat × 2, cm): chest XS 94 / S 100 / M 106 / L 112 / XL 118; back length 64/66/68/70/72; sleeve 77/79/81/83/85. Model 175 cm wears S.
- **Sold only in S, M, L** (colours Moss, Slate). Slate L has 0 inventory.
- Care: 30 °C gentle, zips closed, no softener, tumble dry low, no iron, no dry clean.
- **Made in Vietnam.** Price 149.00, compare-at 189.00 (all variants).""",
traps="""
- Lining vs shell: a wrong listing says "100% recycled" for the whole jacket or "recycled lining", or calls the lining nylon / the shell polyester.
- Certificate on a part: wrong = "bluesign-certified jacket" / "bluesign-certified materials" (only the shell fabric is bluesign APPROVED).
- Shipping weight: Variant Grams 600/620/650 g are parcel weights; wrong = "weighs 620 g". True: 390 g (size M).
- Size chart shows XS and XL, but only S/M/L are sold; wrong = offering XS or XL.
- "Waterproof" is wrong (water-repellent only). "Down jacket" is wrong (synthetic fill).""",
notices="Fibre composition per component (shell / lining / insulation) and care instructions. Country of origin Vietnam."),

"magnesium-bisglycinate-b6-sleep-complex": dict(cat="Food supplement", facts="""
- **Capsules (vegan HPMC shell), not tablets.** Form: **magnesium bisglycinate**, not citrate.
- **Daily dose 2 capsules = 150 mg magnesium (40% NRV)** from 1,070 mg magnesium bisglycinate + **vitamin B6 1.4 mg (100% NRV)**.
- Ingredients: magnesium bisglycinate, capsule shell (hydroxypropyl methylcellulose), bulking agent (microcrystalline cellulose), vitamin B6 (pyridoxine hydrochloride).
- Free from: gluten, lactose, soy, gelatine, artificial colours, sweeteners, magnesium stearate. Suitable for vegans.
- Permitted claims in body: magnesium → reduction of tiredness and fatigue, normal functioning of the nervous system; B6 → normal psychological function. **No sleep claim is made in the body.**
- Packs: 60 caps (30 days) 19.90; 120 caps (60 days) 34.90 (compare 39.80); 3 × 120 caps (180 days) 89.90 (compare 119.40). Net contents 60 caps = 46 g, 120 caps = 92 g.
- **Made in Germany** in a GMP-certified facility. Amber glass jar with 30% recycled glass; **FSC® applies to the paper label only**.""",
traps="""
- Stale SEO title/description: says "Magnesium Citrate 400 mg", "120 Tablets", "clinically proven to improve sleep", "4-month supply". All wrong vs body (bisglycinate, 150 mg per 2 capsules, capsules, no clinical/sleep claim, 120 caps = 60 days).
- Customer quote "5 hours → 8 hours of sleep" is a testimonial, not a result; a listing must not promise better/longer sleep (handle contains "sleep" — also not a claim). Medical/sleep/cure claims are a fail.
- Certificates on parts: wrong = "FSC-certified product/jar" (label only), "GMP-certified supplement" implying product quality certification (the facility is GMP certified).
- Wrong dose: "150 mg per capsule" (it is per 2 capsules), "400 mg".
- Shipping weight (210/330/1020 g) is not net content.
- "Free from" list must not be extended (e.g. "allergen-free", "sugar-free" is not stated; "sweeteners" is).""",
notices="""Must carry the food-supplement statements: "Food supplement"; do not exceed the recommended daily dose (2 capsules); not a substitute for a varied and balanced diet and a healthy lifestyle; keep out of reach of young children; consult a doctor if pregnant, breastfeeding, on medication or under medical supervision; storage (cool, dry, below 25 °C, away from sunlight)."""),

"rainbow-arch-stacker-12-pieces": dict(cat="Toy", facts="""
- 12-piece wooden rainbow stacker; **solid FSC®-certified lime wood**, water-based paints, plant-oil finish.
- **Assembled 32 × 16 × 3.5 cm (W × H × D), about 1.1 kg**; smallest arch 4 cm wide.
- **In the box: 12 arches + cotton drawstring storage bag. Nothing else.**
- **Tested to EN 71-1, EN 71-2, EN 71-3; CE marked.**
- **Age: 3+ (not suitable for children under 36 months).**
- **Made in Poland.** Care: wipe with damp cloth, air dry; no soaking, no dishwasher.
- Colourways: Classic 64.00, Pastel 64.00, Earth 59.00 (compare 64.00).""",
traps="""
- Accessory in alt text: image 4 shows "wooden peg dolls and felt balls" — NOT included. Wrong = "comes with peg dolls / felt balls / play figures".
- Customer quote "Our 10-month-old…" — wrong = "suitable for babies", "from 10 months", "12m+". True age: 3+.
- Shipping weight 1,450 g ≠ product weight (~1.1 kg).
- Wrong = "unpainted / natural wood only" (it is painted); "non-toxic certified" beyond EN 71 tests; "handmade in Scandinavia" etc.""",
notices="""Toy warning must appear: "Not suitable for children under 36 months. Small parts. Choking hazard." (plus adult supervision recommended). CE marking / EN 71 may be mentioned."""),

"all-season-down-duvet": dict(cat="Home textiles", facts="""
- **Filling: 90% white duck down, 10% feathers**; fill power 650 cuin; **TOG 9 (medium)**.
- **Shell: 100% cotton percale, 233 thread count**, down-proof; box (cassette) stitching with 5 cm inner walls.
- **RDS certifies the down filling** (no live-plucking / force-feeding, traceability). **OEKO-TEX® STANDARD 100 certifies the cotton shell fabric.**
- Sizes (W × L) and fill weight: Single 135 × 200 cm 500 g (159.00); Double 155 × 220 cm 650 g (189.00); Queen 200 × 200 cm 750 g (219.00, compare 259.00); King 240 × 220 cm 1,000 g (269.00).
- **Down origin Poland; filled and sewn in Lithuania.**
- Delivered vacuum-packed in a reusable cotton storage bag; allow 24–48 h to loft. **Box contents: duvet + storage bag only.**
- Care: machine wash 60 °C in ≥ 9 kg machine, down detergent; tumble dry low with dryer balls, 2–3 cycles; air regularly.""",
traps="""
- Certificate on a part: wrong = "RDS-certified duvet/cotton" or "OEKO-TEX certified down/duvet" in a way that moves the certificate; RDS = filling, OEKO-TEX = shell fabric.
- Accessory in alt text: image 1 shows a sage linen duvet cover and two pillows — NOT included. Wrong = "bedding set", "with cover", "pillows included".
- Shipping weight: Variant Grams 1,750–2,900 g are parcel weights; wrong = "Single weighs 1.75 kg". Only fill weights are stated.
- Wrong = "100% down", "goose down", "made in Poland" (only the down comes from Poland), "hypoallergenic".
- Fill weight is not total duvet weight.""",
notices="""EU textile labelling: "Contains non-textile parts of animal origin." Fibre composition of filling and shell. Allergy note (not for people allergic to feathers/down) is in the body and should be kept."""),

"slimcharge-10k-power-bank": dict(cat="Electronics accessory", facts="""
- **10,000 mAh / 37 Wh (3.7 V)**; rated capacity 6,000 mAh at 5V/3A; ~1.5–2 full charges of a typical smartphone.
- **USB-C PD output 20 W max** (5V/3A, 9V/2.22A, 12V/1.67A); **USB-A QC 3.0 18 W max**; both ports together **15 W shared total**.
- Input USB-C 18 W max; recharge ~3.5 h with an 18 W adapter.
- 0–50% in ~30 min on a compatible phone (tested with iPhone 13).
- **142 × 68 × 15 mm, 215 g.** Operating temperature 0–40 °C. Warranty 24 months.
- Certifications: **CE, UKCA, RoHS** (product). **IEC 62133-2 applies to the battery cells; UN 38.3 is a transport test passed by the battery pack.**
- **In the box: power bank, 30 cm USB-C to USB-C cable, quick start guide. Wall adapter NOT included.**
- **No wireless charging.** Colours Graphite, Sand (34.99, compare 44.99), Sage (34.99). **Made in China.**""",
traps="""
- Stale SEO: "SlimCharge 5K", "5000mAh", "18W", "built-in wireless charging pad", "Wall charger included" — all wrong.
- Accessory in alt text: image 4 shows a 20 W wall charger and 1 m braided cable — NOT included (included cable is 30 cm USB-C to C, not braided/1 m).
- Customer quote "charged my phone 4 times" is not a spec; true ≈ 1.5–2 charges.
- Shipping weight 380 g ≠ product weight 215 g.
- Certificate on a part: wrong = "IEC 62133 certified power bank" or "UN 38.3 certified safety"; the first is the cells, the second a transport test.
- Wrong = "20 W on both ports at once" (15 W shared), "fast charge input 20 W" (input 18 W).""",
notices="""Battery / electrical safety: no heat above 45 °C, sunlight or hot cars; do not drop, crush, puncture, open or immerse; stop using if swollen/hot/smelling/leaking; charge on a non-flammable surface away from children; air travel in hand luggage only (37 Wh < 100 Wh), not in checked baggage; WEEE/battery disposal, not household waste. Capacity in Wh."""),

"round-enamelled-cast-iron-casserole": dict(cat="Kitchen", facts="""
- Round **enamelled cast iron** casserole with lid and **stainless steel knob**.
- **24 cm: 4.2 L, 4.6 kg with lid, 31 cm wide incl. handles, 17 cm high with lid. 28 cm: 6.7 L, 6.1 kg, 36 cm, 19 cm.**
- **Interior matte black enamel**, no PTFE/non-stick coating, **PFAS-free**; interior enamel tested to German LFGB food-contact requirements. Glossy exterior enamel: Cherry, Sea Salt.
- **All hobs including induction; oven safe to 250 °C** (lid and knob included).
- **Hand wash only — NOT dishwasher safe.** Handles and knob get hot.
- **Designed in Copenhagen; country of origin China.**
- **In the box: casserole with lid only.**
- 10-year warranty against manufacturing defects; impact chips not covered.
- Prices: 24 cm 139.00 (compare 169.00); 28 cm 179.00.""",
traps="""
- Stale SEO description: "Dishwasher-safe", "oven safe to 300 °C", "Made in Denmark", "Lid and trivet included" — all wrong (hand wash only; 250 °C; made in China; no trivet).
- Accessory in alt text: image 3 shows an oak trivet and linen oven mitts — NOT included.
- Shipping weight 5,600 / 7,300 g ≠ product weight 4.6 / 6.1 kg.
- "Designed in Copenhagen" must not become "Danish-made / made in Denmark".
- Wrong = "non-stick coating" (it is enamel, no coating), "lifetime warranty".""",
notices="Hot-surface caution (handles and knob get hot, use oven gloves) should be kept. Country of origin China."),

"barrier-serum-niacinamide-zinc": dict(cat="Beauty / skincare", facts="""
- **10% niacinamide + 1% zinc PCA**, with panthenol and hyaluronic acid (sodium hyaluronate); water-gel.
- Full INCI: Aqua, Niacinamide, Propanediol, Glycerin, Zinc PCA, Panthenol, Pentylene Glycol, Sodium Hyaluronate, Allantoin, Xanthan Gum, Sodium Phytate, **Phenoxyethanol**, Ethylhexylglycerin, Citric Acid.
- **Free from: fragrance, essential oils, drying alcohol, parabens, silicones.** Vegan, not tested on animals, **dermatologically tested** (not "hypoallergenic").
- Cosmetic claims only: visibly evens tone, refines look of pores, balances appearance of shine.
- Use 2–3 drops morning and/or evening before moisturiser; sunscreen in the morning.
- Sizes: 30 ml 24.00; 50 ml 34.00; Duo 2 × 30 ml 44.00 (compare 48.00).
- Amber glass bottle with pipette; **FSC® applies to the carton paperboard only.** **Made in Italy.** **PAO 6 months.**""",
traps="""
- Free-from list: wrong = "preservative-free" (contains phenoxyethanol), "alcohol-free" in the absolute sense is risky (body says no *drying* alcohol), "hypoallergenic", "suitable for all allergies".
- Customer quote "redness down 70% in one week" is a testimonial; wrong = any "reduces redness by 70%" or clinical claim; medical claims (treats acne/rosacea) are a fail.
- Certificate on a part: wrong = "FSC-certified serum/bottle"; only the carton.
- Shipping weights 140/190/290 g are not contents; net contents are 30 ml / 50 ml / 2 × 30 ml.
- Wrong = "organic", "COSMOS", "made in France".""",
notices="""Cosmetic precautions: for external use only; avoid contact with eyes, rinse if contact occurs; patch test before first use; discontinue if irritation; keep out of reach of children. Full INCI list, net content, PAO 6 months, origin Italy."""),

"commuter-backpack-full-grain-leather": dict(cat="Bags", facts="""
- **Outer: full-grain cowhide leather, chrome-tanned. Lining: 100% recycled polyester** (post-consumer PET).
- **42 × 30 × 13 cm (H × W × D), 17 L, 1.35 kg.**
- **Laptop sleeve for up to 15.6″ (max 36 × 25 × 2.5 cm).** Internal zip pocket + 2 slip pockets; front zip pocket; 2 side pockets; trolley sleeve.
- Hardware antique brass-finish zinc alloy; YKK® zips; padded adjustable 5 cm straps.
- **LWG Gold rating applies to the tannery** (environmental audit), not to the bag.
- Leather resists light drizzle but is **not waterproof**; condition every 6 months; no machine wash.
- **Made in India.** Colours: Cognac 229.00, Black 229.00 (compare 279.00), Dark Olive 199.00 (compare 279.00).""",
traps="""
- Lining vs shell: wrong = "made from recycled materials", "recycled leather", "vegan leather"; only the lining is recycled polyester.
- Certificate on a part: wrong = "LWG-certified backpack", "eco-certified bag"; LWG Gold rates the tannery.
- Accessory in alt text: image 1 shows a detachable leather key fob — NOT included and not mentioned in the body.
- Shipping weight 1,900 g ≠ product weight 1.35 kg.
- Wrong = "vegetable-tanned" (it is chrome-tanned), "waterproof", "fits 16″/17″ laptops".""",
notices="Material composition (outer / lining). Leather care. Country of origin India."),

"tarn-2-ultralight-backpacking-tent": dict(cat="Sports / outdoor", facts="""
- 3-season, semi-freestanding, 2-person; **2 doors, 2 vestibules (0.7 m² each)**.
- **Minimum trail weight 1.28 kg** (inner, fly, poles); **packed weight 1.52 kg** (everything in the box).
- **Floor 215 × 130 cm tapering to 110 cm; peak height 105 cm; packed size 46 × 15 cm.**
- **Fly 15D silicone/PU-coated nylon ripstop, 3,000 mm HH; floor 20D PU nylon, 5,000 mm HH**; inner breathable nylon + no-see-um mesh; DAC aluminium 8.7 mm hubbed poles; seams taped; fly-first pitch possible.
- **In the box: inner, fly, poles, 10 aluminium Y-pegs, 4 guylines, stuff sack, pole bag, peg bag, repair kit (pole splint + 2 patches). Footprint NOT included (sold separately).**
- **Country of origin Vietnam.** Colours Olive, Sand; 389.00 (compare 429.00).""",
traps="""
- Accessory in alt text: image 1 shows the tent "on its groundsheet footprint" — footprint NOT included.
- Customer quote "40 mm of rain and 60 km/h gusts" — not a spec; no wind rating is given. Wrong = "rated for 60 km/h winds", "4-season".
- Weights: trail weight 1.28 kg vs packed 1.52 kg — must not be swapped or merged; Variant Grams 2,100 g is the parcel, not tent weight. Wrong = "only 1.28 kg all-in".
- Wrong = "freestanding" (it is semi-freestanding), "fire-retardant" (fabrics are NOT flame-retardant).""",
notices="""Fire / CO warning: keep flame and heat sources away; fabrics not flame-retardant; never cook or use a stove, candle or heater inside the tent or vestibule (fire and carbon monoxide risk)."""),
}


# ---------------------------------------------------------------------------
# Build CSV rows exactly as Shopify exports them
# ---------------------------------------------------------------------------
def build_rows():
    rows = []
    version = 1712301000
    for p in P:
        n = max(len(p["variants"]), len(p["images"]))
        img_urls = []
        for i, (name, _alt) in enumerate(p["images"]):
            img_urls.append(img(name, version + i * 37))
        version += 1009
        for i in range(n):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = p["handle"]
            if i == 0:
                r["Title"] = p["title"]
                r["Body (HTML)"] = p["body"]
                r["Vendor"] = p["vendor"]
                r["Product Category"] = p["category"]
                r["Type"] = p["type"]
                r["Tags"] = p["tags"]
                r["Published"] = "TRUE"
                r["Option1 Name"] = p["opt1"]
                r["Option2 Name"] = p["opt2"]
                r["SEO Title"] = p["seo_title"]
                r["SEO Description"] = p["seo_desc"]
                r["Status"] = "active"
            if i < len(p["variants"]):
                v = p["variants"][i]
                r["Option1 Value"] = v["o1"]
                r["Option2 Value"] = v.get("o2", "")
                r["Variant SKU"] = v["sku"]
                r["Variant Grams"] = str(v["grams"])
                r["Variant Inventory Qty"] = str(v["qty"])
                r["Variant Price"] = v["price"]
                r["Variant Compare At Price"] = v["cmp"]
                r["Variant Requires Shipping"] = "TRUE"
                r["Variant Taxable"] = "TRUE"
                r["Variant Barcode"] = v["bc"]
                r["Variant Image"] = img_urls[v["vimg"] - 1] if v["vimg"] else ""
                r["Variant Weight Unit"] = v["wu"]
            if i < len(p["images"]):
                r["Image Src"] = img_urls[i]
                r["Image Position"] = str(i + 1)
                r["Image Alt Text"] = p["images"][i][1]
            rows.append([r[h] for h in HEADER])
    return rows


def count(rows):
    idx = {h: i for i, h in enumerate(HEADER)}
    products = sum(1 for r in rows if r[idx["Title"]])
    variants = sum(1 for r in rows if r[idx["Variant SKU"]])
    images = sum(1 for r in rows if r[idx["Image Src"]])
    image_only = sum(1 for r in rows if r[idx["Image Src"]] and not r[idx["Variant SKU"]])
    variant_only = sum(1 for r in rows if r[idx["Variant SKU"]] and not r[idx["Image Src"]])
    return dict(rows=len(rows), products=products, variants=variants, images=images,
                image_only=image_only, variant_only=variant_only)


def write_csv(rows):
    with open(CSV_PATH, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)


def reparse():
    with open(CSV_PATH, newline="", encoding="utf-8") as f:
        data = list(csv.reader(f))
    assert data[0] == HEADER, "header mismatch"
    for i, r in enumerate(data[1:], 2):
        assert len(r) == len(HEADER), "row %d has %d cols" % (i, len(r))
    return data[1:]


def write_key(c):
    out = io.StringIO()
    out.write("# KEY \u2014 copy hold-out catalog 12 (sealed; for native-language reviewers)\n\n")
    out.write("**Counts (from parsing products.csv with Python's csv module):** "
              "%d products; %d variant rows; %d image rows; %d data rows in total "
              "(%d rows carry both a variant and an image, %d image-only rows, %d variant-only rows); "
              "%d columns per row.\n\n"
              % (c["products"], c["variants"], c["images"], c["rows"],
                 c["variants"] - c["variant_only"], c["image_only"], c["variant_only"], len(HEADER)))
    out.write("Written by an examiner who read nothing of the project. All brands, products, "
              "SKUs and barcodes are invented. Prices are in the store currency (EUR assumed).\n\n")
    out.write("## General rules for reviewers\n\n")
    out.write("""1. **The Body (HTML) is the source of truth.** SEO Title / SEO Description may be stale and contradict it; where they do, the body wins. Image alt text describes a photo, not the box contents.
2. **Shipping weight is not product weight.** `Variant Grams` is the parcel weight Shopify uses for shipping rates. A listing that states it as the product weight is wrong. Use the weight given in the body (or state none).
3. **Certificates attach to what they certify.** A certificate on the filling, shell fabric, cells, tannery, label or carton must not be moved to the whole product ("RDS-certified duvet cover", "FSC-certified serum", "LWG-certified bag" are errors).
4. **Box contents = what the body says is in the box.** Props in photos (chargers, trivets, pillows, peg dolls, footprints, key fobs) are not included unless the body says so.
5. **Customer quotes are testimonials, not specs.** Figures in them (hours of sleep, % redness, number of phone charges, rain in mm, baby's age) must not become product claims.
6. **"Free from" lists are closed.** Do not extend them (e.g. "paraben-free" does not mean "preservative-free").
7. **Lining ≠ shell.** Material claims must stay with the component they belong to.
8. **Mandatory notices** (supplement, toy, cosmetic, battery/electrical, fire, animal-origin textile) must appear in every full listing, in every market/language, faithfully translated and not softened. Social captions and short-video scripts may omit them but must not contradict them (e.g. a toy caption must not say "perfect for babies").
9. Only variants that exist in the CSV may be offered (sizes/colours/packs). Prices and compare-at prices must match the variant.
10. No health, medical or performance claims beyond the body (no "improves sleep", "treats acne", "waterproof" where the body says water-repellent).

""")
    out.write("## Products\n\n")
    for n, p in enumerate(P, 1):
        k = KEY[p["handle"]]
        out.write("### %d. `%s` \u2014 %s\n\n" % (n, p["handle"], k["cat"]))
        out.write("- Title: %s\n- Vendor: %s\n- Shopify type: %s\n" % (p["title"], p["vendor"], p["type"]))
        opts = p["opt1"] + (" / " + p["opt2"] if p["opt2"] else "")
        out.write("- Variants (%d) \u2014 %s:\n" % (len(p["variants"]), opts))
        for v in p["variants"]:
            val = v["o1"] + (" / " + v["o2"] if v.get("o2") else "")
            out.write("  - %s \u2014 SKU %s, price %s%s, Variant Grams %d (shipping), barcode %s\n"
                      % (val, v["sku"], v["price"],
                         (", compare-at " + v["cmp"]) if v["cmp"] else "",
                         v["grams"], v["bc"]))
        out.write("\n**True facts**\n%s\n\n" % k["facts"].strip("\n"))
        out.write("**Traps (what a wrong listing would say)**\n%s\n\n" % k["traps"].strip("\n"))
        out.write("**Mandatory notices / required information**\n\n%s\n\n" % k["notices"].strip())
    with open(KEY_PATH, "w", encoding="utf-8") as f:
        f.write(out.getvalue())


def main():
    assert len(P) == 9 and len({p["handle"] for p in P}) == 9
    for p in P:
        assert 2 <= len(p["variants"]) <= 6, p["handle"]
        assert p["handle"] in KEY
    rows = build_rows()
    write_csv(rows)
    parsed = reparse()
    c = count(parsed)
    write_key(c)
    print("wrote", CSV_PATH)
    print("wrote", KEY_PATH)
    print("counts:", c)


if __name__ == "__main__":
    main()
