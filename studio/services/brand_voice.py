"""Brand voice profiles: tone, audience, do and don't words, a glossary of brand and do-not-translate terms,
and sample texts. Every save is a new *version* row (``brand_voices``: name + version); generation records
which version it used. One profile may be the default; it applies to every kind unless another is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import func, select

from studio.domain import ChangeSummary, NotFound, StudioError
from studio.storage import models as m
from studio.storage.db import Database


class BrandVoiceData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tone: str = ""
    audience: str = ""
    do_words: list[str] = Field(default_factory=list)
    dont_words: list[str] = Field(default_factory=list)
    do_not_translate: list[str] = Field(default_factory=list)  # brand names, model numbers
    glossary: dict[str, str] = Field(default_factory=dict)  # source term → required term
    samples: list[str] = Field(default_factory=list, max_length=10)


@dataclass(frozen=True)
class BrandVoiceDTO:
    id: int
    name: str
    version: int
    data: dict[str, Any]
    is_default: bool
    created_at: datetime | None

    def for_prompt(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, **self.data}


def _dto(r: m.BrandVoice) -> BrandVoiceDTO:
    return BrandVoiceDTO(r.id, r.name, r.version, dict(r.data or {}), bool(r.is_default), r.created_at)


def validate(data: dict[str, Any]) -> dict[str, Any]:
    try:
        return BrandVoiceData.model_validate(data).model_dump()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StudioError(f"brand voice field '{where}': {first['msg']}") from None


def save_brand_voice(db: Database, name: str, data: dict[str, Any], *, make_default: bool | None = None) -> BrandVoiceDTO:
    """Save a new version of the profile ``name`` (version 1 when new)."""
    name = (name or "").strip()
    if not name:
        raise StudioError("a brand voice needs a name")
    clean = validate(data)
    with db.session() as s:
        latest = s.scalar(select(m.BrandVoice).where(m.BrandVoice.name == name).order_by(m.BrandVoice.version.desc()))
        version = (latest.version + 1) if latest else 1
        any_default = s.scalar(select(func.count()).select_from(m.BrandVoice).where(m.BrandVoice.is_default.is_(True)))
        default = make_default if make_default is not None else (bool(latest and latest.is_default) or not any_default)
        if default:
            for r in s.scalars(select(m.BrandVoice).where(m.BrandVoice.is_default.is_(True))):
                r.is_default = False
        row = m.BrandVoice(name=name, version=version, data=clean, is_default=default)
        s.add(row)
        s.flush()
        return _dto(row)


def get_brand_voice(db: Database, name: str | None = None, version: int | None = None) -> BrandVoiceDTO | None:
    """The latest (or given) version of ``name``; without a name, the default profile (or None)."""
    with db.session() as s:
        if name is None:
            row = s.scalar(select(m.BrandVoice).where(m.BrandVoice.is_default.is_(True))
                           .order_by(m.BrandVoice.version.desc()))
            return _dto(row) if row else None
        q = select(m.BrandVoice).where(m.BrandVoice.name == name)
        q = q.where(m.BrandVoice.version == version) if version else q.order_by(m.BrandVoice.version.desc())
        row = s.scalar(q.limit(1))
        if row is None:
            raise NotFound(f"no brand voice named '{name}'" + (f" with version {version}" if version else ""))
        return _dto(row)


def list_brand_voices(db: Database, *, all_versions: bool = False) -> list[BrandVoiceDTO]:
    with db.session() as s:
        rows = list(s.scalars(select(m.BrandVoice).order_by(m.BrandVoice.name, m.BrandVoice.version.desc())))
    if all_versions:
        return [_dto(r) for r in rows]
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.name not in seen:
            seen.add(r.name)
            out.append(_dto(r))
    return out


def set_default(db: Database, name: str) -> ChangeSummary:
    with db.session() as s:
        latest = s.scalar(select(m.BrandVoice).where(m.BrandVoice.name == name).order_by(m.BrandVoice.version.desc()))
        if latest is None:
            raise NotFound(f"no brand voice named '{name}'")
        for r in s.scalars(select(m.BrandVoice).where(m.BrandVoice.is_default.is_(True))):
            r.is_default = False
        latest.is_default = True
        return ChangeSummary(updated=(latest.id,), entity="brand_voice", message=f"default brand voice: {name}")
