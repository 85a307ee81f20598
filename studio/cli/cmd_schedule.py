"""``studio schedule`` — queue a product's latest approved caption (with its media) for an account."""

from __future__ import annotations

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "schedule", "schedule the latest approved caption of a product for an account", run)
    p.add_argument("--product", required=True, help="handle or any variant SKU")
    p.add_argument("--market", required=True, help="locale tag, e.g. de-DE")
    p.add_argument("--account", required=True, help="account name (studio accounts list)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--at", help="ISO 8601 time, e.g. 2026-12-01T18:30+01:00 (default: the next free weekly slot); "
                                   "a past time is refused")
    when.add_argument("--now", action="store_true", help="publish as soon as the worker runs")
    p.add_argument("--override-warnings", metavar="REASON",
                   help="publish despite lint warnings; the reason is recorded with the post")
    p.add_argument("--privacy", help="TikTok: one of the creator's privacy options (no default)")
    p.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                   help="platform option, e.g. format=reels, post_mode=inbox, made_for_kids=false")


def run(args) -> int:
    from studio.domain import StudioError
    from studio.services import accounts
    from studio.services.scheduling import gate, slots
    from studio.storage.db import default_database

    db = default_database()
    options: dict = {}
    for item in args.option:
        if "=" not in item:
            raise StudioError(f"--option needs KEY=VALUE, got '{item}'")
        k, v = item.split("=", 1)
        options[k.strip()] = {"true": True, "false": False}.get(v.strip().lower(), v.strip())
    if args.privacy:
        options["privacy_level"] = args.privacy
    at = args.at
    if not at and not args.now:
        at = slots.next_free_slot(db, accounts.get_account(db, args.account).id)
    res = gate.schedule_from_draft(db, product_ref=args.product, market=args.market, account=args.account,
                                         at=at, override_reason=args.override_warnings, options=options,
                                         publish_now=args.now)

    def human() -> None:
        p = res.post
        print(f"post {p.id} scheduled for {p.scheduled_at:%Y-%m-%d %H:%M} UTC on {p.account_name} ({p.platform})"
              + (" — handed to the platform's own scheduler" if p.options.get("native_schedule") else ""))
        for w in res.warnings:
            print(f"  warning: {w}")

    emit(args, {"post": res.post, "warnings": res.warnings, "findings": res.findings}, human)
    return 0
