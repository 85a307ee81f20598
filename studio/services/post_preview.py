"""How a post will look on its channel: where the caption folds ("… more"), its hashtags, and how the
feed crops the media. Qt-free; the Calendar renders what this returns.

Fold points are approximations of the apps' current layouts (they vary by device and are not in any API
doc); they are only used to show the user what is above the fold. Why it matters: disclosures ("#ad",
"Sponsored") must appear before "more" (platform-specs.md D: FTC endorsements).
Feed crops: Instagram keeps images between 4:5 and 1.91:1 (A: Instagram / Image spec) and shows Reels 9:16;
TikTok, Reels, Shorts and Facebook Reels are full-screen 9:16 (A: Facebook Page / Reels spec; A: YouTube /
Shorts); Threads allows up to 10:1 (A: Threads / Limits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# (characters before the "more" fold, display name of the fold)
FOLD = {"instagram": 125, "tiktok": 100, "facebook": 480, "youtube": 100, "threads": 500, "x": 280,
        "pinterest": 100, "webhook": None, "folder": None}
# allowed feed aspect range (w/h) for images; videos on these channels show 9:16 full screen
IMAGE_ASPECT = {"instagram": (4 / 5, 1.91), "threads": (0.1, 10.0), "pinterest": (2 / 3, 2 / 3),
                "x": (16 / 9, 16 / 9), "facebook": (4 / 5, 1.91), "tiktok": (9 / 16, 9 / 16)}
VERTICAL = ("tiktok", "instagram", "youtube", "facebook")
HASHTAG = re.compile(r"(?<!\w)#[\w\u0E00-\u0E7F]+", re.UNICODE)
DISCLOSURE = re.compile(r"(#ad\b|#sponsored\b|\bsponsored\b|\banzeige\b|\bwerbung\b|#advertisement\b|إعلان)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Crop:
    media_aspect: float
    shown_aspect: float
    box: tuple[float, float, float, float]  # x, y, w, h of the visible part, relative to the media (0..1)
    note: str


@dataclass(frozen=True)
class Preview:
    platform: str
    visible: str
    folded: str
    hashtags: list[str]
    hashtag_spans: list[tuple[int, int]]
    crop: Crop | None
    warnings: list[str] = field(default_factory=list)


def _fold_at(text: str, limit: int | None) -> int:
    if limit is None or len(text) <= limit:
        return len(text)
    first_break = text.find("\n")
    if 0 <= first_break < limit and text.count("\n", 0, limit) >= 2:
        # apps fold after the second line break too
        second = text.find("\n", first_break + 1)
        return second
    cut = text.rfind(" ", 0, limit)
    return cut if cut > limit * 0.6 else limit


def _crop(platform: str, item: dict) -> Crop | None:
    w, h = item.get("width"), item.get("height")
    if not w or not h:
        return None
    a = w / h
    if (item.get("kind") == "video") and platform in VERTICAL:
        lo = hi = 9 / 16
        note = "shown full screen at 9:16"
    else:
        lo, hi = IMAGE_ASPECT.get(platform, (a, a))
        note = "shown in the feed" if lo <= a <= hi else "cropped by the feed"
    shown = min(max(a, lo), hi)
    if abs(shown - a) < 1e-3:
        return Crop(a, a, (0.0, 0.0, 1.0, 1.0), note if note != "cropped by the feed" else "shown whole")
    if shown < a:  # narrower than the media: sides are cut
        wr = shown / a
        return Crop(a, shown, ((1 - wr) / 2, 0.0, wr, 1.0), f"{note}: the sides are cut ({a:.2f} → {shown:.2f})")
    hr = a / shown
    return Crop(a, shown, (0.0, (1 - hr) / 2, 1.0, hr), f"{note}: top and bottom are cut ({a:.2f} → {shown:.2f})")


def preview(platform: str, text: str, media: list[dict] | None = None) -> Preview:
    text = text or ""
    fold = _fold_at(text, FOLD.get(platform))
    tags = [m.group(0) for m in HASHTAG.finditer(text)]
    spans = [(m.start(), m.end()) for m in HASHTAG.finditer(text)]
    warnings = []
    m = DISCLOSURE.search(text)
    if m and m.start() >= fold:
        warnings.append(f"the disclosure “{m.group(0)}” is hidden below the fold; move it to the start "
                        "(FTC: disclose before “more”)")
    crop = _crop(platform, media[0]) if media else None
    if crop and crop.box != (0.0, 0.0, 1.0, 1.0):
        warnings.append(crop.note)
    return Preview(platform, text[:fold], text[fold:], tags, spans, crop, warnings)
