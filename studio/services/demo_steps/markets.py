"""Demo step 15: the market registry formats the same price, date and sizes four ways."""

from __future__ import annotations

import datetime as dt
import json

ORDER = 15
TITLE = "Markets: one price, date and size in four markets"
TAGS = ("de-DE", "ar-SA", "ja-JP", "th-TH", "en-US")


def run(ctx) -> dict:
    from localization.formatting import format_date, format_length, format_price, shoe_sizes
    from localization.markets import all_markets, get_market, upcoming_festivals

    rows = []
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
    out = ctx.out / "markets.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    ctx.state["markets"] = list(TAGS)
    details = {"markets_in_registry": len(all_markets()), "file": str(out)}
    for r in rows:
        details[r["tag"]] = f"{r['price']} | {r['date']} | {r['length']} | shoe {r['shoe_25cm']}"
    return details
