"""Generated files (videos, mockups, .glb, kits…) as content-addressed assets with provenance.

``store_asset`` copies a finished file into ``<data>/assets/<sha256[:2]>/<sha256><suffix>`` (the same bytes
are stored once) and records an Asset row. ``find_reusable`` returns an asset made from the same inputs
hash, so a render or composite is reused when nothing changed.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from studio import settings
from studio.storage import media
from studio.storage import models as m
from studio.storage.db import Database


@dataclass(frozen=True)
class AssetDTO:
    id: int
    product_id: int | None
    market: str | None
    kind: str
    path: str
    sha256: str | None
    mime: str | None
    width: int | None
    height: int | None
    duration: float | None
    inputs_hash: str | None
    ai_generated: bool
    provenance: dict[str, Any]
    created_at: datetime | None


def _dto(row: m.Asset) -> AssetDTO:
    return AssetDTO(row.id, row.product_id, row.market, row.kind, row.path, row.sha256, row.mime, row.width,
                    row.height, float(row.duration) if row.duration is not None else None, row.inputs_hash,
                    bool(row.ai_generated), dict(row.provenance or {}), row.created_at)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_asset(db: Database, file: Path, *, kind: str, product_id: int | None = None, market: str | None = None,
                mime: str | None = None, width: int | None = None, height: int | None = None,
                duration: float | None = None, inputs_hash: str | None = None, ai_generated: bool = False,
                provenance: dict[str, Any] | None = None, move: bool = False) -> AssetDTO:
    file = Path(file)
    if not file.is_file():
        raise FileNotFoundError(f"asset file not found: {file}")
    digest = sha256_file(file)
    dest = media.store_path(settings.assets_out_dir(), digest, file.suffix)  # confined, private
    if not dest.exists():
        tmp = dest.with_name(dest.name + ".part")
        if move:
            shutil.move(str(file), tmp)
        else:
            shutil.copyfile(file, tmp)
        media.commit(tmp, dest)
    with db.session() as s:
        row = m.Asset(product_id=product_id, market=market, kind=kind, path=str(dest), sha256=digest, mime=mime,
                      width=width, height=height, duration=duration, inputs_hash=inputs_hash,
                      ai_generated=ai_generated, provenance=provenance or {})
        s.add(row)
        s.flush()
        return _dto(row)


def find_reusable(db: Database, inputs_hash: str, kind: str) -> AssetDTO | None:
    with db.session() as s:
        rows = s.scalars(select(m.Asset).where(m.Asset.inputs_hash == inputs_hash, m.Asset.kind == kind)
                         .order_by(m.Asset.id.desc())).all()
        for row in rows:
            if Path(row.path).is_file():
                return _dto(row)
    return None


def list_assets(db: Database, product_id: int | None = None, kind: str | None = None,
                market: str | None = None) -> list[AssetDTO]:
    with db.session() as s:
        q = select(m.Asset).order_by(m.Asset.id.desc())
        if product_id is not None:
            q = q.where(m.Asset.product_id == product_id)
        if kind:
            q = q.where(m.Asset.kind == kind)
        if market:
            q = q.where(m.Asset.market == market)
        return [_dto(r) for r in s.scalars(q).all()]


def get_asset(db: Database, asset_id: int) -> AssetDTO | None:
    with db.session() as s:
        row = s.get(m.Asset, asset_id)
        return _dto(row) if row else None


def inputs_hash(*parts: Any) -> str:
    """A stable hash of the inputs that determine an artifact (JSON of the parts)."""
    import json

    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()
