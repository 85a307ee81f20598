"""Claims by meaning, round 3 (issue 17): the ideas hold-out 9's first run missed, with sentences written for these
tests (none taken from a hold-out): health outcomes told as a story, before/after told as time, sponsorship credited
for sending the product next to a code, no-harm-to-the-planet greenwashing, refund-if-not guarantees; and the
precision classes — a warranty term is a fact, "#1" as a size or priority, star shapes, solid bamboo goods, every
language's disclosure marker, doctor-advice disclaimers, serving advice."""

from __future__ import annotations

import pytest

from studio.quality import lint_text


def _families(text: str, target: str, market: str, **context) -> set[str]:
    context.setdefault("user_rules", False)
    return {f.family for f in lint_text(text, target, market, context=context)
            if f.severity in ("error", "warning") and f.family in ("claims", "disclosure")}


POSITIVE = [
    # health: outcome stories, relief verbs, children's protection, no more medicine
    ("en-US", "tiktok", "my dad's back pain is honestly gone after a week with this heat wrap"),
    ("en-GB", "facebook", "Three weeks in and the eczema on her hands cleared up, zero steroid creams"),
    ("en-US", "instagram", "He hasn't needed his inhaler since we switched to this diffuser oil"),
    ("en-AU", "facebook", "Give them one gummy a day and they won't catch a single cold all winter"),
    ("en-US", "youtube-title", "How This Balm Fixed My Psoriasis For Good"),
    ("de-DE", "instagram", "Meine Gelenkschmerzen sind seit dem Kurkuma-Shot einfach Geschichte"),
    ("de-DE", "tiktok", "Migräne? Bei meiner Schwester nicht mehr, seit sie die Tropfen nimmt"),
    ("fr-FR", "instagram", "Depuis ce baume, plus aucune migraine le soir"),
    ("es-MX", "facebook", "Jarabe que alivia la tos de los niños en una noche"),
    ("es-CO", "instagram", "Protege a tu familia del dengue con esta loción"),
    ("pt-BR", "tiktok", "Meu pai tomou e a diabetes normalizou, nem precisa mais de remédio"),
    ("it-IT", "instagram", "Dopo due settimane l'emicrania è sparita"),
    ("nl-NL", "instagram", "Sinds deze thee: geen pijnstillers meer nodig"),
    ("pl-PL", "facebook", "Odkąd pije ten sok, w ogóle nie choruje"),
    ("tr-TR", "instagram", "Kremi kullandıktan sonra sırt ağrım tamamen geçti"),
    ("vi-VN", "facebook", "Dùng 1 tuần mà đau lưng của mẹ đỡ hẳn"),
    ("id-ID", "shopee-title", "Lindungi keluarga dari demam berdarah dengan lotion ini"),
    ("ms-MY", "tiktok", "Lepas sapu minyak ni, sakit pinggang terus hilang"),
    ("fil-PH", "facebook", "Nawala agad ang rayuma ni lolo, wala nang gamot"),
    ("hi-IN", "facebook", "इस चूर्ण से पापा का ब्लड प्रेशर नॉर्मल हो गया"),
    ("sw-KE", "instagram", "Linda familia yako dhidi ya malaria kwa dawa hii ya mbu"),
    ("ar-SA", "instagram", "زال ألم الظهر بعد أسبوع واحد فقط"),
    ("ja-JP", "x", "続けて2か月、血糖値が正常値に戻った"),
    ("ko-KR", "instagram", "이 차 마시고 아이가 감기에 안 걸렸어요"),
    ("zh-CN", "instagram", "贴上就退烧，宝妈必备"),
    # before/after told as time
    ("en-US", "instagram", "day 1 vs day 45 of using the serum, look at my texture"),
    ("en-GB", "instagram", "Left photo is my skin in January, right photo is now"),
    ("de-DE", "instagram", "Tag 1 und Tag 30 im Vergleich – meine Haut ist so viel klarer"),
    ("fr-FR", "tiktok", "Jour 1 / Jour 21 avec le sérum, regardez ma peau"),
    ("nl-NL", "instagram", "Dag 1 vs dag 60 met deze haarolie"),
    ("pt-BR", "instagram", "Antes x depois de 30 dias com o sérum"),
    ("pl-PL", "instagram", "Moja skóra w styczniu i teraz"),
    ("id-ID", "instagram", "Hari ke-1 vs hari ke-30 pakai serum ini"),
    ("zh-CN", "instagram", "第1天 vs 第30天，皮肤变化太大了"),
    ("ja-JP", "instagram", "1日目と28日目を比べてみました"),
    ("ko-KR", "instagram", "1일차와 60일차 피부 비교"),
    # sponsorship: a brand credited for sending the product, next to a code
    ("en-GB", "instagram", "Northfield kindly sent me this jacket, code ANNA15 saves you 15%"),
    ("en-US", "tiktok", "got sent the @brewlab grinder and wow. code MAX10"),
    ("de-DE", "instagram", "Die Lampe wurde mir von @lichtwerk zur Verfügung gestellt, Code LISA20 für 20 %"),
    ("pt-BR", "instagram", "Ganhei da @lojaverde esse kit, cupom BIA15 dá 15% off"),
    ("nl-NL", "instagram", "Dankjewel @tasjeswinkel voor dit pakketje, code EVA10 geeft 10% korting"),
    # greenwashing, guarantees
    ("es-AR", "instagram", "Bolsas que no contaminan el planeta"),
    ("tr-TR", "instagram", "Doğaya sıfır zarar veren deterjan"),
    ("vi-VN", "instagram", "Bao bì không gây hại cho môi trường"),
    ("fr-FR", "facebook", "Des cheveux plus forts en un mois, sinon on vous rembourse"),
    ("it-IT", "instagram", "Pelle più luminosa in 2 settimane o ti ridiamo i soldi"),
]

NEGATIVE = [
    # warranty terms and return terms are facts
    ("en-US", "amazon-bullet", "Includes a 3-year limited manufacturer warranty"),
    ("de-DE", "amazon-bullet", "3 Jahre Herstellergarantie"),
    ("es-MX", "amazon-bullet", "Garantía de 6 meses contra defectos de fábrica"),
    ("fr-FR", "amazon-bullet", "Garantie légale de conformité de 2 ans"),
    ("ja-JP", "amazon-bullet", "保証期間：購入日から6か月"),
    ("zh-CN", "shopee-title", "整机保修两年"),
    ("th-TH", "lazada-title", "รับประกันศูนย์ 2 ปี"),
    ("id-ID", "shopee-title", "Garansi toko 6 bulan"),
    ("ar-SA", "amazon-bullet", "ضمان لمدة سنة من الشركة"),
    ("hi-IN", "amazon-bullet", "2 साल की वारंटी"),
    ("en-GB", "shopee-title", "14-day return if the item arrives damaged"),
    # "#1" as a size, step, range or priority; star shapes; hotel class
    ("en-US", "facebook", "Customer privacy is our #1 concern."),
    ("de-DE", "amazon-title", "Flachpinsel Größe Nr. 2 bis 12"),
    ("en-US", "etsy-title", "Knitting needles No. 1 to 6, bamboo-free aluminium"),
    ("en-US", "etsy-title", "Star-shaped fairy lights, 5 m"),
    ("en-GB", "generic", "Sheets made for 5-star hotels, now for your bed"),
    # solid bamboo goods
    ("tr-TR", "amazon-title", "Bambu servis tahtası, 40 x 20 cm"),
    ("nl-NL", "amazon-title", "Bamboe snijplank met sapgeul"),
    ("pl-PL", "amazon-title", "Bambusowa deska do krojenia"),
    # disclosed posts in every language's own words
    ("pl-PL", "instagram", "#współpraca z @kawiarnia — kod OLA10 daje 10%"),
    ("tr-TR", "instagram", "#reklam @evim hediyesi, AYSE10 kodu ile %10 indirim"),
    ("ko-KR", "instagram", "[협찬] @브랜드 에게서 받은 제품, 코드 MIN10"),
    ("vi-VN", "instagram", "#quảngcáo Quà tặng từ @thuonghieu, mã LAN10 giảm 10%"),
    ("id-ID", "instagram", "#kerjasama Dikirim oleh @brandid, kode RINA10"),
    ("nl-NL", "instagram", "#samenwerking Gekregen van @merk, code SAM10"),
    ("sw-KE", "instagram", "#tangazo Zawadi kutoka @chapa, tumia code AMANI10"),
    ("hi-IN", "instagram", "#विज्ञापन @ब्रांड से मिला तोहफा, कोड RAVI10"),
    # disclaimers and doctor advice; serving advice
    ("en-US", "generic", "These statements are not intended to diagnose, treat or cure any disease."),
    ("de-DE", "generic", "Bei anhaltenden Schmerzen fragen Sie Ihren Arzt."),
    ("es-ES", "generic", "Si los síntomas persisten, consulte a su médico."),
    ("hi-IN", "generic", "किसी भी रोग के इलाज के लिए डॉक्टर से सलाह लें।"),
    ("nl-NL", "generic", "Het best gekoeld serveren"),
    ("de-DE", "generic", "Am besten gekühlt servieren"),
    # time and story words in innocent copy
    ("en-GB", "instagram", "Day 1 to day 3 of the pottery course: bring an apron"),
    ("de-DE", "instagram", "Tag 1 bis Tag 3: Workshop im Atelier"),
    ("en-US", "instagram", "The parcel was sent by courier. Code SHIP5 gives 5% off"),
    ("en-US", "instagram", "Use code HELLO10 for 10% off your first order from our shop"),
    ("en-GB", "instagram", "Say goodbye to frizz-free? No: say hello to our new linen range"),
    ("en-US", "instagram", "You won't get a cold brew this smooth anywhere else"),
    ("ko-KR", "instagram", "무릎 담요 너무 좋아요"),
    ("ms-MY", "instagram", "Tekanan air baik untuk pancuran ini"),
    ("vi-VN", "facebook", "Cảm ơn mọi người đã ủng hộ, mẫu này hết hàng rồi"),
    ("th-TH", "lazada-title", "ราคาปกติ 590 บาท"),
    ("pt-BR", "instagram", "A panela de pressão acabou de chegar na loja"),
]


@pytest.mark.parametrize(("market", "target", "text"), POSITIVE)
def test_round3_construction_is_caught(market, target, text):
    assert _families(text, target, market), f"{text!r} ({market}) passed clean"


@pytest.mark.parametrize(("market", "target", "text"), NEGATIVE)
def test_round3_hard_negative_is_clean(market, target, text):
    sponsored = text.startswith(("#", "["))
    found = lint_text(text, target, market, context={"user_rules": False, "sponsored": sponsored})
    bad = [(f.rule_id, text[f.start:f.end]) for f in found
           if f.severity in ("error", "warning") and f.family in ("claims", "disclosure")]
    assert not bad, f"{text!r} ({market}) flagged: {bad}"
