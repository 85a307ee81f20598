"""Locale rules: wrong language, mixed scripts and look-alike letters, US units, Malay for TikTok Shop
Malaysia, LTR runs in RTL text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from localization.detect import detect_language
from studio.quality import measure as M
from studio.quality.code_registry import Hit, code_rule
from studio.quality.locale_info import market_info, script_name
from studio.quality.rules_grounding import quantities, to_base

_EQUIV = {"ms": {"ms", "id"}, "id": {"id", "ms"}, "no": {"no", "nb", "nn"}, "nb": {"no", "nb"},
          "fil": {"fil", "tl"}, "tl": {"fil", "tl"}, "zh": {"zh", "zh-cn", "zh-tw", "zh-hans", "zh-hant"}}


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str | None, float, bool]:
    d = detect_language(text)
    return (d.lang.lower() if d.lang else None), float(d.confidence), bool(d.too_short)


_TAG = regex.compile(r"[#@][\p{L}\p{N}_]+")
_DIGITS = regex.compile(r"\d+")
_LETTER = regex.compile(r"\p{L}")


def strip_for_detection(text: str) -> str:
    text = M.URL.sub(" ", text)
    text = _TAG.sub(" ", text)
    return _DIGITS.sub(" ", text)


FUNCTION_WORDS = {
    "en": "the and with for of to is your you this that are it on from our".split(),
    "de": "der die das und mit für ist ein eine zu auf den dem nicht sie ihr aus im".split(),
    "es": "el la los las y con para del en es un una tu que por su sus".split(),
    "pt": "o os as e com para do da em é um uma seu sua que por não dos das".split(),
    "fr": "le les et avec pour des du est un une votre vos que pour au aux dans".split(),
    "it": "il lo gli e con per di del della è un una che sono nel alla".split(),
    "nl": "de het een en met voor van is je jouw dat op".split(),
    "id": "dan yang untuk dengan ini di ke dari anda kami tidak bisa".split(),
    "ms": "dan yang untuk dengan ini di ke dari anda kami tidak boleh".split(),
}
_SCRIPT_LANGS = {"th", "ar", "he", "ja", "zh", "ko", "fa", "ru", "el", "hi"}


def _function_hits(words_: list[str], lang: str) -> int:
    vocab = set(FUNCTION_WORDS.get(lang, ()))
    return sum(1 for w in words_ if w in vocab)


_SCRIPT_OF_LANG = {"th": ("Thai",), "ar": ("Arabic",), "fa": ("Arabic",), "ur": ("Arabic",), "he": ("Hebrew",),
                   "ja": ("Han", "Hiragana", "Katakana"), "zh": ("Han",), "ko": ("Hangul",), "ru": ("Cyrillic",),
                   "uk": ("Cyrillic",), "el": ("Greek",), "hi": ("Devanagari",)}


def _share(letters: list[str], scripts: tuple[str, ...]) -> float:
    if not letters:
        return 0.0
    return sum(1 for c in letters if script_of(c) in scripts) / len(letters)


@code_rule
def wrong_language(ctx, params) -> Iterator[Hit]:
    """Text in another language than the market's.

    Cheap evidence first (the script of the letters; for Latin-script languages the function words, since
    product titles in Title Case fool detectors); the statistical detector only confirms a suspicion."""
    want = market_info(ctx.market).language
    sample = strip_for_detection(ctx.text[:2000])
    letters = _LETTER.findall(sample)
    if len(letters) < params.get("min_letters", 25):
        return
    want_scripts = _SCRIPT_OF_LANG.get(want, ("Latin",))
    if want_scripts != ("Latin",):
        if _share(letters, want_scripts) >= 0.3:
            return
        suspect = None
    else:
        if _share(letters, ("Latin",)) < 0.5:
            suspect = None  # mostly another script: the detector answers by script
        else:
            ws = [sample[a:b].casefold() for a, b in M.words(sample)]
            hits = {lang: _function_hits(ws, lang) for lang in FUNCTION_WORDS}
            suspect = max(hits, key=lambda k: hits[k])
            if (suspect == want or suspect in _EQUIV.get(want, ()) or hits[suspect] < 2
                    or hits.get(want, 0) >= hits[suspect]):
                return
    lang, conf, short = detect(sample.lower())
    if short or not lang or conf < params.get("min_confidence", 0.8):
        return
    lang = lang.split("-")[0]
    if lang == want or lang in _EQUIV.get(want, ()):
        return
    if suspect is not None and lang != suspect and lang not in _EQUIV.get(suspect, ()):
        return  # the two signals disagree: say nothing
    yield 0, len(ctx.text), None, {"detected": lang, "expected": want}


_ALLOWED_SCRIPTS = {
    "Latin": {"Latin"}, "Arabic": {"Arabic", "Latin"}, "Hebrew": {"Hebrew", "Latin"}, "Thai": {"Thai", "Latin"},
    "Japanese": {"Han", "Hiragana", "Katakana", "Latin"}, "Han": {"Han", "Latin", "Bopomofo"},
    "Korean": {"Hangul", "Han", "Latin"}, "Cyrillic": {"Cyrillic", "Latin"}, "Greek": {"Greek", "Latin"},
    "Devanagari": {"Devanagari", "Latin"},
}
_SCRIPT_NAMES = ["Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Han", "Hiragana", "Katakana", "Hangul",
                 "Devanagari", "Bopomofo", "Armenian", "Georgian", "Khmer", "Lao", "Myanmar", "Tamil", "Bengali"]
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")
_COMMON_RE = regex.compile(r"[\p{Script=Common}\p{Script=Inherited}]")
_SCRIPT_RE = {n: regex.compile(rf"\p{{Script={n}}}") for n in _SCRIPT_NAMES}


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    if not (ch.isalpha() or unicodedata.category(ch).startswith("M")):
        return None
    if _COMMON_RE.match(ch):
        return None  # shared by several scripts (ー, 々, combining marks)
    for n, rx in _SCRIPT_RE.items():
        if rx.match(ch):
            return n
    return "Other"


@code_rule
def mixed_scripts(ctx, params) -> Iterator[Hit]:
    """A word mixing Latin with Cyrillic/Greek letters (homoglyphs), or letters of a script foreign to the market."""
    allowed = _ALLOWED_SCRIPTS.get(script_name(ctx.market), {"Latin"})
    homoglyph_words = []
    for m in _LETTER_RUN.finditer(ctx.text):
        scripts = {script_of(c) for c in m.group(0)} - {None}
        if "Latin" in scripts and scripts & {"Cyrillic", "Greek"}:
            homoglyph_words.append((m.start(), m.end()))
            yield m.start(), m.end(), None, {"word": m.group(0), "kind": "homoglyph",
                                             "why": "mixes Latin with look-alike Cyrillic/Greek letters; they break "
                                                    "search and look like spam."}
    runs: list[list] = []
    for i, ch in enumerate(ctx.text):
        sc = script_of(ch)
        if sc is None or sc in allowed or any(s <= i < e for s, e in homoglyph_words):
            continue
        if sc == "Other" and unicodedata.category(ch).startswith("M"):
            continue
        if runs and runs[-1][2] == sc and not regex.search(r"[\p{L}]", ctx.text[runs[-1][1]:i].replace(" ", "")) \
                and i - runs[-1][1] <= 3:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, sc])
    for s, e, sc in runs:  # text in a script the market does not read: left untranslated, not a homoglyph
        yield s, e, None, {"word": ctx.text[s:e], "kind": sc,
                           "why": f"is {sc} script, which this market's copy does not use: it was not translated "
                                  "(the product's own words were kept) — translate it or set its translation in "
                                  "Catalog › product › Translations."}



_METRIC = {"mm", "cm", "m", "km", "g", "kg", "mg", "ml", "l", "liter", "liters", "litre", "litres", "°c"}
_IMPERIAL = {"in", "inch", "inches", '"', "ft", "feet", "lb", "lbs", "oz", "fl oz", "°f"}
_TO_IMPERIAL = {"len": (0.0254, "in"), "mass": (0.45359237, "lb"), "vol": (0.0295735, "fl oz")}


@code_rule
def us_imperial_units(ctx, params) -> Iterator[Hit]:
    """US copy with metric measurements must show imperial ones too (platform-specs.md D: Units)."""
    if market_info(ctx.market).measurement != "imperial":
        return
    qs = list(quantities(ctx.text))
    if any(q[3] in _IMPERIAL for q in qs):
        return
    for s, e, n, unit, _n2 in qs:
        if unit not in _METRIC:
            continue
        dim, base = to_base(n, unit)
        if dim == "temp":
            conv = f"{n * 9 / 5 + 32:.0f} °F"
        else:
            factor, u = _TO_IMPERIAL[dim]
            if dim == "mass" and base < 0.45:
                factor, u = 0.028349523, "oz"
            v = base / factor
            conv = f"{v:.1f} {u}".replace(".0 ", " ")
        yield s, e, f"{ctx.text[s:e]} ({conv})", {"quantity": ctx.text[s:e], "converted": conv}
        return


_MALAY_WORDS = {"dan", "untuk", "dengan", "yang", "ini", "anda", "kami", "dari", "pada", "boleh", "tidak", "sesuai",
                "saiz", "warna", "bahan", "percuma", "penghantaran", "harga", "selesa", "tahan", "lama", "setiap",
                "hari", "baju", "kain", "kualiti", "dalam", "kotak", "termasuk", "sangat", "mudah", "dibuat",
                "diperbuat", "daripada", "ringan", "lembut"}


@code_rule
def malay_required(ctx, params) -> Iterator[Hit]:
    """TikTok Shop Malaysia: titles and descriptions in Bahasa Melayu (KPDN e-trade regulations 2024)."""
    ws = [ctx.text[s:e].casefold() for s, e in M.words(ctx.text)]
    if not ws:
        return
    malay = sum(1 for w in ws if w in _MALAY_WORDS)
    if malay >= 2 or (len(ws) <= 6 and malay >= 1):
        return
    lang, conf, short = detect(strip_for_detection(ctx.text[:2000]))
    if lang in ("ms", "id") and not short:
        return
    yield 0, len(ctx.text), None, {"detected": lang or "?"}


# LTR runs: URLs, @handles, SKUs, model numbers, Latin words (several joined by spaces). Hashtags are left
# alone: an isolate character next to "#" stops platforms from parsing the hashtag.
_LTR_WORD = r"(?<![#\p{L}\p{N}_])@?[\p{Latin}\p{N}][\p{Latin}\p{N}@._/:%+\-'’]*"
_LTR_RUN = regex.compile(
    r"(?:https?://|www\.)[^\s\u2068\u2069]+"
    # "Kiln & Clay" is one run, one isolate; a dash joins words only ("Black — White"), never a name to the
    # number of the right-to-left phrase after it ("Nordhem Linen Tee – ١٠٠٪ قطن") — as localization.text
    rf"|{_LTR_WORD}(?:(?:[ ]|[ ]?[&+/·|][ ]?|[ ]?[\-–—][ ]?(?=\p{{Latin}})){_LTR_WORD})*"
)
_RTL_CHARS = regex.compile(r"[\p{Script=Arabic}\p{Script=Hebrew}]")


@code_rule
def rtl_unisolated_ltr(ctx, params) -> Iterator[Hit]:
    """LTR runs (SKUs, URLs, model numbers, @handles, Latin names) in RTL text need FSI…PDI isolation."""
    if market_info(ctx.market).direction != "rtl" or not _RTL_CHARS.search(ctx.text):
        return
    depth_at = []
    depth = 0
    for ch in ctx.text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        depth_at.append(depth)
    for m in _LTR_RUN.finditer(ctx.text):
        run = m.group(0).rstrip(".,:;/-")
        if not regex.search(r"\p{Latin}", run) or len(run) < 3:
            continue
        s, e = m.start(), m.start() + len(run)
        if depth_at[s] > 0:
            continue
        yield s, e, f"\u2068{run}\u2069", {"run": run}


# =========================================================================== claims by pattern
# Phrase lists miss new wording ("lowers blood pressure", "the quietest headphones"); these rules look for the
