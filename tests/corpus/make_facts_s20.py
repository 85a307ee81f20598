"""Facts set s20 (facts engineer, stop 20): the wrong-field classes still open after copy hold-out 9's blind review,
written as NEW descriptions (no hold-out text) in en/de/fr/es/it/pt/ja/zh and labelled by hand BEFORE the extractor
ran on any of them. Standard library only; writes ``facts_holdout_s20.jsonl`` beside this file (byte-identical on
every run):

    python tests/corpus/make_facts_s20.py && python -m bench facts

Classes (``cls`` of each entry; ``python -m bench facts`` prints the set's P/R, ``--misses`` its misses):

- ``ship``   Shopify's Variant Grams is the shipping weight (Shopify's definition): kept as ``shipping_weight``
             (label ``shipping_g``), never the product's ``weight`` — also when the body states none. These
             entries carry ``variant_grams`` and are read through the Shopify importer itself (a one-product CSV).
- ``part``   a buckle's, a case's, a lining's material or certificate is the part's: ``parts`` (scored by
             material), ``cert_part`` (a certification of one part only); never the product's ``material``/``cert``.
- ``dose``   a per-use amount beside the pack size ("6 teaspoons (36 g)", "1 Messlöffel (3 g)", "约30g") is no
             weight or capacity of the product; the pack's net content is.
- ``name``   a brand, line, scent or colour name that is also a material word ("Terra Ceramica", "linea Rame",
             "Coton Blanc", "Algodão Doce", 竹叶青, シルクスクリーン) is no material.
- ``felt``   "wool felt" (Wollfilz, feutre de laine, fieltro de lana, feltro di lana, ウールフェルト) is one material,
             canonical ``wool felt``, not "wool" of felt nor felt of wool.
- ``table``  values in a size table, a nutrition table or a comparison table are a row's or a column's: the
             product's single value only where the text says which column is the product.
- ``output`` a charger's, a port's, a wireless pad's output, a timer or an auto-off are not the product's power,
             voltage or battery life.

Label kinds as in ``facts_holdout_s19.jsonl`` (material {canonical: percent|None}, parts {part: material}, numbers
in g/ml/cm/W/V/h, ``ignore`` = types a careful reader could label either way), plus ``shipping_g`` and
``cert_part``.
"""
import json
from pathlib import Path

E = []


def e(id_, lang, cls, cat, title, text, facts, ignore=(), note="", variant_grams=None):
    d = {"id": id_, "lang": lang, "cls": cls, "cat": cat, "title": title, "text": text, "facts": facts}
    if ignore:
        d["ignore"] = list(ignore)
    if variant_grams is not None:
        d["variant_grams"] = variant_grams
    if note:
        d["note"] = note
    E.append(d)


# ----------------------------------------------------------------------------------------------- ship
e("s20-en-01", "en", "ship", "supplements", "Aurora Vitamin D3 Gummies",
  "<p>60 gummies per bottle. Two gummies provide 25 µg (1000 IU) of vitamin D3.</p><p>Vegan and gelatin-free. "
  "Store below 25 °C.</p>",
  {"shipping_g": 180}, ignore=("dose", "care", "warning", "usage", "claims"), variant_grams=180,
  note="180 g is the parcel (Variant Grams): not the product's weight")
e("s20-en-02", "en", "ship", "outdoor", "Trailhead 2-Person Tent",
  "<p>Freestanding dome tent with two doors and two vestibules.</p><ul><li>Tent body and fly in 20D ripstop "
  "nylon</li><li>Waterproof to 3,000 mm</li><li>Poles: 8.5 mm aluminium</li><li>Packed size 45 x 16 cm</li></ul>",
  {"material": {"nylon": None}, "parts": {"poles": "aluminium"}, "waterproof_mm": 3000, "shipping_g": 2300},
  ignore=("dims",), variant_grams=2300, note="a tent's weight sells, but 2,300 g is still the shipping weight")
e("s20-de-01", "de", "ship", "home", "Wärmflasche 2 Liter",
  "Wärmflasche aus Naturkautschuk, Inhalt 2 Liter. Nicht mit kochendem Wasser befüllen. Hergestellt in Deutschland.",
  {"material": {"natural rubber": None}, "capacity_ml": 2000, "warning": True, "origin": "Germany",
   "shipping_g": 520}, variant_grams=520)
e("s20-fr-01", "fr", "ship", "beauty", "Sérum Vitamine C 30 ml",
  "Sérum à 15 % de vitamine C pure. Flacon de 30 ml. Appliquer 3 gouttes le matin sur une peau propre. "
  "Fabriqué en France.",
  {"capacity_ml": 30, "origin": "France", "usage": True, "shipping_g": 95}, ignore=("dose",), variant_grams=95)
e("s20-ja-01", "ja", "ship", "kitchen", "ステンレス製フライパン 26cm",
  "【素材】本体：ステンレス鋼（3層構造）\n【サイズ】直径26cm\nIH・ガス火対応。",
  {"material": {"stainless steel": None}, "shipping_g": 1350}, ignore=("dims", "parts"), variant_grams=1350)
e("s20-es-01", "es", "ship", "bags", "Mochila urbana 20 L",
  "Mochila de poliéster reciclado con capacidad de 20 litros. Peso: 680 g. Bolsillo acolchado para portátil de "
  "15\". Fabricada en Vietnam.",
  {"material": {"recycled polyester": None}, "capacity_ml": 20000, "weight_g": 680, "origin": "Vietnam",
   "shipping_g": 900}, variant_grams=900, note="the body's 680 g is the product's; 900 g the parcel's")
e("s20-zh-01", "zh", "ship", "electronics", "无线蓝牙音箱",
  "蓝牙5.3，续航12小时。IPX7防水。",
  {"bluetooth": "5.3", "battery_h": 12, "ip": "IPX7", "shipping_g": 610}, variant_grams=610)

# ----------------------------------------------------------------------------------------------- part
e("s20-en-03", "en", "part", "electronics", "Pulse Fitness Tracker",
  "<ul><li>Display: 1.1\" AMOLED</li><li>Strap: soft silicone with a stainless steel buckle</li><li>Battery life: "
  "up to 10 days</li><li>Water resistance: 5 ATM</li></ul><p>Not a medical device.</p>",
  {"parts": {"strap": "silicone", "buckle": "stainless steel"}, "battery_h": 240}, ignore=("warning",),
  note="neither the strap's silicone nor the buckle's steel is the tracker's")
e("s20-en-04", "en", "part", "electronics", "Nomad Watch Band 22 mm",
  "Woven nylon band with a brushed stainless steel buckle and quick-release pins. Fits 22 mm lugs.",
  {"material": {"nylon": None}, "parts": {"buckle": "stainless steel"}})
e("s20-en-05", "en", "part", "beauty", "Glide Sonic Toothbrush",
  "<p>Aluminium handle with a soft-touch grip. Includes 2 brush heads with nylon bristles and a travel case made "
  "of 30% recycled ABS.</p><p>Battery: 800 mAh, up to 30 days per charge. 2-minute timer with 30-second "
  "pacing.</p>",
  {"material": {"aluminium": None}, "parts": {"bristles": "nylon", "case": "abs"}, "battery_mah": 800,
   "battery_h": 720}, note="the travel case's ABS is not the toothbrush's")
e("s20-de-02", "de", "part", "baby", "Kinderwagen-Organizer",
  "Organizer aus wasserabweisendem Polyester mit zwei Becherhaltern. Das Innenfutter ist nach OEKO-TEX Standard "
  "100 zertifiziert. Maximale Belastung 2 kg.",
  {"material": {"polyester": None}, "cert_part": ["OEKO-TEX"]}, ignore=("warning", "parts"),
  note="OEKO-TEX is the lining's only; 2 kg is a load, no weight")
e("s20-fr-02", "fr", "part", "bags", "Sac à dos enfant",
  "Sac à dos en coton bio, doublure en polyester recyclé certifiée OEKO-TEX. Bretelles réglables. "
  "Dimensions : 30 x 24 x 10 cm.",
  {"material": {"organic cotton": None}, "parts": {"doublure": "recycled polyester"}, "cert_part": ["OEKO-TEX"],
   "dims": [30, 24, 10]})
e("s20-es-02", "es", "part", "apparel", "Cinturón de piel",
  "Cinturón de piel de vacuno curtida al vegetal, 3,5 cm de ancho. Hebilla de latón macizo. Hecho en España.",
  {"material": {"leather": None}, "parts": {"hebilla": "brass"}, "origin": "Spain"})
e("s20-it-01", "it", "part", "bags", "Trousse da viaggio",
  "Trousse in cotone cerato con fodera in nylon certificata OEKO-TEX e zip in metallo. Misure: 24 x 15 x 8 cm.",
  {"material": {"cotton": None}, "parts": {"fodera": "nylon"}, "cert_part": ["OEKO-TEX"], "dims": [24, 15, 8]})
e("s20-pt-01", "pt", "part", "bags", "Mala de cabine",
  "Mala de cabine em policarbonato com rodas duplas giratórias 360°. Fecho TSA. Forro interior em poliéster. "
  "Dimensões: 55 x 40 x 20 cm. Peso: 2,6 kg.",
  {"material": {"polycarbonate": None}, "parts": {"forro": "polyester"}, "dims": [55, 40, 20], "weight_g": 2600})
e("s20-ja-02", "ja", "part", "apparel", "本革ベルト",
  "牛革ベルト。バックル：ステンレス。幅3cm。日本製。",
  {"material": {"leather": None}, "parts": {"バックル": "stainless steel"}, "origin": "Japan"})
e("s20-zh-02", "zh", "part", "kitchen", "儿童保温杯",
  "杯身：316不锈钢；杯盖：PP；吸管：硅胶。容量：400ml。",
  {"material": {"stainless steel": None}, "parts": {"杯盖": "polypropylene", "吸管": "silicone"},
   "capacity_ml": 400})
e("s20-en-16", "en", "part", "baby", "Cloud Changing Pad",
  "Wipe-clean changing pad in PU-coated polyester, 70 x 50 cm. The removable cover is OEKO-TEX Standard 100 "
  "certified cotton.",
  {"material": {"polyester": None}, "parts": {"cover": "cotton"}, "cert_part": ["OEKO-TEX"], "dims": [70, 50]},
  note="the cover's certificate and cotton are the cover's")

# ----------------------------------------------------------------------------------------------- dose
e("s20-en-07", "en", "dose", "beauty", "Shore Mineral Sunscreen SPF 50",
  "<p>Zinc oxide 20%. Water-resistant (40 minutes). Tube: 100 ml.</p><p>For full protection apply generously: "
  "about 6 teaspoons (36 g) for an adult's body. Reapply after swimming.</p>",
  {"capacity_ml": 100}, ignore=("dose", "usage", "warning", "claims", "ingredients", "battery_h"),
  note="36 g is the amount for one application, not the tube")
e("s20-en-08", "en", "dose", "supplements", "Whey Isolate Vanilla 900 g",
  "Net weight: 900 g (30 servings). Mix one scoop (30 g) with 250 ml of cold water. 27 g protein per serving.",
  {"weight_g": 900}, ignore=("dose", "usage"))
e("s20-de-03", "de", "dose", "supplements", "Magnesium Pulver",
  "Inhalt: 250 g Pulver. Tagesdosis: 1 Messlöffel (3 g) in 200 ml Wasser auflösen. Die angegebene empfohlene "
  "tägliche Verzehrmenge darf nicht überschritten werden.",
  {"weight_g": 250, "warning": True}, ignore=("dose", "usage"))
e("s20-fr-03", "fr", "dose", "beauty", "Crème mains réparatrice",
  "Tube de 75 ml. Appliquer une noisette de crème (environ 2 g) sur les mains sèches, plusieurs fois par jour. "
  "Fabriqué en France.",
  {"capacity_ml": 75, "origin": "France"}, ignore=("usage", "dose"))
e("s20-es-03", "es", "dose", "supplements", "Colágeno en polvo",
  "Bote de 300 g. Dosis diaria: 10 g (una cucharada) disuelta en agua o zumo. No superar la dosis diaria "
  "recomendada.",
  {"weight_g": 300, "warning": True}, ignore=("dose", "usage"))
e("s20-it-02", "it", "dose", "supplements", "Omega-3 in perle",
  "Confezione da 90 perle (totale 135 g). 3 perle al giorno apportano 1.000 mg di olio di pesce.",
  {"weight_g": 135}, ignore=("dose", "usage"))
e("s20-ja-03", "ja", "dose", "beauty", "日焼け止めジェル SPF50+",
  "内容量：80g。1回の使用量の目安：パール粒2個分（約0.8g）。",
  {"weight_g": 80}, ignore=("dose", "usage"))
e("s20-zh-03", "zh", "dose", "supplements", "乳清蛋白粉",
  "净含量：1kg。每次一勺（约30g），加入200ml清水摇匀。",
  {"weight_g": 1000}, ignore=("dose", "usage"))
e("s20-pt-02", "pt", "dose", "beauty", "Gel de banho",
  "Frasco de 500 ml. Use uma pequena quantidade (cerca de 5 ml) na pele molhada.",
  {"capacity_ml": 500}, ignore=("usage", "dose"))
e("s20-en-17", "en", "dose", "beauty", "Daily Mineral SPF 30 Lotion",
  "Net wt. 50 g tube. Apply a 1/4 teaspoon (1.2 g) to the face 15 minutes before sun exposure.",
  {"weight_g": 50}, ignore=("usage", "dose", "claims"))

# ----------------------------------------------------------------------------------------------- name
e("s20-en-09", "en", "name", "kitchen", "Terra Ceramica Stockpot 24 cm",
  "From our Terra Ceramica collection: a 5.2-litre stockpot in tri-ply stainless steel with a glass lid. Works on "
  "induction.",
  {"material": {"stainless steel": None}, "parts": {"lid": "glass"}, "capacity_ml": 5200},
  note="Ceramica is the collection's name")
e("s20-en-10", "en", "name", "stationery", "Oak & Iron A5 Journal",
  "Handmade by Oak & Iron in Porto: an A5 journal with a full-grain leather cover and 192 pages of 100 gsm "
  "recycled paper.",
  {"material": {"leather": None}}, ignore=("parts", "gsm"), note="Oak & Iron is the maker's name")
e("s20-de-04", "de", "name", "home", "Leinen & Co. Geschirrtuch",
  "Geschirrtuch von Leinen & Co. aus 100 % Baumwolle, 50 x 70 cm. Bei 60 °C waschbar.",
  {"material": {"cotton": 100}, "dims": [50, 70], "care": True}, note="Leinen & Co. is the brand")
e("s20-fr-04", "fr", "name", "home", "Bougie parfumée Coton Blanc",
  "Bougie parfumée « Coton Blanc » en cire de soja, 180 g. Durée de combustion : 40 heures.",
  {"material": {"soy wax": None}, "weight_g": 180}, note="Coton Blanc is the scent; 40 h a burn time")
e("s20-es-04", "es", "name", "apparel", "Camiseta colección Bambú",
  "Camiseta de la colección Bambú, en 100 % algodón orgánico, 180 g/m². Lavar a 30 °C.",
  {"material": {"organic cotton": 100}, "gsm": 180, "care": True})
e("s20-it-03", "it", "name", "kitchen", "Padella Linea Rame 28 cm",
  "Padella della linea Rame in alluminio forgiato con rivestimento antiaderente, diametro 28 cm. Adatta "
  "all'induzione.",
  {"material": {"aluminium": None}}, ignore=("parts", "dims"), note="Rame (copper) is the line's name")
e("s20-pt-03", "pt", "name", "shoes", "Chinelo Algodão Doce",
  "Chinelo de EVA na cor Algodão Doce. Solado antiderrapante.",
  {"material": {"eva": None}}, note="Algodão Doce (candy floss) is the colour")
e("s20-ja-04", "ja", "name", "apparel", "プリントTシャツ",
  "綿100%のTシャツにシルクスクリーンプリントを施しました。",
  {"material": {"cotton": 100}}, note="シルクスクリーン is a printing method, no silk")
e("s20-zh-04", "zh", "name", "kitchen", "竹叶青茶杯",
  "竹叶青茶专用玻璃杯，高硼硅玻璃，容量350ml。",
  {"material": {"borosilicate glass": None}, "capacity_ml": 350}, note="竹叶青 is a tea, no bamboo")
e("s20-en-18", "en", "name", "apparel", "Silk Road Travel Scarf",
  "Our Silk Road scarf is woven from 100% merino wool, 70 x 180 cm. Hand wash cold.",
  {"material": {"merino wool": 100}, "dims": [70, 180], "care": True}, note="Silk Road is the product line")

# ----------------------------------------------------------------------------------------------- felt
e("s20-en-11", "en", "felt", "shoes", "Alpine Wool Felt Slippers",
  "Slippers made of 100% wool felt with a natural latex sole. Hand wash cold.",
  {"material": {"wool felt": 100}, "care": True}, ignore=("parts",))
e("s20-de-05", "de", "felt", "shoes", "Filz-Hausschuhe",
  "Hausschuhe aus Wollfilz, Sohle aus Naturkautschuk. Handwäsche.",
  {"material": {"wool felt": None, "natural rubber": None}, "care": True}, note="a shoe's sole stays the shoe's")
e("s20-fr-05", "fr", "felt", "home", "Panier en feutre de laine",
  "Panier en feutre de laine épais (5 mm), poignées en cuir. Dimensions : Ø 30 x 35 cm.",
  {"material": {"wool felt": None}, "parts": {"poignées": "leather"}}, ignore=("dims",))
e("s20-it-04", "it", "felt", "home", "Sottobicchieri in feltro di lana (set di 4)",
  "Set di 4 sottobicchieri in feltro di lana, spessore 5 mm, diametro 10 cm.",
  {"material": {"wool felt": None}}, ignore=("dims",))
e("s20-ja-05", "ja", "felt", "home", "ウールフェルトのコースター",
  "素材：ウールフェルト\n直径10cm、厚さ5mm。",
  {"material": {"wool felt": None}}, ignore=("dims",))
e("s20-es-05", "es", "felt", "bags", "Funda para portátil de fieltro",
  "Funda de fieltro de lana para portátil de 13\", con cierre de cuero.",
  {"material": {"wool felt": None}, "parts": {"cierre": "leather"}})
e("s20-pt-06", "pt", "felt", "home", "Tapete de feltro",
  "Tapete de feltro de lã natural, 60 x 90 cm. Limpar apenas a seco.",
  {"material": {"wool felt": None}, "dims": [60, 90], "care": True})
e("s20-zh-07", "zh", "felt", "home", "羊毛毡收纳篮",
  "材质：羊毛毡。尺寸：25×25×20cm。",
  {"material": {"wool felt": None}, "dims": [25, 25, 20]})

# ----------------------------------------------------------------------------------------------- table
e("s20-en-12", "en", "table", "apparel", "Everyday Linen Dress",
  "<table><tr><th>Size</th><th>Bust (cm)</th><th>Waist (cm)</th><th>Length (cm)</th></tr><tr><td>S</td><td>86</td>"
  "<td>70</td><td>112</td></tr><tr><td>M</td><td>92</td><td>76</td><td>114</td></tr><tr><td>L</td><td>98</td>"
  "<td>82</td><td>116</td></tr></table><p>100% linen, 185 g/m². Machine wash 30 °C.</p>",
  {"material": {"linen": 100}, "gsm": 185, "care": True})
e("s20-en-13", "en", "table", "food", "Organic Rolled Oats 1 kg",
  "<p>Net weight: 1 kg.</p><table><tr><th>Nutrition</th><th>per 100 g</th><th>per 40 g serving</th></tr><tr>"
  "<td>Energy</td><td>1,560 kJ / 372 kcal</td><td>624 kJ / 149 kcal</td></tr><tr><td>Protein</td><td>13 g</td>"
  "<td>5.2 g</td></tr><tr><td>Fibre</td><td>10 g</td><td>4 g</td></tr></table><p>Made in Finland.</p>",
  {"weight_g": 1000, "origin": "Finland"})
e("s20-de-06", "de", "table", "electronics", "Powerbank 10.000 mAh",
  "<p>Unsere Powerbanks im Vergleich:</p><table><tr><th></th><th>Powerbank 10K</th><th>Powerbank 20K</th></tr>"
  "<tr><td>Kapazität</td><td>10.000 mAh</td><td>20.000 mAh</td></tr><tr><td>Gewicht</td><td>190 g</td>"
  "<td>350 g</td></tr><tr><td>Ausgang</td><td>20 W</td><td>22,5 W</td></tr></table>",
  {"battery_mah": 10000, "weight_g": 190, "power_w": 20},
  note="the product is the 10K column (its title); a reader keeps 10,000 mAh / 190 g / 20 W")
e("s20-fr-06", "fr", "table", "apparel", "Chaussettes mérinos",
  "Laine mérinos 70 %, polyamide 28 %, élasthanne 2 %.\nTaille | Pointure\nS | 35-38\nM | 39-42\nL | 43-46",
  {"material": {"merino wool": 70, "polyamide": 28, "elastane": 2}})
e("s20-es-06", "es", "table", "food", "Crema de cacahuete",
  "Bote de 350 g. 100 % cacahuetes tostados.\nInformación nutricional (por 100 g): valor energético 2.450 kJ / "
  "590 kcal; grasas 49 g; proteínas 26 g; sal 0,02 g.",
  {"weight_g": 350}, ignore=("ingredients",))
e("s20-ja-06", "ja", "table", "apparel", "ナイロンダウンジャケット",
  "サイズ表（cm）\nS：着丈66 身幅54 袖丈60\nM：着丈69 身幅57 袖丈62\nL：着丈72 身幅60 袖丈64\n"
  "表地：ナイロン100%　中わた：ダウン90%、フェザー10%",
  {"material": {"nylon": 100}}, ignore=("parts",))
e("s20-zh-05", "zh", "table", "apparel", "高腰瑜伽裤",
  "尺码表：S 腰围64cm 臀围86cm；M 腰围68cm 臀围90cm；L 腰围72cm 臀围94cm。面料：锦纶75%，氨纶25%。",
  {"material": {"polyamide": 75, "elastane": 25}})
e("s20-pt-04", "pt", "table", "apparel", "Camisa de linho",
  "Tabela de medidas (cm): P 100 / 72; M 106 / 74; G 112 / 76. 100% linho.",
  {"material": {"linen": 100}})
e("s20-it-05", "it", "table", "electronics", "Aspirapolvere senza filo V10",
  "<table><tr><th>Modello</th><th>Potenza</th><th>Autonomia</th><th>Peso</th></tr><tr><td>V8</td><td>350 W</td>"
  "<td>40 min</td><td>2,6 kg</td></tr><tr><td>V10</td><td>525 W</td><td>60 min</td><td>2,9 kg</td></tr></table>",
  {"power_w": 525, "battery_h": 1, "weight_g": 2900}, note="the product is the V10 row (its title)")

# ----------------------------------------------------------------------------------------------- output
e("s20-en-14", "en", "output", "electronics", "Breeze Desk Fan",
  "Quiet 5-speed desk fan, 25 W. Powered by the included 12 V adapter. A USB-A port on the base (5 V / 2.1 A) "
  "charges your phone. Auto-off timer: 1, 2 or 4 hours.",
  {"power_w": 25, "voltage_v": 12})
e("s20-en-15", "en", "output", "electronics", "Nimbus Wireless Earbuds",
  "Up to 8 hours of playback, 32 hours with the charging case. The case supports 5 W Qi wireless charging and "
  "USB-C fast charging: 10 minutes for 1 hour of play. Bluetooth 5.3. IPX5.",
  {"battery_h": 8, "battery_total_h": 32, "bluetooth": "5.3", "ip": "IPX5"})
e("s20-de-07", "de", "output", "electronics", "LED-Schreibtischlampe",
  "Leistung: 9 W, 800 Lumen. Im Fuß ist ein kabelloses Ladepad (max. 15 W) eingebaut. Netzteil 24 V. "
  "Timer: Abschaltung nach 60 Minuten.",
  {"power_w": 9, "lumens": 800, "voltage_v": 24})
e("s20-fr-07", "fr", "output", "beauty", "Brosse à dents sonique",
  "Autonomie : jusqu'à 4 semaines (2 brossages de 2 minutes par jour). Minuteur de 2 minutes. Chargeur : "
  "100–240 V, 1,5 W. Batterie lithium-ion 600 mAh.",
  {"battery_h": 672, "battery_mah": 600}, note="the charger's volts and watts are not the toothbrush's")
e("s20-es-07", "es", "output", "home", "Humidificador ultrasónico",
  "Depósito de 3 litros. Potencia: 28 W. Temporizador de 1 a 12 horas. Funciona hasta 30 horas con el depósito "
  "lleno. Puerto USB de 5 V para cargar el móvil.",
  {"capacity_ml": 3000, "power_w": 28}, note="no battery: 30 h is a tank's run time")
e("s20-it-06", "it", "output", "sports", "Massaggiatore a percussione",
  "Batteria da 2500 mAh, autonomia fino a 6 ore. Spegnimento automatico dopo 10 minuti. Caricabatterie incluso: "
  "12 V, 2 A. Peso 650 g.",
  {"battery_mah": 2500, "battery_h": 6, "weight_g": 650})
e("s20-pt-05", "pt", "output", "electronics", "Luminária de mesa com carregador",
  "Luminária LED de 6 W com base de carregamento sem fio de 10 W. Porta USB-C de 5 V. Temporizador de 30 minutos.",
  {"power_w": 6})
e("s20-ja-07", "ja", "output", "beauty", "音波電動歯ブラシ",
  "連続使用時間：約60日（1日2回、各2分使用時）。2分タイマー付き。充電器：AC100-240V。",
  {"battery_h": 1440}, note="60 days; the charger's 100-240 V is not the brush's")
e("s20-zh-06", "zh", "output", "electronics", "无线充电台灯",
  "功率：12W，亮度：900流明。底座带10W无线充电。USB接口输出5V/2A。定时关灯30分钟。",
  {"power_w": 12, "lumens": 900})
e("s20-en-19", "en", "output", "electronics", "Orbit Smart Plug",
  "Schedules and a countdown timer (up to 24 h) from the app. Max load 3680 W / 16 A. Works with 2.4 GHz Wi-Fi.",
  {}, ignore=("power_w",), note="no battery: the countdown timer is no battery life")


def main() -> None:
    out = Path(__file__).with_name("facts_holdout_s20.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in E), encoding="utf-8")
    print(f"{out.name}: {len(E)} descriptions")


if __name__ == "__main__":
    main()
