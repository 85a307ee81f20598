"""WordPress/WooCommerce export (WXR: Tools › Export › Products, an RSS/XML file), parsed with ``defusedxml``.

What a WooCommerce shop hands over when it has no CSV export. The file holds one ``<item>`` per post:

* ``product`` items (``wp:post_type``) are products: ``title``, ``content:encoded`` (the HTML body),
  ``excerpt:encoded`` (short description), ``wp:post_name`` (the slug → handle, percent-decoded so
  non-Latin slugs stay readable), ``wp:status`` (publish → active, anything else → draft), ``category``
  elements by domain (``product_cat``, ``product_tag``, ``product_type`` simple|variable|grouped|external,
  ``pa_*`` attribute terms) and ``wp:postmeta`` (``_sku``, ``_regular_price``, ``_sale_price``, ``_price``,
  ``_weight``, ``_length``/``_width``/``_height``, ``_stock``, ``_thumbnail_id``, ``_product_image_gallery``).
* ``product_variation`` items are the variants of their ``wp:post_parent``: SKU, prices, weight (the
  parent's when empty), image (``_thumbnail_id``) and option values (``attribute_pa_color`` = a term slug,
  shown by its name; ``attribute_logo`` = a custom attribute's value; empty = "any", no option).
* ``attachment`` items give image URLs (``wp:attachment_url``) to the ids products and variations name.

A WXR file does not carry the store's units: weights are read as kg and dimensions as cm (WooCommerce's
defaults). Items are read in one pass (products are complete only once the variations and attachments,
which come later in the file, are read); other post types are skipped and counted in one warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

from studio.importers.certainty import record_doubt
from studio.importers.facts import extract_facts, parse_fact_value
from studio.importers.html import html_to_text
from studio.importers.records import (
    CatalogImportError,
    ImageRecord,
    ImportIssue,
    ProductRecord,
    VariantRecord,
    parse_decimal,
    slugify,
)
from studio.importers.saledates import running, timestamp_window

WEIGHT_UNIT = "kg"
DIMENSION_UNIT = "cm"
_ATTR_FACT = {"color": "colour", "colour": "colour", "size": "size", "material": "material", "brand": "brand"}
_PHP_NAME = re.compile(r's:\d+:"name";s:\d+:"([^"]*)"')


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


class _Item:
    __slots__ = ("cats", "content", "excerpt", "fields", "line", "meta", "title")

    def __init__(self) -> None:
        self.title = ""
        self.content = ""
        self.excerpt = ""
        self.fields: dict[str, str] = {}
        self.meta: dict[str, str] = {}
        self.cats: list[tuple[str, str, str]] = []  # (domain, nicename, name)
        self.line: int | None = None


def _items(path: Path) -> Iterator[_Item]:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        for _event, el in iterparse(str(path), events=("end",)):
            if _local(el.tag) != "item":
                continue
            it = _Item()
            for child in el:
                name, ns = _local(child.tag), _ns(child.tag)
                text = child.text or ""
                if name == "title" and not ns:
                    it.title = text.strip()
                elif name == "encoded" and "excerpt" in ns:
                    it.excerpt = text.strip()
                elif name == "encoded":
                    it.content = text.strip()
                elif name == "category" and not ns:
                    it.cats.append((child.get("domain", ""), child.get("nicename", ""), text.strip()))
                elif name == "postmeta":
                    key = val = ""
                    for m in child:
                        if _local(m.tag) == "meta_key":
                            key = (m.text or "").strip()
                        elif _local(m.tag) == "meta_value":
                            val = (m.text or "").strip()
                    if key and key not in it.meta:  # the first value of a repeated key (_price repeats)
                        it.meta[key] = val
                elif "wordpress.org/export" in ns:
                    it.fields[name] = text.strip()
            el.clear()
            yield it
    except (ParseError, DefusedXmlException, ValueError) as exc:  # broken XML, entities, DTDs: one clear error
        raise CatalogImportError(f"{path.name}: not a readable WordPress export ({exc}); export it again from "
                                 "WordPress › Tools › Export, or from WooCommerce › Products › Export as CSV") from exc


def wxr_preview(path: Path, n: int = 5) -> tuple[list[str], list[list[str]]]:
    """Columns-like preview: (["post_type", "title", "sku"], the first ``n`` products)."""
    rows: list[list[str]] = []
    for it in _items(Path(path)):
        if it.fields.get("post_type") in ("product", "product_variation"):
            rows.append([it.fields.get("post_type", ""), it.title, it.meta.get("_sku", "")])
            if len(rows) >= n:
                break
    return ["post_type", "title", "sku"], rows


def _dec(raw: str) -> Decimal | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return parse_decimal("0" + raw if raw.startswith(".") else raw)
    except ValueError:
        return None


def _option_name(key: str, parent: _Item | None) -> str:
    """``pa_color`` → ``Color``; a custom attribute's key → its name as the parent declares it."""
    if key.startswith("pa_"):
        return key[3:].replace("-", " ").replace("_", " ").title()
    if parent is not None:
        for name in _PHP_NAME.findall(parent.meta.get("_product_attributes", "")):
            if slugify(name) == key.replace("_", "-"):
                return name
    return key.replace("-", " ").replace("_", " ").title()


def parse(path: Path, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    path = Path(path)
    fname = path.name
    products: list[_Item] = []
    variations: dict[str, list[_Item]] = {}
    attachments: dict[str, str] = {}
    skipped: dict[str, int] = {}
    for it in _items(path):
        kind = it.fields.get("post_type", "")
        if kind == "product":
            products.append(it)
        elif kind == "product_variation":
            variations.setdefault(it.fields.get("post_parent", ""), []).append(it)
        elif kind == "attachment":
            url = it.fields.get("attachment_url") or it.meta.get("_wc_attachment_source", "")
            if url:
                attachments[it.fields.get("post_id", "")] = url
        else:
            skipped[kind or "(none)"] = skipped.get(kind or "(none)", 0) + 1
    if skipped:
        warn(ImportIssue(fname, None, None, "items that are not products were skipped: "
                         + ", ".join(f"{k} ({n})" for k, n in sorted(skipped.items())), "", "warning",
                         kind="wxr-skipped-items"))
    if not products:
        raise CatalogImportError(f"{fname}: the WordPress export holds no products (wp:post_type product); export "
                                 "Products (Tools › Export › Products)")
    currency = getattr(options, "currency", None)
    for index, it in enumerate(products):
        yield _product(it, index, variations.pop(it.fields.get("post_id", ""), []), attachments, currency, fname)
    for parent_id, items in variations.items():
        for v in items:
            rec = ProductRecord(handle=f"(variation {v.fields.get('post_id', '?')})", title=v.title)
            rec.issues.append(ImportIssue(fname, None, "wp:post_parent", f"variation {v.title!r} names parent "
                                          f"{parent_id!r}, which is not in the file", "export the parent product too",
                                          "error", rec.handle))
            yield rec


def _prices(it: _Item, v: VariantRecord) -> None:
    regular, sale = _dec(it.meta.get("_regular_price", "")), _dec(it.meta.get("_sale_price", ""))
    window = timestamp_window(it.meta.get("_sale_price_dates_from", ""), it.meta.get("_sale_price_dates_to", ""))
    if sale is not None and regular is not None and sale < regular and (window is None or running(window)):
        v.price, v.compare_at_price = sale, regular
    else:
        v.price = regular if regular is not None else (sale if sale is not None else _dec(it.meta.get("_price", "")))


def _weight(it: _Item, v: VariantRecord, inherit: tuple[Decimal, str] | None) -> tuple[Decimal, str] | None:
    w = _dec(it.meta.get("_weight", ""))
    if w is None and inherit is not None:
        w = inherit[0]
    if w is not None:
        v.grams = (w * (Decimal(1000) if WEIGHT_UNIT == "kg" else Decimal(1))).quantize(Decimal("0.001"))
        v.weight_unit = WEIGHT_UNIT
        return w, WEIGHT_UNIT
    return None


def _product(it: _Item, index: int, variations: list[_Item], attachments: dict[str, str], currency: str | None,
             fname: str) -> ProductRecord:
    slug = unquote(it.fields.get("post_name", "")).strip()
    handle = slugify(slug) if slug else slugify(it.title)
    rec = ProductRecord(handle=handle or f"(product {it.fields.get('post_id', index)})", title=it.title)
    if not slug:
        rec.extra["_derived_handle"] = f"{it.title} | {it.meta.get('_sku') or it.fields.get('post_id', '')}"
    if not it.title:
        rec.issues.append(ImportIssue(fname, None, "title", "the product has no title", "give every product a title",
                                      "error", rec.handle))
    rec.body_html = it.content or it.excerpt
    rec.body_text = html_to_text(rec.body_html)
    if it.excerpt:
        rec.extra["short_description"] = it.excerpt
    status = it.fields.get("status", "publish")
    rec.status = "active" if status == "publish" else "draft"
    rec.published = status == "publish"
    kind = next((nice or name for dom, nice, name in it.cats if dom == "product_type"), "simple")
    cats = [name for dom, _n, name in it.cats if dom == "product_cat"]
    rec.category = cats[0] if cats else ""
    rec.product_type = rec.category
    rec.tags = [name for dom, _n, name in it.cats if dom == "product_tag"]
    rec.provided |= {"title", "body_html", "body_text", "category", "product_type", "tags", "published", "status"}
    if it.fields.get("post_id"):
        rec.extra["woocommerce_id"] = it.fields["post_id"]
    rec.extra["woocommerce_type"] = kind
    sku = it.meta.get("_sku", "")
    # images: the thumbnail, then the gallery
    ids = [it.meta.get("_thumbnail_id", "")] + it.meta.get("_product_image_gallery", "").split(",")
    for pos, aid in enumerate([i.strip() for i in ids if i.strip()], start=1):
        url = attachments.get(aid)
        if url and not any(im.src == url for im in rec.images):
            rec.images.append(ImageRecord(src=url, position=pos))
    dims = [_dec(it.meta.get(k, "")) for k in ("_length", "_width", "_height")]
    present = [d for d in dims if d is not None]
    if len(present) == len(dims):
        text = " x ".join(f"{d.normalize():f}" for d in present) + f" {DIMENSION_UNIT}"
        data = parse_fact_value("dimensions", text, "dimensions")
        if data:
            rec.add_fact("dimensions", text, "dimensions", data["unit"], data)
    terms: dict[str, dict[str, str]] = {}  # pa_color → {nicename: name}
    for dom, nice, name in it.cats:
        if dom.startswith("pa_"):
            terms.setdefault(dom, {})[nice] = name
    own_weight = None
    if kind == "variable":
        if sku:
            rec.extra["parent_sku"] = sku  # `--product PARENTSKU` finds the product
        w = _dec(it.meta.get("_weight", ""))
        own_weight = (w, WEIGHT_UNIT) if w is not None else None
        variations.sort(key=lambda x: (int(x.fields.get("menu_order", "0") or 0), int(x.fields.get("post_id", "0") or 0)))
        for var in variations:
            v = VariantRecord(sku=var.meta.get("_sku") or None, currency=currency)
            _prices(var, v)
            _weight(var, v, own_weight)
            stock = _dec(var.meta.get("_stock", ""))
            v.inventory = int(stock) if stock is not None else None
            for key, val in var.meta.items():
                if not key.startswith("attribute_") or not val:
                    continue
                attr = key[len("attribute_"):]
                v.options[_option_name(attr, it)] = terms.get(attr, {}).get(val, val)
            v.title = " / ".join(v.options.values()) or (v.sku or "Default")
            url = attachments.get(var.meta.get("_thumbnail_id", ""))
            if url:
                v.image_src = url
            rec.variants.append(v)
        for dom, values in terms.items():
            fact_key = _ATTR_FACT.get(dom[3:].lower())
            if fact_key:
                items = list(values.values())
                rec.add_fact(fact_key, ", ".join(items), "list", None, {"items": items})
        if not variations:
            rec.issues.append(ImportIssue(fname, None, None, f"variable product {it.title!r} has no variations in "
                                          "the file", "export its variations too", "warning", rec.handle,
                                          kind="variable-without-variations"))
    else:
        v = VariantRecord(sku=sku or None, currency=currency, title="Default")
        _prices(it, v)
        own_weight = _weight(it, v, None)
        stock = _dec(it.meta.get("_stock", ""))
        v.inventory = int(stock) if stock is not None else None
        rec.variants.append(v)
        for dom, values in terms.items():
            key = _ATTR_FACT.get(dom[3:].lower()) or dom[3:].replace("-", "_")
            rec.add_fact(key, ", ".join(values.values()), "text", None, None)
    if own_weight is not None:
        w, unit = own_weight
        grams = w * 1000 if unit == "kg" else w
        rec.add_fact("weight", f"{w.normalize():f} {unit}", "weight", unit,
                     {"value": float(w), "unit": unit, "grams": float(grams)}, replace=False)
    for f in extract_facts(rec.body_text):
        rec.add_fact(f.key, f.value, f.type, f.unit, record_doubt(f.key, f.data, rec, f.value), source="html", replace=False)
    return rec
