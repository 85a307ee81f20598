"""The importers' common currency: normalized product records and located issues.

Every format parser turns rows into ``ProductRecord``s (one product with its variants, images and
facts) and ``ImportIssue``s that name the file, line and column and say what to do. The writer only
sees records, never the source format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from studio.domain import StudioError


class CatalogImportError(StudioError):
    """An import that cannot go on (unreadable file, wrong format, aborted on invalid rows).

    Every failure of the import machinery surfaces as this type (or a subclass), never as a raw
    ``csv.Error``/``UnicodeDecodeError``/``KeyError``.
    """

    def __init__(self, message: str, issues: list[ImportIssue] | None = None, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.issues = list(issues or [])


class ImportAborted(CatalogImportError):
    """Invalid rows were found and the user did not choose to import only the valid rows."""


@dataclass(frozen=True)
class ImportIssue:
    file: str
    line: int | None
    column: str | None  # "5 (Variant Price)" or a spreadsheet letter "E (Variant Price)"
    message: str
    hint: str = ""
    severity: str = "error"  # error|warning
    handle: str | None = None
    kind: str = ""  # what kind of issue, for the import report: duplicate-sku, handle-collision, … ("" = other)

    def __str__(self) -> str:
        loc = self.file
        if self.line is not None:
            loc += f":{self.line}"
        if self.column:
            loc += f": column {self.column}"
        text = f"{loc}: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message,
                "hint": self.hint, "severity": self.severity, "handle": self.handle,
                "kind": self.kind or issue_kind(self)}


@dataclass
class VariantRecord:
    sku: str | None = None
    title: str = ""
    options: dict[str, str] = field(default_factory=dict)
    price: Decimal | None = None
    compare_at_price: Decimal | None = None
    currency: str | None = None
    market_prices: dict[str, str] = field(default_factory=dict)
    barcode: str | None = None
    grams: Decimal | None = None
    weight_unit: str | None = None
    inventory: int | None = None
    image_src: str | None = None  # a variant image (Shopify "Variant Image")
    line: int | None = None


@dataclass
class ImageRecord:
    src: str
    alt: str = ""
    position: int | None = None
    variant_sku: str | None = None
    line: int | None = None


@dataclass
class FactRecord:
    key: str
    value: str
    type: str = "text"
    unit: str | None = None
    data: dict | None = None
    source: str = "import"  # import|html


@dataclass
class ProductRecord:
    handle: str
    title: str = ""
    body_html: str = ""
    body_text: str | None = None  # computed from body_html when None
    vendor: str = ""
    product_type: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    status: str = "active"
    published: bool = True
    seo_title: str = ""
    seo_description: str = ""
    currency: str | None = None
    extra: dict = field(default_factory=dict)
    variants: list[VariantRecord] = field(default_factory=list)
    images: list[ImageRecord] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)
    line: int | None = None  # first line of the product in the file
    last_line: int | None = None
    issues: list[ImportIssue] = field(default_factory=list)  # errors make the whole product invalid
    provided: set[str] = field(default_factory=set)  # product fields the source actually had (for updates)

    @property
    def valid(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)

    def add_fact(self, key: str, value: str, type: str = "text", unit: str | None = None, data: dict | None = None,
                 source: str = "import", replace: bool = True) -> None:
        value = (value or "").strip()
        if not value:
            return
        for i, f in enumerate(self.facts):
            if f.key == key:
                if replace:
                    self.facts[i] = FactRecord(key, value, type, unit, data, source)
                return
        self.facts.append(FactRecord(key, value, type, unit, data, source))


# --------------------------------------------------------------------------- value helpers

_SLUG_FOLD = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}


def slugify(text: str) -> str:
    """A handle made from a title: lower-case words joined by '-', the title's script kept.

    Latin letters lose their accents the way Shopify's own handles do (``Crème Brûlée`` → ``creme-brulee``);
    letters of every other script are kept as written, lower-cased and NFC-normalised (``Кружка 300 мл`` →
    ``кружка-300-мл``, ``عطر جوتشي`` → ``عطر-جوتشي``), so two titles that differ only in non-Latin letters
    never share a handle. Anything that is not a letter, digit or combining mark separates words.
    """
    out: list[str] = []
    sep = False
    for ch in unicodedata.normalize("NFC", text or "").lower():
        if ch < "\x80":
            if ch.isalnum():
                if sep and out:
                    out.append("-")
                out.append(ch)
                sep = False
            else:
                sep = True
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "M":  # a combining mark stays with the letter before it
            if out and not sep:
                out.append(ch)
            continue
        if cat[0] not in "LN":
            sep = True
            continue
        if "LATIN" in unicodedata.name(ch, ""):
            folded = _SLUG_FOLD.get(ch) or "".join(c for c in unicodedata.normalize("NFKD", ch) if c < "\x80")
            if not folded.isalnum():
                sep = True
                continue
            ch = folded
        if sep and out:
            out.append("-")
        out.append(ch)
        sep = False
    return "".join(out)[:200].strip("-")


_NUM_CLEAN = re.compile(r"[\s\u00a0\u202f']")


_PLAIN_NUMBER = re.compile(r"-?\d{1,15}(?:\.\d{1,6})?")


_CURRENCY = r"(?:[A-Za-z]{3}|US\$|R\$|[$€£¥₹₩₽₺₫฿₱])"
_NUMBER_WITH_CURRENCY = re.compile(rf"{_CURRENCY}?([-+]?[\d.,]+){_CURRENCY}?")
_INT = re.compile(r"[-+]?\d+")
_ONE_SEP = re.compile(r"[-+]?\d*[.,]\d+")
_US_GROUPS = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EU_GROUPS = re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_decimal(value: str) -> Decimal:
    """``"1,299.00"``, ``"1.299,00"``, ``"19,99"``, ``"$19.99"``, ``"€ 5"``, ``"12 EUR"`` → Decimal.

    Raises ValueError for anything else (letters, formulas, several unrelated separators…).
    """
    if _PLAIN_NUMBER.fullmatch(value):
        return Decimal(value)
    s = _NUM_CLEAN.sub("", str(value)).strip()
    mt = _NUMBER_WITH_CURRENCY.fullmatch(s)
    if not mt:
        raise ValueError(value)
    num = mt.group(1)
    if _INT.fullmatch(num):
        pass
    elif _ONE_SEP.fullmatch(num):
        head, sep, tail = num.replace(",", "|").replace(".", "|").rpartition("|")
        if sep and "," in num and len(tail) == 3 and head.lstrip("+-"):
            num = head + tail  # "1,299": thousands
        else:
            num = num.replace(",", ".")
    elif _US_GROUPS.fullmatch(num):
        num = num.replace(",", "")
    elif _EU_GROUPS.fullmatch(num):
        num = num.replace(".", "").replace(",", ".")
    else:
        raise ValueError(value)
    try:
        d = Decimal(num)
    except InvalidOperation as exc:
        raise ValueError(value) from exc
    if not d.is_finite():
        raise ValueError(value)
    return d


_CURRENCY_SIGNS = {"US$": "USD", "R$": "BRL", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                   "₫": "VND", "฿": "THB", "₱": "PHP", "¥": None, "$": None}  # None: the sign alone is ambiguous
_PRICE_CURRENCY = re.compile(r"^\s*(?P<pre>[A-Za-z]{3}|US\$|R\$|[$€£¥₹₩₽₺₫฿₱])?\s*(?P<num>[-+]?[\d.,\s\u00a0\u202f']*\d)"
                             r"\s*(?P<post>[A-Za-z]{3}|[$€£¥₹₩₽₺₫฿₱])?\s*$")


def split_price(value: str) -> tuple[Decimal, str | None, str | None]:
    """``"$ 5.99"`` → (5.99, None, "$"); ``"352 AED"`` → (352, "AED", "AED"); ``"19,99"`` → (19.99, None, None).

    Returns (amount, ISO currency or None, the currency text as written or None). A sign that names
    several currencies (``$``, ``¥``) gives no ISO code, only the text, so the caller can warn.
    Raises ValueError like ``parse_decimal``.
    """
    amount = parse_decimal(value)
    mt = _PRICE_CURRENCY.match(value or "")
    if mt is None:
        return amount, None, None
    written = mt.group("pre") or mt.group("post")
    if not written:
        return amount, None, None
    if written in _CURRENCY_SIGNS:
        return amount, _CURRENCY_SIGNS[written], written
    return amount, written.upper(), written


def price_currency(written: str | None, iso: str | None, current: str | None) -> tuple[str | None, str | None]:
    """The currency a variant gets from a price written with one, and a warning to give (or None).

    ``current`` is what the variant had (the file's currency column or the store currency). An ISO code or
    an unambiguous sign is used; a sign naming several currencies (``$``, ``¥``) keeps ``current`` and warns
    when there is none; a price in another currency than ``current`` is kept in its own currency, with a warning.
    """
    if not written:
        return current, None
    if iso is None:
        if current:
            return current, None
        return None, (f"the price is written with {written!r}, which names several currencies; stored without a "
                      "currency")
    if current and current != iso:
        return iso, f"the price is in {iso} while the file/store currency is {current}; kept in {iso}"
    return iso, None


_KIND_PATTERNS = (
    ("column(s) not imported", "unmapped-columns"), ("kept as extra data", "unmapped-columns"),
    ("key(s) not imported", "unknown-keys"), ("not consecutive", "rows-not-consecutive"),
    ("could not be downloaded", "image-missing"), ("not found", "image-missing"),
    ("has no variations", "variable-without-variations"),
)


def issue_kind(issue: ImportIssue) -> str:
    """The issue's kind for grouping in the report: its own ``kind``, else recognised from the message."""
    if issue.kind:
        return issue.kind
    msg = issue.message
    for needle, kind in _KIND_PATTERNS:
        if needle in msg:
            return kind
    return "error" if issue.severity == "error" else "other"


_TEXT_MARK = re.compile(r"^'(?=[0-9+\-=@])")


def sheet_text(value: str | None) -> str | None:
    """A code cell without the spreadsheet's text marker: ``'1`` (a SKU typed so that Excel or Sheets keeps it as
    text, not the number 1, and exported with the apostrophe) reads ``1``; ``'0042`` reads ``0042``. Only an
    apostrophe before what a spreadsheet would read as a number or formula is the marker; anything else stays as
    written. Empty → None."""
    v = (value or "").strip()
    return _TEXT_MARK.sub("", v) or None


def parse_bool(value: str) -> bool | None:
    v = (value or "").strip().lower()
    if v in ("true", "yes", "y", "1", "published", "visible", "active"):
        return True
    if v in ("false", "no", "n", "0", "hidden", "unpublished", "-1"):
        return False
    return None


def split_tags(value: str) -> list[str]:
    seen: list[str] = []
    for t in (value or "").split(","):
        t = t.strip()
        if t and t not in seen:
            seen.append(t)
    return seen


# --------------------------------------------------------------------------- sane ranges

PRICE_MAX = Decimal(10) ** 12  # no catalog price reaches a trillion in any currency's main unit
SIGNIFICANT_DIGITS = 15  # what a stored price keeps exactly (a double holds 15 significant digits)
INVENTORY_MAX = 10 ** 9
GRAMS_MAX = Decimal(10) ** 9  # a thousand tonnes


def price_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be a price (None when it can): finite, not negative, below ``PRICE_MAX``,
    at most ``SIGNIFICANT_DIGITS`` significant digits."""
    if not value.is_finite():
        return "is not a finite number"
    if value < 0:
        return "is negative"
    if value >= PRICE_MAX:
        return f"is {PRICE_MAX:,.0f} or more"
    if len(str(value)) <= SIGNIFICANT_DIGITS:  # every digit of the coefficient is in its text: no more than that
        return None
    digits = len(value.normalize().as_tuple().digits) if value else 0
    if digits > SIGNIFICANT_DIGITS:
        return f"has more than {SIGNIFICANT_DIGITS} significant digits and would not be stored exactly"
    return None


COMPARE_AT_TYPO = 5  # a compare-at price this many times the price or more (80 % off and beyond) is worth a look


def _check_compare_at(rec: ProductRecord, v: VariantRecord, fname: str, where: str) -> None:
    """Warnings (stop 22, real Shopify exports) for a compare-at price that makes no sale: below the price
    (990000 "was" 650000 — kept as written; nothing shows a compare-at below the price as a sale), or so far above
    it that it reads as a typo (2500.00 "was" 25000.00: one zero too many, shown as 90 % off). Both are kept."""
    price, was = v.price, v.compare_at_price
    if price is None or was is None or price <= 0 or not price.is_finite() or not was.is_finite():
        return
    if was < price:
        rec.issues.append(ImportIssue(
            fname, v.line, "compare_at_price", f"compare-at price {was} of {where} is below its price {price}: no "
            "sale; kept as written, never shown as one", "put the regular price in the compare-at column, or "
            "leave it empty", "warning", rec.handle, kind="compare-at-below-price"))
    elif was >= price * COMPARE_AT_TYPO:
        rec.issues.append(ImportIssue(
            fname, v.line, "compare_at_price", f"compare-at price {was} of {where} is {was / price:.0f} times its "
            f"price {price} ({(1 - price / was) * 100:.0f} % off): a typo? Kept as written", "check the compare-at "
            "price", "warning", rec.handle, kind="compare-at-far-above"))


def check_values(rec: ProductRecord, fname: str) -> None:
    """Range checks on what every reader produced: a price, inventory or weight outside a sane range
    makes the product invalid with a located error (line, field), whatever the file format."""
    for v in rec.variants:
        where = f"variant {v.sku!r}" if v.sku else "the variant"
        for fld, label in (("price", "price"), ("compare_at_price", "compare-at price")):
            value = getattr(v, fld)
            if value is not None:
                why = price_problem(value)
                if why:
                    rec.issues.append(ImportIssue(fname, v.line, fld, f"{label} {value} of {where} {why}",
                                                  "write a price of 0 or more, such as 19.99", "error", rec.handle))
        _check_compare_at(rec, v, fname, where)
        for market, raw in (v.market_prices or {}).items():
            try:
                why = price_problem(Decimal(str(raw)))
            except InvalidOperation:
                why = "is not a number"
            if why:
                rec.issues.append(ImportIssue(fname, v.line, f"market_price:{market}",
                                              f"price {raw} for {market} of {where} {why}",
                                              "write a price of 0 or more, such as 19.99", "error", rec.handle))
        if v.inventory is not None and abs(v.inventory) > INVENTORY_MAX:
            rec.issues.append(ImportIssue(fname, v.line, "inventory", f"inventory {v.inventory} of {where} is out "
                                          f"of range (±{INVENTORY_MAX:,})", "write the units in stock, such as 12",
                                          "error", rec.handle))
        if v.grams is not None and (not v.grams.is_finite() or v.grams < 0 or v.grams >= GRAMS_MAX):
            rec.issues.append(ImportIssue(fname, v.line, "weight", f"weight {v.grams} g of {where} is out of range "
                                          "(0 to 1,000 t)", "write the weight with its unit, such as 1.2 kg",
                                          "error", rec.handle))
