"""``studio brief --product REF --market M --creator NAME --out DIR [--platform P]`` — a creator brief as PDF,
text for messaging apps and JSON (issue 21 item 2)."""

from __future__ import annotations

from datetime import date

from studio.cli.common import add_command, emit
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "brief", "write a creator brief (PDF + text for messaging apps) for a product × market", run)
    p.add_argument("--product", required=False, help="handle or SKU")
    p.add_argument("--market", required=False, help="locale tag, e.g. ar-SA")
    p.add_argument("--creator", required=False, help="the creator's name on the roster (studio creators add …)")
    p.add_argument("--out", required=False, help="folder to write the brief into")
    p.add_argument("--platform", help="tiktok, instagram, youtube, facebook, x, threads, pinterest "
                                      "(default: the creator's first platform)")
    p.add_argument("--campaign", help="UTM campaign name (default: creator)")
    p.add_argument("--code", help="discount code to give the creator (default: from their ref); create it in your shop")
    p.add_argument("--deliverable", action="append", default=[], help="what to deliver (repeatable)")
    p.add_argument("--starts", help="first posting day, YYYY-MM-DD (default: in 7 days)")
    p.add_argument("--ends", help="last posting day, YYYY-MM-DD (default: 14 days after --starts)")
    p.add_argument("--draft-due", help="draft due for review, YYYY-MM-DD (default: 2 days before --starts)")
    p.add_argument("--store-url", help="store base URL; links are <url>/products/<handle> (default: Livestream's)")
    p.add_argument("--provider", help="LLM provider for the sample caption (default: the configured one)")
    p.add_argument("--no-sample", action="store_true", help="leave out the sample caption (no model call)")


def _day(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StudioError(f"{flag} {value!r} is not a date; write YYYY-MM-DD (e.g. 2026-12-10)") from None


def run(args) -> int:
    from studio.services import briefs
    from studio.settings import Settings
    from studio.storage.db import default_database

    missing = [f"--{n}" for n in ("product", "market", "creator", "out") if not getattr(args, n)]
    if missing:
        raise StudioError(f"give {' '.join(missing)} (e.g. studio brief --product SKU --market ar-SA "
                          f"--creator 'Lina K.' --out briefs/)")
    req = briefs.BriefRequest(
        product=args.product, market=args.market, creator=args.creator, platform=args.platform,
        campaign=args.campaign, discount_code=args.code, deliverables=args.deliverable or None,
        starts_on=_day(args.starts, "--starts"), ends_on=_day(args.ends, "--ends"),
        draft_due=_day(args.draft_due, "--draft-due"),
        store_url=args.store_url or Settings().get("livestream.store_url"), provider=args.provider,
        sample_caption=not args.no_sample)
    db = default_database()
    brief = briefs.build_brief(db, req)
    files = briefs.export_brief(brief, args.out)
    d = brief.data
    payload = {"brief_id": brief.id, "files": files, "market": d["market"], "platform": d["platform"],
               "disclosure": d["disclosure"], "link": d["link"], "discount_code": d["discount_code"],
               "key_facts": d["key_facts"], "left_out": d["left_out"], "dates": d["dates"],
               "seller_language_parts": d["seller_language_parts"], "sample_caption": d["sample_caption"]}

    def human() -> None:
        disc = d["disclosure"]
        print(f"Brief #{brief.id} for {d['creator']['name']}: {d['product']['title']} · {d['market']} · {d['platform']}")
        print(f"  disclosure: start with '{disc['label']}'; in the app: {disc['control']}"
              + ("" if disc["cited"] else " (no market-specific rule found; verify locally)"))
        print(f"  link: {d['link']}\n  code: {d['discount_code']}")
        for lo in d["left_out"]:
            print(f"  left out: {lo['text']} ({'; '.join(lo['reasons'])})")
        print(f"  PDF: {files['pdf']}\n  text: {files['text']}")

    emit(args, payload, human)
    return 0
