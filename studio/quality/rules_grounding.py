"""Grounding rules: numbers with units, materials and certifications against the product's facts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

import regex

from studio.quality.code_registry import Hit, code_rule
from studio.quality.factdata import facts_from_key, facts_key
from studio.quality.textmatch import (
    NOSPACE,
    SEP,
    KeyedAlternation,
    add_material_words,
    add_thai_terms,
    fold,
    inside_longer_word,
    phrase_regex,
)


def _key(facts) -> tuple:
    """The hashable facts key (see engine.facts_key); derived data below is cached by it."""
    return facts_key(facts if facts is None or isinstance(facts, list) else list(facts)) or ()




# unit → (dimension, factor to the SI-ish base unit)
_UNITS = {
    "mm": ("len", 0.001), "cm": ("len", 0.01), "m": ("len", 1.0), "km": ("len", 1000.0),
    "in": ("len", 0.0254), "inch": ("len", 0.0254), "inches": ("len", 0.0254), '"': ("len", 0.0254),
    "ft": ("len", 0.3048), "feet": ("len", 0.3048),
    "mg": ("mass", 1e-6), "g": ("mass", 0.001), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237),
    "lbs": ("mass", 0.45359237), "oz": ("mass", 0.028349523),
    "ml": ("vol", 0.001), "l": ("vol", 1.0), "liter": ("vol", 1.0), "liters": ("vol", 1.0), "litre": ("vol", 1.0),
    "litres": ("vol", 1.0), "fl oz": ("vol", 0.0295735),
    "mah": ("charge", 1.0), "wh": ("energy", 1.0), "w": ("power", 1.0), "v": ("volt", 1.0), "hz": ("freq", 1.0),
    "mb": ("data", 1e-3), "gb": ("data", 1.0), "tb": ("data", 1000.0),
    "h": ("time", 3600.0), "hr": ("time", 3600.0), "hrs": ("time", 3600.0), "hour": ("time", 3600.0),
    "hours": ("time", 3600.0), "min": ("time", 60.0), "mins": ("time", 60.0), "minutes": ("time", 60.0),
    "stunden": ("time", 3600.0), "std": ("time", 3600.0), "horas": ("time", 3600.0), "heures": ("time", 3600.0),
    "ore": ("time", 3600.0), "jam": ("time", 3600.0), "ชั่วโมง": ("time", 3600.0), "小时": ("time", 3600.0),
    "時間": ("time", 3600.0), "ساعة": ("time", 3600.0), "ساعات": ("time", 3600.0),
    "%": ("pct", 1.0), "°c": ("temp_c", 1.0), "°f": ("temp_f", 1.0),
    "سم": ("len", 0.01), "ملم": ("len", 0.001), "كجم": ("mass", 1.0), "جم": ("mass", 0.001), "مل": ("vol", 0.001),
    "ซม.": ("len", 0.01), "ซม": ("len", 0.01), "กก.": ("mass", 1.0), "กรัม": ("mass", 0.001), "มล.": ("vol", 0.001),
    "厘米": ("len", 0.01), "公分": ("len", 0.01), "毫米": ("len", 0.001), "公斤": ("mass", 1.0), "克": ("mass", 0.001),
    "毫升": ("vol", 0.001), "センチ": ("len", 0.01), "グラム": ("mass", 0.001),
    # spelled-out units across the supported languages (74 centímetros = 29 pulgadas = 74 cm)
    "ounce": ("mass", 0.028349523), "ounces": ("mass", 0.028349523), "pound": ("mass", 0.45359237),
    "pounds": ("mass", 0.45359237), "quart": ("vol", 0.946353), "quarts": ("vol", 0.946353), "qt": ("vol", 0.946353),
    "gallon": ("vol", 3.785411784), "gallons": ("vol", 3.785411784), "gal": ("vol", 3.785411784),
    "pint": ("vol", 0.473176), "pints": ("vol", 0.473176), "fl. oz": ("vol", 0.0295735), "fl.oz": ("vol", 0.0295735),
    "litros": ("vol", 1.0), "litro": ("vol", 1.0), "litri": ("vol", 1.0),
    "gramos": ("mass", 0.001), "gramas": ("mass", 0.001), "grammi": ("mass", 0.001), "grammes": ("mass", 0.001),
    "gramm": ("mass", 0.001), "gram": ("mass", 0.001), "grams": ("mass", 0.001), "kilogramos": ("mass", 1.0),
    "kilogramas": ("mass", 1.0), "chilogrammi": ("mass", 1.0), "kilogramm": ("mass", 1.0), "kilos": ("mass", 1.0),
    "centímetros": ("len", 0.01), "centimetros": ("len", 0.01), "centimetri": ("len", 0.01),
    "zentimeter": ("len", 0.01), "centimètres": ("len", 0.01), "centimeters": ("len", 0.01),
    "centimetres": ("len", 0.01), "milímetros": ("len", 0.001), "millimetri": ("len", 0.001),
    "pulgadas": ("len", 0.0254), "polegadas": ("len", 0.0254), "pollici": ("len", 0.0254), "pouces": ("len", 0.0254),
    "zoll": ("len", 0.0254), "inci": ("len", 0.0254), "メートル": ("len", 1.0), "ミリ": ("len", 0.001),
    "リットル": ("vol", 1.0), "千克": ("mass", 1.0), "毫安": ("charge", 1.0), "小時": ("time", 3600.0),
    "lítros": ("vol", 1.0), "ลิตร": ("vol", 1.0), "มม.": ("len", 0.001), "لتر": ("vol", 1.0), "غرام": ("mass", 0.001),
}
_UNIT_ALT = "|".join(regex.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
# a number, also grouped by thousands with a (narrow) no-break or thin space ("20 000 mAh", CLDR fr/pt/…)
_NUM = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_QTY = regex.compile(
    rf"(?<![\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}\p{{N}}.,_\-])(?P<num>{_NUM})(?:\s?(?:-|–|to|x|×)\s?(?P<num2>{_NUM}))?\s?(?P<unit>{_UNIT_ALT})"
    r"(?!\s*\d)(?![\p{Latin}])(?!\s*/)(?!²|³)",
    regex.IGNORECASE,
)


def _num(s: str) -> float | None:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    s = regex.sub(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3})", "", s)
    if "," in s and "." not in s:
        head, _, tail = s.rpartition(",")
        s = head.replace(",", "") + ("." + tail if len(tail) != 3 else tail)
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def quantities(text: str) -> Iterator[tuple[int, int, float, str, float | None]]:
    for m in _QTY.finditer(text):
        unit = m.group("unit").lower()
        if unit in ("in",) and regex.match(r"\s*\d", text[m.end():]):
            continue
        n = _num(m.group("num"))
        if n is None:
            continue
        n2 = _num(m.group("num2")) if m.group("num2") else None
        yield m.start(), m.end(), n, unit, n2


def to_base(n: float, unit: str) -> tuple[str, float]:
    dim, factor = _UNITS[unit]
    if dim == "temp_f":
        return "temp", (n - 32) * 5 / 9
    if dim == "temp_c":
        return "temp", n
    return dim, n * factor


def _fact_numbers(facts: list[dict]) -> list[tuple[str | None, float]]:
    """(dimension or None when the fact gives no unit, value in base units) for every number in the facts."""
    out: list[tuple[str | None, float]] = []
    for f in facts:
        value = f"{f.get('value', '')}"
        unit = (f.get("unit") or "").strip().lower()
        spans = []
        for s, e, n, u, n2 in quantities(value):
            spans.append((s, e))
            out.extend(to_base(x, u) for x in (n, n2) if x is not None)
        for m in regex.finditer(_NUM, value):
            if any(s <= m.start() < e for s, e in spans):
                continue
            x = _num(m.group(0))
            if x is None:
                continue
            out.append(to_base(x, unit) if unit in _UNITS else (None, x))
    return out


def _supported_number(n: float, unit: str, facts_nums: Sequence[tuple[str | None, float]]) -> bool:
    dim, v = to_base(n, unit)
    for d, fv in facts_nums:
        if d is None and abs(fv - n) < 1e-9:
            return True
        if d == dim and (abs(fv - v) <= 0.03 * max(abs(fv), abs(v)) or abs(fv - v) < 1e-9):
            return True
    return False


@lru_cache(maxsize=256)
def _fact_numbers_k(key: tuple) -> tuple[tuple[str | None, float], ...]:
    return tuple(_fact_numbers(facts_from_key(key)))


@code_rule
def ungrounded_numbers(ctx, params) -> Iterator[Hit]:
    """Numbers with units (sizes, weights, capacities, run times, percentages) absent from the facts."""
    nums = _fact_numbers_k(ctx.facts_key or ())
    for s, e, n, unit, n2 in quantities(ctx.text):
        ok = _supported_number(n, unit, nums) and (n2 is None or _supported_number(n2, unit, nums))
        if not ok and n2 is None:
            # "10.000 mAh" is ten thousand where a full stop groups thousands (de, es, it, pt, id …)
            grouped = regex.match(r"\d{1,3}(?:\.\d{3})+(?!\d)", ctx.text[s:e])
            ok = grouped is not None and _supported_number(float(grouped.group(0).replace(".", "")), unit, nums)
        if not ok:
            yield s, e, None, {"quantity": ctx.text[s:e]}


MATERIALS: dict[str, list[str]] = {
    "cotton": ["cotton", "algodón", "algodon", "algodão", "baumwolle", "coton", "cotone", "katun", "قطن", "コットン",
               "綿", "棉", "ฝ้าย"],
    "organic cotton": ["organic cotton"],
    "wool": ["wool", "lana", "lã", "wolle", "laine", "wol", "صوف", "ウール", "羊毛", "ขนแกะ"],
    "merino": ["merino", "merinowolle", "mérinos"],
    "cashmere": ["cashmere", "cachemira", "kaschmir", "cachemire", "caxemira", "カシミヤ", "羊绒", "แคชเมียร์"],
    "silk": ["silk", "seda", "seide", "soie", "seta", "sutra", "حرير", "シルク", "丝绸", "真丝", "ผ้าไหม"],
    "linen": ["linen", "lino", "linho", "leinen", "lin", "كتان", "リネン", "亚麻", "ผ้าลินิน"],
    "leather": ["leather", "cuero", "couro", "leder", "cuir", "pelle", "kulit asli", "جلد طبيعي", "レザー", "本革",
                "真皮", "หนังแท้"],
    "polyester": ["polyester", "poliéster", "poliestere", "poliester", "بوليستر", "ポリエステル", "聚酯", "โพลีเอสเตอร์"],
    "nylon": ["nylon", "nailon", "náilon", "ナイロン", "尼龙", "ไนลอน"],
    "bamboo": ["bamboo", "bambú", "bambu", "bambus", "bambou", "bambù", "خيزران", "竹", "ไม้ไผ่"],
    "hemp": ["hemp", "cáñamo", "cânhamo", "hanf", "chanvre", "canapa", "ヘンプ", "大麻纤维"],
    "stainless steel": ["stainless steel", "acero inoxidable", "aço inoxidável", "edelstahl", "acier inoxydable",
                        "acciaio inossidabile", "baja tahan karat", "الفولاذ المقاوم للصدأ", "ステンレス", "不锈钢",
                        "สแตนเลส"],
    "aluminium": ["aluminium", "aluminum", "aluminio", "alumínio", "alluminio", "aluminium", "الألمنيوم", "アルミ",
                  "铝合金", "อลูมิเนียม"],
    "titanium": ["titanium", "titanio", "titânio", "titan", "titane", "チタン", "钛", "ไทเทเนียม"],
    "ceramic": ["ceramic", "cerámica", "cerâmica", "keramik", "céramique", "ceramica", "keramik", "سيراميك",
                "セラミック", "陶瓷", "เซรามิก"],
    "porcelain": ["porcelain", "porcelana", "porzellan", "porcelaine", "porcellana", "磁器", "瓷器"],
    "glass": ["glass", "vidrio", "vidro", "glas", "verre", "vetro", "kaca", "زجاج", "ガラス", "玻璃", "แก้ว"],
    "wood": ["solid wood", "wood", "madera", "madeira", "holz", "bois", "legno", "kayu", "خشب", "木製", "实木",
             "ไม้จริง"],
    "oak": ["oak", "roble", "carvalho", "eiche", "chêne", "rovere"],
    "walnut": ["walnut", "nogal", "nogueira", "nussbaum", "noyer", "noce"],
    "teak": ["teak", "teca", "teck", "jati"],
    "marble": ["marble", "mármol", "mármore", "marmor", "marbre", "marmo", "大理石"],
    "silicone": ["silicone", "silicona", "silikon", "シリコン", "硅胶", "ซิลิโคน"],
    "sterling silver": ["sterling silver", "plata de ley", "prata 925", "sterlingsilber", "argent massif",
                        "argento 925", "925 silver"],
    "solid gold": ["solid gold", "18k gold", "14k gold", "oro macizo", "massivgold", "or massif", "oro massiccio",
                   "純金", "纯金", "黄金", "18金", "金", "ทองคำแท้"],
    "cork": ["cork", "corcho", "cortiça", "kork", "liège", "sughero"],
    "velvet": ["velvet", "terciopelo", "veludo", "samt", "velours", "velluto"],
    "down": ["goose down", "duck down", "plumón", "daunen", "duvet d'oie"],
    "soy wax": ["soy wax", "soya wax", "cera de soja", "sojawachs", "cire de soja", "cera di soia", "lilin kedelai",
                "เทียนไขถั่วเหลือง", "大豆蜡", "ソイワックス"],
    "beeswax": ["beeswax", "cera de abejas", "cera de abelha", "bienenwachs", "cire d'abeille", "cera d'api", "蜂蜡",
                "蜜蝋"],
    "paraffin": ["paraffin", "parafina", "paraffine", "paraffina"],
    "coconut wax": ["coconut wax", "cera de coco", "kokoswachs"],
    "copper": ["copper", "cobre", "kupfer", "cuivre", "rame", "tembaga", "نحاس", "銅", "铜", "ทองแดง"],
    "brass": ["brass", "latón", "latão", "messing", "laiton", "ottone", "kuningan", "真鍮", "黄铜", "ทองเหลือง"],
    "cast iron": ["cast iron", "hierro fundido", "ferro fundido", "gusseisen", "fonte émaillée", "ghisa", "besi cor", "鋳鉄",
                  "铸铁", "เหล็กหล่อ"],
    "carbon steel": ["carbon steel", "acero al carbono", "aço carbono", "karbonstahl", "acier au carbone",
                     "acciaio al carbonio"],
    "bronze": ["bronze", "bronce", "bronzo"],
    "iron": ["wrought iron", "hierro forjado", "schmiedeeisen", "fer forgé", "ferro battuto"],
    "zinc alloy": ["zinc alloy", "aleación de zinc", "zinklegierung"],
    "ABS plastic": ["abs plastic", "polycarbonate", "policarbonato", "polypropylene", "polipropileno", "pvc", "acrylic",
                    "acrílico", "acryl"],
    "elastane": ["elastane", "spandex", "elastano", "elasthan", "élasthanne"],
    "viscose": ["viscose", "rayon", "viscosa", "lyocell", "tencel", "modal"],
    "fleece": ["fleece", "forro polar", "polaire"],
    "suede": ["suede", "camurça", "wildleder", "daim", "scamosciato"],
    "canvas": ["canvas", "lona", "segeltuch", "toile"],
    "jute": ["jute", "yute", "juta"],
    "felt": ["wool felt", "fieltro", "filz", "feutre", "feltro"],
    "rattan": ["rattan", "ratán", "rotin", "wicker", "mimbre", "korbgeflecht"],
    "stone": ["natural stone", "granite", "granito", "granit", "slate", "pizarra", "schiefer", "ardoise"],
    "rubber": ["natural rubber", "rubber", "caucho", "borracha", "gummi", "caoutchouc", "gomma", "latex", "látex"],
    "memory foam": ["memory foam", "espuma viscoelástica", "memory-schaum", "viscoschaum", "mousse à mémoire de forme",
                    "memory foam", "低反発", "记忆棉"],
}
MATERIALS["wood"] += ["wooden", "hölzern", "en bois", "de madera", "di legno"]
_MAT_INDEX = {t: canon for canon, terms in MATERIALS.items() for t in terms}

_MAT_FOLD = {fold(t).strip(): canon for t, canon in _MAT_INDEX.items()}
_MAT_SUPPORT = {canon: regex.compile("|".join(f"(?:{phrase_regex(fold(t))})" for t in [canon, *terms]), regex.V1)
                for canon, terms in MATERIALS.items()}


def _longest_piece(term: str) -> str:
    return max(SEP.split(term.casefold()), key=len)


MATERIAL_RE = KeyedAlternation([(_longest_piece(t), phrase_regex(t)) for t in sorted(_MAT_INDEX, key=len, reverse=True)],
                           regex.IGNORECASE | regex.V1)


def _fact_blob(facts) -> str:
    return _fact_blob_k(_key(facts))


@lru_cache(maxsize=256)
def _fact_blob_k(key: tuple) -> str:
    return fold(" ".join(f"{k} {v}" for k, v, _u, _t in key))


@lru_cache(maxsize=256)
def _material_supported_k(key: tuple, canon: str) -> bool:
    blob = _fact_blob_k(key)
    if _MAT_SUPPORT[canon].search(blob):
        return True
    return canon == "organic cotton" and bool(_MAT_SUPPORT["cotton"].search(blob)) and "organic" in blob



@code_rule
def ungrounded_materials(ctx, params) -> Iterator[Hit]:
    fkey = ctx.facts_key or ()
    for m in MATERIAL_RE.finditer(ctx.text, ctx.folded):
        if NOSPACE.search(m.group(0)) and inside_longer_word(ctx.text, m.start(), m.end()):
            continue
        key = fold(m.group(0)).strip()
        canon = _MAT_FOLD.get(key) or _MAT_FOLD.get(regex.sub(r"^[وفبلك]?(?:ال)?", "", key))
        if canon is None or _material_supported_k(fkey, canon):
            continue
        if key in _SKIN_WORDS and _SKIN_CONTEXT.search(_sentence_at(ctx.text, m.start(), m.end())):
            continue  # "Non usare su pelle lesa o irritata": the skin, not leather (copy hold-out 7, a serum)
        yield m.start(), m.end(), None, {"material": m.group(0)}


# words that are a material and the skin ("pelle" it; "pele" pt, "piel" es are not materials here): skin when
# their sentence speaks of skin care or the body
_SKIN_WORDS = frozenset({"pelle", "pele", "piel", "peau"})
_SKIN_CONTEXT = regex.compile(
    r"(?i)(?<![\p{L}])(?:viso|lesa|lesionat\p{L}*|irritat\p{L}*|sensibil\p{L}*|arrossament\p{L}*|prurito|"
    r"bruciore|occhi|cute|applic\p{L}*|detergent\p{L}*|idrat\p{L}*|siero|crema|avambraccio|orecchio|"
    r"rosto|irritad\p{L}*|olhos|cara|rostro|ojos|visage|yeux|irrité\p{L}*|lésé\p{L}*)(?![\p{L}])")


def _sentence_at(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return text[lo:hi]


CERTIFICATIONS = [
    ("GOTS", True), ("FSC", True), ("OEKO-TEX", False), ("Oeko Tex", False), ("USDA Organic", False),
    ("ECOCERT", False), ("B Corp", False), ("B Corporation", False), ("Fair Trade", False), ("Fairtrade", False),
    ("bluesign", False), ("Cradle to Cradle", False), ("CE", True), ("FCC", True), ("FDA", True), ("UL", True),
    ("RoHS", True), ("Halal", False), ("حلال", False), ("ISO 9001", False), ("ISO 14001", False),
    ("EU Ecolabel", False), ("Energy Star", False), ("Leaping Bunny", False), ("COSMOS", True), ("GRS", True),
    ("Global Recycled Standard", False), ("Rainforest Alliance", False), ("BSCI", True), ("SGS", True),
    ("Dermatest", False), ("PEFC", True), ("SASO", True), ("SNI", True), ("TISI", True), ("มอก.", False),
    ("Vegan Society", False), ("Cruelty Free International", False), ("Demeter", False), ("EU Organic", False),
    ("Soil Association", False), ("Naturland", False), ("Nordic Swan", False), ("Blauer Engel", False),
    ("Blue Angel", False), ("Greenguard", False), ("Kosher", False), ("Fair Wear", False), ("RWS", True),
    ("RDS", True), ("REACH", True),
]
CERT_RE = KeyedAlternation(
    [(_longest_piece(c), phrase_regex(c) if not cs
      else f"(?-i:(?<![\\p{{L}}\\p{{N}}]){regex.escape(c)}(?![\\p{{L}}\\p{{N}}]))")
     for c, cs in sorted(CERTIFICATIONS, key=lambda x: len(x[0]), reverse=True)],
    regex.IGNORECASE | regex.V1,
)


def _norm_cert(s: str) -> str:
    return regex.sub(r"[\s\-_.]+", "", s.casefold())


def certification_facts(facts) -> list[str]:
    """Certifications the facts state: values of keys naming a certification, or known labels anywhere."""
    return list(_certification_facts_k(_key(facts)))


@lru_cache(maxsize=256)
def _certification_facts_k(fkey: tuple) -> tuple[str, ...]:
    out = []
    for k, val, _u, _t in fkey:
        key = fold(k)
        if any(w in key for w in ("cert", "zertifi", "label", "standard", "sello", "selo")):
            out.append(val)
        out.extend(m.group(0) for m in CERT_RE.finditer(val))
    return tuple(out)


@lru_cache(maxsize=256)
def _cert_sets_k(fkey: tuple) -> tuple[frozenset, str]:
    certs = _certification_facts_k(fkey)
    return frozenset(_norm_cert(c) for c in certs), _norm_cert(" ".join(certs))


def has_supporting_fact(facts, need: str) -> bool:
    return has_supporting_fact_k(_key(facts), need)


@lru_cache(maxsize=1024)
def has_supporting_fact_k(fkey: tuple, need: str) -> bool:
    if need == "certification":
        return any(c.strip() and fold(c) not in ("none", "no", "-") for c in _certification_facts_k(fkey))
    blob = _fact_blob_k(fkey)
    return any(regex.search(phrase_regex(fold(t)), blob) for t in need.split("|"))


@code_rule
def ungrounded_certifications(ctx, params) -> Iterator[Hit]:
    have, blob = _cert_sets_k(ctx.facts_key or ())
    for m in CERT_RE.finditer(ctx.text, ctx.folded):
        c = _norm_cert(m.group(0))
        if c in have or c in blob:
            continue
        yield m.start(), m.end(), None, {"certification": m.group(0)}


_CERTIFIED_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:[\p{L}\-]*certified|certifi(?:ed|cado|cada|é|ée|cato|cata)|zertifiziert\w*|bersertifikat|"
    r"certificação|certification|compliant|konform|conforme)(?![\p{L}])|認証済み|认证|ได้รับการรับรอง")


@code_rule
def certified_without_fact(ctx, params) -> Iterator[Hit]:
    """"Certified" claims when the facts hold no certification at all."""
    if _certification_facts_k(ctx.facts_key or ()):
        return
    for m in _CERTIFIED_WORD.finditer(ctx.text):
        yield m.start(), m.end(), None, {"word": m.group(0)}


# =========================================================================== disclosure


add_thai_terms(lambda: {t for terms in MATERIALS.values() for t in terms if regex.search(r"\p{Thai}", t)})
add_material_words(_MAT_FOLD.get)
