"""Price rules: prices against the market's convention (the fix is the market's format)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import regex

from localization.formatting import format_price as fp
from studio.quality.code_registry import Hit, code_rule
from studio.quality.locale_info import market_info

# ---- prices

_SYMBOLS = {
    "US$": "USD", "MX$": "MXN", "R$": "BRL", "S$": "SGD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "€": "EUR",
    "£": "GBP", "￥": "JPY", "¥": "JPY", "Rp": "IDR", "฿": "THB", "₫": "VND", "₱": "PHP", "RM": "MYR", "₹": "INR",
    "ر.س.": "SAR", "ر.س": "SAR", "د.إ.": "AED", "د.إ": "AED", "₪": "ILS", "₩": "KRW", "zł": "PLN", "Kč": "CZK",
    "kr": "SEK", "$": "$",
}
_CODES = ("USD EUR GBP JPY CNY IDR THB VND PHP MYR SGD SAR AED ILS MXN BRL INR KRW AUD CAD CHF PLN SEK NOK DKK CZK "
          "HKD TWD TRY EGP COP CLP ARS PEN").split()
_CUR_ALT = "|".join(regex.escape(s) for s in sorted(list(_SYMBOLS) + _CODES, key=len, reverse=True))
_PNUM = r"\d(?:[\d.,\u066b\u066c'\u00a0\u202f]|\s(?=\d{3}(?!\d)))*\d|\d"
_PRICE = regex.compile(
    rf"(?P<pre>(?<![\p{{L}}])(?:{_CUR_ALT}))[\s\u00a0\u202f\u200f]?(?P<a>{_PNUM})(?![\d])"
    rf"|(?<![\d.,])(?P<b>{_PNUM})[\s\u00a0\u202f\u200f]?(?P<post>(?:{_CUR_ALT}))(?![\p{{L}}])"
)


def _currency_digits(cur: str) -> int:
    return {"JPY": 0, "KRW": 0, "VND": 0, "IDR": 0, "CLP": 0}.get(cur, 2)


def parse_amount(s: str, cur: str) -> Decimal | None:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    s = s.replace("\u066b", ".").replace("\u066c", ",").replace("'", ",")
    s = regex.sub(r"[\s\u00a0\u202f]", ",", s)
    seps = [i for i, c in enumerate(s) if c in ".,"]
    if not seps:
        return Decimal(s)
    last = seps[-1]
    tail = s[last + 1:]
    if len(tail) != 3 and len(tail) in (1, 2):
        intpart = regex.sub(r"[.,]", "", s[:last])
        txt = f"{intpart}.{tail}"
    else:
        txt = regex.sub(r"[.,]", "", s)
    try:
        return Decimal(txt)
    except InvalidOperation:
        return None


def format_price(amount: Decimal, currency: str, tag: str, digits: str | None = None) -> str:
    return fp(amount, currency, tag, digits=digits) if digits is not None else fp(amount, currency, tag)


def _norm_price(s: str) -> str:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    s = s.replace("\u066b", ".").replace("\u066c", ",").replace("￥", "¥")
    s = regex.sub(r"[\s\u00a0\u202f\u200e\u200f\u061c]", "", s)
    return s.rstrip(".")


def _price_variants(expected: str, whole: bool) -> set[str]:
    """The normalised expected form, and (for whole amounts) the same without its zero decimals."""
    n = _norm_price(expected)
    out = {n}
    if whole:
        out.add(regex.sub(r"[.,]0{1,3}(?!\d)", "", n))
    return out


def _number_part(s: str) -> str:
    return "".join(c for c in _norm_price(s) if c.isdigit() or c in ".,")


@code_rule
def price_format(ctx, params) -> Iterator[Hit]:
    """A price in the market's currency written against the market's convention (separators, symbol place).

    An ISO code (``EUR 19,99``) is accepted in either position as long as the number follows the market."""
    info = market_info(ctx.market)
    cur = info.currency
    if not cur:
        return
    for m in _PRICE.finditer(ctx.text):
        sym = (m.group("pre") or m.group("post")).strip()
        num = m.group("a") or m.group("b")
        code = _SYMBOLS.get(sym, sym)
        if code == "$":
            code = cur if cur in ("USD", "MXN", "CAD", "AUD", "SGD", "HKD", "COP", "CLP", "ARS", "TWD") else "USD"
        if code != cur:
            continue
        amount = parse_amount(num, cur)
        if amount is None:
            continue
        found = m.group(0)
        try:
            expected = format_price(amount, cur, info.tag)
        except Exception:  # noqa: BLE001 - unknown locale: nothing to compare against
            return
        whole = amount == amount.to_integral_value() and not regex.search(r"[.,\u066b]\d{1,2}$", num)
        if sym in _CODES:
            ok = _number_part(num) in {_number_part(v) for v in _price_variants(expected, whole)}
        else:
            ok = _norm_price(found) in _price_variants(expected, whole)
        if ok:
            continue
        yield m.start(), m.end(), expected, {"price": found, "expected": expected}
