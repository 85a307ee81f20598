"""``studio metrics sync [--account NAME] [--since DATE]`` and ``studio metrics [--product REF] [--market M]
[--channel C]`` — fetch published posts' metrics from the platforms (resumable), and show the latest per post
(unknown shown as "unknown", never 0)."""

from __future__ import annotations

import sys

from studio.cli.common import add_command, emit

SHOWN = ("views", "impressions", "likes", "comments", "shares", "reposts", "saves", "clicks", "watch_seconds")


def register(sub) -> None:
    p = add_command(sub, "metrics", "post metrics: 'studio metrics sync' fetches them from the platforms "
                                    "(resumable); 'studio metrics' shows the latest per post", run)
    p.add_argument("action", nargs="?", choices=["sync"], help="sync: fetch metrics now")
    p.add_argument("--account", metavar="NAME", help="sync: only this account's posts")
    p.add_argument("--since", metavar="DATE", help="sync: only posts published on/after DATE (YYYY-MM-DD)")
    p.add_argument("--fresh", action="store_true", help="sync: start a new run instead of resuming an unfinished one")
    p.add_argument("--max-wait", type=float, default=None, metavar="SECONDS",
                   help="sync: longest rate-limit wait to sit through before leaving an account for later "
                        "(default 900)")
    p.add_argument("--product", metavar="REF", help="show: a product handle or variant SKU")
    p.add_argument("--market", metavar="M", help="show: a market (de-DE)")
    p.add_argument("--channel", metavar="C", help="show: a platform (x, tiktok…) or an account name")
    p.add_argument("--post", type=int, metavar="ID", help="show: every fetch of one post (its time series)")


def _fmt(v) -> str:
    if v is None:
        return "unknown"
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.1f}"
    return f"{int(v):,}"


def run(args) -> int:
    from studio.domain import StudioError
    from studio.services import metrics
    from studio.storage.db import default_database

    db = default_database()
    if args.action == "sync":
        if args.product or args.market or args.channel:
            raise StudioError("--product/--market/--channel filter what 'studio metrics' shows; 'metrics sync' "
                              "takes --account and --since")

        def progress(fraction: float, message: str) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{fraction:4.0%} {message[:100]:100}", end="", file=sys.stderr, flush=True)

        kw = {"max_wait_s": args.max_wait} if args.max_wait is not None else {}
        res = metrics.sync(db, account=args.account, since=args.since, progress=progress, resume=not args.fresh,
                           **kw)
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)

        def human() -> None:
            print(f"run {res.run_id} ({'resumed' if res.resumed else 'new'}): {res.state} — {res.total} published "
                  f"posts, {res.fetched} with metrics, {res.pending} pending, {res.failed} failed; "
                  f"{res.requests} platform requests, {res.waited_s:.1f} s waited for rate limits")
            for f in res.failures[:20]:
                print(f"  post {f['post_id']}: {f['reason']}")
            if len(res.failures) > 20:
                print(f"  … {len(res.failures) - 20} more (studio metrics sync --json lists them all)")
            for p in res.pending_posts[:10]:
                print(f"  post {p['post_id']} pending: {p['reason']}")
            for s in res.stopped:
                print(f"  stopped: {s}")
            for s in res.skipped_accounts:
                print(f"  left out: {s}")

        emit(args, res.as_dict(), human)
        return 0 if res.state in ("done", "incomplete") and not (res.failed and not res.fetched) else 1
    if args.account or args.since or args.fresh:
        raise StudioError("--account/--since/--fresh belong to 'studio metrics sync'; to filter what is shown use "
                          "--product, --market or --channel")
    if args.post is not None:
        points = metrics.series(db, args.post)
        if not points:
            with db.session() as s:
                from studio.storage import models as m

                known = s.get(m.Post, args.post) is not None
            raise StudioError(f"post {args.post} has no metrics yet: run studio metrics sync" if known else
                              f"no post {args.post} (see studio queue)")

        def show_series() -> None:
            print(f"{'fetched':16} " + " ".join(f"{c[:9]:>9}" for c in SHOWN))
            for pt in points:
                print(f"{pt['fetched_at'][:16].replace('T', ' '):16} "
                      + " ".join(f"{_fmt(pt.get(c)):>9}" for c in SHOWN))
                if pt.get("note"):
                    print(f"      ↳ {pt['note']}")

        emit(args, points, show_series)
        return 0
    rows = metrics.latest(db, product=args.product, market=args.market, channel=args.channel)

    def show() -> None:
        if not rows:
            print("no published posts match; publish with studio worker, then run: studio metrics sync")
            return
        print(f"{'post':>5} {'account':14} {'product':22} {'market':7} " + " ".join(f"{c[:9]:>9}" for c in SHOWN)
              + f" {'engaged':>9}  fetched")
        for r in rows:
            fetched = r.fetched_at.strftime("%Y-%m-%d %H:%M") if r.fetched_at else "never (studio metrics sync)"
            print(f"{r.post_id:5} {r.account[:14]:14} {(r.product or '-')[:22]:22} {(r.market or '-'):7} "
                  + " ".join(f"{_fmt(r.metrics.get(c)):>9}" for c in SHOWN) + f" {_fmt(r.engagement):>9}  {fetched}")
            if r.note:
                print(f"      ↳ {r.note}")

    emit(args, [r.as_dict() for r in rows], show)
    return 0
