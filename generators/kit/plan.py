"""Run-of-show timing: opening, one segment per product, closing; flash sales inside platform limits.

Times are whole seconds from the start of the live. The segments always add up exactly to the planned
length: the planner spreads the remainder over product segments and refuses a plan that cannot fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generators.kit.platforms import LivePlatform, LiveRuleError


def timecode(seconds: int) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


@dataclass(frozen=True)
class FlashSaleSpec:
    product_index: int
    countdown_s: int = 60
    duration_min: int = 5
    deal_price: str | None = None  # decimal as string, in the listing currency
    stock_cap: int | None = None
    per_customer_cap: int | None = 1


@dataclass(frozen=True)
class Segment:
    kind: str  # opening|product|closing
    start: int
    end: int
    product_index: int | None = None

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def start_tc(self) -> str:
        return timecode(self.start)

    @property
    def end_tc(self) -> str:
        return timecode(self.end)


@dataclass(frozen=True)
class FlashSaleSlot:
    spec: FlashSaleSpec
    countdown_start: int
    sale_start: int
    sale_end: int


@dataclass
class RunOfShow:
    total_s: int
    segments: list[Segment]
    flash_sales: list[FlashSaleSlot] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def product_segment(self, index: int) -> Segment:
        for s in self.segments:
            if s.kind == "product" and s.product_index == index:
                return s
        raise KeyError(index)


def plan_run_of_show(n_products: int, platform: LivePlatform, *, total_minutes: int | None = None,
                     segment_minutes: list[float] | None = None, opening_s: int = 180, closing_s: int = 180,
                     flash_sales: list[FlashSaleSpec] | None = None) -> RunOfShow:
    """Plan the timeline. Either give ``total_minutes`` (segments share what is left) or per-product
    ``segment_minutes`` (the total follows), or both (segments are scaled to fill the total exactly)."""
    if n_products < 1:
        raise LiveRuleError("pick at least one product for the live")
    if platform.max_products and n_products > platform.max_products:
        raise LiveRuleError(f"{platform.name} takes at most {platform.max_products} products per live set; "
                            f"you picked {n_products} ({platform.source})")
    if segment_minutes is not None and len(segment_minutes) != n_products:
        raise LiveRuleError(f"segment lengths: {len(segment_minutes)} given for {n_products} products")
    if segment_minutes is not None and any(m <= 0 for m in segment_minutes):
        raise LiveRuleError("every product segment must be longer than 0 minutes")
    warnings: list[str] = []
    if total_minutes is None:
        weights = segment_minutes or [5.0] * n_products
        seg_secs = [max(30, round(m * 60)) for m in weights]
        total_s = opening_s + closing_s + sum(seg_secs)
    else:
        if total_minutes <= 0:
            raise LiveRuleError("the planned length must be a positive number of minutes")
        total_s = int(round(total_minutes * 60))
        available = total_s - opening_s - closing_s
        if available < 30 * n_products:
            raise LiveRuleError(f"{total_minutes} min cannot hold {n_products} products with a "
                                f"{opening_s // 60} min opening and {closing_s // 60} min closing; plan a longer live "
                                "or fewer products")
        weights = segment_minutes or [1.0] * n_products
        wsum = float(sum(weights))
        seg_secs = [int(available * w / wsum) for w in weights]
        # hand out the rounding remainder one second at a time so the sum is exact
        for i in range(available - sum(seg_secs)):
            seg_secs[i % n_products] += 1
    if platform.min_session_minutes and total_s < platform.min_session_minutes * 60:
        warnings.append(f"{platform.name} recommends sessions of at least {platform.min_session_minutes} min; "
                        f"this plan runs {total_s // 60} min ({platform.source})")

    segments: list[Segment] = [Segment("opening", 0, opening_s)]
    t = opening_s
    for i, secs in enumerate(seg_secs):
        segments.append(Segment("product", t, t + secs, i))
        t += secs
    segments.append(Segment("closing", t, t + closing_s))
    assert segments[-1].end == total_s

    show = RunOfShow(total_s=total_s, segments=segments, warnings=warnings)
    for spec in flash_sales or []:
        show.flash_sales.append(_place_flash_sale(show, spec, platform))
    return show


def _place_flash_sale(show: RunOfShow, spec: FlashSaleSpec, platform: LivePlatform) -> FlashSaleSlot:
    if platform.flash_countdown_s:
        lo, hi = platform.flash_countdown_s
        if not lo <= spec.countdown_s <= hi:
            raise LiveRuleError(f"flash sale countdown must be {lo}–{hi} s on {platform.name}; got "
                                f"{spec.countdown_s} s ({platform.source})")
    if platform.flash_duration_min:
        lo, hi = platform.flash_duration_min
        if not lo <= spec.duration_min <= hi:
            raise LiveRuleError(f"flash sale duration must be {lo}–{hi} min on {platform.name}; got "
                                f"{spec.duration_min} min ({platform.source})")
    try:
        seg = show.product_segment(spec.product_index)
    except KeyError:
        raise LiveRuleError(f"flash sale names product #{spec.product_index + 1}, which is not in the live") from None
    # announce after the demo: a third into the segment, countdown then the sale
    countdown_start = seg.start + max(0, seg.length // 3 - spec.countdown_s)
    sale_start = countdown_start + spec.countdown_s
    sale_end = sale_start + spec.duration_min * 60
    if sale_end > show.total_s:
        raise LiveRuleError(f"the flash sale for product #{spec.product_index + 1} would run past the end of the "
                            "live; shorten it or give that product an earlier slot")
    return FlashSaleSlot(spec, countdown_start, sale_start, sale_end)
