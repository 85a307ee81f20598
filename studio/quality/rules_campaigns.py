"""Campaign rules (issue 21 item 1): a campaign's price and promotion wording is one source of truth.

They run only with ``context["campaign_offer"]`` — the campaign's offer in the text's market, as
``studio.services.campaigns.offer_for_market`` gives it (``discount_percent``, ``code``, ``amount``/``currency``,
``price``, ``starts_on``/``ends_on``). Generation passes it for a campaign draft; the queue gate passes the
campaign's offer *as it is now*, so a caption approved before the offer changed is refused.

- ``campaign_offer_mismatch``: a discount percentage, a promo code or a price in the market's currency that
  differs from the campaign's (or a discount or code where the campaign has none);
- ``campaign_offer_missing``: the campaign's discount or code is not stated at all.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import regex

from studio.quality.code_registry import Hit, code_rule
from studio.quality.locale_info import market_info
from studio.quality.rules_prices import format_price, parse_amount

_DIGIT = r"[\p{Nd}]"
_NUM = rf"{_DIGIT}+(?:[.,\u066b]{_DIGIT}+)?"
_ISO = r"[\u2066-\u2069\u200e\u200f\u061c]*"  # bidi isolates and marks around numbers in right-to-left text
# a percentage: "20%", "20 %", "٢٠٪", "%20" (Turkish, Arabic order)
_PCT = regex.compile(rf"(?P<pre>[-−–]{_ISO}\s?)?{_ISO}(?:(?P<a>{_NUM}){_ISO}\s?{_ISO}[%٪﹪％]|[%٪]{_ISO}(?P<b>{_NUM}))")
# words that make a percentage a discount, in the studio's languages
_DISCOUNT_CUES = regex.compile(
    r"(?i)\b(?:off|discount|sale|save|rabatt|reduziert|réduction|remise|descuento|dto|sconto|desconto|korting|"
    r"zniżka|rabat|indirim|скидк\w*|diskon|potongan|giảm|ลด|ส่วนลด|خصم|تخفيض|خصومات|הנחה|छूट|할인|割引|オフ|折|"
    r"减|優惠|优惠)")
_CODE_CUES = regex.compile(
    r"(?i)(?:promo\s*code|coupon(?:\s*code)?|discount\s*code|voucher|code|gutschein(?:code)?|rabattcode|"
    r"código|codice|kod(?:u)?|kode|kupon|mã|промокод|купон|كود|رمز|كوبون|โค้ด|รหัส|קוד|कोड|코드|쿠폰|クーポン|コード|"
    r"优惠码|優惠碼|折扣码)\s*[:：]?\s*(?P<code>[A-Za-z0-9][A-Za-z0-9-]{2,23})\b")
_CODE_SHAPE = regex.compile(r"(?<![#@\w])(?P<code>[A-Z][A-Z0-9-]*\d[A-Z0-9-]*)(?!\w)")


def _digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)


def _pct_value(s: str) -> Decimal | None:
    try:
        return Decimal(_digits(s).replace(",", ".").replace("\u066b", "."))
    except InvalidOperation:
        return None


def _discounts(text: str) -> Iterator[tuple[int, int, Decimal]]:
    """Percentages written as a discount: with a minus sign, or near a discount word (not "100% cotton")."""
    for m in _PCT.finditer(text):
        value = _pct_value(m.group("a") or m.group("b") or "")
        if value is None:
            continue
        near = text[max(0, m.start() - 16):m.end() + 16]
        if m.group("pre") or _DISCOUNT_CUES.search(near):
            yield m.start(), m.end(), value


def _currency_forms(currency: str, tag: str) -> list[str]:
    """How the market writes its currency: the ISO code and the symbol our own formatter puts beside a price."""
    forms = {currency}
    try:
        sample = format_price(Decimal(1), currency, tag)
        sym = regex.sub(r"[\p{Nd}.,\s\u00a0\u202f\u200e\u200f\u061c\u066b\u066c]+", " ", sample).strip()
        forms.update(x for x in sym.split() if x)
    except Exception:  # noqa: BLE001 - an unknown locale: the ISO code alone
        pass
    forms.update({"SAR": ["ر.س", "﷼", "ريال"], "AED": ["د.إ", "درهم"], "THB": ["฿", "บาท"], "USD": ["$"],
                  "EUR": ["€"], "GBP": ["£"], "JPY": ["¥", "円"]}.get(currency, []))
    return sorted(forms, key=len, reverse=True)


def _prices(text: str, currency: str, tag: str) -> Iterator[tuple[int, int, Decimal]]:
    alt = "|".join(regex.escape(f) for f in _currency_forms(currency, tag))
    num = r"\p{Nd}(?:[\p{Nd}.,\u066b\u066c'\u00a0\u202f]*\p{Nd})?"
    rx = regex.compile(rf"(?:(?:{alt})[\s\u00a0\u202f\u200f]?(?P<a>{num}))|(?:(?P<b>{num})[\s\u00a0\u202f\u200f]?(?:{alt}))")
    for m in rx.finditer(text):
        amount = parse_amount(m.group("a") or m.group("b"), currency)
        if amount is not None:
            yield m.start(), m.end(), amount


@code_rule
def campaign_offer_mismatch(ctx, params) -> Iterator[Hit]:
    offer = (ctx.context or {}).get("campaign_offer")
    if not offer:
        return
    text = ctx.text
    want = offer.get("discount_percent")
    for start, end, value in _discounts(text):
        if want is None or value != Decimal(want):
            shown = f"{want}%" if want is not None else "no discount"
            yield start, end, None, {"what": "discount", "found": text[start:end].strip(), "expected": shown}
    code = str(offer.get("code") or "")
    seen: set[int] = set()
    for m in _CODE_CUES.finditer(text):
        found = m.group("code")
        seen.add(m.start("code"))
        if not any(c.isdigit() for c in found) and not found.isupper():
            continue  # "code for the lid": a word, not a promo code
        if found.upper() != code:
            yield m.start("code"), m.end("code"), code or None, {
                "what": "promo code", "found": found, "expected": code or "no code"}
    if code:
        stem = regex.sub(r"[\d-]+$", "", code)
        for m in _CODE_SHAPE.finditer(text):
            found = m.group("code")
            if m.start("code") in seen or found == code or not stem or not found.startswith(stem):
                continue
            yield m.start("code"), m.end("code"), code, {"what": "promo code", "found": found, "expected": code}
    amount, currency = offer.get("amount"), offer.get("currency")
    if amount is not None and currency:
        expected = Decimal(str(amount))
        info = market_info(ctx.market)
        for start, end, value in _prices(text, currency, info.tag):
            if value != expected:
                yield start, end, offer.get("price"), {"what": "price", "found": text[start:end].strip(),
                                                       "expected": offer.get("price") or str(expected)}


@code_rule
def campaign_offer_missing(ctx, params) -> Iterator[Hit]:
    offer = (ctx.context or {}).get("campaign_offer")
    if not offer or ctx.kind not in (None, "caption"):
        return
    text = ctx.text
    code = str(offer.get("code") or "")
    if code and code.casefold() not in text.casefold():
        yield 0, 0, None, {"what": "promo code", "expected": code}
    want = offer.get("discount_percent")
    if want is not None and not any(v == Decimal(want) for _s, _e, v in _discounts(text)):
        yield 0, 0, None, {"what": "discount", "expected": f"-{want}%"}
