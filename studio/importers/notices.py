"""Mandatory notices and statutory label data in a product's description (issue 16, stop 22).

A seller writes the notices a full listing must carry — battery and electrical safety, fire and carbon monoxide,
hot surfaces, the food-supplement statements, cosmetic precautions, toy age grade / small parts / supervision,
the textile regulation's animal-origin notice, allergens, nickel, sharp edges, sun … — in the description, under
a heading ("Safety:", "Precautions:", "Warnhinweise:", "【注意】") or as a sentence of its own, and statutory data
(the INCI list, the period after opening, the net content, the filling) as labelled lines. Copy hold-out 12 showed
them lost: a power bank's six safety bullets cut to the first, a duvet's "Contains non-textile parts of animal
origin" and a casserole's hot-handles caution never said, a serum's INCI list and PAO missing.

One reader for the writers (``generators.copy.notices`` says them in the market's language) and the grounding
checks (``studio.importers.facts.grounding_facts``: what a listing says from them is the product's own text). The
kinds, headings and cues are data: ``assets/phrasebanks/legal/notices.json``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

NOTICES_FILE = Path(__file__).resolve().parents[2] / "assets" / "phrasebanks" / "legal" / "notices.json"


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(NOTICES_FILE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=16)
def _heading_rx(lang: str) -> re.Pattern[str] | None:
    words = _data()["headings"].get(lang)
    if not words:
        return None
    # "Safety:", "⚠ WARNING:", "【注意】", "Precautions -": a heading word and its mark, at the start of a line
    return re.compile(r"^\s*[⚠️❗!*•\s]*[【\[]?(?:" + "|".join(words) + r")[】\]]?\s*(?:[:：!.–-]\s*|$)", re.I)


@functools.lru_cache(maxsize=16)
def _kind_rxs(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for kind, by_lang in _data()["kinds"].items():
        for p in by_lang.get(lang) or ():
            out.append((kind, re.compile(p, re.I)))
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _opener(lang: str) -> re.Pattern[str] | None:
    p = _data().get("openers", {}).get(lang)
    return re.compile(p, re.I) if p else None


_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_BULLET = re.compile(r"^\s*[•▪●◦·*-]\s+")
# a line's own label before a notice sentence ("Care: Keep away from heat."), never a notice's own ("Air travel:")
_LEAD_LABEL = re.compile(r"^(?:care|note|please note|tip|usage|how to use|storage)\s*:\s*", re.I)


def _key(text: str) -> str:
    """What two spellings of one sentence share (case, dashes, apostrophes, spaces, end mark) — the writer's
    ``legal.sentence_key``."""
    s = (text or "").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().strip(" .;!\"'“”„«»「」").strip().casefold()


# the sign and heading word before a warning ("⚠ WARNING:"), left out of the sentence
_SIGN = re.compile(r"^[\s•▪●◦\u26a0\ufe0f\u2757\u203c*!]+")


def notice_kind(sentence: str, lang: str, recognise: Callable[[str], bool] | None = None) -> str | None:
    """The kind of notice ``sentence`` is ("battery", "fire", "toy" …), or ``None`` when it is no notice: one that
    names a notice kind's hazard and opens as a notice does (an instruction, a negation, a risk — in a language
    without an opener list, the cue alone), or — with ``recognise`` (the writer's label wordings) — one it reads."""
    text = _SIGN.sub("", sentence).strip()
    if not text:
        return None
    opener = _opener(lang)
    for kind, rx in _kind_rxs(lang):
        if rx.search(text) and (opener is None or opener.search(text)):
            return kind
    if recognise is not None and recognise(text):
        return "label"
    return None


def description_notices(text: str, lang: str = "en",
                        recognise: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """(kind, sentence) of every notice in a description, in order, each once: the sentences of a paragraph that
    opens with a safety heading, the bullet lines after a heading that stands alone, and any sentence
    ``notice_kind`` recognises. The sentences are as the seller wrote them (the heading left out)."""
    lang = (lang or "en").split("-")[0]
    if not (text or "").strip():
        return []
    head = _heading_rx(lang)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(kind: str, sentence: str) -> None:
        sentence = _BULLET.sub("", sentence).strip()
        if len(re.findall(r"\w+", sentence)) < 2 and not re.search(r"[^\x00-\x7f]{2}", sentence):
            return
        key = _key(sentence)
        if key and key not in seen:
            seen.add(key)
            out.append((kind, sentence))

    under_heading = False
    for line in text.splitlines():
        if not line.strip():
            continue
        m = head.match(line) if head is not None else None
        if m is not None and not line[m.end():].strip():
            under_heading = True  # "Safety:" alone: the bullet lines after it are its notices
            continue
        if under_heading and _BULLET.match(line):
            for s in _SENTENCE.split(_BULLET.sub("", line)):
                if s.strip():
                    add(notice_kind(s, lang, recognise) or "heading", s)
            continue
        under_heading = False
        if m is not None:
            for s in _SENTENCE.split(line[m.end():]):
                if s.strip():
                    add(notice_kind(s, lang, recognise) or "heading", s)
            continue
        for s in _SENTENCE.split(_BULLET.sub("", line)):
            kind = notice_kind(s, lang, recognise) if s.strip() else None
            if kind is not None:
                # "Care: … The handles and knob get hot: always use oven gloves." — the notice without its label
                add(kind, _LEAD_LABEL.sub("", s.strip()))
    return out


def statutory_values(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """(kind, value) of the statutory label data a description states: "inci" (the list as written — INCI names
    are the same in every language), "pao" (months), "net_content", "filling", "shell" (as written)."""
    lang = (lang or "en").split("-")[0]
    text = text or ""
    out: list[tuple[str, str]] = []
    for kind, spec in _data()["statutory"].items():
        cue = spec["cue"].get(lang)
        if not cue:
            continue
        m = re.search(cue, text, re.I | re.M)
        if m is None:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v}
        value = groups.get("v") or groups.get("n") or groups.get("n2") or groups.get("n3") or ""
        value = value.strip().rstrip(".;")
        if value:
            out.append((kind, value))
    return out


def statutory_cue(kind: str, lang: str) -> re.Pattern[str] | None:
    """The pattern that reads one kind of statutory data off a description in ``lang`` (``None``: none)."""
    cue = _data()["statutory"][kind]["cue"].get((lang or "en").split("-")[0])
    return re.compile(cue, re.I | re.M) if cue else None


def statutory_label(kind: str, lang: str) -> str:
    labels = _data()["statutory"][kind]["label"]
    return str(labels.get(lang) or labels["en"])
