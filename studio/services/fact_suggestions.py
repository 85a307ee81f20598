"""Suggest facts (issue 16 item 1): the configured language model reads a product's title and description and
proposes facts; the user accepts or rejects each one. Nothing is ever added silently.

- The model answers with structured output (``SCHEMA``): ``{"facts": [{"key", "value", "unit", "quote"}]}``,
  where ``quote`` is the sentence of the product's text that states the fact. The prompt is the versioned
  template ``assets/prompts/facts-suggest.v1.md`` (a copy in ``<STUDIO_HOME>/prompts/`` wins); the product's
  text is JSON-encoded data between ``<product_data>`` delimiters.
- Every suggestion is verified against the product's own text: its quote must occur in the title or the
  description (whitespace and case aside), its value must be what the quote says (every number of the value in
  the quote, or its words), and a quote that reads as an instruction to the model ("ignore your
  instructions…") is not a fact. A suggestion that fails is kept, marked ``verified=False`` with the reason,
  and cannot be accepted.
- ``accept`` writes the accepted suggestions as facts with ``source="suggested"`` and their provenance
  (``data``: ``from``, ``model``, ``provider``, ``quote``, ``span``, ``note`` = "suggested by <model>, accepted by
  user"); like facts typed by hand they are kept by re-imports, and the grounding check reads them like every
  other fact (``importers.facts.grounding_facts`` reads the product's facts whatever their source).
- Without a model (the offline writer is the provider) ``suggest`` refuses with one line saying how to
  configure one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studio.domain import ChangeSummary, StudioError
from studio.jobs import CancelToken
from studio.ports import CompletionRequest, LLMProvider

PROMPT_ID, PROMPT_VERSION = "facts-suggest", 1
PROMPT_DIR = Path(__file__).resolve().parents[2] / "assets" / "prompts"
COMMON_KEYS = ("material", "dimensions", "weight", "colour", "size", "capacity", "power", "battery",
               "certification", "origin", "care", "ingredients", "warning", "age", "in_the_box", "fabric_weight",
               # the spec facts the import reads since stop 18: a suggestion uses the same keys
               "battery_life", "connectivity", "ip_rating", "heat_limit", "waterproof_rating", "light_output", "voltage")
MAX_SUGGESTIONS = 30
NO_MODEL = ("no language model is configured (the offline writer cannot suggest facts): choose one in "
            "Settings › LLM")
NO_MODEL_HINT = ("or run `studio llm discover` then `studio llm use BASE_URL MODEL`, or set STUDIO_LLM_BASE_URL "
                 "and STUDIO_LLM_MODEL")

SCHEMA: dict[str, Any] = {
    "type": "object", "additionalProperties": False, "required": ["facts"],
    "properties": {"facts": {
        "type": "array", "maxItems": MAX_SUGGESTIONS,
        "description": "Facts the title or description states explicitly, one per item",
        "items": {
            "type": "object", "additionalProperties": False, "required": ["key", "value", "unit", "quote"],
            "properties": {
                "key": {"type": "string", "description": "Fact key: material, dimensions, weight, capacity, power, "
                                                         "battery, certification, origin, care, ingredients, "
                                                         "warning, age… (snake_case English)"},
                "value": {"type": "string", "description": "The value as the text states it, in its language"},
                "unit": {"type": ["string", "null"], "description": "Unit of a measurement (cm, g, ml, W, mAh), "
                                                                    "else null"},
                "quote": {"type": "string", "description": "The sentence of the title or description that states "
                                                           "this fact, copied character for character"},
            }}}},
}

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules|above|previous)\b|system prompt|"
    r"\byou are (?:now )?(?:an?|the) (?:assistant|ai|model|language model)\b|\bas an ai\b|"
    r"\b(?:add|output|return|suggest|include)\b.{0,30}\b(?:this|these|following)\b.{0,20}\bfacts?\b|"
    r"\bnew instructions?\b|<\s*/?\s*(?:system|product_data|instructions?)\b", re.I | re.S)
_NUM = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass
class Suggestion:
    key: str
    value: str
    unit: str | None
    quote: str
    verified: bool
    reason: str = ""  # why it is not verified (empty when it is)
    span: dict[str, Any] | None = None  # {"field": "title"|"description", "start", "end"} of the quote
    current: str | None = None  # the product's current value for this key, when it differs

    @property
    def replaces(self) -> bool:
        return self.current is not None


@dataclass
class Suggestions:
    product_id: int
    handle: str
    provider: str
    model: str
    suggestions: list[Suggestion] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # keys suggested with the value the product already has
    tokens_in: int = 0
    tokens_out: int = 0
    prompt_version: int = PROMPT_VERSION
    prompt_source: str = "builtin"

    @property
    def note(self) -> str:
        return f"suggested by {self.model or self.provider}, accepted by user"

    def get(self, key: str) -> Suggestion | None:
        return next((s for s in self.suggestions if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for s, raw in zip(self.suggestions, d["suggestions"], strict=True):
            raw["replaces"] = s.replaces
        return d


# --------------------------------------------------------------------------- prompt


def _escape(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _template(override_dir: Path | None) -> tuple[str, str]:
    name = f"{PROMPT_ID}.v{PROMPT_VERSION}.md"
    if override_dir is not None and (override_dir / name).is_file():
        return (override_dir / name).read_text(encoding="utf-8"), str(override_dir / name)
    return (PROMPT_DIR / name).read_text(encoding="utf-8"), "builtin"


def build_prompt(product: Any, override_dir: Path | None = None) -> tuple[str, str, str]:
    """``(system, user, source)`` for ``product`` (a ``ProductDTO``)."""
    template, source = _template(override_dir)
    known = "; ".join(f"{f.key}: {f.value}" for f in product.facts) or "none"
    values = {"product_data": _escape({"title": product.title, "description": (product.body_text or "")[:6000]}),
              "known_facts": _escape(known), "keys": ", ".join(COMMON_KEYS),
              "json_schema": json.dumps(SCHEMA, ensure_ascii=False)}
    filled = re.sub(r"\{\{\s*([a-z_]+)\s*\}\}", lambda mt: values.get(mt.group(1), mt.group(0)), template)
    filled = re.sub(r"^<!--.*?-->\s*", "", filled, flags=re.S)
    parts = re.split(r"^## (system|user)\s*$", filled, flags=re.M)
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    return sections.get("system", ""), sections.get("user", filled.strip()), source


# --------------------------------------------------------------------------- verification

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def _norm_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` compatibility-normalised, case-folded, whitespace runs as one space and curly quotes as straight
    ones, with the index in ``text`` of every character of the result."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        norm = unicodedata.normalize("NFKC", ch).casefold()
        norm = norm.translate(_QUOTES)
        for c in norm:
            out.append(c)
            where.append(i)
    return "".join(out).rstrip(), where


def locate(product: Any, quote: str) -> dict[str, Any] | None:
    """Where ``quote`` occurs in the product's title or description (``None``: it does not)."""
    q, _ = _norm_with_map((quote or "").strip().strip("\"“”„«»'"))
    q = q.strip(" .")
    if len(q) < 3:
        return None
    for name, text in (("description", product.body_text or ""), ("title", product.title or "")):
        norm, where = _norm_with_map(text)
        i = norm.find(q)
        if i >= 0:
            return {"field": name, "start": where[i], "end": where[i + len(q) - 1] + 1}
    return None


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".").rstrip("0").rstrip(".") if "." in n.replace(",", ".") else n
            for n in _NUM.findall(text)}


def supports(quote: str, value: str) -> bool:
    """Does ``quote`` state ``value``? Every number of the value is in the quote, or (no numbers) the value, one of
    its words (3+ letters) or, in scripts without spaces, two consecutive characters of it are."""
    q, _ = _norm_with_map(quote)
    v, _ = _norm_with_map(value)
    if not v:
        return False
    if v in q:
        return True
    nums = _numbers(v)
    if nums:
        return nums <= _numbers(q)
    words = [w for w in re.findall(r"\w+", v) if len(w) >= 3 and not w.isdigit()]
    if any(w in q for w in words):
        return True
    cjk = re.sub(r"[\W\d_a-z]+", "", v)
    return any(cjk[i:i + 2] in q for i in range(len(cjk) - 1))


def _clean_key(key: object) -> str:
    k = re.sub(r"[^\w]+", "_", unicodedata.normalize("NFKC", str(key or "")).strip().lower()).strip("_")
    return k[:64]


def verify(product: Any, raw: list[Any]) -> tuple[list[Suggestion], list[str]]:
    """Suggestions from the model's raw items, each verified against the product's own text; plus the keys the
    model suggested with the value the product already has (nothing to add)."""
    current = {f.key: f.value for f in product.facts}
    out: list[Suggestion] = []
    known: list[str] = []
    seen: set[str] = set()
    for item in raw[:MAX_SUGGESTIONS * 2]:
        if not isinstance(item, dict):
            continue
        key = _clean_key(item.get("key"))
        value = re.sub(r"\s+", " ", str(item.get("value") or "")).strip()[:500]
        unit = (str(item.get("unit")).strip()[:16] or None) if item.get("unit") not in (None, "") else None
        quote = re.sub(r"\s+", " ", str(item.get("quote") or "")).strip()[:1000]
        if not key or not value or key in seen:
            continue
        if key in current and current[key].casefold() == value.casefold():
            known.append(key)
            continue
        seen.add(key)
        s = Suggestion(key, value, unit, quote, False, current=current.get(key))
        span = locate(product, quote) if quote else None
        if not quote:
            s.reason = "no source sentence was given"
        elif span is None:
            s.reason = "its quote does not occur in the product's title or description"
        elif _INSTRUCTION.search(quote):
            s.reason = "its quote reads as an instruction to the model, not as a product fact"
        elif not supports(quote, value) and not (unit and supports(quote, f"{value} {unit}")):
            s.reason = "its quote does not state this value"
        else:
            s.verified, s.span = True, span
        out.append(s)
        if len(out) >= MAX_SUGGESTIONS:
            break
    return out, known


# --------------------------------------------------------------------------- use cases


def _provider() -> LLMProvider:
    from studio.services import providers

    if providers.config()["provider"] == "offline":
        raise StudioError(NO_MODEL, hint=NO_MODEL_HINT)
    return providers.get_provider(None, concurrency=1)


def suggest(db: Any, product_id: int, *, provider: LLMProvider | None = None, cancel: CancelToken | None = None,
            override_dir: Path | None = None) -> Suggestions:
    """Ask the model for facts stated in the product's text; every suggestion verified, none written."""
    from studio.services import catalog
    from studio.settings import sub_dir

    product = catalog.get_product(db, int(product_id))
    if not ((product.body_text or "").strip() or (product.title or "").strip()):
        raise StudioError(f"{product.handle}: no title or description to read facts from")
    own = provider is None
    if provider is None:
        provider = _provider()
    elif provider.name == "offline":
        raise StudioError(NO_MODEL, hint=NO_MODEL_HINT)
    try:
        system, user, source = build_prompt(product, override_dir if override_dir is not None else sub_dir("prompts"))
        if cancel is not None:
            cancel.raise_if_cancelled()
        req = CompletionRequest(system=system, user=user, json_schema=SCHEMA, schema_name="fact_suggestions",
                                temperature=0.0, max_tokens=2000, task={"kind": "facts_suggest"})
        try:
            res = provider.complete(req)
        except StudioError:
            raise
        except Exception as exc:  # noqa: BLE001 - provider and network errors become one line for the user
            raise StudioError(f"the model could not be reached ({exc.__class__.__name__}: {exc})") from None
        if cancel is not None:
            cancel.raise_if_cancelled()
        raw = _parse(res.text)
        suggestions, known = verify(product, raw)
        return Suggestions(product.id, product.handle, str(res.provider or provider.name),
                           str(res.model or provider.model or ""), suggestions, known,
                           int(res.tokens_in or 0), int(res.tokens_out or 0), PROMPT_VERSION, source)
    finally:
        if own:
            provider.close()


def _parse(text: str) -> list[Any]:
    t = (text or "").strip()
    fence = re.search(r"```(?:json)?\s*(.*?)```", t, flags=re.S)
    if fence:
        t = fence.group(1).strip()
    start, end = t.find("{"), t.rfind("}")
    try:
        data = json.loads(t[start:end + 1]) if 0 <= start < end else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise StudioError("the model's answer is not the expected JSON ({\"facts\": [...]}); try again or "
                          "another model")
    return data["facts"]


def choose(result: Suggestions, accept: str | list[str] | None) -> list[Suggestion]:
    """The suggestions named by ``accept`` ("all" = every verified one, "none"/None/[] = nothing, else keys).
    Refuses, naming it, a key that was not suggested or a suggestion that is not verified."""
    if accept in (None, "none", "", []):
        return []
    if accept == "all" or accept == ["all"]:
        return [s for s in result.suggestions if s.verified]
    keys = [k.strip() for k in (accept.split(",") if isinstance(accept, str) else accept) if k and k.strip()]
    chosen = []
    for k in keys:
        s = result.get(_clean_key(k))
        if s is None:
            offered = ", ".join(x.key for x in result.suggestions) or "none"
            raise StudioError(f"no suggestion for {k!r} (suggested: {offered})")
        if not s.verified:
            raise StudioError(f"the suggestion {s.key!r} cannot be accepted: {s.reason}")
        if s not in chosen:
            chosen.append(s)
    return chosen


def accept(db: Any, result: Suggestions, chosen: list[Suggestion]) -> ChangeSummary:
    """Write the accepted suggestions as facts (``source="suggested"``, provenance in their data)."""
    from studio.services import catalog

    if not chosen:
        return ChangeSummary(entity="product", message="no fact accepted")
    for s in chosen:
        if not s.verified:
            raise StudioError(f"the suggestion {s.key!r} cannot be accepted: {s.reason}")
    for s in chosen:
        catalog.set_fact(db, result.product_id, s.key, s.value, unit=s.unit, source="suggested",
                         provenance={"from": "suggested", "provider": result.provider, "model": result.model,
                                     "quote": s.quote, "span": s.span, "accepted_by": "user", "note": result.note})
    keys = ", ".join(s.key for s in chosen)
    return ChangeSummary(updated=(result.product_id,), entity="product",
                         message=f"{len(chosen)} suggested fact(s) accepted: {keys}")
