"""Round 13 of issue 17, the disclosure family: a brand relationship told by implication, with a commercial pointer,
and no disclosure in the market's own form (``rules_disclosure.implied_cues``); a denied relationship is clean
(``rules_disclosure.relationship_denied``). The texts here are new wordings, not sentences of the check sets."""

from __future__ import annotations

import pytest

from studio.quality import lint_text
from studio.quality.rules_disclosure import implied_cues, relationship_denied


def _disclosure(text: str, target: str, market: str) -> list:
    return [f for f in lint_text(text, target, market, context={"user_rules": False})
            if f.family == "disclosure" and f.severity in ("error", "warning")]


UNDISCLOSED = [
    # the brand as inviter / payer / host, with a code or a link
    ("The crew at @northwind_gear flew me out to Iceland for their launch 🧊 20% off with SAMI20", "instagram", "en-US"),
    ("Die Jungs von @kaffeerad haben mir die Maschine zur Verfügung gestellt ☕ Link in der Bio", "instagram", "de-DE"),
    ("Invitée par @atelier_sable pour un week-end à Biarritz 🌊 le lien est dans ma bio", "instagram", "fr-FR"),
    ("Weekend a Firenze offerto da @villaoliva 🌿 prenotate dal link in bio", "instagram", "it-IT"),
    ("Marka zaprosiła mnie na premierę w Warszawie i opłaciła hotel 🏙️ link w bio", "instagram", "pl-PL"),
    ("Kampuni ilinialika Nairobi na kulipia hoteli 🌴 link iko kwa bio", "instagram", "sw-KE"),
    ("ブランドさんにご招待いただいて、新作発表会へ✨ リンクはプロフから", "instagram", "ja-JP"),
    ("收到@青禾茶舍寄来的新茶，真的好喝～评论区有链接", "tiktok", "zh-CN"),
    ("Được nhãn hàng mời đi Phú Quốc, bao trọn gói luôn 🏝️ nhập mã THAO10 giảm 10%", "tiktok", "vi-VN"),
    # buying through the speaker supports the speaker
    ("Every order through the link below helps keep this channel going 🙏", "youtube-description", "en-US"),
    ("Si passez par mon lien pour acheter, ça m'aide beaucoup 💛", "tiktok", "fr-FR"),
    ("Kupując przez link w opisie wspieracie mój kanał 🙏", "youtube-description", "pl-PL"),
    ("제 링크로 구매하시면 채널에 큰 힘이 됩니다", "youtube-description", "ko-KR"),
    ("小黄车已经上链接啦，从我这里下单就是支持我💕", "live-script", "zh-CN"),
    # the speaker's basket / storefront, and a brand's product in the speaker's use with a link
    ("Semua produk yang aku pakai udah ada di keranjang kuning ya 🛒", "tiktok", "id-ID"),
    ("Been loving @brightbrew cold brew lately, grab it through the link in my bio ☕", "instagram", "en-US"),
    # a brand thanked for a new product
    ("Danke @laufwerk_berlin für die neuen Laufschuhe, sitzen wie angegossen!", "instagram", "de-DE"),
    # a brand thanked by its handle for a thing: a gift
    ("Gracias @bodegasol por el vino, buenísimo 🍷", "instagram", "es-ES"),
    ("Grazie @oliopuglia per l'olio, che profumo!", "instagram", "it-IT"),
]

CLEAN = [
    # the same relationships disclosed in the market's own form
    ("#ad The crew at @northwind_gear flew me out to Iceland for their launch, 20% off with SAMI20", "instagram", "en-US"),
    ("Werbung | Die Jungs von @kaffeerad haben mir die Maschine zur Verfügung gestellt, Link in der Bio", "instagram", "de-DE"),
    ("Collaboration commerciale avec @atelier_sable : invitée à Biarritz, le lien est dans ma bio", "instagram", "fr-FR"),
    ("#广告 收到@青禾茶舍寄来的新茶，评论区有链接", "tiktok", "zh-CN"),
    ("[광고] 제 링크로 구매하시면 채널에 큰 힘이 됩니다", "youtube-description", "ko-KR"),
    ("#iklan Semua produk yang aku pakai udah ada di keranjang kuning ya", "tiktok", "id-ID"),
    # a denied relationship
    ("Not sponsored, I bought these headphones with my own money and still love them", "instagram", "en-US"),
    ("협찬 아니에요! 내돈내산 후기 남겨요", "instagram", "ko-KR"),
    ("내돈내산 후기예요! 협찬 아니에요 😊", "instagram", "ko-KR"),
    ("自腹で買ったスニーカー、履きやすくて最高。提供ではありません", "instagram", "ja-JP"),
    ("Bukan endorse, beli sendiri kok 😆", "tiktok", "id-ID"),
    # links and codes without a relationship; a shop's own basket and code; thanks to customers
    ("The full pattern is at the link in my bio 🧶", "instagram", "en-US"),
    ("Toko kami lagi promo, klik keranjang kuning dan pakai kode HEMAT15 ya", "tiktok", "id-ID"),
    ("本店小黄车上新，领券下单立减10元", "live-script", "zh-CN"),
    ("Our autumn sale is on: code AUTUMN20 for 20% off in our shop", "instagram", "en-US"),
    ("Thank you to everyone who ordered from our little shop this month 💛", "facebook", "en-US"),
    ("Thanks @mila for the lovely photo of your new mug!", "instagram", "en-US"),
    ("Thanks @mila for the photo they took of our mug", "instagram", "en-US"),
    ("Merci @claire pour ta commande, elle part demain !", "instagram", "fr-FR"),
]


@pytest.mark.parametrize(("text", "target", "market"), UNDISCLOSED)
def test_implied_relationship_without_disclosure_is_an_error(text, target, market):
    found = _disclosure(text, target, market)
    assert found, text
    # one severity policy: an undisclosed relationship is an error in every language and market
    assert any(f.severity == "error" for f in found), [(f.rule_id, f.severity) for f in found]


@pytest.mark.parametrize(("text", "target", "market"), CLEAN)
def test_disclosed_denied_or_no_relationship_is_clean(text, target, market):
    assert _disclosure(text, target, market) == [], text


def test_denial_does_not_cover_a_personal_code():
    # "not sponsored" with the speaker's own code is still a material connection
    assert not relationship_denied("Not sponsored but use my code LENA10 for 10% off")
    assert relationship_denied("Not sponsored — bought it myself")
    assert _disclosure("Not sponsored but use my code LENA10 for 10% off", "instagram", "en-US")


def test_implied_cues_name_their_idea():
    ideas = {c[0] for c in implied_cues("Every order through the link below helps keep this channel going")}
    assert "support" in ideas
    ideas = {c[0] for c in implied_cues("The crew at @northwind_gear flew me out to Iceland, code SAMI20")}
    assert "gave" in ideas
