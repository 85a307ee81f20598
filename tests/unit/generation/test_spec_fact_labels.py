"""The spec facts the import reads since stop 18 (battery life, Bluetooth, IP code, heat limit, waterproof rating,
light output, voltage) are stated by the offline writer under a label of their own in every writer language, and
no label reads as a review rating to the claims check ("Bluetooth 5.3. IP rating: IPX4" was refused as "5.3 …
rating", 16 CFR 465, in the en-US listing of copy hold-out 6's earbuds)."""

from __future__ import annotations

import pytest

from generators.copy.phrasebank import load, supported_languages
from studio import quality

SPEC = {"battery_life": "7 h", "battery_life_case": "28 h", "connectivity": "Bluetooth 5.3", "ip_rating": "IPX4",
        "heat_limit": "260 °C", "waterproof_rating": "8,000 mm", "light_output": "600 lm", "voltage": "5 V"}
MARKET = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "ja": "ja-JP",
          "zh": "zh-CN", "hi": "hi-IN", "ar": "ar-SA", "ko": "ko-KR", "th": "th-TH", "tr": "tr-TR", "pl": "pl-PL",
          "nl": "nl-NL", "vi": "vi-VN", "id": "id-ID", "ms": "ms-MY", "sw": "sw-KE", "fil": "fil-PH"}


@pytest.mark.parametrize("lang", [x for x in supported_languages() if x in MARKET])
def test_spec_facts_have_a_label_that_is_no_review_rating(lang):
    bank = load(lang)
    for key, value in SPEC.items():
        label = bank.label(key)
        assert label and label != key.replace("_", " ").capitalize() or lang == "en", (lang, key, label)
        text = "Bluetooth 5.3. " + bank.fact_sentence(key, value)
        findings = quality.lint_content("listing", "amazon", MARKET[lang], {"title": "Earbuds", "bullets": [text],
                                                                            "description": text}, [])
        assert not [f.rule_id for f in findings if "review" in f.rule_id], (lang, key, text)
