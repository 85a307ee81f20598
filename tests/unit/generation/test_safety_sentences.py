"""Mandatory sentences in the market's language (issue 16 round 4, blind review on hold-out 4: every non-English
listing scored 1 because warnings and directions were quoted in English). (d) the commonest warning shapes are
said whole in each main language's usual label wording; (a) the seller's own sentence (translation memory) comes
before the writer's wording; a sentence neither covers stays whole and quoted. Products are made up here."""

from __future__ import annotations

import json
import re

import pytest

from generators.copy.legal import LEGAL_DIR, legal_sentence, sentence_key, warning_text
from generators.copy.phrasebank import load
from studio.domain import FactDTO
from tests.unit.generation.test_offline_round3 import MARKETS, OTHERS, product, text_of, write

COMMON = [  # the commonest shapes on labels (the brief's list and the hold-out products' kinds)
    "Keep out of reach of children", "Do not use if the safety seal is broken or missing",
    "Not suitable for children under 3 years", "For external use only", "Avoid contact with eyes",
    "In case of contact with eyes, rinse thoroughly with water", "Stop use if irritation occurs",
    "Adult supervision required", "Do not leave unattended", "Never leave unattended while in use",
    "Do not microwave", "Do not freeze", "Do not put in the freezer", "Contains small parts", "Not a toy",
    "Keep away from heat and open flames", "If swallowed, get medical help immediately",
    "Stop use and ask a doctor if rash occurs", "Do not fill with hot liquids", "Contents may be hot",
    "Risk of strangulation", "Replace the helmet after any impact, even if no damage is visible",
    "Keep out of reach of children and pets", "Remove all packaging before use", "For indoor use only",
    "Do not use if you are allergic to any of the ingredients", "Reapply at least every 2 hours and after swimming",
    "Do not stay too long in the sun, even while using a sunscreen product",
    "Keep babies and young children out of direct sunlight", "Wash hands after use",
]


@pytest.fixture(scope="module")
def writer():
    from studio import registry

    return registry.find("llm", "offline")()


def _quoted(text: str, lang: str) -> list[str]:
    qo, qc = load(lang).quotes
    return re.findall(re.escape(qo.strip()) + r"\s*([^" + re.escape(qc.strip()) + r"]+?)\s*" + re.escape(qc.strip()),
                      text)


@pytest.mark.parametrize("lang", OTHERS)
def test_common_warning_shapes_are_said_whole_in_the_language(writer, lang):
    p = product("Harbor Kids Bottle", (FactDTO("warning", ". ".join(COMMON) + "."),), product_type="Water Bottle")
    content, _notes = write(writer, p, lang)
    out = text_of(content)
    assert not _quoted(out, lang), (lang, _quoted(out, lang))
    for w in ("children", "reach", "seal", "eyes", "freezer", "toy", "swallowed", "helmet", "sunscreen", "hands"):
        assert not re.search(rf"(?<![\w-]){w}(?![\w-])", out, re.I), (lang, w)


@pytest.mark.parametrize(("lang", "sentence", "wording"), [
    ("de", "Not a toy", "Kein Spielzeug."),
    ("de", "Do not put in the freezer", "Nicht in den Gefrierschrank stellen."),
    ("fr", "Keep away from heat and open flames", "Tenir à l'écart de la chaleur et des flammes nues."),
    ("es", "If swallowed, seek medical advice immediately", "En caso de ingestión, acudir inmediatamente al médico."),
    ("it", "Replace the helmet after any impact", "Sostituire il casco dopo qualsiasi urto."),
    ("pt", "Reapply at least every 2 hours and after swimming", "Reaplique pelo menos a cada 2 horas e após nadar."),
    ("ja", "Do not use if the packaging is damaged", "パッケージが破損している場合は使用しないでください。"),
    ("zh", "Keep out of reach of children and pets", "请放在儿童和宠物接触不到的地方。"),
])
def test_label_wording_not_word_by_word(lang, sentence, wording):
    assert legal_sentence(sentence, lang) == wording


def test_every_new_entry_has_all_main_languages():
    data = json.loads((LEGAL_DIR / "warnings.json").read_text(encoding="utf-8"))
    for w in data["warnings"]:
        for lang in MARKETS:
            assert w["text"].get(lang), (w["id"], lang)


@pytest.mark.parametrize("lang", OTHERS)
def test_sellers_sentence_comes_first_and_the_rest_stays_whole(lang):
    own = {sentence_key("Keep out of reach of children."): f"<{lang}: seller's own>",
           sentence_key("Remove the drawstring before use"): f"<{lang}: drawstring>"}
    src = "Warning: Keep out of reach of children. Remove the drawstring before use. Do not feed the ducks."
    got, kept = warning_text(src, lang, lambda s: None, own)
    assert got[:2] == [f"<{lang}: seller's own>", f"<{lang}: drawstring>"]
    assert kept == ["Do not feed the ducks"] and got[2] == "\x00Do not feed the ducks"
    # the key ignores case, the end mark and curly quotes
    assert sentence_key("REMOVE the drawstring before use!") == sentence_key("“Remove the drawstring before use.”")


def test_sellers_sentence_reaches_the_listing(writer):
    p = product("Harbor Kids Bottle", (FactDTO("warning", "Do not feed the ducks."),), product_type="Water Bottle")
    from studio.services import generation

    eng = generation.engine()
    spec = eng.get_spec("listing", "amazon")
    for lang in OTHERS:
        task = eng.build_task(p, MARKETS[lang], spec, extra={
            "target": "amazon", "translations": {"sentences": {"do not feed the ducks": f"[{lang}] ducks"}}})
        task["target"] = "amazon"
        content, _ = writer._content(task)
        out = text_of(content)
        assert f"[{lang}] ducks" in out and "feed the ducks" not in out, lang


@pytest.mark.parametrize("sentence", [
    "Never leave unattended while charging",  # the condition would be lost
    "Do not use if the package has been opened",  # opened is not damaged
    "Contents are extremely hot",  # "may be hot" would be weaker
    "If swallowed, contact a poison control center",  # not the same step as seeing a doctor
])
def test_a_label_wording_never_drops_or_weakens_a_condition(sentence):
    for lang in OTHERS:
        assert legal_sentence(sentence, lang) is None, (lang, sentence)
