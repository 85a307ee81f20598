"""Stop 18, copy hold-out 7 class 5: four of eight zh-SG Shopee listings were refused as English and the seller
was told only "in 'en' … nothing was stored". The gate now measures the writer's own words — the product's name
(the seller's title, with or without its brand, piece by piece) and quoted source text left out: a listing in the
market's language apart from those is stored (with a finding when detection still disagrees); one mostly in
another language stays refused, and the refusal says which sentences and what to do."""

from __future__ import annotations

import json

import pytest

from localization.detect import Detection
from studio.ports import CompletionResult
from studio.services import generation
from tests.support.gen_products import add_product

WALLET = "Brantwell Slim Bifold Wallet with RFID Blocking – Full-Grain Leather"


def _wallet(db) -> int:
    return add_product(db, "wallet-s18", title=WALLET, vendor="Brantwell", product_type="Wallet",
                       body_text="A slim bifold wallet.", facts=[
                           {"key": "material", "value": "full-grain leather", "data": {"materials": ["leather"]}},
                           {"key": "dimensions", "value": "11.5 × 9.5 × 1.8 cm"}])


def test_a_zh_listing_with_the_english_product_name_is_stored(sqlite_db):
    _wallet(sqlite_db)
    provider = generation._provider("offline")
    item = generation.prepare(sqlite_db, "wallet-s18", "zh-SG", "listing", "shopee", provider, brand_voice=False)
    out = generation.produce(item, provider)  # raised WrongLanguage ('en', confidence 1.00) at 7466ea9
    assert out.language_detected == "zh"


def _answer(monkeypatch, content: dict) -> None:
    def fake(provider, req, on_delta=None):
        return CompletionResult(text=json.dumps(content, ensure_ascii=False), provider="offline", model="m",
                                ai_generated=False)

    monkeypatch.setattr(generation, "_call", fake)


def _listing(sqlite_db, monkeypatch, title: str, description: str):
    _wallet(sqlite_db)
    provider = generation._provider("offline")
    item = generation.prepare(sqlite_db, "wallet-s18", "zh-SG", "listing", "shopee", provider, brand_voice=False)
    _answer(monkeypatch, {"title": title, "description": description})
    return item, provider


def test_a_zh_listing_with_an_unquoted_english_sentence_is_stored_with_a_finding(sqlite_db, monkeypatch):
    item, provider = _listing(
        sqlite_db, monkeypatch, "Brantwell 超薄双折钱包",
        "为您介绍Brantwell的超薄双折钱包。采用全粒面牛皮制成，带有防盗刷功能，可以保护您的银行卡。尺寸为11.5 × 9.5 × "
        "1.8厘米，轻薄便携，适合放在前裤袋或者西装内袋中。卡位充足，可以放下八张卡片和折叠的纸币。"
        "Keep away from strong magnets and water at all times please.")
    # langdetect reads a whole mixed piece either way; here it is told "English, 1.00", as it told the hold-out's
    monkeypatch.setattr(generation, "_detect", lambda text: Detection("en", 1.0))
    out = generation.produce(item, provider)
    found = [c for c in out.checks if c["rule_id"] == "generation.language-share"]
    assert found and "Keep away from strong magnets" in found[0]["message"]
    assert "studio translations" in found[0]["message"]


def test_a_listing_mostly_in_english_is_refused_with_the_sentences_and_what_to_do(sqlite_db, monkeypatch):
    item, provider = _listing(
        sqlite_db, monkeypatch, "Brantwell wallet",
        "This slim wallet keeps your cards safe and organised every single day. It is made from soft leather and "
        "fits in any pocket without a bulge. It holds eight cards and notes. 钱包。")
    with pytest.raises(generation.WrongLanguage) as exc:
        generation.produce(item, provider)
    msg = str(exc.value)
    assert "nothing was stored" in msg and "not in 'zh'" in msg
    assert "This slim wallet keeps your cards safe" in msg or "It is made from soft leather" in msg
    assert "studio translations" in msg


@pytest.mark.parametrize("text, lang, share_at_least, other", [
    ("为您介绍超薄钱包。采用牛皮制成。Do not expose the wallet to water or heat.", "zh", 0.5,
     "Do not expose the wallet to water or heat."),
    ("スリムな二つ折り財布です。本革を使用しています。Keep away from water.", "ja", 0.5, "Keep away from water."),
    ("Ce portefeuille fin est fabriqué en cuir pleine fleur. Il contient huit emplacements pour cartes. "
     "Keep it away from strong magnets and from water please.", "fr", 0.5,
     "Keep it away from strong magnets and from water please."),
])
def test_the_writers_own_share_names_the_sentences_in_another_language(text, lang, share_at_least, other):
    share, sentences = generation._other_sentences(text, lang)
    assert share >= share_at_least
    assert sentences[0] == other
