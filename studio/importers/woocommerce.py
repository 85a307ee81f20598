"""WooCommerce product CSV export (WooCommerce › Products › Export; columns as the built-in exporter
writes them): ``ID, Type, SKU, Name, Published, Short description, Description, Weight (kg),
Length (cm), Width (cm), Height (cm), Sale price, Regular price, Categories, Tags, Images, Parent,
Attribute N name, Attribute N value(s), Attribute N visible, Attribute N global, Stock …``.

* ``simple`` (also ``simple, virtual`` …) and ``external`` products become one product with one variant.
* ``variable`` parent rows hold the product; ``variation`` rows name their parent in ``Parent``
  (``id:123`` or the parent's SKU) and carry the option values in ``Attribute N value(s)``.
  Variable products are complete only at the end of the file, so they are emitted last.
* ``Images`` is a comma-separated list of URLs or paths; the first one is the main image.
* A Sale price makes the sale price the price and the Regular price the compare-at price.
* Attributes of simple products, weight and L×W×H become facts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from studio.importers.facts import add_body_facts, parse_fact_value
from studio.importers.generic import escaped_breaks
from studio.importers.headers import option_fact_key
from studio.importers.html import html_to_text
from studio.importers.records import (
    CatalogImportError,
    ImageRecord,
    ImportIssue,
    ProductRecord,
    VariantRecord,
    parse_decimal,
    price_currency,
    slugify,
    split_price,
    split_tags,
)
from studio.importers.saledates import day_window, running, written
from studio.importers.sources import TableSource

_ATTR = re.compile(r"^attribute\s+(\d+)\s+(name|value\(s\)|visible|global|default)$", re.I)
_UNIT_IN_HEADER = re.compile(r"^(weight|length|width|height)\s*\(([^)]+)\)$", re.I)
_ATTR_FACT = {"size": "size", "color": "colour", "colour": "colour", "material": "material", "fabric": "material",
              "brand": "brand", "capacity": "capacity", "certification": "certification",
              # a bottle's volume (stop 22: a Serbian wine shop's Zapremina 0.75 L / 0.187l): the capacity fact
              "volume": "capacity", "volumen": "capacity", "zapremina": "capacity", "zapremnina": "capacity",
              "objętość": "capacity", "objem": "capacity", "inhalt": "capacity", "contenance": "capacity"}
_GRAMS = {"g": Decimal(1), "kg": Decimal(1000), "lbs": Decimal("453.59237"), "lb": Decimal("453.59237"),
          "oz": Decimal("28.349523125")}


def _num_text(raw: str) -> str:
    """A number as written, made whole: ".5" → "0.5" (what the dimension parser reads); other text unchanged."""
    raw = (raw or "").strip()
    if raw.startswith((".", ",")) and raw[1:].isdigit():
        return "0" + raw.replace(",", ".")
    return raw


@lru_cache(maxsize=1)
def _translated_names() -> dict[str, str]:
    """WooCommerce's column names as its export writes them in other admin languages → the English ones
    (``assets/importers/woocommerce_headers.json``, its ``source`` says where each was seen)."""
    raw = json.loads(resources.files("assets").joinpath("importers/woocommerce_headers.json").read_text("utf-8"))
    return {k.strip().lower(): v for names in raw["names"].values() for k, v in names.items()}


def english_header(header: str) -> str:
    """The English WooCommerce column name of ``header`` (``Базовая цена`` → ``Regular price``); a name the
    table does not list is returned as written. Messages keep naming the column as the file writes it."""
    return _translated_names().get(header.strip().lower(), header.strip())


def check_headers(det) -> None:
    low = {english_header(h).lower() for h in det.headers}
    for col in ("Regular price", "Images", "Parent"):
        if col.lower() not in low:
            det.notes.append(f"no {col!r} column")


class _Row:
    def __init__(self, source: TableSource, idx: dict[str, int], cells: list[str], line: int) -> None:
        self.src, self.idx, self.cells, self.line = source, idx, cells, line

    def get(self, name: str) -> str:
        i = self.idx.get(name.lower())
        if i is None or i >= len(self.cells):
            return ""
        return self.cells[i].strip()

    def label(self, name: str) -> str:
        i = self.idx.get(name.lower())
        return self.src.col_label(i) if i is not None else name


def parse(source: TableSource, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    idx: dict[str, int] = {}
    for i, h in enumerate(source.headers):
        idx.setdefault(english_header(h).lower(), i)  # a translated export's columns by their English names
    for col in ("type", "name"):
        if col not in idx:
            raise CatalogImportError(f"{source.name}: not a WooCommerce export — no {col.title()!r} column; "
                                     "export from WooCommerce › Products › Export",
                                     hint="or use --format csv with --map")
    attrs: dict[int, dict[str, int]] = {}
    for i, h in enumerate(source.headers):
        mt = _ATTR.match(english_header(h))
        if mt:
            attrs.setdefault(int(mt.group(1)), {})[mt.group(2).lower()] = i
    units: dict[str, str] = {}
    for h in source.headers:
        mt = _UNIT_IN_HEADER.match(english_header(h))
        if mt:
            units[mt.group(1).lower()] = mt.group(2).strip().lower()
    fname = source.name
    parents: dict[str, ProductRecord] = {}  # "id:12" / sku → pending variable product
    orphans: dict[str, list[tuple[VariantRecord, list[ImportIssue], int]]] = {}
    used_handles: set[str] = set()
    parent_weights: dict[int, tuple[Decimal, Decimal, str]] = {}  # id(variable product) → its weight

    def handle_for(name: str, sku: str, wid: str) -> str:
        base = slugify(name) or slugify(sku) or f"product-{wid}"
        h = base
        if h in used_handles:
            h = f"{base}-{slugify(sku) or wid}"
        used_handles.add(h)
        return h

    def err(rec: ProductRecord, row: _Row, col: str | None, msg: str, hint: str) -> None:
        rec.issues.append(ImportIssue(fname, row.line, row.label(col) if col else None, msg, hint, "error", rec.handle))

    def money(rec, row, col, v: VariantRecord) -> Decimal | None:
        raw = row.get(col)
        if not raw:
            return None
        try:
            amount, iso, written = split_price(raw)
        except ValueError:
            err(rec, row, col, f"{col} {raw!r} is not a number", "write a plain number such as 19.99")
            return None
        v.currency, why = price_currency(written, iso, v.currency)
        if why:
            rec.issues.append(ImportIssue(fname, row.line, row.label(col), f"{col} {raw!r}: {why}",
                                          "write the price as a plain number and set the store currency (--currency)",
                                          "warning", rec.handle, kind="currency-in-price"))
        return amount

    raw_weight: dict[int, tuple[Decimal, str]] = {}  # id(variant) → (weight as written, unit): facts show it as is

    def weight_of(rec, row) -> tuple[Decimal, Decimal, str] | None:
        """(weight as written, grams, unit) of the row; the Decimal is made from the text (".2" stays 0.2)."""
        wcol = next((h for h in source.headers if h.lower().startswith("weight")), None)
        if not wcol or not row.get(wcol):
            return None
        unit = units.get("weight", "kg")
        try:
            w = parse_decimal(row.get(wcol))
        except ValueError:
            err(rec, row, wcol, f"weight {row.get(wcol)!r} is not a number", "write a plain number such as 1.2")
            return None
        return w, (w * _GRAMS.get(unit, Decimal(1000))).quantize(Decimal("0.001")), unit

    def set_weight(v: VariantRecord, weight: tuple[Decimal, Decimal, str]) -> None:
        w, grams, unit = weight
        v.grams = grams
        v.weight_unit = unit if unit in ("g", "kg", "oz") else ("lb" if unit.startswith("lb") else None)
        raw_weight[id(v)] = (w, unit)

    def sale_over(rec: ProductRecord, row: _Row) -> bool:
        """True when the row's sale dates (``Date sale price starts/ends``: whole days, ``saledates``) do not
        include now: the regular price is kept, with a ``sale-price`` warning."""
        start, end = row.get("Date sale price starts") or "", row.get("Date sale price ends") or ""
        if not (start or end):
            return False
        window = day_window(start, end)
        col = "Date sale price ends" if end else "Date sale price starts"
        if window is None:
            why, hint = f"its dates {start!r} – {end!r} are not readable", "write the dates as YYYY-MM-DD"
        elif running(window):
            return False
        else:
            why, hint = f"the sale runs {written(window)}, not now", "the regular price is kept"
        rec.issues.append(ImportIssue(fname, row.line, row.label(col), f"sale price not used: {why}", hint,
                                      "warning", rec.handle, kind="sale-price"))
        return True

    def variant_from(rec: ProductRecord, row: _Row) -> VariantRecord:
        v = VariantRecord(line=row.line, sku=row.get("SKU") or None, currency=getattr(options, "currency", None))
        regular, sale = money(rec, row, "Regular price", v), money(rec, row, "Sale price", v)
        if sale is not None and regular is not None and sale < regular and not sale_over(rec, row):
            v.price, v.compare_at_price = sale, regular
        else:
            v.price = sale if regular is None else regular
        weight = weight_of(rec, row)
        if weight is not None:
            set_weight(v, weight)
        stock = row.get("Stock")
        if stock:
            try:
                v.inventory = int(parse_decimal(stock))
            except ValueError:
                err(rec, row, "Stock", f"stock {stock!r} is not a whole number", "write a whole number")
        return v

    def images_from(row: _Row) -> list[ImageRecord]:
        raw = row.get("Images")
        out = []
        for pos, src in enumerate([s.strip() for s in raw.split(",") if s.strip()], start=1):
            out.append(ImageRecord(src=src, position=pos, line=row.line))
        return out

    def attributes(row: _Row) -> list[tuple[str, str, int]]:
        out = []
        for n in sorted(attrs):
            cols = attrs[n]
            name = row.cells[cols["name"]].strip() if "name" in cols and cols["name"] < len(row.cells) else ""
            val_i = cols.get("value(s)")
            val = row.cells[val_i].strip() if val_i is not None and val_i < len(row.cells) else ""
            if name and val:
                out.append((name, val, n))
        return out

    def product_from(row: _Row, kind: str) -> ProductRecord:
        name = row.get("Name")
        rec = ProductRecord(handle=handle_for(name, row.get("SKU"), row.get("ID")), line=row.line, last_line=row.line)
        # the handle is made from the name: a product of the catalog holding it under another name is not this one
        rec.extra["_derived_handle"] = f"{name} | {row.get('SKU') or row.get('ID')}"
        if not name:
            err(rec, row, "Name", "the product has no Name", "give every product a Name")
        rec.title = name
        # WooCommerce's exporter writes a description's line breaks as the two characters \n (its importer
        # turns them back): restored, never shown as a visible backslash-n (stop 20, a shop's export)
        desc, short = (escaped_breaks(row.get(c) or "", True, always=True) for c in ("Description", "Short description"))
        rec.body_html = desc or short
        if short:
            rec.extra["short_description"] = short
        cats = [c.strip() for c in row.get("Categories").split(",") if c.strip()]
        rec.category = cats[0] if cats else ""
        rec.product_type = cats[0].split(">")[-1].strip() if cats else ""
        rec.tags = split_tags(row.get("Tags"))
        brand = row.get("Brands") or row.get("Brand")
        rec.vendor = brand.split(",")[0].strip() if brand else ""
        pub = row.get("Published")
        rec.published = pub in ("1", "")
        rec.status = "active" if pub in ("1", "") else "draft"
        rec.provided |= {"title", "body_html", "body_text", "category", "product_type", "tags", "published", "status"}
        if brand:
            rec.provided.add("vendor")
        if row.get("ID"):
            rec.extra["woocommerce_id"] = row.get("ID")
        rec.extra["woocommerce_type"] = kind
        rec.images = images_from(row)
        dims = [_num_text(row.get(h)) for h in source.headers
                if h.lower().split(" (")[0] in ("length", "width", "height")]
        if len(dims) == 3 and all(dims):
            unit = units.get("length", "cm")
            text = f"{dims[0]} x {dims[1]} x {dims[2]} {unit}"
            data = parse_fact_value("dimensions", text, "dimensions")
            if data:
                rec.add_fact("dimensions", text, "dimensions", data["unit"], data)
        return rec

    def finish(rec: ProductRecord) -> ProductRecord:
        rec.body_text = html_to_text(rec.body_html)
        add_body_facts(rec)
        parent_weight = parent_weights.pop(id(rec), None)
        if parent_weight is not None:  # variations without their own weight have the parent's
            for v in rec.variants:
                if v.grams is None:
                    set_weight(v, parent_weight)
        weights = {raw_weight.get(id(v)) or (v.grams, "g") for v in rec.variants if v.grams}
        if len(weights) == 1:
            w, unit = weights.pop()
            g = next(v.grams for v in rec.variants if v.grams)
            exponent = w.as_tuple().exponent  # an int for every finite weight
            shown = w.normalize() if w == w.to_integral_value() or (isinstance(exponent, int) and exponent >= -6) else w
            rec.add_fact("weight", f"{shown:f} {unit}", "weight", unit,
                         {"value": float(shown), "unit": unit, "grams": float(g)}, replace=False)
        for v in rec.variants:
            raw_weight.pop(id(v), None)
        return rec

    for src_row in source.rows():
        row = _Row(source, idx, src_row.cells, src_row.line)
        types = {t.strip().lower() for t in row.get("Type").split(",") if t.strip()}
        if "variation" in types:
            parent_ref = row.get("Parent")
            holder = ProductRecord(handle=parent_ref or "(no parent)", line=row.line)
            v = variant_from(holder, row)
            for name, val, _n in attributes(row):
                v.options[name] = val
            v.title = " / ".join(v.options.values()) or (v.sku or "Default")
            imgs = images_from(row)
            if imgs:
                v.image_src = imgs[0].src
            if not parent_ref:
                err(holder, row, "Parent", "a variation row has no Parent",
                    "put the parent product's id:ID or SKU in Parent")
                yield holder
                continue
            parent = parents.get(parent_ref)
            if parent is None:
                orphans.setdefault(parent_ref, []).append((v, holder.issues, row.line))
            else:
                parent.variants.append(v)
                parent.issues.extend(holder.issues)
                parent.last_line = row.line
            continue
        kind = "variable" if "variable" in types else ("grouped" if "grouped" in types else "simple")
        if not types:
            holder = ProductRecord(handle=slugify(row.get("Name")) or f"(line {row.line})", line=row.line)
            err(holder, row, "Type", "the row has no Type", "write simple, variable or variation")
            yield holder
            continue
        rec = product_from(row, kind)
        attr_list = attributes(row)
        if kind == "variable":
            for name, vals, _n in attr_list:
                key = _ATTR_FACT.get(name.lower()) or option_fact_key(name)
                items = [x.strip() for x in vals.split(",") if x.strip()]
                if key:
                    rec.add_fact(key, ", ".join(items), "list", None, {"items": items})
            refs = [f"id:{row.get('ID')}"] if row.get("ID") else []
            if row.get("SKU"):
                refs.append(row.get("SKU"))
                rec.extra["parent_sku"] = row.get("SKU")  # `--product PARENTSKU` finds the product
            weight = weight_of(rec, row)
            if weight is not None:
                parent_weights[id(rec)] = weight
            for ref in refs:
                parents[ref] = rec
                for v, issues, _line in orphans.pop(ref, []):
                    rec.variants.append(v)
                    rec.issues.extend(issues)
            rec.extra["_refs"] = refs
            continue
        v = variant_from(rec, row)
        v.title = "Default"
        rec.variants.append(v)
        for name, val, _n in attr_list:
            key = _ATTR_FACT.get(name.lower()) or option_fact_key(name) or slugify(name).replace("-", "_")[:64] or None
            if key:
                rec.add_fact(key, val, "text", None, parse_fact_value(key, val))
        yield finish(rec)

    done: set[int] = set()
    for rec in parents.values():
        if id(rec) in done:
            continue
        done.add(id(rec))
        rec.extra.pop("_refs", None)
        if not rec.variants:
            warn(ImportIssue(fname, rec.line, None, f"variable product {rec.title!r} has no variations in the file",
                             "export its variations too", "warning", rec.handle))
        yield finish(rec)
    for ref, orphaned in orphans.items():
        for v, _issues, line in orphaned:
            holder = ProductRecord(handle=ref, line=line)
            holder.issues.append(ImportIssue(fname, line, None, f"variation {v.sku or ''} names parent {ref!r}, "
                                             "which is not in the file", "export the parent product too",
                                             "error", ref))
            yield holder
