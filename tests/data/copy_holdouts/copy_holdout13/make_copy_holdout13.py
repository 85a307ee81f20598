# ruff: noqa  (examiner-written generator, kept as written: its output is the sealed set byte for byte)
"""Sealed hold-out catalog #13 for the Commerce Studio listing-copy writer.

Written by: an examiner helper session (independent test author).
When: Thu Dec  3 23:21:37 UTC 2026  (output of `date`)
I read nothing of the project (no code, no data, no docs); every product,
brand, SKU, barcode, quote and fact below is invented.
Standard library only. Writes products.csv and KEY.md next to this file.
"""
import csv, io, os
HERE = os.path.dirname(os.path.abspath(__file__))
CDN = "https://cdn.shopify.com/s/files/1/0712/4490/3311/files/"
HEADER = ["Handle","Title","Body (HTML)","Vendor","Product Category","Type","Tags","Published","Option1 Name","Option1 Value","Option2 Name","Option2 Value","Variant SKU","Variant Grams","Variant Inventory Qty","Variant Price","Variant Compare At Price","Variant Requires Shipping","Variant Taxable","Variant Barcode","Image Src","Image Position","Image Alt Text","Variant Image","Variant Weight Unit","SEO Title","SEO Description","Status"]

def ean13(base12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)

SHIP = ('<p><strong>Shipping &amp; returns:</strong> Free EU shipping over &euro;60. '
        'Dispatched within 2 working days. 30-day returns on unused items in original packaging.</p>')

P = []
def add(**k): P.append(k)

add(handle="stride-trail-runner-tr7", title="Kestrel Stride TR7 Trail Running Shoe – Men's & Women's", vendor="Kestrel Athletic",
    cat="Apparel & Accessories > Shoes > Athletic Shoes", type="Running Shoes", tags="running, trail, vegan",
    body=('<p>The <strong>Stride TR7</strong> is built for rocky single-track. The upper is an engineered polyester mesh, the midsole is EVA foam and the outsole is rubber with 4&nbsp;mm lugs. '
          'Only the <strong>outsole</strong> contains 30&nbsp;% recycled rubber; the upper and midsole are virgin material.</p>'
          '<ul><li>Weight: 285&nbsp;g per shoe (EU 42)</li><li>Drop: 6&nbsp;mm (stack 32/26&nbsp;mm)</li><li><strong>Water-resistant</strong> upper &ndash; not waterproof, no membrane</li><li>Made in Vietnam</li></ul>'
          '<p><em>&ldquo;Ran 50&nbsp;km on it in one weekend and my feet stayed dry!&rdquo;</em> &ndash; Jonas, verified buyer</p>'
          '<p><strong>Fit:</strong> runs half a size small; order half a size up. EU 46 available in Black only.</p>'
          '<p><strong>Care:</strong> hand wash with lukewarm water, air dry away from heat. Do not machine wash.</p>' + SHIP),
    seo=("Kestrel TR7 Waterproof Trail Shoe", "Waterproof trail runner, 100% recycled materials."),
    o1="Colour", o2="Size",
    variants=[("Black","EU 42","KST-TR7-BK-42",780,"129.00","149.00"),("Black","EU 44","KST-TR7-BK-44",800,"129.00","149.00"),
              ("Black","EU 46","KST-TR7-BK-46",830,"129.00","149.00"),("Moss","EU 42","KST-TR7-MS-42",780,"129.00",""),("Moss","EU 44","KST-TR7-MS-44",800,"129.00","")],
    images=[("tr7-black.jpg","Kestrel Stride TR7 in black on a rocky trail"),("tr7-moss.jpg","Stride TR7 in moss green with running socks and a water bottle"),("tr7-sole.jpg","TR7 rubber outsole with 4 mm lugs")],
    facts=["Upper: engineered polyester mesh (virgin). Midsole: EVA foam (virgin). Outsole: rubber, 30 % recycled rubber — the ONLY recycled component.",
           "Weight 285 g per single shoe at EU 42. Variant Grams (780–830 g) are boxed shipping weight of the pair — not the shoe weight.",
           "Drop 6 mm, stack 32/26 mm, lugs 4 mm. Water-resistant upper, NOT waterproof, no membrane. Made in Vietnam.",
           "Fit: runs half a size small — advise half a size up. EU 46 only in Black.",
           "Care: hand wash lukewarm, air dry away from heat, no machine wash.",
           "Compare-at 149.00 only on Black variants; Moss has no compare-at (no 'sale' claim for Moss)."],
    traps=["Stale SEO says 'Waterproof' and '100% recycled' — both false; shoe is water-resistant, only the outsole is 30 % recycled.",
           "Customer quote '50 km… feet stayed dry' is anecdote, not a spec (no distance/dry claim).",
           "Alt text shows socks and water bottle — not in the box (box = one pair of shoes).",
           "Shipping grams 780–830 ≠ 285 g per-shoe weight; EU 46 exists only in Black; 'vegan' tag is not verified in body — don't claim certification."])

add(handle="luna-sterling-hoops", title="Luna Sterling Silver Hoop Earrings", vendor="Atelier Maren",
    cat="Apparel & Accessories > Jewelry > Earrings", type="Earrings", tags="silver, hoops, gift",
    body=('<p>Everyday hoops in solid <strong>925 sterling silver</strong>, hallmarked. The gold version is sterling silver with an 18k gold <em>plating</em> (0.5&nbsp;&micro;m) &ndash; it is not solid gold.</p>'
          '<table><tr><th>Size</th><th>Outer diameter</th><th>Weight (pair)</th></tr><tr><td>Small</td><td>15&nbsp;mm</td><td>2.4&nbsp;g</td></tr><tr><td>Large</td><td>25&nbsp;mm</td><td>3.8&nbsp;g</td></tr></table>'
          '<p>Tube thickness 2&nbsp;mm. Hinged click closure. Handmade in Portugal.</p>'
          '<p><strong>Nickel-free:</strong> This product complies with the nickel release limits of EU REACH Annex XVII. It is not hypoallergenic for all skin types.</p>'
          '<p><strong>What&rsquo;s in the box:</strong> one pair of earrings, a cotton pouch, a polishing cloth.</p>'
          '<p><strong>Care:</strong> remove before swimming or showering; store in the pouch; polish the silver version with the cloth only &ndash; do not polish the plated version.</p>' + SHIP),
    seo=("Luna Solid Gold Hoops", "Solid 18k gold hoop earrings, hypoallergenic."),
    o1="Finish", o2="Size",
    variants=[("Silver","Small","AMR-LUNA-S-SM",60,"49.00",""),("Silver","Large","AMR-LUNA-S-LG",70,"59.00",""),("Gold plated","Small","AMR-LUNA-G-SM",60,"59.00","69.00"),("Gold plated","Large","AMR-LUNA-G-LG",70,"69.00","79.00")],
    images=[("luna-silver.jpg","Luna silver hoops worn with a matching pendant necklace"),("luna-gold.jpg","Luna gold plated hoops in gift box")],
    facts=["Base metal 925 sterling silver, hallmarked. Gold variant = sterling silver + 18k gold plating 0.5 µm — NOT solid gold.",
           "Small: 15 mm outer dia, 2.4 g/pair. Large: 25 mm, 3.8 g/pair. Tube 2 mm. Hinged click closure. Handmade in Portugal.",
           "Variant Grams 60/70 g are packed shipping weight, not jewellery weight.",
           "Mandatory notice (exact EN): \"This product complies with the nickel release limits of EU REACH Annex XVII. It is not hypoallergenic for all skin types.\"",
           "Box: one pair earrings, cotton pouch, polishing cloth. Care: remove before swimming/showering; polish only silver version, not plated."],
    traps=["Stale SEO says 'Solid 18k gold' and 'hypoallergenic' — false; plating over silver, body explicitly disclaims hypoallergenic.",
           "Necklace in alt text is a prop — not included, not sold here.",
           "Nickel notice must be rendered faithfully (not upgraded to 'hypoallergenic' / 'for sensitive skin').",
           "Compare-at only on Gold plated variants; grams are shipping weight."])

add(handle="fjell-oak-side-table", title="Fjell Solid Oak Side Table", vendor="Nordvik Furniture",
    cat="Furniture > Tables > End Tables", type="Side Table", tags="oak, furniture, FSC",
    body=('<p>Fjell is a round side table with a top and legs in solid European <strong>oak</strong>, finished with a natural hardwax oil. The shelf is oak-veneered MDF. '
          'The <strong>FSC&reg;-certified</strong> material is the cardboard packaging (FSC Mix); the timber itself is not FSC-certified.</p>'
          '<ul><li>Diameter 45&nbsp;cm, height 52&nbsp;cm</li><li>Net weight 7.2&nbsp;kg</li><li>Max load top 15&nbsp;kg, shelf 5&nbsp;kg</li><li>Made in Poland</li><li>Self-assembly: 3 legs screw in, approx. 10 minutes</li></ul>'
          '<p><strong>What&rsquo;s in the box:</strong> top, shelf, 3 legs, 6 screws, Allen key, instructions.</p>'
          '<p><strong>Care:</strong> wipe with a damp cloth; re-oil once a year. Wood is a natural material: grain and colour vary.</p>' + SHIP),
    seo=("Fjell FSC Oak Side Table 50 cm", "FSC certified solid oak table, 50 cm, fully assembled."),
    o1="Finish", o2="",
    variants=[("Natural oil","","NVF-FJELL-NAT",9800,"189.00",""),("Black stained","","NVF-FJELL-BLK",9800,"199.00","229.00")],
    images=[("fjell-natural.jpg","Fjell oak side table with a ceramic vase and books"),("fjell-black.jpg","Fjell black stained side table next to a sofa")],
    facts=["Top and legs: solid European oak, hardwax oil. Shelf: oak-veneered MDF (not solid oak).",
           "FSC Mix covers ONLY the cardboard packaging; timber is NOT FSC-certified.",
           "Ø 45 cm, H 52 cm; net weight 7.2 kg (Variant Grams 9800 = packed shipping weight). Max load top 15 kg, shelf 5 kg. Made in Poland.",
           "Self-assembly (3 legs, ~10 min). Box: top, shelf, 3 legs, 6 screws, Allen key, instructions.",
           "Care: damp cloth, re-oil yearly; natural variation in grain/colour."],
    traps=["SEO says 'FSC certified solid oak', '50 cm' and 'fully assembled' — all wrong (FSC only packaging, 45 cm, self-assembly).",
           "Shelf is MDF veneer — 'all solid oak' is wrong.",
           "Vase and books in alt text are props.",
           "9.8 kg shipping weight ≠ 7.2 kg net; compare-at only on Black stained."])

add(handle="trailmate-dog-harness", title="TrailMate No-Pull Dog Harness", vendor="Pawsome Gear",
    cat="Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Harnesses", type="Dog Harness", tags="dog, harness, reflective",
    body=('<p>A padded Y-front harness with two leash points: a front clip on the chest that reduces pulling, and a back clip for relaxed walks. '
          'Shell: recycled polyester webbing (GRS-certified &ndash; the <strong>webbing only</strong>); padding: polyester mesh with EVA foam; buckles: POM plastic; D-rings: aluminium.</p>'
          '<table><tr><th>Size</th><th>Chest girth</th><th>Neck girth</th></tr><tr><td>S</td><td>45&ndash;60&nbsp;cm</td><td>30&ndash;40&nbsp;cm</td></tr><tr><td>M</td><td>58&ndash;76&nbsp;cm</td><td>38&ndash;52&nbsp;cm</td></tr><tr><td>L</td><td>72&ndash;96&nbsp;cm</td><td>48&ndash;64&nbsp;cm</td></tr></table>'
          '<p>Reflective strips are visible up to 50&nbsp;m in headlight beams. The harness is not a car safety restraint and has not been crash-tested.</p>'
          '<p><em>&ldquo;My 40&nbsp;kg shepherd stopped pulling on day one.&rdquo;</em> &ndash; Clara</p>'
          '<p><strong>Care:</strong> hand wash at 30&nbsp;&deg;C, air dry. Check buckles regularly; never leave a dog unattended while wearing the harness.</p>' + SHIP),
    seo=("TrailMate Harness – Crash-Tested", "Crash tested no-pull harness for dogs up to 60 kg."),
    o1="Colour", o2="Size",
    variants=[("Orange","S","PWG-TM-OR-S",180,"34.90",""),("Orange","M","PWG-TM-OR-M",210,"36.90",""),("Orange","L","PWG-TM-OR-L",240,"38.90",""),("Navy","M","PWG-TM-NV-M",210,"36.90","42.90"),("Navy","L","PWG-TM-NV-L",240,"38.90","44.90")],
    images=[("trailmate-orange.jpg","Dog wearing orange TrailMate harness with matching leash"),("trailmate-navy.jpg","Navy TrailMate harness front clip")],
    facts=["Webbing: recycled polyester, GRS-certified (webbing only). Padding: polyester mesh + EVA foam. Buckles: POM. D-rings: aluminium.",
           "Sizes by chest/neck girth: S 45–60/30–40, M 58–76/38–52, L 72–96/48–64 cm. Navy has no S.",
           "Reflective visible up to 50 m in headlights. NOT a car restraint, NOT crash-tested.",
           "Mandatory safety notice (exact EN): \"Check buckles regularly; never leave a dog unattended while wearing the harness.\" Care hand wash 30 °C, air dry.",
           "No leash included (box = harness only)."],
    traps=["SEO says 'Crash-Tested' and 'up to 60 kg' — both false/unsupported (no weight limit stated).",
           "Quote '40 kg shepherd stopped pulling day one' is anecdote, not a claim.",
           "Leash in alt text is not included; GRS covers webbing only, not whole harness.",
           "Navy only M and L; compare-at only on Navy."])

add(handle="cloudnest-baby-carrier", title="CloudNest Ergonomic Baby Carrier", vendor="Little Fern",
    cat="Baby & Toddler > Baby Transport > Baby Carriers", type="Baby Carrier", tags="baby, carrier, organic",
    body=('<p>CloudNest carries babies from <strong>3.5 to 15&nbsp;kg</strong> (approx. newborn to 36 months) in front-facing-in and back positions. Outward-facing is <strong>not</strong> supported.</p>'
          '<p>The body panel is 100&nbsp;% organic cotton (GOTS-certified); the waist belt is polyester with polyurethane foam and is not organic. Buckles: nylon.</p>'
          '<ul><li>Carrier weight: 620&nbsp;g</li><li>Tested to EN 13209-2:2015</li><li>Made in Portugal</li></ul>'
          '<p><strong>Important &ndash; keep for future reference:</strong> Ensure that your baby&rsquo;s face is visible and the airway is free at all times.</p>'
          '<p><strong>Care:</strong> machine wash at 30&nbsp;&deg;C in a laundry bag, buckles closed; do not tumble dry.</p>' + SHIP),
    seo=("CloudNest 100% Organic Carrier 4 Positions", "GOTS organic baby carrier, 4 carry positions incl. facing out."),
    o1="Colour", o2="",
    variants=[("Sand","","LFN-CN-SAND",1100,"129.00","149.00"),("Sage","","LFN-CN-SAGE",1100,"129.00",""),("Charcoal","","LFN-CN-CHAR",1100,"134.00","")],
    images=[("cloudnest-sand.jpg","Parent carrying baby in sand CloudNest carrier with a knitted bonnet"),("cloudnest-detail.jpg","Padded waist belt detail")],
    facts=["Range 3.5–15 kg (approx. newborn–36 months). Positions: front facing in, back. Outward-facing NOT supported (2 positions).",
           "Body panel: 100 % organic cotton, GOTS (panel only). Waist belt: polyester + PU foam, not organic. Buckles: nylon.",
           "Carrier 620 g (Variant Grams 1100 = shipping weight). Tested to EN 13209-2:2015. Made in Portugal.",
           "Mandatory notice (exact EN): \"Important – keep for future reference: Ensure that your baby's face is visible and the airway is free at all times.\"",
           "Care: machine wash 30 °C in laundry bag, buckles closed; no tumble dry."],
    traps=["SEO says '100% organic' and '4 positions incl. facing out' — false.",
           "GOTS covers panel only; belt not organic.",
           "Knitted bonnet in alt text is a prop. Grams 1100 ≠ 620 g; compare-at only Sand; Charcoal costs more.",
           "Safety notice must appear verbatim-equivalent in every language."])

add(handle="solara-mineral-sunscreen-spf50", title="Solara Mineral Sunscreen Face SPF 50", vendor="Solara Skin",
    cat="Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen", type="Sunscreen", tags="spf50, mineral, face",
    body=('<p>A lightweight mineral fluid with <strong>zinc oxide</strong> (non-nano) as the only UV filter. SPF 50, UVA protection with the UVA logo. Water-resistant for 40 minutes &ndash; not waterproof.</p>'
          '<p>Free from: fragrance, alcohol, octocrylene. (That is the complete list &ndash; it does contain silicones and preservatives.)</p>'
          '<p><strong>Ingredients (INCI):</strong> Aqua, Zinc Oxide, Caprylic/Capric Triglyceride, Dimethicone, Glycerin, Polyglyceryl-3 Polyricinoleate, Tocopherol, Phenoxyethanol, Ethylhexylglycerin.</p>'
          '<p><strong>Warning:</strong> Do not stay too long in the sun, even while using a sunscreen product. Keep babies and young children out of direct sunlight. Reapply frequently to maintain protection, especially after perspiring, swimming or towelling.</p>'
          '<p><em>&ldquo;Wore it for 8 hours at the beach and never burned.&rdquo;</em> &ndash; Ana</p>'
          '<p>Made in Italy. Period after opening: 12 months.</p>' + SHIP),
    seo=("Solara Waterproof Reef-Safe SPF 50", "Waterproof all-day SPF 50, silicone-free, reef safe."),
    o1="Size", o2="",
    variants=[("50 ml","","SOL-SPF50-50",85,"24.90",""),("100 ml","","SOL-SPF50-100",140,"39.90","44.90")],
    images=[("solara-50.jpg","Solara SPF 50 tube on a beach towel with sunglasses"),("solara-texture.jpg","Fluid texture swatch")],
    facts=["UV filter: zinc oxide (non-nano) only. SPF 50, UVA logo. Water-resistant 40 minutes — NOT waterproof.",
           "Closed free-from list: fragrance, alcohol, octocrylene ONLY. Contains dimethicone (silicone) and preservatives (phenoxyethanol).",
           "INCI: Aqua, Zinc Oxide, Caprylic/Capric Triglyceride, Dimethicone, Glycerin, Polyglyceryl-3 Polyricinoleate, Tocopherol, Phenoxyethanol, Ethylhexylglycerin.",
           "Mandatory warning (exact EN): \"Do not stay too long in the sun, even while using a sunscreen product. Keep babies and young children out of direct sunlight. Reapply frequently to maintain protection, especially after perspiring, swimming or towelling.\"",
           "Made in Italy. PAO 12 months. Sizes 50 ml / 100 ml (grams are shipping weights)."],
    traps=["SEO 'Waterproof', 'all-day', 'silicone-free', 'reef safe' — all false/unsupported.",
           "Free-from list is closed: do not add parabens-free, preservative-free, etc.",
           "Quote '8 hours… never burned' is not a claim; must not suggest no reapplication.",
           "Sunglasses/towel are props; compare-at only on 100 ml."])

add(handle="aquaboil-glass-kettle-gk17", title="Brenner AquaBoil GK-17 1.7 L Glass Kettle with Temperature Control", vendor="Brenner Home",
    cat="Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles", type="Electric Kettle", tags="kettle, glass, tea",
    body=('<p>Brenner AquaBoil GK-17 is a 2200&nbsp;W kettle with a borosilicate glass body, stainless steel (18/8) lid and base, and a BPA-free polypropylene handle. Capacity 1.7&nbsp;L (max fill), minimum 0.5&nbsp;L.</p>'
          '<ul><li>5 temperature presets: 60, 70, 80, 90, 100&nbsp;&deg;C</li><li>Keep-warm up to 30 minutes</li><li>230&nbsp;V ~ 50&nbsp;Hz, EU plug (type F)</li><li>Net weight 1.3&nbsp;kg; cord 75&nbsp;cm</li><li>Boil-dry protection, auto shut-off</li></ul>'
          '<p><strong>Safety:</strong> Do not immerse the kettle, base or cord in water. Only use the kettle with the base supplied. Children must not play with the appliance.</p>'
          '<p><strong>What&rsquo;s in the box:</strong> kettle, power base, limescale filter, manual.</p>'
          '<p>2-year warranty. Made in China.</p>' + SHIP),
    seo=("AquaBoil 2 L Kettle 3000 W", "2 litre glass kettle, 3000 W fast boil, 7 temperatures."),
    o1="Colour", o2="",
    variants=[("Silver","","BRH-GK17-SLV",1900,"69.90","79.90"),("Matte black","","BRH-GK17-BLK",1900,"74.90","")],
    images=[("gk17-silver.jpg","AquaBoil GK-17 with two tea glasses and loose leaf tea"),("gk17-panel.jpg","Temperature control panel on base")],
    facts=["2200 W, 230 V ~ 50 Hz, EU type F plug. Capacity 1.7 L max, 0.5 L min.",
           "Body borosilicate glass; lid and base stainless steel 18/8; handle BPA-free polypropylene.",
           "5 presets (60/70/80/90/100 °C), keep-warm up to 30 min, boil-dry protection, auto shut-off. Net 1.3 kg (grams 1900 = shipping). Cord 75 cm.",
           "Mandatory safety notice (exact EN): \"Do not immerse the kettle, base or cord in water. Only use the kettle with the base supplied. Children must not play with the appliance.\"",
           "Box: kettle, base, limescale filter, manual. 2-year warranty. Made in China. Long title incl. brand + model GK-17 must keep the model number intact."],
    traps=["SEO '2 L', '3000 W', '7 temperatures' — wrong (1.7 L, 2200 W, 5 presets).",
           "Tea glasses and tea in alt text are props.",
           "Model number GK-17 and brand must survive translation/shortening; 'keep warm up to 30 min' is a maximum.",
           "Compare-at only on Silver; grams 1900 ≠ 1.3 kg net."])

add(handle="pulse-anc-earbuds-e3", title="Pulse E3 ANC Wireless Earbuds", vendor="Sonar Audio",
    cat="Electronics > Audio > Audio Components > Headphones & Headsets", type="Wireless Earbuds", tags="earbuds, anc, bluetooth",
    body=('<p>Pulse E3 earbuds give you <strong>up to 7 hours</strong> of playback with ANC off (up to 5&nbsp;hours with ANC on), and the case adds up to 21 more hours &ndash; up to 28 hours in total. Battery life depends on volume and usage.</p>'
          '<ul><li>Bluetooth 5.3, AAC/SBC</li><li>IPX4 splash- and sweat-resistant &ndash; not for swimming or showering</li><li>USB-C charging; wireless charging only on the White version</li><li>Earbud 4.8&nbsp;g each; case 42&nbsp;g</li></ul>'
          '<p><strong>What&rsquo;s in the box:</strong> earbuds, charging case, USB-C cable, ear tips S/M/L. No power adapter.</p>'
          '<p><strong>Safety:</strong> To prevent possible hearing damage, do not listen at high volume levels for long periods. Contains a lithium-ion battery.</p>' + SHIP),
    seo=("Pulse E3 Waterproof Earbuds 40h", "Waterproof ANC earbuds with 40 hours battery and wireless charging."),
    o1="Colour", o2="",
    variants=[("Black","","SNR-E3-BLK",210,"89.00",""),("White","","SNR-E3-WHT",210,"99.00","119.00")],
    images=[("e3-black.jpg","Pulse E3 earbuds with a smartphone and wireless charging pad"),("e3-white.jpg","Pulse E3 white case open")],
    facts=["Battery: up to 7 h (ANC off), up to 5 h (ANC on); case adds up to 21 h; up to 28 h total. All 'up to'.",
           "BT 5.3, AAC/SBC. IPX4 splash/sweat resistant — not waterproof, not for swimming/showering.",
           "USB-C; wireless charging ONLY on White. Earbud 4.8 g each, case 42 g (grams 210 = shipping).",
           "Box: earbuds, case, USB-C cable, tips S/M/L. No power adapter.",
           "Mandatory notice (exact EN): \"To prevent possible hearing damage, do not listen at high volume levels for long periods.\" Contains lithium-ion battery."],
    traps=["SEO 'Waterproof', '40h' — false (IPX4, up to 28 h).",
           "'Up to' must be kept; 7 h is ANC off — not with ANC.",
           "Wireless charging only White; phone and charging pad in alt text are props (no adapter, no pad).",
           "Compare-at only White."])

add(handle="grip-cork-yoga-mat", title="Grip Cork Yoga Mat 4 mm", vendor="Asana Loop",
    cat="Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga Mats", type="Yoga Mat", tags="yoga, cork, mat",
    body=('<p>A natural cork top layer bonded to a <strong>natural rubber</strong> base (TPE on the Travel version). Size 183&nbsp;&times;&nbsp;61&nbsp;cm; thickness 4&nbsp;mm (Travel: 1.5&nbsp;mm).</p>'
          '<p>Standard weighs 2.4&nbsp;kg; Travel weighs 1.1&nbsp;kg. The cork is FSC-certified; the rubber base is not certified.</p>'
          '<p><strong>Allergy notice:</strong> Contains natural rubber latex, which may cause allergic reactions.</p>'
          '<p><em>&ldquo;Not slipping even in 40&nbsp;&deg;C hot yoga!&rdquo;</em> &ndash; Mia</p>'
          '<p><strong>Care:</strong> wipe with water and mild soap, dry flat, keep out of direct sunlight. Carry strap sold separately.</p>' + SHIP),
    seo=("Grip Cork Mat 6 mm Latex-Free", "Latex-free 6 mm cork mat, 100% FSC, with carry strap."),
    o1="Version", o2="",
    variants=[("Standard 4 mm","","ASL-CORK-STD",2900,"79.00","95.00"),("Travel 1.5 mm","","ASL-CORK-TRV",1400,"59.00","")],
    images=[("cork-std.jpg","Cork yoga mat rolled with a carry strap and yoga blocks"),("cork-trv.jpg","Travel cork mat folded")],
    facts=["Top: natural cork (FSC — cork only). Base: natural rubber (Standard); TPE (Travel).",
           "183 × 61 cm. Standard 4 mm, 2.4 kg; Travel 1.5 mm, 1.1 kg (grams 2900/1400 are shipping weights).",
           "Mandatory allergy notice (exact EN): \"Contains natural rubber latex, which may cause allergic reactions.\" (applies to Standard; Travel base is TPE).",
           "Care: water + mild soap, dry flat, no direct sun. Carry strap NOT included."],
    traps=["SEO '6 mm', 'Latex-Free', '100% FSC', 'with carry strap' — all false.",
           "Strap and blocks in alt text are props (strap sold separately).",
           "Quote about 40 °C hot yoga is anecdote, not a spec.",
           "Compare-at only on Standard; Travel is TPE base (latex-free claim only acceptable for Travel if explicitly scoped)."])

add(handle="haze-stoneware-dinner-set", title="Haze Stoneware Dinner Set, 12 pieces", vendor="Terrakotta Studio",
    cat="Home & Garden > Kitchen & Dining > Tableware > Dinnerware", type="Dinnerware Set", tags="stoneware, tableware, handmade",
    body=('<p>Reactive-glazed <strong>stoneware</strong>, fired at 1230&nbsp;&deg;C. The set serves 4: 4 dinner plates (&Oslash;&nbsp;27&nbsp;cm), 4 side plates (&Oslash;&nbsp;21&nbsp;cm), 4 bowls (&Oslash;&nbsp;15&nbsp;cm, 600&nbsp;ml).</p>'
          '<p>Dishwasher safe and microwave safe; <strong>not oven safe</strong> and not for the hob. Lead- and cadmium-free glaze, food-contact tested under EU 1935/2004. Made in Portugal. Set weight 8.6&nbsp;kg.</p>'
          '<p>Each piece is glazed by hand, so colour and speckles vary &ndash; no two sets are identical.</p>'
          '<p><strong>What&rsquo;s in the box:</strong> 12 pieces. Mugs and cutlery shown in photos are not included.</p>' + SHIP),
    seo=("Haze 16-Piece Oven Safe Stoneware", "16 piece oven safe stoneware set with mugs."),
    o1="Colour", o2="",
    variants=[("Mist grey","","TKS-HAZE-GRY",11200,"139.00",""),("Sea blue","","TKS-HAZE-BLU",11200,"139.00","159.00"),("Sand","","TKS-HAZE-SND",11200,"145.00","")],
    images=[("haze-grey.jpg","Haze dinner set laid for four with mugs, linen napkins and cutlery"),("haze-blue.jpg","Sea blue stoneware bowls stacked")],
    facts=["Stoneware, reactive glaze, fired 1230 °C. 12 pieces for 4: 4 dinner plates Ø 27 cm, 4 side plates Ø 21 cm, 4 bowls Ø 15 cm / 600 ml.",
           "Dishwasher + microwave safe; NOT oven safe, not for hob. Lead/cadmium-free glaze, food-contact tested under EU 1935/2004. Made in Portugal.",
           "Set weight 8.6 kg (grams 11200 = packed shipping weight). Hand-glazed: colour varies.",
           "Box: 12 pieces only; mugs, cutlery, napkins are NOT included."],
    traps=["SEO '16-piece', 'oven safe', 'with mugs' — all false.",
           "Mugs/napkins/cutlery in alt text are props.",
           "'Not oven safe' must not be lost or inverted in translation.",
           "Compare-at only Sea blue; Sand costs more; 11.2 kg ≠ 8.6 kg."])

def rows():
    out = []
    for p in P:
        imgs = p["images"]
        n = max(len(p["variants"]), len(imgs))
        for i in range(n):
            r = dict.fromkeys(HEADER, "")
            r["Handle"] = p["handle"]
            if i == 0:
                r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"], "Product Category": p["cat"],
                          "Type": p["type"], "Tags": p["tags"], "Published": "TRUE", "Option1 Name": p["o1"],
                          "Option2 Name": p["o2"], "SEO Title": p["seo"][0], "SEO Description": p["seo"][1], "Status": "active"})
            if i < len(p["variants"]):
                v = p["variants"][i]
                r.update({"Option1 Value": v[0], "Option2 Value": v[1], "Variant SKU": v[2], "Variant Grams": str(v[3]),
                          "Variant Inventory Qty": str(10 + 7 * i), "Variant Price": v[4], "Variant Compare At Price": v[5],
                          "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE", "Variant Barcode": v[6],
                          "Variant Weight Unit": "kg" if v[3] >= 1000 else "g"})
            if i < len(imgs):
                r.update({"Image Src": CDN + imgs[i][0] + "?v=17330000%02d" % i, "Image Position": str(i + 1), "Image Alt Text": imgs[i][1]})
            out.append(r)
    return out

# attach barcodes
for pi, p in enumerate(P):
    p["variants"] = [v + (ean13("4260731%02d%03d" % (pi, vi)),) for vi, v in enumerate(p["variants"])]

R = rows()
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
w.writeheader(); w.writerows(R)
with open(os.path.join(HERE, "products.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())

with open(os.path.join(HERE, "products.csv"), encoding="utf-8", newline="") as f:
    data = list(csv.DictReader(f))
n_prod = len({d["Handle"] for d in data}); n_var = sum(1 for d in data if d["Variant SKU"]); n_img = sum(1 for d in data if d["Image Src"])
L = ["# KEY — copy hold-out 13 (sealed answer key)", "",
     "Generated by make_copy_holdout13.py (Thu Dec  3 23:21:37 UTC 2026). All products invented.", "",
     "## Counts (parsed from products.csv with csv module)",
     f"- products: {n_prod}", f"- variants: {n_var}", f"- image rows: {n_img}", f"- data rows (excluding header): {len(data)}", "",
     "## General rules for reviewers",
     "- Score 1–5 per market: fidelity to TRUE facts below AND native fluency. Any invented/upgraded claim (waterproof, solid gold, organic, crash-tested, oven safe, hypoallergenic) caps the score at 2.",
     "- The SEO Title/SEO Description in the CSV are STALE and contradict the body; the Body (HTML) is authoritative.",
     "- Variant Grams is packed shipping weight, never the product weight.",
     "- Alt-text props are not in the box; customer quotes are anecdotes, not specs.",
     "- Certifications cover only the named component; mandatory notices must be rendered faithfully (full meaning, no softening) in every language.",
     "- 'Up to' figures must keep 'up to'; 'water-resistant' must not become 'waterproof'. Compare-at/sale wording only for variants that have a compare-at price.",
     "- Brand names and model numbers stay untranslated; metric units; prices in EUR.", ""]
for p in P:
    L += [f"## {p['title']}", f"- Handle: `{p['handle']}` — Vendor: {p['vendor']} — Type: {p['type']}", "", "| Options | SKU | Price € | Compare-at € | Grams | Barcode |", "|---|---|---|---|---|---|"]
    for v in p["variants"]:
        L.append(f"| {v[0]}{' / ' + v[1] if v[1] else ''} | {v[2]} | {v[4]} | {v[5] or '—'} | {v[3]} | {v[6]} |")
    L += ["", "**TRUE facts**"] + [f"- {x}" for x in p["facts"]] + ["", "**TRAPS**"] + [f"- {x}" for x in p["traps"]] + [""]
with open(os.path.join(HERE, "KEY.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(L))
print(n_prod, n_var, n_img, len(data))
