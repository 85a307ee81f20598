"""Magento 2's product import/export CSV (System › Data Transfer › Export, entity "Products"; the same columns
import back): ``sku, store_view_code, attribute_set_code, product_type, categories, name, description,
short_description, weight, product_online, visibility, price, special_price, url_key, meta_title,
meta_description, base_image, base_image_label, small_image, thumbnail_image, swatch_image, additional_images,
additional_image_labels, additional_attributes, qty, …, configurable_variations, configurable_variation_labels``.

* A row with an empty ``store_view_code`` holds a product's default (global) values. A row with a store view code
  overrides some of them for that store view (a translated name, a label): it makes no product; it is listed in
  the import report as not imported (``store-view-row``), since a store view is not one of our markets.
* A ``configurable`` row's ``configurable_variations`` (``sku=A,color=Red|sku=B,color=Blue``) names its simple
  children: they become the configurable's variants, with those option values (the attribute codes are the option
  names), their own price, stock, weight and pictures; they are not products of their own. Magento writes the
  children before their parent: a simple row that is "Not Visible Individually" is held until a configurable
  claims it (or the file ends: then it is a product of its own). A child the file does not hold is a variant with
  the option values only (a warning says so).
* Other types (simple, virtual, downloadable, bundle, grouped) are one product with one variant; the type is kept
  in ``extra["magento_type"]``, never as our product type (that comes from the first category path's last name).
* ``url_key`` is the handle (else one made from the name); ``product_online`` 1/0 (2 = disabled) is published;
  ``visibility`` is kept in ``extra["magento_visibility"]``; ``short_description`` is the short description
  (``extra``, the description when there is none); ``qty`` is stock; ``special_price`` below ``price`` makes the
  price the special price and the compare-at price the price.
* ``additional_attributes`` (``code=value,code=value``; a value may hold commas) become facts of a product
  (Magento's own bookkeeping codes — has_options, required_options, quantity_and_stock_status … — are left out); a
  child's codes other than its options are listed as not imported.
* ``weight`` has no unit in the file (it is a store setting, lbs or kgs): it is left out with a
  ``weight-no-unit`` warning unless the unit is chosen (``studio import --map weight=weight:kg``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from studio.importers.facts import parse_fact_value, parse_weight
from studio.importers.generic import GRAMS_PER_UNIT, apply_product_fields, finish_product
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
)
from studio.importers.saledates import day_window, running, written
from studio.importers.sources import TableSource

MARKERS = frozenset({"store_view_code", "configurable_variations", "additional_attributes", "product_websites",
                     "attribute_set_code"})
_PICTURES = ("base_image", "small_image", "thumbnail_image", "swatch_image")
_LABELS = {"base_image": "base_image_label", "small_image": "small_image_label",
           "thumbnail_image": "thumbnail_image_label", "swatch_image": "swatch_image_label"}
# Magento's bookkeeping attributes (not facts about the product)
_SYSTEM_ATTRIBUTES = frozenset({
    "has_options", "required_options", "quantity_and_stock_status", "tax_class_id", "options_container",
    "msrp_display_actual_price_type", "gift_message_available", "page_layout", "custom_layout_update",
    "custom_layout", "custom_design", "url_path", "links_purchased_separately", "links_title", "samples_title",
    "links_exist", "shipment_type", "price_type", "sku_type", "weight_type", "price_view", "image_label",
    "small_image_label", "thumbnail_label", "is_returnable", "news_from_date", "news_to_date", "status",
    "visibility", "category_ids"})
_FACT_KEYS = {"color": "colour", "colour": "colour", "size": "size", "material": "material", "brand": "brand",
              "manufacturer": "brand", "country_of_manufacture": "origin"}
_FIELD_OF = {"name": "title", "description": "description", "short_description": "short_description",
             "meta_title": "seo_title", "meta_description": "seo_description", "categories": "category"}
_NOT_OPTIONS = frozenset({"sku", "price", "display", "image", "name", "weight", "qty"})  # in configurable_variations
_VARIANT_COLUMNS = frozenset({"sku", "price", "special_price", "special_price_from_date", "special_price_to_date",
                              "qty", "weight", "additional_attributes",
                              *_PICTURES, *_LABELS.values(), "additional_images", "additional_image_labels"})
_READ = frozenset({"store_view_code", "product_type", "name", "description", "short_description", "product_online",
                   "visibility", "url_key", "meta_title", "meta_description", "categories",
                   "configurable_variations", "configurable_variation_labels", *_VARIANT_COLUMNS})


def is_magento(headers: list[str]) -> bool:
    low = {h.strip().lower() for h in headers}
    return {"sku", "product_type"} <= low and bool(low & MARKERS)


def check_headers(det) -> None:
    low = {h.strip().lower() for h in det.headers}
    for col in ("name", "price"):
        if col not in low:
            det.notes.append(f"no {col!r} column")


def split_attributes(text: str) -> list[tuple[str, str]]:
    """``code=value,code=value`` → pairs; a part without ``=`` continues the previous value (a value with a
    comma: ``material=Cotton,Linen``)."""
    out: list[tuple[str, str]] = []
    for part in (text or "").split(","):
        if "=" in part:
            k, _, v = part.partition("=")
            out.append((k.strip(), v.strip()))
        elif out and part.strip():
            k, v = out[-1]
            out[-1] = (k, f"{v},{part}".strip())
    return [(k, v) for k, v in out if k]


def split_variations(text: str) -> list[list[tuple[str, str]]]:
    """``sku=A,color=Red|sku=B,color=Blue`` → one pair list per child."""
    return [pairs for part in (text or "").split("|") if (pairs := split_attributes(part))]


class _Row:
    def __init__(self, source: TableSource, idx: dict[str, int], cells: list[str], line: int) -> None:
        self.src, self.idx, self.cells, self.line = source, idx, cells, line

    def get(self, name: str) -> str:
        i = self.idx.get(name)
        if i is None or i >= len(self.cells):
            return ""
        return self.cells[i].strip()

    def label(self, name: str) -> str:
        i = self.idx.get(name)
        return self.src.col_label(i) if i is not None else name


class _Child:
    """A simple row as a configurable's variant: the variant, its pictures and its other attribute codes."""

    def __init__(self, variant: VariantRecord, pictures: list[tuple[str, str]], attributes: list[tuple[str, str]],
                 issues: list[ImportIssue]) -> None:
        self.variant, self.pictures, self.attributes, self.issues = variant, pictures, attributes, issues


def parse(source: TableSource, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    idx: dict[str, int] = {}
    for i, h in enumerate(source.headers):
        idx.setdefault(h.strip().lower(), i)
    if "sku" not in idx:
        raise CatalogImportError(f"{source.name}: not a Magento 2 product export — no 'sku' column; export from "
                                 "System › Data Transfer › Export (entity type Products)",
                                 hint="or use --format csv with --map")
    fname = source.name
    # the columns apply_product_fields reads, by field (it names a column in a located issue by its field)
    mapping = {h: _FIELD_OF[h.strip().lower()] for h in source.headers if h.strip().lower() in _FIELD_OF}
    unit = None
    for col, field in (getattr(options, "mapping", None) or {}).items():
        if col.strip().lower() == "weight" and str(field).lower().startswith("weight:"):
            unit = str(field).lower()[7:].strip()
            if unit not in GRAMS_PER_UNIT:
                raise CatalogImportError(f"the mapping {col}={field} names an unknown weight unit; use weight:kg, "
                                         "weight:g, weight:lb or weight:oz")
    # columns not read, reported once the file is read and only when they hold a value (stop 21: a merchant's
    # export listed 76, most of them empty in its one row)
    unread = {i: h for i, h in enumerate(source.headers) if h.strip() and h.strip().lower() not in _READ}
    filled: set[int] = set()
    currency = getattr(options, "currency", None)
    held: dict[str, tuple[ProductRecord, _Child]] = {}  # not visible individually: a child until the end
    waiting: dict[str, ProductRecord] = {}  # child SKU → the configurable that names it (not yet in the file)
    slots: dict[int, tuple[list[tuple[str, dict[str, str]]], dict[str, _Child]]] = {}  # id(configurable) → …
    open_parents: dict[int, ProductRecord] = {}
    missing: dict[int, set[str]] = {}
    standalone: dict[str, int] = {}  # SKU → line of a simple product already yielded (a child listed later)
    child_attrs: dict[str, int] = {}  # attribute codes of children that are not their options → rows

    def issue(rec: ProductRecord, row: _Row, col: str | None, msg: str, hint: str, severity: str = "error",
              kind: str = "") -> None:
        rec.issues.append(ImportIssue(fname, row.line, row.label(col) if col else None, msg, hint, severity,
                                      rec.handle, kind=kind))

    def number(rec: ProductRecord, row: _Row, col: str, what: str) -> Decimal | None:
        raw = row.get(col)
        if not raw:
            return None
        try:
            return parse_decimal(raw)
        except ValueError:
            issue(rec, row, col, f"{what} {raw!r} is not a number", "write a plain number such as 19.99")
            return None

    def money(rec: ProductRecord, row: _Row, col: str, v: VariantRecord) -> Decimal | None:
        raw = row.get(col)
        if not raw:
            return None
        try:
            amount, iso, written = split_price(raw)
        except ValueError:
            return number(rec, row, col, col.replace("_", " "))
        v.currency, why = price_currency(written, iso, v.currency)
        if why:
            issue(rec, row, col, f"{col} {raw!r}: {why}", "write the price as a plain number and set the store "
                  "currency (--currency)", "warning", "currency-in-price")
        return amount

    def special_over(rec: ProductRecord, row: _Row) -> bool:
        """True when ``special_price_from_date`` / ``special_price_to_date`` (whole days, the "to" day included:
        ``saledates``) do not include now: the price is kept, with a ``sale-price`` warning."""
        start, end = row.get("special_price_from_date") or "", row.get("special_price_to_date") or ""
        if not (start or end):
            return False
        window = day_window(start, end)
        col = "special_price_to_date" if end else "special_price_from_date"
        if window is None:
            issue(rec, row, col, f"special price not used: its dates {start!r} – {end!r} are not readable",
                  "write the dates as YYYY-MM-DD", "warning", "sale-price")
            return True
        if running(window):
            return False
        issue(rec, row, col, f"special price not used: it runs {written(window)}, not now",
              "the regular price is kept", "warning", "sale-price")
        return True

    def variant_of(rec: ProductRecord, row: _Row) -> VariantRecord:
        v = VariantRecord(line=row.line, sku=row.get("sku") or None, currency=currency)
        price, special = money(rec, row, "price", v), money(rec, row, "special_price", v)
        if special is not None and price is not None and special < price and not special_over(rec, row):
            v.price, v.compare_at_price = special, price
        else:
            v.price = price if price is not None else special
        qty = number(rec, row, "qty", "qty")
        if qty is not None:
            v.inventory = int(qty)
        raw = row.get("weight")
        if raw:
            w = parse_weight(raw)
            if w is not None and w["unit"] in GRAMS_PER_UNIT:
                v.grams, v.weight_unit = Decimal(str(w["grams"])), w["unit"]
            else:
                n = number(rec, row, "weight", "weight")
                if n is not None and unit is not None:
                    v.grams, v.weight_unit = n * GRAMS_PER_UNIT[unit], unit
                elif n is not None and not any(i.kind == "weight-no-unit" for i in rec.issues):
                    issue(rec, row, "weight", f"weight {raw!r} has no unit (Magento keeps it in the store's "
                          "settings, lbs or kgs); not imported", "import again with the weight column mapped as "
                          "weight:kg (or weight:lb) to say which", "warning", "weight-no-unit")
        return v

    def pictures_of(row: _Row) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for col in _PICTURES:
            src = row.get(col)
            if src and src != "no_selection" and all(s != src for s, _a in out):
                out.append((src, row.get(_LABELS[col])))
        extra = [s.strip() for s in row.get("additional_images").split(",") if s.strip()]
        labels = [s.strip() for s in row.get("additional_image_labels").split(",")]
        for pos, src in enumerate(extra):
            if all(s != src for s, _a in out):
                out.append((src, labels[pos] if len(labels) == len(extra) else ""))
        return out

    def product_of(row: _Row) -> ProductRecord:
        name, key = row.get("name"), row.get("url_key")
        handle = key or slugify(name) or slugify(row.get("sku")) or f"(line {row.line})"
        rec = ProductRecord(handle=handle, line=row.line, last_line=row.line)
        if not key:
            rec.extra["_derived_handle"] = True  # made from the name: the importer keeps it unique
        if not name:
            issue(rec, row, "name", "the product has no name", "give every product a name in the default "
                  "(empty store_view_code) row")
        vals = {f: row.get(c) for c, f in _FIELD_OF.items() if c != "categories" and row.get(c)}
        cats = [c.strip() for c in row.get("categories").split(",") if c.strip()]
        if cats:  # "Default Category/Gear/Bags": the first path; the type is its last name below the root
            vals["category"] = cats[0]
            parts = [p.strip() for p in cats[0].split("/") if p.strip()]
            if len(parts) > 1:
                vals["product_type"] = parts[-1]
        apply_product_fields(rec, vals, source, mapping, row.line)
        online = row.get("product_online")
        if online:
            if online in ("1", "0", "2"):
                rec.published = online == "1"
                rec.provided.add("published")
            else:
                issue(rec, row, "product_online", f"product_online {online!r} is not 1 or 0",
                      "write 1 (enabled) or 0 (disabled)")
        kind = row.get("product_type").lower() or "simple"
        rec.extra["magento_type"] = kind
        if row.get("visibility"):
            rec.extra["magento_visibility"] = row.get("visibility")
        return rec

    def add_facts(rec: ProductRecord, attributes: list[tuple[str, str]]) -> None:
        for code, value in attributes:
            if code.lower() in _SYSTEM_ATTRIBUTES or not value:
                continue
            key = _FACT_KEYS.get(code.lower(), slugify(code).replace("-", "_")[:64])
            if key:
                rec.add_fact(key, value, "text", None, parse_fact_value(key, value), replace=False)

    def child_of(row: _Row) -> _Child:
        holder = ProductRecord(handle=row.get("sku"), line=row.line)
        v = variant_of(holder, row)
        return _Child(v, pictures_of(row), split_attributes(row.get("additional_attributes")), holder.issues)

    def attach(parent: ProductRecord, sku: str, child: _Child) -> None:
        order, have = slots[id(parent)]
        opts = dict(next((o for s, o in order if s == sku), {}))
        child.variant.options = opts
        child.variant.title = " / ".join(opts.values()) or (child.variant.sku or "Default")
        for code, _value in child.attributes:
            if code not in opts and code.lower() not in _SYSTEM_ATTRIBUTES:
                child_attrs[code] = child_attrs.get(code, 0) + 1
        have[sku] = child
        missing[id(parent)].discard(sku)

    def complete(parent: ProductRecord) -> ProductRecord:
        order, have = slots.pop(id(parent))
        open_parents.pop(id(parent), None)
        missing.pop(id(parent), None)
        parent_price = parent.extra.pop("_price", None)
        srcs = {i.src for i in parent.images}
        for sku, opts in order:
            child = have.get(sku)
            if child is None:  # not in the file: the option values only
                v = VariantRecord(line=parent.line, sku=sku, options=dict(opts), currency=currency,
                                  title=" / ".join(opts.values()) or sku, price=parent_price)
                parent.variants.append(v)
                parent.issues.append(ImportIssue(
                    fname, parent.line, None, f"child SKU {sku!r} of configurable {parent.title!r} is not in the "
                    "file; its variant has the option values only (no price of its own, stock or weight)",
                    "export the child products too", "warning", parent.handle, kind="child-not-in-file"))
                continue
            v = child.variant
            if v.price is None:
                v.price = parent_price
            parent.variants.append(v)
            parent.issues.extend(i for i in child.issues
                                 if i.kind != "weight-no-unit" or not any(x.kind == i.kind for x in parent.issues))
            for pos, (src, alt) in enumerate(child.pictures):
                if pos == 0:
                    v.image_src = src
                if src not in srcs:
                    srcs.add(src)
                    parent.images.append(ImageRecord(src=src, alt=alt, line=v.line,
                                                     variant_sku=v.sku if pos == 0 else None))
            parent.last_line = max(parent.last_line or 0, v.line or 0)
        return finish_product(parent)

    def simple(rec: ProductRecord, row: _Row, child: _Child) -> ProductRecord:
        v = child.variant
        v.title = "Default"
        rec.variants.append(v)
        rec.issues.extend(child.issues)
        for src, alt in child.pictures:
            if all(i.src != src for i in rec.images):
                rec.images.append(ImageRecord(src=src, alt=alt, line=row.line))
        add_facts(rec, child.attributes)
        return finish_product(rec)

    for src_row in source.rows():
        cells = src_row.cells
        if len(filled) < len(unread):
            filled.update(i for i in unread if i not in filled and i < len(cells) and cells[i].strip())
        row = _Row(source, idx, cells, src_row.line)
        sku = row.get("sku")
        view = row.get("store_view_code")
        if view:
            warn(ImportIssue(fname, row.line, row.label("store_view_code"),
                             f"store view {view!r} values of {sku!r} (name, description, labels for that store view) "
                             "not imported; the product keeps its default values",
                             "nothing to do for the default values; enter a store view's texts as the product's "
                             "translations in the app if you need them", "warning", sku or None,
                             kind="store-view-row"))
            continue
        if not sku:
            holder = ProductRecord(handle=slugify(row.get("name")) or f"(line {row.line})", line=row.line)
            issue(holder, row, "sku", "the row has no sku", "give every product row its sku")
            yield holder
            continue
        kind = row.get("product_type").lower()
        if kind == "configurable":
            rec = product_of(row)
            for src, alt in pictures_of(row):
                rec.images.append(ImageRecord(src=src, alt=alt, line=row.line))
            add_facts(rec, split_attributes(row.get("additional_attributes")))
            price = number(rec, row, "price", "price")
            if price is not None:
                rec.extra["_price"] = price
            order = [(dict(p).get("sku", ""), {k: v for k, v in p if k.lower() not in _NOT_OPTIONS})
                     for p in split_variations(row.get("configurable_variations"))]
            bad = [o for s, o in order if not s]
            if bad:
                issue(rec, row, "configurable_variations", "a child in configurable_variations has no sku=",
                      "write each child as sku=CHILD-SKU,attribute=value, children separated by |")
            order = [(s, o) for s, o in order if s]
            if not order:  # a configurable without children: one variant of its own
                issue(rec, row, "configurable_variations", f"configurable {sku!r} names no children; imported "
                      "with one variant of its own", "export its child products and configurable_variations",
                      "warning", "configurable-without-children")
                rec.extra.pop("_price", None)
                yield simple(rec, row, child_of(row))
                continue
            slots[id(rec)] = (order, {})
            missing[id(rec)] = {s for s, _o in order}
            for child_sku, _o in order:
                if child_sku in held:
                    _rec, child = held.pop(child_sku)
                    attach(rec, child_sku, child)
                elif child_sku in standalone:
                    issue(rec, row, "configurable_variations", f"child {child_sku!r} comes before this configurable "
                          f"and is visible on its own (line {standalone[child_sku]}): imported as a product too",
                          "set the child's visibility to Not Visible Individually, or list it before nothing else",
                          "warning", "child-also-product")
                    missing[id(rec)].discard(child_sku)
                else:
                    waiting[child_sku] = rec
            if not missing[id(rec)]:
                yield complete(rec)
            else:
                open_parents[id(rec)] = rec
            continue
        child = child_of(row)
        parent = waiting.pop(sku, None)
        if parent is not None:  # the configurable came first
            attach(parent, sku, child)
            if not missing[id(parent)]:
                yield complete(parent)
            continue
        rec = product_of(row)
        if row.get("visibility").lower() == "not visible individually":
            held[sku] = (rec, child)  # most likely a configurable's child: its parent comes later
            continue
        standalone[sku] = row.line
        yield simple(rec, row, child)

    lost = [h for i, h in unread.items() if i in filled]
    if lost:
        warn(ImportIssue(fname, source.header_line, None,
                         f"{len(lost)} column(s) not imported: {', '.join(lost[:10])}" + ("…" if len(lost) > 10 else ""),
                         "Magento's store settings (tax class, websites, stock rules…) have no place in the catalog; "
                         "nothing to do", "warning", kind="unmapped-columns"))
    for parent in list(open_parents.values()):
        yield complete(parent)
    for rec, child in held.values():  # no configurable claimed them: products of their own
        row = _Row(source, idx, [], rec.line or 0)
        yield simple(rec, row, child)
    if child_attrs:
        codes = ", ".join(f"{c} ({n} row{'s' if n > 1 else ''})" for c, n in sorted(child_attrs.items()))
        warn(ImportIssue(fname, None, "additional_attributes",
                         f"attributes of child products that are not their options not imported: {codes}",
                         "a variant has no facts of its own; put them on the configurable if they describe it",
                         "warning", kind="child-attributes"))
