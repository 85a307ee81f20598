"""Quality use cases: lint drafts, the catalog-wide report, its CSV/HTML export, and the publish gate.

The rules themselves live in ``studio.quality`` (Qt-free, no database); this module adds the database side.
"""

from __future__ import annotations

import csv
import html
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio import quality, registry
from studio.csvsafe import safe_row
from studio.domain import StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.quality.finding import Finding, _
from studio.safepath import user_file

# --------------------------------------------------------------------------- publish gate

def _sev(f: Any) -> str:
    sev = f.get("severity") if isinstance(f, dict) else getattr(f, "severity", "")
    return sev if isinstance(sev, str) else ""


def _msg(f: Any) -> str:
    return f.get("message", "") if isinstance(f, dict) else getattr(f, "message", "")


def check_publishable(findings: Iterable[Any], override_reason: str | None = None) -> tuple[bool, str]:
    """Errors block publishing; warnings need a recorded reason; info never blocks. A model-suggested warning
    (``data.model_suggested``: the second opinion, not a rule) needs no reason — the gate lists it, never blocks.

    ``findings``: ``Finding`` objects or their dicts (as stored in ``DraftVersion.checks``).
    Returns ``(ok, reason)``: why it is blocked, or the recorded override reason when warnings were accepted.
    """
    from studio.services.model_checks import is_model_suggested

    findings = list(findings or [])
    errors = [f for f in findings if _sev(f) == "error"]
    # a model's suggestion (a warning unless a rule agrees) is listed, never a reason to ask for a reason
    warnings = [f for f in findings if _sev(f) == "warning" and not is_model_suggested(f)]
    if errors:
        return False, _("{n} error(s) block publishing: {first}").format(n=len(errors), first=_msg(errors[0]))
    if warnings:
        reason = (override_reason or "").strip()
        if not reason:
            return False, _("{n} warning(s) need a recorded reason to publish anyway: {first}").format(
                n=len(warnings), first=_msg(warnings[0]))
        return True, reason
    return True, ""


# --------------------------------------------------------------------------- drafts

@dataclass(frozen=True)
class DraftLint:
    draft_id: int
    product_id: int
    product_handle: str
    product_title: str
    market: str
    kind: str
    target: str
    status: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> dict[str, int]:
        return quality.counts(self.findings)


def _facts(db, product_id: int, cache: dict) -> tuple:
    if product_id not in cache:
        try:
            from studio.importers.facts import grounding_facts
            from studio.services.catalog import get_product

            # the same facts generation grounds on: the product's, plus what its title/description state
            cache[product_id] = tuple(grounding_facts(get_product(db, product_id)))
        except StudioError:
            cache[product_id] = None
    return cache[product_id]


def draft_context(draft) -> dict:
    v = draft.latest
    return {
        "ai_generated": bool(v.ai_generated) if v else False,
        "human_reviewed": draft.status == "approved",
        # the channel's label field is chosen when the post is scheduled, not on the draft
        "check_ai_label": False,
    }


def localized_facts(facts, market: str) -> list:
    """The facts plus their values in the market's language as the writers state them (the offline glossary's
    terms) — what generation grounds on: "بوليستر معاد تدويره" in an Arabic caption is the product's stated
    "recycled polyester", not a new claim, in Checks, `studio lint` and the scheduling gate too."""
    facts = list(facts or [])
    engine = registry.copy_engine()  # the writer's glossary, through the copy engine's port
    language = (market or "").split("-")[0]
    for f in list(facts):
        value = f.get("value") if isinstance(f, dict) else None
        term = engine.glossary_term(language, value) if isinstance(value, str) and value else value
        if term != value:
            facts.append({"key": f.get("key"), "value": term, "unit": None, "type": "text"})
    return facts


def lint_draft(db, draft, facts=None, *, second_opinion: str | None = None) -> list[Finding]:
    """The rules' findings on a draft's latest version plus the model's second opinion (model-suggested warnings
    unless a rule agrees; ``second_opinion``: local | llm | off, default the ``quality.second_opinion`` setting
    with the language model only when asked — ``studio.services.model_checks``), without the suggestions the user
    dismissed for this draft."""
    from studio.services import model_checks

    content = draft.content
    if facts is None:
        facts = _facts(db, draft.product_id, {})
    if facts is not None:
        facts = localized_facts(facts, draft.market)
    context = draft_context(draft)
    found = quality.lint_content(draft.kind, draft.target, draft.market, content, facts, context=context)
    mode = model_checks.automatic_mode(second_opinion)
    if mode == "off":
        return found
    found = model_checks.with_suggestions(draft.kind, draft.target, draft.market, content, found, context=context,
                                         mode=mode)
    return model_checks.without_dismissed(found, model_checks.dismissed_keys(db, getattr(draft, "id", None)))


def lint_drafts(db, product: str | int | None = None, market: str | None = None, *,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                second_opinion: str | None = None) -> list[DraftLint]:
    """Lint the latest version of every draft (of one product / market when given), with the model's second
    opinion (``lint_draft``) and the facts-kept check (``studio.services.facts_kept``)."""
    from studio.services import drafts as drafts_service
    from studio.services import facts_kept
    from studio.services.content_checks import finding_from_dict
    from studio.services.model_checks import automatic_mode

    second_opinion = automatic_mode(second_opinion)  # the setting read once, not per draft
    rows = drafts_service.list_drafts(db, product=product, market=market)
    cache: dict = {}
    tasks: dict = {}
    out = []
    for i, d in enumerate(rows):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(i / max(1, len(rows)), f"{d.product_handle} {d.market} {d.kind} {d.target}")
        if d.latest is None:
            continue
        found = lint_draft(db, d, _facts(db, d.product_id, cache), second_opinion=second_opinion)
        kept = facts_kept.draft_findings(db, d, tasks)  # the product's facts the draft no longer states (issue 16)
        if kept:
            found = quality.sort_findings([*found, *(finding_from_dict(k) for k in kept)])
        out.append(DraftLint(d.id, d.product_id, d.product_handle, d.product_title, d.market, d.kind, d.target,
                             d.status, tuple(found)))
    progress(1.0, "")
    return out


@dataclass(frozen=True)
class ReportRow:
    product_handle: str
    product_title: str
    market: str
    target: str
    drafts: int
    errors: int
    warnings: int
    infos: int
    top_rules: str  # the most frequent rule ids, e.g. "amazon.title.length ×2, claims.health"


def catalog_report(results: list[DraftLint]) -> list[ReportRow]:
    """product × market × target with counts by severity."""
    groups: dict[tuple, list[DraftLint]] = defaultdict(list)
    for r in results:
        groups[(r.product_handle, r.product_title, r.market, r.target or r.kind)].append(r)
    rows = []
    for (handle, title, market, target), items in sorted(groups.items()):
        c = {"error": 0, "warning": 0, "info": 0}
        rules: dict[str, int] = defaultdict(int)
        for it in items:
            for f in it.findings:
                c[f.severity] += 1
                if f.severity != "info":
                    rules[f.rule_id] += 1
        top = ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        rows.append(ReportRow(handle, title, market, target, len(items), c["error"], c["warning"], c["info"], top))
    return rows


REPORT_COLUMNS = ("product_handle", "product_title", "market", "target", "drafts", "errors", "warnings", "infos",
                  "top_rules")


def export_csv(rows: list[ReportRow], path: str | Path) -> Path:
    path = user_file(path)  # a link at that name pointing elsewhere is refused, not written through
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(REPORT_COLUMNS)
        for r in rows:
            w.writerow(safe_row(getattr(r, c) for c in REPORT_COLUMNS))
    return path


def export_html(rows: list[ReportRow], path: str | Path, title: str = "Quality report") -> Path:
    path = user_file(path)
    head = "".join(f"<th>{html.escape(_(c.replace('_', ' ').capitalize()))}</th>" for c in REPORT_COLUMNS)
    body = []
    for r in rows:
        cls = "err" if r.errors else ("warn" if r.warnings else "ok")
        cells = "".join(f'<td dir="auto">{html.escape(str(getattr(r, c)))}</td>' for c in REPORT_COLUMNS)
        body.append(f'<tr class="{cls}">{cells}</tr>')
    total = {k: sum(getattr(r, k) for r in rows) for k in ("errors", "warnings", "infos")}
    doc = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(_(title))}</title>
<style>body{{font-family:sans-serif}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px}}
tr.err td{{background:#fde2e2}}tr.warn td{{background:#fff4d6}}</style></head><body>
<h1>{html.escape(_(title))}</h1>
<p>{html.escape(_("Errors"))}: {total['errors']} · {html.escape(_("Warnings"))}: {total['warnings']} · {html.escape(_("Info"))}: {total['infos']}</p>
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table></body></html>
"""
    path.write_text(doc, encoding="utf-8")
    return path


def severity_totals(results: list[DraftLint]) -> dict[str, int]:
    total = {"error": 0, "warning": 0, "info": 0}
    for r in results:
        for k, v in r.counts.items():
            total[k] = total.get(k, 0) + v
    return total
