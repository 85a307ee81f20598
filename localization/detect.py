"""Language detection: langdetect (seeded, so results are stable) plus script heuristics.

``detect_language(text) -> Detection(lang, confidence, too_short)``. Codes are ours (the ``language`` of
the market registry): langdetect's ``zh-cn``/``zh-tw`` → ``zh``, ``tl`` → ``fil``. Scripts langdetect
handles poorly or that are unambiguous get direct answers: Thai → ``th``, Hangul → ``ko``, Kana → ``ja``,
Arabic script → ``ar`` (``fa``/``ur`` when their own letters appear). langdetect has no Malay profile
(it answers ``id`` for Malay), so ``id`` is split into ``id``/``ms`` by spelling markers.

Texts with fewer letters than the threshold get ``Detection(None, 0.0, too_short=True)``: guessing on a
hashtag or a two-word title is worse than saying "can't tell".
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import regex

__all__ = ["Detection", "detect_language", "script_language", "MIN_LETTERS", "supported_languages"]

MIN_LETTERS = 12  # alphabetic scripts: fewer letters than this → too_short
MIN_LETTERS_IDEOGRAPHIC = 4  # Han/Kana/Hangul/Thai carry more per character

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Detection:
    lang: str | None
    confidence: float
    too_short: bool = False
    method: str = "langdetect"  # "langdetect" | "script" | "none" | "devanagari" / "malay" (sisters not told apart)

    def matches(self, lang: str) -> bool:
        """True when the text is (confidently) in ``lang``; a too-short text never contradicts."""
        base = lang.split("-")[0].lower()
        if base == "tl":
            base = "fil"
        # a Devanagari text langdetect guessed as a sister language (hi/ne/mr) with no word of that language in it
        # (method "devanagari"): not "wrong" for a market of another Devanagari language (see _split_devanagari)
        if self.method == "devanagari" and base in _DEVANAGARI_MARKERS and self.lang in _DEVANAGARI_MARKERS:
            return True
        # the same for Malay and Indonesian when no spelling marker tells them apart (method "malay"): an ms-MY
        # FAQ of labels and product words was refused as Indonesian (stop 17)
        if self.method == "malay" and base in ("ms", "id") and self.lang in ("ms", "id"):
            return True
        # langdetect reads short Dutch as Afrikaans (a daughter language no market here uses): not "wrong"
        return self.too_short or self.lang == base or (base == "nl" and self.lang == "af")


_MAP = {"zh-cn": "zh", "zh-tw": "zh", "tl": "fil", "iw": "he", "in": "id"}

_URLS = regex.compile(r"https?://\S+|www\.\S+|[@#][\w.]+|\S+@\S+\.\w+")
_LETTER = regex.compile(r"\p{L}")
_SCRIPTS = {
    "Thai": regex.compile(r"\p{Thai}"),
    "Hangul": regex.compile(r"\p{Hangul}"),
    "Kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "Han": regex.compile(r"\p{Han}"),
    "Arabic": regex.compile(r"\p{Arabic}"),
    "Hebrew": regex.compile(r"\p{Hebrew}"),
    "Devanagari": regex.compile(r"\p{Devanagari}"),
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Greek": regex.compile(r"\p{Greek}"),
    "Latin": regex.compile(r"\p{Latin}"),
}
_PERSIAN = regex.compile(r"[پچژگ]")
_URDU = regex.compile(r"[ٹڈڑںےھ]")

# Malay vs Indonesian: spellings and words that differ (Dewan Bahasa dan Pustaka vs KBBI usage)
_MALAY_MARKERS = {
    "kerana", "sahaja", "percuma", "wang", "kedai", "kereta", "baharu", "boleh", "awak", "tuan", "puan",
    "anda", "ialah", "iaitu", "sebarang", "beli-belah", "harga", "dapatkan", "hantar", "penghantaran",
    "bahawa", "kualiti", "saiz", "warna", "tersedia", "sekarang", "jualan", "pakaian", "kasut", "sangat",
    "sesuai", "keluarga", "diperbuat", "daripada", "bersaiz", "menarik", "selesa", "pilihan", "sebab",
}
_INDONESIAN_MARKERS = {
    "karena", "saja", "gratis", "uang", "toko", "mobil", "baru", "bisa", "kamu", "anda", "adalah", "yaitu",
    "belanja", "harga", "dapatkan", "kirim", "pengiriman", "bahwa", "kualitas", "ukuran", "warna",
    "tersedia", "sekarang", "penjualan", "pakaian", "sepatu", "sangat", "cocok", "keluarga", "terbuat",
    "dari", "berukuran", "menarik", "nyaman", "pilihan", "sebab", "banget", "nggak", "tidak",
}
# Hindi, Nepali and Marathi share Devanagari and much of their (Sanskrit-derived) vocabulary: a listing that is
# mostly labels — सामग्री (material), सुरक्षा (safety), प्रमाणन (certification), श्रेणी (category) — reads to
# langdetect as Nepali with confidence 1.00 (issue 16, stop 17: an offline hi-IN listing was refused). Their
# grammatical words differ: only these decide. Each set holds words of its language the others do not use.
_DEVANAGARI_MARKERS = {
    "hi": frozenset({"है", "हैं", "की", "का", "में", "और", "से", "लिए", "यह", "ये", "नहीं", "करें", "भी", "वाले",
                     "वाली", "इसमें", "इसका", "इसकी", "इसके", "हमारी", "हमारे", "जाता", "जाती", "होता", "होती", "कैसे",
                     "क्या", "तक", "रखें", "मिलिए", "कौन", "सकते"}),
    "ne": frozenset({"छ", "छन्", "छैन", "र", "मा", "लागि", "पनि", "यो", "गर्नुहोस्", "हुन्छ", "बाट", "भएको", "गर्न",
                     "नभएको", "हुँदैन", "तपाईं", "तपाईंको", "सक्छ", "राख्नुहोस्", "थियो", "गरेको", "हुने", "हाम्रो",
                     "सँग", "अनि", "भन्दा"}),
    "mr": frozenset({"आहे", "आहेत", "आणि", "च्या", "साठी", "नाही", "हे", "करा", "मध्ये", "तुमच्या", "आमच्या",
                     "नका", "वापरा", "असलेल्या", "केलेले"}),
}
_DEVANAGARI_WORD = regex.compile(r"[\p{Devanagari}\p{M}]+")
_MS_ONLY = _MALAY_MARKERS - _INDONESIAN_MARKERS
_ID_ONLY = _INDONESIAN_MARKERS - _MALAY_MARKERS


@functools.lru_cache(maxsize=1)
def _load_factory():
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    return detector_factory._factory


def _factory():
    """langdetect's shared factory, loaded once under the lock: ``init_factory`` publishes the factory before
    its profiles are loaded, so a second thread (generation runs 4 at once; the quality engine's own
    ``detect_langs`` uses the same global) could detect with a half-loaded one and get confident nonsense
    (an English caption read as Polish at 1.00)."""
    with _LOCK:
        return _load_factory()


def profiles_loaded() -> bool:
    """Whether langdetect's profiles are in memory (loaded by ``_factory``)."""
    return _load_factory.cache_info().currsize > 0


def release_profiles() -> None:
    """Drop langdetect's profiles (about 60 MB of RSS: a dict of ~175,000 words, each with a list of 55
    probabilities); the next detection loads them again (≈0.2–0.4 s). For a caller that loaded them for one
    detection (the catalog import detects one language per file) and should not keep them for the life of the
    process. A detection already running keeps the profile it holds."""
    with _LOCK:
        if not profiles_loaded():
            return
        from langdetect import detector_factory

        _load_factory.cache_clear()
        detector_factory._factory = None


def supported_languages() -> list[str]:
    """Our codes for every language langdetect ships a profile for (plus ``ms`` via the heuristic)."""
    langs = {_MAP.get(code, code) for code in _factory().get_lang_list()}
    return sorted(langs | {"ms"})




def _script_counts(text: str) -> dict[str, int]:
    counts = {}
    for name, rx in _SCRIPTS.items():
        n = len(rx.findall(text))
        if n:
            counts[name] = n
    return counts


def _split_malay(text: str, conf: float) -> tuple[str, float]:
    words = set(regex.findall(r"[\p{L}\-]+", text.lower()))
    ms, id_ = len(words & _MS_ONLY), len(words & _ID_ONLY)
    if ms > id_:
        return "ms", conf
    return "id", conf


def _split_devanagari(text: str, lang: str, conf: float) -> tuple[str, float, str]:
    """langdetect's hi/ne/mr answer checked against each language's own grammatical words (``_DEVANAGARI_MARKERS``):
    the language with the most marker words wins; with none, or a tie, the answer stays langdetect's but the method
    is "devanagari" — a guess between sister languages, which ``Detection.matches`` does not hold against a market
    of another Devanagari language (a hi-IN text is refused as Nepali only when it is clearly Nepali)."""
    words = _DEVANAGARI_WORD.findall(text)
    hits = {code: sum(1 for w in words if w in vocab) for code, vocab in _DEVANAGARI_MARKERS.items()}
    best = max(hits, key=lambda k: hits[k])
    if hits[best] and sorted(hits.values())[-2] < hits[best]:
        # langdetect's confidence where it agrees; else the marker words' share
        return best, (conf if best == lang else hits[best] / sum(hits.values())), "langdetect"
    return lang, conf, "devanagari"


def _malay_tie(text: str) -> bool:
    """No spelling marker, or as many of Malay as of Indonesian: the two cannot be told apart."""
    words = set(regex.findall(r"[\p{L}\-]+", text.lower()))
    return len(words & _MS_ONLY) == len(words & _ID_ONLY)


_NOT_LATIN = regex.compile(r"[^\p{Latin}\P{L}]")
_SCRIPT_ONLY = {"Thai": "th", "Hangul": "ko", "Hebrew": "he", "Greek": "el", "Han": "zh"}


def script_language(text: str) -> str | None:
    """The language a text's script alone names (no langdetect, so cheap enough for every product of an import):
    Arabic script → ``ar``/``fa``/``ur``, Thai, Hangul, Kana (+Han) → ``ja``, Han, Hebrew, Greek; ``None`` for
    Latin, Cyrillic and Devanagari text (several languages share them) and for text too short to tell."""
    if not text or text.isascii() or not _NOT_LATIN.search(text):
        return None
    det = detect_language(text)
    if det.method == "script" and det.lang:
        return det.lang
    counts = _script_counts(_URLS.sub(" ", text))
    total = sum(counts.values())
    if not total:
        return None
    dominant = max(counts, key=lambda k: counts[k])
    if dominant in _SCRIPT_ONLY and counts[dominant] / total >= 0.5 and counts[dominant] >= MIN_LETTERS_IDEOGRAPHIC:
        return _SCRIPT_ONLY[dominant]
    return None


def detect_language(text: str) -> Detection:
    """Detect the language of ``text`` (stable across runs)."""
    cleaned = _URLS.sub(" ", text or "")
    _factory()  # loaded before any caller of this thread goes on to use langdetect's global (see _factory)
    letters = len(_LETTER.findall(cleaned))
    counts = _script_counts(cleaned)
    dense = sum(counts.get(k, 0) for k in ("Thai", "Hangul", "Kana", "Han"))
    if letters == 0 or (letters < MIN_LETTERS and dense < MIN_LETTERS_IDEOGRAPHIC):
        return Detection(None, 0.0, True, "none")

    total = sum(counts.values()) or 1
    dominant = max(counts, key=lambda k: counts[k]) if counts else None
    share = counts.get(dominant, 0) / total if dominant else 0.0
    # unambiguous scripts: answer directly (langdetect is weak on short Thai/Korean/Japanese text)
    if dominant == "Thai" and share >= 0.5:
        return Detection("th", round(min(0.99, 0.5 + share / 2), 3), False, "script")
    if counts.get("Kana", 0) >= 2 and (counts.get("Kana", 0) + counts.get("Han", 0)) / total >= 0.5:
        return Detection("ja", round(min(0.99, 0.5 + share / 2), 3), False, "script")
    if dominant == "Hangul" and share >= 0.5:
        return Detection("ko", round(min(0.99, 0.5 + share / 2), 3), False, "script")
    if dominant == "Arabic" and share >= 0.5:
        if letters < MIN_LETTERS:
            return Detection(None, 0.0, True, "none")
        lang = "ur" if _URDU.search(cleaned) else "fa" if _PERSIAN.search(cleaned) else "ar"
        return Detection(lang, round(min(0.99, 0.5 + share / 2), 3), False, "script")
    if dominant == "Han" and share >= 0.5:
        return Detection("zh", round(min(0.99, 0.5 + share / 2), 3), False, "script")

    if letters < MIN_LETTERS:
        return Detection(None, 0.0, True, "none")
    factory = _factory()
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:  # langdetect's factory is shared state; the seed makes results reproducible
        try:
            detector = factory.create()
            detector.append(cleaned)
            probs = detector.get_probabilities()
        except LangDetectException:
            return Detection(None, 0.0, True, "none")
    if not probs:
        return Detection(None, 0.0, True, "none")
    best = probs[0]
    lang = _MAP.get(best.lang, best.lang)
    conf = float(best.prob)
    method = "langdetect"
    if lang in ("id", "ms"):
        lang, conf = _split_malay(cleaned, conf)
        if _malay_tie(cleaned):
            method = "malay"
    elif lang in _DEVANAGARI_MARKERS and counts.get("Devanagari", 0) >= total / 2:
        lang, conf, method = _split_devanagari(cleaned, lang, conf)
    return Detection(lang, round(conf, 3), False, method)
