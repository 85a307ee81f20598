"""Target ids (the unit a text is checked against) and how content fields map onto them."""

from __future__ import annotations

from dataclasses import dataclass

from studio.quality.finding import N_


@dataclass(frozen=True)
class TargetSpec:
    id: str
    label: str  # English; translate for display
    platform: str
    kind: str  # "channel" | "marketplace" | "generic"
    unit: str | None = None
    max: int | None = None
    min: int | None = None
    source: str = ""


# id, label, platform, kind
_TARGETS = [
    ("x", N_("X post"), "x", "channel"),
    ("instagram", N_("Instagram caption"), "instagram", "channel"),
    ("tiktok", N_("TikTok caption"), "tiktok", "channel"),
    ("threads", N_("Threads post"), "threads", "channel"),
    ("facebook", N_("Facebook Page post"), "facebook", "channel"),
    ("pinterest-title", N_("Pinterest pin title"), "pinterest", "channel"),
    ("pinterest-description", N_("Pinterest pin description"), "pinterest", "channel"),
    ("youtube-title", N_("YouTube video title"), "youtube", "channel"),
    ("youtube-description", N_("YouTube video description"), "youtube", "channel"),
    ("amazon-title", N_("Amazon title"), "amazon", "marketplace"),
    ("amazon-bullet", N_("Amazon bullet point"), "amazon", "marketplace"),
    ("amazon-description", N_("Amazon description"), "amazon", "marketplace"),
    ("amazon-search-terms", N_("Amazon backend search terms"), "amazon", "marketplace"),
    ("ebay-title", N_("eBay title"), "ebay", "marketplace"),
    ("etsy-title", N_("Etsy title"), "etsy", "marketplace"),
    ("etsy-tag", N_("Etsy tag"), "etsy", "marketplace"),
    ("shopify-seo-title", N_("Shopify SEO title"), "shopify", "marketplace"),
    ("shopify-seo-description", N_("Shopify SEO description"), "shopify", "marketplace"),
    ("tiktok-shop-title", N_("TikTok Shop product title"), "tiktok-shop", "marketplace"),
    ("tiktok-shop-description", N_("TikTok Shop product description"), "tiktok-shop", "marketplace"),
    ("mercadolibre-title", N_("Mercado Libre title"), "mercadolibre", "marketplace"),
    ("shopee-title", N_("Shopee product name"), "shopee", "marketplace"),
    ("shopee-description", N_("Shopee description"), "shopee", "marketplace"),
    ("lazada-title", N_("Lazada product name"), "lazada", "marketplace"),
    ("live-script", N_("Livestream host script (spoken)"), "live", "live"),
    ("generic", N_("Any text (claims, grounding, locale only)"), "", "generic"),
]
TARGET_IDS = tuple(t[0] for t in _TARGETS)

# (kind, content target) → {field: text target}; "[]" marks a list field linted item by item
FIELD_MAP: dict[tuple[str, str], dict[str, str]] = {
    ("listing", "amazon"): {"title": "amazon-title", "bullets[]": "amazon-bullet",
                            "description": "amazon-description", "search_terms": "amazon-search-terms"},
    ("listing", "ebay"): {"title": "ebay-title", "description": "generic"},
    ("listing", "etsy"): {"title": "etsy-title", "tags[]": "etsy-tag", "description": "generic"},
    ("listing", "shopify"): {"title": "generic", "seo_title": "shopify-seo-title",
                             "seo_description": "shopify-seo-description", "description": "generic"},
    ("listing", "tiktok-shop"): {"title": "tiktok-shop-title", "description": "tiktok-shop-description"},
    ("listing", "mercadolibre"): {"title": "mercadolibre-title", "description": "generic"},
    ("listing", "shopee"): {"title": "shopee-title", "description": "shopee-description"},
    ("listing", "lazada"): {"title": "lazada-title", "description": "generic"},
    ("caption", "pinterest"): {"title": "pinterest-title", "text": "pinterest-description"},
    ("caption", "youtube"): {"title": "youtube-title", "text": "youtube-description"},
}
for _ch in ("x", "instagram", "tiktok", "threads", "facebook"):
    FIELD_MAP[("caption", _ch)] = {"text": _ch}
# fields that are parts of another field (caption pieces are inside "text") or not prose
SKIP_FIELDS = {"language", "link", "hook", "body", "cta", "hashtags", "first_comment_of", "notes", "id"}


def targets() -> list[TargetSpec]:
    from studio.quality.engine import all_rules

    specs = []
    rules = all_rules()
    for tid, label, platform, kind in _TARGETS:
        unit = mx = mn = None
        source = ""
        for r in rules:
            if r.type == "limit" and tid in r.targets and not r.markets and r.severity == "error" and unit is None:
                unit = r.params.get("unit", "graphemes")
                mx = r.params.get("max")
                mn = r.params.get("min")
                source = r.source
        if unit is None:  # only advisory limits (Shopify SEO, Shopee…): show those
            for r in rules:
                if r.type == "limit" and tid in r.targets and not r.markets:
                    unit, mx, mn, source = r.params.get("unit", "graphemes"), r.params.get("max"), r.params.get("min"), r.source
                    break
        specs.append(TargetSpec(tid, label, platform, kind, unit, mx, mn, source))
    return specs


def content_targets(kind: str, target: str) -> dict[str, str]:
    return FIELD_MAP.get((kind, target), {})
