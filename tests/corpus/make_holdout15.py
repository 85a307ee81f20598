# ruff: noqa: UP031
"""Hold-out 15 for Commerce Studio compliance checking.

Written by the independent examiner for hold-out 15 (helper session s15), started 2026-12-02 17:30 UTC.
No engine code, docs, tests or corpora of the project (/work/main, /work/shared) were read;
only /root/private/RULES.md and /root/private/holdout_spec.md.
Flavour: cross-border seller categories (apparel, beauty, supplements, kitchen, home, pet, baby, toys,
sports, electronics accessories, jewellery) written as influencers, listing agencies, livestream hosts
and family Facebook shops would write them.
Standard library only. Run: python3 make_holdout15.py
"""
import json
import os
from collections import Counter

SPLIT = "holdout15"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout15.jsonl")

# (market, target, text, note[, facts[, context]])
HEALTH = [
    ("en-US", "instagram", "ok so my mom swore by these turmeric gummies 🧡 she's been taking them since August and her knee pain is basically GONE, she's gardening again!! we finally restocked the 2-pack, link in bio 🙌", "testimonial: supplement removes knee pain"),
    ("en-AU", "amazon-bullet", "CALMING CHEW TREATS FOR DOGS – relieves separation anxiety and eases arthritis pain in senior dogs, chicken flavour, 120 chews", "pet treat said to relieve anxiety and arthritis"),
    ("en-IN", "instagram", "Bhai this kadha mix is a must-have this monsoon 🌧️ immunity boost pakka, no more cold-cough in our ghar since we started 🙏 #immunitybooster #desinuskhe", "food product said to boost immunity / prevent colds (Hinglish)"),
    ("de-DE", "amazon-bullet", "✅ ZIRBENHOLZ-KISSEN – lindert Schlafstörungen auf natürliche Weise und beugt Migräne vor, handgefüllt in Tirol", "pillow said to relieve sleep disorders and prevent migraine"),
    ("fr-FR", "instagram", "Dès que les premiers froids arrivent, on ressort le grand bocal 🍵❄️ Notre tisane maison (thym, citron séché, miel de nos ruches) aide à prévenir les rhumes de l'hiver et renforce l'immunité de toute la famille, les petits comme les grands ! Sachets de 20, envoi en lettre suivie partout en France #faitmain #immunité", "herbal tea said to prevent colds and strengthen immunity"),
    ("es-MX", "tiktok", "neta este collar de ámbar le quitó los cólicos a mi bebé 😭🙏 todas las mamis deberían tenerlo, lo consigues en mi tienda", "amber necklace said to cure baby colic (testimonial)"),
    ("it-IT", "amazon-bullet", "SOLETTE MAGNETICHE TERAPEUTICHE – alleviano il mal di schiena e la sciatica già dalla prima settimana, taglia unica ritagliabile 35-46", "insoles said to relieve back pain and sciatica"),
    ("pt-BR", "mercadolibre-title", "Pulseira Magnética Terapêutica Alívio Dor Artrite Reumatismo Cobre Legítimo", "bracelet listed for arthritis/rheumatism pain relief"),
    ("ja-JP", "instagram", "このシルク腹巻きで冷え性も生理痛もさよなら👋 毎日つけるだけで体質改善✨ #冷え性改善 #温活", "clothing said to end menstrual pain / poor circulation"),
    ("zh-SG", "facebook", "阿嬷自家熬的雪梨川贝膏🍐 咳嗽喉咙痛喝两天就好！老人小孩都可以吃，WhatsApp下单，周六送货", "homemade food said to cure cough and sore throat"),
    ("ko-KR", "live-script", "여러분 이 유산균 먹고 아토피가 싹 나았다는 후기 진짜 많아요! 저희 아이도 가려움이 없어졌어요", "probiotic said to cure atopic dermatitis"),
    ("ar-SA", "instagram", "زيت الحبة السوداء الأصلي 🖤 يقوي المناعة ويحمي من الفيروسات ✨ اطلبوه الحين والتوصيل لكل مدن المملكة", "oil said to boost immunity and protect from viruses"),
    ("tr-TR", "generic", "Bakır tabanlık ile romatizma ve eklem ağrılarına son! Ayaklarınız rahatlar, ağrılar geçer. 36-45 numara, ücretsiz kargo", "insoles said to end rheumatism and joint pain"),
    ("hi-IN", "amazon-title", "आयुर्वेदिक हेयर ऑयल – गंजेपन को जड़ से ठीक करे, 100% हर्बल, 200ml", "hair oil said to cure baldness"),
    ("vi-VN", "tiktok-shop-title", "Trà Thảo Mộc Hạ Huyết Áp Ổn Định Tiểu Đường Cho Người Lớn Tuổi Hộp 30 Gói", "tea listed to lower blood pressure and stabilise diabetes"),
    ("th-TH", "lazada-title", "แผ่นแปะเท้าสมุนไพร ดูดสารพิษ แก้ปวดเมื่อย นอนไม่หลับหายขาด 10 แผ่น ส่งฟรี", "foot patch said to cure insomnia and aches"),
    ("id-ID", "shopee-title", "Kalung Kesehatan Ion Negatif Anti Radiasi Ampuh Atasi Hipertensi Asam Urat Original", "necklace said to treat hypertension and gout"),
    ("sw-KE", "facebook", "Chai yetu ya tangawizi na mdalasini inasaidia kupunguza kisukari na presha 🌿 Agiza sasa, tunaleta Nairobi yote", "tea said to reduce diabetes and blood pressure"),
]

WEIGHT = [
    ("en-GB", "tiktok", "drop a dress size in 2 weeks with our fat-burning coffee ☕🔥 no gym needed gals", "dress-size and fat-burning promise"),
    ("de-DE", "amazon-bullet", "ABNEHM-TEE – lässt die Kilos purzeln: bis zu 5 kg in 10 Tagen, ganz ohne Sport, 60 Beutel", "weight-loss tea with kg promise"),
    ("fr-CA", "facebook", "Ceinture amincissante en néoprène : faites fondre le gras du ventre pendant que vous faites le ménage! 💪 Livraison partout au Québec", "slimming belt melting belly fat"),
    ("es-ES", "amazon-bullet", "QUEMA GRASA RÁPIDO: cápsulas de té verde y L-carnitina que aceleran el metabolismo y te hacen perder hasta 3 kg por semana", "fat burner with kg/week promise"),
    ("es-AR", "instagram", "Chicas, les cuento porque me preguntan un montón 🙌 los batidos que tomo a la mañana re ayudan a bajar la panza, yo bajé 8 kilos sin hacer dieta y sin gimnasio, comiendo asado los domingos como siempre jaja. Tengo de vainilla y de frutilla, escribime al dm y te paso precios y envíos a todo el país 💕", "shake with personal weight-loss result"),
    ("pt-BR", "tiktok", "gente esse chá seca barriga é surreal, emagreci 6kg em 1 mês sem academia 😱 link na bio", "slimming tea, 6 kg in a month"),
    ("ja-JP", "amazon-title", "飲むだけで痩せる 燃焼系サプリ 脂肪燃焼 ダイエット 30日分 お腹まわりスッキリ", "supplement: lose weight just by drinking"),
    ("zh-SG", "shopee-title", "【爆款】酵素梅 排油刮脂 一周瘦5斤 躺着也能瘦 30粒装", "enzyme plum: lose 5 jin a week"),
    ("ko-KR", "live-script", "여러분~ 먹기만 해도 살 빠지는 다이어트 젤리예요! 한 달에 7kg 빠졌다는 인증 후기가 계속 올라오고 있어요", "diet jelly -7kg a month"),
    ("ar-EG", "facebook", "حزام التخسيس الحراري 🔥 بيحرق دهون البطن والأرداف في أسبوعين بس! التوصيل لكل محافظات مصر", "slimming belt burning fat in two weeks"),
    ("tr-TR", "live-script", "Arkadaşlar bu çayı içen herkes ayda 4-5 kilo veriyor, yağ yakıcı etkisi inanılmaz, hemen sepete ekleyin", "tea: 4-5 kg a month, fat burner"),
    ("nl-NL", "instagram", "Deze afslankshake is mijn geheim 🤫 -4 kilo in 3 weken, en ik heb gewoon pizza gegeten 🍕", "slimming shake -4 kg"),
    ("pl-PL", "generic", "Spalacz tłuszczu KETO BURN – schudnij 10 kg w miesiąc bez wyrzeczeń!", "fat burner 10 kg a month"),
    ("vi-VN", "facebook", "Viên uống giảm cân thảo mộc, giảm 5-7kg sau 1 liệu trình, không cần ăn kiêng, không mệt mỏi 💚 inbox shop tư vấn", "herbal slimming pill 5-7 kg"),
    ("th-TH", "tiktok", "กาแฟลดน้ำหนัก กินแล้วพุงยุบจริง ลดไป 5 โลในเดือนเดียว ไม่ต้องออกกำลังกาย 🔥", "slimming coffee 5 kg a month"),
    ("id-ID", "tiktok-shop-title", "Teh Pelangsing Herbal Ampuh Turun 5kg Seminggu Pembakar Lemak Perut Buncit", "slimming tea 5 kg a week"),
    ("fil-PH", "facebook", "Mga mommies! Itong slimming juice na 'to, pumayat ako ng 10 lbs in 2 weeks, no diet at all! PM lang po 💕", "slimming juice, 10 lbs in 2 weeks (Taglish)"),
    ("hi-IN", "amazon-title", "आयुर्वेदिक फैट कटर चूर्ण – सिर्फ 21 दिनों में पेट की चर्बी गायब, बिना डाइटिंग, 100g", "belly fat gone in 21 days"),
]

BEFORE_AFTER = [
    ("en-US", "tiktok", "day 1 vs day 30 using our retinol serum 😳 swipe to see the fine lines literally vanish", "day 1 vs day 30 transformation"),
    ("en-AU", "instagram", "Before ➡️ after 6 weeks of our castor oil lash serum. Same girl, twice the lashes 👀✨", "before/after lash growth"),
    ("de-DE", "instagram", "Vorher/Nachher nach nur 14 Tagen mit unserem Haarserum 😍 Links Tag 1, rechts Tag 14 – seht ihr den Unterschied?", "vorher/nachher hair serum"),
    ("fr-FR", "tiktok", "Avant / après 1 mois de notre crème anti-taches 😱 les taches brunes ont complètement disparu, regardez !", "avant/après dark spots"),
    ("es-CO", "instagram", "Mírenla ANTES y DESPUÉS de 21 días con la faja colombiana 🔥 cintura de avispa sin cirugía, pídela por DM", "before/after shapewear transformation"),
    ("it-IT", "facebook", "Prima e dopo 4 settimane di siero alla vitamina C: la pelle di Giulia è irriconoscibile 😍 scorri per vedere!", "prima e dopo serum"),
    ("pt-BR", "instagram", "ANTES E DEPOIS de 30 dias usando nosso sérum de crescimento capilar 😍 arrasta pro lado e vê as falhas sumindo", "antes e depois hair serum"),
    ("ja-JP", "instagram", "【使用前→使用後】たった2週間でこの違い😳 毛穴が消えたと話題の美容液 #ビフォーアフター", "before/after pores"),
    ("zh-SG", "tiktok", "用前用后对比图👇 才14天法令纹淡了一大半！姐妹们自己看", "before/after comparison, smile lines"),
    ("ko-KR", "instagram", "비포 애프터 보세요 🫢 4주 만에 기미 완전 사라짐 #비포애프터 #미백앰플", "before/after melasma gone"),
    ("ar-AE", "instagram", "قبل وبعد ٣ أسابيع من استخدام سيروم الرموش ✨ الفرق واضح صح؟ 😍", "before/after lash serum"),
    ("tr-TR", "live-script", "Önce sonra fotoğraflarına bakın arkadaşlar, 15 günde sivilce izleri tamamen kayboldu! Ekrana yakından gösteriyorum", "önce/sonra acne marks"),
    ("nl-NL", "tiktok", "Voor en na 8 weken met onze haargroei-olie 🤯 kijk die haarlijn!", "voor en na hairline"),
    ("pl-PL", "amazon-description", "Efekty przed i po: zdjęcia naszej klientki po 30 dniach stosowania kremu na rozstępy. Rozstępy praktycznie zniknęły – zobacz galerię zdjęć.", "przed i po stretch marks"),
    ("vi-VN", "tiktok", "Trước và sau 7 ngày dùng kem dưỡng trắng nách 😳 lướt qua để xem nha các chị em", "before/after underarm cream"),
    ("th-TH", "shopee-title", "ครีมทารักแร้ขาว เห็นผลก่อน-หลัง 7 วัน ขาวจริง ขนาด 30g", "before/after 7 days in title"),
    ("ms-MY", "facebook", "Sebelum & selepas 2 minggu guna serum jerawat kami 😍 Kulit licin terus, tengok sendiri!", "sebelum & selepas acne serum"),
]

SUPERLATIVE = [
    ("en-US", "amazon-title", "#1 Best Selling Wireless Earbuds in the World – Best Sound Quality Ever, Unbeatable Bass, 40H Playtime", "#1 in the world, unbeatable"),
    ("en-NG", "instagram", "The ONLY body butter in Lagos that actually works 💯 no competition, we are simply the best", "the only, the best"),
    ("de-DE", "amazon-bullet", "DER BESTE SAUGROBOTER DER WELT – keine andere Marke kommt an unsere Saugkraft heran", "best in the world, no other brand"),
    ("fr-FR", "etsy-title", "Le Meilleur Savon Artisanal de France – Imbattable – Lavande de Provence 100g", "best in France, unbeatable"),
    ("es-MX", "mercadolibre-title", "Licuadora La Mejor Del Mercado #1 En Potencia Inigualable 1200w", "best on the market, #1"),
    ("it-IT", "amazon-bullet", "LA CREMA SOLARE NUMERO UNO AL MONDO – nessuno fa meglio di noi, 200 ml", "number one in the world"),
    ("pt-BR", "live-script", "Gente, essa é a melhor panela antiaderente do Brasil, não existe outra igual, a única que não gruda nada!", "best in Brazil, the only"),
    ("ja-JP", "amazon-title", "世界No.1 プロテイン 業界最高品質 他社を圧倒する吸収力 1kg", "world No.1, industry best"),
    ("zh-SG", "shopee-title", "全网第一 最好用的宝宝湿巾 全新加坡销量冠军 无可替代 80抽x6包", "全网第一, sales champion"),
    ("ko-KR", "live-script", "대한민국 1등 에어프라이어! 이거보다 좋은 제품은 세상에 없어요 진짜로", "Korea's #1, nothing better in the world"),
    ("ar-SA", "amazon-title", "أفضل عطر عود في العالم - الأول في المملكة - لا مثيل له 100 مل", "best oud in the world, unmatched"),
    ("tr-TR", "generic", "Türkiye'nin en iyi kedi maması: rakipsiz, tartışmasız bir numara! Tavuklu, 2 kg", "best in Turkey, number one"),
    ("nl-NL", "generic", "De beste fietslamp ter wereld. Geen enkele andere lamp is zo fel.", "best in the world"),
    ("pl-PL", "amazon-title", "Najlepszy Krem do Rąk na Świecie – Jedyny, Który Naprawdę Działa, 75 ml", "best in the world, the only"),
    ("id-ID", "lazada-title", "Powerbank Terbaik No.1 di Indonesia Paling Awet Sejagat 20000mAh", "No.1 in Indonesia"),
    ("hi-IN", "facebook", "भारत का नंबर 1 प्रेशर कुकर 🔥 इससे बेहतर कोई नहीं, दुनिया में सबसे मज़बूत!", "India's number 1, strongest in the world"),
    ("sw-KE", "instagram", "Viatu bora zaidi Afrika Mashariki nzima 👟 hakuna anayetushinda! DM kuagiza", "best in all of East Africa, unbeaten"),
]

GUARANTEE = [
    ("en-GB", "amazon-bullet", "100% GUARANTEED RESULTS – clearer skin in 7 days or your money back, no questions asked", "guaranteed results + no-questions refund"),
    ("en-CA", "facebook", "Our anti-frizz spray is guaranteed to work on ANY hair type. If it doesn't, full refund, no questions asked 🙌", "guaranteed to work"),
    ("de-DE", "amazon-bullet", "GARANTIERTER ERFOLG – Ihre Zimmerpflanzen wachsen doppelt so schnell, sonst Geld zurück ohne Wenn und Aber; Flüssigdünger 500 ml", "garantierter Erfolg, unconditional refund"),
    ("fr-FR", "amazon-bullet", "RÉSULTATS GARANTIS À 100% – vos cheveux repoussent ou nous vous remboursons, sans aucune question", "résultats garantis"),
    ("es-ES", "amazon-bullet", "RESULTADOS GARANTIZADOS O TE DEVOLVEMOS EL DINERO – sin preguntas y sin letra pequeña, crema antiedad 50 ml", "resultados garantizados"),
    ("it-IT", "amazon-bullet", "EFFICACIA GARANTITA AL 100%: elimina qualsiasi macchia, sempre. Soddisfatti o rimborsati senza domande", "efficacia garantita 100%"),
    ("pt-BR", "instagram", "Resultado garantido ou seu dinheiro de volta, sem perguntas! Funciona em 100% dos casos 🙏", "resultado garantido, 100% of cases"),
    ("ja-JP", "live-script", "効果は100%保証します！効かなかったら理由は聞かずに全額返金しますので安心してください", "100% effect guarantee, no-questions refund"),
    ("zh-SG", "facebook", "保证有效！无效全额退款，不问任何原因 💯 这款防脱洗发水大家放心买", "保证有效 + unconditional refund"),
    ("ko-KR", "generic", "효과 100% 보장! 효과 없으면 묻지도 따지지도 않고 전액 환불해드립니다", "100% effect guarantee"),
    ("ar-AE", "live-script", "النتيجة مضمونة ١٠٠٪ يا جماعة، وإذا ما عجبك رجعنا لك فلوسك بدون أي سؤال", "result 100% guaranteed"),
    ("tr-TR", "amazon-bullet", "%100 SONUÇ GARANTİLİ – memnun kalmazsanız hiçbir soru sormadan paranızı iade ediyoruz", "100% result guaranteed"),
    ("vi-VN", "facebook", "Cam kết hiệu quả 100%, không hiệu quả hoàn tiền ngay không cần lý do nha khách iu 💯", "cam kết hiệu quả 100%"),
    ("th-TH", "live-script", "รับประกันผล 100% ค่ะ ไม่เห็นผลคืนเงินเต็มจำนวน ไม่ถามสักคำ", "รับประกันผล 100%"),
    ("id-ID", "live-script", "Dijamin berhasil 100% ya kak! Kalau gak ngefek, uang kembali tanpa syarat apapun, langsung checkout aja", "dijamin berhasil 100%"),
    ("ms-MY", "shopee-title", "Serum Rambut Dijamin Berkesan 100% Wang Dikembalikan Tanpa Soal", "dijamin berkesan 100%"),
    ("fil-PH", "tiktok", "Guaranteed na gagana 'to sa'yo mhie, 100%! Kung hindi, refund agad, no questions asked 😉", "guaranteed to work (Taglish)"),
]

REVIEWS = [
    ("en-US", "amazon-bullet", "RATED 4.9/5 BY 12,000+ BUYERS – join thousands of happy customers who sleep on our bamboo-viscose sheets every night", "rating + buyer count as selling copy"),
    ("en-PH", "facebook", "10k happy customers na po ⭐⭐⭐⭐⭐ kaya order na kayo mga ka-shop!", "customer count + stars"),
    ("en-SG", "instagram", "Over 50,000 bottles sold & 4.8★ from 8,000 reviews lah 😎 confirm plus chop good one", "sales/review count (Singlish)"),
    ("de-DE", "amazon-description", "Über 25.000 zufriedene Kunden und 4,8 von 5 Sternen – überzeugen Sie sich selbst von unserer Yogamatte.", "customers + star rating"),
    ("fr-FR", "instagram", "⭐⭐⭐⭐⭐ 4,9/5 sur plus de 3 000 avis ! Vous l'adorez, on le sait 😍 Notre bougie best-seller vous attend.", "rating from 3000 reviews"),
    ("es-CO", "live-script", "Mire, más de 20 mil clientas felices y cinco estrellitas en todos los comentarios, esta plancha es un éxito", "20k customers + 5 stars"),
    ("it-IT", "etsy-title", "Orecchini Fatti a Mano ★★★★★ 5 Stelle da 2.000 Recensioni Argento 925", "stars + review count in title"),
    ("pt-BR", "mercadolibre-title", "Fone Bluetooth Nota 4.9 +15 Mil Vendidos Avaliação 5 Estrelas", "rating + sold count in title"),
    ("ja-JP", "amazon-bullet", "【レビュー★4.8・累計10万個突破】みんなに選ばれてる保湿クリーム 50g", "rating + cumulative sales"),
    ("zh-SG", "live-script", "我们这个锅已经卖了五万多个了，好评率99.8%，五星好评一大堆，大家放心拍！", "sales count + positive-review rate"),
    ("ko-KR", "instagram", "누적 리뷰 3만 건, 평점 4.9 ⭐ 믿고 쓰는 강아지 샴푸🐶", "review count + rating"),
    ("ar-EG", "facebook", "أكتر من ١٥ ألف عميل سعيد ⭐⭐⭐⭐⭐ تقييم ٤.٩ على منتجنا!", "15k customers + 4.9 rating"),
    ("nl-NL", "amazon-bullet", "BEOORDEELD MET 4,8 STERREN DOOR MEER DAN 9.000 KLANTEN – ontdek waarom zoveel katteneigenaren voor ons kiezen", "rating by 9000 customers"),
    ("pl-PL", "instagram", "Ponad 40 000 zadowolonych klientek i średnia ocen 4,9 ⭐ Sprawdź, czemu nas kochają!", "40k customers + 4.9"),
    ("vi-VN", "shopee-title", "Bình Giữ Nhiệt 4.9⭐ 20k Đã Bán 5000+ Đánh Giá 5 Sao", "rating + sold + reviews in title"),
    ("hi-IN", "instagram", "10,000+ खुश ग्राहक ⭐⭐⭐⭐⭐ 4.9 rating वाला हमारा हेयर ऑयल, आप भी ट्राय करें!", "customers + rating (Hindi/English mix)"),
    ("sw-KE", "instagram", "Wateja zaidi ya 5,000 wameridhika ⭐⭐⭐⭐⭐ Nawe jiunge nao leo!", "5000 satisfied customers + stars"),
]

GREEN = [
    ("en-GB", "etsy-title", "Eco-Friendly Planet-Safe Phone Case 100% Biodegradable Zero Waste iPhone 15", "eco-friendly/biodegradable with no certification"),
    ("en-KE", "instagram", "Our totes are 100% eco-friendly with zero impact on the planet 🌍 shop sustainably with us this festive season", "zero impact, eco-friendly"),
    ("de-DE", "amazon-bullet", "KLIMANEUTRAL & UMWELTFREUNDLICH – unsere Zahnseide ist vollständig biologisch abbaubar und schont den Planeten", "klimaneutral, abbaubar, no proof"),
    ("fr-FR", "amazon-bullet", "100% ÉCOLOGIQUE ET NEUTRE EN CARBONE – faites du bien à la planète en faisant du sport avec ce legging taille haute", "écologique, carbon neutral"),
    ("es-ES", "amazon-title", "Vasos Desechables Ecológicos Biodegradables 100% Respetuosos con el Planeta Pack 50", "biodegradable, planet-friendly"),
    ("it-IT", "etsy-title", "Cover iPhone 15 Green al 100% a Impatto Zero sull'Ambiente, Fiori Secchi", "impatto zero"),
    ("pt-BR", "instagram", "Nossa escova de cabelo é 100% sustentável e não agride o planeta 🌎💚 Compre com consciência!", "100% sustainable, no fact"),
    ("ja-JP", "amazon-bullet", "【地球にやさしい】環境に優しいエコ素材を使用、CO2排出ゼロのサステナブルなヨガマット", "zero CO2, eco material unspecified"),
    ("zh-SG", "shopee-title", "100%环保可降解餐盒 对地球零伤害 一次性饭盒 50个装", "100% eco, zero harm"),
    ("ko-KR", "instagram", "탄소중립 텀블러🌱 지구를 지키는 가장 친환경적인 선택", "carbon neutral tumbler"),
    ("ar-AE", "amazon-title", "أكياس قمامة صديقة للبيئة قابلة للتحلل بالكامل آمنة على الكوكب 100 كيس", "eco-friendly, fully degradable"),
    ("tr-TR", "instagram", "Tamamen doğa dostu ve karbon nötr çantalarımızla dünyayı koruyun 🌍", "doğa dostu, karbon nötr"),
    ("nl-NL", "instagram", "Onze sneakers zijn klimaatneutraal en 100% milieuvriendelijk 👟🌱", "klimaatneutraal"),
    ("pl-PL", "amazon-title", "Ekologiczne Woreczki na Odchody dla Psa Biodegradowalne Przyjazne Planecie 300 szt.", "biodegradable dog bags, no cert"),
    ("th-TH", "lazada-title", "หลอดรักษ์โลก ย่อยสลายได้ 100% เป็นมิตรกับสิ่งแวดล้อม แพ็ค 100", "100% degradable straws"),
    ("id-ID", "instagram", "Sedotan kami ramah lingkungan dan 100% terurai alami 🌱 Yuk selamatkan bumi bareng kita!", "ramah lingkungan, terurai"),
    ("vi-VN", "facebook", "Túi vải thân thiện môi trường, không gây hại cho trái đất 🌏 mua ngay để sống xanh cả nhà ơi", "environment-friendly, harmless to earth"),
]

URGENCY = [
    ("en-US", "live-script", "Okay guys, the lilac one, everyone's been asking, I literally only have 3 left in the back!! And once this live ends the price goes back up, I'm not kidding, so if you've been sitting on it, type SOLD in the chat right now, hurry hurry hurry", "only 3 left + price rises after live"),
    ("en-AU", "instagram", "LAST CHANCE 🚨 today only! Once they're gone they're gone forever 😱", "last chance, gone forever, no date"),
    ("de-DE", "tiktok", "Nur noch 2 Stück da 😳 der Preis steigt nach dem Live, also schnell sein!", "nur noch 2, price rises"),
    ("fr-CA", "instagram", "DERNIÈRE CHANCE ⏰ Plus que quelques heures avant que ce prix disparaisse à jamais! Dépêchez-vous 🏃‍♀️", "dernière chance, no date"),
    ("es-MX", "live-script", "¡Ya nada más quedan 5 piezas! Cuando se acabe el live sube de precio, aprovechen ahorita mismo", "5 left, price rises after live"),
    ("it-IT", "live-script", "Ultimi 4 pezzi rimasti ragazze! Dopo non li rifaremo MAI più, affrettatevi a scrivere nei commenti", "last 4, never again"),
    ("pt-BR", "live-script", "Corre gente, só restam 3 unidades e o preço sobe assim que eu encerrar a live!", "3 left, price rises"),
    ("ja-JP", "live-script", "残りあと2個です！このライブが終わったら値上げしますので今すぐカートへ！", "2 left, price up after live"),
    ("zh-SG", "live-script", "最后三单！直播一结束马上恢复原价，错过就没有了，赶紧拍！", "last 3 orders, price back after live"),
    ("ko-KR", "instagram", "⏰ 오늘만 이 가격! 마감 임박, 재고 단 5개 남았어요 서두르세요", "today only, 5 left"),
    ("ar-SA", "live-script", "باقي ٣ قطع بس! بعد اللايف السعر بيرتفع، الحقوا عليها", "3 left, price rises"),
    ("tr-TR", "live-script", "Son 2 adet kaldı! Bu fiyat bir daha asla gelmeyecek, acele edin arkadaşlar", "last 2, never again"),
    ("pl-PL", "live-script", "Zostały tylko 3 sztuki! Po transmisji cena idzie w górę, więc nie czekajcie!", "3 left, price up after stream"),
    ("th-TH", "live-script", "เหลือ 2 ชิ้นสุดท้ายแล้วค่ะ! หมดไลฟ์ราคากลับขึ้นทันที รีบกดเลยค่า", "last 2, price up after live"),
    ("id-ID", "live-script", "Tinggal 4 pcs lagi kak! Abis live harga naik, buruan checkout sekarang!", "4 left, price up after live"),
    ("ms-MY", "tiktok", "Stok tinggal 3 je ni! Lepas ni harga naik, cepat grab sebelum habis 😱", "3 left, price up"),
    ("hi-IN", "live-script", "सिर्फ 2 पीस बचे हैं! लाइव खत्म होते ही दाम बढ़ जाएगा, जल्दी ऑर्डर करो", "2 left, price up after live"),
]

COUNTERFEIT = [
    ("en-US", "instagram", "1:1 mirror quality bags 👜 same factory as the real thing, DM for pics", "1:1 mirror, same factory"),
    ("en-NG", "facebook", "AAA grade Rolex 🔥 first copy, nobody will know the difference. Delivery nationwide", "AAA grade, first copy"),
    ("hi-IN", "instagram", "First copy Nike Air Jordan सिर्फ ₹2499 में 🔥 बिल्कुल ओरिजिनल जैसा, same box same tag", "first copy, looks exactly original (Hinglish)"),
    ("de-DE", "ebay-title", "Louis Vuitton Neverfull Style Tasche 1:1 Replika Top Qualität", "1:1 replica of named brand"),
    ("fr-FR", "instagram", "Dupe parfait du Baccarat Rouge 540 ✨ même flacon, même logo, à 29€ seulement", "dupe with same logo and bottle"),
    ("es-AR", "mercadolibre-title", "Zapatillas Adidas Yeezy 350 Réplica AAA Calidad Espejo", "réplica AAA calidad espejo"),
    ("it-IT", "facebook", "Borse Gucci replica di altissima qualità, identiche all'originale. Scrivimi in privato 💬", "replica identical to original"),
    ("pt-BR", "shopee-title", "Óculos Ray Ban Wayfarer Réplica Primeira Linha Idêntico ao Original", "réplica primeira linha"),
    ("ja-JP", "x", "スーパーコピー シャネル 財布 N級品 本物と同じ素材 即日発送", "super copy / N-grade"),
    ("zh-SG", "shopee-title", "1:1原单 AirPods Pro 二代 同厂同料 支持序列号查询", "1:1 same factory same material"),
    ("ko-KR", "instagram", "명품 미러급 가방 🖤 정품이랑 똑같아요 문의는 디엠", "mirror-grade luxury bag"),
    ("ar-AE", "instagram", "ساعات ماستر كوبي طبق الأصل ١:١ 🔥 نفس الوزن ونفس الماكينة، للطلب واتساب", "master copy 1:1"),
    ("tr-TR", "instagram", "Birebir replika Dior çanta 👜 A kalite, orijinalinden ayırt edilemez!", "birebir replika"),
    ("vi-VN", "tiktok-shop-title", "Túi Xách LV Rep 1:1 Hàng Siêu Cấp Like Auth", "rep 1:1 like auth"),
    ("th-TH", "lazada-title", "กระเป๋า Chanel งานมิลเลอร์ เกรด AAA เหมือนแท้ 99%", "mirror grade AAA"),
    ("id-ID", "shopee-title", "Sepatu New Balance 530 KW Super Mirror 1:1 Sama Pabrik Ori Free Box", "KW super mirror same factory"),
    ("fil-PH", "facebook", "Class A Lacoste polo mga sis, parang orig talaga! Same tela same logo, ₱350 lang", "class A with same logo"),
]

SPONSORSHIP = [
    ("en-US", "instagram", "Huge thank you to @glowlabs for sending me their new vitamin C kit 💛 been using it every single morning and my skin feels so bouncy. Use my code MAYA15 for 15% off!", "gifted kit + personal code, no disclosure"),
    ("en-GB", "tiktok", "so @kettleandco sent me their PR package and honestly obsessed 😍 link in my bio, it's my affiliate so it helps me out x", "PR package + affiliate link, no #ad"),
    ("en-AU", "instagram", "Partnered with @sunnytails to bring you my pup's new fave harness 🐶 code BONDI10 gets you 10% off", "partnered + code; 'partnered with' is not a clear disclosure tag"),
    ("fr-CA", "threads", "On m'a offert le nouveau thermos de @northtrail pis il m'a suivi dans toutes mes randos depuis ❄️ mon lien promo est dans la bio", "gifted + promo link, no disclosure"),
    ("en-NG", "instagram", "Shoutout to @lagoskicks for blessing me with these fresh sneakers 🔥 use my code TOBI10 for 10% off", "gift + code"),
    ("en-SG", "x", "my fave air fryer rn, thanks @cookpal for the freebie 🙏 affiliate link in bio lah", "freebie + affiliate link"),
    ("de-DE", "instagram", "Heute mal ein kleines Unboxing 📦 Danke an @lunabeauty für das tolle Paket, ich war echt sprachlos! Drin waren die neue Tagescreme, das Rosenwasser-Spray und ein Lippenöl, das ich seit einer Woche jeden Tag benutze 💕 Mit meinem Code LENA20 spart ihr 20 % auf alles, gilt bis Sonntag!", "gifted package + code, no Anzeige"),
    ("fr-FR", "instagram", "Merci @maisonnova pour ce joli colis 🎁 Avec mon code CLARA10 vous avez -10% sur la nouvelle collection !", "gifted parcel + code"),
    ("es-ES", "instagram", "Gracias @vitaminasol por mandarme sus gominolas 🍊 Con mi código LUCIA15 tenéis un 15% de descuento", "gift + code, no #publi"),
    ("es-MX", "tiktok", "la marca @cocinabonita me regaló este set de sartenes y neta me encantó 😍 link de afiliada en mi perfil", "gifted + affiliate link"),
    ("it-IT", "instagram", "Grazie @pastapura per questo pacco pieno di bontà 🍝 usate il mio codice GIULIA10 per lo sconto del 10%!", "gift + code"),
    ("pt-BR", "instagram", "Recebidinhos da @belezaviva 💖 amei tudo! Cupom BIA10 dá 10% de desconto no site", "gifted (recebidos) + coupon"),
    ("ja-JP", "instagram", "@hadalabo_style さんから新作の美容液をいただきました🎁 私のクーポンコード YUKI20 で20%オフになります✨", "gifted serum + code, no #PR"),
    ("zh-SG", "instagram", "感谢 @kopimama 送来的咖啡礼盒☕️ 用我的优惠码 JOY10 可以享九折哦！", "gift + code"),
    ("ko-KR", "instagram", "@mintskin 에서 선물 받은 선크림 🌞 제 할인코드 JIHYE15 쓰시면 15% 할인돼요!", "gifted + code, no #광고"),
    ("ar-SA", "instagram", "شكراً @oudhouse على الهدية الرائعة 🎁 استخدموا كود NOURA10 للحصول على خصم ١٠٪", "gift + code"),
    ("tr-TR", "instagram", "@kahvedukkani'na bu güzel hediye paketi için teşekkürler ☕ AYSE15 koduyla %15 indirim kazanın!", "gift + code, no #reklam"),
    ("nl-NL", "instagram", "Dankjewel @fietsfabriek voor deze toffe fietstas! 🚲 Met mijn code SANNE10 krijg je 10% korting", "gift + code"),
    ("pl-PL", "instagram", "Dziękuję @naturalnakosmetyka za paczuszkę 💚 Z kodem KASIA15 macie -15% na wszystko!", "gift + code"),
    ("vi-VN", "tiktok", "Được @nhamaybep tặng bộ nồi xịn xò này nè 😍 link affiliate ở bio cho mọi người nha", "gifted + affiliate"),
    ("th-TH", "instagram", "ขอบคุณ @sabaidee.skin ที่ส่งของมาให้ลองนะคะ 💕 ใช้โค้ด PLOY10 ลด 10% ค่า", "gifted + code"),
    ("id-ID", "instagram", "Makasih @kopisenja udah kirimin paket cantik ini ☕ pake kode RINA10 buat diskon 10% ya!", "gift + code"),
    ("hi-IN", "instagram", "Thank you @desiglow for this PR box 🙏 मेरे code PRIYA20 से 20% off पाएं!", "PR box + code"),
    ("ms-MY", "instagram", "Terima kasih @batikmoden sebab hantar baju raya cantik ni 💛 guna kod AINA10 untuk diskaun 10%!", "gift + code"),
    ("sw-KE", "instagram", "Asante sana @kahawabora kwa zawadi hii nzuri ☕ Tumia code WANJIKU10 upate punguzo la 10%", "gift + code"),
    ("fil-PH", "facebook", "Salamat sa @pinoyglow sa pinadalang PR package! 💕 Gamitin niyo code ko na JOANNA10 for 10% off", "PR package + code"),
]

GOTS = {"material": "organic cotton", "certification": "GOTS"}
SP = {"sponsored": True}
CLEAN = [
    ("en-US", "amazon-bullet", "2-YEAR WARRANTY – covers motor and battery defects under normal use; contact our support team with your order number for a free replacement", "warranty with duration and scope"),
    ("en-GB", "instagram", "Say goodbye to summer in style ☀️➡️🍂 our linen shirts are 30% off until Sunday 14 September, 23:59 BST", "idiom + sale with real end date"),
    ("en-US", "tiktok-shop-title", "Stainless Steel Tumbler 40oz Keeps Drinks Cold 24h Hot 12h Leakproof Lid Pack of 2", "product property + quantity fact"),
    ("en-AU", "etsy-title", "Solid Bamboo Cutting Board Set of 3, Handmade Kitchen Gift, Juice Groove", "bamboo as material, quantity"),
    ("en-CA", "instagram", "This killer deal on our puffer jackets is real 🔥 $89 (reg. $149) until Nov 30. Warm, light, ridiculously cosy.", "idiom 'killer deal' + dated sale"),
    ("en-IN", "amazon-title", "Organic Cotton Baby Romper 0-3M GOTS Certified, Pack of 3, Soft Breathable", "certified material with fact", GOTS),
    ("en-NG", "instagram", "Paid partnership with @sheabutterco 💛 their whipped shea is rich, melts in fast and smells like vanilla dreams", "sponsorship disclosed (paid partnership)", None, SP),
    ("en-KE", "facebook", "Leave us a review after your order! ⭐ We read every single one and it helps our little shop grow 🙏", "asks followers for honest reviews"),
    ("nl-NL", "amazon-title", "Kinderfiets 16 Inch met Zijwieltjes en Bel, 2 Jaar Garantie op het Frame", "warranty with duration and scope in title"),
    ("en-SG", "amazon-bullet", "ANTI-FOG LENS & UV400 – swim goggles with adjustable silicone strap, fits most adult faces", "anti-fog property, not a health claim"),
    ("en-US", "instagram", "Obsessed is an understatement 😍 our new cropped cardigan is buttery soft, chunky knit, and comes in 6 dreamy colours. Made from 100% merino wool, RWS certified, so you know exactly where it came from. Pair it with jeans, a slip skirt, or wear it over your PJs on a lazy Sunday. Dropping Friday at 10am EST.", "long enthusiastic caption with certified fact", {"material": "merino wool", "certification": "RWS"}),
    ("pl-PL", "amazon-bullet", "SPF 50 – lekki krem z filtrem o szerokim spektrum, wodoodporny do 40 minut, 50 ml", "SPF stated as fact"),
    ("en-AU", "live-script", "Right, these non-slip yoga mats are 6mm thick, 183 by 61, and we've got them in sage, sand and black tonight", "non-slip property in live"),
    ("en-US", "amazon-description", "Our dog harness has reflective stitching for evening walks, a padded chest plate and two leash points. Machine washable. Backed by a 1-year warranty against stitching and buckle defects.", "pet product facts + scoped warranty"),
    ("de-DE", "instagram", "Werbung | In Kooperation mit @bergzeit – meine neue Lieblingsjacke für den Herbst 🍂 Wasserdicht, leicht und mit Kapuze", "disclosed (Werbung)", None, SP),
    ("de-DE", "amazon-bullet", "GOTS-ZERTIFIZIERTE BIO-BAUMWOLLE – Bettwäsche 135x200 cm, bis 60 °C waschbar", "certified material with fact", {"material": "Bio-Baumwolle", "certification": "GOTS"}),
    ("de-DE", "tiktok", "Black Week bei uns: 25 % auf alle Kinderschuhe, gültig vom 24.11. bis 01.12. 👟", "sale with real dates"),
    ("de-DE", "amazon-title", "Thermoskanne 1L Edelstahl hält 24 Std. kalt und 12 Std. heiß, auslaufsicher, 2er-Set", "property + quantity fact"),
    ("fr-FR", "instagram", "Fondre pour ce pull ? Complètement normal 😍 Maille épaisse, col montant, manches un peu bouffantes et 100% laine d'agneau tricotée dans notre atelier près de Roubaix. Il existe en écru, caramel, bordeaux et vert sapin, du XS au XL. On vous conseille de prendre votre taille habituelle, il tombe juste comme il faut !", "enthusiastic but factual"),
    ("fr-CA", "amazon-bullet", "GARANTIE 2 ANS – remplacement gratuit en cas de défaut de fabrication de la batterie ou du moteur", "scoped warranty"),
    ("fr-FR", "instagram", "#partenariat #pub avec @cafecolombe ☕ Leur torréfaction maison est une tuerie !", "disclosed partnership + idiom", None, SP),
    ("fr-FR", "etsy-title", "Brosse à Dents en Bambou Lot de 4 – Manche Bambou Massif – Poils Souples", "bamboo as solid material"),
    ("es-ES", "instagram", "Rebajas de verano hasta el 31 de julio ☀️ -40% en bañadores y pareos. ¡Os van a encantar!", "sale with real end date"),
    ("es-MX", "mercadolibre-title", "Tapete de Yoga Antiderrapante 6mm con Correa Incluye Bolsa", "non-slip property"),
    ("es-AR", "instagram", "¿Cuál es su mate favorito? 🧉 Cuéntennos en los comentarios, queremos saber qué modelo traer para primavera", "question to followers"),
    ("hi-IN", "amazon-bullet", "1 साल की वारंटी – मोटर में मैन्युफैक्चरिंग डिफेक्ट होने पर फ्री रिप्लेसमेंट, बिल और वारंटी कार्ड साथ में", "scoped warranty"),
    ("es-MX", "tiktok", "Estas gomitas de vitamina C saben a mandarina y traen 60 piezas por frasco 🍊 #publi con @vitasana", "supplement with no claim, disclosed #publi", None, SP),
    ("it-IT", "instagram", "Una borsa che è una bomba 💣 pelle vera conciata al vegetale in Toscana, cuciture a mano, 3 colori", "idiom 'una bomba' + facts"),
    ("it-IT", "amazon-bullet", "GARANZIA 24 MESI – copre i difetti di fabbricazione del motore; assistenza clienti in italiano", "scoped warranty"),
    ("it-IT", "facebook", "Saldi invernali dal 5 gennaio al 28 febbraio 2027: -30% su tutti i piumini per bambini ❄️", "sale with real dates"),
    ("it-IT", "etsy-title", "Anello in Argento 925 Fatto a Mano con Pietra di Luna, Regolabile", "plain jewellery listing"),
    ("pt-BR", "shopee-title", "Conjunto Academia Feminino Dry Fit Cintura Alta Bolso Lateral Do P ao GG", "enthusiastic product facts"),
    ("pt-BR", "mercadolibre-title", "Garrafa Térmica Inox 1L Mantém Gelado 24h Kit 2 Unidades", "property + quantity"),
    ("pt-BR", "instagram", "#publi Parceria com @cafedafazenda ☕ O blend de vocês é simplesmente perfeito pra minhas manhãs", "disclosed #publi", None, SP),
    ("pt-BR", "live-script", "Gente, a promo da Black Friday vai até domingo, dia 30 de novembro, às 23h59. Depois disso volta ao preço normal, tá?", "real end date in live"),
    ("ja-JP", "instagram", "秋の新作ニット入荷しました🍁 ふわふわのアルパカ混(アルパカ30%・ウール70%)で、チクチクしにくい仕様です。身幅ゆったりめなので、シャツの上から重ねてもOK。全5色、M・Lの2サイズ展開です。スタッフ(158cm)はMを着用しています☺️", "new arrival facts"),
    ("ja-JP", "amazon-bullet", "【メーカー保証1年】自然故障の場合は無償で交換いたします。保証書は商品に同梱されています。", "scoped 1-year warranty"),
    ("ja-JP", "instagram", "#PR @kurashi_tools さんからいただいた竹製のまな板🎋 軽くて使いやすいです", "disclosed #PR, bamboo board", None, SP),
    ("ja-JP", "amazon-title", "水筒 500ml 真空断熱 保冷12時間 保温6時間 ステンレス 2個セット", "property + quantity"),
    ("zh-SG", "instagram", "新年限定礼盒上架啦🧧 优惠到2027年2月10日为止，送礼自用都很合适！", "promo with real end date"),
    ("zh-SG", "shopee-title", "防滑瑜伽垫 加厚6mm TPE 双面防滑 附收纳绑带", "non-slip property"),
    ("zh-SG", "facebook", "大家觉得我们下一款应该出什么口味的月饼？留言告诉我们吧 🥮", "question to followers"),
    ("zh-SG", "lazada-title", "竹制砧板 整竹 厨房切菜板 大号 45x30cm", "bamboo board"),
    ("ko-KR", "instagram", "#광고 @sunnymall 협찬으로 받은 캠핑 의자 ⛺ 가볍고 접기 쉬워요!", "disclosed #광고", None, SP),
    ("ko-KR", "live-script", "오늘 보여드릴 니트 가디건 너무 예쁘죠? 울 70% 캐시미어 30%고요, 4가지 색상으로 준비했어요", "enthusiastic facts"),
    ("ko-KR", "live-script", "이 텀블러 보냉 24시간, 보온 12시간이에요. 뚜껑도 새지 않게 실리콘 패킹 들어가 있고요", "property in live"),
    ("ko-KR", "generic", "무상 A/S 1년 보장 (제조상 결함에 한함). 구매일로부터 1년 이내 고객센터로 연락 주세요.", "scoped warranty (보장 here is warranty, not result guarantee)"),
    ("ar-AE", "instagram", "عروض اليوم الوطني 🇦🇪 خصم ٢٥٪ على كل العبايات لغاية ٤ ديسمبر. تسوقوا الحين!", "sale with real end date"),
    ("ar-SA", "amazon-bullet", "ضمان لمدة سنتين ضد عيوب التصنيع في المحرك والبطارية", "scoped warranty"),
    ("ar-EG", "facebook", "إيه اللون اللي تحبوا نرجّعه الموسم الجاي؟ 🤔 اكتبوا في الكومنتات", "question to followers"),
    ("ar-SA", "instagram", "#إعلان بالتعاون مع @qahwat_albait ☕ قهوة سعودية محمصة بعناية وريحتها تجنن", "disclosed #إعلان", None, SP),
    ("tr-TR", "instagram", "Yeni sezon keten elbiseler geldi 🌸 %100 keten, astarlı, S-XL bedenler. Bayılacaksınız!", "enthusiasm + material facts"),
    ("tr-TR", "amazon-title", "Paslanmaz Çelik Termos 750ml 24 Saat Soğuk Tutar Sızdırmaz Kapak", "property"),
    ("tr-TR", "instagram", "#işbirliği #reklam @dogalsabun ile 🧼 zeytinyağlı sabunları favorim oldu", "disclosed #reklam", None, SP),
    ("tr-TR", "facebook", "Kasım indirimi 30 Kasım'a kadar geçerli! Tüm bebek tulumlarında %20 indirim 👶", "sale with real end date"),
    ("nl-NL", "instagram", "Zeg maar dag tegen de zomer 🍂 onze nieuwe wollen truien zijn binnen, in 5 kleuren", "idiom say goodbye to summer"),
    ("nl-NL", "amazon-bullet", "2 JAAR GARANTIE – bij fabrieksfouten sturen we kosteloos een nieuw exemplaar", "scoped warranty"),
    ("nl-NL", "instagram", "#ad Samenwerking met @fietsfabriek 🚲 mijn nieuwe fietstas kan echt alles hebben", "disclosed #ad", None, SP),
    ("nl-NL", "etsy-title", "Bamboe Tandenborstels Set van 4, Zachte Haren, Kartonnen Doosje", "bamboo solid material"),
    ("pl-PL", "instagram", "Nowa kolekcja sweterków już jest! 🧶 Splot warkoczowy, 100% bawełna organiczna z certyfikatem GOTS", "certified material", {"material": "bawełna organiczna", "certification": "GOTS"}),
    ("pl-PL", "amazon-bullet", "GWARANCJA 24 MIESIĄCE – obejmuje wady fabryczne silnika; szybka wymiana przez nasz serwis", "scoped warranty"),
    ("pl-PL", "facebook", "Promocja do niedzieli 15 grudnia: -20% na wszystkie zabawki drewniane 🎄", "sale with real end date"),
    ("pl-PL", "instagram", "A Wy, jaki kolor wybieracie? 🤍🖤 Dajcie znać w komentarzu!", "question to followers"),
    ("vi-VN", "facebook", "Sale 12.12 giảm 30% toàn bộ đồ bộ cho bé, áp dụng từ 0h đến 23h59 ngày 12/12 nhé cả nhà 💕", "sale with real date"),
    ("vi-VN", "shopee-title", "Bình Giữ Nhiệt Inox 304 Giữ Lạnh 24h Giữ Nóng 12h 750ml", "property"),
    ("vi-VN", "instagram", "#quảngcáo hợp tác cùng @caphemoc ☕ cà phê rang xay thơm lừng, uống là ghiền", "disclosed #quảngcáo", None, SP),
    ("vi-VN", "tiktok-shop-title", "Thớt Tre Nguyên Khối Chống Trượt Size Lớn 40x28cm", "bamboo board, non-slip"),
    ("th-TH", "facebook", "โปรฯ 11.11 ลด 20% ทุกชิ้น ถึงวันที่ 11 พ.ย. เวลา 23.59 น. เท่านั้นค่ะ 🛒", "sale with real end date"),
    ("th-TH", "shopee-title", "แก้วเก็บความเย็น สแตนเลส 30oz เก็บเย็น 24 ชม. ฝาปิดกันหก", "property"),
    ("th-TH", "instagram", "ชอบสีไหนกันคะ? 🧡💚 คอมเมนต์บอกกันหน่อย เดี๋ยวจะสั่งเข้ามาเพิ่ม", "question to followers"),
    ("th-TH", "lazada-title", "พัดลมพกพา รับประกัน 1 ปี เปลี่ยนตัวใหม่หากชำรุดจากการผลิต", "scoped warranty"),
    ("id-ID", "live-script", "Gamis terbaru udah ready ya kak, bahannya katun rayon adem banget, jahitan rapi, ada ukuran M sampai XXL, warna sage sama dusty pink", "product facts"),
    ("id-ID", "shopee-title", "Matras Yoga Anti Slip 8mm TPE Free Tas Jaring", "non-slip property"),
    ("id-ID", "instagram", "#iklan kerja sama dengan @kopisenja ☕ kopi susunya enak banget, wajib coba!", "disclosed #iklan", None, SP),
    ("id-ID", "live-script", "Garansi resmi 1 tahun ya kak, kalau ada kerusakan dari pabrik bisa klaim ke service center", "scoped warranty"),
    ("hi-IN", "instagram", "दिवाली सेल 🪔 सभी कुर्तियों पर 25% छूट, 2 नवंबर रात 11:59 बजे तक!", "sale with real end date"),
    ("hi-IN", "amazon-title", "स्टील वॉटर बॉटल 1 लीटर, 24 घंटे ठंडा, लीक-प्रूफ, 2 का सेट", "property + quantity"),
    ("hi-IN", "instagram", "Guys कौन सा colour लें? 💛 या 💜? Comment करके बताओ!", "question to followers"),
    ("hi-IN", "facebook", "बांस का चॉपिंग बोर्ड, मज़बूत और हल्का, साइज 38x25 सेमी 🔪", "bamboo board"),
    ("ms-MY", "shopee-title", "Botol Air Termos 1L Sejuk 24 Jam Tahan Bocor", "property"),
    ("ms-MY", "instagram", "Jualan Raya sampai 30 Mac je! 20% off semua baju kurung 💚", "sale with real end date"),
    ("sw-KE", "instagram", "Vikombe vya kauri vilivyotengenezwa kwa mkono hapa Nairobi ☕ Seti ya 4, rangi 3 za kuchagua", "handmade facts + quantity"),
    ("sw-KE", "facebook", "Dhamana ya mwaka 1 kwa kasoro za kiwanda kwenye blenda zetu zote. Tupigie kwa maswali!", "scoped warranty"),
    ("fil-PH", "facebook", "Sale namin hanggang Disyembre 15 lang! 20% off sa lahat ng school bags 🎒", "sale with real end date"),
    ("fil-PH", "tiktok", "Anong kulay gusto niyo mga mamsh? 💗 o 🤍? Comment lang kayo!", "question to followers"),
]

GROUPS = [
    ("claims", "health", HEALTH), ("claims", "weight", WEIGHT), ("claims", "before-after", BEFORE_AFTER),
    ("claims", "superlative", SUPERLATIVE), ("claims", "guarantee", GUARANTEE), ("claims", "reviews", REVIEWS),
    ("claims", "green", GREEN), ("claims", "urgency", URGENCY), ("claims", "counterfeit", COUNTERFEIT),
    ("disclosure", "sponsorship", SPONSORSHIP), ("clean", "clean", CLEAN),
]
MARKETS = set("ar-AE ar-EG ar-SA de-DE en-AU en-CA en-GB en-IN en-KE en-NG en-PH en-SG en-US es-AR es-CO es-ES "
              "es-MX fil-PH fr-CA fr-FR hi-IN id-ID it-IT ja-JP ko-KR ms-MY nl-NL pl-PL pt-BR sw-KE th-TH tr-TR "
              "vi-VN zh-SG".split())
TARGETS = set("instagram tiktok facebook x threads amazon-title amazon-bullet amazon-description tiktok-shop-title "
              "shopee-title lazada-title mercadolibre-title etsy-title ebay-title live-script generic".split())
SOCIAL = {"instagram", "tiktok", "facebook", "x", "threads"}


def main():
    rows, seen = [], set()
    for family, sub, items in GROUPS:
        for i, item in enumerate(items, 1):
            market, target, text, note = item[:4]
            facts = item[4] if len(item) > 4 else None
            ctx = item[5] if len(item) > 5 else None
            assert market in MARKETS, market
            assert target in TARGETS, target
            assert text not in seen, text
            seen.add(text)
            labels = [] if family == "clean" else [family]
            rows.append({"id": "h15%s-%03d" % (sub, i), "split": SPLIT, "family": family, "subfamily": sub,
                         "text": text, "target": target, "market": market, "facts": facts,
                         "context": dict(ctx) if ctx else {}, "labels": labels, "note": note})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("total", len(rows))
    print("per subfamily:", dict(Counter(r["subfamily"] for r in rows)))
    langs = Counter(r["market"].split("-")[0] for r in rows)
    print("per language:", dict(sorted(langs.items())))
    soc = sum(r["target"] in SOCIAL for r in rows)
    print("social %d / marketplace+live %d" % (soc, len(rows) - soc))
    print("clean share %.2f" % (sum(r["family"] == "clean" for r in rows) / len(rows)))


if __name__ == "__main__":
    main()
