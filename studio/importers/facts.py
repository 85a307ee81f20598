"""Facts read off product text: labelled lines, then prose (``facts_prose``: issue 16, en/de/fr/es/it/pt/ja/zh).

Only what can be read reliably becomes a fact; everything else stays in the text for the user to edit:

* **labelled lines** — ``Material: 100% cotton``, ``Care: machine wash 30 °C``, ``Dimensions: 80 x 40 x 75 cm``
  (the label must start a line or list item and be one of a known set of synonyms);
* **dimensions** — 2 or 3 numbers joined by ``x``/``×``/``*`` with a length unit (mm, cm, m, in, ″);
* **weight** — a number with a mass unit (g, kg, lb, oz) that follows a weight label (“Weight”, “weighs”,
  “Net weight”), never a bare “20 g” (that could be protein per serving);
* **materials** — percentage compositions (``95% cotton, 5% elastane``) or words from a known list that
  follow “made of/from”, “material”, “fabric”, “composition” on the same line.

``parse_fact_value`` gives the structured ``data`` of a fact value (used by imports and hand edits).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from studio.importers.extracted import ExtractedFact
from studio.importers.notices import description_notices, statutory_values

MATERIALS = (
    "organic cotton", "recycled polyester", "merino wool", "stainless steel", "solid oak", "solid wood",
    "tempered glass", "borosilicate glass", "genuine leather", "vegan leather", "faux leather", "bone china",
    "cotton", "linen", "wool", "cashmere", "silk", "polyester", "nylon", "polyamide", "elastane", "spandex",
    "lycra", "viscose", "rayon", "modal", "lyocell", "tencel", "acrylic", "fleece", "denim", "canvas", "velvet",
    "leather", "suede", "down", "hemp", "jute", "bamboo", "rattan", "wicker", "cork", "oak", "walnut", "beech",
    "pine", "teak", "acacia", "ash", "birch", "plywood", "mdf", "steel", "aluminium", "aluminum", "brass",
    "copper", "iron", "zinc alloy", "titanium", "glass", "ceramic", "stoneware", "porcelain", "earthenware",
    "marble", "granite", "concrete", "silicone", "rubber", "natural rubber", "polycarbonate", "polypropylene",
    "abs", "tpu", "pvc", "eva", "polyurethane", "foam", "memory foam", "latex", "paper", "cardboard", "beeswax",
    "soy wax", "paraffin",
)
_MAT_SET = frozenset(MATERIALS)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# label synonyms → fact key (matched at the start of a line / list item, followed by ':' or '-')
LABELS: dict[str, str] = {
    "material": "material", "materials": "material", "fabric": "material", "composition": "material",
    "made of": "material", "made from": "material", "shell": "material", "upper": "material",
    "dimensions": "dimensions", "dimension": "dimensions", "size (l x w x h)": "dimensions",
    "measurements": "dimensions", "product dimensions": "dimensions", "overall dimensions": "dimensions",
    "weight": "weight", "net weight": "weight", "item weight": "weight", "product weight": "weight",
    "colour": "colour", "color": "colour", "colours": "colour", "colors": "colour",
    "care": "care", "care instructions": "care", "washing": "care", "cleaning": "care",
    "warning": "warning", "warnings": "warning", "caution": "warning", "safety": "warning",
    "certification": "certification", "certifications": "certification", "certified": "certification",
    "in the box": "in_the_box", "what's in the box": "in_the_box", "what’s in the box": "in_the_box",
    "box contents": "in_the_box", "package contents": "in_the_box", "includes": "in_the_box",
    "ingredients": "ingredients", "capacity": "capacity", "volume": "capacity", "battery": "battery",
    "warranty": "warranty", "origin": "origin", "country of origin": "origin", "made in": "origin",
    "fit": "fit", "size guide": "size_chart", "sizing": "size_chart", "size chart": "size_chart",
    "allergens": "allergens", "directions": "usage", "how to use": "usage", "usage": "usage",
    # de, fr, es, it, pt (labels that start a line or list item)
    "materialzusammensetzung": "material", "obermaterial": "material", "stoff": "material",
    "matière": "material", "matériau": "material", "tejido": "material", "materiale": "material",
    "composición": "material", "composizione": "material", "composição": "material", "materiais": "material",
    "maße": "dimensions", "abmessungen": "dimensions", "medidas": "dimensions", "dimensiones": "dimensions",
    "dimensioni": "dimensions", "dimensões": "dimensions",
    "gewicht": "weight", "nettogewicht": "weight", "poids": "weight", "peso": "weight",
    "pflege": "care", "pflegehinweis": "care", "pflegehinweise": "care", "entretien": "care", "cuidado": "care",
    "cuidados": "care", "manutenzione": "care",
    "inhaltsstoffe": "ingredients", "zutaten": "ingredients", "ingrédients": "ingredients",
    "ingredientes": "ingredients", "ingredienti": "ingredients",
    "fassungsvermögen": "capacity", "inhalt": "capacity", "contenance": "capacity", "capacité": "capacity",
    "capacidad": "capacity", "capacità": "capacity", "capacidade": "capacity",
    "akku": "battery", "batterie": "battery", "batería": "battery", "batteria": "battery", "bateria": "battery",
    "leistung": "power", "puissance": "power", "potencia": "power", "potenza": "power", "potência": "power",
    "herkunft": "origin", "herkunftsland": "origin", "origine": "origin", "origen": "origin", "origem": "origin",
    "warnhinweis": "warning", "warnhinweise": "warning", "avertissement": "warning", "advertencia": "warning",
    "avvertenze": "warning",
    "farbe": "colour", "couleur": "colour", "coloris": "colour", "colore": "colour", "cor": "colour",
    # ja, zh
    "素材": "material", "材質": "material", "材质": "material", "面料成分": "material", "面料": "material",
    "サイズ": "dimensions", "尺寸": "dimensions", "重量": "weight", "重さ": "weight", "净重": "weight",
    "容量": "capacity", "内容量": "capacity", "净含量": "capacity", "全成分": "ingredients",
    "原材料名": "ingredients", "配料": "ingredients", "洗涤说明": "care", "お手入れ": "care",
    "原産国": "origin", "产地": "origin", "カラー": "colour", "颜色": "colour",
}
_LABEL_RE = re.compile(
    r"^\s*(?:[•\-*·]\s*)?(" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True)) +
    r")\s*[:：]\s*(.+?)\s*$", re.I)

_NUM = r"(\d+(?:[.,]\d+)?)"
_X = r"\s*[x×X*]\s*"
_LEN_UNIT = r"(mm|cm|m|in(?:ch(?:es)?)?|\"|″|”)"
_DIM_RE = re.compile(_NUM + r"\s*(?:" + _LEN_UNIT + r")?" + _X + _NUM + r"\s*(?:" + _LEN_UNIT + r")?" +
                     r"(?:" + _X + _NUM + r")?\s*" + _LEN_UNIT + r"(?![a-zA-Z])")
_MASS_RE = re.compile(_NUM + r"\s*(kg|g|grams?|kilograms?|lbs?|pounds?|oz|ounces?)(?![a-zA-Z])", re.I)
_WEIGHT_CUE = re.compile(r"\b(weight|weighs|net\s*wt|wt\.)\b", re.I)
_MATERIAL_CUE = re.compile(r"\b(made\s+(?:of|from)|material|fabric|composition|crafted\s+from|constructed\s+from)\b", re.I)
_PCT_WORDS = re.compile(r"(\d{1,3})\s*%\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")

_GRAMS = {"g": 1, "gram": 1, "grams": 1, "kg": 1000, "kilogram": 1000, "kilograms": 1000, "lb": 453.59237,
          "lbs": 453.59237, "pound": 453.59237, "pounds": 453.59237, "oz": 28.349523125, "ounce": 28.349523125,
          "ounces": 28.349523125}
_CM = {"mm": 0.1, "cm": 1, "m": 100, "in": 2.54, "inch": 2.54, "inches": 2.54, '"': 2.54, "″": 2.54, "”": 2.54}


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _clean_number(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 4)


def _unit_norm(u: str | None) -> str | None:
    if u is None:
        return None
    u = u.lower()
    if u in ('"', "″", "”", "inch", "inches"):
        return "in"
    return u


def parse_dimensions(text: str) -> dict | None:
    """``"80 x 40 x 75 cm"`` → ``{"l": 80, "w": 40, "h": 75, "unit": "cm", "cm": [80, 40, 75]}``."""
    mt = _DIM_RE.search(text or "")
    if not mt:
        return None
    a, u1, b, u2, c, last_unit = mt.groups()
    unit = _unit_norm(last_unit)
    if unit is None:  # the pattern requires the last unit
        return None
    for u in (u1, u2):
        if u is not None and _unit_norm(u) != unit:
            return None  # mixed units: not reliable
    nums = [_num(a), _num(b)] + ([_num(c)] if c else [])
    if any(n <= 0 for n in nums):
        return None
    data: dict = {"l": _clean_number(nums[0]), "w": _clean_number(nums[1]), "unit": unit}
    if len(nums) == 3:
        data["h"] = _clean_number(nums[2])
    data["cm"] = [_clean_number(n * _CM[unit]) for n in nums]
    data["text"] = mt.group(0).strip()
    return data


def parse_weight(text: str) -> dict | None:
    """``"1.2 kg"`` → ``{"value": 1.2, "unit": "kg", "grams": 1200}``."""
    mt = _MASS_RE.search(text or "")
    if not mt:
        return None
    value = _num(mt.group(1))
    unit = mt.group(2).lower()
    if value <= 0:
        return None
    norm = {"gram": "g", "grams": "g", "kilogram": "kg", "kilograms": "kg", "pound": "lb", "pounds": "lb",
            "lbs": "lb", "ounce": "oz", "ounces": "oz"}.get(unit, unit)
    return {"value": _clean_number(value), "unit": norm, "grams": _clean_number(value * _GRAMS[unit]),
            "text": mt.group(0).strip()}


def find_materials(text: str) -> list[str]:
    """Materials named in ``text`` (known list only, whole words), in order, without duplicates."""
    found: list[str] = []
    words = _WORD.findall((text or "").lower())
    i, n = 0, len(words)
    while i < n:
        word = None
        if i + 1 < n and f"{words[i]} {words[i + 1]}" in _MAT_SET:
            word = f"{words[i]} {words[i + 1]}"
            i += 2
        else:
            if words[i] in _MAT_SET:
                word = words[i]
            i += 1
        if word and word not in found and not any(word in f for f in found):
            found.append(word)
    return found


def _percent_materials(text: str) -> list[tuple[int, str]]:
    """``95% cotton, 5% elastane`` → [(95, "cotton"), (5, "elastane")] for known materials only."""
    out = []
    for mt in _PCT_WORDS.finditer(text or ""):
        first = mt.group(2).lower()
        two = f"{first} {mt.group(3).lower()}" if mt.group(3) else None
        if two and two in _MAT_SET:
            out.append((int(mt.group(1)), two))
        elif first in _MAT_SET:
            out.append((int(mt.group(1)), first))
    return out


_VOLUME_VALUE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ml|cl|dl|l|ltr|liter|litre|fl\.?\s?oz)", re.I)
_ML = {"ml": 1, "cl": 10, "dl": 100, "l": 1000, "fl oz": 29.5735295625}


def parse_volume(value: str) -> dict | None:
    """``0.75 L``, ``0.187l``, ``0.20l``, ``750 ml``, ``8 fl oz`` → ``{"value": 0.187, "unit": "l", "ml": 187.0}``
    (stop 22: a wine shop wrote its bottles three ways; all are litres). None for anything else."""
    m = _VOLUME_VALUE.fullmatch((value or "").strip())
    if m is None:
        return None
    unit = m.group(2).lower().replace(".", "").replace(" ", "")
    unit = {"ltr": "l", "liter": "l", "litre": "l", "floz": "fl oz"}.get(unit, unit)
    number = float(m.group(1).replace(",", "."))
    return {"value": _clean_number(number), "unit": unit, "ml": _clean_number(round(number * _ML[unit], 3))}


def parse_fact_value(key: str, value: str, type: str = "text", unit: str | None = None) -> dict | None:
    """Structured form of a fact value, or None when nothing is reliably parseable."""
    value = (value or "").strip()
    if not value:
        return None
    if key == "capacity" and type == "text":
        volume = parse_volume(value)
        if volume is not None:
            return volume
    if type == "dimensions" or key == "dimensions":
        return parse_dimensions(value)
    if type == "weight" or key == "weight":
        d = parse_weight(value)
        if d is None and unit and unit.lower() in _GRAMS:
            try:
                v = float(Decimal(value))
            except (InvalidOperation, ValueError):
                return None
            d = {"value": _clean_number(v), "unit": unit.lower(), "grams": _clean_number(v * _GRAMS[unit.lower()])}
        return d
    if type == "number":
        try:
            return {"value": _clean_number(float(Decimal(value.replace(",", "."))))}
        except (InvalidOperation, ValueError):
            return None
    if type == "bool":
        low = value.lower()
        if low in ("yes", "true", "1", "y"):
            return {"value": True}
        if low in ("no", "false", "0", "n"):
            return {"value": False}
        return None
    if type == "list":
        return {"items": [v.strip() for v in re.split(r"[,;\n]", value) if v.strip()]}
    if key in ("colour", "color"):
        return parse_colour(value)
    if key == "material":
        mats = find_materials(value)
        pct = {name: p for p, name in _percent_materials(value)}
        if mats:
            found: dict = {"materials": mats}
            if pct:
                found["percent"] = pct
            return found
    return None


# a seller's compound colour ("sky blue with white", "Himmelblau mit Weiß", "bleu ciel et blanc", "白×ネイビー") is
# one colour description: the value stays whole; ``data`` names its parts, the first being the main colour
_COLOUR_JOIN = re.compile(r"\s+(?:with|and|mit|und|avec|et|con|y|e|com)\s+|\s*(?:&|/|×|x(?=\s)|と|配|\+)\s*", re.I)


def parse_colour(value: str) -> dict | None:
    """``"sky blue with white"`` → ``{"colours": ["sky blue", "white"], "main": "sky blue", "compound": True,
    "whole": "sky blue with white"}``; a plain colour → ``{"colours": [v], "main": v, "compound": False, …}``.
    A list of variant colours ("Black, Navy") is several colours, not one compound: None."""
    value = (value or "").strip().rstrip(".;")
    if not value or "," in value or "、" in value or len(value) > 80:
        return None
    items = [x.strip() for x in _COLOUR_JOIN.split(value) if x and x.strip()]
    if not items:
        return None
    return {"colours": items, "main": items[0], "compound": len(items) > 1, "whole": value}


def fact_type_for(key: str) -> str:
    return {"dimensions": "dimensions", "weight": "weight"}.get(key, "text")


def _typed(key: str, value: str) -> ExtractedFact | None:
    value = value.strip().rstrip(".;").strip()
    if not value or len(value) > 500:
        return None
    if key == "dimensions":
        data = parse_dimensions(value)
        if data is None:
            return None
        return ExtractedFact("dimensions", value, "dimensions", data["unit"], data)
    if key == "weight":
        data = parse_weight(value)
        if data is None:
            return None
        return ExtractedFact("weight", value, "weight", data["unit"], data)
    if key == "material":
        data = parse_fact_value("material", value)
        if data is None:
            return None  # a "Material:" line naming nothing we know is left for the user
        return ExtractedFact("material", value, "text", None, data)
    if key == "colour":
        return ExtractedFact(key, value, "text", None, parse_colour(value))
    return ExtractedFact(key, value, "text", None, None)


_NEXT_LABEL = re.compile(r"\.\s+(?=(?:" + "|".join(re.escape(k) for k in sorted(LABELS, key=len, reverse=True)) +
                         r")\s*[:：])", re.I)


_LINE_MEMO: dict[str, tuple[str, int, int, ExtractedFact | None] | None] = {}  # a line → its label reading (catalogs repeat "Care: machine wash 30 °C")
_LINE_MEMO_MAX = 20_000


def _label_line(line: str) -> tuple[str, int, int, ExtractedFact | None] | None:
    """(key, where the value starts in the line, its length, the typed fact or None), or None for no label."""
    mt = _LABEL_RE.match(line)
    if not mt:
        return None
    key = LABELS.get(mt.group(1).lower())
    if key is None:  # "İNGREDİENTS:" / "ıngredients:": re's IGNORECASE matched a dotted or dotless i (was a KeyError)
        return None
    raw = mt.group(2)
    nxt = _NEXT_LABEL.search(raw)  # "10.2 x 6.8 x 2.2 cm. Weight: 210 g": the value ends at the next label
    if nxt:
        raw = raw[:nxt.start() + 1]
    return key, mt.start(2), len(raw), _typed(key, raw)


def _labelled(text: str) -> dict[str, ExtractedFact]:
    """Facts from ``Label: value`` lines (the label must start a line or list item), with their spans."""
    facts: dict[str, ExtractedFact] = {}
    pos = 0
    memo = _LINE_MEMO
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if line in memo:
            read = memo[line]
        else:
            read = _label_line(line)
            if len(memo) >= _LINE_MEMO_MAX:
                memo.clear()
            memo[line] = read
        if read is None:
            continue
        key, at, length, f = read
        if key in facts or f is None:
            continue
        # each fact gets its own data (the memo's stays as read)
        data = {k: v.copy() if isinstance(v, (list, dict)) else v for k, v in (f.data or {}).items()}
        data["span"] = [start + at, start + at + length]
        data["from"] = "description"
        facts[key] = ExtractedFact(f.key, f.value, f.type, f.unit, data)
    return facts


def _legacy_free_text(text: str, facts: dict[str, ExtractedFact]) -> None:
    """The pre-issue-16 free-text rules (dimensions, cued weight, cued materials): the bench's baseline."""
    for line in text.split("\n"):
        if "dimensions" not in facts:
            d = parse_dimensions(line)
            if d is not None and (len(d) >= 5 and "h" in d or re.search(r"\b(dimension|size|measures)", line, re.I)):
                facts["dimensions"] = ExtractedFact("dimensions", d["text"], "dimensions", d["unit"], d)
        if "weight" not in facts:
            cue = _WEIGHT_CUE.search(line)
            if cue:
                w = parse_weight(line[cue.end():cue.end() + 40])
                if w is not None:
                    facts["weight"] = ExtractedFact("weight", w["text"], "weight", w["unit"], w)
        if "material" not in facts:
            pct = _percent_materials(line) if "%" in line else []
            if pct:
                val = ", ".join(f"{p}% {name}" for p, name in pct)
                facts["material"] = ExtractedFact("material", val, "text", None, parse_fact_value("material", val))
                continue
            cue = _MATERIAL_CUE.search(line)
            if cue:
                tail = re.split(r"[.!?](?:\s|$)", line[cue.end():], maxsplit=1)[0]
                mats = find_materials(tail)
                if mats:
                    val = ", ".join(mats)
                    facts["material"] = ExtractedFact("material", val, "text", None, {"materials": mats})


# keys whose prose reading adds structured data to a labelled value that has none
_ENRICH = {"capacity", "battery", "power", "certification", "origin", "ingredients", "age", "fabric_weight"}


def extract_facts(text: str, title: str | None = None, *, prose: bool = True,
                  name: str | None = None) -> list[ExtractedFact]:
    """Facts read off clean product text (and its title): labelled lines first, then prose.

    ``prose=False`` keeps the pre-issue-16 behaviour (labelled lines, dimensions, cued weight and materials) —
    the baseline ``bench facts`` measures against. Every fact's ``data`` holds ``span`` ([start, end] in the
    text it was read from) and ``from`` ("description" or "title"). ``name`` (default: ``title``) is the product's
    name, used only to tell a part's material from the product's ("brass rivets" of a canvas bag); an import
    passes it without ``title`` so the title's own facts stay ``title_facts``' to add.
    Every fact gets its certainty (``importers.certainty``: ``data["certainty"] = "confirm"`` when a part, the
    packaging, a limit, a quotation or several sizes in the text leave it in doubt; the import adds the doubts of
    the record — its brand's name, its size variants — with ``certainty.record_doubt``); the labelled-lines
    baseline (``prose=False``) gets none.
    """
    if not text and not title:
        return []
    text = text or ""
    facts = _labelled(text) if text else {}
    if not prose:
        _legacy_free_text(text, facts)
        return list(facts.values())
    from studio.importers.certainty import assess
    from studio.importers.facts_prose import _ONE_OF_AFTER, _per_item_fact, extract_prose

    labelled = frozenset(facts)

    # "Weight: 245 g (one shoe, EU 42)": a labelled size or weight stated for one variant or piece is kept with
    # that scope, not as the product's (facts_prose, "One variant's …"); the prose may still find the product's
    for key, per in (("weight", "weight_per_item"), ("dimensions", "dimensions_per_item")):
        f = facts.get(key)
        sc = _ONE_OF_AFTER.search(f.value) if f is not None else None
        if f is not None and sc is not None:
            span = (f.data or {}).get("span") or [0, 0]
            measure = (f.data or {}).get("grams" if key == "weight" else "cm")
            del facts[key]
            facts[per] = _per_item_fact(per, [(sc.group("s").strip(), measure, f.value[:sc.start()].strip(),
                                               span[0], span[1])], "description")
    # a labelled key whose prose reading would be dropped below is not read from the prose at all (same facts)
    # (the weight reader also reads a shipping weight beside a labelled "Net weight:", stop 20: it is never skipped)
    skip = frozenset(k for k in facts if k not in _ENRICH and k not in ("material", "warning", "weight"))
    for f in extract_prose(text, title, skip=skip, name=name or title):
        have = facts.get(f.key)
        if have is None:
            facts[f.key] = f
        elif f.key == "warning":
            # warnings sentence by sentence: the prose reading replaces a "Warning:" line it holds whole (it also
            # reads the other warnings paragraphs, "Battery warning: …", and keeps each sentence in data["items"])
            if have.value.casefold().rstrip(".") in f.value.casefold():
                facts[f.key] = f
        elif f.key in _ENRICH or f.key == "material":
            # the labelled value stays what the user sees; its structure comes from the prose reading
            # (multilingual canonical materials with percentages, numbers in every language's notation)
            data = dict(f.data or {})
            data.update({k: v for k, v in (have.data or {}).items() if k in ("span", "from")})
            facts[f.key] = ExtractedFact(have.key, have.value, have.type, have.unit or f.unit, data)
    return assess(list(facts.values()), text, name=name or title, labelled=labelled)


# Set in the parse child of a large import (``importers.parallel``): readers then leave the description's facts
# for later — ``add_body_facts`` only notes where they go — and the child reads them after the whole file was
# parsed, while the importing process writes (see ``merge_body_facts``). Never set in the importing process.
DEFER_BODY_FACTS = False
BODY_AT = "_body_facts_at"  # attribute (not a dataclass field: never stored) holding that place on the record


def add_body_facts(rec) -> None:
    """Import wiring: the facts the description states (labelled lines, then prose), after the facts the file
    gave in their own columns and before option and weight facts (``replace=False``: earlier ones win)."""
    if DEFER_BODY_FACTS:
        setattr(rec, BODY_AT, len(rec.facts))
        return
    from studio.importers.certainty import record_doubt

    for f in extract_facts(rec.body_text, name=getattr(rec, "title", None) or None):
        rec.add_fact(f.key, f.value, f.type, f.unit, record_doubt(f.key, f.data, rec, f.value), source="html", replace=False)


def body_fact_tuples(text: str | None, name: str | None = None) -> list[tuple]:
    """``extract_facts(text, name=name)`` as plain tuples (key, value, type, unit, data) for ``merge_body_facts``."""
    return [(f.key, f.value, f.type, f.unit, f.data) for f in extract_facts(text or "", name=name or None)]


def merge_body_facts(rec, at: int, body: list[tuple]) -> None:
    """Put the description's facts where ``add_body_facts`` would have: at index ``at`` (the facts before it
    stay), then the facts the reader added after that place, each again with ``replace=False`` — so the list
    is the one the reader would have built with the facts in hand (a later fact whose key a description fact
    holds is dropped, as it was then)."""
    from studio.importers.certainty import record_doubt

    later = rec.facts[at:]
    del rec.facts[at:]
    for key, value, ftype, unit, data in body:
        rec.add_fact(key, value, ftype, unit, record_doubt(key, data, rec, value), source="html", replace=False)
    for f in later:
        rec.add_fact(f.key, f.value, f.type, f.unit, f.data, f.source, replace=False)


def title_facts(title: str, existing_keys=()) -> list[ExtractedFact]:
    """Facts a title states that the description did not (a "Linen Shirt" is linen): material only."""
    if not title or "material" in set(existing_keys):
        return []
    from studio.importers.facts_prose import _material_fact

    f = _material_fact(title, "title", title)
    return [f] if f is not None else []


def add_title_facts(rec) -> None:
    """Import wiring: the title's material when the description (and the file) named none ("Linen Shirt")."""
    from studio.importers.certainty import record_doubt

    for f in title_facts(getattr(rec, "title", "") or "", [x.key for x in rec.facts]):
        rec.add_fact(f.key, f.value, f.type, f.unit, record_doubt(f.key, f.data, rec, f.value), source="html", replace=False)


def grounding_facts(product) -> list[dict]:
    """What copy about ``product`` may state, for every grounding check (generation, Checks, scheduling):
    its facts, plus what its title and description state that no fact holds yet (catalogs imported before
    the prose reader, or a title that is the only place a material is named) — except facts the user deleted —
    and its own title, vendor, type and tags. One list, so Content, Checks and the scheduling gate agree.
    ``product`` is a ``ProductDTO`` (or anything with ``facts``, ``title``, ``body_text``, ``extra``)."""
    out = [{"key": f.key, "value": f.value, "unit": f.unit, "type": f.type} for f in product.facts]
    have = {f.key for f in product.facts}
    deleted = set(((getattr(product, "extra", None) or {}).get("deleted_facts")) or [])
    derived = extract_facts(getattr(product, "body_text", "") or "", getattr(product, "title", "") or "")
    for f in derived:
        if f.key in have or f.key in deleted:
            continue
        have.add(f.key)
        out.append({"key": f.key, "value": f.value, "unit": f.unit, "type": f.type,
                    "from": (f.data or {}).get("from", "description")})
    # the mandatory notices and statutory label data of the description (studio.importers.notices): a full listing
    # states them whole (issue 16, stop 22), so what they say ("under the 100 Wh airline limit", "90% white duck
    # down", "Net contents: … 46 g") is the product's own text, not an invented figure
    body = getattr(product, "body_text", "") or ""
    lang = getattr(product, "source_language", None) or "en"
    for _kind, sentence in description_notices(body, lang):
        out.append({"key": "notice", "value": sentence, "unit": None, "type": "text", "from": "description"})
    for kind, value in statutory_values(body, lang):
        out.append({"key": kind, "value": value, "unit": None, "type": "text", "from": "description"})
    # the product's own name, brand, type and tags may always be said ("Ceramic" for "… Ceramic Bud Vase")
    for key in ("title", "vendor", "product_type"):
        value = getattr(product, key, "") or ""
        if value:
            out.append({"key": key, "value": value, "unit": None, "type": "text"})
    tags = getattr(product, "tags", None)
    if tags:
        out.append({"key": "tags", "value": ", ".join(tags), "unit": None, "type": "text"})
    return out
