"""Localization hot paths, each against a baseline measured in the same run (ratios, no bare times).

- grapheme/X counting of 2,000 mixed captions (Latin, Arabic, Thai, CJK, emoji) vs ``len()`` of the same texts;
- ``truncate`` to 100 graphemes vs a naive ``s[:99] + "…"`` slice (which can split graphemes and words),
  also reporting how many naive cuts split a grapheme cluster or a word — the reason for the cost;
- ``detect_language`` vs calling langdetect directly on the same sentences;
- ``format_price`` (market lookup, decimals, digits, cross-border) vs Babel's bare ``format_currency``.
"""

from __future__ import annotations

import random
import time


def _timeit(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _corpus(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    words = ["Soft", "cotton", "T-shirt", "for", "summer", "قميص", "قطني", "ناعم", "للصيف", "เสื้อยืด",
             "ผ้าฝ้าย", "นุ่มสบาย", "柔软", "纯棉T恤", "夏天", "👩\u200d👩\u200d👧", "👍🏽", "🇩🇪",
             "https://shop.example.com/p/123", "#sale", "Größe", "Tiếng", "Việt", "नमस्ते", "कपड़े"]
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(10, 60))) for _ in range(n)]


def main(argv: list[str] | None = None) -> int:
    from babel.numbers import format_currency

    from localization import text as T
    from localization.detect import detect_language
    from localization.formatting import format_price

    texts = _corpus(2000)
    T.truncate(texts[0], 50)  # warm caches (regex compile, pythainlp dictionary)

    import unicodedata

    # baseline: the cheapest correct-looking count, code points after NFC (wrong for emoji, Thai, Devanagari)
    base = _timeit(lambda: [len(unicodedata.normalize("NFC", s)) for s in texts])
    g = _timeit(lambda: [T.grapheme_len(s) for s in texts])
    u = _timeit(lambda: [T.utf16_len(s) for s in texts])
    x = _timeit(lambda: [T.x_weighted_len(s) for s in texts])
    wrong = sum(len(unicodedata.normalize("NFC", s)) != T.grapheme_len(s) for s in texts)
    print(f"grapheme_len  : {g / base:8.1f}× the time of len(NFC(s)), which miscounts {wrong}/{len(texts)} captions")
    print(f"utf16_len     : {u / base:8.1f}× the time of len(NFC(s))")
    print(f"x_weighted_len: {x / base:8.1f}× the time of len(NFC(s))")

    trunc = _timeit(lambda: [T.truncate(s, 100) for s in texts], repeat=1)
    broken = 0
    for s in texts:
        if len(s) > 100:
            cut = 99
            bounds = set(T.word_boundaries(s))
            if cut not in bounds:
                broken += 1
    print(f"truncate      : {trunc / g:8.1f}× the time of one grapheme count per caption (it segments words, "
          f"Thai by dictionary); a naive s[:99] slice split a word or grapheme in "
          f"{broken}/{sum(len(s) > 100 for s in texts)} long captions, truncate in 0")

    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    sentences = [
        "Dieses weiche Baumwoll-T-Shirt hält dich den ganzen Sommer kühl.",
        "Esta camiseta de algodón suave te mantiene fresco todo el verano.",
        "هذا القميص القطني الناعم يبقيك منتعشا طوال الصيف.",
        "เสื้อยืดผ้าฝ้ายนุ่มตัวนี้ช่วยให้คุณเย็นสบายตลอดฤดูร้อน",
        "この柔らかいコットンTシャツは夏の間ずっと涼しいです。",
    ] * 40
    raw = _timeit(lambda: [detect_langs(s) for s in sentences], repeat=1)
    ours = _timeit(lambda: [detect_language(s) for s in sentences], repeat=1)
    print(f"detect_language: {ours / raw:7.2f}× the time of raw langdetect (script shortcuts for Arabic/Thai/Kana)")

    amounts = [random.Random(1).uniform(1, 100000) for _ in range(2000)]
    bare = _timeit(lambda: [format_currency(a, "EUR", locale="de_DE") for a in amounts])
    ours_p = _timeit(lambda: [format_price(a, "EUR", "de-DE") for a in amounts])
    ours_x = _timeit(lambda: [format_price(a, "SAR", "ar-SA", cross_border=True) for a in amounts])
    print(f"format_price  : {ours_p / bare:8.2f}× Babel format_currency (de-DE); "
          f"{ours_x / bare:.2f}× for ar-SA cross-border with Arabic-Indic digits")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
