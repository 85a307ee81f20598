"""Writes ``holdout7.jsonl``: the seventh hold-out, for issue 17 (claims by meaning, not by phrase).

Written by the lead on 2026-12-02 BEFORE anyone changed a rule for issue 17, and without reading the
phrase lists: texts the way sellers write them (social captions, marketplace titles and bullets, livestream
lines), in 17 registry languages, labelled by hand. Its first run is the honest figure for the rules as they
were; it must not be tuned on — the next round writes ``holdout8`` first.

Each entry has the engine family it violates in ``labels`` (``claims`` or ``disclosure``; empty = clean) and
the claim family of issue 17 in ``subfamily``: health, weight, before-after, superlative, guarantee, reviews,
green, urgency, counterfeit, sponsorship — or ``clean`` for texts that must pass (materials named like
claims, negations, real certifications given as facts, disclosed sponsorship…).
Run: ``python tests/corpus/make_holdout7.py`` (deterministic).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("holdout7.jsonl")
entries: list[dict] = []

FAMILY_OF = {"health": "claims", "weight": "claims", "before-after": "claims", "superlative": "claims",
             "guarantee": "claims", "reviews": "claims", "green": "claims", "urgency": "claims",
             "counterfeit": "claims", "sponsorship": "disclosure", "clean": None}


def add(sub: str, text: str, market: str, target: str = "generic", facts=None, context=None) -> None:
    n = len([e for e in entries if e["subfamily"] == sub]) + 1
    fam = FAMILY_OF[sub]
    entries.append({"id": f"h7{sub}-{n:03d}", "split": "holdout7", "family": fam or "clean", "subfamily": sub,
                    "text": text, "target": target, "market": market, "facts": facts, "context": context or {},
                    "labels": [fam] if fam else [], "note": ""})


# ---------------------------------------------------------------- health / medical / outcome promises
for t, m, tg in [
    ("Say bye-bye to stiff joints every morning 🙌 #arthritisrelief", "en-US", "instagram"),
    ("Sciatica flare-ups? Not anymore. This lumbar pillow changed everything.", "en-GB", "tiktok"),
    ("Keeps colds away all winter long — a must for school kids!", "en-AU", "facebook"),
    ("Rückenschmerzen adé – dank ergonomischer Form.", "de-DE", "instagram"),
    ("Stärkt das Immunsystem Ihrer Kinder in der Erkältungszeit.", "de-DE", "generic"),
    ("Fini les migraines grâce à notre huile roll-on.", "fr-FR", "instagram"),
    ("Soulage l'eczéma des tout-petits dès la première application.", "fr-FR", "generic"),
    ("Adiós a las varices con estas medias de compresión.", "es-ES", "instagram"),
    ("Olvídate del insomnio: duerme 8 horas desde la primera noche.", "es-MX", "tiktok"),
    ("Addio al mal di schiena con il nostro cuscino lombare.", "it-IT", "instagram"),
    ("Chega de enxaqueca com o nosso chá calmante.", "pt-BR", "instagram"),
    ("Nooit meer last van hooikoorts dankzij dit luchtfilter.", "nl-NL", "generic"),
    ("Koniec z bólem kolan – wkładki, które naprawdę leczą.", "pl-PL", "instagram"),
    ("Eklem ağrılarına son! Doğal bitki kremi.", "tr-TR", "instagram"),
    ("肩こりとサヨナラ、毎日5分のストレッチで。", "ja-JP", "instagram"),
    ("飲むだけで花粉症の症状が出なくなりました。", "ja-JP", "generic"),
    ("告别失眠，一觉睡到天亮。", "zh-SG", "generic"),
    ("孩子喝了不再感冒，增强抵抗力。", "zh-SG", "generic"),
    ("무릎 통증, 이제 그만! 하루 한 알로 관절 건강 회복.", "ko-KR", "instagram"),
    ("비염이 싹 사라지는 마법의 스프레이", "ko-KR", "generic"),
    ("وداعاً لآلام الظهر مع هذه المخدة الطبية.", "ar-SA", "instagram"),
    ("يقضي على حب الشباب نهائياً خلال أسبوع.", "ar-AE", "generic"),
    ("บอกลาอาการปวดหลัง ด้วยเบาะรองนั่งของเรา", "th-TH", "generic"),
    ("Tạm biệt đau dạ dày nhờ trà thảo mộc này.", "vi-VN", "generic"),
    ("Ampuh atasi asam urat dan kolesterol tanpa obat.", "id-ID", "generic"),
    ("अब जोड़ों के दर्द से छुटकारा, बिना दवा के।", "hi-IN", "generic"),
    ("Mapishi haya ya chai yanaponya kisukari.", "sw-KE", "generic"),
    ("Your skin will thank you — clears acne in 3 days, no prescription needed.", "en-US", "amazon-bullet"),
]:
    add("health", t, m, tg)

# ---------------------------------------------------------------- weight loss
for t, m, tg in [
    ("Drop a dress size by the weekend with our detox tea", "en-GB", "instagram"),
    ("Melt belly fat while you sleep.", "en-US", "tiktok"),
    ("Bis zu 5 Kilo weniger in zwei Wochen – ganz ohne Sport.", "de-DE", "generic"),
    ("Perdez vos kilos en trop sans régime.", "fr-FR", "generic"),
    ("Quema grasa abdominal sin dietas ni gimnasio.", "es-MX", "generic"),
    ("Dimagrisci 3 kg in 7 giorni con le nostre tisane.", "it-IT", "generic"),
    ("Seque a barriga em 10 dias com este cinto térmico.", "pt-BR", "generic"),
    ("Schudnij 10 kg bez wyrzeczeń!", "pl-PL", "generic"),
    ("Bu çay ile haftada 3 kilo verin.", "tr-TR", "generic"),
    ("飲むだけで-5kg!お腹ぽっこり解消。", "ja-JP", "generic"),
    ("一个月瘦十斤，不用节食。", "zh-SG", "generic"),
    ("한 달 만에 7kg 감량 성공 다이어트 젤리", "ko-KR", "generic"),
    ("اخسري ٥ كيلو في أسبوعين بدون رجيم.", "ar-SA", "generic"),
    ("ลดน้ำหนัก 5 กิโลใน 7 วัน ไม่ต้องอดอาหาร", "th-TH", "generic"),
    ("Giảm 5kg chỉ sau 1 tuần với trà xanh giảm cân.", "vi-VN", "generic"),
    ("Turun 5 kg dalam seminggu tanpa diet ketat.", "id-ID", "generic"),
]:
    add("weight", t, m, tg)

# ---------------------------------------------------------------- before / after
for t, m, tg in [
    ("Swipe to see the before & after 😱 3 weeks of our serum", "en-US", "instagram"),
    ("Vorher-Nachher: Falten sichtbar weg nach 14 Tagen.", "de-DE", "instagram"),
    ("Avant/après : regardez la différence après un mois !", "fr-FR", "instagram"),
    ("El antes y después de mi piel con este sérum 😍", "es-ES", "tiktok"),
    ("Antes e depois: manchas clareadas em 2 semanas.", "pt-BR", "instagram"),
    ("使用前と使用後のシミの違いを見てください。", "ja-JP", "generic"),
    ("使用前后对比，皱纹明显减少。", "zh-SG", "generic"),
    ("사용 전후 비교 사진 보세요, 기미가 사라졌어요", "ko-KR", "instagram"),
]:
    add("before-after", t, m, tg)

# ---------------------------------------------------------------- superlatives and rankings
for t, m, tg in [
    ("The #1 rated kettle in Australia", "en-AU", "amazon-title"),
    ("Germany's favourite coffee grinder — number one for 3 years running", "en-GB", "generic"),
    ("Testsieger 2026 – die beste Thermoskanne auf dem Markt", "de-DE", "generic"),
    ("Le meilleur aspirateur sans fil au monde", "fr-FR", "generic"),
    ("La mejor freidora de aire del mercado", "es-ES", "amazon-title"),
    ("Il frullatore numero uno in Italia", "it-IT", "generic"),
    ("O melhor protetor solar do Brasil", "pt-BR", "generic"),
    ("De allerbeste fietstas van Nederland", "nl-NL", "generic"),
    ("Najlepszy odkurzacz na rynku", "pl-PL", "generic"),
    ("Türkiye'nin en çok satan kahve makinesi", "tr-TR", "generic"),
    ("楽天ランキング1位の枕", "ja-JP", "generic"),
    ("全网销量第一的空气炸锅", "zh-SG", "generic"),
    ("판매량 1위 에어프라이어", "ko-KR", "generic"),
    ("الأفضل في السوق بلا منازع", "ar-SA", "generic"),
    ("หม้อทอดไร้น้ำมันที่ดีที่สุดในประเทศไทย", "th-TH", "generic"),
    ("Nồi chiên không dầu số 1 Việt Nam", "vi-VN", "generic"),
    ("Blender terbaik nomor satu di Indonesia", "id-ID", "generic"),
]:
    add("superlative", t, m, tg)

# ---------------------------------------------------------------- guarantees
for t, m, tg in [
    ("Results guaranteed or your money back — no questions asked", "en-US", "generic"),
    ("100% Erfolgsgarantie: Ihre Haare wachsen nach.", "de-DE", "generic"),
    ("Résultats garantis dès la première semaine.", "fr-FR", "generic"),
    ("Resultados garantizados o te devolvemos tu dinero.", "es-MX", "generic"),
    ("Risultati garantiti al 100%.", "it-IT", "generic"),
    ("Resultado garantido ou seu dinheiro de volta.", "pt-BR", "generic"),
    ("Gegarandeerd resultaat binnen een week.", "nl-NL", "generic"),
    ("Gwarancja efektów w 7 dni.", "pl-PL", "generic"),
    ("%100 sonuç garantili!", "tr-TR", "generic"),
    ("効果を100%保証します。", "ja-JP", "generic"),
    ("保证有效，无效退款。", "zh-SG", "generic"),
    ("효과 100% 보장, 효과 없으면 환불", "ko-KR", "generic"),
    ("نتائج مضمونة ١٠٠٪", "ar-SA", "generic"),
    ("รับประกันผลลัพธ์ 100% ไม่ได้ผลยินดีคืนเงิน", "th-TH", "generic"),
    ("Cam kết hiệu quả 100%, không hiệu quả hoàn tiền.", "vi-VN", "generic"),
    ("Dijamin berhasil 100% atau uang kembali.", "id-ID", "generic"),
]:
    add("guarantee", t, m, tg)

# ---------------------------------------------------------------- reviews and ratings (invented)
for t, m, tg in [
    ("Rated 4.9 stars by over 12,000 happy customers", "en-US", "amazon-bullet"),
    ("Loved by 50,000+ moms across the UK", "en-GB", "instagram"),
    ("Von über 10.000 Kunden mit 5 Sternen bewertet", "de-DE", "amazon-bullet"),
    ("Noté 4,8/5 par plus de 3 000 clients", "fr-FR", "generic"),
    ("Valorados con 4,9 estrellas por más de 12.000 compradores", "es-ES", "amazon-bullet"),
    ("Oltre 5.000 recensioni a 5 stelle", "it-IT", "generic"),
    ("Avaliado com 5 estrelas por mais de 8 mil clientes", "pt-BR", "generic"),
    ("Beoordeeld met 4,7 sterren door duizenden klanten", "nl-NL", "generic"),
    ("Ponad 2000 pozytywnych opinii klientów", "pl-PL", "generic"),
    ("10.000'den fazla müşteriden 5 yıldız", "tr-TR", "generic"),
    ("レビュー評価4.8、累計1万件以上の高評価！", "ja-JP", "generic"),
    ("好评率99%，十万买家推荐", "zh-SG", "generic"),
    ("리뷰 평점 4.9점, 구매자 만족도 98%", "ko-KR", "generic"),
    ("تقييم ٤٫٩ نجوم من أكثر من ١٠ آلاف عميل", "ar-SA", "generic"),
    ("รีวิว 5 ดาวจากลูกค้ากว่า 10,000 คน", "th-TH", "generic"),
    ("Hơn 5.000 đánh giá 5 sao từ khách hàng", "vi-VN", "generic"),
    ("Rating 4.9 dari 20 ribu pembeli", "id-ID", "generic"),
]:
    add("reviews", t, m, tg)

# ---------------------------------------------------------------- greenwashing (no certification fact)
for t, m, tg in [
    ("Planet-friendly packaging, zero footprint", "en-GB", "instagram"),
    ("CO₂-neutral hergestellt und gut fürs Klima", "de-DE", "generic"),
    ("Zéro impact sur la planète", "fr-FR", "generic"),
    ("Producto 100% ecológico y respetuoso con el medio ambiente", "es-ES", "generic"),
    ("Prodotto green a impatto zero", "it-IT", "generic"),
    ("Produto sustentável que não agride o meio ambiente", "pt-BR", "generic"),
    ("Klimaatneutraal geproduceerd", "nl-NL", "generic"),
    ("W pełni ekologiczny i przyjazny dla planety", "pl-PL", "generic"),
    ("Doğa dostu, %100 çevreci üretim", "tr-TR", "generic"),
    ("地球にやさしいエコな素材", "ja-JP", "generic"),
    ("绿色环保，零碳排放", "zh-SG", "generic"),
    ("지구를 생각한 친환경 제품", "ko-KR", "generic"),
    ("منتج صديق للبيئة بالكامل", "ar-SA", "generic"),
    ("ผลิตภัณฑ์รักษ์โลก เป็นมิตรกับสิ่งแวดล้อม 100%", "th-TH", "generic"),
    ("Sản phẩm thân thiện với môi trường 100%", "vi-VN", "generic"),
    ("Produk ramah lingkungan 100%", "id-ID", "generic"),
]:
    add("green", t, m, tg)

# ---------------------------------------------------------------- scarcity / urgency in marketplace copy
for t, m, tg in [
    ("Only 3 left in stock - order within the next 10 minutes", "en-US", "amazon-bullet"),
    ("Hurry, this deal ends tonight at midnight, selling out fast", "en-US", "tiktok-shop-description"),
    ("Nur noch wenige Stück verfügbar, jetzt schnell zugreifen", "de-DE", "amazon-bullet"),
    ("Dernières pièces disponibles, commandez vite avant rupture", "fr-FR", "amazon-bullet"),
    ("Últimas unidades, compra antes de que se agoten", "es-MX", "amazon-bullet"),
    ("Ultimi pezzi disponibili, affrettati", "it-IT", "amazon-bullet"),
    ("Últimas unidades, corra antes que acabe", "pt-BR", "amazon-bullet"),
    ("残りわずか、今すぐご注文ください", "ja-JP", "amazon-bullet"),
    ("库存告急，手慢无", "zh-SG", "generic"),
    ("Stok terbatas, buruan checkout sebelum kehabisan", "id-ID", "tiktok-shop-description"),
    ("Số lượng có hạn, nhanh tay đặt hàng kẻo hết", "vi-VN", "tiktok-shop-description"),
    ("ของมีจำนวนจำกัด รีบสั่งก่อนหมด", "th-TH", "tiktok-shop-description"),
]:
    add("urgency", t, m, tg)

# ---------------------------------------------------------------- counterfeit signals
for t, m, tg in [
    ("1:1 replica of the designer bag, same quality for less", "en-US", "generic"),
    ("Inspired by Chanel — the perfect dupe", "en-GB", "instagram"),
    ("Originalgetreue Kopie der bekannten Designeruhr", "de-DE", "generic"),
    ("Imitación perfecta de la marca original", "es-MX", "generic"),
    ("Réplique parfaite du sac de luxe", "fr-FR", "generic"),
    ("Réplica idêntica ao original", "pt-BR", "generic"),
    ("大牌同款 高仿 原单品质", "zh-SG", "generic"),
    ("ブランド風 スーパーコピー 財布", "ja-JP", "generic"),
    ("명품 st 레플리카 가방", "ko-KR", "generic"),
    ("KW super premium mirip original", "id-ID", "generic"),
]:
    add("counterfeit", t, m, tg)

# ---------------------------------------------------------------- undisclosed sponsorship (post not marked sponsored)
for t, m, tg in [
    ("Huge thanks to @glowlab for sending me this serum 💕 use my code MIA20 for 20% off", "en-US", "instagram"),
    ("Got this for free from @brewco, code JAKE15 saves you 15%", "en-GB", "tiktok"),
    ("Danke an @naturkind für das Geschenk! Mit meinem Code LENA10 spart ihr 10 %", "de-DE", "instagram"),
    ("Merci @belleepoque pour ce cadeau, code CLARA15 pour -15 %", "fr-FR", "instagram"),
    ("Gracias a @solymar por regalarme este bikini, usa mi código ANA10", "es-ES", "instagram"),
    ("Grazie a @dolcecasa per questo regalo, codice GIULIA10 per lo sconto", "it-IT", "instagram"),
    ("Obrigada @belezapura pelo presente! Cupom BIA15 com desconto", "pt-BR", "instagram"),
    ("@tokyobeautyさんからいただきました！クーポンコードYUKI10で10%オフ", "ja-JP", "instagram"),
    ("感谢@美妆小铺送的礼物，用我的优惠码LILY10打九折", "zh-SG", "instagram"),
    ("@글로우랩 에서 협찬받은 세럼이에요, 할인코드 MINJI10", "ko-KR", "instagram"),
    ("شكراً لـ @عطور_الشرق على الهدية، استخدموا كود NOUR10 للخصم", "ar-SA", "instagram"),
    ("ขอบคุณ @skinlab ที่ส่งมาให้ลองนะคะ ใช้โค้ด PLOY10 ลด 10%", "th-TH", "instagram"),
    ("Terima kasih @kopikita atas kirimannya, pakai kode SARI10 diskon 10%", "id-ID", "instagram"),
]:
    add("sponsorship", t, m, tg)

# ---------------------------------------------------------------- clean: must pass
for t, m, tg, facts, ctx in [
    ("Bamboo cutting board, 40 x 30 cm, hand wash only", "en-US", "amazon-title", None, None),
    ("Bambus-Schneidebrett mit Saftrille", "de-DE", "generic", None, None),
    ("Planche à découper en bambou massif", "fr-FR", "generic", None, None),
    ("Our linen shirt in three colours — relaxed fit, coconut-shell buttons.", "en-GB", "instagram", None, None),
    ("Not a medical device. Consult your doctor if pain persists.", "en-US", "amazon-bullet", None, None),
    ("Dieses Produkt ersetzt keine ärztliche Behandlung.", "de-DE", "generic", None, None),
    ("Cet oreiller ne soigne pas les douleurs cervicales, mais il soutient la nuque.", "fr-FR", "generic",
     None, None),
    ("Soft memory-foam pillow that supports your neck while you sleep.", "en-US", "generic", None, None),
    ("Almohada viscoelástica que se adapta a tu cuello.", "es-ES", "generic", None, None),
    ("Cuscino in memory foam, federa lavabile a 40 °C.", "it-IT", "generic", None, None),
    ("Travesseiro de espuma com capa removível.", "pt-BR", "generic", None, None),
    ("Kussen van traagschuim met afneembare hoes.", "nl-NL", "generic", None, None),
    ("Poduszka z pianki z wyjmowanym pokrowcem.", "pl-PL", "generic", None, None),
    ("Yıkanabilir kılıflı visko yastık.", "tr-TR", "generic", None, None),
    ("低反発まくら、カバーは洗濯機で洗えます。", "ja-JP", "generic", None, None),
    ("记忆棉枕头，枕套可机洗。", "zh-SG", "generic", None, None),
    ("메모리폼 베개, 커버는 세탁기 사용 가능", "ko-KR", "generic", None, None),
    ("وسادة من الإسفنج الطبي مع غطاء قابل للغسل.", "ar-SA", "generic", None, None),
    ("หมอนเมมโมรี่โฟม ปลอกถอดซักได้", "th-TH", "generic", None, None),
    ("Gối foam hoạt tính, vỏ gối có thể giặt máy.", "vi-VN", "generic", None, None),
    ("Bantal memory foam dengan sarung yang bisa dicuci.", "id-ID", "generic", None, None),
    ("मेमोरी फोम तकिया, धोने योग्य कवर के साथ।", "hi-IN", "generic", None, None),
    ("T-shirt made of organic cotton, GOTS certified.", "en-GB", "generic",
     {"material": "100% organic cotton", "certification": "GOTS"}, None),
    ("Aus recyceltem Polyester, zertifiziert nach GRS.", "de-DE", "generic",
     {"material": "recycled polyester", "certification": "GRS (Global Recycled Standard)"}, None),
    ("#ad Thanks @glowlab for sending this serum — code MIA20 for 20% off", "en-US", "instagram", None,
     {"sponsored": True}),
    ("Anzeige | Danke an @naturkind, mit Code LENA10 spart ihr 10 %", "de-DE", "instagram", None,
     {"sponsored": True}),
    ("Sale ends Sunday 6 December — 20% off all mugs.", "en-GB", "instagram", None, None),
    ("Our best-fitting jeans yet: a new cut with more stretch.", "en-US", "instagram", None, None),
    ("Best served chilled.", "en-GB", "instagram", None, None),
    ("Gift-wrapped and ready to give — free delivery over £40.", "en-GB", "instagram", None, None),
    ("Mug in stoneware, 350 ml, dishwasher safe.", "en-US", "amazon-bullet",
     {"material": "stoneware", "capacity": "350 ml"}, None),
    ("Handmade in Portugal from cork.", "en-GB", "generic", {"material": "cork", "origin": "Portugal"}, None),
    ("Tell us in the comments which colour you'd pick 👇", "en-US", "instagram", None, None),
    ("¿Cuál es tu color favorito? Cuéntanos en los comentarios 👇", "es-MX", "instagram", None, None),
    ("Welche Farbe gefällt euch am besten? 👇", "de-DE", "instagram", None, None),
    ("新色のベージュが入荷しました。", "ja-JP", "instagram", None, None),
    ("新款米色现已到货。", "zh-SG", "instagram", None, None),
    ("Koleksi baru warna krem sudah tersedia.", "id-ID", "instagram", None, None),
    ("Chiếc áo linen mới, thoáng mát cho mùa hè.", "vi-VN", "instagram", None, None),
    ("Nieuwe kleuren in de winkel vanaf vandaag.", "nl-NL", "instagram", None, None),
]:
    add("clean", t, m, tg, facts, ctx)


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    langs = sorted({e["market"].split("-")[0] for e in entries})
    print(f"{len(entries)} texts, {len(langs)} languages ({', '.join(langs)}) -> {OUT.name}")
