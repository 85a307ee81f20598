"""``studio insights`` — what was posted, how it did and what sold (issue 20).

```
studio insights [--product REF] [--market M] [--channel C] [--json]      per product × market × channel
studio insights best-times --account NAME [--min-posts N] [--json]       weekday × hour from its own posts
studio insights compare --draft ID [--a N --b N] [--channel C] [--json]  two variants: beyond noise or not
studio insights next-variant --draft ID [--version N] [--provider NAME] [--json]
studio insights export --market M --out DIR [--channel C] [--json]       CSV + one-page PDF
studio insights lives [--json]                                          orders attributed to each livestream kit
studio insights load-sample [--json]      sample accounts, posts, metrics, orders (marked; approved sample drafts)
studio insights remove-sample [--json]    delete exactly what load-sample added
```
Every figure is printed with its sample size (n = posts behind it). Orders "via UTM" are attributed through the
shop link's UTM tags; "correlation" orders are the product's sales in the 72 h after posts without such a link.
"""

from __future__ import annotations

from typing import Any

from studio.cli.common import add_command, emit
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "insights", "per product × market × channel: posts, views, engagement, clicks, orders, "
                                     "revenue (with sample sizes); best times; variant comparison; next variant; "
                                     "export", run)
    p.add_argument("action", nargs="?", default="table",
                   choices=["table", "best-times", "compare", "next-variant", "export", "lives", "load-sample",
                            "remove-sample"],
                   help="table (default) | best-times | compare | next-variant | export | lives | load-sample | "
                        "remove-sample")
    p.add_argument("--product", metavar="REF", help="handle or SKU")
    p.add_argument("--market", metavar="M", help="locale tag, e.g. de-DE")
    p.add_argument("--channel", metavar="C", help="platform: tiktok, instagram, facebook, youtube, x, pinterest, "
                                                  "threads")
    p.add_argument("--account", metavar="NAME", help="best-times: the account")
    p.add_argument("--min-posts", type=int, default=None, help="best-times: posts needed before the map is shown")
    p.add_argument("--draft", type=int, metavar="ID", help="compare / next-variant: the draft")
    p.add_argument("--a", type=int, metavar="N", help="compare: first version number")
    p.add_argument("--b", type=int, metavar="N", help="compare: second version number")
    p.add_argument("--version", type=int, metavar="N",
                   help="next-variant: start from this version (default: the better-performing one)")
    p.add_argument("--provider", metavar="NAME", help="next-variant: LLM provider (default: settings / offline)")
    p.add_argument("--out", metavar="DIR", help="export: folder for insights-<market>.csv and .pdf")


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.2%}"


def run(args) -> int:
    from studio.services import insights
    from studio.storage.db import default_database

    db = default_database()
    if args.action in ("load-sample", "remove-sample"):
        from studio.services import insights_sample

        if args.action == "load-sample":
            info = insights_sample.describe(db)
            if not info["products"]:
                raise StudioError("the catalog is empty: load the sample catalog (studio demo) or import products "
                                  "first (studio import FILE)")
            res = insights_sample.load_sample(db)
            if not res.get("created"):
                raise StudioError("sample data is loaded already; remove it with: studio insights remove-sample")
            emit(args, {**res, "added": info}, lambda: print(
                f"added sample data: accounts {', '.join(info['accounts'])}; {info['drafts']} approved sample "
                f"drafts; {res['posts']} posts; {res['order_lines']} order lines "
                "(remove with: studio insights remove-sample)"))
            return 0
        res = insights_sample.remove_sample(db)
        if not res["removed"]:
            raise StudioError("no sample data to remove (add some with: studio insights load-sample)")
        emit(args, res, lambda: print(f"removed sample data: {res['accounts']} accounts, {res['posts']} posts, "
                                      f"{res['drafts']} drafts, {res['order_lines']} order lines"))
        return 0
    if args.action == "table":
        rows = insights.table(db, args.product, args.market, args.channel)
        data: Any = [r.as_dict() for r in rows]

        def human() -> None:
            if not rows:
                print("no published posts match (publish some, then `studio metrics sync`)")
                return
            print(f"{'PRODUCT':<20} {'MARKET':<6} {'CHANNEL':<9} {'POSTS':>5}  {'VIEWS (n)':>14}  "
                  f"{'ENGAGEMENT (n; views)':>26}  {'CLICKS (n)':>11}  {'UTM ORDERS (n)':>14}  REVENUE  "
                  f"{'CORRELATION ORDERS (n)':>22}")
            for r in rows:
                views = "—" if r.views.value is None else f"{r.views.value:,}"
                clicks = "—" if r.clicks.value is None else f"{r.clicks.value:,}"
                eng = f"{_pct(r.engagement_rate.value)} ({r.engagement_rate.n}; {r.engagement_rate.base or 0:,})"
                rev = "; ".join(f"{v} {k}" for k, v in r.revenue.items()) or "0"
                print(f"{r.product[:20]:<20} {r.market:<6} {r.channel:<9} {r.posts:>5}  "
                      f"{views + f' ({r.views.n})':>14}  {eng:>26}  {clicks + f' ({r.clicks.n})':>11}  "
                      f"{f'{r.orders.value} ({r.orders.n})':>14}  {rev}  "
                      f"{f'{r.corr_orders.value} ({r.corr_orders.n})':>22}")
            print("n = posts behind each figure; correlation orders = product sales in the 72 h after posts "
                  "without a UTM link (not attribution)")

        emit(args, data, human)
        return 0
    if args.action == "best-times":
        if not args.account:
            raise StudioError("'studio insights best-times' needs --account NAME (see `studio accounts list`)")
        kw = {"min_posts": args.min_posts} if args.min_posts is not None else {}
        res = insights.best_times(db, args.account, **kw)

        def human_bt() -> None:
            print(f"{res['account']} ({res['platform']}): {res['posts_with_rate']} of {res['posts']} posts with a "
                  f"known engagement rate; times in {res['timezone']}")
            if not res["shown"]:
                print(res["reason"] + (f" (sync metrics with `{res['sync']}`)" if res.get("sync") else ""))
                return
            print(f"overall {_pct(res['overall_rate'])}; best (mean rate, 95% bootstrap interval, posts):")
            for c in res["best"]:
                print(f"  {c['day']} {c['hour']:02d}:00  {_pct(c['rate'])}  [{_pct(c['ci_low'])} – "
                      f"{_pct(c['ci_high'])}]  n={c['posts']}" + ("  above average" if c["above_average"] else ""))
            print(res["method"])

        emit(args, res, human_bt)
        return 0
    if args.action == "lives":
        kits = insights.lives(db)

        def human_lives() -> None:
            if not kits:
                print("no livestream kits yet (studio kit …); orders reach a live through its links' UTM tags")
                return
            for k in kits:
                rev = "; ".join(f"{v} {c}" for c, v in k["revenue"].items()) or "0"
                print(f"#{k['kit_id']} {k['name']} ({k['platform']}, {k['market']}): {k['orders']} orders, "
                      f"{k['units']} units, {rev} via UTM")

        emit(args, kits, human_lives)
        return 0
    if args.action in ("compare", "next-variant") and args.draft is None:
        raise StudioError(f"'studio insights {args.action}' needs --draft ID (see `studio drafts`)")
    if args.action == "compare":
        res = insights.compare(db, args.draft, args.a, args.b, args.channel)

        def human_cmp() -> None:
            print(f"draft {res['draft_id']}: {res['product']} · {res['market']} · {res['channel']}")
            for v in res["variants"]:
                print(f"  version {v['version']}: {v['posts']} posts, mean rate {_pct(v['mean_rate'])}, pooled "
                      f"{_pct(v['pooled_rate'])} of {v['views']:,} views")
            print(res["verdict"])
            print(res["assumptions"])

        emit(args, res, human_cmp)
        return 0
    if args.action == "next-variant":
        nv = insights.next_variant(db, args.draft, args.version, args.provider)

        def human_nv() -> None:
            a = nv.angle
            print(f"draft {nv.draft_id}: version {nv.new_version} written from version {nv.from_version} "
                  f"({nv.provider}); angle kept: hook {a['hook_type']}, first benefit {a['first_benefit'] or '—'}, "
                  f"CTA {a['cta']!r}, ~{a['length']} characters, {len(a['hashtags'])} hashtags")
            print(nv.comparison.get("verdict", ""))
            print(nv.text)

        emit(args, nv, human_nv)
        return 0
    if not args.market or not args.out:
        raise StudioError("'studio insights export' needs --market M and --out DIR")
    res = insights.export(db, args.market, args.out, channel=args.channel)
    emit(args, res, lambda: print(f"wrote {res['csv']} and {res['pdf']} ({res['rows']} rows)"))
    return 0
