"""``studio share --product REF --market M [--app whatsapp]`` — share texts for messaging apps (issue 21 item 4)."""

from __future__ import annotations

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "share", "short share texts with the shop link for WhatsApp, LINE, WeChat, Telegram, Messenger",
                    run)
    p.add_argument("--product", help="handle or SKU")
    p.add_argument("--market", help="locale tag, e.g. th-TH")
    p.add_argument("--app", help="whatsapp, line, wechat, telegram, messenger (comma-separated; default: all)")
    p.add_argument("--store-url", help="store base URL (default: Livestream's)")
    p.add_argument("--campaign", default="share", help="UTM campaign (default: share)")


def run(args) -> int:
    from studio.services import share
    from studio.settings import Settings
    from studio.storage.db import default_database

    if not args.product or not args.market:
        raise StudioError("give --product SKU --market M (e.g. studio share --product MUG-1 --market th-TH)")
    texts = share.share_texts(default_database(), args.product, args.market, apps=split_list(args.app) or None,
                              store_url=args.store_url or Settings().get("livestream.store_url"),
                              campaign=args.campaign)

    def human() -> None:
        for t in texts:
            print(f"— {share.APPS[t.app].name} ({t.market})\n{t.text}")
            if t.share_url:
                print(f"  share link: {t.share_url}")
            for n in t.notes:
                print(f"  note: {n}")
            print()

    emit(args, texts, human)
    return 0
