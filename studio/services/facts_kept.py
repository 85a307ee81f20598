"""Facts kept: does a draft still state the product's hard facts? (issue 16, "Gates that do not gate")

Run on every draft's checks (``generation._glossary_findings``: generation by either writer, a field rewrite,
``recheck`` — which approval, a person's edit and scheduling use —, Content's live checks and
``studio lint --draft``). Pure CPU over the task the writers were given; the writers' own data (warning
wordings, certification names) comes through the copy engine port.

What it checks, fact by fact (``task["facts"]``):

- **numbers with units** — a fact whose value has a number followed by a unit or "%" (dimensions, capacity,
  weight, battery, wattage, temperatures, material percentages, g/m²): every number of the fact must be in the
  draft in one of the forms the writers were given — as written, as displayed for the market, as converted
  (en-US inches), or as the seller's translation memory says the fact. Any spelling of a number counts
  (1,000 / 1.000 / 1 000 with NBSP or narrow NBSP, decimal comma or point, full-width, Arabic-Indic, Devanagari
  or any other script's digits); the unit is not required; another number does not count ("40 mm" or "1,4 mm"
  for "4 mm"). Prices, size charts, sizes, warranties, codes and a variant's shipping weight are not checked.
- **certification and standard names** in any fact (the writers' ``legal/certifications.json``, kept verbatim
  in every language): case, spaces, hyphens and ®/™ ignored; names of one body that stand for one another
  ("GOTS (Global Organic Textile Standard)") count once.
- **model numbers** (``model``, ``model_number``, ``mpn``…), spaces and hyphens ignored.
- **mandatory warnings**, sentence by sentence as the writers split them: a sentence is stated when the draft
  has the seller's own translation of it (translation memory), or the law's / usual label's wording in the
  market's language (``legal/warnings.json``) with its numbers, or the seller's sentence itself (which
  ``generation.safety-untranslated`` refuses in another language) — compared without case, spaces or
  punctuation. A sentence neither covers is checked by its numbers only. Directions get the number check.

Findings: a listing gets ``generation.fact-missing`` (warning) per fact and ``generation.warning-missing``
(error: approval refuses it) per warning sentence with the wording to use; a caption, script, FAQ or kit
piece — short formats that leave facts out by design — gets one info naming everything it leaves out.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import regex

from localization.formatting import duration_minutes

WARNING_KEYS = frozenset({"warning", "warnings", "caution", "safety", "safety_warning", "safety_warnings",
                          "safety_information"})
DIRECTION_KEYS = frozenset({"usage", "directions", "how_to_use", "directions_for_use", "suggested_use"})
MODEL_KEYS = frozenset({"model", "model_number", "model_no", "model_nr", "mpn", "part_number", "manufacturer_part_number"})
# facts whose numbers are not the draft's to repeat: prices and offers have their own checks, a size chart is a
# table, sizes are option values, a warranty is not selling copy on Amazon, codes are not copy
SKIP_KEYS = frozenset({"price", "sale_price", "compare_at_price", "size_chart", "size", "sizes", "warranty",
                       "guarantee", "sku", "barcode", "gtin", "ean", "upc", "isbn", "hs_code", "code",
                       # stop 19: a part's material, one size's / piece's measure — not stated as the product's
                       "part_materials", "dimensions_per_item", "weight_per_item"})
FULL_KINDS = frozenset({"listing"})  # the kinds that must state every fact; the others get one info

_UNIT = (r"(?:%|٪|°\s?[CF]|℃|℉|mm|cm|dm|km|m²|m2|m³|m|in(?:ch(?:es)?)?|ft|feet|yds?|\"|″|kg|mg|µg|mcg|g/m²|g/m2|"
         r"gsm|g|lbs?|oz|fl\.?\s?oz|ml|cl|dl|l|mAh|Ah|Wh|kWh|kW|W|V|Hz|kHz|GHz|dB|lm|lx|GB|TB|MB|IU|mpx|MP|"
         r"h|hrs?|hours?|min|mins|minutes?|sec|seconds?|days?|weeks?|months?|years?|pcs|pieces?|tex|den|"
         r"denier|thread count|TC|cal|kcal|N|bar|psi|rpm|ppm|ppi|dpi|px|K)")
_WITH_UNIT = regex.compile(r"\d(?:[.,]\d+)?\s?" + _UNIT + r"(?![\p{L}])", regex.I)
# a number: digits with group or decimal marks between them; a plain space groups only before three digits
_NUMBER = regex.compile(r"(?<![\d])\d+(?:(?:[.,'’٫٬\u066b\u066c]|[\u00a0\u202f\u2009 ](?=\d{3}(?!\d)))\d+)*")
# a duration stored in hours ("0.33 h", "up to 0.33 h"): the writers say it in minutes under 3 h
# (``localization.formatting.duration_minutes``), so those minutes are one of its forms
_HOURS = regex.compile(r"(?i)(?:up to\s+)?(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)")
_SPACES = "\u00a0\u202f\u2009 '’٬\u066c"


def _key(k: str) -> str:
    return str(k or "").strip().casefold().replace(" ", "_").replace("-", "_")


@functools.lru_cache(maxsize=4096)
def _ascii_digits(text: str) -> str:
    """Every decimal digit of any script (full-width, Arabic-Indic, Devanagari, Thai…) as 0-9; other text as is."""
    if text.isascii():
        return text
    text = text.replace("\uff0e", ".")  # a full-width decimal point ("３．８kg")
    return "".join(str(d) if (d := unicodedata.decimal(c, None)) is not None else c for c in text)


def _canon(int_part: str, frac: str = "") -> str:
    i = int_part.lstrip("0") or "0"
    f = frac.rstrip("0")
    return f"{i}.{f}" if f else i


def _readings(token: str) -> set[str]:
    """The values a written number can stand for: "3,8" → {3.8}; "1.000" → {1000, 1}; "1 000" → {1000}."""
    parts = regex.split(r"([.,'’٫٬\u066b\u066c\u00a0\u202f\u2009 ])", token)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return {_canon(token)}
    out: set[str] = set()
    last = seps[-1]
    if last in "٫\u066b":
        return {_canon("".join(digits[:-1]), digits[-1])}
    if last in _SPACES:
        return {_canon("".join(digits))}
    # the last "." or "," is a decimal mark unless it is followed by exactly three digits and could group
    out.add(_canon("".join(digits[:-1]), digits[-1]))
    if len(digits[-1]) == 3 and all(len(d) == 3 for d in digits[1:]) and len(set(s for s in seps if s in ".,")) == 1:
        out.add(_canon("".join(digits)))
    if len(set(s for s in seps if s in ".,")) == 1 and sum(1 for s in seps if s in ".,") > 1:
        out = {_canon("".join(digits))}  # "1.000.000": groups only
    return out


def numbers(text: str) -> list[set[str]]:
    """Each number in ``text`` with the values it can stand for."""
    return [_readings(m.group(0)) for m in _NUMBER.finditer(_ascii_digits(text or ""))]


def number_set(text: str) -> set[str]:
    """Every value any number of ``text`` can stand for (and the parts of a space-grouped one)."""
    out: set[str] = set()
    t = _ascii_digits(text or "")
    for m in _NUMBER.finditer(t):
        tok = m.group(0)
        out |= _readings(tok)
        pieces = regex.split(r"[.,'’٫٬\u066b\u066c\u00a0\u202f\u2009 ]", tok)
        # "1 000" may be two numbers; "40,41,42" is a list, not a grouped number
        if any(c in tok for c in "\u00a0\u202f\u2009 ") or (len(pieces) > 2 and any(len(p) != 3 for p in pieces[1:])):
            for piece in pieces:
                out |= _readings(piece)
    return out


def has_measure(value: str) -> bool:
    """Whether a fact's value has a number with a unit or a percentage ("4 mm", "100%", "30 °C", "180 g/m²")."""
    return bool(_WITH_UNIT.search(_ascii_digits(value or "")))


def _norm_text(text: str) -> str:
    """Letters, marks and digits only, case folded (spaces and punctuation of every script dropped)."""
    # "60 ºC" (the ordinal sign typed for a degree, which NFKC makes an "o") is the "60 °C" the writer writes
    t = unicodedata.normalize("NFKC", _ascii_digits(text or "").replace("º", "°")).casefold()
    return regex.sub(r"[^\p{L}\p{M}\p{N}]+", "", t)


def _forms(f: dict[str, Any], tm_facts: dict[str, str]) -> list[str]:
    out = [str(f.get("value") or "")]
    for k in ("display", "converted"):
        if f.get(k):
            out.append(str(f[k]))
    if tm_facts.get(f.get("key") or ""):
        out.append(str(tm_facts[f["key"]]))
    hours = _HOURS.fullmatch(out[0].strip())
    minutes = duration_minutes(float(hours.group(1))) if hours else None
    if minutes is not None:  # "0.33 h" said as the writers say it: "bis zu 20 Minuten", "最长20分钟"
        out.append(f"{minutes} min")
    return [x for x in dict.fromkeys(out) if x]


def _numbers_kept(forms: list[str], have: set[str]) -> tuple[bool, list[str]]:
    """(kept, the numbers missing in the first form): kept when all the numbers of one form are in ``have``."""
    first_missing: list[str] = []
    for i, form in enumerate(forms):
        missing = [m.group(0) for m in _NUMBER.finditer(_ascii_digits(form)) if not (_readings(m.group(0)) & have)]
        if not missing:
            return True, []
        if i == 0:
            first_missing = missing
    return False, first_missing


def _cert_said(name: str, draft: str, draft_norm: str) -> bool:
    squeezed = regex.sub(r"[\s\-®™]+", "", name)
    if len(squeezed) <= 5 and squeezed.isupper():  # "CE", "FCC", "UL": as written (French "ce" is a word)
        body = r"[\s\-]*".join(regex.escape(c) for c in squeezed)
        return bool(regex.search(rf"(?<![A-Za-z]){body}(?![A-Za-z])", draft))
    return _norm_text(name) in draft_norm


def _sentences(text: str) -> list[str]:
    return [s for s in regex.split(r"(?<=[.!?。！？।])\s*", text or "") if _norm_text(s)]


def check(task: dict[str, Any], texts: list[tuple[str, str]], kind: str, market: str, engine: Any, *,
          noted: frozenset[str] | set[str] = frozenset()) -> list[dict[str, Any]]:
    """The facts-kept findings of one draft. ``texts``: (field, text) of its content; ``noted``: fact keys the
    writer already reported (its own notes), not reported twice."""
    facts = task.get("facts") or []
    if not facts:
        return []
    lang = str(task.get("language") or market.split("-")[0]).split("-")[0].casefold()
    tm = task.get("translations") or {}
    tm_facts = {str(k): str(v) for k, v in (tm.get("facts") or {}).items() if v}
    own = tm.get("sentences") or None
    draft = "\n".join(t for _, t in texts)
    have = number_set(draft)
    draft_norm = _norm_text(draft)
    missing_facts: list[tuple[str, str, str]] = []  # (fact key, what, the value)
    missing_warnings: list[tuple[str, str, str | None, str]] = []  # (fact key, source sentence, wording, how)
    for f in facts:
        key = str(f.get("key") or "")
        k = _key(key)
        value = str(f.get("value") or "")
        # a shipping weight is the parcel's (Variant Grams, or "Shipping weight: 1.2 kg" in the body): never the draft's
        if not value or k in SKIP_KEYS or k == "shipping_weight" or (f.get("from") == "variant" and k == "weight"):
            continue
        # a fact read from the description with a doubt is not asked of a draft until the seller confirms it (stop 21)
        if f.get("sure") is False:
            continue
        # what the writer reported leaving out is not reported twice (a listing's warning is checked all the same)
        if key in noted and not (kind in FULL_KINDS and k in WARNING_KEYS):
            continue
        if k in WARNING_KEYS:
            for form in engine.warning_forms(value, lang, own):
                src, text = str(form.get("source") or ""), form.get("text")
                if text:
                    said = (_norm_text(text) in draft_norm
                            or all(_norm_text(s) in draft_norm for s in _sentences(text))
                            or _norm_text(src) in draft_norm)
                    if not said:
                        missing_warnings.append((key, src, str(text), "wording"))
                elif has_measure(src) or numbers(src):
                    ok, miss = _numbers_kept([src], have)
                    if not ok and _norm_text(src) not in draft_norm:
                        missing_warnings.append((key, src, None, ", ".join(miss)))
            continue
        what: list[str] = []
        if k in MODEL_KEYS:
            if _norm_text(value) not in draft_norm:
                what.append("model number")
        elif has_measure(value):
            ok, miss = _numbers_kept(_forms(f, tm_facts), have)
            if not ok:
                what.append(", ".join(miss))
        for group in engine.cert_names(value):
            if not any(_cert_said(n, draft, draft_norm) for n in group):
                what.append(group[0])
        if what:
            missing_facts.append((key, "; ".join(what), value))
    return _findings(kind, market, missing_facts, missing_warnings)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _label(key: str) -> str:
    return key.replace("_", " ")


def _findings(kind: str, market: str, facts: list[tuple[str, str, str]],
              warnings: list[tuple[str, str, str | None, str]]) -> list[dict[str, Any]]:
    if not facts and not warnings:
        return []
    out: list[dict[str, Any]] = []
    if kind not in FULL_KINDS:
        names = [f"{_label(k)} “{_short(v)}”" for k, _what, v in facts] + [f"{_label(k)}: “{_short(src)}”"
                                                                          for k, src, _t, _h in warnings]
        out.append({"rule_id": "generation.fact-missing", "severity": "info",
                    "message": f"this {kind} leaves out: " + "; ".join(names) + " — fine for a short format; the "
                               "listing states them", "field": None, "start": None, "end": None, "fix": None,
                    "source": "facts-kept", "fact": (facts[0][0] if facts else warnings[0][0]),
                    "data": {"facts": [k for k, _w, _v in facts] + [k for k, *_ in warnings], "market": market}})
        return out
    for key, what, value in facts:
        out.append({"rule_id": "generation.fact-missing", "severity": "warning",
                    "message": f"fact not stated: {_label(key)} “{value}” (missing: {what}) — state it, or "
                               f"regenerate the draft", "field": None, "start": None, "end": None, "fix": None,
                    "source": "facts-kept", "fact": key,
                    "data": {"fact": key, "value": value, "missing": what, "market": market}})
    for key, src, text, how in warnings:
        if text is not None:
            msg = (f"mandatory warning not stated: “{src}” — the label wording: “{text}” — state it word for word, "
                   f"or regenerate the draft")
            sev = "error"
        else:
            msg = (f"mandatory warning may be missing: “{src}” (its numbers {how} are not in the draft) — state "
                   f"it, or regenerate the draft")
            sev = "warning"
        out.append({"rule_id": "generation.warning-missing", "severity": sev, "message": msg, "field": None,
                    # the wording is in the message and data, not a "fix": the finding has no span to replace
                    "start": None, "end": None, "fix": None, "source": "facts-kept", "fact": key,
                    "data": {"fact": key, "sentence": src, "wording": text, "market": market}})
    return out


def draft_findings(db: Any, draft: Any, cache: dict[Any, Any] | None = None) -> list[dict[str, Any]]:
    """The facts-kept findings of a stored draft's current version (the whole-catalog ``studio lint`` and Checks ›
    Catalog report; approval and ``studio lint --draft`` get them through ``generation.recheck``). ``cache``: the
    task per product × market (its facts and the seller's translations do not depend on the kind)."""
    from studio.domain import StudioError
    from studio.services import generation
    from studio.services.providers import get_provider

    if draft.latest is None:
        return []
    key = (draft.product_id, draft.market)
    task = (cache or {}).get(key)
    if task is None:
        try:
            task = generation.prepare(db, draft.product_id, draft.market, draft.kind, draft.target,
                                      get_provider("offline", concurrency=1)).task
        except StudioError:  # a market or kind the writers no longer know: the rules' findings still stand
            task = {}
        if cache is not None:
            cache[key] = task
    if not task:
        return []
    noted = {str(c.get("fact")) for c in draft.latest.checks or [] if c.get("source") == "writer" and c.get("fact")}
    return check(task, list(generation._walk(draft.latest.content)), draft.kind, draft.market,
                 generation.engine(), noted=noted)

