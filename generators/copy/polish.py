"""The offline writer's last pass over its own text: template leftovers a reader would have to edit away.

Round 3 of the native-reader review (issue 16) found classes of leftovers that no single template produces but
their combination does. Each is removed here, in every prose field of every kind, for every language:

- a label followed by a value that says the label again ("Coupe : Coupe classique" → "Coupe classique",
  "Fit: Classic fit" → "Classic fit") — the value alone says it;
- a phrase written twice in a row ("Made in Made in Germany", "Hergestellt in Hergestellt in …");
- empty slots: a label with nothing after it ("Farbe: ." ), empty brackets, a placeholder a template left
  (``{v}``);
- doubled or clashing punctuation (".." but not "…", ". .", ",.", ":.", "。。", "、。"), a space before , or .;
- French spacing (fr-FR, fr-BE, fr-CH: Babel's ``french`` and the Imprimerie nationale rules, as CLDR's
  ``fr`` punctuation data writes them): U+202F NARROW NO-BREAK SPACE before ; ! ? and inside « », U+00A0
  NO-BREAK SPACE before : — Canadian French (fr-CA, Office québécois de la langue française) puts no space
  before ; ! ? and U+00A0 before :.

Fields that are not prose (links, hashtags, image/camera codes, search terms, tags) are left alone.
"""

from __future__ import annotations

import re
from typing import Any

SKIP_FIELDS = {"link", "hashtags", "image", "camera", "channel", "language", "link_placement", "search_terms",
               "tags", "aspect", "preset", "duration"}

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

# a label (one to three words) and a value that repeats it ("Coupe : Coupe classique", "Fit: Classic fit"):
# the value is written alone. The value runs to the end of its sentence, clause or line.
_LABEL_REPEAT = re.compile(
    r"(?P<label>\b[^\W\d_][\w'’\-]*(?:[ \u00a0][^\W\d_][\w'’\-]*){0,2})[ \u00a0\u202f]?[:：][ \u00a0\u202f]*"
    r"(?P<value>[^.;:。；：\n]*?(?<![\w\-])(?P=label)(?![\w\-])[^.;:。；：\n]*)", re.I)
# a phrase of one to four words written twice in a row ("Made in Made in", "Achtung Achtung")
_REPEAT = re.compile(r"(?<![\w\-])(?P<p>[^\W\d_][\w'’\-]*(?:[ \u00a0][^\W\d_][\w'’\-]*){0,3})"
                     r"(?:[ \u00a0]+(?P=p))+(?![\w\-])", re.I)
_PLACEHOLDER = re.compile(r"\{[a-z_:|]*\}")
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|（\s*）|\[\s*\]|「\s*」|“\s*”|„\s*“|«\s*»)")
# a label with no value before the end of its sentence ("Farbe: ." / "Farbe:" at the end)
_EMPTY_LABEL = re.compile(r"(?:^|(?<=[.;。；]\s)|(?<=[.;。；]))[^\W\d_][\w'’\- ]{0,30}[ \u00a0\u202f]?[:：][ \u00a0\u202f]*"
                          r"(?:[.;。；]\s*|$)")


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def clean_text(text: str, lang: str, market: str = "", keep: frozenset[str] = frozenset()) -> str:
    """``text`` without template leftovers (module doc); ``keep`` holds casefolded phrases that are allowed to
    repeat (the product's own name, e.g. a brand "Bora Bora")."""
    if not text or not isinstance(text, str):
        return text
    out = _PLACEHOLDER.sub("", text)
    out = _EMPTY_BRACKETS.sub("", out)

    def label_repeat(m: re.Match) -> str:
        value = m.group("value").strip()
        at_start = m.start() == 0 or out[:m.start()].rstrip()[-1:] in ".;。；!?:：\n"
        return _cap_first(value) if at_start else value

    out = _LABEL_REPEAT.sub(label_repeat, out)

    def repeat(m: re.Match) -> str:
        p = m.group("p")
        if m.group(0).casefold() in keep or any(m.group(0).casefold() in k for k in keep):
            return m.group(0)
        if len(p) < 3 and " " not in p:  # "so so", "xx" — too short to be sure it is a leftover
            return m.group(0)
        return p

    out = _REPEAT.sub(repeat, out)
    out = _EMPTY_LABEL.sub("", out)
    # punctuation: one mark where a template and a value each brought one
    out = re.sub(r"(?<!\.)\.\.(?!\.)", ".", out)
    out = re.sub(r"\.\s+\.(?!\.)", ".", out)
    out = re.sub(r"[,;:]\s*\.(?!\.)", ".", out)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r"。{2,}", "。", out)
    out = re.sub(r"[、，：；]。", "。", out)
    out = re.sub(r"。[、，]", "。", out)
    out = re.sub(r"[ \u00a0\u202f]+([,.])(?!\d)", r"\1", out)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    if lang == "fr":
        out = french_spacing(out, market)
    if lang in ("ja", "zh"):  # the full-width semicolon beside Japanese or Chinese text ("ネイビー；サイズ")
        out = re.sub(r"(?<=[^\x00-\x7f]);\s*|\s*;\s*(?=[^\x00-\x7f\s])", "；", out)
    return out


def french_spacing(text: str, market: str = "") -> str:
    """French punctuation spacing (module doc): France, Belgium, Switzerland — U+202F before ; ! ? and inside
    « », U+00A0 before :; Canada — none before ; ! ?, U+00A0 before :. A colon between digits (12:30) or in a
    URL (https://) is no punctuation mark of the sentence and is left alone."""
    canada = market.upper().endswith("-CA")
    thin = "" if canada else NNBSP
    out = re.sub(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)\]])", lambda m: thin + m.group(1), text)
    out = re.sub(r"(?<=[^\s\d:/])[ \u00a0\u202f]*:(?=[ \u00a0]|$)", NBSP + ":", out)
    out = re.sub(r"[ \u00a0\u202f]+:(?=[ \u00a0]|$)", NBSP + ":", out)
    inner = NBSP if canada else NNBSP
    out = re.sub(r"«[ \u00a0\u202f]*", "«" + inner, out)
    out = re.sub(r"[ \u00a0\u202f]*»", inner + "»", out)
    # the digit before % and a unit keeps its no-break space (written by the fact pass)
    return out


def polish(content: Any, lang: str, market: str = "", keep: frozenset[str] = frozenset(), _key: str = "") -> Any:
    """``clean_text`` over every prose string of ``content`` (a kind's JSON), recursively."""
    if isinstance(content, str):
        return content if _key in SKIP_FIELDS else clean_text(content, lang, market, keep)
    if isinstance(content, list):
        return [polish(x, lang, market, keep, _key) for x in content]
    if isinstance(content, dict):
        return {k: polish(v, lang, market, keep, k) for k, v in content.items()}
    return content


def keep_phrases(task: dict[str, Any]) -> frozenset[str]:
    """Phrases of the product's own name and brand that may legitimately repeat a word ("Bora Bora")."""
    p = task.get("product") or {}
    return frozenset(x.casefold() for x in (p.get("title") or "", p.get("vendor") or "") if x)
