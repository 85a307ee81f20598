"""Order exports → order lines without personal data (issue 20 item 2).

Reads Shopify's order export (Admin → Orders → Export: one row per line item, order-level cells only on the
order's first row), WooCommerce order exports (one row per item, as "Advanced Order Export For WooCommerce"
writes them, or one row per order with ``line_item_N`` cells, as WebToffee's "Order Export & Order Import"
writes them; WooCommerce's own order attribution meta ``_wc_order_attribution_utm_*`` where exported) and any
CSV with a column mapping (``--map COL=FIELD``).

Encoding, delimiter and row reading are the catalog importer's (``studio.importers.detect`` and ``sources``):
the same encoding guess, the same located quoting errors. Personal data — names, e-mails, phone numbers,
addresses, IP addresses, free-text notes — is dropped as each row is read: those cells never leave this module
(only the UTM tags are taken from a notes cell first), and the report lists the columns dropped. The shipping
country code is kept as a market hint.

Every refused row becomes an ``ImportIssue`` naming file, line, column and what to do; nothing is dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from studio.importers.records import CatalogImportError, ImportIssue, parse_decimal

FORMATS = ("auto", "shopify", "woocommerce", "csv")

#: fields of an order line a column can be mapped to (``--map COL=FIELD``)
FIELDS = ("order_id", "line", "ordered_at", "sku", "item_name", "quantity", "revenue", "unit_price",
          "line_discount", "currency", "status", "country", "utm_source", "utm_medium", "utm_campaign",
          "utm_content", "landing_site")
ORDER_LEVEL = ("ordered_at", "currency", "status", "country", "utm_source", "utm_medium", "utm_campaign",
               "utm_content", "landing_site")
UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")


class OrderImportError(CatalogImportError):
    """An orders import that cannot go on (unreadable file, missing columns, invalid rows)."""


# --------------------------------------------------------------------------- personal data

_NAME_COLUMNS = re.compile(
    r"^(billing|shipping|customer|buyer|recipient|ship to|bill to|contact)?\s*(first|last|full|middle|sur)?\s*name"
    r"\s*(billing|shipping)?$|^(first|last|full) name|name \((billing|shipping)\)$|^(billing|shipping) name|"
    r"^(billing|shipping)_(first|last)_name$|^customer( name)?$|^buyer( username)?$|^employee$|^recipient$")
_PERSONAL_WORDS = re.compile(
    r"e-?mail|\bmail\b|phone|mobile|\btel\b|telephone|address|street|\bcity\b|\bzip\b|postcode|postal|"
    r"province|\bstate\b|\bcompany\b|\bip\b|ip address|user agent|user_agent|\bnotes?\b|customer note|"
    r"device id|tax id|vat number|\bvat id\b|birth|\bgender\b|username|customer id|customer_user|customer user|"
    r"payment reference|transaction id|_transaction_id|card")


def _norm(header: str) -> str:
    h = header.strip().lower().replace("_", " ")
    h = re.sub(r"^meta:\s*", "", h)
    return re.sub(r"\s+", " ", h).strip()


def is_personal(header: str) -> bool:
    """Whether a column holds personal data (names, e-mails, phones, addresses, IPs, free-text notes)."""
    h = _norm(header)
    if not h or h in ("name", "lineitem name", "item name", "product name", "product(s)", "shipping method",
                      "shipping", "billing country", "shipping country", "country code (shipping)",
                      "country code (billing)", "shipping country code", "billing country code", "order status",
                      "status", "financial status", "fulfillment status", "shipping total", "shipping tax total",
                      "order shipping", "order shipping amount", "shipping method title"):
        return False
    if "utm" in h or "attribution" in h and ("source" in h or "medium" in h or "campaign" in h or "content" in h):
        return False
    if "session entry" in h or "landing" in h:
        return False
    return bool(_NAME_COLUMNS.search(h) or _PERSONAL_WORDS.search(h))


# --------------------------------------------------------------------------- column roles per format

_SHOPIFY = {
    "name": "order_id", "created at": "ordered_at", "lineitem sku": "sku", "lineitem name": "item_name",
    "lineitem quantity": "quantity", "lineitem price": "unit_price", "lineitem discount": "line_discount",
    "currency": "currency", "financial status": "status", "shipping country": "country",
    "landing site": "landing_site", "landing site ref": "landing_site",
}
_WOO = {
    "order number": "order_id", "order id": "order_id", "order_id": "order_id", "order no": "order_id",
    "order date": "ordered_at", "date": "ordered_at", "order_date": "ordered_at", "date created": "ordered_at",
    "sku": "sku", "item sku": "sku", "product sku": "sku", "name": "item_name", "item name": "item_name",
    "product name": "item_name", "quantity": "quantity", "qty": "quantity", "item #": "line",
    "order line total": "revenue", "order line (w/o tax)": "revenue", "line total": "revenue",
    "item cost": "unit_price", "order currency": "currency", "currency": "currency", "order_currency": "currency",
    "order status": "status", "status": "status", "country code (shipping)": "country",
    "shipping country": "country", "shipping_country": "country", "shipping country code": "country",
}
_GENERIC = {
    "order": "order_id", "order id": "order_id", "order number": "order_id", "order ref": "order_id",
    "order_id": "order_id", "line": "line", "line no": "line", "line number": "line",
    "date": "ordered_at", "ordered at": "ordered_at", "order date": "ordered_at", "time": "ordered_at",
    "created at": "ordered_at", "timestamp": "ordered_at", "sku": "sku", "product sku": "sku",
    "product": "item_name", "item": "item_name", "item name": "item_name", "product name": "item_name",
    "quantity": "quantity", "qty": "quantity", "units": "quantity", "revenue": "revenue", "total": "revenue",
    "line total": "revenue", "amount": "revenue", "sales": "revenue", "price": "unit_price",
    "unit price": "unit_price", "discount": "line_discount", "currency": "currency", "status": "status",
    "country": "country", "landing site": "landing_site", "landing page": "landing_site", "url": "landing_site",
}


def _utm_role(h: str) -> str | None:
    """``utm_source``, ``meta:_wc_order_attribution_utm_source``, "UTM Source" → the UTM field."""
    for part in ("source", "medium", "campaign", "content"):
        if re.search(rf"utm\s?{part}$", h):
            return f"utm_{part}"
    if h.endswith("session entry") or "landing site" in h:
        return "landing_site"
    return None


def detect_format(headers: list[str]) -> str:
    hs = {_norm(h) for h in headers}
    if {"lineitem sku", "lineitem quantity"} & hs and "name" in hs:
        return "shopify"
    if any(re.fullmatch(r"line item \d+", h) for h in hs) or any(h.startswith(" wc order attribution") or
                                                                 "wc order attribution" in h for h in hs):
        return "woocommerce"
    if ({"order number", "order id", "order_id"} & hs) and ({"sku", "item #", "item name", "quantity"} & hs):
        return "woocommerce"
    return "csv"


def parse_map_args(items: list[str] | None) -> dict[str, str]:
    """``["Order=order_id", "When=ordered_at"]`` → ``{"Order": "order_id", …}``; a bad item is a one-line error."""
    out: dict[str, str] = {}
    for item in items or []:
        col, sep, fld = item.partition("=")
        col, fld = col.strip(), fld.strip().lower()
        if not sep or not col or not fld:
            raise OrderImportError(f"--map {item!r}: write COLUMN=FIELD, e.g. --map \"Order ID=order_id\"")
        if fld not in FIELDS:
            raise OrderImportError(f"--map {item!r}: unknown field {fld!r}; fields are {', '.join(FIELDS)}")
        out[col] = fld
    return out


@dataclass
class Plan:
    """Which column feeds which field, which were dropped as personal data and which are not used."""

    format: str
    roles: dict[int, str]  # column index → field
    dropped: list[str]  # personal data
    ignored: list[str]  # not used by Insights
    notes_cols: list[int] = field(default_factory=list)  # free-text cells whose UTM lines are read first
    item_cols: list[int] = field(default_factory=list)  # WooCommerce line_item_N cells


def plan_columns(headers: list[str], fmt: str, mapping: dict[str, str] | None = None) -> Plan:
    mapping = mapping or {}
    by_name = {h.strip().lower(): i for i, h in enumerate(headers)}
    for col in mapping:
        if col.strip().lower() not in by_name:
            raise OrderImportError(f"--map {col}=…: the file has no column {col!r}; its columns are "
                                   + ", ".join(h for h in headers[:40] if h))
    table = {"shopify": _SHOPIFY, "woocommerce": _WOO}.get(fmt, _GENERIC)
    roles: dict[int, str] = {}
    dropped: list[str] = []
    ignored: list[str] = []
    notes: list[int] = []
    items: list[int] = []
    user = {c.strip().lower(): f for c, f in mapping.items()}
    for i, h in enumerate(headers):
        n = _norm(h)
        if h.strip().lower() in user:
            if is_personal(h) and user[h.strip().lower()] not in ("country",):
                raise OrderImportError(f"--map {h}={user[h.strip().lower()]}: column {h!r} holds personal data "
                                       "(names, e-mails, phones, addresses); it is never imported — map another "
                                       "column")
            roles[i] = user[h.strip().lower()]
            continue
        if re.fullmatch(r"line item \d+", n):
            items.append(i)
            continue
        role = _utm_role(n) or table.get(n) or table.get(h.strip().lower())
        if role and role not in roles.values():
            roles[i] = role
            continue
        if n in ("note attributes", "notes", "customer note", "order notes", "customer_note"):
            notes.append(i)  # UTM lines are read from it; the rest is personal free text
        if is_personal(h):
            dropped.append(h)
        elif h.strip():
            ignored.append(h)
    return Plan(fmt, roles, dropped, ignored, notes, items)


def missing_fields(plan: Plan) -> list[str]:
    have = set(plan.roles.values())
    need = []
    if "order_id" not in have:
        need.append("order_id")
    if "ordered_at" not in have:
        need.append("ordered_at")
    if not plan.item_cols:
        if not {"sku", "item_name"} & have:
            need.append("sku (or item_name)")
        if not {"revenue", "unit_price"} & have:
            need.append("revenue (or unit_price)")
    return need


# --------------------------------------------------------------------------- values

_TZ = re.compile(r"\s*([+-])(\d{2}):?(\d{2})$")


def parse_when(text: str) -> tuple[datetime, bool]:
    """An order time → (aware datetime, whether the text had a time zone). Raises ValueError.

    ISO 8601 (``2025-05-11T09:55:16Z``), Shopify's ``2025-05-11 09:55:16 -0400``, ``2020/05/24``; a time without
    a zone is read as UTC (the caller says so once in the report)."""
    s = text.strip()
    if not s:
        raise ValueError("empty")
    s = re.sub(r"^(\d{4})/(\d{1,2})/(\d{1,2})", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", s)
    m = _TZ.search(s)
    if m and re.search(r"\d{2}:\d{2}", s[:m.start()]):
        s = s[:m.start()] + f"{m[1]}{m[2]}:{m[3]}"
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC), False
    return dt.astimezone(UTC), True


def _int(text: str) -> int:
    d = parse_decimal(text)
    if d != d.to_integral_value():
        raise ValueError(text)
    return int(d)


_NOTE_UTM = re.compile(r"utm[ _-]?(source|medium|campaign|content)\s*[:=]\s*([^\n\r|&,;]+)", re.I)


def utm_from_text(text: str) -> dict[str, str]:
    """UTM tags in a notes cell ("UTM source: facebook") or a URL's query (``?utm_source=…``)."""
    out: dict[str, str] = {}
    if not text:
        return out
    if "?" in text and "utm_" in text:
        for word in text.split():
            if "utm_" in word:
                out.update(utm_from_url(word))
    for m in _NOTE_UTM.finditer(text):
        out.setdefault(f"utm_{m[1].lower()}", m[2].strip())
    return out


def utm_from_url(url: str) -> dict[str, str]:
    try:
        query = urlsplit(url.strip()).query
    except ValueError:
        return {}
    return {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=False) if k.lower() in UTM}


_ITEM_PART = re.compile(r"(?:^|\|)\s*([a-z_]+)\s*:")


def parse_item_cell(text: str) -> dict[str, str]:
    """WebToffee's ``name:Mug|product_id:12|sku:MUG-1|quantity:2|total:18.00|…`` → dict (values may hold ':')."""
    out: dict[str, str] = {}
    spans = [(m.group(1), m.start(1), m.end()) for m in _ITEM_PART.finditer(text)]
    for i, (key, _s, end) in enumerate(spans):
        stop = spans[i + 1][1] - 1 if i + 1 < len(spans) else len(text)
        out[key] = text[end:stop].strip()
    return out


# --------------------------------------------------------------------------- rows → records


@dataclass
class LineRecord:
    source: str
    order_ref: str
    line_no: int
    ordered_at: datetime
    sku: str | None
    item_name: str
    quantity: int
    revenue: Decimal | None
    currency: str | None
    status: str
    country: str | None
    utm: dict[str, str]
    line: int  # the file line it came from


@dataclass
class Parsed:
    records: list[LineRecord]
    issues: list[ImportIssue]
    rows_read: int
    naive_times: int = 0


def _issue(file: str, line: int, col: str | None, message: str, hint: str, severity: str = "error") -> ImportIssue:
    return ImportIssue(file, line, col, message, hint, severity)


def parse_rows(name: str, headers: list[str], rows: Iterator[tuple[int, list[str]]], plan: Plan, *,
               default_currency: str | None = None,
               cancel: Callable[[], None] | None = None) -> Parsed:
    """Turn rows into line records; personal cells are never read (only their UTM lines, for notes cells)."""
    col_of = {f: i for i, f in plan.roles.items()}

    def label(f: str) -> str:
        i = col_of[f]
        return f"{i + 1} ({headers[i]})"

    records: list[LineRecord] = []
    issues: list[ImportIssue] = []
    carry: dict[str, dict[str, str]] = {}  # order ref → order-level values from its first row
    counters: dict[str, int] = {}
    n = 0
    naive = 0
    for line, cells in rows:
        n += 1
        if cancel is not None and n % 1000 == 0:
            cancel()

        def cell(f: str, cells: list[str] = cells) -> str:
            i = col_of.get(f)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        ref = cell("order_id")
        if not ref:
            issues.append(_issue(name, line, label("order_id"), "no order id",
                                 "every row needs the order's number or id; fill it in or delete the row"))
            continue
        order = carry.setdefault(ref, {})
        for f in ORDER_LEVEL:
            v = cell(f)
            if v and f not in order:
                order[f] = v
        for i in plan.notes_cols:
            if i < len(cells):
                for k, v in utm_from_text(cells[i]).items():
                    order.setdefault(k, v)
        if order.get("landing_site"):
            for k, v in utm_from_url(order["landing_site"]).items():
                order.setdefault(k, v)
        when_text = order.get("ordered_at", "")
        try:
            when, had_zone = parse_when(when_text)
        except ValueError:
            issues.append(_issue(name, line, label("ordered_at"),
                                 f"order {ref}: {when_text!r} is not a date and time" if when_text else
                                 f"order {ref}: no order date",
                                 "write it as ISO 8601, e.g. 2025-05-11 09:55:16 +0000"))
            continue
        naive += 0 if had_zone else 1
        currency = (order.get("currency") or default_currency or "").strip().upper() or None
        if currency and not re.fullmatch(r"[A-Z]{3}", currency):
            issues.append(_issue(name, line, label("currency") if "currency" in col_of else None,
                                 f"order {ref}: {currency!r} is not a currency code",
                                 "use a three-letter ISO 4217 code such as EUR or USD"))
            continue
        country = (order.get("country") or "").strip().upper()[:2] or None
        utm = {k: order[k] for k in UTM if order.get(k)}
        items: list[tuple[int, dict[str, str], str | None]] = []
        if plan.item_cols:
            for i in plan.item_cols:
                text = cells[i].strip() if i < len(cells) else ""
                if text:
                    items.append((i, parse_item_cell(text), f"{i + 1} ({headers[i]})"))
            if not items:
                issues.append(_issue(name, line, None, f"order {ref}: no line items",
                                     "export the order with its line_item columns, or delete the row",
                                     "warning"))
                continue
        else:
            items.append((-1, {}, None))
        for _i, item, item_col in items:
            if plan.item_cols:
                sku = item.get("sku") or None
                item_name = item.get("name", "")
                qty_text, total_text, price_text, disc_text = item.get("quantity", ""), item.get("total", ""), "", ""
                qcol = rcol = item_col
            else:
                sku = cell("sku") or None
                item_name = cell("item_name")
                qty_text, total_text = cell("quantity"), cell("revenue")
                price_text, disc_text = cell("unit_price"), cell("line_discount")
                qcol = label("quantity") if "quantity" in col_of else None
                rcol = label("revenue") if "revenue" in col_of else (label("unit_price") if "unit_price" in col_of
                                                                     else None)
            try:
                qty = _int(qty_text) if qty_text else 1
            except ValueError:
                issues.append(_issue(name, line, qcol, f"order {ref}: quantity {qty_text!r} is not a whole number",
                                     "write the number of units, e.g. 2"))
                continue
            try:
                if total_text:
                    revenue: Decimal | None = parse_decimal(total_text)
                elif price_text:
                    revenue = parse_decimal(price_text) * qty - (parse_decimal(disc_text) if disc_text else 0)
                else:
                    revenue = None
            except ValueError:
                bad = total_text or (price_text if not disc_text else f"{price_text} / discount {disc_text}")
                issues.append(_issue(name, line, rcol, f"order {ref}: {bad!r} is not an amount",
                                     "write the amount as a number, e.g. 19.99"))
                continue
            if revenue is None:
                issues.append(_issue(name, line, rcol, f"order {ref}: no revenue for this line",
                                     "fill in the line total or the unit price"))
                continue
            if not sku and not item_name:
                issues.append(_issue(name, line, None, f"order {ref}: the line names no SKU and no product",
                                     "fill in the SKU (or the item name) so the sale can be tied to a product"))
                continue
            line_text = cell("line") if not plan.item_cols else ""
            counters[ref] = counters.get(ref, 0) + 1
            try:
                line_no = _int(line_text) if line_text else counters[ref]
            except ValueError:
                line_no = counters[ref]
            records.append(LineRecord(plan.format, ref, line_no, when, sku, item_name[:500], qty, revenue,
                                      currency, (order.get("status") or "")[:32], country, utm, line))
    return Parsed(records, issues, n, naive)


def read(path: Path, fmt: str = "auto", mapping: dict[str, str] | None = None, *,
         default_currency: str | None = None, encoding: str | None = None,
         cancel: Callable[[], None] | None = None) -> tuple[Plan, Parsed, str | None]:
    """Read an orders file: (column plan, parsed lines and issues, encoding). Raises ``OrderImportError``."""
    from studio.importers.detect import detect
    from studio.importers.sources import open_table

    if fmt not in FORMATS:
        raise OrderImportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    try:
        det = detect(path, "csv", encoding=encoding)
    except CatalogImportError as exc:
        raise OrderImportError(str(exc)) from None
    row_issues: list[ImportIssue] = []
    with open_table(Path(path), det, row_issues.append) as src:
        headers = list(src.headers)
        chosen = detect_format(headers) if fmt == "auto" else fmt
        plan = plan_columns(headers, chosen, mapping)
        need = missing_fields(plan)
        if need:
            hint = ("map them with --map COLUMN=FIELD, e.g. --map \"Order ID=order_id\" --map Date=ordered_at"
                    if chosen == "csv" else f"is this a {chosen} order export? try --format csv with --map")
            raise OrderImportError(f"{Path(path).name}: no column for {', '.join(need)} ({chosen} orders); {hint}")
        parsed = parse_rows(Path(path).name, headers, ((r.line, r.cells) for r in src.rows()), plan,
                            default_currency=default_currency, cancel=cancel)
    parsed.issues = row_issues + parsed.issues
    return plan, parsed, det.encoding
