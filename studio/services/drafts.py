"""Drafts: one piece of content per product × market × kind × target, with versions.

Every output of a generator and every human edit is a *version* (``author`` "ai", "offline" or "human") with
its provenance (provider, model, prompt id/version, inputs hash, time, tokens, cost, AI-generated flag), the
exact prompt and the check findings made when it was created.

Statuses: ``draft`` → ``in-review`` → ``approved`` (or ``rejected``). Saving a new version puts an approved
draft back to ``draft`` while ``approved_version`` keeps pointing at what was approved, so
``latest_approved`` still returns the text a scheduler may post. Whether approval is required before
scheduling is a setting (default on): ``approval_required()``.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from studio import clock
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.settings import Settings
from studio.storage import models as m
from studio.storage.db import Database, get_row

STATUSES = ("draft", "in-review", "approved", "rejected")
AWAITING = "awaiting"  # a filter, not a status: drafts not yet approved or rejected
AWAITING_STATUSES = ("draft", "in-review")
AUTHORS = ("ai", "offline", "human")
APPROVAL_SETTING = "drafts.approval_required"


@dataclass(frozen=True)
class DraftVersionDTO:
    id: int
    draft_id: int
    number: int
    content: dict[str, Any]
    author: str
    ai_generated: bool
    provenance: dict[str, Any]
    inputs_hash: str | None
    prompt: str | None
    checks: list[dict[str, Any]]
    created_at: datetime | None

    def text(self) -> str:
        """The content as readable text (caption ``text`` when present, otherwise the fields)."""
        return content_text(self.content)


@dataclass(frozen=True)
class DraftDTO:
    id: int
    product_id: int
    product_handle: str
    product_title: str
    market: str
    kind: str
    target: str
    status: str
    current_version: int
    approved_version: int | None
    created_at: datetime | None
    updated_at: datetime | None
    latest: DraftVersionDTO | None = None
    versions: tuple[DraftVersionDTO, ...] = field(default_factory=tuple)  # all, oldest first (get_draft only)
    variant: str = ""  # "" = the plain draft; else a campaign phase / segment variant of the slot (issue 21)
    segment: str | None = None  # the segment a variant speaks to

    @property
    def content(self) -> dict[str, Any]:
        return dict(self.latest.content) if self.latest else {}

    def version(self, number: int) -> DraftVersionDTO:
        for v in self.versions:
            if v.number == number:
                return v
        raise NotFound(f"draft {self.id} has no version {number}")


@dataclass(frozen=True)
class FieldDiff:
    field: str
    old: Any
    new: Any
    unified: str  # a unified diff of the field's text form


# --------------------------------------------------------------------------- helpers


def content_text(content: dict[str, Any]) -> str:
    if not content:
        return ""
    if isinstance(content.get("text"), str) and content["text"]:
        return content["text"]
    parts = []
    for key, value in content.items():
        if key in ("language",):
            continue
        parts.append(f"{key}: {_field_text(value)}")
    return "\n".join(parts)


def _field_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(_field_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return "" if value is None else str(value)


def _vdto(row: m.DraftVersion) -> DraftVersionDTO:
    return DraftVersionDTO(row.id, row.draft_id, row.number, dict(row.content or {}), row.author,
                           bool(row.ai_generated), dict(row.provenance or {}), row.inputs_hash, row.prompt,
                           list(row.checks or []), row.created_at)


def _ddto(row: m.Draft, product: m.Product | None, latest: m.DraftVersion | None,
          versions: list[m.DraftVersion] | None = None) -> DraftDTO:
    return DraftDTO(
        id=row.id, product_id=row.product_id,
        product_handle=product.handle if product else "", product_title=product.title if product else "",
        market=row.market, kind=row.kind, target=row.target or "", status=row.status,
        current_version=row.current_version, approved_version=row.approved_version,
        created_at=row.created_at, updated_at=row.updated_at,
        latest=_vdto(latest) if latest is not None else None,
        versions=tuple(_vdto(v) for v in versions or ()),
        variant=row.variant or "", segment=row.segment,
    )


def _product_ids_for_ref(s, ref: str | int) -> list[int]:
    """A product id, handle or any variant SKU → product ids (no catalog-service dependency)."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit() and s.get(m.Product, int(ref))):
        return [int(ref)]
    ref = str(ref).strip()
    ids = set(s.scalars(select(m.Product.id).where(m.Product.handle == ref)))
    ids |= set(s.scalars(select(m.Variant.product_id).where(m.Variant.sku == ref)))
    if not ids:
        raise NotFound(f"no product with handle or SKU '{ref}'")
    return sorted(ids)


def _latest_rows(s, draft_ids: list[int]) -> dict[int, m.DraftVersion]:
    if not draft_ids:
        return {}
    rows = s.execute(
        select(m.DraftVersion).join(m.Draft, m.Draft.id == m.DraftVersion.draft_id)
        .where(m.DraftVersion.draft_id.in_(draft_ids), m.DraftVersion.number == m.Draft.current_version)
    ).scalars()
    return {r.draft_id: r for r in rows}


# --------------------------------------------------------------------------- queries


def list_drafts(db: Database, product: int | str | None = None, market: str | None = None,
                kind: str | None = None, target: str | None = None, status: str | None = None,
                *, has_errors: bool | None = None, limit: int | None = None) -> list[DraftDTO]:
    """Drafts with their latest version (not the whole history), newest first.

    ``status`` is one of ``STATUSES`` or ``"awaiting"`` (draft or in-review: not yet approved or rejected);
    ``has_errors`` True keeps drafts whose current version has error findings, False those without."""
    with db.session() as s:
        q = select(m.Draft, m.Product).join(m.Product, m.Product.id == m.Draft.product_id)
        if has_errors is not None:
            current = select(m.DraftVersion.draft_id).where(m.DraftVersion.draft_id == m.Draft.id,
                                                            m.DraftVersion.number == m.Draft.current_version,
                                                            m.DraftVersion.error_count > 0).exists()
            q = q.where(current if has_errors else ~current)
        if product is not None and product != "":
            q = q.where(m.Draft.product_id.in_(_product_ids_for_ref(s, product)))
        if market:
            q = q.where(m.Draft.market == market)
        if kind:
            q = q.where(m.Draft.kind == kind)
        if target:
            q = q.where(m.Draft.target == target)
        if status == AWAITING:
            q = q.where(m.Draft.status.in_(AWAITING_STATUSES))
        elif status:
            if status not in STATUSES:
                raise StudioError(f"unknown draft status '{status}'; one of {', '.join(STATUSES)} or {AWAITING}")
            q = q.where(m.Draft.status == status)
        q = q.order_by(m.Draft.updated_at.desc(), m.Draft.id.desc())
        if limit:
            q = q.limit(limit)
        pairs = list(s.execute(q).all())
        latest = _latest_rows(s, [d.id for d, _ in pairs])
        return [_ddto(d, p, latest.get(d.id)) for d, p in pairs]


def get_draft(db: Database, draft_id: int) -> DraftDTO:
    """One draft with every version (oldest first)."""
    with db.session() as s:
        row = s.get(m.Draft, int(draft_id))
        if row is None:
            raise NotFound(f"no draft with id {draft_id}")
        versions = list(s.scalars(select(m.DraftVersion).where(m.DraftVersion.draft_id == row.id)
                                  .order_by(m.DraftVersion.number)))
        latest = next((v for v in versions if v.number == row.current_version), versions[-1] if versions else None)
        return _ddto(row, s.get(m.Product, row.product_id), latest, versions)


def find_draft(db: Database, product_id: int, market: str, kind: str, target: str = "", *,
               variant: str = "") -> DraftDTO | None:
    with db.session() as s:
        row = s.scalar(select(m.Draft).where(m.Draft.product_id == product_id, m.Draft.market == market,
                                             m.Draft.kind == kind, m.Draft.target == (target or ""),
                                             m.Draft.variant == (variant or "")))
        draft_id = row.id if row else None
    return get_draft(db, draft_id) if draft_id is not None else None


def version_with_hash(db: Database, product_id: int, market: str, kind: str, target: str,
                      inputs_hash: str, *, variant: str = "") -> DraftVersionDTO | None:
    """A version of this slot made from exactly these inputs (how a batch resumes)."""
    with db.session() as s:
        row = s.scalar(
            select(m.DraftVersion).join(m.Draft, m.Draft.id == m.DraftVersion.draft_id)
            .where(m.Draft.product_id == product_id, m.Draft.market == market, m.Draft.kind == kind,
                   m.Draft.target == (target or ""), m.Draft.variant == (variant or ""),
                   m.DraftVersion.inputs_hash == inputs_hash)
            .order_by(m.DraftVersion.number.desc()).limit(1))
        return _vdto(row) if row is not None else None


def latest_approved(db: Database, product_id: int, market: str, kind: str, target: str = "", *,
                    variant: str = "") -> DraftVersionDTO | None:
    """The approved version of this slot (the text a scheduler may post), or None."""
    with db.session() as s:
        draft = s.scalar(select(m.Draft).where(m.Draft.product_id == product_id, m.Draft.market == market,
                                               m.Draft.kind == kind, m.Draft.target == (target or ""),
                                               m.Draft.variant == (variant or "")))
        if draft is None or draft.approved_version is None:
            return None
        row = s.scalar(select(m.DraftVersion).where(m.DraftVersion.draft_id == draft.id,
                                                    m.DraftVersion.number == draft.approved_version))
        return _vdto(row) if row is not None else None


# --------------------------------------------------------------------------- mutations


def save_version(db: Database, product_id: int, market: str, kind: str, target: str, content: dict[str, Any], *,
                 author: str, ai_generated: bool, provenance: dict[str, Any] | None = None,
                 inputs_hash: str | None = None, prompt: str | None = None,
                 checks: list[dict[str, Any]] | None = None, status: str | None = None, variant: str = "",
                 segment: str | None = None) -> DraftDTO:
    """Add a version to the slot's draft (creating the draft on first use); returns the draft.

    ``variant`` names a campaign phase or segment variant of the slot ("" = the plain draft), ``segment`` the
    segment it speaks to (issue 21)."""
    if author not in AUTHORS:
        raise StudioError(f"unknown author '{author}'; one of {', '.join(AUTHORS)}")
    if not isinstance(content, dict):
        raise StudioError("draft content must be a dict of fields")
    if status is not None and status not in STATUSES:
        raise StudioError(f"unknown draft status '{status}'; one of {', '.join(STATUSES)}")
    target = target or ""
    with db.session() as s:
        if s.get(m.Product, int(product_id)) is None:
            raise NotFound(f"no product with id {product_id}")
        q = select(m.Draft).where(m.Draft.product_id == product_id, m.Draft.market == market,
                                  m.Draft.kind == kind, m.Draft.target == target, m.Draft.variant == (variant or ""))
        if not db.is_sqlite:
            q = q.with_for_update()
        draft = s.scalar(q)
        if draft is None:
            draft = m.Draft(product_id=product_id, market=market, kind=kind, target=target, status="draft",
                            current_version=0, variant=variant or "", segment=segment or None)
            s.add(draft)
            s.flush()
        number = (draft.current_version or 0) + 1
        s.add(m.DraftVersion(draft_id=draft.id, number=number, content=content, author=author,
                             ai_generated=bool(ai_generated), provenance=provenance or {},
                             inputs_hash=inputs_hash, prompt=prompt, checks=checks or []))
        draft.current_version = number
        draft.status = status or "draft"
        draft.updated_at = clock.now()
        s.flush()
        draft_id = draft.id
    return get_draft(db, draft_id)


def edit(db: Database, draft_id: int, content: dict[str, Any], *, checks: list[dict[str, Any]] | None = None,
         note: str = "") -> DraftDTO:
    """A human edit: a new version with author "human" (not AI-generated), based on the current one."""
    current = get_draft(db, draft_id)
    base = current.latest
    merged = dict(base.content) if base else {}
    merged.update(content)
    if current.kind == "caption" and base is not None:
        merged = caption_parts_into_text(base.content, merged)
    prov = {"edited_from_version": base.number if base else None, "note": note,
            "based_on_ai": bool(base and base.ai_generated), "time": clock.now().isoformat()}
    saved = save_version(db, current.product_id, current.market, current.kind, current.target, merged,
                         author="human", ai_generated=False, provenance=prov, checks=checks,
                         variant=current.variant, segment=current.segment)
    if checks is None:  # a human edit is checked like a generated version, so approval sees its findings
        _store_checks(db, saved.id, current_checks(db, saved.id))
        saved = get_draft(db, saved.id)
    return saved


_CAPTION_PARTS = ("hook", "body", "cta")


def _tag_line(tags: Any) -> str:
    if not isinstance(tags, list | tuple):
        return ""
    return " ".join(t if str(t).startswith(("#", "＃")) else f"#{t}" for t in (str(x).strip() for x in tags) if t)


def caption_parts_into_text(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """A caption is posted (and checked) as its assembled ``text``; an edit of its hook, body, call to action or
    hashtags that leaves ``text`` as it was is carried into ``text`` (and hashtags into the first comment that
    held them), so what the person changed is what goes out and what the gate checks. Each changed part
    replaces its old wording in place (the assembly — link, hashtag placement — stays as the writer made it);
    a part that cannot be found once in the old text rebuilds it from the parts. An edit of ``text`` itself wins."""
    text = old.get("text")
    if not isinstance(text, str) or not text or new.get("text", text) != text:
        return new
    out = dict(new)
    result, rebuild = text, False
    changes = [(old.get(k) or "", new.get(k) or "") for k in _CAPTION_PARTS]
    old_tags, new_tags = _tag_line(old.get("hashtags")), _tag_line(new.get("hashtags"))
    tags_in_text = bool(old_tags) and old_tags in text
    if tags_in_text:
        changes.append((old_tags, new_tags))
    for before, after in changes:
        if before == after:
            continue
        if isinstance(before, str) and before and result.count(before) == 1 and isinstance(after, str):
            result = result.replace(before, after)
        else:
            rebuild = True
    if rebuild:
        blocks = [str(new.get(k) or "").strip() for k in _CAPTION_PARTS]
        if tags_in_text or (not old_tags and new_tags and not old.get("first_comment")):
            blocks.append(new_tags)
        result = "\n\n".join(b for b in blocks if b)
    out["text"] = re.sub(r"\n{3,}", "\n\n", result).strip()
    if old_tags != new_tags and old_tags and (old.get("first_comment") or "") == old_tags \
            and new.get("first_comment", old_tags) == old_tags:
        out["first_comment"] = new_tags
    return out


def current_checks(db: Database, draft_id: int) -> list[dict[str, Any]]:
    """The findings of the draft's current version, computed now (glossary, translations, quality engine)."""
    from studio.services import generation  # generation builds on this module

    return generation.recheck(db, draft_id)


def _store_checks(db: Database, draft_id: int, checks: list[dict[str, Any]]) -> None:
    with db.session() as s:
        draft = get_row(s, m.Draft, int(draft_id))
        v = s.scalar(select(m.DraftVersion).where(m.DraftVersion.draft_id == draft.id,
                                                  m.DraftVersion.number == draft.current_version))
        if v is not None:
            v.checks = list(checks)


def set_status(db: Database, ids: list[int], status: str) -> ChangeSummary:
    """Move drafts to ``status``; "approved" goes through ``approve`` (its error gate, no reason given)."""
    if status == "approved":
        return approve(db, ids)
    return _apply_status(db, ids, status)


def _apply_status(db: Database, ids: list[int], status: str) -> ChangeSummary:
    if status not in STATUSES:
        raise StudioError(f"unknown draft status '{status}'; one of {', '.join(STATUSES)}")
    ids = [int(i) for i in ids]
    with db.session() as s:
        rows = list(s.scalars(select(m.Draft).where(m.Draft.id.in_(ids))))
        missing = sorted(set(ids) - {r.id for r in rows})
        if missing:
            raise NotFound(f"no draft with id {', '.join(map(str, missing))}")
        for r in rows:
            if r.current_version == 0:
                raise StudioError(f"draft {r.id} has no version yet")
            r.status = status
            if status == "approved":
                r.approved_version = r.current_version
            r.updated_at = clock.now()
    return ChangeSummary(updated=tuple(ids), entity="draft", message=f"{len(ids)} draft(s) {status}")


def submit_for_review(db: Database, ids: list[int]) -> ChangeSummary:
    return set_status(db, ids, "in-review")


class ApprovalRefused(StudioError):
    """Approval of drafts whose current version has error findings, without a recorded reason."""

    def __init__(self, blocked: dict[int, list[dict[str, Any]]]) -> None:
        self.blocked = blocked
        lines = []
        for did, errs in blocked.items():
            first = "; ".join(f"{e.get('rule_id')}: {e.get('message')}" for e in errs[:2])
            more = f" (+{len(errs) - 2} more)" if len(errs) > 2 else ""
            lines.append(f"draft {did}: {len(errs)} error finding(s) — {first}{more}")
        super().__init__("not approved: " + " | ".join(lines) + ". Fix the draft, or approve it anyway with a "
                         "recorded reason", hint="studio drafts approve ID --reason \"…\"")


def merge_checks(stored: list[dict[str, Any]] | None, fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A version's stored findings (the writer's notes among them) plus the ones its checks find now that are
    not among them — what approval judges."""
    stored = list(stored or [])
    seen = {(c.get("rule_id"), c.get("field"), c.get("start")) for c in stored}
    return stored + [c for c in fresh if (c.get("rule_id"), c.get("field"), c.get("start")) not in seen]


def gate_checks(db: Database, draft_id: int) -> list[dict[str, Any]]:
    """Every finding approval would judge on the draft's current version now (``studio lint --draft ID``)."""
    d = get_draft(db, draft_id)
    if d.latest is None:
        raise StudioError(f"draft {draft_id} has no version yet")
    return merge_checks(d.latest.checks, current_checks(db, draft_id))


def error_findings(checks: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [c for c in checks or [] if c.get("severity") == "error"]


def approve(db: Database, ids: list[int], *, reason: str | None = None, by: str = "") -> ChangeSummary:
    """Approve the current version of each draft (all or nothing).

    A version whose findings include errors is refused (``ApprovalRefused``) unless ``reason`` is given; the
    reason, the errors it overrides, who and when are recorded in that version's provenance
    (``approval_override``) — shown by ``studio drafts show``, in Content and in the Calendar.
    """
    ids = [int(i) for i in ids]
    reason = (reason or "").strip()
    blocked: dict[int, list[dict[str, Any]]] = {}
    # the checks are run again now: a version saved without them (or before a rule changed) cannot slip through
    fresh = {i: current_checks(db, i) for i in ids}
    with db.session() as s:
        rows = list(s.scalars(select(m.Draft).where(m.Draft.id.in_(ids))))
        missing = sorted(set(ids) - {r.id for r in rows})
        if missing:
            raise NotFound(f"no draft with id {', '.join(map(str, missing))}")
        versions: dict[int, m.DraftVersion | None] = {}
        for r in rows:
            v = s.scalar(select(m.DraftVersion).where(m.DraftVersion.draft_id == r.id,
                                                      m.DraftVersion.number == r.current_version))
            versions[r.id] = v
            if v is not None:
                v.checks = merge_checks(v.checks, fresh[r.id])
            errs = error_findings(v.checks if v is not None else [])
            if errs:
                blocked[r.id] = errs
        if blocked and not reason:
            raise ApprovalRefused(blocked)
        for did, errs in blocked.items():
            v = versions[did]
            if v is None:  # blocked only for its stored version's errors
                continue
            prov = dict(v.provenance or {})
            prov["approval_override"] = {
                "reason": reason, "by": by or "", "time": clock.now().isoformat(),
                "errors": [{"rule_id": e.get("rule_id"), "message": e.get("message")} for e in errs]}
            v.provenance = prov
    summary = _apply_status(db, ids, "approved")
    if blocked:
        return ChangeSummary(updated=summary.updated, entity="draft",
                             message=f"{len(ids)} draft(s) approved; {len(blocked)} despite error findings, "
                                     f"reason recorded: {reason}")
    return summary


def approval_override(db: Database, version_id: int | None) -> dict[str, Any] | None:
    """The recorded reason a version was approved despite error findings (None when it had none)."""
    if version_id is None:
        return None
    with db.session() as s:
        v = s.get(m.DraftVersion, int(version_id))
        if v is None:
            return None
        return (v.provenance or {}).get("approval_override")


def reject(db: Database, ids: list[int]) -> ChangeSummary:
    return set_status(db, ids, "rejected")


def delete_drafts(db: Database, ids: list[int]) -> ChangeSummary:
    with db.session() as s:
        for i in ids:
            row = s.get(m.Draft, int(i))
            if row is not None:
                s.delete(row)
    return ChangeSummary(deleted=tuple(int(i) for i in ids), entity="draft")


# --------------------------------------------------------------------------- diff


def diff(db: Database, draft_id: int, a: int | None = None, b: int | None = None) -> list[FieldDiff]:
    """Field-by-field differences between versions ``a`` and ``b`` (default: previous vs current)."""
    d = get_draft(db, draft_id)
    if not d.versions:
        return []
    b = b if b is not None else d.current_version
    a = a if a is not None else max(1, b - 1)
    return diff_content(d.version(a).content, d.version(b).content, f"v{a}", f"v{b}")


def diff_content(old: dict[str, Any], new: dict[str, Any], old_name: str = "old",
                 new_name: str = "new") -> list[FieldDiff]:
    out: list[FieldDiff] = []
    keys = list(old.keys()) + [k for k in new.keys() if k not in old]
    for key in keys:
        o, n = old.get(key), new.get(key)
        if o == n:
            continue
        ot, nt = _field_text(o).splitlines(), _field_text(n).splitlines()
        unified = "\n".join(difflib.unified_diff(ot, nt, f"{old_name}/{key}", f"{new_name}/{key}", lineterm=""))
        out.append(FieldDiff(key, o, n, unified))
    return out


# --------------------------------------------------------------------------- settings


def approval_required(settings: Settings | None = None) -> bool:
    """Whether a draft must be approved before it may be scheduled (default on)."""
    required = (settings or Settings()).model.drafts.approval_required  # typed: drafts.approval_required
    return True if required is None else required


def set_approval_required(value: bool, settings: Settings | None = None) -> None:
    (settings or Settings()).set(APPROVAL_SETTING, bool(value))


def counts_by_status(db: Database) -> dict[str, int]:
    from sqlalchemy import func

    with db.session() as s:
        return {k: int(v) for k, v in s.execute(select(m.Draft.status, func.count()).group_by(m.Draft.status))}


__all__ = [
    "ApprovalRefused", "DraftDTO", "caption_parts_into_text", "DraftVersionDTO", "FieldDiff", "STATUSES", "approval_override",
    "approval_required", "approve", "content_text", "error_findings", "gate_checks", "merge_checks",
    "counts_by_status", "delete_drafts", "diff", "diff_content", "edit", "find_draft", "get_draft",
    "latest_approved", "list_drafts", "reject", "save_version", "set_approval_required", "set_status",
    "submit_for_review", "version_with_hash",
]
