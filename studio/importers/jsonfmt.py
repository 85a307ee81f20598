"""JSON catalogs: a list of products, or an object with a ``"products"`` list (Shopify Admin API style).

The array is read incrementally (one product object at a time, ``json.JSONDecoder.raw_decode`` over a
sliding buffer), so memory stays flat for long files. Product schema (every key optional but ``title``):

    {
      "handle": "linen-shirt",               # default: made from the title
      "title": "Linen Shirt",
      "body_html": "<p>…</p>",                # or "description": "plain text"
      "vendor": "…", "product_type": "…", "category": "…", "status": "active|draft|archived",
      "published": true, "seo_title": "…", "seo_description": "…", "currency": "EUR",
      "tags": ["summer", "linen"],            # or "summer, linen"
      "options": [{"name": "Size", "values": ["S", "M"]}],   # or ["Size"]; names option1..3
      "variants": [{
          "sku": "LS-S", "title": "S", "options": {"Size": "S"},   # or "option1": "S"
          "price": "49.00", "compare_at_price": "59.00", "currency": "EUR",
          "market_prices": {"Switzerland": "52.00"}, "barcode": "…",
          "grams": 180, "weight": 0.18, "weight_unit": "kg", "inventory": 12, "image": "…"}],
      "images": ["https://…/a.jpg", {"src": "b.png", "alt": "…", "position": 2, "variant_sku": "LS-S"}],
      "facts": {"material": "100% linen", "dimensions": {"value": "80 x 40 cm", "type": "dimensions"}},
                                              # or [{"key": "material", "value": "…", "type": "text", "unit": null}]
      "extra": {…}                            # kept as is
    }

A product without ``variants`` but with ``sku``/``price`` at the top level gets one variant.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from studio.importers.facts import add_body_facts, parse_fact_value
from studio.importers.headers import weight_unit_name
from studio.importers.html import html_to_text, looks_like_html
from studio.importers.records import (
    CatalogImportError,
    ImageRecord,
    ImportIssue,
    ProductRecord,
    VariantRecord,
    parse_bool,
    parse_decimal,
    price_currency,
    slugify,
    split_price,
    split_tags,
)

_CHUNK = 1 << 16
_WS = " \t\r\n"


class JsonArrayStream:
    """Yields (line, item) for each element of the top-level products array."""

    def __init__(self, path: Path, encoding: str | None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._single = False  # {"product": {…}}: one product, not a list
        self._fh = open(self.path, encoding=encoding or "utf-8", errors="strict")
        self._size = max(1, self.path.stat().st_size)
        self._buf = ""
        self._pos = 0
        self._line = 1
        self._eof = False
        self._dec = json.JSONDecoder()

    # -- buffer
    def _fill(self) -> bool:
        if self._eof:
            return False
        try:
            chunk = self._fh.read(_CHUNK)
        except UnicodeDecodeError as exc:
            raise CatalogImportError(f"{self.name}: around line {self._line}: bytes that are not valid text in "
                                     "this encoding; save the file as UTF-8") from exc
        if not chunk:
            self._eof = True
            return False
        if self._pos > _CHUNK:
            self._buf = self._buf[self._pos:]
            self._pos = 0
        self._buf += chunk
        return True

    def _advance(self, to: int) -> None:
        self._line += self._buf.count("\n", self._pos, to)
        self._pos = to

    def _skip_ws(self) -> None:
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in _WS:
                if self._buf[self._pos] == "\n":
                    self._line += 1
                self._pos += 1
            if self._pos < len(self._buf) or not self._fill():
                return

    def _peek(self) -> str:
        self._skip_ws()
        return self._buf[self._pos] if self._pos < len(self._buf) else ""

    def _expect(self, ch: str, what: str) -> None:
        if self._peek() != ch:
            got = self._peek() or "end of file"
            raise CatalogImportError(f"{self.name}:{self._line}: expected {what}, found {got!r}; "
                                     "the file must be a JSON list of products or {\"products\": [...]}")
        self._pos += 1

    def _value(self):
        self._skip_ws()
        while True:
            try:
                obj, end = self._dec.raw_decode(self._buf, self._pos)
                if end >= len(self._buf) and not self._eof and self._fill():
                    continue  # a number may go on in the next chunk
                self._advance(end)
                return obj
            except RecursionError:
                line, col, depth = self._too_deep(self._pos)
                raise CatalogImportError(f"{self.name}:{line}: column {col}: JSON nested more than {depth} levels "
                                         "deep; a product is a few levels deep — fix or remove that value") from None
            except json.JSONDecodeError as exc:
                if self._fill():
                    continue
                line = self._line + self._buf.count("\n", self._pos, exc.pos)
                col = exc.pos - (self._buf.rfind("\n", 0, exc.pos) + 1) + 1
                raise CatalogImportError(f"{self.name}:{line}: column {col}: invalid JSON ({exc.msg}); "
                                         "fix the syntax there (a validator such as `python -m json.tool` "
                                         "shows the same place)") from exc

    def _too_deep(self, start: int, limit: int = 100) -> tuple[int, int, int]:
        """(line, column, limit) of the first bracket past ``limit`` levels from ``start`` (strings skipped)."""
        buf, depth, i, in_str = self._buf, 0, start, False
        while i < len(buf):
            c = buf[i]
            if in_str:
                if c == "\\":
                    i += 1
                elif c == '"':
                    in_str = False
            elif c == '"':
                in_str = True
            elif c in "[{":
                depth += 1
                if depth > limit:
                    break
            elif c in "]}":
                depth -= 1
            i += 1
        i = min(i, len(buf) - 1)
        line = self._line + buf.count("\n", self._pos, i)
        return line, i - (buf.rfind("\n", 0, i) + 1) + 1, limit

    def _find_products_array(self) -> None:
        ch = self._peek()
        if ch == "[":
            self._pos += 1
            return
        if ch != "{":
            raise CatalogImportError(f"{self.name}:{self._line}: a JSON catalog starts with [ or {{, found "
                                     f"{ch or 'nothing'!r}")
        self._pos += 1
        while True:
            if self._peek() == "}":
                raise CatalogImportError(f"{self.name}: the JSON object has no \"products\" list; write "
                                         "{\"products\": [ … ]}, {\"product\": { … }} or a plain list of "
                                         "products")
            key = self._value()
            self._expect(":", "':' after a key")
            if key == "products":
                self._expect("[", "a list after \"products\"")
                return
            if key == "product" and self._peek() == "{":  # one product as the Admin API returns it
                self._single = True  # (GET /products/{id}.json: {"product": {…}})
                return
            self._value()
            if self._peek() == ",":
                self._pos += 1

    def items(self) -> Iterator[tuple[int, object]]:
        self._single = False
        self._find_products_array()
        if self._single:
            self._skip_ws()
            line = self._line
            yield line, self._value()
            return
        first = True
        while True:
            ch = self._peek()
            if ch == "]":
                self._pos += 1
                return
            if not first:
                if ch != ",":
                    self._expect(",", "',' between products")
                self._pos += 1
                if self._peek() == "]":
                    self._pos += 1
                    return
            first = False
            self._skip_ws()
            line = self._line
            yield line, self._value()

    def fraction(self) -> float:
        try:
            return min(1.0, self._fh.buffer.tell() / self._size)  # type: ignore[attr-defined]  # typeshed's buffer type omits tell()
        except (OSError, ValueError, AttributeError):
            return 0.0

    def close(self) -> None:
        self._fh.close()


def json_preview(path: Path, encoding: str | None, n: int = 5) -> tuple[list[str], list[list[str]]]:
    stream = JsonArrayStream(path, encoding)
    keys: list[str] = []
    rows: list[list[str]] = []
    try:
        for _line, item in stream.items():
            if isinstance(item, dict):
                for k in item:
                    if k not in keys:
                        keys.append(k)
                rows.append([str(item.get("handle", "")), str(item.get("title", ""))])
            if len(rows) >= n:
                break
    finally:
        stream.close()
    return keys, rows


def _s(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dict | list):  # kept as JSON text, never as a Python repr ({'a': 1})
        return json.dumps(v, ensure_ascii=False)
    return str(v).strip()


TEXT_KEYS = ("title", "name", "handle", "body_html", "description", "vendor", "product_type", "category",
             "seo_title", "seo_description", "currency", "status")
VARIANT_TEXT_KEYS = ("sku", "barcode", "title", "currency", "weight_unit", "price", "compare_at_price", "grams",
                     "weight", "inventory", "inventory_quantity")


# keys this reader uses, and Shopify bookkeeping it skips on purpose (ids, dates); any other key is reported
PRODUCT_KEYS = {
    "handle", "title", "name", "body_html", "description", "vendor", "product_type", "type", "category", "seo_title",
    "seo_description", "currency", "tags", "status", "published", "extra", "options", "variants", "images", "image",
    "featured_image", "facts", "sku", "price", "compare_at_price", "barcode", "grams", "weight", "weight_unit",
    "inventory", "inventory_quantity", "option1", "option2", "option3", "size", "color", "colour",
}
VARIANT_KEYS = {
    "sku", "title", "options", "option1", "option2", "option3", "price", "compare_at_price", "currency",
    "market_prices", "barcode", "grams", "weight", "weight_unit", "inventory", "inventory_quantity", "image",
    "image_id", "featured_image",
}
BOOKKEEPING = {"id", "product_id", "position", "created_at", "updated_at", "published_at", "admin_graphql_api_id",
               "inventory_item_id", "old_inventory_quantity", "template_suffix", "published_scope", "url"}
_FLAT_OPTIONS = {"size": "Size", "color": "Color", "colour": "Colour"}
def parse_stream(stream: JsonArrayStream, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    unknown: dict[str, int] = {}
    for index, (line, item) in enumerate(stream.items()):
        yield product_from_json(item, index, line, stream.name, options, unknown)
    if unknown:
        keys = sorted(unknown, key=lambda k: (-unknown[k], k))
        warn(ImportIssue(stream.name, None, None, f"{len(keys)} key(s) not imported: "
                         + ", ".join(f"{k} ({unknown[k]}×)" for k in keys[:12]) + ("…" if len(keys) > 12 else ""),
                         "the importer reads the keys listed in the catalog guide; put anything else under \"extra\"",
                         "warning", kind="unknown-keys"))


def product_from_json(item, index: int, line: int, fname: str, options,
                      unknown: dict[str, int] | None = None) -> ProductRecord:
    path = f"products[{index}]"
    if not isinstance(item, dict):
        rec = ProductRecord(handle=f"({path})", line=line, last_line=line)
        rec.issues.append(ImportIssue(fname, line, path, f"a product must be a JSON object, found {type(item).__name__}",
                                      "write each product as {\"title\": …}", "error"))
        return rec
    structured = [k for k in TEXT_KEYS if isinstance(item.get(k), dict | list)]
    if structured:  # a list or object where text belongs: refused, never stored as text of the structure
        rec = ProductRecord(handle=f"({path})", line=line, last_line=line)
        for k in structured:
            rec.issues.append(ImportIssue(fname, line, f"{path}.{k}",
                                          f"{k} is a JSON {'list' if isinstance(item[k], list) else 'object'}, "
                                          "where text belongs", f"write \"{k}\" as a string", "error"))
        return rec
    title = _s(item.get("title") or item.get("name"))
    handle = _s(item.get("handle"))
    rec = ProductRecord(handle=handle or slugify(title) or f"({path})", title=title, line=line, last_line=line)
    if not handle and title:
        rec.extra["_derived_handle"] = True
    if unknown is not None:
        for k in item:
            if k not in PRODUCT_KEYS and k not in BOOKKEEPING:
                key = str(k)
                unknown[key] = unknown.get(key, 0) + 1

    def err(col: str, msg: str, hint: str) -> None:
        rec.issues.append(ImportIssue(fname, line, f"{path}.{col}", msg, hint, "error", rec.handle))

    if not title:
        err("title", "the product has no title", "give every product a \"title\"")
    rec.provided.add("title")
    if "body_html" in item:
        rec.body_html = _s(item["body_html"])
        rec.provided |= {"body_html", "body_text"}
    elif "description" in item:
        import html

        text = _s(item["description"])
        if looks_like_html(text):  # storefront JSON (products/<handle>.js) puts the HTML body here
            rec.body_html = text
        else:
            rec.body_html = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
            rec.body_text = text
        rec.provided |= {"body_html", "body_text"}
    if "product_type" not in item and isinstance(item.get("type"), str):  # storefront JSON calls it "type"
        rec.product_type = _s(item["type"])
        rec.provided.add("product_type")
    for f in ("vendor", "product_type", "category", "seo_title", "seo_description"):
        if f in item:
            setattr(rec, f, _s(item[f]))
            rec.provided.add(f)
    if "currency" in item and item["currency"]:
        rec.currency = _s(item["currency"]).upper()[:3]
        rec.provided.add("currency")
    if "tags" in item:
        tags = item["tags"]
        rec.tags = [_s(t) for t in tags if _s(t)] if isinstance(tags, list) else split_tags(_s(tags))
        rec.provided.add("tags")
    if "status" in item:
        st = _s(item["status"]).lower()
        if st in ("active", "draft", "archived"):
            rec.status = st
            rec.provided.add("status")
        else:
            err("status", f"status {item['status']!r} is not active, draft or archived", "use active, draft or archived")
    if "published" in item:
        b = item["published"] if isinstance(item["published"], bool) else parse_bool(_s(item["published"]))
        if b is None:
            err("published", f"published {item['published']!r} is not true or false", "use true or false")
        else:
            rec.published = b
            rec.provided.add("published")
    if isinstance(item.get("extra"), dict):
        rec.extra.update(item["extra"])
    # options
    option_names: list[str] = []
    for o in item.get("options") or []:
        if isinstance(o, dict) and o.get("name"):
            option_names.append(_s(o["name"]))
        elif isinstance(o, str):
            option_names.append(o)
    variants = item.get("variants")
    if variants is None and any(k in item for k in ("sku", "price")):  # a flat entry: the product is one variant
        flat = {k: item[k] for k in ("sku", "price", "compare_at_price", "barcode", "grams", "weight", "weight_unit",
                                     "inventory", "inventory_quantity", "option1", "option2", "option3") if k in item}
        opts = {name: _s(item[k]) for k, name in _FLAT_OPTIONS.items() if _s(item.get(k))}
        if isinstance(item.get("options"), dict):
            opts.update({_s(k): _s(x) for k, x in item["options"].items() if _s(x)})
        if opts:
            flat["options"] = opts
        variants = [flat]
    # variant ↔ image links: image ids (Admin API), images' variant_ids, a variant's featured_image (storefront)
    image_src: dict = {}
    variant_image: dict = {}
    for im in item["images"] if isinstance(item.get("images"), list) else []:
        if isinstance(im, dict) and _s(im.get("src")):
            if im.get("id") is not None:
                image_src[im["id"]] = _s(im["src"])
            for vid in im.get("variant_ids") or []:
                variant_image.setdefault(vid, _s(im["src"]))
    if variants is not None and not isinstance(variants, list):
        err("variants", "variants must be a list", "write \"variants\": [ {…}, … ]")
        variants = []
    for vi, vd in enumerate(variants or []):
        vpath = f"variants[{vi}]"
        if not isinstance(vd, dict):
            err(vpath, "a variant must be an object", "write {\"sku\": …, \"price\": …}")
            continue
        bad_keys = [k for k in VARIANT_TEXT_KEYS if isinstance(vd.get(k), dict | list)]
        if bad_keys:
            for k in bad_keys:
                err(f"{vpath}.{k}", f"{k} is a JSON {'list' if isinstance(vd[k], list) else 'object'}, where a "
                    "value belongs", f"write \"{k}\" as a string or number")
            continue
        v = VariantRecord(line=line, sku=_s(vd.get("sku")) or None, barcode=_s(vd.get("barcode")) or None,
                          currency=_s(vd.get("currency")).upper() or rec.currency or getattr(options, "currency", None))
        variant_opts = vd.get("options")
        if isinstance(variant_opts, dict):
            v.options = {_s(k): _s(x) for k, x in variant_opts.items() if _s(x)}
        for n in range(3):
            val = _s(vd.get(f"option{n + 1}"))
            if val and val.lower() != "default title":
                name = option_names[n] if n < len(option_names) else f"Option{n + 1}"
                v.options[name] = val
        for fld in ("price", "compare_at_price"):
            if vd.get(fld) not in (None, ""):
                try:
                    amount, iso, written = split_price(_s(vd[fld]))
                except ValueError:
                    err(f"{vpath}.{fld}", f"{fld} {vd[fld]!r} is not a number", "write a number such as 19.99")
                    continue
                setattr(v, fld, amount)
                v.currency, why = price_currency(written, iso, v.currency)
                if why:
                    rec.issues.append(ImportIssue(fname, line, f"{path}.{vpath}.{fld}", f"{fld} {vd[fld]!r}: {why}",
                                                  "write the price as a number and set \"currency\"", "warning",
                                                  rec.handle, kind="currency-in-price"))
        if isinstance(vd.get("market_prices"), dict):
            for mk, mv in vd["market_prices"].items():
                try:
                    v.market_prices[_s(mk)] = str(parse_decimal(_s(mv)))
                except ValueError:
                    err(f"{vpath}.market_prices.{mk}", f"price {mv!r} is not a number", "write a number")
        unit = weight_unit_name(_s(vd.get("weight_unit")))  # "kilogram", "lbs": kg, lb
        if unit and unit not in ("g", "kg", "lb", "oz"):
            err(f"{vpath}.weight_unit", f"weight unit {unit!r} is not g, kg, lb or oz", "use g, kg, lb or oz")
            unit = None
        v.weight_unit = unit
        try:
            if vd.get("grams") not in (None, ""):
                v.grams = parse_decimal(_s(vd["grams"]))
            elif vd.get("weight") not in (None, ""):
                factors: dict[str, int | Decimal] = {"g": 1, "kg": 1000, "lb": Decimal("453.59237"),
                                                     "oz": Decimal("28.349523125")}
                factor = factors[unit or "kg"]
                v.grams = parse_decimal(_s(vd["weight"])) * factor
                v.weight_unit = unit or "kg"
        except ValueError:
            err(f"{vpath}.grams", "the weight is not a number", "write a number of grams")
        inv = vd.get("inventory", vd.get("inventory_quantity"))
        if inv not in (None, ""):
            try:
                v.inventory = int(parse_decimal(_s(inv)))
            except ValueError:
                err(f"{vpath}.inventory", f"inventory {inv!r} is not a whole number", "write a whole number")
        v.image_src = _s(vd.get("image")) if isinstance(vd.get("image"), str | int | float) else None
        if not v.image_src and isinstance(vd.get("featured_image"), dict):
            v.image_src = _s(vd["featured_image"].get("src")) or None
        if not v.image_src and vd.get("image_id") is not None:
            v.image_src = image_src.get(vd["image_id"])
        if not v.image_src and vd.get("id") is not None:
            v.image_src = variant_image.get(vd["id"])
        v.image_src = v.image_src or None
        if unknown is not None:
            for k in vd:
                if k not in VARIANT_KEYS and k not in BOOKKEEPING:
                    key = f"variants.{k}"
                    unknown[key] = unknown.get(key, 0) + 1
        v.title = _s(vd.get("title")) or " / ".join(v.options.values()) or (v.sku or "Default")
        rec.variants.append(v)
    # images
    imgs = item.get("images") or []
    if isinstance(imgs, str):
        imgs = [imgs]
    if item.get("image") and isinstance(item["image"], str | dict) and isinstance(imgs, list):
        # the featured image is also in "images" (Admin API): add it only when it is not
        src = _s(item["image"].get("src") if isinstance(item["image"], dict) else item["image"])
        if not any(_s(i.get("src") if isinstance(i, dict) else i) == src for i in imgs):
            imgs = [item["image"], *imgs]
    for ii, im in enumerate(imgs if isinstance(imgs, list) else []):
        if isinstance(im, str) and im.strip():
            rec.images.append(ImageRecord(src=im.strip(), position=ii + 1, line=line))
        elif isinstance(im, dict) and _s(im.get("src")):
            pos = im.get("position")
            rec.images.append(ImageRecord(src=_s(im["src"]), alt=_s(im.get("alt")),
                                          position=int(pos) if isinstance(pos, int | float) else ii + 1,
                                          variant_sku=_s(im.get("variant_sku")) or None, line=line))
        else:
            err(f"images[{ii}]", "an image must be a path/URL or {\"src\": …}", "write \"images\": [\"a.jpg\"]")
    # facts
    facts = item.get("facts") or {}
    entries: list[tuple[str, object]] = []
    if isinstance(facts, dict):
        entries = list(facts.items())
    elif isinstance(facts, list):
        for fi, fd in enumerate(facts):
            if isinstance(fd, dict) and fd.get("key"):
                entries.append((_s(fd["key"]), fd))
            else:
                err(f"facts[{fi}]", "a fact must be {\"key\": …, \"value\": …}", "add a key and a value")
    else:
        err("facts", "facts must be an object or a list", "write \"facts\": {\"material\": \"cotton\"}")
    for key, given in entries:
        key = key.strip().lower().replace(" ", "_")[:64]
        if isinstance(given, dict):
            value, ftype, unit = _s(given.get("value")), _s(given.get("type")) or "text", _s(given.get("unit")) or None
        elif isinstance(given, list):
            value, ftype, unit = ", ".join(_s(x) for x in given), "list", None
        else:
            value, ftype, unit = _s(given), "text", None
        if not value:
            continue
        if ftype == "text" and key in ("dimensions", "weight"):
            ftype = key
        data = parse_fact_value(key, value, ftype, unit)
        if ftype in ("dimensions", "weight"):
            if data is None:
                ftype = "text"
            else:
                unit = data.get("unit")
        rec.add_fact(key, value, ftype, unit, data)
    if rec.body_text is None:
        rec.body_text = html_to_text(rec.body_html)
    add_body_facts(rec)
    return rec
