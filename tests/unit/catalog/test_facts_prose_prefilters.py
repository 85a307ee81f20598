"""Facts from prose, pre-filters (issue 14 speed): each shortcut that lets a reader skip a text gives the facts the
reader would have found by running on it.

The shortcuts: the guard scan by runs of word characters; the unit pre-filter of the number readers; the whole-text
pre-search of the sentence readers (care, warning, cross-selling, directions); the age pre-filter; labelled keys
whose prose reading ``extract_facts`` would drop; the per-line memo of labelled lines; (stop 20) the literal
pre-checks of the ingredients and weak-warning-heading patterns and the last text's casefold kept for the guards.
Each test compares with the same code with the shortcut switched off, over both labelled corpora, their titles, the
bench bodies and edge cases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.make_catalog import real_shopify_rows, shopify_rows
from studio.importers import facts
from studio.importers import facts_prose as fp
from studio.importers.html import html_to_text

ROOT = Path(__file__).resolve().parents[3]
EDGE = [
    "", "5 ml", "5ml.", "5 - mAh", "10\u00a0000 mAh", "Take 2 capsules daily.", "TAKE 1 TABLET DAILY WITH FOOD",
    "Use within 6 months of opening", "Apply evenly to clean skin.", "開封後6ヶ月以内にお使いください。", "1日2粒を目安に",
    "ages 3+", "Ab 3 Jahren", "from birth", "dès 3 ans", "not for children under 3", "Warning: hot.", "Pairs well with our mug.",
    "Material: 100% cotton\nMaterial: wool\nCare: machine wash\nCare: hand wash", "Weight: n/a\nWeight: 2 kg",
    "Großbritannien GROSSBRITANNIEN", "fibre de verre", "200 g/m² ＣＭ 20 x 30 ｃｍ", "２０ x ３０ cm", "3 W, 2 kW, 5Wh",
    # the spec readers (stop 18)
    "Up to 7 h playback, 28 h with the case", "Laufzeit bis zu 45 Minuten", "連続再生時間：最大8時間", "IPX4, IP67防水",
    "Oven-safe up to 260 °C", "オーブン使用可（250℃まで）", "Waterproof to 8,000 mm", "600 lm, 80 lux", "100–240 V, 3.7V",
    # stop 20: the literal pre-checks of ingredients and weak warning headings, the two-character unit prefixes
    "İNCİ: Aqua, Glycerin", "INGREDİENTS: sugar, salt", "Zutaten\nZucker, Salz", "成分：水、グリセリン",
    "İMPORTANT: do not exceed the stated dose.", "Wichtig: nicht für Kinder unter 3 Jahren.", "重要：请勿放入微波炉",
    "5000-mAh battery, 18 Wh", "2 kg and 3 kW", "10 Kw heater", "7 wh", "0.5 kg, 23 x 13 x 8 cm",
]


def _texts() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(t, None) for t in EDGE]
    for name in ("facts_corpus.jsonl", "facts_holdout.jsonl", "facts_holdout_s18.jsonl", "facts_holdout_s19.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                e = json.loads(line)
                out += [(html_to_text(e["text"]), e.get("title")), (e.get("title") or "", None)]
    for rows in (shopify_rows(2_000), real_shopify_rows(2_000)):
        out += [(html_to_text(r[2]), r[1]) for r in rows if r[2]]
    return out


TEXTS = _texts()


@pytest.fixture
def no_shortcuts(monkeypatch):
    """Every reader runs on every text, as before the pre-filters."""
    def switch_off() -> None:
        monkeypatch.setattr(fp, "_UNITS", {})
        monkeypatch.setattr(fp, "_AGE_PRE_G", None)
        monkeypatch.setattr(fp, "_in_text", lambda rx: None)
        monkeypatch.setattr(fp._USAGE_IN_TEXT, "found", lambda text: True)
        monkeypatch.setattr(fp, "_MEMO", {})
        monkeypatch.setattr(fp, "_INGR_MAY", re.compile(""))
        monkeypatch.setattr(fp, "_WARN_WEAK_MAY", re.compile(""))
        monkeypatch.setattr(fp, "_fold", str.casefold)
    return switch_off


def _prose_all() -> list:
    return [fp._extract_prose(t, title) for t, title in TEXTS]


def test_prose_prefilters_change_no_fact(no_shortcuts):
    fast = _prose_all()
    no_shortcuts()
    assert _prose_all() == fast


def test_guard_scan_finds_every_guard_the_text_holds():
    words = sorted({g for obj in fp._ALL_GUARDED for g in obj._guards if g})
    for t, title in TEXTS:
        for text in (t, title or ""):
            folded = text.casefold()
            found = fp._guard_words(folded)
            held = {g for g in words if g in folded}
            assert {g for g in words if any(w.startswith(g) for w in found)} == held, text


def test_extract_facts_skipping_labelled_keys_is_the_full_reading(monkeypatch):
    fast = [facts.extract_facts(t, title) for t, title in TEXTS]
    real = fp.extract_prose
    monkeypatch.setattr(fp, "extract_prose", lambda text, title=None, *, skip=frozenset(), name=None: real(text, title, name=name))
    assert [facts.extract_facts(t, title) for t, title in TEXTS] == fast


def test_labelled_lines_memo_gives_each_fact_its_own_data():
    text = "• Dimensions: 20 x 10 x 5 cm\n• Material: 95% cotton, 5% elastane"
    first = facts.extract_facts(text)
    first[0].data["cm"].append(99)
    first[1].data["materials"].append("silk")
    again = facts.extract_facts(text)
    assert again[0].data["cm"] == [20, 10, 5]
    assert "silk" not in again[1].data["materials"]
    facts._LINE_MEMO.clear()
    assert facts.extract_facts(text) == again


@pytest.mark.parametrize("pattern", [r"(?i)^take\b\s+(?=\d)x", r"(?:|[:：]\s*)apply\s+(?:\d|a)", r"a?b|c*d|e{0,2}f"])
def test_existence_pattern_finds_whatever_the_pattern_finds_in_a_sentence(pattern):
    import regex

    rx = regex.compile(pattern)
    loose = fp._in_text(rx)
    assert loose is not None
    for sentence in ("take 5x", "TAKE 5x", ": apply 2 drops", "apply a", "b", "xxd", "eef", "f"):
        if rx.search(sentence):
            assert loose.search(f"Before. {sentence} after"), sentence


def test_a_label_written_with_a_turkish_i_is_read_without_a_crash():
    """``re``'s IGNORECASE matches "İ"/"ı" for "i", whose ``lower()`` is no label key: the labelled-line reader
    raised KeyError on "İNGREDİENTS:" (an import of such a description failed); the line is now no label and the
    prose reader takes the list."""
    got = {f.key: f.value for f in facts.extract_facts("İNGREDİENTS: sugar, salt")}
    assert got.get("ingredients") == "sugar, salt", got
    assert facts.extract_facts("ıngredients: sugar, salt") == []  # no label, and no prose reader takes "ı" for "i"
