"""Writes ``holdout5.jsonl``: the fifth hold-out set for the quality bench (realistic seller copy).

Written and labelled by hand BEFORE the engine was run on it (labels = families a careful reviewer would
flag: claims = health/cure/weight-loss, superlatives, guarantees, greenwashing without a certification,
invented reviews and social proof; grounding = numbers, materials, certifications absent from the facts).
Kept apart from ``quality_corpus.jsonl`` so that its first-run figures stay an honest measure of unseen
wording. Run: ``python tests/corpus/make_holdout5.py`` (deterministic).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("holdout5.jsonl")
SPLIT = "holdout5"
entries: list[dict] = []


def add(family, text, market, labels, facts=None, target="generic", context=None):
    n = len([e for e in entries if e["family"] == family]) + 1
    entries.append({"id": f"h5{family}-{n:03d}", "split": SPLIT, "family": family, "text": text, "target": target,
                    "market": market, "facts": facts, "context": context or {}, "labels": sorted(set(labels)),
                    "note": ""})


C = ["claims"]
G = ["grounding"]

# health, cure and weight-loss claims in wording the packs were not written from
for t, m in [
    ("This magnesium pillow spray melts away anxiety so you drift off in minutes.", "en-GB"),
    ("Say goodbye to back pain — our posture corrector fixes slouching for good.", "en-US"),
    ("Drop a dress size in two weeks with our detox tea.", "en-GB"),
    ("Este té desinflama el abdomen y te ayuda a bajar de peso sin dieta.", "es-MX"),
    ("Adiós a las varices con nuestras medias de compresión.", "es-ES"),
    ("Chá que acelera o metabolismo e seca a barriga em 10 dias.", "pt-BR"),
    ("Pulseira magnética que alivia dores nas articulações.", "pt-BR"),
    ("Das Kissen hilft gegen Nackenverspannungen und Migräne.", "de-DE"),
    ("Mit diesem Tee purzeln die Kilos ganz von allein.", "de-DE"),
    ("Ce bracelet en cuivre soulage l'arthrose et les rhumatismes.", "fr-FR"),
    ("Perdez du poids sans effort grâce à notre ceinture de sudation.", "fr-FR"),
    ("La crema che elimina la cellulite in 14 giorni.", "it-IT"),
    ("Questo integratore rinforza le difese immunitarie dei bambini.", "it-IT"),
    ("Teh pelangsing ini ampuh membakar lemak perut dalam seminggu.", "id-ID"),
    ("Minyak herbal ini menyembuhkan asam urat dan rematik.", "id-ID"),
    ("هذا الشاي يساعد على حرق الدهون وإنقاص الوزن بسرعة.", "ar-SA"),
    ("زيت طبيعي يعالج تساقط الشعر نهائياً.", "ar-AE"),
    ("このサプリで血圧が下がり、毎朝すっきり。", "ja-JP"),
    ("履くだけで脚やせ効果！", "ja-JP"),
    ("这款茶能降三高，调理肠胃。", "zh-CN"),
    ("穿上就能瘦腰，一个月瘦十斤。", "zh-CN"),
    ("ผลิตภัณฑ์นี้ช่วยแก้ปวดหลังได้ทันที", "th-TH"),
    ("กาแฟสูตรลดพุง ผอมไวใน 7 วัน", "th-TH"),
]:
    add("claims", t, m, C)

# superlatives and rankings
for t, m in [
    ("Hands down the comfiest hoodie you'll ever own.", "en-US"),
    ("Britain's No. 1 rated kettle.", "en-GB"),
    ("La mejor sartén que vas a tener nunca.", "es-ES"),
    ("Unser meistverkaufter Rucksack.", "de-DE"),
    ("Le numéro un des ventes sur notre boutique.", "fr-FR"),
    ("Qualità insuperabile, la scelta numero uno degli chef.", "it-IT"),
    ("A melhor garrafa térmica do mercado.", "pt-BR"),
    ("業界最高水準の保温力。", "ja-JP"),
    ("全网销量冠军保温杯", "zh-CN"),
    ("Tas ransel terlaris dan terbaik tahun ini.", "id-ID"),
]:
    add("claims", t, m, C)

# guarantees
for t, m in [
    ("Love it or your money back, no questions asked.", "en-GB"),
    ("Garantía de por vida en todas nuestras mochilas.", "es-MX"),
    ("Geld-zurück-Garantie: 100 Tage testen.", "de-DE"),
    ("Satisfait ou remboursé pendant 60 jours.", "fr-FR"),
    ("ไม่พอใจยินดีคืนเงินเต็มจำนวน", "th-TH"),
    ("假一赔十，放心购买", "zh-CN"),
]:
    add("claims", t, m, C)

# greenwashing with no certification among the facts
for t, m in [
    ("Planet-friendly packaging, 100% plastic-free.", "en-US"),
    ("Bolsa ecológica y respetuosa con el planeta.", "es-ES"),
    ("Produto sustentável feito com materiais verdes.", "pt-BR"),
    ("Borraccia ecosostenibile a impatto zero.", "it-IT"),
    ("Klimapositive Produktion, umweltschonend verpackt.", "de-DE"),
    ("地球にやさしいエコ素材を使用。", "ja-JP"),
    ("Sedotan ramah lingkungan dan bisa terurai.", "id-ID"),
    ("منتج صديق للبيئة وقابل للتحلل.", "ar-SA"),
]:
    add("claims", t, m, C)

# reviews, testimonials and social proof nobody wrote
for t, m in [
    ("“Best purchase this year!” – Jenna, verified buyer", "en-US"),
    ("Miles de clientas felices lo recomiendan ⭐⭐⭐⭐⭐", "es-MX"),
    ("Über 5.000 zufriedene Kunden können sich nicht irren.", "de-DE"),
    ("« Je ne peux plus m'en passer » — Claire, cliente fidèle", "fr-FR"),
    ("买家秀：用了都说好，回购率99%", "zh-CN"),
    ("購入者の95%が「また買いたい」と回答！", "ja-JP"),
    ("ลูกค้ารีวิวเพียบ ขายไปแล้วกว่า 10,000 ชิ้น", "th-TH"),
]:
    add("claims", t, m, C)

# grounding against the product's facts
F_MUG = [{"key": "material", "value": "ceramic"}, {"key": "capacity", "value": "350", "unit": "ml"},
         {"key": "height", "value": "9.5 cm"}, {"key": "dishwasher safe", "value": "yes"}]
F_TEE = [{"key": "material", "value": "100% organic cotton"}, {"key": "certification", "value": "GOTS"},
         {"key": "weight", "value": "180 g"}, {"key": "fit", "value": "regular"}]
F_BOTTLE = [{"key": "material", "value": "stainless steel 18/8"}, {"key": "capacity", "value": "750 ml"},
            {"key": "keeps cold", "value": "24 h"}, {"key": "weight", "value": "340 g"}]
F_CANDLE = [{"key": "wax", "value": "soy wax"}, {"key": "burn time", "value": "40 h"},
            {"key": "weight", "value": "200 g"}, {"key": "scent", "value": "lavender"}]
for t, m, f, lab in [
    ("Porcelain mug, holds 350 ml.", "en-GB", F_MUG, G),
    ("Holds 12 fl oz of coffee.", "en-US", F_MUG, []),
    ("Keramikbecher mit 450 ml Fassungsvermögen.", "de-DE", F_MUG, G),
    ("容量500mlのセラミックマグ", "ja-JP", F_MUG, G),
    ("Mug en céramique de 9,5 cm de haut, 350 ml.", "fr-FR", F_MUG, []),
    ("แก้วมัคเซรามิก ความจุ 350 มล.", "th-TH", F_MUG, []),
    ("金曜日の夜にぴったりのマグカップ", "ja-JP", F_MUG, []),
    ("GOTS certified organic cotton tee, 180 g.", "en-GB", F_TEE, []),
    ("Organic cotton tee, OEKO-TEX and Fair Trade certified.", "en-GB", F_TEE, G),
    ("Camiseta de algodón orgánico con un toque de elastano.", "es-ES", F_TEE, G),
    ("T-shirt in cotone biologico, 220 g.", "it-IT", F_TEE, G),
    ("有机棉T恤，含羊毛混纺", "zh-CN", F_TEE, G),
    ("Keeps drinks cold for 36 hours.", "en-US", F_BOTTLE, G),
    ("Garrafa de aço inoxidável, 750 ml, mantém gelado por 24 horas.", "pt-BR", F_BOTTLE, []),
    ("Botol titanium 1 liter.", "id-ID", F_BOTTLE, G),
    ("زجاجة من الفولاذ المقاوم للصدأ سعة 1000 مل", "ar-SA", F_BOTTLE, G),
    ("Weighs just 12 oz, holds 25 fl oz.", "en-US", F_BOTTLE, []),
    ("Wiegt nur 250 g.", "de-DE", F_BOTTLE, G),
    ("Bougie en cire d'abeille, 40 heures de combustion.", "fr-FR", F_CANDLE, G),
    ("Soy wax candle, burns for 60 hours.", "en-GB", F_CANDLE, G),
    ("Vela de cera de soja de 200 g con aroma a lavanda.", "es-ES", F_CANDLE, []),
]:
    add("grounding", t, m, lab, facts=f)

# clean copy
for t, m in [
    ("A roomy tote with an inside pocket for your keys.", "en-GB"),
    ("Mochila con compartimento acolchado para laptop de hasta 15 pulgadas.", "es-MX"),
    ("Die Tasse liegt gut in der Hand und passt in die Spülmaschine.", "de-DE"),
    ("Un sac à dos pratique pour la ville, avec une poche pour ordinateur.", "fr-FR"),
    ("Zaino leggero con tasca frontale e spallacci imbottiti.", "it-IT"),
    ("Caneca com alça confortável, ideal para o café da manhã.", "pt-BR"),
    ("Tas selempang dengan banyak kantong, cocok untuk jalan-jalan.", "id-ID"),
    ("حقيبة ظهر عملية مع جيب أمامي واسع.", "ar-SA"),
    ("毎日の通勤にちょうどいいサイズのトートバッグです。", "ja-JP"),
    ("简约帆布包，日常通勤很方便。", "zh-CN"),
    ("กระเป๋าผ้าใบใหญ่ ใส่ของได้เยอะ พกพาสะดวก", "th-TH"),
    ("New drop every Friday — link in bio.", "en-US"),
    ("Alle Farben findest du über den Link in der Bio.", "de-DE"),
]:
    add("claims", t, m, [])


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(entries)} entries → {OUT}; {sum(1 for e in entries if e['labels'])} with violations, "
          f"{sum(1 for e in entries if not e['labels'])} clean")
