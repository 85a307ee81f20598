"""Length measurement in each platform's own unit.

Counting is ``localization.text``'s (the project's measuring module); this module adds the units the rules
name (``chars``, ``words``…) and where a text overflows. All functions take Python ``str`` and count the way the platform counts (see platform-specs.md D:
"Byte vs char budgets" and A: "X / Text counting").
"""

from __future__ import annotations

import regex

from localization import text as lt

_GRAPHEME = regex.compile(r"\X")
_URL = regex.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|de|fr|es|it|br|mx|id|th|sa|ae|jp|cn|my|sg|ph|vn|uk)(?:/[^\s<>\"']*)?")
URL = _URL  # the link pattern, public for the rule families and the engine


def grapheme_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) Python indices of every user-perceived character."""
    return [(m.start(), m.end()) for m in _GRAPHEME.finditer(s)]


grapheme_len = lt.grapheme_len
utf16_len = lt.utf16_len
utf8_len = lt.utf8_len
x_weighted_len = lt.x_weighted_len


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*")
_THAI = regex.compile(r"\p{Thai}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def words(s: str) -> list[tuple[int, int]]:
    """Word spans; Thai (no spaces) is segmented with pythainlp when available."""
    spans = []
    for m in _WORD.finditer(s):
        chunk = m.group(0)
        if _THAI.search(chunk):
            spans.extend(_thai_words(chunk, m.start()))
        elif _CJK.search(chunk):
            # CJK: count each character as a word (no spaces to split on)
            spans.extend((m.start() + i, m.start() + i + 1) for i, c in enumerate(chunk) if not c.isspace())
        else:
            spans.append((m.start(), m.end()))
    return spans


def _thai_words(chunk: str, offset: int) -> list[tuple[int, int]]:
    try:
        from pythainlp.tokenize import word_tokenize

        out, pos = [], 0
        for tok in word_tokenize(chunk, engine="newmm"):
            if tok.strip():
                out.append((offset + pos, offset + pos + len(tok)))
            pos += len(tok)
        return out
    except Exception:  # noqa: BLE001 - segmentation is a best effort; count the chunk as one word
        return [(offset, offset + len(chunk))]


def word_count(s: str) -> int:
    return len(words(s))


UNITS = {
    "graphemes": grapheme_len,
    "chars": grapheme_len,
    "utf16": utf16_len,
    "utf8": utf8_len,
    "x-weighted": x_weighted_len,
    "words": word_count,
}


def measure(s: str, unit: str) -> int:
    try:
        return UNITS[unit](s)
    except KeyError:
        raise ValueError(f"unknown length unit {unit!r}; use one of {', '.join(UNITS)}") from None


def overflow_start(s: str, unit: str, limit: int) -> int:
    """Python index of the first grapheme that makes ``s`` exceed ``limit`` in ``unit``."""
    bounds = [0] + [e for _, e in grapheme_spans(s)]
    lo, hi = 0, len(bounds) - 1  # measure(s[:bounds[lo]]) <= limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(s[: bounds[mid]], unit) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return bounds[lo]


def truncate(s: str, limit: int, unit: str = "graphemes", lang: str | None = None, ellipsis: str = "…") -> str:
    """Shorten ``s`` to fit ``limit`` without splitting a grapheme or (when possible) a word."""
    loc_unit = {"chars": "graphemes", "x-weighted": "x"}.get(unit, unit)
    if unit != "words":
        try:
            out = lt.truncate(s, limit, unit=loc_unit, lang=lang, ellipsis=ellipsis)
            # a single over-long word comes back as the bare ellipsis: cut it at a grapheme instead
            if out.strip() and out != ellipsis:
                return out
        except (TypeError, ValueError):
            pass
    if measure(s, unit) <= limit:
        return s
    if unit == "words":
        spans = words(s)
        return s[: spans[limit - 1][1]] if limit > 0 and spans else ""
    budget = limit - measure(ellipsis, unit) if ellipsis else limit
    cut = overflow_start(s, unit, max(0, budget))
    head = s[:cut]
    if 0 < cut < len(s) and regex.match(r"[\p{L}\p{N}]", s[cut]) and regex.match(r"[\p{L}\p{N}]", s[cut - 1]):
        for st, e in words(s):
            if st < cut < e and st > 0:
                head = s[:st]
                break
    return head.rstrip(" ,;:-–—") + (ellipsis or "")
