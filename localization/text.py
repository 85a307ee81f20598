"""Text measurement used by every limit check, truncation, and bidi isolation. Qt-free, imports nothing of ours.

Platforms count text in different units (platform-specs.md A, "Count each limit in the unit the platform
uses"): UTF-16 code units for TikTok, UTF-8 bytes for YouTube descriptions and Amazon search terms,
X's weighted characters, user-perceived characters (graphemes) elsewhere. Every measure normalises to NFC
first (platform-specs.md D: Thai / Vietnamese text — "Tiếng Việt" is 14 UTF-16 units in NFD vs 10 in NFC).

Graphemes are extended grapheme clusters (Unicode UAX #29) from the ``regex`` package's ``\\X``: the stdlib
``re`` has no ``\\X`` and Python's ``len`` counts code points, which splits emoji ZWJ sequences, flags,
skin tones, Thai/Devanagari combining marks.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

import regex

__all__ = [
    "graphemes", "grapheme_len", "utf16_len", "utf8_len", "x_weighted_len", "nfc", "truncate", "measure",
    "isolate", "isolate_ltr_runs", "has_rtl", "word_boundaries", "UNITS", "FSI", "PDI", "LRI", "RLI",
]

FSI = "\u2068"  # FIRST STRONG ISOLATE
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

UNITS = ("graphemes", "utf16", "utf8", "x")

_GRAPHEME = regex.compile(r"\X")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def graphemes(s: str) -> list[str]:
    """User-perceived characters (extended grapheme clusters) of ``s`` as given (not normalised)."""
    return _GRAPHEME.findall(s)


def grapheme_len(s: str) -> int:
    return len(_GRAPHEME.findall(nfc(s)))


def utf16_len(s: str) -> int:
    """UTF-16 code units (what JavaScript's ``length`` and TikTok's limits count)."""
    s = nfc(s)
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def utf8_len(s: str) -> int:
    return len(nfc(s).encode("utf-8"))


# --------------------------------------------------------------------------- X (Twitter) weighted length
# platform-specs.md A: X / Text counting — 280 weighted chars; weight 1 for U+0000–U+10FF, U+2000–U+200D,
# U+2010–U+201F, U+2032–U+2037; everything else (CJK, each emoji) weight 2; any URL counts 23; NFC first.
# twitter-text v3 config: scale 100, defaultWeight 200, transformedURLLength 23, emojiParsingEnabled.
_X_WEIGHT1_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
X_URL_LENGTH = 23

_TLDS = ("com|net|org|info|biz|io|co|shop|store|app|dev|me|tv|ly|gl|gg|eu|de|fr|es|it|nl|pl|uk|us|ca|mx|br|"
         "ar|cl|jp|kr|au|sg|my|id|th|vn|ph|in|sa|ae|eg|tr|ng|ke|cn|tw|hk|ru|ch|at|be|se|no|dk|fi|pt|ie|nz|za")
_URL = regex.compile(
    r"(?:(?<![A-Za-z0-9@.$#])(?:https?://)[\x21-\x7E\u00A1-\u024F]+(?<![<>\".,;:!?)\]}'’”]))"
    r"|(?:(?<![A-Za-z0-9@.\-$#])(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:" + _TLDS + r")\b"
    r"(?:/[\x21-\x7E\u00A1-\u024F]*(?<![<>\".,;:!?)\]}'’”]))?)",
    regex.IGNORECASE,
)
_EMOJI_GRAPHEME = regex.compile(
    r"\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Extended_Pictographic}\u200D"
    r"|[\U0001F1E6-\U0001F1FF]{2}|[0-9#*]\uFE0F?\u20E3|\p{Emoji_Modifier}"
)


def _x_char_weight(cp: int) -> int:
    for lo, hi in _X_WEIGHT1_RANGES:
        if lo <= cp <= hi:
            return 1
    return 2


def _x_weight_plain(s: str) -> int:
    total = 0
    for g in _GRAPHEME.findall(s):
        if _EMOJI_GRAPHEME.search(g):
            total += 2  # an emoji sequence (ZWJ, skin tone, flag, keycap) counts once, weight 2
        else:
            total += sum(_x_char_weight(ord(ch)) for ch in g)
    return total


def x_urls(s: str) -> list[tuple[int, int]]:
    """Spans of what X would treat as URLs (scheme URLs and bare domains with a known TLD)."""
    return [m.span() for m in _URL.finditer(s)]


def x_weighted_len(s: str) -> int:
    """X's weighted length (compare with 280). URLs count 23 whatever their length."""
    s = nfc(s)
    total = 0
    pos = 0
    for start, end in x_urls(s):
        total += _x_weight_plain(s[pos:start]) + X_URL_LENGTH
        pos = end
    return total + _x_weight_plain(s[pos:])


_MEASURES: dict[str, Callable[[str], int]] = {
    "graphemes": grapheme_len,
    "utf16": utf16_len,
    "utf8": utf8_len,
    "x": x_weighted_len,
}


def measure(s: str, unit: str = "graphemes") -> int:
    try:
        fn = _MEASURES[unit]
    except KeyError:
        raise ValueError(f"unknown text unit {unit!r}; use one of {', '.join(UNITS)}") from None
    return fn(s)


# --------------------------------------------------------------------------- word boundaries
_THAI = regex.compile(r"[\p{Thai}]")
_THAI_RUN = regex.compile(r"[\p{Thai}]+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303F\uFF00-\uFFEF]")
_SPACE_RUN = regex.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _thai_tokenizer():
    # pythainlp's "newmm" (maximal matching over its bundled dictionary, TCC-safe) works offline.
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@functools.lru_cache(maxsize=2048)
def _thai_cuts(run: str) -> tuple[int, ...]:
    tokens = _thai_tokenizer()(run, engine="newmm", keep_whitespace=True)
    cuts, pos = [], 0
    for tok in tokens:
        pos += len(tok)
        cuts.append(pos)
    return tuple(cuts)


def _grapheme_offsets(s: str) -> list[int]:
    offs, pos = [0], 0
    for g in _GRAPHEME.findall(s):
        pos += len(g)
        offs.append(pos)
    return offs


def word_boundaries(s: str, lang: str | None = None) -> list[int]:
    """Offsets (in ``s``) where a line may end without splitting a word or a grapheme.

    Spaces separate words; Thai runs (no spaces) are segmented with pythainlp ``newmm``; Chinese and
    Japanese may break between any two characters. Every offset is also a grapheme boundary.
    """
    gb = set(_grapheme_offsets(s))
    cuts: set[int] = {len(s)}
    for m in _SPACE_RUN.finditer(s):
        cuts.add(m.start())
        cuts.add(m.end())
    thai_mode = lang is None or lang.split("-")[0].lower() == "th" or _THAI.search(s)
    if thai_mode:
        for m in _THAI_RUN.finditer(s):
            cuts.add(m.start())
            for c in _thai_cuts(m.group()):
                cuts.add(m.start() + c)
    # CJK: a break is allowed before or after any Han/Kana character (not inside a grapheme)
    for i, ch in enumerate(s):
        if _CJK.match(ch):
            cuts.add(i)
            cuts.add(i + 1)
    # emoji are not words: a break is allowed around each emoji grapheme (ZWJ sequences stay whole)
    pos = 0
    for g in _GRAPHEME.findall(s):
        if _EMOJI_GRAPHEME.search(g):
            cuts.add(pos)
            cuts.add(pos + len(g))
        pos += len(g)
    # never inside a URL (X counts a URL as 23 whatever its length; half a link is a broken link)
    urls = x_urls(s)
    return sorted(c for c in cuts if c in gb and 0 < c <= len(s) and not any(a < c < b for a, b in urls))


_TRAILING_JUNK = regex.compile(r"[\s,;:\-–—/|·、，；：]+$")


def truncate(s: str, limit: int, unit: str = "graphemes", lang: str | None = None, ellipsis: str = "…") -> str:
    """Shorten ``s`` so that ``measure(result, unit) <= limit``, ending on a word boundary plus ``ellipsis``.

    Never splits a grapheme or a word (Thai segmented by dictionary; CJK may break between characters).
    The text is NFC-normalised. If not even the first word fits, returns the ellipsis alone (or "" when
    the ellipsis itself does not fit).
    """
    if limit < 0:
        raise ValueError("limit must be >= 0")
    if unit not in _MEASURES:
        raise ValueError(f"unknown text unit {unit!r}; use one of {', '.join(UNITS)}")
    s = nfc(s)
    m = _MEASURES[unit]
    if m(s) <= limit:
        return s
    ellipsis = nfc(ellipsis)
    candidates = [c for c in word_boundaries(s, lang) if c < len(s)]

    def render(cut: int) -> str:
        head = _TRAILING_JUNK.sub("", s[:cut])
        return head + ellipsis if head else ""

    # lengths grow with the cut: binary search for the last candidate that fits
    lo, hi, best = 0, len(candidates) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        text = render(candidates[mid])
        if text and m(text) <= limit:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    # measures are monotonic except around URL boundaries for "x": step back to be safe
    if best is not None:
        for i in range(best, -1, -1):
            text = render(candidates[i])
            if text and m(text) <= limit:
                return text
    return ellipsis if ellipsis and m(ellipsis) <= limit else ""


# --------------------------------------------------------------------------- bidi
# platform-specs.md D: RTL markup — in plain-text captions wrap LTR runs (SKUs, URLs, prices, model numbers,
# @handles) in FSI U+2068 … PDI U+2069.
_RTL_CHAR = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_LTR_TOKEN = (r"(?:https?://[^\s\u2066-\u2069]+|www\.[^\s\u2066-\u2069]+"
              r"|[@#]?[$€£¥₹₩₫฿₱]?[\p{Latin}0-9][\p{Latin}0-9_\-./:%+,'$€£¥₹₩₫฿₱&]*)")
# Latin tokens joined by spaces and neutral joiners ("Kiln & Clay", "Salt + Pepper", "Black / White") are ONE
# run, so one isolate keeps the whole name in its order; isolating each word would let a right-to-left
# paragraph swap them ("Clay & Kiln"). A dash joins only words ("Black — White"): before a number it separates
# the name from the right-to-left phrase the number belongs to ("Nordhem Linen Tee – ١٠٠٪ قطن").
_LTR_JOINER = r"(?:[ \t]+|[ \t]*[&+/·|][ \t]*|[ \t]*[\-–—][ \t]*(?=\p{Latin}))"
_LTR_RUN = regex.compile(
    r"(?<![\p{Latin}0-9])" + _LTR_TOKEN + r"(?:" + _LTR_JOINER + _LTR_TOKEN + r")*"
)
_ISOLATED = regex.compile(r"[\u2066\u2067\u2068][^\u2069]*\u2069")
_HAS_LETTER_OR_DIGIT = regex.compile(r"[\p{Latin}0-9]")


def has_rtl(s: str) -> bool:
    return bool(_RTL_CHAR.search(s))


def isolate(s: str) -> str:
    """Wrap ``s`` in FSI…PDI so its direction cannot reorder the surrounding text."""
    if s.startswith(FSI) and s.endswith(PDI):
        return s
    return f"{FSI}{s}{PDI}"


def isolate_ltr_runs(text: str) -> str:
    """In RTL plain text, isolate each LTR run (SKU, price, URL, @handle, Latin words) with FSI…PDI.

    Text without RTL characters is returned unchanged; runs already inside an isolate are left alone,
    so the function is idempotent. Trailing sentence punctuation stays outside the isolate.
    """
    if not has_rtl(text):
        return text
    out, pos = [], 0
    protected = [m.span() for m in _ISOLATED.finditer(text)]

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    for m in _LTR_RUN.finditer(text):
        start, end = m.span()
        if inside(start):
            continue
        run = m.group()
        stripped = run.rstrip(".,:;'")
        end = start + len(stripped)
        if not stripped or not _HAS_LETTER_OR_DIGIT.search(stripped):
            continue
        out.append(text[pos:start])
        out.append(isolate(stripped))
        pos = end
    out.append(text[pos:])
    return "".join(out)
