"""``lint_text`` and ``lint_content``: select the rules that apply and run them."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from studio.domain import StudioError
from studio.quality import engine
from studio.quality.finding import Finding, _, sort_findings
from studio.quality.targets import SKIP_FIELDS, TARGET_IDS, content_targets


def _check_target(target: str) -> None:
    if target not in TARGET_IDS:
        raise StudioError(f"unknown lint target {target!r}; known targets: {', '.join(TARGET_IDS)}",
                          hint="see `studio lint --targets`")


def rules_for(target: str, market: str, kind: str | None = None) -> list[engine.Rule]:
    return list(_rules_for(engine.all_rules(), target, market, kind))


@lru_cache(maxsize=1024)
def _rules_for(rules: tuple, target: str, market: str, kind: str | None) -> tuple[engine.Rule, ...]:
    # keyed by the rule tuple too, so engine.reload() (new packs) gives a fresh selection
    return tuple(r for r in rules if r.type != "items" and r.applies(target, market, kind))


_SELECTED: dict[tuple, tuple[engine.Rule, ...]] = {}
_SELECTED_FOR: list = [None]


def _selected(target: str, market: str, kind: str | None) -> tuple[engine.Rule, ...]:
    """``_rules_for`` of the loaded rules, remembered per (target, market, kind) without hashing the rule tuple on
    every lint (a fresh rule tuple after ``engine.reload()`` starts afresh)."""
    rules = engine.all_rules()
    if _SELECTED_FOR[0] is not rules:
        _SELECTED.clear()
        _SELECTED_FOR[0] = rules
    key = (target, market, kind)
    sel = _SELECTED.get(key)
    if sel is None:
        if len(_SELECTED) > 1024:
            _SELECTED.clear()
        sel = _SELECTED[key] = _rules_for(rules, target, market, kind)
    return sel


def lint_text(text: str, target: str, market: str, *, facts=None, context: dict | None = None,
              kind: str | None = None) -> list[Finding]:
    """Check one text as it will be posted to ``target`` in ``market`` (a locale tag such as ``de-DE``).

    ``facts``: the product's facts (FactDTOs, ``{"key","value","unit"}`` dicts or a mapping); grounding
    rules run only when facts are given. ``context``: ``sponsored`` (bool), ``ai_generated`` (bool),
    ``options`` (the channel's publish options, e.g. ``{"is_aigc": True}``), ``human_reviewed`` (bool),
    ``user_rules`` (False to skip the user's own rules).
    """
    _check_target(target)
    text = text or ""
    context = dict(context or {})
    ctx = engine.LintContext(text=text, target=target, market=market or "en-US",
                             facts=engine.normalize_facts(facts), context=context, kind=kind or context.get("kind"))
    findings: list[Finding] = []
    for rule in _selected(target, ctx.market, ctx.kind):
        if rule.family == "grounding" and ctx.facts is None:
            continue
        findings.extend(engine.run_rule(rule, ctx))
    if context.get("user_rules", True):
        from studio.quality import user_rules

        findings.extend(user_rules.lint(ctx))
    return sort_findings(_dedupe(findings))


_MERGED_FAMILIES = ("claims", "disclosure")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeats of a rule on a span, and merge claims/disclosure findings of different rules on the same or
    overlapping spans (a phrase rule and a frame reporting the same words; "cures" and "cures acne"), on the
    primary finding's span: one finding that names every rule (``also``), with the
    highest severity; a phrase, pattern or code rule's message is kept before a frame's."""
    seen = set()
    out: list[Finding] = []
    merged: dict[tuple, list[int]] = {}
    for f in findings:
        key = (f.rule_id, f.start, f.end, f.field)
        if key in seen:
            continue
        seen.add(key)
        if f.family not in _MERGED_FAMILIES or f.end <= f.start:
            out.append(f)
            continue
        # the same words or overlapping ones ("cures" and "cures acne"): one finding (walkthrough s14 finding 20)
        i = next((j for (fam, fld), js in merged.items() if fam == f.family and fld == f.field for j in js
                  if out[j].start < f.end and f.start < out[j].end), None)
        if i is None:
            merged.setdefault((f.family, f.field), []).append(len(out))
            out.append(f)
            continue
        first, other = sorted((out[i], f), key=_primary_key)
        rules = tuple(dict.fromkeys(r for r in (*first.rules, *other.rules) if r != first.rule_id))
        out[i] = replace(first, also=rules, fix=first.fix if first.fix is not None else other.fix)
    return out


def _primary_key(f: Finding) -> tuple:
    rule = _rule_type_table().get(f.rule_id)
    # a phrase rule's exact words first, then code and pattern rules, a frame's meaning last
    # a rule marked "secondary" (round 11's brand-relationship catch-all) yields to the specific rule on the same words
    return (_SEVERITY_RANK.get(f.severity, 9), {"frames": 2, "pattern": 1, "code": 1, "secondary": 3}.get(rule or "", 0),
            f.rule_id)


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@lru_cache(maxsize=2)
def _rule_types(rules: tuple) -> dict[str, str]:
    # keyed by the rule tuple, so engine.reload() (new packs) gives a fresh table
    return {r.id: "secondary" if r.params.get("secondary") else r.type for r in rules}


_TYPES_FOR: list = [None, {}]


def _rule_type_table() -> dict[str, str]:
    """``_rule_types`` of the loaded rules without hashing the rule tuple for every finding compared."""
    rules = engine.all_rules()
    held = _TYPES_FOR
    if held[0] is not rules:
        held[:] = [rules, _rule_types(rules)]
    return held[1]


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return " ".join(value)
    return None


def lint_content(kind: str, target: str, market: str, content: dict, facts=None, *,
                 context: dict | None = None) -> list[Finding]:
    """Field-aware check of a draft's content dict (a listing's title/bullets/search terms, a caption's text…).

    Every finding carries ``field`` (``title``, ``bullets[2]``…) and the text target it was checked against.
    """
    if not isinstance(content, dict):
        raise StudioError(f"content of a {kind} for {target} must be a mapping, not {type(content).__name__}")
    context = dict(context or {})
    context.setdefault("kind", kind)
    findings: list[Finding] = []
    for name, text, text_target in content_fields(kind, target, content):
        findings.extend(f.with_field(name) for f in
                        lint_text(text, text_target, market, facts=facts, context=context, kind=kind))
    findings.extend(_items(kind, target, market, content))
    return sort_findings(_dedupe(findings))


def content_fields(kind: str, target: str, content: dict):
    """``(field, text, text target)`` for every text of a draft's content that ``lint_content`` checks, in order:
    the target's own fields (``title``, ``bullets[2]``, a caption's composed ``text``…), then, except for captions,
    the other prose fields against ``generic`` (``faq[0].answer``…). The one walk over a draft's texts, also used
    by the model's second opinion on drafts (``studio.services.model_checks``)."""
    mapping = content_targets(kind, target)
    done: set[str] = set()
    for key, text_target in mapping.items():
        name = key.removesuffix("[]")
        done.add(name)
        value = content.get(name)
        if value is None and name == "text" and kind == "caption":
            value = compose_caption(content)
        if value is None:
            continue
        if key.endswith("[]"):
            items = value if isinstance(value, list | tuple) else [value]
            for i, item in enumerate(items):
                if isinstance(item, str):
                    yield f"{name}[{i}]", item, text_target
        else:
            text = _as_text(value)
            if text is not None:
                yield name, text, text_target
    if kind != "caption":
        for name, value in content.items():
            if name in done or name in SKIP_FIELDS:
                continue
            for fname, text in _walk(name, value):
                yield fname, text, "generic"


def _walk(name: str, value: Any):
    if isinstance(value, str):
        if value.strip():
            yield name, value
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from _walk(f"{name}[{i}]", v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(f"{name}.{k}", v)


def compose_caption(content: dict) -> str:
    parts = [content.get(k) or "" for k in ("hook", "body", "cta")]
    tags = " ".join(h if str(h).startswith("#") else f"#{h}" for h in content.get("hashtags") or [])
    return "\n\n".join(p for p in [*parts, tags] if p)


def _items(kind: str, target: str, market: str, content: dict) -> list[Finding]:
    out = []
    for rule in engine.all_rules():
        if rule.type != "items" or not rule.applies(target, market, kind):
            continue
        field_name = rule.params["field"]
        items = content.get(field_name)
        if not isinstance(items, list | tuple):
            continue
        mx = rule.params.get("max")
        if mx is not None and len(items) > mx:
            out.append(Finding(rule.id, rule.severity, _(rule.message).format(count=len(items), max=mx), 0, 0,
                               None, rule.source, field=f"{field_name}[{mx}]", family=rule.family, target=target))
        if rule.params.get("unique"):
            seen: dict[str, int] = {}
            for i, item in enumerate(items):
                k = str(item).strip().casefold()
                if k in seen:
                    out.append(Finding(rule.id, rule.severity,
                                       _(rule.message).format(item=item, first=seen[k] + 1),
                                       0, len(str(item)), None, rule.source, field=f"{field_name}[{i}]",
                                       family=rule.family, target=target))
                else:
                    seen[k] = i
    return out


def warm(markets: tuple[str, ...] = ("en-US",), texts: tuple[str, ...] = ()) -> int:
    """Load the packs and build what a first lint needs for ``markets`` (each language's frames and gates;
    ``texts`` are linted once per market so their regexes are compiled), then store the compiled regexes in the
    disk cache (``rxcache``). The app calls it in a worker thread at start (first-use cost); linting meanwhile is
    safe. Returns the number of rules loaded."""
    from studio.quality import frames, rxcache

    rules = engine.all_rules()
    langs = tuple(dict.fromkeys([*(m.split("-")[0].lower() for m in markets), "en", "*"]))
    for rule in rules:
        if rule.type == "frames":
            frames.prepare(engine.compiled(rule), langs)
        elif rule.type in ("phrases", "pattern", "chars"):
            engine.compiled(rule)
    for text in texts:
        for market in markets:
            lint_text(text, "generic", market, context={"user_rules": False})
    rxcache.save()
    return len(rules)
