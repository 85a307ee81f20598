"""Review queue (issue 19 item 3): the drafts waiting for a decision, and the decisions.

- ``queue(db, QueueFilter(...))`` — drafts filtered by product, market, kind, target, status (default
  ``awaiting``: draft or in-review) and whether the current version has error findings, each with its
  finding counts; the app's review queue and ``studio drafts`` list the same rows.
- ``approve(db, ids)`` goes through ``drafts.approve`` — its error gate holds: a draft with error findings is
  refused unless a reason is recorded — and records the decision in the draft's review history.
- ``reject(db, ids, reason)`` needs a reason; it is stored (``review_events``) and shown in the history.
- ``approve_clean(db, filter)`` approves, one by one, the drafts in the filter whose current version has no
  error and no warning findings (``allow_warnings`` lets warnings through; errors never); every draft passed
  over is returned with why.
- ``word_diff(db, draft_id)`` — the current version against the previous one, word by word (difflib), as
  ``(op, text)`` segments per field: ``equal``, ``delete`` (only in the old), ``insert`` (only in the new).
- ``source_facts(db, product_id)`` — what the copy may state: the product's facts and what its description
  and title state (``from`` says where a fact was read), the same list the grounding checks use.
- ``history(db, draft_id)`` — versions and review decisions, oldest first.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import regex
from sqlalchemy import select

from studio import clock
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.importers.certainty import to_confirm
from studio.importers.html import html_to_text
from studio.services import drafts as drafts_service
from studio.storage import models as m
from studio.storage.db import Database
from studio.storage.models_review import ReviewEvent

AWAITING = drafts_service.AWAITING
QUEUE_LIMIT = 2000
REASON_MAX = 2000
ACTIONS = ("approved", "rejected")


@dataclass(frozen=True)
class QueueFilter:
    product: int | str | None = None
    market: str | None = None
    kind: str | None = None
    target: str | None = None
    status: str | None = AWAITING  # a draft status, "awaiting" (draft or in-review), or None for all
    has_errors: bool | None = None  # True: only drafts with error findings; False: only those without

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in (("product", self.product), ("market", self.market), ("kind", self.kind),
                                         ("target", self.target), ("status", self.status)) if v]
        if self.has_errors is not None:
            parts.append("with errors" if self.has_errors else "without errors")
        return ", ".join(parts) or "all drafts"


@dataclass(frozen=True)
class QueueRow:
    draft_id: int
    product_id: int
    handle: str
    title: str
    market: str
    kind: str
    target: str
    status: str
    version: int
    approved_version: int | None
    errors: int
    warnings: int
    notes: int  # info findings
    author: str
    preview: str
    updated_at: datetime | None
    variant: str = ""  # a campaign phase / segment variant of the slot ("" = the plain draft)

    @property
    def clean(self) -> bool:
        """No error and no warning findings on the current version."""
        return not self.errors and not self.warnings


@dataclass(frozen=True)
class HistoryEntry:
    time: datetime | None
    what: str  # "version" | "approved" | "rejected"
    version: int
    author: str  # a version's author, or who decided
    reason: str = ""


@dataclass(frozen=True)
class WordDiff:
    field: str
    segments: tuple[tuple[str, str], ...]  # (equal|delete|insert, text)

    @property
    def changed(self) -> bool:
        return any(op != "equal" for op, _ in self.segments)


@dataclass
class BulkResult:
    approved: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {"draft_id", "reason"}

    @property
    def summary(self) -> ChangeSummary:
        return ChangeSummary(updated=tuple(self.approved), entity="draft",
                             message=f"{len(self.approved)} draft(s) approved, {len(self.skipped)} skipped "
                                     "(findings to look at)")


# --------------------------------------------------------------------------- the queue


def _counts(checks: list[dict[str, Any]] | None) -> tuple[int, int, int]:
    sev = [c.get("severity") for c in checks or [] if isinstance(c, dict)]
    return sev.count("error"), sev.count("warning"), sev.count("info")


def _row(d: drafts_service.DraftDTO) -> QueueRow:
    v = d.latest
    errors, warnings, notes = _counts(v.checks if v else [])
    preview = " ".join((v.text() if v else "").split())[:160]
    return QueueRow(d.id, d.product_id, d.product_handle, d.product_title, d.market, d.kind, d.target, d.status,
                    d.current_version, d.approved_version, errors, warnings, notes, v.author if v else "", preview,
                    d.updated_at, getattr(d, "variant", "") or "")


def check_filter(f: QueueFilter) -> None:
    if f.status and f.status != AWAITING and f.status not in drafts_service.STATUSES:
        raise StudioError(f"unknown status '{f.status}'; use one of {AWAITING}, "
                          f"{', '.join(drafts_service.STATUSES)}")


def queue(db: Database, f: QueueFilter | None = None, *, limit: int = QUEUE_LIMIT) -> list[QueueRow]:
    """The drafts matching ``f``, oldest change last (the newest first), with their finding counts."""
    f = f or QueueFilter()
    check_filter(f)
    rows = drafts_service.list_drafts(db, product=f.product, market=f.market or None, kind=f.kind or None,
                                      target=f.target if f.target else None, status=f.status or None,
                                      has_errors=f.has_errors, limit=limit)
    return [_row(d) for d in rows]


def choices(db: Database) -> dict[str, list[str]]:
    """The markets, kinds and targets drafts exist for (the queue's filter boxes)."""
    with db.session() as s:
        out: dict[str, list[str]] = {}
        for name, col in (("markets", m.Draft.market), ("kinds", m.Draft.kind), ("targets", m.Draft.target)):
            out[name] = sorted(str(v) for v in s.scalars(select(col).distinct()) if v)
        return out


# --------------------------------------------------------------------------- decisions


def _record(db: Database, ids: list[int], action: str, reason: str, by: str) -> None:
    with db.session() as s:
        for did in ids:
            draft = s.get(m.Draft, int(did))
            if draft is not None:
                s.add(ReviewEvent(draft_id=draft.id, version=draft.current_version, action=action,
                                  reason=reason, by=by[:64]))


def approve(db: Database, ids: list[int], *, reason: str | None = None, by: str = "app") -> ChangeSummary:
    """Approve through ``drafts.approve`` (a draft with error findings is refused unless ``reason`` is given);
    the decision joins each draft's review history."""
    ids = [int(i) for i in ids]
    if not ids:
        raise StudioError("no draft to approve: give draft ids",
                          hint="studio drafts approve ID..., or studio drafts approve --all-clean")
    summary = drafts_service.approve(db, ids, reason=reason, by=by)
    _record(db, ids, "approved", (reason or "").strip(), by)
    return summary


def clean_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise StudioError("a rejection needs a reason (what should change?), e.g. --reason \"claims a warranty "
                          "the product does not have\"")
    if len(text) > REASON_MAX:
        raise StudioError(f"the reason is {len(text)} characters long; keep it under {REASON_MAX}")
    return text


def reject(db: Database, ids: list[int], reason: str | None, *, by: str = "app") -> ChangeSummary:
    """Reject drafts with a reason: status ``rejected`` and the reason in the review history, in one
    transaction (all or nothing)."""
    text = clean_reason(reason)
    ids = [int(i) for i in ids]
    if not ids:
        raise StudioError("no draft to reject: give a draft id", hint="studio drafts reject ID --reason TEXT")
    with db.session() as s:
        rows = list(s.scalars(select(m.Draft).where(m.Draft.id.in_(ids))))
        missing = sorted(set(ids) - {r.id for r in rows})
        if missing:
            raise NotFound(f"no draft with id {', '.join(map(str, missing))} (list them with: studio drafts)")
        for r in rows:
            if r.current_version == 0:
                raise StudioError(f"draft {r.id} has no version yet")
            r.status = "rejected"
            r.updated_at = clock.now()
            s.add(ReviewEvent(draft_id=r.id, version=r.current_version, action="rejected", reason=text,
                              by=by[:64]))
    return ChangeSummary(updated=tuple(ids), entity="draft", message=f"{len(ids)} draft(s) rejected: {text}")


def approve_clean(db: Database, f: QueueFilter | None = None, *, allow_warnings: bool = False,
                  by: str = "bulk") -> BulkResult:
    """Approve every draft in ``f`` (default: awaiting review) whose current version has no findings that
    matter — no error findings ever, no warnings unless ``allow_warnings``. Each draft goes through
    ``drafts.approve`` on its own, without a reason, so its error gate (which re-runs the checks now) holds:
    a draft that gained an error since is skipped, not approved."""
    f = f or QueueFilter()
    res = BulkResult()
    for row in queue(db, f):
        if row.status == "approved" and row.approved_version == row.version:
            continue
        if row.errors:
            res.skipped.append({"draft_id": row.draft_id, "reason": f"{row.errors} error finding(s)"})
            continue
        if row.warnings and not allow_warnings:
            res.skipped.append({"draft_id": row.draft_id, "reason": f"{row.warnings} warning(s)"})
            continue
        try:
            drafts_service.approve(db, [row.draft_id], by=by)
        except drafts_service.ApprovalRefused as exc:
            n = len(exc.blocked.get(row.draft_id, []))
            res.skipped.append({"draft_id": row.draft_id, "reason": f"{n} error finding(s) when checked again"})
            continue
        res.approved.append(row.draft_id)
    _record(db, res.approved, "approved", "bulk: no findings" if not allow_warnings else "bulk: no error findings",
            by)
    return res


@dataclass(frozen=True)
class ApprovedCaption:
    draft_id: int
    version_id: int  # the approved version: what the scheduling gate posts
    product_id: int
    handle: str
    title: str
    market: str
    target: str
    text: str

    @property
    def label(self) -> str:
        return f"{self.title or self.handle} · {self.market} · {self.target}"


def approved_captions(db: Database, *, limit: int = 500) -> list[ApprovedCaption]:
    """Captions with an approved version (what may be scheduled), the most recently changed first."""
    with db.session() as s:
        rows = s.execute(
            select(m.Draft, m.DraftVersion, m.Product)
            .join(m.DraftVersion, (m.DraftVersion.draft_id == m.Draft.id)
                  & (m.DraftVersion.number == m.Draft.approved_version))
            .join(m.Product, m.Product.id == m.Draft.product_id)
            .where(m.Draft.kind == "caption", m.Draft.approved_version.is_not(None))
            .order_by(m.Draft.updated_at.desc(), m.Draft.id.desc()).limit(limit)).all()
        return [ApprovedCaption(d.id, v.id, p.id, p.handle, p.title, d.market, d.target or "",
                                str((v.content or {}).get("text") or "")) for d, v, p in rows]


# --------------------------------------------------------------------------- history, diff, facts


def events(db: Database, draft_id: int) -> list[HistoryEntry]:
    with db.session() as s:
        rows = s.scalars(select(ReviewEvent).where(ReviewEvent.draft_id == int(draft_id)).order_by(ReviewEvent.id))
        return [HistoryEntry(r.created_at, r.action, r.version, r.by, r.reason) for r in rows]


def last_rejection(db: Database, draft_id: int) -> HistoryEntry | None:
    rejected = [e for e in events(db, draft_id) if e.what == "rejected"]
    return rejected[-1] if rejected else None


def history(db: Database, draft_id: int) -> list[HistoryEntry]:
    """Every version (who wrote it) and every review decision (with its reason), oldest first."""
    d = drafts_service.get_draft(db, draft_id)
    out = [HistoryEntry(v.created_at, "version", v.number, v.author,
                        str((v.provenance or {}).get("note") or "")) for v in d.versions]
    out += events(db, draft_id)

    def key(e: HistoryEntry) -> tuple[float, int, int]:
        return (e.time.timestamp() if e.time else 0.0, e.version, 0 if e.what == "version" else 1)

    return sorted(out, key=key)


_TOKENS = regex.compile(r"\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]")


def words(text: str) -> list[str]:
    """Words, the spaces between them and each punctuation mark as tokens (joined back they are the text)."""
    return _TOKENS.findall(text or "")


def diff_words(old: str, new: str) -> tuple[tuple[str, str], ...]:
    a, b = words(old), words(new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return tuple(seg for seg in out if seg[1])


def diff_content_words(old: dict[str, Any], new: dict[str, Any], *, hidden: tuple[str, ...] = ("language",),
                       labels: Mapping[str, str] | None = None) -> list[WordDiff]:
    """``labels``: the word shown before each part of a scene or FAQ pair, by its key (``SCENE_LABELS``' keys);
    the app passes them in the UI language, the command line reads the English defaults."""
    keys = [k for k in list(new) + [k for k in old if k not in new] if k not in hidden]
    return [WordDiff(k, diff_words(shown_text(k, old.get(k), labels), shown_text(k, new.get(k), labels)))
            for k in keys]


def shown_text(key: str, value: Any, labels: Mapping[str, str] | None = None) -> str:
    """A field as a reader sees it: an ``*_html`` field as the text a shop renders (tags and entities read, list
    items on their own lines) — a reviewer judges the words, not ``<li>`` and ``&amp;``."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "\n".join(_scene_text(i, v, labels) for i, v in enumerate(value, 1))
    text = drafts_service._field_text(value)
    return html_to_text(text) if key.endswith("_html") else text


# the parts of a scene or FAQ pair in the order shown, with the English word before each (the FAQ kind stores its
# pairs as q/a); a scene's plain ``text`` has no word
SCENE_LABELS: dict[str, str] = {"on_screen_text": "on screen", "voice_over": "voice-over", "text": "", "question": "Q",
                                "answer": "A", "q": "Q", "a": "A"}


def _scene_text(n: int, item: dict[str, Any], labels: Mapping[str, str] | None = None) -> str:
    """One scene (or FAQ pair) as a reviewer reads it: ``3 s · zoom-in`` then the words, not the JSON object."""
    head = " · ".join(str(x) for x in (f"#{n}", f"{item['duration']:g} s" if isinstance(item.get("duration"), int | float)
                                        else None, item.get("camera")) if x)
    shown = {**SCENE_LABELS, **(labels or {}), "text": ""}
    words = [f"{shown[k]}: {item[k]}" if shown[k] else str(item[k]) for k in SCENE_LABELS
             if isinstance(item.get(k), str) and item[k].strip()]
    if not words:  # an object of another shape: its values, still no braces
        words = [f"{k}: {v}" for k, v in item.items() if isinstance(v, str | int | float) and k != "image"]
    return "\n".join([head, *("   " + w for w in words)])


def word_diff(db: Database, draft_id: int, a: int | None = None, b: int | None = None, *,
              labels: Mapping[str, str] | None = None) -> list[WordDiff]:
    """Version ``a`` (default: the one before ``b``) against ``b`` (default: current), word by word, every field
    of ``b`` (unchanged fields are one ``equal`` segment). A first version is compared with nothing. ``labels``:
    as in ``diff_content_words``."""
    d = drafts_service.get_draft(db, draft_id)
    if not d.versions:
        return []
    b = b if b is not None else d.current_version
    new = d.version(b).content
    old = d.version(a if a is not None else b - 1).content if (a is not None or b > 1) else {}
    return diff_content_words(old, new, labels=labels)


def _read_from(f: Any) -> str:
    """Where an import read a fact off the product's text: "title" or "description" (its ``data["from"]``)."""
    where = (f.data or {}).get("from") if isinstance(f.data, dict) else None
    return where if where in ("title", "description") else "description"


def source_facts(db: Database, product_id: int) -> list[dict[str, Any]]:
    """The facts copy about the product may state: ``key``, ``value``, ``unit`` and ``source`` ("catalog" for a
    stored fact, "user" for one typed in, "description"/"title" for what the text states and no fact holds)."""
    from studio.importers.facts import grounding_facts
    from studio.services import catalog

    p = catalog.get_product(db, int(product_id))
    stored = {f.key: f for f in p.facts}
    out = []
    for g in grounding_facts(p):
        key = g["key"]
        if key in ("title", "vendor", "product_type", "tags") and key not in stored:
            continue  # the product's own name and tags: shown in the header
        f = stored.get(key)
        # stop 21: the panel is "what the copy may state" — a shipping weight (the parcel's, or Variant Grams kept as
        # the weight) never is; a fact read from the description with a doubt is shown as one to confirm
        data = f.data if f is not None and isinstance(f.data, dict) else {}
        if key == "shipping_weight" or (key == "weight" and data.get("from") == "variant"):
            continue
        confirm = f is not None and to_confirm(f)
        source = g.get("from") or ("user" if f is not None and (f.source == "user" or f.user_edited) else
                                   _read_from(f) if f is not None and f.source == "html" else "catalog")
        if confirm:
            source = f"{source} — confirm"
        out.append({"key": key, "value": str(g.get("value") or ""), "unit": g.get("unit"), "source": source,
                    "certainty": "confirm" if confirm else "sure"})
    return out


__all__ = [
    "AWAITING", "ApprovedCaption", "BulkResult", "approved_captions", "HistoryEntry", "QueueFilter", "QueueRow", "WordDiff", "approve", "approve_clean",
    "SCENE_LABELS", "check_filter", "choices", "clean_reason", "diff_content_words", "diff_words", "events", "history",
    "last_rejection", "queue", "reject", "source_facts", "word_diff", "words",
]
