"""The seller's own translations (translation memory), per market: product names, option values, fact values.

Both writers use them: ``overrides_for(db, product_id, market)`` is what generation puts into the task
(``task["translations"]``) — the offline writer writes these names and values instead of its glossary's, the
LLM prompt lists them as "use exactly these translations" — and ``findings`` is the check that flags a draft
using another name or value than the seller's (like the brand glossary).

Entries (table ``translations``):

- ``name``: the product's name in the market (always per product);
- ``option``: an option value ("Navy" → "Marineblau"), per product or market-wide (``product_id`` NULL),
  optionally for one option name only;
- ``fact``: a fact value, per product and fact key, or market-wide for a source value ("100% linen" →
  "100 % Leinen" wherever a product states it);
- ``sentence``: one whole sentence of a warning or of the directions ("Keep out of reach of children." →
  "Außerhalb der Reichweite von Kindern aufbewahren."), per product or market-wide (``product_id`` NULL: every
  product stating it). The offline writer says a mandatory sentence in the seller's words before its own legal
  wording; a mandatory sentence still in the source language is an error finding (``safety_findings``) until the
  seller gives one (same table, no migration: ``kind`` = "sentence", ``source`` = the sentence, ``key`` = "").

A product's own entry wins over a market-wide one. Edited in the app (Catalog › product › Translations) and with
``studio translations``; imported from Shopify's translation export CSV (``Type, Identification, Field, Locale,
Market, Status, Default content, Translated content``), exported in the same shape.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import regex
from sqlalchemy import or_, select

from studio.domain import ChangeSummary, StudioError
from studio.storage import models as m
from studio.storage.db import Database

KINDS = ("name", "option", "fact", "sentence")
SHOPIFY_COLUMNS = ("Type", "Identification", "Field", "Locale", "Market", "Status", "Default content",
                   "Translated content")
MAX_VALUE = 2000
# fields of Shopify's export the writers do not take from the memory (descriptions, SEO, URLs…)
_UNUSED_PRODUCT_FIELDS = {"body_html", "handle", "meta_title", "meta_description", "product_type"}


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class TranslationDTO:
    id: int
    product_id: int | None
    handle: str | None  # None: market-wide
    market: str
    kind: str
    key: str
    source: str
    value: str
    origin: str
    updated_at: datetime | None

    @property
    def field(self) -> str:
        return field_name(self.kind, self.key, self.source)


@dataclass(frozen=True)
class MemoryRow:
    """One line of the product × market translation table (what the app's Translations tab shows)."""

    field: str  # name | option:Color=Navy | fact:material
    kind: str
    key: str
    source: str
    value: str  # the seller's translation, "" when there is none
    scope: str  # "product" | "market" (market-wide entry) | "" (none)
    outdated: bool = False  # a fact translation made for another source value


@dataclass
class ImportResult:
    file: str
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.file}: {self.rows} rows read, {self.imported} translations added, {self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.markets:
            parts.append("markets " + ", ".join(self.markets))
        if self.skipped:
            parts.append("skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items())))
        if self.errors:
            parts.append(f"{len(self.errors)} rows with errors")
        return "; ".join(parts)


# --------------------------------------------------------------------------- fields and markets


def field_name(kind: str, key: str, source: str) -> str:
    if kind == "name":
        return "name"
    if kind == "fact":
        return f"fact:{key}" if key else f"fact={source}"
    if kind == "sentence":
        return f"sentence:{source}"
    return f"option:{key}={source}" if key else f"option:{source}"


def parse_field(spec: str) -> tuple[str, str, str]:
    """``name`` | ``option:VALUE`` | ``option:OPTION=VALUE`` | ``fact:KEY`` | ``sentence:TEXT`` → (kind, key,
    source)."""
    s = (spec or "").strip()
    if s.casefold() in ("name", "title"):
        return "name", "", ""
    kind, sep, rest = s.partition(":")
    kind = kind.strip().casefold()
    rest = rest.strip()
    if kind == "option" and sep and rest:
        opt, eq, value = rest.partition("=")
        return ("option", opt.strip(), value.strip()) if eq else ("option", "", rest)
    if kind == "fact" and sep and rest:
        return "fact", rest.casefold().replace(" ", "_"), ""
    if kind == "sentence" and sep and rest:
        return "sentence", "", sentence_source(rest)
    raise StudioError(f"field {spec!r} is not one of: name, option:VALUE, option:OPTION=VALUE, fact:KEY, "
                      "sentence:TEXT (e.g. option:Color=Navy, fact:material or 'sentence:Keep out of reach of "
                      "children.')")


def market_tag(market: str) -> str:
    from localization.markets import get_market

    try:
        return get_market(market).tag
    except ValueError as exc:
        raise StudioError(str(exc)) from None


def _markets_for_locale(locale: str, market_col: str) -> tuple[list[str], str | None]:
    """Registry markets a Shopify ``Locale`` (+ optional ``Market``) row applies to; (tags, problem)."""
    from localization.markets import all_markets

    loc = (locale or "").strip().replace("_", "-")
    if not loc:
        return [], "Locale is empty: it must be a language code such as de, fr or pt-BR"
    lang, _, region = loc.partition("-")
    lang = lang.casefold()
    cands = [mk for mk in all_markets() if mk.language.casefold() == lang]
    if region:
        cands = [mk for mk in cands if mk.country.casefold() == region.casefold()]
    if not cands:
        return [], (f"Locale {locale!r} matches no market in the registry; add the market in Markets or pass "
                    "--market")
    mc = (market_col or "").strip().casefold()
    if mc:
        picked = [mk for mk in cands if mc in (mk.country.casefold(), (mk.country_name or "").casefold(),
                                               mk.tag.casefold())]
        if picked:
            cands = picked
    return [mk.tag for mk in cands], None


# --------------------------------------------------------------------------- mandatory sentences

# the facts whose every sentence is mandatory label text (warnings and directions); their aliases as the writers
# read them (generators/copy/phrasebank.py KEY_ALIASES)
MANDATORY_KEYS = frozenset({"warning", "warnings", "caution", "safety", "safety_warning", "safety_warnings",
                            "safety_information", "usage", "directions", "how_to_use", "directions_for_use",
                            "suggested_use"})
# a warning's sentences, as the offline writer splits them (generators/copy/legal.py warning_parts): full stops,
# "!", ";" and a dash between two clauses
_SENTENCES = regex.compile(r"(?<=[.!;])\s+|\s+[–—-]\s+(?=[A-Za-z])")
_HEAD = regex.compile(r"^(?:warnings?|caution|attention|important|safety(?: warnings?| information)?|directions"
                      r"(?: for use)?|how to use|suggested use|usage)(?:\s*[:!.–-]\s*|$)", regex.I)


def sentence_source(text: str) -> str:
    """A sentence as stored (the seller's words, whitespace collapsed, its label word and end mark off)."""
    s = regex.sub(r"\s+", " ", text or "").strip()
    s = _HEAD.sub("", s).strip()
    return s.strip(" .;!").strip()


def sentence_key(text: str) -> str:
    """What two spellings of one sentence share: case, dashes, apostrophes, spaces and the end mark ignored
    (generators/copy/legal.py ``sentence_key`` is the same function on the writer's side)."""
    s = (text or "").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return regex.sub(r"\s+", " ", s).strip().strip(" .;!\"'“”„«»「」").strip().casefold()


def mandatory_sentences(facts: list[Any]) -> list[tuple[str, str]]:
    """(fact key, sentence) of every sentence of the warnings and directions among ``facts`` (dicts or objects
    with ``key`` and ``value``), in order, each once."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for f in facts or []:
        key = str((f.get("key") if isinstance(f, dict) else getattr(f, "key", "")) or "")
        value = str((f.get("value") if isinstance(f, dict) else getattr(f, "value", "")) or "")
        if key.strip().casefold().replace(" ", "_").replace("-", "_") not in MANDATORY_KEYS:
            continue
        for part in _SENTENCES.split(value):
            sent = sentence_source(part)
            if len(regex.findall(r"\p{L}{2,}", sent)) < 2 or sentence_key(sent) in seen:
                continue
            seen.add(sentence_key(sent))
            out.append((key, sent))
    return out


def _words(text: str) -> str:
    return " " + " ".join(regex.findall(r"[\p{L}\p{N}]+", (text or "").casefold())) + " "


def safety_findings(task: dict[str, Any], texts: list[tuple[str, str]], market: str) -> list[dict[str, Any]]:
    """An error for each mandatory sentence (warning, directions) of the product that a draft for a market of
    another language still says in the source language — quoted by the offline writer or left by a model or an
    edit: the gate refuses the draft until the seller's translation is in (Add translation… on the finding,
    Catalog › product › Translations, or ``studio translations add``)."""
    from localization.markets import market_or_provisional

    mk = market_or_provisional(market) if market else None
    lang = (mk.language if mk else (task.get("language") or "")).split("-")[0].casefold()
    src = str((task.get("product") or {}).get("source_language") or "en").split("-")[0].casefold()
    if not lang or lang == src:
        return []
    tm_sentences = (task.get("translations") or {}).get("sentences") or {}
    words = [(f, t, _words(t)) for f, t in texts]
    out: list[dict[str, Any]] = []
    language = _language_name(lang)
    for key, sent in mandatory_sentences(task.get("facts") or []):
        w = _words(sent)
        if len(w.split()) < 2:
            continue
        hit = next(((f, t) for f, t, tw in words if w in tw), None)
        if hit is None:
            continue
        fname, text = hit
        at = text.casefold().find(sent.casefold())
        have = tm_sentences.get(sentence_key(sent))
        how = ("your translation is in Translations: regenerate the draft (Add translation… regenerates it)" if have
               else f"add your translation — Add translation… on this finding, Catalog › product › Translations "
                    f"(Safety sentence), or `studio translations add {market} \"{sent}\" \"…\"`")
        out.append({"rule_id": "generation.safety-untranslated", "severity": "error",
                    "message": f"safety text not in {language}: “{sent}” ({key.replace('_', ' ')}) — {how}",
                    "field": fname, "start": at if at >= 0 else None,
                    "end": at + len(sent) if at >= 0 else None, "fix": None, "source": "translations",
                    "data": {"sentence": sent, "fact": key, "market": market}})
    return out


def _language_name(lang: str) -> str:
    names = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
             "ja": "Japanese", "zh": "Chinese", "nl": "Dutch", "pl": "Polish", "ko": "Korean", "ar": "Arabic",
             "tr": "Turkish", "sv": "Swedish", "th": "Thai", "hi": "Hindi", "id": "Indonesian", "vi": "Vietnamese",
             "ms": "Malay", "sw": "Swahili", "fil": "Filipino"}
    return names.get(lang, lang)


# --------------------------------------------------------------------------- reading


def _dto(r: m.Translation, handle: str | None) -> TranslationDTO:
    return TranslationDTO(r.id, r.product_id, handle, r.market, r.kind, r.key or "", r.source or "", r.value,
                          r.origin or "user", r.updated_at)


def list_translations(db: Database, product_id: int | None = None, market: str | None = None,
                      *, include_market_wide: bool = True) -> list[TranslationDTO]:
    """Entries, optionally for one product (with the market-wide ones) and/or one market."""
    with db.session() as s:
        q = select(m.Translation, m.Product.handle).outerjoin(m.Product, m.Product.id == m.Translation.product_id)
        if product_id is not None:
            cond = m.Translation.product_id == product_id
            q = q.where(or_(cond, m.Translation.product_id.is_(None)) if include_market_wide else cond)
        if market:
            q = q.where(m.Translation.market == market_tag(market))
        q = q.order_by(m.Translation.market, m.Product.handle, m.Translation.kind, m.Translation.key,
                       m.Translation.source)
        return [_dto(r, h) for r, h in s.execute(q).all()]


def _entries(db: Database, product_id: int, market: str) -> list[m.Translation]:
    with db.session() as s:
        rows = s.scalars(select(m.Translation).where(
            m.Translation.market == market,
            or_(m.Translation.product_id == product_id, m.Translation.product_id.is_(None)))).all()
        for r in rows:
            s.expunge(r)
        return list(rows)


def _cf(v: str | None) -> str:
    return (v or "").strip().casefold()


def _resolve(product: Any, entries: list[m.Translation]) -> list[MemoryRow]:
    """Every translatable thing of the product with the seller's translation for it (product entry first)."""
    pid = product.id
    out: list[MemoryRow] = []
    name = next((e for e in entries if e.kind == "name" and e.product_id == pid), None)
    out.append(MemoryRow("name", "name", "", product.title, name.value if name else "",
                         "product" if name else ""))
    seen: set[tuple[str, str]] = set()
    for v in product.variants:
        for opt, val in (v.options or {}).items():
            if not val or (opt, val) in seen or _cf(val) in ("default title", "default"):
                continue
            seen.add((opt, val))
            e = next(_option_candidates(entries, pid, opt, val), None)
            out.append(MemoryRow(field_name("option", opt, val), "option", opt, val, e.value if e else "",
                                 ("product" if e.product_id == pid else "market") if e else ""))
    for f in product.facts:
        own = next((e for e in entries if e.kind == "fact" and e.product_id == pid and e.key == f.key), None)
        wide = None if own else next((e for e in entries if e.kind == "fact" and e.product_id is None
                                      and _cf(e.source) == _cf(f.value) and (not e.key or e.key == f.key)), None)
        e = own or wide
        outdated = bool(own and own.source and _cf(own.source) != _cf(f.value))
        out.append(MemoryRow(field_name("fact", f.key, f.value), "fact", f.key, f.value, e.value if e else "",
                             ("product" if own else "market") if e else "", outdated))
    # each mandatory sentence (warnings, directions): the seller's own wording of it, product entry first
    sentences = {sentence_key(e.source): e for e in sorted(  # the product's own entry last: it wins
        (e for e in entries if e.kind == "sentence"), key=lambda e: e.product_id is not None)
        if e.product_id in (pid, None)}
    for key, sent in mandatory_sentences(list(product.facts)):
        e = sentences.get(sentence_key(sent))
        out.append(MemoryRow(field_name("sentence", "", sent), "sentence", key, sent, e.value if e else "",
                             ("product" if e.product_id == pid else "market") if e else ""))
    return out


def _option_candidates(entries: list[m.Translation], pid: int, opt: str, val: str):
    order = ((pid, opt), (pid, ""), (None, opt), (None, ""))
    for want_pid, want_key in order:
        for e in entries:
            if (e.kind == "option" and e.product_id == want_pid and _cf(e.source) == _cf(val)
                    and _cf(e.key) == _cf(want_key)):
                yield e


def memory_rows(db: Database, product_id: int, market: str) -> list[MemoryRow]:
    """The product × market table: name, each option value, each fact — with the seller's translation if any."""
    from studio.services import catalog

    market = market_tag(market)
    return _resolve(catalog.get_product(db, product_id), _entries(db, product_id, market))


def overrides_for(db: Database, product_id: int, market: str) -> dict[str, Any]:
    """What the writers must use for this product in this market; ``{}`` when the seller has none.

    ``{"name": str | None, "options": {option: {source value: translation}}, "facts": {fact key: translation},
    "values": {source text: translation}}`` — ``values`` flattens all of them for the checks."""
    from studio.services import catalog

    try:
        market = market_tag(market)
        entries = _entries(db, product_id, market)
        if not entries:  # the common case costs one indexed query
            return {}
        rows = _resolve(catalog.get_product(db, product_id), entries)
    except StudioError:
        return {}
    out: dict[str, Any] = {"name": None, "options": {}, "facts": {}, "values": {}}
    for r in rows:
        if not r.value:
            continue
        if r.kind == "name":
            out["name"] = r.value
        elif r.kind == "sentence":
            out.setdefault("sentences", {})[sentence_key(r.source)] = r.value
        elif r.kind == "option":
            out["options"].setdefault(r.key, {})[r.source] = r.value
        else:
            out["facts"][r.key] = r.value
        if r.source:
            out["values"][r.source] = r.value
    # a fact that lists option values ("size: Small, Medium, Large") reads in the seller's option translations
    by_value = {_cf(k): v for vals in out["options"].values() for k, v in vals.items()}
    # the seller's sentences the product does not state as written (another spelling): the writer matches by key
    for e in sorted(entries, key=lambda e: e.product_id is None):  # the product's own entry first: it wins
        if e.kind == "sentence" and e.value:
            out.setdefault("sentences", {}).setdefault(sentence_key(e.source), e.value)
    for r in rows:
        if r.kind == "fact" and not r.value and by_value:
            parts = [x.strip() for x in regex.split(r"[,/;]", r.source) if x.strip()]
            if parts and all(_cf(x) in by_value for x in parts):
                out["facts"][r.key] = ", ".join(by_value[_cf(x)] for x in parts)
                out["values"][r.source] = out["facts"][r.key]
    if not out["values"] and not out["name"]:
        return {}
    return out


# --------------------------------------------------------------------------- writing


def _check_value(value: str, what: str) -> str:
    v = (value or "").strip()
    if len(v) > MAX_VALUE:
        raise StudioError(f"{what}: the translation is {len(v)} characters; at most {MAX_VALUE}")
    return v


def _same(r: m.Translation, kind: str, key: str, source: str, product_id: int | None) -> bool:
    """Whether entry ``r`` is the slot (kind, key, source) of ``product_id`` (names: one per product; a product's
    fact: one per key; options and market-wide facts: one per source value)."""
    if kind == "name":
        return True
    if kind == "fact" and product_id is not None:
        return r.key == key
    if kind == "sentence":
        return sentence_key(r.source) == sentence_key(source)
    return _cf(r.key) == _cf(key) and _cf(r.source) == _cf(source)


def _slot_rows(s: Any, product_id: int | None, market: str, kind: str, key: str, source: str) -> list:
    q = select(m.Translation).where(m.Translation.market == market, m.Translation.kind == kind)
    q = q.where(m.Translation.product_id.is_(None) if product_id is None else m.Translation.product_id == product_id)
    return [r for r in s.scalars(q).all() if _same(r, kind, key, source, product_id)]


def _upsert(s: Any, product_id: int | None, market: str, kind: str, key: str, source: str, value: str,
            origin: str) -> str:
    """Insert or update one entry in session ``s``; returns "added" | "updated" | "unchanged"."""
    rows = _slot_rows(s, product_id, market, kind, key, source)
    if rows:
        r = rows[0]
        if r.value == value and (r.source or "") == source:
            return "unchanged"
        r.value, r.source, r.origin = value, source, origin
        return "updated"
    s.add(m.Translation(product_id=product_id, market=market, kind=kind, key=key, source=source, value=value,
                        origin=origin))
    return "added"


def set_translation(db: Database, product_id: int | None, market: str, field_spec: str, value: str, *,
                    origin: str = "user") -> ChangeSummary:
    """Set the seller's translation of ``field_spec`` (see ``parse_field``); an empty value deletes it.

    ``product_id=None`` makes an option or fact translation market-wide (a name always belongs to a product)."""
    from studio.services import catalog

    market = market_tag(market)
    kind, key, source = parse_field(field_spec)
    value = _check_value(value, field_spec)
    if kind == "name" and product_id is None:
        raise StudioError("a product name translation needs a product (REF)")
    if product_id is not None:
        p = catalog.get_product(db, product_id)
        if kind == "name":
            source = p.title
        elif kind == "fact":
            f = next((f for f in p.facts if f.key == key), None)
            if f is None:
                raise StudioError(f"{p.handle} has no fact '{key}'; its facts: "
                                  f"{', '.join(f.key for f in p.facts) or 'none'}")
            source = f.value
        elif kind == "sentence":
            if not source:
                raise StudioError("sentence: give the sentence as the product states it, e.g. "
                                  "'sentence:Keep out of reach of children.'")
            stated = mandatory_sentences(list(p.facts))
            same = next((s for _k, s in stated if sentence_key(s) == sentence_key(source)), None)
            if same is None:
                have = "; ".join(f"“{s}”" for _k, s in stated[:6]) or "none"
                raise StudioError(f"{p.handle} states no warning or direction sentence “{source}”; its sentences: "
                                  f"{have} — or give '*' for every product")
            source = same
        else:
            values = {(o, v) for var in p.variants for o, v in (var.options or {}).items() if v}
            if not any(_cf(v) == _cf(source) and (not key or _cf(o) == _cf(key)) for o, v in values):
                have = ", ".join(sorted({f"{o}={v}" for o, v in values})) or "none"
                raise StudioError(f"{p.handle} has no option value {source!r}"
                                  + (f" for {key}" if key else "") + f"; its options: {have}")
    elif kind == "sentence" and not source:
        raise StudioError("sentence: give the sentence, e.g. 'sentence:Keep out of reach of children.'")
    elif kind == "fact":
        raise StudioError("a market-wide fact translation is imported from a file (the source value is needed); "
                          "for one product give its REF")
    if not value:
        return delete_translation(db, product_id, market, field_spec)
    with db.session() as s:
        _upsert(s, product_id, market, kind, key, source, value, origin)
    return ChangeSummary(updated=(product_id,) if product_id else (), entity="translations",
                         message=f"{market} {field_spec}")


def add_sentence(db: Database, market: str, sentence: str, value: str, product_id: int | None = None
                 ) -> ChangeSummary:
    """The seller's wording of one warning or direction sentence in ``market``'s language — for every product
    that states it (``product_id`` None) or for one product."""
    if not sentence_source(sentence):
        raise StudioError("the sentence is empty: give the warning or direction as the product states it")
    if not (value or "").strip():
        raise StudioError(f"the translation of “{sentence_source(sentence)}” is empty: give the sentence in the "
                          "market's language (to delete one: studio translations delete REF MARKET "
                          "'sentence:…')")
    return set_translation(db, product_id, market, "sentence:" + sentence, value)


def supply_sentence(db: Database, draft_id: int, sentence: str, value: str, *, this_product_only: bool = False,
                    regenerate: bool = True) -> tuple[Any, list[dict[str, Any]]]:
    """Add translation… on a ``generation.safety-untranslated`` finding: the seller's wording stored in the
    memory (every product stating the sentence, or the draft's product only), then the draft written again by
    the offline writer when it wrote it (a model's or a person's draft is only checked again: its text is
    theirs) — returns (the draft, its findings now)."""
    from studio.services import drafts as drafts_service
    from studio.services import generation

    d = drafts_service.get_draft(db, draft_id)
    add_sentence(db, d.market, sentence, value, d.product_id if this_product_only else None)
    if regenerate and d.latest is not None and d.latest.author == "offline":
        d = generation.generate_one(db, d.product_id, d.market, d.kind, d.target, "offline",
                                    extra=generation._variant_extra(db, d), use_cache=False)
        return d, list(d.latest.checks or []) if d.latest else []
    return d, generation.recheck(db, draft_id)


def delete_translation(db: Database, product_id: int | None, market: str, field_spec: str) -> ChangeSummary:
    market = market_tag(market)
    kind, key, source = parse_field(field_spec)
    with db.session() as s:
        gone = 0
        for r in _slot_rows(s, product_id, market, kind, key, source):
            s.delete(r)
            gone += 1
    return ChangeSummary(updated=(product_id,) if product_id and gone else (), entity="translations",
                         message=f"{market} {field_spec}: {'deleted' if gone else 'nothing to delete'}")


# --------------------------------------------------------------------------- Shopify CSV


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StudioError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StudioError(f"{path.name}: not UTF-8 (byte {exc.start}); Shopify exports are UTF-8 — export again "
                          "or save the file as 'CSV UTF-8'") from None


def read_shopify_csv(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """(row number as a spreadsheet shows it — the header is row 1, dict) for each record; raises one located
    line for a file that is not a Shopify translation export or whose quoting is broken."""
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise StudioError(f"{path.name}: the file is empty; export translations from Shopify "
                          "(Settings › Languages › Export)") from None
    except csv.Error as exc:
        raise StudioError(f"{path.name}, row 1: {exc}") from None
    cols = [h.strip() for h in header]
    lower = {c.casefold(): i for i, c in enumerate(cols)}
    missing = [c for c in SHOPIFY_COLUMNS if c.casefold() not in lower and c != "Market"]
    if missing:
        raise StudioError(f"{path.name}, row 1: not a Shopify translation export — missing column(s) "
                          f"{', '.join(missing)} (found: {', '.join(cols[:8]) or 'nothing'}); expected "
                          f"{', '.join(SHOPIFY_COLUMNS)}")
    out: list[tuple[int, dict[str, str]]] = []
    n = 1
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise StudioError(f"{path.name}, row {n + 1} (line {reader.line_num}): broken quoting ({exc}); "
                              "fix the quotes in that row or export again") from None
        n += 1
        if not any(c.strip() for c in rec):
            continue
        if len(rec) != len(cols):
            out.append((n, {"__error__": f"{len(rec)} cells where the header has {len(cols)}"}))
            continue
        out.append((n, {c: rec[lower[c.casefold()]] if c.casefold() in lower else ""
                        for c in SHOPIFY_COLUMNS}))
    return out


def import_shopify_csv(db: Database, path: str | Path, market: str | None = None, *,
                       dry_run: bool = False) -> ImportResult:
    """Import Shopify's translation export: product titles (→ names), option values, metafield values (→ facts).

    Rows are matched to the catalog by their ``Default content`` (the product's title — or handle in
    ``Identification`` —, an option value, a fact value): Shopify's numeric IDs are not in a product CSV.
    Each bad row is one located line in ``errors`` (``file, row N, Column: what — what to do``); the other rows
    are imported. ``market`` limits the import to one market (rows of other languages are skipped)."""
    path = Path(path)
    res = ImportResult(file=path.name)
    only = market_tag(market) if market else None
    rows = read_shopify_csv(path)
    res.rows = len(rows)
    skipped: Counter[str] = Counter()
    with db.session() as s:
        prods = s.execute(select(m.Product.id, m.Product.title, m.Product.handle)).all()
        by_title: dict[str, list[tuple[int, str]]] = {}
        by_handle: dict[str, int] = {}
        for pid, title, handle in prods:
            by_title.setdefault(_cf(title), []).append((pid, handle))
            by_handle[_cf(handle)] = pid
        option_values = {_cf(v) for (opts,) in s.execute(select(m.Variant.options)).all()
                         for v in (opts or {}).values() if v}
        fact_values: dict[str, set[str]] = {}
        sentences: dict[str, str] = {}  # the catalog's mandatory sentences by key (warnings, directions)
        for key, value in s.execute(select(m.Fact.key, m.Fact.value)).all():
            fact_values.setdefault(_cf(value), set()).add(key)
            for _k, sent in mandatory_sentences([{"key": key, "value": value}]):
                sentences.setdefault(sentence_key(sent), sent)
    markets_seen: set[str] = set()
    counts: Counter[str] = Counter()
    with db.session() as s:
        for n, row in rows:
            where = f"{path.name}, row {n}"
            if "__error__" in row:
                res.errors.append(f"{where}: {row['__error__']}; the row is shifted — check its quotes")
                continue
            rtype = row["Type"].strip().upper()
            fld = row["Field"].strip()
            src = row["Default content"].strip()
            val = row["Translated content"].strip()
            ident = row["Identification"].strip().lstrip("'")
            if rtype not in ("PRODUCT", "PRODUCT_OPTION_VALUE", "METAFIELD"):
                skipped[f"{rtype.lower() or 'untyped'} rows"] += 1
                continue
            if rtype == "PRODUCT" and fld in _UNUSED_PRODUCT_FIELDS:
                skipped[f"product {fld} rows (not used by the writers)"] += 1
                continue
            if not val:
                skipped["untranslated rows"] += 1
                continue
            if len(val) > MAX_VALUE:
                res.errors.append(f"{where}, Translated content: {len(val)} characters, at most {MAX_VALUE} — "
                                  "shorten it")
                continue
            tags, problem = _markets_for_locale(row["Locale"], row["Market"])
            if problem:
                res.errors.append(f"{where}, Locale: {problem}")
                continue
            if only:
                if only not in tags and not (row["Market"].strip() and _lang(only) == _lang(row["Locale"])):
                    skipped[f"rows for other markets than {only}"] += 1
                    continue
                tags = [only]
            if not src:
                res.errors.append(f"{where}, Default content: empty — the source text is needed to match the "
                                  "catalog; export again from Shopify")
                continue
            if rtype == "PRODUCT":
                if fld != "title":
                    skipped[f"product {fld} rows"] += 1
                    continue
                hits = by_title.get(_cf(src), [])
                if not hits and _cf(ident) in by_handle:
                    hits = [(by_handle[_cf(ident)], ident)]
                if not hits:
                    skipped["products not in the catalog"] += 1
                    continue
                if len(hits) > 1:
                    res.errors.append(f"{where}, Default content: the title {src!r} matches {len(hits)} products "
                                      f"({', '.join(h for _, h in hits[:4])}); set each with `studio translations "
                                      "set HANDLE MARKET name VALUE`")
                    continue
                targets: list[tuple[int | None, str, str, str]] = [(hits[0][0], "name", "", src)]
            elif rtype == "PRODUCT_OPTION_VALUE":
                if _cf(src) not in option_values:
                    skipped["option values not in the catalog"] += 1
                    continue
                targets = [(None, "option", "", src)]
            else:
                keys = fact_values.get(_cf(src))
                if not keys and sentence_key(src) in sentences:
                    # one sentence of a warning or of the directions (a metafield per sentence, or our export)
                    targets = [(None, "sentence", "", sentences[sentence_key(src)])]
                elif not keys:
                    skipped["metafield values that are no fact in the catalog"] += 1
                    continue
                else:
                    targets = [(None, "fact", "", src)]
            for tag in tags:
                markets_seen.add(tag)
                for target_pid, kind, key, source in targets:
                    counts[_upsert(s, target_pid, tag, kind, key, source, val, "shopify-csv")] += 1
            s.flush()
        if dry_run:
            s.rollback()
    res.imported, res.updated, res.unchanged = counts["added"], counts["updated"], counts["unchanged"]
    res.skipped = dict(skipped)
    res.markets = sorted(markets_seen)
    return res


def _lang(tag: str) -> str:
    return (tag or "").replace("_", "-").split("-")[0].casefold()


def export_shopify_csv(db: Database, path: str | Path | None = None, market: str | None = None,
                       product_id: int | None = None) -> str:
    """The memory in Shopify's translation CSV shape (``Identification`` holds the product handle: Shopify's
    numeric IDs are not known here). Returns the text; writes it to ``path`` when given."""
    from localization.markets import get_market

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(SHOPIFY_COLUMNS)
    for t in list_translations(db, product_id, market):
        mk = get_market(t.market)
        rtype, fld, ident = {"name": ("PRODUCT", "title", t.handle or ""),
                             "option": ("PRODUCT_OPTION_VALUE", "name", t.handle or ""),
                             "fact": ("METAFIELD", "value", t.handle or ""),
                             "sentence": ("METAFIELD", "value", t.handle or "")}[t.kind]
        w.writerow([rtype, ident, fld, mk.language, mk.country_name or mk.country, "", t.source, t.value])
    text = buf.getvalue()
    if path is not None:
        from studio.safepath import user_file

        user_file(path).write_text(text, encoding="utf-8")
    return text


# --------------------------------------------------------------------------- checks


def _pattern(term: str) -> regex.Pattern:
    left = r"(?<![\p{Latin}\p{N}])" if regex.match(r"[\p{Latin}\p{N}]", term) else ""
    right = r"(?![\p{Latin}\p{N}])" if regex.search(r"[\p{Latin}\p{N}]$", term) else ""
    return regex.compile(left + regex.escape(term) + right, regex.IGNORECASE)


def findings(overrides: dict[str, Any] | None, texts: list[tuple[str, str]], *, kind: str = "",
             market: str = "") -> list[dict[str, Any]]:
    """The seller's translations enforced like the glossary: a source name/value written where the seller gave
    a translation (and the translation is not there), and a listing title without the seller's product name.

    ``texts`` is ``[(field, text)]`` of a draft's prose fields."""
    tm = overrides or {}
    out: list[dict[str, Any]] = []
    if not tm:
        return out
    where = f" for {market}" if market else ""
    for src, tr in sorted((tm.get("values") or {}).items(), key=lambda kv: -len(kv[0])):
        if not src or not tr or _cf(src) == _cf(tr) or len(src.strip()) < 2:
            continue
        pat = _pattern(src.strip())
        for fname, text in texts:
            if _cf(tr) in _cf(text):
                continue
            hit = pat.search(text)
            if hit:
                out.append({"rule_id": "generation.translation-memory", "severity": "warning",
                            "message": f"the seller's translation of '{src}'{where} is '{tr}' (Translations)",
                            "field": fname, "start": hit.start(), "end": hit.end(), "fix": tr,
                            "source": "translations"})
    name = tm.get("name")
    if name and kind == "listing":
        titles = [(f, t) for f, t in texts if f.split("[")[0].split(".")[-1] in ("title", "item_name", "name")]
        for fname, text in titles[:1]:
            if _cf(name) not in _cf(text) and not any(o["field"] == fname for o in out):
                out.append({"rule_id": "generation.translation-memory.name", "severity": "warning",
                            "message": f"the title does not use the seller's product name{where}: '{name}'",
                            "field": fname, "start": None, "end": None, "fix": None, "source": "translations"})
    return out
