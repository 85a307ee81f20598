"""A small interpreter for the rule packs in ``studio/quality/packs/*.json``.

A pack is data: ``{"id", "title", "rules": [...]}``. Every rule has ``id``, ``family`` (limits, characters,
claims, grounding, disclosure, locale), ``type``, ``severity``, ``message`` (English; translated at run
time), ``source`` (a platform-specs.md row or a law), ``targets`` (target ids or globs), optional
``markets`` / ``kinds`` filters, and ``examples: {"pass": [...], "fail": [...]}`` that the tests run.

Rule types: ``limit`` (a length in a unit), ``count`` (hashtags, mentions, links), ``chars`` (banned
characters or a disallowed-character pattern), ``max_occurrences``, ``repetition``, ``caps``,
``phrases`` (phrase lists per language), ``pattern`` (regexes), ``items`` (list fields of content) and
``code`` (a named function in ``code_rules`` for what data cannot say) and ``frames`` (claims by meaning:
construction templates over per-language trigger lexicons, see ``frames.py``).

Claims and disclosure rules name their ``claim`` kind; the severity of their findings comes from the one
policy in ``severity.py`` (same violation, same severity, in every language and market), and a claim inside a
negated clause ("does not cure", "ne soigne pas") is not reported (``frames.negated``).
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import regex

from studio.quality import code_rules, rules_grounding, rxcache, textmatch
from studio.quality import measure as M
from studio.quality.factdata import fact_text, facts_from_key, facts_key, normalize_facts
from studio.quality.finding import Finding, _
from studio.quality.locale_info import market_matches
from studio.quality.textmatch import NOSPACE, KeyedAlternation, phrase_regex

# re-exported: the facts helpers and the phrase matcher are the engine's API for services and user rules
__all__ = ["KeyedAlternation", "LintContext", "PackError", "Rule", "all_rules", "compiled", "facts_from_key", "facts_key",
           "load_packs", "normalize_facts", "phrase_regex", "reload", "run_rule", "validate"]

RULE_TYPES = {"limit", "count", "chars", "max_occurrences", "repetition", "caps", "phrases", "pattern", "items",
              "code", "frames"}
FAMILIES = ("limits", "characters", "claims", "grounding", "disclosure", "locale", "user")


class PackError(ValueError):
    pass


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    type: str
    severity: str
    message: str
    source: str
    targets: tuple[str, ...]
    pack: str
    markets: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    exclude_targets: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    examples: dict[str, list] = field(default_factory=dict, hash=False, compare=False)

    def __hash__(self) -> int:
        # the compiled-rule caches hash a rule on every lint: hash its (immutable) fields once
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.id, self.family, self.type, self.severity, self.message, self.source, self.targets,
                      self.pack, self.markets, self.kinds, self.exclude_targets))
            object.__setattr__(self, "_hash", h)
        return h

    def applies(self, target: str, market: str, kind: str | None = None) -> bool:
        if not any(fnmatch.fnmatchcase(target, t) for t in self.targets):
            return False
        if any(fnmatch.fnmatchcase(target, t) for t in self.exclude_targets):
            return False
        if self.kinds and kind and kind not in self.kinds:
            return False
        return market_matches(market, self.markets)


@dataclass
class LintContext:
    text: str
    target: str
    market: str
    facts: list[dict] | None
    context: dict
    kind: str | None = None

    @cached_property
    def facts_key(self) -> tuple | None:
        """A hashable form of the facts: derived data (certifications, materials, numbers) is cached by it."""
        return facts_key(self.facts)

    @cached_property
    def fact_text(self) -> str:
        return fact_text(self.facts_key or ())

    @cached_property
    def folded(self) -> str:
        return self.text.casefold()


# --------------------------------------------------------------------------- loading

_COMMON = {"id", "family", "type", "severity", "message", "source", "targets", "markets", "kinds", "examples",
           "exclude_targets"}


def _rule_from(data: dict, pack_id: str) -> Rule:
    missing = [k for k in ("id", "family", "type", "severity", "message", "source", "targets") if k not in data]
    if missing:
        raise PackError(f"pack {pack_id}: rule {data.get('id', '?')} lacks {', '.join(missing)}")
    if data["type"] not in RULE_TYPES:
        raise PackError(f"pack {pack_id}: rule {data['id']} has unknown type {data['type']!r}")
    if data["severity"] not in ("error", "warning", "info"):
        raise PackError(f"pack {pack_id}: rule {data['id']} has unknown severity {data['severity']!r}")
    if data["family"] not in FAMILIES:
        raise PackError(f"pack {pack_id}: rule {data['id']} has unknown family {data['family']!r}")
    params = {k: v for k, v in data.items() if k not in _COMMON}
    rule = Rule(id=data["id"], family=data["family"], type=data["type"], severity=data["severity"],
                message=data["message"], source=data["source"], targets=tuple(data["targets"]), pack=pack_id,
                markets=tuple(data.get("markets", ())), kinds=tuple(data.get("kinds", ())),
                exclude_targets=tuple(data.get("exclude_targets", ())), params=params,
                examples=data.get("examples", {}))
    return rule  # compiled on first use (first-use cost); validate() compiles every rule (tests)


@lru_cache(maxsize=1)
def load_packs() -> tuple[dict, ...]:
    packs = []
    root = resources.files("studio.quality") / "packs"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise PackError(f"rule pack {entry.name} is not valid JSON: {exc}") from exc
        data.setdefault("id", entry.name[:-5])
        data["file"] = entry.name
        packs.append(data)
    return tuple(packs)


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for pack in load_packs():
        for r in pack.get("rules", []):
            rule = _rule_from(r, pack["id"])
            if rule.id in seen:
                raise PackError(f"rule id {rule.id} is defined twice (pack {pack['id']})")
            seen.add(rule.id)
            rules.append(rule)
    return tuple(rules)


def _pack_lexicons(pack_id: str) -> dict:
    for p in load_packs():
        if p.get("id") == pack_id:
            return p.get("lexicons", {})
    return {}


def _rule_thai_phrases() -> set[str]:
    """The packs' Thai phrases, for the Thai segmenter's dictionary (``textmatch.add_thai_terms``)."""
    out: set[str] = set()
    for rule in all_rules():
        for lst in (rule.params.get("phrases") or {}).values():
            out.update(x for x in lst if not x.startswith("re:") and regex.fullmatch(r"[\p{Thai}]+", x))
    return out


textmatch.add_thai_terms(_rule_thai_phrases)


def validate() -> int:
    """Compile every rule of every pack — each phrase, pattern and frame template of every language — and
    raise PackError on the first bad one. Loading does not (first-use cost: a process compiles only what its
    texts need); the test suite runs this. Returns the number of rules checked."""
    from studio.quality import frames

    rules = all_rules()
    for rule in rules:
        try:
            compiled = _compile(rule)
            if rule.type == "phrases":
                for lst in rule.params.get("phrases", {}).values():
                    for x in lst:
                        regex.compile(phrase_regex(x))
            if rule.type == "frames":
                frames.validate(compiled)
        except (ValueError, regex.error) as exc:
            raise PackError(f"rule {rule.id}: {exc}") from exc
    return len(rules)


def compiled(rule: Rule):
    """The compiled form of a rule (built on first use, then cached)."""
    return _compile(rule)


def reload() -> None:
    load_packs.cache_clear()
    all_rules.cache_clear()
    _compile.cache_clear()


# --------------------------------------------------------------------------- matching helpers

@lru_cache(maxsize=2048)
def _compile(rule: Rule):
    p = rule.params
    if rule.type == "phrases":
        phrases = []
        for lang_list in p.get("phrases", {}).values():
            phrases.extend(lang_list)
        if not phrases:
            raise PackError(f"rule {rule.id}: no phrases")
        keyed, raw = [], []
        for x in phrases:
            rx = phrase_regex(x)
            if x.startswith("re:"):
                raw.append(rx)
            else:
                # the longest piece of the phrase must occur in the casefolded text before the regex runs
                key = max(regex.split(r"[\s\-]+", x.casefold()), key=len)
                keyed.append((key, rx))
        return keyed, tuple(raw)
    if rule.type == "pattern":
        pats = p.get("patterns") or [p["pattern"]]
        return rxcache.compile("|".join(f"(?:{a})" for a in pats), regex.IGNORECASE if p.get("ignore_case", True) else 0)
    if rule.type == "chars":
        if "pattern" in p:
            return rxcache.compile("(?:" + p["pattern"] + ")+" if p.get("merge", True) else p["pattern"])
        return rxcache.compile("[" + "".join(regex.escape(c) for c in p["chars"]) + "]+")
    if rule.type == "frames":
        from studio.quality import frames

        try:
            return frames.compile_rule(rule, _pack_lexicons(rule.pack))
        except (ValueError, regex.error) as exc:
            raise PackError(f"rule {rule.id}: {exc}") from exc
    if rule.type == "unless":
        return None
    if rule.type == "code":
        if p.get("function") not in code_rules.REGISTRY:
            raise PackError(f"rule {rule.id}: unknown code function {p.get('function')!r}")
    return None


@lru_cache(maxsize=4096)
def _alternation(parts: tuple[str, ...]):
    return rxcache.compile("|".join(f"(?:{a})" for a in parts), regex.IGNORECASE | regex.V1)


_RTL = regex.compile(r"[\p{Script=Arabic}\p{Script=Hebrew}]")


def _isolated(params: dict) -> dict:
    """Quoted right-to-left values are isolated (FSI…PDI) so an English message does not reorder around them."""
    return {k: f"\u2068{v}\u2069" if isinstance(v, str) and _RTL.search(v) else v for k, v in params.items()}


#: claim kinds whose findings tell the seller how to disclose: the advice and the law cited are the market's own
_DISCLOSURE_KINDS = frozenset({"sponsorship", "sponsorship-label", "disclosure-weak"})


def _finding(rule: Rule, ctx: LintContext, start: int, end: int, fix: str | None = None, **params) -> Finding:
    source = rule.source
    if rule.params.get("claim") in _DISCLOSURE_KINDS:
        from studio.quality.disclosure_table import advice_for

        adv = advice_for(ctx.market)
        params.setdefault("advice", adv.advice)
        params.setdefault("law", adv.cite)
        if not adv.us:  # de-DE is told “Anzeige” or “Werbung” and cited UWG § 5a / MStV § 22, not the FTC (round 12)
            source = adv.law
    try:
        message = _(rule.message).format(**_isolated(params))
    except (KeyError, IndexError, ValueError):
        message = _(rule.message)
    severity = params.pop("_severity", None)
    if severity is None and "claim" in rule.params:
        from studio.quality.severity import severity_for

        severity = severity_for(rule.params["claim"], ctx.target)
    return Finding(rule_id=rule.id, severity=severity or rule.severity, message=message,
                   start=start, end=end, fix=fix, source=source, family=rule.family, target=ctx.target,
                   data={k: v for k, v in params.items() if isinstance(v, str | int | float | bool)})


def _supported_by_facts(rule: Rule, ctx: LintContext) -> bool:
    """``unless_fact``: a fact whose key or value supports the claim (e.g. a certification)."""
    need = rule.params.get("unless_fact")
    if not need or not ctx.facts:
        return False
    return rules_grounding.has_supporting_fact_k(ctx.facts_key, need)


# --------------------------------------------------------------------------- interpreters

def _rule_by_id(rule_id: str) -> Rule | None:
    return next((r for r in all_rules() if r.id == rule_id), None)


def run_rule(rule: Rule, ctx: LintContext) -> list[Finding]:
    fn = _RUNNERS[rule.type]
    out = fn(rule, ctx)
    defer = rule.params.get("defer_to")  # round 13: a structural rule says nothing where the specific rule already does
    if out and defer:
        other = _rule_by_id(defer)
        if other is not None and other.applies(ctx.target, ctx.market, ctx.context.get("kind")) and run_rule(other, ctx):
            return []
    if out and rule.family == "claims":
        from studio.quality import frames as fr

        kind = rule.params.get("claim")
        if rule.params.get("policy_scope"):  # "guaranteed delivery by 24 Dec": a shop service, not a claim
            out = [f for f in out if f.end <= f.start or not fr.policy_statement(ctx.text, f.start, f.end)]
        if kind == "guarantee":  # "2-year manufacturer warranty", "メーカー保証1年": a term of the offer, a fact
            out = [f for f in out if f.end <= f.start or not (fr.warranty_term(ctx.text, f.start, f.end)
                                                              or fr.return_term(ctx.text, f.start, f.end))]
        if kind == "weight":  # "lost 3 lbs… of junk from my purse", "emagreça sua mala" (round 12)
            out = [f for f in out if f.end <= f.start or not fr.luggage_pun(ctx.text, f.start, f.end)]
        if kind == "counterfeit":  # "Replik eines Biedermeier-Stuhls": a period reproduction, no brand (round 12)
            out = [f for f in out if f.end <= f.start or not fr.period_reproduction(ctx.text, f.start, f.end)]
        if kind == "reviews" and not rule.params.get("incentive"):  # "leave us a 5-star review" asks; "5 Star-Shaped cutters" is a shape
            out = [f for f in out if f.end <= f.start or not (fr.requested(ctx.text, f.start, f.end)
                                                              or fr.not_a_rating(ctx.text, f.start, f.end)
                                                              or fr.disclosed_own_review(ctx.text, f.start, f.end)
                                                              or fr.tested_by_body(ctx.text))]
        if kind in ("urgency", "urgency-social"):  # "Op = op, maar we hebben nog genoeg maten": scarcity denied
            out = [f for f in out if f.end <= f.start or not (fr.scarcity_denied(ctx.text, f.start, f.end)
                                                              or fr.dated_deadline(ctx.text, f.start, f.end)
                                                              or fr.event_countdown(ctx.text, f.start, f.end))]
        if kind == "superlative":  # "our #1 priority", "Nr. 1 bis 8", "best served cold"
            out = [f for f in out if f.end <= f.start or not (fr.not_a_rank(ctx.text, f.start, f.end)
                                                              or fr.serving_advice(ctx.text, f.start, f.end)
                                                              or fr.scoped_superlative(ctx.text, f.start, f.end)
                                                              or fr.negated_miracle(ctx.text, f.start, f.end))]
        if kind == "before-after":  # "Before & after: we repainted this dresser": an object's makeover (round 11)
            out = [f for f in out if f.end <= f.start or not fr.object_makeover(ctx.text, f.start, f.end)]
        if kind in ("health", "cure"):  # "The cure for a Monday", "Detox für deinen Kleiderschrank" (round 11)
            out = [f for f in out if f.end <= f.start or not fr.figurative(ctx.text, f.start, f.end)]
        if not rule.params.get("negation", rule.params.get("claim") in fr.NEGATABLE):
            return out
        out = [f for f in out if f.end <= f.start or not fr.negated(ctx.text, f.start, f.end)]
    return out


def _run_limit(rule: Rule, ctx: LintContext) -> list[Finding]:
    text = ctx.text
    unit = rule.params.get("unit", "graphemes")
    n = M.measure(text, unit)
    out = []
    mx = rule.params.get("max")
    mn = rule.params.get("min")
    if mx is not None and n > mx:
        fix = None
        start = M.overflow_start(text, unit, mx) if unit != "words" else M.words(text)[mx][0]
        if rule.params.get("fix", "truncate") == "truncate":
            fixed = M.truncate(text, mx, unit, ellipsis=rule.params.get("ellipsis", "…"))
            k = 0
            while k < min(len(fixed), len(text)) and fixed[k] == text[k]:
                k += 1
            # the span is what the fix replaces: from where the shortened text departs to the end
            start, fix = k, fixed[k:]
        out.append(_finding(rule, ctx, start, len(text), fix, count=n, max=mx, unit=unit))
    if mn is not None and n < mn:
        out.append(_finding(rule, ctx, 0, len(text), None, count=n, min=mn, unit=unit))
    return out


_COUNT_RE = {
    "hashtags": regex.compile(r"(?<![\p{L}\p{N}_&])#[\p{L}\p{N}\p{M}_]+"),
    "mentions": regex.compile(r"(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.]+"),
    "links": M.URL,
}


def _run_count(rule: Rule, ctx: LintContext) -> list[Finding]:
    what = rule.params["what"]
    ms = list(_COUNT_RE[what].finditer(ctx.text))
    mx = rule.params["max"]
    if len(ms) <= mx:
        return []
    first, last = ms[mx], ms[-1]
    return [_finding(rule, ctx, first.start(), last.end(), None, count=len(ms), max=mx, what=what)]


def _run_chars(rule: Rule, ctx: LintContext) -> list[Finding]:
    rx = _compile(rule)
    out = []
    fix_mode = rule.params.get("fix", "remove")
    for m in rx.finditer(ctx.text):
        fix = None
        if fix_mode == "remove":
            fix = ""
            # do not leave a double space behind
        elif isinstance(fix_mode, dict):
            fix = "".join(fix_mode.get(c, c) for c in m.group(0))
        out.append(_finding(rule, ctx, m.start(), m.end(), fix, chars=m.group(0)))
    return out


def _run_max_occurrences(rule: Rule, ctx: LintContext) -> list[Finding]:
    out = []
    mx = rule.params.get("max", 1)
    for ch in rule.params["chars"]:
        positions = [i for i, c in enumerate(ctx.text) if c == ch]
        for i in positions[mx:]:
            out.append(_finding(rule, ctx, i, i + 1, "", char=ch, max=mx, count=len(positions)))
    return out


@lru_cache(maxsize=256)
def _stopwords(rule: Rule) -> frozenset[str]:
    return frozenset(w.lower() for lst in rule.params.get("ignore", {}).values() for w in lst)


def _run_repetition(rule: Rule, ctx: LintContext) -> list[Finding]:
    stop = _stopwords(rule)
    mx = rule.params.get("max", 2)
    seen: dict[str, int] = {}
    out = []
    for s, e in M.words(ctx.text):
        w = ctx.text[s:e].lower()
        if w in stop or w.isdigit():
            continue
        seen[w] = seen.get(w, 0) + 1
        if seen[w] > mx:
            out.append(_finding(rule, ctx, s, e, None, word=ctx.text[s:e], max=mx, count=seen[w]))
    return out


def _run_caps(rule: Rule, ctx: LintContext) -> list[Finding]:
    min_len = rule.params.get("min_letters", 5)
    allow = {w.upper() for w in rule.params.get("allow", [])}
    out = []
    for m in regex.finditer(r"(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}]*(?![\p{L}\p{N}])", ctx.text):
        w = m.group(0)
        letters = sum(1 for c in w if c.isalpha())
        if letters >= min_len and w not in allow:
            out.append(_finding(rule, ctx, m.start(), m.end(), w.capitalize(), word=w))
    return out


def _run_phrases(rule: Rule, ctx: LintContext) -> list[Finding]:
    if _supported_by_facts(rule, ctx):
        return []
    keyed, raw = _compile(rule)
    folded = ctx.folded
    cands = tuple(sorted({rx for key, rx in keyed if key in folded}, key=len, reverse=True)) + raw
    if not cands:
        return []
    rx = _alternation(cands)
    out = []
    unless = rule.params.get("unless_near")
    if unless and ctx.facts and regex.search(unless, ctx.fact_text):
        return []  # the product's facts say which sense the word has (an epoxy "cures")
    for m in rx.finditer(ctx.text):
        if unless and regex.search(unless, ctx.text[max(0, m.start() - 40): m.end() + 40]):
            continue
        if NOSPACE.search(m.group(0)):
            if textmatch.inside_longer_word(ctx.text, m.start(), m.end()):
                continue  # a Thai/CJK phrase inside a longer word that does not mean it
        fix = "" if rule.params.get("fix") == "remove" else None
        extra = {}
        if rule.params.get("downgrade_if_in_facts") and ctx.facts and rule.severity == "error" and \
                regex.search(phrase_regex(m.group(0)), ctx.fact_text, regex.IGNORECASE | regex.V1):
            # the merchant's own facts say it: still unproven without a certification, but not invented
            extra["_severity"] = "warning"
        out.append(_finding(rule, ctx, m.start(), m.end(), fix, phrase=m.group(0), **extra))
    return out


def _run_pattern(rule: Rule, ctx: LintContext) -> list[Finding]:
    if _supported_by_facts(rule, ctx):
        return []
    rx = _compile(rule)
    return [_finding(rule, ctx, m.start(), m.end(), None, match=m.group(0)) for m in rx.finditer(ctx.text)
            if m.end() > m.start()]


def _run_frames(rule: Rule, ctx: LintContext) -> list[Finding]:
    if _supported_by_facts(rule, ctx):
        return []
    from studio.quality import frames

    return [_finding(rule, ctx, s, e, None, phrase=phrase) for s, e, phrase in frames.run(rule, ctx, _compile(rule))]


def _run_items(rule: Rule, ctx: LintContext) -> list[Finding]:
    return []  # list-field rules run in lint_content (see content.py)


def _run_code(rule: Rule, ctx: LintContext) -> list[Finding]:
    fn = code_rules.REGISTRY[rule.params["function"]]
    out = []
    for hit in fn(ctx, rule.params):
        start, end, fix, params = hit
        out.append(_finding(rule, ctx, start, end, fix, **params))
    return out


_RUNNERS = {
    "limit": _run_limit, "count": _run_count, "chars": _run_chars, "max_occurrences": _run_max_occurrences,
    "repetition": _run_repetition, "caps": _run_caps, "phrases": _run_phrases, "pattern": _run_pattern,
    "items": _run_items, "code": _run_code, "frames": _run_frames,
}
