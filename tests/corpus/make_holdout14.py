# ruff: noqa: UP031
"""Hold-out 14 for the Commerce Studio compliance checker.

Written by the examiner helper "examiner-h14" on 2026-12-02 (started 17:31 UTC, per `date`).
No engine code, docs, tests or corpora of the project (/work/main, /work/shared) were read;
the texts and labels come only from /root/private/holdout_spec.md and the examiner's own judgement.

Flavour: small sellers in SE Asia, the Gulf, Latin America and Europe -- WhatsApp captions, TikTok Shop /
Shopee titles, live-selling patter, agency-written Amazon bullets. Includes claims split across two
sentences, negated claims ("no more sleepless nights"), hashtag-only claims, and clean texts that reuse
trigger words harmlessly.

Consistency rule on product NAMES: a brand/product name that itself asserts a health or weight effect
("Immunity Green", "SlimFit Detox", "AntiNyeri") is treated as a claim even when stated only as a name,
because the name is the selling message. A name that only borrows a trigger word without asserting an
effect on the body or planet ("Killer Queen" lipstick, "Best Friends" keychain set, "Eco" as a model
code of an air fryer with no eco statement) is NOT a claim.

Standard library only. Run: python3 make_holdout14.py
"""
import collections
import json
import os

SPLIT = "holdout14"
ROWS = []
FAMILY = {
    "health": "claims", "weight": "claims", "before-after": "claims", "superlative": "claims",
    "guarantee": "claims", "reviews": "claims", "green": "claims", "urgency": "claims",
    "counterfeit": "claims", "sponsorship": "disclosure", "clean": "clean",
}
LABEL = {"claims": ["claims"], "disclosure": ["disclosure"], "clean": []}


def add(sub, market, target, text, note, facts=None, context=None):
    ROWS.append((sub, market, target, text, note, facts, context or {}))


# ---------------------------------------------------------------- health
H = "health"
add(H, "en-US", "amazon-bullet",
    "IMMUNITY GREEN MATCHA BLEND - Premium ceremonial grade matcha with moringa & ginger, 30 servings, smooth taste for your daily ritual",
    "product name 'Immunity Green' asserts an immune effect; per the name rule this is a claim")
add(H, "en-NG", "facebook",
    "My mum has been taking our bitter leaf + ginger tea for 2 weeks. Her sugar level don come down well well 🙏🏾 Send DM to order, we deliver Lagos & Abuja",
    "testimonial that a tea lowers blood sugar (diabetes) split from the order line")
add(H, "ms-MY", "shopee-title",
    "Minyak Urut Herba Asli 100ml Sakit Lutut Sendi Lenguh Hilang Cepat Urat Saraf Ready Stock",
    "massage oil title promising knee/joint pain goes away")
add(H, "de-DE", "instagram",
    "Nie wieder schlaflose Nächte 🌙 Unser Lavendel-Kissenspray ist zurück im Shop. #einschlafhilfe #schlafstörungen",
    "negated claim 'never again sleepless nights' + sleep-disorder hashtag for a pillow spray")
add(H, "fr-FR", "tiktok",
    "Les filles j'avais des migraines TOUTES les semaines. Depuis ce bandeau en soie?? plus rien. Lien en bio 💆‍♀️",
    "claim split across sentences: silk headband made migraines stop")
add(H, "es-MX", "live-script",
    "Ándale amigas, este té de guanábana es buenísimo, mi comadre lo toma y dice que le ayuda con la presión alta, ¿quién quiere? escriban YO",
    "live patter: tea helps with high blood pressure via a friend's testimonial")
add(H, "it-IT", "amazon-description",
    "Cuscino cervicale in memory foam. Progettato per alleviare il dolore cervicale e la cefalea tensiva già dalla prima notte.",
    "pillow said to relieve neck pain and tension headache")
add(H, "pt-BR", "instagram",
    "Chá seca barriga? Não! Esse aqui é o chá da vovó pra quem sofre de gastrite 🍵 tomou, aliviou. Chama no direct",
    "tea said to relieve gastritis ('tomou, aliviou')")
add(H, "ja-JP", "amazon-title",
    "【花粉症対策】 シルクマスク 洗える 日本製 鼻水 くしゃみ 目のかゆみ 軽減 立体 レディース",
    "silk mask marketed to reduce hay-fever symptoms (runny nose, sneezing)")
add(H, "zh-SG", "facebook",
    "我妈妈用了这个艾草暖宫贴，多年的经痛都没有了😭 真的推荐给姐妹们，私讯我下单",
    "testimonial: mugwort patch ended years of period pain")
add(H, "ko-KR", "instagram",
    "아토피 때문에 밤새 긁던 우리 딸… 이 수딩젤 쓰고 나서 처음으로 푹 잤어요 🥹 #아토피개선 #아토피크림",
    "cosmetic gel implied to improve atopic dermatitis, plus hashtag #아토피개선")
add(H, "ar-SA", "live-script",
    "زيت الحبة السوداء الأصلي 🖤 يقوي المناعة ويحمي من نزلات البرد، خلّوه في بيتكم هالشتاء",
    "black seed oil said to boost immunity and protect from colds")
add(H, "tr-TR", "generic",
    "Doğal propolis damla 30 ml 🐝 Kış geliyor, stoklar yenilendi! #bağışıklıkgüçlendirici #gripolmayın #soğukalgınlığınason",
    "claim only in hashtags: immunity booster, don't get flu, end to colds")
add(H, "vi-VN", "tiktok-shop-title",
    "Vòng Gỗ Trầm Hương Tự Nhiên Giảm Đau Đầu Mất Ngủ Giúp Ngủ Ngon Phong Thuỷ Nam Nữ",
    "bracelet title claiming to relieve headache and insomnia")
add(H, "th-TH", "facebook",
    "ยาดมสมุนไพรสูตรโบราณ 🌿 คัดจมูก ภูมิแพ้ ไซนัส ดมปุ๊บโล่งปั๊บ ส่งฟรีทั่วไทย",
    "herbal inhaler (sold as non-medicine) for allergy and sinusitis")
add(H, "hi-IN", "instagram",
    "Ghutno ka dard ab bye bye 👋 ye haldi wala oil 15 din lagao, dadi ji ab bina sahare chalti hain 🙏 #jointpainrelief",
    "Hinglish testimonial + farewell construction + hashtag: oil ends knee pain")

# ---------------------------------------------------------------- weight
W = "weight"
add(W, "en-GB", "instagram",
    "Dropped 2 dress sizes before my sister's wedding and honestly it's just this morning shake 💃 DM for the link x",
    "dress-size loss attributed to a shake")
add(W, "en-PH", "shopee-title",
    "SLIMFIT DETOX Coffee 10 sachets Lose up to 5kg in 1 Week Fat Burner Appetite Control FDA?",
    "keyword-stuffed title: lose 5 kg in a week, fat burner")
add(W, "fil-PH", "live-script",
    "Mga mars, itong tea na to, inom lang bago matulog, paggising nyo flat tummy na! Bawas bilbil talaga promise",
    "Taglish live: flat tummy overnight, belly fat reduction")
add(W, "de-DE", "amazon-bullet",
    "✅ FETTVERBRENNUNG IM SCHLAF: Die Saunagürtel-Technologie regt die Fettverbrennung an – für eine schlankere Taille ohne Diät",
    "sauna belt: fat burning while asleep, slimmer waist")
add(W, "es-CO", "facebook",
    "Adiós a los gorditos de la espalda 😍 Faja colombiana + gotas quemagrasa, combo a 89.000. Envíos a toda Colombia",
    "farewell construction to back fat + 'quemagrasa' drops")
add(W, "pt-BR", "tiktok",
    "Ninguém acredita que eu perdi 12kg só trocando o café da manhã por esse shake 🤫 #emagrecimento #secabarriga",
    "weight-loss testimonial plus slimming hashtags")
add(W, "ja-JP", "tiktok-shop-title",
    "飲むだけ簡単 ダイエットサプリ 脂肪燃焼 -8kg 目指せ 60粒 30日分 国内製造",
    "'just drink' diet supplement, fat burning, -8kg")
add(W, "zh-SG", "shopee-title",
    "【新加坡现货】酵素果冻 排油 瘦肚子 一周见效 10条装",
    "enzyme jelly: flush fat, slim belly within a week")
add(W, "ko-KR", "instagram",
    "야식 먹어도 괜찮아요🙆‍♀️ 자기 전에 한 포만 드세요. 체지방이 알아서 빠져요 #다이어트보조제",
    "split claim: eat late snacks, one sachet before bed, body fat drops on its own")
add(W, "ar-AE", "generic",
    "كبسولات التنحيف الطبيعية 🌿 خسرت ٧ كيلو بشهر بدون رجيم ولا رياضة! للطلب واتساب",
    "slimming capsules: lost 7 kg in a month without diet")
add(W, "nl-NL", "generic",
    "Geen eindeloze diëten meer. Met onze groene thee-mix smelten de kilo's er vanzelf af 🍵",
    "negated opener + kilos melt away")
add(W, "pl-PL", "instagram",
    "Nowa dostawa herbatki z morwy białej już jest 🍵 wysyłka w 24h #odchudzanie #spalanietłuszczu #minus5kg",
    "weight claim only in hashtags (slimming, fat burning, minus 5 kg)")
add(W, "vi-VN", "live-script",
    "Uống 1 tháng giảm 7 ký mà không cần nhịn ăn nha mấy bà 😱 ib em gửi giá sỉ",
    "lose 7 kg in a month without dieting")
add(W, "th-TH", "live-script",
    "แม่ๆ คะ ไฟเบอร์ตัวนี้ ทานก่อนนอน ตื่นมาพุงยุบ ลดไขมันสะสม ใครอยากผอมกด CF เลยค่า",
    "live: fibre drink, belly flattens overnight, reduces stored fat")
add(W, "id-ID", "shopee-title",
    "Teh Pelangsing Herbal Original BPOM Turun 5kg Seminggu Pembakar Lemak Perut Buncit",
    "slimming tea title: down 5 kg a week, belly fat burner")
add(W, "hi-IN", "facebook",
    "अब मोटापे की टेंशन खत्म! 🔥 हमारा आयुर्वेदिक चूर्ण रोज़ सुबह गुनगुने पानी के साथ, 30 दिन में पेट अंदर",
    "Devanagari: end to obesity worry, belly in within 30 days")

# ---------------------------------------------------------------- before-after
B = "before-after"
add(B, "en-AU", "tiktok",
    "day 1 vs day 28 using the copper peptide serum 👀 my acne scars literally faded. swipe →",
    "day-1 vs day-28 transformation with swipe")
add(B, "en-US", "amazon-description",
    "See the difference in just 14 days. Customer photos show visibly thicker hair before and after using our rosemary scalp oil.",
    "before/after photos promising thicker hair in 14 days")
add(B, "sw-KE", "instagram",
    "Kabla na baada 😍 wiki tatu tu na hii cream ya manjano, madoa yote yamepotea! DM kuagiza",
    "Swahili 'before and after': three weeks, all dark spots gone")
add(B, "fr-FR", "instagram",
    "Avant / après 3 semaines de notre sérum cils 🤍 Résultat bluffant, non retouché. #avantapres",
    "avant/après 3-week lash-serum transformation")
add(B, "es-AR", "mercadolibre-title",
    "Crema Aclarante Axilas Antes Y Despues Resultados En 7 Dias Original",
    "marketplace title: before and after, results in 7 days")
add(B, "it-IT", "tiktok",
    "Prima ➡️ dopo. Stessa luce, stessa ragazza, solo 30 giorni di collagene marino. Giudicate voi 👇",
    "prima/dopo split across sentences, 30 days of collagen")
add(B, "pt-BR", "shopee-title",
    "Kit Progressiva Sem Formol Antes e Depois Cabelo Liso Em 1 Aplicação",
    "before-and-after straightening in one application")
add(B, "ja-JP", "instagram",
    "使用前→使用後📸 2週間でこの差！毛穴が目立たなくなりました✨ #ビフォーアフター",
    "使用前/使用後 2-week pore transformation")
add(B, "ko-KR", "tiktok",
    "비포 애프터 보세요😳 기미 패치 4주 붙였더니 이렇게 옅어졌어요",
    "before/after: melasma faded after 4 weeks of patches")
add(B, "ar-EG", "facebook",
    "شوفوا الفرق قبل وبعد 😍 أسبوعين بس على كريم التفتيح ده والبشرة بقت حاجة تانية خالص",
    "Egyptian Arabic: see difference before/after two weeks of lightening cream")
add(B, "tr-TR", "instagram",
    "Öncesi / sonrası 👀 Sadece 10 gün saç serumu kullandı, dökülme bitti, saçlar gürleşti",
    "öncesi/sonrası 10-day hair transformation")
add(B, "nl-NL", "instagram",
    "Voor en na 6 weken met onze groeiserum-kuur. Zie jij het verschil? 😍 Link in bio",
    "voor/na 6-week serum result")
add(B, "pl-PL", "amazon-bullet",
    "EFEKT PRZED I PO JUŻ PO 7 DNIACH – rzęsy dłuższe nawet o 40%, co potwierdzają zdjęcia klientek",
    "ALL-CAPS bullet: before-and-after in 7 days, lashes 40% longer")
add(B, "th-TH", "tiktok",
    "ก่อน-หลัง ใช้ครีมรักแร้ 2 อาทิตย์ ดำแค่ไหนก็ขาว 😱 ปัดดูรูปถัดไปเลย",
    "before/after two weeks of underarm cream, swipe for photo")
add(B, "id-ID", "tiktok",
    "Hari ke-1 vs hari ke-21 pakai serum ini 😭 bekas jerawatku ilang. Geser ya guys",
    "day 1 vs day 21 acne-scar transformation")
add(B, "de-DE", "instagram",
    "Vorher/Nachher nach nur 4 Wochen Haarkur 😍 Kein Filter! Der Unterschied spricht für sich.",
    "vorher/nachher 4-week hair treatment")

# ---------------------------------------------------------------- superlative
S = "superlative"
add(S, "en-IN", "amazon-title",
    "No.1 Best Pressure Cooker in India - 5 Litre Stainless Steel, Induction Base, Unbeatable Quality",
    "'No.1 best in India', 'unbeatable' with no source")
add(S, "en-CA", "etsy-title",
    "The Softest Merino Beanie in the World - Handknit in Nova Scotia - Unisex Winter Toque",
    "'softest in the world' unverifiable")
add(S, "ms-MY", "tiktok-shop-title",
    "Sambal Nyet Terpedas No.1 Malaysia Paling Sedap Dalam Dunia 250g",
    "'No.1 Malaysia', 'tastiest in the world'")
add(S, "de-DE", "amazon-bullet",
    "DER BESTE AKKUSCHRAUBER AUF DEM MARKT – keine andere Marke bietet mehr Drehmoment in dieser Klasse",
    "'the best on the market', 'no other brand' absolutes")
add(S, "fr-FR", "amazon-description",
    "Tout simplement la meilleure crème de marrons de France 🌰 Aucune autre n'arrive à la cheville. Commandez avant Noël !",
    "'the best in France', 'no other comes close'")
add(S, "es-ES", "instagram",
    "El único aceite de oliva del mundo prensado a mano en luna llena 🌕 No hay otro igual.",
    "'the only one in the world', 'no other like it'")
add(S, "it-IT", "ebay-title",
    "Moka Caffettiera Alluminio 6 Tazze - La Migliore d'Italia - Qualità Imbattibile",
    "'the best in Italy', 'unbeatable quality'")
add(S, "zh-SG", "shopee-title",
    "全网第一 榴莲饼 猫山王 最好吃 新加坡排名第一 12粒装",
    "全网第一 / 排名第一 / 最好吃 rankings with no source")
add(S, "ko-KR", "generic",
    "대한민국 1등 쿠션팩트 🏆 이거 하나면 다른 쿠션은 필요 없어요",
    "'No.1 in Korea' cushion compact, no source")
add(S, "ar-SA", "x",
    "أفضل عود في الخليج بلا منازع 🔥 ما في أحد يقدر ينافس جودتنا",
    "'best oud in the Gulf, unrivalled', 'no one can compete'")
add(S, "tr-TR", "generic",
    "Türkiye'nin en iyi baklavası burada! Dünyada bir eşi daha yok. Kapıda ödeme ✅",
    "'Turkey's best baklava', 'no equal in the world'")
add(S, "nl-NL", "live-script",
    "Dit is echt de allerbeste stroopwafel van Nederland, niemand maakt ze zoals wij 🧇",
    "'the very best in the Netherlands', 'nobody makes them like us'")
add(S, "pl-PL", "generic",
    "Najlepszy miód w Polsce. Kropka. Żadna pasieka nie ma takiego smaku 🐝",
    "'the best honey in Poland. Period.' absolute")
add(S, "vi-VN", "facebook",
    "Cà phê rang xay ngon nhất Việt Nam, số 1 Buôn Ma Thuột ☕ không đâu sánh bằng",
    "'best coffee in Vietnam', 'number 1', 'nothing compares'")
add(S, "id-ID", "tiktok-shop-title",
    "Keripik Pedas Terenak Se-Indonesia No.1 Paling Laris Kemasan 500gr",
    "'tastiest in Indonesia', 'No.1 best-selling' unverifiable")
add(S, "hi-IN", "instagram",
    "पूरे भारत में सबसे बेहतरीन बनारसी साड़ी सिर्फ हमारे पास ✨ #no1sareeshop",
    "'finest in all of India, only with us' + #no1 hashtag")

# ---------------------------------------------------------------- guarantee
G = "guarantee"
add(G, "en-SG", "live-script",
    "Confirm works one lah 💯 If your pimples don't clear in 7 days we refund full full, no questions asked",
    "Singlish: results guaranteed + unconditional refund")
add(G, "en-KE", "facebook",
    "Our hair growth oil is 100% guaranteed to work. Results or your money back, no questions asked.",
    "'100% guaranteed to work', no-questions refund")
add(G, "fil-PH", "shopee-title",
    "Whitening Soap 100% Effective Guaranteed Pumuti in 3 Days or Money Back",
    "guaranteed whitening in 3 days or money back")
add(G, "de-DE", "amazon-bullet",
    "ERFOLGSGARANTIE: Garantiert weniger Haarausfall nach 30 Tagen – oder Sie erhalten Ihr Geld zurück, ohne Wenn und Aber",
    "guaranteed result + unconditional money back")
add(G, "fr-FR", "amazon-description",
    "Résultats garantis à 100% ou remboursé. Sans condition. On est sûrs de notre produit 💪",
    "100% results guaranteed, unconditional refund")
add(G, "es-MX", "facebook",
    "Garantizado que te funciona o te regresamos tu dinero, sin preguntas 💯 Manda mensaje",
    "guaranteed to work or money back, no questions")
add(G, "pt-BR", "live-script",
    "Resultado garantido! Se não crescer cabelo em 15 dias eu devolvo seu dinheiro, sem perguntas 😌",
    "guaranteed hair growth in 15 days or money back")
add(G, "ja-JP", "amazon-description",
    "効果を100%保証いたします。万が一ご満足いただけない場合は理由を問わず全額返金いたします。",
    "100% effect guarantee + refund for any reason")
add(G, "zh-SG", "facebook",
    "保证有效！无效全额退款，不问任何原因👍 已经帮几百个客人解决掉发问题",
    "guaranteed effective, unconditional refund")
add(G, "ar-AE", "live-script",
    "نتيجة مضمونة ١٠٠٪ ✅ إذا ما شفتي فرق نرجع لك فلوسك بدون أي سؤال",
    "100% guaranteed result, refund without any question")
add(G, "tr-TR", "generic",
    "Sonuç garantili! Memnun kalmazsanız paranız koşulsuz iade. Denemeye ne dersiniz?",
    "guaranteed result + unconditional refund")
add(G, "pl-PL", "amazon-bullet",
    "GWARANCJA SKUTECZNOŚCI 100% – jeśli nie zauważysz efektów, zwrócimy pieniądze bez pytań",
    "100% effectiveness guarantee, refund no questions")
add(G, "vi-VN", "tiktok-shop-title",
    "Kem Trị Thâm Cam Kết Hiệu Quả 100% Không Hiệu Quả Hoàn Tiền",
    "'commit 100% effective, refund if not'")
add(G, "th-TH", "facebook",
    "รับประกันผล 100% ไม่เห็นผลยินดีคืนเงินเต็มจำนวน ไม่มีเงื่อนไข",
    "100% results guaranteed, full unconditional refund")
add(G, "hi-IN", "live-script",
    "Dekho dosto, 100% guarantee hai, kaam nahi kiya to paisa wapas, koi sawaal nahi. Abhi order karo!",
    "Hinglish live: 100% guarantee, money back, no questions")
add(G, "it-IT", "live-script",
    "Funziona, garantito al 100%. Altrimenti ti rimborsiamo tutto senza fare domande 🙌",
    "guaranteed to work, unconditional refund")

# ---------------------------------------------------------------- reviews
R = "reviews"
add(R, "en-US", "amazon-bullet",
    "LOVED BY 50,000+ CUSTOMERS ⭐⭐⭐⭐⭐ - Rated 4.9/5 by over 12,000 verified buyers, the pet hair remover everyone is talking about",
    "customer count + star rating used as selling copy")
add(R, "en-GB", "generic",
    "Over 3,000 five-star reviews can't be wrong 😍 Our candles are back in stock",
    "review count as a selling point")
add(R, "sw-KE", "facebook",
    "Wateja 5,000+ wameridhika ⭐⭐⭐⭐⭐ Sabuni yetu ya asili sasa inapatikana Mombasa na Nairobi",
    "customer count + five stars as selling copy")
add(R, "es-CO", "generic",
    "Más de 10 mil clientas felices nos respaldan ⭐⭐⭐⭐⭐ ¿Qué esperas para probar?",
    "10k happy customers + stars")
add(R, "it-IT", "amazon-description",
    "Valutato 4,8 stelle su 5 da oltre 7.000 clienti soddisfatti: scopri perché tutti lo scelgono.",
    "rating 4.8 by 7,000 customers as selling copy")
add(R, "pt-BR", "shopee-title",
    "Escova Secadora 5 Estrelas +20 mil Vendidos Avaliação 4.9 Original",
    "5 stars, 20k sold, rating 4.9 in the title")
add(R, "ja-JP", "amazon-title",
    "【レビュー4.8★ 累計10万個突破】 高濃度 炭酸泉 入浴剤 30錠",
    "review score and sales count used in the title")
add(R, "zh-SG", "generic",
    "5000+好评 ⭐⭐⭐⭐⭐ 回购率超高的椰子饼，过年送礼首选",
    "5000+ positive reviews, stars, high repurchase rate")
add(R, "ko-KR", "live-script",
    "리뷰 2만개 평점 4.9 🌟 이미 검증 끝난 선크림이에요",
    "20k reviews, 4.9 rating, 'already verified'")
add(R, "ar-EG", "facebook",
    "أكتر من ١٥ ألف عميل راضي ⭐⭐⭐⭐⭐ اطلبي دلوقتي والشحن لحد باب البيت",
    "15k satisfied customers + stars")
add(R, "nl-NL", "generic",
    "Beoordeeld met een 9,4 door ruim 8.000 klanten. Probeer het zelf!",
    "rating 9.4 by 8,000 customers as selling copy")
add(R, "pl-PL", "facebook",
    "Ponad 4 000 opinii 5★ – dołącz do grona zadowolonych klientek!",
    "4,000 five-star reviews as selling copy")
add(R, "th-TH", "lazada-title",
    "ครีมกันแดด รีวิว 5 ดาว 10,000+ ขายดีอันดับ 1 ของแท้ 100%",
    "5-star reviews 10,000+ in the title")
add(R, "id-ID", "instagram",
    "Udah 25rb+ pembeli puas ⭐ 4.9 di Shopee! Jangan sampe ketinggalan ya kak",
    "25k buyers satisfied, 4.9 rating")
add(R, "hi-IN", "amazon-bullet",
    "10 LAKH+ HAPPY CUSTOMERS ⭐ 4.7 RATED - India's favourite mosquito repellent patch for kids",
    "10 lakh customers + rating as selling copy")
add(R, "fr-FR", "tiktok",
    "4,9/5 sur plus de 6 000 avis 🤯 Oui oui, c'est CE gloss-là. Lien dans ma bio",
    "rating over 6,000 reviews as selling copy")

# ---------------------------------------------------------------- green
E = "green"
add(E, "en-AU", "instagram",
    "Our new tote is 100% planet-friendly 🌏 zero impact from start to finish. Shop the drop Friday",
    "'planet-friendly', 'zero impact' with no certification")
add(E, "en-CA", "amazon-bullet",
    "ECO-FRIENDLY & BIODEGRADABLE: Guilt-free dog poop bags that are kind to the planet",
    "eco-friendly + biodegradable with no standard or fact")
add(E, "ms-MY", "shopee-title",
    "Straw Mesra Alam Biodegradable Eco Friendly 100pcs Selamat Untuk Bumi",
    "biodegradable / eco friendly / safe for the earth, no fact")
add(E, "de-DE", "amazon-bullet",
    "KLIMANEUTRAL & NACHHALTIG – unsere Yogamatte ist 100% umweltfreundlich und CO2-neutral hergestellt",
    "klimaneutral / CO2-neutral / umweltfreundlich, no certification")
add(E, "fr-FR", "etsy-title",
    "Bougie Écologique Zéro Impact Cire Naturelle Respectueuse de la Planète",
    "'zéro impact', 'respectful of the planet', no proof")
add(E, "es-ES", "amazon-description",
    "Nuestras zapatillas son 100% sostenibles y neutras en carbono 🌱 Camina sin dejar huella.",
    "100% sustainable, carbon neutral, 'leave no footprint'")
add(E, "it-IT", "amazon-description",
    "Pannolini ecologici e biodegradabili 🌿 finalmente un prodotto che non inquina!",
    "ecological, biodegradable, 'doesn't pollute' with no fact")
add(E, "nl-NL", "tiktok",
    "Deze sneakers zijn volledig klimaatneutraal 🌍 dus je kan met een gerust hart shoppen #duurzaam",
    "fully climate neutral, no substantiation")
add(E, "pl-PL", "generic",
    "Ekologiczne kapsułki do prania – w 100% przyjazne dla środowiska i biodegradowalne.",
    "eco, 100% environment-friendly, biodegradable")
add(E, "ja-JP", "instagram",
    "地球にやさしい🌏 環境に負荷ゼロのエコバッグ、新色入荷しました",
    "'kind to the earth', 'zero environmental load'")
add(E, "ko-KR", "shopee-title",
    "친환경 생분해 수세미 100% 자연분해 지구를 지키는 주방템 5개입",
    "eco-friendly, biodegradable, 'protects the earth'")
add(E, "tr-TR", "instagram",
    "Yeni sezon keten gömlekler geldi 🌱 #karbonnötr #doğayasıfırzarar #çevredostu",
    "green claim only in hashtags (carbon neutral, zero harm), no fact")
add(E, "vi-VN", "live-script",
    "Ống hút cỏ bàng thân thiện môi trường 100%, phân huỷ hoàn toàn, không hại trái đất nha mn 🌿",
    "100% environment-friendly, fully decomposes, no proof")
add(E, "id-ID", "tiktok-shop-title",
    "Tas Belanja Ramah Lingkungan Eco Friendly Zero Waste Tanpa Emisi Karbon",
    "eco friendly, zero waste, zero carbon emission")
add(E, "pt-BR", "amazon-description",
    "Camisetas carbono zero 🌎 cada peça é 100% sustentável e não agride o planeta",
    "carbon zero, 100% sustainable, doesn't harm the planet")
add(E, "zh-SG", "facebook",
    "环保可降解餐盒🌱 零污染 对地球零伤害 批发价私讯",
    "eco, degradable, zero pollution, zero harm to earth")

# ---------------------------------------------------------------- urgency
U = "urgency"
add(U, "en-PH", "live-script",
    "Guys 5 pieces na lang!! After this live babalik na sa 899 ha, so mine mine na kayo now na!",
    "Taglish live: only 5 left, price returns after the live")
add(U, "en-NG", "threads",
    "LAST 3 PIECES 🚨 once it's gone it's gone forever. Don't say I didn't tell you 😩",
    "only 3 left, gone forever, pressure with no real date")
add(U, "fil-PH", "facebook",
    "Huling araw na ng promo ngayon lang! Bukas balik na sa dating presyo kaya order na mga ka-sis",
    "'last day, today only' with no real date")
add(U, "de-DE", "generic",
    "Nur noch heute!!! ⏰ Danach ist der Preis für immer weg. Schnell sein lohnt sich 🔥",
    "'today only', 'price gone forever', no date")
add(U, "es-MX", "live-script",
    "Ya nomás me quedan 4, eh, el que se duerma pierde, en cuanto cierre el en vivo sube el precio",
    "live: only 4 left, price goes up after the live")
add(U, "it-IT", "tiktok",
    "ULTIMISSIMI PEZZI ⚠️ poi non li rifacciamo più, chi prima arriva...",
    "'last pieces', 'never again' pressure")
add(U, "pt-BR", "shopee-title",
    "Últimas Unidades Promoção Relâmpago Só Hoje Fone Bluetooth TWS",
    "'last units', 'flash sale today only' with no date")
add(U, "ja-JP", "live-script",
    "残りあと3点です！この配信終わったら定価に戻っちゃうので、迷ってる方は今すぐ！",
    "live: 3 left, back to full price after the stream")
add(U, "zh-SG", "live-script",
    "最后10单！直播结束马上恢复原价，手慢无啊家人们",
    "live: last 10 orders, price returns when live ends")
add(U, "ko-KR", "live-script",
    "딱 오늘까지만 이 가격이에요 😭 재입고 절대 없습니다!! 서두르세요",
    "'only today', 'never restocked', no date")
add(U, "ar-SA", "live-script",
    "باقي ٢ حبات بس!! 🔥 الكمية ما راح تتكرر، الحقوا قبل تخلص",
    "only 2 left, won't be repeated, hurry")
add(U, "tr-TR", "tiktok",
    "Stokta son 5 ürün kaldı ⏳ bu fiyat bir daha asla gelmeyecek",
    "last 5 in stock, price will never come again")
add(U, "vi-VN", "live-script",
    "Còn đúng 7 cái thôi nha cả nhà, hết live là em tăng giá lại liền, chốt lẹ đi",
    "live: only 7 left, price rises after the live")
add(U, "th-TH", "tiktok-shop-title",
    "ลดแรงวันสุดท้าย!! เหลือ 3 ชิ้นสุดท้าย หมดแล้วหมดเลย เสื้อยืดโอเวอร์ไซส์",
    "'last day', 'last 3 pieces, gone when gone'")
add(U, "id-ID", "live-script",
    "Kak sisa 2 lagi yaa, abis live harga naik lagi, yang mau langsung checkout sekarang!",
    "live: 2 left, price up after the live")
add(U, "hi-IN", "instagram",
    "Sirf aaj ke liye ye price 😱 kal se double! Sirf 4 piece bache hain, jaldi DM karo",
    "Hinglish: today-only price, double tomorrow, 4 left")

# ---------------------------------------------------------------- counterfeit
C = "counterfeit"
add(C, "en-IN", "instagram",
    "First copy Rolex Daytona 🔥 master quality, same weight as original. COD available all India",
    "first copy / master quality replica watch")
add(C, "en-US", "tiktok",
    "ok this $28 Lululemon Align dupe is literally 1:1, you can't tell the difference 🤯 link in bio",
    "1:1 dupe of a named brand")
add(C, "sw-KE", "instagram",
    "Nike Air Force 1 grade AAA 🔥 kama original kabisa, size 38-45. Tunapeleka CBD bure",
    "AAA grade copy of a named brand")
add(C, "fr-FR", "generic",
    "Sac Louis Vuitton Neverfull qualité miroir, même usine que l'original 👜 livraison partout en France",
    "mirror quality, 'same factory' claim")
add(C, "es-AR", "mercadolibre-title",
    "Zapatillas Adidas Samba Replica Calidad Premium AAA Igual Al Original",
    "replica AAA 'same as original'")
add(C, "it-IT", "ebay-title",
    "Occhiali Ray Ban Wayfarer Replica 1:1 Perfetta Con Scatola e Certificato",
    "1:1 replica with box and certificate")
add(C, "nl-NL", "instagram",
    "Dyson Airwrap dupe die 1 op 1 hetzelfde doet voor een fractie van de prijs 💁‍♀️ swipe up",
    "1-to-1 dupe of a named brand")
add(C, "pl-PL", "generic",
    "Perfumy inspirowane Chanel No 5 – zapach identyczny jak oryginał, flakon jak z perfumerii",
    "'inspired by' sold as identical to the brand's scent")
add(C, "ar-AE", "generic",
    "شنط ديور ماستر كوبي 👜 نفس الأصلي ١٠٠٪ مع العلبة والفاتورة، التوصيل لكل الإمارات",
    "master copy, '100% like the original'")
add(C, "tr-TR", "generic",
    "Gucci kemer A kalite birebir orijinal ayarında, kutulu faturalı 💥",
    "A-quality copy 'one-to-one like original'")
add(C, "vi-VN", "shopee-title",
    "Giày Jordan 1 Rep 1:1 Like Auth Full Box Bill Hàng Trung Cao Cấp",
    "rep 1:1, 'like auth'")
add(C, "th-TH", "facebook",
    "กระเป๋า Coach เกรดมิลเลอร์ งานเหมือนแท้ 99% ใครแยกออกให้ฟรีเลย",
    "mirror-grade copy, '99% like genuine'")
add(C, "id-ID", "tiktok-shop-title",
    "Sepatu NB 530 Grade Original Premium Mirror Quality Made In Vietnam",
    "'grade original', mirror quality of a named brand")
add(C, "hi-IN", "live-script",
    "Ye dekho Apple AirPods Pro ka exact clone, same box same sound, original jaisa, sirf 1499 mein",
    "Hinglish live: exact clone of Apple product")
add(C, "de-DE", "ebay-title",
    "Moncler Daunenjacke Herren Replika Top Qualität wie Original Gr. L",
    "replica 'like original'")
add(C, "zh-SG", "instagram",
    "香奈儿同款 原单尾货 跟专柜一模一样 😍 姐妹们冲",
    "'原单' factory-original copy, 'identical to the counter'")

# ---------------------------------------------------------------- sponsorship (undisclosed)
P = "sponsorship"
add(P, "en-US", "instagram",
    "Huge thank you to @glowlab for sending me their new vitamin C kit 💛 obsessed already. Use code JESS15 for 15% off!",
    "gifted PR kit + personal discount code, no #ad")
add(P, "en-GB", "tiktok",
    "Been using these headphones for a week and the ANC is mad 🎧 Link in my bio, and code ELLIE gets you £20 off x",
    "affiliate link + personal code, no #ad/#affiliate")
add(P, "en-NG", "instagram",
    "Thank you @AdireByTemi for this beautiful set 😍 they always deliver. Shop with my code TOLU10",
    "gift thanked + personal code, undisclosed")
add(P, "en-PH", "facebook",
    "Partnered with @PinoyBakesPH for this ube ensaymada taste test!! 🥹 Grab yours with code MAYA20, valid all month",
    "'partnered with' + personal code, no #ad / paid partnership label")
add(P, "ms-MY", "tiktok",
    "Terima kasih @KakBaniTudung sebab hantar tudung cantik ni 💕 guna kod AINA10 dapat diskaun 10% tau",
    "gift thanked + personal code, no #iklan/#ad")
add(P, "sw-KE", "instagram",
    "Asante sana @SafiSkincareKE kwa zawadi hii 🎁 Nimeipenda! Tumia code WANJIKU kupata punguzo",
    "gift thanked + personal code, undisclosed")
add(P, "fil-PH", "tiktok",
    "Grabe ang ganda ng bagong serum ng @LuzBeautyPH, pinadala nila sakin kahapon 🥰 Check out na sa yellow basket mga beshie 🛒",
    "gifted by brand + affiliate basket, no disclosure tag")
add(P, "de-DE", "instagram",
    "Danke an @naturkosmetik_berlin für das liebe Paket 🥰 Mit meinem Code LENA20 spart ihr 20%!",
    "gift package + code, no #anzeige/#werbung")
add(P, "fr-FR", "instagram",
    "Merci @maisonlumiere de m'avoir envoyé cette bougie, elle sent divinement bon 🕯️ -15% avec le code CLARA15",
    "gift + personal code, no #pub/#collab")
add(P, "es-ES", "tiktok",
    "Os traigo mi rutina de noche con lo que me mandó @solbeauty 🌙 y con mi código LUCIA os llevais un 20%",
    "products sent by brand + personal code, no #publi/#ad marker")
add(P, "es-MX", "instagram",
    "Me llegó este regalito de @CafeTierraAlta ☕️😍 y neta está delicioso. Pidan el suyo con mi código DANI10",
    "gift + personal code, no #publi")
add(P, "it-IT", "instagram",
    "Questi occhiali me li ha mandati @bottegasole 😎 li trovate al link in bio, con MARTI10 avete il 10%",
    "gifted by brand + link + code, no #adv/#ad")
add(P, "pt-BR", "instagram",
    "Recebidinhos da semana 💖 obrigada @lojabellaflor pelo mimo! Cupom BIA10 dá 10% off",
    "'recebidinhos' gifts + coupon, no #publi")
add(P, "ja-JP", "instagram",
    "@hanabi_cosme さんからいただきました🌸 使い心地最高！私のクーポンコード YUKI500 で500円オフになります",
    "received from brand + personal coupon, no #PR/広告")
add(P, "zh-SG", "instagram",
    "谢谢 @LionCityTea 送来的新年礼盒🍊 用我的code MEILING 可以享9折哦",
    "gift box + personal code, undisclosed")
add(P, "ko-KR", "instagram",
    "@오늘의바디 에서 보내주신 바디워시 써봤어요🛁 향 진짜 좋아요! 제 코드 SUJIN 쓰면 15% 할인",
    "gifted + personal code, no 광고/협찬 marker")
add(P, "ar-AE", "instagram",
    "شكراً @OudAlMaha على الهدية الحلوة 🤍 استخدموا كودي NOURA15 وخذوا خصم ١٥٪",
    "gift + personal code, no إعلان marker")
add(P, "tr-TR", "instagram",
    "Bu airfryer'ı 1 yıldır kullanıyorum, linki profilimde 🍟 oradan alırsanız bana da destek olmuş olursunuz 🙏",
    "affiliate link ('buying via my link supports me'), no #reklam/#işbirliği")
add(P, "nl-NL", "tiktok",
    "Samen met @fietsmerk.nl mocht ik hun nieuwe e-bike een maand testen 🚲 Met mijn code SANNE krijg je €100 korting",
    "brand let creator test e-bike + code, no #ad/#samenwerking")
add(P, "pl-PL", "instagram",
    "Link do tego odkurzacza macie w bio – z mojego linku jest taniej 😉 @czystodom_pl",
    "affiliate link with brand tag, no #reklama/#współpraca")
add(P, "vi-VN", "tiktok",
    "Cảm ơn nhà @MocSkin đã gửi quà cho em 🥰 mn nhập mã LINH10 giảm 10% nha, link ở giỏ hàng",
    "gift + code + cart link, undisclosed")
add(P, "th-TH", "instagram",
    "ขอบคุณ @BaanSabai ที่ส่งของมาให้ลองนะคะ 🥰 ใช้โค้ด PLOY50 ลดเพิ่ม 50 บาท",
    "gift + code, no #โฆษณา/#ad")
add(P, "id-ID", "tiktok",
    "Makasih @RaniHijab udah kirimin aku hijab cantik ini 😍 pake kode DINDA bisa diskon, link di keranjang kuning ya",
    "gift + code + yellow basket affiliate, undisclosed")
add(P, "hi-IN", "instagram",
    "Thank you @DesiGlowIndia for sending this lovely hamper 🥰 use my code PRIYA20 for 20% off, link in bio",
    "hamper gift + code, no #ad/#collab")

# ---------------------------------------------------------------- clean (hard negatives)
K = "clean"
# en (14)
add(K, "en-US", "amazon-bullet",
    "2-YEAR LIMITED WARRANTY: covers motor and battery defects under normal household use; register your product within 30 days of purchase",
    "warranty with duration and scope")
add(K, "en-GB", "instagram",
    "Say goodbye to summer 🍂 our end-of-season sale runs until Sunday 14 September, 11:59pm BST",
    "idiom 'say goodbye to summer' + real dated sale end")
add(K, "en-AU", "amazon-title",
    "Insulated Stainless Steel Water Bottle 1L - Keeps Drinks Cold 24 h / Hot 12 h - Leakproof Lid - Pack of 2",
    "product properties and quantity facts")
add(K, "en-CA", "etsy-title",
    "Solid Bamboo Cutting Board Set of 3 - Juice Groove - Personalised Engraving",
    "bamboo as a solid material, quantity fact")
add(K, "en-IN", "amazon-title",
    "Men's Slim Fit Cotton Chinos - Stretch, Mid Rise, Waist 30-38, Navy",
    "'slim fit' is a garment cut, not a weight claim")
add(K, "en-NG", "instagram",
    "New ankara drops this Friday 🔥 which print should we restock first, 1 or 2? Comment below 👇🏾",
    "question to followers, no claim")
add(K, "en-KE", "facebook",
    "Killer deal this weekend only: all kiondo bags KSh 1,500 from Sat 7 to Sun 8 June 🧺",
    "idiom 'killer deal' + real dates")
add(K, "en-PH", "shopee-title",
    "Anti-Fog Swimming Goggles UV Protection Adjustable Strap Adult Unisex with Case",
    "anti-fog / UV lens properties stated as product facts")
add(K, "en-SG", "threads",
    "Got our order? Leave us a review lah, good or bad we read every one 🙏",
    "asking followers for honest reviews, no rating used as copy")
add(K, "en-US", "instagram",
    "Obsessed with this linen set from @coastandcloth 🌊 #ad #paidpartnership code SAM10 for 10% off",
    "sponsored post with #ad disclosure present",
    None, {"sponsored": True})
add(K, "en-GB", "amazon-bullet",
    "MADE WITH GOTS-CERTIFIED ORGANIC COTTON: soft, breathable babygrow set, pack of 3, sizes 0-3 to 12-18 months",
    "certified material with fact given",
    {"material": "organic cotton", "certification": "GOTS"})
add(K, "en-AU", "tiktok",
    "no more tangled charging cables 🙌 this little magnetic organiser sticks under your desk",
    "negated construction about cables, not a health/body claim")
add(K, "en-IN", "instagram",
    "Say goodbye to wrinkles... on your shirts 😉 handheld garment steamer, heats up in 25 seconds",
    "'wrinkles' refers to fabric; steamer property")
add(K, "en-CA", "facebook",
    "Our 'Killer Queen' lipstick shade is back in stock 💄 matte finish, 3.5 g",
    "shade name with trigger word 'killer'; per name rule not a claim")
# ms / sw / fil (2 each)
add(K, "ms-MY", "shopee-title",
    "Tudung Bawal Cotton Voile Premium Saiz 45 Inci Pack of 3 Pelbagai Warna",
    "material and quantity facts")
add(K, "ms-MY", "facebook",
    "Promo Raya 20% tamat 31 Mac, 11.59 malam. Terima kasih semua yang dah support kedai kecil kami 🌙",
    "sale with a real stated end date")
add(K, "sw-KE", "facebook",
    "Viatu vya ngozi halisi, tunatoa dhamana ya miezi 6 kwa soli na mshono. Karibu duka letu Nakuru",
    "warranty with duration and scope (sole and stitching)")
add(K, "sw-KE", "instagram",
    "Wapendwa, mnapenda rangi gani zaidi kwa kanga mpya? Tuambieni kwenye comments 👇🏾",
    "question to followers")
add(K, "fil-PH", "tiktok",
    "Salamat sa @KapeNiLola sa pag-sponsor ng video na to ☕ #ad #sponsored",
    "sponsorship disclosed with #ad")
add(K, "fil-PH", "shopee-title",
    "Non-Slip Yoga Mat 6mm TPE May Kasamang Strap Iba't Ibang Kulay",
    "non-slip as a product property")
# nl (5)
add(K, "nl-NL", "generic",
    "Uitverkoop! 30% korting t/m zondag 12 januari. Op = op, maar we hebben nog genoeg maten 👌",
    "sale with real end date; 'op = op' idiom with no fake scarcity")
add(K, "nl-NL", "instagram",
    "In samenwerking met @fietsenmaker_jan 🚲 #ad – mijn eerlijke mening na 3 maanden woon-werkverkeer",
    "collaboration disclosed with #ad")
add(K, "nl-NL", "amazon-bullet",
    "FSC-GECERTIFICEERD HOUT: onze schrijfblokken zijn gemaakt van FSC-gecertificeerd papier, set van 5",
    "certified material with fact given",
    {"material": "paper", "certification": "FSC"})
add(K, "nl-NL", "tiktok",
    "Wie gaat er met Koningsdag in het oranje? 🧡 Laat je outfit zien in de comments!",
    "question to followers")
add(K, "nl-NL", "ebay-title",
    "Bamboe Tandenborstels Zacht Set van 4 Volwassenen Houten Steel",
    "bamboo toothbrush as material; quantity fact")
# fr (4)
add(K, "fr-FR", "instagram",
    "Pain au chocolat tout chaud ce matin 🥐 commandez avant 10h pour le retrait en boutique",
    "'pain' is bread in French; no claim")
add(K, "fr-FR", "amazon-bullet",
    "GARANTIE 3 ANS : pièces et main-d'œuvre, hors usure normale des lames. Service client basé à Lyon.",
    "warranty with duration and scope")
add(K, "fr-CA", "facebook",
    "Merci à @erabliere_stjean pour la collab! #partenariat #pub Le sirop est vraiment bon sur les crêpes 🥞",
    "partnership disclosed with #partenariat #pub")
add(K, "fr-FR", "etsy-title",
    "Robe en Lin Lavé Certifié OEKO-TEX Coupe Ample Tailles 36 à 46",
    "certified material with fact given",
    {"material": "linen", "certification": "OEKO-TEX Standard 100"})
# pt (4)
add(K, "pt-BR", "instagram",
    "Publi 💛 Parceria paga com @cafedoserrado, testei os 3 blends e meu favorito é o frutado #publi",
    "paid partnership disclosed (publi)")
add(K, "pt-BR", "shopee-title",
    "Kit 3 Potes Herméticos Vidro Borossilicato 640ml Tampa de Bambu",
    "quantity fact; bamboo lid as material")
add(K, "pt-BR", "mercadolibre-title",
    "Protetor Solar FPS 50 Toque Seco 120ml",
    "SPF stated as a product fact")
add(K, "pt-BR", "tiktok",
    "Qual cor vocês querem na próxima leva: verde-musgo ou terracota? 👀 Comenta aqui",
    "question to followers")
# ja (4)
add(K, "ja-JP", "instagram",
    "#PR @kissa_tsubame さんから新作ブレンドをいただきました☕️ 酸味少なめで飲みやすいです",
    "gift disclosed with #PR")
add(K, "ja-JP", "amazon-title",
    "竹製 まな板 3枚セット 大・中・小 天然竹 キッチン 食洗機不可",
    "bamboo cutting boards, quantity fact")
add(K, "ja-JP", "amazon-bullet",
    "【メーカー保証1年】通常のご使用で発生した初期不良・故障は1年間無償で修理または交換いたします（消耗品は除く）",
    "warranty with duration and scope")
add(K, "ja-JP", "live-script",
    "秋冬セールは11月30日（日）23:59まで🍁 最大30%オフです",
    "sale with real end date")
# ko (4)
add(K, "ko-KR", "instagram",
    "#광고 #유료광고 @바른식탁 에서 제품을 제공받아 작성했어요. 솔직 후기 남겨볼게요🍚",
    "paid ad disclosed with #광고")
add(K, "ko-KR", "shopee-title",
    "미끄럼방지 욕실 매트 규조토 60x40 그레이",
    "non-slip as property")
add(K, "ko-KR", "generic",
    "선크림 SPF50+ PA++++ 50ml 🌞 새 패키지로 바뀌었어요!",
    "SPF stated as fact, new packaging")
add(K, "ko-KR", "tiktok",
    "여러분 다음 라방 때 어떤 색 보고 싶으세요? 댓글로 알려주세요 💬",
    "question to followers")
# tr (4)
add(K, "tr-TR", "instagram",
    "#reklam #işbirliği @zeytinciamca ile bu ay hasat zeytinyağlarını deniyorum 🫒",
    "collaboration disclosed with #reklam")
add(K, "tr-TR", "generic",
    "Tüm ürünlerimiz 2 yıl garantili: motor ve elektronik arızalar dahil, kullanıcı hatası hariç.",
    "warranty with duration and scope")
add(K, "tr-TR", "generic",
    "Kasım indirimi 30 Kasım Pazar gece yarısı bitiyor ⏰ Kargo bedava 500 TL üzeri",
    "sale with real date")
add(K, "tr-TR", "tiktok",
    "Siz hangi rengi seçerdiniz? Yorumlara yazın, en çok istenen rengi üretelim 🧶",
    "question to followers")
# vi (4)
add(K, "vi-VN", "shopee-title",
    "Thớt Tre Tự Nhiên Combo 3 Cái Kích Thước Lớn Nhỏ Dùng Nhà Bếp",
    "bamboo cutting board, quantity fact")
add(K, "vi-VN", "facebook",
    "Sale 11.11 kéo dài đến hết 23h59 ngày 11/11 nha cả nhà. Đơn trên 300k freeship 🛵",
    "sale with real date")
add(K, "vi-VN", "live-script",
    "Mọi người mua rồi nhớ để lại đánh giá cho shop nha, góp ý thật lòng để shop cải thiện ạ 🙏",
    "asking for honest reviews")
add(K, "vi-VN", "lazada-title",
    "Bình Giữ Nhiệt Inox 304 500ml Giữ Lạnh 24h Giữ Nóng 12h",
    "keeps cold/hot as property")
# th (4)
add(K, "th-TH", "instagram",
    "#โฆษณา ได้รับการสนับสนุนจาก @ChaThaiHouse ค่ะ ชาไทยสูตรใหม่หวานน้อยลง 🧋",
    "sponsorship disclosed with #โฆษณา")
add(K, "th-TH", "lazada-title",
    "แว่นว่ายน้ำ กันฝ้า กันแสง UV สายปรับได้ พร้อมกล่อง",
    "anti-fog/UV goggles as property")
add(K, "th-TH", "facebook",
    "รับประกันสินค้า 1 ปี เฉพาะมอเตอร์ ไม่รวมใบมีด ค่ะ สอบถามได้ทางแชท",
    "warranty with duration and scope")
add(K, "th-TH", "live-script",
    "เสื้อตัวนี้มี 3 สี ขาว ดำ ครีม ชอบสีไหนคอมเมนต์บอกแอดหน่อยค่า",
    "quantity fact + question to followers")
# hi (4)
add(K, "hi-IN", "instagram",
    "#ad #collab @ChaiKaTapri ke saath, ye masala chai mix try kiya — honestly adrak thoda kam hai mere taste ke liye",
    "collaboration disclosed with #ad, Hinglish")
add(K, "hi-IN", "amazon-title",
    "स्टेनलेस स्टील टिफ़िन बॉक्स 3 डिब्बे लीक-प्रूफ ढक्कन के साथ",
    "quantity and leakproof property")
add(K, "hi-IN", "facebook",
    "Diwali sale 20% off, 5 November raat 12 baje tak valid hai 🪔 Sab customers ko shubh Deepawali",
    "sale with real end date")
add(K, "hi-IN", "instagram",
    "Aapko kaunsa print zyada pasand aaya? Comment karo, next batch usi ka banayenge 😊",
    "question to followers")
# pl (4)
add(K, "pl-PL", "facebook",
    "Tłusty Czwartek już jutro! 🍩 Pączki z różą zamawiajcie do 18:00, odbiór od 7 rano",
    "'fat Thursday' is a holiday, not a weight claim")
add(K, "pl-PL", "instagram",
    "#reklama #współpraca z @herbaciarnia_lipa – testuję ich zimowe herbaty ☕",
    "collaboration disclosed with #reklama")
add(K, "pl-PL", "amazon-bullet",
    "GWARANCJA 24 MIESIĄCE: obejmuje wady fabryczne silnika i obudowy, nie obejmuje uszkodzeń mechanicznych",
    "warranty with duration and scope")
add(K, "pl-PL", "generic",
    "Koszulki z bawełny organicznej z certyfikatem GOTS, rozmiary XS–XXL",
    "certified material with fact given",
    {"material": "organic cotton", "certification": "GOTS"})
# id (4)
add(K, "id-ID", "instagram",
    "#iklan Terima kasih @KopiSenja.id udah support konten ini ☕ ada kode diskon di bio",
    "sponsorship disclosed with #iklan")
add(K, "id-ID", "shopee-title",
    "Sikat Gigi Bambu Isi 4 Bulu Lembut Gagang Kayu Bambu",
    "bamboo toothbrush as material, quantity fact")
add(K, "id-ID", "tiktok",
    "Promo 12.12 cuma sampai 12 Desember jam 23.59 WIB ya kak 🛒",
    "sale with real date")
add(K, "id-ID", "live-script",
    "Kak yang udah terima paketnya jangan lupa kasih ulasan ya, jujur aja gapapa 🙏",
    "asking for honest reviews")
# de / it / zh / ar (3 each)
add(K, "de-DE", "instagram",
    "#anzeige #werbung In Kooperation mit @kaffeeroesterei_nord – mein ehrlicher Eindruck nach 4 Wochen ☕",
    "collaboration disclosed with #anzeige")
add(K, "de-DE", "amazon-bullet",
    "RUTSCHFESTE UNTERSEITE: Die Gummifüße halten das Schneidebrett aus Akazienholz sicher auf der Arbeitsfläche",
    "non-slip property")
add(K, "de-DE", "ebay-title",
    "Babywindeln Größe 1 (2-5 kg) 3er Pack je 44 Stück",
    "size number and pack quantity facts")
add(K, "it-IT", "generic",
    "Saldi invernali fino al 28 febbraio 🧣 Sconti fino al 40% su tutta la maglieria",
    "sale with real date")
add(K, "it-IT", "ebay-title",
    "Ginocchiere Professionali per Piastrellisti Imbottitura in Gel Cinghie Regolabili",
    "knee pads for work; protective equipment property, no disease claim")
add(K, "it-IT", "facebook",
    "Grazie a tutti per le recensioni! Se avete comprato da noi, lasciateci un commento sincero 😊",
    "asking followers for honest reviews")
add(K, "zh-SG", "facebook",
    "国庆特卖到8月10日晚上11点59分截止🇸🇬 满$50免运费",
    "sale with real end date")
add(K, "zh-SG", "shopee-title",
    "竹制砧板 3件套 天然竹 厨房家用 大中小",
    "bamboo cutting boards, quantity fact")
add(K, "zh-SG", "instagram",
    "#广告 谢谢 @KopiTiam_SG 赞助这次的试吃，我最喜欢的是咸蛋口味",
    "sponsorship disclosed with #广告")
add(K, "ar-AE", "instagram",
    "#إعلان بالتعاون مع @BakhoorHouse 🤍 جربت البخور الجديد وريحته هادية",
    "collaboration disclosed with #إعلان")
add(K, "ar-SA", "generic",
    "عروض اليوم الوطني تنتهي ٢٣ سبتمبر الساعة ١١:٥٩ مساءً، التوصيل مجاني فوق ٢٠٠ ريال",
    "sale with real end date")
add(K, "ar-EG", "facebook",
    "ضمان سنة على الموتور بس، والشفرات مش داخلة في الضمان. أي استفسار ابعتولنا رسالة",
    "warranty with duration and scope")
# es (1)
add(K, "es-ES", "instagram",
    "Un dolor de cabeza menos: envío gratis a toda la península hasta el domingo 15 👌",
    "idiom 'one less headache' about shipping hassle, real date; not a health claim")


def main():
    assert len(ROWS) == len({r[3] for r in ROWS}), "duplicate text"
    counters = collections.defaultdict(int)
    out = []
    for sub, market, target, text, note, facts, context in ROWS:
        family = FAMILY[sub]
        counters[sub] += 1
        out.append({
            "id": "h14%s-%03d" % (sub, counters[sub]),
            "split": SPLIT,
            "family": family,
            "subfamily": sub,
            "text": text,
            "target": target,
            "market": market,
            "facts": facts,
            "context": context,
            "labels": LABEL[family],
            "note": note,
        })
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "holdout14.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    social = {"instagram", "tiktok", "facebook", "x", "threads"}
    print("wrote %d rows to %s" % (len(out), path))
    print("per subfamily:")
    for k, v in sorted(collections.Counter(r["subfamily"] for r in out).items()):
        print("  %-14s %d" % (k, v))
    print("per language:")
    for k, v in sorted(collections.Counter(r["market"].split("-")[0] for r in out).items()):
        print("  %-4s %d" % (k, v))
    n_soc = sum(r["target"] in social for r in out)
    print("targets: social %d, marketplace/live/generic %d" % (n_soc, len(out) - n_soc))
    print(dict(collections.Counter(r["target"] for r in out)))


if __name__ == "__main__":
    main()
