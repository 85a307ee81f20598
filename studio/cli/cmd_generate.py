"""``studio generate --markets de-DE,ar-SA [--products SKU,...] [--kinds listing,caption] [--channel NAME]
[--provider NAME] [--concurrency N] [--json]``

Exits 1 when any item failed (each failed item is printed with its reason), 0 when every item was generated
or skipped as already done."""

from __future__ import annotations

import sys
from datetime import date

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "generate", "generate localized listings, captions, FAQs (and other kinds) as drafts", run)
    p.add_argument("--markets", required=True, help="locale tags, comma-separated (e.g. de-DE,ar-SA)")
    p.add_argument("--products", default="", help="handles or SKUs, comma-separated (default: all products)")
    p.add_argument("--kinds", default="listing,caption", help="kinds, comma-separated (default listing,caption)")
    p.add_argument("--channel", action="append", default=[],
                   help="target marketplace/channel (repeat or comma-separate; default: the market's own)")
    p.add_argument("--provider", default=None, help="offline | openai | transformers (default: settings/env)")
    p.add_argument("--concurrency", type=int, default=4, help="parallel generations (default 4)")
    p.add_argument("--brand-voice", default=None, help="brand voice profile name (default: the default profile)")
    p.add_argument("--campaign-date", default=None, help="YYYY-MM-DD: adds festival context near that date")
    p.add_argument("--no-cache", action="store_true", help="ignore cached results for identical inputs")


def run(args) -> int:
    from studio.services import generation
    from studio.storage.db import default_database

    campaign = None
    if args.campaign_date:
        try:
            campaign = date.fromisoformat(args.campaign_date)
        except ValueError:
            raise StudioError(f"--campaign-date {args.campaign_date!r} is not a date (YYYY-MM-DD)") from None
    targets = [t for c in args.channel for t in split_list(c)] or None
    if args.concurrency < 1:
        raise StudioError("--concurrency must be at least 1")

    def progress(fraction: float, message: str) -> None:
        if not args.json:
            print(f"[{int(fraction * 100):3d}%] {message}", file=sys.stderr)

    res = generation.generate(default_database(), split_list(args.products), split_list(args.markets),
                              split_list(args.kinds), targets, args.provider, args.concurrency, progress,
                              brand_voice=args.brand_voice, campaign_date=campaign, use_cache=not args.no_cache)

    def human() -> None:
        print(f"run {res.run_id}: {res.status} — {res.done} generated, {res.skipped} skipped (already done), "
              f"{res.failed} failed of {res.total} in {res.elapsed:.1f}s; tokens {res.tokens_in}+{res.tokens_out}, "
              f"cost ${res.cost:.4f}")
        for e in res.errors:
            print(f"  failed: {e['item']}: {e['error']}")
        markets = ",".join(split_list(args.markets))
        print(f"See them with: studio drafts --market {split_list(args.markets)[0]}   (markets: {markets})")

    emit(args, res, human)
    if res.failed:
        # any failed item makes the run fail (a batch where a third failed used to exit 0); say which
        if args.json:
            for e in res.errors:
                print(f"failed: {e['item']}: {e['error']}", file=sys.stderr)
        print(f"studio generate: {res.failed} of {res.total} item(s) failed", file=sys.stderr)
        return 1
    return 0
