"""Demo step 15: the market registry formats the same price, date and sizes four ways."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

ORDER = 15
TITLE = "Markets: one price, date and size in four markets"
TAGS = ("de-DE", "ar-SA", "ja-JP", "th-TH", "en-US")


def run(ctx) -> dict:
    from localization.formatting import format_date, format_length, format_price, shoe_sizes
    from localization.markets import all_markets, get_market, upcoming_festivals

    rows: list[dict[str, Any]] = []
    for tag in TAGS:
        m = get_market(tag)
        rows.append({
            "tag": tag,
            "price": format_price(1299.9, m.currency, tag),
            "price_cross_border": format_price(1299.9, m.currency, tag, cross_border=True),
            "date": format_date(dt.date(2026, 11, 27), tag),
            "length": format_length(80, tag),
            "shoe_25cm": f"{shoe_sizes(25, tag)['system']} {shoe_sizes(25, tag)['size']}",
            "next_festivals": [f["name"] for f in upcoming_festivals(tag, dt.date(2026, 11, 1), 60)][:3],
            "direction": m.direction,
        })
    # a size chart per market from the sample dress's size-chart fact (the catalog step imported it)
    chart_text, chart_source = _size_chart_fact(ctx)
    charts = {}
    if chart_text:
        from localization.formatting import size_chart_from_text

        for tag in ("en-US", "de-DE", "ja-JP"):
            charts[tag] = size_chart_from_text(chart_text, tag).as_text()
        (ctx.out / "size-charts.txt").write_text(
            f"Source: {chart_source}\n{chart_text}\n\n" + "\n\n".join(f"[{t}]\n{c}" for t, c in charts.items()),
            encoding="utf-8")
    out = ctx.out / "markets.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    ctx.state["markets"] = list(TAGS)
    details = {"markets_in_registry": len(all_markets()), "file": str(out)}
    if charts:
        details["size_charts"] = str(ctx.out / "size-charts.txt")
    for r in rows:
        details[r["tag"]] = f"{r['price']} | {r['date']} | {r['length']} | shoe {r['shoe_25cm']}"
    return details


_FALLBACK_CHART = ("Body bust — XS: 78–82 cm, S: 82–86 cm, M: 86–92 cm, L: 92–98 cm; "
                   "waist XS 62 cm, S 66 cm, M 72 cm, L 78 cm")


def _size_chart_fact(ctx) -> tuple[str, str]:
    """The sample dress's ``size_chart`` fact when the catalog is there, else the same text built in."""
    try:
        from studio.services.catalog import get_product_by_ref

        product = get_product_by_ref(ctx.db, "linen-wrap-dress")
        for fact in product.facts:
            if fact.key == "size_chart" and fact.value:
                return fact.value, "catalog fact size_chart of linen-wrap-dress"
    except Exception:  # noqa: BLE001 - the demo also runs without the catalog step
        pass
    return _FALLBACK_CHART, "built-in example (sample catalog not imported)"
