"""Column-header vocabulary: which field a seller's column name means, in 12 languages (issue 14, class 7).

The names are data, in ``assets/importers/headers.json`` (its ``source`` note says where they come from):
for every mapping target (a ``--map`` FIELD such as ``title``, ``sku``, ``option:Color``, ``fact:material``)
the header names sellers write in en, de, fr, es, it, pt, nl, pl, tr, ja, zh and ar. A name is

* **strong** — suggested first (``Bezeichnung`` → title, ``Lagerbestand`` → inventory);
* **weak** — suggested only when no column has a strong name for the field (``Kurzbeschreibung``,
  ``Prix HT``);
* **ambiguous** — a quantity word (``Menge``, ``Quantité``, ``数量``): stock only when the column holds bare
  numbers; ``generic.suggest_mapping`` decides with the sample values.

Matching a header (``HeaderVocabulary.match``), first hit wins:

1. the header as written, with case folded, camelCase / snake_case / kebab-case split, NFKC (full-width
   ``ＳＫＵ`` is ``SKU``), accents dropped and umlauts matched either way (``Waehrung`` = ``Währung`` =
   ``Wahrung``; ``ÜRÜN ADI`` = ``Ürün Adı``) — so ``Preis (brutto)`` and ``Maße (L x B x H)`` match as such;
2. without a part in brackets, or a trailing unit, which becomes the column's unit (``Gewicht (kg)``,
   ``weight_kg``, ``poids en kg``, ``重量（kg）``; a weight in ``(g)`` is the ``grams`` field);
3. without a trailing currency code (``Preis_EUR``) or column number (``Bild 2``, ``image_url_1``,
   ``GTIN-13``);
4. a bilingual header on either half (``Farbe/Color``).

``unit_of`` gives the unit a weight/dimensions header names, ``currency_of`` the ISO currency a price header names
(``Retail Price (USD)``; ``$`` and ``¥`` name several). Qt-free; the vocabulary is loaded once (``vocabulary()``).
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

STRENGTHS = ("strong", "ambiguous", "weak")  # a strong name beats an ambiguous one, which beats a weak one

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_ACRONYM_PLURAL = re.compile(r"([A-Z]{2,})s(?![a-z])")  # "Image URLs", "SKUs": a plural, not "UR" + "Ls"
_FOLD = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ة": "ه",
                       "ى": "ي", "ـ": None})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_BRACKETS = re.compile(r"\s*[(\[【{]([^)\]】}]*)[)\]】}]\s*")
WEIGHT_UNITS = {"g": "g", "gr": "g", "gram": "g", "grams": "g", "gramm": "g", "gramos": "g", "grammes": "g",
                "grammi": "g", "gramas": "g", "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
                "kilogramm": "kg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz",
                "ounce": "oz", "ounces": "oz", "kgs": "kg",
                "克": "g", "千克": "kg", "公斤": "kg", "グラム": "g", "キロ": "kg"}


def weight_unit_name(text: str) -> str | None:
    """A weight unit as files write it → g, kg, lb or oz (``GRAM``/``KILOGRAM``/``POUND``/``OUNCE`` in Akeneo,
    ``grams``, ``lbs``, ``Kilogramm``); other text lower-cased as it is (the caller names it), None when empty."""
    t = (text or "").strip().lower().rstrip(".")
    if not t:
        return None
    return WEIGHT_UNITS.get(t) or WEIGHT_UNITS.get(t.rstrip("s")) or t


LENGTH_UNITS = {"mm": "mm", "cm": "cm", "m": "m", "in": "in", "inch": "in", "inches": "in", "zoll": "in"}
_UNIT_WORDS = "|".join(sorted(map(re.escape, {**WEIGHT_UNITS, **LENGTH_UNITS}), key=len, reverse=True))
_TRAILING_UNIT = re.compile(rf"^(.*?\S)\s+(?:(?:in|en|em|w|di|cinsinden)\s+)?({_UNIT_WORDS})$")
_CURRENCIES = ("eur|usd|gbp|chf|jpy|cny|rmb|aud|cad|nzd|sek|nok|dkk|pln|czk|huf|try|brl|mxn|ars|clp|cop|aed|sar|"
               "qar|kwd|egp|mad|inr|sgd|hkd|krw|twd|thb|idr|myr|php|vnd|zar|€|\\$|£|¥")
_TRAILING_CURRENCY = re.compile(rf"^(.*?\S)\s+(?:in\s+|en\s+)?(?:{_CURRENCIES})$")
_CURRENCY_WORD = re.compile(rf"(?:^|\s)(?:in\s+|en\s+)?({_CURRENCIES})$")
_SIGNS = {"€": "EUR", "£": "GBP", "$": None, "¥": None}
_TRAILING_NUMBER = re.compile(r"^(.*?\D)\s*#?\d{1,2}$")
# name-en_US, name-de_DE-ecommerce (Akeneo: locale, then channel), name:zh_Hans (Vendure), title_fr, Titel (DE)
_LOCALE_SUFFIX = re.compile(r"^(.*?\S)(?:[-:_]|\s+\()([A-Za-z]{2})(?:[_-](?:[A-Z]{2}|[A-Z][a-z]{3}))?\)?"
                            r"(?:-[a-z]+)?$")
_LOCALE_LANGS = frozenset("en de fr es it pt nl pl tr ja zh ar ru sv da fi nb cs sk hu ro bg el uk ko th vi "
                          "ms he hi fa hr sl sr lt lv et".split())


def normalize(header: str) -> str:
    """``productName`` / ``product-name`` / ``PRODUCT_NAME`` / ``ＰＲＯＤＵＣＴ　ＮＡＭＥ`` → ``product name``."""
    h = unicodedata.normalize("NFKC", header or "").strip().strip("*").strip()  # "Name *": a required marker
    h = _CAMEL.sub(" ", _ACRONYM_PLURAL.sub(lambda m: m.group(1) + "S", h))
    return re.sub(r"\s+", " ", h.lower().replace("_", " ").replace("-", " ")).strip()


def fold(text: str) -> str:
    """Drop accents of Latin letters and Arabic marks (``Descripción`` = ``descripcion``, ``أ`` = ``ا``); kana
    voicing marks and other scripts stay as they are."""
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if base and (ord(base) < 0x250 or 0x600 <= ord(base) <= 0x6FF):
                continue
        else:
            base = ch
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).translate(_FOLD)


def _keys(name: str) -> set[str]:
    """Lookup keys of a vocabulary name: umlauts dropped (``Wahrung``) and spelled out (``Waehrung``)."""
    return {fold(normalize(name)), fold(normalize(name.translate(_UMLAUTS)))}


@dataclass(frozen=True)
class HeaderMatch:
    field: str          # a mapping target: title, sku, option:Color, fact:material …
    strength: str       # strong | ambiguous | weak
    unit: str | None    # a unit the header names (kg, g, lb, oz, cm …), for a bare number in the column
    name: str           # the vocabulary name that matched, as written there
    how: str            # "as written" | "without (…)" | "unit" | "currency code" | "column number" | "half"


class HeaderVocabulary:
    """Header names → fields. ``match(header)`` gives the field a column name means, or None."""

    def __init__(self, data: dict) -> None:
        self.source: str = data.get("source", "")
        self.languages: list[str] = list(data.get("languages", []))
        self._index: dict[str, tuple[str, str, str]] = {}
        self.conflicts: list[tuple[str, str, str]] = []  # (name, field, other field): a test keeps it empty
        for strength in STRENGTHS:
            for field, by_lang in (data.get(strength) or {}).items():
                for names in by_lang.values():
                    for name in names:
                        for key in _keys(name):
                            have = self._index.get(key)
                            if have is None:
                                self._index[key] = (field, strength, name)
                            elif have[0] != field:
                                self.conflicts.append((name, field, have[0]))

    def names(self) -> int:
        return len({name for _f, _s, name in self._index.values()})

    def _lookup(self, text: str) -> tuple[str, str, str] | None:
        return self._index.get(fold(text)) if text else None

    def lookup_exact(self, header: str) -> HeaderMatch | None:
        """The header as written (normalised), nothing stripped."""
        hit = self._lookup(normalize(header))
        return HeaderMatch(hit[0], hit[1], None, hit[2], "as written") if hit else None

    def match(self, header: str) -> HeaderMatch | None:
        n = normalize(header)
        if not n:
            return None
        found = self._match_one(n)
        if found is None and re.search(r"[/|]", n):
            for half in re.split(r"\s*[/|]\s*", n):
                found = self._match_one(half)
                if found is not None:
                    found = HeaderMatch(found.field, found.strength, found.unit, found.name, "half")
                    break
        return found

    def match_localized(self, header: str) -> tuple[HeaderMatch, str] | None:
        """A column of one language of a multilingual export (``description-en_US-ecommerce`` in Akeneo,
        ``name:zh_Hans`` in Vendure, ``title_de``…): (the match of the name without its locale, the language).
        None for a header that names no locale or whose base name means nothing."""
        m = _LOCALE_SUFFIX.match(unicodedata.normalize("NFKC", header or "").strip())
        if m is None or m.group(2).lower() not in _LOCALE_LANGS:
            return None
        found = self.match(m.group(1))
        return (found, m.group(2).lower()) if found is not None else None

    def unit_of(self, header: str) -> str | None:
        """The unit a header names for its column's bare numbers (``Gewicht (kg)`` → kg), whatever it is mapped
        to."""
        n = normalize(header)
        for inner in _BRACKETS.findall(n):
            u = _unit(inner)
            if u:
                return u
        m = _TRAILING_UNIT.match(_BRACKETS.sub(" ", n).strip())
        return _unit(m.group(2)) if m else None

    def currency_of(self, header: str) -> str | None:
        """The ISO currency a price header names (``Retail Price (USD)``, ``Preis_EUR``, ``Prix (€)``), or None
        (``$`` and ``¥`` name several currencies)."""
        n = normalize(header)
        for text in [*_BRACKETS.findall(n), n]:
            m = _CURRENCY_WORD.search(text.strip())
            if m:
                code = m.group(1).upper()
                if code in _SIGNS:
                    return _SIGNS[code]
                return "CNY" if code == "RMB" else code
        return None

    def _match_one(self, n: str) -> HeaderMatch | None:
        hit = self._lookup(n)
        if hit:
            return HeaderMatch(hit[0], hit[1], None, hit[2], "as written")
        if n.endswith("#") and n[:-1].strip():  # "Reference #", "Item #": the number of …
            base = n[:-1].strip()
            hit = self._lookup(f"{base} number") or self._lookup(base)
            if hit:
                return HeaderMatch(hit[0], hit[1], None, hit[2], "without #")
        unit = None
        bases = [n]
        inner = _BRACKETS.findall(n)
        if inner:
            bare = _BRACKETS.sub(" ", n).strip()
            unit = next((u for u in map(_unit, inner) if u), None)
            hit = self._lookup(bare)
            if hit:
                return _with_unit(hit, unit, "without (…)")
            bases.append(bare)
        for base in bases:
            m = _TRAILING_UNIT.match(base)
            if m:
                hit = self._lookup(m.group(1))
                if hit:
                    return _with_unit(hit, _unit(m.group(2)), "unit")
            for rx, how in ((_TRAILING_CURRENCY, "currency code"), (_TRAILING_NUMBER, "column number")):
                m = rx.match(base)
                if m:
                    hit = self._lookup(m.group(1).strip())
                    if hit:
                        return _with_unit(hit, unit, how)
        return None


def _unit(text: str) -> str | None:
    t = text.strip().lower()
    return WEIGHT_UNITS.get(t) or LENGTH_UNITS.get(t)


def _with_unit(hit: tuple[str, str, str], unit: str | None, how: str) -> HeaderMatch:
    field, strength, name = hit
    if field == "weight" and unit == "g":
        return HeaderMatch("grams", strength, None, name, how)  # Peso (g): the grams field
    if field == "weight" and unit not in (None, "kg", "lb", "oz"):
        unit = None
    if field == "fact:dimensions" and unit not in LENGTH_UNITS.values():
        unit = None
    if field not in ("weight", "fact:dimensions"):
        unit = None
    return HeaderMatch(field, strength, unit, name, how)


@lru_cache(maxsize=1)
def vocabulary() -> HeaderVocabulary:
    raw = resources.files("assets").joinpath("importers/headers.json").read_text(encoding="utf-8")
    return HeaderVocabulary(json.loads(raw))


_OPTION_FACTS = {"option:Size": "size", "option:Color": "colour", "fact:material": "material"}


def option_fact_key(name: str) -> str | None:
    """The fact an option (or attribute) of that name states for the whole product — ``size``, ``colour`` or
    ``material`` — in any language the vocabulary knows (``Size``, ``Tamaño``, ``Tamanho``, ``Größe``, ``Farbe``,
    ``Cor``, ``颜色`` …), else None. One table for every reader (stop 20: a Chilean shop's ``Tamaño`` option gave
    no size fact, only an English ``Size`` did)."""
    m = vocabulary().match(name or "")
    return _OPTION_FACTS.get(m.field) if m is not None else None


@dataclass(frozen=True)
class TableFormat:
    """A file whose column names the platform that writes it fixes (a Google Merchant / Meta catalog feed, an
    Etsy listings download), recognised by its marker columns: ``headers.json``'s ``formats``."""

    name: str
    label: str
    columns: dict[str, str]  # lower-cased column name → field (overrides the vocabulary's suggestion)
    grouped: dict[str, str]  # lower-cased column name → field, when the file has the ``group`` column
    ungrouped: dict[str, str]  # … when it has none, or it is empty in the sample rows (each item its own product)
    images: str | None  # a numbered picture column prefix (Etsy's IMAGE1 … IMAGE10)
    empty_ok: frozenset[str]  # lower-cased columns of the format that are not reported when empty
    localized: dict[str, str] = dataclasses.field(default_factory=dict)  # lower-cased column of another admin language → English
    tag_spaces: str = ""  # the character the platform writes for a space inside a tag (Etsy: _)

    def canonical(self, header: str) -> str:
        """The lower-cased English column name of ``header`` (``IMMAGINE3`` → ``image3``, ``style[0]`` → ``style``)."""
        low = _JSON_INDEX.sub("", header.strip().lower())
        if low in self.localized:
            return self.localized[low]
        m = _NUMBERED.match(low)
        if m and m.group(1) in self.localized:
            return self.localized[m.group(1)] + m.group(2)
        return low


@lru_cache(maxsize=1)
def _formats() -> tuple[tuple[frozenset[str], TableFormat], ...]:
    raw = json.loads(resources.files("assets").joinpath("importers/headers.json").read_text(encoding="utf-8"))
    out = []
    for name, spec in (raw.get("formats") or {}).items():
        if name.startswith("_"):
            continue
        low = {k.lower(): v for k, v in spec.get("columns", {}).items()}
        out.append((frozenset(m.lower() for m in spec["markers"]), TableFormat(
            name, spec["label"], low, {k.lower(): v for k, v in spec.get("grouped", {}).items()},
            {k.lower(): v for k, v in spec.get("ungrouped", {}).items()},
            spec.get("images"), frozenset(c.lower() for c in spec.get("empty_ok", [])),
            {k.lower(): v.lower() for k, v in spec.get("localized", {}).items()}, spec.get("tag_spaces", ""))))
    return tuple(out)


def table_format(headers: list[str]) -> TableFormat | None:
    """The fixed-column format these headers are (all its marker columns present, case ignored), or None."""
    for markers, fmt in _formats():
        if markers <= {fmt.canonical(h) for h in headers}:
            return fmt
    return None


_NUMBERED = re.compile(r"^(\D+?)\s*(\d{1,2})$")
_JSON_INDEX = re.compile(r"\[\d+\]")
# fields that say which product a row belongs to: in a fixed-column format only the format's own columns give them
KEY_FIELDS = frozenset({"handle", "sku", "group"})


def format_columns(headers: list[str], mapping: dict[str, str],
                   samples: list[list[str]] | None = None) -> TableFormat | None:
    """Complete ``mapping`` (the vocabulary's suggestion) for a fixed-column format: its columns mean what the
    platform's documentation says (a feed's ``id`` is the SKU, ``sale_price`` the price it sells at, ``link`` the
    product page, ``item_group_id`` the product its variants share; Etsy's ``VARIATION 1 VALUES`` the option's
    values) whatever the vocabulary guessed, and another column the vocabulary gave one of those single fields
    loses it (a feed's ``mpn`` is no SKU beside ``id``). A column the format does not list never gives the product
    key (handle, SKU, group): a Meta feed's ``style[0]`` ("Vollmundig & Komplex") is no handle. Meta's flattened
    list columns (``style[0]``, ``product_tags[1]``) are matched without their indexes. A feed's colour, size,
    material and pattern are the variants' options when its item groups are filled in the ``samples``, else
    facts. Returns the format, or None (mapping unchanged)."""
    fmt = table_format(headers)
    if fmt is None:
        return None
    low: dict[str, list[str]] = {}
    for h in headers:
        low.setdefault(fmt.canonical(h), []).append(h)
    wanted = dict(fmt.columns)
    group_cols = [h for c, f in fmt.columns.items() if f == "group" for h in low.get(c, [])]
    if group_cols:
        idx = [headers.index(h) for h in group_cols]
        filled = samples is None or any(i < len(r) and r[i].strip() for r in samples for i in idx)
        wanted.update(fmt.grouped if filled else fmt.ungrouped)
    elif fmt.ungrouped:
        wanted.update(fmt.ungrouped)
    given = {f for c, f in wanted.items() if c in low and f not in ("image", "tags") and not f.startswith("option:")}
    for h, f in list(mapping.items()):
        base = fmt.canonical(h)
        if base not in wanted and (f in given or f in KEY_FIELDS):
            del mapping[h]
    for c, f in wanted.items():
        for h in low.get(c, []):
            mapping[h] = f
    if fmt.images:
        for h in headers:
            m = _NUMBERED.match(fmt.canonical(h))
            if m and m.group(1) == fmt.images.lower():
                mapping[h] = "image"
    return fmt
