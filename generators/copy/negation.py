"""Negated phrases in a seller's value ("Not dishwasher safe", "Do not use with carbonated drinks", "No
bleach", "without BPA"): the glossary must never translate a term inside one on its own — "Not
spülmaschinengeeignet" or 「Not」食洗機対応 reads as the opposite of what the seller wrote (safety-critical).

A negated phrase is translated as a whole (a glossary entry that starts at or before the negation word:
``assets/phrasebanks/glossary.d/negations.json`` has the common care and warning ones) or stays whole in the
source language, where the writer marks it.
"""

from __future__ import annotations

import re

# the negation word (or words); "non" also as the prefix of "non-slip" (a whole term "non-slip" still translates)
NEGATION = re.compile(
    r"(?<![\w'’-])(?:do(?:es)?\s+not|did\s+not|must\s+not|should\s+not|(?:do|does|must|should|can|is|are|did)n['’]t"
    r"|cannot|not|no|never|non|without|nor)(?![\w'’])", re.I)
# a negation reaches to the end of its sentence or bracket ("Do not wash, iron or bleach": all three are negated)
_SPAN_END = re.compile(r"[.;:!?()\[\]\n。；：！？（）]|\s[–—]\s|\s-\s")


def negated_spans(text: str) -> list[tuple[int, int]]:
    """(start of the negation word, end of its sentence or bracket) for every negation in ``text``."""
    spans = []
    for m in NEGATION.finditer(text or ""):
        end = _SPAN_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans


def inside_negation(start: int, end: int, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the glossary match ``text[start:end]`` would translate part of a negated phrase: a term after the
    negation word ("Not „dishwasher safe“"), or a negated term with more of its phrase after it ("do not tumble
    dry" of "Do not tumble dry low"). A term that covers the whole negated phrase, or the part of it before a
    comma ("do not bleach" of "do not bleach, tumble dry low" — the rest stays negated and as written), is fine."""
    for s, e in spans:
        if start < e and end > s:
            if start > s:
                return True
            rest = text[end:e].strip()
            if rest and not rest.startswith(","):
                return True
    return False


def is_negated(text: str) -> bool:
    return bool(NEGATION.search(text or ""))
