"""Writes ``holdout8.jsonl``: the eighth hold-out, for issue 17's second round.

Written by the lead on 2026-12-02 while the rules were being changed after ``holdout7``'s first run, kept
out of the tuner's sight (outside the repository) until the tuning was committed, then run once: its first
run is the honest figure for the changed rules. Same labels as ``holdout7`` (``labels`` = engine family,
``subfamily`` = issue 17's claim family or ``clean``). New wording throughout — no sentence of holdout7
reused — and every registry language.
Run: ``python tests/corpus/make_holdout8.py`` (deterministic).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("holdout8.jsonl")
entries: list[dict] = []

FAMILY_OF = {"health": "claims", "weight": "claims", "before-after": "claims", "superlative": "claims",
             "guarantee": "claims", "reviews": "claims", "green": "claims", "urgency": "claims",
             "counterfeit": "claims", "sponsorship": "disclosure", "clean": None}


def add(sub: str, text: str, market: str, target: str = "generic", facts=None, context=None) -> None:
    n = len([e for e in entries if e["subfamily"] == sub]) + 1
    fam = FAMILY_OF[sub]
    entries.append({"id": f"h8{sub}-{n:03d}", "split": "holdout8", "family": fam or "clean", "subfamily": sub,
                    "text": text, "target": target, "market": market, "facts": facts, "context": context or {},
                    "labels": [fam] if fam else [], "note": ""})


for t, m, tg in [
    ("No more aching feet after a long shift — these insoles fix plantar pain for good", "en-US", "tiktok"),
    ("Helps your little one fight off tummy bugs this winter", "en-GB", "facebook"),
    ("Finally free of heartburn, thanks to this herbal blend", "en-CA", "instagram"),
    ("Heals cracked heels overnight ✨", "en-AU", "instagram"),
    ("Nie wieder Sodbrennen – mit unserem Kräutertee.", "de-DE", "instagram"),
    ("Hilft gegen Schlafstörungen und innere Unruhe.", "de-DE", "generic"),
    ("Dites stop aux jambes lourdes grâce à ce gel.", "fr-FR", "instagram"),
    ("Protège vos enfants contre les rhumes tout l'hiver.", "fr-CA", "generic"),
    ("Acaba con la caspa para siempre.", "es-MX", "generic"),
    ("Previene la gripe en toda la familia.", "es-CO", "generic"),
    ("Sconfigge la cistite in pochi giorni.", "it-IT", "generic"),
    ("Livre-se da rinite com este spray natural.", "pt-BR", "generic"),
    ("Verlost je van rugpijn in één week.", "nl-NL", "generic"),
    ("Pożegnaj migrenę raz na zawsze.", "pl-PL", "generic"),
    ("Migrene ağrılarına elveda deyin.", "tr-TR", "generic"),
    ("腰痛が消える魔法のクッション", "ja-JP", "generic"),
    ("風邪をひかない体づくりに。子どもにも安心のサプリ", "ja-JP", "generic"),
    ("从此和颈椎痛说再见。", "zh-SG", "generic"),
    ("두통이 싹 사라지는 아로마 오일", "ko-KR", "generic"),
    ("아토피 피부가 완치됐어요", "ko-KR", "instagram"),
    ("يعالج القولون العصبي بشكل طبيعي.", "ar-EG", "generic"),
    ("هذا المشروب يحمي أطفالك من نزلات البرد.", "ar-SA", "generic"),
    ("แก้ปวดเข่าหายขาด ไม่ต้องพึ่งยา", "th-TH", "generic"),
    ("Chữa dứt điểm mất ngủ chỉ sau 3 ngày.", "vi-VN", "generic"),
    ("Ampuh sembuhkan maag tanpa kambuh lagi.", "id-ID", "generic"),
    ("Menyembuhkan sakit sendi secara semula jadi.", "ms-MY", "generic"),
    ("Pampawala ng rayuma sa loob ng isang linggo.", "fil-PH", "generic"),
    ("यह तेल बालों का झड़ना हमेशा के लिए रोकता है।", "hi-IN", "generic"),
    ("Dawa hii huondoa maumivu ya mgongo kabisa.", "sw-KE", "generic"),
]:
    add("health", t, m, tg)

for t, m, tg in [
    ("Lose 10 lbs in 10 days, no gym needed", "en-US", "instagram"),
    ("Blast away stubborn fat with just one capsule a day", "en-GB", "generic"),
    ("Schlank in 30 Tagen – ohne Hungern.", "de-DE", "generic"),
    ("Maigrir vite et sans effort avec notre thé.", "fr-FR", "generic"),
    ("Adelgaza 4 kilos en un mes.", "es-ES", "generic"),
    ("Perdi peso senza rinunce.", "it-IT", "generic"),
    ("Emagreça 6 kg em 30 dias.", "pt-BR", "generic"),
    ("Val 5 kilo af in een maand.", "nl-NL", "generic"),
    ("Zrzuć brzuch w 2 tygodnie.", "pl-PL", "generic"),
    ("Bir ayda 8 kilo verdiren kapsül.", "tr-TR", "generic"),
    ("1ヶ月でマイナス5キロ！", "ja-JP", "generic"),
    ("七天瘦小肚子", "zh-SG", "generic"),
    ("먹으면서 빠지는 다이어트 보조제", "ko-KR", "generic"),
    ("تخلص من الكرش في أسبوعين.", "ar-AE", "generic"),
    ("ผอมลงใน 2 สัปดาห์ ไม่ต้องออกกำลังกาย", "th-TH", "generic"),
    ("Giảm mỡ bụng cấp tốc trong 7 ngày.", "vi-VN", "generic"),
    ("Langsing dalam 2 minggu tanpa olahraga.", "id-ID", "generic"),
    ("Kurus dalam masa seminggu.", "ms-MY", "generic"),
]:
    add("weight", t, m, tg)

for t, m, tg in [
    ("Day 1 vs day 30 — look at my skin now", "en-US", "tiktok"),
    ("Before and after using the whitening strips 😁", "en-GB", "instagram"),
    ("Vorher/Nachher nach 4 Wochen Haarkur.", "de-DE", "instagram"),
    ("Avant-après : mes cernes ont disparu.", "fr-FR", "instagram"),
    ("Antes y después de 21 días con el sérum.", "es-MX", "instagram"),
    ("Prima e dopo: guarda i risultati.", "it-IT", "instagram"),
    ("Voor en na: het verschil is enorm.", "nl-NL", "instagram"),
    ("Przed i po kuracji – zobaczcie różnicę.", "pl-PL", "instagram"),
    ("ビフォーアフターで毛穴の違いが一目瞭然", "ja-JP", "instagram"),
    ("使用前vs使用后，效果惊人", "zh-SG", "instagram"),
    ("Trước và sau khi dùng kem 2 tuần", "vi-VN", "instagram"),
    ("Sebelum dan sesudah pemakaian serum", "id-ID", "instagram"),
]:
    add("before-after", t, m, tg)

for t, m, tg in [
    ("Voted the UK's No. 1 pillow", "en-GB", "generic"),
    ("Simply the best blender money can buy", "en-US", "amazon-title"),
    ("Platz 1 bei Amazon in der Kategorie Wasserkocher", "de-DE", "generic"),
    ("N°1 des ventes en France", "fr-FR", "generic"),
    ("El número 1 en ventas de España", "es-ES", "generic"),
    ("Il più venduto d'Italia", "it-IT", "generic"),
    ("A escova mais vendida do Brasil", "pt-BR", "generic"),
    ("Nummer 1 in Nederland", "nl-NL", "generic"),
    ("Numer jeden w Polsce", "pl-PL", "generic"),
    ("Dünyanın en iyi saç kurutma makinesi", "tr-TR", "generic"),
    ("売上No.1の美容液", "ja-JP", "generic"),
    ("销量冠军，行业第一", "zh-SG", "generic"),
    ("국내 최고의 전기포트", "ko-KR", "generic"),
    ("رقم ١ في المبيعات في الإمارات", "ar-AE", "generic"),
    ("ขายดีอันดับ 1", "th-TH", "generic"),
    ("Máy xay tốt nhất thế giới", "vi-VN", "generic"),
    ("Paling laris se-Indonesia", "id-ID", "generic"),
    ("सबसे अच्छा मिक्सर ग्राइंडर", "hi-IN", "generic"),
]:
    add("superlative", t, m, tg)

for t, m, tg in [
    ("Guaranteed to stop snoring from night one", "en-US", "generic"),
    ("Wir garantieren sichtbare Ergebnisse.", "de-DE", "generic"),
    ("Efficacité garantie ou remboursé.", "fr-FR", "generic"),
    ("Garantizamos resultados visibles en 7 días.", "es-ES", "generic"),
    ("Efficacia garantita.", "it-IT", "generic"),
    ("Garantimos o resultado.", "pt-BR", "generic"),
    ("Resultaat gegarandeerd.", "nl-NL", "generic"),
    ("Gwarantujemy rezultaty.", "pl-PL", "generic"),
    ("Etkisi garantilidir.", "tr-TR", "generic"),
    ("効果保証付き", "ja-JP", "generic"),
    ("效果保证，不满意全额退款", "zh-SG", "generic"),
    ("효과 보장 제품", "ko-KR", "generic"),
    ("فعالية مضمونة أو استرداد أموالك", "ar-SA", "generic"),
    ("การันตีผลลัพธ์", "th-TH", "generic"),
    ("Đảm bảo hiệu quả 100%", "vi-VN", "generic"),
    ("Garansi hasil atau uang kembali", "id-ID", "generic"),
]:
    add("guarantee", t, m, tg)

for t, m, tg in [
    ("4.8★ from 9,000+ verified buyers", "en-US", "amazon-bullet"),
    ("Over 20,000 five-star reviews", "en-GB", "generic"),
    ("Mehr als 3.000 begeisterte Bewertungen", "de-DE", "generic"),
    ("Plus de 10 000 avis 5 étoiles", "fr-FR", "generic"),
    ("Más de 7.000 opiniones de 5 estrellas", "es-ES", "generic"),
    ("Valutato 4,9 su 5 da migliaia di clienti", "it-IT", "generic"),
    ("Nota 4,9 com mais de 3 mil avaliações", "pt-BR", "generic"),
    ("Meer dan 1.000 vijfsterrenreviews", "nl-NL", "generic"),
    ("Ocena 4,9 od ponad 5 tysięcy klientów", "pl-PL", "generic"),
    ("Binlerce olumlu yorum, 4.9 puan", "tr-TR", "generic"),
    ("口コミ評価★4.7、リピート率90%", "ja-JP", "generic"),
    ("累计好评10万+", "zh-SG", "generic"),
    ("구매 후기 1만 건, 평점 4.8", "ko-KR", "generic"),
    ("أكثر من ٥٠٠٠ تقييم بخمس نجوم", "ar-EG", "generic"),
    ("รีวิวดีกว่า 2 หมื่นรายการ", "th-TH", "generic"),
    ("Được 10.000 khách hàng đánh giá 5 sao", "vi-VN", "generic"),
    ("Lebih dari 5.000 ulasan bintang 5", "id-ID", "generic"),
]:
    add("reviews", t, m, tg)

for t, m, tg in [
    ("Carbon-neutral delivery — shop guilt-free", "en-US", "instagram"),
    ("Kind to the Earth, kind to you", "en-GB", "generic"),
    ("Klimafreundlich und nachhaltig produziert", "de-DE", "generic"),
    ("Respectueux de l'environnement et neutre en carbone", "fr-FR", "generic"),
    ("Sostenible y neutro en carbono", "es-ES", "generic"),
    ("Ecosostenibile e amico dell'ambiente", "it-IT", "generic"),
    ("Ecologicamente correto e carbono neutro", "pt-BR", "generic"),
    ("Duurzaam en milieuvriendelijk", "nl-NL", "generic"),
    ("Przyjazny dla środowiska i neutralny klimatycznie", "pl-PL", "generic"),
    ("Çevre dostu ve karbon nötr", "tr-TR", "generic"),
    ("環境にやさしいカーボンニュートラル製品", "ja-JP", "generic"),
    ("环保无污染，碳中和", "zh-SG", "generic"),
    ("탄소중립 친환경 포장", "ko-KR", "generic"),
    ("صديق للبيئة وخالٍ من الانبعاثات الكربونية", "ar-AE", "generic"),
    ("เป็นมิตรต่อสิ่งแวดล้อม", "th-TH", "generic"),
    ("Thân thiện môi trường, trung hòa carbon", "vi-VN", "generic"),
    ("Ramah lingkungan dan bebas emisi", "id-ID", "generic"),
]:
    add("green", t, m, tg)

for t, m, tg in [
    ("Last chance - stock almost gone, buy now before the price goes up", "en-US", "amazon-bullet"),
    ("Limited stock, only a few pieces left today", "en-GB", "tiktok-shop-description"),
    ("Solange der Vorrat reicht, nur noch heute zum Aktionspreis", "de-DE", "amazon-bullet"),
    ("Stock limité, plus que quelques exemplaires", "fr-FR", "amazon-bullet"),
    ("Stock limitado, quedan pocas piezas", "es-ES", "amazon-bullet"),
    ("Scorte limitate, ordina subito", "it-IT", "amazon-bullet"),
    ("Estoque limitado, garanta já o seu", "pt-BR", "amazon-bullet"),
    ("在庫限り、お早めに", "ja-JP", "amazon-bullet"),
    ("限时抢购，仅剩最后几件", "zh-SG", "generic"),
    ("Buruan, stok tinggal sedikit", "id-ID", "tiktok-shop-description"),
    ("Nhanh tay kẻo lỡ, chỉ còn vài sản phẩm", "vi-VN", "tiktok-shop-description"),
    ("เหลือไม่กี่ชิ้นแล้ว รีบกดสั่งเลย", "th-TH", "tiktok-shop-description"),
    ("Stok terhad, cepat sebelum habis", "ms-MY", "tiktok-shop-description"),
]:
    add("urgency", t, m, tg)

for t, m, tg in [
    ("Mirror-quality copy of the famous designer sneaker", "en-US", "generic"),
    ("Fake Rolex, looks just like the real one", "en-GB", "generic"),
    ("Nachbildung der bekannten Designertasche", "de-DE", "generic"),
    ("Copie conforme du parfum de marque", "fr-FR", "generic"),
    ("Réplica exacta de las zapatillas de marca", "es-ES", "generic"),
    ("Cópia perfeita da bolsa de grife", "pt-BR", "generic"),
    ("一比一复刻大牌手表", "zh-SG", "generic"),
    ("有名ブランドのコピー品バッグ", "ja-JP", "generic"),
    ("짝퉁 명품 지갑 A급", "ko-KR", "generic"),
    ("Tas KW replika branded", "id-ID", "generic"),
]:
    add("counterfeit", t, m, tg)

for t, m, tg in [
    ("Thank you @peakgear for gifting me this jacket! Code SAM10 = 10% off", "en-US", "instagram"),
    ("@lumaskin sent me their new cream to try — grab it with my code ELLA15", "en-GB", "tiktok"),
    ("Vielen Dank an @waldwerk für die Zusendung – Code TIM15 gibt 15 % Rabatt", "de-DE", "instagram"),
    ("Un grand merci à @maisonlou pour l'envoi, profitez de -10 % avec LUCIE10", "fr-FR", "instagram"),
    ("Gracias a @casaverde por enviarme esta lámpara, con mi código PAU10 tienes descuento", "es-MX", "instagram"),
    ("Grazie @vitabella per l'omaggio, usate il codice SOFIA15", "it-IT", "instagram"),
    ("Recebi da @lojaluz e amei! Usa meu cupom CAROL10", "pt-BR", "instagram"),
    ("Bedankt @groenhuis voor dit cadeau, met code EVA10 krijg je korting", "nl-NL", "instagram"),
    ("Dziękuję @kosmetykipl za prezent, z kodem OLA10 macie rabat", "pl-PL", "instagram"),
    ("@cafemarka'ya hediye için teşekkürler, AYSE10 koduyla indirim", "tr-TR", "instagram"),
    ("@hanabiさんから提供していただきました。コードSAKI15で15%オフ", "ja-JP", "instagram"),
    ("@美肌研究所 寄来的新品，用我的码ANNA15享85折", "zh-SG", "instagram"),
    ("@코스메틱랩 에서 제공받았어요! 코드 JIWOO15", "ko-KR", "instagram"),
    ("شكراً @متجر_الورد على الهدية، كود SARA15 للخصم", "ar-AE", "instagram"),
    ("Cảm ơn @mocmoc đã gửi tặng, nhập mã LAN10 để được giảm giá", "vi-VN", "instagram"),
]:
    add("sponsorship", t, m, tg)

for t, m, tg, facts, ctx in [
    ("Solid bamboo serving tray with handles", "en-GB", "generic", None, None),
    ("Bamboe snijplank, 35 x 25 cm", "nl-NL", "generic", None, None),
    ("Tabla de cortar de bambú", "es-ES", "generic", None, None),
    ("Sized for a small bag: 12 x 8 cm, 40 g.", "en-US", "generic", {"dimensions": "12 x 8 cm", "weight": "40 g"},
     None),
    ("This is not a medicine and does not treat any illness.", "en-GB", "generic", None, None),
    ("Kein Arzneimittel. Bei Beschwerden fragen Sie Ihren Arzt.", "de-DE", "generic", None, None),
    ("Ne remplace pas un avis médical.", "fr-FR", "generic", None, None),
    ("No sustituye el consejo médico.", "es-ES", "generic", None, None),
    ("Warm wool socks for cold mornings.", "en-US", "instagram", None, None),
    ("Warme Wollsocken für kalte Tage.", "de-DE", "instagram", None, None),
    ("Chaussettes en laine pour l'hiver.", "fr-FR", "instagram", None, None),
    ("Calcetines de lana para el invierno.", "es-MX", "instagram", None, None),
    ("Calzini di lana per l'inverno.", "it-IT", "instagram", None, None),
    ("Meias de lã para o inverno.", "pt-BR", "instagram", None, None),
    ("Wollen sokken voor de winter.", "nl-NL", "instagram", None, None),
    ("Wełniane skarpety na zimę.", "pl-PL", "instagram", None, None),
    ("Kış için yün çorap.", "tr-TR", "instagram", None, None),
    ("冬にぴったりのウールソックス。", "ja-JP", "instagram", None, None),
    ("冬季羊毛袜。", "zh-SG", "instagram", None, None),
    ("겨울용 울 양말", "ko-KR", "instagram", None, None),
    ("جوارب صوفية للشتاء.", "ar-SA", "instagram", None, None),
    ("ถุงเท้าขนสัตว์สำหรับหน้าหนาว", "th-TH", "instagram", None, None),
    ("Tất len cho mùa đông.", "vi-VN", "instagram", None, None),
    ("Kaus kaki wol untuk musim dingin.", "id-ID", "instagram", None, None),
    ("Stoking bulu untuk musim sejuk.", "ms-MY", "instagram", None, None),
    ("सर्दियों के लिए ऊनी मोज़े।", "hi-IN", "instagram", None, None),
    ("Soksi za sufu kwa msimu wa baridi.", "sw-KE", "instagram", None, None),
    ("Made from FSC-certified oak.", "en-GB", "generic", {"material": "oak", "certification": "FSC"}, None),
    ("#sponsored Thanks @peakgear for the jacket — code SAM10 for 10% off", "en-US", "instagram", None,
     {"sponsored": True}),
    ("Werbung: Danke @waldwerk, Code TIM15 spart 15 %", "de-DE", "instagram", None, {"sponsored": True}),
    ("Our bestseller is back in three new colours.", "en-GB", "instagram", None, None),
    ("Sale ends Friday — up to 30% off cushions.", "en-US", "instagram", None, None),
    ("Which scent should we launch next? Vote below 👇", "en-US", "instagram", None, None),
    ("Best before: see the date on the lid.", "en-GB", "generic", None, None),
    ("Fits most phones up to 6.7 inches.", "en-US", "amazon-bullet", None, None),
]:
    add("clean", t, m, tg, facts, ctx)


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    langs = sorted({e["market"].split("-")[0] for e in entries})
    print(f"{len(entries)} texts, {len(langs)} languages ({', '.join(langs)}) -> {OUT.name}")
