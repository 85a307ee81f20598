"""Generic CSV/TSV/XLSX: your own spreadsheet with a column mapping.

Each row is one variant (or one simple product). Rows with the same ``handle`` (or, when no column is
mapped to ``handle``, the same ``title``) that follow each other form one product.

Mapping targets (``--map "COLUMN=FIELD"``; ``FIELD`` is one of):

  product: handle, title, body_html, description (plain text), short_description (a summary: kept beside the
           description, the description when there is none), vendor, product_type, category, tags
           (comma-separated), status (active|draft|archived), published (true/false, 1/0, yes/no, 1/-1),
           seo_title, seo_description, currency, url (the product's own page), group (rows with the same
           value form one product: a feed's ``item_group_id``)
  variant: sku, price, compare_at_price, sale_price (the price it sells at: the price becomes the compare-at
           price), sale_price_dates (``start/end`` in ISO 8601: outside it the sale price is not used),
           availability (in stock, out of stock, preorder, backorder: kept in the product's ``extra``), barcode,
           inventory, weight ("1.2 kg" or a number in ``weight_unit``), grams, weight_unit (g|kg|lb|oz),
           variant_title
  options: option:<Name>  e.g. ``Size=option:Size`` — the cell is that variant's option value;
           variation_name:<N>, variation_type:<N>, variation_values:<N> — the product's N-th option on its one
           row (Etsy's ``VARIATION 1 NAME`` / ``TYPE`` / ``VALUES``, values comma-separated): a variant per
           combination of values
  images:  image (one or several, separated by comma, semicolon, | or new lines), image_alt
  facts:   fact:<key>     e.g. ``Material=fact:material`` (dimensions/weight are parsed)
  prices:  market_price:<Market>  e.g. ``Preis CH=market_price:Switzerland``
  ignore:  ignore

Files whose columns a platform fixes (a Google Merchant or Meta catalog feed, an Etsy listings download) are
recognised by their columns and mapped as the platform documents them (``headers.format_columns``).
Columns are suggested from their names in 12 languages (``Product Name``/``Bezeichnung``/``商品名`` → title,
``Artikelnummer`` → sku, ``Material`` → fact:material …: the vocabulary in ``assets/importers/headers.json``,
matched by ``studio.importers.headers``) and their sample values; ``--map`` overrides a suggestion; unmapped
columns are ignored and reported. A unit in a weight or dimensions header (``Gewicht (kg)``, ``Dimensions (cm)``)
completes that column's bare numbers.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import chain, islice

from studio.importers.facts import LABELS, add_body_facts, parse_fact_value
from studio.importers.headers import option_fact_key, weight_unit_name
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
    sheet_text,
    slugify,
    split_price,
    split_tags,
)
from studio.importers.saledates import feed_window, running, written
from studio.importers.sources import SourceRow, TableSource

PRODUCT_FIELDS = ("handle", "title", "body_html", "description", "short_description", "vendor", "product_type",
                  "category", "tags", "status", "published", "seo_title", "seo_description", "currency",
                  "option_names", "url", "group")
VARIANT_FIELDS = ("sku", "price", "compare_at_price", "sale_price", "sale_price_dates", "availability", "barcode",
                  "inventory", "weight", "grams", "weight_unit", "variant_title", "option_values")
OTHER_FIELDS = ("image", "image_alt", "ignore")
PREFIXES = ("option:", "fact:", "market_price:", "variation_name:", "variation_type:", "variation_values:")
ALL_FIELDS = PRODUCT_FIELDS + VARIANT_FIELDS + OTHER_FIELDS

_IMG_SPLIT = re.compile(r"\s*[,;|\n]\s*")
# grams in one of each weight unit a sheet may name (``weight_unit`` / ``--map weight=weight:kg``); the readers
# of other formats that take a bare weight in one of these units (Magento) use this table too
GRAMS_PER_UNIT = {"g": Decimal(1), "kg": Decimal(1000), "lb": Decimal("453.59237"), "oz": Decimal("28.349523125")}


NUMERIC_FIELDS = ("price", "compare_at_price", "inventory", "grams")
_NUMBERISH = re.compile(r"[\s\d.,'+\-]*\d[\s\d.,']*")


def _values_fit(field: str, values: list[str]) -> bool:
    """Whether sample values suit a numeric field: most non-empty ones must be numbers (a price may carry a
    currency sign or code). ``quantity`` holding "100 ML" is a size, not stock."""
    vals = [v.strip() for v in values if v and v.strip()]
    if not vals or field not in NUMERIC_FIELDS:
        return True
    if field == "inventory":
        ok = sum(1 for v in vals if _NUMBERISH.fullmatch(v))
    else:
        ok = 0
        for v in vals:
            try:
                parse_decimal(v)
                ok += 1
            except ValueError:
                pass
    return ok * 2 > len(vals)


_STATUSES = ("active", "draft", "archived")
SINGLE_FIELDS = tuple(f for f in PRODUCT_FIELDS + VARIANT_FIELDS + ("image_alt",))


def _values_read(field: str, values: list[str]) -> bool:
    """Whether the importer reads the sample values of ``status`` (most of them) or ``published`` (all of them:
    ``Active (0/1)``, ``product_online``, ``enabled``, ``Published`` = 1/0, yes/no, true/false, 1/-1). ``Aktiv`` =
    ``ja`` or an ``active`` column holding dates would be an error on every row: the column is left for the user to
    map."""
    vals = [v.strip().lower() for v in values if v and v.strip()]
    if not vals:
        return True
    if field == "status":
        return sum(1 for v in vals if v in _STATUSES) * 2 > len(vals)
    return all(parse_bool(v) is not None for v in vals)


def suggest_mapping(headers: list[str], samples: list[list[str]] | None = None) -> dict[str, str]:
    """Header → field guesses from the column names and, when ``samples`` (data rows) are given, their values.

    Names come from the header vocabulary (``studio.importers.headers``: 12 languages, camelCase/snake_case,
    accents, units and column numbers), then the fact labels (``Care`` → ``fact:care``). A numeric field is only
    suggested for a column whose values are mostly numbers, ``status``/``published`` only for values the importer
    reads; a quantity word (``quantity``, ``Menge``, ``数量``) is stock only when it holds bare numbers, else
    ``fact:quantity`` ("100 ML"). When several columns name one field, a strong name beats an ambiguous one, which
    beats a weak one, then the first column wins; every picture column is suggested as ``image``. Unknown columns
    are left out."""
    from studio.importers.headers import normalize, vocabulary

    voc = vocabulary()
    # a multilingual export (description-en_US-ecommerce, name:zh_Hans): one language's columns are imported,
    # English when the file has it, else the first language named; the others are left out (and listed)
    localized = {h: loc for h in headers if voc.match(h) is None and (loc := voc.match_localized(h)) is not None}
    langs = [lang for _m, lang in localized.values()]
    lang = "en" if "en" in langs else (langs[0] if langs else None)
    cand: list[tuple[str, str | None, int, str]] = []  # (header, field or None, rank, normalised name)
    empty: set[int] = set()  # candidates whose sample rows are all empty: any column with values goes first
    for idx, h in enumerate(headers):
        n = normalize(h)
        if not n:
            continue
        m = voc.match(h)
        if h in localized:
            m = localized[h][0] if localized[h][1] == lang else None
        if m is not None and (m.how == "as written" or n not in LABELS or h in localized):
            field: str | None = m.field
            rank = 0 if m.strength == "strong" else (1 if m.strength == "ambiguous" else 2)
        else:
            field, rank = None, 0
        col = [r[idx] for r in samples if idx < len(r)] if samples else []
        if field and m is not None and m.strength == "ambiguous" and samples and not _values_fit("inventory", col):
            field = "fact:quantity"  # "quantity" = "100 ML": a size, not stock
        elif field and samples and not _values_fit(field, col):
            field = f"fact:{n.replace(' ', '_')}" if field in NUMERIC_FIELDS and n not in LABELS else None
        elif field in ("status", "published") and samples and not _values_read(field, col):
            field = None
        if samples and not any(c.strip() for c in col):
            empty.add(len(cand))
        cand.append((h, field, rank, n))
    best: dict[str, tuple[tuple[bool, int], int]] = {}
    for i, (_h, field, rank, _n) in enumerate(cand):
        order = (i in empty, rank)
        if field in SINGLE_FIELDS and (field not in best or order < best[field][0]):
            best[field] = (order, i)
    out: dict[str, str] = {}
    used: set[str] = set()
    for i, (h, field, _rank, n) in enumerate(cand):
        if field in SINGLE_FIELDS:
            b = best[field][1]
            if b == i or (h in localized and cand[b][0] in localized and cand[b][2] == _rank):
                out[h] = field  # a language's columns per channel (-ecommerce, -print): the first filled one
                continue
            field = None  # another column names this field better (or first): maybe a fact label
        elif field is not None and field.startswith("fact:"):
            if field not in used:
                out[h] = field
                used.add(field)
            continue
        elif field is not None:  # image (every picture column), option:<Name>
            out[h] = field
            continue
        if n in LABELS:
            key = f"fact:{LABELS[n]}"
            if key not in used:
                out[h] = key
                used.add(key)
    if samples and "title" not in out.values() and "handle" not in out.values():
        _name_column(headers, samples, out)
    from studio.importers.headers import format_columns

    format_columns(headers, out, samples)  # a Merchant Center / Meta feed, an Etsy download: columns as documented
    shared = merging_key(headers, samples, out)
    if shared is not None:  # a suggested handle that would merge different products is no product key
        out[shared[0]] = f"fact:{re.sub(r'[^0-9a-z]+', '_', normalize(shared[0])).strip('_') or 'key'}"
    return out


def _say_refused_key(source: TableSource, options, first_rows: list,
                     warn: Callable[[ImportIssue], None]) -> None:
    """The warning for a column the vocabulary takes as the handle but ``suggest_mapping`` refused as the product
    key (it would merge rows with different titles), unless the user mapped that column themselves."""
    from studio.importers.headers import format_columns, vocabulary

    user = {c.lower() for c in (getattr(options, "mapping", None) or {})}
    heads = source.headers
    cells = [r.cells for r in first_rows]
    for h in heads:
        m = vocabulary().match(h)
        if m is None or m.field != "handle" or h.lower() in user:
            continue
        probe = {x: f for x, f in suggest_mapping(heads).items() if f != "handle"} | {h: "handle"}
        format_columns(heads, probe, cells)
        shared = merging_key(heads, cells, probe) if probe.get(h) == "handle" else None
        if shared is not None:
            a, b = first_rows[shared[2]].line, first_rows[shared[3]].line
            warn(ImportIssue(source.name, b, h, f"column {h!r} looks like a handle, but lines {a} and {b} share its "
                             f"value {shared[1]!r} with different titles: not used as the product key (each row is "
                             "its own product, the column kept as a fact)", f"if those rows are one product, "
                             f"import with --map \"{h}=handle\"", "warning", None, kind="key-refused"))


def merging_key(headers: list[str], samples: list[list[str]] | None,
                mapping: dict[str, str]) -> tuple[str, str, int, int] | None:
    """(column, value, first row, other row) when the column ``mapping`` takes as the handle holds one value on
    two sample rows with different titles (indexes into ``samples``), else None. Such a column would merge
    different products (a Meta feed's ``style[0]`` "Vollmundig & Komplex" on 20 different wines), so a
    suggestion never makes it the product key; ``--map COLUMN=handle`` still does (with a warning per merge)."""
    if not samples:
        return None
    hcol = next((h for h, f in mapping.items() if f == "handle"), None)
    tcol = next((h for h, f in mapping.items() if f == "title"), None)
    if hcol is None or tcol is None:
        return None
    if hcol.strip().casefold() in _HANDLE_HEADERS:
        return None  # the seller's own "Handle" column says which rows are one product
    hi, ti = headers.index(hcol), headers.index(tcol)
    seen: dict[str, tuple[int, str]] = {}
    for n, r in enumerate(samples):
        hv = r[hi].strip() if hi < len(r) else ""
        tv = r[ti].strip() if ti < len(r) else ""
        if not hv or not tv:
            continue
        first = seen.setdefault(hv, (n, tv))
        if not _one_product_titles(first[1], tv):
            return hcol, hv, first[0], n
    return None


_HANDLE_HEADERS = frozenset({"handle", "product handle", "url handle", "product_handle"})
_TITLE_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def _one_product_titles(a: str, b: str) -> bool:
    """Two rows' titles that may name one product's variants: equal but for case, or starting with the same words —
    at least half of the shorter title's ("Organic Tee - S" / "Organic Tee - M", "Tee" / "Tee Red"). "Red wine" /
    "White wine" or "2018 Pölicher Held" / "2020 Laurentiuslay" are different products (stop 22 review, finding 1:
    any title difference used to refuse the key and split a flat export's variants into products)."""
    wa, wb = _TITLE_WORDS.findall(a.casefold()), _TITLE_WORDS.findall(b.casefold())
    if wa == wb:
        return True
    common = 0
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            break
        common += 1
    return common > 0 and common * 2 >= min(len(wa), len(wb))


_BARE_DESCRIPTION = frozenset({"description", "descripcion", "descrizione", "descricao", "omschrijving",
                               "beschrijving", "beschreibung", "opis", "aciklama", "説明", "描述", "الوصف"})
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")


def _name_column(headers: list[str], samples: list[list[str]], out: dict[str, str]) -> None:
    """No column names the title, but one suggested as the description holds short one-line names ("Filtro",
    "PPB vloerbalk T2 183 503cm"): in supplier and ERP price lists (Descrizione, Omschrijving, Bezeichnung,
    Designación) the description column is the item's name. It is suggested as the title instead."""
    from studio.importers.headers import fold, normalize

    for idx, h in enumerate(headers):
        if out.get(h) != "description":
            continue
        if fold(normalize(h)) not in _BARE_DESCRIPTION:
            return  # "Long description", "Product description" say what they hold
        vals = [r[idx].strip() for r in samples if idx < len(r) and r[idx].strip()]
        if vals and all(len(v) <= 80 and "\n" not in v and not _SENTENCE_END.search(v) for v in vals):
            out[h] = "title"
        return


def validate_field(field: str) -> str:
    f = field.strip()
    low = f.lower()
    if low in ALL_FIELDS:
        return low
    if low.startswith("weight:"):  # weight:kg: a column of bare numbers in that unit (PrestaShop's Weight)
        unit = weight_unit_name(low[7:])
        if unit in GRAMS_PER_UNIT:
            return f"weight:{unit}"
        raise CatalogImportError(f"unknown weight unit in {field!r}; use weight:g, weight:kg, weight:lb or weight:oz")
    for p in PREFIXES:
        if low.startswith(p) and len(f) > len(p):
            name = f[len(p):].strip()
            if p == "fact:":
                name = name.lower().replace(" ", "_")
            return p + name
    raise CatalogImportError(
        f"unknown field {field!r}; use one of {', '.join(ALL_FIELDS)}, option:<Name>, fact:<key> or "
        "market_price:<Market>")


def parse_map_args(items: list[str] | None) -> dict[str, str]:
    """``["Name=title", "Größe=option:Size"]`` → mapping; raises on malformed entries."""
    out: dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise CatalogImportError(f"--map {item!r}: write COLUMN=FIELD, e.g. --map \"Product Name=title\"")
        col, _, field = item.rpartition("=")
        col = col.strip()
        if not col:
            raise CatalogImportError(f"--map {item!r}: the column name is empty")
        out[col] = validate_field(field)
    return out


def effective_mapping(headers: list[str], user: dict[str, str] | None,
                      samples: list[list[str]] | None = None) -> dict[str, str]:
    mapping = suggest_mapping(headers, samples)
    low = {h.lower(): h for h in headers}
    user_cols = {c if c in headers else low.get(c.lower()) for c in (user or {})}
    for col, field in (user or {}).items():
        real = col if col in headers else low.get(col.lower())
        if real is None:
            raise CatalogImportError(f"--map names column {col!r}, which is not in the file; its columns are: "
                                     + ", ".join(headers))
        field = validate_field(field)
        # a user mapping to a single-valued field replaces a suggestion to the same field (not another --map:
        # several columns may be mapped to image, each adding its pictures)
        if not field.startswith(PREFIXES) and field not in ("ignore", "image"):
            for other, f in list(mapping.items()):
                if f == field and other != real and other not in user_cols:
                    del mapping[other]
        mapping[real] = field
    return {k: v for k, v in mapping.items() if v != "ignore"}


def parse(source: TableSource, options, warn: Callable[[ImportIssue], None]) -> Iterator[ProductRecord]:
    source_rows = source.rows()
    first_rows = list(islice(source_rows, 50))  # the suggestion looks at values too ("100 ML" is no stock)
    mapping = effective_mapping(source.headers, getattr(options, "mapping", None), [r.cells for r in first_rows])
    if hasattr(options, "resolved_mapping"):
        options.resolved_mapping = dict(mapping)  # as chosen (weight:kg stays weight:kg for a preset)
    chosen_unit = None
    for h, f in list(mapping.items()):
        if f.startswith("weight:"):  # the unit chosen with the mapping: bare numbers in that column are in it
            mapping[h] = "weight"
            chosen_unit = f[7:]
    _say_refused_key(source, options, first_rows, warn)
    from studio.importers.headers import table_format

    fixed = table_format(source.headers)
    tag_spaces = fixed.tag_spaces if fixed is not None else ""  # Etsy: Smoky_grey_vase is "Smoky grey vase"
    fields = set(mapping.values())
    if "title" not in fields and "handle" not in fields:
        raise CatalogImportError(
            f"{source.name}: no column is mapped to title; map one, e.g. --map \"{source.headers[0]}=title\" "
            f"(columns: {', '.join(source.headers[:12])}{'…' if len(source.headers) > 12 else ''})")
    cols: list[tuple[int, str]] = [(i, mapping[h]) for i, h in enumerate(source.headers) if h in mapping]
    # unmapped columns are reported once the file is read, and only those holding a value: a column empty in
    # every row (Etsy's VARIATION columns of a shop without variations) loses nothing
    unmapped = {i: h for i, h in enumerate(source.headers) if h and h not in mapping}
    filled: set[int] = set()
    header_units = _header_units(source.headers, mapping)  # Gewicht (kg): a bare 0,35 there is 0.35 kg
    if chosen_unit:
        header_units["weight"] = chosen_unit
    header_currency = _header_currency(source.headers, mapping)  # Retail Price (USD): prices in USD
    fname = source.name
    current: ProductRecord | None = None
    current_group = None
    current_desc = ""
    desc_warned = False
    option_names: list[str] = []  # the current product's option names (option_names column)

    rows: Iterator[SourceRow] = chain(first_rows, source_rows)
    group_col = next((i for i, f in cols if f == "group"), None)
    group_titles: dict[str, str] = {}
    if group_col is not None:  # a feed's item groups: together wherever their items are, one stable title
        rows, group_titles = gather_groups(rows, group_col, next((i for i, f in cols if f == "title"), None),
                                           next((i for i, f in cols if f == "sku"), None))

    for row in rows:
        cells, line = row.cells, row.line
        if len(filled) < len(unmapped):
            filled.update(i for i in unmapped if i not in filled and i < len(cells) and cells[i].strip())
        vals: dict[str, str] = {}
        for i, f in cols:
            if i < len(cells):
                cell = cells[i].strip()
                if not cell:
                    continue
                if f == "image" and f in vals:
                    vals[f] += "\n" + cell
                elif f == "tags" and f in vals:  # a Meta feed's product_tags[0], product_tags[1] …
                    vals[f] += "," + cell
                elif f == "fact:dimensions" and f in header_units and _BARE_DIMENSIONS.fullmatch(cell):
                    vals.setdefault(f, f"{cell} {header_units[f]}")  # Dimensions (cm): 12 x 9 x 10
                else:
                    vals.setdefault(f, cell)
        if tag_spaces and "tags" in vals:
            vals["tags"] = vals["tags"].replace(tag_spaces, " ")
        if vals.get("group") in group_titles:
            vals["title"] = group_titles[vals["group"]]
        title = vals.get("title", "")
        key = vals.get("handle") or slugify(title)
        # rows of one product: the same group (a feed's item_group_id), else the same handle, else (no handle)
        # the same title
        group = vals.get("group") or vals.get("handle") or title
        # a row with neither handle nor title but variant values, after a product, is one more variant of it
        # (sheets that name the product on its first row only: Vendure, many hand-kept lists)
        more = not key and current is not None and any(
            f in _VARIANT_FIELDS or f.startswith("option:") for f in vals)
        if current is not None and ((key and group == current_group) or more):
            rec = current
            desc = vals.get("body_html") or vals.get("description")
            if desc and desc != current_desc and not desc_warned:
                # only the first row's description is kept: say so (the rows may be different products)
                desc_warned = True
                rec.issues.append(ImportIssue(
                    fname, line, _label(source, mapping, "body_html" if "body_html" in vals else "description"),
                    f"this row has the same {'handle' if vals.get('handle') else 'title'} as line {rec.line} "
                    f"({group!r}) but another description; imported as one more variant of that product, with "
                    "the description of its first row", "if they are different products, give each its own handle "
                    "(map an ID or handle column to handle); if they are one product, give its rows the same "
                    "description", "warning", rec.handle, kind="merged-description"))
        else:
            if current is not None:
                yield finish_product(current)
            current = rec = ProductRecord(handle=key or f"(line {line})", line=line)
            current_group = group
            current_desc = vals.get("body_html") or vals.get("description") or ""
            desc_warned = False
            if key and not vals.get("handle"):
                rec.extra["_derived_handle"] = True  # made from the title: the importer keeps it unique
            if not key:
                rec.issues.append(ImportIssue(fname, line, _label(source, mapping, "title"),
                                              "the row has no title (and no handle)",
                                              "give every product a title", "error", None))
            apply_product_fields(rec, vals, source, mapping, line)
            option_names = [n.strip() for n in vals.get("option_names", "").split("|") if n.strip()]
        _odd_cells(rec, vals, fname, line, lambda f: _label(source, mapping, f))
        rec.last_line = line
        v = VariantRecord(line=line, sku=sheet_text(vals.get("sku")), barcode=sheet_text(vals.get("barcode")),
                          currency=vals.get("currency") or header_currency or getattr(options, "currency", None))

        def num(field: str, what: str, vals=vals, rec=rec, line=line) -> Decimal | None:
            raw = vals.get(field)
            if not raw:
                return None
            try:
                return parse_decimal(raw)
            except ValueError:
                rec.issues.append(ImportIssue(fname, line, _label(source, mapping, field), f"{what} {raw!r} is not a number",
                                              "write a plain number such as 19.99", "error", rec.handle))
                return None

        for fld, what in (("price", "price"), ("compare_at_price", "compare-at price")):
            raw = vals.get(fld)
            if not raw:
                continue
            try:
                amount, iso, written = split_price(raw)
            except ValueError:
                num(fld, what)  # the located error
                continue
            setattr(v, fld, amount)
            v.currency, why = price_currency(written, iso, v.currency)
            if why:
                rec.issues.append(ImportIssue(fname, line, _label(source, mapping, fld), f"{what} {raw!r}: {why}",
                                              "write the price as a plain number and set the currency (--currency or "
                                              "a currency column)", "warning", rec.handle, kind="currency-in-price"))
        _sale_price(v, vals, rec, source, mapping, line)
        inv = num("inventory", "inventory")
        v.inventory = int(inv) if inv is not None else None
        unit = weight_unit_name(vals.get("weight_unit") or "")  # KILOGRAM, grams, lbs: kg, g, lb
        if unit and unit not in GRAMS_PER_UNIT:
            rec.issues.append(ImportIssue(fname, line, _label(source, mapping, "weight_unit"),
                                          f"weight unit {unit!r} is not g, kg, lb or oz", "use g, kg, lb or oz",
                                          "error", rec.handle))
            unit = None
        if vals.get("grams"):
            v.grams = num("grams", "grams")
        if vals.get("weight"):
            from studio.importers.facts import parse_weight

            w = parse_weight(vals["weight"])
            if w is not None:
                v.grams, unit = Decimal(str(w["grams"])), w["unit"] if w["unit"] in GRAMS_PER_UNIT else unit
            else:
                n = num("weight", "weight")
                if n is not None:
                    unit = unit or header_units.get("weight")
                    if unit is None:  # not guessed, and not worth refusing the product over: left out, said
                        rec.issues.append(ImportIssue(fname, line, _label(source, mapping, "weight"),
                                                      f"weight {vals['weight']!r} has no unit; not imported",
                                                      "write it with a unit (1.2 kg), name the unit in the "
                                                      "column's header (Weight (kg)), map a weight_unit column, "
                                                      "or map this column as weight:kg (or weight:g, weight:lb, "
                                                      "weight:oz)",
                                                      "warning", rec.handle, kind="weight-no-unit"))
                    else:
                        v.grams = n * GRAMS_PER_UNIT[unit]
        v.weight_unit = unit
        for f, val in vals.items():
            if f.startswith("option:"):
                v.options[f[7:]] = val
            elif f.startswith("market_price:"):
                try:
                    v.market_prices[f[13:]] = str(parse_decimal(val))
                except ValueError:
                    rec.issues.append(ImportIssue(fname, line, _label(source, mapping, f),
                                                  f"price {val!r} is not a number", "write a plain number",
                                                  "error", rec.handle))
        if "option_values" in vals:  # option names on the product's row, values on each variant's: a|b
            values = [x.strip() for x in vals["option_values"].split("|")]
            if len(values) != len(option_names):
                rec.issues.append(ImportIssue(
                    fname, line, _label(source, mapping, "option_values"),
                    f"option values {vals['option_values']!r} do not match the product's option names "
                    f"{' | '.join(option_names) or '(none)'} ({len(values)} value(s), {len(option_names)} name(s))",
                    "give one value per option name, separated by |", "error", rec.handle))
            else:
                for name, value in zip(option_names, values, strict=True):
                    if value:
                        v.options[name] = value
        v.title = vals.get("variant_title") or " / ".join(v.options.values()) or (v.sku or "Default")
        if "availability" in vals:
            rec.extra.setdefault("_availability", []).append((v.sku or v.title, _availability(vals["availability"])))
        if any(f.startswith("variation_values:") for f in vals):
            rec.variants.extend(_variations(v, vals, rec))
        elif any(x is not None and x != {} for x in (v.sku, v.price, v.barcode, v.grams)) or v.options:
            rec.variants.append(v)
        imgs = [s for s in _IMG_SPLIT.split(vals.get("image", "")) if s]
        alt = vals.get("image_alt", "")
        alts = [a.strip() for a in alt.split(",")]  # PrestaShop: "First alt text,Second alt text", one per URL
        for pos, s in enumerate(imgs):
            if not any(i.src == s for i in rec.images):
                rec.images.append(ImageRecord(src=s, alt=alts[pos] if len(imgs) > 1 and len(alts) == len(imgs)
                                              else alt, line=line, variant_sku=v.sku))
    lost = [h for i, h in unmapped.items() if i in filled]
    if lost:
        warn(ImportIssue(source.name, source.header_line, None,
                         f"{len(lost)} column(s) not imported: {', '.join(lost[:10])}" + ("…" if len(lost) > 10 else ""),
                         "map them with --map \"COLUMN=FIELD\" if they matter", "warning", kind="unmapped-columns"))
    if current is not None:
        yield finish_product(current)


def gather_groups(rows: Iterable[SourceRow], group_col: int, title_col: int | None, sku_col: int | None
                  ) -> tuple[Iterator[SourceRow], dict[str, str]]:
    """A feed's items grouped by ``item_group_id`` (the ``group`` field), whichever format and row order the
    feed has: every group's items are handed on together, at the place of its first item (rows without a group
    keep their place), in the order of their ``id`` (SKU), with the group's title (``group_title``) — so the
    same feed as XML or TSV, in any row order, gives the same products, variants, pictures, link and titles.
    Reads the whole file first: only when a column is mapped to ``group``."""
    def cell(r: SourceRow, i: int | None) -> str:
        return r.cells[i].strip() if i is not None and i < len(r.cells) else ""

    order: dict[object, list[SourceRow]] = {}
    titles: dict[str, list[str]] = {}
    for n, r in enumerate(rows):
        g = cell(r, group_col)
        order.setdefault(g or n, []).append(r)
        if g:
            titles.setdefault(g, []).append(cell(r, title_col))
    out = {g: group_title(t) for g, t in titles.items() if len(t) > 1}
    for g in out:
        order[g].sort(key=lambda r: (cell(r, sku_col), r.cells))
    return (r for items in order.values() for r in items), out


_TITLE_EDGE = " \t-–—,;:|/·•("


def group_title(titles: list[str]) -> str:
    """The title of a product whose variants are a feed's items: the words every item's title begins with (Google
    asks each item's title to add the variant's colour, size…: "Tee - Red - M" and "Tee - Blue - L" → "Tee"),
    else the words they all end with, else the alphabetically first title — never the first item's, so the title
    does not change with the feed's row order. Words compare case-insensitively; separators at the cut are
    dropped."""
    written = sorted({t for t in titles if t})
    if len(written) <= 1:
        return written[0] if written else ""
    words = [t.split() for t in written]
    folded = [[w.casefold() for w in ws] for ws in words]
    n = 0
    while all(len(f) > n for f in folded) and len({f[n] for f in folded}) == 1:
        n += 1
    common = " ".join(words[0][:n]).rstrip(_TITLE_EDGE)
    if not common.strip(_TITLE_EDGE):
        k = 0
        while all(len(f) > k for f in folded) and len({f[-1 - k] for f in folded}) == 1:
            k += 1
        common = " ".join(words[0][len(words[0]) - k:]).lstrip(_TITLE_EDGE) if k else ""
    return common if common.strip(_TITLE_EDGE) else written[0]


_VARIANT_FIELDS = frozenset({"sku", "price", "compare_at_price", "sale_price", "barcode", "inventory", "grams",
                             "weight", "variant_title", "option_values"})
_AVAILABILITY = {"in stock": "in_stock", "instock": "in_stock", "available": "in_stock", "out of stock": "out_of_stock",
                 "outofstock": "out_of_stock", "preorder": "preorder", "pre-order": "preorder", "pre order": "preorder",
                 "backorder": "backorder", "available for order": "backorder", "discontinued": "discontinued"}


def _availability(text: str) -> str:
    """A feed's availability as Google writes it (``in_stock``, ``out_of_stock``, ``preorder``, ``backorder``):
    Meta's and older feeds' ``in stock`` / ``out of stock`` / ``available for order`` are the same values; any
    other text is kept as written."""
    t = text.strip().lower().replace("_", " ")
    return _AVAILABILITY.get(t, text.strip())


def _sale_price(v: VariantRecord, vals: dict[str, str], rec: ProductRecord, source, mapping, line: int) -> None:
    """A feed's ``sale_price`` is what the item sells at and its ``price`` the regular price (Google's and Meta's
    specification): the variant's price becomes the sale price and the regular price its compare-at price. Not
    applied, with a warning, when it is no number, in another currency, not below the price, or outside its
    ``sale_price_effective_date``."""
    raw = vals.get("sale_price")
    if not raw:
        return
    col = _label(source, mapping, "sale_price")

    def skip(why: str) -> None:
        rec.issues.append(ImportIssue(source.name, line, col, f"sale price {raw!r} not used: {why}",
                                      "check the sale price in the feed", "warning", rec.handle, kind="sale-price"))

    try:
        amount, iso, _written = split_price(raw)
    except ValueError:
        return skip("it is not a number")
    if iso and v.currency and iso != v.currency:
        return skip(f"it is in {iso}, the price in {v.currency}")
    if v.price is not None and amount >= v.price:
        return skip(f"it is not below the price {v.price}")
    dates = vals.get("sale_price_dates")
    if dates:
        window = feed_window(dates)
        if window is None:
            return skip(f"its dates {dates!r} are not readable (write start/end in ISO 8601)")
        if not running(window):  # the app's clock (tests/unit/test_clock.py); a date alone ends at its day's end
            return skip(f"the sale runs {written(window)}, not now (the regular price is kept)")
    if v.price is not None and v.compare_at_price is None:
        v.compare_at_price = v.price
    v.price = amount
    if iso and not v.currency:
        v.currency = iso


def _variations(v: VariantRecord, vals: dict[str, str], rec: ProductRecord) -> list[VariantRecord]:
    """A listing's variations given on its one row (Etsy: ``VARIATION 1 NAME`` / ``TYPE`` and ``VALUES``,
    comma-separated): a variant per combination of values, each with the listing's price and currency. The
    listing's SKU and quantity belong to no single variant: kept in the product's ``extra`` (``parent_sku``,
    ``listing_quantity``)."""
    from itertools import product as combinations

    axes: list[tuple[str, list[str]]] = []
    for n in sorted({f.split(":", 1)[1] for f in vals if f.startswith("variation_values:")}):
        values = [x.strip() for x in vals[f"variation_values:{n}"].split(",") if x.strip()]
        name = vals.get(f"variation_name:{n}") or vals.get(f"variation_type:{n}") or f"Option {n}"
        if values:
            axes.append((name, values))
    if not axes:
        return [v]
    if v.sku:
        rec.extra["parent_sku"] = v.sku
    if v.inventory is not None:
        rec.extra["listing_quantity"] = v.inventory
    out = []
    for combo in combinations(*(values for _n, values in axes)):
        opts = {name: value for (name, _vals), value in zip(axes, combo, strict=True)}
        out.append(VariantRecord(line=v.line, title=" / ".join(combo), options=opts, price=v.price,
                                 compare_at_price=v.compare_at_price, currency=v.currency, grams=v.grams,
                                 weight_unit=v.weight_unit))
    return out
_BARE_DIMENSIONS = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[x×*]\s*\d+(?:[.,]\d+)?){1,2}")


def _header_units(headers: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """The unit a weight or dimensions column names in its header (``Gewicht (kg)``, ``weight_lb``,
    ``Dimensions (cm)``), suggested or mapped with ``--map``: it completes the bare numbers in that column."""
    from studio.importers.headers import LENGTH_UNITS, WEIGHT_UNITS, vocabulary

    out: dict[str, str] = {}
    for h in headers:
        field = mapping.get(h)
        if field not in ("weight", "fact:dimensions") or field in out:
            continue
        unit = vocabulary().unit_of(h)
        if unit is None:
            continue
        if field == "weight" and unit in WEIGHT_UNITS.values() and unit in GRAMS_PER_UNIT:
            out[field] = unit
        elif field == "fact:dimensions" and unit in LENGTH_UNITS.values():
            out[field] = unit
    return out


def _header_currency(headers: list[str], mapping: dict[str, str]) -> str | None:
    """The currency a price column's header names (``Retail Price (USD)``, ``Preis_EUR``): the variants' currency
    when the row has no currency column value (it comes before the store currency, which is for files that name
    none)."""
    from studio.importers.headers import vocabulary

    for h in headers:
        if mapping.get(h) in ("price", "compare_at_price"):
            code = vocabulary().currency_of(h)
            if code:
                return code
    return None


def _label(source: TableSource, mapping: dict[str, str], field: str) -> str | None:
    for i, h in enumerate(source.headers):
        if mapping.get(h) == field:
            return source.col_label(i)
    return None


def escaped_breaks(text: str, as_html: bool, always: bool = False) -> str:
    """A description whose line breaks are written as ``\\n`` (Akeneo's CSV export, JSON-minded tools) and that
    holds no real one: the breaks restored (``<br>`` in HTML), instead of a visible backslash-n in the copy.
    ``always``: restored even beside real line breaks (WooCommerce's exporter escapes every one it writes)."""
    if "\\n" not in text or (not always and ("\n" in text or "\r" in text)):
        return text
    return text.replace("\\r\\n", "\\n").replace("\\n", "<br>" if as_html else "\n")


_VOLUME = re.compile(r"\d+(?:[.,]\d+)?\s*(?:ml|cl|dl|l|ltr|liter|litre|fl\.? ?oz)", re.I)
_GENERATOR_TEXT = re.compile(r"\[object Object\]")
_GTIN = re.compile(r"\d{8}|\d{12,14}")


def _odd_cells(rec: ProductRecord, vals: dict[str, str], fname: str, line: int,
               label: Callable[[str], str | None]) -> None:
    """Warnings for values a program wrote wrong, kept as written (stop 22, a Meta feed): JavaScript's
    ``[object Object]`` in a description (the feed generator could not write a value: the text around it is kept,
    the seller should fix the generator), and a barcode that is no GTIN (``GUT100``: an internal code in the
    ``gtin`` column; kept, never validated as an EAN)."""
    for f in ("body_html", "description"):
        m = _GENERATOR_TEXT.search(vals.get(f) or "")
        if m:
            rec.issues.append(ImportIssue(
                fname, line, label(f), f"the description holds {m.group(0)!r}, text the program that wrote the "
                "file put in place of a value it could not write; imported as written",
                "fix the feed generator, or edit the description", "warning", rec.handle, kind="generator-text"))
            break
    code = (vals.get("barcode") or "").strip()
    if code and not _GTIN.fullmatch(code.replace(" ", "").replace("-", "")):
        rec.issues.append(ImportIssue(
            fname, line, label("barcode"), f"barcode {code!r} is not a GTIN (8, 12, 13 or 14 digits): kept as "
            "written, not used as an EAN", "put the GTIN (EAN/UPC) in this column and internal codes in the SKU or "
            "mpn column", "warning", rec.handle, kind="not-a-gtin"))


def apply_product_fields(rec: ProductRecord, vals: dict[str, str], source, mapping, line: int) -> None:
    """Set ``rec``'s product-level fields from ``vals`` (mapping field → the row's cell, only the fields the
    file has): title, the descriptions (HTML, plain text or the short description, which is kept in
    ``extra["short_description"]`` and is the description when there is none), vendor, type, category, SEO,
    tags, currency, status, published and ``fact:<key>`` facts. A bad value becomes an error issue on ``rec``
    at ``line``, naming the column ``mapping`` maps to that field (``source.name`` is the file). Used by the
    generic sheet reader and by the Magento reader (its columns renamed to these fields)."""
    rec.title = vals.get("title", "") or vals.get("handle", "")
    rec.provided.add("title")
    for f in ("body_html", "description", "short_description"):
        if f in vals:
            vals[f] = escaped_breaks(vals[f], f == "body_html" or looks_like_html(vals[f]))
    if "short_description" in vals:  # PrestaShop's Summary, a short description: kept beside the description
        short = vals["short_description"]
        rec.extra["short_description"] = short  # where the WooCommerce and WXR readers keep theirs
        if "body_html" not in vals and "description" not in vals:
            vals["description"] = short  # no description: the summary is the product's description
    if "body_html" in vals:
        rec.body_html = vals["body_html"]
        rec.provided |= {"body_html", "body_text"}
    elif "description" in vals and looks_like_html(vals["description"]):  # an HTML description column
        rec.body_html = vals["description"]
        rec.provided |= {"body_html", "body_text"}
    elif "description" in vals:
        text = vals["description"]
        rec.body_html = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip()).replace("\n", "<br>")
        rec.body_text = text
        rec.provided |= {"body_html", "body_text"}
    if vals.get("category", "").isdigit():  # a taxonomy's number (a feed's google_product_category 505378) names
        rec.extra["category_id"] = vals.pop("category")  # no category a reader or the copy could use: kept aside
    for f in ("vendor", "product_type", "category", "seo_title", "seo_description"):
        if f in vals:
            setattr(rec, f, vals[f])
            rec.provided.add(f)
    if "tags" in vals:
        rec.tags = split_tags(vals["tags"])
        rec.provided.add("tags")
    if "url" in vals:  # the product's own page (a feed's link): what links to the product use
        rec.extra["url"] = vals["url"]
    if "currency" in vals:
        cur = vals["currency"].upper()
        if re.fullmatch(r"[A-Z]{3}", cur):
            rec.currency = cur
            rec.provided.add("currency")
        else:
            rec.issues.append(ImportIssue(source.name, line, _label(source, mapping, "currency"),
                                          f"currency {vals['currency']!r} is not a 3-letter ISO code",
                                          "write e.g. EUR or USD", "error", rec.handle))
    if "status" in vals:
        st = vals["status"].lower()
        if st not in ("active", "draft", "archived"):
            rec.issues.append(ImportIssue(source.name, line, _label(source, mapping, "status"),
                                          f"status {vals['status']!r} is not active, draft or archived",
                                          "write active, draft or archived", "error", rec.handle))
        else:
            rec.status = st
            rec.provided.add("status")
    if "published" in vals:
        b = parse_bool(vals["published"])
        if b is None:
            rec.issues.append(ImportIssue(source.name, line, _label(source, mapping, "published"),
                                          f"published {vals['published']!r} is not true or false",
                                          "write true or false", "error", rec.handle))
        else:
            rec.published = b
            rec.provided.add("published")
    for f, val in vals.items():
        if f.startswith("fact:"):
            key = f[5:]
            if key == "size" and _VOLUME.fullmatch(val.strip()):
                key = "capacity"  # a feed's size 0.75L (a wine bottle): a volume, not a clothing size
            ftype = {"dimensions": "dimensions", "weight": "weight"}.get(key, "text")
            data = parse_fact_value(key, val, ftype)
            if ftype != "text" and data is None:
                ftype = "text"
            rec.add_fact(key, val, ftype, (data or {}).get("unit") if ftype != "text" else None, data)


def finish_product(rec: ProductRecord) -> ProductRecord:
    """Complete a product once all its rows are read and return it: the plain-text description from the HTML
    (when none was given), the facts read from the description, and size/colour facts listing the variants'
    option values. Used by the generic sheet reader and the Magento reader."""
    if rec.body_text is None:
        rec.body_text = html_to_text(rec.body_html)
    avail = rec.extra.pop("_availability", None)
    if avail:  # one value for the product when its variants agree, else per variant (SKU or title)
        values = {a for _k, a in avail}
        rec.extra["availability"] = avail[0][1] if len(values) == 1 else dict(avail)
    add_body_facts(rec)
    names: list[str] = []
    for v in rec.variants:
        for n in v.options:
            if n not in names:
                names.append(n)
    for n in names:
        key = option_fact_key(n)
        if key:
            items: list[str] = []
            for v in rec.variants:
                if v.options.get(n) and v.options[n] not in items:
                    items.append(v.options[n])
            rec.add_fact(key, ", ".join(items), "list", None, {"items": items}, replace=False)
    return rec
