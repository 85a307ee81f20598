"""Generation: product × market × kind × target → checked, versioned drafts.

The pipeline for one item (``generate_one``):

1. build the task (facts only, localized units/currency, market culture and festival context, brand voice)
   and the exact prompt from the versioned template (``generators.copy.engine``, reached via the registry);
2. ``inputs_hash`` over prompt + task + provider + model; a cached result (``generation_cache``) is reused;
3. call the provider (streaming when ``on_delta`` is given); parse and validate against the kind's schema —
   one repair round, then a clear failure;
4. checks before anything is stored: target language (``localization.detect``; one rewrite round for model
   providers), limits in the target's unit (ask the model to shorten, up to two rounds — never cut), brand
   glossary/do-not-translate/don't words, and the quality engine (``studio.quality.lint_content``: limits,
   claims, grounding, invented reviews);
5. save a draft version with provenance (provider, model, prompt id/version, inputs hash, tokens, cost, time,
   AI flag), the exact prompt(s) sent and the findings.

``generate`` runs many items with bounded concurrency, progress + ETA, cancel, and resume (an item whose
inputs hash already has a version is skipped), recording a ``generation_runs`` row with tokens and cost.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import regex
from sqlalchemy import select

from localization.detect import Detection, detect_language
from localization.markets import get_market
from studio import clock, registry
from studio.domain import ProductDTO, StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.ports import CompletionRequest, CompletionResult, CopyEngine, LLMProvider
from studio.services import drafts as drafts_service
from studio.settings import sub_dir
from studio.storage import models as m
from studio.storage.db import Database, get_row

log = logging.getLogger("studio.generate")
DEFAULT_TARGETS = {"listing": ["amazon"], "caption": ["instagram", "tiktok"], "faq": ["site"]}
MAX_DEFAULT_TARGETS = 2
_MARKETPLACE_NAMES = {"mercado libre": "mercadolibre", "mercado-libre": "mercadolibre", "tiktok shop": "tiktok-shop",
                      "tiktok_shop": "tiktok-shop", "twitter": "x"}


def engine() -> CopyEngine:
    return registry.copy_engine()


# --------------------------------------------------------------------------- data


@dataclass
class Item:
    product: ProductDTO
    market: str
    kind: str
    target: str
    spec: Any
    task: dict[str, Any]
    prompt: Any
    inputs_hash: str
    brand_voice: Any = None
    variant: str = ""  # a campaign phase / segment variant of the slot (issue 21); "" = the plain draft
    segment: str | None = None

    @property
    def label(self) -> str:
        return f"{self.product.handle} {self.market} {self.kind}/{self.target}" + (
            f" [{self.variant}]" if self.variant else "")


@dataclass
class Output:
    content: dict[str, Any]
    checks: list[dict[str, Any]]
    prompt_log: list[str]
    provider: str
    model: str
    ai_generated: bool
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    rounds: dict[str, int] = field(default_factory=dict)
    language_detected: str | None = None
    cache_hit: bool = False
    seconds: float = 0.0
    notes: list[dict[str, Any]] = field(default_factory=list)  # what the writer reports it could not do


@dataclass
class RunResult:
    run_id: int
    status: str  # finished | cancelled | failed
    total: int
    done: int
    skipped: int
    failed: int
    tokens_in: int
    tokens_out: int
    cost: float
    elapsed: float
    draft_ids: list[int] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _provider(provider: LLMProvider | str | None, concurrency: int = 4) -> LLMProvider:
    if provider is None or isinstance(provider, str):
        from studio.services.providers import get_provider

        return get_provider(provider, concurrency=concurrency)
    return provider


def _identity(provider: LLMProvider) -> tuple[str, str]:
    return str(provider.name), str(provider.model or "")


def _load_product(db: Database, product: ProductDTO | int | str) -> ProductDTO:
    if isinstance(product, ProductDTO):
        return product
    from studio.services import catalog

    if isinstance(product, int):
        return catalog.get_product(db, product)
    return catalog.get_product_by_ref(db, str(product))


def _brand_voice(db: Database, brand_voice: Any) -> Any:
    from studio.services import brand_voice as bv

    if brand_voice is None:
        return bv.get_brand_voice(db)
    if isinstance(brand_voice, str):
        return bv.get_brand_voice(db, brand_voice)
    if brand_voice is False:
        return None
    return brand_voice


def _norm_target(name: str) -> str:
    n = name.strip().lower()
    n = _MARKETPLACE_NAMES.get(n, n)
    return n.split(".")[0].replace("_", "-")


def default_targets(kind: str, market: str) -> list[str]:
    """Targets for ``kind`` in ``market``: the market's marketplaces/channels we support, else a default."""
    eng = engine()
    supported = eng.targets(kind)
    if "*" in supported:
        return DEFAULT_TARGETS.get(kind, ["site"])[:1]
    try:
        mk = get_market(market)
        wanted = list(mk.marketplaces) if kind == "listing" else list(mk.channels)
    except ValueError:
        wanted = []
    found = [t for t in (_norm_target(w) for w in wanted) if t in supported]
    picked = list(dict.fromkeys(found))[:MAX_DEFAULT_TARGETS]
    return picked or [t for t in DEFAULT_TARGETS.get(kind, supported[:1]) if t in supported] or supported[:1]


def prepare(db: Database, product: ProductDTO | int | str, market: str, kind: str, target: str | None,
            provider: LLMProvider, *, brand_voice: Any = None, campaign_date: date | None = None,
            extra: dict[str, Any] | None = None) -> Item:
    eng = engine()
    p = _load_product(db, product)
    try:
        market = get_market(market).tag
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    target = target or default_targets(kind, market)[0]
    try:
        spec = eng.get_spec(kind, target)
    except KeyError as exc:
        raise StudioError(str(exc.args[0])) from None
    bv = _brand_voice(db, brand_voice)
    extra = dict(extra or {}, target=target)
    tm = _seller_translations(db, p.id, market)
    if tm:  # only when the seller has some: drafts without them keep their inputs hash
        extra["translations"] = tm
    task = eng.build_task(p, market, spec, brand_voice=bv.for_prompt() if bv else None,
                          campaign_date=campaign_date, extra=extra)
    task["target"] = target
    prompt = eng.render_prompt(spec, task, sub_dir("prompts"))
    name, model = _identity(provider)
    seg = (extra or {}).get("segment") or {}
    return Item(p, market, kind, target, spec, task, prompt, eng.inputs_hash(spec, task, prompt, name, model), bv,
                variant=str((extra or {}).get("variant") or ""),
                segment=str(seg.get("name")) if isinstance(seg, dict) and seg.get("name") else None)


def _call(provider: LLMProvider, req: CompletionRequest, on_delta: Any = None) -> CompletionResult:
    if on_delta is None:
        return provider.complete(req)
    parts: list[str] = []
    for chunk in provider.stream(req):
        parts.append(chunk)
        on_delta("".join(parts))
    last = provider.last_stream_result
    text = "".join(parts)
    if last is not None and last.text == text:
        return last
    name, model = _identity(provider)
    return CompletionResult(text=text, provider=name, model=model, ai_generated=bool(provider.ai_generated))


def _finding(rule: str, severity: str, message: str, field_name: str | None = None, *, start: int | None = None,
             end: int | None = None, fix: str | None = None, source: str = "generation") -> dict[str, Any]:
    return {"rule_id": rule, "severity": severity, "message": message, "field": field_name, "start": start,
            "end": end, "fix": fix, "source": source}


def _quality_findings(item: Item, content: dict[str, Any]) -> list[dict[str, Any]]:
    """Limits, claims, grounding and invented reviews come from the quality engine (studio.quality)."""
    from studio import quality

    try:
        context = {"campaign_offer": item.task["campaign"].get("offer")} if item.task.get("campaign") else None
        found = quality.lint_content(item.kind, item.target, item.market, content, grounding_facts(item),
                                     context=context)
    except Exception as exc:  # noqa: BLE001 - a rule bug must not lose the draft; it is shown instead
        return [_finding("generation.quality-error", "warning", f"quality engine failed: {exc}")]
    # the model's second opinion: model-suggested warnings (issue 17)
    from studio.services import model_checks

    model = model_checks.suggest(item.kind, item.target, item.market, content, found, context=context)
    out = [model_checks.as_dict(f) for f in model]
    for f in found:
        d = {k: getattr(f, k, None) for k in ("rule_id", "severity", "message", "start", "end", "fix", "source")}
        d["field"] = getattr(f, "field", None) or getattr(f, "path", None)
        d["source"] = d.get("source") or "quality"
        out.append(d)
    return out


def grounding_facts(item: Item) -> list[dict[str, Any]]:
    """What the output may draw on: the facts, their localized forms, and the product's own name/brand/type."""
    from studio.importers.facts import grounding_facts as product_grounding

    p = item.product
    out = product_grounding(p)  # facts, what title/description state, the product's name/brand/type/tags
    out += [{"key": f["key"], "value": f["display"], "unit": None, "type": "text"}
            for f in item.task.get("facts", []) if f.get("display") and f["display"] != f["value"]]
    if item.task.get("price"):
        out.append({"key": "price", "value": item.task["price"], "unit": None, "type": "text"})
    camp = item.task.get("campaign")
    if camp:  # the campaign's offer is a fact of its posts (issue 21)
        from studio.services.campaigns import offer_facts

        out += offer_facts(camp.get("offer"), camp.get("offer_line"))
    for name, values in (item.task.get("options") or {}).items():
        out.append({"key": name.lower(), "value": ", ".join(values), "unit": None, "type": "text"})
    # and their values in the market's language as the gates read them (studio.services.quality.localized_facts):
    # "Doublure en polyester recyclé" states the lining's "recycled polyester" at generation as at scheduling —
    # before, the generation check made it an unbacked green claim the gate did not (copy hold-out 12: 7 errors)
    from studio.services.quality import localized_facts

    return localized_facts(out, item.market)


def _language_text(item: Item, text: str) -> str:
    """Prose for language detection without the product's own names and raw (untranslated) fact values."""
    p = item.product
    values = [f.value for f in p.facts]
    # a value the writer kept in its source language is quoted (and reported as a finding): not the language
    # the draft is written in; clauses of values too ("…; iron on medium heat")
    parts = values + [c.strip() for v in values for c in v.split(";")]
    parts += _title_parts(p.title or "", p.vendor or "")
    for s in sorted([p.title, p.vendor] + parts, key=len, reverse=True):
        if s and len(s) > 2:
            text = text.replace(s, " ")
    return _QUOTED.sub(" ", text)


_QUOTED = regex.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|‘[^’]*’")
_TITLE_CUT = regex.compile(r"\s+[–—|-]\s+|,\s+|\s+(?:with|for|and|&)\s+")


def _title_parts(title: str, vendor: str) -> list[str]:
    """The seller's title as the writer may name the product with it: without its brand ("Slim Bifold Wallet with
    RFID Blocking – Full-Grain Leather" of "Brantwell Slim Bifold …") and piece by piece — the product's own
    name, source text like a quoted value, not the language the draft is written in (copy hold-out 7: four
    zh-SG Shopee listings were refused as English for the untranslated product name)."""
    out = []
    rest = title
    if vendor and title.casefold().startswith(vendor.casefold() + " "):
        rest = title[len(vendor):].strip()
        out.append(rest)
    out += [x.strip() for x in _TITLE_CUT.split(rest) if len(x.strip()) > 3]
    return out


# the writer's own language share a listing needs when language detection calls it another language: the letters
# of its prose, without the product's names and the source text it quotes, in the market's own script (zh, ja, ko,
# th, ar, hi …) or in sentences detected as the market's language (Latin-script languages)
OWN_SHARE = 0.6
_SCRIPT_OF = {"zh": r"\p{Han}", "ja": r"[\p{Han}\p{Hiragana}\p{Katakana}ー]", "ko": r"\p{Hangul}", "th": r"\p{Thai}",
              "ar": r"\p{Arabic}", "hi": r"\p{Devanagari}", "ne": r"\p{Devanagari}", "mr": r"\p{Devanagari}"}
_LETTERS = regex.compile(r"\p{L}")
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SENTENCES = regex.compile(r"[^.!?。！？\n]+[.!?。！？]?")


def _share_text(item: Item, text: str) -> str:
    """Prose for the language share: without the product's own names and quoted source text — a fact value the
    writer left unquoted ("vidrio" in a German listing) is counted, not excused (stop 21)."""
    p = item.product
    for s in sorted([p.title, p.vendor] + _title_parts(p.title or "", p.vendor or ""), key=lambda x: -len(x or "")):
        if s and len(s) > 2:
            text = text.replace(s, " ")
    return _QUOTED.sub(" ", text)


_WORDS = regex.compile(r"[\p{L}\p{M}]{3,}")


def _foreign_words(item: Item, lang: str) -> frozenset[str]:
    """Words that are not ``lang``'s when a draft says them unquoted: the English fact labels ("Decoration
    material") and, for a catalog written in another language, its own fact values ("vidrio", "redondo") — the
    language detector cannot judge a short line, these words can (stop 21: a German listing of "Decoration material:
    vidrio. Vase shape: redondo." was reported as 100 % German)."""
    base = lang.split("-")[0]
    p = item.product
    src = (p.source_language or "en").split("-")[0]
    own = engine().language_words(base)
    names = {w.casefold() for w in _WORDS.findall(f"{p.title or ''} {p.vendor or ''}")}
    words: set[str] = set()
    for f in p.facts:
        if base != "en":
            words.update(w.casefold() for w in _WORDS.findall(f.key.replace("_", " ").replace("-", " ")))
        if src != base:
            words.update(w.casefold() for w in _WORDS.findall(f.value or ""))
    return frozenset(w for w in words if w not in own and w not in names)


def _other_sentences(text: str, lang: str, foreign: frozenset[str] = frozenset()) -> tuple[float, list[str]]:
    """(the share of ``text``'s letters in ``lang``, its sentences that are not in ``lang``, longest first).
    ``foreign``: words counted as another language's wherever they stand (``_foreign_words``)."""
    base = lang.split("-")[0]
    own = _SCRIPT_OF.get(base)
    good = total = 0
    other: list[tuple[int, str]] = []
    for mt in _SENTENCES.finditer(text):
        sent = mt.group(0).strip()
        n = len(_LETTERS.findall(sent))
        if not n:
            continue
        if own is not None:
            k = len(regex.findall(own, sent))
            ok = k * 2 >= n
            # a Han, kana or Hangul character says about what a Latin word does: weighed as three letters
            dense = len(_DENSE.findall(sent))
            n += 2 * dense
            good += k + 2 * dense
        else:
            det = detect_language(sent) if n >= 25 else None
            bad = sum(len(w) for w in _WORDS.findall(sent) if w.casefold() in foreign)
            ok = (det is None or det.too_short or det.matches(lang)) and bad * 2 < n
            good += n - bad if ok else 0
        total += n
        if not ok:
            other.append((n, sent))
    share = good / total if total else 1.0
    return share, [s for _n, s in sorted(other, key=lambda x: -x[0])]


def _language_advice(item: Item, lang: str, other: list[str]) -> str:
    said = "; ".join(f"“{s[:70]}{'…' if len(s) > 70 else ''}”" for s in other[:2]) or "most sentences"
    return (f"not in '{lang}': {said} — add your {item.market} title and warning sentences with `studio "
            f"translations set/add` (or the Translations page), or write this piece with a language model")


def _seller_translations(db: Database, product_id: int, market: str) -> dict[str, Any]:
    """The seller's own names and values for this market (``studio.services.translations``, issue 16 item 4)."""
    from studio.services import translations

    return translations.overrides_for(db, product_id, market)


def _glossary_findings(item: Item, content: dict[str, Any], *,
                       noted: frozenset[str] | set[str] = frozenset()) -> list[dict[str, Any]]:
    """Brand voice, the seller's translations, safety text and facts kept (``noted``: facts the writer's own
    notes already report)."""
    from studio.services import facts_kept, translations

    # the seller's translations are enforced like the glossary (another name or value than theirs is flagged)
    tm_found = translations.findings(item.task.get("translations"), list(_walk(content)), kind=item.kind,
                                     market=item.market)
    # a mandatory sentence (warning, directions) still in the source language: an error until the seller's
    # translation is in (offline writer's quote, a model's or a person's English alike)
    tm_found += translations.safety_findings(item.task, list(_walk(content)), item.market)
    # the product's hard facts (numbers, certifications, model numbers, mandatory warnings) still stated
    tm_found += facts_kept.check(item.task, list(_walk(content)), item.kind, item.market, engine(), noted=noted)
    bv = item.brand_voice
    if bv is None:
        return tm_found
    data = bv.data
    out: list[dict[str, Any]] = tm_found
    source_text = " ".join([item.product.title, item.product.body_text or ""] + [f.value for f in item.product.facts])
    for fname, text in _walk(content):
        low = text.casefold()
        for word in data.get("dont_words") or []:
            i = low.find(word.casefold())
            if word and i >= 0:
                out.append(_finding("generation.brand.dont-word", "error",
                                    f"'{text[i:i + len(word)]}' is on the brand's don't-use list", fname,
                                    start=i, end=i + len(word)))
        for term in data.get("do_not_translate") or []:
            i = low.find(term.casefold())
            if term and i >= 0 and text[i:i + len(term)] != term:
                out.append(_finding("generation.brand.dnt-altered", "error",
                                    f"'{text[i:i + len(term)]}' must be written exactly '{term}'", fname,
                                    start=i, end=i + len(term), fix=term))
        for src, required in (data.get("glossary") or {}).items():
            i = low.find(src.casefold())
            if src and required and src.casefold() != required.casefold() and i >= 0 and required not in text:
                out.append(_finding("generation.brand.glossary", "warning",
                                    f"the brand glossary says '{src}' → '{required}'", fname,
                                    start=i, end=i + len(src), fix=required))
    all_text = "\n".join(t for _, t in _walk(content))
    for term in data.get("do_not_translate") or []:
        if term and term.casefold() in item.product.title.casefold() and term not in all_text:
            out.append(_finding("generation.brand.dnt-missing", "warning",
                                f"the do-not-translate term '{term}' from the product title is missing"))
    _ = source_text
    return out


def _walk(content: dict[str, Any], prefix: str = ""):
    for k, v in content.items():
        if k in ("language", "link_placement", "text"):
            continue
        name = f"{prefix}{k}"
        if isinstance(v, str):
            yield name, v
        elif isinstance(v, list):
            for i, x in enumerate(v):
                if isinstance(x, str):
                    yield f"{name}[{i}]", x
                elif isinstance(x, dict):
                    yield from _walk(x, f"{name}[{i}].")
        elif isinstance(v, dict):
            yield from _walk(v, f"{name}.")


def _detect(text: str) -> Detection:
    return detect_language(text)


LANGUAGE_CONFIDENCE = 0.8  # below this, a short listing is not called "wrong language" (langdetect noise)


def _wrong_language(det: Any, lang: str) -> bool:
    return bool(det.lang) and not det.matches(lang) and float(det.confidence) >= LANGUAGE_CONFIDENCE


def _schema_part(spec: Any, content: dict[str, Any]) -> dict[str, Any]:
    return {k: content[k] for k in spec.schema.model_fields if k in content}


# --------------------------------------------------------------------------- one item


class WrongLanguage(StudioError):
    """The output is confidently in another language than the market's: the item fails, nothing is stored."""


def produce(item: Item, provider: LLMProvider, *, on_delta: Any = None, cancel: CancelToken | None = None) -> Output:
    """Call the provider and run every check; raises StudioError when no valid output can be had."""
    eng = engine()
    spec, task = item.spec, item.task
    name, model = _identity(provider)
    out = Output({}, [], [item.prompt.text], name, model, bool(provider.ai_generated))
    started = time.perf_counter()
    followups = bool(provider.supports_followups)

    def call(system: str, user: str, *, schema: dict | None, op: str, stream: bool = False, **task_extra: Any) -> str:
        if cancel is not None:
            cancel.raise_if_cancelled()
        req = CompletionRequest(system=system, user=user, json_schema=schema, schema_name=f"{spec.kind}_{item.target}".replace("-", "_"),
                                max_tokens=spec.max_tokens, language=task["language"],
                                task=dict(task, op=op, **task_extra))
        if op != "write":
            out.prompt_log.append(f"[system]\n{system}\n\n[user]\n{user}")
        res = _call(provider, req, on_delta if stream else None)
        out.tokens_in += int(res.tokens_in or 0)
        out.tokens_out += int(res.tokens_out or 0)
        out.cost += float(res.cost or 0.0)
        out.model = res.model or out.model
        out.ai_generated = bool(res.ai_generated)
        out.rounds[op] = out.rounds.get(op, 0) + 1
        if op == "write":
            out.notes = [n for n in (res.raw or {}).get("notes") or [] if isinstance(n, dict)]
        return res.text

    schema = eng.prompt_schema(spec)  # described fields: the same schema the prompt shows
    text = call(item.prompt.system, item.prompt.user, schema=schema, op="write", stream=True)
    try:
        content = eng.parse(spec, text, task)
    except eng.OutputError as first:
        if not followups:
            raise StudioError(f"{name} returned an unusable {item.kind}/{item.target}: {first}") from None
        system, user = eng.repair_prompt(spec, text, str(first))
        text = call(system, user, schema=schema, op="repair")
        try:
            content = eng.parse(spec, text, task)
        except eng.OutputError as second:
            raise StudioError(f"{name} did not return a valid {item.kind}/{item.target} for {item.product.handle} "
                              f"({item.market}) after one repair round: {second}") from None

    findings: list[dict[str, Any]] = []
    # --- language
    lang = task["language"]
    det = _detect(_language_text(item, eng.text_for_language_check(spec, content)))
    if det is not None:
        out.language_detected = det.lang
        wrong = _wrong_language(det, lang)
        if wrong and followups:
            system, user = eng.language_prompt(spec, content, task, det.lang)
            text2 = call(system, user, schema=schema, op="language")
            try:
                content2 = eng.parse(spec, text2, task)
                det2 = _detect(_language_text(item, eng.text_for_language_check(spec, content2)))
                if det2 is None or not _wrong_language(det2, lang):
                    content, det, wrong = content2, det2, False
                    out.language_detected = det2.lang if det2 else None
            except eng.OutputError:
                pass
        if wrong:
            # the writer's own words are measured apart from the names and the source text it quotes (marked, with
            # a finding): a listing in the market's language but for a quoted English warning and the product's
            # English name is stored with a finding; one mostly in another language is never stored as done
            gate_text = _share_text(item, eng.text_for_language_check(spec, content))
            share, other = _other_sentences(gate_text, lang, _foreign_words(item, lang))
            if share >= OWN_SHARE:
                wrong = False
                findings.append(_finding(
                    "generation.language-share", "warning",
                    f"{share:.0%} of the words are in '{lang}' (the product's name and quoted source text left out; "
                    f"English labels and unquoted source-language values counted against it); language detection "
                    f"read the whole piece as '{det.lang}' — " + _language_advice(item, lang, other)))
        if wrong:
            # never stored as done: a German answer for a Korean market is a failed item, not a draft — said in
            # one line a seller can act on (stop 21: no detector confidence, no internal names)
            raise WrongLanguage(
                f"{item.product.handle} {item.market} {item.kind}/{item.target}: {name} wrote it mostly in "
                f"'{det.lang}', not '{lang}' ({share:.0%} of its words are in '{lang}')"
                + (" after one rewrite round" if followups else "") + "; nothing was stored; "
                + _language_advice(item, lang, other))
    # --- limits: ask the model to shorten, never cut
    for _round in range(2):
        issues = [i for i in eng.limit_issues(spec, content) if not i.too_short]
        if not issues or not followups:
            break
        base = _schema_part(spec, content)
        for issue in issues:
            system, user, fld = eng.shorten_prompt(spec, content, issue, task)
            text3 = call(system, user, schema={"type": "object", "properties": {"value": {"type": "string"}},
                                               "required": ["value"]}, op="shorten", field=fld)
            try:
                value = eng.extract_json(text3).get("value")
            except (eng.OutputError, AttributeError):
                value = None
            if not isinstance(value, str) or not value.strip():
                continue
            if issue.index is not None and isinstance(base.get(fld), list):
                base[fld] = list(base[fld])
                base[fld][issue.index] = value.strip()
            else:
                base[fld] = value.strip()
        try:
            content = eng.finish(spec, eng.validate(spec, base), task)
        except eng.OutputError:
            break
    for issue in eng.limit_issues(spec, content):
        findings.append(_finding("generation.limit", "error", issue.message() + (
            " (the model could not shorten it)" if followups and not issue.too_short else ""), issue.field))
    # the writer's own notes: a fact kept in its source language, a fact left out of a short format…
    for n in out.notes:
        d = _finding(str(n.get("rule_id") or "generation.writer-note"), str(n.get("severity") or "info"),
                     str(n.get("message") or ""), n.get("field"), source="writer")
        d["fact"] = n.get("fact")
        findings.append(d)
    findings += _glossary_findings(item, content, noted={str(n.get("fact")) for n in out.notes if n.get("fact")})
    findings += _quality_findings(item, content)
    out.content = content
    out.checks = findings
    out.seconds = time.perf_counter() - started
    return out


def _provenance(item: Item, o: Output) -> dict[str, Any]:
    bv = item.brand_voice
    return {
        "provider": o.provider, "model": o.model, "ai_generated": o.ai_generated,
        "prompt_id": item.prompt.template_id, "prompt_version": item.prompt.version,
        "prompt_source": item.prompt.source, "template_sha": item.prompt.template_sha,
        "inputs_hash": item.inputs_hash, "time": clock.now().isoformat(), "seconds": round(o.seconds, 3),
        "tokens_in": o.tokens_in, "tokens_out": o.tokens_out, "cost": round(o.cost, 6),
        "rounds": o.rounds, "language": item.task["language"], "language_detected": o.language_detected,
        "brand_voice": {"id": bv.id, "name": bv.name, "version": bv.version} if bv else None,
        "festival": (item.task.get("festival") or {}).get("id"), "cache_hit": o.cache_hit,
        "facts_used": [f["key"] for f in item.task["facts"]],
        **({"campaign": item.task["campaign"]} if item.task.get("campaign") else {}),
        **({"segment": item.segment} if item.segment else {}),
        # "Write the next variant" (issue 20): the winning version and the angle this version keeps
        **({"angle": item.task["angle"], "variant_of": item.task.get("variant_of")} if item.task.get("angle") else {}),
    }


_save_lock = threading.Lock()


def _cache_get(db: Database, h: str) -> dict[str, Any] | None:
    with db.session() as s:
        row = s.scalar(select(m.GenerationCache).where(m.GenerationCache.inputs_hash == h))
        return dict(row.result) if row else None


def _cache_put(db: Database, h: str, result: dict[str, Any]) -> None:
    from sqlalchemy.exc import IntegrityError

    try:
        with db.session() as s:
            if s.scalar(select(m.GenerationCache.id).where(m.GenerationCache.inputs_hash == h)) is None:
                s.add(m.GenerationCache(inputs_hash=h, result=result))
    except IntegrityError:
        pass  # another worker cached the same inputs first


def run_item(db: Database, item: Item, provider: LLMProvider, *, on_delta: Any = None, cancel: CancelToken | None = None,
             use_cache: bool = True) -> tuple[Any, Output]:
    cached = _cache_get(db, item.inputs_hash) if use_cache else None
    if cached is not None:
        o = Output(cached["content"], cached.get("checks") or [], cached.get("prompt_log") or [item.prompt.text],
                   cached["provenance"]["provider"], cached["provenance"]["model"],
                   bool(cached["provenance"].get("ai_generated")), cache_hit=True)
        o.rounds = dict(cached["provenance"].get("rounds") or {})
        o.language_detected = cached["provenance"].get("language_detected")
        if on_delta is not None:
            # the cached draft as the model wrote it (JSON), like a fresh stream — not the dict's Python repr
            on_delta(json.dumps(o.content, ensure_ascii=False))
    else:
        o = produce(item, provider, on_delta=on_delta, cancel=cancel)
    prov = _provenance(item, o)
    author = "ai" if o.ai_generated else ("offline" if o.provider == "offline" else "human")
    prompt_text = "\n\n-----\n\n".join(o.prompt_log)
    lock = _save_lock if db.is_sqlite else None
    if lock:
        lock.acquire()
    try:
        d = drafts_service.save_version(db, item.product.id, item.market, item.kind, item.target, o.content,
                                        author=author, ai_generated=o.ai_generated, provenance=prov,
                                        inputs_hash=item.inputs_hash, prompt=prompt_text, checks=o.checks,
                                        variant=item.variant, segment=item.segment)
        if not o.cache_hit:
            _cache_put(db, item.inputs_hash, {"content": o.content, "checks": o.checks, "provenance": prov,
                                              "prompt_log": o.prompt_log})
    finally:
        if lock:
            lock.release()
    return d, o


def generate_one(db: Database, product: ProductDTO | int | str, market: str, kind: str, target: str | None = None,
                 provider: LLMProvider | str | None = None, extra: dict[str, Any] | None = None, *,
                 brand_voice: Any = None,
                 campaign_date: date | None = None, on_delta: Any = None, cancel: CancelToken | None = None,
                 use_cache: bool = True) -> drafts_service.DraftDTO:
    """Generate (or reuse from cache) one draft version; ``on_delta(text_so_far)`` receives streamed output."""
    prov = _provider(provider, 1)
    try:
        item = prepare(db, product, market, kind, target, prov, brand_voice=brand_voice,
                       campaign_date=campaign_date, extra=extra)
        d, _ = run_item(db, item, prov, on_delta=on_delta, cancel=cancel, use_cache=use_cache)
        return d
    finally:
        _close_if_ours(provider, prov)


def _close_if_ours(given: LLMProvider | str | None, prov: LLMProvider) -> None:
    if given is None or isinstance(given, str):
        prov.close()


def preview_prompt(db: Database, product: ProductDTO | int | str, market: str, kind: str, target: str | None = None,
                   provider: LLMProvider | str | None = None, **kw: Any) -> str:
    """The exact prompt that would be sent (for the UI's "show prompt")."""
    prov = _provider(provider, 1)
    return prepare(db, product, market, kind, target, prov, **kw).prompt.text


def regenerate_field(db: Database, draft_id: int, field_name: str,
                     provider: LLMProvider | str | None = None) -> drafts_service.DraftDTO:
    """A new version in which only ``field_name`` is rewritten (the rest of the current version is kept)."""
    eng = engine()
    d = drafts_service.get_draft(db, draft_id)
    if d.latest is None:
        raise StudioError(f"draft {draft_id} has no version to start from")
    prov = _provider(provider, 1)
    item = prepare(db, d.product_id, d.market, d.kind, d.target, prov, extra=_variant_extra(db, d))
    spec = item.spec
    if field_name not in spec.schema.model_fields:
        raise StudioError(f"{d.kind}/{d.target} has no field '{field_name}'; fields: "
                          f"{', '.join(spec.schema.model_fields)}")
    system, user = eng.field_prompt(spec, item.prompt, _schema_part(spec, d.latest.content), field_name)
    req = CompletionRequest(system=system, user=user, max_tokens=spec.max_tokens, language=item.task["language"],
                            task=dict(item.task, op="field", field=field_name))
    try:
        res = prov.complete(req)
    finally:
        _close_if_ours(provider, prov)
    try:
        value = eng.extract_json(res.text).get("value")
        base = _schema_part(spec, d.latest.content)
        base[field_name] = value
        content = eng.finish(spec, eng.validate(spec, base), item.task)
    except (eng.OutputError, AttributeError) as exc:
        raise StudioError(f"{res.provider} returned no usable '{field_name}': {exc}") from None
    o = Output(content, [], [f"[system]\n{system}\n\n[user]\n{user}"], res.provider, res.model, res.ai_generated,
               res.tokens_in, res.tokens_out, res.cost, {"field": 1})
    o.checks = _glossary_findings(item, content) + _quality_findings(item, content)
    prov_d = _provenance(item, o)
    prov_d["regenerated_field"] = field_name
    prov_d["based_on_version"] = d.latest.number
    return drafts_service.save_version(
        db, d.product_id, d.market, d.kind, d.target, content,
        author="ai" if res.ai_generated else "offline", ai_generated=res.ai_generated, provenance=prov_d,
        inputs_hash=None, prompt=o.prompt_log[0], checks=o.checks, variant=d.variant, segment=d.segment)


def recheck(db: Database, draft_id: int) -> list[dict[str, Any]]:
    """Run the checks on the current version (e.g. after a human edit) without saving."""
    d = drafts_service.get_draft(db, draft_id)
    item = prepare(db, d.product_id, d.market, d.kind, d.target, _provider("offline"), extra=_variant_extra(db, d))
    content = d.latest.content if d.latest else {}
    # the facts the writer's notes already name (stored with the version) are not reported twice
    noted = {str(c.get("fact")) for c in (d.latest.checks if d.latest else []) or []
             if c.get("source") == "writer" and c.get("fact")}
    # without the model suggestions the user dismissed for this draft
    from studio.services import model_checks

    return model_checks.without_dismissed(_glossary_findings(item, content, noted=noted)
                                          + _quality_findings(item, content),
                                          model_checks.dismissed_keys(db, draft_id))


def _variant_extra(db: Database, d: drafts_service.DraftDTO) -> dict[str, Any] | None:
    """What a variant draft was generated with (its campaign's offer and phase, its segment), from the campaign
    as it is now (the one source of truth), so a recheck or a field rewrite keeps the same context."""
    if not d.variant:
        return None
    from studio.services import campaigns

    return campaigns.extra_for_draft(db, d.id)


# --------------------------------------------------------------------------- batch


def targets_for(kind: str, market: str, targets: list[str] | None) -> list[str]:
    """The targets ``plan`` writes ``kind`` for in ``market``: the chosen ones it supports, else the market's."""
    supported = engine().targets(kind)
    if "*" in supported:
        return DEFAULT_TARGETS.get(kind, ["site"])[:1]
    if targets:
        return [t for t in targets if t in supported]
    return default_targets(kind, market)


def _supported_targets(kind: str) -> list[str]:
    supported = engine().targets(kind)
    return list(DEFAULT_TARGETS.get(kind, ["site"])[:1]) if "*" in supported else list(supported)


def count_items(products: int, markets: list[str], kinds: list[str], targets: list[str] | None = None) -> int:
    """How many drafts ``plan`` would write for ``products`` products (what a dialog says before Run)."""
    return products * sum(len(targets_for(k, mk, targets)) for mk in markets for k in kinds)


def plan(db: Database, products: list[Any] | None, markets: list[str], kinds: list[str],
         targets: list[str] | None, provider: LLMProvider, *, brand_voice: Any = None,
         campaign_date: date | None = None, extra: dict[str, Any] | None = None) -> list[Item]:
    from studio.services import catalog

    if not products:
        prods = catalog.resolve_products(db, [])
    else:
        prods = [_load_product(db, p) for p in products]
    if not prods:
        raise StudioError("no products to generate for (import a catalog first: studio import FILE)")
    if not markets:
        raise StudioError("name at least one market (e.g. --markets de-DE,ar-SA)")
    eng = engine()
    known = eng.kinds()
    for k in kinds:
        if k not in known:
            raise StudioError(f"unknown kind '{k}'; known kinds: {', '.join(known)}")
    if targets:
        # a kind none of the chosen channels takes is said, never skipped silently (stop 21: `--kinds listing
        # --channel instagram` wrote nothing and said nothing)
        unsupported = [k for k in kinds if not any(targets_for(k, mk, targets) for mk in markets)]
        if unsupported:
            raise StudioError("; ".join(
                f"{k} is not written for {', '.join(targets)} ({k} targets: {', '.join(_supported_targets(k))})"
                for k in unsupported)
                + " — choose one of those with --channel (or the Channel picker), or leave the channel out for the "
                "market's own; for instagram/tiktok/x/facebook generate caption or video-script")
    bv = _brand_voice(db, brand_voice)
    items: list[Item] = []
    for p in prods:
        for mk in markets:
            for k in kinds:
                for t in targets_for(k, mk, targets):
                    items.append(prepare(db, p, mk, k, t, provider, brand_voice=bv if bv else False,
                                         campaign_date=campaign_date, extra=extra))
    if not items:
        raise StudioError(f"no kind in {', '.join(kinds)} supports the target(s) {', '.join(targets or [])}")
    return items



ETA_AFTER = 3  # items finished before an ETA is shown (walkthrough s14 finding 26: 'ETA 252s' for an 11.7 s run)


def eta_seconds(finished: int, remaining: int, since_first: float) -> float | None:
    """Seconds left, from the pace after the first finished item (the first one carries the warm-up: loading the
    model, the packs, the glossaries), or ``None`` until ``ETA_AFTER`` items are finished."""
    if finished < ETA_AFTER or remaining < 0:
        return None
    return since_first / (finished - 1) * remaining


def generate(db: Database, products: list[Any] | None, markets: list[str], kinds: list[str],
             targets: list[str] | None = None, provider: LLMProvider | str | None = None, concurrency: int = 4,
             progress: ProgressFn = no_progress, cancel: CancelToken | None = None, *, brand_voice: Any = None,
             campaign_date: date | None = None, use_cache: bool = True, extra: dict[str, Any] | None = None,
             resume: bool = True, items: list[Item] | None = None) -> RunResult:
    """Generate products × markets × kinds × targets with bounded concurrency; see the module docstring.

    ``items``: prepared items to run instead of the plan (a campaign's phases, each with its own context)."""
    cancel = cancel if cancel is not None else CancelToken()
    concurrency = max(1, int(concurrency))
    prov = _provider(provider, concurrency)
    pname, pmodel = _identity(prov)
    try:
        if items is None:
            items = plan(db, products, markets, kinds, targets, prov, brand_voice=brand_voice,
                         campaign_date=campaign_date, extra=extra)
    except BaseException:
        _close_if_ours(provider, prov)
        raise
    params = {"products": sorted({i.product.handle for i in items}), "markets": list(markets), "kinds": list(kinds),
              "targets": list(targets or []), "provider": pname, "model": pmodel, "concurrency": concurrency,
              "campaign_date": campaign_date.isoformat() if campaign_date else None}
    with db.session() as s:
        run = m.GenerationRun(params=params, status="running", total=len(items))
        s.add(run)
        s.flush()
        run_id = run.id
    log.info("generate run %s: %d items (%s × %s × %s) with %s %s", run_id, len(items), len({i.product.handle for i in items}),
             ",".join(markets), ",".join(kinds), pname, pmodel or "")
    res = RunResult(run_id, "running", len(items), 0, 0, 0, 0, 0, 0.0, 0.0)
    started = time.perf_counter()
    todo: list[Item] = []
    for it in items:
        if resume and drafts_service.version_with_hash(db, it.product.id, it.market, it.kind, it.target,
                                                       it.inputs_hash, variant=it.variant) is not None:
            res.skipped += 1
        else:
            todo.append(it)
    lock = threading.Lock()
    finished = 0

    first_done: list[float] = []  # when the first item finished: the warm-up (model load, packs) is not a rate

    def report(label: str) -> None:
        n = res.done + res.failed
        now = time.perf_counter()
        if n and not first_done:
            first_done.append(now)
        eta = eta_seconds(n, len(todo) - n, now - first_done[0]) if first_done else None
        eta_s = f" · ETA {eta:.0f}s" if eta is not None else ""
        progress((res.skipped + n) / max(1, res.total),
                 f"{res.skipped + n}/{res.total} · {res.done} done, {res.skipped} skipped, {res.failed} failed"
                 f"{eta_s} · {label}")

    if res.skipped:
        report("resumed: finished items skipped")

    def work(it: Item) -> tuple[Item, Any, Output | None, str | None]:
        if cancel.cancelled:
            return it, None, None, "cancelled"
        try:
            d, o = run_item(db, it, prov, cancel=cancel, use_cache=use_cache)
            return it, d, o, None
        except StudioError as exc:
            return it, None, None, str(exc)
        except Exception as exc:  # noqa: BLE001 - one failed item must not stop the batch
            from studio.jobs import Cancelled

            if isinstance(exc, Cancelled):
                return it, None, None, "cancelled"
            return it, None, None, f"{exc.__class__.__name__}: {exc}"

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="studio-gen") as pool:
        pending: set[Future] = set()
        queue = iter(todo)
        exhausted = False
        while True:
            while not exhausted and not cancel.cancelled and len(pending) < concurrency * 2:
                nxt = next(queue, None)
                if nxt is None:
                    exhausted = True
                    break
                pending.add(pool.submit(work, nxt))
            if not pending:
                break
            done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in done:
                it, d, o, err = fut.result()
                with lock:
                    finished += 1
                    if err == "cancelled":
                        continue
                    if err:
                        res.failed += 1
                        res.errors.append({"item": it.label, "error": err})
                    else:
                        res.done += 1
                        res.draft_ids.append(d.id)
                        if o is not None and not o.cache_hit:
                            res.tokens_in += o.tokens_in
                            res.tokens_out += o.tokens_out
                            res.cost += o.cost
                report(it.label)
            if cancel.cancelled and exhausted is False:
                exhausted = True  # stop submitting; running items finish
    res.elapsed = time.perf_counter() - started
    res.status = "cancelled" if cancel.cancelled else ("failed" if res.failed and not res.done else "finished")
    with db.session() as s:
        finished_run = get_row(s, m.GenerationRun, run_id)
        finished_run.status, finished_run.done, run.skipped, run.failed = res.status, res.done, res.skipped, res.failed
        finished_run.tokens_in, finished_run.tokens_out = res.tokens_in, res.tokens_out
        finished_run.cost = Decimal(str(round(res.cost, 6)))
        finished_run.finished_at = clock.now()
        finished_run.params = dict(params, errors=res.errors[:50], elapsed=round(res.elapsed, 3))
    log.info("generate run %s: %s — %d generated, %d skipped, %d failed of %d in %.1f s (%s %s, %d tokens in, "
             "%d out)", run_id, res.status, res.done, res.skipped, res.failed, len(items), res.elapsed, pname,
             pmodel or "", res.tokens_in, res.tokens_out)
    for e in res.errors[:20]:
        log.warning("generate run %s: %s: %s", run_id, e.get("item"), e.get("error"))
    _close_if_ours(provider, prov)
    progress(1.0, f"{res.done} generated, {res.skipped} skipped, {res.failed} failed in {res.elapsed:.1f}s")
    return res


def kinds() -> list[str]:
    return engine().kinds()


def targets(kind: str) -> list[str]:
    return engine().targets(kind)


def supported_offline_languages() -> list[str]:
    return registry.llm("offline")().languages() or []
