"""Segments (issue 21 item 3): a named set of guidance — who the text speaks to and how — applied like a brand
voice. Generation takes a segment through ``extra={"segment": dto.for_prompt(), "variant": …}``: the model's
prompt states it (``generators.copy.engine``), the draft keeps its name (``drafts.segment``) and its own slot key
(``drafts.variant``) so variants sit side by side with the plain draft, are scheduled to their own slots or
channels, and Insights can compare them (``posts.draft_version_id → drafts.segment``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select

from studio import clock
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.storage.db import Database

NAME = regex.compile(r"^[\p{Ll}\p{Lo}\d][\p{Ll}\p{Lo}\d-]{0,62}$")


class SegmentData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = Field(default="", max_length=500)  # who they are ("buying from us for the first time")
    tone: str = Field(default="", max_length=300)
    angles: list[str] = Field(default_factory=list, max_length=10)  # what to lead with ("free returns")
    do_words: list[str] = Field(default_factory=list, max_length=30)
    dont_words: list[str] = Field(default_factory=list, max_length=30)
    notes: str = Field(default="", max_length=1000)


@dataclass(frozen=True)
class SegmentDTO:
    id: int
    name: str
    data: dict[str, Any]
    updated_at: datetime | None

    def for_prompt(self) -> dict[str, Any]:
        return {"name": self.name, **self.data}


def _dto(r: Any) -> SegmentDTO:
    return SegmentDTO(r.id, r.name, dict(r.data or {}), r.updated_at)


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not NAME.match(name):
        raise StudioError(f"segment name '{name}': use lower-case letters, digits and hyphens, at most 63 "
                          "characters (e.g. first-time-buyers)")
    return name


def validate(data: dict[str, Any]) -> dict[str, Any]:
    try:
        clean = SegmentData.model_validate(data).model_dump()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StudioError(f"segment field '{where}': {first['msg']}") from None
    for key in ("angles", "do_words", "dont_words"):
        clean[key] = [str(x).strip() for x in clean[key] if str(x).strip()]
    if not (clean["description"] or clean["tone"] or clean["angles"] or clean["notes"]):
        raise StudioError("a segment needs guidance: give at least a description, a tone, an angle or notes")
    return clean


def save_segment(db: Database, name: str, data: dict[str, Any]) -> SegmentDTO:
    """Create the segment ``name`` or replace its guidance."""
    from studio.storage.models_campaigns import Segment

    name = check_name(name)
    clean = validate(data)
    with db.session() as s:
        row = s.scalar(select(Segment).where(Segment.name == name))
        if row is None:
            row = Segment(name=name, data=clean)
            s.add(row)
        else:
            row.data = clean
            row.updated_at = clock.now()
        s.flush()
        return _dto(row)


def get_segment(db: Database, name: str) -> SegmentDTO:
    from studio.storage.models_campaigns import Segment

    with db.session() as s:
        row = s.scalar(select(Segment).where(Segment.name == (name or "").strip()))
        if row is None:
            known = ", ".join(r for r in s.scalars(select(Segment.name).order_by(Segment.name))) or "none yet"
            raise NotFound(f"no segment named '{name}' (known: {known}); add it with studio segments add NAME "
                           "--description TEXT")
        return _dto(row)


def list_segments(db: Database) -> list[SegmentDTO]:
    from studio.storage.models_campaigns import Segment

    with db.session() as s:
        return [_dto(r) for r in s.scalars(select(Segment).order_by(Segment.name))]


def delete_segment(db: Database, name: str) -> ChangeSummary:
    """Remove a segment. Drafts made for it keep its name; a campaign that still names it refuses to delete."""
    from studio.storage.models_campaigns import Campaign, Segment

    with db.session() as s:
        row = s.scalar(select(Segment).where(Segment.name == (name or "").strip()))
        if row is None:
            raise NotFound(f"no segment named '{name}'")
        users = [c.name for c in s.scalars(select(Campaign)) if row.name in (c.segments or [])]
        if users:
            raise StudioError(f"segment '{row.name}' is used by campaign(s) {', '.join(users)}; remove it there "
                              "first or keep it", hint="studio campaign delete NAME")
        s.delete(row)
        return ChangeSummary(deleted=(row.id,), entity="segment", message=f"segment {row.name} deleted")


def make_variant(db: Database, draft_id: int, segment: str, *, provider: Any = None):
    """A variant of a draft for ``segment``: the same product × market × kind × channel, generated with the
    segment's guidance, kept beside the plain draft (its own slot key ``seg.<name>``). Approve and schedule it
    like any draft; Insights tells the segments apart by ``drafts.segment``."""
    from studio.services import drafts, generation

    base = drafts.get_draft(db, int(draft_id))
    if base.variant:
        raise StudioError(f"draft {base.id} is itself a variant ({base.variant}); make variants of the plain draft")
    seg = get_segment(db, segment)
    return generation.generate_one(db, base.product_id, base.market, base.kind, base.target, provider,
                                   extra={"variant": f"seg.{seg.name}", "segment": seg.for_prompt()})


def variants_of(db: Database, draft_id: int) -> list:
    """The draft and its variants side by side (plain first, then by segment)."""
    from studio.services import drafts

    base = drafts.get_draft(db, int(draft_id))
    same = [d for d in drafts.list_drafts(db, product=base.product_id, market=base.market, kind=base.kind,
                                          target=base.target or None)
            if d.target == base.target]
    return sorted(same, key=lambda d: (d.variant != "", d.segment or "", d.variant))
