"""Round 9 (issue 17, tuned on hold-out 16): classes, not phrases — with fresh sentences (none from a hold-out).

1. Sponsorship by meaning, with or without a thanked @handle: a gift from a brand ("the brand sent me", "PR haul",
   "Nhãn hàng gửi tặng mình", "แบรนด์ส่งมาให้", "Dikirimin sama brand", "Marka przysłała mi", "品牌方寄来"), a
   first-person ambassador, affiliate links ("affiliate link in bio", "link afiliacyjny", "lien affilié"), a name used
   as the code, "opinions are my own" after a gift. Cleared by a disclosure at the start, a visible disclosure tag in
   the first line, a disclosure stated in words anywhere ("paid partnership", an explicit commission statement, the
   Coupang Partners and "アフィリエイト広告を利用しています" statements) or the sponsored switch. A shop's own code, free
   gift, restock or affiliate programme is no sponsorship. A brand thanked by name (no @handle) for a gift, next to a
   discount code, in every registry language.
2. Health: remedies the lists lacked (black seed oil, bee venom, propolis, honey and lemon, CBD/hemp preparations,
   秋梨膏, ยาดม, minyak kayu putih …), "-itis/-ite" conditions in es/pt/it/fr by stem (not azeite, noite, site),
   "喝…就不疼了" (no longer hurts after a remedy), back to normal after a remedy, a pet that limped and runs again;
   "no more painful searching" is no pain.
3. The weakest languages of hold-out 17's first run (id, th, vi, tr, pl, zh): a condition that became stable or
   normal, "never again" with a condition, before-after with a duration; everyday "stres" and tyre pressure stay clean.
4. Urgency: "it will never come back" in 20 languages and counts of a named product on social posts; before-after
   "涂前vs涂后", "使用前→使用後", "przed użyciem i po"; counterfeit "งานมิเรอร์ 1:1", "birebir replika", "原单品质".
"""

from __future__ import annotations

import pytest

from studio.quality import lint_text
from studio.quality.rules_disclosure import disclosed, starts_with_disclosure


def _families(text: str, target: str, market: str, **ctx) -> set[str]:
    return {f.family for f in lint_text(text, target, market, context={"user_rules": False, **ctx})
            if f.family in ("claims", "disclosure") and f.severity in ("error", "warning")}


UNDISCLOSED = [
    ("The brand sent me their whole new lip range and I'm honestly in love 💋", 'en-US', 'instagram'),
    ('Opening my PR haul from this month, so many goodies 📦', 'en-GB', 'tiktok'),
    ("This blender was kindly gifted, and it's been a game changer for smoothies", 'en-US', 'instagram'),
    ('These earbuds are affiliate linked in my bio, grab them before the sale ends', 'en-US', 'instagram'),
    ('Cutest planner ever, affiliate link in my stories 💖', 'en-US', 'instagram'),
    ('Link in bio earns me a little something if you grab one 🙏', 'en-US', 'tiktok'),
    ('Thank you so much for sending me this gorgeous candle, it smells unreal', 'en-US', 'instagram'),
    ('Die Marke hat mir freundlicherweise ihr neues Serum geschickt – ich bin verliebt', 'de-DE', 'instagram'),
    ('Dieses Parfum wurde mir kostenlos zugeschickt, riecht mega', 'de-DE', 'instagram'),
    ("La marque m'a gentiment envoyé sa nouvelle crème, je vous dis tout", 'fr-FR', 'instagram'),
    ('Lien affilié dans ma bio si vous voulez la même lampe', 'fr-FR', 'instagram'),
    ('La marca me mandó su nueva plancha para el pelo y quedé fascinada', 'es-MX', 'tiktok'),
    ('Me llegó este perfume de parte de Aromas del Sur y me encanta', 'es-ES', 'instagram'),
    ('Os dejo mi enlace de afiliado en la bio 💕', 'es-ES', 'instagram'),
    ('A marca me mandou essa paleta linda e eu amei cada cor', 'pt-BR', 'instagram'),
    ('Ganhei esse hidratante da marca e tô usando todo dia', 'pt-BR', 'instagram'),
    ('Il brand mi ha mandato questa crema viso e la adoro', 'it-IT', 'instagram'),
    ('Trovate il link di affiliazione nella mia bio', 'it-IT', 'instagram'),
    ('Het merk heeft me deze sjaal opgestuurd en ik draag hem elke dag', 'nl-NL', 'instagram'),
    ('Marka przysłała mi nowy krem do rąk, pachnie cudownie', 'pl-PL', 'instagram'),
    ('Dostałam od marki zestaw do pielęgnacji i jestem zachwycona', 'pl-PL', 'instagram'),
    ('Paczka PR od marki dotarła, zobaczcie co było w środku', 'pl-PL', 'instagram'),
    ('Link afiliacyjny w bio, zamawiajcie śmiało', 'pl-PL', 'instagram'),
    ('Markası bana bu saç maşasını göndermiş, çok memnunum', 'tr-TR', 'instagram'),
    ('Markadan gelen hediye paketini açıyoruz bugün', 'tr-TR', 'instagram'),
    ('PR paketi geldi, içinden neler çıktı bakalım', 'tr-TR', 'instagram'),
    ('Thương hiệu gửi tặng em bộ son này, màu nào cũng xinh', 'vi-VN', 'tiktok'),
    ('Được bên hãng tặng cái máy sấy tóc xịn quá trời', 'vi-VN', 'tiktok'),
    ('Brandnya ngirimin aku serum baru, langsung aku cobain deh', 'id-ID', 'tiktok'),
    ('Dikirimin sama brand lip tint warna baru, cakep banget', 'id-ID', 'instagram'),
    ('Dapet paket cantik banget dari @tokokulit hari ini', 'id-ID', 'tiktok'),
    ('Link affiliate ada di bio ya guys', 'id-ID', 'tiktok'),
    ('Jenama ni hantar kat saya set penjagaan kulit terbaru', 'ms-MY', 'instagram'),
    ('Pinadalhan ako ng brand ng bagong serum, grabe ang ganda', 'fil-PH', 'tiktok'),
    ('브랜드에서 보내주신 새 립밤 써봤어요', 'ko-KR', 'instagram'),
    ('メーカーさんから新しいドライヤーを送っていただきました', 'ja-JP', 'instagram'),
    ('品牌方寄来的新款精华，用了一周皮肤超好', 'zh-SG', 'instagram'),
    ('收到了品牌寄的礼盒，超级惊喜', 'zh-SG', 'instagram'),
    ('ทางแบรนด์ส่งมาให้ลองค่า เนื้อครีมบางเบามาก', 'th-TH', 'tiktok'),
    ('ได้รับสินค้าจากแบรนด์มารีวิวค่ะ ชอบมาก', 'th-TH', 'tiktok'),
    ('الشركة أرسلت لي العطر الجديد وريحته تجنن', 'ar-SA', 'instagram'),
    ('Brand ne mujhe ye lipstick bheja hai, shade bahut pyara hai', 'hi-IN', 'instagram'),
    ('Kampuni ya urembo wamenitumia mafuta haya mapya', 'sw-KE', 'instagram'),
    ('Nowe buty od @biegacz.pl — dostałam je od @biegacz.pl w paczce', 'pl-PL', 'instagram'),
    ('Gifted by a lovely little candle company, but as always opinions are my own 🕯️', 'en-US', 'instagram'),
    ("I'm a proud ambassador for Trailhead Socks and these are my go-to for long runs", 'en-US', 'instagram'),
    ('@seasidehotel invited me for a weekend and the breakfast was unreal', 'en-GB', 'instagram'),
    ('用我的码MEI5 可以便宜五块', 'zh-SG', 'instagram'),
    ('Gamitin niyo yung name ko na LARA para may discount kayo', 'fil-PH', 'tiktok'),
    ('Ukiagiza weka jina langu ZAWADI upate punguzo', 'sw-KE', 'instagram'),
    ('ขอบคุณ @ร้านสวยงาม ที่ส่งของมาให้ค่ะ โค้ด NAT10 ลดเพิ่ม', 'th-TH', 'instagram'),
    ('Deze jas kreeg ik van het lieve team van @regenwerk, echt top', 'nl-NL', 'instagram'),
    ('@kahvedunyam sağ olsun bu fincan setini yollamış, çok tatlı', 'tr-TR', 'instagram'),
    ('فتحت بوكس الهدايا من @بيت_الورد اليوم', 'ar-SA', 'instagram'),
    ('Huge shoutout to Glowberry for the skincare goodies, swipe for my fave 💕 code JESS15 for 15% off', 'en-US', 'instagram'),
    ('Got this air fryer from Kitchenly for free to test and honestly? obsessed. Code in my bio', 'en-CA', 'tiktok'),
    ('Loving my new trainers c/o Stryde 👟 use JAMIE10 for money off', 'en-GB', 'instagram'),
    ('Thank you Nykaa for this surprise hamper! Use my code RIYA15 for 15% off', 'en-IN', 'instagram'),
    ('Big thanks to Shea Bliss for sending me their new butter, use TOBI10 to save', 'en-NG', 'instagram'),
    ('Asante Jikoni Bora for the blender! Use my code WANJIKU for 10% off', 'en-KE', 'instagram'),
    ('Vielen Dank an Naturkind für das tolle Päckchen! Mit LENA15 spart ihr 15 %', 'de-DE', 'instagram'),
    ('Merci à Maison Lumière pour ce colis surprise ✨ -20% avec le code CLARA20', 'fr-FR', 'instagram'),
    ('Gracias a Solmar por el regalito, con SOFIA10 tenéis un 10% de descuento', 'es-ES', 'instagram'),
    ('Grazie a Dolce Casa per il pacco, con il codice GIULIA10 avete il 10%', 'it-IT', 'instagram'),
    ('Obrigada Beleza Pura pelos mimos! Cupom BIA10 com desconto', 'pt-BR', 'instagram'),
    ('Dank je Zeepfabriek voor het pakketje! Met FLEUR10 krijg je korting', 'nl-NL', 'instagram'),
    ('Dziękuję marce Słowianka za przesyłkę! Z kodem KASIA10 taniej', 'pl-PL', 'instagram'),
    ("Güzel hediyesi için Gül Beauty'ye teşekkürler, ELIF10 koduyla indirim", 'tr-TR', 'instagram'),
    ('Cảm ơn Hoa Mai Cosmetics đã gửi quà cho mình nha, nhập mã LINH10 giảm 10%', 'vi-VN', 'tiktok'),
    ('Makasih Rumah Batik udah kirimin kain cantik ini, pakai kode DINDA10 ya', 'id-ID', 'instagram'),
    ('Terima kasih Butik Seri sebab hantar baju ni, guna kod AINA10', 'ms-MY', 'instagram'),
    ('ขอบคุณแบรนด์ Sabai ที่ส่งของขวัญมาให้นะคะ ใช้โค้ด PLOY10 ลด 10%', 'th-TH', 'tiktok'),
    ('谢谢小美美妆送的礼盒，用我的优惠码LINA10打九折', 'zh-SG', 'instagram'),
    ('花子コスメさんから新作をいただきました。クーポンコードAOI10で10%オフ', 'ja-JP', 'instagram'),
    ('소유뷰티에서 선물 받은 쿠션, 제 코드 MINJI10 쓰시면 10% 할인', 'ko-KR', 'instagram'),
    ('شكراً لعطور الشرق على الهدية، استخدموا كود NOURA10 للخصم', 'ar-SA', 'instagram'),
    ('Desi Glow ko thank you is gift ke liye, mera code PRIYA10 use karo', 'hi-IN', 'instagram'),
    ('Asante Urembo kwa zawadi hii! Tumia code WANJIRU10 upate punguzo', 'sw-KE', 'instagram'),
    ('Salamat Ganda PH sa regalo! Gamitin ang code BEA10 for 10% off', 'fil-PH', 'instagram'),
    ('Use my code MAYA20 for 20% off at Glowlab 💕', 'en-US', 'instagram'),
    ("Everything I'm wearing is linked on my LTK, shop my looks", 'en-US', 'tiktok'),
    ('Mit meinem Rabattcode LISA20 bekommt ihr 20 % bei Glowlab', 'de-DE', 'instagram'),
    ('Kode voucher dari aku ada di bio ya, lumayan potongan 20rb', 'id-ID', 'tiktok'),
    ('Mã giảm giá riêng của mình ở bio nha mọi người', 'vi-VN', 'tiktok'),
    ('กดลิงก์ในไบโอใช้โค้ดของเราลดเพิ่มอีก 10%', 'th-TH', 'tiktok'),
    ('Linkimden alırsanız indirim kodum ELIF10 geçerli', 'tr-TR', 'instagram'),
    ('Mój kod rabatowy KASIA10 działa na cały sklep Słowianka', 'pl-PL', 'instagram'),
    ('点我主页链接下单，报我名字打九折', 'zh-SG', 'tiktok'),
]

CLAIMS = [
    ('Our black seed oil rub is a lifesaver, my knee arthritis hardly bothers me now', 'en-US', 'instagram'),
    ('Bee Venom Cream for Joint Pain and Knee Stiffness, Natural Relief Gel', 'en-US', 'amazon-title'),
    ('Plantillas Magnéticas para Fascitis Plantar y Juanetes Alivio Inmediato', 'es-MX', 'mercadolibre-title'),
    ('Chá de ervas da vovó e a minha tendinite sumiu em uma semana', 'pt-BR', 'instagram'),
    ('Olio di cumino nero, la mia gastrite è sparita in pochi giorni', 'it-IT', 'instagram'),
    ('Ce sirop au miel et la bronchite de mon fils a disparu en 3 jours', 'fr-FR', 'instagram'),
    ('秋梨膏 嗓子疼喝两次就不疼了', 'zh-SG', 'tiktok'),
    ('这个药酒 抹一下膝盖马上不痛了', 'zh-SG', 'tiktok'),
    ('Seit ich den Tee trinke, ist mein Bluthochdruck wieder im Normalbereich', 'de-DE', 'instagram'),
    ('Minyak kayu putih racikan nenek, masuk angin langsung hilang', 'id-ID', 'tiktok'),
    ("Rex was limping for months, two weeks on these hemp chews and he's running again", 'en-AU', 'instagram'),
    ('Mật ong ngâm gừng, uống 3 ngày là hết ho', 'vi-VN', 'tiktok'),
    ('Çörek otu yağı karışımımız ile eklem ağrısı tarihe karıştı', 'tr-TR', 'instagram'),
    ('ยาดมสมุนไพรสูตรโบราณ แก้ปวดหัวได้ทันที', 'th-TH', 'tiktok'),
    ('Plus que 2 sacs en cuir cognac et ils ne reviendront plus jamais, foncez', 'fr-FR', 'facebook'),
    ('These mugs will never come back once they sell out, grab yours', 'en-US', 'instagram'),
    ('Estos vestidos no volverán nunca, quedan 4', 'es-MX', 'facebook'),
    ('Zostały tylko 3 sukienki w rozmiarze S, nigdy nie wrócą!', 'pl-PL', 'facebook'),
    ('Tinggal 5 pcs lagi kak, habis ya habis ga restock lagi', 'id-ID', 'tiktok'),
    ('Chỉ còn 3 hộp cuối nha cả nhà, hết là hết', 'vi-VN', 'tiktok'),
    ('เหลือ 4 ชิ้นสุดท้ายค่ะ หมดแล้วหมดเลยนะคะ', 'th-TH', 'tiktok'),
    ('Son 3 çanta kaldı, bir daha gelmeyecek!', 'tr-TR', 'instagram'),
    ('仅剩8件了，卖完就没有了', 'zh-SG', 'tiktok'),
    ('涂前vs涂后对比，一周淡斑效果看得见', 'zh-SG', 'tiktok'),
    ('使用前→使用後 毛穴が目立たなくなりました', 'ja-JP', 'instagram'),
    ('Przed użyciem i po 14 dniach — skóra jak nowa', 'pl-PL', 'instagram'),
    ('รองเท้า Nike งานมิเรอร์ 1:1 เหมือนแท้ทุกจุด', 'th-TH', 'lazada-title'),
    ('Birebir replika saat, orijinalinden ayırt edilemez', 'tr-TR', 'instagram'),
    ('LV包包 原单品质 跟正品一模一样', 'zh-SG', 'instagram'),
    ('Minum teh ini tiap pagi, gula darah aku jadi stabil dan gak gampang capek', 'id-ID', 'tiktok'),
    ('Koyo Herbal Pereda Nyeri Sendi Asam Urat Rematik Ampuh', 'id-ID', 'shopee-title'),
    ('Anak aku udah gak pernah batuk pilek lagi sejak minum madu ini', 'id-ID', 'instagram'),
    ('Dijamin turun 5 kg dalam 2 minggu tanpa diet ketat', 'id-ID', 'tiktok'),
    ('Cuma sisa 3 pcs! Buruan checkout sebelum kehabisan', 'id-ID', 'tiktok'),
    ('Before after pemakaian 14 hari, flek hitam memudar', 'id-ID', 'instagram'),
    ('ดื่มทุกวัน ความดันลดลงเป็นปกติ ไม่ต้องกินยาแล้ว', 'th-TH', 'tiktok'),
    ('ยาหม่องสมุนไพร แก้ปวดเมื่อย ปวดข้อ ปวดหลัง', 'th-TH', 'shopee-title'),
    ('ใช้ไป 7 วัน ผิวขาวขึ้นเห็นได้ชัด ก่อนและหลังดูในคลิปได้เลย', 'th-TH', 'tiktok'),
    ('รีบกดเลย เหลือแค่ 5 ชิ้น หมดแล้วไม่มีอีก', 'th-TH', 'tiktok'),
    ('ลดได้ 7 กิโลใน 1 เดือน ไม่ต้องอดอาหาร', 'th-TH', 'instagram'),
    ('Uống trà này mỗi sáng, huyết áp mình ổn định hẳn luôn', 'vi-VN', 'tiktok'),
    ('Cao dán thảo dược giảm đau lưng đau vai gáy hiệu quả', 'vi-VN', 'shopee-title'),
    ('Con mình hết ho hẳn sau 3 ngày dùng siro này', 'vi-VN', 'tiktok'),
    ('Giảm 5kg trong 2 tuần không cần ăn kiêng', 'vi-VN', 'tiktok'),
    ('Chỉ còn 2 suất cuối, chốt đơn ngay kẻo lỡ', 'vi-VN', 'facebook'),
    ('Ảnh trước và sau 2 tuần dùng serum, mụn giảm rõ rệt', 'vi-VN', 'tiktok'),
    ('Bu çayı içmeye başladığımdan beri tansiyonum normale döndü', 'tr-TR', 'instagram'),
    ('Bitkisel krem ile eklem ağrılarına son, 3 günde rahatlama', 'tr-TR', 'instagram'),
    ('1 ayda 6 kilo verdim, hiç diyet yapmadan', 'tr-TR', 'instagram'),
    ('Acele edin, son 2 ürün kaldı!', 'tr-TR', 'instagram'),
    ('Kullanmadan önce ve 4 hafta sonra farkı görün', 'tr-TR', 'instagram'),
    ('Od kiedy piję tę herbatkę, ciśnienie mam w normie', 'pl-PL', 'instagram'),
    ('Maść ziołowa na bóle stawów, ulga po pierwszym użyciu', 'pl-PL', 'instagram'),
    ('Schudłam 6 kg w miesiąc bez diety', 'pl-PL', 'instagram'),
    ('Zostały ostatnie 3 sztuki, spieszcie się!', 'pl-PL', 'facebook'),
    ('Przed i po 3 tygodniach stosowania, przebarwienia zniknęły', 'pl-PL', 'instagram'),
    ('每天喝一杯，血压稳稳的，医生都说好', 'zh-SG', 'tiktok'),
    ('这个草本膏贴一晚，腰痛就好了', 'zh-SG', 'tiktok'),
    ('一个月瘦了8斤，不用节食', 'zh-SG', 'tiktok'),
    ('最后3件，手慢无！', 'zh-SG', 'tiktok'),
    ('用了两周，痘印淡了很多，对比图在这', 'zh-SG', 'tiktok'),
    ('Satu-satunya serum terbaik di Indonesia, nomor 1 pilihan dokter', 'id-ID', 'instagram'),
    ("Türkiye'nin en iyi nemlendiricisi, dermatologlar 1 numara diyor", 'tr-TR', 'instagram'),
    ('Najlepszy krem w Polsce, numer 1 wśród dermatologów', 'pl-PL', 'instagram'),
    ('Kem chống nắng số 1 Việt Nam, được bác sĩ da liễu khuyên dùng', 'vi-VN', 'tiktok'),
    ('ครีมอันดับ 1 ในไทย หมอผิวหนังแนะนำ', 'th-TH', 'tiktok'),
    ('全网销量第一的面膜，皮肤科医生推荐', 'zh-SG', 'tiktok'),
    ('Garansi uang kembali 100% kalau gak berhasil', 'id-ID', 'instagram'),
    ('Sonuç alamazsanız paranız iade, garantili', 'tr-TR', 'instagram'),
    ('Gwarancja efektu albo zwrot pieniędzy', 'pl-PL', 'instagram'),
    ('Cam kết hiệu quả, không hiệu quả hoàn tiền 100%', 'vi-VN', 'tiktok'),
    ('รับประกันผลลัพธ์ ไม่เห็นผลยินดีคืนเงิน', 'th-TH', 'tiktok'),
    ('无效退款，保证有效', 'zh-SG', 'tiktok'),
    ('Ramah lingkungan 100%, tanpa jejak karbon sama sekali', 'id-ID', 'instagram'),
    ('Doğaya sıfır zarar, tamamen karbon nötr üretim', 'tr-TR', 'instagram'),
    ('W 100% przyjazne dla planety, zero śladu węglowego', 'pl-PL', 'instagram'),
    ('Thân thiện môi trường tuyệt đối, không hại hành tinh', 'vi-VN', 'tiktok'),
    ('รักษ์โลก 100% ไม่ทำร้ายสิ่งแวดล้อมเลย', 'th-TH', 'tiktok'),
    ('百分百环保，对地球零伤害', 'zh-SG', 'tiktok'),
    ('Rating 4.9 dari 10.000+ pembeli puas', 'id-ID', 'instagram'),
    ("15.000'den fazla müşteriden 4,8 yıldız", 'tr-TR', 'instagram'),
    ('Ocena 4,9 od ponad 8000 klientek', 'pl-PL', 'instagram'),
    ('Hơn 20.000 khách hàng đánh giá 5 sao', 'vi-VN', 'tiktok'),
    ('รีวิว 5 ดาวจากลูกค้ากว่า 10,000 คน', 'th-TH', 'tiktok'),
    ('超过一万名买家五星好评', 'zh-SG', 'tiktok'),
]

CLEAN = [
    ('I earn a small commission if you buy through my link, love this robe', 'en-US', 'instagram'),
    ('Hier mein Partnerlink, darüber bekomme ich eine kleine Provision', 'de-DE', 'instagram'),
    ('Mình có nhận chút hoa hồng nếu mọi người mua qua link nha', 'vi-VN', 'tiktok'),
    ('Use code SUMMER10 at checkout for 10% off everything in our shop', 'en-US', 'instagram'),
    ('Free gift with every order over $50 this weekend 🎁', 'en-US', 'instagram'),
    ('Our PR team is hiring! Apply via the link in bio', 'en-US', 'instagram'),
    ('Join our affiliate program and earn 15% on every sale', 'en-US', 'instagram'),
    ('This necklace was gifted to me by my mum and I finally found a matching pair of earrings', 'en-US', 'instagram'),
    ('We sent our new catalogue to all subscribers this morning', 'en-US', 'instagram'),
    ('Commissions open! DM me for a custom pet portrait', 'en-US', 'instagram'),
    ('The brand behind this mug is a tiny studio in Leeds, wheel-thrown and glazed by hand', 'en-US', 'instagram'),
    ('Mit dem Code HERBST15 spart ihr 15 % in unserem Shop', 'de-DE', 'instagram'),
    ("Code NOEL10 : -10 % sur toute la boutique jusqu'à dimanche", 'fr-FR', 'instagram'),
    ('La marca nació en Valencia en 1998 y fabrica cada bolso a mano', 'es-ES', 'instagram'),
    ('Pedidos recebidos até às 14h são enviados no mesmo dia', 'pt-BR', 'instagram'),
    ('Todos os pedidos recebidos hoje saem amanhã cedo', 'pt-BR', 'instagram'),
    ('Codice BENVENUTO10 per il tuo primo ordine sul nostro sito', 'it-IT', 'instagram'),
    ('Z kodem ZIMA10 macie -10% na cały sklep do niedzieli', 'pl-PL', 'instagram'),
    ('Każda paczka od nas jest pakowana ręcznie', 'pl-PL', 'instagram'),
    ('Sepette %20 indirim! Kod KIS20 ile tüm ürünlerde geçerli', 'tr-TR', 'instagram'),
    ('Mua 2 tặng kèm 1 son mini, shop gửi tặng kèm túi xinh cho mọi đơn', 'vi-VN', 'tiktok'),
    ('Thương hiệu Việt, sản xuất tại Đà Lạt, tặng kèm hộp quà cho khách', 'vi-VN', 'tiktok'),
    ('Cek keranjang kuning ya kak, stok terbatas', 'id-ID', 'tiktok'),
    ('Pakai kode HEMAT10 untuk diskon ongkir di toko kami', 'id-ID', 'tiktok'),
    ('Paket dikirim dari Bandung setiap hari kerja', 'id-ID', 'instagram'),
    ('ร้านเราส่งของทุกวัน ปักตะกร้าได้เลยค่ะ', 'th-TH', 'tiktok'),
    ('แบรนด์ไทยแท้ ผลิตในเชียงใหม่ ส่งฟรีทั่วประเทศ', 'th-TH', 'tiktok'),
    ('品牌官方旗舰店，下单送小样，满199包邮', 'zh-SG', 'instagram'),
    ('当店オリジナルブランドのマグカップ、ギフト包装承ります', 'ja-JP', 'instagram'),
    ('브랜드 공식 스토어에서 구매하시면 사은품을 드려요', 'ko-KR', 'instagram'),
    ('الماركة الأصلية متوفرة الآن، استخدم كود SALE10 للخصم', 'ar-SA', 'instagram'),
    ('Hamara brand 2010 se handmade kurtas bana raha hai, code DIWALI10 use karein', 'hi-IN', 'instagram'),
    ("#ad The brand sent me their whole new lip range and I'm honestly in love", 'en-US', 'instagram'),
    ('Paid partnership with Lumen. The brand sent me their new lamp to try', 'en-US', 'instagram'),
    ('이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.', 'ko-KR', 'instagram'),
    ('As an Amazon Associate I earn from qualifying purchases. My favourite kitchen scale', 'en-US', 'instagram'),
    ('Thanks @anna for sending this in! Loving your cosy reading corner', 'en-US', 'instagram'),
    ('The brand just sent us a fresh batch of the linen aprons, restocked now', 'en-US', 'instagram'),
    ('Become an affiliate: get your affiliate link in two minutes', 'en-US', 'instagram'),
    ('Affiliate link in bio — I earn a small commission at no extra cost to you', 'en-US', 'instagram'),
    ('アフィリエイト広告を利用しています。おすすめのマグカップ', 'ja-JP', 'instagram'),
    ('メーカーから直接届きます。送料無料', 'ja-JP', 'instagram'),
    ('본사에서 제공하는 정품 보증서 포함, 브랜드에서 제공하는 사은품도 드려요', 'ko-KR', 'instagram'),
    ('厂家寄来的新货到啦，品牌赠送小样', 'zh-SG', 'instagram'),
    ('ทางแบรนด์ส่งให้ลูกค้าฟรี ลูกค้าได้รับสินค้าจากแบรนด์โดยตรง', 'th-TH', 'tiktok'),
    ('هدية من الشركة مع كل طلب، الشركة أرسلت الطلبات اليوم', 'ar-SA', 'instagram'),
    ('May pa-freebie kami sa unang 50 orders!', 'fil-PH', 'tiktok'),
    ('Paket dikirim dari @tokokulit setiap hari, dapatkan hampers cantik dari @tokokulit', 'id-ID', 'tiktok'),
    ('Firma siparişleri aynı gün gönderdi, firmadan gelen ürünler orijinaldir', 'tr-TR', 'instagram'),
    ('Firma wysłała już wszystkie zamówienia, dotarła dostawa od producenta', 'pl-PL', 'instagram'),
    ('Thương hiệu tặng anh chị khách hàng voucher, được bên shop tặng kèm túi', 'vi-VN', 'tiktok'),
    ('Omaggio dal brand per ogni ordine sopra 50 euro', 'it-IT', 'instagram'),
    ('Das Foto wurde uns von einer Kundin zur Verfügung gestellt, danke!', 'de-DE', 'instagram'),
    ('Zawadi kutoka kampuni kwa kila oda wiki hii', 'sw-KE', 'instagram'),
    ('Het merk heeft ons deze week nieuwe voorraad gestuurd', 'nl-NL', 'instagram'),
    ('Me llegaron desde China en diez días, muy rápido', 'es-ES', 'instagram'),
    ('Not sponsored, opinions are my own — I just really love this kettle', 'en-US', 'instagram'),
    ('Our brand ambassador Maya shows how to layer the linen set', 'en-US', 'instagram'),
    ('Opinions are my own: this is the best way to fold a fitted sheet', 'en-US', 'instagram'),
    ('Magnetic spice rack — no more painful searching through cupboards', 'en-US', 'instagram'),
    ('No more painful waiting for the kettle: boils in 60 seconds', 'en-US', 'instagram'),
    ('Azeite extravirgem e leite fresco, direto da fazenda toda noite', 'pt-BR', 'instagram'),
    ('Visitez notre site, livraison offerte sur les bougies', 'fr-FR', 'instagram'),
    ('Aceite de oliva virgen extra, ideal para ensaladas y tostadas', 'es-ES', 'instagram'),
    ('Raw honey from our own hives, lovely in tea on a cold morning', 'en-US', 'instagram'),
    ('这双鞋穿一天脚也不痛，柔软舒适', 'zh-SG', 'instagram'),
    ('Kräutertee-Mischung mit Minze und Zitronengras, 100 g lose', 'de-DE', 'instagram'),
    ('Tisana alla camomilla e miele, perfetta dopo cena', 'it-IT', 'instagram'),
    ('Our kettle will never come back to the old design, we love the new one', 'en-US', 'instagram'),
    ("Il reste des places pour l'atelier de samedi, inscrivez-vous", 'fr-FR', 'instagram'),
    ('Thank you all for the lovely gift orders this Christmas! Use code NEWYEAR10 for 10% off', 'en-US', 'instagram'),
    ('Thanks for shopping small 💕 use code THANKYOU10 on your next order', 'en-US', 'instagram'),
    ('Thank you for 10k followers! To celebrate, code PARTY10K gives 20% off sitewide', 'en-US', 'instagram'),
    ('Thanks to everyone who came to our market stall, code MARKET15 still works online', 'en-US', 'instagram'),
    ('Danke für eure Bestellungen! Mit dem Code DANKE10 spart ihr beim nächsten Einkauf', 'de-DE', 'instagram'),
    ("Merci pour vos commandes ! Code MERCI10 valable jusqu'à dimanche", 'fr-FR', 'instagram'),
    ('Gracias por vuestros pedidos, con el código GRACIAS10 tenéis un 10%', 'es-ES', 'instagram'),
    ('Grazie per gli ordini, codice GRAZIE10 valido fino a domenica', 'it-IT', 'instagram'),
    ('Obrigada pelas compras! Cupom VOLTE10 para a próxima', 'pt-BR', 'instagram'),
    ('Dziękujemy za zamówienia! Z kodem DZIEKI10 macie -10% na kolejne', 'pl-PL', 'instagram'),
    ('Siparişleriniz için teşekkürler, KIS10 koduyla %10 indirim', 'tr-TR', 'instagram'),
    ('Cảm ơn cả nhà đã ủng hộ shop, nhập mã SHOP10 giảm 10%', 'vi-VN', 'tiktok'),
    ('Terima kasih udah belanja di toko kami, pakai kode TOKO10 ya', 'id-ID', 'tiktok'),
    ('ขอบคุณลูกค้าทุกท่านค่ะ ใช้โค้ด SHOP10 ลด 10%', 'th-TH', 'tiktok'),
    ('谢谢大家的支持，新年优惠码NY10打九折', 'zh-SG', 'instagram'),
    ('شكراً لكم على ثقتكم، استخدموا كود SHOP10 للخصم', 'ar-SA', 'instagram'),
    ('Asante kwa kununua nasi! Tumia code DUKA10 upate punguzo', 'sw-KE', 'instagram'),
    ('Thank you for your orders! Use code DIWALI10 for 10% off', 'hi-IN', 'instagram'),
    ('Gift wrapping is free this week, use code WRAP10 for 10% off gift sets', 'en-US', 'instagram'),
    ('Thank you for the gift of your time at our workshop! code CLAY10 for the next class', 'en-US', 'instagram'),
    ('Bedankt voor jullie bestellingen, met code BEDANKT10 krijg je korting', 'nl-NL', 'instagram'),
    ('Terima kasih kerana membeli, guna kod RAYA10 untuk diskaun', 'ms-MY', 'instagram'),
    ('Salamat sa inyong suporta! Gamitin ang code SALAMAT10 for 10% off', 'fil-PH', 'tiktok'),
    ('Kompresor z manometrem: ciśnienie w oponach zawsze w normie', 'pl-PL', 'instagram'),
    ('Rak serbaguna, dapur rapi dan gak stres lagi cari bumbu', 'id-ID', 'tiktok'),
    ('Suhu ruangan jadi stabil berkat kipas ini', 'id-ID', 'tiktok'),
    ('Nhiệt độ nồi ổn định, nấu cơm ngon hơn', 'vi-VN', 'tiktok'),
    ('Lastik basıncı kontrol altında, güvenli sürüş', 'tr-TR', 'instagram'),
    ('ไม่ต้องกังวลอีกเลย กระเป๋ากันน้ำ 100%', 'th-TH', 'tiktok'),
    ('My coffee routine is perfect now with this grinder', 'en-US', 'instagram'),
    ('Tak perlu risau lagi, beg ni kalis air', 'ms-MY', 'instagram'),
    ('Không còn lo bị ướt nữa với áo mưa này', 'vi-VN', 'tiktok'),
]


@pytest.mark.parametrize("text,market,target", UNDISCLOSED)
def test_undisclosed_gift_affiliate_or_personal_code_is_a_sponsorship_finding(text, market, target):
    assert "disclosure" in _families(text, target, market), text


@pytest.mark.parametrize("text,market,target", UNDISCLOSED[:12])
def test_a_disclosure_at_the_start_or_the_sponsored_switch_clears_it(text, market, target):
    # round 12: in de-DE an English "#ad" alone still discloses, with a warning naming the German label
    # (disclosure.market-label, test_quality_round12); no other disclosure finding
    found = lint_text("#ad " + text, target, market, context={"user_rules": False})
    assert not [f for f in found if f.family == "disclosure" and f.rule_id != "disclosure.market-label"]
    assert not [f for f in lint_text(text, target, market, context={"user_rules": False, "sponsored": True})
                if f.rule_id.startswith("disclosure.undisclosed") or f.rule_id == "disclosure.personal-code"]


@pytest.mark.parametrize("text,market,target", CLAIMS)
def test_claims_written_the_way_sellers_write_are_found(text, market, target):
    assert "claims" in _families(text, target, market), text


@pytest.mark.parametrize("text,market,target", CLEAN)
def test_shop_codes_gifts_restocks_and_everyday_words_stay_clean(text, market, target):
    assert _families(text, target, market) == set(), text


def test_a_visible_tag_or_a_stated_disclosure_clears_but_a_buried_tag_does_not():
    gift = "Thanks @glowlab for sending me this serum, it is lovely"
    assert "disclosure" in _families(gift, "instagram", "en-US")
    assert "disclosure" not in _families("Thanks @glowlab #ad for sending me this serum, it is lovely", "instagram", "en-US")
    assert "disclosure" not in _families(gift + ". Paid partnership with Glowlab.", "instagram", "en-US")
    assert "disclosure" in _families(gift + " #summer #skincare #ad", "instagram", "en-US")
    assert disclosed("이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.")
    assert disclosed("As an Amazon Associate I earn from qualifying purchases.")
    assert not disclosed("Affiliate link in my bio")


def test_a_pr_package_at_the_start_is_the_gift_not_the_pr_label():
    assert not starts_with_disclosure("PR package from @glowlab arrived today")
    assert not starts_with_disclosure("PR-Paket von @naturkind ist da")
    assert starts_with_disclosure("#PR @kissa_tokyo さんからいただきました")
    assert starts_with_disclosure("PR | new mugs from @studio")
    assert "disclosure" in _families("PR package from @glowlab arrived today", "instagram", "en-US")
