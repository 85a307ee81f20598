"""Round 7 of the offline writer (issue 16, stop 17): defect classes a native reader of th, hi, ar, sw, pl and fr
found, each fixed by a general rule and tested across languages on products made up for these tests."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import regex

from generators.copy.polish import clean_text
from localization.detect import detect_language
from studio.services import generation
from tests.support.offline_writer import MARKETS, write
from tests.support.offline_writer import product as _product
from tests.support.offline_writer import writer as writer  # the fixture

ROOT = Path(__file__).resolve().parents[3]
CHANNELS = ("instagram", "facebook", "x", "threads", "tiktok", "pinterest", "youtube")
product = functools.partial(_product, pid=11)  # the id this round's cases were written with


def _labels(lang: str) -> list[str]:
    path = ROOT / "assets" / "phrasebanks" / f"{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return sorted({v for v in data.get("labels", {}).values() if isinstance(v, str) and v})


# ------------------------------------------------------------------ (1) a label keeps its last letters and its colon

def _tails(label: str) -> list[str]:
    """The letters after each combining mark of ``label`` (น้ำหนัก → "ก"): what a pattern that takes marks for
    punctuation reads as a word of its own."""
    return [label[i + 1:] for i, ch in enumerate(label[:-1])
            if regex.match(r"\p{M}", ch) and regex.fullmatch(r"\p{L}+", label[i + 1:])]


@pytest.mark.parametrize("lang", sorted(MARKETS))
def test_a_label_is_never_cut_where_its_value_ends_like_it(lang):
    cases = [(label, tail) for label in _labels(lang) for tail in _tails(label)]
    if lang in ("th", "hi", "ar"):
        assert cases, "the language's labels have combining marks: the test must exercise them"
    for label, tail in cases:
        for text in (f"{label}: 540 {tail}.", f"{label}: 183 × 61 cm। {tail} 2", f"{label}: x {tail}"):
            out = clean_text(text, lang)
            assert out.startswith(f"{label}:"), (lang, text, out)


regex_weight = regex.compile(r"น้ำหนัก:? 540")


def test_thai_weight_and_box_labels_read_whole(writer):
    p = product("Tarn Bluetooth Speaker", [("in the box", "Speaker, USB-C cable, lanyard")], product_type="Speaker",
                grams=540)
    bullets = write(writer, p, "th")["bullets"]
    text = "\n".join(bullets)
    assert regex_weight.search(text), bullets  # "น้ำหนัก: 540" or, as a sentence since stop 22, "น้ำหนัก 540 ก."
    assert "น้ำหนั5" not in text and "กล่ลำ" not in text, bullets


def test_hindi_size_label_reads_whole(writer):
    p = product("Tarn Yoga Mat", [("dimensions", "183 x 61 cm, 4 mm thick"), ("certification", "OEKO-TEX Standard 100")],
                product_type="Yoga Mat")
    c = write(writer, p, "hi")
    assert "मा183" not in c["description"] and "माप: 183" in c["description"], c["description"]


# ------------------------------------------------------------------ (2) a Hindi text is not refused as Nepali

# what the language check saw of an offline hi-IN listing whose values stayed quoted in English (stop 16): labels
LABELS_ONLY = "सामग्री: , \nसुरक्षा: . .\nप्रमाणन: \nसामग्री: , । सुरक्षा: . .। प्रमाणन: । श्रेणी: योगा मैट।"


def test_devanagari_labels_are_not_called_nepali_for_a_hindi_market():
    det = detect_language(LABELS_ONLY)
    assert det.matches("hi"), det


@pytest.mark.parametrize("text,lang", [
    ("यो उत्पादन प्राकृतिक रबरबाट बनेको छ र यो लेटेक्स एलर्जी भएका मानिसहरूका लागि उपयुक्त छैन।", "ne"),
    ("हे उत्पादन नैसर्गिक रबरापासून बनवलेले आहे आणि लेटेक्सची ऍलर्जी असलेल्या लोकांसाठी योग्य नाही.", "mr"),
])
def test_clearly_nepali_or_marathi_is_still_not_hindi(text, lang):
    det = detect_language(text)
    assert det.lang == lang and not det.matches("hi"), det


def test_hindi_with_its_own_words_is_hindi():
    det = detect_language("यह उत्पाद प्राकृतिक रबर से बना है और लेटेक्स से एलर्जी वाले लोगों के लिए उपयुक्त नहीं है।")
    assert det.lang == "hi" and det.matches("hi"), det


def test_malay_without_a_spelling_marker_is_not_refused_as_indonesian():
    # an ms-MY FAQ of questions and product words has no word only Malay or only Indonesian spells its way
    det = detect_language("Apakah bahan produk ini? Bahan: kapsul magnesium. Cara penggunaan: ambil 2 kapsul sehari "
                          "bersama air.")
    assert det.matches("ms") and det.matches("id"), det


def test_clearly_indonesian_is_still_not_malay():
    det = detect_language("Produk ini sangat bagus, kami kirim ke rumah anda karena kualitas baik, bisa beli di toko.")
    assert det.lang == "id" and not det.matches("ms"), det


@pytest.mark.parametrize("title,ptype,facts", [
    ("Tarn Natural Rubber Yoga Mat", "Yoga Mat", [("material", "Natural rubber base, polyurethane top layer"),
                                                   ("warning", "Keep rolled when stored — avoid folding the corners.")]),
    ("Tarn Steel Water Bottle", "Water Bottle", [("material", "Double-walled 18/8 stainless steel"),
                                                  ("capacity", "750 ml")]),
    ("Tarn Linen Shirt", "Shirt", [("material", "Stonewashed European flax"), ("care", "Wash cold, line dry")]),
    ("Tarn Scented Candle", "Candle", [("material", "Coconut and soy wax blend"), ("burn time", "about 40 hours")]),
])
@pytest.mark.parametrize("kind,target", [("listing", "amazon"), ("caption", "instagram"), ("faq", "site"),
                                         ("video-script", "tiktok")])
def test_every_hindi_kind_reads_as_hindi(writer, title, ptype, facts, kind, target):
    p = product(title, facts, product_type=ptype)
    content = write(writer, p, "hi", kind, target)
    eng = generation.engine()
    text = eng.text_for_language_check(eng.get_spec(kind, target), content)
    for v in [title, "Fenwick"] + [v for _k, v in facts]:
        text = text.replace(v, " ")
    det = detect_language(regex.sub(r"“[^”]*”", " ", text))
    assert not det.lang or det.matches("hi") or det.confidence < 0.8, (det, text)


# ------------------------------------------------------------------ (4) no caption says a sentence twice

def _key(sentence: str, names: list[str]) -> str:
    for n in names:
        for w in n.split():
            sentence = sentence.replace(w, " ")
    return regex.sub(r"[\W_]+", "", sentence).casefold()


def _sentences(text: str) -> list[str]:
    return [x for x in regex.split(r"(?<=[.!?。！？।؟])\s*|\n+", text) if x.strip()]


@pytest.mark.parametrize("lang", sorted(MARKETS))
def test_a_caption_without_facts_says_nothing_twice(writer, lang):
    for title, ptype in (("Tarn Speaker", "Speaker"), ("Tarn Baby Rattle", "Toy"), ("Tarn Desk Lamp", "Desk Lamp")):
        p = product(title, product_type=ptype)
        for ch in CHANNELS:
            c = write(writer, p, lang, "caption", ch)
            # (a Pinterest hook is the pin's title: the name, not a sentence)
            parts = (c["body"], c["cta"]) if ch == "pinterest" else (c["hook"], c["body"], c["cta"])
            keys = [_key(s, [title, "Fenwick"]) for part in parts for s in _sentences(part)]
            keys = [k for k in keys if k]
            dup = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
                   if a == b or (min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 4 and (a in b or b in a))]
            assert not dup, (lang, ch, c["hook"], c["body"], c["cta"])


# ------------------------------------------------------------------ (3) a number and the noun it counts agree

@pytest.mark.parametrize("lang,text,want", [
    ("ar", "أعد وضعه كل 2 ساعات على الأقل.", "أعد وضعه كل ساعتين على الأقل."),
    ("ar", "لا تُشعلها أكثر من 12 ساعات متواصلة.", "لا تُشعلها أكثر من 12 ساعة متواصلة."),
    ("ar", "غير مناسب للأطفال دون سن 6 شهرًا.", "غير مناسب للأطفال دون سن 6 أشهر."),
    ("ar", "غير مناسب للأطفال دون سن 36 شهرًا.", "غير مناسب للأطفال دون سن 36 شهرًا."),
    ("ar", "محتويات العلبة: 60 كبسولات", "محتويات العلبة: 60 كبسولة"),
    ("ar", "تناول 3 كبسولات يوميًا", "تناول 3 كبسولات يوميًا"),
    ("pl", "W zestawie: 60 kapsułki", "W zestawie: 60 kapsułek"),
    ("pl", "120 kaps. miękkie", "120 kaps. miękkich"),
    ("pl", "3 kaps. miękkie", "3 kaps. miękkie"),
    ("pl", "Nieodpowiednie dla dzieci poniżej 3 lat.", "Nieodpowiednie dla dzieci poniżej 3 lat."),
    ("sw", "Ndani ya kisanduku: 60 vidonge", "Ndani ya kisanduku: vidonge 60"),
    ("sw", "Tumia kapsuli 2 kila siku", "Tumia kapsuli 2 kila siku"),
])
def test_counted_nouns_take_the_form_their_number_needs(lang, text, want):
    assert clean_text(text, lang) == want


@pytest.mark.parametrize("lang,source,bad", [
    ("ar", "Reapply at least every 2 hours.", "2 ساعات"),
    ("ar", "Do not burn for more than 12 hours at a time.", "12 ساعات"),
    ("ar", "Not suitable for children under 6 months.", "6 شهرًا"),
])
def test_warning_wording_counts_in_the_languages_grammar(lang, source, bad):
    from generators.copy.legal import legal_sentence

    text = legal_sentence(source, lang)
    assert text and bad not in text, text


@pytest.mark.parametrize("lang,bad", [("ar", "60 كبسولات"), ("sw", "60 vidonge"), ("pl", "60 kapsułki")])
def test_a_count_in_a_supplements_listing_agrees(writer, lang, bad):
    p = product("Tarn Magnesium 60 Capsules", [("contents", "60 capsules"), ("directions", "Take 2 capsules daily with water")],
                product_type="Dietary Supplement")
    c = write(writer, p, lang)
    text = "\n".join([c["title"], *c["bullets"], c["description"]])
    assert bad not in text, text
    if lang == "ar":
        assert "2 كبسولات" not in text, text


# ------------------------------------------------------------------ (5) a line starts with a capital

CASED = sorted(k for k in MARKETS if k not in ("ja", "zh", "ko", "th", "ar", "hi"))


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "lampe", "Lampe"), ("es", "lámpara", "Lámpara"), ("fil", "dietary supplement", "Dietary supplement"),
    ("tr", "ipek eşarp", "İpek eşarp"), ("en", "iPhone case", "iPhone case"), ("de", "mm", "mm"),
    ("en", "machine wash 40 °C\nline dry", "Machine wash 40 °C\nLine dry"),
    ("fil", "Subukan sa balat bago ang unang paggamit. itigil ang paggamit.",
     "Subukan sa balat bago ang unang paggamit. Itigil ang paggamit."),
])
def test_fields_lines_and_sentences_start_with_a_capital(lang, text, want):
    assert clean_text(text, lang) == want


def _prose(content, key=""):
    skip = {"hashtags", "image", "camera", "link", "search_terms", "language", "link_placement", "channel"}
    if isinstance(content, str):
        if key not in skip:
            yield content
    elif isinstance(content, list):
        for x in content:
            yield from _prose(x, key)
    elif isinstance(content, dict):
        for k, v in content.items():
            yield from _prose(v, k)


@pytest.mark.parametrize("lang", CASED)
def test_no_line_of_a_draft_starts_in_lower_case(writer, lang):
    for title, ptype, facts in (("Tarn Desk Lamp", "Desk Lamp", []),
                                ("Tarn Linen Dress", "Dress", [("care", "machine wash 40 °C gentle cycle, line dry")])):
        p = product(title, facts, product_type=ptype)
        for kind, target in (("listing", "amazon"), ("faq", "site"), ("video-script", "tiktok"), ("caption", "x")):
            for s in _prose(write(writer, p, lang, kind, target)):
                for line in s.split("\n"):
                    m = regex.match(r"[\s\"“„«(¿¡'‘]*(\p{L})(\S*)", line)
                    assert not m or not m.group(1).islower() or regex.search(r"\p{Lu}", m.group(2)), \
                        (lang, kind, line)
