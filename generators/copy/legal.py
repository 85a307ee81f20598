"""Legal texts and proper names of the offline writer (data in ``assets/phrasebanks/legal/``).

- ``certifications.json``: certification, label and standard names kept verbatim in every language
  ("OEKO-TEX Standard 100", "GOTS", "FSC", "CE", "USDA Organic", "Fair Trade", "Responsible Wool Standard") —
  proper names, never translated word by word. ``cert_spans`` finds them; the glossary leaves them alone and
  the leftover checks do not count their words as untranslated English.
- ``warnings.json``: mandatory warnings (toy age grades and small parts after Directive 2009/48/EC Annex V,
  adult supervision, the food-supplement statements of Directive 2002/46/EC Art. 6(3)) in the wording of
  the law or the market's usual label. ``warning_text`` states a warning the seller wrote in English either
  wholly in those texts or — a sentence no text covers — wholly in the seller's words (the caller quotes and
  marks it): never half translated ("Contains Kleinteile").
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from generators.copy.counts import agree

LEGAL_DIR = Path(__file__).resolve().parents[2] / "assets" / "phrasebanks" / "legal"


@functools.lru_cache(maxsize=1)
def _certs() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = json.loads((LEGAL_DIR / "certifications.json").read_text(encoding="utf-8"))
    names = sorted({n[0] for n in data["names"]}, key=len, reverse=True)
    # a short one-word acronym ("CE", "REACH", "UL", "Qi") is a name only as written: "reach" and French "ce"
    # are words
    exact = [n for n in names if len(n) <= 5 and " " not in n]
    loose = [n for n in names if n not in exact]

    def rx(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        body = "|".join(re.escape(n).replace(r"\ ", r"[\s\u00a0-]+") for n in items)
        return re.compile(r"(?<![\w-])(?:" + body + r")(?:®|™)?(?![\w])", flags)

    return rx(loose, re.I), rx(exact, 0)


def cert_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every certification or standard name in ``text``, longest first, not overlapping."""
    spans: list[tuple[int, int]] = []
    for rx in _certs():
        if rx is None:
            continue
        for m in rx.finditer(text or ""):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def cert_words(text: str) -> set[str]:
    """The casefolded words of the certification names in ``text`` (never leftovers: they are names)."""
    out: set[str] = set()
    for s, e in cert_spans(text):
        out.update(w.casefold() for w in re.findall(r"[^\W\d_]+", text[s:e]))
    return out


def protect(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with each certification name behind a placeholder the glossary cannot match, and the map back."""
    kept: dict[str, str] = {}
    out, last = [], 0
    for i, (s, e) in enumerate(cert_spans(text)):
        key = f"\x02C{i}\x03"
        kept[key] = text[s:e]
        out += [text[last:s], key]
        last = e
    out.append(text[last:])
    return "".join(out), kept


# --------------------------------------------------------------------------- warnings


@functools.lru_cache(maxsize=1)
def _warnings() -> list[dict[str, Any]]:
    data = json.loads((LEGAL_DIR / "warnings.json").read_text(encoding="utf-8"))
    out = []
    for w in data["warnings"]:
        rxs = [re.compile(r"\s*" + p + r"\s*[.!]?\s*", re.I) for p in w["patterns"]]
        out.append({**w, "_rx": rxs})
    return out


def warning_languages() -> list[str]:
    return list(json.loads((LEGAL_DIR / "warnings.json").read_text(encoding="utf-8"))["languages"])


_NUMBERS = {"three": "3", "two": "2", "four": "4", "five": "5", "six": "6", "eight": "8"}


def _norm(sentence: str) -> str:
    s = sentence.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("º", "°")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def legal_sentence(sentence: str, lang: str, only: tuple[str, ...] = ()) -> str | None:
    """The legal text in ``lang`` of one English warning sentence (or ``None`` when no entry covers all of
    it): "Choking hazard - small parts" → "Enthält verschluckbare Kleinteile. Erstickungsgefahr."."""
    found = _legal(sentence, lang, only)
    return found[1] if found else None


def _legal(sentence: str, lang: str, only: tuple[str, ...] = ()) -> tuple[str, str] | None:
    s = _norm(sentence)
    if not s:
        return None
    for w in _warnings():
        text = w["text"].get(lang)
        if not text or (only and not w["id"].startswith(only)):
            continue
        for rx in w["_rx"]:
            m = rx.fullmatch(s)
            if m:
                n = (m.groupdict().get("n") or "")
                n = _NUMBERS.get(n.casefold(), n)
                # the noun after the number in the form the number takes ("كل ساعتين", not "كل 2 ساعات")
                return w["id"], agree(text.replace("{n}", n), lang)
    return None


# a warning's sentences: full stops, "!", ";" and a dash between two clauses ("Choking hazard - small parts -
# not for children under 3 years"); never after an abbreviation ("(e.g. vitamin K antagonists …)")
_SENTENCES = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bapprox\.)(?<!\bincl\.)(?<!\bca\.)(?<!\bvs\.)(?<!\bno\.)"
                        r"(?<=[.!;])\s+|\s+[–—-]\s+(?=[A-Za-z])|\s*[•▪●◦]\s*")

# the clauses of one sentence that chains instructions ("This product contains lithium-ion batteries: do not
# expose to temperatures above 45 °C, do not crush, puncture or open, and do not charge a damaged device"): after
# a colon, or a comma / "and" before the next instruction's verb
_CLAUSES = re.compile(r"(?::|,\s*and|,|\s+and)\s+(?=(?:do not|don't|never|always|keep|use|take|store|check|stop|"
                      r"remove|avoid|lift|wash|consult)\b)", re.I)


def _clauses(sentence: str, lang: str) -> list[str] | None:
    """The legal texts of a sentence's clauses when every clause has one (else ``None``: the sentence stays
    whole as the seller wrote it — never half of it in each language)."""
    parts = [p.strip(" ,.") for p in _CLAUSES.split(sentence) if p.strip(" ,.")]
    if len(parts) < 2:
        return None
    out = []
    for part in parts:
        text = legal_sentence(part, lang)
        if text is None:
            return None
        out.append(text)
    return out


# the heading of a warning, and the sign some sellers put before it ("⚠ WARNING:", "⚠️ Achtung"): the listing's
# label says it, and a marketplace refuses the sign in plain-text fields (Amazon bullets: amazon.bullet.special-chars)
WARNING_SIGN = re.compile(r"^[\s•▪●◦\u26a0\ufe0f\u2757\u203c\u2622\u2623\u26d4\U0001f6ab\U0001f525*!]+")
_WARNING_WORD = re.compile(r"^(?:warnings?|caution|attention|important|precautions?(?: for use)?|"
                           r"safety(?: warnings?| information| notes?)?)(?:\s*[:!.–-]\s*|$)", re.I)


def warning_parts(source: str) -> list[str]:
    """The sentences of a warning without the word "Warning"/"Caution" that heads it (the listing's label
    says it)."""
    out = []
    for p in _SENTENCES.split(source or ""):
        p = _WARNING_WORD.sub("", WARNING_SIGN.sub("", p.strip())).strip(" .;!")
        if p:
            out.append(p)
    return out


def sentence_key(text: str) -> str:
    """What two spellings of one sentence share: case, dashes, apostrophes, spaces and the end mark ignored (the
    key of the seller's sentence translations; ``studio.services.translations.sentence_key`` is the same)."""
    s = (text or "").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().strip(" .;!\"'“”„«»「」").strip().casefold()


def warning_text(source: str, lang: str, translate: Any,
                 own: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """A warning in ``lang``, sentence by sentence: each English sentence in the seller's own translation
    (``own``: their translation memory, by ``sentence_key``), else in its legal text, else as
    ``translate(sentence)`` gives it when that reads wholly in the language (it returns ``None`` otherwise).
    Two clauses a dash joins ("Choking hazard - small parts") are tried together first. Returns (the
    sentences in the language, the source sentences that stay as written — the caller keeps them whole,
    quoted and marked). A legal text is said once however often the seller repeated it."""
    parts = warning_parts(source)
    out: list[str] = []
    kept: list[str] = []
    toy = False
    i = 0
    while i < len(parts):
        done = False
        for n in (3, 2, 1):  # the longest run of clauses one legal text covers
            if i + n > len(parts):
                continue
            joined = " - ".join(parts[i:i + n])
            text = (own or {}).get(sentence_key(joined)) or None
            if text is None and n > 1 and own:  # "A - B" stated as one sentence by the seller
                text = own.get(sentence_key(". ".join(parts[i:i + n]))) or None
            if text is None:
                hit = _legal(joined, lang)
                text = hit[1] if hit else None
                toy = toy or bool(hit and hit[0].startswith("toy.age"))
            if text is None and n == 1:
                text = translate(parts[i])
            if text is None and n == 1:
                clauses = _clauses(parts[i], lang)
                text = " ".join(clauses) if clauses else None
            if text is not None:
                for t in re.split(r"(?<=[.。!।])\s*", text):
                    if t and t not in out:
                        out.append(t)
                i += n
                done = True
                break
        if not done:
            out.append("\x00" + parts[i])  # the caller quotes it whole
            kept.append(parts[i])
            i += 1
    word = toy_warning_word(lang) if toy else ""
    if word and out and not out[0].casefold().startswith(word.rstrip(".:：").casefold()):
        # a toy's warnings open with the word "Warning" (Directive 2009/48/EC Art. 11(1)): "Achtung. Nicht für
        # Kinder unter 36 Monaten geeignet. …" — the heading the seller wrote is not kept (its sign is refused)
        out[0] = word + ("" if word.endswith("：") else " ") + out[0]
    return out, kept


@functools.lru_cache(maxsize=32)
def toy_warning_word(lang: str) -> str:
    words = json.loads((LEGAL_DIR / "notices.json").read_text(encoding="utf-8")).get("toy_warning_word") or {}
    return str(words.get(lang) or "")


def short_safety(source: str, lang: str, limit: int = 0) -> list[str]:
    """The toy-safety sentences (age grade, small parts, choking, adult supervision) of an English warning, in
    the legal wording of ``lang`` — what a caption or a video's end card repeats so a shopper sees it before
    buying (Directive 2009/48/EC Art. 11(2): warnings visible before the purchase, online too). The age grade
    first; at most ``limit`` characters in all when given."""
    parts = warning_parts(source)
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(parts):
        for n in (3, 2, 1):
            if i + n > len(parts):
                continue
            hit = _legal(" - ".join(parts[i:i + n]), lang, only=("toy.", "hazard."))
            if hit is not None:
                found.append((0 if hit[0].startswith("toy.age") else 1, hit[1]))
                i += n
                break
        else:
            i += 1
    out: list[str] = []
    for _rank, text in sorted(found, key=lambda x: x[0]):
        for t in re.split(r"(?<=[.。!।])\s*", text):
            if t and t not in out and (not limit or sum(len(x) + 1 for x in out) + len(t) <= limit):
                out.append(t)
    return out
