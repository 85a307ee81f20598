"""``studio queue`` — every post with its state, platform id and last error (and the fixing action)."""

from __future__ import annotations

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "queue", "show the publishing queue (state, platform id, last error)", run)
    p.add_argument("--state", help="only posts in this state")
    p.add_argument("--retry", type=int, metavar="ID", help="put a failed / needs-attention post back in the queue")
    p.add_argument("--cancel", type=int, metavar="ID", help="cancel a post")
    p.add_argument("--confirm-absent", type=int, metavar="ID",
                   help="you checked: a post of unknown outcome is NOT on the platform (allows --retry)")
    p.add_argument("--export-csv", metavar="FILE", help="write the queue as CSV (formula-safe)")
    p.add_argument("--import-csv", metavar="FILE",
                   help="add posts from CSV through the same gate as studio schedule: account, scheduled_at (or "
                        "now), product + market | draft_version | the approved text, [media, first_comment, "
                        "override_warnings]; all or nothing")
    p.add_argument("--media-dir", action="append", default=[], metavar="DIR",
                   help="another folder CSV media may come from (besides the CSV's own folder and the media store)")
    p.add_argument("--export-ics", metavar="FILE", help="write the schedule as iCalendar (.ics)")
    p.add_argument("--planned", action="store_true",
                   help="also list campaign posts that are planned but not queued yet (as the Calendar draws them; "
                        "with --json: {\"posts\": [...], \"planned\": [...]})")


def run(args) -> int:
    from studio.services.scheduling import exchange, queue
    from studio.storage.db import default_database

    db = default_database()
    if args.confirm_absent:
        queue.confirm_absent(db, args.confirm_absent)
    if args.retry:
        queue.retry(db, args.retry)
    if args.cancel:
        queue.cancel(db, args.cancel)
    if args.import_csv:
        res = exchange.import_csv(db, args.import_csv, media_roots=args.media_dir)
        if not args.json:
            print(res.message)
    if args.export_csv:
        exchange.export_csv(db, args.export_csv)
    if args.export_ics:
        exchange.export_ics(db, args.export_ics)
    posts = queue.list_posts(db, states=(args.state,) if args.state else None)
    planned: list = []
    if args.planned:
        from studio.services import campaigns

        planned = campaigns.planned_slots(db)

    def human() -> None:
        if not posts and not planned:
            print("the queue is empty; schedule with: studio schedule --product SKU --market M --account NAME --at …")
        for p in posts:
            line = f"{p.id:5} {p.scheduled_at:%Y-%m-%d %H:%M}Z {p.display_state:15} {p.account_name:16} {p.platform:9}"
            if p.platform_post_id:
                line += f" id={p.platform_post_id}"
            print(line)
            if p.last_error and p.state != "published":
                print(f"      ↳ {p.last_error}" + (f" — fix: {p.error_action}" if p.error_action else ""))
        for sl in planned:  # a campaign's plan, not queued yet (studio campaign schedule NAME queues it)
            print(f"    ◇ {sl.planned_at:%Y-%m-%d %H:%M}Z planned         {sl.campaign} · {sl.phase}{sl.step} · "
                  f"{sl.market} {sl.local_time[11:]} · {sl.channel} · {sl.status}")

    emit(args, {"posts": posts, "planned": planned} if args.planned else posts, human)
    return 0
