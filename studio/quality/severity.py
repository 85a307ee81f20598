"""One severity policy for claims and disclosure: the same violation has the same severity in every language
and market, derived from the platform rule or the law it rests on.

Every claims/disclosure rule names its ``claim`` kind; a finding's severity is ``severity_for(kind, target)``
— the first matching target pattern of the kind's row, else its default — whatever pack, language or wording
produced it ("#1", "Nr. 1" and "全网销量第一" are one ranking claim). The one deliberate exception: a
greenwashing word the merchant's own facts state (but no certification backs) is a warning, not an error.
The table is documented in docs/readme/quality.md and checked by tests/unit/quality/test_quality_severity.py.
"""

from __future__ import annotations

import fnmatch

# kind: (default severity, ((target glob, severity), ...), what it rests on)
MARKETPLACES = ("amazon-*", "tiktok-shop-*", "shopee-*", "lazada-*", "mercadolibre-*", "ebay-*", "etsy-*")
POLICY: dict[str, tuple[str, tuple[tuple[str, str], ...], str]] = {
    "health": ("error", (), "FTC Act §5/§12; EU Reg. 1924/2006 (health claims) and 2017/745 (medical devices); "
                            "TikTok Shop LIVE / Violations to avoid (medical claims)"),
    "weight": ("error", (), "TikTok Shop LIVE / Violations to avoid; TikTok Shop videos (no weight-loss claims)"),
    "before-after": ("error", (), "TikTok Shop videos (no before/after claims)"),
    "endorsement": ("error", (), "FTC Endorsement Guides 16 CFR 255; TikTok Shop (misleading, medical claims)"),
    "superlative": ("warning", (("amazon-*", "error"), ("tiktok-shop-title", "error")),
                    "Amazon title content (no subjective claims such as “Best Seller”, “#1”); TikTok Shop title; "
                    "elsewhere unprovable puffery (EU UCPD Art. 6) — a warning"),
    "guarantee": ("warning", (("amazon-*", "error"),),
                  "Amazon bullets and detail pages (no satisfaction, money-back or result guarantees); elsewhere a "
                  "warning; a warranty with a term or scope (\u201c2-year manufacturer warranty\u201d) is a fact, "
                  "not a claim"),
    "reviews": ("error", (), "16 CFR Part 465 (FTC rule on consumer reviews and testimonials)"),
    "green": ("error", (), "EU Directive 2024/825 (generic environmental claims); FTC Green Guides 16 CFR 260; "
                           "Amazon bullets (eco-friendly, bamboo need substantiation)"),
    "urgency": ("error", (), "Amazon detail pages (no availability or time-sensitive information); EU UCPD "
                             "Annex I no. 7 (false limited availability) — checked on marketplace targets"),
    "urgency-social": ("warning", (), "EU UCPD Annex I no. 7 (false limited availability or limited-time terms to "
                                      "elicit an immediate decision) — on social posts a warning: it is banned only "
                                      "when false (stock counts, \u201cgone forever\u201d, the price back up after the live)"),
    "counterfeit": ("error", (), "TikTok Shop listing policy (never “dupe”, “fake”, “knock-off”); trademark law"),
    "promotion": ("error", (), "Amazon title content / all detail-page text (no promotional phrases, prices)"),
    "sponsorship": ("error", (), "FTC Endorsement Guides 16 CFR 255 (material connections disclosed at the "
                                 "start); EU UCPD Annex I no. 11"),
    "sponsorship-label": ("warning", (), "FTC Disclosures 101 for Social Media Influencers: don't assume a platform's "
                                         "disclosure tool (paid-partnership label) is good enough — the label is set, "
                                         "so a missing or buried tag in the text is a warning; 16 CFR 255"),
    "disclosure-weak": ("warning", (), "FTC endorsements: “#sp”, “#partner”, “Thanks [Brand]” are not enough"),
    "ai-label": ("warning", (), "TikTok AI-generated content label; YouTube altered or synthetic content"),
    "ai-act": ("info", (), "EU AI Act Art. 50(4) (from 2026-08-02)"),
    "live-prerecorded": ("error", (), "TikTok Shop LIVE / Violations to avoid (pre-recorded streams)"),
    "live-off-platform": ("warning", (), "TikTok Shop LIVE / Violations to avoid (irrelevant promotion)"),
    "offer-mismatch": ("error", (), "EU UCPD Art. 6(1)(d) (misleading price or price advantage); Price Indication "
                                    "Directive 98/6/EC Art. 6a; FTC Guides Against Deceptive Pricing 16 CFR 233"),
    "offer-missing": ("warning", (), "EU UCPD Art. 7(4)(c) (price and conditions are material information); "
                                     "one wording on every channel (market-research.md G14)"),
}


def severity_for(kind: str, target: str) -> str | None:
    row = POLICY.get(kind)
    if row is None:
        return None
    default, overrides, _src = row
    for pattern, sev in overrides:
        if fnmatch.fnmatchcase(target, pattern):
            return sev
    return default


def severities_for_rule(kind: str, targets: tuple[str, ...], all_targets: tuple[str, ...]) -> set[str]:
    """The severities the policy gives a rule of ``kind`` over the targets it applies to."""
    ts = [t for t in all_targets if any(fnmatch.fnmatchcase(t, g) for g in targets)]
    return {severity_for(kind, t) or "" for t in ts}
