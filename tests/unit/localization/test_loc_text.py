"""Text measurement, truncation and bidi isolation (localization.text)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localization import text as T
from localization.text import (
    FSI,
    PDI,
    grapheme_len,
    graphemes,
    isolate,
    isolate_ltr_runs,
    nfc,
    truncate,
    utf8_len,
    utf16_len,
    word_boundaries,
    x_weighted_len,
)

FAMILY = "👩\u200d👩\u200d👧\u200d👦"  # one grapheme, 7 code points, 11 UTF-16 units
THUMB = "👍🏽"


def test_counts_match_platform_specs_examples():
    # platform-specs.md D: "The emoji 👍🏽 is 8 bytes, 4 UTF-16 units and 1 grapheme"
    assert (grapheme_len(THUMB), utf16_len(THUMB), utf8_len(THUMB)) == (1, 4, 8)
    # platform-specs.md D: "Tiếng Việt" is 14 UTF-16 units in NFD vs 10 in NFC — we count NFC
    nfd = unicodedata.normalize("NFD", "Tiếng Việt")
    assert len(nfd) == 14 and utf16_len(nfd) == 10 and nfc(nfd) == "Tiếng Việt"
    assert grapheme_len(FAMILY) == 1 and utf16_len(FAMILY) == 11
    assert utf8_len("مرحبا") == 10 and utf8_len("สวัสดี") == 18  # Arabic 2 B, Thai 3 B per char


def test_x_weighted_length_rules():
    assert x_weighted_len("hello") == 5
    assert x_weighted_len("世界") == 4  # CJK weight 2
    assert x_weighted_len("مرحبا") == 5 and x_weighted_len("สวัสดี") == 6  # weight 1 below U+10FF
    assert x_weighted_len(FAMILY) == 2 and x_weighted_len(THUMB) == 2  # an emoji sequence counts once
    assert x_weighted_len("https://example.com/" + "a" * 200) == 23  # any URL counts 23
    assert x_weighted_len("see example.com now") == 4 + 23 + 4
    assert x_weighted_len("“quotes” – dash") == 15  # U+2010–U+201F weight 1


def test_graphemes_keep_clusters():
    assert graphemes("ก้" + FAMILY + "🇩🇪") == ["ก้", FAMILY, "🇩🇪"]
    assert grapheme_len("नमस्ते") == 3  # Devanagari conjuncts


def test_truncate_examples():
    assert truncate("The quick brown fox jumps over the lazy dog", 20) == "The quick brown fox…"
    assert truncate("short", 20) == "short"
    thai = "สวัสดีครับวันนี้อากาศดีมากเสื้อยืดผ้าฝ้าย"
    out = truncate(thai, 20, lang="th")
    assert out.endswith("…") and grapheme_len(out) <= 20
    assert out[:-1] in {"".join(["สวัสดี", "ครับ", "วันนี้", "อากาศ", "ดีมาก"][:i]) for i in range(1, 6)}
    assert truncate("东京的秋天非常美丽我们一起去看红叶吧", 10) == "东京的秋天非常美丽…"
    assert truncate(FAMILY * 3 + " abc", 12, unit="utf16") == FAMILY + "…"
    assert truncate("Supercalifragilistic", 5) == "…"  # never cuts inside a word
    assert truncate("abc def", 0) == ""
    with pytest.raises(ValueError):
        truncate("x", 3, unit="chars")


def test_truncate_x_counts_urls_as_23():
    text = "Neue Kollektion online https://shop.example.com/herbst-2026 jetzt entdecken " + "wow " * 80
    out = truncate(text, 280, unit="x")
    assert x_weighted_len(out) <= 280 and "https://shop.example.com/herbst-2026" in out


WORDS = {
    "latin": ["Tiếng", "Việt", "café", "naïve", "Größe", "Preis", "shirt", "ok"],
    "arabic": ["مرحبا", "بالعالم", "قميص", "قطن", "السعر", "١٢٣"],
    "thai": ["สวัสดีครับ", "เสื้อยืดผ้าฝ้าย", "วันนี้อากาศดีมาก", "ราคาพิเศษ"],
    "devanagari": ["नमस्ते", "कपड़े", "क़ीमत", "परिवार"],
    "emoji": [FAMILY, THUMB, "🇩🇪", "❤️", "1️⃣"],
    "cjk": ["东京的秋天", "非常美丽", "セール中", "무료배송"],
    "ltr-bits": ["https://shop.example.com/p/123?ref=x", "@brand_shop", "SKU-AB12", "$19.99"],
}
word = st.sampled_from([w for ws in WORDS.values() for w in ws])
texts = st.lists(word, min_size=1, max_size=25).map(" ".join) | st.lists(word, min_size=1, max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(min_value=0, max_value=80), st.sampled_from(T.UNITS))
def test_truncate_never_exceeds_limit_nor_splits_graphemes_or_words(s, limit, unit):
    out = truncate(s, limit, unit=unit)
    src = nfc(s)
    assert T.measure(out, unit) <= limit
    if out == src:
        return
    assert out == "" or out.endswith("…")
    head = out[:-1] if out.endswith("…") else out
    assert src.startswith(head)
    cut = len(head)
    if cut:
        # the cut is a grapheme boundary and a word boundary of the source
        assert cut in {sum(len(g) for g in graphemes(src)[:i]) for i in range(grapheme_len(src) + 1)}
        allowed = set(word_boundaries(src))
        # trailing spaces are stripped before the ellipsis; the cut sits at a boundary or before spaces
        rest = src[cut:]
        assert cut in allowed or rest[:1].isspace()
        # a URL is never cut in half (X counts any URL as 23, a half URL would change the count)
        for start, end in T.x_urls(src):
            assert not (start < cut < end)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_isolate_wraps_once(x):
    s = str(x)
    assert isolate(s) == f"{FSI}{s}{PDI}" and isolate(isolate(s)) == isolate(s)


def test_isolate_ltr_runs_in_arabic():
    text = "اشترِ الآن SKU AB-1234 بسعر $19.99 من https://shop.example.com/x أو @brand_shop."
    out = isolate_ltr_runs(text)
    for run in ("SKU AB-1234", "$19.99", "https://shop.example.com/x", "@brand_shop"):
        assert f"{FSI}{run}{PDI}" in out
    assert out.endswith(f"{PDI}.")  # sentence punctuation stays outside
    assert isolate_ltr_runs(out) == out  # idempotent
    assert out.replace(FSI, "").replace(PDI, "") == text
    assert isolate_ltr_runs("Plain English SKU-1") == "Plain English SKU-1"  # no RTL: unchanged


def test_thai_segmentation_needs_no_network(tmp_path):
    """pythainlp's newmm dictionary ships in the wheel: a fresh interpreter with sockets blocked segments Thai."""
    import subprocess
    import sys

    script = (
        "import socket\n"
        "def boom(*a, **k):\n    raise OSError('network blocked')\n"
        "socket.socket.connect = boom; socket.create_connection = boom; socket.getaddrinfo = boom\n"
        "from localization.text import truncate\n"
        "print(truncate('สวัสดีครับวันนี้อากาศดีมากเสื้อยืดผ้าฝ้าย', 20, lang='th'))\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve().parents[3])}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "สวัสดีครับวันนี้อากาศดีมาก…"
