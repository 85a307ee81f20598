"""What each live-selling platform allows, from platform-specs.md section B.

Facebook and Instagram ended live shopping; the app says so instead of offering them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LivePlatform:
    id: str
    name: str
    available: bool
    max_products: int | None = None
    min_session_minutes: int | None = None
    flash_countdown_s: tuple[int, int] | None = None  # (min, max) seconds
    flash_duration_min: tuple[int, int] | None = None  # (min, max) minutes
    title_max_chars: int | None = None
    teaser_offsets_h: tuple[float, ...] = (24.0, 1.0)
    notes: tuple[str, ...] = field(default_factory=tuple)
    ended: str | None = None  # ISO date live shopping ended
    source: str = ""


PLATFORMS: dict[str, LivePlatform] = {
    "tiktok-shop": LivePlatform(
        id="tiktok-shop", name="TikTok Shop LIVE", available=True,
        # platform-specs.md B: TikTok Shop LIVE / LIVE Product Set — 1–100 SPUs per set
        max_products=100,
        # platform-specs.md B: TikTok Shop LIVE / Planning rules — sessions ≥ 60 min, teasers T−1 d and T−1 h
        min_session_minutes=60,
        # platform-specs.md B: TikTok Shop LIVE / LIVE Flash Sale — countdown 10–300 s, duration 1–20 min
        flash_countdown_s=(10, 300), flash_duration_min=(1, 20),
        teaser_offsets_h=(24.0, 1.0),
        notes=("Event date/time is locked once created; only products and promotions can change.",
               "Minimum kit: at least 2 products, 1 promotion tool and 1 teaser video.",
               "No pre-recorded or rebroadcast streams; no medical or weight-loss claims; no fake awards."),
        source="platform-specs.md B: TikTok Shop LIVE rows",
    ),
    "youtube": LivePlatform(
        id="youtube", name="YouTube Live (product shelf)", available=True,
        notes=("Tag products from your store (Merchant Center or Shopify); pin one product banner at a time.",
               "Merchant Center: onboard 4 weeks before, fix product issues 2 weeks before, and make no feed, "
               "landing-page or image changes in the 72 h before the live.",
               "Tags are not shown on made-for-kids or paid-promotion-restricted videos."),
        source="platform-specs.md B: YouTube Live rows",
    ),
    "shopee": LivePlatform(
        id="shopee", name="Shopee Live", available=True,
        # platform-specs.md B: Shopee Live / Setup — ≤200 featured products (≤100 recommended), title ≤200 chars
        max_products=200, title_max_chars=200,
        notes=("Cover 9:16 (900×1600 reference).", "The host must stay on camera; a static screen is a violation."),
        source="platform-specs.md B: Shopee Live / Setup",
    ),
    "lazada": LivePlatform(
        id="lazada", name="Lazada LazLive", available=True,
        notes=("Create the live preview at least 2–3 days ahead; it is reviewed (unapproved streams get no traffic).",
               "3 cover images; title in the local language."),
        source="platform-specs.md B: Lazada LazLive / Setup (U)",
    ),
    "facebook": LivePlatform(
        id="facebook", name="Facebook Live Shopping", available=False, ended="2022-10-01",
        notes=("Facebook ended live shopping on 2022-10-01: no product tags or playlists in a Live.",),
        source="platform-specs.md B: Facebook / Live Shopping",
    ),
    "instagram": LivePlatform(
        id="instagram", name="Instagram Live Shopping", available=False, ended="2023-03-16",
        notes=("Instagram ended product tagging in lives on 2023-03-16; tags in posts, Reels and Stories continue.",),
        source="platform-specs.md B: Instagram / Live Shopping",
    ),
}


class LiveRuleError(ValueError):
    pass


def get_platform(pid: str) -> LivePlatform:
    key = pid.strip().lower()
    aliases = {"tiktok": "tiktok-shop", "tiktokshop": "tiktok-shop", "yt": "youtube", "lazlive": "lazada"}
    key = aliases.get(key, key)
    if key not in PLATFORMS:
        raise LiveRuleError(f"unknown live platform '{pid}'; choose one of: "
                            + ", ".join(p for p, v in PLATFORMS.items() if v.available))
    plat = PLATFORMS[key]
    if not plat.available:
        raise LiveRuleError(f"{plat.name} is not available: {plat.notes[0]}")
    return plat


def ended_platforms() -> list[LivePlatform]:
    return [p for p in PLATFORMS.values() if not p.available]
