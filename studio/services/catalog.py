"""Catalog use cases: query products fast (100k rows), read one product, edit facts and fields.

Listing uses SQLAlchemy Core: a page of ids is chosen first (WHERE + ORDER BY + LIMIT/OFFSET on the
products table alone, which the title/handle indexes serve), then the page's variant count, lowest
price and first image are computed for those ids only. So a page costs the same at row 0 and row 99 900.

Filters (``filters`` dict, every key optional):
    vendor, product_type, status, source_language: exact match (a str or a list of str)
    has_missing_images: True → products with no image or at least one image marked missing;
                        False → products whose images are all present (and at least one)
    ids: restrict to these product ids
    import_run_id: products last written by that import
Search (``query``) matches title, handle, vendor and any variant SKU, case-insensitively.

Mutations return a ``ChangeSummary``. Facts edited here are ``source="user"``, ``user_edited=True``
and survive re-imports; a deleted fact is remembered (``extra["deleted_facts"]``) so a re-import does
not bring it back. Product fields changed with ``update_product`` are remembered in
``extra["user_edited_fields"]`` and are likewise kept by a re-import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, not_, or_, select

from studio import clock
from studio.domain import (
    ChangeSummary,
    FactDTO,
    MediaDTO,
    NotFound,
    ProductDTO,
    ProductSummary,
    StudioError,
    VariantDTO,
)
from studio.importers.certainty import CONFIRMED, read_off_text, to_confirm
from studio.storage import models as m
from studio.storage.db import Database

P = m.Product.__table__
V = m.Variant.__table__
MD = m.Media.__table__
F = m.Fact.__table__

FACT_TYPES = ("text", "number", "dimensions", "weight", "list", "bool")
EDITABLE_FIELDS = (
    "title", "body_html", "body_text", "vendor", "product_type", "category", "tags", "status", "published",
    "seo_title", "seo_description", "source_language", "currency", "extra",
)
_ORDERS = {
    "title": (P.c.title,),
    "handle": (P.c.handle,),
    "vendor": (P.c.vendor, P.c.title),
    "type": (P.c.product_type, P.c.title),
    "product_type": (P.c.product_type, P.c.title),
    "status": (P.c.status, P.c.title),
    "updated": (P.c.updated_at,),
    "created": (P.c.created_at,),
    "id": (),
}
_CHUNK = 500


# --------------------------------------------------------------------------- queries


def _like_escape(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


MAX_SEARCH_CHARS = 200  # SQLite refuses LIKE patterns over 50,000 bytes; no real search needs this many
MAX_SEARCH_WORDS = 20


def _where(query: str, filters: dict | None) -> list:
    conds: list = []
    q = (query or "").strip()
    if len(q) > MAX_SEARCH_CHARS:
        raise StudioError(f"search: {len(q):,} characters is too long; search for at most {MAX_SEARCH_CHARS}")
    if len(q.split()) > MAX_SEARCH_WORDS:
        raise StudioError(f"search: {len(q.split())} words is too many; search for at most {MAX_SEARCH_WORDS}")
    if q:
        for word in q.split():
            pat = f"%{_like_escape(word.lower())}%"
            sku_match = exists(
                select(V.c.id).where(V.c.product_id == P.c.id, func.lower(V.c.sku).like(pat, escape="\\"))
            )
            conds.append(or_(
                func.lower(P.c.title).like(pat, escape="\\"),
                func.lower(P.c.handle).like(pat, escape="\\"),
                func.lower(P.c.vendor).like(pat, escape="\\"),
                sku_match,
            ))
    for key, value in (filters or {}).items():
        if value is None or value == "" or value == []:
            continue
        if key in ("vendor", "product_type", "status", "source_language"):
            col = P.c[key]
            conds.append(col.in_(list(value)) if isinstance(value, list | tuple | set) else col == value)
        elif key == "has_missing_images":
            any_missing = exists(select(MD.c.id).where(MD.c.product_id == P.c.id, MD.c.status == "missing"))
            any_media = exists(select(MD.c.id).where(MD.c.product_id == P.c.id))
            cond = or_(any_missing, not_(any_media))
            conds.append(cond if value else not_(cond))
        elif key == "ids":
            conds.append(P.c.id.in_([int(i) for i in value]))
        elif key == "import_run_id":
            conds.append(P.c.import_run_id == int(value))
        else:
            raise StudioError(f"unknown catalog filter {key!r}; use one of vendor, product_type, status, "
                              "source_language, has_missing_images, ids, import_run_id")
    return conds


def _order_by(order: str) -> list:
    desc = order.startswith("-")
    name = order.lstrip("-") or "title"
    if name not in _ORDERS:
        raise StudioError(f"unknown order {order!r}; use one of {', '.join(sorted(_ORDERS))} (prefix - to reverse)")
    cols = [*_ORDERS[name], P.c.id]
    return [c.desc() for c in cols] if desc else list(cols)


def count_products(db: Database, query: str = "", filters: dict | None = None) -> int:
    stmt = select(func.count()).select_from(P)
    conds = _where(query, filters)
    if conds:
        stmt = stmt.where(and_(*conds))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def product_ids(db: Database, query: str = "", filters: dict | None = None, order: str = "title",
                offset: int = 0, limit: int | None = None) -> list[int]:
    """Ids in display order (for keyset-free selection, e.g. 'generate for the filtered products')."""
    stmt = select(P.c.id)
    conds = _where(query, filters)
    if conds:
        stmt = stmt.where(and_(*conds))
    stmt = stmt.order_by(*_order_by(order)).offset(max(0, offset))
    if limit is not None:
        stmt = stmt.limit(max(0, limit))
    with db.engine.connect() as conn:
        return [int(r[0]) for r in conn.execute(stmt)]


def list_products(db: Database, offset: int = 0, limit: int = 100, query: str = "", filters: dict | None = None,
                  order: str = "title") -> list[ProductSummary]:
    """One page of catalog rows, cheap at any offset of a 100k-product catalog."""
    ids = product_ids(db, query, filters, order, offset, limit)
    return summaries(db, ids)


def summaries(db: Database, ids: Sequence[int]) -> list[ProductSummary]:
    """Summaries for ``ids`` in the given order (missing ids are skipped)."""
    if not ids:
        return []
    vstats = (
        select(V.c.product_id, func.count(V.c.id).label("n"), func.min(V.c.price).label("min_price"),
               func.max(V.c.currency).label("vcur"))
        .where(V.c.product_id.in_(list(ids)))
        .group_by(V.c.product_id)
    )
    first_media = (
        select(MD.c.product_id, MD.c.local_path, MD.c.position, MD.c.id, MD.c.status)
        .where(MD.c.product_id.in_(list(ids)))
        .order_by(MD.c.product_id, MD.c.position, MD.c.id)
    )
    prods = select(P.c.id, P.c.handle, P.c.title, P.c.vendor, P.c.product_type, P.c.status, P.c.currency).where(
        P.c.id.in_(list(ids)))
    with db.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(prods)}
        stats = {r.product_id: r for r in conn.execute(vstats)}
        thumbs: dict[int, str | None] = {}
        for media in conn.execute(first_media):
            if media.product_id not in thumbs:
                thumbs[media.product_id] = media.local_path if media.status == "ok" else None
    out: list[ProductSummary] = []
    for pid in ids:
        r = rows.get(pid)
        if r is None:
            continue
        st = stats.get(pid)
        min_price = Decimal(st.min_price) if st is not None and st.min_price is not None else None
        out.append(ProductSummary(
            id=r.id, handle=r.handle, title=r.title, vendor=r.vendor, product_type=r.product_type,
            status=r.status, variant_count=int(st.n) if st is not None else 0, min_price=min_price,
            currency=r.currency or (st.vcur if st is not None else None), thumbnail=thumbs.get(pid),
        ))
    return out


def distinct_values(db: Database, field: str) -> list[str]:
    """Sorted distinct non-empty values of vendor, product_type, status or source_language (filter menus)."""
    if field not in ("vendor", "product_type", "status", "source_language"):
        raise StudioError(f"no distinct values for {field!r}")
    col = P.c[field]
    with db.engine.connect() as conn:
        return [v for (v,) in conn.execute(select(col).where(col.is_not(None), col != "").distinct().order_by(col))]


# --------------------------------------------------------------------------- one product


def _fact_dto(r) -> FactDTO:
    return FactDTO(key=r.key, value=r.value, type=r.type, unit=r.unit, data=r.data, source=r.source,
                   user_edited=bool(r.user_edited))


def _variant_dto(r) -> VariantDTO:
    return VariantDTO(
        id=r.id, sku=r.sku, title=r.title, options=dict(r.options or {}),
        price=Decimal(r.price) if r.price is not None else None,
        compare_at_price=Decimal(r.compare_at_price) if r.compare_at_price is not None else None,
        currency=r.currency, market_prices=dict(r.market_prices or {}), barcode=r.barcode,
        grams=Decimal(r.grams) if r.grams is not None else None, weight_unit=r.weight_unit, inventory=r.inventory,
    )


def _media_dto(r) -> MediaDTO:
    return MediaDTO(id=r.id, src=r.src, local_path=r.local_path, alt=r.alt, position=r.position, status=r.status,
                    variant_id=r.variant_id, width=r.width, height=r.height)


def _load(conn, ids: Sequence[int]) -> dict[int, ProductDTO]:
    out: dict[int, ProductDTO] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i:i + _CHUNK])
        variants: dict[int, list] = defaultdict(list)
        media: dict[int, list] = defaultdict(list)
        facts: dict[int, list] = defaultdict(list)
        for r in conn.execute(select(V).where(V.c.product_id.in_(chunk)).order_by(V.c.product_id, V.c.position, V.c.id)):
            variants[r.product_id].append(_variant_dto(r))
        for r in conn.execute(select(MD).where(MD.c.product_id.in_(chunk)).order_by(MD.c.product_id, MD.c.position, MD.c.id)):
            media[r.product_id].append(_media_dto(r))
        for r in conn.execute(select(F).where(F.c.product_id.in_(chunk)).order_by(F.c.product_id, F.c.position, F.c.key)):
            facts[r.product_id].append(_fact_dto(r))
        for r in conn.execute(select(P).where(P.c.id.in_(chunk))):
            out[r.id] = ProductDTO(
                id=r.id, handle=r.handle, title=r.title, body_text=r.body_text, body_html=r.body_html, vendor=r.vendor,
                product_type=r.product_type, category=r.category, tags=tuple(r.tags or ()), status=r.status,
                seo_title=r.seo_title, seo_description=r.seo_description, source_language=r.source_language,
                currency=r.currency or next((v.currency for v in variants[r.id] if v.currency), None),
                variants=tuple(variants[r.id]), media=tuple(media[r.id]), facts=tuple(facts[r.id]),
                extra=dict(r.extra or {}), updated_at=r.updated_at,
            )
    return out


def get_product(db: Database, product_id: int) -> ProductDTO:
    with db.engine.connect() as conn:
        found = _load(conn, [int(product_id)])
    if not found:
        raise NotFound(f"no product with id {product_id}")
    return found[int(product_id)]


def find_product_id(db: Database, ref: str) -> int | None:
    """Id of the product whose handle, or one of whose variant SKUs, is ``ref`` (exact, then case-insensitive),
    else whose WooCommerce parent SKU is ``ref``."""
    ref = (ref or "").strip()
    if not ref:
        return None
    with db.engine.connect() as conn:
        pid = conn.execute(select(P.c.id).where(P.c.handle == ref)).scalar()
        if pid is None:
            pid = conn.execute(select(V.c.product_id).where(V.c.sku == ref).order_by(V.c.id).limit(1)).scalar()
        if pid is None:
            low = ref.lower()
            pid = conn.execute(select(P.c.id).where(func.lower(P.c.handle) == low).limit(1)).scalar()
            if pid is None:
                pid = conn.execute(select(V.c.product_id).where(func.lower(V.c.sku) == low)
                                   .order_by(V.c.id).limit(1)).scalar()
        if pid is None:  # a WooCommerce variable product's own SKU (its variations have their own)
            pid = conn.execute(select(P.c.id).where(P.c.extra["parent_sku"].as_string() == ref)
                               .order_by(P.c.id).limit(1)).scalar()
    return int(pid) if pid is not None else None


def short_description(product: ProductDTO) -> str:
    """The seller's short description (a summary kept beside the description: WooCommerce's and WXR's short
    description, PrestaShop's Summary, a sheet column mapped to ``short_description``) as plain text, read-only;
    "" when the file had none. Importers keep it in ``extra["short_description"]``, HTML or plain text."""
    raw = (product.extra or {}).get("short_description")
    if not isinstance(raw, str) or not raw.strip():
        return ""
    from studio.importers.html import html_to_text, looks_like_html

    return html_to_text(raw) if looks_like_html(raw) else raw.strip()


def get_product_by_ref(db: Database, ref: str) -> ProductDTO:
    """The product with handle ``ref`` or a variant SKU ``ref``; raises ``NotFound`` naming the ref."""
    pid = find_product_id(db, ref)
    if pid is None:
        raise NotFound(f"no product with handle or SKU {ref!r}", hint="see `studio products --search ...`")
    return get_product(db, pid)


def resolve_products(db: Database, refs: Iterable[str] | None) -> list[ProductDTO]:
    """Products for handles/SKUs in ``refs`` (in that order, duplicates removed); all products if empty."""
    refs = [r for r in (refs or []) if r and r.strip()]
    if not refs:
        with db.engine.connect() as conn:
            every = [int(i) for (i,) in conn.execute(select(P.c.id).order_by(P.c.id))]
            found = _load(conn, every)
        return [found[i] for i in every if i in found]
    ids: list[int] = []
    missing: list[str] = []
    for ref in refs:
        pid = find_product_id(db, ref)
        if pid is None:
            missing.append(ref)
        elif pid not in ids:
            ids.append(pid)
    if missing:
        raise NotFound(f"no product with handle or SKU {', '.join(repr(r) for r in missing)}")
    with db.engine.connect() as conn:
        found = _load(conn, ids)
    return [found[i] for i in ids]


# --------------------------------------------------------------------------- mutations


def _norm_key(key: str) -> str:
    k = (key or "").strip().lower().replace(" ", "_")
    if not k:
        raise StudioError("a fact needs a key (e.g. material, dimensions, weight)")
    if len(k) > 64:
        raise StudioError(f"fact key {key[:20]!r}… is longer than 64 characters")
    return k


def set_fact(db: Database, product_id: int, key: str, value: Any, type: str = "text", unit: str | None = None,
             data: dict | None = None, *, source: str = "user", provenance: dict | None = None) -> ChangeSummary:
    """Create or replace a fact by hand (``source="user"``, kept by re-imports). A fact the user accepted from a
    model's suggestions is ``source="suggested"`` with ``provenance`` (model, quote…) merged into its data."""
    key = _norm_key(key)
    if type not in FACT_TYPES:
        raise StudioError(f"unknown fact type {type!r}; use one of {', '.join(FACT_TYPES)}")
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    value = "" if value is None else str(value).strip()
    if not value:
        raise StudioError(f"fact {key!r} needs a value (use delete to remove it)")
    if data is None:
        from studio.importers.facts import parse_fact_value

        data = parse_fact_value(key, value, type, unit)
        if type == "text" and key in ("dimensions", "weight") and data is not None:
            type, unit = key, data.get("unit")
    if provenance:
        data = {**(data or {}), **provenance}
    with db.session() as s:
        product = s.get(m.Product, int(product_id))
        if product is None:
            raise NotFound(f"no product with id {product_id}")
        row = s.scalar(select(m.Fact).where(m.Fact.product_id == product.id, m.Fact.key == key))
        if row is None:
            pos = s.scalar(select(func.coalesce(func.max(m.Fact.position), -1)).where(m.Fact.product_id == product.id))
            row = m.Fact(product_id=product.id, key=key, position=int(pos if pos is not None else -1) + 1)
            s.add(row)
        row.value, row.type, row.unit, row.data = value, type, unit, data
        row.source, row.user_edited = source, True
        extra = dict(product.extra or {})
        if key in extra.get("deleted_facts", []):
            extra["deleted_facts"] = [k for k in extra["deleted_facts"] if k != key]
            product.extra = extra
        product.updated_at = clock.now()
    return ChangeSummary(updated=(int(product_id),), entity="product", message=f"fact {key} set")


def confirm_facts(db: Database, product_id: int, keys: Iterable[str] | None = None) -> ChangeSummary:
    """The seller confirms facts read from the description with a doubt (``data["certainty"] == "confirm"``,
    ``importers.certainty``): each becomes ``"confirmed"``, which the offline writer states, and is kept by
    re-imports like a hand edit (``user_edited``). ``keys`` None: every fact of the product still to confirm.
    A key that is no fact of the product, or a fact that is not waiting, is refused before anything changes."""
    wanted = None if keys is None else [_norm_key(k) for k in keys]
    with db.session() as s:
        product = s.get(m.Product, int(product_id))
        if product is None:
            raise NotFound(f"no product with id {product_id}")
        rows = {r.key: r for r in s.scalars(select(m.Fact).where(m.Fact.product_id == product.id))}
        waiting = {k for k, r in rows.items() if to_confirm(r)}
        if wanted is not None:
            for k in wanted:
                if k not in rows:
                    raise NotFound(f"product {product.handle!r} has no fact {k!r}")
                if k not in waiting:
                    raise StudioError(f"fact {k!r} of {product.handle!r} is not waiting for confirmation "
                                      f"(facts to confirm: {', '.join(sorted(waiting)) or 'none'})")
        chosen = sorted(waiting) if wanted is None else wanted
        for k in chosen:
            row = rows[k]
            row.data = {**(row.data or {}), "certainty": CONFIRMED}
            row.user_edited = True
        if chosen:
            product.updated_at = clock.now()
    return ChangeSummary(updated=(int(product_id),) if chosen else (), entity="product",
                         message=f"confirmed {', '.join(chosen)}" if chosen else "no fact to confirm")


def reject_facts(db: Database, product_id: int, keys: Iterable[str]) -> ChangeSummary:
    """The seller rejects facts an import read off the product's text (``certainty.read_off_text``): they are
    deleted and a re-import does not bring them back (``deleted_facts``, as ``delete_fact``); the grounding check
    then no longer accepts them either. Keys are compared as stored (``Weight`` and ``weight`` are one fact, named
    once). Every key is checked before anything is deleted — a key that is no fact of the product, or a fact not
    read off its text (delete that one as a hand edit), is refused with nothing changed — and all are deleted in
    one transaction. The rule of ``studio facts reject`` and of Catalog › Facts › Reject."""
    wanted = list(dict.fromkeys(_norm_key(k) for k in keys))
    if not wanted:
        raise StudioError("name the facts to reject")
    with db.session() as s:
        product = s.get(m.Product, int(product_id))
        if product is None:
            raise NotFound(f"no product with id {product_id}")
        rows = {r.key: r for r in s.scalars(select(m.Fact).where(m.Fact.product_id == product.id))}
        missing = [k for k in wanted if k not in rows]
        if missing:
            raise NotFound(f"product {product.handle!r} has no fact {', '.join(map(repr, missing))} "
                           f"(its facts: {', '.join(sorted(rows)) or 'none'})")
        typed = [k for k in wanted if not read_off_text(rows[k])]
        if typed:
            raise StudioError(f"fact {', '.join(map(repr, typed))} of {product.handle!r} was not read from the "
                              "description: delete it instead (studio products delete-fact, or Delete in Catalog › "
                              "Facts)")
        for k in wanted:
            s.delete(rows[k])
        extra = dict(product.extra or {})
        extra["deleted_facts"] = [*extra.get("deleted_facts", []),
                                  *(k for k in wanted if k not in extra.get("deleted_facts", []))]
        product.extra = extra
        product.updated_at = clock.now()
    return ChangeSummary(updated=(int(product_id),), entity="product", message=f"rejected {', '.join(wanted)}")


def delete_fact(db: Database, product_id: int, key: str) -> ChangeSummary:
    """Remove a fact; a re-import will not bring it back."""
    key = _norm_key(key)
    with db.session() as s:
        product = s.get(m.Product, int(product_id))
        if product is None:
            raise NotFound(f"no product with id {product_id}")
        row = s.scalar(select(m.Fact).where(m.Fact.product_id == product.id, m.Fact.key == key))
        if row is None:
            raise NotFound(f"product {product.handle!r} has no fact {key!r}")
        s.delete(row)
        extra = dict(product.extra or {})
        deleted = list(extra.get("deleted_facts", []))
        if key not in deleted:
            deleted.append(key)
        extra["deleted_facts"] = deleted
        product.extra = extra
        product.updated_at = clock.now()
    return ChangeSummary(updated=(int(product_id),), entity="product", message=f"fact {key} deleted")


def update_product(db: Database, product_id: int, **fields: Any) -> ChangeSummary:
    """Change product fields by hand; the changed fields are kept by later re-imports."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise StudioError(f"cannot edit {', '.join(unknown)}; editable fields: {', '.join(EDITABLE_FIELDS)}")
    if not fields:
        return ChangeSummary(entity="product", message="nothing changed")
    with db.session() as s:
        product = s.get(m.Product, int(product_id))
        if product is None:
            raise NotFound(f"no product with id {product_id}")
        extra = dict(product.extra or {})
        if "extra" in fields:
            new_extra = dict(fields.pop("extra") or {})
            for k in ("user_edited_fields", "deleted_facts"):
                if k in extra and k not in new_extra:
                    new_extra[k] = extra[k]
            extra = new_extra
        edited = list(extra.get("user_edited_fields", []))
        if "title" in fields and not str(fields["title"] or "").strip():
            raise StudioError("a product needs a title")
        if "tags" in fields:
            tags = fields["tags"]
            if isinstance(tags, str):
                tags = [t.strip() for t in tags.split(",") if t.strip()]
            fields["tags"] = list(tags or [])
        if "body_html" in fields and "body_text" not in fields:
            from studio.importers.html import html_to_text

            fields["body_text"] = html_to_text(fields["body_html"] or "")
        for name, value in fields.items():
            if name == "published":
                value = bool(value)
            elif name not in ("tags",):
                value = "" if value is None and name not in ("source_language", "currency") else value
            setattr(product, name, value)
            if name not in edited:
                edited.append(name)
        extra["user_edited_fields"] = edited
        product.extra = extra
        product.updated_at = clock.now()
    return ChangeSummary(updated=(int(product_id),), entity="product",
                         message=f"updated {', '.join(sorted(fields)) or 'extra'}")


def delete_products(db: Database, product_ids: Sequence[int]) -> ChangeSummary:
    """Delete products (and, by cascade, their variants, media, facts and generated drafts)."""
    ids = [int(i) for i in product_ids]
    if not ids:
        return ChangeSummary(entity="product")
    with db.session() as s:
        existing = [int(i) for i in s.scalars(select(m.Product.id).where(m.Product.id.in_(ids)))]
        for obj in s.scalars(select(m.Product).where(m.Product.id.in_(existing))):
            s.delete(obj)
    return ChangeSummary(deleted=tuple(existing), entity="product", message=f"deleted {len(existing)} products")
