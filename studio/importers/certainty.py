"""How sure a fact read off a product's text is: sure, or to confirm (issue 16, stop 21).

Blind native readers give a piece of copy 1 of 5 for one wrong fact, and what cost the points was facts read
from prose that were not the product's: the carton's FSC said of the serum, the beaker's Tritan and the shaft's
steel as "the blender is stainless steel", the bike's maximum rider weight as its weight, the dock's battery as
the probe's, one size's volume as every size's. So every fact the import reads off a description gets a
certainty (in ``data["certainty"]``; no key means sure):

* **sure** — a field of its own in the file, an option column, a labelled spec line whose label names the fact
  ("Weight: 3.4 kg", "Material: birch plywood"), or a prose sentence that says the value of the product itself
  with nothing around it that could own it instead;
* **to confirm** (``"confirm"``) — a prose (or labelled) reading with any doubt, the reason in ``data["doubt"]``:
  ``part`` (a part, accessory or packaging noun in the value's clause: dock, beaker, saddle, carton, hangtag,
  wick …), ``limit`` (a maximum or a load: "max. rider weight 30 kg"), ``quote`` (a value inside quotation marks
  or a customer's words), ``name`` (a material word that is also a word of the brand: "Hollow Oak"), ``sizes``
  (a capacity, weight or size in a text that states several of them, or of a product sold in several sizes).

The offline writer states only sure facts and the facts the seller confirmed (``"confirmed"``,
``studio.services.catalog.confirm_fact``); the grounding check accepts both (a true statement about a fact to
confirm is no invented one). Catalog › Facts and ``studio facts`` show the others as "from description —
confirm", with Confirm / Reject.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from studio.importers.components import PACKAGING
from studio.importers.extracted import ExtractedFact

CONFIRM = "confirm"  # read from the description with a doubt: the seller confirms or rejects it
CONFIRMED = "confirmed"  # the seller confirmed it: as sure as a labelled line

# facts whose value is a sentence the seller wrote about the product (care, directions, warnings) or a list the
# file states as such: never in doubt (a mandatory notice must reach the listing). The shipping weight is never
# stated by a writer at all.
_NEVER_DOUBTED = frozenset({"care", "usage", "warning", "in_the_box", "colour", "size", "size_chart", "shipping_weight",
                            "ingredients", "allergens", "warranty", "fit", "dose", "claims", "features",
                            "part_materials", "dimensions_per_item", "weight_per_item"})
# facts a part or the packaging may own instead of the product (its material, certificate, figures)
_PART_KEYS = frozenset({"material", "certification", "marking", "capacity", "weight", "battery", "battery_life",
                        "power", "voltage", "dimensions", "fabric_weight", "ip_rating", "heat_limit",
                        "waterproof_rating", "light_output", "connectivity", "origin"})
# facts a maximum / load figure may be mistaken for
_LIMIT_KEYS = frozenset({"weight", "capacity", "power", "dimensions"})
# facts that differ by size
_SIZE_KEYS = frozenset({"capacity", "weight", "dimensions"})

# parts, accessories and packaging beyond the prose reader's own list (``facts_prose._PART_NOUNS``), in the
# eight languages the reader reads: what a value near them may belong to instead of the product
_MORE_PARTS = (
    # kitchen appliances
    "blade", "blades", "shaft", "beaker", "jug", "bowl", "chopper", "chopper bowl", "whisk", "attachment",
    "attachments", "motor unit", "base unit", "klinge", "messer", "schaft", "mixstab", "becher", "schüssel",
    "aufsatz", "lame", "lames", "pied", "gobelet", "bol", "fouet", "cuchilla", "cuchillas", "vaso", "varilla",
    "batidor", "lama", "bicchiere", "frusta", "lâmina", "lâminas", "copo", "batedor", "刃", "ブレード", "シャフト",
    "カップ", "ボウル", "刀片", "刀头", "搅拌杯", "碗",
    # bikes, toys, furniture
    "saddle", "seat", "seat cover", "rim", "rims", "tyre", "tyres", "tire", "tires", "wheel", "wheels", "cover",
    "sattel", "sitz", "felge", "felgen", "reifen", "räder", "bezug", "selle", "siège", "jante", "jantes", "pneu",
    "pneus", "roues", "housse", "sillín", "asiento", "llanta", "llantas", "neumático", "neumáticos", "ruedas",
    "funda", "sella", "sedile", "cerchi", "cerchioni", "pneumatici", "ruote", "rivestimento", "selim", "assento",
    "aro", "aros", "rodas", "capa", "サドル", "シート", "リム", "タイヤ", "ホイール", "カバー", "座垫", "车座",
    "轮辋", "轮胎", "车轮", "座套",
    # electronics
    "dock", "charging dock", "charging base", "charging station", "charging case", "charger", "adapter", "cable",
    "remote", "remote control", "handle", "sensor", "ladestation", "ladeschale", "ladegerät", "netzteil",
    "kabel", "fernbedienung", "griff", "station de charge", "socle de charge", "chargeur", "adaptateur", "câble",
    "télécommande", "poignée", "base de carga", "estación de carga", "cargador", "adaptador", "cable",
    "mando", "mango", "base di ricarica", "caricatore", "alimentatore", "cavo", "telecomando", "impugnatura",
    "manico", "base de carregamento", "carregador", "cabo", "controle remoto", "cabo", "充電ドック", "充電台",
    "充電器", "アダプター", "ケーブル", "リモコン", "ハンドル", "充电座", "充电底座", "充电器", "适配器",
    "数据线", "遥控器", "手柄",
    # glasses, garments, home
    "hinge", "hinges", "lens", "lenses", "pullers", "puller", "trim", "wick", "insert", "reservoir",
    "inner pot", "scharnier", "scharniere", "gläser", "docht", "einsatz", "charnière", "charnières", "verres",
    "mèche", "bisagra", "bisagras", "lentes", "mecha", "cerniere", "lenti", "stoppino", "dobradiça", "dobradiças",
    "pavio", "ヒンジ", "レンズ", "芯", "铰链", "镜片", "灯芯",
    # packaging and labels
    "carton", "cardboard box", "shipping box", "mailer", "hangtag", "hang tag", "hang-tag", "swing tag", "label",
    "labels", "insert card", "paper", "karton", "umkarton", "versandkarton", "etikett", "etiketten", "hängeetikett",
    "papier", "étiquette", "étiquettes", "cartón", "etiqueta", "etiquetas", "papel", "cartone", "etichetta",
    "cartellino", "carta", "caixa de papelão", "papelão", "外箱", "段ボール", "タグ", "ラベル", "紙", "纸箱", "外包装",
    "吊牌", "标签", "纸",
)
_LIMIT = regex.compile(
    r"(?i)(?<![\p{L}])(?:max(?:imum|imal|\.)?|load|payload|holds?\s+up\s+to|supports?\s+up\s+to|carries\s+up\s+to|"
    r"rider|user|weight\s+limit|capacity\s+limit|tragkraft|belastbar(?:keit)?|höchst\w*|maximal\w*|zulässig\w*|"
    r"charge\s+max\w*|poids\s+max\w*|jusqu['’]à|hasta|carga\s+máx\w*|máx(?:imo|ima|\.)?|fino\s+a|portata|"
    r"massimo|massima|até|carga|最大|耐荷重|承重|最高|上限)(?![\p{L}])")
_QUOTE_CUES = regex.compile(
    r"(?i)(?<![\p{L}])(?:says|said|writes|wrote|review(?:s|er|ed)?|customers?|testimonial|★|sagt|schreibt|kunde\w*|"
    r"bewertung\w*|dit|avis|client\w*|dice|opini\w*|cliente\w*|recensione\w*|diz|avalia\w*)(?![\p{L}])|★|"
    r"お客様|レビュー|口コミ|评价|顾客|买家")
_QUOTES = (("“", "”"), ("„", "“"), ("«", "»"), ('"', '"'), ("「", "」"), ("『", "』"))
# a part noun right after "recycled … from" names what a recycled material was made from, not a part
_RECYCLED_FROM = regex.compile(r"(?i)(?:recycl\w*|post-consumer|recycelt\w*|recyclé\w*|reciclad\w*|riciclat\w*|"
                               r"再生|回收)[^.\n]{0,40}$")
_CLAUSE_CUT = regex.compile(r"[,;()\[\]–—•·|、，；（）]|\s-\s|\n|(?i)\s(?:and|but|while|und|aber|et|mais|y|pero|e|ma|mas)\s")
_LINE_LABEL = regex.compile(r"(?m)^\s*(?:[•\-*·]\s*)?([^:：\n]{1,40}?)\s*[:：]")

_PART_INDEX_WORDS: Any = None
_TEXT_WORD = regex.compile(r"[\p{L}\p{N}]+")
_HAS_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _part_terms() -> tuple[dict[str, list[tuple[str, ...]]], tuple[str, ...]]:
    """(latin terms as word tuples by their first word, longest first; CJK terms): the part nouns of
    ``facts_prose._PART_NOUNS`` and above, matched word by word (a large alternation with look-arounds cost more
    than the prose reader itself)."""
    global _PART_INDEX_WORDS
    if _PART_INDEX_WORDS is None:
        from studio.importers.facts_prose import _PART_INDEX

        first: dict[str, list[tuple[str, ...]]] = {}
        cjk = []
        for t in set(_PART_INDEX) | set(_MORE_PARTS):
            if _HAS_CJK.search(t):
                cjk.append(t)
            else:
                words = tuple(w.casefold() for w in _TEXT_WORD.findall(t))
                if words:
                    first.setdefault(words[0], []).append(words)
        for v in first.values():
            v.sort(key=len, reverse=True)
        _PART_INDEX_WORDS = (first, tuple(sorted(cjk, key=len, reverse=True)))
    return _PART_INDEX_WORDS


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentences that hold ``text[s:e]`` (from the sentence ``s`` is in to the end of the one ``e`` is in)."""
    from studio.importers.facts_prose import _sentences

    sents = _sentences(text)
    starts = [a for a, _b, _t in sents] if _STARTS[0] is not sents else _STARTS[1]
    _remember_starts(sents, starts)
    lo, hi = s, e
    i = max(0, bisect_right(starts, s) - 1)
    while i < len(sents) and sents[i][0] < max(e, s + 1):
        a, b, _t = sents[i]
        if a <= s < b or (s < a < e):
            lo, hi = min(lo, a), max(hi, b)
        i += 1
    return lo, hi


_STARTS: tuple[Any, list[int]] = (None, [])


def _remember_starts(sents: Any, starts: list[int]) -> None:
    global _STARTS
    _STARTS = (sents, starts)


def _clause(text: str, s: int, e: int) -> tuple[int, int]:
    """The clause of ``text[s:e]``: its sentence, cut at the commas, brackets and dashes around the value."""
    a, b = _sentence(text, s, e)
    lo = a
    for cut in _CLAUSE_CUT.finditer(text, a, s):
        lo = cut.end()
    nxt = _CLAUSE_CUT.search(text, e, b)
    hi = nxt.start() if nxt else b
    return lo, max(hi, e)


def _line_label(text: str, s: int) -> str:
    """The label of a "Key: value" line that ``s`` is the value of ("Charging dock", "Max rider weight"), or ""."""
    ls = text.rfind("\n", 0, s) + 1
    m = _LINE_LABEL.match(text, ls, s)
    return m.group(1) if m else ""


def _own(word: str, name: str) -> bool:
    """Whether a part noun is the product itself by its name ("EmberProbe": the probe; "Steel Bottle")."""
    w = word.casefold()
    return bool(name) and (w in name or (w.endswith("s") and w[:-1] in name))


_HITS: tuple[str | None, list[tuple[int, str]]] = (None, [])


def _part_hits(text: str) -> list[tuple[int, str]]:
    """Every part, accessory or packaging noun of ``text`` as (position, term), in order — found once per text (the
    last description's list is kept: ``assess`` asks for many ranges of one description)."""
    global _HITS
    if _HITS[0] is text:
        return _HITS[1]
    first, cjk = _part_terms()
    found: list[tuple[int, str]] = []
    words = [(m.start(), m.group(0).casefold()) for m in _TEXT_WORD.finditer(text)]
    n = len(words)
    for i, (at, w) in enumerate(words):
        for cand in first.get(w, ()):
            k = len(cand)
            if k == 1 or (i + k <= n and all(words[i + j][1] == cand[j] for j in range(1, k))):
                found.append((at, " ".join(cand)))
                break
    if cjk and _HAS_CJK.search(text):
        for t in cjk:
            at = text.find(t)
            while at >= 0:
                found.append((at, t))
                at = text.find(t, at + 1)
    found.sort()
    if len(text) > 80:  # a description, not a line's label: kept for its next fact
        _HITS = (text, found)
    return found


def _parts_in(text: str, lo: int, hi: int, name: str, value_words: Iterable[str] = ()) -> str | None:
    """The first part, accessory or packaging noun in ``text[lo:hi]`` that is not the product itself by its name,
    not a word of the value, and not what a recycled material was made from; or None."""
    if hi <= lo:
        return None
    hits = _part_hits(text)
    if not hits:
        return None
    skip = {v.casefold() for v in value_words}
    for at, w in hits[bisect_left(hits, (lo, "")):]:
        if at >= hi:
            break
        if _own(w, name) or w in skip:
            continue
        if _RECYCLED_FROM.search(text, max(0, at - 48), at):
            continue
        return w
    return None


_QUOTE_CHARS = frozenset("“”„«»\"「」『』★")


def _quoted(text: str, s: int, e: int) -> bool:
    if not _QUOTE_CHARS.intersection(text) and _QUOTE_CUES.search(text) is None:
        return False  # (cheap: most descriptions hold neither)
    a, b = _sentence(text, s, e)
    if _QUOTE_CUES.search(text, a, b):
        return True
    for o, c in _QUOTES:
        i = text.rfind(o, a, s)
        if i >= 0 and (o != c or text.count(o, a, s) % 2 == 1) and text.find(c, e, b) >= 0:
            return True
    return False


_VOL = regex.compile(r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(ml|cl|l|litres?|liters?|fl\.?\s?oz|毫升|升)(?![\p{L}])")
_MASS = regex.compile(r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(kg|g|lbs?|oz)(?![\p{L}/])(?!\s*/)")
_DIMS = regex.compile(r"(?i)\d+(?:[.,]\d+)?\s*(?:mm|cm|m|in)?\s*[x×]\s*\d+(?:[.,]\d+)?")


def _several(text: str, key: str, ship: Sequence[tuple[int, int]]) -> bool:
    """Whether the text states two or more different capacities / weights / sizes (shipping weights left out)."""
    rx = {"capacity": _VOL, "weight": _MASS, "dimensions": _DIMS}[key]
    seen = set()
    for m in rx.finditer(text):
        if any(a <= m.start() < b for a, b in ship):
            continue
        a, _b = _clause(text, m.start(), m.end())
        if _LIMIT.search(text, a, m.start()) or _LIMIT.search(_line_label(text, m.start())):
            continue  # "max. load 2 l": a limit, not a second size
        seen.add(regex.sub(r"\s+", "", m.group(0).casefold()).replace(",", "."))
        if len(seen) > 1:
            return True
    return False


# a value that names the size it was measured on ("approx. 420 g (size M)") says its own scope
_ONE_SIZE = regex.compile(r"(?i)(?<![\p{L}])(?:size|größe|taille|talla|taglia|tamanho|サイズ|尺码)\s*\w")


def _vendor_words(vendor: str | None) -> frozenset:
    return frozenset(w.casefold() for w in regex.findall(r"\p{L}+", vendor or "") if len(w) > 2)


def doubt(f: ExtractedFact, text: str, *, name: str | None = None, vendor: str | None = None,
          labelled: bool = False, sized: bool = False, ship: Sequence[tuple[int, int]] = ()) -> str | None:
    """Why ``f`` (read off ``text``; ``labelled``: from a "Label: value" line of the known labels) is not sure,
    or None when it is. ``name``: the product's name; ``vendor``: its brand; ``sized``: the product is sold in
    several sizes (its variants' options)."""
    key = f.key
    if key in _NEVER_DOUBTED:
        return None
    data = f.data or {}
    own = (name or "").casefold()
    if key == "material" and vendor:
        brand = _vendor_words(vendor)
        mats = [str(x).casefold() for x in data.get("materials") or []]
        if any(w in brand for m in mats for w in m.split()):
            return "name"
    if sized and key in _SIZE_KEYS and not data.get("scope") and not _ONE_SIZE.search(f.value or ""):
        return "sizes"
    span = data.get("span")
    if data.get("from") == "title" or not isinstance(span, list) or len(span) != 2:
        return None
    s, e = int(span[0]), int(span[1])
    if not (0 <= s < e <= len(text)):
        return None
    if labelled:
        label = _line_label(text, s)
        if key in _PART_KEYS and (_parts_in(label, 0, len(label), own) or
                                  _parts_in(text, s, e, own, data.get("materials") or ())):
            return "part"
        if key in _LIMIT_KEYS and (_LIMIT.search(label) or _LIMIT.search(text, s, e)):
            return "limit"
        return None
    if _quoted(text, s, e):
        return "quote"
    comps = data.get("components")
    if key == "certification" and isinstance(comps, dict) and set(data.get("items") or ()) <= set(comps) \
            and not set(comps.values()) & PACKAGING:
        # stop 22: every certificate is read with the component it covers ("filling: RDS", "shell: bluesign"): the
        # doubt a part noun raises — the part's or the product's? — is answered, and the writers say it with it. A
        # packaging one (the carton's FSC) still waits for the seller: said only once confirmed, as the carton's
        return None
    if key in ("material", "certification", "marking"):
        # a list read over several sentences: any part or packaging noun in them may own one of its items
        a, b = _sentence(text, s, e)
        label = _line_label(text, s)
        if _parts_in(label, 0, len(label), own) or _parts_in(text, a, b, own, data.get("materials") or ()):
            return "part"
        return None
    if key in ("capacity", "dimensions") and _several(text, key, ship):
        return "sizes"
    # a figure: sure when one place states it of the product alone (its own clause, its line's label)
    value = text[s:e]
    # whole figures only: "2 kg" is not a place of "12 kg" nor of "1,2 kg"
    head = r"(?<![\d.,])" if value[:1].isdigit() else ""
    tail = r"(?![\d])" if value[-1:].isdigit() else ""
    places = [m.start() for m in regex.finditer(head + regex.escape(value) + tail, text)][:8] or [s]
    reason = None
    for at in places:
        a, b = _clause(text, at, at + len(value))
        label = _line_label(text, at)
        if key in _LIMIT_KEYS and (_LIMIT.search(text, a, b) or _LIMIT.search(label)):
            reason = reason or "limit"
            continue
        if key in _PART_KEYS and (_parts_in(text, a, b, own) or _parts_in(label, 0, len(label), own)):
            reason = reason or "part"
            continue
        return None
    return reason


def assess(facts: list[ExtractedFact], text: str, *, name: str | None = None, vendor: str | None = None,
           labelled: Iterable[str] = (), sized: bool = False) -> list[ExtractedFact]:
    """``facts`` with ``data["certainty"] = "confirm"`` and ``data["doubt"]`` on each one in doubt (see above)."""
    labelled = frozenset(labelled)
    ship: list[tuple[int, int]] = []
    if any(f.key in _SIZE_KEYS for f in facts):
        from studio.importers.facts_prose import _shipping_spans

        ship = _shipping_spans(text)
    out = []
    for f in facts:
        why = doubt(f, text, name=name, vendor=vendor, labelled=f.key in labelled, sized=sized, ship=ship)
        if why is None:
            out.append(f)
            continue
        data = dict(f.data or {})
        data["certainty"], data["doubt"] = CONFIRM, why
        out.append(ExtractedFact(f.key, f.value, f.type, f.unit, data))
    return out


_SIZE_OPTIONS = frozenset({"size", "sizes", "größe", "grösse", "taille", "talla", "taglia", "tamanho", "maat", "rozmiar",
                           "サイズ", "尺码", "尺寸", "规格", "容量", "capacity", "volume", "inhalt", "contenance",
                           "capacidad", "capacità", "capacidade", "pack", "pack size", "set", "quantity"})
_MEASURE_VALUE = regex.compile(r"(?i)\d\s*(?:ml|cl|l|g|kg|oz|lbs?|cm|mm|in)(?![\p{L}])|\d\s*[x×]\s*\d")


def sized(variants: Iterable[Any]) -> bool:
    """Whether a product's variants differ in size: a size-like option ("Size", "Größe", 容量) or option values
    that are measures ("15 ml" / "30 ml") with two or more values."""
    values: dict[str, set[str]] = {}
    for v in variants:
        for k, val in (getattr(v, "options", None) or {}).items():
            if val:
                values.setdefault(str(k), set()).add(str(val).strip().casefold())
    return any(len(vals) > 1 and (k.strip().casefold() in _SIZE_OPTIONS or
                                  sum(1 for x in vals if _MEASURE_VALUE.search(x)) > 1)
               for k, vals in values.items())


def record_doubt(key: str, data: dict | None, rec: Any, value: str = "") -> dict | None:
    """``data`` of a fact an import read off ``rec``'s description or title, with the doubts only the record can
    tell (its brand's name, its sizes) added; the text's own doubts are ``extract_facts``'. Unchanged when sure."""
    if not isinstance(data, dict) or data.get("certainty") or data.get("from") not in ("description", "title"):
        return data
    f = ExtractedFact(key, value, data=data)
    why = doubt(f, "", vendor=getattr(rec, "vendor", None), sized=key in _SIZE_KEYS and sized(rec.variants))
    if why is None:
        return data
    return {**data, "certainty": CONFIRM, "doubt": why}


def certainty_of(fact: Any) -> str:
    """How sure a fact is: ``"sure"``, ``CONFIRM`` (read off the text with a doubt: it waits for the seller) or
    ``CONFIRMED`` (the seller confirmed it). ``fact`` is a FactDTO, an ExtractedFact, a stored fact row or a dict
    with ``data`` or ``certainty``. The one place every reader of a fact's certainty asks (the CLI, the app, the
    review panel, the writers' fact list, ``catalog.confirm_facts``)."""
    if isinstance(fact, dict) and "certainty" in fact:
        c = fact["certainty"]
    else:
        data = fact.get("data") if isinstance(fact, dict) else getattr(fact, "data", None)
        c = data.get("certainty") if isinstance(data, dict) else None
    return c if c in (CONFIRM, CONFIRMED) else "sure"


def to_confirm(fact: Any) -> bool:
    """Whether a fact still waits for the seller (``certainty_of`` is ``CONFIRM``)."""
    return certainty_of(fact) == CONFIRM


def read_off_text(fact: Any) -> bool:
    """Whether an import read the fact off the product's own text (description or title: ``source == "html"``):
    the facts a seller may reject (``catalog.reject_facts``); others are deleted as hand edits."""
    return (fact.get("source") if isinstance(fact, dict) else getattr(fact, "source", None)) == "html"


DOUBT_TEXT = {
    "part": "a part, accessory or the packaging is named beside it",
    "limit": "it may be a maximum or a load, not the product's own figure",
    "quote": "it is inside a quotation or a customer's words",
    "name": "the word is also part of the brand's name",
    "sizes": "the product comes in several sizes; this may be one size's figure",
}
