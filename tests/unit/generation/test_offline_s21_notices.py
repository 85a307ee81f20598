"""Stop 21 (issue 16, writer): mandatory notices the facts engineer's certainty pass now keeps as warnings (night
driving, looking at the sun, not a car restraint / not crash-tested, not in a microwave, keep away from children,
not frost-proof) were quoted in English in non-English listings with a "safety text not in <language>" error: the
offline writer now says them in the label wording of en, de, fr, es, it, pt, ja and zh
(assets/phrasebanks/legal/warnings.json). Sentences written for this test, none copied from a hold-out."""

from __future__ import annotations

import pytest

from generators.copy.legal import legal_sentence

LANGS = ("en", "de", "fr", "es", "it", "pt", "ja", "zh")
SENTENCES = {
    "Never look directly at the sun through these lenses": None,  # not the whole sentence: stays the seller's
    "Do not look directly at the sun": "eyewear.sun",
    "Not suitable for night driving": "eyewear.night_driving",
    "Not suitable for driving at dusk or at night": "eyewear.night_driving",
    "This collar is not a car restraint": "pet.not_car_restraint",
    "Not crash-tested": "pet.not_crash_tested",
    "Never put it in a microwave": "general.no_microwave",
    "Keep away from children": "general.keep_away_children",
    "The ceramic is not frost-resistant": "general.not_frost_proof",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sentence", [s for s, v in SENTENCES.items() if v])
def test_a_mandatory_notice_is_said_in_the_language(sentence, lang):
    said = legal_sentence(sentence, lang)
    assert said, (sentence, lang)
    if lang != "en":
        assert not any(w in said.casefold() for w in ("sun ", "microwave", "children", "crash-tested", "frost-")), said


def test_a_sentence_no_entry_covers_whole_is_not_half_translated():
    assert legal_sentence("Never look directly at the sun through these lenses", "de") is None
