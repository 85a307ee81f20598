import csv

HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
          "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU", "Variant Grams",
          "Variant Inventory Qty", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
          "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Variant Image",
          "Variant Weight Unit", "SEO Title", "SEO Description", "Status"]

CDN = "https://cdn.shopify.com/s/files/1/0000/0001/products/"


def ean13(stem12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(stem12))
    return stem12 + str((10 - s % 10) % 10)


def img(name, v):
    return f"{CDN}{name}?v={v}"


PRODUCTS = []

# 1 ---------------------------------------------------------------- kitchen appliance
body1 = """<p>Soups, smoothies, baby food and mayonnaise in seconds &ndash; without hunting for a socket. The <strong>Vela Cordless Hand Blender</strong> runs on a rechargeable battery, so you can blend right in the pot on the hob or out on the balcony.</p>
<p>A brushless motor with <strong>150 W rated power</strong> drives a four-wing stainless-steel blade. Five speeds plus a Turbo button cover everything from gentle stirring to crushing frozen berries.</p>
<h3>Specifications</h3>
<ul>
<li>Rated power: 150 W (brushless DC motor)</li>
<li>Battery: 7.4 V Li-ion, 2,000 mAh &ndash; up to 20 minutes of blending per charge</li>
<li>Charging: USB-C, approx. 2 hours for a full charge; LED ring shows the charge level</li>
<li>Speeds: 5 + Turbo</li>
<li>Blending shaft: 20 cm, stainless steel 304, detachable (twist-lock)</li>
<li>Blending beaker: 700 ml, Tritan&trade; copolyester, BPA-free, with storage lid</li>
<li>Motor unit weight: 620 g</li>
<li>Safety lock: press the lock button and the start button together; the blender switches itself off after 3 minutes without use</li>
</ul>
<h3>What's in the box</h3>
<p><em>Blender only:</em> motor unit, blending shaft, 700 ml beaker with lid, USB-C to USB-C cable (1 m), quick-start guide.<br>
<em>Blender + Chopper Kit:</em> everything above plus a 500 ml chopper bowl (SAN plastic, stainless-steel blade) and a stainless-steel balloon whisk.</p>
<p><strong>Please note:</strong> a USB wall adapter is not included. Use any USB-C adapter rated 5 V &#9107; 2 A (10 W) or higher &ndash; the 10 W charging input is not the motor power.</p>
<h3>Care</h3>
<p>Blending shaft, whisk, beaker and chopper bowl are dishwasher safe (top rack). Never immerse the motor unit in water &ndash; wipe it with a damp cloth.</p>
<p><strong>Safety:</strong> the blades are very sharp &ndash; handle with care when emptying and cleaning. Do not pour liquids hotter than 80 &deg;C into the beaker or chopper bowl; for hot soups, blend directly in the pan with the pan off the heat. Not for crushing ice cubes in the chopper bowl. Not a toy &ndash; keep away from children.</p>
<p>2-year warranty. Ships within 1&ndash;2 business days. Shipping weight: 1.4 kg (Blender only) / 2.1 kg (with Chopper Kit).</p>"""
v1 = []
colours1 = [("Charcoal", "CHR"), ("Oat", "OAT"), ("Sage", "SGE")]
imgs1 = [("vela-hand-blender-charcoal.jpg", "Vela Cordless Hand Blender in Charcoal"),
         ("vela-hand-blender-oat.jpg", "Vela Cordless Hand Blender in Oat"),
         ("vela-hand-blender-sage.jpg", "Vela Cordless Hand Blender in Sage"),
         ("vela-chopper-kit.jpg", "Chopper bowl and whisk attachments of the Vela Chopper Kit"),
         ("vela-blending-in-pot.jpg", "Blending soup directly in a pot with the cordless blender")]
n = 0
for ci, (c, code) in enumerate(colours1):
    for kit, kcode, grams, price, cmp_ in [("Blender only", "B", 1400, "79.00", "89.00"),
                                             ("Blender + Chopper Kit", "K", 2100, "99.00", "119.00")]:
        n += 1
        v1.append(dict(o1=c, o2=kit, sku=f"VELA-{code}-{kcode}", grams=grams, qty=[34, 12, 21, 8, 0, 5][n - 1],
                       price=price, cmp=cmp_, barcode=ean13(f"506012340{10+n:02d}0"),
                       vimg=img(imgs1[ci][0], 1712001001), unit="kg"))
PRODUCTS.append(dict(
    handle="vela-cordless-hand-blender", title="Vela Cordless Hand Blender", body=body1, vendor="Kestrel Kitchen",
    category="Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders",
    type="Hand Blender", tags="blender, cordless, kitchen, rechargeable, smoothie, soup",
    o1n="Colour", o2n="Set", variants=v1, images=[(img(a, 1712001001), b) for a, b in imgs1],
    seo_title="Vela 600W Hand Blender with Charger | Kestrel Kitchen",
    seo_desc="Powerful 600W stick blender with stainless-steel beaker and fast charger included. Free shipping.",
))

# 2 ---------------------------------------------------------------- garment
body2 = """<p>Our warmest layer for cold mornings on the trail and slow Sundays at home. The <strong>Ridgeline Half-Zip Fleece</strong> is cut from a dense, brushed <strong>300 g/m&sup2; fleece made of 100% recycled polyester</strong> spun from post-consumer plastic bottles. The fabric is certified to the Global Recycled Standard (GRS).</p>
<p>Relaxed fit, a stand-up collar with chin guard, two zipped hand pockets and a kangaroo-style chest pocket with snap closure. Elasticated binding at cuffs and hem keeps the wind out.</p>
<ul>
<li>Shell: 100% recycled polyester fleece, 300 g/m&sup2; (GRS certified)</li>
<li>Zip: YKK&reg; metal zip, pullers in recycled aluminium</li>
<li>Hangtag printed on FSC&reg;-certified paper; shipped in a recycled LDPE mailer</li>
<li>Weight: approx. 420 g (size M)</li>
<li>Unisex, relaxed fit &ndash; if you are between sizes, take the smaller one</li>
</ul>
<h3>Size guide (garment measurements in cm)</h3>
<table>
<tr><th>Size</th><th>Chest width (pit to pit)</th><th>Back length</th><th>Sleeve length</th></tr>
<tr><td>S</td><td>54</td><td>66</td><td>60</td></tr>
<tr><td>M</td><td>57</td><td>68</td><td>62</td></tr>
<tr><td>L</td><td>60</td><td>70</td><td>64</td></tr>
<tr><td>XL</td><td>63</td><td>72</td><td>66</td></tr>
</table>
<p>Our model is 183 cm tall and wears size M.</p>
<h3>Care</h3>
<p>Machine wash at 30 &deg;C, inside out, with similar colours. Do not tumble dry. Do not iron. Do not dry clean. To reduce microfibre shedding we recommend washing in a microfibre-catching wash bag (not included).</p>
<p>Free returns within 30 days. Parcel weight approx. 600 g.</p>"""
v2 = []
sizes2 = ["S", "M", "L", "XL"]
imgs2 = [("ridgeline-fleece-moss-front.jpg", "Ridgeline Half-Zip Fleece in Moss, front"),
         ("ridgeline-fleece-navy-front.jpg", "Ridgeline Half-Zip Fleece in Navy, front"),
         ("ridgeline-fleece-moss-back.jpg", "Ridgeline Half-Zip Fleece in Moss, back"),
         ("ridgeline-fleece-detail-pocket.jpg", "Zipped hand pocket and snap chest pocket detail")]
n = 0
for ci, (c, code) in enumerate([("Moss", "MOS"), ("Navy", "NVY")]):
    for s in sizes2:
        n += 1
        v2.append(dict(o1=c, o2=s, sku=f"RL-HZ-{code}-{s}", grams=600, qty=[6, 14, 11, 3, 9, 17, 15, 4][n - 1],
                       price="89.00", cmp="", barcode=ean13(f"0791234560{n:02d}"),
                       vimg=img(imgs2[ci][0], 1712002002), unit="g"))
PRODUCTS.append(dict(
    handle="ridgeline-half-zip-fleece", title="Ridgeline Half-Zip Fleece", body=body2, vendor="Northfold",
    category="Apparel & Accessories > Clothing > Activewear > Activewear Sweatshirts & Hoodies",
    type="Fleece", tags="fleece, half-zip, recycled, outdoor, unisex, layering",
    o1n="Color", o2n="Size", variants=v2, images=[(img(a, 1712002002), b) for a, b in imgs2],
    seo_title="Organic Cotton Half-Zip Fleece | Northfold",
    seo_desc="Soft organic cotton fleece with a slim fit. Tumble-dry friendly. Shop the Ridgeline now.",
))

# 3 ---------------------------------------------------------------- cosmetic
body3 = """<p>A lightweight morning serum that helps even out skin tone and leaves skin looking brighter. <strong>Clear Day Vitamin C Serum</strong> combines <strong>15% ethyl ascorbic acid</strong> &ndash; a stable form of vitamin C &ndash; with 1% vitamin E (tocopherol) and 0.5% ferulic acid.</p>
<p>Water-light texture, absorbs in under a minute, fragrance-free. Suitable for normal, combination and oily skin.</p>
<p><strong>How to use:</strong> apply 3&ndash;4 drops to clean, dry skin every morning before moisturiser. Always follow with a broad-spectrum sunscreen during the day. One 30 ml bottle lasts approx. 2 months with daily use.</p>
<p><strong>Key facts</strong><br>
Vitamin C: 15% ethyl ascorbic acid<br>
pH: 4.5&ndash;5.0<br>
Vegan formula; brand approved under the Leaping Bunny programme (cruelty-free)<br>
Contains organic aloe vera leaf juice (the serum itself is not certified organic)<br>
Made in France</p>
<p><strong>Packaging:</strong> UV-protective amber glass bottle with a latex-free pipette. The outer carton is FSC&reg;-certified and printed with plant-based inks.</p>
<p><strong>Ingredients (INCI):</strong> Aqua, Aloe Barbadensis Leaf Juice*, 3-O-Ethyl Ascorbic Acid, Propanediol, Glycerin, Sodium Hyaluronate, Tocopherol, Ferulic Acid, Xanthan Gum, Sodium Phytate, Citric Acid, Sodium Benzoate, Potassium Sorbate. *from organic farming</p>
<p><strong>Caution:</strong> for external use only. Avoid contact with eyes; if contact occurs, rinse thoroughly with water. A slight tingling is normal. Perform a patch test before first use; discontinue if irritation occurs. Keep out of reach of children. Store below 25 &deg;C away from direct sunlight. Use within 3 months of opening.</p>
<p>Sizes: 15 ml, 30 ml, or the Duo (2 &times; 30 ml). Shipping weight 120 g / 180 g / 340 g.</p>"""
imgs3 = [("clear-day-serum-30ml.jpg", "Clear Day Vitamin C Serum 30 ml amber glass bottle"),
         ("clear-day-serum-15ml.jpg", "Clear Day Vitamin C Serum 15 ml bottle"),
         ("clear-day-serum-duo.jpg", "Clear Day Vitamin C Serum Duo, two 30 ml bottles"),
         ("clear-day-serum-texture.jpg", "Drop of serum showing its water-light texture")]
v3 = [
    dict(o1="15 ml", o2="", sku="CD-VC15-15", grams=120, qty=48, price="24.00", cmp="", barcode=ean13("376012345001"),
         vimg=img(imgs3[1][0], 1712003003), unit="g"),
    dict(o1="30 ml", o2="", sku="CD-VC15-30", grams=180, qty=73, price="39.00", cmp="", barcode=ean13("376012345002"),
         vimg=img(imgs3[0][0], 1712003003), unit="g"),
    dict(o1="Duo 2 x 30 ml", o2="", sku="CD-VC15-DUO", grams=340, qty=19, price="68.00", cmp="78.00",
         barcode=ean13("376012345003"), vimg=img(imgs3[2][0], 1712003003), unit="g"),
]
PRODUCTS.append(dict(
    handle="clear-day-vitamin-c-serum", title="Clear Day Vitamin C Serum 15%", body=body3, vendor="Lumen Skin",
    category="Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Serums",
    type="Serum", tags="vitamin c, serum, brightening, vegan, cruelty-free, skincare",
    o1n="Size", o2n="", variants=v3, images=[(img(a, 1712003003), b) for a, b in imgs3],
    seo_title="20% Vitamin C Serum - Certified Organic | Lumen Skin",
    seo_desc="Certified organic 20% vitamin C serum for all skin types incl. sensitive. Use morning and night.",
))

# 4 ---------------------------------------------------------------- kids
body4 = """<p>The first bike that makes pedals unnecessary. On the <strong>Pip Birch Balance Bike</strong> little riders learn to steer and balance by walking, gliding and finally lifting their feet &ndash; most children move straight on to a pedal bike without stabilisers.</p>
<ul>
<li>Recommended age: 2&ndash;5 years (child height approx. 85&ndash;110 cm)</li>
<li>Frame: birch plywood, sanded and finished with water-based, child-safe lacquer</li>
<li>Seat height adjustable from 30 to 40 cm</li>
<li>12-inch wheels with puncture-proof EVA foam tyres and nylon rims</li>
<li>Steering limiter to prevent over-turning of the handlebar</li>
<li>Saddle: padded, covered in PU faux leather</li>
<li>Maximum rider weight: 30 kg</li>
<li>Bike weight: 3.4 kg</li>
</ul>
<table>
<tr><th>Dimension</th><th>Value</th></tr>
<tr><td>Overall length</td><td>860 mm</td></tr>
<tr><td>Handlebar height</td><td>520&ndash;540 mm</td></tr>
<tr><td>Seat height</td><td>300&ndash;400 mm</td></tr>
<tr><td>Wheel diameter</td><td>12" (305 mm)</td></tr>
</table>
<p><strong>In the box:</strong> bike frame with wheels pre-mounted, handlebar, seat post with saddle, Allen key, assembly instructions. The helmet shown in the pictures is not included.</p>
<p>Tested to EN 71-1, EN 71-2 and EN 71-3 (toy safety). CE marked. Our shipping carton is made of FSC&reg;-certified corrugated board.</p>
<p><strong>Warning. Protective equipment should be worn. Not to be used in traffic.</strong> Assembly by an adult required. Adult supervision required. Check that all bolts are tight before each ride.</p>
<p>Ships as one parcel, shipping weight 5.2 kg.</p>"""
imgs4 = [("pip-balance-bike-natural.jpg", "Pip Birch Balance Bike in Natural"),
         ("pip-balance-bike-cherry.jpg", "Pip Birch Balance Bike in Cherry Red"),
         ("pip-balance-bike-sky.jpg", "Pip Birch Balance Bike in Sky Blue"),
         ("pip-balance-bike-rider.jpg", "Toddler wearing a helmet riding the balance bike in a park"),
         ("pip-balance-bike-seat.jpg", "Adjustable seat post with quick-release clamp")]
v4 = []
for i, (c, code) in enumerate([("Natural", "NAT"), ("Cherry Red", "RED"), ("Sky Blue", "BLU")]):
    v4.append(dict(o1=c, o2="", sku=f"PIP-BB12-{code}", grams=5200, qty=[22, 9, 0][i], price="119.00",
                   cmp="" if i == 0 else "129.00", barcode=ean13(f"57012345670{i+1}"),
                   vimg=img(imgs4[i][0], 1712004004), unit="kg"))
PRODUCTS.append(dict(
    handle="pip-birch-balance-bike", title="Pip Birch Balance Bike", body=body4, vendor="Little Ridge",
    category="Toys & Games > Toys > Riding Toys > Balance Bikes",
    type="Balance Bike", tags="balance bike, wooden toy, toddler, outdoor, kids, birch",
    o1n="Colour", o2n="", variants=v4, images=[(img(a, 1712004004), b) for a, b in imgs4],
    seo_title="Pip Wooden Balance Bike for 18 Months+ | Helmet Included",
    seo_desc="FSC certified wooden balance bike for toddlers from 18 months, with free helmet. Seat 30-40 mm.",
))

# 5 ---------------------------------------------------------------- pet
body5 = """<p>Walks that feel like teamwork again. The <strong>Trailmate No-Pull Harness</strong> has two leash points: clip to the <strong>front chest ring</strong> to gently turn a pulling dog back towards you, or to the <strong>back V-ring</strong> for relaxed everyday walks.</p>
<p>Five adjustment points for a snug fit, a padded chest plate and a grab handle on the back for tricky moments at the kerb. Reflective trim for visibility at dusk.</p>
<ul>
<li>Outer: ripstop made of recycled polyester; lining: breathable air mesh</li>
<li>Buckles: Duraflex&reg; acetal side-release buckles</li>
<li>Leash rings: anodised aluminium (back V-ring), stainless-steel D-ring (front)</li>
<li>Quick-drying and water-resistant &ndash; not waterproof</li>
<li>Weight: approx. 180 g (size M)</li>
</ul>
<h3>Size guide &ndash; measure the widest part of the chest, just behind the front legs</h3>
<table>
<tr><th>Size</th><th>Chest girth</th><th>Neck girth</th><th>Strap width</th><th>Example breeds</th></tr>
<tr><td>S</td><td>41&ndash;56 cm</td><td>33&ndash;43 cm</td><td>15 mm</td><td>Jack Russell, Dachshund</td></tr>
<tr><td>M</td><td>53&ndash;71 cm</td><td>41&ndash;56 cm</td><td>20 mm</td><td>Beagle, Cocker Spaniel</td></tr>
<tr><td>L</td><td>66&ndash;86 cm</td><td>51&ndash;71 cm</td><td>25 mm</td><td>Labrador, Border Collie</td></tr>
<tr><td>XL</td><td>81&ndash;107 cm</td><td>64&ndash;86 cm</td><td>25 mm</td><td>German Shepherd, Bernese</td></tr>
</table>
<p>The leash shown in the photos is sold separately.</p>
<p><strong>Important:</strong> this harness is not a car safety restraint and has not been crash-tested. Do not use it for tying out your dog, and do not leave your dog unattended while wearing it. Check the fit and buckles before every walk.</p>
<p><strong>Care:</strong> hand wash in cold water with mild soap, air dry. Do not tumble dry.</p>
<p>Ships in a recycled paper mailer, parcel weight approx. 300 g.</p>"""
imgs5 = [("trailmate-harness-ember.jpg", "Trailmate No-Pull Harness in Ember orange"),
         ("trailmate-harness-slate.jpg", "Trailmate No-Pull Harness in Slate grey"),
         ("trailmate-harness-on-dog.jpg", "Border collie wearing the harness with a leash on the front ring"),
         ("trailmate-harness-buckles.jpg", "Close-up of the buckles and back V-ring")]
v5 = []
n = 0
for ci, (c, code) in enumerate([("Ember", "EMB"), ("Slate", "SLT")]):
    for s in ["S", "M", "L", "XL"]:
        n += 1
        v5.append(dict(o1=s, o2=c, sku=f"TM-NPH-{code}-{s}", grams=300, qty=[12, 25, 18, 7, 10, 21, 16, 2][n - 1],
                       price="45.00" if s in ("S", "M") else "49.00", cmp="",
                       barcode=ean13(f"0840123450{n:02d}"), vimg=img(imgs5[ci][0], 1712005005), unit="g"))
PRODUCTS.append(dict(
    handle="trailmate-no-pull-dog-harness", title="Trailmate No-Pull Dog Harness", body=body5, vendor="Pawfield",
    category="Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Apparel",
    type="Dog Harness", tags="dog harness, no-pull, reflective, recycled, walking",
    o1n="Size", o2n="Color", variants=v5, images=[(img(a, 1712005005), b) for a, b in imgs5],
    seo_title="Waterproof Padded No-Pull Dog Harness with Leash",
    seo_desc="Crash-tested waterproof dog harness, leash included. Fits all breeds. Free shipping over $50.",
))

# 6 ---------------------------------------------------------------- supplement
body6 = """<p>Sunshine in a bottle for the darker months. <strong>Hollow Oak Vitamin D3 + K2 Drops</strong> combine plant-based vitamin D3 from lichen with vitamin K2 as MK-7, dissolved in MCT oil from coconut for easy absorption.</p>
<p><strong>One drop provides:</strong></p>
<table>
<tr><th></th><th>Per drop (daily dose)</th><th>% NRV*</th></tr>
<tr><td>Vitamin D3 (cholecalciferol)</td><td>25 &micro;g (1,000 IU)</td><td>500%</td></tr>
<tr><td>Vitamin K2 (menaquinone-7)</td><td>25 &micro;g</td><td>33%</td></tr>
</table>
<p>*NRV = nutrient reference value</p>
<p><strong>Recommended use:</strong> 1 drop daily, directly on the tongue or on a spoon, ideally with a meal. Suitable for adults and children from 12 years.</p>
<p>Vitamin D contributes to the maintenance of normal bones and to the normal function of the immune system. Vitamin K contributes to the maintenance of normal bones.</p>
<ul>
<li>10 ml bottle = approx. 340 drops (approx. 11 months' supply)</li>
<li>30 ml family bottle = approx. 1,020 drops (e.g. 3 people for approx. 11 months)</li>
<li>Vegan, gluten-free, lactose-free, no added sugar</li>
<li>Made in Germany</li>
</ul>
<p><strong>Ingredients:</strong> medium-chain triglycerides (MCT oil from coconut), cholecalciferol (from lichen), menaquinone-7, antioxidant: tocopherol-rich extract.</p>
<p><strong>Packaging:</strong> amber glass bottle with child-resistant cap and dropper insert; carton made of FSC&reg;-certified board.</p>
<p><strong>Food supplement.</strong> Do not exceed the recommended daily dose. Food supplements should not be used as a substitute for a varied and balanced diet and a healthy lifestyle. Keep out of the reach of young children. If you take anticoagulant medication (e.g. warfarin), are pregnant or breastfeeding, consult your doctor before use. Store in a cool, dry place; after opening use within 12 months.</p>"""
imgs6 = [("hollow-oak-d3k2-10ml.jpg", "Vitamin D3 + K2 Drops 10 ml bottle with carton"),
         ("hollow-oak-d3k2-30ml.jpg", "Vitamin D3 + K2 Drops 30 ml bottle"),
         ("hollow-oak-d3k2-drop.jpg", "Single drop on a spoon")]
v6 = [
    dict(o1="10 ml", o2="", sku="HO-D3K2-10", grams=60, qty=140, price="19.90", cmp="", barcode=ean13("426012345601"),
         vimg=img(imgs6[0][0], 1712006006), unit="g"),
    dict(o1="30 ml", o2="", sku="HO-D3K2-30", grams=110, qty=66, price="44.90", cmp="", barcode=ean13("426012345602"),
         vimg=img(imgs6[1][0], 1712006006), unit="g"),
]
PRODUCTS.append(dict(
    handle="vitamin-d3-k2-drops", title="Vitamin D3 + K2 Drops", body=body6, vendor="Hollow Oak Nutrition",
    category="Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements",
    type="Food Supplement", tags="vitamin d, vitamin k2, drops, vegan, supplement, winter",
    o1n="Size", o2n="", variants=v6, images=[(img(a, 1712006006), b) for a, b in imgs6],
    seo_title="Vitamin D3 2000 IU + K2 Drops for Kids & Babies | Hollow Oak",
    seo_desc="High-dose 2000 IU vitamin D3 drops for babies, kids and adults. Boosts immunity and prevents colds.",
))

# 7 ---------------------------------------------------------------- electronic gadget
body7 = """<p>Perfect doneness without lifting the lid. The <strong>EmberProbe</strong> is a truly wireless meat thermometer: no cables, no clips &ndash; just push the probe into the meat and follow the cook on your phone.</p>
<h3>How it works</h3>
<p>The probe measures the internal temperature of the meat and the ambient temperature in the oven, grill or smoker at the same time. The free EmberProbe app (iOS 14+ / Android 9+) shows both readings, estimates the time remaining and alerts you when your target is reached.</p>
<h3>Technical data</h3>
<ul>
<li>Probe: food-grade stainless steel 316, ceramic handle</li>
<li>Probe length: 130 mm, diameter 6 mm</li>
<li>Internal temperature sensor: 0&ndash;105 &deg;C, accuracy &plusmn;0.5 &deg;C</li>
<li>Ambient sensor (handle): up to 300 &deg;C</li>
<li>Connection: Bluetooth 5.2 &ndash; up to 50 m in open air, approx. 10&ndash;15 m through walls or a closed grill</li>
<li>Probe battery: rechargeable, up to 24 hours per charge; full charge in the dock in approx. 2 hours</li>
<li>Probe water resistance: IP67</li>
<li>Charging dock: built-in 1,000 mAh battery (recharges the probe approx. 40 times), charged via USB-C 5 V &#9107; 1 A; magnetic back</li>
<li>App timer: separate kitchen timer up to 99 h 59 min</li>
</ul>
<p><strong>In the box:</strong> 1, 2 or 4 probes (depending on the option), charging dock for the chosen number of probes, USB-A to USB-C cable, quick-start guide. USB power adapter not included.</p>
<p><strong>Use &amp; care:</strong> insert the probe at least up to the safety line (one third of its length). Do not use in a microwave. Do not expose the handle directly to open flames or to temperatures above 300 &deg;C. Clean the probe by hand with warm soapy water &ndash; not dishwasher safe. The charging dock is not water-resistant.</p>
<p>Bluetooth only &ndash; no Wi-Fi connection. 2-year warranty.</p>"""
imgs7 = [("emberprobe-single.jpg", "EmberProbe wireless meat thermometer with charging dock"),
         ("emberprobe-duo.jpg", "EmberProbe 2-probe set in its dock"),
         ("emberprobe-quad.jpg", "EmberProbe 4-probe set in its dock"),
         ("emberprobe-app.jpg", "EmberProbe app showing internal and ambient temperature"),
         ("emberprobe-in-steak.jpg", "Probe inserted in a steak on a grill")]
v7 = []
for i, (o, code, g, p, c) in enumerate([("1 probe", "1P", 260, "69.00", ""), ("2 probes", "2P", 360, "119.00", "138.00"),
                                        ("4 probes", "4P", 540, "199.00", "276.00")]):
    v7.append(dict(o1=o, o2="", sku=f"EP-WMT-{code}", grams=g, qty=[57, 31, 9][i], price=p, cmp=c,
                   barcode=ean13(f"69012345670{i+1}"), vimg=img(imgs7[i][0], 1712007007), unit="g"))
PRODUCTS.append(dict(
    handle="emberprobe-wireless-meat-thermometer", title="EmberProbe Wireless Meat Thermometer", body=body7,
    vendor="Hearthline",
    category="Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Thermometers",
    type="Meat Thermometer", tags="bbq, grill, thermometer, bluetooth, wireless, smart kitchen",
    o1n="Set", o2n="", variants=v7, images=[(img(a, 1712007007), b) for a, b in imgs7],
    seo_title="EmberProbe Wi-Fi Meat Thermometer - Unlimited Range, Dishwasher Safe",
    seo_desc="Smart Wi-Fi meat thermometer with unlimited range, 500 °C heat resistance and dishwasher-safe probe.",
))

# 8 ---------------------------------------------------------------- accessory
body8 = """<p>A classic rounded-square shape for long days by the water. The <strong>Cove Sunglasses</strong> are hand-polished from <strong>bio-acetate</strong> &ndash; cellulose acetate made with a bio-based plasticiser &ndash; and fitted with five-barrel stainless-steel hinges.</p>
<h3>Lenses</h3>
<ul>
<li><strong>Tortoise / Green</strong> and <strong>Black / Grey</strong>: polarised nylon lenses, filter category 3 &ndash; cut glare from water, snow and wet roads</li>
<li><strong>Honey / Brown Gradient</strong>: non-polarised gradient nylon lenses, filter category 2</li>
<li>All lenses: UV400 &ndash; block 100% of UVA and UVB rays up to 400 nm</li>
</ul>
<h3>Fit</h3>
<p>Lens width 52 mm &middot; bridge 20 mm &middot; temple length 145 mm &middot; total frame width 14.1 cm &middot; weight 28 g. Medium fit. The frame is not suitable for prescription lenses.</p>
<p>Compliant with EN ISO 12312-1, CE marked.</p>
<p><strong>In the box:</strong> sunglasses, protective felt case made from recycled PET bottles, microfibre cleaning cloth.</p>
<p><strong>Not suitable for driving at twilight or at night. Do not look directly at the sun.</strong></p>
<p><strong>Care:</strong> clean the lenses with the cloth or lukewarm water; no solvents or alcohol. Do not leave in a hot car &ndash; acetate can deform above 60 &deg;C.</p>
<p>Shipped in a gift box, parcel weight 220 g. 30-day returns, 2-year warranty.</p>"""
imgs8 = [("cove-sunglasses-tortoise-green.jpg", "Cove Sunglasses, tortoise frame with green polarised lenses"),
         ("cove-sunglasses-black-grey.jpg", "Cove Sunglasses, black frame with grey polarised lenses"),
         ("cove-sunglasses-honey-brown.jpg", "Cove Sunglasses, honey frame with brown gradient lenses"),
         ("cove-sunglasses-case.jpg", "Felt case and microfibre cloth")]
v8 = []
for i, (o, code) in enumerate([("Tortoise / Green", "TGR"), ("Black / Grey", "BGY"), ("Honey / Brown Gradient", "HBG")]):
    v8.append(dict(o1=o, o2="", sku=f"SL-COVE-{code}", grams=220, qty=[26, 33, 14][i], price="129.00", cmp="",
                   barcode=ean13(f"76012345670{i+1}"), vimg=img(imgs8[i][0], 1712008008), unit="g"))
PRODUCTS.append(dict(
    handle="cove-polarised-sunglasses", title="Cove Sunglasses", body=body8, vendor="Saltline Eyewear",
    category="Apparel & Accessories > Clothing Accessories > Sunglasses",
    type="Sunglasses", tags="sunglasses, polarised, acetate, uv400, summer",
    o1n="Frame / Lens", o2n="", variants=v8, images=[(img(a, 1712008008), b) for a, b in imgs8],
    seo_title="Cove Titanium Polarised Sunglasses | Saltline",
    seo_desc="Lightweight titanium frame, all-polarised category 4 lenses. Prescription-ready. Free case.",
))

# 9 ---------------------------------------------------------------- home / garden
body9 = """<p>For plant lovers who travel &ndash; or just forget. The <strong>Terra Self-Watering Planter</strong> hides a water reservoir under the inner pot; a cotton wick draws water up to the roots as the soil needs it, so most houseplants only need topping up every 2&ndash;4 weeks.</p>
<p>The outer pot is <strong>glazed stoneware</strong> with a satin finish (lead- and cadmium-free glaze). The inner pot and reservoir insert are made of <strong>100% recycled polypropylene</strong>. A floating indicator shows the water level at a glance.</p>
<table>
<tr><th>Size</th><th>Outer diameter &times; height</th><th>Reservoir</th><th>Fits nursery pot up to</th><th>Weight</th></tr>
<tr><td>S</td><td>140 &times; 130 mm</td><td>350 ml</td><td>12 cm</td><td>1.1 kg</td></tr>
<tr><td>M</td><td>190 &times; 170 mm</td><td>800 ml</td><td>17 cm</td><td>2.3 kg</td></tr>
<tr><td>L</td><td>260 &times; 230 mm</td><td>1.5 l</td><td>24 cm</td><td>4.6 kg</td></tr>
</table>
<p><strong>In the box:</strong> stoneware outer pot, recycled PP inner pot with reservoir insert, cotton wick, water-level indicator. Plants and soil are not included.</p>
<p><strong>Good to know:</strong> for indoor use only &ndash; the stoneware is not frost-proof. The outer pot has no drainage hole. Hand wash only; the inner pot can be rinsed under the tap. Each piece is glazed by hand, so small variations in colour are normal.</p>
<p>Packed in a gift box made of 100% recycled cardboard. Shipping weight: S 1.6 kg, M 3.1 kg, L 5.9 kg.</p>"""
imgs9 = [("terra-planter-chalk.jpg", "Terra Self-Watering Planter in Chalk with a monstera"),
         ("terra-planter-terracotta.jpg", "Terra Self-Watering Planter in Terracotta"),
         ("terra-planter-cutaway.jpg", "Cutaway showing reservoir, wick and inner pot"),
         ("terra-planter-sizes.jpg", "Small, medium and large planters side by side")]
v9 = []
n = 0
for ci, (c, code) in enumerate([("Chalk", "CHK"), ("Terracotta", "TER")]):
    for s, g, p in [("S", 1600, "29.00"), ("M", 3100, "45.00"), ("L", 5900, "69.00")]:
        n += 1
        v9.append(dict(o1=s, o2=c, sku=f"GH-TERRA-{code}-{s}", grams=g, qty=[40, 28, 11, 35, 19, 6][n - 1],
                       price=p, cmp="", barcode=ean13(f"54123456780{n}"), vimg=img(imgs9[ci][0], 1712009009),
                       unit="kg"))
PRODUCTS.append(dict(
    handle="terra-self-watering-planter", title="Terra Self-Watering Planter", body=body9, vendor="Greenhaven Home",
    category="Home & Garden > Lawn & Garden > Gardening > Pots & Planters",
    type="Planter", tags="planter, self-watering, stoneware, houseplants, indoor",
    o1n="Size", o2n="Colour", variants=v9, images=[(img(a, 1712009009), b) for a, b in imgs9],
    seo_title="Terra Frost-Proof Self-Watering Planter - Indoor & Outdoor",
    seo_desc="Frost-proof ceramic planter for indoor and outdoor use, plant included. Water only once every 2 months.",
))

rows = []
nimg = 0
for p in PRODUCTS:
    vs, ims = p["variants"], p["images"]
    for i in range(max(len(vs), len(ims))):
        r = {h: "" for h in HEADER}
        r["Handle"] = p["handle"]
        if i == 0:
            r.update({"Title": p["title"], "Body (HTML)": p["body"], "Vendor": p["vendor"],
                      "Product Category": p["category"], "Type": p["type"], "Tags": p["tags"],
                      "Published": "TRUE", "Option1 Name": p["o1n"], "Option2 Name": p["o2n"],
                      "SEO Title": p["seo_title"], "SEO Description": p["seo_desc"], "Status": "active"})
        if i < len(vs):
            v = vs[i]
            r.update({"Option1 Value": v["o1"], "Option2 Value": v["o2"], "Variant SKU": v["sku"],
                      "Variant Grams": str(v["grams"]), "Variant Inventory Qty": str(v["qty"]),
                      "Variant Price": v["price"], "Variant Compare At Price": v["cmp"],
                      "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                      "Variant Barcode": v["barcode"], "Variant Image": v["vimg"], "Variant Weight Unit": v["unit"]})
        if i < len(ims):
            nimg += 1
            r.update({"Image Src": ims[i][0], "Image Position": str(i + 1), "Image Alt Text": ims[i][1]})
        rows.append(r)

with open(__import__("pathlib").Path(__file__).with_name("products.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=HEADER, quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)
print("products", len(PRODUCTS), "variants", sum(len(p["variants"]) for p in PRODUCTS), "images", nimg,
      "rows", len(rows))
