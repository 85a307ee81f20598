"""Casual clean posts (issue 17, round 6): questions to followers, thanks to customers, restock notices, plainly
stated sale end dates, shipping and opening-hours notes — in the 20 registry languages, written for this file by
engineer checks-2 (none copied from a hold-out). Training data for the offline classifier
(``tools/train_claims_model.py``): the classifier read such posts as claims. Every text is labelled clean; the
generator keeps only texts the rules pass (``--all`` keeps every text and prints the ones the rules flag).

    python tests/corpus/make_clean_casual.py      # -> tests/corpus/clean_casual.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("clean_casual.jsonl")

# language: (market, products, sentences with {p}); a product list gives each sentence two fills
TEXTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "en": ("en-US", ("linen tote", "oat mug", "walnut desk tray"), (
        "Which colour should the next {p} come in — sage or rust? Tell us below 👇",
        "Quick poll: do you use your {p} every day or only on weekends?",
        "Thank you to everyone who ordered a {p} this week, we read every message ❤️",
        "Shoutout to Priya for the photo of her {p} on the balcony, made our morning!",
        "The {p} is back in stock in all three colours.",
        "Restocked! The {p} is on the shelf again, ships Monday.",
        "Our spring sale ends Sunday at 11:59 pm, then prices go back to normal.",
        "Heads up: the shop is closed on Monday for inventory, orders ship Tuesday.",
        "Packing orders all afternoon, the {p} boxes are going out today 📦",
        "New photos of the {p} are up on the site, what do you think?",
    )),
    "de": ("de-DE", ("Leinentasche", "Keramikbecher", "Nussbaum-Tablett"), (
        "Welche Farbe wünscht ihr euch für die nächste {p}? Schreibt es in die Kommentare!",
        "Kurze Frage an euch: Benutzt ihr eure {p} täglich oder nur am Wochenende?",
        "Danke an alle, die diese Woche bestellt haben, wir freuen uns über jede Nachricht 💛",
        "Vielen Dank an Jana für das schöne Foto mit der {p}!",
        "Die {p} ist wieder da, in allen drei Farben.",
        "Wieder auf Lager: {p}, Versand ab Montag.",
        "Der Frühjahrsverkauf endet am Freitag um 18 Uhr, danach gelten die normalen Preise.",
        "Am Montag bleibt der Laden wegen Inventur geschlossen, Bestellungen gehen Dienstag raus.",
        "Heute packen wir den ganzen Nachmittag Pakete 📦",
        "Neue Fotos der {p} sind online, wie gefallen sie euch?",
    )),
    "fr": ("fr-FR", ("tote bag en lin", "mug en grès", "plateau en noyer"), (
        "Quelle couleur pour le prochain {p} : sauge ou rouille ? Dites-nous en commentaire 👇",
        "Petite question : vous utilisez votre {p} tous les jours ou seulement le week-end ?",
        "Merci à toutes celles et ceux qui ont commandé cette semaine, on lit tous vos messages 💌",
        "Merci Camille pour la jolie photo de ton {p} !",
        "Le {p} est de retour en stock dans les trois coloris.",
        "Réassort : le {p} est de nouveau disponible, expédition lundi.",
        "Les soldes de printemps se terminent dimanche à minuit, ensuite les prix reviennent à la normale.",
        "La boutique sera fermée lundi pour l'inventaire, les commandes partent mardi.",
        "On prépare vos colis tout l'après-midi 📦",
        "Nouvelles photos du {p} sur le site, qu'en pensez-vous ?",
    )),
    "es": ("es-MX", ("bolsa de lino", "taza de barro", "charola de nogal"), (
        "¿De qué color quieren la próxima {p}? ¿Verde salvia u óxido? Los leemos 👇",
        "Pregunta rápida: ¿usan su {p} diario o solo los fines de semana?",
        "Gracias a todas las personas que compraron esta semana, leemos cada mensaje 🙌",
        "Gracias, Lupita, por la foto de tu {p} en la cocina, nos encantó.",
        "La {p} ya está de nuevo en existencia en los tres colores.",
        "¡Volvió la {p}! Se envía a partir del lunes.",
        "Nuestra venta de primavera termina el domingo a las 23:59, después regresan los precios normales.",
        "El lunes cerramos por inventario, los pedidos salen el martes.",
        "Toda la tarde empacando pedidos 📦",
        "Subimos fotos nuevas de la {p}, ¿qué les parecen?",
    )),
    "it": ("it-IT", ("borsa in lino", "tazza in gres", "vassoio in noce"), (
        "Di che colore volete la prossima {p}? Salvia o ruggine? Scrivetelo nei commenti 👇",
        "Domanda veloce: usate la vostra {p} tutti i giorni o solo nel weekend?",
        "Grazie a chi ha ordinato questa settimana, leggiamo ogni messaggio 💛",
        "Grazie a Giulia per la foto della sua {p}!",
        "La {p} è di nuovo disponibile in tutti e tre i colori.",
        "Tornata in magazzino: {p}, spedizione da lunedì.",
        "I saldi di primavera finiscono domenica alle 23:59, poi tornano i prezzi normali.",
        "Lunedì il negozio resta chiuso per inventario, gli ordini partono martedì.",
        "Pomeriggio di pacchi in partenza 📦",
        "Nuove foto della {p} sul sito, che ne dite?",
    )),
    "pt": ("pt-BR", ("bolsa de linho", "caneca de cerâmica", "bandeja de nogueira"), (
        "Qual cor vocês querem para a próxima {p}? Sálvia ou ferrugem? Conta aqui 👇",
        "Pergunta rápida: vocês usam a {p} todo dia ou só no fim de semana?",
        "Obrigada a todo mundo que comprou esta semana, a gente lê cada mensagem 💛",
        "Obrigada, Bia, pela foto da sua {p}!",
        "A {p} voltou ao estoque nas três cores.",
        "Chegou reposição da {p}, envio a partir de segunda.",
        "A promoção de outono termina domingo às 23h59, depois os preços voltam ao normal.",
        "Segunda a loja fecha para inventário, os pedidos saem na terça.",
        "Tarde inteira embalando pedidos 📦",
        "Fotos novas da {p} no site, o que acharam?",
    )),
    "nl": ("nl-NL", ("linnen tas", "stenen mok", "notenhouten dienblad"), (
        "Welke kleur willen jullie voor de volgende {p}? Salie of roest? Laat het weten 👇",
        "Even een vraag: gebruiken jullie de {p} elke dag of alleen in het weekend?",
        "Dank aan iedereen die deze week bestelde, we lezen elk bericht 💛",
        "Bedankt Sanne voor de foto van je {p}!",
        "De {p} is weer op voorraad in alle drie de kleuren.",
        "Weer binnen: {p}, verzending vanaf maandag.",
        "Onze voorjaarsuitverkoop eindigt zondag om 23:59, daarna gelden de gewone prijzen.",
        "Maandag is de winkel dicht voor inventaris, bestellingen gaan dinsdag de deur uit.",
        "De hele middag pakketjes inpakken 📦",
        "Nieuwe foto's van de {p} staan online, wat vinden jullie?",
    )),
    "pl": ("pl-PL", ("lniana torba", "kamionkowy kubek", "orzechowa taca"), (
        "Jaki kolor chcecie dla następnej kolekcji? Szałwia czy rdza? Piszcie w komentarzach 👇",
        "Szybkie pytanie: używacie swojej rzeczy z naszego sklepu codziennie czy tylko w weekendy?",
        "Dziękujemy wszystkim, którzy zamówili w tym tygodniu, czytamy każdą wiadomość 💛",
        "Dzięki, Ola, za zdjęcie z naszym produktem: {p}!",
        "{p} znów dostępna w trzech kolorach.",
        "Wróciło do sklepu: {p}, wysyłka od poniedziałku.",
        "Wiosenna wyprzedaż kończy się w niedzielę o 23:59, potem wracają zwykłe ceny.",
        "W poniedziałek sklep zamknięty z powodu inwentaryzacji, zamówienia wyślemy we wtorek.",
        "Całe popołudnie pakujemy paczki 📦",
        "Nowe zdjęcia na stronie: {p}. Jak wam się podobają?",
    )),
    "tr": ("tr-TR", ("keten çanta", "seramik kupa", "ceviz tepsi"), (
        "Bir sonraki {p} hangi renkte olsun? Adaçayı mı pas rengi mi? Yorumlara yazın 👇",
        "Küçük bir soru: {p} ürününüzü her gün mü kullanıyorsunuz, sadece hafta sonu mu?",
        "Bu hafta sipariş veren herkese teşekkürler, her mesajı okuyoruz 💛",
        "Fotoğrafı için Elif'e teşekkürler, {p} çok yakışmış!",
        "{p} üç renkte yeniden stokta.",
        "{p} tekrar geldi, kargo pazartesi.",
        "Bahar indirimi pazar günü 23:59'da bitiyor, sonra fiyatlar normale dönüyor.",
        "Pazartesi sayım nedeniyle kapalıyız, siparişler salı günü kargoda.",
        "Bütün öğleden sonra paket hazırlıyoruz 📦",
        "{p} için yeni fotoğraflar sitede, nasıl buldunuz?",
    )),
    "vi": ("vi-VN", ("túi vải lanh", "cốc gốm", "khay gỗ óc chó"), (
        "Mọi người muốn {p} tiếp theo màu gì? Xanh xám hay nâu đỏ? Bình luận nhé 👇",
        "Hỏi nhanh: mọi người dùng {p} mỗi ngày hay chỉ cuối tuần?",
        "Cảm ơn mọi người đã đặt hàng tuần này, shop đọc hết tin nhắn ạ 💛",
        "Cảm ơn chị Lan đã gửi ảnh {p} xinh quá!",
        "{p} đã có hàng lại đủ ba màu.",
        "Hàng về: {p}, gửi từ thứ Hai.",
        "Đợt giảm giá mùa xuân kết thúc lúc 23:59 Chủ nhật, sau đó giá trở lại bình thường.",
        "Thứ Hai shop nghỉ để kiểm kho, đơn sẽ gửi vào thứ Ba.",
        "Cả buổi chiều đóng gói đơn hàng 📦",
        "Ảnh mới của {p} đã lên web, mọi người thấy sao?",
    )),
    "id": ("id-ID", ("tas linen", "mug keramik", "nampan kayu"), (
        "Kalian mau {p} berikutnya warna apa? Hijau sage atau cokelat bata? Tulis di komentar ya 👇",
        "Pertanyaan singkat: {p} kalian dipakai tiap hari atau cuma akhir pekan?",
        "Terima kasih untuk semua yang sudah order minggu ini, kami baca semua pesan 💛",
        "Makasih Kak Dewi sudah kirim foto {p}-nya!",
        "{p} sudah ready lagi, tiga warna.",
        "Restock {p}! Dikirim mulai Senin.",
        "Promo akhir bulan berakhir Minggu pukul 23.59, setelah itu harga kembali normal.",
        "Senin toko tutup untuk stok opname, pesanan dikirim Selasa.",
        "Seharian packing pesanan 📦",
        "Foto baru {p} sudah ada di website, gimana menurut kalian?",
    )),
    "ms": ("ms-MY", ("beg linen", "mug seramik", "dulang kayu"), (
        "Korang nak {p} seterusnya warna apa? Hijau sage atau perang? Komen kat bawah 👇",
        "Soalan ringkas: korang guna {p} setiap hari atau hujung minggu je?",
        "Terima kasih semua yang order minggu ni, kami baca setiap mesej 💛",
        "Terima kasih Kak Aina sebab kongsi gambar {p}!",
        "{p} dah ada stok semula, tiga warna.",
        "Stok baru sampai: {p}, pos mula Isnin.",
        "Jualan hujung tahun tamat Ahad jam 11.59 malam, lepas tu harga biasa.",
        "Isnin kedai tutup untuk kira stok, pesanan dihantar Selasa.",
        "Petang ni sibuk bungkus pesanan 📦",
        "Gambar baru {p} dah naik kat laman web, macam mana?",
    )),
    "fil": ("fil-PH", ("linen na bag", "ceramic mug", "kahoy na tray"), (
        "Anong kulay gusto ninyo sa susunod na {p}? Sage o kalawang? Comment kayo 👇",
        "Tanong lang po: araw-araw ba ninyong gamit ang {p} o weekend lang?",
        "Salamat sa lahat ng umorder ngayong linggo, binabasa namin lahat ng message 💛",
        "Salamat kay Ate Joy sa picture ng {p} niya!",
        "Balik stock na ang {p}, tatlong kulay.",
        "Restock: {p}, ipapadala simula Lunes.",
        "Matatapos ang sale namin sa Linggo, 11:59 ng gabi, tapos balik na sa dating presyo.",
        "Sarado ang shop sa Lunes para sa inventory, Martes ang padala ng orders.",
        "Buong hapon kaming nag-iimpake ng orders 📦",
        "May bagong pictures ng {p} sa website, ano sa tingin ninyo?",
    )),
    "sw": ("sw-KE", ("mkoba wa kitani", "kikombe cha udongo", "sinia ya mbao"), (
        "Mnataka {p} kinachofuata kiwe cha rangi gani? Kijani au kahawia? Tuandikieni hapa chini 👇",
        "Swali fupi: mnatumia {p} kila siku au wikendi tu?",
        "Asanteni wote walioagiza wiki hii, tunasoma kila ujumbe 💛",
        "Asante Wanjiru kwa picha ya {p} yako!",
        "{p} imerudi dukani kwa rangi tatu.",
        "Mzigo mpya umefika: {p}, tunatuma kuanzia Jumatatu.",
        "Ofa yetu inaisha Jumapili saa 5:59 usiku, kisha bei zinarudi kawaida.",
        "Jumatatu duka limefungwa kwa hesabu ya mali, oda zitatumwa Jumanne.",
        "Mchana wote tunafunga vifurushi 📦",
        "Picha mpya za {p} ziko kwenye tovuti, mnaonaje?",
    )),
    "ko": ("ko-KR", ("린넨 가방", "도자기 머그", "호두나무 트레이"), (
        "다음 {p} 색상 뭐가 좋을까요? 세이지 vs 러스트, 댓글로 알려주세요 👇",
        "궁금해요! {p} 매일 쓰시나요, 주말에만 쓰시나요?",
        "이번 주 주문해주신 모든 분들 감사합니다, 메시지 하나하나 다 읽고 있어요 💛",
        "{p} 사진 보내주신 지수님 감사해요!",
        "{p} 세 가지 색상 모두 재입고되었습니다.",
        "재입고 알림: {p}, 월요일부터 발송돼요.",
        "봄 세일은 일요일 밤 11시 59분에 끝나고, 이후 정상가로 돌아갑니다.",
        "월요일은 재고 정리로 휴무, 주문은 화요일에 발송됩니다.",
        "오늘 오후 내내 포장 중이에요 📦",
        "{p} 새 사진 올렸어요, 어떠세요?",
    )),
    "ja": ("ja-JP", ("リネンバッグ", "陶器のマグ", "ウォールナットのトレイ"), (
        "次の{p}は何色がいいですか？セージとラスト、コメントで教えてください👇",
        "ちょっと質問です。{p}は毎日使っていますか？週末だけですか？",
        "今週ご注文いただいた皆さま、ありがとうございます。メッセージは全部読んでいます💛",
        "{p}の素敵な写真を送ってくださったゆかさん、ありがとうございます！",
        "{p}、3色とも再入荷しました。",
        "再入荷のお知らせ：{p}、月曜日から発送します。",
        "春のセールは日曜日23時59分までです。その後は通常価格に戻ります。",
        "月曜日は棚卸しのため休業、ご注文は火曜日に発送します。",
        "午後はずっと梱包作業です📦",
        "{p}の新しい写真をサイトに載せました。いかがですか？",
    )),
    "zh": ("zh-CN", ("亚麻托特包", "陶瓷马克杯", "胡桃木托盘"), (
        "下一款{p}大家想要什么颜色？鼠尾草绿还是铁锈红？评论区告诉我们👇",
        "问一下大家：{p}是每天用还是只在周末用？",
        "谢谢这周下单的每一位朋友，每条留言我们都会看💛",
        "谢谢小林分享{p}的照片！",
        "{p}三个颜色都补货啦。",
        "补货通知：{p}，周一开始发货。",
        "春季促销周日晚上23:59结束，之后恢复原价。",
        "周一盘点休息一天，订单周二发出。",
        "整个下午都在打包📦",
        "{p}的新照片上线了，大家觉得怎么样？",
    )),
    "th": ("th-TH", ("กระเป๋าผ้าลินิน", "แก้วเซรามิก", "ถาดไม้วอลนัท"), (
        "อยากได้{p}รุ่นต่อไปสีอะไรคะ เขียวเสจหรือสีสนิม คอมเมนต์บอกกันได้เลย 👇",
        "ถามหน่อยค่ะ ทุกคนใช้{p}ทุกวันหรือแค่วันหยุด",
        "ขอบคุณทุกคนที่สั่งซื้อสัปดาห์นี้นะคะ แอดอ่านทุกข้อความเลย 💛",
        "ขอบคุณคุณพลอยที่ส่งรูป{p}มาให้ดูค่ะ",
        "{p}กลับมามีของแล้วครบสามสี",
        "ของเข้าแล้ว: {p} เริ่มส่งวันจันทร์",
        "โปรฤดูร้อนหมดเขตวันอาทิตย์ 23:59 น. หลังจากนั้นราคาปกติค่ะ",
        "วันจันทร์ร้านปิดนับสต็อก ออเดอร์จะส่งวันอังคาร",
        "บ่ายนี้แพ็กของทั้งบ่ายเลย 📦",
        "รูปใหม่ของ{p}ขึ้นเว็บแล้ว ชอบไหมคะ",
    )),
    "ar": ("ar-SA", ("حقيبة كتان", "كوب فخار", "صينية خشب الجوز"), (
        "أي لون تفضلون في {p} القادمة؟ أخضر أم بني؟ اكتبوا لنا في التعليقات 👇",
        "سؤال سريع: هل تستخدمون {p} كل يوم أم في عطلة نهاية الأسبوع فقط؟",
        "شكراً لكل من طلب هذا الأسبوع، نقرأ كل رسائلكم 💛",
        "شكراً لنورة على صورة {p} الجميلة!",
        "{p} متوفرة من جديد بثلاثة ألوان.",
        "وصلت كمية جديدة من {p}، الشحن من يوم الاثنين.",
        "تنتهي تخفيضات الربيع يوم الأحد الساعة 11:59 مساءً، بعدها تعود الأسعار كما كانت.",
        "المتجر مغلق يوم الاثنين للجرد، وتشحن الطلبات يوم الثلاثاء.",
        "نجهز الطلبات طوال فترة العصر 📦",
        "صور جديدة لـ{p} على الموقع، ما رأيكم؟",
    )),
    "hi": ("hi-IN", ("लिनन बैग", "मिट्टी का मग", "अखरोट की ट्रे"), (
        "अगला {p} किस रंग में चाहिए? सेज या रस्ट? कमेंट में बताइए 👇",
        "एक सवाल: आप {p} रोज़ इस्तेमाल करते हैं या सिर्फ़ वीकेंड पर?",
        "इस हफ़्ते ऑर्डर करने वाले सभी लोगों का शुक्रिया, हम हर मैसेज पढ़ते हैं 💛",
        "{p} की फोटो भेजने के लिए नेहा जी का धन्यवाद!",
        "{p} तीनों रंगों में फिर से स्टॉक में है।",
        "रीस्टॉक: {p}, सोमवार से शिपिंग।",
        "हमारी दिवाली सेल रविवार रात 11:59 बजे ख़त्म होगी, उसके बाद सामान्य दाम।",
        "सोमवार को स्टॉक गिनती के लिए दुकान बंद रहेगी, ऑर्डर मंगलवार को भेजे जाएँगे।",
        "पूरी दोपहर पैकिंग चल रही है 📦",
        "{p} की नई फोटो वेबसाइट पर हैं, कैसी लगीं?",
    )),
}
TARGETS = ("instagram", "facebook", "tiktok", "x", "threads")


def entries() -> list[dict]:
    out = []
    for lang, (market, products, sentences) in TEXTS.items():
        n = 0
        for i, s in enumerate(sentences):
            fills = products[:2] if "{p}" in s else products[:1]
            for j, p in enumerate(fills):
                n += 1
                out.append({"id": f"casual-{lang}-{n:03d}", "split": "clean_casual", "family": "clean",
                            "subfamily": "clean", "text": s.format(p=p), "target": TARGETS[(i + j) % len(TARGETS)],
                            "market": market, "facts": None, "context": {}, "labels": [],
                            "fold": "a" if (i + j) % 2 == 0 else "b", "note": "casual clean post (round 6)"})
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from studio.quality import lint_text

    kept = []
    for e in entries():
        fs = [f for f in lint_text(e["text"], e["target"], e["market"], context={"user_rules": False})
              if f.family in ("claims", "disclosure") and f.severity in ("error", "warning")]
        if fs:
            print(f"rules flag {e['id']}: {e['text']} -> {[f.rule_id for f in fs]}")
            if "--all" not in argv:
                continue
        kept.append(e)
    OUT.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in kept), encoding="utf-8")
    print(f"{len(kept)} texts, {len({e['market'] for e in kept})} languages -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
