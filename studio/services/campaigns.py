"""Campaigns (issue 21 item 1): products × markets × channels × a date range, anchored on a festival of the
market registry, tracked as one unit.

- ``create_campaign``: checks every input (markets, festival on each market's calendar, products, channels,
  segments, the offer) and stores the campaign with its **offer** — the one source of truth for price and
  promotion wording (discount, promo code, sale price per market, offer dates);
- ``plan``: the content plan on each market's calendar and time zone — teasers, launch, reminder, live, last
  call — one item per phase × market × product × channel × segment, at the market's evening hour (or the
  account's weekly slot on that day), moved within the account's publishing budgets;
- ``generate``: every item through the generation engine (``studio.services.generation``) with the festival,
  the phase, the offer line and the segment as context; each item is its own draft variant
  (``drafts.variant``) and records the campaign in its provenance;
- ``approve``: ``drafts.approve`` on the campaign's drafts (errors refuse unless a reason is given);
- ``schedule``: each approved item through the gate (``scheduling.gate.enqueue``) at its planned time — the
  gate checks the caption against the campaign's offer as it is now (``campaign.offer-*`` rules);
- ``show``: the campaign with its items and one status (planned → generated → approved → scheduled →
  published), with results from Insights' ``insight_posts`` when they exist.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

import regex
from sqlalchemy import select

from localization.markets import festival_local_name, get_market
from studio import clock
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.storage import models as m
from studio.storage.db import Database

PHASES = ("teaser", "launch", "reminder", "live", "last-call")
CODE = regex.compile(r"^[A-Z0-9][A-Z0-9-]{2,23}$")
NAME = regex.compile(r"^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$")
# when a market's shoppers read posts: 20:00 local (market-research.md G12: one product's videos converted best
# at 8 pm); during Ramadan after iftar, when evening shopping peaks (market-research.md C12)
EVENING = {"default": 20, "ramadan": 21}
# what each phase asks of the writer (the model's prompt; the offline writer marks the phase with a symbol)
PHASE_BRIEF = {
    "teaser": "Tease what is coming: the festival is near; say when the offer starts. No price yet beyond the offer.",
    "launch": "The offer starts today: announce it clearly with the exact offer wording.",
    "reminder": "Remind shoppers the offer is running; keep the exact offer wording.",
    "live": "Invite shoppers to the live shopping session and the offer; keep the exact offer wording.",
    "last-call": "Last chance: the offer ends soon (say the end date); keep the exact offer wording.",
}
PHASE_MARK = {"teaser": "⏳", "launch": "🎉", "reminder": "🔔", "live": "🔴", "last-call": "⌛"}


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ItemDTO:
    id: int
    phase: str
    step: int
    market: str
    product_id: int
    product_handle: str
    channel: str
    segment: str
    planned_at: dt.datetime  # UTC
    local_time: str  # in the market's time zone, e.g. "2027-02-08 21:00 +03"
    draft_id: int | None
    draft_status: str | None
    post_id: int | None
    post_state: str | None
    status: str  # planned|generated|approved|scheduled|published|failed|cancelled
    findings: int = 0  # error findings of the draft's current version


@dataclass(frozen=True)
class CampaignDTO:
    id: int
    name: str
    festival_id: str | None
    festival_name: str | None
    starts_on: dt.date
    ends_on: dt.date
    markets: list[str]
    products: list[str]  # handles
    product_ids: list[int]
    channels: list[str]
    segments: list[str]
    accounts: dict[str, str]
    offer: dict[str, Any]
    status: str
    counts: dict[str, int]
    items: list[ItemDTO] = field(default_factory=list)
    results: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # plan_warnings: an account with too many posts an hour


# --------------------------------------------------------------------------- validation


def _date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise StudioError(f"{what} '{value}' is not a date; use YYYY-MM-DD") from None


def _markets(markets: list[str]) -> list[str]:
    if not markets:
        raise StudioError("--markets: name at least one market (a locale tag such as ar-SA)")
    out = []
    for tag in markets:
        try:
            out.append(get_market(tag.strip()).tag)
        except ValueError as exc:
            raise StudioError(f"--markets: {exc}") from None
    return list(dict.fromkeys(out))


def _channels(channels: list[str]) -> list[str]:
    from studio.services import generation
    from studio.services.scheduling.gate import CAPTION_TARGETS

    supported = [t for t in generation.targets("caption") if t in CAPTION_TARGETS]
    if not channels:
        raise StudioError(f"--channels: name at least one channel ({', '.join(supported)})")
    out = []
    for c in channels:
        c = c.strip().lower()
        if c not in supported:
            raise StudioError(f"--channels: '{c}' is not a channel the studio writes captions for; one of "
                              f"{', '.join(supported)}")
        out.append(c)
    return list(dict.fromkeys(out))


def festival_window(festival: str, markets: list[str], today: dt.date | None = None) -> tuple[str, str, dt.date,
                                                                                              dt.date]:
    """(id, name, start, end) of the next occurrence of ``festival`` (an id such as ``ramadan``, or
    ``ramadan-2027`` for a given year) on every market's calendar; a market without it is refused, and so is an
    edition that is over (``edition_over``). No markets: every market that celebrates the festival."""
    today = today or clock.today()
    fid = festival.strip().lower()
    year = None
    m_year = regex.match(r"^(.+)-(\d{4})$", fid)
    if m_year and not any(f.get("id") == fid for tag in markets[:1] for f in get_market(tag).festivals):
        fid, year = m_year.group(1), int(m_year.group(2))
    markets = list(markets) or _celebrating(fid, festival)
    found: list[tuple[str, dt.date, dt.date]] = []
    for tag in markets:
        mk = get_market(tag)
        occurrences = []
        for f in mk.festivals:
            if f.get("id") != fid:
                continue
            start, end = _date(f.get("start"), "festival start"), _date(f.get("end") or f.get("start"), "end")
            if (year is None and end >= today) or (year is not None and start.year == year):
                occurrences.append((str(f.get("name") or fid), start, end))
        known = any(f.get("id") == fid for f in mk.festivals)
        if year is not None and known and ((not occurrences and year < today.year)
                                 or (occurrences and max(o[2] for o in occurrences) < today)):
            raise edition_over(fid, year, markets, today, [o[1:] for o in occurrences][:1])
        if not occurrences:
            ids = sorted({str(f.get("id")) for f in mk.festivals})
            when = f" in {year}" if year else " from today on"
            raise StudioError(f"--festival: '{festival}' is not on {tag}'s calendar{when} (its festivals: "
                              f"{', '.join(ids)}); pick another market or festival, or give --start and --end")
        found.append(min(occurrences, key=lambda o: o[1]))
    name, start, end = found[0]
    for _n, s, e in found[1:]:
        if (s, e) != (start, end):
            # the same festival on other dates (a moon sighting, a national calendar): the campaign spans both
            start, end = min(start, s), max(end, e)
    return fid, name, start, end


def _celebrating(fid: str, festival: str) -> list[str]:
    from localization.markets import all_markets

    tags = [mk.tag for mk in all_markets() if any(f.get("id") == fid for f in mk.festivals)]
    if not tags:
        raise StudioError(f"--festival: no market's calendar has '{festival}'", hint="see studio markets festivals TAG")
    return tags


def edition_over(fid: str, year: int | None, markets: list[str], today: dt.date,
                 dates: list[tuple[dt.date, dt.date]], campaign: str | None = None) -> StudioError:
    """The one-line refusal of a festival edition that is over — a campaign never posts after its festival: which
    festival and edition, its dates when the calendar has them, and the next edition to pick (with its dates)."""
    name = next((str(f.get("name") or fid) for f in get_market(markets[0]).festivals if f.get("id") == fid), fid)
    edition = f"{name} {year}" if year else name
    when = f" ({dates[0][0]} – {dates[0][1]})" if dates else ""
    who = f"campaign '{campaign}': " if campaign else ""
    after = max(today, dates[0][1] + dt.timedelta(days=1)) if dates else today
    try:
        _f, nname, nstart, nend = festival_window(fid, markets, after)
    except StudioError:
        return StudioError(f"{who}{edition}{when} is over (today is {today}) and the calendar of {', '.join(markets)} "
                           f"has no later {name}; a campaign never posts after its festival — give your own dates "
                           "instead", hint="studio campaign create --start … --end …" if campaign else "--start and --end")
    nxt = f"{fid}-{nstart.year}"
    then = "create a campaign for" if campaign else "pick"
    return StudioError(f"{who}{edition}{when} is over (today is {today}); a campaign never posts after its festival — "
                       f"{then} the next edition, {nname} {nstart.year} ({nstart} – {nend})",
                       hint=(f"studio campaign create --festival {nxt} …" if campaign else f"--festival {nxt}"))


def _offer(offer: dict[str, Any] | None, markets: list[str], start: dt.date, end: dt.date) -> dict[str, Any]:
    """The campaign's one source of truth for price and promotion wording, checked."""
    offer = dict(offer or {})
    out: dict[str, Any] = {}
    unknown = set(offer) - {"discount_percent", "code", "prices", "starts_on", "ends_on"}
    if unknown:
        raise StudioError(f"offer: unknown field(s) {', '.join(sorted(unknown))}; use discount_percent, code, "
                          "prices, starts_on, ends_on")
    if offer.get("discount_percent") not in (None, ""):
        try:
            pct = int(str(offer["discount_percent"]).strip().rstrip("%"))
        except ValueError:
            raise StudioError(f"--discount '{offer['discount_percent']}' is not a whole percentage (e.g. 20)") from None
        if not 1 <= pct <= 90:
            raise StudioError(f"--discount {pct}: give a percentage from 1 to 90")
        out["discount_percent"] = pct
    if offer.get("code"):
        code = str(offer["code"]).strip().upper()
        if not CODE.match(code):
            raise StudioError(f"--code '{offer['code']}': a promo code is 3–24 letters A–Z, digits or hyphens "
                              "(e.g. RAMADAN27)")
        out["code"] = code
    prices: dict[str, str] = {}
    for tag, amount in (offer.get("prices") or {}).items():
        try:
            tag = get_market(tag).tag
        except ValueError as exc:
            raise StudioError(f"--price: {exc}") from None
        if tag not in markets:
            raise StudioError(f"--price {tag}=…: {tag} is not one of the campaign's markets ({', '.join(markets)})")
        try:
            value = Decimal(str(amount).strip())
        except InvalidOperation:
            raise StudioError(f"--price {tag}={amount}: not a number (e.g. {tag}=149.00)") from None
        if value <= 0:
            raise StudioError(f"--price {tag}={amount}: a price must be above zero")
        prices[tag] = str(value)
    if prices:
        out["prices"] = prices
    s = _date(offer.get("starts_on") or start, "--offer-start")
    e = _date(offer.get("ends_on") or end, "--offer-end")
    if e < s:
        raise StudioError(f"offer dates: the end {e} is before the start {s}")
    out["starts_on"], out["ends_on"] = s.isoformat(), e.isoformat()
    return out


def offer_for_market(offer: dict[str, Any], market: str) -> dict[str, Any]:
    """The offer as one market's copy states it: its price formatted for the market, the dates, the code."""
    from localization.formatting import format_date, format_price

    mk = get_market(market)
    out: dict[str, Any] = {k: offer[k] for k in ("discount_percent", "code") if offer.get(k) is not None}
    price = (offer.get("prices") or {}).get(mk.tag)
    if price is not None and mk.currency:
        out["price"] = format_price(Decimal(price), mk.currency, mk.tag)
        out["amount"], out["currency"] = price, mk.currency
    s, e = _date(offer["starts_on"], "offer start"), _date(offer["ends_on"], "offer end")
    out["starts_on"], out["ends_on"] = s.isoformat(), e.isoformat()
    out["dates"] = (format_date(s, mk.tag, "d MMM") + (f" – {format_date(e, mk.tag, 'd MMM')}" if e != s else ""))
    out["ends_local"] = _day_month(e, mk)  # the last call's real end date (offline writer)
    return out


def _day_month(d: dt.date, mk: Any) -> str:
    """Day and month name as the market writes them (CLDR skeleton MMMMd: '9. März', '9 مارس', 'March 9'), in
    the market's digits."""
    from babel.dates import format_skeleton

    from localization import formatting

    return formatting._apply_digits(format_skeleton("MMMMd", d, locale=mk.babel_locale),
                                    formatting._digits(mk, None))


def offer_line(offer: dict[str, Any], market: str, phase: str = "launch") -> str:
    """The exact offer wording every channel of the campaign uses in ``market`` (numbers in the market's form)."""
    from localization.formatting import format_number

    o = offer_for_market(offer, market)
    parts = []
    if o.get("discount_percent"):
        pct = format_number(o["discount_percent"], market)
        parts.append(f"-{pct}%")
    if o.get("price"):
        parts.append(o["price"])
    if o.get("code"):
        parts.append(o["code"])
    parts.append(o["dates"])
    if get_market(market).direction == "rtl":
        # each part in its own isolate, the line right to left: the discount, code and date range keep their
        # shape and order ("‎-8 · RAMADAN27 · 15% فبراير" came from the bidi algorithm mixing neighbours)
        return "\u200f" + f"{PHASE_MARK.get(phase, '')} " + " · ".join(f"\u2068{p}\u2069" for p in parts)
    return f"{PHASE_MARK.get(phase, '')} " + " · ".join(parts)


# --------------------------------------------------------------------------- create / list / delete


def create_campaign(db: Database, name: str, *, festival: str | None, markets: list[str], products: list[str],
                    channels: list[str], start: str | dt.date | None = None, end: str | dt.date | None = None,
                    segments: list[str] | None = None, accounts: dict[str, str] | None = None,
                    offer: dict[str, Any] | None = None, today: dt.date | None = None) -> CampaignDTO:
    from studio.services import catalog
    from studio.services import segments as seg_svc
    from studio.storage.models_campaigns import Campaign

    name = (name or "").strip()
    if not NAME.match(name):
        raise StudioError(f"--name '{name}': give a name of letters, digits, spaces, '.', '_' or '-' (at most 100)")
    tags = _markets(list(markets))
    chans = _channels(list(channels))
    if not products:
        raise StudioError("--products: name at least one product (a handle or SKU; see studio products)")
    product_ids = []
    for ref in products:
        try:
            product_ids.append(catalog.get_product_by_ref(db, ref.strip()).id)
        except StudioError as exc:
            raise StudioError(f"--products: {exc}") from None
    product_ids = list(dict.fromkeys(product_ids))
    fid = None
    today = today or clock.today()
    if festival:
        fid, _fname, fstart, fend = festival_window(festival, tags, today)
        # two weeks before the festival, never before today: made while it runs, the plan starts now
        s = _date(start, "--start") if start else max(fstart - dt.timedelta(days=14), today)
        e = _date(end, "--end") if end else fend
    else:
        if not (start and end):
            raise StudioError("give --festival ID (see studio markets --festivals), or both --start and --end")
        s, e = _date(start, "--start"), _date(end, "--end")
    if e < s:
        raise StudioError(f"--end {e} is before --start {s}")
    if (e - s).days > 120:
        raise StudioError(f"{s} – {e} is {(e - s).days} days; a campaign spans at most 120 days")
    segs = [seg_svc.get_segment(db, n).name for n in (segments or [])]
    offer_start = fstart if festival else s
    clean_offer = _offer(offer, tags, offer_start, e)
    accs = _accounts(db, accounts or {}, chans)
    with db.session() as sess:
        if sess.scalar(select(Campaign.id).where(Campaign.name == name)) is not None:
            raise StudioError(f"a campaign named '{name}' exists; pick another --name, or see studio campaign show "
                              f"'{name}'")
        row = Campaign(name=name, festival_id=fid, starts_on=s, ends_on=e, markets=tags, products=product_ids,
                       channels=chans, segments=segs, accounts=accs, offer=clean_offer, notes="")
        sess.add(row)
        sess.flush()
        cid = row.id
    return get_campaign(db, cid)


def _accounts(db: Database, given: dict[str, str], channels: list[str]) -> dict[str, str]:
    from studio.services import accounts as acc_svc

    out = {}
    for chan, acc_name in given.items():
        if chan not in channels:
            raise StudioError(f"account {acc_name} for {chan}: {chan} is not one of the campaign's channels "
                              f"({', '.join(channels)})")
        acc = acc_svc.get_account(db, acc_name)
        out[chan] = acc.name
    return out


class AccountsMissing(StudioError):
    """Schedule needs an account for these channels (none chosen, and not exactly one that could post them).
    The reason is neutral; the CLI adds its ``--account`` hint, the app offers a choice."""

    def __init__(self, channels: list[str]) -> None:
        self.channels = list(channels)
        super().__init__(f"no account chosen for {', '.join(channels)}; choose the account that posts "
                         f"{'each channel' if len(channels) > 1 else 'it'}, or add one")


def _can_post(acc: Any, chan: str) -> bool:
    """The account is made for the channel: its platform, or a Folder/webhook account set to write it."""
    return acc.platform == chan or (acc.settings or {}).get("caption_target") == chan


def _takes_any(acc: Any) -> bool:
    """A Folder/webhook account with no ``caption_target`` takes any channel's caption (the gate then records the
    channel on the post); it is offered, never picked on its own."""
    return acc.platform in ("folder", "webhook") and not (acc.settings or {}).get("caption_target")


def account_choices(db: Database, ref: str | int) -> dict[str, Any]:
    """For each channel of the campaign: the accounts that can post it — its platform's accounts and Folder
    accounts whose ``caption_target`` is the channel (the rule ``schedule`` uses to pick the only one), then Folder
    or webhook accounts that take any channel (the queue gate accepts them; ``--account CHANNEL=NAME`` in the CLI)
    — and the one chosen or implied now (None when none is)."""
    from studio.services import accounts as acc_svc

    with db.session() as s:
        row = _row(s, ref)
        name, channels, chosen = row.name, list(row.channels), dict(row.accounts or {})
    every = acc_svc.list_accounts(db)
    implied = _resolve_accounts(db, channels, chosen)
    return {"campaign": name,
            "channels": {c: {"accounts": [a.name for a in every if _can_post(a, c)]
                                 + [a.name for a in every if _takes_any(a) and not _can_post(a, c)],
                                 "chosen": implied.get(c)}
                         for c in channels}}


def _resolve_accounts(db: Database, channels: list[str], chosen: dict[str, str]) -> dict[str, str]:
    """The account of each channel: the one chosen, else the only account that posts the channel."""
    from studio.services import accounts as acc_svc

    out = dict(chosen)
    every = None
    for chan in channels:
        if chan in out:
            continue
        every = every if every is not None else acc_svc.list_accounts(db)
        cands = [a for a in every if _can_post(a, chan)]
        if len(cands) == 1:
            out[chan] = cands[0].name
    return out


def _row(s, ref: str | int):
    from studio.storage.models_campaigns import Campaign

    row = None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        row = s.get(Campaign, int(ref))
    if row is None:
        row = s.scalar(select(Campaign).where(Campaign.name == str(ref).strip()))
    if row is None:
        names = ", ".join(s.scalars(select(Campaign.name).order_by(Campaign.name)).all()) or "none yet"
        raise NotFound(f"no campaign named '{ref}' (campaigns: {names}); create one with studio campaign create")
    return row


def list_campaigns(db: Database) -> list[CampaignDTO]:
    from studio.storage.models_campaigns import Campaign

    with db.session() as s:
        ids = list(s.scalars(select(Campaign.id).order_by(Campaign.starts_on, Campaign.id)))
    return [get_campaign(db, i, with_items=False) for i in ids]


def delete_campaign(db: Database, ref: str | int) -> ChangeSummary:
    """Remove the campaign and its plan. Its drafts stay (they are content); scheduled posts stay queued."""
    with db.session() as s:
        row = _row(s, ref)
        cid, name = row.id, row.name
        s.delete(row)
    return ChangeSummary(deleted=(cid,), entity="campaign", message=f"campaign {name} deleted")


def update_offer(db: Database, ref: str | int, changes: dict[str, Any]) -> CampaignDTO:
    """Change the campaign's offer (the one source of truth). ``changes`` holds the fields to change; a value of
    ``None`` or "" removes that field (``prices`` merges per market; an empty amount removes the market's price).
    Drafts written with the old offer are flagged by ``campaign.offer-mismatch`` and refused by the gate until
    ``generate`` writes them again (their inputs changed, so they are not skipped)."""
    with db.session() as s:
        row = _row(s, ref)
        current = dict(row.offer or {})
        markets, starts_on, ends_on, cid = list(row.markets), row.starts_on, row.ends_on, row.id
    merged = {k: v for k, v in current.items() if k in ("discount_percent", "code", "prices", "starts_on", "ends_on")}
    for key, value in changes.items():
        if key == "prices":
            prices = dict(merged.get("prices") or {})
            for tag, amount in (value or {}).items():
                if amount in (None, ""):
                    prices.pop(tag, None)
                else:
                    prices[tag] = amount
            merged["prices"] = prices
        elif value in (None, ""):
            merged.pop(key, None)
        else:
            merged[key] = value
    clean = _offer(merged, markets, _date(merged.get("starts_on") or starts_on, "offer start"), ends_on)
    with db.session() as s:
        row = _row(s, cid)
        row.offer = clean
        row.updated_at = clock.now()
    return get_campaign(db, cid)


def set_accounts(db: Database, ref: str | int, accounts: dict[str, str]) -> CampaignDTO:
    with db.session() as s:
        row = _row(s, ref)
        merged = dict(row.accounts or {})
        merged.update(_accounts(db, accounts, list(row.channels)))
        row.accounts = merged
        cid = row.id
    return get_campaign(db, cid)


# --------------------------------------------------------------------------- plan


def _phase_days(start: dt.date, end: dt.date, festival_start: dt.date) -> list[tuple[str, int, dt.date, int]]:
    """(phase, step, day, hour offset) on the calendar: two teasers before the festival, the launch on its first
    day, a reminder, a live session and a last call; a one-day festival gets them as hours of that day."""
    launch = max(festival_start, start)
    span = (end - launch).days
    out: list[tuple[str, int, dt.date, int]] = []
    for step, days in enumerate((14, 3), start=1):
        d = launch - dt.timedelta(days=days)
        if d >= start:
            out.append(("teaser", step, d, 0))
    if span >= 6:
        out += [("launch", 1, launch, 0), ("reminder", 1, launch + dt.timedelta(days=span // 3), 0),
                ("live", 1, launch + dt.timedelta(days=(2 * span) // 3), 0), ("last-call", 1, end, -2)]
    elif span >= 2:
        out += [("launch", 1, launch, 0), ("reminder", 1, launch + dt.timedelta(days=1), 0),
                ("live", 1, end - dt.timedelta(days=1), 0), ("last-call", 1, end, -2)]
    else:  # a one- or two-day sale such as 11.11: morning launch, midday reminder, evening live, late last call
        out += [("launch", 1, launch, -11), ("reminder", 1, launch, -7), ("live", 1, end, 0),
                ("last-call", 1, end, 2)]
    return out


def _local_label(when: dt.datetime, tz: str) -> str:
    local = when.astimezone(ZoneInfo(tz))
    return local.strftime("%Y-%m-%d %H:%M ") + (local.strftime("%z")[:3] or "")


def first_slot(now: dt.datetime | None = None) -> dt.datetime:
    """The earliest time a plan may use: the app's now (``studio.clock``), rounded up to the 5-minute grid."""
    now = (now or clock.now()).astimezone(dt.UTC)
    floor = now.replace(second=0, microsecond=0, minute=now.minute - now.minute % 5)
    return floor if floor == now else floor + GRID


def plan(db: Database, ref: str | int) -> CampaignDTO:
    """(Re)build the content plan. Items already queued keep their post and time; generated items keep their
    draft. No slot before now is ever created: a phase whose time has passed is left out (an item already
    generated for it is kept, and ``schedule`` says its time has passed), except the launch, which moves to now —
    so a plan made while the festival runs starts from now (``running_note`` says so) — but never after the
    festival: a campaign whose festival is over in every market is refused (``edition_over``), and a launch whose
    festival has ended in a market is left out there."""
    from studio.storage.models_campaigns import CampaignItem

    earliest = first_slot()
    with db.session() as s:
        row = _row(s, ref)
        cid = row.id
        fstart, fend = row.starts_on, None
        if row.festival_id:
            try:
                _fid, _n, fstart, fend = festival_window(row.festival_id, list(row.markets), row.starts_on)
            except StudioError:
                fstart = row.starts_on
        # the moment the festival ends on each market's clock (the day after its last day, 00:00 local)
        over = {tag: dt.datetime.combine(fend + dt.timedelta(days=1), dt.time(0), ZoneInfo(get_market(tag).timezone
                                                                                           or "UTC"))
                for tag in row.markets} if fend is not None else {}
        if fend is not None and over and all(earliest >= t for t in over.values()):
            raise edition_over(str(row.festival_id), fstart.year, list(row.markets), clock.today(), [(fstart, fend)],
                               campaign=row.name)
        hour = EVENING.get(row.festival_id or "", EVENING["default"])
        channels = list(row.channels)
        existing = {(i.phase, i.step, i.market, i.product_id, i.channel, i.segment): i
                    for i in s.scalars(select(CampaignItem).where(CampaignItem.campaign_id == cid))}
        wanted = set()
        accounts = dict(row.accounts or {})
        for tag in row.markets:
            tz = get_market(tag).timezone or "UTC"
            for phase, step, day, offset in _phase_days(row.starts_on, row.ends_on, fstart):
                local = dt.datetime.combine(day, dt.time(max(0, min(23, hour + offset)), 0), ZoneInfo(tz))
                when = local.astimezone(dt.UTC)
                passed = when < earliest
                if passed and phase == "launch" and (tag not in over or earliest < over[tag]):
                    when, passed = earliest, False  # the festival is on (or its first evening has passed): now
                for pid in row.products:
                    for chan in row.channels:
                        for seg in list(row.segments) or [""]:
                            key = (phase, step, tag, pid, chan, seg)
                            item = existing.get(key)
                            if passed:  # never planned in the past; a draft already written for it stays
                                if item is not None and item.draft_id is not None:
                                    wanted.add(key)
                                continue
                            wanted.add(key)
                            if item is None:
                                s.add(CampaignItem(campaign_id=cid, phase=phase, step=step, market=tag, product_id=pid,
                                                   channel=chan, segment=seg, planned_at=when))
                            elif item.post_id is None:
                                item.planned_at = when
        for key, item in existing.items():
            if key not in wanted and item.post_id is None:
                s.delete(item)
        s.flush()
    _fit_slots_and_budgets(db, cid, _resolve_accounts(db, channels, accounts))
    return get_campaign(db, cid)


MAX_PER_HOUR = 2  # more posts than this on one account within an hour reads as spam (warned, see plan_warnings)
GRID = dt.timedelta(minutes=5)


def _good_hours(base: dt.datetime, phase: str) -> tuple[dt.datetime, dt.datetime]:
    """The window a phase's posts are spread over around its planned time: an hour before to two hours after
    (the market's evening, after iftar in Ramadan); a last call ends within the hour after its time, so it never
    runs past the offer's end."""
    if phase == "last-call":
        return base - dt.timedelta(hours=2), base + dt.timedelta(hours=1)
    return base - dt.timedelta(hours=1), base + dt.timedelta(hours=2)


def _fit_slots_and_budgets(db: Database, cid: int, accounts: dict[str, str]) -> None:
    """Spread unscheduled items over the good hours of their phase, per account: a phase's posts of one account
    (products × channels × segments × markets) go to the times farthest from the account's other posts in the
    window (5-minute grid, the planned time first), so no two share a minute; the account's weekly slot of that
    day moves the phase's time there first, and times where a publishing budget is full are skipped (an hour
    later, up to a day, when the whole window is full). A channel with no account yet is spread on its own."""
    from studio.services import accounts as acc_svc
    from studio.services.scheduling import budgets, slots
    from studio.storage.models_campaigns import CampaignItem

    earliest = first_slot()
    with db.session() as s:
        items = [i for i in s.scalars(select(CampaignItem).where(CampaignItem.campaign_id == cid,
                                                                 CampaignItem.post_id.is_(None))
                                      .order_by(CampaignItem.planned_at, CampaignItem.id))
                 if _aware(i.planned_at) >= earliest]  # a past item kept for its draft is not moved
    moved: dict[int, dt.datetime] = {}
    by_account: dict[str, list] = {}
    for it in items:
        by_account.setdefault(accounts.get(it.channel) or f"channel:{it.channel}", []).append(it)
    for acc_name, its in by_account.items():
        acc = None
        if not acc_name.startswith("channel:"):
            try:
                acc = acc_svc.get_account(db, acc_name)
            except StudioError:
                acc = None
        weekly = slots.list_slots(db, acc.id) if acc is not None else []
        limits = [b for b in budgets.budgets_for(acc.platform, acc.settings) if b.window_s >= 3600] if acc else []
        # posts already queued on the account count against its budgets and its spacing too
        lo = min(_aware(i.planned_at) for i in its) - dt.timedelta(days=1)
        hi = max(_aware(i.planned_at) for i in its) + dt.timedelta(days=2)
        taken: list[dt.datetime] = []
        if acc is not None:
            with db.session() as s:
                taken = [_aware(t) for (t,) in s.execute(
                    select(m.Post.scheduled_at).where(m.Post.account_id == acc.id, m.Post.scheduled_at >= lo,
                                                      m.Post.scheduled_at < hi,
                                                      m.Post.state.in_(("scheduled", "publishing", "published"))))]

        def full(when: dt.datetime, taken: list[dt.datetime] = taken, limits: list = limits) -> bool:
            return any(sum(1 for t in taken if abs((t - when).total_seconds()) < b.window_s) >= b.limit
                       for b in limits)

        # round robin over the phases of the day: every group's first post is placed before any group's second
        rank: dict[int, int] = {}
        seen: Counter[tuple] = Counter()
        for it in its:
            key = (it.market, it.phase, it.step, _aware(it.planned_at))
            rank[it.id] = seen[key]
            seen[key] += 1
        its = sorted(its, key=lambda i: (_aware(i.planned_at).date(), rank[i.id], _aware(i.planned_at), i.id))
        gap = 3600 / MAX_PER_HOUR
        for it in its:
            base = _aware(it.planned_at)
            for sl in weekly:
                tz = ZoneInfo(sl["timezone"])
                local = base.astimezone(tz)
                if local.weekday() == sl["weekday"]:
                    hh, mm = (int(x) for x in sl["time"].split(":"))
                    slot = dt.datetime.combine(local.date(), dt.time(hh, mm), tz).astimezone(dt.UTC)
                    if slot >= earliest:  # today's slot may have passed: the phase keeps its own time
                        base = slot
                    break
            ws, we = _good_hours(base, it.phase)
            grid = [ws + k * GRID for k in range(int((we - ws) / GRID) + 1)]
            grid = [g for g in grid if g >= earliest and not full(g)]
            near = min((abs((base - t).total_seconds()) for t in taken), default=float("inf"))
            if base in grid and near >= gap:
                when = base  # the phase's own time while the account has room for it
            elif grid:
                # farthest from the account's other posts; ties: nearest the phase's planned time, then earliest
                when = max(grid, key=lambda g: (min((abs((g - t).total_seconds()) for t in taken),
                                                    default=float("inf")),
                                                -abs((g - base).total_seconds()), -g.timestamp()))
            else:
                when = base
                for _ in range(24):
                    if not full(when):
                        break
                    when += dt.timedelta(hours=1)
            taken.append(when)
            moved[it.id] = when
    with db.session() as s:
        for iid, when in moved.items():
            row = s.get(CampaignItem, iid)
            if row is not None:
                row.planned_at = when


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def plan_warnings(db: Database, ref: str | int, *, max_per_hour: int = MAX_PER_HOUR) -> list[str]:
    """One line per account that would send more than ``max_per_hour`` of the campaign's posts within an hour
    (the busiest hour, on the first market's clock), with what to do."""
    from studio.storage.models_campaigns import CampaignItem

    with db.session() as s:
        row = _row(s, ref)
        channels, chosen = list(row.channels), dict(row.accounts or {})
        rows = [(i.channel, i.market, _aware(i.planned_at)) for i in s.scalars(
            select(CampaignItem).where(CampaignItem.campaign_id == row.id))]
    accs = _resolve_accounts(db, channels, chosen)
    per: dict[str, list[tuple[dt.datetime, str]]] = {}
    for chan, market, when in rows:
        per.setdefault(accs.get(chan) or chan, []).append((when, market))
    out = []
    for acc_name, times in sorted(per.items()):
        times.sort()
        best, at, j = 0, None, 0
        for i, (t, market) in enumerate(times):
            while times[j][0] <= t - dt.timedelta(hours=1):
                j += 1
            if i - j + 1 > best:
                best, at = i - j + 1, (times[j][0], market)
        if best > max_per_hour and at is not None:
            local = _local_label(at[0], get_market(at[1]).timezone or "UTC")
            out.append(f"{acc_name} gets {best} posts within an hour from {local} (more than {max_per_hour} an hour "
                       f"reads as spam); choose another account for a channel, or fewer products or markets")
    return out


# --------------------------------------------------------------------------- generation context


def _variant_key(cid: int, phase: str, step: int, segment: str) -> str:
    return f"c{cid}.{phase}{step}" + (f".{segment}" if segment else "")


def _extra(db: Database, row, item) -> dict[str, Any]:
    from studio.services import segments as seg_svc

    fname = None
    fstart = fend = None
    if row.festival_id:
        try:
            _fid, fname, fstart, fend = festival_window(row.festival_id, [item.market], row.starts_on)
        except StudioError:
            pass
    offer_m = offer_for_market(dict(row.offer or {}), item.market)
    extra: dict[str, Any] = {
        "variant": _variant_key(row.id, item.phase, item.step, item.segment),
        "campaign": {
            "id": row.id, "name": row.name, "phase": item.phase, "step": item.step,
            "phase_brief": PHASE_BRIEF[item.phase],
            "festival": ({"id": row.festival_id, "name": fname, "start": str(fstart), "end": str(fend),
                          "local_name": festival_local_name(row.festival_id, get_market(item.market).language)}
                         if fname else None),
            "offer": offer_m, "offer_line": offer_line(dict(row.offer or {}), item.market, item.phase),
        },
    }
    if item.segment:
        try:
            extra["segment"] = seg_svc.get_segment(db, item.segment).for_prompt()
        except StudioError:
            extra["segment"] = {"name": item.segment}
    return extra


def extra_for_draft(db: Database, draft_id: int) -> dict[str, Any] | None:
    """The generation context of a campaign draft as the campaign is now (None for a draft of no campaign)."""
    from studio.storage.models_campaigns import Campaign, CampaignItem

    with db.session() as s:
        item = s.scalar(select(CampaignItem).where(CampaignItem.draft_id == int(draft_id)).limit(1))
        if item is None:
            draft = s.get(m.Draft, int(draft_id))
            if draft is not None and draft.variant.startswith("seg.") and draft.segment:
                from studio.services import segments as seg_svc

                try:
                    return {"variant": draft.variant, "segment": seg_svc.get_segment(db, draft.segment).for_prompt()}
                except StudioError:
                    return {"variant": draft.variant, "segment": {"name": draft.segment}}
            return None
        row = s.get(Campaign, item.campaign_id)
        return _extra(db, row, item) if row is not None else None


def lint_context_for_draft(db: Database, draft_id: int) -> dict[str, Any] | None:
    """The quality engine's context for a campaign's caption: the campaign's offer in its market, as it is now."""
    extra = extra_for_draft(db, draft_id)
    if not extra or not extra.get("campaign"):
        return None
    return {"campaign_offer": extra["campaign"]["offer"], "campaign_offer_line": extra["campaign"]["offer_line"]}


def offer_facts(offer: dict[str, Any] | None, line: str | None = None) -> list[dict[str, Any]]:
    """The offer as grounding facts: its discount, code, price and dates are the campaign's own facts, so the
    grounding rules do not call "-20%" an invented number (a different number is ``campaign.offer-mismatch``)."""
    if not offer:
        return []
    out = []
    if offer.get("discount_percent") is not None:
        out.append({"key": "discount", "value": f"-{offer['discount_percent']}%", "unit": None, "type": "text"})
    for key, name in (("code", "promo_code"), ("price", "price"), ("dates", "offer_dates")):
        if offer.get(key):
            out.append({"key": name, "value": str(offer[key]), "unit": None, "type": "text"})
    if line:
        out.append({"key": "offer", "value": line, "unit": None, "type": "text"})
    return out


# --------------------------------------------------------------------------- generate / approve / schedule


def generate(db: Database, ref: str | int, *, provider: Any = None, concurrency: int = 2,
             progress: ProgressFn = no_progress, cancel: CancelToken | None = None, regenerate: bool = False):
    """Generate a caption draft for every planned item (resumable: an item whose inputs did not change is
    skipped). Returns the generation run's result; the items link their drafts."""
    from studio.services import generation
    from studio.storage.models_campaigns import Campaign, CampaignItem

    with db.session() as s:
        row = _row(s, ref)
        cid = row.id
        items = list(s.scalars(select(CampaignItem).where(CampaignItem.campaign_id == cid)
                               .order_by(CampaignItem.planned_at, CampaignItem.id)))
        if not items:
            raise StudioError(f"campaign '{row.name}' has no plan yet; run studio campaign plan '{row.name}' first")
        contexts = [(it.id, it.product_id, it.market, it.channel, it.planned_at, _extra(db, row, it)) for it in items
                    if regenerate or it.post_id is None]
        name = row.name
    if not contexts:
        raise StudioError(f"every item of campaign '{name}' is already scheduled; nothing to generate")
    prov = generation._provider(provider, concurrency)
    try:
        prepared = []
        for _iid, pid, market, chan, when, extra in contexts:
            day = when.astimezone(ZoneInfo(get_market(market).timezone or "UTC")).date()
            prepared.append(generation.prepare(db, pid, market, "caption", chan, prov, campaign_date=day,
                                               extra=extra))
        res = generation.generate(db, None, [], ["caption"], provider=prov, concurrency=concurrency,
                                  progress=progress, cancel=cancel, items=prepared)
    finally:
        if provider is None or isinstance(provider, str):
            prov.close()
    with db.session() as s:
        for (iid, _pid, _mk, _ch, _w, _e), it in zip(contexts, prepared, strict=True):
            draft_id = s.scalar(select(m.Draft.id).where(
                m.Draft.product_id == it.product.id, m.Draft.market == it.market, m.Draft.kind == "caption",
                m.Draft.target == it.target, m.Draft.variant == it.variant))
            item = s.get(CampaignItem, iid)
            if item is not None and draft_id is not None:
                item.draft_id = draft_id
        camp = s.get(Campaign, cid)
        if camp is not None:
            camp.updated_at = clock.now()
    return res


def _draft_ids(db: Database, ref: str | int) -> tuple[str, list[int]]:
    from studio.storage.models_campaigns import CampaignItem

    with db.session() as s:
        row = _row(s, ref)
        ids = [i for i in s.scalars(select(CampaignItem.draft_id).where(CampaignItem.campaign_id == row.id,
                                                                        CampaignItem.draft_id.is_not(None)))
               if i is not None]
        return row.name, sorted(set(ids))


def approval_summary(db: Database, ref: str | int) -> dict[str, Any]:
    """What Approve would meet, counted the way the review queue counts (``review.queue`` rows): the drafts not
    approved yet, how many of them have warning findings (approved only with ``allow_warnings``) and how many
    have error findings (approved only with a reason)."""
    from studio.services import review

    name, ids = _draft_ids(db, ref)
    wanted = set(ids)
    rows = [r for r in review.queue(db, review.QueueFilter(kind="caption", status=None), limit=1_000_000)
            if r.draft_id in wanted and not (r.status == "approved" and r.approved_version == r.version)]
    return {"campaign": name, "drafts": len(ids), "to_approve": len(rows),
            "with_warnings": sum(1 for r in rows if r.warnings and not r.errors),
            "with_errors": sum(1 for r in rows if r.errors), "rows": rows}


def approve(db: Database, ref: str | int, *, reason: str | None = None, allow_warnings: bool = False,
            by: str = "") -> dict[str, Any]:
    """Approve the campaign's generated drafts that are not approved yet, one by one (one draft with findings does
    not hold back the rest), with the review queue's policy (``review.approve_clean`` and ``studio drafts approve
    --all-clean [--allow-warnings]``): a draft with warning findings is approved only with ``allow_warnings``;
    one with error findings only with ``reason`` (recorded). Every decision joins the draft's review history."""
    from studio.services import review

    summary = approval_summary(db, ref)
    name = summary["campaign"]
    if not summary["drafts"]:
        raise StudioError(f"campaign '{name}' has no drafts yet; run studio campaign generate '{name}' first")
    approved, refused = [], []
    for row in summary["rows"]:
        if row.warnings and not allow_warnings and not row.errors:
            refused.append({"draft": row.draft_id, "reason": f"{row.warnings} warning(s); review it, or approve "
                                                             "with warnings allowed"})
            continue
        try:
            review.approve(db, [row.draft_id], reason=reason, by=by or "campaign")
            approved.append(row.draft_id)
        except StudioError as exc:
            refused.append({"draft": row.draft_id, "reason": str(exc)})
    return {"campaign": name, "approved": approved, "refused": refused,
            "with_warnings": summary["with_warnings"], "warnings_allowed": allow_warnings,
            "already": summary["drafts"] - summary["to_approve"]}


def schedule(db: Database, ref: str | int, *, override_reason: str | None = None,
             accounts: dict[str, str] | None = None) -> dict[str, Any]:
    """Queue every approved, unscheduled item at its planned time through the gate (one request each, so a
    refused item is reported with its reason and the rest are queued)."""
    from studio.services import drafts
    from studio.services.scheduling import gate
    from studio.storage.models_campaigns import CampaignItem

    if accounts:
        set_accounts(db, ref, accounts)
    with db.session() as s:
        row = _row(s, ref)
        cid, name, accs = row.id, row.name, dict(row.accounts or {})
        items = [(i.id, i.channel, i.market, i.draft_id, i.planned_at, i.phase, i.step)
                 for i in s.scalars(select(CampaignItem).where(CampaignItem.campaign_id == cid,
                                                               CampaignItem.post_id.is_(None))
                                    .order_by(CampaignItem.planned_at, CampaignItem.id))]
        channels = list(row.channels)
    accs = _resolve_accounts(db, channels, accs)
    absent = [c for c in channels if c not in accs]
    if absent:
        raise AccountsMissing(absent)
    set_accounts(db, cid, {c: accs[c] for c in channels if c in accs})
    # the accounts are known now: spread the unqueued posts over each account's good hours (idempotent)
    plan(db, cid)
    with db.session() as s:
        items = [(i.id, i.channel, i.market, i.draft_id, i.planned_at, i.phase, i.step)
                 for i in s.scalars(select(CampaignItem).where(CampaignItem.campaign_id == cid,
                                                               CampaignItem.post_id.is_(None))
                                    .order_by(CampaignItem.planned_at, CampaignItem.id))]
    scheduled, refused, warnings = [], [], list(plan_warnings(db, cid))
    now = clock.now()
    for iid, chan, market, draft_id, planned_at, phase, step in items:
        label = f"{phase}{step} {market} {chan}"
        if draft_id is None:
            refused.append({"item": iid, "what": label, "reason": "not generated yet; generate the campaign first"})
            continue
        d = drafts.get_draft(db, draft_id)
        if d.approved_version is None:
            refused.append({"item": iid, "what": label, "reason": f"draft {draft_id} is not approved; approve it "
                                                                  "first"})
            continue
        version = d.version(d.approved_version)
        when = planned_at if planned_at.tzinfo else planned_at.replace(tzinfo=dt.UTC)
        if when < now:
            refused.append({"item": iid, "what": label, "reason": f"its time {when:%Y-%m-%d %H:%M} UTC has passed; "
                                                                  "re-plan the campaign with later dates"})
            continue
        try:
            res = gate.enqueue(db, [gate.QueueRequest(account=accs[chan], at=when, draft_version_id=version.id,
                                                      override_reason=override_reason)])[0]
        except StudioError as exc:
            refused.append({"item": iid, "what": label, "reason": str(exc)})
            continue
        with db.session() as s:
            item = s.get(CampaignItem, iid)
            if item is not None:
                item.post_id = res.post.id
        scheduled.append(res.post.id)
        warnings += [f"{label}: {w}" for w in res.warnings]
    return {"campaign": name, "scheduled": scheduled, "refused": refused, "warnings": warnings}


# --------------------------------------------------------------------------- show


def _item_status(draft_status: str | None, post_state: str | None, has_draft: bool) -> str:
    if post_state:
        return {"published": "published", "failed": "failed", "cancelled": "cancelled",
                "needs-attention": "failed"}.get(post_state, "scheduled")
    if draft_status == "approved":
        return "approved"
    return "generated" if has_draft else "planned"


ORDER = ("planned", "generated", "approved", "scheduled", "published")


def get_campaign(db: Database, ref: str | int, *, with_items: bool = True) -> CampaignDTO:
    from localization.markets import get_market as gm
    from studio.storage.models_campaigns import CampaignItem

    _refresh_insights(db, ref)

    with db.session() as s:
        row = _row(s, ref)
        handles = dict(s.execute(select(m.Product.id, m.Product.handle).where(m.Product.id.in_(row.products))).all())
        q = (select(CampaignItem, m.Draft.status, m.Post.state, m.DraftVersion.error_count)
             .outerjoin(m.Draft, m.Draft.id == CampaignItem.draft_id)
             .outerjoin(m.DraftVersion, (m.DraftVersion.draft_id == m.Draft.id)
                        & (m.DraftVersion.number == m.Draft.current_version))
             .outerjoin(m.Post, m.Post.id == CampaignItem.post_id)
             .where(CampaignItem.campaign_id == row.id).order_by(CampaignItem.planned_at, CampaignItem.id))
        items = []
        for it, dstatus, pstate, errors in s.execute(q).all():
            when = it.planned_at if it.planned_at.tzinfo else it.planned_at.replace(tzinfo=dt.UTC)
            items.append(ItemDTO(it.id, it.phase, it.step, it.market, it.product_id, handles.get(it.product_id, "?"),
                                 it.channel, it.segment, when, _local_label(when, gm(it.market).timezone or "UTC"),
                                 it.draft_id, dstatus, it.post_id, pstate,
                                 _item_status(dstatus, pstate, it.draft_id is not None), int(errors or 0)))
        counts: dict[str, int] = {}
        for i in items:
            counts[i.status] = counts.get(i.status, 0) + 1
        if not items:
            status = "new"
        elif counts.get("failed"):
            status = "needs-attention"
        else:  # the stage every item has reached
            status = min((i.status for i in items if i.status in ORDER), key=ORDER.index, default="cancelled")
        fname = None
        if row.festival_id:
            fname = next((str(f.get("name")) for f in gm(row.markets[0]).festivals if f.get("id") == row.festival_id),
                         row.festival_id)
        dto = CampaignDTO(row.id, row.name, row.festival_id, fname, row.starts_on, row.ends_on, list(row.markets),
                          [handles.get(p, str(p)) for p in row.products], list(row.products), list(row.channels),
                          list(row.segments), dict(row.accounts or {}), dict(row.offer or {}), status, counts,
                          items if with_items else [], _results(s, [i.post_id for i in items if i.post_id]))
        note = running_note(row.festival_id, list(row.markets), row.starts_on, items)
    if note:
        dto.warnings.append(note)
    if with_items and items:
        dto.warnings.extend(plan_warnings(db, dto.id))
    return dto


def running_note(festival_id: str | None, markets: list[str], starts_on: dt.date,
                 items: list[ItemDTO]) -> str | None:
    """What a campaign made while its festival runs says (CLI, ``--json`` warnings, the app's status line): its plan
    starts now, not at the festival's start — None once the launch is queued, or when the festival is not on."""
    if not festival_id:
        return None
    try:
        _fid, name, fstart, fend = festival_window(festival_id, markets, starts_on)
    except StudioError:
        return None
    if not fstart < clock.today() <= fend:
        return None
    launches = [i for i in items if i.phase == "launch" and i.market == markets[0]]
    if any(i.post_id for i in launches):
        return None
    tz = get_market(markets[0]).timezone or "UTC"
    when = min((i.planned_at for i in launches), default=first_slot())
    return (f"{name} is on ({fstart} – {fend}): the plan starts now — the launch at {_local_label(when, tz)}, "
            "no teasers and no post before now")


def _refresh_insights(db: Database, ref: str | int) -> None:
    """Let Insights read the campaign's published posts (incremental; only when the campaign has some)."""
    from studio.storage.models_campaigns import CampaignItem

    with db.session() as s:
        row = _row(s, ref)
        published = s.scalar(select(m.Post.id).join(CampaignItem, CampaignItem.post_id == m.Post.id)
                             .where(CampaignItem.campaign_id == row.id, m.Post.state == "published").limit(1))
    if published is None:
        return
    try:
        from studio.services import insights
    except ImportError:  # pragma: no cover - Insights not installed
        return
    insights.refresh(db)


def _results(s, post_ids: list[int]) -> dict[str, Any]:
    """The campaign's results from Insights: views, engagement and clicks of its published posts
    (``insight_posts``) and the orders attributed to them through their links' UTM tags, with revenue per currency.
    Empty until a post is published and Insights has read it."""
    if not post_ids:
        return {}
    from sqlalchemy import func

    from studio.storage import models_orders as mo

    rows = s.execute(select(mo.InsightPost.views, mo.InsightPost.engagement, mo.InsightPost.clicks)
                     .where(mo.InsightPost.post_id.in_(post_ids))).all()
    if not rows:
        return {}
    total: dict[str, Any] = {"posts_with_metrics": len(rows)}
    for i, key in enumerate(("views", "engagement", "clicks")):
        vals = [r[i] for r in rows if r[i] is not None]
        total[key] = sum(vals) if vals else None
    OA, OL = mo.OrderAttribution, mo.OrderLine
    sold = s.execute(select(OL.currency, func.count(func.distinct(OL.order_ref)), func.sum(OL.revenue))
                     .select_from(OA).join(OL, OL.id == OA.order_line_id)
                     .where(OA.post_id.in_(post_ids), OA.method == "utm-post").group_by(OL.currency)).all()
    total["orders_via_utm"] = sum(int(n or 0) for _c, n, _r in sold)
    total["revenue_via_utm"] = {str(cur or "?"): str(rev or 0) for cur, _n, rev in sold} or None
    return total


def campaign_posts(db: Database) -> dict[int, dict[str, Any]]:
    """post id → {campaign, phase, segment} for the Calendar's campaign marks."""
    from studio.storage.models_campaigns import Campaign, CampaignItem

    with db.session() as s:
        q = (select(CampaignItem.post_id, Campaign.name, CampaignItem.phase, CampaignItem.segment)
             .join(Campaign, Campaign.id == CampaignItem.campaign_id).where(CampaignItem.post_id.is_not(None)))
        return {pid: {"campaign": name, "phase": phase, "segment": seg} for pid, name, phase, seg in s.execute(q)
                if pid is not None}


@dataclass(frozen=True)
class PlannedSlotDTO:
    """A campaign's planned post that is not queued yet (the Calendar draws it dashed, apart from queued posts)."""
    item_id: int
    campaign_id: int
    campaign: str
    phase: str
    step: int
    market: str
    channel: str
    segment: str
    product_handle: str
    planned_at: dt.datetime  # UTC
    local_time: str  # in the market's time zone, e.g. "2027-02-08 21:00 +03"
    status: str  # planned | generated | approved (a scheduled item is a post, not a slot)


def planned_slots(db: Database, start: dt.datetime | None = None, end: dt.datetime | None = None,
                  campaign: str | int | None = None) -> list[PlannedSlotDTO]:
    """Every campaign item between ``start`` and ``end`` (aware datetimes; open when None) that has no queued post
    yet — what the plan will put on the Calendar once scheduled. After ``schedule`` an item is a post and leaves
    this list (the Calendar then shows it as a scheduled post with its campaign mark)."""
    from studio.storage.models_campaigns import Campaign, CampaignItem

    with db.session() as s:
        q = (select(CampaignItem, Campaign.name, m.Product.handle, m.Draft.status)
             .join(Campaign, Campaign.id == CampaignItem.campaign_id)
             .outerjoin(m.Product, m.Product.id == CampaignItem.product_id)
             .outerjoin(m.Draft, m.Draft.id == CampaignItem.draft_id)
             .where(CampaignItem.post_id.is_(None)))
        if campaign is not None:
            q = q.where(CampaignItem.campaign_id == _row(s, campaign).id)
        if start is not None:
            q = q.where(CampaignItem.planned_at >= start.astimezone(dt.UTC))
        if end is not None:
            q = q.where(CampaignItem.planned_at < end.astimezone(dt.UTC))
        out = []
        for it, cname, handle, dstatus in s.execute(q.order_by(CampaignItem.planned_at, CampaignItem.id)).all():
            when = it.planned_at if it.planned_at.tzinfo else it.planned_at.replace(tzinfo=dt.UTC)
            out.append(PlannedSlotDTO(it.id, it.campaign_id, cname, it.phase, it.step, it.market, it.channel,
                                      it.segment or "", handle or "?", when,
                                      _local_label(when, get_market(it.market).timezone or "UTC"),
                                      _item_status(dstatus, None, it.draft_id is not None)))
    return out
