"""The market registry: one ``Market`` per locale tag (``de-DE``, ``ar-SA``, ``fr-CA``…).

Shipped data lives beside the code (``localization/data/markets.json``, ``festivals.json``); the user's edits
live in ``<data dir>/localization/markets.json`` and are merged over the shipped data per tag, so they survive
upgrades (a new release ships new data; the user's file is never overwritten). A bilingual country has one
tag per language (``en-CA``/``fr-CA``, ``ms-MY``/``en-MY``…), each a full ``Market``.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from localization import paths

__all__ = [
    "Market", "UnknownMarket", "MarketValidationError", "get_market", "market_or_provisional", "all_markets",
    "all_tags", "IMPERIAL_COUNTRIES",
    "parse_market_list", "upcoming_festivals", "festivals_between", "festival_local_name", "save_override", "reset_override",
    "overrides_path", "load_overrides", "is_overridden", "shipped_festival_entries", "market_to_dict", "SIZE_SYSTEMS", "SHOE_SYSTEMS",
    "EDITABLE_FIELDS",
]

SIZE_SYSTEMS = ("EU", "UK", "US", "JP", "CN", "KR", "IT", "AU", "BR", "MX", "INT")
SHOE_SYSTEMS = ("EU", "UK", "US", "JP", "KR", "CN", "BR", "MX")
DIRECTIONS = ("ltr", "rtl")
MEASUREMENTS = ("metric", "imperial")
DIGITS = ("latn", "arab", "arabext", "deva", "thai")
# CLDR supplemental measurementData: the territories that measure in US customary units. Used for tags the
# registry lacks; a registered market states its own ``measurement``.
IMPERIAL_COUNTRIES = frozenset({"US", "LR", "MM"})

_TAG = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")


class UnknownMarket(ValueError):
    """A locale tag that is not in the registry. The message lists the known tags."""

    def __init__(self, tag: str, known: list[str]) -> None:
        self.tag = tag
        self.known = known
        super().__init__(f"unknown market {tag!r}; known markets: {', '.join(known)}")


class MarketValidationError(ValueError):
    """User edits that cannot be saved; ``errors`` lists ``field: problem`` lines."""

    def __init__(self, tag: str, errors: list[str]) -> None:
        self.tag = tag
        self.errors = errors
        super().__init__(f"market {tag}: " + "; ".join(errors))


@dataclass(frozen=True)
class Market:
    tag: str
    country: str
    country_name: str
    language: str
    language_name: str
    script: str
    direction: str
    currency: str
    currency_decimals: int
    digits: str  # numbering system prices/numbers use by default ("latn" Western, "arab" Arabic-Indic)
    measurement: str
    size_system: str
    shoe_system: str
    timezone: str
    region: str
    channels: tuple[str, ...]
    marketplaces: tuple[str, ...]
    mandates: tuple[dict, ...]
    culture: dict
    festivals: tuple[dict, ...]  # {id, name, start, end, estimate, note?, kind} for 2026 and 2027
    payment: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # every language tag of this country (sibling markets)
    conventions: dict = field(default_factory=dict)  # number/date conventions (from CLDR via Babel)
    overridden: bool = False

    locale_id: str = ""  # the CLDR/Babel locale used for formatting (the tag, or a stated fallback)

    @property
    def babel_locale(self) -> str:
        return self.locale_id or self.tag.replace("-", "_")

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    def mandates_for(self, target: str) -> list[dict]:
        return [m for m in self.mandates if m.get("target") == target]


# --------------------------------------------------------------------------- loading
def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, dict], dict[str, dict]]:
    """Flattened shipped records per tag, and the festival table."""
    fest = _read_json(paths.DATA_DIR / "festivals.json")["festivals"]
    data = _read_json(paths.DATA_DIR / "markets.json")
    records: dict[str, dict] = {}
    for country in data["markets"]:
        base = {k: v for k, v in country.items() if k != "locales"}
        siblings = [loc["tag"] for loc in country["locales"]]
        for loc in country["locales"]:
            rec = copy.deepcopy(base)
            rec.update(copy.deepcopy(loc))
            rec["languages"] = siblings
            records[loc["tag"]] = rec
    return records, fest


def overrides_path() -> Path:
    return paths.user_dir() / "markets.json"


def load_overrides() -> dict[str, dict]:
    """The user's edits per tag ({} when there are none). A corrupt file raises MarketValidationError."""
    path = overrides_path()
    try:
        data = _read_json(path)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise MarketValidationError("*", [f"{path}: not valid JSON ({exc}); fix or delete the file"]) from exc
    markets = data.get("markets", {}) if isinstance(data, dict) else None
    if not isinstance(markets, dict):
        raise MarketValidationError("*", [f"{path}: expected {{\"markets\": {{TAG: {{...}}}}}}"])
    return markets


def _write_overrides(overrides: dict[str, dict]) -> None:
    payload = {"version": 1, "markets": overrides}
    paths.atomic_write_text(overrides_path(), json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True))
    _merged.cache_clear()


def _overrides_key() -> tuple[str, float]:
    path = overrides_path()
    try:
        return str(path), os.stat(path).st_mtime_ns
    except OSError:
        return str(path), 0.0


def _compute_conventions(tag: str) -> dict:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        loc = Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return {}
    symbols = loc.number_symbols.get("latn", {})
    return {
        "decimal": symbols.get("decimal", "."),
        "group": symbols.get("group", ","),
        "date_short": get_date_format("short", locale=loc).pattern,
        "date_medium": get_date_format("medium", locale=loc).pattern,
        "first_weekday": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][loc.first_week_day],
        "calendar": "gregorian",
    }


_conv_cache: dict[str, dict] = {}


def _resolve_festivals(entries: list, fest: dict[str, dict]) -> tuple[dict, ...]:
    out = []
    for entry in entries:
        if isinstance(entry, str):
            entry = {"id": entry}
        fid = entry["id"]
        if "start" in entry:  # a custom (user) festival with its own dates
            out.append({"id": fid, "name": entry.get("name", fid), "start": entry["start"],
                        "end": entry.get("end", entry["start"]), "estimate": bool(entry.get("estimate", False)),
                        "note": entry.get("note", ""), "kind": entry.get("kind", "custom")})
            continue
        spec = fest[fid]
        for _year, span in sorted(spec["dates"].items()):
            out.append({"id": fid, "name": entry.get("name") or spec["name"], "start": span["start"],
                        "end": span["end"], "estimate": bool(spec.get("estimate", False)),
                        "note": spec.get("note", ""), "kind": spec.get("kind", "")})
    out.sort(key=lambda f: (f["start"], f["id"]))
    return tuple(out)


def _build(rec: dict, fest: dict, currencies: dict, overridden: bool) -> Market:
    tag = rec["tag"]
    if tag not in _conv_cache:
        _conv_cache[tag] = _compute_conventions(_locale_id(tag, rec))
    cur = rec["currency"]
    return Market(
        tag=tag,
        country=rec["country"],
        country_name=rec["country_name"],
        language=rec["language"],
        language_name=rec["language_name"],
        script=rec.get("script", "Latn"),
        direction=rec.get("direction", "ltr"),
        currency=cur,
        currency_decimals=int(rec.get("currency_decimals", currencies.get(cur, {}).get("decimals", 2))),
        digits=rec.get("digits", "latn"),
        measurement=rec["measurement"],
        size_system=rec["size_system"],
        shoe_system=rec["shoe_system"],
        timezone=rec["timezone"],
        region=rec.get("region", ""),
        channels=tuple(rec.get("channels", ())),
        marketplaces=tuple(rec.get("marketplaces", ())),
        mandates=tuple(rec.get("mandates", ())),
        culture=dict(rec.get("culture", {})),
        festivals=_resolve_festivals(rec.get("festivals", []), fest),
        payment=tuple(rec.get("payment", ())),
        languages=tuple(rec.get("languages", (tag,))),
        conventions=dict(_conv_cache[tag]),
        overridden=overridden,
        locale_id=_locale_id(tag, rec),
    )


def _locale_id(tag: str, rec: dict) -> str:
    """The Babel locale for formatting: the tag when CLDR has it, else ``babel_locale`` from the data, else
    the language alone."""
    from babel import Locale, UnknownLocaleError

    for candidate in (tag.replace("-", "_"), rec.get("babel_locale"), rec.get("language")):
        if not candidate:
            continue
        try:
            Locale.parse(candidate)
            return candidate
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


@functools.lru_cache(maxsize=1)
def _currencies() -> dict[str, dict]:
    return _read_json(paths.DATA_DIR / "currencies.json")["currencies"]


@functools.lru_cache(maxsize=4)
def _merged(_key: tuple[str, float]) -> dict[str, Market]:
    records, fest = _shipped()
    overrides = load_overrides()
    out: dict[str, Market] = {}
    for tag, rec in records.items():
        ov = overrides.get(tag)
        merged = _merge(rec, ov) if ov else rec
        out[tag] = _build(merged, fest, _currencies(), bool(ov))
    for tag, ov in overrides.items():  # markets the user added
        if tag not in records:
            errors = validate(tag, ov, new=True)
            if not errors:
                out[tag] = _build({**ov, "tag": tag}, fest, _currencies(), True)
    return dict(sorted(out.items()))


def _merge(rec: dict, ov: dict) -> dict:
    merged = copy.deepcopy(rec)
    for key, value in ov.items():
        if key == "culture" and isinstance(value, dict):
            merged.setdefault("culture", {}).update(copy.deepcopy(value))
        else:
            merged[key] = copy.deepcopy(value)
    merged["tag"] = rec["tag"]
    return merged


def _registry() -> dict[str, Market]:
    return _merged(_overrides_key())


def all_markets() -> list[Market]:
    return list(_registry().values())


def all_tags() -> list[str]:
    return list(_registry())


def _canonical(tag: str) -> str:
    tag = tag.strip().replace("_", "-")
    parts = tag.split("-")
    if len(parts) == 2:
        return f"{parts[0].lower()}-{parts[1].upper()}"
    return tag


def get_market(tag: str) -> Market:
    reg = _registry()
    canon = _canonical(tag or "")
    try:
        return reg[canon]
    except KeyError:
        raise UnknownMarket(tag, list(reg)) from None


def market_or_provisional(tag: str) -> Market:
    """The registered market for ``tag``; for a tag the registry lacks (``he-IL``), a provisional one whose
    language, script, direction, currency and measurement come from CLDR (no channels, festivals or culture),
    so the quality rules can still check text written for it. The registry stays the source of truth."""
    try:
        return get_market(tag)
    except UnknownMarket:
        return _provisional(_canonical(tag or ""))


@functools.lru_cache(maxsize=256)
def _provisional(tag: str) -> Market:
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.numbers import get_currency_precision, get_territory_currencies

    parts = tag.split("-")
    language = parts[0].lower() if parts and parts[0] else "en"
    country = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    try:
        loc: Locale | None = Locale.parse(f"{language}_{country}" if country else language)
    except (UnknownLocaleError, ValueError):
        try:
            loc = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            loc = None
    likely = str(get_global("likely_subtags").get(language, "")).split("_")
    currencies = get_territory_currencies(country) if country else []
    currency = currencies[0] if currencies else ""
    return Market(
        tag=tag, country=country,
        country_name=Locale("en").territories.get(country, country) if country else "",
        language=language, language_name=(loc.language_name or language) if loc is not None else language,
        script=likely[1] if len(likely) >= 3 else "Latn",
        direction="rtl" if loc is not None and loc.character_order == "right-to-left" else "ltr",
        currency=currency, currency_decimals=get_currency_precision(currency) if currency else 2,
        digits="latn", measurement="imperial" if country in IMPERIAL_COUNTRIES else "metric",
        size_system="INT", shoe_system="EU", timezone="", region="", channels=(), marketplaces=(), mandates=(),
        culture={}, festivals=(), languages=(tag,), locale_id=str(loc) if loc is not None else "en",
    )


def parse_market_list(value: str | list[str] | None) -> list[Market]:
    """``"de-DE,ar-SA"`` → [Market, Market] (order kept, duplicates dropped; unknown tags raise)."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    out, seen = [], set()
    for item in items:
        if not item.strip():
            continue
        m = get_market(item)
        if m.tag not in seen:
            seen.add(m.tag)
            out.append(m)
    return out


# --------------------------------------------------------------------------- festivals
def festivals_between(tag: str, start: dt.date, end: dt.date) -> list[dict]:
    """Festivals of the market that overlap [start, end] (inclusive), sorted by start date."""
    out = []
    for f in get_market(tag).festivals:
        f_start, f_end = dt.date.fromisoformat(f["start"]), dt.date.fromisoformat(f["end"])
        if f_start <= end and f_end >= start:
            out.append(dict(f))
    return out


def festival_local_name(festival_id: str, language: str) -> str | None:
    """The festival's name as shoppers write it in ``language`` (``festivals.json`` ``local_names``: "رمضان",
    "Ramazan Bayramı", "双十一"), or None where the table has none (the registry's name is then used)."""
    spec = _shipped()[1].get(festival_id) or {}
    return (spec.get("local_names") or {}).get(language.split("-")[0].lower())


def upcoming_festivals(tag: str, from_date: dt.date, days: int = 90) -> list[dict]:
    """Festivals starting or still running within ``days`` from ``from_date`` (the caller's today: the app's clock
    is ``studio.clock``, which this leaf package does not import)."""
    return festivals_between(tag, from_date, from_date + dt.timedelta(days=days))


# --------------------------------------------------------------------------- user edits
EDITABLE_FIELDS = (
    "country_name", "language_name", "direction", "currency", "digits", "measurement", "size_system",
    "shoe_system", "timezone", "channels", "marketplaces", "payment", "culture", "festivals", "mandates",
)
_NEW_REQUIRED = ("country", "country_name", "language", "language_name", "currency", "measurement",
                 "size_system", "shoe_system", "timezone")


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list | tuple) and all(isinstance(x, str) and x.strip() for x in v)


def validate(tag: str, changes: dict, *, new: bool = False) -> list[str]:
    """Problems with ``changes`` for ``tag`` as ``field: what is wrong — what to do`` lines."""
    errors: list[str] = []
    if not _TAG.match(tag):
        errors.append(f"tag: {tag!r} is not a locale tag like 'de-DE' (language-REGION)")
    allowed = set(EDITABLE_FIELDS) | ({"country", "language", "script", "region", "currency_decimals"} if new else set())
    for key in changes:
        if key not in allowed:
            errors.append(f"{key}: not an editable field (editable: {', '.join(sorted(allowed))})")
    if new:
        for key in _NEW_REQUIRED:
            if key not in changes:
                errors.append(f"{key}: required for a new market")
    c = changes
    if "direction" in c and c["direction"] not in DIRECTIONS:
        errors.append(f"direction: {c['direction']!r} must be 'ltr' or 'rtl'")
    if "measurement" in c and c["measurement"] not in MEASUREMENTS:
        errors.append(f"measurement: {c['measurement']!r} must be 'metric' or 'imperial'")
    if "size_system" in c and c["size_system"] not in SIZE_SYSTEMS:
        errors.append(f"size_system: {c['size_system']!r} must be one of {', '.join(SIZE_SYSTEMS)}")
    if "shoe_system" in c and c["shoe_system"] not in SHOE_SYSTEMS:
        errors.append(f"shoe_system: {c['shoe_system']!r} must be one of {', '.join(SHOE_SYSTEMS)}")
    if "digits" in c and c["digits"] not in DIGITS:
        errors.append(f"digits: {c['digits']!r} must be one of {', '.join(DIGITS)}")
    if "currency" in c:
        from babel.numbers import get_currency_name

        cur = c["currency"]
        if not (isinstance(cur, str) and re.fullmatch(r"[A-Z]{3}", cur)):
            errors.append(f"currency: {cur!r} must be an ISO 4217 code like 'EUR'")
        elif get_currency_name(cur, locale="en") == cur:
            errors.append(f"currency: {cur!r} is not a known ISO 4217 currency")
    if "timezone" in c:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(str(c["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            errors.append(f"timezone: {c['timezone']!r} is not an IANA time zone like 'Europe/Berlin'")
    for key in ("channels", "marketplaces", "payment"):
        if key in c and not _is_str_list(c[key]):
            errors.append(f"{key}: must be a list of non-empty names")
    for key in ("country_name", "language_name"):
        if key in c and not (isinstance(c[key], str) and c[key].strip()):
            errors.append(f"{key}: must be a non-empty text")
    if "culture" in c and not isinstance(c["culture"], dict):
        errors.append("culture: must be an object of guidance fields (tone, taboos, what_sells…)")
    if "mandates" in c:
        if not isinstance(c["mandates"], list) or not all(isinstance(m, dict) and m.get("rule") for m in c["mandates"]):
            errors.append("mandates: must be a list of objects each with a 'rule' text")
    if "festivals" in c:
        _records, fest = _shipped()
        if not isinstance(c["festivals"], list):
            errors.append("festivals: must be a list")
        else:
            for i, f in enumerate(c["festivals"]):
                f = {"id": f} if isinstance(f, str) else f
                if not isinstance(f, dict) or not f.get("id"):
                    errors.append(f"festivals[{i}]: needs an 'id'")
                    continue
                if "start" in f:
                    try:
                        s = dt.date.fromisoformat(str(f["start"]))
                        e = dt.date.fromisoformat(str(f.get("end", f["start"])))
                        if e < s:
                            errors.append(f"festivals[{i}] ({f['id']}): end {e} is before start {s}")
                    except ValueError:
                        errors.append(f"festivals[{i}] ({f['id']}): dates must be YYYY-MM-DD")
                elif f["id"] not in fest:
                    errors.append(f"festivals[{i}]: unknown festival id {f['id']!r}; give 'start'/'end' "
                                  f"dates for a custom one")
    return errors


def save_override(tag: str, changes: dict) -> Market:
    """Validate and store the user's edits for ``tag`` (merged with earlier edits). Returns the new Market.

    Fields equal to the shipped value are dropped from the override, so an upgrade's new shipped value
    wins for everything the user did not actually change.
    """
    records, _fest = _shipped()
    canon = _canonical(tag)
    new = canon not in records
    overrides = load_overrides()
    current = dict(overrides.get(canon, {}))
    current.update(changes)
    errors = validate(canon, current, new=new)
    if errors:
        raise MarketValidationError(canon, errors)
    if not new:
        shipped = records[canon]
        current = {k: v for k, v in current.items() if _norm(shipped.get(k)) != _norm(v)}
    if current:
        overrides[canon] = current
    else:
        overrides.pop(canon, None)
    _write_overrides(overrides)
    return get_market(canon)


def _norm(v: Any) -> Any:
    return json.loads(json.dumps(v)) if v is not None else None


def reset_override(tag: str) -> Market | None:
    """Drop the user's edits for ``tag`` (a user-added market disappears; returns None then)."""
    canon = _canonical(tag)
    overrides = load_overrides()
    overrides.pop(canon, None)
    _write_overrides(overrides)
    records, _ = _shipped()
    return get_market(canon) if canon in records else None


def shipped_festival_entries(tag: str) -> list[dict]:
    """The festival entries (``{"id", "name"?}``) the shipped data gives ``tag`` ([] for a user market)."""
    records, _ = _shipped()
    rec = records.get(_canonical(tag))
    return copy.deepcopy(rec.get("festivals", [])) if rec else []


def is_overridden(tag: str) -> bool:
    return _canonical(tag) in load_overrides()


def market_to_dict(m: Market) -> dict:
    d = asdict(m)
    for key in ("channels", "marketplaces", "mandates", "festivals", "payment", "languages"):
        d[key] = list(d[key])
    d["babel_locale"] = m.babel_locale
    return d
