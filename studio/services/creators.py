"""The creator roster (issue 21 items 2 and 5): creators the seller works with, their briefs, and what their
links brought in — with privacy by design.

What is stored about a creator is only what the seller enters: a display name, platforms with public handles,
markets and audience notes. None of it goes into a language-model prompt (briefs send the product's facts and
the market only; ``tests/integration/creators/test_privacy.py`` inspects the prompts on a loopback server).
Everything stays in the local database; ``export_creator`` writes all of it as JSON (and the briefs as CSV)
into a folder the user chose, and ``delete_creator`` removes the creator and every brief.

Creator names and handles are attacker-controlled text (a roster may be imported from a shared sheet): files
are named through ``safe_component`` and proven to stay inside the chosen folder (``studio.safepath``); CSV
cells are formula-neutralised (``studio.csvsafe``).
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from studio import clock
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.storage import models as m
from studio.storage import models_creators as mc
from studio.storage.db import Database

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
MAX_NAME = 200
MAX_HANDLE = 100
MAX_NOTES = 4000
PLATFORMS = ("tiktok", "instagram", "youtube", "facebook", "x", "threads", "pinterest", "snapchat", "line",
             "wechat", "whatsapp", "telegram", "other")


@dataclass(frozen=True)
class CreatorDTO:
    id: int
    name: str
    ref: str
    platforms: tuple[dict[str, str], ...]
    markets: tuple[str, ...]
    audience_notes: str
    created_at: datetime | None = None
    briefs: int = 0

    def handle(self, platform: str) -> str | None:
        for p in self.platforms:
            if p.get("platform") == platform:
                return p.get("handle") or None
        return None


@dataclass(frozen=True)
class Performance:
    """What a creator's links brought in: orders attributed by the links' UTM tags (Insights' imported orders)."""

    creator: str
    links: int
    orders: int | None  # None: no orders imported (Insights) — unknown, not zero
    revenue: dict[str, str] = field(default_factory=dict)  # currency → total
    clicks: int | None = None  # None: not measured (the creator posts on their own account)
    notes: tuple[str, ...] = ()


# --------------------------------------------------------------------------- validation

def _clean_text(value: Any, what: str, limit: int, *, required: bool = False) -> str:
    text = unicodedata.normalize("NFC", str(value if value is not None else "")).strip()
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs") or ch in "\n\t")
    text = _BIDI_CONTROLS.sub("", text).strip()  # a name cannot reorder the text around it (U+202E spoofing)
    if required and not text:
        raise StudioError(f"creator {what} is empty; give a name such as 'Lina K.'")
    if len(text) > limit:
        raise StudioError(f"creator {what} is {len(text):,} characters; keep it under {limit:,}")
    return text


def parse_platforms(values: list[str] | tuple[str, ...] | None) -> list[dict[str, str]]:
    """``["tiktok:@lina", "instagram:@lina.k"]`` → ``[{"platform": "tiktok", "handle": "@lina"}, …]``."""
    out: list[dict[str, str]] = []
    for raw in values or []:
        item = raw if isinstance(raw, dict) else None
        if item is None:
            if ":" not in str(raw):
                raise StudioError(f"platform {raw!r}: write PLATFORM:HANDLE, e.g. tiktok:@lina "
                                  f"(platforms: {', '.join(PLATFORMS)})")
            name, handle = str(raw).split(":", 1)
            item = {"platform": name, "handle": handle}
        platform = str(item.get("platform", "")).strip().lower()
        if platform not in PLATFORMS:
            raise StudioError(f"platform '{platform}' is not one of {', '.join(PLATFORMS)}")
        handle = _clean_text(item.get("handle", ""), f"handle on {platform}", MAX_HANDLE)
        if "\n" in handle or "\t" in handle:
            raise StudioError(f"handle on {platform} spans several lines; give one handle such as @lina")
        out = [p for p in out if p["platform"] != platform] + [{"platform": platform, "handle": handle}]
    return out


def parse_markets(values: list[str] | tuple[str, ...] | None) -> list[str]:
    from localization.markets import get_market

    out = []
    for tag in values or []:
        try:
            out.append(get_market(str(tag).strip()).tag)
        except ValueError as exc:
            raise StudioError(f"market {tag!r}: {exc}") from None
    return list(dict.fromkeys(out))


def _new_ref(s) -> str:
    while True:
        ref = "cr-" + secrets.token_hex(3)
        if s.scalar(select(mc.Creator.id).where(mc.Creator.ref == ref)) is None:
            return ref


# --------------------------------------------------------------------------- roster

def _dto(r: mc.Creator, briefs: int = 0) -> CreatorDTO:
    return CreatorDTO(r.id, r.name, r.ref, tuple(dict(p) for p in r.platforms or []), tuple(r.markets or []),
                      r.audience_notes or "", r.created_at, briefs)


def add_creator(db: Database, name: str, *, platforms: list | None = None, markets: list[str] | None = None,
                audience_notes: str = "") -> CreatorDTO:
    clean = _clean_text(name, "name", MAX_NAME, required=True)
    if "\n" in clean or "\t" in clean:
        raise StudioError("creator name spans several lines; give one line")
    plats = parse_platforms(platforms)
    mkts = parse_markets(markets)
    notes = _clean_text(audience_notes, "audience notes", MAX_NOTES)
    with db.session() as s:
        if s.scalar(select(mc.Creator.id).where(func.lower(mc.Creator.name) == clean.lower())) is not None:
            raise StudioError(f"a creator named '{clean}' is already on the roster; edit it or pick another name",
                              hint="studio creators update")
        row = mc.Creator(name=clean, ref=_new_ref(s), platforms=plats, markets=mkts, audience_notes=notes)
        s.add(row)
        s.flush()
        return _dto(row)


def update_creator(db: Database, name: str, *, platforms: list | None = None, markets: list[str] | None = None,
                   audience_notes: str | None = None, new_name: str | None = None) -> CreatorDTO:
    with db.session() as s:
        row = _row(s, name)
        if platforms is not None:
            merged = {p["platform"]: p for p in row.platforms or []}
            for p in parse_platforms(platforms):
                merged[p["platform"]] = p
            row.platforms = [p for p in merged.values() if p.get("handle")]
        if markets is not None:
            row.markets = parse_markets(markets)
        if audience_notes is not None:
            row.audience_notes = _clean_text(audience_notes, "audience notes", MAX_NOTES)
        if new_name is not None:
            clean = _clean_text(new_name, "name", MAX_NAME, required=True)
            other = s.scalar(select(mc.Creator.id).where(func.lower(mc.Creator.name) == clean.lower()))
            if other is not None and other != row.id:
                raise StudioError(f"a creator named '{clean}' is already on the roster")
            row.name = clean
        s.flush()
        return _dto(row)


def _row(s, name_or_id: str | int) -> mc.Creator:
    row = None
    if isinstance(name_or_id, int) or (isinstance(name_or_id, str) and name_or_id.isdigit()):
        row = s.get(mc.Creator, int(name_or_id))
    if row is None and isinstance(name_or_id, str):
        clean = _clean_text(name_or_id, "name", MAX_NAME)
        row = s.scalar(select(mc.Creator).where(func.lower(mc.Creator.name) == clean.lower()))
        if row is None:
            row = s.scalar(select(mc.Creator).where(mc.Creator.ref == clean))
    if row is None:
        raise NotFound(f"no creator named '{name_or_id}' on the roster (see: studio creators list)")
    return row


def get_creator(db: Database, name_or_id: str | int) -> CreatorDTO:
    with db.session() as s:
        row = _row(s, name_or_id)
        n = s.scalar(select(func.count()).select_from(mc.CreatorBrief).where(mc.CreatorBrief.creator_id == row.id))
        return _dto(row, int(n or 0))


def list_creators(db: Database, query: str = "") -> list[CreatorDTO]:
    with db.session() as s:
        counts = dict(s.execute(select(mc.CreatorBrief.creator_id, func.count()).group_by(mc.CreatorBrief.creator_id)).all())
        rows = list(s.scalars(select(mc.Creator).order_by(func.lower(mc.Creator.name))))
        out = [_dto(r, int(counts.get(r.id, 0))) for r in rows]
    q = query.strip().casefold()
    if q:
        out = [c for c in out if q in c.name.casefold() or any(q in (p.get("handle") or "").casefold()
                                                              for p in c.platforms)
               or any(q in t.casefold() for t in c.markets)]
    return out


def briefs_of(db: Database, name_or_id: str | int) -> list[dict[str, Any]]:
    with db.session() as s:
        row = _row(s, name_or_id)
        rows = list(s.scalars(select(mc.CreatorBrief).where(mc.CreatorBrief.creator_id == row.id)
                              .order_by(mc.CreatorBrief.created_at, mc.CreatorBrief.id)))
        return [_brief_dict(b) for b in rows]


def _brief_dict(b: mc.CreatorBrief) -> dict[str, Any]:
    return {"id": b.id, "product": b.product_handle, "market": b.market, "platform": b.platform, "link": b.link,
            "utm_campaign": b.utm_campaign, "utm_content": b.utm_content, "discount_code": b.discount_code,
            "deliverables": list(b.deliverables or []), "starts_on": b.starts_on, "due_on": b.due_on,
            "created_at": b.created_at, "brief": dict(b.brief or {})}


def record_brief(db: Database, creator_id: int, *, product_id: int | None, product_handle: str, market: str,
                 platform: str, link: str, utm_campaign: str, utm_content: str, discount_code: str,
                 deliverables: list[str], starts_on: date | None, due_on: date | None, brief: dict[str, Any]) -> int:
    with db.session() as s:
        row = mc.CreatorBrief(creator_id=creator_id, product_id=product_id, product_handle=product_handle, market=market,
                             platform=platform, link=link, utm_campaign=utm_campaign, utm_content=utm_content,
                             discount_code=discount_code, deliverables=list(deliverables), starts_on=starts_on,
                             due_on=due_on, brief=brief)
        s.add(row)
        s.flush()
        return row.id


def delete_creator(db: Database, name_or_id: str | int) -> ChangeSummary:
    """Remove the creator and every brief written for them (nothing about them is left in the database)."""
    with db.session() as s:
        row = _row(s, name_or_id)
        cid, name = row.id, row.name
        n = int(s.scalar(select(func.count()).select_from(mc.CreatorBrief)
                         .where(mc.CreatorBrief.creator_id == cid)) or 0)
        s.execute(delete(mc.CreatorBrief).where(mc.CreatorBrief.creator_id == cid))
        s.delete(row)
    return ChangeSummary(deleted=(cid,), entity="creator",
                         message=f"deleted creator '{name}' and {n} brief{'s' if n != 1 else ''}")


# --------------------------------------------------------------------------- import (a roster from a sheet)

MAX_IMPORT_BYTES = 5_000_000
_COLUMNS = {"name": "name", "creator": "name", "platforms": "platforms", "handles": "platforms",
            "markets": "markets", "notes": "audience_notes", "audience notes": "audience_notes",
            "audience_notes": "audience_notes"}


def import_creators(db: Database, path: str | Path) -> dict[str, Any]:
    """Add the creators of a CSV (columns ``name``, ``platforms`` as ``tiktok:@x; instagram:@y``, ``markets`` as
    ``de-DE; ar-SA``, ``notes``). The whole file is checked first: one bad row (with its line and column named)
    or a name already on the roster refuses the file and adds nothing. Cells are data — a ``=HYPERLINK(…)`` name
    is stored as text (and escaped again in every CSV we write); our own exports' quote is undone."""
    import csv

    from studio.csvsafe import unescape_formula

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise StudioError(f"{p}: {exc.strerror or exc}") from None
    if size > MAX_IMPORT_BYTES:
        raise StudioError(f"{p}: {size:,} bytes; a roster file is at most {MAX_IMPORT_BYTES:,} bytes")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StudioError(f"{p}: not UTF-8 text (byte {exc.start}); save the sheet as CSV UTF-8") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise StudioError(f"{p}: empty file; the first line names the columns (name, platforms, markets, notes)")
    header = [_COLUMNS.get(h.strip().lower()) for h in rows[0]]
    if "name" not in header:
        raise StudioError(f"{p}: no 'name' column in the first line ({', '.join(rows[0])}); add one")
    wanted: list[dict[str, Any]] = []
    seen: set[str] = set()
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = {h: unescape_formula(c) for h, c in zip(header, row, strict=False) if h}
        where = f"{p.name}:{line}"
        try:
            name = _clean_text(cells.get("name", ""), "name", MAX_NAME, required=True)
            item = {"name": name,
                    "platforms": parse_platforms([x for x in (cells.get("platforms") or "").split(";") if x.strip()]),
                    "markets": parse_markets([x for x in (cells.get("markets") or "").split(";") if x.strip()]),
                    "audience_notes": _clean_text(cells.get("audience_notes", ""), "audience notes", MAX_NOTES)}
        except StudioError as exc:
            raise StudioError(f"{where}: {exc}; nothing was imported") from None
        if name.lower() in seen:
            raise StudioError(f"{where}: '{name}' appears twice in the file; nothing was imported")
        seen.add(name.lower())
        wanted.append(item)
    existing = {c.name.lower() for c in list_creators(db)}
    clash = [w["name"] for w in wanted if w["name"].lower() in existing]
    if clash:
        raise StudioError(f"{p.name}: already on the roster: {', '.join(clash[:5])}; remove those rows or rename; "
                          f"nothing was imported")
    added = [add_creator(db, w["name"], platforms=w["platforms"], markets=w["markets"],
                         audience_notes=w["audience_notes"]) for w in wanted]
    return {"file": str(p), "added": len(added), "creators": [c.name for c in added]}


# --------------------------------------------------------------------------- export (data-subject access)

def export_creator(db: Database, name_or_id: str | int, out_dir: str | Path) -> dict[str, Any]:
    """Everything stored about one creator, as ``<name>.json`` (profile + every brief) and ``<name>-briefs.csv``,
    inside ``out_dir`` (created when missing; a name like ``../../x`` cannot leave it)."""
    from studio.csvsafe import write_safe_csv
    from studio.safepath import confined, confined_dir, safe_component

    creator = get_creator(db, name_or_id)
    briefs = briefs_of(db, creator.id)
    folder = confined_dir(out_dir)
    stem = safe_component(creator.name, fallback=creator.ref)
    payload = {
        "exported_at": clock.now().astimezone().isoformat(timespec="seconds"),
        "what": "everything Commerce Studio stores about this creator (issue 21: privacy by design)",
        "creator": {"name": creator.name, "ref": creator.ref, "platforms": list(creator.platforms),
                    "markets": list(creator.markets), "audience_notes": creator.audience_notes,
                    "created_at": creator.created_at.isoformat() if creator.created_at else None},
        "briefs": [{k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in b.items()} for b in briefs],
    }
    jpath = confined(folder, stem + ".json")
    jpath.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    cpath = confined(folder, stem + "-briefs.csv")
    write_safe_csv(cpath, ["creator", "id", "created_at", "product", "market", "platform", "link", "discount_code",
                           "deliverables", "starts_on", "due_on"],
                   [[creator.name, b["id"], b["created_at"].isoformat() if b["created_at"] else "", b["product"], b["market"],
                     b["platform"], b["link"], b["discount_code"], "; ".join(b["deliverables"]),
                     b["starts_on"] or "", b["due_on"] or ""] for b in briefs])
    return {"creator": creator.name, "json": str(jpath), "csv": str(cpath), "briefs": len(briefs)}


# --------------------------------------------------------------------------- performance (from Insights)

def performance(db: Database, name_or_id: str | int) -> Performance:
    """Orders credited to the creator's links: imported order lines (Insights) whose ``utm_content`` is the
    creator's ref and ``utm_medium`` is ``creator``. Clicks are not measured: the creator posts from their own
    account, so no platform metrics reach the studio (a short-link service would count them)."""
    creator = get_creator(db, name_or_id)
    links = len(briefs_of(db, creator.id))
    notes = ["clicks: not measured — the creator posts on their own account; use a short-link service to count them"]
    table = m.Base.metadata.tables.get("order_lines")
    if table is None:
        return Performance(creator.name, links, None, {}, None,
                           tuple(notes + ["orders: Insights has no order table in this version"]))
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(table))
        if not total:
            return Performance(creator.name, links, None, {}, None,
                               tuple(notes + ["orders: none imported yet (studio orders import FILE)"]))
        cond = (func.lower(table.c.utm_content) == creator.ref) & (func.lower(table.c.utm_medium) == "creator")
        orders = s.scalar(select(func.count(func.distinct(table.c.order_ref))).where(cond)) or 0
        revenue = {cur or "?": str(val) for cur, val in s.execute(
            select(table.c.currency, func.sum(table.c.revenue)).where(cond).group_by(table.c.currency)).all()
            if val is not None}
    return Performance(creator.name, links, int(orders), revenue, None, tuple(notes))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
