"""Round 11 (issue 17, tuned on hold-out 20): ideas, not phrases — with fresh sentences (none from a hold-out).

1. Undisclosed brand relationships (``disclosure.brand-relationship``): a brand thanked by its handle next to what it
   gave (a package, a kit, an invitation, a stay), a product that arrived from a handle, a product the brand or maker
   sent ("vom Hersteller", "od marki", "markası hediye etti", "brand ne bheja", "الشركة بعتت"), a named code next to
   another brand's handle or "my code", an affiliate short link or "buy through my link", "part of the @brand family".
   A post that discloses ("#ad", "Werbung |", "Gifted |", "#業配", "#spon | Samenwerking …") never fires.
2. Incentivised reviews (``claims.review-incentive``): a review or rating asked for with a reward for it.
3. Precision: a superlative scoped to the shop's own history, to the speaker's own experience, or credited to a named
   testing body with its test; a before/after of an object the seller restored; a cure or a detox of a day or a
   wardrobe.
"""

from __future__ import annotations

import pytest

from studio.quality import lint_text


def _families(text: str, target: str, market: str) -> set[str]:
    return {f.family for f in lint_text(text, target, market, context={"user_rules": False})
            if f.family in ("claims", "disclosure") and f.severity in ("error", "warning")}


UNDISCLOSED = [
    # a brand thanked with what it gave
    ("Big thanks to @saltandpine for the sweet little care box, the candle smells like a forest", "en-US", "instagram"),
    ("Danke an @kaffeewerk für das tolle Paket, der Espresso ist der Hammer", "de-DE", "instagram"),
    ("Merci @atelierlune pour le joli colis reçu ce matin, je suis fan", "fr-FR", "instagram"),
    ("Gracias @solymar por la cajita sorpresa, me encantaron las velas", "es-MX", "instagram"),
    ("Grazie @oliodisicilia per il pacco, domani provo tutto", "it-IT", "instagram"),
    ("Obrigado @cafedaserra pelo presente, o café é ótimo", "pt-BR", "instagram"),
    ("Bedankt @tuinhuis voor het pakketje, de zaadjes staan al op de vensterbank", "nl-NL", "instagram"),
    ("Dziękuję @lesnazielen za paczkę, herbata pachnie obłędnie", "pl-PL", "instagram"),
    ("Tack @fjallkok för inbjudan till provsmakningen i helgen", "sv-SE", "instagram"),
    ("Teşekkürler @kahvedunyasi bu güzel kutu için, hepsi çok lezzetli", "tr-TR", "instagram"),
    ("Cảm ơn @traxanh.vn đã gửi hộp quà này nha, trà thơm lắm", "vi-VN", "instagram"),
    ("Terima kasih @kopilokal untuk hadiahnya, enak banget", "id-ID", "instagram"),
    ("Asante @chaihouse kwa zawadi hii, chai yake ni tamu sana", "sw-KE", "instagram"),
    ("شكراً @oudhouse على الهدية الحلوة، العطر رائع", "ar-SA", "instagram"),
    ("감사해요 @mintcos 선물 박스 너무 예뻐요", "ko-KR", "instagram"),
    ("感谢@山茶小铺 的礼盒,茶叶真香", "zh-CN", "instagram"),
    # arrived from a handle
    ("Mi è arrivato ieri da @scarpefelici questo paio di sneakers e non le tolgo più", "it-IT", "instagram"),
    ("Acaban de llegarme unas gafas de @miramar y son preciosas", "es-ES", "instagram"),
    # the brand or maker sent it
    ("Die Kopfhörer hab ich vom Hersteller geschickt bekommen, Klang ist super", "de-DE", "tiktok"),
    ("Ten krem dostałam od marki, ale naprawdę go polubiłam", "pl-PL", "tiktok"),
    ("Bu kulaklığı markası bana gönderdi, sesi harika", "tr-TR", "tiktok"),
    ("yeh speaker mujhe brand ne bheja tha, bass kamaal ka hai", "hi-IN", "instagram"),
    # a named code next to another brand's handle; "my code"
    ("New favourite hoodie from @northloop 🧡 code JESS12 gets you 12% off", "en-GB", "instagram"),
    ("Med min kod LINNEA15 får du 15 % rabatt hos @skonhet", "sv-SE", "instagram"),
    ("用我的码 MEIMEI 下单立减30", "zh-CN", "generic"),
    # affiliate short links and "my link"
    ("honestly the comfiest desk chair I own 👉 amzn.to/4aBcD9e", "en-US", "x"),
    ("Kaufempfehlung der Woche: meine Lieblingspfanne 👉 amzn.eu/d/7xYzQw", "de-DE", "x"),
    ("Se comprate dal mio link mi aiutate tantissimo, grazie!", "it-IT", "instagram"),
    ("mua qua link của mình nha mọi người", "vi-VN", "tiktok"),
    # part of the brand's family
    ("So happy to be part of the @trailmix family this season 🏃", "en-US", "instagram"),
]


@pytest.mark.parametrize("text,market,target", UNDISCLOSED)
def test_undisclosed_relationship_is_found(text, market, target):
    assert "disclosure" in _families(text, target, market)


DISCLOSED = [
    ("#ad Big thanks to @saltandpine for the care box, code JESS12 for 12% off", "en-US", "instagram"),
    ("Werbung | Danke an @kaffeewerk für das Paket", "de-DE", "instagram"),
    ("Gifted | a lovely box from @saltandpine arrived today", "en-GB", "instagram"),
    ("#業配 謝謝 @山茶小铺 的禮盒", "zh-TW", "instagram"),
    ("#spon | Samenwerking met @tuinhuis, met code TUIN10 krijg je 10% korting", "nl-NL", "instagram"),
    ("*Werbelink: meine Lieblingspfanne 👉 amzn.eu/d/7xYzQw", "de-DE", "x"),
]


@pytest.mark.parametrize("text,market,target", DISCLOSED)
def test_disclosed_relationship_passes(text, market, target):
    assert "disclosure" not in _families(text, target, market)


NO_RELATIONSHIP = [
    ("Thanks @maria for sharing this photo of your new mug!", "en-US", "instagram"),
    ("Use code WINTER10 in our shop for 10% off all scarves", "en-US", "instagram"),
    ("Imitación perfecta de la marca original", "es-MX", "instagram"),
    ("Gifted by @glueco: testing the new epoxy", "en-GB", "x"),  # a gift told, not labelled: still flagged
]


def test_no_relationship_no_finding():
    for text, market, target in NO_RELATIONSHIP[:2]:
        assert "disclosure" not in _families(text, target, market), text
    # "de la marca" alone is "of the brand": no relationship cue from it
    from studio.quality.rules_disclosure import relationship_cues

    assert relationship_cues(NO_RELATIONSHIP[2][0]) == []
    # "Gifted by @brand" tells the gift but is not a label at the start
    text, market, target = NO_RELATIONSHIP[3]
    assert "disclosure" in _families(text, target, market)


REVIEW_INCENTIVES = [
    ("Post a 5-star review and we'll send you a free gift with your next order", "en-US", "generic"),
    ("Wer uns 5 Sterne gibt, bekommt einen Gutschein über 5 €", "de-DE", "facebook"),
    ("Déposez un avis et recevez un bon d'achat de 5 €", "fr-FR", "facebook"),
    ("Deja tu reseña de 5 estrellas y te devolvemos el reembolso del envío", "es-ES", "generic"),
    ("Lascia una recensione e ricevi un omaggio", "it-IT", "facebook"),
    ("Deixe sua avaliação 5 estrelas e ganhe um brinde", "pt-BR", "instagram"),
    ("Kasih ulasan bintang 5 dapat voucher 20rb", "id-ID", "generic"),
    ("리뷰 남겨주시면 적립금 드려요", "ko-KR", "generic"),
    ("五星好评返现10元", "zh-CN", "generic"),
    ("اكتبوا تقييم واحصلوا على هدية", "ar-SA", "instagram"),
]


@pytest.mark.parametrize("text,market,target", REVIEW_INCENTIVES)
def test_incentivised_review_is_a_claim(text, market, target):
    assert "claims" in _families(text, target, market)


def test_review_ask_without_reward_stays_clean():
    assert "claims" not in _families("If you enjoyed it, we'd love an honest review — good or bad!", "generic", "en-US")


CLEAN = [
    # the shop's own history
    ("Our busiest week ever, thank you all for 900 orders since we opened in 2021!", "en-US", "instagram"),
    ("Il biscotto più venduto del nostro laboratorio da cinque anni", "it-IT", "instagram"),
    ("当店史上最大の在庫一掃セール", "ja-JP", "x"),
    ("Menu paling laris di toko kami minggu ini: es kopi susu", "id-ID", "instagram"),
    # the speaker's own experience
    ("The best hiking socks I've ever owned, no blisters after 20 km", "en-US", "x"),
    ("El mejor champú que he probado en años", "es-ES", "x"),
    # a named testing body with its test
    ("Testsieger bei Stiftung Warentest, Ausgabe 03/2026 (Note 1,8)", "de-DE", "amazon-bullet"),
    ("Which? Best Buy, January 2026 test of 10 kettles", "en-GB", "instagram"),
    # a makeover of an object
    ("Before and after: we restored this old oak bench and gave it a fresh coat of oil", "en-US", "instagram"),
    ("Antes y después: pintamos y restauramos esta cómoda de los 80", "es-ES", "instagram"),
    # a figure of speech
    ("The perfect cure for a rainy Sunday: our 500-piece puzzle", "en-GB", "x"),
    ("Ein Detox für deinen Schrank: Tauschbörse am Samstag", "de-DE", "instagram"),
]


@pytest.mark.parametrize("text,market,target", CLEAN)
def test_scoped_or_figurative_is_not_a_claim(text, market, target):
    assert "claims" not in _families(text, target, market)


STILL_CLAIMS = [
    ("The best serum on the market, nothing comes close", "en-US", "instagram"),
    ("Before and after 4 weeks: wrinkles visibly reduced", "en-US", "instagram"),
    ("The cure for eczema your dermatologist won't tell you about", "en-US", "instagram"),
]


@pytest.mark.parametrize("text,market,target", STILL_CLAIMS)
def test_unscoped_claims_still_flagged(text, market, target):
    assert "claims" in _families(text, target, market)


NEGATED_OR_NOT_A_CONDITION = [
    # a contraction negates the claim after it ("doesn't", "don't", "can't")
    ("To be honest, this lotion doesn't cure eczema, it just smells nice", "en-US", "instagram"),
    ("Our teas don't treat or cure anything; they taste good, that's all", "en-GB", "x"),
    # Arabic: "من المنحل" (from the apiary) is not "من الم" (from pain)
    ("زيت زيتون بكر من المزرعة مباشرة، التوصيل لكل المدن", "ar-SA", "instagram"),
    ("عسل طبيعي من المنحل إلى بيتك", "ar-SA", "instagram"),
]


@pytest.mark.parametrize("text,market,target", NEGATED_OR_NOT_A_CONDITION)
def test_negated_or_not_a_condition(text, market, target):
    assert "claims" not in _families(text, target, market)


def test_arabic_pain_still_a_condition():
    assert "claims" in _families("هذا الزيت يخفف الم الظهر", "instagram", "ar-SA")


SHOP_SUPPLY = [
    # the brand or maker supplying the shop or its customers is not a gift to the speaker
    ("The maker sent us a new batch of mugs today, back in stock", "en-US", "instagram"),
    ("Der Hersteller hat heute die neue Lieferung geschickt", "de-DE", "instagram"),
]


@pytest.mark.parametrize("text,market,target", SHOP_SUPPLY)
def test_brand_supplying_the_shop_is_not_a_relationship(text, market, target):
    assert "disclosure" not in _families(text, target, market)


def test_disclosed_gift_post_with_review_is_not_an_incentive():
    text = "#ad Thanks to the brand for this gift, my full review comes next week"
    assert "claims" not in _families(text, "instagram", "en-US")
