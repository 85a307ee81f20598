"""Facts from prose, fast paths (issue 14): the guarded patterns find exactly what the full patterns find.

``facts_prose`` compiles, per text, only the terms / cue phrases whose literal guard occurs in the casefolded
text. These tests run both forms over the labelled and hold-out corpora and over hand-made edge cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.importers import facts_prose as fp
from studio.importers.html import html_to_text

ROOT = Path(__file__).resolve().parents[3]
EDGE = [
    "", "Bio-Baumwolle, biobaumwolle and bio baumwolle; Schurwolle", "LINEN-look linen linenfold lin",
    "Made in the USA. Made in U.S.A. / made in usa", "ポルトガル製、葡萄牙制造", "GOTS gots Oeko Tex OEKO-TEX® ce CE",
    "Machine wash cold. Do not tumble dry. 手洗い", "Keep out of the reach of children. Tip-over risk; tipover",
    "Pairs perfectly with our mug. See also our plates.", "Großbritannien GROSSBRITANNIEN", "綿95％（オーガニックコットン）",
]


def _texts() -> list[str]:
    out = list(EDGE)
    for name in ("facts_corpus.jsonl", "facts_holdout.jsonl", "facts_holdout_s18.jsonl", "facts_holdout_s19.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                e = json.loads(line)
                out += [html_to_text(e["text"]), e.get("title") or ""]
    return out


TEXTS = _texts()


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_materials_guarded_is_the_full_pattern():
    for t in TEXTS:
        assert _spans(fp._mat_finditer(t)) == _spans(fp._MAT_RE.finditer(t)), t


def test_certifications_guarded_are_the_full_pattern():
    for t in TEXTS:
        rx = fp._CERT_G.regex_for(t.casefold())
        assert _spans(rx.finditer(t) if rx else ()) == _spans(fp._CERT_RE.finditer(t)), t


def test_origin_guarded_is_the_full_pattern():
    for t in TEXTS:
        pats = fp._ORIGIN_G.regex_for(t.casefold())
        got = pats[0].search(t) if pats else None
        want = fp._ORIGIN_RE.search(t)
        assert (got and got.span()) == (want and want.span()), t
        got3 = pats[1].search(t) if pats else None
        want3 = fp._ORIGIN_SUFFIX_RE.search(t)
        assert (got3 and got3.span()) == (want3 and want3.span()), t


@pytest.mark.parametrize("name", ["_CARE", "_WARN", "_OTHER_PRODUCT"])
def test_cue_phrases_guarded_are_the_full_pattern(name):
    full = getattr(fp, name)
    guarded = fp._guarded_alternation(full)
    assert len(fp._alternatives(full.pattern.removeprefix("(?i)"))) > 10
    for t in TEXTS:
        rx = guarded.regex_for(t.casefold())
        for _s, _e, sent in fp._sentences(t):
            want = full.search(sent)
            got = rx.search(sent) if rx else None
            assert (got and got.span()) == (want and want.span()), sent


def test_literal_guard():
    assert fp._literal_guard(r"keep\s+out\s+of\s+(?:the\s+)?reach") == "reach"
    assert fp._literal_guard(r"tip-?over") == "over"
    assert fp._literal_guard(r"wash(?:able|ed)?\s+(?:at|cold)") == "wash"
    assert fp._literal_guard(r"[\]x]abc") == "abc"
    assert fp._literal_guard(r"(?:a|b)") == ""
    assert fp._alternatives(r"a(?:b|c)|[|]|d\|e") == ["a(?:b|c)", "[|]", r"d\|e"]


def test_memo_returns_equal_facts_that_callers_may_change():
    text = "Made in Portugal from 95% organic cotton, 5% elastane. 180 gsm. Machine wash cold."
    first = fp.extract_prose(text, "Tee")
    first[0].data["materials"].append("changed")
    first[0].data["span"][0] = -1
    again = fp.extract_prose(text, "Tee")
    assert again == fp._extract_prose(text, "Tee")
    assert "changed" not in again[0].data["materials"] and again[0].data["span"][0] >= 0
    assert again[0].data is not fp.extract_prose(text, "Tee")[0].data


def test_age_guarded_is_the_full_pattern():
    assert fp._AGE_G is not None  # the age pattern's three alternations were found
    for t in [*TEXTS, "ages 3+, not for children under 36 months", "ab Geburt; dès 3 ans; 対象年齢：3歳以上"]:
        rx = fp._AGE_G.regex_for(t.casefold())
        got = [(m.span(), m.group("neg"), m.group("birth")) for m in (rx.finditer(t) if rx else ())]
        want = [(m.span(), m.group("neg"), m.group("birth")) for m in fp._AGE_RE.finditer(t)]
        assert got == want, t
