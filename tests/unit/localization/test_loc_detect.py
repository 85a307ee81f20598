"""Language detection on a real sentence in every registry language."""

from __future__ import annotations

import pytest

from localization.detect import detect_language
from localization.markets import all_markets

SENTENCES = {
    "en": "This soft cotton T-shirt keeps you cool all summer and washes well at forty degrees.",
    "fr": "Ce t-shirt en coton doux vous garde au frais tout l'été et se lave facilement en machine.",
    "de": "Dieses weiche Baumwoll-T-Shirt hält dich den ganzen Sommer kühl und ist waschmaschinenfest.",
    "es": "Esta camiseta de algodón suave te mantiene fresco todo el verano y se lava muy fácilmente.",
    "it": "Questa maglietta di cotone morbido ti tiene fresco per tutta l'estate e si lava facilmente.",
    "nl": "Dit zachte katoenen T-shirt houdt je de hele zomer koel en is makkelijk te wassen.",
    "pl": "Ta miękka bawełniana koszulka zapewnia chłód przez całe lato i łatwo się ją pierze.",
    "pt": "Esta camiseta de algodão macio mantém você fresco durante todo o verão e é fácil de lavar.",
    "ja": "この柔らかいコットンTシャツは夏の間ずっと涼しく、洗濯機で簡単に洗えます。",
    "ko": "이 부드러운 면 티셔츠는 여름 내내 시원하고 세탁기로 쉽게 세탁할 수 있습니다.",
    "ms": "Baju-T kapas lembut ini diperbuat daripada kain berkualiti dan sangat selesa, penghantaran percuma.",
    "id": "Kaos katun lembut ini membuat Anda tetap sejuk sepanjang musim panas dan mudah dicuci, gratis ongkir.",
    "th": "เสื้อยืดผ้าฝ้ายนุ่มตัวนี้ช่วยให้คุณเย็นสบายตลอดฤดูร้อนและซักง่าย",
    "vi": "Chiếc áo thun cotton mềm mại này giúp bạn mát mẻ suốt mùa hè và dễ giặt bằng máy.",
    "fil": "Ang malambot na cotton na t-shirt na ito ay nagpapanatili sa iyong presko buong tag-araw.",
    "hi": "यह मुलायम सूती टी-शर्ट आपको पूरी गर्मी ठंडा रखती है और इसे धोना बहुत आसान है।",
    "ar": "هذا القميص القطني الناعم يبقيك منتعشا طوال الصيف ويسهل غسله في الغسالة.",
    "tr": "Bu yumuşak pamuklu tişört sizi tüm yaz boyunca serin tutar ve kolayca yıkanır.",
    "sw": "Fulana hii laini ya pamba inakuweka baridi msimu wote wa joto na ni rahisi kuifua.",
    "zh": "这件柔软的纯棉T恤让你整个夏天都保持凉爽，而且很容易清洗。",
}


def test_every_registry_language_has_a_sentence():
    assert {m.language for m in all_markets()} <= set(SENTENCES)


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_detects_registry_language(lang):
    d = detect_language(SENTENCES[lang])
    assert d.lang == lang, d
    assert not d.too_short and d.confidence >= 0.5
    assert d.matches(lang)


def test_stable_and_too_short():
    text = SENTENCES["de"]
    assert detect_language(text) == detect_language(text)
    for short in ("#sale", "OK", "", "https://example.com", "Hi 👋"):
        d = detect_language(short)
        assert d.too_short and d.lang is None and d.confidence == 0.0
    assert detect_language("ok").matches("fr")  # too short never contradicts a target


def test_zh_codes_are_mapped():
    assert detect_language("這件柔軟的純棉T恤讓你整個夏天都保持涼爽，而且很容易清洗。").lang == "zh"
