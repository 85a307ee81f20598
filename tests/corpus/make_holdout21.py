#!/usr/bin/env python3
# ruff: noqa: UP031, N802  (added by the lead when committing: the examiner's script is kept as written)
"""Hold-out 21 for the Commerce Studio compliance checks (checks round 11, session stop 20).

Written by the hold-out 21 examiner on Thu Dec 3 2026, 16:31-16:39 UTC (`date`).
Read: /root/private/RULES.md and /root/private/holdout_spec.md only.
Not read: no code, tests, docs, corpora or earlier hold-outs of the project (nothing under /work/main or
/work/shared), nothing else under /root/private; /root/private/holdout20/ and /root/private/copy_holdout11/
were never opened.
All texts written by hand for this set. Standard library only. Writes holdout21.jsonl next to this file and
prints counts by subfamily and by market.
"""
import json
import os
from collections import Counter

NN = 21
CLAIM_SUBS = {"health", "weight", "before-after", "superlative", "guarantee", "reviews", "green",
              "urgency", "counterfeit"}

# (subfamily, market, target, text, note[, facts])
ROWS = [
    # ---------------- health ----------------
    ("health", "en-US", "instagram", "3 weeks on these magnesium gummies and my restless legs are GONE 🙌 no more 2am kicking. link in bio", "testimonial: condition gone"),
    ("health", "en-GB", "facebook", "Our CBD balm for dogs 🐶 Bella's hips were so stiff she couldn't do the stairs, now she's zooming round the garden. May help with arthritis pain!", "pet arthritis relief, hedged"),
    ("health", "de-DE", "instagram", "Seit ich jeden Morgen den Ingwer-Kurkuma-Shot trinke sind meine Knieschmerzen fast weg 🙏 kann ich nur empfehlen #gesundheit #natürlich", "testimonial: knee pain gone"),
    ("health", "de-AT", "amazon-bullet", "LINDERT VERSPANNUNGEN & MIGRÄNE auf natürliche Weise – Nackenkissen mit Kupferfasern für erholsamen Schlaf", "relieves migraine"),
    ("health", "fr-FR", "instagram", "Mon fils avait de l'eczéma depuis des mois… 10 jours avec ce baume au calendula et sa peau est guérie 😭💛", "child eczema healed"),
    ("health", "fr-CA", "facebook", "Nos tisanes maison aident à réduire l'anxiété et favorisent un sommeil réparateur 🌿 Livraison partout au Québec!", "reduces anxiety"),
    ("health", "es-ES", "tiktok", "chicas este aceite de romero me ha frenado la caída en un mes, la alopecia se me está curando literal 😳", "cures alopecia"),
    ("health", "es-MX", "mercadolibre-title", "Faja Termica Lumbar Alivia Dolor De Espalda Hernia Discal Unisex", "relieves hernia pain"),
    ("health", "es-AR", "instagram", "Propóleo + miel de monte 🐝 prevenís resfríos y gripe todo el invierno. Envíos a CABA y GBA", "prevents flu"),
    ("health", "it-IT", "instagram", "Le mie clienti con la cervicale mi scrivono che col cuscino in grano saraceno il mal di testa è sparito ✨ grazie ragazze!", "headache gone testimonials"),
    ("health", "pt-BR", "instagram", "gente esse chá de hibisco baixou minha pressão, meu médico ficou chocado kkkkk 😱 link na bio", "lowers blood pressure"),
    ("health", "pt-PT", "facebook", "Pulseira magnética para alívio das dores reumáticas. Ideal para os nossos avós 💙 Portes grátis", "rheumatic pain relief"),
    ("health", "nl-NL", "instagram", "Sinds Luna (onze labrador) deze zalmolie krijgt heeft ze nergens meer jeuk en is haar allergie zo goed als weg 🐾", "pet allergy gone"),
    ("health", "pl-PL", "facebook", "Syrop z czarnego bzu na odporność 💪 u nas dzieci przestały chorować odkąd dostają codziennie łyżeczkę", "children stop getting sick"),
    ("health", "tr-TR", "instagram", "Soğuk sıkım çörek otu yağımız bağışıklığı güçlendirir, kan şekerini dengeler 🌿 Sipariş için DM", "balances blood sugar"),
    ("health", "ar-SA", "instagram", "زيت الحبة السوداء الأصلي يعالج الربو وآلام المفاصل بإذن الله 🌿 للطلب واتساب", "treats asthma"),
    ("health", "ar-EG", "facebook", "الكريم ده بالأعشاب خلّى الدوالي تختفي من رجل ماما في أسبوعين 😍 اطلبوه قبل ما يخلص", "varicose veins vanish"),
    ("health", "hi-IN", "instagram", "हमारा आयुर्वेदिक काढ़ा डायबिटीज़ को जड़ से खत्म करता है 🙏 100% हर्बल, ऑर्डर के लिए DM करें", "cures diabetes"),
    ("health", "hi-IN", "facebook", "Bhai ye knee cap pehen ke papa ka joint pain bilkul gayab ho gaya, sach mein must try 🔥 COD available", "joint pain gone, Hinglish"),
    ("health", "th-TH", "facebook", "น้ำมันเหลืองสูตรนี้ ทาแล้วหายปวดเข่าจริง ปวดหลังก็หาย แม่ใช้ทุกวันเลย 🙏", "knee/back pain gone"),
    ("health", "th-TH", "tiktok-shop-title", "สเปรย์พ่นคอ ฆ่าเชื้อไวรัส ป้องกันหวัด แก้ไอ เจ็บคอหายไว", "kills virus, prevents colds"),
    ("health", "vi-VN", "facebook", "Cao dán thảo dược trị dứt điểm đau vai gáy, thoát vị đĩa đệm chỉ sau 1 liệu trình 💯 inbox shop tư vấn", "treats disc herniation"),
    ("health", "vi-VN", "shopee-title", "Siro ho thảo dược cho bé hết ho hết sổ mũi tăng đề kháng", "children cough cured"),
    ("health", "id-ID", "instagram", "Anak aku dulu susah makan & sering batuk pilek bun, sejak minum madu herbal ini udah jarang banget sakit 🥰 #maduanak", "child rarely sick"),
    ("health", "id-ID", "shopee-title", "Minyak Urut Herbal Asam Urat Rematik Sembuh Total Original", "gout cured"),
    ("health", "ms-MY", "facebook", "Air rebusan herba ni memang mujarab untuk gastrik, 3 hari minum terus lega perut. Order PM ye 😊", "gastritis remedy"),
    ("health", "fil-PH", "facebook", "Grabe mga mars, yung sabon na 'to tinanggal yung psoriasis ko in 2 weeks!! 😭 PM lang for orders", "psoriasis gone"),
    ("health", "fil-PH", "tiktok", "para po sa mga may UTI, itong buko juice blend namin nakakagaling talaga, try niyo na po habang may stock", "cures UTI"),
    ("health", "ja-JP", "instagram", "このよもぎ蒸しパッド使い始めてから生理痛がほぼなくなりました🌸 冷え性も改善✨", "period pain gone"),
    ("health", "ja-JP", "amazon-bullet", "【肩こり・腰痛を緩和】遠赤外線の力で血行促進、つらい痛みをやわらげます", "relieves back pain"),
    ("health", "ko-KR", "instagram", "우리 강아지 관절 영양제 먹이고 나서 다리 절던 게 싹 나았어요 🐶💕 보호자님들 꼭 써보세요", "pet limp healed"),
    ("health", "ko-KR", "x", "이 유산균 먹고 아토피 완전 좋아짐… 진짜 인생템임", "atopic dermatitis improved"),
    ("health", "zh-CN", "generic", "宝宝湿疹反反复复，用了这个草本膏三天就消下去了😭 宝妈们冲！", "baby eczema cleared"),
    ("health", "zh-TW", "facebook", "這款艾草貼布可以改善失眠、緩解偏頭痛，家裡長輩都很愛用 👍", "insomnia/migraine"),
    ("health", "sw-KE", "facebook", "Chai yetu ya mitishamba inatibu vidonda vya tumbo na kisukari. Agiza sasa kwa WhatsApp 📲", "treats ulcers and diabetes"),
    ("health", "sw-TZ", "instagram", "Mafuta haya ya mkaratusi yanasaidia kuondoa mafua na pumu kwa watoto 👶🏾 bei poa kabisa", "asthma in children"),
    ("health", "en-AU", "tiktok", "ok so I've been wearing this copper bracelet for my carpal tunnel and honestly?? haven't needed my wrist brace in weeks 🤯", "carpal tunnel testimonial"),
    ("health", "en-US", "amazon-title", "Blue Light Glasses for Kids – Prevents Eye Strain, Myopia & Headaches, Boys Girls Age 3-10", "prevents myopia in kids"),
    ("health", "en-IN", "live-script", "Friends, yeh oil aapka hair fall stop karega aur dandruff ko permanently treat karega, sirf aaj ke liye 499!", "treats dandruff permanently"),
    ("health", "de-CH", "facebook", "Unser Katzen-CBD-Öl hilft bei Angst und Nierenproblemen – viele Kundinnen berichten von ruhigeren Fellnasen 🐱", "pet kidney problems"),
    ("health", "fr-BE", "etsy-title", "Collier ambre bébé soulage les douleurs dentaires ambre baltique naturel", "teething pain relief"),
    ("health", "es-CO", "instagram", "No soy médica eh, pero yo sentí que el colágeno me quitó el dolor de rodilla 🙈 ustedes verán", "hedged knee pain relief"),
    ("health", "it-IT", "amazon-description", "Le solette magnetiche riducono il gonfiore e migliorano la circolazione, aiutando chi soffre di fascite plantare a camminare senza dolore.", "plantar fasciitis"),
    ("health", "en-GB", "instagram", "not saying it's a miracle but my IBS flare-ups have basically stopped since I switched to this kefir 🤷‍♀️ code in bio", "IBS flare-ups stopped, hedged"),

    # ---------------- weight ----------------
    ("weight", "en-US", "instagram", "down 14 lbs in 3 weeks without changing my diet 😳 these apple cider gummies are unreal", "rapid weight loss"),
    ("weight", "de-DE", "amazon-title", "Abnehmtee Detox 28 Tage Fettverbrennung flacher Bauch schnell abnehmen", "fat burning tea"),
    ("weight", "es-MX", "tiktok", "amigas con este té quemagrasa bajé 2 tallas en un mes sin pisar el gym 😍", "fat burner"),
    ("weight", "pt-BR", "instagram", "cápsula seca barriga 🔥 elimina até 8kg no primeiro mês, chama no direct", "8 kg in a month"),
    ("weight", "fr-FR", "facebook", "Ce patch minceur fait fondre la graisse du ventre pendant que tu dors 😴", "melts belly fat"),
    ("weight", "it-IT", "instagram", "Ho perso 6 chili in 15 giorni con le gocce drenanti, e mangiavo pure la pizza 🍕", "6 kg in 15 days"),
    ("weight", "tr-TR", "instagram", "Zayıflama kahvesiyle ayda 10 kilo verin, spor yok diyet yok ☕", "10 kg a month"),
    ("weight", "th-TH", "facebook", "ลดน้ำหนัก 5 โลใน 7 วัน ไม่ต้องอดอาหาร ทานแค่วันละ 1 เม็ด", "5 kg in 7 days"),
    ("weight", "vi-VN", "shopee-title", "Trà giảm cân cấp tốc giảm 3-5kg/tuần tan mỡ bụng an toàn", "3-5 kg a week"),
    ("weight", "id-ID", "tiktok-shop-title", "Pelangsing Herbal Turun 7kg Seminggu Ampuh Perut Rata", "7 kg a week"),
    ("weight", "ja-JP", "instagram", "飲むだけで-5kg✨ 食事制限なしで痩せた秘密のサプリはプロフのリンクから", "-5 kg just by drinking"),
    ("weight", "ko-KR", "instagram", "한달에 -7kg 빠졌어요🔥 운동 없이 이 차만 마셨어요", "-7 kg without exercise"),
    ("weight", "ar-AE", "instagram", "كبسولات تخسيس طبيعية تحرق الدهون بدون رجيم، خسرت ١٠ كيلو في شهر 💪", "burns fat, 10 kg"),
    ("weight", "pl-PL", "facebook", "Koktajl odchudzający 🥤 nasze klientki chudną nawet 4 kg tygodniowo bez żadnych wyrzeczeń!", "4 kg a week"),

    # ---------------- before-after ----------------
    ("before-after", "en-US", "instagram", "before 👉 after 8 weeks of our serum. no filter, no makeup, just results ✨ swipe ➡️", "skin before/after"),
    ("before-after", "de-DE", "instagram", "Vorher/Nachher nach nur 14 Tagen mit unserem Haarwuchs-Serum 😍 die Geheimratsecken sind zugewachsen", "hair regrowth before/after"),
    ("before-after", "es-ES", "instagram", "ANTES y DESPUÉS 😱 las manchas de mi cara desaparecieron con un solo bote de la crema", "dark spots before/after"),
    ("before-after", "pt-BR", "tiktok", "olha a diferença do antes e depois da minha estria com esse óleo 😭 sumiu tudo", "stretch marks before/after"),
    ("before-after", "fr-FR", "tiktok", "avant / après 30 jours de crème anti-cellulite, la peau d'orange a disparu 🍊", "cellulite before/after"),
    ("before-after", "ms-MY", "facebook", "Before & after pakai krim jerawat kami seminggu je! Kulit licin terus 😍", "acne before/after"),
    ("before-after", "fil-PH", "facebook", "Before vs after ni ate using our whitening soap for 7 days lang!! Pumuti agad 😍", "whitening before/after"),
    ("before-after", "hi-IN", "instagram", "पहले और बाद का फर्क देखिए 😍 हमारा हेयर ऑयल 21 दिन में गंजेपन पर भी बाल उगा देता है", "baldness before/after"),
    ("before-after", "zh-CN", "generic", "使用前vs使用后 对比太明显了 28天黑眼圈没了 眼纹也淡了", "dark circles before/after"),
    ("before-after", "nl-NL", "instagram", "Voor en na 6 weken met onze tandenbleekstrips – 8 tinten witter, zie zelf 😁", "teeth whitening before/after"),
    ("before-after", "ko-KR", "instagram", "비포 애프터 보세요… 2주 만에 기미가 이렇게 옅어졌어요 😭", "melasma before/after"),
    ("before-after", "en-GB", "facebook", "Customer before & after 💫 her acne scars after 3 sessions with our at-home microneedling pen", "acne scars before/after"),
    ("before-after", "tr-TR", "instagram", "Önce & sonra 👀 sıkılaştırıcı jelimizle sadece 10 günde selülit gitti", "cellulite before/after"),

    # ---------------- superlative ----------------
    ("superlative", "en-US", "amazon-title", "World's Best Vacuum Insulated Tumbler 40oz #1 Strongest Leakproof Lid", "unsourced world's best"),
    ("superlative", "de-DE", "instagram", "Die beste Sonnencreme der Welt, Punkt. Keine andere kommt da ran ☀️", "best in the world"),
    ("superlative", "fr-FR", "etsy-title", "La bougie la plus parfumée de France cire de soja", "most fragrant in France"),
    ("superlative", "es-ES", "amazon-title", "Auriculares Bluetooth Nº1 en Calidad de Sonido Los Mejores del Mercado", "number one, best on market"),
    ("superlative", "it-IT", "instagram", "Il miglior olio extravergine d'Italia, non lo diciamo noi, lo dite voi 🫒", "best in Italy, no source"),
    ("superlative", "pt-BR", "mercadolibre-title", "Panela De Pressão Elétrica A Mais Segura Do Brasil 6l", "safest in Brazil"),
    ("superlative", "pl-PL", "generic", "Najlepszy krem do rąk na rynku – żaden inny tak nie nawilża 🙌", "best on market"),
    ("superlative", "ja-JP", "amazon-title", "業界No.1の吸引力 コードレス掃除機 最強モデル", "industry No.1"),
    ("superlative", "ko-KR", "instagram", "국내 최고 보습력 크림, 이거 하나면 끝 💧", "best in country"),
    ("superlative", "zh-CN", "generic", "全网最好用的粉底液 没有之一", "best on the internet"),
    ("superlative", "th-TH", "lazada-title", "พัดลมไร้สาย แรงที่สุดในไทย อันดับ1 ลมแรงสุด", "strongest in Thailand"),
    ("superlative", "vi-VN", "facebook", "Nồi chiên không dầu tốt nhất thị trường hiện nay, không loại nào sánh bằng 👌", "best on market"),
    ("superlative", "ar-SA", "instagram", "أفضل عود في الخليج بلا منافس 🔥", "best in the Gulf"),
    ("superlative", "sw-KE", "instagram", "Sabuni bora kuliko zote Afrika Mashariki! 🧼 Agiza leo", "best in East Africa"),

    # ---------------- guarantee ----------------
    ("guarantee", "en-US", "instagram", "100% guaranteed to clear your skin or your money back, it literally works for everyone", "guaranteed results for everyone"),
    ("guarantee", "de-DE", "amazon-bullet", "GARANTIERTER ERFOLG: 100 % weniger Falten – dauerhaft und für immer", "guaranteed permanent result"),
    ("guarantee", "es-MX", "facebook", "Resultados garantizados al 100%, si no te crece el cabello en 30 días te devolvemos tu dinero", "100% results guaranteed"),
    ("guarantee", "fr-FR", "instagram", "Résultat garanti à vie ✨ une seule pose et tes cils restent longs pour toujours", "lifetime result"),
    ("guarantee", "it-IT", "amazon-bullet", "RISULTATI PERMANENTI GARANTITI – elimina il calcare al 100% per sempre", "permanent guaranteed"),
    ("guarantee", "pt-BR", "instagram", "funciona em 100% dos casos, garantido! nunca mais frizz 💁‍♀️", "works in 100% of cases"),
    ("guarantee", "tr-TR", "instagram", "%100 garantili sonuç, ilk kullanımdan sonra sivilceler bir daha çıkmıyor", "guaranteed, never again"),
    ("guarantee", "id-ID", "instagram", "Dijamin 100% berhasil kak, hasilnya permanen seumur hidup 🙏", "lifetime result"),
    ("guarantee", "ja-JP", "instagram", "効果を100%保証✨ 一度で一生ツルツル", "100% effect guaranteed"),
    ("guarantee", "zh-TW", "facebook", "保證100%有效，一次見效，永不復發", "100% effective, never recurs"),
    ("guarantee", "pl-PL", "generic", "Gwarancja 100% efektu – zero zmarszczek już po pierwszym użyciu, efekt na całe życie", "lifetime effect"),
    ("guarantee", "en-AU", "facebook", "Our solar garden lights are guaranteed to last forever ☀️ never need replacing, ever", "lasts forever"),
    ("guarantee", "ar-EG", "facebook", "نتيجة مضمونة ١٠٠٪ من أول استخدام والشعر مش هيقع تاني أبداً", "guaranteed from first use"),

    # ---------------- reviews ----------------
    ("reviews", "en-US", "instagram", "Leave us a 5⭐ review and DM the screenshot for a free gift 🎁", "gift for 5-star review"),
    ("reviews", "en-GB", "amazon-description", "Happy with your purchase? Leave a 5-star review and we'll refund your order in full via PayPal.", "refund for 5-star review"),
    ("reviews", "de-DE", "instagram", "Für jede 5-Sterne-Bewertung gibt's 10 € Rabatt auf eure nächste Bestellung 💌", "discount for 5 stars"),
    ("reviews", "fr-FR", "facebook", "Laissez-nous un avis 5 étoiles sur Google et recevez un échantillon offert 😊", "sample for 5 stars"),
    ("reviews", "es-ES", "instagram", "Reseña de 5 estrellas = cupón del 20% 💛 mándanos la captura por DM", "coupon for 5 stars"),
    ("reviews", "pt-BR", "generic", "Avalia com 5 estrelinhas e foto que a gente manda um brinde no próximo pedido 💕", "gift for 5 stars"),
    ("reviews", "it-IT", "generic", "Cerchiamo tester: prodotto gratis in cambio di una recensione a 5 stelle su Amazon", "free product for 5 stars"),
    ("reviews", "vi-VN", "facebook", "Đánh giá 5 sao kèm hình được hoàn tiền 20k nha khách iu 😘", "cashback for 5 stars"),
    ("reviews", "th-TH", "facebook", "รีวิว 5 ดาวพร้อมรูป รับส่วนลด 50 บาทในออเดอร์ถัดไปค่ะ 💕", "discount for 5 stars"),
    ("reviews", "id-ID", "instagram", "Kasih bintang 5 + foto nanti dapet cashback 10rb ya kak 😘", "cashback for 5 stars"),
    ("reviews", "zh-CN", "generic", "好评返现5元，晒图再送小样～", "cash for good review"),
    ("reviews", "ko-KR", "instagram", "포토리뷰 별점 5점 남겨주시면 다음 주문 때 3천원 적립해드려요!", "points for 5 stars"),
    ("reviews", "fil-PH", "facebook", "Mag-iwan lang ng 5-star review at may libreng freebie kayo sa next order 😍", "freebie for 5 stars"),
    ("reviews", "nl-NL", "generic", "Reviewers gezocht! Gratis product als je een positieve review van 5 sterren plaatst.", "free product for positive review"),

    # ---------------- green ----------------
    ("green", "en-US", "amazon-title", "Eco-Friendly Bamboo Toothbrush 100% Biodegradable Zero Waste Planet Safe 4 Pack", "biodegradable, no proof"),
    ("green", "de-DE", "instagram", "Unsere Versandtaschen sind klimaneutral 🌍 und 100 % umweltfreundlich", "climate neutral, no proof"),
    ("green", "fr-FR", "instagram", "Une mode éco-responsable, neutre en carbone et 100 % durable 🌱", "carbon neutral, no proof"),
    ("green", "es-ES", "instagram", "Nuestras cápsulas de café son biodegradables y no dañan el planeta ♻️", "biodegradable, no proof"),
    ("green", "it-IT", "generic", "Detersivo green, completamente ecologico e a impatto zero 🌿", "zero impact"),
    ("green", "nl-NL", "instagram", "Onze sneakers zijn CO2-neutraal en volledig duurzaam geproduceerd 👟🌍", "CO2 neutral"),
    ("green", "pt-BR", "instagram", "embalagem sustentável e 100% ecológica, zero impacto ambiental 🌎", "zero environmental impact"),
    ("green", "pl-PL", "generic", "Ekologiczne worki na śmieci – w pełni biodegradowalne, przyjazne planecie", "biodegradable"),
    ("green", "ja-JP", "instagram", "地球にやさしいエコ素材100%のトートバッグ🌏", "earth friendly, vague"),
    ("green", "zh-CN", "generic", "零碳环保 可降解材质 对地球零负担", "zero carbon, degradable"),
    ("green", "th-TH", "facebook", "แก้วกาแฟรักษ์โลก ย่อยสลายได้ 100% ไม่ทำร้ายสิ่งแวดล้อม 🌱", "100% degradable"),
    ("green", "tr-TR", "instagram", "Karbon nötr üretim, doğaya sıfır zarar 🌿 yeni koleksiyonumuz yayında", "carbon neutral, zero harm"),
    ("green", "ms-MY", "shopee-title", "Straw Mesra Alam 100% Biodegradable Eco Friendly 100pcs", "biodegradable"),
    ("green", "ko-KR", "instagram", "탄소중립 친환경 텀블러 🌱 지구를 지키는 가장 쉬운 방법", "carbon neutral"),

    # ---------------- urgency ----------------
    ("urgency", "en-US", "amazon-title", "LAST CHANCE Only 2 Left in the World Buy Now Before It's Gone Forever Phone Case", "fake scarcity in title"),
    ("urgency", "en-GB", "instagram", "final hours!!! price doubles at midnight and never comes back 😬 don't say I didn't warn you", "no date, pressure"),
    ("urgency", "de-DE", "instagram", "Nur noch heute!!! Morgen ist alles weg und kommt nie wieder 😱 schnell sein", "pressure, no date"),
    ("urgency", "fr-FR", "facebook", "⚠️ Plus que 3 pièces, après c'est fini pour toujours ! Dépêchez-vous 🏃‍♀️", "forever scarcity"),
    ("urgency", "es-MX", "live-script", "¡Ya ya ya! solo quedan 5 piezas, el que no compre en los próximos 2 minutos se queda sin nada, nunca lo volvemos a traer", "live pressure"),
    ("urgency", "pt-BR", "live-script", "corre gente que só tem 10 unidades e o preço sobe em 5 minutos, não vai ter outra chance!", "live pressure"),
    ("urgency", "it-IT", "instagram", "Ultimissimi pezzi!!! 🔥 chi dorme non piglia pesci, domani il prezzo raddoppia", "price doubles tomorrow"),
    ("urgency", "th-TH", "live-script", "แม่ๆ เหลือแค่ 5 ชิ้นสุดท้ายจริงๆ หมดแล้วหมดเลย ไม่มีผลิตเพิ่ม กดเลยตอนนี้!", "live scarcity"),
    ("urgency", "id-ID", "live-script", "Kak buruan checkout sekarang, stok tinggal 3, abis live ini harga naik 2x lipat!", "price doubles after live"),
    ("urgency", "vi-VN", "live-script", "Chỉ còn 5 suất giá sốc thôi cả nhà ơi, hết live là không bao giờ có giá này nữa!", "never again price"),
    ("urgency", "ja-JP", "instagram", "本日限り‼️ 二度と手に入りません 残りわずか🔥", "never again"),
    ("urgency", "ar-SA", "instagram", "آخر ٣ قطع فقط!! العرض ينتهي خلال ساعة ولن يتكرر أبداً ⏳", "ends in an hour, never again"),
    ("urgency", "fil-PH", "live-script", "Mga mars last 3 pcs na lang! Pag naubos wala na talaga, hindi na kami mag-rerestock!", "live scarcity"),

    # ---------------- counterfeit ----------------
    ("counterfeit", "en-US", "instagram", "1:1 LV Neverfull replica, mirror quality, comes with dust bag & receipt 👜 DM to order", "replica"),
    ("counterfeit", "en-GB", "ebay-title", "AirPods Pro 2 Style Earbuds Master Copy Same As Original ANC", "master copy"),
    ("counterfeit", "de-DE", "generic", "Rolex Submariner Replica AAA+ Qualität, nicht vom Original zu unterscheiden", "AAA replica"),
    ("counterfeit", "fr-FR", "facebook", "Sneakers Jordan 4 qualité top 1:1, personne verra la différence 😉", "1:1"),
    ("counterfeit", "es-MX", "mercadolibre-title", "Perfume Inspirado En Chanel N5 Replica Calidad Original 100ml", "inspired-by brand, replica"),
    ("counterfeit", "pt-BR", "instagram", "bolsa Prada primeira linha, réplica perfeita com etiqueta 🔥 chama no direct", "first-line replica"),
    ("counterfeit", "it-IT", "generic", "Borsa Gucci Marmont copia perfetta, identica all'originale, pagamento alla consegna", "perfect copy"),
    ("counterfeit", "tr-TR", "instagram", "Nike Dunk birebir ithal A kalite, orijinal kutulu 👟", "1:1 A quality"),
    ("counterfeit", "th-TH", "facebook", "กระเป๋า Chanel งานมิลเลอร์ เกรดพรีเมียม เหมือนแท้ 99%", "mirror grade copy"),
    ("counterfeit", "vi-VN", "shopee-title", "Giày Nike Air Force 1 Rep 1:1 Super Fake Full Box", "rep 1:1"),
    ("counterfeit", "id-ID", "tiktok-shop-title", "Tas Hermes Birkin KW Super Premium Mirror Quality", "KW copy"),
    ("counterfeit", "zh-CN", "generic", "高仿LV老花包 原单品质 专柜一比一复刻", "high imitation"),
    ("counterfeit", "ar-AE", "instagram", "ساعات كارتير ماستر كوبي طبق الأصل مع العلبة 🔥 توصيل لكل الإمارات", "master copy"),
    ("counterfeit", "ko-KR", "x", "샤넬 클래식 플랩 미러급 레플 정품이랑 똑같아요 DM 주세요", "replica"),

    # ---------------- sponsorship (undisclosed) ----------------
    ("sponsorship", "en-US", "instagram", "obsessed with my new @glowlabs serum 😍 use code MAYA20 for 20% off!!", "code, no disclosure"),
    ("sponsorship", "en-US", "tiktok", "the brand sent me their whole new collection and ngl I'm shook 😭 linked everything in my bio", "gift, no disclosure"),
    ("sponsorship", "en-GB", "instagram", "PR package day 📦💕 thank you @lunabeauty for spoiling me!! full review soon", "PR box, no #ad"),
    ("sponsorship", "en-AU", "instagram", "Big thanks to the team at @surfco for having me on their trip to Bali 🌴 loving my new wetsuit", "paid trip, implied"),
    ("sponsorship", "en-CA", "x", "been using @trailmix_app for all my runs this month, grab 3 months free with my link 👉 trailm.ix/jess", "referral link"),
    ("sponsorship", "en-IN", "instagram", "My skincare routine ft. @dermagold 💛 link in bio, code PRIYA15 gets you 15% off 😘", "code + link"),
    ("sponsorship", "de-DE", "instagram", "Hab von @naturkind ein riesiges Paket bekommen 😍 mit meinem Code LISA10 spart ihr 10 %", "gift + code, no Anzeige"),
    ("sponsorship", "de-DE", "tiktok", "Danke an @fitfuel für die Unterstützung 💪 Link in der Bio", "support implied"),
    ("sponsorship", "de-CH", "instagram", "Gemeinsam mit @schokoland durfte ich die neue Sorte vorab testen 🍫 einfach himmlisch!", "collab implied"),
    ("sponsorship", "fr-FR", "instagram", "Merci @maisonlumiere pour cette jolie box 🎁✨ je vous dis tout en story", "gift box"),
    ("sponsorship", "fr-FR", "tiktok", "code CAMILLE pour -15% sur tout le site, foncez 🏃‍♀️ lien dans ma bio", "code + link"),
    ("sponsorship", "fr-CA", "instagram", "En collab avec @boreal_the ☕ lien dans ma bio pour votre première commande", "collab, no paid label"),
    ("sponsorship", "es-ES", "instagram", "Me han mandado estas zapatillas de @runfast y estoy enamorada 😍 con el código ANA10 tenéis descuento", "gift + code"),
    ("sponsorship", "es-MX", "tiktok", "ok les cuento que @belleza_mx me invitó a su evento y me regaló todo esto 😭💗 link en mi perfil", "gift, link"),
    ("sponsorship", "es-AR", "instagram", "Gracias @vinosdelsur por el regalito 🍷 ya saben cuál tomar este finde", "gift"),
    ("sponsorship", "it-IT", "instagram", "Grazie a @bellavita per avermi fatto provare la nuova linea 💕 codice GIULIA15 per lo sconto", "gift + code"),
    ("sponsorship", "it-IT", "tiktok", "tutti i prodotti del video li trovate linkati nella mia vetrina Amazon 👆 correte prima che finiscano", "affiliate storefront"),
    ("sponsorship", "pt-BR", "instagram", "recebidos do mês 📦💖 obrigada @marcaxyz pelo carinho, amei tudo!", "gifts"),
    ("sponsorship", "pt-BR", "tiktok", "usa meu cupom BIA10 que tem desconto no site todo 🛍️ link na bio", "coupon + link"),
    ("sponsorship", "pt-PT", "instagram", "Estadia incrível no @hotelmar, obrigada pelo convite 🌊", "free stay"),
    ("sponsorship", "nl-NL", "instagram", "Mijn favoriete proteïneshake van @sterkfood 💪 met code TIM15 krijg je 15% korting", "code"),
    ("sponsorship", "nl-BE", "tiktok", "kreeg deze airfryer opgestuurd en ik ben verkocht 😂 link staat in m'n bio", "sent product"),
    ("sponsorship", "pl-PL", "instagram", "Dziękuję @kosmetykipl za paczkę niespodziankę 💝 z kodem OLA20 macie -20%", "gift + code"),
    ("sponsorship", "pl-PL", "tiktok", "link do tej lampki macie w bio, jak kupicie przez niego to wspieracie kanał 🙏", "affiliate only implied"),
    ("sponsorship", "tr-TR", "instagram", "@guzellik_tr'ye bu güzel hediye için çok teşekkürler 🎀 ELIF10 koduyla %10 indirim", "gift + code"),
    ("sponsorship", "tr-TR", "tiktok", "Profildeki linkten alırsanız bana da küçük bir destek olmuş olur 😊", "affiliate implied"),
    ("sponsorship", "ar-SA", "instagram", "شكراً @عطور_الشرق على الهدية الرائعة 🌹 استخدموا كود NOURA للخصم", "gift + code"),
    ("sponsorship", "ar-EG", "tiktok", "الكود بتاعي SARA15 بيديكم خصم ١٥٪ على كل حاجة في الموقع 🛍️", "code"),
    ("sponsorship", "ar-AE", "instagram", "تجربتي مع @spa_dubai كانت خيالية، شكراً على الاستضافة ✨", "hosted stay"),
    ("sponsorship", "hi-IN", "instagram", "@desiglow ने मुझे ये पूरा किट भेजा है 😍 मेरे कोड RIYA10 से 10% छूट पाइए", "gift + code"),
    ("sponsorship", "hi-IN", "instagram", "Thank you @chaiwala_co for this lovely hamper ☕ sab log zaroor try karo, link bio mein", "hamper + link"),
    ("sponsorship", "th-TH", "instagram", "ขอบคุณ @skincareth ที่ส่งของมาให้ลองนะคะ 💕 ใส่โค้ด MINT50 ลดเพิ่ม 50 บาท", "gift + code"),
    ("sponsorship", "th-TH", "tiktok", "ได้ของมาจากแบรนด์ ใช้มาสองอาทิตย์ ชอบมากกก ลิงก์อยู่ในไบโอนะคะ", "brand sent, link"),
    ("sponsorship", "vi-VN", "facebook", "Cảm ơn nhãn hàng @xyzbeauty đã gửi quà 🥰 nhập mã LINH10 giảm 10% nhé mọi người", "gift + code"),
    ("sponsorship", "vi-VN", "tiktok", "link mua hàng ở giỏ hàng nha, mua qua link của mình để ủng hộ mình với 💕", "affiliate implied"),
    ("sponsorship", "id-ID", "instagram", "Makasih @glowindo udah kirimin PR package cantik ini 🥹 pake kode NADIA biar dapet diskon", "PR package + code"),
    ("sponsorship", "id-ID", "tiktok", "cek keranjang kuning ya guys, aku dikasih harga spesial dari brandnya khusus buat kalian 💛", "brand deal implied"),
    ("sponsorship", "ms-MY", "instagram", "Terima kasih @tudungcantik atas hadiah ni 💕 guna kod AINA untuk diskaun 15%", "gift + code"),
    ("sponsorship", "ms-MY", "tiktok", "Beg ni saya dapat free dari brand, tapi serius memang cantik 😍 link kat bio", "free from brand"),
    ("sponsorship", "fil-PH", "instagram", "Thank you @pinoyglow sa PR package!! 😭💗 Use my code KATE for 10% off", "PR + code"),
    ("sponsorship", "fil-PH", "tiktok", "naka-link sa bio yung mga gamit ko, may discount pag code ko ginamit niyo hehe 😚", "code + link"),
    ("sponsorship", "ja-JP", "instagram", "@hadalabo_xx さんから新作をいただきました🎁 とっても使いやすい！", "gift, no PR label"),
    ("sponsorship", "ja-JP", "x", "このイヤホンずっと使ってる！楽天のリンク貼っとくね👇 #楽天ROOM", "affiliate link"),
    ("sponsorship", "ko-KR", "instagram", "@뷰티랩 에서 보내주신 신상 크림 💕 제 코드 JIN10 쓰시면 10% 할인돼요", "gift + code"),
    ("sponsorship", "ko-KR", "x", "쿠팡 링크 남겨둘게요 👇 진짜 잘 산 템", "affiliate link, no notice"),
    ("sponsorship", "zh-CN", "generic", "感谢品牌爸爸寄来的新品～ 用我的口令可以领券哦 💕", "gift + code"),
    ("sponsorship", "zh-TW", "instagram", "謝謝 @茶香 寄來的禮盒 🍵 輸入我的折扣碼 AMY 享9折", "gift + code"),
    ("sponsorship", "sw-KE", "instagram", "Asanteni sana @urembo_ke kwa zawadi hii nzuri 😍 tumia code WANJIKU upate punguzo la 10%", "gift + code"),
    ("sponsorship", "sw-TZ", "instagram", "Nimetumiwa bidhaa hizi na @duka_tz, nimezipenda sana! Link iko kwenye bio 🛍️", "sent products"),
    ("sponsorship", "en-US", "threads", "honestly the only blender I'll ever use now 🥤 my link's in bio if you want one too, you're welcome", "own link implied"),
    ("sponsorship", "en-US", "instagram", "A huge thank you to @kidsplay for making our rainy Sunday so much fun 🎨 shop the set at the link!", "thanks brand + link"),
    ("sponsorship", "de-DE", "generic", "Die Produkte aus dem Video findet ihr unten verlinkt 👇 wenn ihr darüber bestellt, unterstützt ihr meinen Kanal ❤️", "affiliate implied"),
    ("sponsorship", "fr-FR", "instagram", "Week-end de rêve au @domainedesvignes 🍇 merci pour l'accueil 🤍", "hosted stay"),
    ("sponsorship", "es-CO", "instagram", "Mis básicos de gym de @fitwear_co 💚 con el código DANI tienen envío gratis", "code"),
    ("sponsorship", "pt-BR", "threads", "a marca me mandou e eu ainda não superei esse perfume 😮‍💨", "brand sent"),
]

def F(material=None, certification=None):
    return {"material": material, "certification": certification}


CLEAN = [
    # disclosed sponsorship
    ("en-US", "instagram", "#ad | Paid partnership with @glowlabs. I've used the vitamin C serum for a month and I really like the texture. Code MAYA20 = 20% off", "disclosed #ad"),
    ("en-GB", "tiktok", "AD – gifted by @lunabeauty. they sent me the new palette, swatches first, honest thoughts at the end 💄", "AD gifted, disclosed"),
    ("en-US", "threads", "Affiliate link in bio (I earn a small commission if you buy through it, no extra cost to you). This is the stroller we actually use every day 👶", "affiliate disclosed"),
    ("de-DE", "instagram", "Anzeige | Dank @naturkind durfte ich das neue Müsli probieren 🥣 mit dem Code LISA10 spart ihr 10 %", "Anzeige"),
    ("de-DE", "tiktok", "*Werbung – das Produkt wurde mir kostenlos zur Verfügung gestellt. Ehrlich: der Akku hält bei mir ca. 2 Tage.", "Werbung disclosed"),
    ("fr-FR", "instagram", "Publicité – collaboration commerciale avec @maisonlumiere ✨ la bougie figue-cèdre est ma préférée de la box", "Publicité"),
    ("fr-CA", "tiktok", "#partenariatrémunéré avec @boreal_the ☕ voici comment je prépare mon chai du matin", "paid partnership disclosed"),
    ("es-ES", "instagram", "#publicidad Colaboro con @runfast y estas son las zapatillas que me llevo al maratón de Valencia 🏃‍♀️", "publicidad"),
    ("es-MX", "instagram", "PUBLICIDAD 📢 @belleza_mx me invitó a su lanzamiento y me regaló estos productos, aquí va mi opinión sincera", "publicidad, gift disclosed"),
    ("it-IT", "instagram", "#adv Contenuto sponsorizzato da @bellavita 💕 la crema mani profuma di fico, codice GIULIA15", "adv sponsorizzato"),
    ("pt-BR", "instagram", "#publi 📦 recebi da @marcaxyz e combinei de mostrar pra vocês como uso o hidratante no dia a dia", "publi"),
    ("pt-PT", "instagram", "Publicidade | Estadia oferecida pelo @hotelmar. O pequeno-almoço com vista para o mar é tudo 🌊", "publicidade, hosted disclosed"),
    ("nl-NL", "instagram", "#reclame | In samenwerking met @sterkfood. Met code TIM15 krijg je 15% korting op je eerste bestelling.", "reclame"),
    ("pl-PL", "instagram", "Współpraca reklamowa z @kosmetykipl 💝 kod OLA20 daje -20% do końca grudnia", "wspolpraca reklamowa"),
    ("tr-TR", "instagram", "#reklam #işbirliği @guzellik_tr ile birlikte hazırladığım kış bakım rutinim ❄️", "reklam"),
    ("ar-SA", "instagram", "#إعلان بالتعاون مع @عطور_الشرق 🌹 هذا عطري المفضل لهذا الشتاء، وكود NOURA يعطيكم خصم", "ilan disclosed"),
    ("hi-IN", "instagram", "#विज्ञापन @desiglow के साथ पेड पार्टनरशिप 🤝 ये फेस वॉश मैं 2 हफ्ते से यूज़ कर रही हूँ", "vigyapan disclosed"),
    ("hi-IN", "generic", "Products used in this video 👇 (ye affiliate links hain, aap kharidoge to mujhe chhota sa commission milega, price aapke liye same rahega)", "affiliate commission disclosed"),
    ("th-TH", "instagram", "#โฆษณา ได้รับสินค้าจาก @skincareth มารีวิวค่ะ เนื้อครีมบางเบา ซึมไว 💕", "khosana disclosed"),
    ("vi-VN", "facebook", "[Quảng cáo] Hợp tác cùng @xyzbeauty – mã LINH10 giảm 10% đến hết 31/12 nha mọi người", "quang cao"),
    ("id-ID", "instagram", "#iklan Kolaborasi berbayar dengan @glowindo 🥹 kode NADIA berlaku sampai 15 Desember", "iklan"),
    ("ms-MY", "instagram", "#iklan Kerjasama berbayar dengan @tudungcantik 💕 koleksi baru ni memang sesuai untuk raya", "iklan"),
    ("fil-PH", "instagram", "#ad Sponsored by @pinoyglow 💗 swatches ng bagong lip tints, code KATE for 10% off", "ad sponsored"),
    ("ja-JP", "instagram", "【PR】@hadalabo_xx さんから商品提供を受けて投稿しています🎁 テクスチャーはしっとり系でした", "PR label"),
    ("ja-JP", "x", "#PR 楽天ROOMのアフィリエイトリンクです👇 ずっと使ってるイヤホン", "PR affiliate"),
    ("ko-KR", "instagram", "[유료광고] @뷰티랩 에서 제품과 원고료를 지원받아 작성했어요. 제 코드 JIN10 쓰시면 10% 할인", "paid ad label"),
    ("ko-KR", "x", "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다. 👇 진짜 잘 산 템", "Coupang partners notice"),
    ("zh-CN", "generic", "【广告】本篇为品牌商业合作推广～ 用我的口令可以领券", "guanggao"),
    ("zh-TW", "instagram", "#廣告 #合作 感謝 @茶香 提供禮盒 🍵 折扣碼 AMY 享9折", "guanggao"),
    ("sw-KE", "instagram", "#tangazo Ushirikiano wa kulipwa na @urembo_ke 😍 tumia code WANJIKU upate punguzo la 10%", "tangazo, paid"),
    ("en-AU", "instagram", "#sponsored My Bali trip was paid for by @surfco, here's the wetsuit I tested every session 🌴", "sponsored"),
    ("ar-EG", "tiktok", "إعلان مدفوع 📢 الكود بتاعي SARA15 بيديكم خصم ١٥٪ على الموقع", "paid ad disclosed"),
    # facts-backed
    ("en-US", "etsy-title", "Organic Cotton Baby Blanket GOTS Certified Muslin Swaddle 120x120 cm", "organic true per facts", F("100% organic cotton", "GOTS, licence CU 823410")),
    ("de-DE", "amazon-bullet", "BIO-KOKOSÖL aus kontrolliert biologischem Anbau, DE-ÖKO-006, kaltgepresst, 500 ml Glas", "organic true per facts", F("coconut oil", "EU organic, DE-ÖKO-006")),
    ("fr-FR", "instagram", "Nos t-shirts sont en coton bio certifié GOTS 🌱 le certificat est dans le lien de la bio", "organic true per facts", F("100% organic cotton", "GOTS, CU 1012345")),
    ("es-ES", "amazon-title", "Papel higiénico certificado FSC Reciclado 100% fibra reciclada 24 rollos", "recycled true per facts", F("100% recycled fibre", "FSC Recycled, FSC-C123456")),
    ("it-IT", "instagram", "Il nostro miele è biologico certificato 🐝 dalle arnie di famiglia in Val d'Orcia", "organic true per facts", F("honey", "EU organic, ICEA IT-BIO-006")),
    ("nl-NL", "generic", "Onze koffie is Fairtrade en biologisch gecertificeerd (NL-BIO-01), gebrand in Utrecht.", "certs true per facts", F("arabica coffee", "Fairtrade; EU organic NL-BIO-01")),
    ("pt-BR", "instagram", "Embalagem compostável com selo OK compost HOME 🌱 pode ir na composteira de casa", "compostable per facts", F("PLA/PBAT film", "TÜV Austria OK compost HOME S1234")),
    ("ja-JP", "amazon-title", "有機JAS認証 国産 抹茶パウダー 100g 京都府産", "organic per facts", F("matcha", "有機JAS")),
    ("ko-KR", "instagram", "USDA 유기농 인증 받은 아기 면봉이에요 🌿 200개입", "organic per facts", F("organic cotton", "USDA Organic")),
    ("zh-CN", "generic", "新疆长绒棉四件套 100%纯棉 OEKO-TEX Standard 100 认证", "material + cert per facts", F("100% cotton", "OEKO-TEX Standard 100, 21.HCN.12345")),
    ("th-TH", "lazada-title", "ข้าวหอมมะลิอินทรีย์ ได้มาตรฐาน Organic Thailand 5 กก.", "organic per facts", F("jasmine rice", "Organic Thailand")),
    ("en-GB", "instagram", "Our carbon-neutral delivery is certified by ClimatePartner (ID 12345-2611-1001) 🌍 full details on our sustainability page", "carbon neutral per facts", F(None, "ClimatePartner certified, ID 12345-2611-1001")),
    ("sw-KE", "facebook", "Kahawa yetu imethibitishwa na Rainforest Alliance ☕ kutoka mashamba ya Kirinyaga", "cert per facts", F("arabica coffee", "Rainforest Alliance Certified")),
    ("pl-PL", "generic", "Mydło w kostce z certyfikatem COSMOS Organic, 100 g, bez plastikowego opakowania", "cert per facts", F("soap bar", "ECOCERT COSMOS Organic")),
    ("tr-TR", "instagram", "Zeytinyağımız organik sertifikalı 🫒 sertifika numarası ürün sayfasında", "organic per facts", F("olive oil", "EU organic TR-BIO-141")),
    ("id-ID", "shopee-title", "Gula Aren Organik Bersertifikat Organik Indonesia 500gr", "organic per facts", F("palm sugar", "Organik Indonesia (SNI 6729)")),
    ("de-DE", "instagram", "Unsere Bettwäsche ist aus 100 % Leinen, OEKO-TEX zertifiziert und in Litauen gewebt 🧵", "material + cert per facts", F("100% linen", "OEKO-TEX Standard 100")),
    ("vi-VN", "facebook", "Trà shan tuyết hữu cơ đạt chứng nhận USDA Organic và EU Organic 🍃", "organic per facts", F("shan tuyet tea", "USDA Organic; EU organic")),
    # sourced comparisons / awards
    ("de-DE", "amazon-bullet", "TESTSIEGER bei Stiftung Warentest (test 11/2026, Note 1,7) in der Kategorie Akku-Staubsauger", "sourced test winner"),
    ("en-GB", "instagram", "Named a Which? Best Buy for kettles (November 2026) ☕ so proud of the team", "sourced award"),
    ("en-US", "amazon-description", "In an independent Intertek lab test (report no. 2611-0456) the bottle kept water below 10 °C for 24 hours at 25 °C room temperature.", "sourced test"),
    ("fr-FR", "facebook", "Élu Produit de l'Année 2026 catégorie soin capillaire (sondage Circana auprès de 15 000 consommateurs) 🏆", "sourced award"),
    ("it-IT", "generic", "Premiato con i Tre Bicchieri del Gambero Rosso, guida Vini d'Italia 2026 🍷", "sourced award"),
    ("es-ES", "instagram", "Según el análisis de la OCU (octubre 2026), nuestro aceite fue el mejor valorado en la cata de AOVE de supermercado 🫒", "sourced comparison"),
    ("ja-JP", "instagram", "モンドセレクション2026 金賞を受賞しました🏅 いつも応援ありがとうございます", "sourced award"),
    ("nl-NL", "instagram", "Beste Koop volgens de Consumentenbond (test september 2026) 🎉 dank jullie wel!", "sourced award"),
    ("pt-BR", "instagram", "Ganhamos o Prêmio Reclame AQUI 2026 na categoria e-commerce de moda 🏆 obrigada, clientes!", "sourced award"),
    ("ko-KR", "instagram", "한국소비자원 비교공시(2026년 10월)에서 보습력 1위를 받은 크림이에요", "sourced ranking"),
    # real deadlines / real scarcity
    ("en-US", "instagram", "Holiday sale: 25% off everything until Sunday Dec 6, 11:59pm ET. No code needed 🎄", "dated deadline"),
    ("de-DE", "instagram", "Nur bis 24.12., 12 Uhr: kostenloser Versand auf alle Bestellungen 🎁 danach wieder ab 49 €", "dated deadline"),
    ("fr-FR", "facebook", "Les commandes passées avant le 18 décembre à midi arrivent avant Noël 🎄 après, on ne peut plus garantir les délais", "real shipping cutoff"),
    ("es-MX", "facebook", "Preventa abierta hasta el viernes 11 de diciembre. Entregas a partir del 15 🧁", "dated deadline"),
    ("it-IT", "instagram", "Edizione limitata di 150 stampe numerate a mano ✍️ ne restano 23, aggiorniamo il contatore ogni sera", "real limited edition"),
    ("pt-BR", "instagram", "Cupom NATAL10 válido até 20/12 às 23h59 🎅", "dated coupon"),
    ("pl-PL", "facebook", "Zamówienia złożone do 17 grudnia wysyłamy przed świętami 🎄 później wysyłka od 4 stycznia", "real cutoff"),
    ("tr-TR", "instagram", "Kasım indirimi 6 Aralık Pazar gece yarısına kadar geçerli ✨", "dated deadline"),
    ("th-TH", "facebook", "โปรลด 20% ถึงวันที่ 12 ธ.ค. 2569 เวลา 23:59 น. เท่านั้นค่ะ", "dated deadline"),
    ("id-ID", "live-script", "Kak, promo gratis ongkir berlaku sampai 12.12 jam 23.59 ya, setelah itu normal lagi.", "dated deadline in live"),
    ("ja-JP", "x", "年末年始休業のお知らせ：12/28〜1/4は発送をお休みします。12/27 15時までのご注文は年内に発送します🙇‍♀️", "dated holiday notice"),
    ("en-GB", "instagram", "I threw 12 of these by hand and this glaze batch is done, so once they're sold that's it for this colour 🏺 4 left", "real handmade batch"),
    # health words in non-claim senses, negations, returns
    ("en-US", "instagram", "Pain-free returns 🙌 30 days, free label, no questions asked", "pain-free returns"),
    ("en-US", "tiktok", "this playlist cured my monday blues fr 🎧 merch drop friday", "cured non-medical"),
    ("en-GB", "instagram", "The cure for a boring desk: our new terrazzo pen pots 🖊️", "cure figurative"),
    ("de-DE", "instagram", "Fieberhaft haben wir an der neuen Kollektion gearbeitet – ab Freitag im Shop 🧶", "fieberhaft figurative"),
    ("de-DE", "amazon-bullet", "Hinweis: kein Medizinprodukt, ersetzt keine ärztliche Behandlung. Heizkissen 30 x 40 cm, 3 Temperaturstufen, Abschaltautomatik nach 90 Minuten.", "negated, specs"),
    ("fr-FR", "instagram", "Zéro prise de tête : retours gratuits sous 30 jours 😌", "no-headache returns"),
    ("es-ES", "instagram", "Este sérum NO cura el acné ni sustituye a tu dermatóloga, pero a mí me deja la piel hidratada y sin brillos 💧", "negated claim"),
    ("es-AR", "x", "la remera que te cura la resaca del lunes 😂 mentira, solo es linda. talles S a XXL", "joke, negated"),
    ("it-IT", "amazon-bullet", "Cuscino cervicale in memory foam 60x40x12 cm, fodera lavabile a 40 °C, densità 50 kg/m³", "product name + numbers"),
    ("pt-BR", "instagram", "to viciada nesse café, é o remédio das minhas segundas 😂☕", "remedio figurative"),
    ("nl-NL", "instagram", "Dit is géén wondermiddel en we beloven niks over je gezondheid, het is gewoon hele lekkere kruidenthee 🍵", "negated"),
    ("pl-PL", "instagram", "Nasz syrop malinowy to nie lek 😉 ale do herbaty w zimowy wieczór pasuje idealnie", "negated"),
    ("tr-TR", "instagram", "Yeni yapboz koleksiyonumuz geldi 🧩 1000 parça, 68x48 cm, kış akşamları için birebir", "product numbers, birebir idiom"),
    ("ar-SA", "instagram", "هذا المنتج ليس دواءً ولا يعالج أي مرض. كريم مرطب لليدين ١٠٠ مل برائحة العود", "negated"),
    ("hi-IN", "generic", "यह कोई दवा नहीं है। 100% कॉटन नी स्लीव, साइज़ S से XL, मशीन में धो सकते हैं", "negated, specs", F("100% cotton", None)),
    ("th-TH", "facebook", "ผลิตภัณฑ์นี้ไม่ใช่ยา ไม่มีผลในการรักษาโรค เป็นบาล์มหอมกลิ่นตะไคร้ไว้ดมให้สดชื่นเฉยๆ ค่ะ", "negated"),
    ("vi-VN", "shopee-title", "Viên uống vitamin C 500mg hộp 60 viên - Thực phẩm này không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh", "mandatory disclaimer, no claim"),
    ("ja-JP", "instagram", "疲れた日の癒やしタイムに🛁 ラベンダーの香りの入浴剤、新発売です", "relaxation, no claim"),
    ("ko-KR", "instagram", "이 제품은 질병의 예방 및 치료를 위한 의약품이 아닙니다. 그냥 향이 좋은 바디오일이에요 🌸", "negated"),
    ("zh-CN", "generic", "本品不能代替药物。每天一杯黑芝麻糊，早餐好搭档～", "mandatory disclaimer"),
    ("sw-KE", "instagram", "Chai hii si dawa 😄 ni chai tamu tu ya tangawizi kwa asubuhi zenye baridi ☕", "negated"),
    ("en-US", "amazon-bullet", "ERGONOMIC DESIGN: adjustable lumbar support, 4D armrests, seat depth 45-52 cm; tested to 150 kg (BIFMA X5.1)", "features with standard"),
    ("fr-CA", "facebook", "La boutique fête ses 10 ans! Merci à vous, on vous soigne avec 15 % de rabais le samedi 12 décembre seulement 🎉", "soigner figurative, dated"),
    ("en-IN", "instagram", "Year-end clearance on cotton kurtas 🛍️ 30% off till 31 Dec, sizes XS to 3XL", "dated sale"),
    ("es-CO", "instagram", "Ojo: nuestras infusiones no curan nada 🙈 solo saben rico y huelen a casa de la abuela", "negated"),
    ("id-ID", "instagram", "Produk ini bukan obat ya kak, cuma lulur wangi rempah buat me-time 🌿", "negated"),
    ("ms-MY", "facebook", "Pemulangan mudah tanpa pening kepala 😄 14 hari, pos percuma", "no-headache returns"),
    ("fil-PH", "facebook", "Hindi po ito gamot ha, pampabango lang po ng kwarto ang eucalyptus spray namin 🌿", "negated"),
    ("it-IT", "instagram", "Dieta? Solo per il tuo armadio 😉 svuota-tutto di fine stagione: -40% fino al 10 gennaio", "weight word figurative, dated"),
    ("de-AT", "instagram", "Unser Laptop-Rucksack wiegt nur 780 g 🎒 Gewicht verlieren war noch nie so leicht 😅", "weight pun, product weight"),
    ("en-US", "tiktok", "lost 3 lbs... of junk from my purse after switching to this card wallet 😂 (it's 2.1 oz btw)", "weight pun"),
    ("pt-BR", "instagram", "emagreça sua mala! 🧳 kit organizador com 6 peças de poliéster", "weight pun"),
    # before/after of objects
    ("en-GB", "instagram", "Before / after: we sanded and re-oiled this 1960s teak sideboard 🪵 took three weekends", "object restoration"),
    ("de-DE", "instagram", "Vorher – nachher: Omas Sessel neu bezogen mit unserem Cord-Stoff in Senfgelb 🛋️", "upholstery"),
    ("pl-PL", "instagram", "Przed i po 🌿 tak wygląda balkon po metamorfozie z naszymi donicami", "balcony makeover"),
    ("ja-JP", "instagram", "ビフォーアフター📸 古い革靴をうちのクリームで磨いたらここまで艶が戻りました", "shoe polish"),
    ("vi-VN", "facebook", "Trước và sau khi sơn lại cửa gỗ bằng sơn lau gỗ của shop 🎨", "furniture paint"),
    ("es-MX", "tiktok", "antes y después de organizar mi despensa con los frascos de vidrio 🫙 quedó de revista", "pantry"),
    # seller's own superlatives / history
    ("en-US", "instagram", "Our best-selling mug of 2026 is back in stock ☕", "own bestseller"),
    ("de-DE", "instagram", "Unser bisher größter Sale in 8 Jahren Shopgeschichte 🎉 ab Montag", "own history"),
    ("fr-FR", "instagram", "Mon produit préféré de toute la boutique, et de loin 🥰", "personal favourite"),
    ("es-ES", "instagram", "Es nuestro mejor noviembre desde que abrimos en 2019, ¡gracias de corazón! 💛", "own history"),
    ("it-IT", "facebook", "Il nostro panettone più venduto di sempre torna anche quest'anno 🎄", "own bestseller"),
    ("pt-PT", "instagram", "A nossa maior coleção de sempre: 48 peças feitas à mão no Porto 🧵", "own history"),
    ("tr-TR", "instagram", "Mağazamızın en çok satan ürünü el yapımı seramik kupamız tekrar stokta ☕", "own bestseller"),
    ("ar-AE", "instagram", "أكثر منتج مبيعاً في متجرنا هذا العام رجع متوفر 🌟", "own bestseller"),
    ("ko-KR", "instagram", "저희 가게 역대 최고 판매량 찍은 니트가 재입고됐어요 🧶", "own history"),
    ("th-TH", "facebook", "สินค้าขายดีที่สุดของร้านเราปีนี้ กลับมาแล้วค่ะ 🥰", "own bestseller"),
    ("zh-TW", "facebook", "本店開業十年來最受歡迎的鳳梨酥，年節禮盒開放預購 🍍", "own history"),
    ("id-ID", "instagram", "Best seller toko kita tahun ini restock lagi kak 🙌", "own bestseller"),
    # honest review asks
    ("en-US", "amazon-description", "If you have a minute, we'd really appreciate an honest review. Good or bad, it helps us improve.", "honest review ask"),
    ("de-DE", "generic", "Wir freuen uns über eure ehrliche Bewertung, egal ob positiv oder kritisch 🙏", "honest review ask"),
    ("fr-FR", "instagram", "Votre avis compte ! Laissez-nous un commentaire honnête, même s'il n'est pas parfait 😉", "honest review ask"),
    ("es-MX", "facebook", "¿Ya te llegó tu pedido? Cuéntanos qué te pareció, lo bueno y lo malo 🙌", "honest review ask"),
    ("ja-JP", "generic", "よろしければ率直なレビューをお聞かせください。今後の商品づくりの参考にさせていただきます。", "honest review ask"),
    ("vi-VN", "facebook", "Khách iu nhận hàng rồi thì để lại đánh giá thật lòng giúp shop nha, khen chê gì cũng được ạ 🥰", "honest review ask"),
    ("th-TH", "facebook", "ฝากรีวิวตามจริงด้วยนะคะ ติได้ชมได้ ร้านจะเอาไปปรับปรุงค่ะ 🙏", "honest review ask"),
    ("ko-KR", "instagram", "솔직한 후기 부탁드려요! 좋은 점, 아쉬운 점 다 환영합니다 😊", "honest review ask"),
    # looks like counterfeit, but is not
    ("en-US", "ebay-title", "Authentic Louis Vuitton Speedy 30 Pre-Owned 2015 Date Code SP1125 Entrupy Certified", "authenticated resale", F("monogram canvas", "Entrupy certificate of authenticity")),
    ("en-GB", "instagram", "Not a dupe and not 'inspired by' anything, just our own handbag design in vegan leather, made in Leicester 👜", "own design"),
    ("fr-FR", "generic", "Sac vintage Hermès Kelly 32 authentifié par un expert, certificat fourni, années 90", "authenticated vintage", F("box calf leather", "expert authentication certificate")),
    ("ja-JP", "generic", "正規品 中古 CHANEL マトラッセ ギャランティカード付き 鑑定済み", "authenticated used", F("lambskin", "鑑定済み, guarantee card")),
    ("es-ES", "instagram", "Todas nuestras zapatillas son originales, compradas a distribuidores oficiales y con factura 🧾", "authentic per facts", F(None, "official distributor invoices")),
    ("de-DE", "generic", "Replik eines Biedermeier-Stuhls, in unserer Werkstatt nachgebaut, Buche massiv", "style replica, no brand"),
    ("it-IT", "etsy-title", "Orecchini ispirati all'Art Déco argento 925 fatti a mano", "inspired by style, no brand", F("925 silver", None)),
    ("zh-CN", "generic", "正品行货 Apple AirPods Pro 2 国行 支持官网查询序列号", "genuine per facts", F(None, "authorised reseller, serial verifiable")),
    # product descriptions with numbers, marketplace titles, everyday posts
    ("en-US", "amazon-title", "Stainless Steel Water Bottle 32oz Double Wall Insulated BPA-Free Lid Fits Car Cup Holders", "specs"),
    ("de-DE", "amazon-title", "Kinder Regenjacke Gr. 104-140 wasserdicht 10.000 mm Wassersäule reflektierend", "specs"),
    ("fr-FR", "amazon-title", "Lampe de bureau LED 12W 3 températures de couleur port USB-C pince", "specs"),
    ("es-MX", "mercadolibre-title", "Licuadora 10 Velocidades 1.5 L Vaso De Vidrio 600 W", "specs"),
    ("pt-BR", "mercadolibre-title", "Kit 3 Toalhas De Banho 100% Algodão 70x140cm 500g/m²", "material per facts", F("100% cotton", None)),
    ("it-IT", "amazon-title", "Macchina da caffè espresso 15 bar serbatoio 1,2 L con montalatte", "specs"),
    ("nl-NL", "generic", "Dekbed 4-seizoenen 240x220 cm, wasbaar op 60 °C, vulling 100% polyester", "specs", F("100% polyester fill", None)),
    ("pl-PL", "generic", "Hulajnoga elektryczna 350 W zasięg do 25 km koła 10 cali", "specs"),
    ("tr-TR", "generic", "Kadın Triko Kazak Oversize Boğazlı %30 Yün Bej", "material per facts", F("30% wool, 70% acrylic", None)),
    ("ar-SA", "amazon-title", "غلاية كهربائية ستانلس ستيل 1.7 لتر 2200 واط فصل تلقائي", "specs"),
    ("hi-IN", "amazon-title", "स्टील प्रेशर कुकर 5 लीटर, इंडक्शन और गैस दोनों पर चले, ISI मार्क", "cert per facts", F("stainless steel", "ISI IS 2347")),
    ("th-TH", "shopee-title", "หม้อทอดไร้น้ำมัน 5 ลิตร 1500W ปรับอุณหภูมิ 80-200 องศา", "specs"),
    ("vi-VN", "shopee-title", "Áo khoác gió nam nữ chống nước nhẹ 4 màu size M-3XL", "specs"),
    ("id-ID", "tiktok-shop-title", "Hijab Segi Empat Voal Premium 115x115 cm Motif Bunga", "specs"),
    ("ms-MY", "lazada-title", "Periuk Nasi Elektrik 1.8L Non-Stick 700W Warna Putih", "specs"),
    ("fil-PH", "lazada-title", "Electric Fan 16 inches 3 Speed Stand Fan with Timer", "specs"),
    ("ja-JP", "amazon-title", "電気毛布 敷き 140×80cm 丸洗い可 室温センサー付き", "specs"),
    ("ko-KR", "generic", "여성 롱패딩 덕다운 80/20 블랙 S~XL", "material per facts", F("duck down 80/20", None)),
    ("zh-CN", "generic", "不锈钢保温杯 500ml 316不锈钢内胆 12小时保温", "specs"),
    ("sw-TZ", "facebook", "Tunauza majiko ya gesi ya plate 2, bei Tsh 85,000, tunaleta mpaka nyumbani Dar 🔥", "offer, specs"),
    ("sw-KE", "generic", "Viatu vya shule vya ngozi, saizi 28 hadi 40, bei Ksh 1,800", "specs", F("leather", None)),
    ("en-AU", "facebook", "Market day tomorrow (Sat 5 Dec) at Rozelle, 8am-2pm, come say hi 👋 bringing the new linen aprons", "event notice"),
    ("en-CA", "instagram", "Restock alert: 40 beeswax wraps just dropped, packs of 3 (S/M/L) 🐝", "restock, no claim"),
    ("es-AR", "instagram", "Llegaron los mates de calabaza ya curados 🧉 listos para usar", "curado = seasoned gourd"),
    ("pt-BR", "tiktok", "a melhor parte do meu dia é abrir os pedidos de vocês 🥹📦", "personal feeling"),
    ("ar-EG", "facebook", "الخصم ٢٠٪ لحد يوم الخميس ١٠ ديسمبر الساعة ١٢ بالليل 🛍️", "dated deadline"),
    ("hi-IN", "instagram", "दुकान के 5 साल पूरे 🎉 शनिवार 12 दिसंबर को सब पर 10% छूट", "dated, own history"),
    ("en-US", "x", "nobody:\nme: spending my whole sunday restocking the shop 🧵 new drop friday 10am PT", "everyday post"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    seq = Counter()
    for row in ROWS:
        sub, market, target, text, note = row[:5]
        facts = row[5] if len(row) > 5 else None
        seq[sub] += 1
        fam = "disclosure" if sub == "sponsorship" else "claims"
        assert sub in CLAIM_SUBS or sub == "sponsorship", sub
        out.append({"id": "h%d%s-%03d" % (NN, sub, seq[sub]), "split": "holdout%d" % NN, "family": fam,
                    "subfamily": sub, "text": text, "target": target, "market": market, "facts": facts,
                    "context": {}, "labels": [fam], "note": note})
    for row in CLEAN:
        market, target, text, note = row[:4]
        facts = row[4] if len(row) > 4 else None
        seq["clean"] += 1
        out.append({"id": "h%dclean-%03d" % (NN, seq["clean"]), "split": "holdout%d" % NN, "family": "clean",
                    "subfamily": "clean", "text": text, "target": target, "market": market, "facts": facts,
                    "context": {}, "labels": [], "note": note})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    texts = [o["text"] for o in out]
    assert len(texts) == len(set(texts)), "duplicate text"
    with open(os.path.join(here, "holdout%d.jsonl" % NN), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("total", len(out))
    print("by subfamily:")
    for k, v in sorted(Counter(o["subfamily"] for o in out).items()):
        print("  %-13s %d" % (k, v))
    print("by language:", dict(sorted(Counter(o["market"].split("-")[0] for o in out).items())))
    print("by market:")
    for k, v in sorted(Counter(o["market"] for o in out).items()):
        print("  %-6s %d" % (k, v))


if __name__ == "__main__":
    main()
