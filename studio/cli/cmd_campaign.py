"""``studio campaign`` — festival campaigns as one unit (issue 21 item 1).

  studio campaign create --name N --festival ID --markets ar-SA,ar-AE --products SKU,… --channels instagram,…
                         [--start DATE --end DATE] [--segments a,b] [--discount 20] [--code RAMADAN27]
                         [--price ar-SA=149] [--account instagram=NAME]
  studio campaign list | plan NAME | generate NAME | approve NAME | schedule NAME | show NAME | delete NAME
  studio campaign offer NAME [--discount PCT] [--code CODE] [--price MARKET=AMOUNT] [--offer-start/--offer-end D]
"""

from __future__ import annotations

from studio.cli.common import add_command, emit, split_list


def register(sub) -> None:
    p = add_command(sub, "campaign", "festival campaigns: plan, generate, approve and schedule as one unit", _help)
    cs = p.add_subparsers(dest="campaign_cmd", metavar="SUBCOMMAND")

    c = add_command(cs, "create", "create a campaign (usually anchored on a festival of the markets)", run_create)
    c.add_argument("--name", required=True)
    c.add_argument("--festival", help="festival id from studio markets (e.g. ramadan, 11-11; ramadan-2027 for a year)")
    c.add_argument("--markets", required=True, help="locale tags, comma-separated (ar-SA,ar-AE)")
    c.add_argument("--products", required=True, help="handles or SKUs, comma-separated")
    c.add_argument("--channels", required=True, help="instagram, tiktok, facebook, x, threads, pinterest, youtube")
    c.add_argument("--start", help="first day (YYYY-MM-DD; default: two weeks before the festival)")
    c.add_argument("--end", help="last day (YYYY-MM-DD; default: the festival's last day)")
    c.add_argument("--segments", help="segment names (studio segments list); one variant per segment")
    c.add_argument("--discount", help="the campaign's discount in percent (e.g. 20)")
    c.add_argument("--code", help="the campaign's promo code (e.g. RAMADAN27)")
    c.add_argument("--price", action="append", default=[], metavar="MARKET=AMOUNT",
                   help="the sale price in a market's currency (e.g. ar-SA=149)")
    c.add_argument("--offer-start", help="first day of the offer (default: the festival's first day)")
    c.add_argument("--offer-end", help="last day of the offer (default: the campaign's last day)")
    c.add_argument("--account", action="append", default=[], metavar="CHANNEL=NAME",
                   help="the account that posts a channel (default: the only account for it)")

    o = add_command(cs, "offer", "change the campaign's offer (then generate again: old wording is refused)",
                    run_offer)
    o.add_argument("name")
    o.add_argument("--discount", help="percent; 0 removes the discount")
    o.add_argument("--code", help="promo code; '-' removes it")
    o.add_argument("--price", action="append", default=[], metavar="MARKET=AMOUNT",
                   help="a market's sale price; MARKET= removes it")
    o.add_argument("--offer-start")
    o.add_argument("--offer-end")
    add_command(cs, "list", "list campaigns with their status", run_list)
    cal = add_command(cs, "calendar", "the campaigns' posts by day on each market's clock: planned slots (not "
                                      "queued yet) and scheduled posts — what the app's Calendar draws", run_calendar)
    cal.add_argument("name", nargs="?", help="one campaign (default: every campaign)")
    cal.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (default: no limit)")
    cal.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day, included (default: no limit)")
    pl = add_command(cs, "plan", "propose (or refresh) the content plan on each market's calendar", run_plan)
    pl.add_argument("name", nargs="?", help="the campaign (studio campaign list)")
    pl.add_argument("--festival", help="a festival has no plan of its own: with an id (ramadan-2025) this says whether "
                                       "that edition can still be planned and how to create its campaign")
    for name, text, fn in (("show", "the campaign with its plan, status and results", run_show),
                           ("delete", "delete the campaign and its plan (drafts and queued posts stay)", run_delete)):
        s = add_command(cs, name, text, fn)
        s.add_argument("name")
    g = add_command(cs, "generate", "generate every planned post's caption with the festival and offer", run_generate)
    g.add_argument("name")
    g.add_argument("--provider", help="LLM provider (default: the configured one; offline without one)")
    g.add_argument("--concurrency", type=int, default=2)
    a = add_command(cs, "approve", "approve the campaign's drafts (errors refuse unless --reason)", run_approve)
    a.add_argument("name")
    a.add_argument("--reason", help="approve drafts with error findings anyway; the reason is recorded")
    a.add_argument("--allow-warnings", action="store_true",
                   help="approve drafts with warning findings too (as studio drafts approve --all-clean "
                        "--allow-warnings); without it they are left for review")
    sc = add_command(cs, "schedule", "queue every approved post at its planned time through the gate", run_schedule)
    sc.add_argument("name")
    sc.add_argument("--account", action="append", default=[], metavar="CHANNEL=NAME")
    sc.add_argument("--override-warnings", metavar="REASON",
                    help="queue despite lint warnings; the reason is recorded with each post")


def _help(args) -> int:
    import sys

    print("usage: studio campaign {create,list,calendar,plan,offer,generate,approve,schedule,show,delete} …  (studio campaign "
          "--help)", file=sys.stderr)
    return 2


def _pairs(items: list[str], flag: str) -> dict[str, str]:
    from studio.domain import StudioError

    out = {}
    for item in items:
        if "=" not in item:
            raise StudioError(f"{flag} needs KEY=VALUE, got '{item}'")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _db():
    from studio.storage.db import default_database

    return default_database()


def _print_campaign(c, items: bool = True) -> None:
    fest = f"{c.festival_name} ({c.festival_id})" if c.festival_id else "no festival"
    print(f"{c.name}: {fest}, {c.starts_on} – {c.ends_on} · {', '.join(c.markets)} · {', '.join(c.channels)} · "
          f"{len(c.products)} product(s) · status {c.status}")
    offer = c.offer
    parts = [f"-{offer['discount_percent']}%" if offer.get("discount_percent") else "",
             offer.get("code") or "", ", ".join(f"{k} {v}" for k, v in (offer.get("prices") or {}).items()),
             f"{offer.get('starts_on')} – {offer.get('ends_on')}"]
    print("  offer: " + " · ".join(p for p in parts if p))
    if c.segments:
        print("  segments: " + ", ".join(c.segments))
    if c.counts:
        print("  " + ", ".join(f"{n} {k}" for k, n in c.counts.items()))
    for w in getattr(c, "warnings", None) or []:
        print(f"  warning: {w}")
    if c.results:
        print("  results: " + ", ".join(f"{k} {v}" for k, v in c.results.items() if v is not None))
    if items:
        for i in c.items:
            seg = f" [{i.segment}]" if i.segment else ""
            errs = f" · {i.findings} error(s)" if i.findings else ""
            phase = f"{i.phase} {i.step}" if i.phase == "teaser" else i.phase  # 'teaser 1', 'teaser 2' as in the app
            print(f"  {i.local_time}  {phase:<9} {i.market:<6} {i.channel:<9} {i.product_handle}{seg} — "
                  f"{i.status}" + (f" (draft {i.draft_id})" if i.draft_id else "")
                  + (f" (post {i.post_id})" if i.post_id else "") + errs)


def run_create(args) -> int:
    from studio.services import campaigns

    offer = {"discount_percent": args.discount, "code": args.code, "prices": _pairs(args.price, "--price"),
             "starts_on": args.offer_start, "ends_on": args.offer_end}
    c = campaigns.create_campaign(_db(), args.name, festival=args.festival, markets=split_list(args.markets),
                                  products=split_list(args.products), channels=split_list(args.channels),
                                  start=args.start, end=args.end, segments=split_list(args.segments),
                                  accounts=_pairs(args.account, "--account"),
                                  offer={k: v for k, v in offer.items() if v})
    def human() -> None:
        _print_campaign(c)
        print(f"next: studio campaign plan '{c.name}'")

    emit(args, c, human)
    return 0


def run_offer(args) -> int:
    from studio.domain import StudioError
    from studio.services import campaigns

    changes: dict = {}
    if args.discount is not None:
        changes["discount_percent"] = None if args.discount.strip() in ("0", "-") else args.discount
    if args.code is not None:
        changes["code"] = None if args.code.strip() == "-" else args.code
    if args.price:
        changes["prices"] = _pairs(args.price, "--price")
    if args.offer_start:
        changes["starts_on"] = args.offer_start
    if args.offer_end:
        changes["ends_on"] = args.offer_end
    if not changes:
        raise StudioError("nothing to change; give --discount, --code, --price, --offer-start or --offer-end")
    c = campaigns.update_offer(_db(), args.name, changes)

    def human() -> None:
        _print_campaign(c, items=False)
        print(f"next: studio campaign generate '{c.name}' (posts written with the old offer are refused by the "
              "checks until then)")

    emit(args, c, human)
    return 0


def run_list(args) -> int:
    from studio.services import campaigns

    cs = campaigns.list_campaigns(_db())

    def human() -> None:
        if not cs:
            print("no campaigns yet; create one: studio campaign create --name N --festival ID --markets … "
                  "--products … --channels …")
        for c in cs:
            _print_campaign(c, items=False)

    emit(args, cs, human)
    return 0


def _plan_which(args) -> int:
    """``plan --festival ID``: a plan belongs to a campaign. A past edition is refused with its dates and the next
    edition (``campaigns.edition_over``); an edition still ahead is named, with the command that creates its campaign."""
    from studio.domain import StudioError
    from studio.services import campaigns

    if not args.festival:
        raise StudioError("name the campaign to plan", hint="studio campaign list")
    fid, name, start, end = campaigns.festival_window(args.festival, [])
    raise StudioError(f"a plan belongs to a campaign: create the campaign for {name} {start.year} ({start} – {end}) "
                      "first, then plan it by its name",
                      hint=f"studio campaign create --name NAME --festival {fid}-{start.year} --markets … --products … "
                           "--channels …")


def run_plan(args) -> int:
    from studio.services import campaigns

    if args.festival or not args.name:
        return _plan_which(args)
    c = campaigns.plan(_db(), args.name)
    def human() -> None:
        _print_campaign(c)
        print(f"next: studio campaign generate '{c.name}'")

    emit(args, c, human)
    return 0


def run_show(args) -> int:
    from studio.services import campaigns

    c = campaigns.get_campaign(_db(), args.name)
    emit(args, c, lambda: _print_campaign(c))
    return 0


def run_delete(args) -> int:
    from studio.services import campaigns

    ch = campaigns.delete_campaign(_db(), args.name)
    emit(args, {"deleted": list(ch.deleted), "message": ch.message}, ch.message)
    return 0


def run_generate(args) -> int:
    import sys

    from studio.domain import StudioError
    from studio.services import campaigns

    def progress(fraction: float, message: str) -> None:
        if not args.json:
            print(f"\r{fraction:4.0%} {message[:100]:<100}", end="", file=sys.stderr, flush=True)

    res = campaigns.generate(_db(), args.name, provider=args.provider, concurrency=args.concurrency,
                             progress=progress)
    if not args.json:
        print(file=sys.stderr)
    c = campaigns.get_campaign(_db(), args.name)
    data = {"campaign": c.name, "run": res.run_id, "status": res.status, "generated": res.done,
            "skipped": res.skipped, "failed": res.failed, "errors": res.errors, "items": c.items}
    def human() -> None:
        print(f"{c.name}: {res.done} generated, {res.skipped} unchanged, {res.failed} failed in {res.elapsed:.1f}s")
        for e in res.errors[:10]:
            print(f"  failed: {e['item']}: {e['error']}")
        print(f"next: review the drafts (studio drafts --market {c.markets[0]}), then studio campaign approve "
              f"'{c.name}'")

    emit(args, data, human)
    if res.failed and not res.done:
        raise StudioError(f"campaign '{c.name}': every item failed; first: {res.errors[0]['error']}")
    return 0


def run_approve(args) -> int:
    from studio.domain import StudioError
    from studio.services import campaigns

    res = campaigns.approve(_db(), args.name, reason=args.reason, allow_warnings=args.allow_warnings)

    def human() -> None:
        print(f"{res['campaign']}: {len(res['approved'])} approved, {res['already']} already approved, "
              f"{len(res['refused'])} refused")
        for r in res["refused"]:
            print(f"  draft {r['draft']}: {r['reason']}")

    emit(args, res, human)
    if res["refused"]:
        first = res["refused"][0]
        hint = (" (--allow-warnings approves drafts with warnings, after you have read them: studio drafts show ID)"
                if "warning(s)" in first["reason"] else "")
        raise StudioError(f"campaign '{res['campaign']}': {len(res['refused'])} draft(s) not approved; first: draft "
                          f"{first['draft']}: {first['reason']}{hint}")
    return 0


def run_schedule(args) -> int:
    from studio.domain import StudioError
    from studio.services import campaigns

    try:
        res = campaigns.schedule(_db(), args.name, override_reason=args.override_warnings,
                                 accounts=_pairs(args.account, "--account"))
    except campaigns.AccountsMissing as exc:  # the service's reason is neutral; the flags are the CLI's
        chan = exc.channels[0]
        raise StudioError(f"no account chosen for {', '.join(exc.channels)}; give --account {chan}=NAME (studio "
                          f"accounts list), or add one: studio accounts add {chan} --name NAME") from exc

    def human() -> None:
        print(f"{res['campaign']}: {len(res['scheduled'])} post(s) queued, {len(res['refused'])} not queued")
        for r in res["refused"]:
            print(f"  {r['what']}: {r['reason']}")
        for w in res["warnings"]:
            print(f"  warning: {w}")

    emit(args, res, human)
    if res["refused"]:
        first = res["refused"][0]
        raise StudioError(f"campaign '{res['campaign']}': {len(res['refused'])} post(s) not queued; first: "
                          f"{first['what']}: {first['reason']}")
    return 0


def run_calendar(args) -> int:
    """Every campaign item by day: ``◇ planned`` (a slot of the plan, not queued yet; the Calendar draws it dashed)
    or ``◆ scheduled``/published/failed (a post in the queue). Times on the market's clock."""
    import datetime as dt
    from typing import Any

    from studio.domain import StudioError
    from studio.services import campaigns

    def day(value: str | None, flag: str) -> dt.date | None:
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise StudioError(f"{flag} '{value}' is not a date; use YYYY-MM-DD (e.g. 2027-02-01)") from None

    first, last = day(args.date_from, "--from"), day(args.date_to, "--to")
    if first and last and last < first:
        raise StudioError(f"--to {last} is before --from {first}")
    db = _db()
    chosen = [campaigns.get_campaign(db, args.name)] if args.name else \
        [campaigns.get_campaign(db, c.id) for c in campaigns.list_campaigns(db)]
    rows: list[dict[str, Any]] = []
    for c in chosen:
        for i in c.items:
            local_day = dt.date.fromisoformat(i.local_time[:10])
            if (first and local_day < first) or (last and local_day > last):
                continue
            rows.append({"date": local_day.isoformat(), "local_time": i.local_time, "planned_at": i.planned_at,
                         "campaign": c.name, "phase": i.phase, "step": i.step, "market": i.market,
                         "channel": i.channel, "segment": i.segment or None, "product": i.product_handle,
                         "kind": "post" if i.post_id else "planned", "status": i.status, "post_id": i.post_id,
                         "draft_id": i.draft_id})
    rows.sort(key=lambda r: (r["planned_at"], r["campaign"], r["market"]))

    def human() -> None:
        if not rows:
            print("no campaign posts in that range; plan one: studio campaign plan NAME (studio campaign list)")
            return
        current = None
        for r in rows:
            if r["date"] != current:
                current = r["date"]
                print(current)
            mark = "◇ planned  " if r["kind"] == "planned" else f"◆ {r['status']:<9}"
            seg = f" [{r['segment']}]" if r["segment"] else ""
            post = f" (post {r['post_id']})" if r["post_id"] else ""
            print(f"  {r['local_time'][11:]:<9} {r['market']:<6} {mark} {r['campaign']} · {r['phase']}{r['step']} · "
                  f"{r['channel']} · {r['product']}{seg}{post}")
        planned = sum(1 for r in rows if r["kind"] == "planned")
        print(f"{planned} planned (not queued yet), {len(rows) - planned} in the queue"
              + ("; studio campaign schedule NAME queues the approved ones" if planned else ""))

    emit(args, {"items": rows}, human)
    return 0
