"""The model's second opinion on drafts (issue 17, build 2): draft linting, stored checks and the publish gate.

``studio.services.claims_review`` gives a second opinion on one text (the offline classifier, or the configured
language model when asked). This module brings it to drafts — every text of a draft's content, field by field, as
``studio.quality.lint_content`` checks them (``studio.quality.api.content_fields``):

- ``suggest(kind, target, market, content, findings)`` — model-suggested findings (``data["model_suggested"]``),
  **warnings**, only where no rule of the same family flags an overlapping span of the same field: where one does,
  the rule's finding stands alone (a second row on the same words repeated it, and a classifier's whole-field span
  underlined the whole field; ``studio lint --file`` still lists an agreeing suggestion with the rule's severity). Each carries ``data["quote"]`` (the span's
  text) and ``data["dismiss_key"]``. Cached by text hash (``claims_review``); a missing or damaged model gives no
  suggestions, never an error, so offline use never blocks.
- Which opinion: ``mode`` — ``local`` (the offline classifier), ``llm`` (the configured language model: it costs,
  so it runs only when asked, e.g. ``studio lint --second-opinion=llm``), ``off``. ``automatic_mode()`` is what
  runs without being asked: the ``quality.second_opinion`` setting, with ``llm`` read as ``local``.
- Dismissals: a user can dismiss a model-suggested finding for one draft (``dismiss``); it is recorded in the
  draft's review history (``review_events``, action ``dismissed`` — the review queue's one record of decisions,
  no new table) and holds while the same words stand in the same field (``dismiss_key`` hashes rule, field and
  quote). ``without_dismissed`` drops them from any list of findings (``Finding`` objects or stored dicts).
- The gate never asks a reason for a model-suggested warning (``studio.services.quality.check_publishable``);
  it lists it in its summary.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

import regex
from sqlalchemy import select

from studio.domain import NotFound, StudioError
from studio.quality.api import content_fields
from studio.quality.finding import Finding
from studio.services import claims_review
from studio.storage import models as m
from studio.storage.db import Database
from studio.storage.models_review import ReviewEvent

DISMISSED = "dismissed"  # the review_events action of a dismissed model suggestion
_KEY = regex.compile(r"#([0-9a-f]{16})\b")


def automatic_mode(mode: str | None = None) -> str:
    """The second opinion that runs without being asked: ``mode`` when given, else the setting — ``off`` stays off,
    ``local`` and ``llm`` give the offline classifier (the language model costs; it runs only when asked)."""
    if mode is not None:
        if mode not in claims_review.MODES:
            raise StudioError(f"unknown second opinion {mode!r}; choose one of {', '.join(claims_review.MODES)}")
        return mode
    return "off" if claims_review.configured_mode() == "off" else "local"


def is_model_suggested(f: Any) -> bool:
    if isinstance(f, dict):
        return bool(f.get("model_suggested") or (f.get("data") or {}).get("model_suggested"))
    return bool(getattr(f, "data", {}).get("model_suggested"))


def dismiss_key(rule_id: str, field: str | None, quote: str) -> str:
    raw = "\x1f".join((rule_id, field or "", " ".join(quote.split())))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def suggest(kind: str, target: str, market: str, content: dict, findings: list[Finding] | None = None, *,
            context: dict | None = None, mode: str | None = None) -> list[Finding]:
    """Model-suggested findings for every text of a draft's content (``findings``: the rules' findings of the same
    content, from ``lint_content``, so a rule that agrees gives its severity)."""
    mode = automatic_mode(mode)
    if mode == "off" or not isinstance(content, dict):
        return []
    sponsored = bool((context or {}).get("sponsored"))
    by_field: dict[str | None, list[Finding]] = {}
    for f in findings or []:
        by_field.setdefault(f.field, []).append(f)
    out: list[Finding] = []
    for name, text, text_target in content_fields(kind, target, content):
        if not text.strip():
            continue
        extra = claims_review.second_opinion(text, text_target, market, rule_findings=by_field.get(name, []),
                                             mode=mode, sponsored=sponsored)
        for f in extra:
            if f.data.get("rule_agrees"):
                continue  # a rule already flags these words: its finding stands, a second row would repeat it
            quote = text[f.start:f.end]
            out.append(replace(f, field=name, data={**f.data, "quote": quote,
                                                    "dismiss_key": dismiss_key(f.rule_id, name, quote)}))
    return out


def with_suggestions(kind: str, target: str, market: str, content: dict, findings: list[Finding], *,
                     context: dict | None = None, mode: str | None = None) -> list[Finding]:
    """``findings`` plus the model's suggestions, sorted like the engine sorts them."""
    from studio.quality import sort_findings

    extra = suggest(kind, target, market, content, findings, context=context, mode=mode)
    return sort_findings([*findings, *extra]) if extra else list(findings)


def as_dict(f: Finding) -> dict[str, Any]:
    """A model-suggested finding as stored with a draft version or a post (``DraftVersion.checks`` items)."""
    return {"rule_id": f.rule_id, "severity": f.severity, "message": f.message, "start": f.start, "end": f.end,
            "fix": f.fix, "source": f.source, "field": f.field, "family": f.family, "model_suggested": True,
            "data": dict(f.data)}


# --------------------------------------------------------------------------- dismissals


def _key_of(f: Any) -> str | None:
    data = (f.get("data") or {}) if isinstance(f, dict) else getattr(f, "data", {})
    key = data.get("dismiss_key")
    return key if isinstance(key, str) else None


def dismissed_keys(db: Database, draft_id: int | None) -> frozenset[str]:
    """The dismiss keys recorded for a draft (empty for none)."""
    if draft_id is None:
        return frozenset()
    with db.session() as s:
        reasons = s.scalars(select(ReviewEvent.reason).where(ReviewEvent.draft_id == int(draft_id),
                                                             ReviewEvent.action == DISMISSED))
        return frozenset(mt.group(1) for r in reasons for mt in [_KEY.search(r or "")] if mt)


def without_dismissed(findings: list, keys: frozenset[str]) -> list:
    """``findings`` (``Finding`` objects or dicts) without the model suggestions dismissed for the draft."""
    if not keys:
        return list(findings)
    return [f for f in findings if not (is_model_suggested(f) and _key_of(f) in keys)]


def dismiss(db: Database, draft_id: int, key: str, *, note: str = "", by: str = "app") -> dict[str, Any]:
    """Dismiss the model-suggested finding ``key`` (its ``dismiss_key``) of a draft's current version: recorded in
    the draft's review history and dropped from the version's stored checks. Returns the dismissed finding.

    Only a model's suggestion can be dismissed — a rule's finding is fixed or approved over with a reason."""
    key = (key or "").strip().lstrip("#")
    if not regex.fullmatch(r"[0-9a-f]{16}", key):
        raise StudioError(f"'{key}' is not a dismiss key (16 hex digits, shown as dismiss_key by "
                          "studio lint --json on a model-suggested finding)")
    from studio.services import drafts as drafts_service

    d = drafts_service.get_draft(db, draft_id)
    v = d.latest
    found = [c for c in (v.checks if v else []) or [] if is_model_suggested(c) and _key_of(c) == key]
    if not found:
        fresh = [as_dict(f) for f in suggest_for_draft(db, d, mode="local")]
        found = [c for c in fresh if _key_of(c) == key]
    if not found:
        raise NotFound(f"draft {d.id} has no model-suggested finding {key} in version {d.current_version}; "
                       "list them with studio lint --product … --json (model_suggested, dismiss_key)")
    c = found[0]
    quote = " ".join(str((c.get("data") or {}).get("quote") or "").split())
    shown = quote if len(quote) <= 80 else quote[:79] + "…"
    note = " ".join((note or "").split())[:500]
    reason = f"model suggestion {c.get('rule_id')} dismissed [{c.get('field') or '-'}] “{shown}” #{key}" + (
        f" — {note}" if note else "")
    with db.session() as s:
        draft = s.get(m.Draft, int(d.id))
        if draft is None:
            raise NotFound(f"no draft with id {draft_id}")
        s.add(ReviewEvent(draft_id=draft.id, version=draft.current_version, action=DISMISSED, reason=reason,
                          by=by[:64]))
        row = s.scalar(select(m.DraftVersion).where(m.DraftVersion.draft_id == draft.id,
                                                    m.DraftVersion.number == draft.current_version))
        if row is not None and row.checks:
            row.checks = without_dismissed(list(row.checks), frozenset({key}))
    return c


def suggest_for_draft(db: Database, d: Any, *, mode: str | None = None) -> list[Finding]:
    """The model's suggestions for a draft's current version (without its dismissed ones)."""
    from studio import quality

    v = d.latest
    if v is None:
        return []
    rules = quality.lint_content(d.kind, d.target, d.market, v.content, None, context={"user_rules": False})
    out = suggest(d.kind, d.target, d.market, v.content, rules, mode=mode)
    return without_dismissed(out, dismissed_keys(db, d.id))
