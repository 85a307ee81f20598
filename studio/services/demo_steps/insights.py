"""Demo step 56 (issue 20): orders and Insights for what step 55 published to the emulated accounts.

Writes a small order export in Shopify's column layout (``demo-orders.csv`` in the demo folder: fictional
customers at example.com, so the import shows what it drops) with orders of the products the emulated accounts
posted, imports it through the real importer (personal columns dropped and named), and reports the Insights
table per product × market × channel with sample sizes. The demo's posts carry no UTM link, so their orders show
as correlation (the product's sales in the 72 h after a post), never as attributed sales.
"""

from __future__ import annotations

ORDER = 56
TITLE = "Import demo orders (Shopify layout, personal data dropped) and show Insights per product × market"


def run(ctx) -> dict:
    import csv
    from datetime import UTC, timedelta

    from sqlalchemy import select

    from studio import clock
    from studio.services import insights, orders
    from studio.storage import models as m

    names = ctx.state.get("metrics_accounts") or []
    with ctx.db.session() as s:
        q = (select(m.Post.id, m.Post.product_id, m.Post.market, m.Post.published_at, m.Variant.sku, m.Product.title)
             .join(m.Account, m.Account.id == m.Post.account_id).join(m.Product, m.Product.id == m.Post.product_id)
             .outerjoin(m.Variant, m.Variant.product_id == m.Product.id)
             .where(m.Post.state == "published", m.Account.name.in_(names)).order_by(m.Post.id))
        posts = s.execute(q).all()
    if not posts:
        return {"skipped": "no posts on the emulated accounts (step 55 did not publish)"}
    now = clock.now()
    rows = []
    seen: set[int] = set()
    n = 0
    for post_id, _pid, market, published, sku, title in posts:
        if post_id in seen:
            continue
        seen.add(post_id)
        at = (published if published.tzinfo else published.replace(tzinfo=UTC)) if published else now
        for k in range(2):
            n += 1
            # just after the post (the export's times are whole seconds; the demo's posts are seconds old)
            when = at.replace(microsecond=0) + timedelta(seconds=1 + k)
            country = (market or "en-US")[-2:].upper()
            rows.append({"Name": f"#D{1000 + n}", "Email": f"customer{n}@example.com", "Financial Status": "paid",
                         "Currency": "EUR" if country in ("DE", "FR", "ES", "IT") else "USD",
                         "Created at": when.strftime("%Y-%m-%d %H:%M:%S +0000"), "Lineitem quantity": "1",
                         "Lineitem name": title or "", "Lineitem price": "29.00", "Lineitem sku": sku or "",
                         "Lineitem discount": "0.00", "Billing Name": f"Demo Customer {n}",
                         "Shipping Address1": f"{n} Example Street", "Shipping Country": country,
                         "Phone": f"+1 555 01{n:02d}"})
    path = ctx.out / "demo-orders.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    report = orders.import_orders(ctx.db, path, "shopify")
    table = [r for r in insights.table(ctx.db) if r.product]
    lines = [f"{r.product} {r.market} {r.channel}: {r.posts} posts, views {r.views.text()}, engagement "
             f"{r.engagement_rate.text(pct=True)}, correlation orders {r.corr_orders.value} (n={r.corr_orders.n})"
             for r in table[:4]]
    return {
        "orders": report.summary(),
        "privacy": report.privacy_note(),
        "insights": "; ".join(lines) or "no rows",
        "see": "studio insights   ·   studio insights best-times --account demo-x   ·   the app's Insights section",
    }
