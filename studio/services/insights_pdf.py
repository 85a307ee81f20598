"""The one-page Insights PDF per market (fpdf2), with the fonts the video renderer resolves (Noto, per script).

A4 landscape: the market's product × channel table (each figure with its sample size), a bar per row for the
engagement rate, and the notes on method (attributed vs correlation, sample sizes). Rows beyond one page are
left to the CSV, and the page says how many.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

MAX_ROWS = 22


def _fonts(pdf: Any, language: str) -> None:
    from studio import registry

    video = registry.video_renderer()
    latin = video.font_path("latin")
    if not latin:
        raise FileNotFoundError("no Latin font found for the PDF report (install fonts-noto-core)")
    pdf.add_font("Main", fname=latin)
    fallbacks = []
    main_script = video.script_for_language(language)
    for script in dict.fromkeys([main_script, "arabic", "cjk", "thai", "devanagari"]):
        if script == "latin":
            continue
        path = video.font_path(script)
        if path:
            kw: dict[str, Any] = {"collection_font_number": 0} if path.endswith(".ttc") else {}
            pdf.add_font(f"F{script}", fname=path, **kw)
            fallbacks.append(f"F{script}")
    pdf.set_font("Main", size=9)
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)
    pdf.set_text_shaping(use_shaping_engine=True)


def write_report(path: Path, market: str, rows: list[Any], *, generated: datetime) -> Path:
    from fpdf import FPDF

    from localization.markets import get_market

    mk = get_market(market)
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _fonts(pdf, mk.language)
    pdf.set_font_size(16)
    pdf.cell(0, 9, f"Insights — {mk.tag}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(8)
    total_posts = sum(r.posts for r in rows)
    pdf.cell(0, 5, f"{total_posts} published posts in {len(rows)} product × channel slices · generated "
                   f"{generated.strftime('%Y-%m-%d %H:%M UTC')} · n = posts behind each figure",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    cols = [("Product", 52), ("Channel", 18), ("Posts", 11), ("Views (n)", 27), ("Engagement rate (n; views)", 58),
            ("Clicks (n)", 22), ("Orders via UTM (n)", 28), ("Revenue via UTM", 29), ("Correlation orders (n)", 32)]
    pdf.set_fill_color(235, 235, 240)
    for title, w in cols:
        pdf.cell(w, 6, title, border=1, fill=True)
    pdf.ln()
    shown = rows[:MAX_ROWS]
    best = max((r.engagement_rate.value or 0 for r in shown), default=0) or 1
    for r in shown:
        er = r.engagement_rate
        cells = [
            (r.title or r.product)[:34], r.channel, str(r.posts),
            "—" if r.views.value is None else f"{r.views.value:,} ({r.views.n})",
            "", "—" if r.clicks.value is None else f"{r.clicks.value:,} ({r.clicks.n})",
            f"{r.orders.value} ({r.orders.n})",
            "; ".join(f"{v} {k}" for k, v in sorted(r.revenue.items())) or "0",
            f"{r.corr_orders.value} ({r.corr_orders.n})",
        ]
        y = pdf.get_y()
        x = pdf.get_x()
        for (title, w), text in zip(cols, cells, strict=True):
            if title.startswith("Engagement"):
                pdf.cell(w, 6, "", border=1)
                if er.value is not None:
                    bar = (w - 36) * (er.value / best)  # the bar left, the figure right: never overlapping
                    pdf.set_fill_color(70, 110, 200)
                    pdf.rect(pdf.get_x() - w + 1, y + 1.5, max(bar, 0.5), 3, style="F")
                    pdf.set_xy(pdf.get_x() - 34, y)
                    pdf.cell(34, 6, f"{er.value:.2%} ({er.n}; {er.base:,})", align="R")
                else:
                    pdf.set_xy(pdf.get_x() - 34, y)
                    pdf.cell(34, 6, f"— ({er.n})", align="R")
            else:
                pdf.cell(w, 6, text, border=1)
        pdf.set_xy(x, y + 6)
    if len(rows) > MAX_ROWS:
        pdf.ln(1)
        pdf.cell(0, 5, f"{len(rows) - MAX_ROWS} more slices in the CSV export.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-38)
    pdf.set_font_size(7)
    notes = [
        "Engagement rate = engagements (likes, comments, shares, reposts, quotes, saves the platform reports) ÷ views "
        "(impressions where no views); a metric a platform does not report is unknown, never 0.",
        "Orders via UTM: order lines whose UTM campaign/source/content match the post's shop link (attributed). "
        "Correlation orders: orders of the product in the 72 h after posts without a UTM link — correlation, not "
        "attribution; never added to the attributed figures.",
        "n = number of posts behind the figure; engagement also names the views it rests on. Small n: read with care.",
    ]
    for n in notes:
        pdf.multi_cell(0, 3.5, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
