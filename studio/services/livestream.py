"""Livestream kits: pick products, plan the run of show, write the grounded kit in the market's language,
make shop links and QR codes, overlays for OBS, and export a kit folder; teasers go through the queue.

Prices in a kit are the listing's own price for the market (a ``Price / <Market>`` column when the
listing has one, else the variant price in the listing currency), formatted the market's way; a kit
never converts or rounds a price the buyer will see on the product page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from studio import clock, quality, registry
from studio.domain import ProductDTO, StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.ports import KitBuilder
from studio.services import catalog
from studio.storage import models as m
from studio.storage.db import Database, get_row


def _kit() -> KitBuilder:
    # generators are adapters: found through the registry (entry points), never imported by the services
    return registry.kit_builder()


@dataclass
class KitRequest:
    products: list[str]  # handles or SKUs, in pin order
    market: str
    platform: str = "tiktok-shop"
    name: str | None = None
    host: str = "Host"
    total_minutes: int | None = None
    segment_minutes: list[float] | None = None
    opening_s: int = 180
    closing_s: int = 180
    starts_at: datetime | None = None
    store_url: str | None = None
    flash_sales: list[dict[str, Any]] = field(default_factory=list)  # {product, countdown_s, duration_min, deal_price, …}
    giveaways: int = 1
    shipping_policy: str | None = None
    returns_policy: str | None = None
    session: str | None = None  # UTM campaign id; defaults to the kit name
    short_link_endpoint: str | None = None
    provider: str | None = None  # LLM provider for the product segments (None: the configured default)
    persona: str | None = None  # host persona = a brand voice profile (tone, audience, words); None: default
    use_approved: bool = True  # reuse an approved segment draft instead of generating a new one


@dataclass
class KitResult:
    kit_id: int
    kit: dict[str, Any]
    meta: dict[str, Any]
    files: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- prices

def listing_price(product: ProductDTO, market_tag: str) -> tuple[Decimal, str, str | None, Decimal | None]:
    """The listing's price for ``market_tag``: (amount, currency, price source, compare-at amount),
    amounts in the currency's own minor units (JPY 0 decimals, USD 2…)."""
    amount, currency, source, compare = _listing_price(product, market_tag)
    from localization.formatting import currency_decimals

    q = Decimal(1).scaleb(-currency_decimals(currency))
    return (amount.quantize(q), currency, source,
            Decimal(compare).quantize(q) if compare is not None else None)


def _listing_price(product: ProductDTO, market_tag: str) -> tuple[Decimal, str, str | None, Decimal | None]:
    from localization.markets import get_market

    mk = get_market(market_tag)
    priced = [v for v in product.variants if v.price is not None]
    if not priced:
        raise StudioError(f"product '{product.handle}' has no price in its listing; add a variant price first")
    keys = {k.lower() for k in (mk.country_name, mk.country, mk.tag, getattr(mk, "country_name", ""))}
    for v in priced:
        for name, value in (v.market_prices or {}).items():
            if name.lower() in keys and value not in (None, ""):
                return Decimal(str(value)), mk.currency, f"Price / {name}", None
    variant, price = min(((v, v.price) for v in priced if v.price is not None), key=lambda pair: pair[1])
    currency = variant.currency or product.currency or mk.currency
    return Decimal(price), currency, "variant price", variant.compare_at_price


def _fmt_price(amount: Decimal, currency: str, tag: str, cross_border: bool) -> str:
    from localization.formatting import format_price

    return format_price(amount, currency, tag, cross_border=cross_border)


def _options_lines(product: ProductDTO) -> tuple[str, ...]:
    values: dict[str, list[str]] = {}
    for v in product.variants:
        for k, val in (v.options or {}).items():
            if val and val not in values.setdefault(k, []):
                values[k].append(val)
    return tuple(f"{k}: {', '.join(vs)}" for k, vs in values.items() if len(vs) > 1 or k.lower() not in ("title",))


# --------------------------------------------------------------------------- build

def build_kit(db: Database, req: KitRequest, progress: ProgressFn = no_progress,
              cancel: CancelToken | None = None) -> KitResult:
    builder = _kit()
    from localization.markets import get_market
    from localization.text import isolate

    cancel = cancel or CancelToken()
    try:
        platform = builder.get_platform(req.platform)
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    try:
        market = get_market(req.market)
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    if not req.products:
        raise StudioError("pick at least one product for the live (--products SKU,...)")
    from studio.services import system

    system.require_for_render(req.market, video=False)
    if len(set(req.products)) != len(req.products):
        raise StudioError("a product is listed twice; each product gets one segment")
    products = [catalog.get_product_by_ref(db, ref) for ref in req.products]
    progress(0.1, f"{len(products)} products")

    flash_specs = []
    for fs in req.flash_sales:
        ref = fs.get("product")
        idx = next((i for i, (r, p) in enumerate(zip(req.products, products, strict=True))
                    if ref in (r, p.handle) or ref in p.skus), None)
        if idx is None:
            raise StudioError(f"flash sale names '{ref}', which is not among the live's products")
        flash_specs.append(builder.FlashSaleSpec(product_index=idx, countdown_s=int(fs.get("countdown_s", 60)),
                                                  duration_min=int(fs.get("duration_min", 5)),
                                                  deal_price=str(fs["deal_price"]) if fs.get("deal_price") else None,
                                                  stock_cap=fs.get("stock_cap"),
                                                  per_customer_cap=fs.get("per_customer_cap", 1)))
    try:
        show = builder.plan_run_of_show(len(products), platform, total_minutes=req.total_minutes,
                                         segment_minutes=req.segment_minutes, opening_s=req.opening_s,
                                         closing_s=req.closing_s, flash_sales=flash_specs)
    except ValueError as exc:
        raise StudioError(str(exc)) from None

    name = req.name or f"{platform.name} {market.tag} {clock.today():%Y-%m-%d}"
    session = req.session or name
    shortener = builder.ShortLinkProvider(req.short_link_endpoint) if req.short_link_endpoint else None
    rtl = market.direction == "rtl"
    iso = isolate if rtl else None

    kit_products = []
    segments: dict[int, dict[str, Any]] = {}
    flash_texts: dict[int, str] = {}
    warnings: list[str] = []
    for i, p in enumerate(products):
        cancel.raise_if_cancelled()
        amount, currency, source, compare = listing_price(p, market.tag)
        cross = currency != market.currency
        if cross:
            warnings.append(f"{p.handle}: the listing has no {market.currency} price for {market.tag}; the kit quotes "
                            f"the listing's {currency} price ({source})")
        price_text = _fmt_price(amount, currency, market.tag, cross)
        compare_text = _fmt_price(Decimal(compare), currency, market.tag, cross) if compare and compare > amount else None
        try:
            url = builder.product_url(req.store_url or "", p.handle, (p.extra or {}).get("url"))
            link = builder.shop_link(url, source=platform.id, session=session, market=market.tag, content=p.handle)
        except ValueError as exc:
            raise StudioError(str(exc), hint=getattr(exc, "hint", None)) from None
        if shortener:
            try:
                link = shortener.shorten(link)
            except ValueError as exc:
                raise StudioError(str(exc)) from None
        facts = tuple((f.key, f.value) for f in p.facts)
        segments[i] = _segment_draft(db, p, market.tag, platform.id, req, cancel)
        kit_products.append(builder.KitProduct(handle=p.handle, title=p.title, vendor=p.vendor, facts=facts,
                                              price_text=price_text, price=str(amount), currency=currency,
                                              compare_text=compare_text, options=_options_lines(p), link=link,
                                              sku=p.skus[0] if p.skus else None))
        for spec in flash_specs:
            if spec.product_index == i:
                deal = Decimal(spec.deal_price) if spec.deal_price else amount
                if deal > amount:
                    raise StudioError(f"flash-sale price for {p.handle} ({deal}) is above its listing price ({amount})")
                flash_texts[i] = _fmt_price(deal, currency, market.tag, cross)
        progress(0.1 + 0.5 * (i + 1) / len(products), p.title)

    lang = market.language
    try:
        builder.phrases(lang)
    except ValueError:
        warnings.append(f"no kit phrases for {lang}; the kit is written in English")
        lang = "en"
    inputs = builder.KitInputs(language=lang, host=req.host, products=kit_products, plan=show,
                              flash_price_texts=flash_texts, shipping_policy=req.shipping_policy,
                              returns_policy=req.returns_policy, giveaways=req.giveaways,
                              platform_notes=tuple(platform.notes), isolate=iso,
                              segments={i: _isolated(seg["content"], rtl) for i, seg in segments.items()})
    kit = builder.write_kit(inputs)
    for i, seg in segments.items():
        kit["products"][i]["draft_id"] = seg["draft_id"]
        kit["products"][i]["draft_version"] = seg["version"]
        kit["products"][i]["segment_checks"] = seg["checks"]
    kit["warnings"] = warnings + kit["warnings"]
    kit["checks"] = _check_kit(kit, market.tag, products)
    meta = {"name": name, "market": market.tag, "platform": platform.id, "platform_name": platform.name,
            "starts_at": req.starts_at.isoformat() if req.starts_at else None, "currency": market.currency,
            "direction": market.direction, "session": session,
            "providers": sorted({seg["provider"] for seg in segments.values()}),
            "ai_generated": any(seg["ai_generated"] for seg in segments.values()),
            "source": platform.source}
    with db.session() as s:
        row = m.LiveKit(name=name, market=market.tag, platform=platform.id, starts_at=req.starts_at,
                        data={"meta": meta, "kit": kit, "request": _request_json(req)})
        s.add(row)
        s.flush()
        kit_id = row.id
    progress(0.7, "kit written")
    return KitResult(kit_id=kit_id, kit=kit, meta=meta)


def _segment_draft(db: Database, product: ProductDTO, market: str, platform: str, req: KitRequest,
                   cancel: CancelToken) -> dict[str, Any]:
    """The product's live segment (demo action, benefits, proof point, CTA) through the generation engine:
    grounded, checked by the quality rules and stored as a draft with provenance. An approved version is
    reused so a human's edits survive rebuilding the kit."""
    from studio.services import drafts, generation

    draft = None
    if req.use_approved:
        approved = drafts.latest_approved(db, product.id, market, "kit", platform)
        if approved is not None:
            return {"content": approved.content, "draft_id": approved.draft_id, "version": approved.number,
                    "checks": approved.checks or [], "provider": approved.provenance.get("provider", "?"),
                    "ai_generated": approved.ai_generated}
    draft = generation.generate_one(db, product, market, "kit", platform, provider=req.provider, cancel=cancel,
                                    brand_voice=req.persona)
    v = draft.latest
    if v is None:
        raise StudioError(f"the kit script for {product.handle} / {market} was not written")
    return {"content": v.content, "draft_id": draft.id, "version": v.number, "checks": v.checks or [],
            "provider": v.provenance.get("provider", "?"), "ai_generated": v.ai_generated}


def _isolated(content: dict[str, Any], rtl: bool) -> dict[str, Any]:
    """In right-to-left kits, wrap Latin runs (SKUs, units, brand names) in FSI…PDI so they keep their order."""
    if not rtl:
        return content
    from localization.text import isolate_ltr_runs

    out: dict[str, Any] = {}
    for k, v in content.items():
        if isinstance(v, str):
            out[k] = isolate_ltr_runs(v)
        elif isinstance(v, list):
            out[k] = [isolate_ltr_runs(x) if isinstance(x, str) else x for x in v]
        else:
            out[k] = v
    return out


def _request_json(req: KitRequest) -> dict[str, Any]:
    d = dict(req.__dict__)
    d["starts_at"] = req.starts_at.isoformat() if req.starts_at else None
    return d


def _check_kit(kit: dict[str, Any], market: str, products: list[ProductDTO]) -> list[dict[str, Any]]:
    """Run the quality rules over every sentence a host will say (claims, grounding, locale)."""
    findings: list[dict[str, Any]] = []
    by_handle = {p.handle: p for p in products}
    texts: list[tuple[str, str, str | None]] = [("opening", kit["opening"]["hook"], None)]
    for p in kit["products"]:
        for b in p["benefits"]:
            texts.append((f"{p['handle']}.benefit", b, p["handle"]))
        texts.append((f"{p['handle']}.demo", p["demo_action"], p["handle"]))
    for q in kit["qa"]:
        texts.append((f"{q['product']}.qa.{q['topic']}", q["answer"], q["product"]))
    target = "live-script" if any(t.id == "live-script" for t in quality.targets()) else None
    if target is None:
        return []
    for where, text, handle in texts:
        facts = list(by_handle[handle].facts) if handle in by_handle else None
        for f in quality.lint_text(text, target, market, facts=facts):
            findings.append({"where": where, "rule_id": f.rule_id, "severity": f.severity, "message": f.message,
                             "text": text[f.start:f.end]})
    return findings


def export(db: Database, result: KitResult, out: Path) -> dict[str, Any]:

    images: dict[str, Path | None] = {}
    for p in result.kit["products"]:
        prod = catalog.get_product_by_ref(db, p["handle"])
        img = next((md.local_path for md in sorted(prod.media, key=lambda x: x.position)
                    if md.local_path and Path(md.local_path).is_file()), None)
        images[p["handle"]] = Path(img) if img else None
    files = _kit().export_kit(result.kit, result.meta, Path(out), images)
    result.files = files
    with db.session() as s:
        row = get_row(s, m.LiveKit, result.kit_id)
        data = dict(row.data)
        data["kit"] = result.kit
        data["files"] = files
        row.data = data
    return files


def get_kit(db: Database, kit_id: int) -> KitResult:
    with db.session() as s:
        row = s.get(m.LiveKit, kit_id)
        if row is None:
            raise StudioError(f"no livestream kit with id {kit_id}")
        data = row.data or {}
        return KitResult(kit_id=row.id, kit=data.get("kit", {}), meta=data.get("meta", {}), files=data.get("files", {}))


def list_kits(db: Database) -> list[dict[str, Any]]:
    from sqlalchemy import select

    with db.session() as s:
        rows = s.scalars(select(m.LiveKit).order_by(m.LiveKit.id.desc())).all()
        return [{"id": r.id, "name": r.name, "market": r.market, "platform": r.platform,
                 "starts_at": r.starts_at.isoformat() if r.starts_at else None,
                 "products": len((r.data or {}).get("kit", {}).get("products", []))} for r in rows]


def teaser_times(starts_at: datetime, platform_id: str) -> list[datetime]:
    platform = _kit().get_platform(platform_id)
    return [starts_at - timedelta(hours=h) for h in platform.teaser_offsets_h]


def teaser_text(result: KitResult, hours_before: float, channel: str | None = None) -> str:
    """A teaser caption in the kit's language: the opening hook, the start time in the market's format and
    the shop link (with its own UTM content so clicks from teasers are counted apart)."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime

    from localization.markets import get_market

    kit = result.kit
    first = kit["products"][0]
    when = ""
    if result.meta.get("starts_at"):
        start = datetime.fromisoformat(result.meta["starts_at"])
        mk = get_market(result.meta.get("market") or "en-US")
        when = format_datetime(start, "medium", tzinfo=ZoneInfo(mk.timezone), locale=mk.babel_locale)
    # per channel × session: the teaser's own source and medium, so its clicks are counted apart. The kit's link
    # carries the kit's own tags: those are replaced; a seller's own utm_* tags are kept (studio.shoplinks)
    from studio import shoplinks

    session = result.meta.get("session") or result.meta.get("name", "live")
    market_tag = result.meta.get("market") or ""
    base = first["link"]
    if shoplinks.utm_tags(base).get("utm_campaign") == shoplinks.slug(f"{session}-{market_tag}", "live"):
        base = shoplinks.without_utm(base)
    link = _kit().shop_link(base, source=channel or result.meta.get("platform", "live"), session=session,
                           market=market_tag, medium=f"teaser-{int(hours_before)}h", content=first["handle"])
    lines = [kit["opening"]["hook"], f"🔴 LIVE {when}".strip(), link]
    return "\n".join(lines)


# --------------------------------------------------------------------------- teleprompter

@dataclass(frozen=True)
class PrompterBlock:
    start: int
    end: int
    title: str
    text: str
    kind: str  # opening|product|closing


def teleprompter_blocks(kit: dict[str, Any]) -> list[PrompterBlock]:
    """The kit as timed blocks for the teleprompter, in run-of-show order."""
    blocks: list[PrompterBlock] = []
    segs = kit["segments"]
    blocks.append(PrompterBlock(segs[0]["start"], segs[0]["end"], kit["opening"]["hook"],
                                f"{kit['opening']['hook']}\n{kit['opening']['intro']}", "opening"))
    for p in kit["products"]:
        lines = [f"▸ {p['demo_action']}"] + [f"• {b}" for b in p["benefits"]]
        if p.get("proof_point"):
            lines.append(f"✓ {p['proof_point']}")
        lines.append(p["price_line"])
        if p.get("variant_guidance"):
            lines.append(p["variant_guidance"])
        for f in kit.get("flash_sales", []):
            if f["product"] == p["handle"]:
                lines.append(f"⚡ {f['countdown_start_tc']} — {f['script']}")
        lines.append(f"→ {p['cta']}")
        blocks.append(PrompterBlock(p["start"], p["end"], f"#{p['pin_order']} {p['title']}", "\n".join(lines), "product"))
    closing = segs[-1]
    blocks.append(PrompterBlock(closing["start"], closing["end"], kit["closing"]["recap"],
                                f"{kit['closing']['recap']}\n{kit['closing']['cta']}", "closing"))
    return blocks


def current_block(blocks: list[PrompterBlock], elapsed_s: float) -> tuple[int, float]:
    """Index of the block on air at ``elapsed_s`` and the seconds left in it (0 after the end)."""
    for i, b in enumerate(blocks):
        if b.start <= elapsed_s < b.end:
            return i, b.end - elapsed_s
    return (len(blocks) - 1, 0.0) if blocks else (0, 0.0)


# --------------------------------------------------------------------------- teasers

def schedule_teasers(db: Database, kit_id: int, account: str, *, override_reason: str | None = None) -> list[Any]:
    """Queue teaser posts at T−24 h and T−1 h (platform-specs.md B: TikTok Shop LIVE / Planning rules)
    through the channels queue, with the live's shop link and the first product's media. Each teaser is
    checked by the quality rules for the account's channel; errors refuse, warnings need a reason."""
    from studio.services import accounts
    from studio.services.scheduling import gate, hosting, queue

    result = get_kit(db, kit_id)
    starts = result.meta.get("starts_at")
    if not starts:
        raise StudioError("the kit has no start time; set --starts-at to schedule teasers")
    start_dt = datetime.fromisoformat(starts)
    acc = accounts.get_account(db, account)
    target = gate.caption_target(acc.platform, acc.settings) or "instagram"
    market = result.meta.get("market") or "en-US"
    first = catalog.get_product_by_ref(db, result.kit["products"][0]["handle"])
    media = hosting.pick_media(db, first.id, market, acc.platform)
    from sqlalchemy import select

    keys = {when: f"kit{kit_id}-teaser-{int(round((start_dt - when).total_seconds() / 60))}-{acc.id}"
            for when in teaser_times(start_dt, result.meta["platform"])}
    with db.session() as s:
        existing = s.scalars(select(m.Post.id).where(m.Post.idempotency_key.in_(list(keys.values())))).all()
    if existing:
        raise StudioError(f"teasers for kit {kit_id} are already queued on {account} (posts "
                          f"{', '.join(f'#{i}' for i in existing)}); reschedule or cancel them in the calendar")
    posts = []
    for when, key in keys.items():
        hours = round((start_dt - when).total_seconds() / 3600, 1)
        text = teaser_text(result, hours, channel=acc.platform)
        findings = gate.lint_caption(target, market, {"text": text, "language": result.kit["language"]},
                                    list(first.facts))
        gate.check_findings(findings, override_reason)
        posts.append(queue.create_post(
            db, acc.id, text, when, media=media, product_id=first.id, market=market,
            options={"live_teaser": {"kit_id": kit_id, "hours_before": hours}},
            override_reason=override_reason, findings=findings,
            idempotency_key=key))
    return posts


def platform_choices() -> list[dict[str, Any]]:
    """Live platforms for pickers; ended ones are listed with the date and reason (not offered)."""
    return [{"id": p.id, "name": p.name, "available": p.available, "ended": p.ended,
             "note": p.notes[0] if p.notes else ""} for p in _kit().PLATFORMS.values()]


def preview_html(result: KitResult) -> str:
    """A compact HTML preview of the run of show for the app."""
    import html as _h

    kit = result.kit
    direction = "rtl" if result.meta.get("direction") == "rtl" else "ltr"
    parts = [f"<div dir='{direction}'><h3>{_h.escape(result.meta.get('name', ''))}</h3>"]
    for w in kit.get("warnings", []):
        parts.append(f"<p style='color:#9a3412'>⚠ {_h.escape(w)}</p>")
    parts.append(f"<p><b>{_h.escape(kit['segments'][0]['start_tc'])}</b> {_h.escape(kit['opening']['hook'])}</p>")
    for p in kit["products"]:
        items = "".join(f"<li>{_h.escape(b)}</li>" for b in p["benefits"])
        parts.append(f"<p><b>{_h.escape(p['start_tc'])}–{_h.escape(p['end_tc'])} #{p['pin_order']} "
                     f"{_h.escape(p['title'])}</b><br>{_h.escape(p['demo_action'])}</p><ul>{items}</ul>"
                     f"<p><b>{_h.escape(p['price_line'])}</b><br>{_h.escape(p['cta'])}</p>")
    for f in kit.get("flash_sales", []):
        parts.append(f"<p style='color:#a21caf'>⚡ {_h.escape(f['countdown_start_tc'])} {_h.escape(f['script'])}</p>")
    closing = kit["segments"][-1]
    parts.append(f"<p><b>{_h.escape(closing['start_tc'])}</b> {_h.escape(kit['closing']['recap'])}</p>")
    qa = "".join(f"<li><b>{_h.escape(q['question'])}</b> {_h.escape(q['answer'])}</li>" for q in kit["qa"][:12])
    parts.append(f"<h4>Q&amp;A</h4><ul>{qa}</ul>")
    parts.append("</div>")
    return "".join(parts)
