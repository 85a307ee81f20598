"""Demo step 52: festival campaigns (issue 21) — a Ramadan campaign for ar-SA and ar-AE and an 11.11 campaign for
th-TH on the first sample product, planned on each market's calendar, written with one offer, approved and
queued on the demo's Folder channel at their planned times (they stay scheduled: the dates are ahead)."""

from __future__ import annotations

ORDER = 52
TITLE = "Campaigns: Ramadan (ar-SA, ar-AE) and 11.11 (th-TH), planned, written, approved and scheduled"
ACCOUNT = "demo-folder"  # made by the channels step
CAMPAIGNS = (
    ("Demo Ramadan", "ramadan", ["ar-SA", "ar-AE"], {"discount_percent": 20, "code": "RAMADAN27"}),
    ("Demo 11.11", "11-11", ["th-TH"], {"discount_percent": 11, "code": "TH1111"}),
)


def run(ctx) -> dict:
    from studio.domain import NotFound, StudioError
    from studio.services import accounts, campaigns, catalog

    products = catalog.list_products(ctx.db, limit=1)
    if not products:
        return {"skipped": "no products (the catalog step imports the sample catalog)"}
    try:
        accounts.get_account(ctx.db, ACCOUNT)
    except NotFound:
        return {"skipped": f"no {ACCOUNT} account (the channels step adds it)"}
    out: dict = {}
    for name, festival, markets, offer in CAMPAIGNS:
        ctx.cancel.raise_if_cancelled()
        try:
            campaigns.get_campaign(ctx.db, name, with_items=False)
        except NotFound:
            try:
                campaigns.create_campaign(ctx.db, name, festival=festival, markets=markets,
                                          products=[products[0].handle], channels=["instagram"],
                                          accounts={"instagram": ACCOUNT}, offer=offer)
            except StudioError as exc:  # e.g. the festival data ends before the next occurrence
                out[name] = f"not created: {exc}"
                continue
            campaigns.plan(ctx.db, name)
        refused = {"drafts": 0, "posts": 0}
        if any(i.post_id is None for i in campaigns.get_campaign(ctx.db, name).items):  # a second run: done
            campaigns.generate(ctx.db, name, cancel=ctx.cancel)
            refused["drafts"] = len(campaigns.approve(ctx.db, name, allow_warnings=True)["refused"])  # the demo plays the reviewer, accepting warnings
            refused["posts"] = len(campaigns.schedule(ctx.db, name)["refused"])
        c = campaigns.get_campaign(ctx.db, name)
        out[name] = (f"{c.festival_name} {c.starts_on} – {c.ends_on}, {', '.join(c.markets)}: {len(c.items)} posts, "
                     f"status {c.status} ({refused['drafts']} drafts refused, {refused['posts']} posts not queued)")
    out["see"] = "studio campaign list · studio campaign show 'Demo Ramadan' · the app's Campaigns and Calendar"
    return out
