"""``studio markets [--json]`` and ``studio markets show TAG [--json]`` (plus ``festivals``)."""

from __future__ import annotations

import datetime as dt

from studio import clock
from studio.cli.common import add_command, emit
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "markets", "markets with language, currency, direction, units, channels", run)
    p.add_argument("action", nargs="?", choices=["list", "show", "festivals", "set", "reset"], default="list",
                   help="list (default) | show TAG | festivals TAG [--from DATE] [--days N] | "
                        "set TAG FIELD=VALUE… (your edit, kept across upgrades) | reset TAG (back to shipped)")
    p.add_argument("tag", nargs="?", help="a market's locale tag, e.g. de-DE or ar-SA")
    p.add_argument("assignments", nargs="*", metavar="FIELD=VALUE",
                   help="for 'set': e.g. channels=instagram,tiktok currency=EUR culture.tone='Du-Form'")
    p.add_argument("--from", dest="from_date", help="festivals from this date (YYYY-MM-DD; default today)")
    p.add_argument("--days", type=int, default=365, help="festivals within this many days (default 365)")


def _market(tag: str | None):
    from localization.markets import MarketValidationError, UnknownMarket, get_market

    if not tag:
        raise StudioError("give a market tag, e.g. 'studio markets show de-DE' (see 'studio markets')")
    try:
        return get_market(tag)
    except UnknownMarket as exc:
        raise StudioError(str(exc)) from exc
    except MarketValidationError as exc:
        raise StudioError(str(exc)) from exc


def _summary(m) -> dict:
    return {"tag": m.tag, "country": m.country, "country_name": m.country_name, "language": m.language,
            "language_name": m.language_name, "currency": m.currency, "direction": m.direction,
            "measurement": m.measurement, "size_system": m.size_system, "shoe_system": m.shoe_system,
            "channels": list(m.channels), "marketplaces": list(m.marketplaces), "timezone": m.timezone,
            "overridden": m.overridden}


def run(args) -> int:
    from localization.markets import MarketValidationError, all_markets, market_to_dict, upcoming_festivals

    if args.action == "list":
        if args.tag:
            raise StudioError("'studio markets' lists every market; use 'studio markets show TAG' for one")
        try:
            markets = all_markets()
        except MarketValidationError as exc:
            raise StudioError(str(exc)) from exc
        rows = [_summary(m) for m in markets]

        def human() -> None:
            print(f"{'TAG':<7} {'LANGUAGE':<18} {'CUR':<4} {'DIR':<4} {'UNITS':<9} CHANNELS")
            for r in rows:
                edited = " *" if r["overridden"] else ""
                print(f"{r['tag']:<7} {r['language_name'][:18]:<18} {r['currency']:<4} {r['direction']:<4} "
                      f"{r['measurement']:<9} {', '.join(r['channels'])}{edited}")
            print(f"\n{len(rows)} markets ({len({r['country'] for r in rows})} countries); * = edited by you")

        emit(args, rows, human)
        return 0

    if args.action in ("set", "reset"):
        return _edit(args)
    if args.assignments:
        raise StudioError(f"unexpected arguments {' '.join(args.assignments)!r}; FIELD=VALUE goes with 'set'")
    m = _market(args.tag)
    try:
        start = dt.date.fromisoformat(args.from_date) if args.from_date else clock.today()
    except ValueError as exc:
        raise StudioError(f"--from {args.from_date!r}: use a date like 2026-11-01") from exc
    if args.days < 0:
        raise StudioError("--days must be 0 or more")

    if args.action == "festivals":
        fests = upcoming_festivals(m.tag, start, args.days)

        def human_f() -> None:
            print(f"Festivals for {m.tag} from {start} ({args.days} days) — the id is what "
                  f"studio campaign create --festival takes:")
            for f in fests:
                est = "  (estimate)" if f["estimate"] else ""
                span = f["start"] if f["start"] == f["end"] else f"{f['start']} – {f['end']}"
                print(f"  {span:<25} {f.get('id', ''):<18} {f['name']}{est}")
            if not fests:
                print("  none")

        emit(args, fests, human_f)
        return 0

    from localization.formatting import format_date, format_length, format_price, format_weight

    data = market_to_dict(m)
    data["examples"] = {
        "price": format_price(1234.5, m.currency, m.tag),
        "price_cross_border": format_price(1234.5, m.currency, m.tag, cross_border=True),
        "date": format_date(dt.date(2026, 3, 7), m.tag),
        "length_80cm": format_length(80, m.tag),
        "weight_850g": format_weight(850, m.tag),
    }

    def human_s() -> None:
        print(f"{m.tag}  {m.country_name} — {m.language_name} ({m.language}, {m.script}, {m.direction})"
              + ("  [edited by you]" if m.overridden else ""))
        print(f"  currency     {m.currency} ({m.currency_decimals} decimals), digits {m.digits}")
        print(f"  units        {m.measurement}; clothing {m.size_system}; shoes {m.shoe_system}")
        print(f"  timezone     {m.timezone}; other tags: {', '.join(t for t in m.languages if t != m.tag) or '—'}")
        print(f"  conventions  {m.conventions}")
        print(f"  channels     {', '.join(m.channels)}")
        print(f"  marketplaces {', '.join(m.marketplaces)}")
        print(f"  payment      {', '.join(m.payment)}")
        for mandate in m.mandates:
            print(f"  mandate      [{mandate.get('target')}] {mandate['rule']}")
        for key, value in m.culture.items():
            text = "; ".join(value) if isinstance(value, list) else str(value)
            print(f"  culture.{key:<12} {text}")
        for key, value in data["examples"].items():
            print(f"  e.g. {key:<19} {value}")
        print("  festivals:")
        for f in m.festivals:
            est = "  (estimate)" if f["estimate"] else ""
            span = f["start"] if f["start"] == f["end"] else f"{f['start']} – {f['end']}"
            print(f"    {span:<25} {f.get('id', ''):<18} {f['name']}{est}")

    emit(args, data, human_s)
    return 0


_LIST_FIELDS = {"channels", "marketplaces", "payment"}


def _edit(args) -> int:
    from localization import markets as reg

    m = _market(args.tag)
    if args.action == "reset":
        reg.reset_override(m.tag)
        emit(args, {"tag": m.tag, "reset": True}, f"{m.tag}: back to the shipped data")
        return 0
    if not args.assignments:
        raise StudioError("give FIELD=VALUE pairs, e.g. 'studio markets set de-DE channels=instagram,tiktok'")
    changes: dict = {}
    for item in args.assignments:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise StudioError(f"{item!r}: use FIELD=VALUE (editable: {', '.join(reg.EDITABLE_FIELDS)})")
        if key.startswith("culture."):
            sub = key.split(".", 1)[1]
            items = [v.strip() for v in value.split(",") if v.strip()]
            changes.setdefault("culture", {})[sub] = items if sub in ("taboos", "what_sells", "themes") else value
        elif key in _LIST_FIELDS:
            changes[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key in ("festivals", "mandates"):
            raise StudioError(f"{key}: edit it in the app (Markets section) or in {reg.overrides_path()}")
        else:
            changes[key] = value.strip()
    try:
        m = reg.save_override(m.tag, changes)
    except reg.MarketValidationError as exc:
        raise StudioError(str(exc)) from exc
    emit(args, {"tag": m.tag, "changed": changes, "overrides": str(reg.overrides_path())},
         f"{m.tag}: saved {', '.join(changes)} to {reg.overrides_path()}")
    return 0
