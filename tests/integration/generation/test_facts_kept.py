"""Facts kept (issue 16, "Gates that do not gate"): a draft that drops a product's hard fact — a number with its
unit, a certification, a model number, a mandatory warning sentence — is flagged; a listing that drops a warning
sentence is refused by approval. The model is the OpenAI-compatible provider (openai SDK) over real HTTP
against the loopback server; the offline writer's own listings must stay clean."""

from __future__ import annotations

import json

import pytest

from studio.services import drafts, facts_kept, generation, providers
from studio.services.drafts import ApprovalRefused
from tests.support.gen_products import add_product
from tests.support.llm_server import LLMServer, json_reply

WARNING = "Contains natural rubber latex — not suitable for people with a latex allergy."
FACTS = [
    {"key": "material", "value": "Natural rubber base, polyurethane top layer"},
    {"key": "dimensions", "value": "183 x 61 cm, 4 mm thick", "unit": "cm"},
    {"key": "certification", "value": "OEKO-TEX Standard 100"},
    {"key": "model", "value": "YM-400X"},
    {"key": "warning", "value": WARNING},
]


def _wording(lang: str) -> list[str]:
    """The label wording of the warning in ``lang``, read through the writers' public loader (whatever
    ``legal/warnings.json`` holds now)."""
    forms = generation.engine().warning_forms(WARNING, lang, None)
    assert all(f["text"] for f in forms), forms  # the latex warning is covered in the languages tested here
    return [f["text"] for f in forms]


def _listing_de(*, warning: bool = True, thickness: bool = True, cert: bool = True) -> dict:
    wording = " ".join(_wording("de")) if warning else ""
    return {"title": "Nordhem Yogamatte aus Naturkautschuk YM-400X",
            "bullets": ["Rutschfeste Oberfläche aus Polyurethan auf einer Basis aus Naturkautschuk.",
                        "Maße: 183 × 61 cm" + (", 4 mm dick." if thickness else "."),
                        "Zertifiziert nach OEKO-TEX Standard 100." if cert else "Schadstoffgeprüft.",
                        wording or "Für Yoga und Pilates."],
            "description": "Die Yogamatte YM-400X von Nordhem liegt fest auf dem Boden. " + wording,
            "search_terms": "yogamatte naturkautschuk rutschfest"}


@pytest.fixture
def mat(db):
    pid = add_product(db, "yoga-mat", title="Natural Rubber Yoga Mat", product_type="Yoga Mat", facts=FACTS)
    return db, pid


@pytest.fixture
def model(mat):
    srv = LLMServer().start()
    made = []

    def make(answer: dict):
        srv.script([json_reply(answer)])
        p = providers.registry.find("llm", "openai_compat")(base_url=srv.base_url, model="test-model",
                                                            api_key="sk-test", max_retries=0, timeout=10)
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()
    srv.stop()


def _kept(checks: list[dict]) -> list[dict]:
    return [c for c in checks if c.get("source") == "facts-kept"]


def test_a_model_listing_that_drops_facts_and_the_warning_is_refused(mat, model):
    db, pid = mat
    d = generation.generate_one(db, pid, "de-DE", "listing", "amazon",
                                provider=model(_listing_de(warning=False, thickness=False, cert=False)))
    found = _kept(d.latest.checks)
    facts = [c for c in found if c["rule_id"] == "generation.fact-missing"]
    assert {c["fact"] for c in facts} == {"dimensions", "certification"}, found
    assert all(c["severity"] == "warning" for c in facts)
    dims = next(c for c in facts if c["fact"] == "dimensions")
    assert dims["data"]["missing"] == "4" and "183 x 61 cm, 4 mm thick" in dims["message"]
    warns = [c for c in found if c["rule_id"] == "generation.warning-missing"]
    assert [c["data"]["wording"] for c in warns] == _wording("de") and all(c["severity"] == "error" for c in warns)
    assert "the label wording: “" + _wording("de")[0] + "”" in warns[0]["message"]
    with pytest.raises(ApprovalRefused, match="generation.warning-missing"):
        drafts.approve(db, [d.id])


def test_the_same_listing_with_its_facts_and_the_label_wording_passes(mat, model):
    db, pid = mat
    d = generation.generate_one(db, pid, "de-DE", "listing", "amazon", provider=model(_listing_de()))
    assert not _kept(d.latest.checks), d.latest.checks
    drafts.approve(db, [d.id])
    assert drafts.get_draft(db, d.id).status == "approved"


def test_a_persons_edit_that_drops_a_certification_is_flagged(mat, model):
    db, pid = mat
    d = generation.generate_one(db, pid, "de-DE", "listing", "amazon", provider=model(_listing_de()))
    edited = drafts.edit(db, d.id, {"bullets": [b.replace("OEKO-TEX Standard 100", "Öko-Standard")
                                                for b in d.latest.content["bullets"]]})
    found = _kept(edited.latest.checks)
    assert [(c["rule_id"], c["fact"], c["data"]["missing"]) for c in found] == [
        ("generation.fact-missing", "certification", "OEKO-TEX Standard 100")]


def test_a_model_number_dropped_is_flagged(mat, model):
    db, pid = mat
    answer = _listing_de()
    answer = json.loads(json.dumps(answer).replace("YM-400X", "Pro"))
    d = generation.generate_one(db, pid, "de-DE", "listing", "amazon", provider=model(answer))
    assert [c["fact"] for c in _kept(d.latest.checks)] == ["model"]


@pytest.mark.parametrize("market", ["de-DE", "ja-JP", "ar-SA", "en-US", "fr-FR", "zh-SG", "ko-KR", "th-TH", "tr-TR"])
def test_the_offline_writers_listing_keeps_every_fact(mat, market):
    db, pid = mat
    d = generation.generate_one(db, pid, market, "listing", "amazon", "offline", use_cache=False)
    assert not _kept(d.latest.checks), (market, d.latest.checks, d.latest.content)


def test_a_caption_gets_one_info_naming_what_it_leaves_out(mat, model):
    db, pid = mat
    d = generation.generate_one(db, pid, "de-DE", "caption", "instagram",
                                provider=model({"hook": "Deine neue Yogamatte ist da!",
                                                "body": "Naturkautschuk unten, Polyurethan oben: sie rutscht nicht.",
                                                "cta": "Link in der Bio.", "hashtags": ["#yoga"]}))
    found = _kept(d.latest.checks)
    assert len(found) == 1 and found[0]["severity"] == "info", found
    assert {"dimensions", "certification", "model", "warning"} <= set(found[0]["data"]["facts"])


# --------------------------------------------------------------------------- the pure check


class _Engine:
    warning_forms = staticmethod(lambda source, lang, own=None: generation.engine().warning_forms(source, lang, own))
    cert_names = staticmethod(lambda text: generation.engine().cert_names(text))


def _check(value: str, draft: str, *, key: str = "thickness", market: str = "de-DE", **fact) -> list[dict]:
    task = {"language": market.split("-")[0], "facts": [{"key": key, "value": value, **fact}]}
    return facts_kept.check(task, [("description", draft)], "listing", market, _Engine())


@pytest.mark.parametrize("value,draft", [
    ("4 mm", "Nur 4 mm dick."),
    ("4 mm", "Nur 4mm dick."),
    ("1,000 mAh", "Akku mit 1.000 mAh."),
    ("1,000 mAh", "Batterie 1 000 mAh."),
    ("1,000 mAh", "Batterie 1\u202f000 mAh."),
    ("1,000 mAh", "Batterie 1\u00a0000 mAh."),
    ("1000 mAh", "Batterie 1,000 mAh."),
    ("3.8 kg", "Gewicht 3,8 kg."),
    ("3.8 kg", "重さ３．８kg。"),
    ("3.8 kg", "الوزن ٣٫٨ كغم"),
    ("350 ml", "क्षमता ३५० मि.ली."),
    ("100% cotton, 180 g/m²", "100 % Baumwolle mit 180 Gramm pro Quadratmeter."),
    ("30 °C", "Bei dreißig Grad? Nein: bei 30 Grad waschen."),
    ("8.5 x 8.5 x 18 cm", "8,5 × 8,5 × 18 cm"),
])
def test_number_spellings_count(value, draft):
    assert not _check(value, draft), (value, draft)


@pytest.mark.parametrize("value,draft", [
    ("4 mm", "Nur 40 mm dick."),
    ("4 mm", "Nur 1,4 mm dick."),
    ("3.8 kg", "Gewicht 38 kg."),
    ("183 x 61 cm, 4 mm thick", "183 × 61 cm"),
    ("100% cotton", "Baumwolle."),
])
def test_another_number_does_not_count(value, draft):
    found = _check(value, draft)
    assert [c["rule_id"] for c in found] == ["generation.fact-missing"], (value, draft, found)


def test_converted_and_translation_memory_forms_count():
    assert not _check("40 x 40 x 62 cm", "15.7 × 15.7 × 24.4 in", market="en-US",
                      converted="15.7 × 15.7 × 24.4 in")
    task = {"language": "de", "facts": [{"key": "thickness", "value": "4 mm"}], "translations": {
        "facts": {"thickness": "0,4 cm"}}}
    assert not facts_kept.check(task, [("d", "0,4 cm dick")], "listing", "de-DE", _Engine())


def test_skipped_facts_and_shipping_weight():
    assert not _check("EUR 29.90", "", key="price")
    assert not _check("2 years", "", key="warranty")
    assert not _check("S, M, L", "", key="size")
    assert not _check("540 g", "", key="weight", **{"from": "variant"})
    assert _check("540 g", "", key="weight")


def test_certification_names_ignore_case_spaces_hyphens_and_count_aliases_once():
    assert not _check("OEKO-TEX Standard 100", "zertifiziert nach Oeko Tex® standard 100", key="certification")
    assert not _check("GOTS (Global Organic Textile Standard)", "GOTS-zertifiziert", key="certification")
    assert not _check("CE, FCC", "การรับรอง: CE FCC", key="certification", market="th-TH")
    found = _check("CE, FCC", "ce qui compte: FCC", key="certification", market="fr-FR")
    assert found and found[0]["data"]["missing"] == "CE"


def test_a_warning_sentence_in_the_tm_or_the_source_counts():
    task = {"language": "de", "facts": [{"key": "warning", "value": "Remove the drawstring before use."}],
            "translations": {"sentences": {"remove the drawstring before use": "Vor Gebrauch die Kordel entfernen."}}}
    bad = facts_kept.check(task, [("d", "Eine schöne Jacke.")], "listing", "de-DE", _Engine())
    assert [(c["rule_id"], c["severity"], c["data"]["wording"]) for c in bad] == [
        ("generation.warning-missing", "error", "Vor Gebrauch die Kordel entfernen.")]
    assert not facts_kept.check(task, [("d", "vor gebrauch die kordel entfernen")], "listing", "de-DE", _Engine())
    assert not facts_kept.check(task, [("d", "„Remove the drawstring before use.“")], "listing", "de-DE", _Engine())
    # a sentence no wording covers is checked by its numbers only (a warning, not an error)
    task = {"language": "de", "facts": [{"key": "warning", "value": "Do not stand on the chair above 110 kg."}]}
    found = facts_kept.check(task, [("d", "Ein Stuhl.")], "listing", "de-DE", _Engine())
    assert [(c["rule_id"], c["severity"]) for c in found] == [("generation.warning-missing", "warning")]
    assert not facts_kept.check(task, [("d", "Nicht über 110 kg belasten.")], "listing", "de-DE", _Engine())
