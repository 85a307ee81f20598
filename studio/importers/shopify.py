"""Shopify product CSV, as Shopify documents it (help.shopify.com › Products › Import and export › CSV).

One product spans several consecutive rows sharing a ``Handle``. The first row carries the product
fields (Title, Body (HTML), Vendor, Product Category, Type, Tags, Published, SEO Title/Description,
Status, Option1–3 Name); every row may carry a variant (Option1–3 Value, Variant SKU, Variant Grams,
Variant Price, Variant Compare At Price, Variant Barcode, Variant Inventory Qty, Variant Weight Unit,
Variant Image) and/or an image (Image Src, Image Position, Image Alt Text). Per-market prices come in
``Price / <Market>`` and ``Compare At Price / <Market>`` columns; metafields in columns named
``Label (product.metafields.<namespace>.<key>)`` become facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from studio.importers.facts import add_body_facts, parse_fact_value
from studio.importers.headers import option_fact_key, weight_unit_name
from studio.importers.html import html_to_text
from studio.importers.records import (
    ImageRecord,
    ImportIssue,
    ProductRecord,
    VariantRecord,
    parse_bool,
    parse_decimal,
    price_currency,
    sheet_text,
    slugify,
    split_price,
    split_tags,
)
from studio.importers.sources import TableSource

PRODUCT_COLS = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
                "SEO Title", "SEO Description", "Status", "Gift Card"]
VARIANT_COLS = ["Option1 Value", "Option2 Value", "Option3 Value", "Variant SKU", "Variant Grams", "Variant Price",
                "Variant Compare At Price", "Variant Barcode", "Variant Inventory Qty", "Variant Weight Unit",
                "Variant Image"]
KNOWN = set(c.lower() for c in PRODUCT_COLS + VARIANT_COLS) | {
    "option1 name", "option2 name", "option3 name", "option1 linked to", "option2 linked to", "option3 linked to",
    "image src", "image position", "image alt text", "variant inventory tracker", "variant inventory policy",
    "variant fulfillment service", "variant requires shipping", "variant taxable", "variant tax code",
    "cost per item", "standard product type", "custom product type", "collection",
}
STATUSES = ("active", "draft", "archived", "unlisted")
_MARKET_PRICE = re.compile(r"^(price|compare at price|included)\s*/\s*(.+)$", re.I)
_METAFIELD = re.compile(r"^(.*?)\s*\((product|variant)\.metafields\.([\w-]+)\.([\w-]+)\)\s*$", re.I)
_METAFIELD_KEYS = {
    "color-pattern": "colour", "color": "colour", "colour": "colour", "fabric": "material", "material": "material",
    "materials": "material", "care-instructions": "care", "care": "care", "size": "size", "dimensions": "dimensions",
    "weight": "weight", "certification": "certification", "certifications": "certification", "warning": "warning",
    "warnings": "warning", "in-the-box": "in_the_box", "in_the_box": "in_the_box", "box-contents": "in_the_box",
    "ingredients": "ingredients", "size-chart": "size_chart", "size_chart": "size_chart", "age-group": "age_group",
    "target-gender": "target_gender", "capacity": "capacity", "battery": "battery", "warranty": "warranty",
}
_OPTION_VALUE_KEYS = ("option1 value", "option2 value", "option3 value")
_VARIANT_KEYS = ("variant sku", "variant price", "variant grams", "variant barcode", "variant compare at price")
_OPTION_FACT = {"size": "size", "color": "colour", "colour": "colour", "material": "material"}
_WEIGHT_UNITS: dict[str, int | Decimal] = {"g": 1, "kg": 1000, "lb": Decimal("453.59237"), "oz": Decimal("28.349523125")}


class _Cols:
    def __init__(self, source: TableSource) -> None:
        self.src = source
        self.idx: dict[str, int] = {}
        for i, h in enumerate(source.headers):
            self.idx.setdefault(h.strip().lower(), i)
        self.market_cols: list[tuple[int, str, str]] = []  # (idx, kind, market)
        self.metafield_cols: list[tuple[int, str, str]] = []  # (idx, level, fact key)
        for i, h in enumerate(source.headers):
            mt = _MARKET_PRICE.match(h.strip())
            if mt:
                self.market_cols.append((i, mt.group(1).lower(), mt.group(2).strip()))
                continue
            mf = _METAFIELD.match(h.strip())
            if mf:
                key = _METAFIELD_KEYS.get(mf.group(4).lower(), mf.group(4).lower().replace("-", "_"))
                self.metafield_cols.append((i, mf.group(2).lower(), key))

    def get(self, cells: list[str], name: str) -> str:
        i = self.idx.get(name.lower())
        if i is None or i >= len(cells):
            return ""
        return cells[i].strip()

    def label(self, name: str) -> str:
        i = self.idx.get(name.lower())
        return self.src.col_label(i) if i is not None else name


def check_headers(det) -> None:
    low = {h.lower() for h in det.headers}
    if "handle" not in low:
        det.notes.append("no Handle column: this is not a Shopify product CSV")
    unknown = [h for h in det.headers if h.lower() not in KNOWN and not _MARKET_PRICE.match(h)
               and not _METAFIELD.match(h) and not h.lower().startswith("google shopping")]
    if unknown:
        det.notes.append(f"{len(unknown)} column(s) kept as extra data: {', '.join(unknown[:8])}"
                         + ("…" if len(unknown) > 8 else ""))


def required_missing(headers: list[str]) -> list[str]:
    low = {h.strip().lower() for h in headers}
    return [c for c in ("Handle", "Title") if c.lower() not in low]


def parse(source: TableSource, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    missing = required_missing(source.headers)
    if missing:
        from studio.importers.records import CatalogImportError

        raise CatalogImportError(
            f"{source.name}: not a Shopify product CSV — missing column(s) {', '.join(missing)}; "
            "export from Shopify admin › Products › Export, or import with --format csv and a --map")
    cols = _Cols(source)
    fname = source.name
    current: ProductRecord | None = None
    option_names: list[str] = ["", "", ""]
    handles_done: set[str] = set()
    extra_cols = [i for i, h in enumerate(source.headers)
                  if h.lower() not in KNOWN and not _MARKET_PRICE.match(h) and not _METAFIELD.match(h)]

    def err(rec: ProductRecord, line: int, col: str | None, msg: str, hint: str) -> None:
        rec.issues.append(ImportIssue(fname, line, cols.label(col) if col else None, msg, hint, "error", rec.handle))

    def dec(rec, line, R, col, what) -> Decimal | None:
        raw = R.get(col.lower(), "")
        if not raw:
            return None
        try:
            return parse_decimal(raw)
        except ValueError:
            err(rec, line, col, f"{what} {raw!r} is not a number", "write a plain number such as 19.99")
            return None

    wanted = [(name, i) for name, i in cols.idx.items() if name in KNOWN]
    no_currency_said = False  # Shopify's CSV names no currency: said once, at the first price stored without one
    for row in source.rows():
        cells, line = row.cells, row.line
        ncells = len(cells)
        R = {name: cells[i].strip() for name, i in wanted if i < ncells}
        handle = R.get("handle", "")
        title = R.get("title", "")
        if not handle:
            if not title:
                orphan = ProductRecord(handle=f"(line {line})", line=line, last_line=line)
                err(orphan, line, "Handle", "the row has no Handle",
                    "every row needs the Handle of the product it belongs to")
                yield orphan
                continue
            handle = slugify(title)
        if current is not None and handle != current.handle:
            yield _finish(current, option_names, fname)
            handles_done.add(current.handle)
            current = None
        if current is None:
            current = ProductRecord(handle=handle, line=line)
            option_names = ["", "", ""]
            if handle in handles_done:
                warn(ImportIssue(fname, line, cols.label("Handle"),
                                 f"rows of product {handle!r} are not consecutive; they are merged",
                                 "keep all rows of a product together", "warning", handle))
            _product_fields(current, cols, cells, line, err, extra_cols)
            for n in range(3):
                option_names[n] = R.get(f"option{n + 1} name", "")
        current.last_line = line
        # variant part of the row
        ovals = [R.get(k, "") for k in _OPTION_VALUE_KEYS]
        if any(ovals) or any([R.get(c, "") for c in _VARIANT_KEYS]):
            v = VariantRecord(line=line)
            for n in range(3):
                if ovals[n]:
                    name = option_names[n]
                    if not name:
                        err(current, line, f"Option{n + 1} Name",
                            f"Option{n + 1} Value {ovals[n]!r} has no option name",
                            f"put the option's name (e.g. Size) in Option{n + 1} Name on the product's first row")
                        continue
                    if not (name.lower() == "title" and ovals[n].lower() == "default title"):
                        v.options[name] = ovals[n]
            v.sku = sheet_text(R.get("variant sku", ""))  # '1: the spreadsheet's text marker, SKU 1
            v.currency = getattr(options, "currency", None)
            for col, attr in (("Variant Price", "price"), ("Variant Compare At Price", "compare_at_price")):
                raw = R.get(col.lower(), "")
                if not raw:
                    continue
                try:
                    amount, iso, written = split_price(raw)
                except ValueError:
                    err(current, line, col, f"{col} {raw!r} is not a number", "write a plain number such as 19.99")
                    continue
                setattr(v, attr, amount)
                v.currency, why = price_currency(written, iso, v.currency)
                if why:
                    warn(ImportIssue(fname, line, cols.label(col), f"{col} {raw!r}: {why}",
                                     "write the price as a plain number and set the store currency (--currency)",
                                     "warning", handle, kind="currency-in-price"))
            if v.price is not None and v.currency is None and not no_currency_said:
                no_currency_said = True
                warn(ImportIssue(fname, line, cols.label("Variant Price"),
                                 "prices imported without a currency: a Shopify product CSV does not name it",
                                 "give the store's currency (--currency)",
                                 "warning", handle, kind="no-currency"))
            grams = dec(current, line, R, "Variant Grams", "Variant Grams")
            if grams is not None and grams < 0:
                err(current, line, "Variant Grams", f"Variant Grams {grams} is negative", "write the weight in grams")
                grams = None
            v.grams = grams
            unit = weight_unit_name(R.get("variant weight unit", ""))  # "lbs", "grams": lb, g
            if unit and unit not in _WEIGHT_UNITS:
                err(current, line, "Variant Weight Unit", f"weight unit {unit!r} is not one of g, kg, lb, oz",
                    "use g, kg, lb or oz")
                unit = None
            v.weight_unit = unit
            v.barcode = R.get("variant barcode", "") or None
            qty = R.get("variant inventory qty", "")
            if qty:
                try:
                    v.inventory = int(parse_decimal(qty))
                except ValueError:
                    err(current, line, "Variant Inventory Qty", f"inventory {qty!r} is not a whole number",
                        "write a whole number such as 12")
            v.image_src = R.get("variant image", "") or None
            for i, kind, market in cols.market_cols:
                raw = cells[i].strip() if i < len(cells) else ""
                if not raw or kind == "included":
                    continue
                try:
                    val = str(parse_decimal(raw))
                except ValueError:
                    current.issues.append(ImportIssue(fname, line, source.col_label(i),
                                                      f"price {raw!r} for market {market!r} is not a number",
                                                      "write a plain number such as 19.99", "error", handle))
                    continue
                v.market_prices[market if kind == "price" else f"{market} / compare_at"] = val
            v.title = " / ".join(v.options.values()) or "Default Title"
            current.variants.append(v)
        # image part of the row
        src = R.get("image src", "")
        if src:
            pos_raw = R.get("image position", "")
            pos = None
            if pos_raw:
                try:
                    pos = int(parse_decimal(pos_raw))
                except ValueError:
                    err(current, line, "Image Position", f"Image Position {pos_raw!r} is not a whole number",
                        "write 1 for the main image, 2 for the next…")
            current.images.append(ImageRecord(src=src, alt=R.get("image alt text", ""), position=pos, line=line))
    if current is not None:
        yield _finish(current, option_names, fname)


def _product_fields(rec: ProductRecord, cols: _Cols, cells: list[str], line: int, err, extra_cols: list[int]) -> None:
    title = cols.get(cells, "Title")
    rec.title = title
    # Shopify: "Title — required for new products". Without it the rows can only update an existing
    # product (the writer checks), and only the product cells that are filled in are applied.
    partial = not title
    if partial:
        rec.extra["_needs_existing"] = {"line": line, "column": cols.label("Title")}
    for attr, col in (("body_html", "Body (HTML)"), ("vendor", "Vendor"), ("category", "Product Category"),
                      ("product_type", "Type"), ("seo_title", "SEO Title"), ("seo_description", "SEO Description")):
        if col.lower() in cols.idx and (not partial or cols.get(cells, col)):
            setattr(rec, attr, cols.get(cells, col))
            rec.provided.add(attr)
    if "body_html" in rec.provided:
        rec.provided.add("body_text")
    if not partial:
        rec.provided.add("title")
    if "tags" in cols.idx and (not partial or cols.get(cells, "Tags")):
        rec.tags = split_tags(cols.get(cells, "Tags"))
        rec.provided.add("tags")
    pub = cols.get(cells, "Published")
    if pub:
        b = parse_bool(pub)
        if b is None:
            err(rec, line, "Published", f"Published {pub!r} is not TRUE or FALSE", "write TRUE or FALSE")
        else:
            rec.published = b
            rec.provided.add("published")
    status = cols.get(cells, "Status").lower()
    if status:
        if status not in STATUSES:
            err(rec, line, "Status", f"Status {status!r} is not one of {', '.join(STATUSES)}",
                "write active, draft or archived")
        else:
            rec.status = status
            rec.provided.add("status")
    for i, level, key in cols.metafield_cols:
        if level == "product" and i < len(cells) and cells[i].strip():
            value = cells[i].strip()
            if value.startswith("[") and value.endswith("]"):  # list metafields export as JSON arrays
                import json

                try:
                    items = json.loads(value)
                    if isinstance(items, list):
                        value = ", ".join(str(x) for x in items)
                except ValueError:
                    pass
            ftype = {"dimensions": "dimensions", "weight": "weight"}.get(key, "text")
            data = parse_fact_value(key, value, ftype)
            if ftype != "text" and data is None:
                ftype = "text"
            rec.add_fact(key, value, ftype, (data or {}).get("unit") if ftype != "text" else None, data)
    extras = {}
    for i in extra_cols:
        if i < len(cells) and cells[i].strip():
            extras[cols.src.headers[i]] = cells[i].strip()
    if extras:
        rec.extra["source_columns"] = extras


def _finish(rec: ProductRecord, option_names: list[str], fname: str) -> ProductRecord:
    # facts from the body text (after metafield facts, which win)
    rec.body_text = html_to_text(rec.body_html)
    add_body_facts(rec)
    # option facts: Size → size, Color → colour (all values of the product)
    for name in option_names:
        key = _OPTION_FACT.get((name or "").lower()) or option_fact_key(name or "")
        if not key:
            continue
        values: list[str] = []
        for v in rec.variants:
            val = v.options.get(name)
            if val and val not in values:
                values.append(val)
        if values:
            rec.add_fact(key, ", ".join(values), "list", None, {"items": values}, replace=False)
    # Variant Grams is the shipping weight by Shopify's definition (what the carrier is charged for, packaging
    # included): kept as ``shipping_weight`` when all variants weigh the same, never as the product's ``weight`` —
    # also when the body states none (stop 20: a serum's 95 g parcel, a tent's 2.3 kg box were said as their weight)
    weights = {(v.grams, v.weight_unit) for v in rec.variants if v.grams}
    if len(weights) == 1:
        grams, unit = weights.pop()
        unit = unit or "g"
        value = grams / Decimal(_WEIGHT_UNITS[unit]) if unit != "g" else grams
        value = value.quantize(Decimal("0.01")).normalize()
        if not value:  # 0.7 g with unit kg was the fact "0 kg" (stop 22): too small for its unit, said in grams
            value, unit = grams.quantize(Decimal("0.01")).normalize(), "g"
        rec.add_fact("shipping_weight", f"{value:f} {unit}", "weight", unit,
                     {"value": float(value), "unit": unit, "grams": float(grams), "from": "variant"}, replace=False)
    # duplicate option combinations make variants ambiguous
    seen: dict[tuple, tuple] = {}
    for v in rec.variants:
        combo = tuple(sorted(v.options.items()))
        if combo and combo in seen and seen[combo][1] == (v.sku or ""):
            continue  # the same variant written twice: kept once by the writer, with a warning
        if combo and combo in seen:
            rec.issues.append(ImportIssue(fname, v.line, None,
                                          f"two variants of {rec.handle!r} have the same options "
                                          f"({', '.join(f'{k}={val}' for k, val in combo)}; lines {seen[combo][0]} and "
                                          f"{v.line})",
                                          "give each variant a different option value", "error", rec.handle))
        elif combo:
            seen[combo] = (v.line or 0, v.sku or "")
    return rec
