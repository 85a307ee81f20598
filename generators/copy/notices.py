"""The offline writer's side of the mandatory notices (issue 16, stop 22).

``studio.importers.notices`` reads the notices and statutory label data of a description (one reader for the
writers and the grounding checks; kinds, headings and cues are data in ``assets/phrasebanks/legal/notices.json``).
Here: the sentences a warnings.json entry reads whole are notices too, and the listing says them with the warning
fact — each in the market's language from ``warnings.json`` when an entry reads it whole, else as the seller wrote
it, marked, with a finding (``_common.with_notices`` / ``_common._warning``); never dropped.
"""

from __future__ import annotations

import re
from typing import Any

from generators.copy.legal import legal_sentence, sentence_key, warning_parts
from studio.importers import notices as reader


def _recognised(sentence: str) -> bool:
    return legal_sentence(sentence, "en") is not None


def _source(task: dict[str, Any]) -> tuple[str, str]:
    product = task.get("product") or {}
    return str(product.get("description") or ""), str(product.get("source_language") or "en").split("-")[0]


def description_notices(task: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, sentence) of every notice in the product's description (``studio.importers.notices``), with the
    sentences an English label wording reads whole ("Use within 6 months of opening.") — except the period after
    opening when the listing states it as statutory data already."""
    text, lang = _source(task)
    found = reader.description_notices(text, lang, _recognised if lang == "en" else None)
    if any(k == "pao" for k, _v in statutory_values(task)):
        pao = reader.statutory_cue("pao", lang)
        found = [(k, s) for k, s in found if pao is None or not pao.search(s)]
    return found


def statutory_values(task: dict[str, Any]) -> list[tuple[str, str]]:
    text, lang = _source(task)
    return reader.statutory_values(text, lang)


def statutory_label(kind: str, lang: str) -> str:
    return reader.statutory_label(kind, lang)


def merged_warning(task: dict[str, Any], warning: str) -> tuple[str, list[str]]:
    """The warning fact's text with the description's notices it lacks added after it, and the sentences added
    (what no fact of the product holds: the draft's own check names them when they stay untranslated)."""
    have = {sentence_key(p) for p in warning_parts(warning)}
    words = " " + " ".join(re.findall(r"\w+", warning.casefold())) + " "
    extra: list[str] = []
    for _kind, sentence in description_notices(task):
        parts = warning_parts(sentence)
        if all(sentence_key(p) in have or (" " + " ".join(re.findall(r"\w+", p.casefold())) + " ") in words
               for p in parts):
            continue
        extra.append(sentence.strip())
    if not extra:
        return warning, []
    joined = " ".join(e if e[-1:] in ".!?。！？" else e + "." for e in extra)
    base = warning.strip()
    if base and base[-1:] not in ".!?。！？":
        base += "."
    return (f"{base} {joined}" if base else joined), extra


def notice_keys(task: dict[str, Any]) -> set[str]:
    """The sentence keys of the description's notices (a care or directions fact that repeats one leaves it to
    the notices: said once)."""
    return {sentence_key(p) for _k, s in description_notices(task) for p in warning_parts(s)}


def without_notices(value: str, keys: set[str]) -> str:
    """``value`` without the sentences (or colon-joined clauses) that are notices said elsewhere."""
    if not keys or not value:
        return value
    kept = []
    for s in re.split(r"(?<=[.!?])\s+", value):
        if sentence_key(s) in keys or all(sentence_key(p) in keys for p in warning_parts(s) if p):
            continue
        kept.append(s)
    return " ".join(kept).strip()


