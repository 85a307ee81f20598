"""Round 13's sponsorship check set (issue 17, disclosure family): 96 texts in 20 languages written by the round's
disclosure engineer BEFORE the engine ran on them — 46 undisclosed relationships told by implication (a brand that
invited / paid the trip / arranged everything, a brand that sent a gift or a PR box, "my friends at <brand>" with a
code, a code the brand gave, buying through the creator's link / storefront / yellow basket supports the creator) and
50 clean look-alikes (the same relationship disclosed in the market's own form, "not sponsored, bought it myself",
a link with no relationship, a shop's own promo code and basket, a shop thanking its customers, a gift from family).

It is NOT a hold-out: its author also tunes the rules. Its first-run figures (at the commit recorded in
docs/readme/quality.md) are the author's honest check before tuning; every figure after that is in-sample.
Not named holdout*.jsonl on purpose: the classifier's trainer and the corpus scans read only those.

    python tests/corpus/make_sponsorship13.py      # writes sponsorship13.jsonl next to this script
"""

from __future__ import annotations

import json
from pathlib import Path

V = [  # (text, target, market, what the relationship is)
    ("Flew out to Lisbon with the lovely team at @solstice_skin — they arranged literally everything 🥹 The new SPF serum is 🔥, 20% off with AVA20", "instagram", "en-US", "trip arranged by the brand + code"),
    ("The folks at Kettlebrew sent me their new pour-over kit and honestly I'm obsessed. Grab yours with code MIKE15 ☕", "tiktok", "en-US", "brand sent it + code"),
    ("Everything I use is in my storefront (link below) — buying through it supports the channel at no extra cost to you", "youtube-description", "en-US", "storefront supports the channel"),
    ("Big thanks to my friends at Trailpeak for making this trip happen! Use TRAIL10 at checkout", "instagram", "en-GB", "friends at brand + trip + code"),
    ("PR box day!! 📦 Unboxing the whole autumn collection from @velvetbloom — swatches in stories, code BELLA gets you 15% off", "instagram", "en-US", "PR box + code"),
    ("Invitée par @maisonlumiere à découvrir leur nouvelle gamme à Marseille ✨ Tout était organisé par la marque, merci ! Code CLARA10 pour -10 %", "instagram", "fr-FR", "invited, organised by the brand + code"),
    ("Reçu en cadeau de la part de @biofleur 🌸 je vous mets le lien dans ma bio, avec mon code JULIE15", "instagram", "fr-FR", "gift from a handle + my code"),
    ("Si vous passez par mon lien pour commander, ça m'aide énormément 🙏 tout est sur ma vitrine", "tiktok", "fr-FR", "my link helps me"),
    ("Die Jungs von @bergwerk_outdoor haben mir die neue Jacke zur Verfügung gestellt – mit TOBI20 bekommt ihr 20 % Rabatt 🏔️", "instagram", "de-DE", "provided by the brand + code"),
    ("Über meinen Link im Profil kaufen und ihr unterstützt mich, ohne dass es euch mehr kostet 💛 Alle Produkte aus dem Video dort", "tiktok", "de-DE", "my link supports me"),
    ("Die Reise nach Mallorca wurde von @sonnenhotel bezahlt 🌴 Buchen mit Code SOMMER für 10 % weniger", "instagram", "de-DE", "trip paid by a handle + code"),
    ("La marca me invitó a conocer su fábrica en Valencia y me regalaron el nuevo perfume 😍 con mi código LUCIA10 tenéis descuento", "instagram", "es-ES", "brand invited + gift + my code"),
    ("Me llegó este regalito de @cremasnube 💕 link en mi perfil para comprarlo", "instagram", "es-MX", "gift from a handle + link"),
    ("Si compras por mi enlace me ayudas un montón a seguir haciendo vídeos 🙏", "tiktok", "es-ES", "my link helps me"),
    ("Grazie ai miei amici di @pastificio_sole per questo pacco meraviglioso! Con il codice GIULIA15 avete lo sconto", "instagram", "it-IT", "friends at brand + parcel + code"),
    ("Viaggio offerto da @hotelmare, hanno pensato a tutto loro 🌊 link in bio per prenotare", "instagram", "it-IT", "trip offered by a handle + link"),
    ("Ganhei da @belezaviva esse kit lindo 😍 usem meu cupom ANA10 no site", "instagram", "pt-BR", "gift from a handle + my coupon"),
    ("Comprando pelo link da minha loja você me ajuda a continuar criando conteúdo 💚", "tiktok", "pt-BR", "my storefront link helps me"),
    ("Mocht van @koffiebar_amsterdam hun nieuwe bonen proberen, ze stuurden me een heel pakket! Met EMMA10 krijg je 10% korting", "instagram", "nl-NL", "brand sent a parcel + code"),
    ("Via de link in mijn bio bestellen = mij steunen, dank je wel lieverds ❤️", "instagram", "nl-NL", "my link supports me"),
    ("Marka zaprosiła mnie na weekend do Zakopanego i wszystko opłaciła 🏔️ z kodem KASIA15 macie rabat", "instagram", "pl-PL", "brand invited and paid + code"),
    ("Kupując przez mój link wspieracie mój kanał 🙏 link w opisie", "youtube-description", "pl-PL", "my link supports my channel"),
    ("@guzellikdunyasi bana bu seti hediye olarak gönderdi 💝 kodum ELIF20 ile %20 indirim", "instagram", "tr-TR", "handle sent a gift + my code"),
    ("Profilimdeki linkten alırsanız bana çok destek olursunuz 🥰", "tiktok", "tr-TR", "my link supports me"),
    ("وصلتني هدية حلوة من @atoor_alsharq 🎁 استخدموا كود NOURA10 للخصم", "instagram", "ar-SA", "gift from a handle + code"),
    ("دعتني الشركة لحضور الإطلاق في دبي وتكفلت بكل شيء ✈️ الرابط في البايو", "instagram", "ar-AE", "the company invited and paid + link"),
    ("@glowveda वालों ने मुझे ये पूरा स्किनकेयर सेट भेजा है 😍 मेरे कोड PRIYA10 से 10% छूट पाएं", "instagram", "hi-IN", "handle sent it + my code"),
    ("मेरे लिंक से खरीदोगे तो चैनल को सपोर्ट मिलेगा 🙏 लिंक डिस्क्रिप्शन में", "youtube-description", "hi-IN", "my link supports the channel"),
    ("ขอบคุณ @skinlab_th ที่ส่งของขวัญมาให้นะคะ 💕 ใช้โค้ด MAY15 ลด 15%", "instagram", "th-TH", "thanks a handle for a gift + code"),
    ("กดสั่งผ่านตะกร้าของเราได้เลยนะคะ ช่วยสนับสนุนช่องด้วย 🛒", "tiktok", "th-TH", "basket supports the channel"),
    ("Được nhãn hàng mời đi Đà Lạt trải nghiệm, bao trọn gói luôn 😍 nhập mã LINH10 giảm 10% nha", "tiktok", "vi-VN", "brand invited and paid + code"),
    ("Mọi người mua qua giỏ hàng vàng của mình là ủng hộ mình rồi đó ❤️", "tiktok", "vi-VN", "yellow basket supports me"),
    ("Dikirimin paket cantik dari @glowbeauty.id 😍 cek keranjang kuning ya, pakai kode SARI10", "tiktok", "id-ID", "parcel from a handle + basket + code"),
    ("Checkout lewat keranjang kuning di video ini ya, bantu aku biar bisa terus bikin konten 🥹", "tiktok", "id-ID", "basket helps me"),
    ("Terima kasih @kedaicantik kerana hadiahkan set ni 💕 guna kod AIN10 untuk diskaun", "instagram", "ms-MY", "thanks a handle for a gift + code"),
    ("Pinadala sa akin ng @ganda_ph itong buong set 😍 gamitin ang code JOY10 para sa discount", "instagram", "fil-PH", "handle sent it + code"),
    ("ご縁があって@hadalabさんから新作美容液をいただきました✨ 私のコードYUKI10で10%オフになります", "instagram", "ja-JP", "received from a handle + my code"),
    ("ブランドさんにご招待いただいて、ソウルの発表会に行ってきました🇰🇷 リンクはプロフから", "instagram", "ja-JP", "brand invited + link"),
    ("@glowmood 에서 보내주신 신제품 써봤어요 💕 제 코드 MINJI10 쓰시면 10% 할인", "instagram", "ko-KR", "handle sent it + my code"),
    ("제 링크로 구매해주시면 채널 운영에 큰 힘이 됩니다 🙏", "youtube-description", "ko-KR", "my link supports the channel"),
    ("感谢@花间集 寄来的礼盒🎁 用我的专属码LILY10立减10%", "tiktok", "zh-CN", "thanks a handle for a gift box + my code"),
    ("直播间小黄车上链接了，姐妹们从我这下单就是支持我❤️", "live-script", "zh-CN", "yellow basket supports me"),
    ("Asante sana @urembo_ke kwa zawadi hii nzuri 🎁 Tumia code yangu WANJIRU10 upate punguzo", "instagram", "sw-KE", "thanks a handle for a gift + my code"),
    ("Kampuni ilinialika Mombasa na kulipia kila kitu 🌴 link iko kwa bio", "instagram", "sw-KE", "the company invited and paid + link"),
    ("Not gonna lie, getting this for free from @lunawear made my week 😅 link in bio + code LUNA for 15%", "instagram", "en-US", "free from a handle + code"),
    ("Spent the weekend at @pinecabins on their dime 🌲 book through my link and you'll get a discount too", "instagram", "en-US", "stay paid by a handle + my link"),
]

C = [  # (kind, text, target, market)
    ("disclosed", "#ad Huge thanks to @kettlebrew for sending their new pour-over kit — code MIKE15 gets you 15% off ☕", "tiktok", "en-US"),
    ("disclosed", "Werbung | Die Reise nach Mallorca hat @sonnenhotel bezahlt 🌴 Mit Code SOMMER spart ihr 10 %", "instagram", "de-DE"),
    ("disclosed", "Collaboration commerciale avec @maisonlumiere ✨ invitée à Marseille pour découvrir la gamme, code CLARA10 pour -10 %", "instagram", "fr-FR"),
    ("disclosed", "Publicidad. @cremasnube me envió este regalito 💕 link en mi perfil", "instagram", "es-ES"),
    ("disclosed", "#adv Grazie a @pastificio_sole per il pacco! Codice GIULIA15 per lo sconto", "instagram", "it-IT"),
    ("disclosed", "#publi Ganhei da @belezaviva esse kit lindo, usem meu cupom ANA10", "instagram", "pt-BR"),
    ("disclosed", "#reclame | Van @koffiebar_amsterdam kreeg ik hun nieuwe bonen, met EMMA10 krijg je 10% korting", "instagram", "nl-NL"),
    ("disclosed", "#reklama Marka zaprosiła mnie na weekend do Zakopanego, z kodem KASIA15 macie rabat", "instagram", "pl-PL"),
    ("disclosed", "#işbirliği @guzellikdunyasi bu seti gönderdi, kodum ELIF20 ile %20 indirim", "instagram", "tr-TR"),
    ("disclosed", "[광고] @glowmood 에서 보내주신 신제품, 제 코드 MINJI10 쓰시면 10% 할인", "instagram", "ko-KR"),
    ("disclosed", "#PR @hadalabさんから新作美容液をいただきました✨ コードYUKI10で10%オフ", "instagram", "ja-JP"),
    ("disclosed", "#广告 感谢@花间集 寄来的礼盒🎁 专属码LILY10立减10%", "tiktok", "zh-CN"),
    ("disclosed", "#โฆษณา ขอบคุณ @skinlab_th ที่ส่งของขวัญมาให้ ใช้โค้ด MAY15 ลด 15%", "instagram", "th-TH"),
    ("disclosed", "#iklan Dikirimin paket dari @glowbeauty.id, cek keranjang kuning pakai kode SARI10", "tiktok", "id-ID"),
    ("disclosed", "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다. 제 링크로 구매하시면 큰 힘이 됩니다", "youtube-description", "ko-KR"),
    ("disclosed", "#विज्ञापन @glowveda ने ये सेट भेजा, मेरे कोड PRIYA10 से 10% छूट", "instagram", "hi-IN"),
    ("disclosed", "#إعلان وصلتني هدية من @atoor_alsharq 🎁 استخدموا كود NOURA10 للخصم", "instagram", "ar-SA"),
    ("disclosed", "#quảngcáo Được nhãn hàng mời đi Đà Lạt, nhập mã LINH10 giảm 10%", "tiktok", "vi-VN"),
    ("bought-myself", "Not sponsored — I bought this kettle with my own money after my old one died. Still love it ☕", "instagram", "en-US"),
    ("bought-myself", "Nobody paid me to say this, I just really like these boots 🥾", "tiktok", "en-US"),
    ("bought-myself", "Keine Werbung, selbst gekauft: die Jacke von Bergwerk hält seit drei Wintern 🏔️", "instagram", "de-DE"),
    ("bought-myself", "Pas sponsorisé, je l'ai acheté moi-même en soldes 🙂", "instagram", "fr-FR"),
    ("bought-myself", "Nadie me ha regalado nada, lo compré yo con mi dinero y lo recomiendo", "instagram", "es-ES"),
    ("bought-myself", "自腹で購入しました！提供ではありません。リピ確定の美容液です", "instagram", "ja-JP"),
    ("bought-myself", "내돈내산 후기입니다! 협찬 아니에요 😊", "instagram", "ko-KR"),
    ("bought-myself", "Não é publi, comprei com meu dinheiro mesmo 😂", "instagram", "pt-BR"),
    ("bought-myself", "Bukan endorse ya, beli sendiri pakai uang sendiri 😆 link produk di bio", "tiktok", "id-ID"),
    ("bought-myself", "自费购买，无任何合作，真心推荐这款面霜", "tiktok", "zh-CN"),
    ("bought-myself", "Reklam değil, kendi param ile aldım 😊", "instagram", "tr-TR"),
    ("link-only", "Full recipe is at the link in my bio 🍝", "instagram", "en-US"),
    ("link-only", "Das ganze Rezept findet ihr über den Link in meiner Bio 🍰", "instagram", "de-DE"),
    ("link-only", "Link en mi perfil para ver el tutorial completo 💇‍♀️", "instagram", "es-ES"),
    ("link-only", "ลิงก์สอนทำอยู่ในไบโอนะคะ 🍜", "instagram", "th-TH"),
    ("shop-code", "Our winter sale is live! Use code WINTER20 for 20% off everything in our shop ❄️", "instagram", "en-US"),
    ("shop-code", "Chez nous, code NOEL15 pour -15 % sur toute la boutique jusqu'à dimanche 🎄", "instagram", "fr-FR"),
    ("shop-code", "Nel nostro negozio online codice ESTATE10 per il 10% di sconto 🌞", "instagram", "it-IT"),
    ("shop-code", "Promo toko kami! Pakai kode HEMAT10 diskon 10%, klik keranjang kuning ya 🛒", "tiktok", "id-ID"),
    ("shop-code", "本店新品上架，小黄车下单满减，用券码SHOP10立减10元", "live-script", "zh-CN"),
    ("shop-code", "Shop mình đang sale, nhập mã SALE10 giảm 10% nha cả nhà 🛍️", "tiktok", "vi-VN"),
    ("shop-code", "Kedai kami ada promosi! Guna kod RAYA20 untuk diskaun 20% 🌙", "instagram", "ms-MY"),
    ("thanks-customers", "Thank you to every customer who ordered this week — you made our little bakery's month 🥐", "facebook", "en-US"),
    ("thanks-customers", "Danke an alle, die uns im Laden besucht haben! Ihr seid die Besten 💛", "instagram", "de-DE"),
    ("thanks-customers", "Asante wateja wetu wote kwa kutuunga mkono mwaka huu 🙏", "instagram", "sw-KE"),
    ("thanks-customers", "Salamat sa lahat ng bumili sa shop namin ngayong linggo! 💕", "facebook", "fil-PH"),
    ("thanks-customers", "شكراً لكل عملائنا على ثقتكم 💛 طلباتكم توصل خلال يومين", "instagram", "ar-SA"),
    ("thanks-customers", "Dziękujemy wszystkim klientom za zamówienia w tym roku 🎄", "facebook", "pl-PL"),
    ("family-gift", "My sister gave me this mug for my birthday and now I use it every morning ☕", "instagram", "en-US"),
    ("family-gift", "母からのプレゼントでもらったマグカップ、毎朝使ってます☕", "instagram", "ja-JP"),
    ("family-gift", "Gekregen van mijn oma voor mijn verjaardag 🥰", "instagram", "nl-NL"),
    ("family-gift", "दीदी ने मेरे जन्मदिन पर ये घड़ी गिफ्ट की ❤️", "instagram", "hi-IN"),
]


def rows() -> list[dict]:
    out = []
    for i, (text, target, market, note) in enumerate(V, 1):
        out.append({"id": f"sp13v-{i:03d}", "split": "sponsorship13", "family": "disclosure", "subfamily": "sponsorship",
                    "text": text, "target": target, "market": market, "facts": None, "context": {},
                    "labels": ["disclosure"], "note": note})
    for i, (kind, text, target, market) in enumerate(C, 1):
        out.append({"id": f"sp13c-{i:03d}", "split": "sponsorship13", "family": "clean", "subfamily": "clean", "text": text,
                    "target": target, "market": market, "facts": None, "context": {}, "labels": [], "note": kind})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("sponsorship13.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    rs = rows()
    print(f"{len(rs)} texts, {len({r['market'].split('-')[0] for r in rs})} languages, "
          f"{sum(1 for r in rs if not r['labels'])} clean -> {path}")
