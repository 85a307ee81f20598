"""Text matching shared by every rule family (a leaf: it imports no other quality module).

Phrase → regex with word boundaries per script (``phrase_regex``), the literal-guarded alternation
(``KeyedAlternation``), case/width folding (``fold``), and word boundaries in scripts written without spaces:
Thai segmented with pythainlp, Chinese/Japanese compounds (``inside_longer_word``, ``thai_words_of``).

The Thai segmenter's dictionary is pythainlp's plus the terms the rule families register
(``add_thai_terms``: the grounding materials, the packs' Thai phrases); a vessel noun followed by a material
(แก้วเซรามิก, a ceramic cup) asks the registered material lookups (``add_material_words``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import regex

NOSPACE = regex.compile(r"[\p{Thai}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Lao}\p{Khmer}\p{Myanmar}]")
SEP = regex.compile(r"[\s\-_]+")

_THAI_TERM_SOURCES: list[Callable[[], Iterable[str]]] = []
_MATERIAL_WORDS: list[Callable[[str], Any]] = []


def add_thai_terms(source: Callable[[], Iterable[str]]) -> None:
    """Register a source of Thai words for the segmenter's dictionary (read once, at the first segmentation)."""
    _THAI_TERM_SOURCES.append(source)
    _thai_tokenizer.cache_clear()
    thai_words_of.cache_clear()


def add_material_words(is_material: Callable[[str], Any]) -> None:
    """Register a lookup that says whether a (folded) word names a material."""
    _MATERIAL_WORDS.append(is_material)


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return SEP.sub(" ", s)


def phrase_regex(phrase: str) -> str:
    """A phrase → regex: case-insensitive, flexible whitespace/hyphen, word boundaries for spaced scripts."""
    if phrase.startswith("re:"):
        return phrase[3:]
    parts = [regex.escape(p) for p in regex.split(r"[\s\-]+", phrase.strip()) if p]
    body = r"[\s\-]*".join(parts) if len(parts) > 1 else (parts[0] if parts else "")
    if NOSPACE.search(phrase):
        return body
    left = r"(?<![\p{L}\p{N}])" if regex.match(r"[\p{L}\p{N}]", phrase) else ""
    if regex.match(r"\p{Arabic}", phrase):
        # Arabic attaches the clitics و ف ب ل ك to the next word
        left = r"(?<![\p{L}\p{N}])(?:[وفبلك])?(?:ال)?"
    right = r"(?![\p{L}\p{N}])" if regex.search(r"[\p{L}\p{N}]$", phrase) else ""
    return left + body + right


class KeyedAlternation:
    """An alternation of many regexes, each guarded by a literal that must occur in the casefolded text.

    Only the alternatives whose literal occurs are compiled into the regex that runs (cached per set), in the
    original order, so the matches are the same as those of the full alternation — at a fraction of the cost.
    """

    def __init__(self, items: list[tuple[str | None, str]], flags: int):
        self.items = [(k.casefold() if k else None, rx) for k, rx in items]
        self.flags = flags
        self._cache: dict[tuple[int, ...], Any] = {}

    def regex_for(self, folded: str):
        idx = tuple(i for i, (k, _rx) in enumerate(self.items) if k is None or k in folded)
        if not idx:
            return None
        rx = self._cache.get(idx)
        if rx is None:
            if len(self._cache) > 2048:
                self._cache.clear()
            rx = regex.compile("|".join(f"(?:{self.items[i][1]})" for i in idx), self.flags)
            self._cache[idx] = rx
        return rx

    def finditer(self, text: str, folded: str | None = None):
        rx = self.regex_for(text.casefold() if folded is None else folded)
        return iter(()) if rx is None else rx.finditer(text)


# ---- word boundaries in scripts written without spaces
# A term found inside a longer word is not that term: แก้ว (glass) in แก้วมัค (mug), 金 in 金曜日 (Friday),
# 棉 in 棉花糖 (marshmallow), 有机 in 有机玻璃 (acrylic glass). Thai is segmented with pythainlp (its dictionary
# plus our terms and the compounds below); for Chinese and Japanese a longest-match lexicon of compounds that
# contain a term without meaning it blocks the match.
_TH_COMPOUNDS = {"แก้วมัค", "แก้วกาแฟ", "แก้วน้ำ", "แก้วไวน์", "แก้วเบียร์", "แก้วเก็บความเย็น", "แก้วเยติ",
                 "แก้วตา", "แก้วมังกร", "แก้วช็อต", "แก้วชา", "แก้วหู", "แก้วพลาสติก", "แก้วกระดาษ"}
# vessel nouns: "แก้วเซรามิก" is a ceramic cup, not glass and ceramic
_TH_VESSELS = {"แก้ว"}
_CJK_COMPOUNDS = {
    "金", "金曜日", "金曜", "金额", "金額", "现金", "現金", "资金", "資金", "料金", "金属", "金屬", "金融", "奖金", "税金",
    "金色", "金牌", "金メダル", "合金", "金具", "金币", "金幣", "黄金周", "年金", "送金", "金利", "代金", "賞金",
    "镀金", "鍍金", "金箔", "白金", "金庫", "金魚", "金鱼", "金针菇", "黄金比例", "竹内", "竹輪", "爆竹", "棉花糖", "綿密", "綿菓子", "中綿", "铜锣湾", "铜锣烧", "銅メダル", "铜牌",
    "玻璃心", "有机玻璃", "有機ガラス", "有机硅", "シリコンバレー", "硅谷", "钛白粉", "木曜日", "木曜", "竹馬",
    # stop 22: 中綿 is a garment's or a duvet's padding (polyester, down …), not cotton — the offline writer names the
    # insulation and the filling with it ("リサイクルポリエステル中綿", "中綿：RDS認証")
}


@lru_cache(maxsize=1)
def _thai_tokenizer():
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    ours: set[str] = set()
    for source in _THAI_TERM_SOURCES:
        ours.update(source())
    trie = dict_trie(set(thai_words()) | ours | _TH_COMPOUNDS)
    return lambda chunk: word_tokenize(chunk, custom_dict=trie, engine="newmm")


@lru_cache(maxsize=1)
def _thai_lexicon() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=2048)
def thai_words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of every Thai word in ``text``."""
    tok = _thai_tokenizer()
    out = []
    for run in regex.finditer(r"\p{Thai}+", text):
        pos = run.start()
        for w in tok(run.group(0)):
            out.append((pos, pos + len(w), w))
            pos += len(w)
    return tuple(out)


def _compound_covers(text: str, s: int, e: int, term: str) -> bool:
    for c in _CJK_COMPOUNDS:
        if c == term or term not in c:
            continue
        k = c.find(term)
        while k >= 0:
            a = s - k
            if a >= 0 and text[a:a + len(c)] == c:
                return True
            k = c.find(term, k + 1)
    return False


def inside_longer_word(text: str, s: int, e: int) -> bool:
    """True when text[s:e] (Thai, Chinese or Japanese) is part of a longer word that does not mean it."""
    term = text[s:e]
    if regex.search(r"\p{Thai}", term):
        words = thai_words_of(text)
        if not words:
            return False
        first = regex.search(r"\p{Thai}", term)
        last = regex.search(r"\p{Thai}(?=[^\p{Thai}]*$)", term)
        if first is None or last is None:  # the search above found Thai in term, so both match
            return False
        thai_s = s + first.start()
        thai_e = e - (len(term) - last.end())
        lexicon = _thai_lexicon()
        for a, b, w in words:
            # a word that straddles an edge of the match: the match is inside it, unless that word is itself
            # a compound of two dictionary words (รักษา|โรคเบาหวาน) and not one of the known compounds above
            if a < thai_s < b and (w in _TH_COMPOUNDS or text[a:thai_s] not in lexicon
                                   or text[thai_s:b] not in lexicon):
                return True
            if a < thai_e < b and (w in _TH_COMPOUNDS or text[a:thai_e] not in lexicon
                                   or text[thai_e:b] not in lexicon):
                return True
        for a, b, w in words:
            if a == thai_s and w in _TH_VESSELS and b == thai_e:
                nxt = next((x for x in words if x[0] == b), None)
                if nxt and any(is_material(nxt[2]) for is_material in _MATERIAL_WORDS):
                    return True
        return False
    if regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", term):
        return _compound_covers(text, s, e, term)
    return False
