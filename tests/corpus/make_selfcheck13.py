"""Round 13's own check set (issue 17): 67 texts in 16 languages written by the round's engineer BEFORE the engine
ran on them — 32 violations in the classes the round works on (health told as never-again / farewell / protects-from
/ no-more-X, stock and countdown urgency, replica / 1:1 / "inspired by" a brand, an undisclosed gift with a code, a
rated-N-by-M review claim) and 35 clean look-alikes (negated claims, a material that is no claim, a sponsorship
disclosed with the market's own word, a comparison credited to a dated test, a dated deadline with stock, health
words in other senses, "only N days left" to an event, a period reproduction).

It is NOT a hold-out: its author also tunes the rules. Its first-run figures (at the commit recorded in
docs/readme/quality.md) are the author's honest check before tuning; every figure after that is in-sample.
Not named holdout*.jsonl on purpose: the classifier's trainer and the corpus scans read only those.

    python tests/corpus/make_selfcheck13.py      # writes selfcheck13.jsonl next to this script
"""

from __future__ import annotations

import json
from pathlib import Path

V = [  # (subfamily, label, text, target, market)
    ("health", "claims", "Two months on our elderberry syrup and the kids haven't caught a single cold all winter 🙌 #immunity", "instagram", "en-US"),
    ("health", "claims", "Nie wieder Rückenschmerzen nach dem Homeoffice – dieses Sitzkissen hat mein Leben verändert", "instagram", "de-DE"),
    ("health", "claims", "Mijn migraine? Sinds ik deze kruidenthee drink ben ik er vanaf! Bestel via DM", "facebook", "nl-NL"),
    ("health", "claims", "Mafuta haya ya mbegu nyeusi yanatibu pumu na kisukari. Agiza leo!", "instagram", "sw-KE"),
    ("health", "claims", "وداعاً لآلام المفاصل مع كريم الزنجبيل الطبيعي 🌿 اطلبيه الآن", "instagram", "ar-SA"),
    ("health", "claims", "Fini les maux de tête ! Notre huile roll-on soulage la migraine en 5 minutes", "facebook", "fr-FR"),
    ("health", "claims", "Este collar de ámbar protege a tu bebé de los cólicos y la fiebre de la dentición", "tiktok", "es-MX"),
    ("health", "claims", "このサプリを飲み始めてから、花粉症がうそみたいに治りました！", "instagram", "ja-JP"),
    ("health", "claims", "Bu bitki çayı sayesinde migrenime elveda dedim 🙏", "instagram", "tr-TR"),
    ("health", "claims", "Koniec z bezsennością – nasze krople z melisą działają od pierwszej nocy", "facebook", "pl-PL"),
    ("urgency", "claims", "Only 3 left in stock – order now before this deal disappears forever", "amazon-bullet", "en-US"),
    ("urgency", "claims", "Thermobecher 500 ml – nur noch heute zum Aktionspreis, Restposten fast ausverkauft", "amazon-title", "de-DE"),
    ("urgency", "claims", "Nog maar 4 stuks over!! Na vanavond gaat de prijs weer omhoog ⏰", "instagram", "nl-NL"),
    ("urgency", "claims", "Zimebaki 3 tu! Bei inapanda kesho asubuhi, wahi sasa ⏳", "instagram", "sw-KE"),
    ("urgency", "claims", "باقي ٥ قطع فقط! العرض ينتهي خلال ساعتين والسعر يرجع بكرة", "instagram", "ar-EG"),
    ("urgency", "claims", "Plus que 2 pièces ! Dans 10 minutes le prix remonte, on ne le refera jamais", "live-script", "fr-FR"),
    ("urgency", "claims", "Zaino da trekking 30L - ultimi pezzi, offerta a tempo, scade tra 2 ore", "amazon-title", "it-IT"),
    ("urgency", "claims", "Sepatu Lari Pria - Stok Tinggal 2 - Promo Berakhir Malam Ini", "shopee-title", "id-ID"),
    ("counterfeit", "claims", "1:1 replica of the Birkin 30, same leather, same stitching, a fraction of the price. DM for pics", "instagram", "en-GB"),
    ("counterfeit", "claims", "Inspiriert von der bekannten Luxusmarke mit den zwei Cs 😉 – Tasche in Top-Qualität, sieht aus wie das Original", "instagram", "de-DE"),
    ("counterfeit", "claims", "Air Jordan 1 dupe, niet van echt te onderscheiden, maat 38–45", "facebook", "nl-NL"),
    ("counterfeit", "claims", "Saa za Rolex copy A, hazitofautiani na original. Bei poa!", "instagram", "sw-KE"),
    ("counterfeit", "claims", "ساعة رولكس طبق الأصل درجة أولى، نفس الوزن ونفس الماكينة", "instagram", "ar-AE"),
    ("counterfeit", "claims", "Sac style Louis Vuitton, réplique parfaite, personne ne verra la différence", "facebook", "fr-FR"),
    ("counterfeit", "claims", "Tênis Nike linha primeira, réplica perfeita, igual ao original", "instagram", "pt-BR"),
    ("sponsorship", "disclosure", "Danke an @kuestenkind_shop für das tolle Paket 💙 Mit meinem Code LENA15 spart ihr 15 %!", "instagram", "de-DE"),
    ("sponsorship", "disclosure", "Deze mooie sjaal kreeg ik van @wolwinkel 😍 met code SANNE10 krijg je korting", "instagram", "nl-NL"),
    ("reviews", "claims", "Noté 4,9/5 par plus de 20 000 clientes ravies ⭐️", "instagram", "fr-FR"),
    ("weight", "claims", "Punguza kilo 10 kwa wiki mbili bila mazoezi na chai yetu ya kijani!", "instagram", "sw-TZ"),
    ("superlative", "claims", "أفضل عسل في العالم 🍯 من جبال اليمن مباشرة", "facebook", "ar-SA"),
    ("guarantee", "claims", "Resultados garantizados o le devolvemos su dinero", "amazon-bullet", "es-ES"),
    ("green", "claims", "100%可降解，对地球零伤害 🌍", "instagram", "zh-CN"),
]

C = [  # (kind of look-alike, text, target, market)
    ("negation", "This balm is not a medicine and won't cure eczema — it's just a rich hand cream for dry winter skin.", "instagram", "en-US"),
    ("negation", "Kein Wundermittel gegen Rückenschmerzen – aber ein richtig bequemes Kissen fürs Sofa.", "instagram", "de-DE"),
    ("negation", "Attention : ce thé ne remplace pas un traitement médical. Il est simplement délicieux après le dîner.", "facebook", "fr-FR"),
    ("material", "Bamboo cutting board with juice groove, large, solid wood", "etsy-title", "en-US"),
    ("material", "Leinen-Geschirrtuch 50 x 70 cm, 3er Set, naturfarben", "amazon-title", "de-DE"),
    ("disclosed", "Anzeige | Danke an @kuestenkind_shop für das Paket 💙 Mit meinem Code LENA15 spart ihr 15 %.", "instagram", "de-DE"),
    ("disclosed", "#reclame | Deze sjaal kreeg ik van @wolwinkel, met code SANNE10 krijg je korting", "instagram", "nl-NL"),
    ("disclosed", "Collaboration commerciale avec @maisonlin — j'ai reçu ce linge de lit, code CLARA10 pour -10 %", "instagram", "fr-FR"),
    ("disclosed", "Publicidad | Gracias a @solcosmetica por el envío; con mi código LUCIA10 tenéis un 10 %", "instagram", "es-ES"),
    ("disclosed", "#إعلان شكراً لـ @dar_alward على الهدية 🌹 استخدموا كود NOOR10", "instagram", "ar-SA"),
    ("disclosed", "#PR @hanacosme さんからいただきました。コードYUKI10で10%オフ", "instagram", "ja-JP"),
    ("sourced", "Named a Best Buy by Which? in its March 2026 kettle test — thrilled!", "instagram", "en-GB"),
    ("sourced", "Stiftung Warentest, Heft 11/2026: Note „gut“ (2,1) für unseren Fahrradhelm.", "instagram", "de-DE"),
    ("deadline", "Sale ends Sunday 7 December at midnight. Plenty of sizes in stock.", "instagram", "en-GB"),
    ("deadline", "Actie geldig t/m 31 december 2026. Op = op, maar we hebben nog ruim voorraad.", "instagram", "nl-NL"),
    ("deadline", "Ofa hii inaisha tarehe 15 Desemba. Bidhaa zipo za kutosha.", "instagram", "sw-KE"),
    ("deadline", "العرض ساري حتى ٣١ ديسمبر. الكميات متوفرة بجميع المقاسات", "instagram", "ar-SA"),
    ("deadline", "Soldes jusqu'au 10 janvier inclus, réassort de toutes les tailles cette semaine.", "instagram", "fr-FR"),
    ("deadline", "Promo valida fino al 20 dicembre, disponibile in tutte le taglie.", "instagram", "it-IT"),
    ("health-word", "Our sourdough starter is alive and healthy — feed it once a day and it will outlive us all.", "instagram", "en-US"),
    ("health-word", "Heiligabend kommt schneller als gedacht – bestellt bis 20.12. für Lieferung vor Weihnachten.", "instagram", "de-DE"),
    ("health-word", "Dawa ya meno? Hapana 😄 hii ni sabuni ya mikono yenye harufu ya limau.", "instagram", "sw-KE"),
    ("health-word", "Kalbimin ilacı bu kahve 😂 sabahları onsuz olmuyor", "instagram", "tr-TR"),
    ("health-word", "Remedio casero para las manchas de la ropa: vinagre y bicarbonato. Nuestro cesto de lavandería, en oferta.", "facebook", "es-ES"),
    ("health-word", "Deze plant is onverwoestbaar: zelfs ik krijg hem niet dood 🌿", "instagram", "nl-NL"),
    ("replica", "Replica Victorian brass door knocker, cast from an 1890s original, no brand", "etsy-title", "en-GB"),
    ("replica", "Unsere Handtasche aus eigener Werkstatt – kein Logo, kein Fake, einfach gutes Leder.", "instagram", "de-DE"),
    ("replica", "Inspiré des cafés parisiens des années 30 : notre nouvelle tasse en grès.", "instagram", "fr-FR"),
    ("replica", "Original de fábrica, com nota fiscal e garantia de 1 ano da marca.", "instagram", "pt-BR"),
    ("countdown", "Only 3 days left until our pop-up opens in Leeds! See you Saturday.", "instagram", "en-GB"),
    ("countdown", "Tinggal 2 hari lagi toko kami buka di Bandung! Sampai jumpa Sabtu ya.", "instagram", "id-ID"),
    ("countdown", "3일 남았어요! 토요일 성수동 팝업에서 만나요 😊", "instagram", "ko-KR"),
    ("countdown", "距离我们的周年店庆还有3天，欢迎周六来店里坐坐。", "instagram", "zh-CN"),
    ("countdown", "Zostały tylko 3 dni do otwarcia naszego sklepu w Gdańsku! Do zobaczenia w sobotę.", "instagram", "pl-PL"),
    ("countdown", "Chỉ còn 2 ngày nữa là cửa hàng mới khai trương ở Đà Nẵng, hẹn gặp mọi người!", "facebook", "vi-VN"),
]


def rows() -> list[dict]:
    out = []
    for i, (sub, label, text, target, market) in enumerate(V, 1):
        out.append({"id": f"s13v-{i:03d}", "split": "selfcheck13", "family": label, "subfamily": sub, "text": text,
                    "target": target, "market": market, "facts": None, "context": {}, "labels": [label]})
    for i, (kind, text, target, market) in enumerate(C, 1):
        out.append({"id": f"s13c-{i:03d}", "split": "selfcheck13", "family": "clean", "subfamily": "clean", "text": text,
                    "target": target, "market": market, "facts": None, "context": {}, "labels": [], "note": kind})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("selfcheck13.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    rs = rows()
    print(f"{len(rs)} texts, {len({r['market'].split('-')[0] for r in rs})} languages, "
          f"{sum(1 for r in rs if not r['labels'])} clean -> {path}")
