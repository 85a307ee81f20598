"""Helpers shared by the offline routines of the built-in kinds (grounded: only task facts are used)."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import regex

from generators.copy import components as component_words
from generators.copy import notices
from generators.copy.countries import made_in
from generators.copy.legal import (
    WARNING_SIGN,
    cert_spans,
    cert_words,
    sentence_key,
    warning_parts,
    warning_text,
)
from generators.copy.names import GENERIC_HEADS
from generators.copy.names import build as build_name
from generators.copy.names import forms as lexicon_forms
from generators.copy.names import word as lexicon_word
from generators.copy.negation import negated_spans
from generators.copy.phrasebank import ABBR_END as _ABBR_END
from generators.copy.phrasebank import QUOTES, SKIP_KEYS, Bank, canonical_key
from generators.copy.textutil import fit, measure, nfc


def seed(task: dict[str, Any]) -> int:
    key = f"{task['product'].get('handle', '')}|{task.get('target', '')}|{task.get('variant_seed', 0)}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


_WORD = re.compile(r"[^\W\d_]{3,}")
_LATIN_SCRIPT = {"en", "es", "pt", "de", "fr", "it", "id", "vi", "ms", "nl", "pl", "tr", "sw"}
_UNIT_WORDS = {"mm", "cm", "kg", "lb", "lbs", "oz", "ml", "fl", "in", "mah", "usb", "led", "eva", "tpu", "abs", "pvc",
               "bluetooth"}
# an acronym's spelled-out name in brackets ("GOTS (Global Organic Textile Standard)") is a proper name, not
# words left untranslated
_ACRONYM_NAME = re.compile(r"\b([A-Z][A-Z0-9-]{1,})\s*[(（][^()（）]*[)）]")


@functools.lru_cache(maxsize=32)
def target_words(lang: str) -> frozenset[str]:
    """Words the glossary and the product-name lexicon give in ``lang``: a word spelled the same in English and
    the language ("polycarbonate", "silicone", "nylon" in French) is the language's word, not a leftover."""
    if lang == "en":
        return frozenset()
    try:
        from generators.copy.phrasebank import load

        terms = list(load(lang).terms.values())
    except KeyError:
        terms = []
    terms += lexicon_forms(lang)
    return frozenset(w.casefold() for t in terms for w in _WORD.findall(t))


def readable_in(value: str, task: dict[str, Any], source: str | None = None, strict: bool = False) -> bool:
    """Whether a fact value (after glossary translation) reads in the task's language: a word of the source value
    that came through translation unchanged is a leftover (brand and model names, units and all-caps codes
    excepted); Latin-script languages tolerate one (a loanword such as "Jersey"), others none."""
    lang = task.get("language") or "en"
    src_lang = (task["product"].get("source_language") or "en").split("-")[0]
    if lang == src_lang:
        return True
    names = " ".join([task["product"].get("title") or "", task["product"].get("vendor") or ""]).casefold()
    value = _ACRONYM_NAME.sub(r"\1", value)
    names_in = cert_words(value)  # "USDA Organic", "Responsible Wool Standard": proper names, not leftovers
    src_words = {w.casefold() for w in _WORD.findall(source)} if source is not None else None
    own = target_words(lang)
    leftover = [w for w in _WORD.findall(value) if w.casefold() not in _UNIT_WORDS and w.casefold() not in names
                and not w.isupper() and (src_words is None or w.casefold() in src_words) and w.casefold() not in own
                and w.casefold() not in names_in]
    if lang in _SHORT_OWN and source is not None:
        # English two-letter function words ("kalt at 30 °C", "bei 30 °C on a Wolle cycle") are leftovers too
        src_short = {w.casefold() for w in re.findall(r"(?<![\w-])[A-Za-z]{2}(?![\w-])", source)}
        leftover += [w for w in re.findall(r"(?<![\w-])[A-Za-z]{2}(?![\w-])", value)
                     if w.casefold() in _EN_SHORT and w.casefold() in src_short and w.casefold() not in _SHORT_OWN[lang]]
    # one loanword is tolerated from an English source ("Jersey"); a Spanish catalog's "redondo" in a German
    # listing is no loanword (stop 21)
    return len(leftover) <= (1 if lang in _LATIN_SCRIPT and not strict and src_lang == "en" else 0)


_EN_SHORT = {"at", "on", "of", "to", "by", "or", "an", "is", "it", "as", "be", "if", "up"}
# two-letter words of the language itself that are also English function words ("an" in German, "on" in French)
_SHORT_OWN = {"de": {"an", "am", "in", "so", "es", "da", "um", "zu"}, "fr": {"an", "en", "au"},
              "es": {"a", "en"}, "it": {"a", "in"}, "pt": {"a", "em"}, "ja": set(), "zh": set()}


def reads_as(text: str, lang: str) -> bool:
    """Whether the language detector reads ``text`` as ``lang`` (or cannot tell): the checks refuse a draft it
    reads as another language with confidence ≥ 0.8, so the writer words a short text so that it does not."""
    from localization.detect import detect_language

    qo = "".join(re.escape(q.strip()) for q in QUOTES.get(lang, ("“", "”")))
    det = detect_language(re.sub(rf"[{qo}][^{qo}]*[{qo}]", " ", text) if qo else text)
    return not det.lang or det.matches(lang) or float(det.confidence) < 0.8


_INCI_WORD = re.compile(r"^[A-Z][A-Za-z0-9\-]*(?:\s+(?:\([A-Za-z ]+\)|[A-Z0-9][A-Za-z0-9\-]*))*\*?$")


def is_inci(value: str) -> bool:
    """An INCI list ("Aqua, Butyrospermum Parkii (Shea) Butter, Glycerin, …"): capitalised names, commas."""
    items = [x.strip() for x in re.split(r",", value or "") if x.strip()]
    return len(items) >= 3 and sum(bool(_INCI_WORD.match(i)) for i in items) / len(items) >= 0.8


def note(task: dict[str, Any], rule_id: str, severity: str, message: str, *, fact: str | None = None,
         field: str | None = None) -> None:
    """Tell the user what the offline writer could not do (it never drops a fact silently): the notes come back
    with the result (``CompletionResult.raw["notes"]``) and become findings on the draft."""
    notes = task.setdefault("_notes", [])
    if any(n["rule_id"] == rule_id and n.get("fact") == fact for n in notes):
        return
    notes.append({"rule_id": rule_id, "severity": severity, "message": message, "fact": fact, "field": field})


_CLAUSE = re.compile(r"[;；]\s*|(?<=[^\W\d_)])\.\s+|(?<=\))\.\s+")


# values that are sentences to be read whole: kept in one quote when untranslated, never split into items
_WHOLE_KEYS = {"warning", "usage", "allergens"}


def split_top(text: str, sep: str = ", ") -> list[str]:
    """``text`` split at ``sep`` outside brackets: "Olive oil, softgel shell (bovine gelatin, glycerin), …" →
    ["Olive oil", "softgel shell (bovine gelatin, glycerin)", …]."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "(（[":
            depth += 1
        elif ch in ")）]":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(sep, i):
            out.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    out.append(text[start:])
    return out


_SENTENCE_START = re.compile(r"(?<=[^\W\d_][.!?] )([^\W\d_])")


def sentence_case(value: str, lang: str) -> str:
    """A capital after a full stop ("Schonwaschgang. An der Luft trocknen"), not after an abbreviation's dot."""
    if lang not in _LATIN_SCRIPT:
        return value

    def up(m: re.Match) -> str:
        before = value[:m.start()].rstrip()
        if _ABBR_END.search(before) or re.search(r"(?:^|\s)\w\.$", before):
            return m.group(1)
        return m.group(1).upper()

    return _SENTENCE_START.sub(up, value)


def cjk_commas(value: str, bank: Bank) -> str:
    """No ASCII comma beside Japanese or Chinese text: "可机洗“cold”, 轻柔模式" → "…、轻柔模式" (the language's
    list mark); a comma inside a quoted source-language value stays."""
    if bank.lang not in ("ja", "zh"):
        return value
    sep = bank.style["list_sep"].strip() or "、"
    return re.sub(r"(?<=[^\x00-\x7f]),\s*|,\s*(?=[^\x00-\x7f\u201c\u300c])", sep, value)


def mark_leftovers(display: str, source: str, task: dict[str, Any], bank: Bank) -> str:
    """``display`` with each run of words left untranslated from ``source`` between the language's quotes."""
    names = " ".join([task["product"].get("title") or "", task["product"].get("vendor") or ""]).casefold()
    src_words = {w.casefold() for w in _WORD.findall(source)}

    own = target_words(bank.lang)
    proper = cert_words(display)

    def leftover(w: str) -> bool:
        f = w.casefold()
        return f in src_words and f not in _UNIT_WORDS and f not in names and not w.isupper() and f not in own \
            and f not in proper

    tokens = re.split(r"([^\W\d_]+)", display)
    out, run = [], []
    for tok in tokens:
        if tok and re.fullmatch(r"[^\W\d_]+", tok) and leftover(tok):
            run.append(tok)
            continue
        if run and re.fullmatch(r"[\s\-]+", tok or "-"):
            run.append(tok)
            continue
        if run:
            tail = ""
            while run and not re.fullmatch(r"[^\W\d_]+", run[-1]):
                tail = run.pop() + tail
            out.append(mark("".join(run), bank) + tail)
            run = []
        out.append(tok)
    if run:
        tail = ""
        while run and not re.fullmatch(r"[^\W\d_]+", run[-1]):
            tail = run.pop() + tail
        out.append(mark("".join(run), bank) + tail)
    return "".join(out)


def mark(value: str, bank: Bank) -> str:
    """A source-language value kept as written, in the target language's quotation marks."""
    qo, qc = bank.quotes
    return f"{qo}{value}{qc}"


_SIZE_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)*\s*(?:cm|mm|in|ml|l)\b", re.I)


def sizes_in_dimensions(size: str, task: dict[str, Any]) -> bool:
    """Whether every item of a size list states a measure that the product's dimensions fact already gives
    ("Single 135 × 200 cm, Double 155 × 220 cm" beside "Dimensions: Single 135 × 200 cm, Double …")."""
    dims = " ".join([str(f.get("value") or "") for f in task.get("facts", [])
                     if canonical_key(f["key"]) in ("dimensions", "dimensions_per_item")]
                    + [str(i.get("value") or "") for f in task.get("scoped_facts") or []
                       if f.get("key") == "dimensions_per_item" for i in f.get("items") or []])
    if not dims or not size.strip():
        return False

    def norm(t: str) -> str:
        return re.sub(r"[\s\u00a0\u202f]", "", t.casefold()).replace("x", "×")

    said = norm(dims)
    items = [i for i in size.split(",") if i.strip()]
    return all((found := _SIZE_MEASURE.findall(i)) and all(norm(m) in said for m in found) for i in items)


def with_notices(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The product's facts with every mandatory notice of its description in the warning (stop 22,
    ``generators.copy.notices``): the notices the warning fact lacks are added to it (a warning fact is made when
    there is none), and a care or directions fact no longer repeats a notice said there. The sentences added are
    kept in ``task["_notice_extra"]`` (no fact holds them: the writer names the ones it could not translate)."""
    cached = task.get("_with_notices")
    if cached is not None:
        return cached
    items = list(task.get("facts", []))
    at = next((i for i, f in enumerate(items) if canonical_key(f["key"]) == "warning"), None)
    current = str(items[at].get("value") or "") if at is not None else ""
    merged, extra = notices.merged_warning(task, current)
    keys = notices.notice_keys(task)
    out: list[dict[str, Any]] = []
    for i, f in enumerate(items):
        k = canonical_key(f["key"])
        if i == at and extra:
            f = {**f, "value": merged, "display": None}
        elif k in ("care", "usage") and keys:
            v = notices.without_notices(str(f.get("value") or ""), keys)
            if not v:
                continue
            if v != str(f.get("value") or ""):
                f = {**f, "value": v, "display": None}
        out.append(f)
    if at is None and extra:
        out.append({"key": "warning", "label": "warning", "value": merged, "unit": None, "display": None,
                    "from": "description", "sure": True, "data": {}})
    task["_notice_extra"] = extra
    task["_with_notices"] = out
    return out


_ONE_WORD = re.compile(r"[^\W\d_][\w-]*")


def feature_hook(key: str, value: str, name: str, g: str | None, bank: Bank, channel: str) -> str | None:
    """A hook that says the product's qualities as a sentence about it, where every quality is one adjective
    ("Padded", "Lightweight, water-resistant"): the bank's ``hooks_<channel>_feature`` form with the qualities
    joined by "and" — not a bare adjective before a dash or colon (copy hold-out 12: "Padded — that's the …",
    "Atmungsaktiv: Hier ist …"). Languages whose adjectives agree with the noun have no such form (yet)."""
    forms = bank.data["caption"].get(f"hooks_{channel}_feature")
    if key != "features" or not forms:
        return None
    items = [i.strip() for i in re.split(r"\s*[,、，]\s*", value) if i.strip()]
    if not items or not all(_ONE_WORD.fullmatch(i) for i in items):
        return None
    if "{the" in forms[0] and g is None:
        from generators.copy.names import lead_noun_gender

        g = lead_noun_gender(name, bank.lang)
    if "{the" in forms[0] and g is None:
        return None  # "So leicht ist Nahrungsergänzungsmittel" — a German noun without its article reads wrong
    fact = bank.join([i if i.isupper() else i[:1].lower() + i[1:] for i in items])
    return bank.fill(forms[0], name=name, fact=fact, g=g)


def _component_fact(f: dict[str, Any], key: str) -> bool:
    data = f.get("data") or {}
    if key == "certification":
        return bool(data.get("components"))
    return key == "weight" and (bool(data.get("weights")) or data.get("measure") in ("trail", "packed", "minimum"))


def _said_with_component(f: dict[str, Any], key: str, task: dict[str, Any], bank: Bank) -> str | None:
    """A certificate said with its component ("Füllung: RDS-zertifiziert"), a weight with what it measures ("1,28 kg
    (Mindestgewicht unterwegs), 1,52 kg (Packgewicht)"); what a piece leaves out is named in an info finding."""
    sep = bank.style["list_sep"]
    if key == "certification":
        said, left = component_words.certification(f, task, bank.lang, sep)
        if left:
            note(task, "generation.fact-component", "info",
                 f"{bank.label('certification')}: " + ", ".join(left) + " — a certificate of one component is said "
                 "only with that component", fact=f["key"])
        return said
    said = component_words.weights(f, str(task.get("market") or ""), bank.lang, sep,
                                   short=task.get("kind") in component_words.SHORT_KINDS)
    if said is None:
        note(task, "generation.fact-component", "info",
             f"{bank.label('weight')}: “{f.get('value')}” is not said — it is a {(f.get('data') or {}).get('measure')} "
             f"weight and the offline writer has no {bank.lang} word for it", fact=f["key"])
    return said


def _material_of_component(out: list[tuple[str, str]], task: dict[str, Any],
                           bank: Bank | None) -> list[tuple[str, str]]:
    """The product's material read of one component ("The outer shell is 100% recycled nylon") said as that
    component's ("Shell fabric: 100% recycled nylon"), never "Made from …" of the whole product (stop 22)."""
    if bank is None:
        return out
    f = next((x for x in task.get("facts", []) if canonical_key(x["key"]) == "material"), None)
    if f is None or not (f.get("data") or {}).get("components"):
        return out
    res = []
    for k, v in out:
        if k == "material":
            said = component_words.material_of_component(f, v, bank.lang)
            if said is None:
                continue  # a language without the component's word: not said of the whole product
            k, v = "part_materials", said
        res.append((k, v))
    return res


def facts(task: dict[str, Any], bank: Bank | None = None) -> list[tuple[str, str]]:
    """(canonical key, display value in the market's language and units) of the facts worth writing.

    Nothing is dropped: a value (or a clause of it) the glossary cannot translate stays in its source language,
    marked with the target language's quotation marks, and a ``generation.fact-untranslated`` note says so."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    src_lang = (task["product"].get("source_language") or "en").split("-")[0]
    all_facts = with_notices(task)
    warning_src = next((str(f.get("value") or "") for f in all_facts if canonical_key(f["key"]) == "warning"), "")
    for f in all_facts:
        key = canonical_key(f["key"])
        if key in SKIP_KEYS or key in seen:
            continue
        if shipping_weight(task, f):
            # a variant's shipping weight (Variant Grams) is no product fact for a supplement or a serum: said
            # only where the weight sells (cookware, luggage, electronics …); named in an info finding
            if bank is not None:
                note(task, "generation.fact-shipping-weight", "info",
                     f"{bank.label('weight')}: {f.get('value')} is the variant's shipping weight, not a selling fact "
                     "for this kind of product — not stated (add a weight fact by hand if it sells)", fact=f["key"])
            seen.add(key)
            continue
        if bank is not None and not bank.has_label(key) and not re.search(r"\d", str(f.get("value") or "")):
            # an attribute the language has no name for (Shopify's "suitable-space", "sunlight" …) is not said
            # under its English key ("Decoration material: vidrio" in a German listing, stop 21): named in a finding.
            # A measure ("max_temperature: 220 °C") stays: the description's selling phrase says it in the language
            note(task, "generation.fact-no-label", "info",
                 f"“{f['key'].replace('_', ' ')}: {f.get('value')}” is not said — the offline writer has no "
                 f"{bank.lang} name for this attribute; add it to the draft in your words, or write it with a model",
                 fact=f["key"])
            seen.add(key)
            continue
        if key == "usage" and warning_src:
            # a sentence is said once: the warning states "Do not exceed …", the directions the rest
            rest = [x for x in warning_parts(strip_own_label(str(f.get("value") or ""), key, None))
                    if x.strip().rstrip(".").casefold() not in warning_src.casefold()]
            if not rest:
                seen.add(key)
                continue
            if len(rest) < len(warning_parts(str(f.get("value") or ""))):
                f = {**f, "value": ". ".join(x.strip().rstrip(".") for x in rest), "display": None}
        if key == "size" and sizes_in_dimensions(str(f.get("value") or ""), task):
            # the sizes are the dimensions' items ("Single 135 × 200 cm, Double …"): said once, as the dimensions
            # in the language, never twice with the second list quoted in English (copy hold-out 12) — named in an
            # info finding, never dropped silently
            if bank is not None:
                note(task, "generation.fact-said-as-dimensions", "info",
                     f"{bank.label('size')}: “{f.get('value')}” is said once, in the dimensions", fact=f["key"])
            seen.add(key)
            continue
        if bank is not None and _component_fact(f, key):
            # stop 22: a certificate of a component, a weight with what it measures — said with it in the language
            # (``generators.copy.components``), never as the whole product's
            seen.add(key)
            said = _said_with_component(f, key, task, bank)
            if said:
                out.append((key, said))
            continue
        f = with_qualifier(f, bank)
        value = strip_own_label(strip_end((f.get("display") or f.get("value") or "").strip()), key, bank)
        if not value:
            continue
        seller = seller_value(task, "fact", f["key"])
        if seller:  # the seller's own translation (translation memory): used as written, no glossary
            seen.add(key)
            out.append((key, strip_end(seller)))
            continue
        source = strip_own_label(strip_end((f.get("value") or "").strip()), key, None)
        if key == "dose" and bank is not None:
            # a dose per unit read at import ("15 mg per capsule"): in the language, said as the strength
            m = _DOSE_PER.search(source) if src_lang == "en" else None
            said = dose_text(m, bank) if m is not None else (source if bank.lang == src_lang else "")
            if said:
                seen.add(key)
                out.append(("strength", said))
                continue
        if key in ("warning", "usage") and bank is not None and bank.lang != src_lang:
            # directions and warnings sentence by sentence: the legal or label wording, else wholly translated,
            # else the seller's sentence whole, quoted — never half a direction
            seen.add(key)
            out.append((key, _warning(source, task, bank, f["key"], key)))
            continue
        if key in ("color", "size") and bank is not None and not task.get("translations", {}).get("facts"):
            items = [i.strip() for i in source.split(",") if i.strip()]
            kind = option_kind(key, items)
            if kind in ("color", "pack") and key not in seen:
                # one colour name once, in the language ("Schwarz (Midnight Black)"); a pack count is no size
                convert = colour_term if kind == "color" else pack_value
                seen.add(key)
                out.append((kind, bank.style["list_sep"].join(convert(i, bank) for i in items)))
                continue
            if key == "size" and bank.lang != src_lang and any(option_word(i, bank.lang) or age_size(i, bank.lang)
                                                               for i in items):
                # word sizes in the language ("Klein, Mittel, Groß"), never "Größe: Small" unmarked
                seen.add(key)
                out.append((key, bank.style["list_sep"].join(option_value(task, f["key"], i, bank, "size")
                                                                for i in items)))
                continue
        country = made_in(source, bank.lang) if key == "origin" and bank is not None else None
        if country is not None:  # a country the table knows, by its name in the language ("Vereinigte Staaten")
            seen.add(key)
            out.append((key, country[0]))
            continue
        if key == "origin" and re.fullmatch(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}", source):
            # a place the table lacks ("Madagascar", "Lake District") is a proper name, not English to quote
            seen.add(key)
            out.append((key, source))
            continue
        if bank is not None and key not in _WHOLE_KEYS:
            # a value that runs on into other facts' sentences ("100% merino wool. Care: … Made in …" — read
            # off a description in one piece) keeps its own sentences; the others are those facts' own
            trimmed = _others_cut(source, key, task)
            if trimmed != source:
                source = trimmed
                value = strip_end(bank.term(_display_for(f, trimmed)))
        if bank is not None and bank.style["list_sep"] != ", " and readable_in(value, task, source):
            value = value.replace(", ", bank.style["list_sep"])  # the language's own list punctuation (、 ،)
        if bank is not None and bank.lang in ("ja", "zh"):
            value = value.replace("; ", "；")
        if key == "ingredients" and is_inci(source):
            # INCI names are the international nomenclature of cosmetic ingredients: kept as written, on purpose
            seen.add(key)
            out.append((key, source))
            continue
        if bank is not None and bank.lang != src_lang:
            value = _inner_labels(value, bank)
        if key == "care" and bank is not None and bank.lang != src_lang and not readable_in(value, task, source,
                                                                                             strict=True):
            # care is a list of instructions: each one in the language or, whole, as the seller wrote it — never
            # "Maschinenwäsche bei 30 °C on a Wolle cycle"
            items, untranslated = [], []
            # a negation's list is one instruction ("Do not machine wash, soak or use oils" — never "soak" alone)
            for item in [i.strip() for i in re.split(r";\s*|(?<=[^\W\d_])\.\s+", source)
                         for i in ([i] if _NEGATED_LIST.match(i.strip()) else split_top(i))]:
                item = strip_end(item.strip())
                if not item:
                    continue
                d = strip_end(bank.term(item))
                if d != item and readable_in(d, task, item, strict=True):
                    items.append(d)
                else:
                    items.append(mark(item, bank))
                    untranslated.append(item)
            value = bank.style["list_sep"].join(items)
            if untranslated:
                note(task, "generation.fact-untranslated", "warning",
                     f"{bank.label(key)}: “{'; '.join(untranslated)}” is kept in the source language ({src_lang}), "
                     "whole and marked — the offline writer's glossary cannot translate it; edit the draft or use a "
                     "model", fact=f["key"])
        elif not readable_in(value, task, source, strict=key in _WHOLE_KEYS):
            # clauses: "; " and sentence ends (". "), so a translatable sentence of a warning is translated
            disp = [c.strip() for c in _CLAUSE.split(value) if c.strip()]
            srcs = [c.strip() for c in _CLAUSE.split(source) if c.strip()]
            if len(disp) != len(srcs):
                disp, srcs = [value], [source]
            kept, untranslated = [], []
            for d, sc in zip(disp, srcs, strict=True):
                if readable_in(d, task, sc, strict=key in _WHOLE_KEYS):
                    kept.append(d)
                    continue
                pitems = split_top(sc)
                if d != sc and bank is not None and len(pitems) > 1 and "." not in sc and key not in _WHOLE_KEYS \
                        and all(len(re.sub(r"\([^()]*\)", "", i).split()) <= 6 for i in pitems):
                    # a list the glossary translated in part ("100% merino wool (150 g/m²), naturally
                    # odour-resistant"): each item in the language or, whole, as the seller wrote it — the
                    # translated items are not lost in one quote of the whole clause
                    parts = []
                    for si in pitems:
                        di = strip_end(bank.term(si.strip()))
                        if readable_in(di, task, si):
                            parts.append(di)
                        else:
                            parts.append(mark(si.strip(), bank))
                            untranslated.append(si.strip())
                    kept.append(bank.style["list_sep"].join(parts))
                    continue
                if d != sc and bank is not None:
                    # the glossary translated part of it: quote only the words it could not ("100% オーガ
                    # ニックコットン「jersey」"), so nothing is lost and the rest reads in the target language —
                    # unless that leaves two or more quoted runs in one clause („Never leave“ a „burning“ Kerze
                    # „unattended“ reads as word salad): then the whole clause is quoted as the seller wrote it
                    marked = mark_leftovers(d, sc, task, bank)
                    # a warning is quoted whole: half a safety sentence in each language misleads
                    whole = key in _WHOLE_KEYS or marked.count(bank.quotes[0]) >= 2
                    kept.append(mark(sc, bank) if whole else marked)
                    untranslated.append(sc)
                    continue
                # items at bracket depth 0 only ("softgel shell (bovine gelatin, glycerin)" is one item), and
                # never the parts of a sentence ("… if you are pregnant, nursing or taking medication")
                ditems, sitems = split_top(d), split_top(sc)
                if len(ditems) > 1 and len(ditems) == len(sitems) and "." not in sc and key not in _WHOLE_KEYS \
                        and all(len(re.sub(r"\([^()]*\)", "", i).split()) <= 4 for i in sitems):
                    # a list ("Soy wax, cotton wick, glass jar"): translate the items the glossary knows, mark
                    # only the others
                    parts = []
                    for di, si in zip(ditems, sitems, strict=True):
                        if readable_in(di, task, si):
                            parts.append(di)
                        else:
                            parts.append(mark(si, bank) if bank is not None else si)
                            untranslated.append(si)
                    kept.append((bank.style["list_sep"] if bank is not None else ", ").join(parts))
                    continue
                kept.append(mark(sc, bank) if bank is not None else sc)
                untranslated.append(sc)
            value = ("；" if bank is not None and bank.lang in ("ja", "zh") else "; ").join(kept)
            label = bank.label(key) if bank is not None else key
            note(task, "generation.fact-untranslated", "warning",
                 f"{label}: “{'; '.join(untranslated)}” is kept in the source language ({src_lang}), marked — "
                 f"the offline writer's glossary cannot translate it; edit the draft or use a model",
                 fact=f["key"])
        if bank is not None and bank.lang == "fr":  # French spacing: « 100 % coton », « envers ; ne pas »
            value = re.sub(r"(?<=\d)%", "\u00a0%", value).replace("; ", "\u00a0; ")
        if bank is not None and bank.lang == "de":  # DIN 5008: „100 % Bio-Baumwolle“
            value = re.sub(r"(?<=\d) ?%", "\u00a0%", value)
        if bank is not None and bank.lang in ("ja", "zh"):
            value = re.sub(r"(?<=[^\x00-\x7f])\. ", "。", value)  # a translated sentence ends with 。
            # counted box contents the way ja/zh lists write them: "2 イヤホン" → "イヤホン×2", "2 耳机" → "耳机×2"
            value = re.sub(r"(^|[、，,]\s*)(\d+)\s+([^\x00-\x7f、，,（(×]+)", r"\1\3×\2", value)
            # no space between CJK words or after a percentage (100%オーガニックコットン天竺編み)
            value = re.sub(r"(?<=[^\x00-\x7f%])\s+(?=[^\x00-\x7f])|(?<=\d%)\s+(?=[^\x00-\x7f])", "", value)
        if bank is not None and key not in ("ingredients",):
            value = localize_measures(value, task)
            value = say_minutes(value, str(f.get("value") or ""), task)
        if bank is not None:
            value = cjk_commas(sentence_case(value, bank.lang), bank)
        seen.add(key)
        out.append((key, value))
    return _material_of_component(out, task, bank)


# a duration stored in hours (battery life, charging time, playtime, runtime…: "0.33 h", "up to 0.33 h")
_HOURS_VALUE = re.compile(r"(?i)(?:up to\s+)?(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)")
# that number as the pipeline wrote it in the language, with the unit word after it ("0,33 Stunden", "0.33時間")
_HOURS_SAID = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)(?![\d])(?:[ \u00a0\u202f]?[^\W\d_]+\.?)?")


def say_minutes(value: str, source: str, task: dict[str, Any]) -> str:
    """A duration fact stored in hours said in minutes where a reader counts minutes ("up to 20 minutes of
    blending per charge" is stored "0.33 h"): "bis zu 20 Minuten", "jusqu'à 20 minutes", "最长20分钟", never
    "0,33 Stunden". Under 3 h and not a whole or half hour (``localization.formatting.duration_minutes``); the
    minutes in the market's CLDR words. The stored fact stays in hours (the checks compare it)."""
    from localization.formatting import duration_minutes, format_minutes

    m = _HOURS_VALUE.fullmatch(source.strip())
    market = task.get("market") or ""
    if m is None or not market:
        return value
    hours = float(m.group(1))
    minutes = duration_minutes(hours)
    if minutes is None:
        return value
    said = _HOURS_SAID.finditer(value)
    hit = next((x for x in said if abs(float(x.group(1).replace(",", ".")) - hours) < 1e-9), None)
    if hit is None:
        return value
    try:
        words = format_minutes(minutes, market)
    except (KeyError, ValueError):
        return value
    return value[:hit.start()] + words + value[hit.end():]


# what a seller writes before a value that the listing's own label already says ("Made in Made in Germany",
# "Sicherheitshinweis: WARNING: …", "Entretien : Care: …"): English label words per fact key; the bank's label
# and the glossary's translations of these words are taken off too
_NEGATED_LIST = re.compile(r"(?i)(?:do not|don't|never|avoid)\b[^,;]*,[^;]*\b(?:or|and|nor)\b")


_OWN_LABELS = {
    "origin": ("made in", "country of origin", "origin", "product of", "manufactured in", "produced in",
               "proudly made in", "designed and made in"),
    "warning": ("warning", "warnings", "caution", "attention", "safety warning", "safety warnings", "safety",
                "important"),
    "care": ("care", "care instructions", "care instruction", "washing instructions", "care guide"),
    "material": ("material", "materials", "fabric", "composition", "made of", "made from", "material composition"),
    "certification": ("certification", "certifications", "certified", "certified by", "certified to"),
    "ingredients": ("ingredients", "ingredient list", "full ingredients"),
    "dimensions": ("dimensions", "measurements", "size"),
    "weight": ("weight", "net weight", "weighs"),
    "capacity": ("capacity", "volume"),
    "contents": ("in the box", "box contents", "contents", "package includes", "includes", "what's included"),
    "fit": ("fit",),
    "age": ("age", "ages", "recommended age", "age range", "suitable for ages", "for ages", "for"),
    "usage": ("directions", "how to use", "usage", "directions for use", "suggested use"),
    "allergens": ("allergens", "allergen information", "allergy advice"),
    "color": ("colour", "color"),
    "scent": ("scent", "fragrance", "scent notes"),
    "compatibility": ("compatible with", "compatibility"),
    "battery": ("battery", "battery life"),
    "power": ("power",),
}
# a label with its own separator ("Care:", "WARNING!", "Origin -"); "made in" and its kin need none
_NO_COLON = {"made in", "product of", "manufactured in", "produced in", "proudly made in", "designed and made in",
             "for ages", "suitable for ages", "for",
             "made of", "made from", "certified by", "certified to", "compatible with", "includes", "weighs"}


def _others_cut(source: str, key: str, task: dict[str, Any]) -> str:
    """``source`` up to the first sentence that starts with the label of another fact the product has ("Care:",
    "Made in …" when care and origin are facts of their own)."""
    present = {canonical_key(f["key"]) for f in task.get("facts", [])} - {key}
    labels = [w for k in present for w in _OWN_LABELS.get(k, ()) if len(w) >= 4]
    if not labels:
        return source
    rx = re.compile(r"(?<=[.;])\s+(?:" + "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
                    + r")\b", re.I)
    # not after an abbreviation's dot: "118 g incl. battery" is one value, not "118 g incl." and a battery
    # sentence (copy hold-out 7, stop 18)
    m = next((x for x in rx.finditer(source) if not _INCL_BEFORE.search(source[:x.start()])), None)
    return strip_end(source[:m.start()]) if m and m.start() > 0 else source


_INCL_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?:incl|inkl|excl|exkl|approx|ca|env|aprox|w/o|vs|z\.\s?b|e\.g|i\.e)\.$")


def _inner_labels(value: str, bank: Bank) -> str:
    """An English label heading a clause inside a value ("…; Fit: coupe classique", read off a description in
    one piece) in the bank's language ("…; Coupe : coupe classique" — the polish pass then drops the repeat)."""
    labels = {w: k for k, ws in _OWN_LABELS.items() for w in ws if len(w) >= 3 and w not in _NO_COLON}
    rx = re.compile(r"(?:(?<=[.;]\s)|(?<=；))(" + "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
                    + r")\s*:\s*", re.I)
    return rx.sub(lambda m: bank.label(labels[m.group(1).casefold()]) + bank.style["colon"], value)


# qualifiers that stand before their number ("up to 24 hours"); any other stands after its value, in brackets
_LEADING_QUALIFIER = re.compile(r"(?i)^(?:up to|max(?:imum|\.)?|at most|approx(?:imately|\.)?|about|around|"
                                r"bis zu|jusqu'à|hasta|fino a|até|最長|最大|最长|約|约)$")


def _qualified(value: str, qualifier: str) -> str:
    q = qualifier.strip()
    if not q or q.casefold() in value.casefold():
        return value
    return f"{q} {value}" if _LEADING_QUALIFIER.match(q) else f"{value} ({q})"


def _claim_text(item: dict[str, Any]) -> str:
    """One claim of ``facts_prose.qualified_claims`` in words: "cold up to 24 h", "leak-proof when closed",
    "water-resistant (40 minutes)"."""
    claim, q = str(item.get("claim") or ""), str(item.get("qualifier") or "").strip()
    measure_ = " ".join(str(x) for x in (item.get("value"), item.get("unit")) if x not in (None, ""))
    if measure_ and q and _LEADING_QUALIFIER.match(q):
        return f"{claim} {q} {measure_}"
    return _qualified(f"{claim} {measure_}".strip(), q) if q else f"{claim} {measure_}".strip()


def with_qualifier(f: dict[str, Any], bank: Bank | None) -> dict[str, Any]:
    """A fact whose reader kept its qualifier beside the value — ``data["qualifier"]`` ("up to", "when closed"),
    or ``data["items"]`` of claims ``{"claim", "qualifier", "value"}`` — with the qualifier in its value, so no
    piece says the claim stronger than the source ("24 hours" of "up to 24 hours"). A value that already carries
    it (the other shape: "up to 24 hours") is left as it is; the glossary's patterns say it in the language."""
    data = f.get("data") or {}
    value = str(f.get("value") or "")
    new = value
    if isinstance(data.get("qualifier"), str):
        new = _qualified(value, data["qualifier"])
    items = data.get("items")
    if isinstance(items, list) and items and all(isinstance(i, dict) and "claim" in i for i in items):
        missing = [i for i in items if i.get("qualifier") and str(i["qualifier"]).casefold() not in value.casefold()]
        if missing:
            new = "; ".join(_claim_text(i) for i in items)
    if new == value:
        return f
    display = bank.term(new) if bank is not None and bank.lang != "en" else new
    return {**f, "value": new, "display": display}


def _display_for(f: dict[str, Any], source: str) -> str:
    """The value as the task shows it, for a shortened source (units as written)."""
    return source if not f.get("unit") or f["unit"] in source else f"{source} {f['unit']}"


def strip_own_label(value: str, key: str, bank: Bank | None) -> str:
    """``value`` without a leading label that names its own fact (module note above) — in English and in the
    bank's language; a value that is nothing but its label stays as it is."""
    words = list(_OWN_LABELS.get(key, ()))
    if bank is not None and bank.lang != "en":
        words += [bank.label(key)] + [bank.terms[w] for w in _OWN_LABELS.get(key, ()) if w in bank.terms]
    if key == "warning" and value:
        # the sign a seller puts before a warning ("⚠ WARNING: …"): the label says it, and marketplaces refuse it
        # in plain-text fields (Amazon bullets: amazon.bullet.special-chars — copy hold-out 12)
        value = WARNING_SIGN.sub("", value)
    if not words or not value:
        return value
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
    rx = re.compile(rf"^(?:{alts})(?:\s*[:：!–-]\s*|\s*\.\s+)", re.I)
    bare = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in _NO_COLON if w in words)})\s+", re.I) \
        if any(w in _NO_COLON for w in words) else None
    for _ in range(3):  # "Warning: Caution: …", "Made in: Made in …"
        new = rx.sub("", value, count=1)
        if bare is not None:
            new = bare.sub("", new, count=1)
        new = new.strip()
        if new == value or not new:
            break
        value = new
    return value


def safety_line(task: dict[str, Any], bank: Bank, limit: int = 0) -> str:
    """The toy-safety warnings of the product (age grade, small parts) in the legal wording of the language,
    for a caption or a video's end card: a shopper sees them before buying, not only in the listing; "" when
    the product has none the legal texts cover (or the language has no legal text: the listing has it)."""
    src_lang = (task["product"].get("source_language") or "en").split("-")[0]
    if src_lang != "en":
        return ""
    source = next((f.get("value") or "" for f in task.get("facts", []) if canonical_key(f["key"]) == "warning"), "")
    if not source:
        return ""
    from generators.copy.legal import short_safety

    parts = short_safety(strip_own_label(source, "warning", None), bank.lang, limit)
    return ("" if bank.lang in ("ja", "zh") else " ").join(parts)


def _warning(source: str, task: dict[str, Any], bank: Bank, raw_key: str, key: str = "warning") -> str:
    """A warning wholly in the language or, sentence by sentence, wholly as the seller wrote it (quoted, with a
    ``generation.fact-untranslated`` finding) — never half translated ("Contains Kleinteile"): a sentence is
    the law's or the usual label's wording (``assets/phrasebanks/legal/warnings.json``), else the glossary's
    when every word of it is translated, else the seller's sentence whole."""

    def translate(sentence: str) -> str | None:
        d = bank.term(sentence)
        if d != sentence and readable_in(d, task, sentence, strict=True) and not re.search(r"[\x02\x03]", d):
            return d[:1].upper() + d[1:] if bank.lang in _LATIN_SCRIPT else d
        return None

    # the seller's own wording of a sentence first (translation memory, "sentence" entries)
    own = (task.get("translations") or {}).get("sentences") or None
    sentences, _kept = warning_text(source, bank.lang, translate, own)
    cjk = bank.lang in ("ja", "zh")
    parts = []
    for t in sentences:
        if t.startswith("\x00"):
            parts.append(mark(t[1:], bank) + (bank.end if cjk else "."))
        else:
            t = t.rstrip()
            parts.append(t if t[-1:] in ".!。！" else t + (bank.end if cjk else "."))
    # a sentence kept whole in the source language is mandatory text: the draft's check reports each one as an
    # error with "Add translation…" (studio.services.translations.safety_findings), not a note here — except the
    # notices read off the description that no fact holds (stop 22): that check cannot see them, so the writer
    # names each one it kept
    extra = {sentence_key(p) for e in task.get("_notice_extra") or () for p in warning_parts(e)}
    left = [k for k in _kept if sentence_key(k) in extra]
    if left and key == "warning":
        src_lang = (task["product"].get("source_language") or "en").split("-")[0]
        note(task, "generation.notice-untranslated", "error",
             f"notice not in {bank.lang}: “{'”, “'.join(left)}” is kept as the seller wrote it ({src_lang}), whole "
             "and marked — no label wording reads it; add your translation (Catalog › product › Translations, "
             f"Safety sentence, or `studio translations add {task.get('market') or bank.lang} \"…\" \"…\"`)",
             fact=raw_key)
    return ("" if cjk or not bank.style.get("space") else " ").join(parts)


# a version is no measure: "Bluetooth 5.3", "USB 3.2", "Wi-Fi 6.0", "Qi 1.3", "v2.1" keep their point in every language
_VERSION_BEFORE = re.compile(r"(?i)(?:bluetooth|bt|usb|wi-?fi|qi|hdmi|android|ios|version|ver\.?|v)\s?$")
_DECIMAL = re.compile(r"(?<![\w.,/])\d+\.\d+(?![\w.]|,\d)")
_TIMES = re.compile(r"(?<=\d)\s*[x×]\s*(?=\d)")


def localize_measures(value: str, task: dict[str, Any]) -> str:
    """Numbers in the market's format, as ``localization.formatting`` writes them ("7.6 x 26.5 cm" → "7,6 × 26,5
    cm" in de/fr/es/it/pt), and "×" between the numbers of a dimension in every language."""
    from decimal import Decimal, InvalidOperation

    from localization.formatting import format_number

    market = task.get("market") or ""
    value = _TIMES.sub(" × ", value)
    if not market:
        return value

    def one(m: re.Match) -> str:
        text = m.group(0)
        if _VERSION_BEFORE.search(value[max(0, m.start() - 10):m.start()]):
            return text
        try:
            return format_number(Decimal(text), market, decimals=len(text.split(".")[1]))
        except (InvalidOperation, ValueError, KeyError):
            return text

    return _DECIMAL.sub(one, value)


@functools.lru_cache(maxsize=32)
def _material_forms(lang: str) -> frozenset[str]:
    from generators.copy.names import lexicon

    mods = lexicon()["mods"]
    out = set()
    for row in mods["rows"]:
        v = row.get(lang) if row.get("kind") == "mat" else None
        if isinstance(v, str) and len(v) >= 2:
            out.add(v.casefold())
    return frozenset(out)


def names_material(text: str, lang: str) -> bool:
    """Whether a (built) product name already says what the product is made of ("Spielzeug … aus Holz",
    "木製おもちゃ"): a hook then does not add "aus Buche" after it."""
    low = (text or "").casefold()
    if lang in ("ja", "zh"):
        return any(len(m) >= 2 and m in low for m in _material_forms(lang))
    return any(re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", low) for m in _material_forms(lang))


def core_materials(task: dict[str, Any], bank: Bank) -> str:
    """The materials the lexicon knows in a material value the writer had to keep in its source language, in
    the language ("100% full-grain cowhide leather, 100% cotton lining" → "Leder und Baumwolle"): what a caption
    or a short script says the product is made of when the whole value cannot be said; "" when none is known."""
    from generators.copy.names import lexicon
    from generators.copy.names import word as lexicon_word

    source = next((f.get("value") or "" for f in task.get("facts", []) if canonical_key(f["key"]) == "material"), "")
    for s0, e0 in reversed(cert_spans(source)):  # "Responsible Wool Standard" names no material
        source = source[:s0] + " " + source[e0:]
    mods = lexicon()["mods"]
    words = re.findall(r"[^\W\d_][\w-]*", source.casefold())
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            key = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and key in mods["keys"] and mods["rows"][mods["keys"][key]].get("kind") == "mat":
                term = bank.terms.get(key) or lexicon_word(key, bank.lang) or (key if bank.lang == "en" else "")
                if i + n < len(words) and words[i + n] in GENERIC_HEADS and key not in GENERIC_HEADS:
                    # "beech wood" is one material (Buchenholz), never "Buche und Holz"
                    whole = f"{key} {words[i + n]}"
                    term = whole if bank.lang == "en" else bank.term(whole)
                    if not readable_in(term, {"language": bank.lang, "product": {"source_language": "en"}}, whole):
                        term = bank.terms.get(key) or lexicon_word(key, bank.lang) or ""
                    n += 1
                if term:
                    found.append(term)
                i += n
                break
        else:
            i += 1
    found = unique(found)
    # "lana merino" says "lana": a material another one found contains is not named twice
    found = [t for t in found if not any(t != o and t.casefold() in o.casefold() for o in found)]
    return bank.join(found[:3])


_VITAMIN = {"en": "Vitamin {}", "de": "Vitamin {}", "fr": "vitamine {}", "es": "vitamina {}", "it": "vitamina {}",
            "pt": "vitamina {}", "ja": "ビタミン{}", "zh": "维生素{}"}
_DOSE_UNITS = {"iu": {"de": "I.E.", "fr": "UI", "es": "UI", "it": "UI", "pt": "UI"}, "mcg": {"*": "µg"},
               "µg": {"*": "µg"}, "mg": {"*": "mg"}}
_DOSE = re.compile(r"\b(vitamin\s+[a-k]\d{0,2})\s+(\d[\d,.]*)\s*(iu|mcg|µg|mg)\b(?:\s*\((\d[\d,.]*)\s*(iu|mcg|µg|mg)\))?",
                   re.I)


def title_facts(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """Facts the title states and no fact repeats, worth saying in a caption or a script: a supplement's strength
    ("Vitamin D3 2000 IU (50 mcg) Softgels" → "Vitamin D3 2000 I.E. (50 µg)") — the reason to buy a supplement,
    where its facts only say pack size, certification and origin."""
    title = task["product"].get("title") or ""
    m = _DOSE.search(title)
    if not m or any(canonical_key(f["key"]) in ("strength", "dosage", "dose") for f in task.get("facts", [])):
        return []
    nutrient = _VITAMIN.get(bank.lang, "Vitamin {}").format(m.group(1).split()[-1].upper())

    def unit(u: str) -> str:
        table = _DOSE_UNITS[u.casefold()]
        return table.get(bank.lang) or table.get("*") or u.upper()

    dose = f"{m.group(2)} {unit(m.group(3))}"
    if m.group(4):
        dose += f" ({m.group(4)} {unit(m.group(5))})"
    return [("strength", f"{nutrient} {dose}")]


_HOURS = r"(?:for\s+)?(?:up\s+to\s+)?(\d{1,3})\s*(?:hours|hrs|hr|h)\b"
_COLD_HOT = re.compile(r"\b(?:keeps?|stays?|retains?)\b[^.;]{0,30}?\b(?:ice[- ])?cold\s+" + _HOURS +
                       r"(?:[^.;]{0,12}?\b(?:hot|warm)\s+" + _HOURS + ")?", re.I)
_HOT_COLD = re.compile(r"\b(?:keeps?|stays?|retains?)\b[^.;]{0,30}?\b(?:hot|warm)\s+" + _HOURS +
                       r"[^.;]{0,12}?\b(?:ice[- ])?cold\s+" + _HOURS, re.I)
_INSULATION = {"en": ("cold {c} h", "hot {h} h"), "de": ("{c} Std. kalt", "{h} Std. heiß"),
               "fr": ("froid {c} h", "chaud {h} h"), "es": ("frío {c} h", "caliente {h} h"),
               "it": ("freddo {c} ore", "caldo {h} ore"), "pt": ("frio por {c} h", "quente por {h} h"),
               "ja": ("保冷{c}時間", "保温{h}時間"), "zh": ("保冷{c}小时", "保温{h}小时")}

_INSULATION_UP_TO = {"en": ("cold up to {c} h", "hot up to {h} h"), "de": ("bis zu {c} Std. kalt", "bis zu {h} Std. heiß"),
                     "fr": ("froid jusqu'à {c} h", "chaud jusqu'à {h} h"), "es": ("frío hasta {c} h", "caliente hasta {h} h"),
                     "it": ("freddo fino a {c} ore", "caldo fino a {h} ore"), "pt": ("frio por até {c} h", "quente por até {h} h"),
                     "ja": ("保冷最長{c}時間", "保温最長{h}時間"), "zh": ("保冷最长{c}小时", "保温最长{h}小时")}


# products whose own weight is a selling point or a must-know (carried, lifted, cooked with, packed)
_WEIGHT_SELLS = re.compile(
    r"(?i)\b(?:cookware|pans?|skillets?|woks?|pots?|casseroles?|dutch ovens?|kettles?|griddles?|luggage|suitcases?|"
    r"carry-on|backpacks?|rucksacks?|bags?|duffels?|electronics?|power ?banks?|laptops?|headphones?|earbuds|"
    r"speakers?|cameras?|chargers?|tents?|sleeping bags?|camping|hiking|outdoor|bikes?|bicycles?|scooters?|"
    r"strollers?|prams?|furniture|chairs?|tables?|desks?|sofas?|dumbbells?|kettlebells?|weights?|tools?|drills?|"
    r"vacuums?|umbrellas?|shoes?|boots?|sneakers?|trainers?|blankets?|duvets?|quilts?)\b")


def product_heads(task: dict[str, Any]) -> list[str]:
    """The head nouns (English, as the catalog writes them) of the product's type, the last level of its category
    and its title: "lamp" of "Desk Lamp", "mug" of "Camping Mug" — never a modifier ("desk", "camping")."""
    p = task["product"]
    cat = re.split(r"\s*[>›/|]\s*", str(p.get("category") or "").strip())[-1]
    title = _NAME_CUT.split(str(p.get("title") or ""), maxsplit=1)[0]
    out = []
    for phrase in (str(p.get("product_type") or ""), cat, title):
        words = phrase.split()
        span = _head_noun(phrase) if words else None
        if span:
            out.append(" ".join(words[span[0]:span[1]]).casefold())
    return out


def weight_sells(task: dict[str, Any]) -> bool:
    """Whether the product's weight is a selling point (cookware, luggage, electronics, outdoor, furniture,
    footwear, bedding …), read off the HEAD nouns of its type, category and title (``product_heads``): a desk
    lamp, an outdoor candle or a camping mug is not sold on its weight, a dining table or hiking boots are.
    Only a product with no known head noun is judged on the whole of its type, category and title."""
    heads = product_heads(task)
    if heads:
        return any(_WEIGHT_SELLS.search(h) for h in heads)
    p = task["product"]
    return bool(_WEIGHT_SELLS.search(" ".join(str(p.get(k) or "") for k in ("product_type", "category", "title"))))


def shipping_weight(task: dict[str, Any], f: dict[str, Any]) -> bool:
    """A weight fact that is only the variant's shipping weight (Shopify's Variant Grams) on a product whose
    weight does not sell: a supplement's "140 g" is its parcel, not a fact a shopper buys on."""
    return canonical_key(f["key"]) == "weight" and f.get("from") == "variant" and not weight_sells(task)


# a dose per unit stated in prose ("14 mg per capsule", "1000 IU per softgel", "25 g protein per serving")
_DOSE_PER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mg|mcg|µg|μg|g|iu)\b(?:\s+(?:of\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)??"
                       r"\s+(?:per|in each|in every|each)\s+(capsule|tablet|softgel|gummy|gummies|serving|scoop|drop|"
                       r"sachet|caplet)s?\b", re.I)
_PER_UNIT = {
    "capsule": {"de": "Kapsel", "fr": "gélule", "es": "cápsula", "it": "capsula", "pt": "cápsula", "ja": "1カプセル",
                "zh": "每粒"},
    "tablet": {"de": "Tablette", "fr": "comprimé", "es": "comprimido", "it": "compressa", "pt": "comprimido",
               "ja": "1粒", "zh": "每片"},
    "softgel": {"de": "Weichkapsel", "fr": "capsule molle", "es": "cápsula blanda", "it": "perla",
                "pt": "cápsula gelatinosa", "ja": "1粒", "zh": "每粒"},
    "gummy": {"de": "Fruchtgummi", "fr": "gomme", "es": "gominola", "it": "caramella gommosa", "pt": "goma",
              "ja": "1粒", "zh": "每粒"},
    "serving": {"de": "Portion", "fr": "portion", "es": "porción", "it": "porzione", "pt": "porção", "ja": "1回分",
                "zh": "每份"},
    "scoop": {"de": "Messlöffel", "fr": "dosette", "es": "cacito", "it": "misurino", "pt": "medida", "ja": "1杯",
              "zh": "每勺"},
    "drop": {"de": "Tropfen", "fr": "goutte", "es": "gota", "it": "goccia", "pt": "gota", "ja": "1滴", "zh": "每滴"},
    "sachet": {"de": "Beutel", "fr": "sachet", "es": "sobre", "it": "bustina", "pt": "sachê", "ja": "1包", "zh": "每袋"},
    "caplet": {"de": "Tablette", "fr": "comprimé", "es": "comprimido", "it": "compressa", "pt": "comprimido",
               "ja": "1粒", "zh": "每片"},
}
_PER = {"en": "{v} per {u}", "de": "{v} pro {u}", "fr": "{v} par {u}", "es": "{v} por {u}", "it": "{v} per {u}",
        "pt": "{v} por {u}", "ja": "{u}あたり{v}", "zh": "{u}{v}"}
_IU = {"de": "I.E.", "fr": "UI", "es": "UI", "it": "UI", "pt": "UI", "ja": "IU", "zh": "IU"}


def _dose(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """A supplement's dose per unit, as the description states it ("14 mg per capsule" → "14 mg pro Kapsel"):
    what the shopper compares first, before the pack size. Nothing when a fact or the title's strength says it."""
    text = task["product"].get("description") or ""
    src = (task["product"].get("source_language") or "en").split("-")[0]
    form = _PER.get(bank.lang)
    if src != "en" or not form:
        return []
    m = _DOSE_PER.search(text)
    if m is None or any(canonical_key(f["key"]) in ("strength", "dose") for f in task.get("facts", [])):
        return []  # a dose fact (read at import) is said by ``facts``
    value = dose_text(m, bank)
    return [("strength", value)] if value else []


def dose_text(m: re.Match[str], bank: Bank) -> str:
    """A dose per unit matched by ``_DOSE_PER`` in the language ("15 mg pro Kapsel", "1カプセルあたり15mg")."""
    form = _PER.get(bank.lang)
    if not form:
        return ""
    unit_word = m.group(3).casefold().removesuffix("s").replace("gummie", "gummy")
    u = _PER_UNIT.get(unit_word, {}).get(bank.lang, unit_word) if bank.lang != "en" else unit_word
    mass = m.group(2)
    mass = {"mcg": "µg", "μg": "µg"}.get(mass.casefold(), mass)
    if mass.casefold() == "iu":
        mass = _IU.get(bank.lang, "IU")
    number = m.group(1)
    if bank.lang in ("de", "fr", "es", "it", "pt"):
        number = number.replace(".", ",")
    return form.format(v=f"{number} {mass}" if bank.lang not in ("ja", "zh") else f"{number}{mass}", u=u)


def description_facts(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """What the seller states in the description's prose and no fact holds, said before logistics: a
    supplement's dose per unit, how long an insulated product keeps cold and hot, and the selling points of
    ``description_benefits``."""
    return _dose(task, bank) + _insulation(task, bank) + description_benefits(task, bank)


BENEFITS_FILE = Path(__file__).resolve().parents[3] / "assets" / "phrasebanks" / "prose" / "benefits.json"


@functools.lru_cache(maxsize=1)
def _benefit_phrases() -> list[dict[str, Any]]:
    data = json.loads(BENEFITS_FILE.read_text(encoding="utf-8"))
    return [{**p, "_rx": re.compile(r"(?<![\w-])(?:" + p["en"] + r")(?![\w-])", re.I)} for p in data["phrases"]]


def description_benefits(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """The selling points the description states in prose ("Oven-safe to 220 °C and suitable for all hobs
    including induction", "Breathable and soft against the skin", "helps toddlers practise hand-eye
    coordination"), as the product's features in the language ("Backofenfest bis 220 °C, für alle Herdarten
    geeignet, auch Induktion"): only phrases of ``assets/phrasebanks/prose/benefits.json`` the seller's text contains
    (grounded — never invented), never one inside a negation ("not oven-safe"), never one a fact already says,
    in the order of the description; nothing when the product has its own features fact."""
    found = _benefits_found(task, bank)
    if not found:
        return []
    plain = benefit_texts(task, bank, found)
    if bank.lang in ("ja", "zh"):
        value = "、".join(plain)
    else:
        # adjectives agree with the product's noun ("Ligera, antiolor" for la camiseta); unknown gender: the first
        value = bank.fill(bank.style["list_sep"].join(plain), g=gender(task, bank))
        value = value[:1].upper() + value[1:]
    return [("features", localize_measures(value, task))]


def _benefits_found(task: dict[str, Any], bank: Bank) -> list[tuple[int, dict[str, Any], str]]:
    """(position in the description, phrase entry, text in the language) of each selling phrase found."""
    if any(canonical_key(f["key"]) == "features" for f in task.get("facts", [])):
        return []
    src = (task["product"].get("source_language") or "en").split("-")[0]
    text = task["product"].get("description") or ""
    if src != "en" or not text:
        return []
    # a phrase another fact states is not said twice ("machine washable" of a care fact); the material value
    # is left out of this: a description read in one piece puts selling words there
    facts_text = " ".join(str(f.get("value") or "") for f in task.get("facts", [])
                          if canonical_key(f["key"]) not in ("material", "ingredients")).casefold()
    title_text = (task["product"].get("title") or "").casefold()
    spans = negated_spans(text)
    all_facts = " ".join(str(f.get("value") or "") for f in task.get("facts", []))
    found: list[tuple[int, dict[str, Any], str]] = []
    taken: list[tuple[int, int]] = []
    for p in _benefit_phrases():
        form = p["text"].get(bank.lang)
        if not form:
            continue
        for m in p["_rx"].finditer(text):
            # inside a negation ("not oven-safe") — a phrase that starts with its own negation word ("non-slip")
            # is the phrase itself
            if any(s < m.start() < e for s, e in spans) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            words = re.findall(r"[^\W\d_]{3,}", m.group(0).casefold())
            if m.group(0).casefold() in facts_text or (words and all(w in title_text for w in words)):
                continue  # said by a fact or by the product's own name ("… Niacinamide Serum")
            n = (m.groupdict() or {}).get("n") or ""
            if n and not p.get("count") and not re.search(rf"(?<!\d){re.escape(n)}(?!\d)", all_facts):
                # a number no fact states would be refused by the grounding check: the phrase without it
                fb = next((q for q in _benefit_phrases() if q["id"] == p.get("fallback")), None)
                if fb is None or not fb["text"].get(bank.lang):
                    continue
                p, form = fb, fb["text"][bank.lang]
            said = form.replace("{n}", n)
            q = _claim_qualifier(text[m.end():m.end() + 60])
            if q:
                # a claim the source qualifies keeps its qualifier ("leak-proof when closed", "water-resistant
                # (40 minutes)"); one the language cannot qualify is not said at all — never stronger
                local = q if bank.lang == "en" else bank.term(q)
                if bank.lang != "en" and re.search(r"\b(?:when|closed|hours?|for|up to)\b", local):
                    continue
                if bank.lang in ("ja", "zh") and not local.startswith(("(", "（")):
                    said = local + said
                else:
                    said = f"{said} {local}".replace(" （", "（")
            found.append((m.start(), p, said))
            taken.append((m.start(), m.end()))
            break
    return found


_QUALIFIER = re.compile(
    r"^[ \u00a0]*(?:(?P<paren>\((?:up to )?\d+(?:[.,]\d+)? ?(?:min|mins|minutes?|h|hrs?|hours?)\))"
    r"|(?P<closed>(?:when|once) (?:the lid is )?(?:fully )?closed|with the lid closed)"
    r"|for (?P<upto>up to )?(?P<n>\d+(?:[.,]\d+)?) ?(?P<u>min|mins|minutes?|h|hrs?|hours?)\b)", re.I)


def _claim_qualifier(after: str) -> str:
    """The qualifier that follows a claim in the seller's text, in one English form the phrase banks say ("(40
    minutes)", "when closed", "(up to 40 minutes)"); "" when there is none."""
    m = _QUALIFIER.match(after)
    if not m:
        return ""
    if m.group("paren") or m.group("closed"):
        return (m.group("paren") or m.group("closed")).casefold()
    unit = "minutes" if m.group("u").casefold().startswith("m") else "hours"
    return f"({m.group('upto') or ''}{m.group('n')} {unit})"


def benefit_texts(task: dict[str, Any], bank: Bank, found: list | None = None) -> list[str]:
    """The description's selling phrases in the language, each whole (``description_benefits`` joins them):
    a voice-over says the first ones whole, never half a phrase ("Für Gas-.")."""
    if found is None:
        found = _benefits_found(task, bank)
    found = sorted(found, key=lambda x: x[0])
    plain = [t for _i, p, t in found if not p.get("lead")]
    led = [(p, t) for _i, p, t in found if p.get("lead")]
    if led:
        lead = led[0][0]["lead"].get(bank.lang) or "{p}"
        plain.append(lead.replace("{p}", bank.join([t for _p, t in led])))
    if bank.lang not in ("ja", "zh"):
        plain = [bank.fill(t, g=gender(task, bank)) for t in plain]
    # two phrases that say the same in the language (a pot and a lid "oven-safe" each, their limits not facts) are
    # said once: never "backofenfest, backofenfest"
    return unique(plain)


def _insulation(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """How long an insulated product keeps cold and hot ("Keep drinks ice cold for 24 hours or hot for 12
    hours" → "Isolierung: 24 Std. kalt, 12 Std. heiß") — the reason to buy, said before logistics."""
    if any(canonical_key(f["key"]) in ("insulation", "features") for f in task.get("facts", [])):
        return []
    forms = _INSULATION.get(bank.lang)
    text = task["product"].get("description") or ""
    if not forms or not text:
        return []
    cold = hot = None
    m = _COLD_HOT.search(text)
    if m:
        cold, hot = m.group(1), m.group(2)
    else:
        m = _HOT_COLD.search(text)
        if m:
            hot, cold = m.group(1), m.group(2)
    if not cold:
        return []
    if re.search(r"\bup\s+to\b", m.group(0) if m else "", re.I):
        # "keeps drinks cold for up to 24 hours": the limit is said ("bis zu 24 Std. kalt", "最長24時間") —
        # never a promise the source does not make
        forms = _INSULATION_UP_TO.get(bank.lang, forms)
    parts = [forms[0].format(c=cold)] + ([forms[1].format(h=hot)] if hot else [])
    return [("insulation", bank.style["list_sep"].join(parts))]


def distinct(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Facts without the ones another fact already states word for word (fabric weight "180 g/m²" when the
    material reads "100% Bio-Baumwolle, Jersey, 180 g/m²"): a reader sees each fact once."""
    out: list[tuple[str, str]] = []
    for k, v in items:
        low = v.casefold()
        if len(low) >= 4 and any(low in ov.casefold() for _ok, ov in out):
            continue
        out.append((k, v))
    # a bare measure another fact states in its own words ("Fabric weight: 200 gsm" beside "… jersey, 200 g/m²",
    # before or after it) is said once, where it reads as part of the product
    norm = [_measure_norm(v) for _k, v in out]
    keep = []
    for i, (k, v) in enumerate(out):
        n = norm[i]
        if _MEASURE.fullmatch(v.strip()) and any(j != i and n in norm[j] and len(norm[j]) > len(n)
                                                for j in range(len(out))):
            continue
        keep.append((k, v))
    return keep


def _measure_norm(v: str) -> str:
    v = v.casefold().replace("gsm", "g/m²").replace("g/m2", "g/m²").replace("g/qm", "g/m²")
    return re.sub(r"[\s\u00a0\u202f]", "", v)


# what a social caption or a short video says first (the rest is in the listing): what the product is made of
# and does, then how it comes; care, warnings, box contents and weights are listing material
SELLING_ORDER = ("features", "insulation", "strength", "material", "scent", "capacity", "volume", "battery", "power", "fabric_weight",
                 "color", "size", "pack", "compatibility", "certification", "origin", "dimensions", "fit", "quantity", "age")
LISTING_ONLY = {"care", "warning", "contents", "weight", "ingredients", "usage", "allergens", "details"}


def selling_rank(key: str) -> int:
    return SELLING_ORDER.index(key) if key in SELLING_ORDER else len(SELLING_ORDER)


def option_keys(task: dict[str, Any]) -> set[str]:
    """Canonical keys of the facts that only list the variant options ("Size: M", "Colour: Forest Green" of a
    Size/Color option): a choice the shopper makes, not one of the "3 things to know" about the product."""
    values = {v.casefold().strip() for vals in (task.get("options") or {}).values() for v in vals}
    out: set[str] = set()
    for f in task.get("facts", []):
        items = [i.strip().casefold() for i in str(f.get("value") or "").split(",") if i.strip()]
        if items and all(i in values for i in items):
            out.add(canonical_key(f["key"]))
            out.add({"colour": "color"}.get(canonical_key(f["key"]), canonical_key(f["key"])))
    if out & {"color", "size"}:
        out.add("pack")
    return out


# a listing's order: what sells (the description's selling points, dose, material, capacity …), then the
# directions and warnings a shopper must read, then specifications and logistics, then the variant options
_DIRECTIONS = ("usage", "warning", "ingredients", "allergens")
_SPECS = ("care", "compatibility", "certification", "origin", "age", "dimensions", "dimensions_per_item", "weight",
          "weight_per_item", "fit", "quantity",
          "contents", "details")


def listing_order(items: list[tuple[str, str]], task: dict[str, Any]) -> list[tuple[str, str]]:
    opts = option_keys(task)

    def tier(key: str) -> int:
        if key in opts:
            return 3
        if key in _DIRECTIONS:
            return 1
        if key in _SPECS:
            return 2
        return 0

    return [kv for _i, kv in sorted(enumerate(items), key=lambda x: (tier(x[1][0]), x[0]))]


def raw_keys(task: dict[str, Any], keys: list[str]) -> list[str]:
    """The catalog's own fact keys for canonical keys (findings name facts the way the product stores them)."""
    wanted = set(keys)
    return [f["key"] for f in task.get("facts", []) if canonical_key(f["key"]) in wanted]


def fact(task: dict[str, Any], key: str, bank: Bank | None = None) -> str | None:
    for k, v in facts(task, bank):
        if k == key:
            return v
    return None


def ends_with_abbreviation(text: str) -> bool:
    return bool(_ABBR_END.search(text or ""))


def strip_end(value: str) -> str:
    """Trailing sentence punctuation off a fact value, but not the dot of a unit abbreviation (``180 ก.``)."""
    value = (value or "").rstrip()
    while value and value[-1] in ".;。":
        if value[-1] == "." and ends_with_abbreviation(value):
            break
        value = value[:-1].rstrip()
    return value


_COLOUR_WORDS = ("black", "white", "grey", "gray", "blue", "red", "green", "yellow", "orange", "pink", "purple",
                 "brown", "beige", "navy", "silver", "gold", "cream", "ivory", "tan", "khaki", "teal", "olive")


def colour_term(value: str, bank: Bank) -> str:
    """One colour name in the bank's language, never doubled or half translated: the whole name where the
    glossary has it ("Navy Blue" → Marineblau, not "Marineblau Blau"); a fanciful name ("Midnight Black") gives
    its base colour with the seller's name beside it — "Schwarz (Midnight Black)"; otherwise as written."""
    v = value.strip()
    if bank.lang == "en" or not v:
        return v
    whole = bank.terms.get(v.casefold())
    if whole:
        return whole
    words = v.split()
    last = words[-1].casefold() if words else ""
    if len(words) > 1 and last in _COLOUR_WORDS and last in bank.terms:
        base = bank.terms[last]
        if bank.lang in ("ja", "zh"):
            return f"{base}（{v}）"
        return f"{base[:1].upper() + base[1:]} ({v})" if bank.lang == "de" else f"{base} ({v})"
    return v


_PACK = re.compile(r"^(?:pack\s+of\s+\d+|set\s+of\s+\d+|\d+\s*-?\s*(?:pack|pk|pcs|pieces?|count|ct|units?|x)"
                   r"|\d+\s+[A-Za-z][A-Za-z-]*s)$", re.I)
_CAPACITY = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:ml|l|cl|fl\.?\s*oz|oz|litres?|liters?)$", re.I)
_WEIGHT = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:g|kg|lb|lbs)$", re.I)


def option_kind(name: str, values: list[str]) -> str:
    """What an option's values are, from its name and their shape: "color", "capacity" (500 ml, 1 L), "weight"
    (250 g), "pack" (120 Softgels, Pack of 3, 2-Pack) or "size" (S, M, 42, 45 × 45 cm) — a pack count is no
    clothing size ("Größen: 120 Softgels")."""
    key = canonical_key(name)
    vals = [v.strip() for v in values if v and v.strip()]
    if key == "color":
        return "color"
    if vals and all(_CAPACITY.match(v) for v in vals):
        return "capacity"
    if vals and all(_WEIGHT.match(v) for v in vals):
        return "weight"
    if vals and all(_PACK.match(v) for v in vals):
        return "pack"
    return key


def pack_value(value: str, bank: Bank) -> str:
    """"120 Softgels" in the language: the counted noun through the glossary or the product-name lexicon."""
    m = re.match(r"^(\d+)\s+(.+)$", value.strip())
    if not m or bank.lang == "en":
        return value
    noun = tag_term(m.group(2), bank)
    if noun == m.group(2):
        return value
    return f"{noun}×{m.group(1)}" if bank.lang in ("ja", "zh") else f"{m.group(1)} {noun}"


def options_text(task: dict[str, Any], bank: Bank) -> str:
    parts = []
    for name, values in (task.get("options") or {}).items():
        if values and not (len(values) == 1 and values[0].lower() in ("default title", "default")):
            kind = option_kind(name, values)
            if kind == "size" and sizes_in_dimensions(", ".join(values), task):
                continue  # the dimensions say these sizes in the language (copy hold-out 12: a list said twice)
            label = bank.label(name) if canonical_key(name) in bank.data["labels"] else name
            if kind != canonical_key(name) and kind in bank.data["labels"]:
                label = bank.label(kind)  # "Inhalt: 120 Weichkapseln", not "Größe: 120 Softgels"
            elif kind == "pack":
                label = bank.label("pack")
            shown = [option_value(task, name, v, bank, kind) for v in values]
            parts.append(f"{label}{bank.style['colon']}{bank.style['list_sep'].join(shown)}")
    return "; ".join(parts)


def seller_value(task: dict[str, Any], kind: str, source: str, option: str | None = None) -> str | None:
    """The seller's own translation (``task["translations"]``, from their translation memory) of a fact (by key)
    or an option value; ``None`` when they have none and the glossary decides."""
    tm = task.get("translations") or {}
    if kind == "fact":
        return (tm.get("facts") or {}).get(source) or None
    return ((tm.get("options") or {}).get(option or "") or {}).get(source) or None


def name(task: dict[str, Any]) -> str:
    seller = (task.get("translations") or {}).get("name")  # the seller's product name for this market
    title = (seller or task["product"].get("title") or task["product"].get("handle") or "").strip()
    return title if seller else glossary_name(task, title)


_NAME_CUT = re.compile(r"\s[—–-]\s|,(?!\d)|\s\||[(（]|\s(?:with|for|in|by)\s", re.I)  # "15,6″" is no cut
# a trailing measure is a number with its unit ("750ml", "500 ml", "2 L") or a bare "x": never a model number
# and the word after it ("Cirrus 2 Road" lost "2 Road" and a voice said "Tarvo Cirrus") nor a count ("Set of 3")
_MEASURE_UNIT = (r"(?:mm|cm|m|km|kg|g|mg|mcg|µg|ml|cl|dl|l|fl\.?\s?oz|oz|lbs?|in|ft|mah|wh|w|v|iu|pcs|pc|pk|ct|"
                 r"tog|spf)")
_TRAILING_MEASURE = re.compile(r"\s+(?:\d[\d.,/]*\s*" + _MEASURE_UNIT + r"\.?|[x×])$", re.I)


def _head_noun(title: str) -> tuple[int, int] | None:
    """(start, end) word positions of the head noun of the first noun phrase of the product-name lexicon in an
    English title ("crossbody bag" of "Marlow Women's Genuine Leather Crossbody Bag Small Shoulder Purse …").

    The head of an English compound is its LAST noun: "Desk Lamp" is a lamp, "Dog Harness" a harness — a noun
    used as a modifier is passed over. The lexicon's whole compound wins where it has one ("water bottle"). A
    run of nouns that ends in a word the lexicon lacks ("Candle Holder": a holder, not a candle) names no noun
    (``None``): never the modifier."""
    from generators.copy.names import _PLAIN_ADJECTIVES, _PREFIXES, _is_model, english_descriptor

    lex = lexicon_tables()
    keys, mods = lex["nouns"]["keys"], lex["mods"]["keys"]
    words = [w.casefold().strip(",.") for w in title.split()]

    def noun_at(i: int) -> int:  # words in the longest lexicon noun starting at i (0: none)
        return next((n for n in (4, 3, 2, 1) if i + n <= len(words) and " ".join(words[i:i + n]) in keys), 0)

    for i in range(len(words)):
        n = noun_at(i)
        if not n:
            continue
        start, end = i, i + n
        while end < len(words):
            nxt = noun_at(end)
            if nxt:  # the next word starts a noun: the one before was a modifier ("desk" of "desk lamp")
                start, end = end, end + nxt
                continue
            w = words[end]
            raw = title.split()[end].strip(",.")
            if re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w) and w not in mods and w not in _HEAD_STOPS \
                    and not _is_model(raw) and w not in _PLAIN_ADJECTIVES and w not in _PREFIXES and w not in _COLOUR_WORDS \
                    and not english_descriptor(raw[:1].upper() + raw[1:]):
                return None  # "Candle Holder": the run ends in a noun the lexicon lacks
            break
        return start, end
    return None


# words that may follow a product's noun in a title without being part of it
_HEAD_STOPS = frozenset({"with", "for", "in", "by", "and", "&", "or", "from", "of", "to", "set", "pack", "kit",
                         "pair", "pcs", "pieces", "piece", "x"})


def lexicon_tables() -> dict[str, Any]:
    from generators.copy.names import lexicon

    return lexicon()


def spoken_name(task: dict[str, Any], bank: Bank, shortest: bool = False) -> tuple[str, str | None]:
    """``_spoken_name`` with the product named first and its brand as its maker in every language that has a
    maker form: a built name that starts with the brand ("Little Hollow Saco de dormir …" after "o") is turned
    round ("o saco de dormir … da Little Hollow") — the brand is never the noun an article stands before."""
    n, g = _spoken_name(task, bank, shortest)
    b = brand(task)
    src = (task["product"].get("source_language") or "en").split("-")[0]
    if b and bank.lang != src and bank.lang in _BY_BRAND and n.casefold().startswith(b.casefold() + " "):
        rest = n[len(b):].strip()
        if rest:
            rest = romance_mid_sentence(rest, bank.lang)
            return by_brand(rest, b, bank.lang), g
    return n, g


def _spoken_name(task: dict[str, Any], bank: Bank, shortest: bool = False) -> tuple[str, str | None]:
    """(a short name a voice says or a hook shows, its grammatical gender): never the whole SEO title ("3 things
    to know about the TrailPeak … 750ml - Double"). The built localized name up to its first dash, comma or
    bracket, without trailing measures; else the brand with the product's noun in the language ("Marlow & Co
    Umhängetasche"); in the source language the title up to its noun ("Marlow Women's Genuine Leather Crossbody
    Bag")."""
    n = name(task)
    g = gender(task, bank)
    title = (task["product"].get("title") or "").strip()
    b = brand(task)
    lang = bank.lang
    src = (task["product"].get("source_language") or "en").split("-")[0]

    def trim(text: str) -> str:
        text = re.sub(r"\s*[(（][^()（）]*[)）]", "", text)  # "(50 mcg)" is no part of a spoken name
        text = _NAME_CUT.split(text, maxsplit=1)[0].strip()
        while True:
            if re.search(r"\b[A-Z]{2,4}[ \u00a0]?\d+(?:[.,]\d+)?$", text):
                return text  # a rating is one phrase ("SPF 50", "TOG 2.5"): never "Lotion SPF"
            cut = _TRAILING_MEASURE.sub("", text).strip()
            if cut == text or not cut or (b and cut.casefold() == b.casefold()):
                return text
            text = cut

    core = trim(title)
    words = core.split()
    span = _head_noun(core)
    if shortest and span:  # the product's noun and its brand only ("Trinkflasche von TrailPeak")
        noun_en = " ".join(words[span[0]:span[1]])
        built = build_name(noun_en, lang, "") if lang != src else None
        lead = b or words[0]
        if lang == src:
            return f"{lead} {noun_en}", g
        if built is not None:
            return by_brand(built.name, b, lang), built.gender
    if n != title or (task.get("translations") or {}).get("name"):
        short = trim(n)  # a built, glossary or seller's name: short enough once its tail is off
        if lang != src and b and short.casefold().startswith(b.casefold() + " ") and lang in _BY_BRAND:
            # "VoltPack Powerbank" → "Powerbank von VoltPack": the product named, its brand as its maker
            rest = short[len(b):].strip()
            rest = romance_mid_sentence(rest, lang)
            return by_brand(rest, b, lang), g
        return short, g
    limit = 6 if bank.style.get("space") else 24
    if lang == src:
        if len(words) <= limit:
            return core, g
        if span and span[1] <= limit:
            return " ".join(words[:span[1]]), g
        if span:
            lead = b or words[0]  # "Little Hollow Sleeping Bag", never "Little Sleeping Bag"
            return f"{lead} {' '.join(words[span[0]:span[1]])}", g
        return b or core, g
    built = build_name(core, lang, b)  # the title's core in the language ("Vitamin-D3-Weichkapseln")
    if built is not None:
        return trim(built.name), built.gender
    if span:
        built = build_name(" ".join(words[span[0]:span[1]]), lang, "")
        if built is not None:
            return by_brand(built.name, b, lang), built.gender
    # never the brand alone as if it were the product ("Darf ich vorstellen: Kea Outdoor."): the product's type
    # in the language, from its brand; else the seller's name
    pt = product_type(task, bank)
    if pt and b:
        return by_brand(pt, b, lang), None
    said = trim(n)
    if lang in OWN_SCRIPT and mostly_latin(said.replace(b, " ") if b else said, lang):
        # a zh/ja/ko/th/ar/hi name that would be the English title ("为您介绍Aurora Polarised Sunglasses"): the
        # product's noun in the language, else its word for "product", with the brand once ("Solvik商品")
        noun = lexicon_word(" ".join(words[span[0]:span[1]]), lang) if span else None
        if noun is None and said and src != "en" and not (b and said.casefold() == b.casefold()):
            # no noun in the language for a catalog written in another language than English (whose words the
            # offline writer cannot translate): the product by its own name, its brand as maker ("Las LiraのFlorero
            # Aura") — never "Las Liraの商品" for three different products (stop 21; copy hold-out 11: "the product is
            # never named"); an English title keeps round 6's rule (no English words in a ja/zh caption)
            rest = said[len(b):].strip() if b and said.casefold().startswith(b.casefold() + " ") else said
            if not b or rest == said and b.casefold() in said.casefold():
                return said, None
            return (_OWN_BY_BRAND[lang].format(n=rest, b=b) if lang in _OWN_BY_BRAND else by_brand(rest, b, lang)), None
        word = noun or PRODUCT_WORD[lang]
        if not b:
            return word, None
        return (_OWN_BY_BRAND[lang].format(n=word, b=b) if lang in _OWN_BY_BRAND else by_brand(word, b, lang)), None
    return said, None


# languages with a script of their own: a caption in them keeps that script (round 6)
OWN_SCRIPT = {"ja": r"[\p{Han}\p{Hiragana}\p{Katakana}ー]", "zh": r"\p{Han}", "ko": r"\p{Hangul}", "th": r"\p{Thai}",
              "ar": r"\p{Arabic}", "hi": r"\p{Devanagari}"}
_OWN_BY_BRAND = {"ar": "{n} من {b}", "th": "{n}จาก {b}"}
PRODUCT_WORD = {"ja": "商品", "zh": "商品", "ko": "제품", "th": "สินค้า", "ar": "منتج", "hi": "उत्पाद"}
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}'’\-]*")


def mostly_latin(text: str, lang: str) -> bool:
    """Whether ``text`` in a language with its own script (``OWN_SCRIPT``) is mostly Latin letters — units,
    all-caps codes and certification names not counted ("100% 棉, GOTS" is not; "Polarised lenses" is)."""
    own = OWN_SCRIPT.get(lang)
    if own is None:
        return False
    certs = cert_words(text)
    latin = sum(len(w) for w in _LATIN_WORD.findall(text)
                if not w.isupper() and w.casefold() not in _UNIT_WORDS and w.casefold() not in certs)
    native = len(regex.findall(own, text))
    return latin > native


# the product named first, its brand after it ("die Powerbank von VoltPack", "le sérum de Lumea"): a hook, a
# caption or a voice names the product, the brand only as its maker
_BY_BRAND = {"de": "{n} von {b}", "fr": "{n} de {b}", "es": "{n} de {b}", "it": "{n} di {b}", "pt": "{n} da {b}",
             "nl": "{n} van {b}", "pl": "{n} marki {b}", "ja": "{b}の{n}", "zh": "{b}{n}", "ko": "{b} {n}"}


def unbranded_name(task: dict[str, Any]) -> str:
    """The product's name without the brand a title starts with ("la brisa Lotion Sun SPF 50" → "Lotion Sun
    SPF 50", lower-cased in French, Spanish, Italian and Portuguese where a template puts an article before it), so
    a sentence names the product and the brand as its maker — never "la la brisa Lotion", "a Auralo Caixa de som";
    the name itself when it does not start with the brand or is nothing but it."""
    n, b = name(task), brand(task)
    if not b or not n.casefold().startswith(b.casefold() + " "):
        return n
    rest = n[len(b):].strip(" -–—:|")
    if not rest:
        return n
    lang = (task.get("language") or task.get("market") or "").split("-")[0]
    return romance_mid_sentence(rest, lang)


def romance_mid_sentence(rest: str, lang: str) -> str:
    """A name after its brand is cut off, as it reads mid-sentence in fr/es/it/pt: a generic noun of the language
    starts with a small letter ("la brisa Lotion Sun SPF 50" → "lotion Sun SPF 50"); a model or product name keeps
    the seller's casing in every language — copy hold-out 7 wrote "Scopri foodPot", "Ecco aria 2100", "le slim
    Bifold Wallet", "wooden Railway" (stop 18)."""
    if lang not in ("fr", "es", "it", "pt") or not rest[1:2].islower():
        return rest
    from generators.copy.names import _noun_starts

    first = rest.split(" ", 1)[0]
    if first not in _noun_starts(lang):
        return rest
    return rest[:1].lower() + rest[1:]


def by_brand(noun: str, b: str, lang: str) -> str:
    """``noun`` from brand ``b`` in the language's order ("Kapseln von Solbrook", "Solbrookの…")."""
    if not b or names_brand(noun, b):
        return noun
    form = _BY_BRAND.get(lang, "{b} {n}")
    if lang == "zh" and b[-1:].isascii() and b[-1:].isalnum() and noun[:1].isascii():
        form = "{b} {n}"  # "Kea Trails T恤", not "Kea TrailsT恤"
    if lang == "fr" and re.match(r"(?i)[aeiouyhàâéèêîôû]", b):
        form = "{n} d'{b}"  # "le sérum d'Aurora"
    return form.format(n=noun, b=b)


# languages where attribute words simply precede the noun, uninflected ("リネン ワンピース", "亚麻连衣裙")
_PREFIX_MODIFIERS = {"ja": "", "zh": "", "ko": " "}


def glossary_name(task: dict[str, Any], title: str) -> str:
    """The product name in the market's language where the glossary has it: the whole name (brand kept), or —
    in ja/zh/ko — its head noun with attribute words before it; otherwise the seller's name as written."""
    lang = task.get("language") or "en"
    src = (task["product"].get("source_language") or "en").split("-")[0]
    if lang == src or not title:
        return title
    try:
        from generators.copy.phrasebank import load

        terms = load(lang).terms
    except KeyError:
        return title
    b = (task["product"].get("vendor") or "").strip()
    lead = b if b and title.casefold().startswith(b.casefold() + " ") else ""
    core = title[len(lead):].strip()
    # the built name first: it carries the noun's gender, which the articles and agreement around the name use
    # (a glossary.d product noun such as "wireless earbuds" must not replace "die kabellosen In-Ear-Kopfhörer")
    built = build_name(title, lang, task["product"].get("vendor") or "")
    if built is not None:  # head noun + modifiers in the language's order (generators/copy/names.py)
        return built.name
    whole = terms.get(core.casefold())
    if whole:
        return f"{lead} {whole}".strip()
    if lang in _PREFIX_MODIFIERS:
        # "Scented Soy Candle — Fig & Cedar": the variant after the dash stays as written; "Earbuds with Noise
        # Cancelling": what follows "with" is one more attribute before the noun (降噪无线耳塞式耳机)
        core, dash, variant = (re.split(r"(\s[—–]\s)", core, maxsplit=1) + ["", ""])[:3]
        extra = []
        if " with " in core.casefold():
            head_part, tail = re.split(r"\s+with\s+", core, maxsplit=1, flags=re.I)
            if tail.casefold() not in terms:
                return title
            core, extra = head_part, [terms[tail.casefold()]]
        words = core.split()
        for n in (2, 1):
            head = " ".join(words[-n:]).casefold()
            if len(words) > n and head in terms:
                mods: list[str | None] = []
                rest = [w.casefold() for w in words[:-n]]
                while rest:  # longest glossary phrase first ("organic cotton", then "cotton")
                    k = next((k for k in (2, 1) if len(rest) >= k and " ".join(rest[:k]) in terms), 0)
                    if not k:
                        mods = [None]
                        break
                    mods.append(terms[" ".join(rest[:k])])
                    rest = rest[k:]
                if all(mods) and (mods or extra):
                    joined = _PREFIX_MODIFIERS[lang].join([*extra, *(m for m in mods if m), terms[head]])
                    return f"{lead} {joined}{dash}{variant}".strip()
    if lang in _HEAD_NOUN_ORDER:
        said = _head_noun_name(core, lang, terms)
        if said:
            return f"{lead} {said}".strip()
    return title


# languages the names lexicon does not cover: the product noun from the glossary, modifiers before it (nl, tr,
# hi, ko) or after it (th, ar, vi, id, ms, sw, fil); Polish keeps only the noun (its adjectives agree in gender)
_HEAD_NOUN_ORDER = {"nl": "pre", "tr": "pre", "hi": "pre", "ko": "pre", "pl": "noun", "th": "post", "ar": "post",
                    "vi": "post", "id": "post", "ms": "post", "sw": "post", "fil": "post"}
_SHAPE_WORDS = {"round", "square", "oval", "rectangular", "large", "small", "mini", "classic", "everyday"}


def _head_noun_name(core: str, lang: str, terms: dict[str, str]) -> str | None:
    """An English product name said around its noun in a language the names lexicon lacks ("Ceramic Bud Vase" →
    "แจกันดอกไม้เดี่ยว เซรามิก", "LED Desk Lamp" → "โคมไฟตั้งโต๊ะ LED" — a compound noun is taken whole, never
    desk + lamp): the longest glossary noun ending the name (before "with …" and measures after a comma), the
    modifiers the glossary knows in the language's order, the seller's line and model tokens ("Pulse Air 2") as
    written; at most two ordinary English adjectives it lacks are left out (the description says them). None when
    any other word is unknown: the seller's name stays as written rather than half translated."""
    from generators.copy.names import _COMMON, _english_frequency, _is_model, english_descriptor

    def common_adjective(w: str) -> bool:  # a shape or make the glossary lacks ("Round", "Enamelled", "Cast-Iron")
        low = w.casefold()
        if w.isupper():  # "LED", "USB": a code, kept
            return False
        return low in _SHAPE_WORDS or (low.endswith(("ed", "-iron", "-steel")) and all(
            x.isalpha() and (_english_frequency()[x] >= _COMMON or x.endswith("ed")) for x in low.split("-")))

    segs = [x.strip() for x in core.split(", ")]
    main, tail = segs[0], segs[1:]
    if any(not re.fullmatch(r"\d[\d.,]*\s?[^\W\d_]{0,4}", t) for t in tail):
        return None  # "…, 7 Pieces" is a count the language says otherwise: not guessed
    main = re.sub(r"\s*\([^()]*\)\s*$", "", re.split(r"\s+with\s+", main, maxsplit=1, flags=re.I)[0])
    words = main.split()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        head = " ".join(words[-n:]).casefold().replace("’", "'")
        noun = terms.get(head) or terms.get(head.rstrip("s")) if not head.endswith("ss") else terms.get(head)
        if not noun:
            continue
        mods: list[str] = []
        keep: list[str] = []
        dropped = 0
        rest = words[:-n]
        while rest:
            def key(ws: list[str]) -> str:  # "Kids'" is the glossary's "kids"
                return " ".join(ws).casefold().replace("’", "'").rstrip("'")
            k = next((k for k in (2, 1) if len(rest) >= k and key(rest[:k]) in terms), 0)
            if k:
                mods.append(terms[key(rest[:k])])
                rest = rest[k:]
                continue
            w = rest.pop(0)
            if common_adjective(w) and dropped < 3:
                dropped += 1
            elif _is_model(w) or (w[:1].isupper() and not english_descriptor(w) and not common_adjective(w)
                                and not re.search(r"['’]s?$", w)):
                keep.append(w)  # a line or model token ("Pulse", "Air", "2", "LED")
            elif (english_descriptor(w) or common_adjective(w)) and dropped < 3:
                dropped += 1
            else:
                return None
        order = _HEAD_NOUN_ORDER[lang]
        if order == "noun":
            mods = []
        parts = ([*mods, noun] if order == "pre" else [noun, *mods]) + keep
        return " ".join(parts + tail)
    return None


def gender(task: dict[str, Any], bank: Bank) -> str | None:
    """Grammatical gender of the product's noun in the task's language (articles and agreement in the
    templates: "Découvrez la Scented Soy Candle", "Fabriquée en cire de soja"); None when the seller named the
    product themselves for this market or the bank does not know the noun (the templates then use no article)."""
    if (task.get("translations") or {}).get("name"):
        return None
    src = (task["product"].get("source_language") or "en").split("-")[0]
    if bank.lang != src:
        built = build_name(task["product"].get("title") or "", bank.lang, task["product"].get("vendor") or "")
        if built is not None and built.gender:  # the gender of the noun the built name uses
            return built.gender
    return bank.gender(task["product"].get("title") or "")


def names_brand(text: str, b: str) -> bool:
    """Whether ``text`` (a title or name) already names the brand ``b``: the whole brand, or its first word
    leading the text ("Marlow Women's …" of the brand "Marlow & Co") — the brand is then not put before it."""
    if not b:
        return True
    if b.casefold() in text.casefold():
        return True
    first_b = re.split(r"[\s&+,]", b.strip(), maxsplit=1)[0].casefold()
    first_t = re.split(r"[\s&+,]", text.strip(), maxsplit=1)[0].casefold().removesuffix("'s").removesuffix("’s")
    return len(first_b) >= 3 and first_b == first_t


def brand(task: dict[str, Any]) -> str:
    return (task["product"].get("vendor") or "").strip()


def product_type(task: dict[str, Any], bank: Bank) -> str:
    """The catalog's product type in the market's language; "" when it cannot be localized whole ("Kategorie:
    Dog Harnesses", "カテゴリー：Crossbody バッグ" are left out, as are hashtags and keywords from it)."""
    t = (task["product"].get("product_type") or "").strip()
    if not t:
        return ""
    out = tag_term(t, bank)
    return out if localized(t, out, task, bank) else ""


def localized(source: str, out: str, task: dict[str, Any], bank: Bank) -> bool:
    """Whether ``out`` (a catalog word after the glossary and lexicon) has no word of ``source`` left untranslated
    — a word spelled the same in the language ("Jersey", "Outdoor" where the glossary gives it) is its own."""
    src_lang = (task["product"].get("source_language") or "en").split("-")[0]
    if bank.lang == src_lang:
        return True
    src_words = {w.casefold() for w in _WORD.findall(source)}
    own = target_words(bank.lang)
    return not any(w.casefold() in src_words and w.casefold() not in own for w in _WORD.findall(out))


def hashtag_terms(task: dict[str, Any], bank: Bank) -> list[str]:
    """Words for hashtags: the localized product type, the brand, and the catalog tags the glossary or the
    lexicon translate whole as nouns or materials — no English tag in a French caption (#Women, #Gift), no
    adjective (#térmico), no elided phrase whose apostrophe a hashtag would drop (#dextérieur)."""
    from generators.copy.names import lexicon

    src_lang = (task["product"].get("source_language") or "en").split("-")[0]
    mods = lexicon()["mods"]
    words = [product_type(task, bank), brand(task)]
    for t in stated_tags(task):
        w = tag_term(t, bank)
        if bank.lang != src_lang:
            key = t.strip().casefold()
            if not localized(t, w, task, bank) or re.search(r"['’]", w):
                continue
            if key in mods["keys"] and key not in bank.terms and mods["rows"][mods["keys"][key]].get("kind") != "mat":
                continue  # an adjective is no hashtag
        words.append(w)
    seen: set[str] = set()
    out = []
    for w in words:  # "#Speakers" and "#Speaker" are one hashtag
        k = " ".join(_stem(x) for x in _tag_words(w))
        if w and k not in seen:
            seen.add(k)
            out.append(w)
    return out


# A seller's tags are merchandising labels until the product says them (round-5 review: #Bestseller, #SummerSale,
# #ShipFromEu, #Waterproof on a speaker that does not float). The rule (docs/readme/copy.md, Round 5 — surface):
# a tag becomes a hashtag or search term only when (1) it is no merchandising label — a sale, a drop, a
# season's promotion, a ranking, newness, shipping or stock — (2) every word of it is in the product's own text
# (title, type, category, description, facts) and (3) it is no adjective or claim: a hashtag cannot carry the
# qualifier or the test that goes with "waterproof", "leak-proof", "organic"; the body's fact sentence says it.
_MERCH = re.compile(
    r"^(?:new|news|neu|nouveau|nuevo|novo|nuovo|hot|sale|sales|deal|deals|promo|promos|promotion|clearance|"
    r"outlet|discount|discounted|bestseller|bestsellers|best|seller|sellers|top|trending|trend|featured|"
    r"feature|popular|exclusive|limited|edition|drop|drops|launch|restock|restocked|preorder|pre|order|"
    r"backorder|stock|instock|ship|ships|shipping|shipped|from|free|fast|express|eu|us|uk|usa|gift|gifts|"
    r"idea|ideas|summer|winter|spring|autumn|fall|season|seasonal|holiday|holidays|christmas|xmas|"
    r"black|friday|cyber|monday|prime|day|week|bundle|collection|coll|ss\d*|fw\d*|aw\d*|q[1-4]|\d+)$")


def _tag_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_/&+,.:;#]+", text.casefold()) if w]


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def merchandising_tag(tag: str) -> bool:
    """Whether a catalog tag is the seller's own label ("bestseller", "summer-sale", "ship-from-eu", "spring-drop",
    "new", "SS24"): every word of it a merchandising word, or any word a sale/ranking/shipping one."""
    words = _tag_words(tag)
    return not words or all(_MERCH.match(w) for w in words) or any(
        w in ("sale", "sales", "bestseller", "bestsellers", "clearance", "promo", "drop", "restock", "preorder",
              "shipping", "ship", "outlet", "deal", "deals", "trending", "featured") for w in words)


def stated_tags(task: dict[str, Any]) -> list[str]:
    """The catalog tags the product itself states (rule above): no merchandising label, every word in the
    product's title, type, category, description or facts, and no adjective (lexicon kind "adj")."""
    from generators.copy.names import lexicon

    p = task["product"]
    own = " ".join([p.get("title") or "", p.get("product_type") or "", p.get("category") or "",
                    p.get("description") or ""] + [f"{f.get('key') or ''} {f.get('value') or ''}"
                                                    for f in task.get("facts") or []])
    said = {_stem(w) for w in _tag_words(own)}
    mods = lexicon()["mods"]
    out = []
    for t in p.get("tags") or []:
        key = t.strip().casefold()
        if merchandising_tag(t) or not all(_stem(w) in said for w in _tag_words(t)):
            continue
        row = mods["rows"][mods["keys"][key]] if key in mods["keys"] else None
        if row is not None and row.get("kind") == "adj":
            continue  # a claim word (waterproof, organic): said with its qualifier in the body, not as a tag
        out.append(t)
    return out


def tag_term(word: str, bank: Bank) -> str:
    """A catalog tag or type ("organic", "T-Shirts") in the bank's language: the glossary, else the product-name
    lexicon's word; as written when neither knows it. A compound the glossary lacks whole ("Desk Lamp") is
    built as a name, else said by its head noun ("Lampe"), never word by word ("Schreibtisch Lampe")."""
    words = word.split()
    if len(words) > 1 and bank.lang != "en" and word.strip().casefold() not in bank.terms:
        built = build_name(word.strip(), bank.lang, "")
        if built is not None:
            return built.name
        span = _head_noun(word)
        head = lexicon_word(" ".join(words[span[0]:span[1]]), bank.lang) if span else None
        if head and span and span[0] > 0:
            return head
    out = bank.term(word)
    if out == word and bank.lang != "en":
        return lexicon_word(word, bank.lang) or out
    return out


def take_sentences(parts: list[str], limit: int | None, unit: str, bank: Bank) -> str:
    """Join whole sentences while they fit (the first is shortened at a word boundary if it alone is too long)."""
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        candidate = bank.sentences(out + [p])
        if limit is None or measure(candidate, unit) <= limit:
            out.append(p)
        elif not out:
            return fit(p, limit, unit, bank.lang)
    return bank.sentences(out)


_MEASURE = re.compile(r"\d[\d.,\u00a0\u202f]*\s?(?:mah|wh|ml|l|cl|g|kg|mg|w|v|cm|mm|m|in|oz|lb|gsm|g/m²)(?![^\W\d_])",
                      re.I)


# a rating written as number and code ("2.5 TOG", "2,5 TOG", "SPF 50", "IP67"): said once per title, whatever the
# decimal mark
_RATING = re.compile(r"\d[\d.,]*\s?(?:tog|spf|ip\d\d)\b|\b(?:spf|tog)\s?\d[\d.,]*", re.I)


def title_with_attrs(base: str, attrs: list[str], limit: int, bank: Bank, unit: str = "graphemes") -> str:
    title = base
    sep = bank.style["dash"]
    added: list[str] = []
    said = re.sub(r"[\s.\u00a0]", "", title.casefold())
    for a in attrs:
        if not a or a.lower() in title.lower() or re.sub(r"[\s.\u00a0]", "", a.casefold()) in said:
            continue  # a fact the title already states ("750ml" for "750 ml") is not appended again
        measures = [re.sub(r"[\s.,\u00a0\u202f]", "", x.casefold()) for x in _MEASURE.findall(a) + _RATING.findall(a)]
        if measures and any(x in said.replace(",", "") for x in measures):
            continue  # "20000 mAh / 74 Wh" after a title that says 20000 mAh: the capacity once per title
        codes = [c.casefold() for c in re.findall(r"(?<![\w.])(?=[\w.]*\d)(?=[\w.]*[^\W\d_])[\w.]+", a)]
        if any(re.search(rf"(?<![\w.]){re.escape(c)}(?![\w])", title.casefold()) for c in codes):
            continue  # a code or rating the title says ("IP67", "2.5 TOG", "EN71") is not said twice in it
        candidate = base + sep + bank.style["title_sep"].join(added + [a])
        # a word at most twice in a title (platform-specs.md C: Amazon / Word repetition)
        if measure(candidate, unit) <= limit and max(word_counts(candidate).values(), default=0) <= 2:
            added.append(a)
    if added:
        title = base + sep + bank.style["title_sep"].join(added)
    return fit_title(title, limit, unit, bank.lang)


# words a title phrase cannot end on: a preposition, article or conjunction waiting for its noun ("para bebê de",
# "Schlafsack für", "Pea & Brown Rice &"), in the languages of the phrase banks
_DANGLING = frozenset("""a an the of for with and or & + to from by in on at per de da do das dos des du la le les
un une et ou pour avec en sur par au aux del el los las y o con para sin por di dello della degli delle e ed il lo gli
i per su tra fra com em no na nos nas um uma für mit und oder von vom zum zur aus bei im am an der die das dem den
ein eine einem einen einer ohne zu""".split())
_TITLE_BREAK = re.compile(r"\s+[–—|/-]\s+|,\s+|\s*[(（]|、|，|\s*\|\s*")
_JA_ZH_DANGLING = re.compile(r"[のとや用及和与的、，・]+$")


def fit_title(title: str, limit: int, unit: str = "graphemes", lang: str | None = None) -> str:
    """A title within ``limit``, shortened at a phrase boundary — a dash, comma, bracket or bar — never inside a
    phrase; only when no boundary fits is it cut at a word, and then no dangling preposition, article or number
    is left at its end ("para bebê de", "Pea & Brown Rice 1" cannot happen)."""
    title = nfc(title).strip()
    if measure(title, unit) <= limit:
        return title
    cuts = [m.start() for m in _TITLE_BREAK.finditer(title) if m.start() > 0]
    for at in reversed(cuts):
        head = title[:at].rstrip(" ,–—-|/")
        if head and measure(head, unit) <= limit and measure(head, unit) >= limit // 3:
            return head
    return trim_dangling(fit(title, limit, unit, lang))


def trim_dangling(text: str) -> str:
    """``text`` without a dangling last word: a function word, a bare number whose unit was cut, an open
    bracket or a joining mark."""
    words = text.split()
    while len(words) > 1 and (words[-1].casefold().strip(",;:") in _DANGLING or re.fullmatch(r"[\d.,]+|[-–—&+/(,:;]", words[-1])):
        words.pop()
    out = " ".join(words).rstrip(" ,;:–—-&+/(")
    return _JA_ZH_DANGLING.sub("", out) or out


_SENTENCE_STOP = re.compile(r"(?<=[.!?。！？])(?=\s|$)")


def fit_sentences(text: str, limit: int, unit: str = "graphemes", lang: str | None = None) -> str:
    """``text`` within ``limit`` as whole sentences (a bullet never ends mid-sentence); when its first sentence
    alone is too long, it ends at its last clause that fits, with an ellipsis."""
    text = nfc(text).strip()
    if measure(text, unit) <= limit:
        return text
    ends = [m.start() for m in _SENTENCE_STOP.finditer(text)]
    for at in reversed(ends):
        if measure(text[:at], unit) <= limit:
            return text[:at].strip()
    cut = fit(text, limit - 1, unit, lang)
    clause = max(cut.rfind(", "), cut.rfind("; "), cut.rfind("，"), cut.rfind("、"))
    head = cut[:clause] if clause > len(cut) // 2 else trim_dangling(cut)
    return head.rstrip(" ,;:") + "…"


_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_])\.\s+([^\W\d_])")


def short_value(v: str, max_len: int = 40) -> str:
    """A value short enough for a title: first clause, without a "Label:" prefix, not a long list. The first
    sentence only: "100% wool felt, 5 mm thick. Handles: vegetable-tanned leather" is felt — the part's material
    after the next sentence's label is never the value's short form (stop 20: a basket titled by its handles)."""
    v = re.split(r"[;；\n(（]|。", v)[0].strip()
    m = _NEXT_SENTENCE.search(v)
    if m and m.group(1).isupper() and not ends_with_abbreviation(v[:m.start() + 1]):
        v = v[:m.start()].strip()
    if ":" in v:
        v = v.split(":", 1)[1].strip()
    if v.count(",") + v.count("、") >= 2:
        return ""
    if _open_quote(v):  # a marked value cut in half („Solid oak) is not shown
        return ""
    return v if len(v) <= max_len else ""


_QUOTE_PAIRS = (("„", "“"), ("«", "»"), ("“", "”"), ("「", "」"), ("‘", "’"))


def _open_quote(v: str) -> bool:
    return any(v.count(o) != v.count(c) for o, c in _QUOTE_PAIRS if o != c)


_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def word_counts(text: str) -> dict[str, int]:
    """Words of a title as the Amazon repetition rule counts them: in Chinese and Japanese (no spaces) every
    character is a word."""
    counts: dict[str, int] = {}
    for w in re.findall(r"\w+", text.casefold()):
        for t in (list(w) if _CJK.search(w) else [w]):
            counts[t] = counts.get(t, 0) + 1
    return counts


# a hashtag keeps letters, combining marks (Thai vowels and tone marks, Devanagari matras, Arabic harakat),
# digits and underscores; ``\w`` alone drops the marks: #เสื้อยืด became #เสอยด and #टीशर्ट became #टशरट
TAG_CHARS = r"\p{L}\p{M}\p{N}_"
_NOT_TAG = regex.compile(rf"[^{TAG_CHARS}]+")


def tag_body(text: str) -> str:
    """``text`` with every character a hashtag cannot hold removed (marks kept)."""
    return _NOT_TAG.sub("", text or "")


def hashtag(word: str) -> str:
    w = _NOT_TAG.sub(" ", word or "").strip()
    if not w:
        return ""
    parts = w.split()
    if all(p.isascii() or regex.match(r"\p{Latin}", p) for p in parts):
        # CamelCase in every Latin-script language: #GarrafasDeÁgua, #Arnés — not #garrafasdeágua
        return "#" + "".join(p[:1].upper() + p[1:] for p in parts)
    return "#" + "".join(parts)


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in items:
        k = i.casefold()
        if i and k not in seen:
            seen.add(k)
            out.append(i)
    return out


# environmental/hygiene claim words: fine inside a grounded fact sentence (the quality engine asks for the
# certification), but never added as a bare keyword, tag or hashtag without one
# (platform-specs.md C: Amazon / Bullets — "eco-friendly", "antibacterial", "bamboo" need substantiation)
CLAIM_WORDS = ("organic", "recycled", "eco", "sustainable", "zero waste", "zero-waste", "plastic-free",
               "plastic free", "biodegradable", "compostable", "vegan", "natural", "antibacterial", "antimicrobial",
               "green", "bio")


def has_certification(task: dict[str, Any]) -> bool:
    return any(canonical_key(f["key"]) == "certification" and f.get("value") for f in task.get("facts", []))


def claim_free(words: list[str], task: dict[str, Any]) -> list[str]:
    if has_certification(task):
        return words
    out = []
    for w in words:
        low = w.casefold()
        if not any(re.search(rf"(?<![\w]){re.escape(c)}", low) for c in CLAIM_WORDS):
            out.append(w)
    return out



# ---------------------------------------------------------------- "new" only for a new product (issue 16, round 6)
# words that say the product is new or has just arrived, per phrase-bank language: a hook that says one of them is
# used only when the product is new (``product_is_new``) — the offline writer never invents a launch
_NEW_WORDS = {
    "en": r"\bnew\b|\bjust (?:in|landed|arrived|dropped)\b|\bfresh(?:ly)? (?:in|arrived)\b",
    "de": r"\bneu(?:e[nrsm]?|heit)?\b|\bfrisch eingetroffen\b|\bneuzugang\b",
    "fr": r"\bnouveau(?:x|té|tés)?\b|\bnouvelles?\b|\bdu nouveau\b|\bvient d'arriver\b",
    "es": r"\bnovedad(?:es)?\b|\bnuev[oa]s?\b|\bya está aquí\b|\brecién llegad[oa]s?\b",
    "it": r"\bnovità\b|\bnuov[oaie]\b|\bappena arrivat[oaie]\b",
    "pt": r"\bnovidades?\b|\bnov[oa]s?\b|\bchegou\b|\bacabou de chegar\b",
    "nl": r"\bnieuw(?:e|tje)?\b|\bnet binnen\b",
    "pl": r"\bnowoś(?:ć|ci)\b|\bnow(?:y|a|e)\b",
    "tr": r"\byeni\b",
    "id": r"\bbaru\b",
    "ms": r"\bbaharu\b|\bbaru\b",
    "fil": r"\bbago\b",
    "sw": r"\bmpya\b",
    "vi": r"\bmới\b",
    "ar": r"جديد|جديدة",
    "hi": r"नया|नई|नए",
    "th": r"ใหม่",
    "ko": r"새로|신상|신제품|새 ",
    "ja": r"新登場|新しく|新発売|新作|新商品|入荷",
    "zh": r"新品|上新|新款|新到|新上市",
}
_NEW_RX = {k: regex.compile(v, regex.I) for k, v in _NEW_WORDS.items()}
# a catalog tag or campaign name that says the product is new (the seller's own word for it)
_NEW_TAG = re.compile(r"(?i)^(?:new|new[- _]?(?:arrivals?|in|products?|releases?|launch(?:es)?|season)|just[- _]?in|"
                      r"launch|neu(?:heit)?(?:en)?|nouveau(?:té)?s?|novedad(?:es)?|novità|novidades?|nieuw|nowość|"
                      r"新品|新商品|新作|新款|신상|신제품)$")


def claims_new(text: str, lang: str) -> bool:
    """Whether ``text`` (a template or a hook) says the product is new, in the phrase bank's language."""
    rx = _NEW_RX.get(lang.split("-")[0])
    return bool(rx and rx.search(text))


def product_is_new(task: dict[str, Any]) -> bool:
    """Whether the seller says the product is new: a tag such as "new", "new-arrival", "Neu", "nouveauté", or a
    campaign whose name launches it. Nothing else makes a hook say "new"."""
    p = task["product"]
    if any(_NEW_TAG.match(str(t).strip()) for t in p.get("tags") or []):
        return True
    camp = task.get("campaign") or {}
    return bool(re.search(r"(?i)\b(?:launch|new[- ]?arrivals?|neuheit|nouveauté|lanzamiento|lancio|lançamento)\b",
                          str(camp.get("name") or "")))


def honest_hooks(templates: list[str], task: dict[str, Any], lang: str) -> list[str]:
    """The hook templates the product may use: those that say "new" only when the product is new."""
    if product_is_new(task):
        return list(templates)
    return [t for t in templates if not claims_new(t, lang)]


# ---------------------------------------------------------------- option values in the language, or marked (round 6)
_LETTER_SIZE = re.compile(r"(?i)^(?:\d?x{0,4}[sl]|m|xxs|xs|\d?xl|[sml]/[sml]|x{1,4}[sl]|[sml]-[sml]|os)$")


@functools.lru_cache(maxsize=1)
def _option_table() -> dict[str, Any]:
    return json.loads((Path(__file__).resolve().parents[3] / "assets" / "phrasebanks" / "prose" /
                       "option_values.json").read_text(encoding="utf-8"))


def option_word(value: str, lang: str) -> str | None:
    """A word size ("Small", "One Size", "Queen") in ``lang`` from ``prose/option_values.json``; None if absent."""
    table = _option_table()
    langs = table["_langs"]
    row = table["values"].get(re.sub(r"[\s_-]+", " ", value.strip()).casefold())
    return row[langs.index(lang)] if row and lang in langs else None


# a size by age ("2-3 years", "6-12 months", "4-5 years (104/110 cm)") in the language: the number range as written,
# the unit word in the language's order (ja 歳 and zh 岁 after the number, sw miaka before it); one year or month is
# left as written (its singular differs)
_AGE_SIZE = re.compile(r"^(\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*(years?|yrs?|months?|mths?)(\s*\([^()]*\))?$", re.I)
_AGE_UNITS = {
    "en": ("{n} years", "{n} months"), "de": ("{n} Jahre", "{n} Monate"), "fr": ("{n} ans", "{n} mois"),
    "es": ("{n} años", "{n} meses"), "it": ("{n} anni", "{n} mesi"), "pt": ("{n} anos", "{n} meses"),
    "ja": ("{n}歳", "{n}か月"), "zh": ("{n}岁", "{n}个月"), "nl": ("{n} jaar", "{n} maanden"),
    "pl": ("{n} lat", "{n} mies."), "ko": ("{n}세", "{n}개월"), "ar": ("{n} سنوات", "{n} أشهر"),
    "hi": ("{n} वर्ष", "{n} महीने"), "th": ("{n} ปี", "{n} เดือน"), "tr": ("{n} yaş", "{n} ay"),
    "vi": ("{n} tuổi", "{n} tháng"), "id": ("{n} tahun", "{n} bulan"), "ms": ("{n} tahun", "{n} bulan"),
    "sw": ("miaka {n}", "miezi {n}"), "fil": ("{n} taon", "{n} buwan")}


def age_size(value: str, lang: str) -> str | None:
    """A size by age in ``lang`` ("2-3 years" → "2-3 Jahre", "2-3歳", "miaka 2-3"); None when ``value`` is no
    age range or the language has no entry."""
    m = _AGE_SIZE.match(value.strip())
    if not m or lang not in _AGE_UNITS or re.fullmatch(r"0*1", m.group(1)):
        return None
    n = re.sub(r"\s*[-–]\s*", "-", m.group(1))
    text = _AGE_UNITS[lang][0 if m.group(2).lower().startswith("y") else 1].format(n=n)
    return text + (m.group(3) or "")


def option_value(task: dict[str, Any], name: str, value: str, bank: Bank, kind: str = "") -> str:
    """One option value in the market's language: the seller's translation, a colour or a pack count as before,
    a word size through the option-values table, letter sizes and measures as written; anything else the glossary
    cannot translate whole is kept as written in the language's quotation marks and named in a
    ``generation.fact-untranslated`` finding (never left in English unmarked, never dropped)."""
    v = value.strip()
    seller = seller_value(task, "option", v, name)
    if seller:
        return seller
    kind = kind or option_kind(name, [v])
    if kind == "color":
        return colour_term(v, bank)
    if kind == "pack":
        return pack_value(v, bank)
    src = (task["product"].get("source_language") or "en").split("-")[0]
    if _LETTER_SIZE.match(v):
        return v  # S, M, XL: as written in every market
    if bank.lang != src and age_size(v, bank.lang):
        return age_size(v, bank.lang) or v  # "2-3 years" → "2-3 Jahre", never "Größen: 2-3 years"
    if bank.lang == src or not re.search(r"[^\W\d_]", v) or re.search(r"\d", v):
        return bank.term(v)  # measures and counts ("45 x 45 cm", "EU 42") as the glossary writes them
    said = option_word(v, bank.lang)
    if said:
        return said
    term = bank.term(v)
    if term != v and readable_in(term, task, v, strict=True):
        return term
    if v.isupper() or v.casefold() in " ".join([task["product"].get("title") or "",
                                                 task["product"].get("vendor") or ""]).casefold():
        return v  # a code or the product's own line name, not English to translate
    note(task, "generation.fact-untranslated", "warning",
         f"{bank.label(name) if canonical_key(name) in bank.data['labels'] else name}: “{v}” is kept in the source "
         f"language ({src}), marked — no translation for this option value; add it to the translation memory",
         fact=canonical_key(name))
    return mark(v, bank)


# ---------------------------------------------------------------- facts said with their part or size (stop 20)

# one piece's measure of a set ("Each block: 4 × 4 × 4 cm"): said per piece, never as the whole set's
_EACH = {"en": "{v} each", "de": "je {v}", "fr": "{v} par pièce", "es": "{v} por pieza", "it": "{v} per pezzo",
         "pt": "{v} por peça", "ja": "各{v}", "zh": "每件{v}"}
_EACH_SCOPE = re.compile(r"(?i)^(?:each|per|je|jede[rsnm]?|chaque|cada|ogni|每)(?:\s+[^\W\d_][\w-]*)?$")
_TOKEN_SCOPE = re.compile(r"^(?:[A-Z0-9][\w.+-]{0,11}|[SMLX]{1,4}|\d{1,3}(?:[.,]\d)?)$")
_SCOPED_BASE = {"dimensions_per_item": "dimensions", "weight_per_item": "weight"}
# English part nouns as the facts name them, said in English copy before the material ("cotton lining")
_PART_EN = "{m} {p}"


def _said_scope(scope: str, task: dict[str, Any], bank: Bank) -> str:
    """A size's or a piece's name in the language: a word size from the option-values table ("Large" → Groß), a
    letter size or a one-word size name as written ("M", "King"); anything else the glossary translates whole,
    else quoted as the seller wrote it (never English unmarked in a German listing)."""
    src = (task["product"].get("source_language") or "en").split("-")[0]
    scope = scope.strip()
    if not scope or bank.lang == src:
        return scope
    word = option_word(scope, bank.lang)
    if word:
        return word
    if _TOKEN_SCOPE.match(scope):
        return scope
    said = strip_end(bank.term(scope))
    if said != scope and readable_in(said, task, scope, strict=True):
        return said
    note(task, "generation.fact-untranslated", "warning",
         f"{bank.label('dimensions')}: “{scope}” is kept in the source language ({src}), marked — the offline "
         "writer's glossary cannot translate it; edit the draft or use a model")
    return mark(scope, bank)


def _part_phrase(part: str, material: str, task: dict[str, Any], bank: Bank) -> str:
    """"cotton lining" / "Futter aus Baumwolle" / "doublure en coton" / コットン裏地: a part named with its material
    (assets/phrasebanks/prose/parts.json); a part or material the language lacks is quoted as written."""
    from generators.copy.phrasebank import _de_dative, _parts_data

    src = (task["product"].get("source_language") or "en").split("-")[0]
    if bank.lang == src:
        return _PART_EN.replace("{m}", material).replace("{p}", part) if bank.lang == "en" else f"{part}: {material}"
    data = _parts_data()
    row = data["parts"].get(part.casefold())
    if bank.lang not in data["languages"]:
        # a language without the part words (tr, nl, pl, ar …): not said, named — never "lining: leather" quoted in
        # English inside a Turkish listing (bench copy: +0.1 English leftover a draft in those languages)
        note(task, "generation.fact-not-in-listing", "info",
             f"{bank.label('part_materials')}: “{part}: {material}” is not said — the offline writer has no word for "
             "the part in this language; add it by hand or use a model", fact="part_materials")
        return ""
    local = strip_end(bank.term(material))
    word = row[data["languages"].index(bank.lang)] if row else component_words.noun(part, bank.lang)
    if not word or not readable_in(local, task, material, strict=True):
        note(task, "generation.fact-untranslated", "warning",
             f"{bank.label('part_materials')}: “{part}: {material}” is kept in the source language ({src}), marked — "
             "the offline writer's glossary cannot translate it; edit the draft or use a model", fact="part_materials")
        return mark(f"{part}: {material}", bank)
    noun = word
    if bank.lang == "de":
        local = _de_dative(local)
    tpl = data["templates"][bank.lang]
    return tpl.replace("{P}", noun[:1].upper() + noun[1:]).replace("{p}", noun).replace("{m}", local)


def scoped_lines(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """(key, value) of the facts the import keeps with their scope, each said with its part or size: "Futter aus
    Baumwolle, Füllung aus recyceltem Polyester"; "Groß 35 × 35 × 30 cm, Klein 25 × 25 × 20 cm"; "je 4 × 4 × 4 cm".
    Never the product's own material, size or weight (stop 19's SKIP_KEYS kept them unsaid; stop 20 says them)."""
    out: list[tuple[str, str]] = []
    sep = bank.style["list_sep"]
    for f in task.get("scoped_facts") or []:
        items = [i for i in f.get("items") or [] if i.get("value")]
        if not items:
            continue
        if f["key"] == "part_materials":
            said = [x for x in (_part_phrase(i["scope"], i["value"], task, bank) for i in items if i.get("scope")) if x]
            if said:
                text = sep.join(said)
                out.append((f["key"], text[:1].upper() + text[1:] if bank.style.get("space") else text))
            continue
        said = []
        for i in items:
            value = localize_measures(i["value"], task)
            scope = i.get("scope") or ""
            if not scope or _EACH_SCOPE.match(scope.strip()):
                said.append(_EACH.get(bank.lang, "{v}").format(v=value) if scope else value)
            else:
                s = _said_scope(scope, task, bank)
                said.append(f"{s} {value}")
        out.append((f["key"], sep.join(said)))
    return out


def scoped_sentence(key: str, value: str, bank: Bank) -> str:
    """A listing's line for a scoped fact: the parts' phrase as a sentence; sizes under the plain label
    ("Maße: Groß 35 × 35 × 30 cm, Klein …" — never "Maße je Artikel")."""
    end = bank.end if bank.lang in ("ja", "zh") else "."
    if key == "part_materials":
        return value if value.endswith((".", "。")) else value + end
    return f"{bank.label(_SCOPED_BASE.get(key, key))}{bank.style['colon']}{value}{end}"


_MEASURE_ONLY = re.compile(r"[\d\s.,:×x~–\-+/%()\u00a0\u202f]*(?:[A-Za-zµ°]{1,4}\.?)?[\d\s.,×x~–\-+/%()\u00a0\u202f]*")


def bare_measure(value: str) -> bool:
    """Whether a value is a number with at most a unit ("350 ml", "1.000 mAh", "150 W"): no hook opens with one
    (copy hold-out 11: "350 ml — that's the …" says nothing a viewer wants)."""
    v = (value or "").strip()
    return bool(v) and any(c.isdigit() for c in v) and _MEASURE_ONLY.fullmatch(v) is not None


def hook_fact_text(key: str, lead: str, bank: Bank, g: str | None) -> str:
    """What a hook opens with (stop 20: a caption starts with the benefit, not "Introducing"): the material said
    as the bank's sentence without its full stop ("Made from 100% wool felt", "Fabriquée en aluminium",
    "素材はアルミニウムです"); any other fact as its value ("Water-resistant"). A sentence that reads as a form
    ("Material: …") is not a hook: the value then."""
    if key != "material":
        return lead
    said = bank.fact_sentence(key, lead, g).rstrip(".。!！ ")
    form = re.match(re.escape(bank.label(key)) + r"\s*[:：]", said)
    return lead if form or not said else said
