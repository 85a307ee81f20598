# ruff: noqa: UP031
"""Hold-out 17 for Commerce Studio compliance checking.

Written by the examiner helper of session stop 17, Thu Dec 3 07:58 UTC 2026 (from `date`).
No engine code, tests, docs or corpora of the project were read (nothing under /work/main or
/work/shared, no earlier hold-outs); only /root/private/RULES.md and /root/private/holdout_spec.md.
Standard library only. Writes holdout17.jsonl next to this script and prints counts.
"""
import collections
import json
import os

SPLIT = "holdout17"
FAMILY = {
    "health": "claims", "weight": "claims", "before-after": "claims", "superlative": "claims",
    "guarantee": "claims", "reviews": "claims", "green": "claims", "urgency": "claims",
    "counterfeit": "claims", "sponsorship": "disclosure", "clean": "clean",
}
LABELS = {"claims": ["claims"], "disclosure": ["disclosure"], "clean": []}

ROWS = []


def add(sub, market, target, text, note, facts=None):
    ROWS.append((sub, market, target, text, note, facts))


# ---------------------------------------------------------------- sponsorship (30)
S = "sponsorship"
add(S, "th-TH", "tiktok", "แกะกล่องค่าาา แบรนด์ส่งมาให้ลองตั้งแต่อาทิตย์ก่อน ตอนนี้ใช้ทุกวันเลย 🥹 ปักตะกร้าไว้ให้แล้วน้า ใส่โค้ด NUNEW50 ลดเพิ่มอีก",
    "brand-sent gift + personal code + pinned basket, no #โฆษณา")
add(S, "th-TH", "live-script", "ใครถามว่าเซรั่มขวดฟ้าซื้อที่ไหน ปักตะกร้าสีเหลืองไว้แล้วค่ะ กดจากตะกร้าแม่ได้เลย ขวดนี้ทีมแบรนด์เขาส่งมาให้แม่รีวิวโดยเฉพาะเลยนะ",
    "live seller: product sent by brand for review, pinned basket, no disclosure")
add(S, "th-TH", "instagram", "พีอาร์บ็อกซ์มาถึงแล้ว 💕 ลิปทั้งเซ็ตสีสวยทุกแท่ง ลิงก์สั่งซื้ออยู่ในไบโอ กดผ่านลิงก์เราได้ส่วนลดพิเศษนะคะ",
    "PR box + tracked link with special discount, no disclosure")
add(S, "vi-VN", "tiktok", "Nhãn hàng gửi tặng em bộ nồi này dùng thử 2 tuần rồi nè mọi người, nấu canh chua ngon dữ luôn. Link em để ở giỏ hàng nha, nhập mã THUYVY giảm thêm 10%",
    "gifted by brand + code + cart link, no 'Quảng cáo'")
add(S, "vi-VN", "facebook", "Được bên brand gửi tặng hộp quà PR xinh xỉu 😍 mở ra toàn son với phấn má. Ai muốn mua thì bấm link trong bio của mình nha, link riêng có giảm giá á",
    "PR gift + personal link, no disclosure")
add(S, "vi-VN", "live-script", "Cả nhà ơi giỏ hàng số 3 là cái máy xay mà chị nhận được từ nhãn hàng tuần trước nè, chị dùng thấy ok nên mới lên live giới thiệu, bấm giỏ số 3 nha",
    "live: item received from brand, pinned cart, no disclosure")
add(S, "id-ID", "instagram", "Dapet hampers cantik banget dari brand skincare lokal ini 🥹💗 isinya toner, serum sama sunscreen. Yang mau checkout pake kode RANIGLOW ya, diskon 15%!",
    "hampers from brand + personal code, no #iklan")
add(S, "id-ID", "tiktok", "dikirimin sama brandnya langsung dong wkwk. udah 3 minggu pake tas ini buat ngantor, muat laptop 14 inch. link di keranjang kuning yaa",
    "brand-sent + yellow basket link, no disclosure")
add(S, "id-ID", "live-script", "Kak yang nanya blender tadi, itu aku dapet dari brandnya pas launching, sekarang udah aku pin di keranjang ya kak, klik yang paling atas, checkout lewat live ini dapet voucher dari aku",
    "live: got it from the brand, pinned basket, creator voucher, no disclosure")
add(S, "pl-PL", "instagram", "Przyszła paczka PR od marki i jestem zachwycona 😍 cały zestaw do pielęgnacji włosów. Z moim kodem KASIA15 macie -15% na stronie, link w bio",
    "paczka PR + personal code, no #reklama/#współpraca")
add(S, "pl-PL", "facebook", "Dostałam te słuchawki od producenta do testów i używam ich codziennie w tramwaju. Link zostawiam w pierwszym komentarzu, z niego macie taniej 😉",
    "received from manufacturer + discounted link, no disclosure")
add(S, "ko-KR", "instagram", "지난달에 브랜드에서 제공받아서 2주 동안 써본 쿠션 후기 남겨요! 커버력 좋고 오후에도 덜 무너져요. 프로필 링크에서 제 코드 MINJI10 넣으면 추가 할인돼요 💕",
    "제공받아 mentioned in passing + personal code, no #광고/#협찬 tag")
add(S, "ko-KR", "live-script", "여러분 지금 화면에 보이는 에어프라이어, 브랜드에서 보내주신 거예요~ 장바구니 맨 위에 고정해뒀으니까 라이브 보시면서 바로 담으세요",
    "live: brand sent it, basket pinned, no disclosure")
add(S, "ja-JP", "instagram", "ブランドさんから新作のアイシャドウいただきました🥺💕 発色めちゃくちゃ可愛い…！プロフのリンクから私のクーポンコード使えます✨",
    "いただきました gift + personal coupon, no #PR/広告")
add(S, "ja-JP", "x", "メーカーさんからコーヒーメーカー送っていただいたので一週間使ってみた感想スレ。豆から挽けるのが嬉しい。気になる人はこちらから→ amzn.to/3xQk9Lm",
    "sent by maker + amzn.to affiliate link, no disclosure")
add(S, "tr-TR", "instagram", "Markadan hediye geldi 🎁 bu kahve makinesine bayıldım! Bioda linki var, ELIF20 koduyla %20 indirim alabilirsiniz",
    "hediye from brand + personal code, no #reklam/#işbirliği")
add(S, "ar-SA", "instagram", "وصلتني هدية من البراند ومرّة حبيتها 😍 عطر خفيف يناسب الدوام، الرابط في البايو واستخدموا كودي NOURA يعطيكم خصم",
    "هدية من البراند + personal code, no #إعلان")
add(S, "hi-IN", "instagram", "Brand ne yeh PR package bheja aur honestly I'm obsessed 😍 saari lipsticks daily wear ke liye perfect hain. Code RIYA10 se 10% off milega, link bio mein",
    "Hinglish PR package + code, no #ad")
add(S, "hi-IN", "facebook", "दोस्तों ये मिक्सर ग्राइंडर मुझे कंपनी की तरफ़ से गिफ्ट में मिला है, एक महीने से इस्तेमाल कर रही हूँ। नीचे वाले लिंक से खरीदोगे तो मेरा कोड SUNITA ज़रूर लगाना",
    "gift from company + link + code, no disclosure")
add(S, "fil-PH", "tiktok", "Pa-freebie ni brand sakin itong rice cooker hehe. 2 weeks ko na siya gamit, ok naman luto. Check out niyo sa yellow basket, may voucher pa pag dun kayo nag-order",
    "pa-freebie from brand + basket voucher, no #ad")
add(S, "fil-PH", "facebook", "Salamat sa padala mga mars! Ang ganda ng bagong collection ng bags nila. Gamitin niyo code ko na JOYCE50 for ₱50 off, link sa comments",
    "thanks for the package (brand) + personal code, no disclosure")
add(S, "en-US", "instagram", "The brand sent me their new hiking boots and I've put about 40 miles on them so far. Use my code TRAILMEG for 15% off, link in bio 🥾",
    "brand-sent + personal code, no #ad")
add(S, "en-GB", "tiktok", "got this PR box in the post this morning and honestly the packaging alone 😭 everything's linked in my storefront, use CHLOE10 at checkout",
    "PR box + storefront links + code, no disclosure")
add(S, "de-DE", "instagram", "Hab das Paket von der Marke zugeschickt bekommen und teste die Pfanne jetzt seit zwei Wochen. Mit meinem Code LENA15 spart ihr 15 %, Link in der Bio 🍳",
    "sent by brand + code, no Anzeige/Werbung")
add(S, "fr-FR", "instagram", "Reçu de la part de la marque il y a quelques jours 💌 ce sac est juste parfait pour le quotidien. Mon code CAMILLE10 vous offre -10% sur tout le site",
    "received from brand + code, no #partenariat/#pub")
add(S, "es-MX", "tiktok", "Me llegó este regalito de la marca y ya lo estrené 😍 la plancha para el pelo calienta rapidísimo. Les dejo el link en mi perfil y con mi código VALE10 les sale más barato",
    "gift from brand + code, no #publi")
add(S, "it-IT", "instagram", "Il brand mi ha regalato questo set di pentole e l'ho provato per una settimana 🍝 Trovate il link nelle storie, con il mio codice GIULIA15 avete il 15% di sconto",
    "gifted by brand + code, no #adv")
add(S, "pt-BR", "instagram", "Os recebidinhos da marca chegaram 💖 amei o kit todinho! Usem meu cupom BIA10 no site que tem desconto, link na bio",
    "recebidos from brand + coupon, no #publi")
add(S, "zh-SG", "instagram", "品牌寄来的PR礼盒终于到了🥹 整套护发都好香～ 用我的code JOANNE12 在官网结账有12%折扣哦，link in bio",
    "PR box from brand + code, no #广告")
add(S, "sw-KE", "instagram", "Nimetumiwa zawadi hii na brand, nimeipenda sana! Tumia code yangu WANJIKU10 upate punguzo la 10%, link iko kwenye bio",
    "gift sent by brand + code, no #ad/#tangazo")

# ---------------------------------------------------------------- health (22)
H = "health"
add(H, "en-US", "amazon-bullet", "JOINT SUPPORT FOR SENIOR DOGS – Green-lipped mussel chews help relieve arthritis pain and stiffness so your old boy can climb the stairs again",
    "pet chew said to relieve arthritis")
add(H, "en-GB", "instagram", "My cat used to hide every time the doorbell rang. Two weeks on these calming drops and her anxiety is completely gone 🐱💚 #catanxiety",
    "pet testimonial: anxiety cured")
add(H, "en-AU", "etsy-title", "Organic Ginger Lemon Throat Syrup – Soothes Sore Throat & Fights Colds, Handmade Small Batch 250ml",
    "food syrup said to soothe sore throat / fight colds")
add(H, "en-IN", "amazon-description", "Pure copper water bottle, 1 litre. Drinking water stored in copper overnight boosts immunity, improves digestion and keeps blood pressure under control naturally.",
    "bottle said to boost immunity and control blood pressure")
add(H, "th-TH", "shopee-title", "ชาใบหม่อน ชาสมุนไพร ลดความดัน คุมเบาหวาน น้ำตาลในเลือดลด ดื่มประจำ 30 ซอง",
    "tea said to lower blood pressure / diabetes")
add(H, "vi-VN", "facebook", "Mẹ em uống trà gạo lứt đậu đen được 1 tháng, trước mất ngủ triền miên giờ ngủ một mạch tới sáng, đường huyết cũng ổn định hơn hẳn 🙏",
    "testimonial: insomnia and blood sugar improved by tea")
add(H, "id-ID", "tiktok-shop-title", "Madu Herbal Anak Penambah Nafsu Makan Cegah Batuk Pilek Tingkatkan Imun 250ml",
    "honey said to prevent cough/cold and boost immunity")
add(H, "pl-PL", "amazon-bullet", "PAS MASUJĄCY Z PODGRZEWANIEM – likwiduje bóle kręgosłupa i łagodzi rwę kulszową już po kilku użyciach",
    "massage belt said to eliminate back pain / sciatica")
add(H, "de-DE", "instagram", "Seit mein Hund das Gelenkpulver bekommt, humpelt er nicht mehr 🐕 Tschüss Arthrose! #hundegesundheit",
    "pet testimonial: farewell to arthrosis")
add(H, "fr-FR", "amazon-bullet", "SEMELLES MAGNÉTIQUES – soulagent les douleurs de dos et améliorent la circulation sanguine, idéales contre les jambes lourdes",
    "insoles said to relieve back pain, improve circulation")
add(H, "es-ES", "instagram", "Este sirope de saúco casero es mi arma secreta este invierno: ni un resfriado en toda la familia desde que lo tomamos 🍇💪 #defensas",
    "syrup testimonial: prevents colds")
add(H, "it-IT", "facebook", "Cuscino cervicale in memory foam: addio mal di testa e dolori al collo, lo dice anche mia nonna che ci dorme da un mese!",
    "pillow: goodbye headaches and neck pain")
add(H, "pt-BR", "mercadolibre-title", "Chá Detox Anti-inflamatório Cura Gastrite e Refluxo Natural 60 Sachês",
    "tea said to cure gastritis and reflux")
add(H, "ja-JP", "amazon-title", "【花粉症対策】ナノイオン マスク 鼻炎・花粉症の症状が楽になる 快適 30枚入",
    "mask said to ease hay fever / rhinitis symptoms")
add(H, "zh-SG", "facebook", "我家老爸喝了这款黑蒜精华三个月，胆固醇降下来了，医生都说好！🙏 有需要的私信我",
    "testimonial: cholesterol lowered by black garlic drink")
add(H, "ko-KR", "live-script", "이 유산균 젤리 우리 애들 먹이고 나서 비염이 싹 없어졌어요 진짜로~ 환절기 감기 예방에도 딱이에요",
    "live: jelly cleared rhinitis and prevents colds")
add(H, "ar-EG", "facebook", "عسل السدر الجبلي الأصلي 🍯 بيعالج الكحة وبيقوي المناعة ومفيد جداً للقولون، جربوا وادعولي",
    "honey said to treat cough, boost immunity, help colon")
add(H, "tr-TR", "instagram", "Kedinizin böbrekleri için 🐈 bu mama böbrek yetmezliğini önlüyor, bizim kedinin kan değerleri bile düzeldi!",
    "pet food said to prevent kidney failure")
add(H, "hi-IN", "amazon-title", "आयुर्वेदिक हर्बल ग्रीन टी – डायबिटीज़ और थायरॉइड में फ़ायदेमंद, इम्युनिटी बूस्टर 100g",
    "tea said to help diabetes/thyroid, immunity booster")
add(H, "sw-KE", "facebook", "Chai ya mitishamba ya tangawizi na mdalasini 🌿 inasaidia kupunguza kisukari na shinikizo la damu. Agiza kupitia inbox!",
    "herbal tea said to reduce diabetes and blood pressure")
add(H, "nl-NL", "instagram", "Deze daglichtlamp helpt tegen winterdepressie en slapeloosheid – eindelijk weer energie in de donkere maanden ☀️",
    "lamp said to help against depression and insomnia")
add(H, "fil-PH", "tiktok", "Grabe mga besh, yung tita ko na may rayuma, after 1 week sa herbal oil na 'to hindi na sumasakit tuhod niya 😭 #arthritisrelief",
    "testimonial: rheumatism knee pain gone")

# ---------------------------------------------------------------- weight (15)
W = "weight"
add(W, "en-US", "amazon-title", "Fat Burner Gummies for Women – Apple Cider Vinegar Keto Slimming Support, Lose Belly Fat Fast, 60 Count",
    "fat burning / slimming promise")
add(W, "en-GB", "tiktok", "dropped two dress sizes in 6 weeks just by swapping my brekkie for this shake 🙌 no gym no diet",
    "dress-size loss promise")
add(W, "en-NG", "instagram", "Flat tummy tea 🍵 drink am for 14 days, your waist go reduce sharp sharp. Order via DM",
    "Pidgin: waist reduction from tea")
add(W, "th-TH", "lazada-title", "กาแฟลดน้ำหนัก คุมหิว เผาผลาญไขมัน ลด 5 โล ใน 1 เดือน ของแท้ 100%",
    "weight loss coffee 5 kg/month")
add(W, "vi-VN", "shopee-title", "Trà giảm cân thảo mộc tan mỡ bụng cấp tốc giảm 3-5kg/tháng an toàn",
    "slimming tea kg per month")
add(W, "id-ID", "live-script", "Turun 7 kg dalam sebulan cuma minum jus pelangsing ini tiap pagi 😍 celana lama muat lagi!",
    "7 kg in a month")
add(W, "pl-PL", "facebook", "Te kapsułki spalają tłuszcz nawet podczas snu 🔥 schudłam 6 kg bez żadnej diety!",
    "fat burning while sleeping")
add(W, "de-DE", "amazon-bullet", "ABNEHMEN OHNE HUNGERN – der Stoffwechsel-Booster kurbelt die Fettverbrennung an, bis zu 4 kg weniger in 3 Wochen",
    "weight loss + fat burning")
add(W, "es-CO", "instagram", "Faja reductora 🔥 moldea la cintura y te baja tallas desde la primera semana, adiós a la pancita",
    "girdle: drop sizes, goodbye belly")
add(W, "pt-BR", "tiktok", "gente esse chá seca barriga é surreal, perdi 4kg em 15 dias sem academia 😱",
    "tea: 4 kg in 15 days")
add(W, "ja-JP", "instagram", "飲むだけで-8kg😳 このダイエットサプリで脂肪燃焼、リバウンドなし！",
    "diet supplement -8 kg, fat burning")
add(W, "zh-SG", "shopee-title", "酵素果冻 瘦身排油 7天瘦5斤 刮油减肚子 正品",
    "enzyme jelly: lose 5 jin in 7 days")
add(W, "ko-KR", "live-script", "이 다이어트 차 하루 두 잔이면 한 달에 5kg 빠져요~ 뱃살 진짜 쏙 들어가요",
    "diet tea 5 kg a month")
add(W, "ar-AE", "generic", "كبسولات التنحيف الطبيعية 🔥 تحرق الدهون وتنزّل لك مقاسين خلال شهر بدون رجيم",
    "slimming capsules: burn fat, two sizes")
add(W, "tr-TR", "live-script", "Bu zayıflama çayı ile 10 günde 3 kilo verdim, göbek eridi gitti 🙌",
    "slimming tea 3 kg in 10 days")

# ---------------------------------------------------------------- before-after (16)
B = "before-after"
add(B, "en-US", "instagram", "Day 1 vs day 30 using our dark spot serum 👉 swipe to see the difference. Same lighting, no filter!",
    "day 1 vs day 30, swipe")
add(B, "en-CA", "amazon-bullet", "SEE THE DIFFERENCE – before and after photos from real customers show thicker, fuller brows in just 4 weeks",
    "before/after photos as proof")
add(B, "th-TH", "tiktok", "ก่อน-หลังใช้ครีมทารักแร้ 2 อาทิตย์ เทียบให้ดูเลย จากดำเป็นขาวจริง 😳 ปัดดูรูปสุดท้าย",
    "before/after underarm cream, swipe")
add(B, "vi-VN", "facebook", "Hình trước và sau 21 ngày dùng kem mờ thâm của khách em nè 👇 da sáng hẳn, không chỉnh sửa",
    "customer before/after 21 days")
add(B, "id-ID", "shopee-title", "Serum Penumbuh Rambut Before After 1 Bulan Terbukti Rambut Tebal",
    "before after 1 month hair serum")
add(B, "pl-PL", "instagram", "Przed i po 🤩 tak wyglądały moje dłonie przed kuracją kremem, a tak po 3 tygodniach. Różnica kosmiczna!",
    "przed i po transformation")
add(B, "zh-SG", "instagram", "用前vs用后对比🔥 三周黑头全没了，毛孔肉眼可见变小，姐妹们冲！",
    "用前vs用后 comparison")
add(B, "zh-SG", "shopee-title", "【用前用后对比明显】美白牙贴 7天白3度 去黄牙 烟渍",
    "用前用后 in title, 7 days whiter")
add(B, "ko-KR", "instagram", "사용 전 vs 4주 후 비교샷 📸 잡티가 이렇게 옅어졌어요! 필터 없음",
    "before vs 4 weeks comparison")
add(B, "ja-JP", "x", "ビフォーアフター見て😳 このまつ毛美容液、1ヶ月でこんなに伸びた…！",
    "before-after lash serum")
add(B, "de-DE", "instagram", "Vorher/Nachher nach 6 Wochen mit dem Haaröl – wischt mal nach rechts, der Unterschied ist krass 😍",
    "vorher/nachher, swipe")
add(B, "fr-CA", "instagram", "Avant / après 10 jours de notre crème contour des yeux 👀 les cernes ont presque disparu",
    "avant/après dark circles")
add(B, "es-AR", "tiktok", "miren el antes y después de mi vieja con el sérum antiarrugas, a los 15 días parece otra 😱",
    "antes y después 15 days")
add(B, "it-IT", "amazon-description", "Guarda le foto prima e dopo: già dal primo utilizzo le strisce sbiancanti eliminano le macchie gialle dai denti.",
    "prima e dopo photos")
add(B, "nl-NL", "instagram", "Voor en na ✨ 30 dagen met onze vitamine C-serum, kijk wat er met mijn pigmentvlekken is gebeurd",
    "voor en na 30 days")
add(B, "hi-IN", "instagram", "Before vs after dekho 😍 sirf 2 hafte mein tanning gayab with this ubtan pack! Swipe karo",
    "Hinglish before vs after, swipe")

# ---------------------------------------------------------------- superlative (15)
U = "superlative"
add(U, "en-US", "amazon-title", "World's Best Cast Iron Skillet – The Only Pan You'll Ever Need, Unbeatable Heat Retention, 12 Inch",
    "world's best / the only / unbeatable")
add(U, "en-SG", "instagram", "Confirm the most shiok kaya in Singapore lah, no other brand can beat 💯",
    "Singlish: best in Singapore, unbeatable")
add(U, "th-TH", "shopee-title", "หม้อทอดไร้น้ำมัน อันดับ 1 ในไทย ดีที่สุด ไม่มีใครเทียบ 5 ลิตร",
    "#1 in Thailand, the best")
add(U, "vi-VN", "tiktok-shop-title", "Máy hút bụi cầm tay số 1 Việt Nam mạnh nhất thị trường pin trâu",
    "số 1 Việt Nam, strongest on market")
add(U, "id-ID", "tiktok-shop-title", "Sambal Bawang Paling Enak Se-Indonesia No.1 Tidak Ada Tandingannya 200gr",
    "tastiest in Indonesia, no rival")
add(U, "pl-PL", "generic", "Najlepsza szarlotka na świecie 🍎 nikt nie piecze lepiej niż my, zamówienia w wiadomościach",
    "best in the world")
add(U, "zh-SG", "shopee-title", "全网第一 爆款无线耳机 音质天花板 降噪最强 超长续航",
    "全网第一 / strongest")
add(U, "ja-JP", "amazon-title", "世界一 切れる 包丁 日本最高峰の切れ味 唯一無二 三徳包丁 165mm",
    "世界一 / 唯一無二")
add(U, "ko-KR", "live-script", "대한민국 1등 떡볶이 소스 🔥 이거보다 맛있는 건 세상에 없어요",
    "Korea's #1, nothing tastier in the world")
add(U, "de-DE", "amazon-bullet", "DIE NR. 1 IN DEUTSCHLAND – unschlagbar leise, der beste Standmixer, den es gibt",
    "Nr. 1 / unschlagbar / der beste")
add(U, "fr-FR", "generic", "Le meilleur croissant de France, tout simplement 🥐 personne ne fait mieux, venez goûter !",
    "best in France, nobody better")
add(U, "it-IT", "ebay-title", "Caffettiera Migliore al Mondo Unica Insuperabile Acciaio Inox 6 Tazze",
    "best in the world / unbeatable")
add(U, "ar-SA", "live-script", "أفضل بخور في العالم 🔥 ما له مثيل ولا أحد ينافسه، الأول في المملكة",
    "best in the world, #1 in the kingdom")
add(U, "tr-TR", "x", "Türkiye'nin en iyi zeytinyağı, rakipsiz, dünyada bir eşi daha yok 🫒",
    "best in Turkey, unrivalled")
add(U, "ms-MY", "shopee-title", "Kuih Raya No.1 Malaysia Paling Sedap Takde Lawan Balang 500g",
    "No.1 Malaysia, no rival")

# ---------------------------------------------------------------- guarantee (15)
G = "guarantee"
add(G, "en-US", "amazon-bullet", "100% GUARANTEED RESULTS – if your teeth aren't visibly whiter, we refund every cent, no questions asked, no time limit",
    "guaranteed results + unconditional refund")
add(G, "en-AU", "instagram", "Guaranteed to work or your money back, no questions asked 💯 our grout cleaner lifts ANY stain",
    "guaranteed to work, no questions asked")
add(G, "th-TH", "lazada-title", "น้ำยาเคลือบสีรถ รับประกันผลลัพธ์ 100% ไม่ได้ผลยินดีคืนเงินเต็มจำนวน ไม่ถามเหตุผล",
    "100% result guarantee, refund no reason")
add(G, "vi-VN", "facebook", "Cam kết hiệu quả 100%, không trắng răng hoàn tiền gấp đôi, không cần lý do 💯",
    "100% effect commitment, refund no reason")
add(G, "id-ID", "shopee-title", "Serum Wajah Garansi 100% Berhasil Uang Kembali Tanpa Syarat",
    "100% success guarantee, unconditional refund")
add(G, "pl-PL", "amazon-bullet", "GWARANCJA SKUTECZNOŚCI 100% – jeśli nie zadziała, zwrócimy pieniądze bez pytań i bez limitu czasu",
    "100% effectiveness guarantee, no questions")
add(G, "es-MX", "mercadolibre-title", "Crema Para Manchas Resultados Garantizados O Te Devolvemos Tu Dinero Sin Preguntas",
    "results guaranteed, money back no questions")
add(G, "pt-BR", "live-script", "Resultado garantido ou seu dinheiro de volta, sem perguntas e sem burocracia! 💯 Vale pra qualquer um",
    "resultado garantido, no questions")
add(G, "de-DE", "generic", "Funktioniert garantiert – oder du bekommst dein Geld zurück, ohne Wenn und Aber 💯",
    "funktioniert garantiert, unconditional refund")
add(G, "nl-NL", "amazon-bullet", "GEGARANDEERD RESULTAAT – werkt het niet, dan krijg je je geld terug, zonder vragen",
    "gegarandeerd resultaat, no questions")
add(G, "fr-FR", "amazon-description", "Efficacité garantie à 100 % : si le détartrant ne fonctionne pas, remboursement intégral sans justification.",
    "100% efficacy guaranteed")
add(G, "hi-IN", "live-script", "Guys yeh hair colour 100% guaranteed kaam karega, result nahi mila toh poora paisa wapas, koi sawaal nahi",
    "Hinglish 100% guaranteed, no questions")
add(G, "ar-EG", "facebook", "النتيجة مضمونة ١٠٠٪ وإلا فلوسك ترجعلك من غير أي أسئلة 👌 مزيل البقع السحري",
    "result guaranteed 100%, refund no questions")
add(G, "sw-KE", "generic", "Matokeo yamehakikishwa 100%! Kama haifanyi kazi tunakurudishia pesa bila maswali",
    "results guaranteed 100%, no questions")
add(G, "ko-KR", "live-script", "효과 100% 보장! 효과 없으면 묻지도 따지지도 않고 전액 환불해드려요",
    "100% effect guaranteed, no-questions refund")

# ---------------------------------------------------------------- reviews (15)
R = "reviews"
add(R, "en-US", "amazon-bullet", "LOVED BY 25,000+ CUSTOMERS – rated 4.9/5 stars from over 12,000 verified reviews",
    "customer count + rating as copy")
add(R, "en-PH", "facebook", "Over 10k happy customers na! ⭐⭐⭐⭐⭐ join the fam and order via Messenger",
    "10k happy customers + stars")
add(R, "th-TH", "shopee-title", "เคสไอโฟน ขายแล้ว 50,000 ชิ้น รีวิว 5 ดาว 9,800 รีวิว",
    "sold count + review count in title")
add(R, "vi-VN", "tiktok-shop-title", "Áo thun nam cotton 4.9⭐ hơn 20.000 đánh giá 100k khách hài lòng",
    "rating + review count + customer count")
add(R, "id-ID", "generic", "Udah dipercaya 30.000+ pelanggan dengan rating 4.9 ⭐ di marketplace! Yuk cobain juga",
    "30k customers, rating 4.9")
add(R, "pl-PL", "facebook", "Ponad 8 000 zadowolonych klientek i średnia ocen 4,9/5 ⭐ – dołącz do nich!",
    "8000 satisfied customers, 4.9/5")
add(R, "ja-JP", "amazon-title", "【レビュー4.8・累計販売10万個突破】 モバイルバッテリー 10000mAh 軽量",
    "review 4.8 + 100k sold")
add(R, "zh-SG", "live-script", "好评率99.8%，已有2万+顾客回购 ⭐⭐⭐⭐⭐ 新加坡妈妈们都在用",
    "99.8% positive, 20k+ repeat customers")
add(R, "it-IT", "generic", "Oltre 15.000 clienti soddisfatti e 4,9 stelle su 5 ⭐ scopri perché ci amano",
    "15k satisfied customers, 4.9 stars")
add(R, "es-ES", "amazon-bullet", "MÁS DE 5.000 RESEÑAS DE 5 ESTRELLAS – valorado con un 4,8 por miles de compradores",
    "5000 five-star reviews")
add(R, "pt-BR", "mercadolibre-title", "Tênis Casual Masculino +40 Mil Vendidos Avaliação 4,9 Estrelas",
    "40k sold, 4.9 stars")
add(R, "tr-TR", "generic", "50.000'den fazla mutlu müşteri ⭐ 4.9 puanla en çok tercih edilen termos",
    "50k happy customers, 4.9")
add(R, "nl-NL", "generic", "Al meer dan 12.000 tevreden klanten en gemiddeld een 9,4 ⭐ – bestel ook!",
    "12k satisfied customers, 9.4 score")
add(R, "ms-MY", "shopee-title", "Tudung Bawal Premium 4.9⭐ 20K+ Terjual Ribuan Review Puas Hati",
    "4.9 stars, 20K sold")
add(R, "fil-PH", "live-script", "5 stars galing sa 3,000+ buyers! ⭐⭐⭐⭐⭐ kaya sure na sure kayo dito mga mii",
    "Taglish 5 stars from 3000 buyers")

# ---------------------------------------------------------------- green (15)
E = "green"
add(E, "en-GB", "etsy-title", "Eco-Friendly Planet Safe Phone Case – 100% Biodegradable, Zero Waste Gift",
    "eco-friendly / biodegradable, no certification")
add(E, "en-US", "instagram", "Our sneakers are climate neutral and have zero impact on the planet 🌍💚 shop guilt-free",
    "climate neutral, zero impact")
add(E, "de-DE", "amazon-bullet", "KLIMANEUTRAL & UMWELTFREUNDLICH – CO2-neutrale Produktion, 100 % nachhaltig",
    "klimaneutral, CO2-neutral, no facts")
add(E, "fr-FR", "generic", "Nos bougies sont 100% écologiques et neutres en carbone 🌱 zéro impact sur la planète",
    "carbon neutral, zero impact")
add(E, "nl-NL", "generic", "Onze verpakking is volledig biologisch afbreekbaar en klimaatneutraal 🌍 goed voor de aarde",
    "biodegradable, climate neutral")
add(E, "pl-PL", "amazon-title", "Ekologiczne worki na śmieci biodegradowalne przyjazne dla środowiska 50 szt.",
    "eco/biodegradable with no certification")
add(E, "it-IT", "amazon-bullet", "ECOSOSTENIBILE AL 100% – borraccia a impatto zero, amica del pianeta",
    "100% eco-sustainable, zero impact")
add(E, "es-ES", "generic", "Ropa 100% sostenible y respetuosa con el planeta 🌿 huella de carbono cero",
    "100% sustainable, zero footprint")
add(E, "th-TH", "shopee-title", "แก้วกาแฟกระดาษ รักษ์โลก ย่อยสลายได้ 100% เป็นมิตรกับสิ่งแวดล้อม 50 ใบ",
    "100% biodegradable, eco-friendly")
add(E, "vi-VN", "shopee-title", "Ống hút thân thiện môi trường phân hủy sinh học 100% bảo vệ trái đất",
    "eco-friendly, 100% biodegradable")
add(E, "id-ID", "generic", "Produk kami ramah lingkungan dan 100% terurai alami 🌱 tanpa jejak karbon",
    "eco-friendly, no carbon footprint")
add(E, "ja-JP", "amazon-title", "環境にやさしい 地球に優しい 生分解性 ゴミ袋 カーボンニュートラル 100枚",
    "eco / biodegradable / carbon neutral")
add(E, "ko-KR", "generic", "지구를 생각한 친환경 텀블러 🌏 탄소중립 제품이라 환경 부담 제로!",
    "carbon neutral, zero burden")
add(E, "pt-BR", "amazon-description", "Embalagem 100% ecológica e biodegradável 🌎 impacto zero no meio ambiente",
    "100% ecological, zero impact")
add(E, "sw-KE", "facebook", "Mifuko yetu ni rafiki kwa mazingira na inaoza kabisa 🌍 haina madhara yoyote kwa sayari",
    "eco-friendly, fully biodegradable, no harm")

# ---------------------------------------------------------------- urgency (15)
Y = "urgency"
add(Y, "en-US", "live-script", "Only 3 left at this price, once they're gone they're gone forever — price goes back up the second I end this live!",
    "only 3 left + price rises after live")
add(Y, "en-KE", "instagram", "HURRY!! Last chance today only 🔥 stock finishing, after this no restock ever",
    "today only, no restock, no date")
add(Y, "th-TH", "live-script", "เหลือ 5 ชิ้นสุดท้ายแล้วค่า ราคานี้เฉพาะในไลฟ์ ปิดไลฟ์ปุ๊บขึ้นราคาทันที รีบกดเลย",
    "last 5, price up after live")
add(Y, "vi-VN", "live-script", "Chỉ còn 4 suất giá này thôi cả nhà ơi, hết live là lên giá liền, nhanh tay chốt đơn!",
    "4 left, price up after live")
add(Y, "id-ID", "tiktok", "BURUAN!! stok tinggal 2 doang, abis ini harga naik dan gak bakal restock lagi 😭",
    "only 2 left, never restock")
add(Y, "pl-PL", "facebook", "Ostatnie sztuki!!! Tylko dziś taka cena, jutro może być za późno ⏰",
    "last pieces, today only")
add(Y, "es-MX", "live-script", "¡Quedan solo 5 piezas! En cuanto cierre el en vivo el precio sube, ¡apúrense!",
    "5 left, price up after live")
add(Y, "pt-BR", "generic", "CORRE!! Últimas unidades, essa promo some a qualquer momento e não volta mais 🏃‍♀️",
    "last units, disappears anytime")
add(Y, "tr-TR", "live-script", "Son 3 ürün kaldı! Bu fiyat bir daha asla gelmeyecek, acele et ⏳",
    "last 3, never again")
add(Y, "ar-SA", "live-script", "باقي ٤ قطع بس! السعر هذا بينتهي بعد البث مباشرة، لا تفوتكم",
    "4 left, price ends after live")
add(Y, "hi-IN", "live-script", "Sirf 2 piece bache hain guys! Live khatam hote hi price double, jaldi order karo",
    "2 left, price doubles after live")
add(Y, "fil-PH", "live-script", "Mga mii, 3 na lang natitira! Pag-end ng live, balik na sa dating presyo, mine na kayo agad!",
    "3 left, price back after live")
add(Y, "zh-SG", "live-script", "最后10件！直播一结束马上恢复原价，手慢无，赶紧下单！",
    "last 10, price back after live")
add(Y, "de-DE", "generic", "Nur noch heute! ⏰ Danach ist das Angebot für immer weg – schnell sein lohnt sich",
    "today only, gone forever, no date")
add(Y, "ms-MY", "tiktok", "Cepat!! Tinggal 5 unit je, lepas ni harga naik terus, tak restock dah",
    "5 left, price up, no restock")

# ---------------------------------------------------------------- counterfeit (16)
C = "counterfeit"
add(C, "en-US", "ebay-title", "1:1 Replica Luxury Designer Belt Mirror Quality Same As Original With Box & Dust Bag",
    "1:1 replica mirror quality")
add(C, "en-NG", "instagram", "AAA grade first copy designer bags 👜 e look exactly like the original, nobody go know. DM to order",
    "AAA first copy")
add(C, "th-TH", "shopee-title", "กระเป๋า งานมิเรอร์ 1:1 เกรดพรีเมี่ยม เหมือนแท้ทุกจุด พร้อมกล่อง ถุงผ้า",
    "งานมิเรอร์ 1:1")
add(C, "th-TH", "generic", "รองเท้าผ้าใบงานก๊อปเกรด AAA ใส่แล้วไม่มีใครรู้ว่าไม่แท้ 😎 ทักแชทเลย",
    "copy grade AAA")
add(C, "vi-VN", "shopee-title", "Giày thể thao hàng loại 1 like auth 99% full box bill",
    "hàng loại 1 like auth")
add(C, "vi-VN", "facebook", "Đồng hồ rep 1:1 y chang chính hãng, máy Nhật, ai muốn lấy inbox nhé",
    "rep 1:1 identical to genuine")
add(C, "id-ID", "shopee-title", "Sepatu Sneakers KW Super Mirror Quality Sama Persis Ori Fullset",
    "KW super mirror quality")
add(C, "id-ID", "tiktok", "tas branded grade ori, 1:1 sama kayak aslinya, harga cuma 1/10 😍 cek keranjang",
    "1:1 like original branded bag")
add(C, "pl-PL", "facebook", "Perfumy replika 1:1 – pachną identycznie jak oryginał, pełne opakowanie jak w perfumerii",
    "replica 1:1 perfume")
add(C, "tr-TR", "instagram", "A kalite replika saatler, orijinalinden ayırt edilemez ⌚ fiyat için DM",
    "A-quality replica")
add(C, "ar-AE", "instagram", "ساعات ماستر كوبي درجة أولى طبق الأصل 💯 محد يفرق بينها وبين الأصلية",
    "master copy identical to original")
add(C, "zh-SG", "shopee-title", "原单 同厂 1:1 复刻 运动鞋 顶级版本 细节完美",
    "same factory 1:1 replica")
add(C, "es-AR", "mercadolibre-title", "Zapatillas Réplica Triple A Calidad Espejo Igual A La Original",
    "AAA replica mirror quality")
add(C, "pt-BR", "generic", "Bolsas réplica primeira linha 🔥 idênticas às originais, ninguém percebe a diferença",
    "primeira linha replica")
add(C, "fil-PH", "facebook", "Class A na relo, mirror copy talaga, parang orig na orig! Cash on delivery available",
    "class A mirror copy")
add(C, "hi-IN", "instagram", "First copy sneakers available 🔥 7A quality, bilkul original jaise, box ke saath. DM for price",
    "first copy 7A")

# ---------------------------------------------------------------- clean (87)
K = "clean"
GOTS = {"certification": "GOTS", "material": "organic cotton"}
# en (12)
add(K, "en-US", "amazon-bullet", "2-YEAR WARRANTY – covers motor and heating element defects under normal household use; contact us with your order number for a replacement",
    "warranty with duration and scope")
add(K, "en-GB", "instagram", "Winter sale ends Sunday 13 December at 23:59 GMT – 20% off all knitwear. After that prices go back to normal.",
    "sale with real end date")
add(K, "en-US", "etsy-title", "Organic Cotton Baby Romper GOTS Certified, Hand Dyed, 0-3 Months",
    "certified material with fact given", GOTS)
add(K, "en-AU", "generic", "Say goodbye to summer with our last batch of mango sorbet 🥭 it's back in stock next October",
    "idiom 'say goodbye to summer', seasonal fact")
add(K, "en-US", "amazon-bullet", "KEEPS DRINKS COLD 24 HOURS, HOT 12 HOURS – double-wall vacuum insulated stainless steel, 750 ml",
    "product property, not a claim")
add(K, "en-CA", "amazon-title", "Bamboo Cutting Board Set, Pack of 3, Juice Groove, 38 x 25 cm",
    "bamboo as solid material + pack of 3")
add(K, "en-US", "instagram", "#ad Thanks to the brand for sending me these trail runners — I've done three 10k runs in them so far, full review on Friday.",
    "disclosed gift (#ad)")
add(K, "en-IN", "instagram", "Loved our new kurta collection? Leave us a review on the product page, it really helps a small business like ours 🙏",
    "asks for reviews, no rating claimed")
add(K, "en-SG", "facebook", "Which flavour should we bring back for CNY – pandan or gula melaka? Comment below leh 👇",
    "question to followers")
add(K, "en-GB", "amazon-bullet", "ANTI-FOG, SCRATCH-RESISTANT LENS – UV400 swim goggles with adjustable silicone strap, fits ages 12+",
    "anti-fog / UV400 as product properties")
add(K, "en-KE", "instagram", "Killer deal this weekend 🔥 buy any two kikoys, get the third free. Offer valid Sat 5 – Sun 6 Dec.",
    "idiom 'killer deal', dated offer")
add(K, "en-PH", "tiktok", "this sunscreen is SPF 50 PA++++ and doesn't leave a white cast on my morena skin, I reapply every 2 hours at the beach #gifted #ad",
    "SPF stated as fact, disclosed gift")
# th (3)
add(K, "th-TH", "instagram", "#โฆษณา ขอบคุณแบรนด์ที่ส่งหม้อหุงข้าวมาให้ลองค่ะ ใช้มาสองอาทิตย์ ข้าวนุ่มดี ปักตะกร้าไว้ให้แล้วนะคะ",
    "gift disclosed with #โฆษณา")
add(K, "th-TH", "shopee-title", "เขียงไม้ไผ่ แพ็ค 3 ชิ้น ขนาด 20x30 ซม. ไม้ไผ่ธรรมชาติ ทนทาน",
    "bamboo solid material + pack of 3")
add(K, "th-TH", "facebook", "ลดราคาส่งท้ายปี 20% ทั้งร้าน ถึงวันที่ 31 ธ.ค. 2569 เวลา 23:59 น. นะคะ",
    "sale with real end date")
# vi (3)
add(K, "vi-VN", "facebook", "Quảng cáo | Cảm ơn nhãn hàng đã gửi tặng mình bộ chăn ga này. Vải mềm, giặt không bị xù. Link mua ở phần bình luận nha",
    "gift disclosed with 'Quảng cáo'")
add(K, "vi-VN", "shopee-title", "Bình giữ nhiệt inox 304 giữ lạnh 24h giữ nóng 12h 500ml",
    "insulation property")
add(K, "vi-VN", "tiktok", "Mọi người thích màu nào hơn, be hay xanh rêu? Comment cho shop biết để nhập thêm nha 🥰",
    "question to followers")
# id (3)
add(K, "id-ID", "instagram", "#iklan Makasih buat brand yang udah ngirimin hampers lebaran ini 🥹 kuenya enak banget. Kode diskon VINA10 ada di bio ya",
    "hampers disclosed with #iklan")
add(K, "id-ID", "shopee-title", "Kacamata Renang Anak Anti Fog Anti UV Tali Silikon Adjustable",
    "anti-fog property")
add(K, "id-ID", "facebook", "Garansi resmi 1 tahun untuk kerusakan mesin, tidak termasuk kerusakan karena jatuh atau terkena air. Simpan kartu garansinya ya kak.",
    "warranty with duration and scope")
# pl (4)
add(K, "pl-PL", "instagram", "#reklama #współpraca Paczka PR od marki przyszła wczoraj i od razu przetestowałam szampon. Z kodem OLA10 macie -10%.",
    "PR package disclosed (#reklama)")
add(K, "pl-PL", "amazon-bullet", "GWARANCJA 24 MIESIĄCE – obejmuje wady silnika i elektroniki; nie obejmuje uszkodzeń mechanicznych.",
    "warranty with duration and scope")
add(K, "pl-PL", "facebook", "Zabójcza promocja w ten weekend 🔥 -30% na wszystkie kurtki, do niedzieli 6 grudnia do północy.",
    "idiom 'zabójcza promocja', dated sale")
add(K, "pl-PL", "generic", "Szczoteczki do zębów z bambusa, zestaw 4 sztuki, miękkie włosie",
    "bamboo toothbrushes, pack of 4")
# de (5)
add(K, "de-DE", "instagram", "Anzeige | Die Marke hat mir den Rucksack zur Verfügung gestellt. Nach drei Wochen Pendeln: Fächer top, Reißverschluss hakt manchmal.",
    "disclosed (Anzeige)")
add(K, "de-DE", "amazon-bullet", "RUTSCHFEST – Yogamatte mit griffiger Unterseite, 183 x 61 cm, 6 mm dick",
    "non-slip property")
add(K, "de-DE", "amazon-title", "Bettwäsche aus Bio-Baumwolle, GOTS-zertifiziert, 135x200 cm, 2-teilig",
    "certified material with fact", GOTS)
add(K, "de-DE", "instagram", "Tschüss Sommer, hallo Herbst 🍂 unsere neuen Strickjacken sind da!",
    "idiom farewell to summer")
add(K, "de-DE", "facebook", "Habt ihr unser neues Dinkelbrot schon probiert? Schreibt uns gern eine Bewertung bei Google, wir freuen uns über jedes Feedback!",
    "asks for reviews")
# fr (6)
add(K, "fr-FR", "instagram", "#collaborationcommerciale Merci à la marque pour l'envoi de ce coffret 💌 je vous fais un retour complet dans deux semaines.",
    "disclosed collaboration")
add(K, "fr-FR", "amazon-bullet", "GARANTIE 2 ANS – couvre les défauts de fabrication de la batterie et du moteur, hors usure normale.",
    "warranty with scope")
add(K, "fr-CA", "facebook", "Soldes jusqu'au dimanche 13 décembre à minuit : 25 % sur toutes les tuques !",
    "sale with real end date")
add(K, "fr-FR", "etsy-title", "Planche à découper en bambou massif, lot de 2, rainure à jus",
    "bamboo solid, pack of 2")
add(K, "fr-FR", "instagram", "Dites adieu à la grisaille avec notre nouvelle collection aux couleurs vives 🌈",
    "idiom 'adieu à la grisaille' (grey weather)")
add(K, "fr-FR", "amazon-title", "T-shirt en coton biologique certifié GOTS, coupe droite, unisexe",
    "certified with fact", GOTS)
# es (4)
add(K, "es-ES", "instagram", "#publi Gracias a la marca por enviarme estas zapatillas para probarlas. Os cuento en un mes qué tal aguantan.",
    "disclosed (#publi)")
add(K, "es-MX", "mercadolibre-title", "Termo Acero Inoxidable 1 Litro Mantiene Frío 24 Horas Tapa Antiderrame",
    "insulation property")
add(K, "es-AR", "instagram", "¡Esta oferta es una locura! 2x1 en alfajores hasta el domingo 6 de diciembre 🍫",
    "idiom + dated offer")
add(K, "es-CO", "facebook", "¿Cuál color prefieren para la nueva mochila, negro o verde oliva? Los leemos 👇",
    "question to followers")
# it (5)
add(K, "it-IT", "instagram", "#adv Ringrazio il brand per avermi regalato questa moka, la uso ogni mattina da due settimane.",
    "disclosed gift (#adv)")
add(K, "it-IT", "amazon-bullet", "GARANZIA 2 ANNI – copre i difetti di fabbricazione del motore; esclusi danni da caduta.",
    "warranty with scope")
add(K, "it-IT", "generic", "Saldi fino al 6 gennaio 2027 ✨ -30% su tutta la collezione invernale",
    "sale with real end date")
add(K, "it-IT", "etsy-title", "Spazzolino in bambù confezione da 4 setole morbide",
    "bamboo toothbrush pack of 4")
add(K, "it-IT", "facebook", "Vi è piaciuto il panettone? Lasciateci una recensione, ci aiuta tantissimo! 🎄",
    "asks for reviews")
# pt (4)
add(K, "pt-BR", "instagram", "#publi Recebi da marca esse kit de panelas e tô testando há uma semana, depois conto tudo 🍳",
    "disclosed (#publi)")
add(K, "pt-BR", "mercadolibre-title", "Tapete de Yoga Antiderrapante 6mm com Alça de Transporte",
    "non-slip property")
add(K, "pt-BR", "generic", "Liquida de Natal vai até 24/12 às 18h ⏰ até 40% off em toda a loja",
    "sale with real end date")
add(K, "pt-BR", "facebook", "Qual sabor vocês querem na próxima fornada: brigadeiro ou paçoca? Comenta aí 👇",
    "question to followers")
# ja (5)
add(K, "ja-JP", "instagram", "#PR #広告 ブランド様より商品提供いただきました。2週間使ってみた正直な感想をまとめます。",
    "disclosed with #PR/広告")
add(K, "ja-JP", "amazon-title", "竹製 まな板 3枚セット 天然竹 両面使用可",
    "bamboo solid, set of 3")
add(K, "ja-JP", "amazon-bullet", "【保証】ご購入日から1年間、通常使用での故障は無償修理いたします（落下・水没は対象外）",
    "warranty with scope")
add(K, "ja-JP", "x", "冬のセールは12月25日23:59まで！全品20%オフです🎄",
    "sale with real end date")
add(K, "ja-JP", "instagram", "日焼け止めはSPF50+・PA++++。白浮きしにくいテクスチャーです。",
    "SPF as fact")
# zh (4)
add(K, "zh-SG", "instagram", "#广告 谢谢品牌寄来的新年礼盒🧧 肉干很香，整理了一篇开箱，喜欢的可以看看",
    "disclosed with #广告")
add(K, "zh-SG", "shopee-title", "竹制砧板 3件套 天然竹 厨房切菜板",
    "bamboo solid, 3 pieces")
add(K, "zh-SG", "facebook", "圣诞促销至12月26日晚上11:59，全场八折 🎄",
    "sale with real end date")
add(K, "zh-SG", "instagram", "大家觉得哪个颜色比较好看？奶茶色还是雾蓝色？留言告诉我们～",
    "question to followers")
# ko (5)
add(K, "ko-KR", "instagram", "#광고 #협찬 브랜드로부터 제품을 제공받아 작성한 솔직 후기예요. 2주 써보니 보습은 좋은데 향은 호불호 있을 듯!",
    "disclosed with #광고 #협찬")
add(K, "ko-KR", "generic", "무상 A/S 1년 – 정상 사용 중 발생한 모터 고장에 한함 (낙하·침수 제외)",
    "warranty with scope")
add(K, "ko-KR", "generic", "연말 세일 12월 31일 자정까지! 전 품목 15% 할인 🎁",
    "sale with real end date")
add(K, "ko-KR", "instagram", "미끄럼 방지 요가매트, 두께 8mm 🧘 색상은 네 가지 중에 고르실 수 있어요",
    "non-slip property")
add(K, "ko-KR", "threads", "여러분은 겨울에 어떤 차 즐겨 드세요? 댓글로 알려주세요 ☕",
    "question to followers")
# ar (5)
add(K, "ar-SA", "instagram", "#إعلان شكراً للبراند على الهدية 🎁 جربت العطر أسبوع وبشارككم رأيي الكامل قريباً",
    "disclosed with #إعلان")
add(K, "ar-AE", "amazon-bullet", "ضمان لمدة سنتين يغطي عيوب التصنيع في المحرك، ولا يشمل سوء الاستخدام",
    "warranty with scope")
add(K, "ar-EG", "facebook", "عرض الجمعة البيضاء لحد يوم الأحد ٦ ديسمبر الساعة ١٢ بالليل، خصم ٢٠٪ على كل الشنط",
    "offer with real end date")
add(K, "ar-SA", "amazon-title", "لوح تقطيع من خشب البامبو، عبوة من ٣ قطع، مقاسات مختلفة",
    "bamboo solid, pack of 3")
add(K, "ar-AE", "instagram", "أي لون تفضلون للعباية الجديدة؟ الأسود ولا البيج؟ قولولنا بالتعليقات 👇",
    "question to followers")
# tr (4)
add(K, "tr-TR", "instagram", "#işbirliği #reklam Markanın hediye ettiği bu termosu iki haftadır kullanıyorum, detaylı yorumumu yakında paylaşacağım.",
    "gift disclosed (#reklam)")
add(K, "tr-TR", "generic", "2 yıl garanti: motor ve elektronik arızaları kapsar, düşme ve sıvı teması hariçtir.",
    "warranty with scope")
add(K, "tr-TR", "instagram", "Yaza veda ediyoruz 👋 sonbahar koleksiyonu mağazalarda!",
    "idiom farewell to summer")
add(K, "tr-TR", "amazon-title", "Kaymaz Tabanlı Banyo Paspası 50x80 cm, 2'li Paket",
    "non-slip + pack of 2")
# nl (5)
add(K, "nl-NL", "instagram", "#ad | In samenwerking met het merk kreeg ik deze regenjas toegestuurd. Draag hem nu een week op de fiets.",
    "disclosed (#ad, samenwerking)")
add(K, "nl-NL", "amazon-bullet", "2 JAAR GARANTIE – dekt fabricagefouten aan motor en accu; valschade valt er niet onder",
    "warranty with scope")
add(K, "nl-NL", "generic", "Uitverkoop tot en met zondag 13 december, 23:59 uur: 30% korting op alle truien 🧶",
    "sale with real end date")
add(K, "nl-NL", "generic", "Tas van biologisch katoen, GOTS-gecertificeerd, 38 x 42 cm",
    "certified with fact", GOTS)
add(K, "nl-NL", "facebook", "Tevreden over je bestelling? Laat een review achter op onze site, daar worden we blij van! 😊",
    "asks for reviews")
# hi (4)
add(K, "hi-IN", "instagram", "#ad #gifted Thank you brand for sending this pressure cooker 🙏 1 week se use kar rahi hoon, full review next week",
    "Hinglish disclosed gift")
add(K, "hi-IN", "amazon-bullet", "1 साल की वारंटी – मोटर में निर्माण दोष पर मुफ़्त रिपेयर, गिरने या पानी से हुए नुकसान पर लागू नहीं",
    "warranty with scope")
add(K, "hi-IN", "generic", "न्यू ईयर सेल 1 जनवरी रात 11:59 बजे तक, सभी कुर्तों पर 20% छूट 🎉",
    "sale with real end date")
add(K, "hi-IN", "facebook", "आपको कौन सा रंग ज़्यादा पसंद आया – लाल या पीला? कमेंट में बताइए 👇",
    "question to followers")
# ms (3)
add(K, "ms-MY", "instagram", "#iklan Terima kasih brand sebab hantar set periuk ni. Dah guna seminggu, review penuh nanti ya",
    "disclosed with #iklan")
add(K, "ms-MY", "shopee-title", "Botol Air Keluli Tahan Karat Sejuk 24 Jam Panas 12 Jam 1L",
    "insulation property")
add(K, "ms-MY", "facebook", "Jualan Akhir Tahun sampai 31 Disember jam 11:59 malam, diskaun 20% semua baju kurung",
    "sale with real end date")
# sw (2)
add(K, "sw-KE", "instagram", "#tangazo #ad Asante kwa brand kwa zawadi hii ya viatu 👟 nitawaletea maoni kamili wiki ijayo",
    "gift disclosed (#tangazo/#ad)")
add(K, "sw-KE", "facebook", "Dhamana ya mwaka 1 kwa hitilafu za mota, haihusishi uharibifu wa maji",
    "warranty with scope")
# fil (1)
add(K, "fil-PH", "facebook", "#ad Salamat sa brand sa padala nilang air fryer! Full review ko next week mga mars",
    "disclosed gift (#ad)")


def lang_of(market):
    return market.split("-")[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "holdout17.jsonl")
    counters = collections.Counter()
    texts = set()
    lines = []
    for sub, market, target, text, note, facts in ROWS:
        assert sub in FAMILY, sub
        assert text not in texts, text
        texts.add(text)
        counters[sub] += 1
        fam = FAMILY[sub]
        obj = {
            "id": "h17%s-%03d" % (sub, counters[sub]),
            "split": SPLIT,
            "family": fam,
            "subfamily": sub,
            "text": text,
            "target": target,
            "market": market,
            "facts": facts,
            "context": {},
            "labels": LABELS[fam],
            "note": note,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("total", len(lines))
    print("per subfamily:", dict(sorted(counters.items())))
    langs = collections.Counter(lang_of(r[1]) for r in ROWS)
    print("per language:", dict(sorted(langs.items())))
    social = {"instagram", "tiktok", "facebook", "x", "threads"}
    n_social = sum(1 for r in ROWS if r[2] in social)
    print("social", n_social, "marketplace/live/generic", len(ROWS) - n_social)
    per_lang_clean = collections.Counter(lang_of(r[1]) for r in ROWS if r[0] == "clean")
    print("clean per language:", dict(sorted(per_lang_clean.items())))


if __name__ == "__main__":
    main()
