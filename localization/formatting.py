"""Locale formatting with Babel (CLDR): prices, numbers, dates, units, size charts, exchange rates.

Every function takes a market tag (``de-DE``, ``ar-SA``…) and formats the way buyers there read it:
- prices with the digits shoppers see on marketplaces (platform-specs.md D: Currency — JPY, KRW, IDR, VND,
  CLP, COP without decimals; ar-SA Arabic-Indic digits unless the platform wants Western ones);
- ``cross_border=True`` writes ambiguous dollar/yen symbols unambiguously (MX$, US$, A$, C$… or ISO codes;
  platform-specs.md D: Currency — "MXN's symbol is also '$', so write 'MXN' or 'MX$' in cross-border copy");
- dates always in the Gregorian calendar (platform-specs.md D: Dates — th-TH marketplaces use Gregorian,
  not the Buddhist 2569; Babel formats CLDR's Gregorian calendar only, so this holds for every tag);
- US imperial with metric alongside, metric first elsewhere (platform-specs.md D: Units).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

import regex
from babel.dates import format_date as _babel_format_date
from babel.numbers import NumberPattern, format_decimal, parse_pattern

from localization import paths
from localization.markets import Market, get_market

__all__ = [
    "format_price", "format_number", "format_date", "format_length", "format_weight", "format_dimensions",
    "convert_price", "Converted", "rates_table", "save_rates", "reset_rates", "rates_path", "RatesError",
    "cm_to_in", "in_to_cm", "g_to_lb", "lb_to_g", "g_to_oz", "oz_to_g", "size_chart", "SizeChart",
    "shoe_size", "shoe_sizes", "currency_decimals", "cross_border_symbol", "parse_size_chart",
    "size_chart_from_text", "duration_minutes", "format_minutes",
]

CM_PER_IN = 2.54
G_PER_LB = 453.59237
G_PER_OZ = G_PER_LB / 16


def cm_to_in(cm: float) -> float:
    return cm / CM_PER_IN


def in_to_cm(inches: float) -> float:
    return inches * CM_PER_IN


def g_to_lb(g: float) -> float:
    return g / G_PER_LB


def lb_to_g(lb: float) -> float:
    return lb * G_PER_LB


def g_to_oz(g: float) -> float:
    return g / G_PER_OZ


def oz_to_g(oz: float) -> float:
    return oz * G_PER_OZ


@lru_cache(maxsize=1)
def _currencies() -> dict[str, dict]:
    return json.loads((paths.DATA_DIR / "currencies.json").read_text(encoding="utf-8"))["currencies"]


def currency_decimals(currency: str) -> int:
    """Decimals marketplaces display (0 for JPY, KRW, IDR, VND, CLP, COP)."""
    info = _currencies().get(currency.upper())
    if info is not None:
        return int(info["decimals"])
    from babel.numbers import get_currency_precision

    return get_currency_precision(currency.upper())


def cross_border_symbol(currency: str) -> str:
    info = _currencies().get(currency.upper())
    return info["cross_border"] if info else currency.upper()


def _market(tag: str | Market) -> Market:
    return tag if isinstance(tag, Market) else get_market(tag)


def _digits(m: Market, digits: str | None) -> str:
    return digits or m.digits or "latn"


def _quantize(amount: Any, places: int) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return Decimal(str(amount)).quantize(q, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- prices
def format_price(amount: float | Decimal | int | str, currency: str, tag: str | Market, *,
                 cross_border: bool = False, digits: str | None = None) -> str:
    """``format_price(1234.5, "EUR", "de-DE")`` → ``"1.234,50 €"``.

    ``digits``: "latn" (Western) or "arab" (Arabic-Indic) etc.; default is the market's. ``cross_border``
    swaps the locale's symbol for an unambiguous one (MX$, US$, A$, C$, JP¥… or the ISO code).
    Amounts are rounded half-up to the currency's displayed decimals.
    """
    m = _market(tag)
    currency = currency.upper()
    places = currency_decimals(currency)
    value = _quantize(amount, places)
    locale = _locale(m.babel_locale)
    pattern = _currency_pattern(m.babel_locale, places)
    text = pattern.apply(value, locale, currency=currency, currency_digits=False,
                         numbering_system=_digits(m, digits))
    if cross_border:
        text = _cross_border(text, currency, locale)
    return _apply_digits(text, _digits(m, digits))


@lru_cache(maxsize=256)
def _currency_pattern(locale_id: str, places: int) -> NumberPattern:
    """The locale's standard currency pattern with exactly ``places`` decimals (0 for JPY, KRW, IDR…)."""
    pattern = copy.copy(parse_pattern(_locale(locale_id).currency_formats["standard"]))
    pattern.frac_prec = (places, places)
    return pattern


def _cross_border(text: str, currency: str, locale) -> str:
    from babel.numbers import get_currency_symbol

    local = get_currency_symbol(currency, locale=locale)
    wanted = cross_border_symbol(currency)
    if local == wanted or local not in text:
        return text
    i = text.index(local)
    after = text[i + len(local): i + len(local) + 1]
    before = text[i - 1: i] if i else ""
    replacement = wanted
    if wanted[-1:].isalpha() and after[:1].isdigit():
        replacement = wanted + "\u00a0"  # "COP 20", not "COP20"
    if wanted[:1].isalpha() and before[:1].isdigit():
        replacement = "\u00a0" + replacement
    return text[:i] + replacement + text[i + len(local):]


def format_number(n: float | int | Decimal, tag: str | Market, *, digits: str | None = None,
                  decimals: int | None = None) -> str:
    m = _market(tag)
    if decimals is not None:
        n = _quantize(n, decimals)
        fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
        return _apply_digits(format_decimal(n, format=fmt, locale=m.babel_locale,
                                            numbering_system=_digits(m, digits)), _digits(m, digits))
    return _apply_digits(format_decimal(n, locale=m.babel_locale, numbering_system=_digits(m, digits)),
                         _digits(m, digits))


def format_date(d: dt.date | dt.datetime, tag: str | Market, fmt: str = "medium", *,
                digits: str | None = None) -> str:
    """A Gregorian date in the market's convention (``fmt``: short, medium, long, full or a CLDR pattern)."""
    m = _market(tag)
    if isinstance(d, dt.datetime):
        d = d.date()
    text = _babel_format_date(d, format=fmt, locale=m.babel_locale)
    return _apply_digits(text, _digits(m, digits))


_DIGIT_SETS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹", "deva": "०१२३४५६७८९", "thai": "๐๑๒๓๔๕๖๗๘๙"}


def _apply_digits(text: str, system: str) -> str:
    """Write every digit of ``text`` in ``system`` ("latn", "arab"…). Babel switches the separators for a
    numbering system but leaves the digits Latin, and CLDR dates use the locale's default digits."""
    return text.translate(_digit_table(system))


@lru_cache(maxsize=8)
def _digit_table(system: str) -> dict[int, str]:
    target = _DIGIT_SETS.get(system, "0123456789")
    table: dict[int, str] = {}
    for digits in ("0123456789", *_DIGIT_SETS.values()):
        if digits != target:
            table.update({ord(d): target[i] for i, d in enumerate(digits)})
    return table


# --------------------------------------------------------------------------- units
def _round_measure(value: float, exact: bool = False) -> float:
    """Sensible rounding: 1 decimal below 100, whole numbers from 100. ``exact`` (a metric figure as the seller
    stated it, "1.15 kg", "22.5 cm"): 2 decimals below 100, so the seller's number never drifts (1.15 kg is no
    1.2 kg); converted imperial figures keep the sensible rounding."""
    places = (2 if exact else 1) if abs(value) < 100 else 0
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _num(value: float, m: Market, digits: str | None = None, exact: bool = False) -> str:
    value = _round_measure(value, exact)
    fmt = ("#,##0.##" if exact else "#,##0.#") if value != int(value) else "#,##0"
    return _apply_digits(format_decimal(value, format=fmt, locale=m.babel_locale,
                                        numbering_system=_digits(m, digits)), _digits(m, digits))


@lru_cache(maxsize=64)
def _locale(locale_id: str):
    from babel import Locale

    return Locale.parse(locale_id)


def _unit_text(numtext: str, value: float, unit: str, m: Market, exact: bool = False) -> str:
    """CLDR short unit pattern for ``value``'s plural form, filled with the already formatted number.

    (Babel's ``format_unit`` with a pre-formatted string picks the wrong plural form, and some Arabic forms
    have no number at all — "غرام" — so the pattern is chosen here and always keeps the number.)
    """
    loc = _locale(m.babel_locale)
    patterns = loc._data["unit_patterns"][unit]["short"]
    pattern = patterns.get(loc.plural_form(abs(_round_measure(value, exact)))) or patterns["other"]
    if "{0}" not in pattern:
        pattern = patterns["other"]
    return pattern.replace("{0}", numtext)


def _unit(value: float, unit: str, m: Market, digits: str | None = None, exact: bool = False) -> str:
    return _unit_text(_num(value, m, digits, exact), value, unit, m, exact)


def duration_minutes(hours: float) -> int | None:
    """The minutes to say for a duration stored in hours ("0.33 h": a battery life read off "up to 20 minutes")
    when minutes read better than hours: under 3 h and not a whole or half number of hours ("1.5 h", "2 h" stay
    hours); None otherwise. Stored hours carry two decimals, so the nearest whole minute is the one meant."""
    if not 0 < hours < 3 or float(hours * 2).is_integer():
        return None
    minutes = round(hours * 60)
    return minutes if minutes > 0 else None


def format_minutes(minutes: int, tag: str | Market, *, digits: str | None = None) -> str:
    """``20`` → ``"20 minutes"`` / ``"20 Minuten"`` / ``"20 minutes"`` (fr) / ``"20分"`` / ``"20分钟"``: CLDR's long
    duration-minute pattern of the market's locale, number as the market writes it (no space inside CJK)."""
    m = _market(tag)
    loc = _locale(m.babel_locale)
    patterns = loc._data["unit_patterns"]["duration-minute"]["long"]
    pattern = patterns.get(loc.plural_form(minutes)) or patterns["other"]
    if "{0}" not in pattern:
        pattern = patterns["other"]
    text = pattern.replace("{0}", _num(minutes, m, digits))
    if loc.language in ("ja", "zh"):
        text = text.replace(" ", "").replace("\u00a0", "")
    return text


def format_length(cm: float, tag: str | Market, *, digits: str | None = None) -> str:
    """``80`` cm → ``"80 cm"``; US → ``"31.5 in (80 cm)"``. Lengths ≥ 100 cm are shown in m (metric)."""
    m = _market(tag)
    if m.measurement == "imperial":
        metric = _unit(cm, "length-centimeter", m, digits, exact=True)
        inches = cm_to_in(cm)
        if inches >= 36:
            imperial = _unit(inches / 12, "length-foot", m, digits)
        else:
            imperial = _unit(inches, "length-inch", m, digits)
        return f"{imperial} ({metric})"
    if cm >= 100:
        return _unit(cm / 100, "length-meter", m, digits, exact=True)
    return _unit(cm, "length-centimeter", m, digits, exact=True)


def format_weight(grams: float, tag: str | Market, *, digits: str | None = None) -> str:
    """``850`` g → ``"850 g"``; ≥ 1000 g → kg; US → ``"1.9 lb (850 g)"`` / ``"12.3 oz (350 g)"``."""
    m = _market(tag)
    metric = (_unit(grams / 1000, "mass-kilogram", m, digits, exact=True) if grams >= 1000
              else _unit(grams, "mass-gram", m, digits, exact=True))
    if m.measurement == "imperial":
        lb = g_to_lb(grams)
        imperial = _unit(lb, "mass-pound", m, digits) if lb >= 1 else _unit(g_to_oz(grams), "mass-ounce", m, digits)
        return f"{imperial} ({metric})"
    return metric


_LEN_UNITS = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": CM_PER_IN, "ft": 30.48}


def format_dimensions(length: float, width: float, height: float, unit: str, tag: str | Market, *,
                      digits: str | None = None) -> str:
    """``80 × 40 × 30 cm``; US → ``31.5 × 15.7 × 11.8 in (80 × 40 × 30 cm)``. ``unit``: mm, cm, m, in, ft."""
    m = _market(tag)
    try:
        factor = _LEN_UNITS[unit]
    except KeyError:
        raise ValueError(f"unknown length unit {unit!r}; use one of {', '.join(_LEN_UNITS)}") from None
    cms = [v * factor for v in (length, width, height)]

    def joined(values: list[float], unit_id: str, exact: bool = False) -> str:
        nums = " × ".join(_num(v, m, digits, exact) for v in values)
        return _unit_text(nums, values[-1], unit_id, m, exact)

    metric = joined(cms, "length-centimeter", exact=True)
    if m.measurement == "imperial":
        return f"{joined([cm_to_in(v) for v in cms], 'length-inch')} ({metric})"
    return metric


# --------------------------------------------------------------------------- exchange rates
class RatesError(ValueError):
    pass


@dataclass(frozen=True)
class Converted:
    amount: Decimal
    rate: Decimal  # units of to_cur per 1 from_cur
    as_of: str
    from_cur: str
    to_cur: str
    source: str = ""

    def note(self) -> str:
        return f"1 {self.from_cur} = {self.rate.normalize():f} {self.to_cur} (rate as of {self.as_of})"


def rates_path():
    return paths.user_dir() / "rates.json"


def _shipped_rates() -> dict:
    return json.loads((paths.DATA_DIR / "rates.json").read_text(encoding="utf-8"))


def rates_table() -> dict:
    """{"base", "as_of", "source", "rates": {CUR: per-base}}; the user's file wins over the shipped one."""
    path = rates_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _shipped_rates()
    except (OSError, ValueError) as exc:
        raise RatesError(f"{path}: not valid JSON ({exc}); fix or delete the file") from exc
    problems = _validate_rates(data)
    if problems:
        raise RatesError(f"{path}: " + "; ".join(problems))
    return data


def _validate_rates(data: Any) -> list[str]:
    if not isinstance(data, dict):
        return ["expected an object with base, as_of and rates"]
    problems = []
    base = data.get("base")
    if not (isinstance(base, str) and len(base) == 3 and base.isupper()):
        problems.append("base: must be an ISO currency code like 'USD'")
    try:
        dt.date.fromisoformat(str(data.get("as_of")))
    except ValueError:
        problems.append("as_of: must be a date YYYY-MM-DD")
    rates = data.get("rates")
    if not isinstance(rates, dict) or not rates:
        problems.append("rates: must map currency codes to numbers")
    else:
        for cur, val in rates.items():
            if not (isinstance(cur, str) and len(cur) == 3 and cur.isupper()):
                problems.append(f"rates.{cur}: not an ISO currency code")
            elif not isinstance(val, int | float) or isinstance(val, bool) or not math.isfinite(val) or val <= 0:
                problems.append(f"rates.{cur}: {val!r} must be a positive number")
        if isinstance(base, str) and base in rates and rates[base] != 1:
            problems.append(f"rates.{base}: the base currency's rate must be 1")
    return problems


def save_rates(rates: dict[str, float | str], as_of: str | dt.date, base: str = "USD", source: str = "user") -> dict:
    upper: dict[str, float | str] = {k.upper(): v for k, v in rates.items()}  # checked below
    upper.setdefault(base, 1)
    data = {"version": 1, "base": base, "as_of": str(as_of), "source": source, "rates": upper}
    problems = _validate_rates(data)
    if problems:
        raise RatesError("; ".join(problems))
    paths.atomic_write_text(rates_path(), json.dumps(data, indent=2, ensure_ascii=False))
    return data


def reset_rates() -> None:
    try:
        rates_path().unlink()
    except FileNotFoundError:
        pass


def convert_price(amount: float | Decimal | int | str, from_cur: str, to_cur: str) -> Converted:
    """Convert with the user-editable table (no network). The result says which rate and date it used."""
    table = rates_table()
    rates = table["rates"]
    f, t = from_cur.upper(), to_cur.upper()
    for cur in (f, t):
        if cur not in rates:
            raise RatesError(f"no exchange rate for {cur}; add it to the rates table (as of {table['as_of']})")
    rate = Decimal(str(rates[t])) / Decimal(str(rates[f]))
    rate = rate.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
    value = _quantize(Decimal(str(amount)) * rate, currency_decimals(t))
    return Converted(value, rate, str(table["as_of"]), f, t, table.get("source", ""))


# --------------------------------------------------------------------------- clothing sizes
# platform-specs.md D: Clothing sizes — EN 13402 labels by body measurement in cm; US sizes drifted (vanity
# sizing), so publish a measurement chart (cm, plus inches for the US) rather than letter sizes alone.
_LETTERS = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]
# women: bust centre (cm) of EN 13402-style rows EU 32…48, 4 cm apart
_WOMEN_EU = [(32, 76), (34, 80), (36, 84), (38, 88), (40, 92), (42, 96), (44, 100), (46, 104), (48, 110)]
_JP_WOMEN = {32: "3", 34: "5", 36: "7", 38: "9", 40: "11", 42: "13", 44: "15", 46: "17", 48: "19"}
_KR_WOMEN = {32: "44", 34: "44", 36: "55", 38: "66", 40: "77", 42: "88", 44: "99", 46: "110", 48: "120"}
_CN_WOMEN_HEIGHT = {32: 150, 34: 155, 36: 160, 38: 165, 40: 170, 42: 170, 44: 175, 46: 175, 48: 180}
_BR_LETTERS = {"XXS": "PP", "XS": "PP", "S": "P", "M": "M", "L": "G", "XL": "GG", "XXL": "XG", "3XL": "XGG",
               "4XL": "EG"}
_MEN_CHEST = [(84, "XS"), (90, "S"), (98, "M"), (106, "L"), (114, "XL"), (122, "XXL"), (130, "3XL"), (138, "4XL")]
_JP_MEN = {"XS": "S", "S": "M", "M": "L", "L": "LL", "XL": "3L", "XXL": "4L", "3XL": "5L", "4XL": "6L"}
_CN_MEN_HEIGHT = {"XS": 160, "S": 165, "M": 170, "L": 175, "XL": 180, "XXL": 185, "3XL": 190, "4XL": 195}


@dataclass(frozen=True)
class SizeChart:
    tag: str
    system: str
    garment: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""

    def as_text(self) -> str:
        widths = [max(len(c), *(len(r[i]) for r in self.rows)) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths, strict=True))]
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in self.rows]
        return "\n".join(lines)


def _women_label(bust: float, system: str) -> str:
    eu, _centre = min(_WOMEN_EU, key=lambda row: abs(row[1] - bust))
    letter = _LETTERS[min(len(_LETTERS) - 1, max(0, (eu - 32) // 2))]
    return {
        "EU": str(eu), "UK": str(eu - 28), "AU": str(eu - 28), "US": str(eu - 32), "MX": str(eu - 32),
        "IT": str(eu + 4), "JP": _JP_WOMEN[eu], "KR": _KR_WOMEN[eu],
        "CN": f"{_CN_WOMEN_HEIGHT[eu]}/{4 * _round_half_up(bust / 4)}A", "BR": _BR_LETTERS[letter], "INT": letter,
    }[system]


def _men_label(chest: float, system: str) -> str:
    _c, letter = min(_MEN_CHEST, key=lambda row: abs(row[0] - chest))
    eu = 2 * _round_half_up(chest / 4)  # EU men's = half the chest in cm, even numbers
    inches = 2 * _round_half_up(cm_to_in(chest) / 2)  # UK/US men's = chest in inches, even numbers
    return {
        "EU": str(eu), "IT": str(eu), "UK": str(inches), "US": str(inches), "AU": letter, "MX": str(inches),
        "JP": _JP_MEN[letter], "KR": str(5 * _round_half_up(chest / 5)),
        "CN": f"{_CN_MEN_HEIGHT[letter]}/{4 * _round_half_up(chest / 4)}A", "BR": _BR_LETTERS[letter], "INT": letter,
    }[system]


def _round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


def _measure_cell(cm: float | tuple[float, float] | None, m: Market) -> str:
    if cm is None:
        return "—"
    if isinstance(cm, tuple | list):
        lo, hi = cm
        metric = f"{_num(lo, m)}–{_num(hi, m)} cm"
        if m.measurement == "imperial" or m.size_system == "US":
            return f"{_num(cm_to_in(lo), m)}–{_num(cm_to_in(hi), m)} in ({metric})"
        return metric
    metric = f"{_num(cm, m)} cm"
    if m.measurement == "imperial" or m.size_system == "US":
        return f"{_num(cm_to_in(cm), m)} in ({metric})"
    return metric


def size_chart(sizes: list[dict], tag: str | Market, garment: str = "women") -> SizeChart:
    """A size chart for the market from body measurements in cm.

    ``sizes``: ``[{"label": "M", "chest": 88, "waist": 72, "hip": 96}, …]`` (values may be ``[lo, hi]``
    ranges). Each row gets the market's size label (EU/UK/US/JP/CN/KR/IT/AU/BR/MX/INT, derived from the chest
    or bust) and the measurements in cm — plus inches for the US. Labels are a guide; the measurements are
    the facts.
    """
    if garment not in ("women", "men"):
        raise ValueError("garment must be 'women' or 'men'")
    m = _market(tag)
    system = m.size_system
    keys = [k for k in ("chest", "waist", "hip") if any(s.get(k) is not None for s in sizes)]
    if "chest" not in keys:
        raise ValueError("size_chart needs a 'chest' (bust) measurement in cm for every size")
    rows = []
    for s in sizes:
        chest = s.get("chest")
        if chest is None:
            raise ValueError(f"size {s.get('label', '?')!r}: missing 'chest' (cm)")
        fn = _women_label if garment == "women" else _men_label
        if isinstance(chest, list | tuple):
            lo, hi = (float(v) for v in chest)
            # a range that spans two label rows gets both ("40/42"), judged at its quarter points
            first, last = fn(lo + (hi - lo) / 4, system), fn(hi - (hi - lo) / 4, system)
            label = first if first == last else f"{first}/{last}"
        else:
            label = fn(float(chest), system)
        values = [tuple(s[k]) if isinstance(s.get(k), list | tuple) else s.get(k) for k in keys]
        rows.append((str(s.get("label", "")), label, *(_measure_cell(v, m) for v in values)))
    names = {"chest": "Bust" if garment == "women" else "Chest", "waist": "Waist", "hip": "Hip"}
    columns = ("Size", f"{system} size", *(names[k] for k in keys))
    note = "Sizes derived from body measurements (EN 13402-style); measurements are the reference."
    return SizeChart(m.tag, system, garment, columns, tuple(rows), note)


_MEASURE_WORDS = (("chest", ("bust", "chest", "brust", "poitrine", "pecho", "busto", "胸围", "胸")),
                  ("waist", ("waist", "taille", "cintura", "bund", "腰围", "腰")),
                  ("hip", ("hip", "hüfte", "hanche", "cadera", "quadril", "臀围", "臀")))
_SIZE_ENTRY = regex.compile(
    r"(?<![\p{L}\d])(?P<label>XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL|\d{2})\s*[:=]?\s*"
    r"(?P<lo>\d+(?:[.,]\d+)?)(?:\s*[–—-]\s*(?P<hi>\d+(?:[.,]\d+)?))?\s*(?P<unit>cm|in|″|\")?",
    regex.IGNORECASE)


def parse_size_chart(text: str) -> tuple[list[dict], str]:
    """Body measurements from a size-chart fact such as
    ``"Body bust — XS: 78–82 cm, S: 82–86 cm; waist XS 62 cm, S 66 cm"`` → (sizes, garment).

    Sizes are ``[{"label": "XS", "chest": (78, 82), "waist": 62}, …]`` in cm (inches converted);
    garment is "women" when the chart speaks of the bust, else "men". Segments about other measures
    (body length, sleeve) are ignored. Raises ValueError when no chest/bust measurement is found, or when
    the values cannot be a person's (e.g. a dog harness's chest girth).
    """
    by_label: dict[str, dict] = {}
    order: list[str] = []
    garment = "men"
    for segment in regex.split(r"[;\n]+", text or ""):
        low = segment.lower()
        measure = next((name for name, words in _MEASURE_WORDS if any(w in low for w in words)), None)
        if measure is None:
            continue
        if measure == "chest" and any(w in low for w in ("bust", "busto", "poitrine")):
            garment = "women"
        for m in _SIZE_ENTRY.finditer(segment):
            factor = CM_PER_IN if (m.group("unit") or "").lower() in ("in", "″", '"') else 1.0
            lo = float(m.group("lo").replace(",", ".")) * factor
            hi = float(m.group("hi").replace(",", ".")) * factor if m.group("hi") else None
            label = m.group("label").upper()
            if label not in by_label:
                by_label[label] = {"label": label}
                order.append(label)
            by_label[label][measure] = (lo, hi) if hi is not None else lo
    sizes = [by_label[k] for k in order if "chest" in by_label[k]]
    if not sizes:
        raise ValueError("no chest/bust measurements found in the size chart text")
    for s in sizes:
        chest = s["chest"]
        centre = sum(chest) / 2 if isinstance(chest, tuple) else chest
        if not 60 <= centre <= 170:
            raise ValueError(f"size {s['label']}: chest {centre:g} cm is not a person's body measurement")
    return sizes, garment


def size_chart_from_text(text: str, tag: str | Market) -> SizeChart:
    """``size_chart`` for the market straight from a catalog size-chart fact (see ``parse_size_chart``)."""
    sizes, garment = parse_size_chart(text)
    return size_chart(sizes, tag, garment)


# --------------------------------------------------------------------------- shoe sizes
# platform-specs.md D: Shoe sizes — no exact conversion exists; ISO 19407 bases conversions on foot length;
# JP/CN/KR use Mondopoint (foot length); always publish foot length in cm (and inches for the US).
_ALLOWANCE_CM = 1.5  # last length = foot length + allowance (Paris points and barleycorns measure the last)


def _half(x: float) -> float:
    return math.floor(x * 2 + 0.5) / 2


def _fmt_half(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:.1f}"


def shoe_size(foot_cm: float, system: str, gender: str = "women") -> str:
    """Approximate shoe size for a foot length. ``system``: EU, UK, US, JP, KR, CN, BR, MX."""
    if not (10 <= foot_cm <= 35):
        raise ValueError(f"foot length {foot_cm} cm is outside 10–35 cm (adult and children's sizes)")
    last = foot_cm + _ALLOWANCE_CM
    eu = math.floor(last * 1.5 + 0.5)  # Paris point = 2/3 cm
    uk = _half(3 * cm_to_in(last) - 25)  # barleycorn = 1/3 in, adult scale starts at 25 barleycorns
    if system == "EU":
        return str(eu)
    if system == "UK":
        return _fmt_half(uk)
    if system == "US":
        return _fmt_half(uk + (2 if gender == "women" else 1))
    if system in ("JP", "MX"):
        return _fmt_half(_half(foot_cm))  # cm of foot length
    if system in ("KR", "CN"):
        return str(5 * math.floor(foot_cm * 10 / 5 + 0.5))  # Mondopoint in mm
    if system == "BR":
        return str(eu - 2)
    raise ValueError(f"unknown shoe size system {system!r}; use one of EU, UK, US, JP, KR, CN, BR, MX")


def shoe_sizes(foot_cm: float, tag: str | Market, gender: str = "women") -> dict[str, str]:
    """{"system", "size", "foot_length"} for the market; US also gives the foot length in inches."""
    m = _market(tag)
    system = m.shoe_system
    return {"system": system, "size": shoe_size(foot_cm, system, gender),
            "foot_length": format_length(foot_cm, m) if m.measurement == "imperial" else _unit(foot_cm, "length-centimeter", m)}
