"""Rules that data alone cannot express: grounding against facts, disclosure flags, locale conventions.

Each function takes ``(ctx: LintContext, params: dict)`` and yields ``(start, end, fix, message_params)``.
Packs refer to them by name (``{"type": "code", "function": "..."}``), so the severity, message, source
and examples of these rules stay in the pack data like every other rule.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from localization.detect import detect_language
from localization.formatting import format_price as fp
from studio.quality import measure as M
from studio.quality.locale_info import market_info, script_name

Hit = tuple[int, int, str | None, dict]
REGISTRY: dict[str, Callable[..., Iterator[Hit]]] = {}


def code_rule(fn):
    REGISTRY[fn.__name__] = fn
    return fn


_SEP = regex.compile(r"[\s\-_]+")


@lru_cache(maxsize=8192)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return _SEP.sub(" ", s)


def _key(facts) -> tuple:
    """The hashable facts key (see engine.facts_key); derived data below is cached by it."""
    from studio.quality.engine import facts_key

    return facts_key(facts if facts is None or isinstance(facts, list) else list(facts)) or ()


# =========================================================================== grounding

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
_NUM = r"\d+(?:[.,]\d+)?"
_QTY = regex.compile(
    rf"(?<![\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}\p{{N}}.,_\-])(?P<num>{_NUM})(?:\s?(?:-|–|to|x|×)\s?(?P<num2>{_NUM}))?\s?(?P<unit>{_UNIT_ALT})"
    r"(?!\s*\d)(?![\p{Latin}])(?!\s*/)(?!²|³)",
    regex.IGNORECASE,
)


def _num(s: str) -> float | None:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
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


def _to_base(n: float, unit: str) -> tuple[str, float]:
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
            out.extend(_to_base(x, u) for x in (n, n2) if x is not None)
        for m in regex.finditer(_NUM, value):
            if any(s <= m.start() < e for s, e in spans):
                continue
            x = _num(m.group(0))
            if x is None:
                continue
            out.append(_to_base(x, unit) if unit in _UNITS else (None, x))
    return out


def _supported_number(n: float, unit: str, facts_nums: list[tuple[str | None, float]]) -> bool:
    dim, v = _to_base(n, unit)
    for d, fv in facts_nums:
        if d is None and abs(fv - n) < 1e-9:
            return True
        if d == dim and (abs(fv - v) <= 0.03 * max(abs(fv), abs(v)) or abs(fv - v) < 1e-9):
            return True
    return False


@lru_cache(maxsize=256)
def _fact_numbers_k(key: tuple) -> tuple[tuple[str | None, float], ...]:
    from studio.quality.engine import facts_from_key

    return tuple(_fact_numbers(facts_from_key(key)))


@code_rule
def ungrounded_numbers(ctx, params) -> Iterator[Hit]:
    """Numbers with units (sizes, weights, capacities, run times, percentages) absent from the facts."""
    nums = _fact_numbers_k(ctx.facts_key or ())
    for s, e, n, unit, n2 in quantities(ctx.text):
        ok = _supported_number(n, unit, nums) and (n2 is None or _supported_number(n2, unit, nums))
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
from studio.quality.engine import phrase_regex  # noqa: E402 - shared phrase matcher

_MAT_FOLD = {_fold(t).strip(): canon for t, canon in _MAT_INDEX.items()}
_MAT_SUPPORT = {canon: regex.compile("|".join(f"(?:{phrase_regex(_fold(t))})" for t in [canon, *terms]), regex.V1)
                for canon, terms in MATERIALS.items()}
from studio.quality.engine import _NOSPACE as _NOSPACE_RE  # noqa: E402
from studio.quality.engine import KeyedAlternation  # noqa: E402


def _longest_piece(term: str) -> str:
    return max(_SEP.split(term.casefold()), key=len)


_MAT_RE = KeyedAlternation([(_longest_piece(t), phrase_regex(t)) for t in sorted(_MAT_INDEX, key=len, reverse=True)],
                           regex.IGNORECASE | regex.V1)


def _fact_blob(facts) -> str:
    return _fact_blob_k(_key(facts))


@lru_cache(maxsize=256)
def _fact_blob_k(key: tuple) -> str:
    return _fold(" ".join(f"{k} {v}" for k, v, _u, _t in key))


@lru_cache(maxsize=256)
def _material_supported_k(key: tuple, canon: str) -> bool:
    blob = _fact_blob_k(key)
    if _MAT_SUPPORT[canon].search(blob):
        return True
    return canon == "organic cotton" and bool(_MAT_SUPPORT["cotton"].search(blob)) and "organic" in blob


# ---- word boundaries in scripts written without spaces
# A term found inside a longer word is not that term: แก้ว (glass) in แก้วมัค (mug), 金 in 金曜日 (Friday),
# 棉 in 棉花糖 (marshmallow), 有机 in 有机玻璃 (acrylic glass). Thai is segmented with pythainlp (its dictionary
# plus our terms and the compounds below); for Chinese and Japanese a longest-match lexicon of compounds that
# contain a term without meaning it blocks the match.
_TH_COMPOUNDS = {"แก้วมัค", "แก้วกาแฟ", "แก้วน้ำ", "แก้วไวน์", "แก้วเบียร์", "แก้วเก็บความเย็น", "แก้วเยติ",
                 "แก้วตา", "แก้วมังกร", "แก้วช็อต", "แก้วชา", "แก้วหู", "แก้วพลาสติก", "แก้วกระดาษ"}
# vessel nouns: "แก้วเซรามิก" is a ceramic cup, not glass and ceramic
_TH_VESSELS = {"แก้ว"}
_CJK_COMPOUNDS = {
    "金", "金曜日", "金曜", "金额", "金額", "现金", "現金", "资金", "資金", "料金", "金属", "金屬", "金融", "奖金", "税金",
    "金色", "金牌", "金メダル", "合金", "金具", "金币", "金幣", "黄金周", "年金", "送金", "金利", "代金", "賞金",
    "镀金", "鍍金", "金箔", "白金", "金庫", "金魚", "金鱼", "金针菇", "黄金比例", "竹内", "竹輪", "爆竹", "棉花糖", "綿密", "綿菓子", "铜锣湾", "铜锣烧", "銅メダル", "铜牌",
    "玻璃心", "有机玻璃", "有機ガラス", "有机硅", "シリコンバレー", "硅谷", "钛白粉", "木曜日", "木曜", "竹馬",
}


@lru_cache(maxsize=1)
def _thai_tokenizer():
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    ours = {t for terms in MATERIALS.values() for t in terms if regex.search(r"\p{Thai}", t)}
    from studio.quality.engine import all_rules

    for rule in all_rules():
        for lst in (rule.params.get("phrases") or {}).values():
            ours.update(x for x in lst if not x.startswith("re:") and regex.fullmatch(r"[\p{Thai}]+", x))
    trie = dict_trie(set(thai_words()) | ours | _TH_COMPOUNDS)
    return lambda chunk: word_tokenize(chunk, custom_dict=trie, engine="newmm")


@lru_cache(maxsize=1)
def _thai_lexicon() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=2048)
def thai_words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of every Thai word in ``text``."""
    tok = _thai_tokenizer()
    out = []
    for run in regex.finditer(r"\p{Thai}+", text):
        pos = run.start()
        for w in tok(run.group(0)):
            out.append((pos, pos + len(w), w))
            pos += len(w)
    return tuple(out)


def _compound_covers(text: str, s: int, e: int, term: str) -> bool:
    for c in _CJK_COMPOUNDS:
        if c == term or term not in c:
            continue
        k = c.find(term)
        while k >= 0:
            a = s - k
            if a >= 0 and text[a:a + len(c)] == c:
                return True
            k = c.find(term, k + 1)
    return False


def inside_longer_word(text: str, s: int, e: int) -> bool:
    """True when text[s:e] (Thai, Chinese or Japanese) is part of a longer word that does not mean it."""
    term = text[s:e]
    if regex.search(r"\p{Thai}", term):
        words = thai_words_of(text)
        if not words:
            return False
        thai_s = s + (regex.search(r"\p{Thai}", term).start())
        thai_e = e - (len(term) - regex.search(r"\p{Thai}(?=[^\p{Thai}]*$)", term).end())
        lexicon = _thai_lexicon()
        for a, b, w in words:
            # a word that straddles an edge of the match: the match is inside it, unless that word is itself
            # a compound of two dictionary words (รักษา|โรคเบาหวาน) and not one of the known compounds above
            if a < thai_s < b and (w in _TH_COMPOUNDS or text[a:thai_s] not in lexicon
                                   or text[thai_s:b] not in lexicon):
                return True
            if a < thai_e < b and (w in _TH_COMPOUNDS or text[a:thai_e] not in lexicon
                                   or text[thai_e:b] not in lexicon):
                return True
        for a, b, w in words:
            if a == thai_s and w in _TH_VESSELS and b == thai_e:
                nxt = next((x for x in words if x[0] == b), None)
                if nxt and _MAT_FOLD.get(nxt[2]):
                    return True
        return False
    if regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", term):
        return _compound_covers(text, s, e, term)
    return False


@code_rule
def ungrounded_materials(ctx, params) -> Iterator[Hit]:
    fkey = ctx.facts_key or ()
    for m in _MAT_RE.finditer(ctx.text, ctx.folded):
        if _NOSPACE_RE.search(m.group(0)) and inside_longer_word(ctx.text, m.start(), m.end()):
            continue
        key = _fold(m.group(0)).strip()
        canon = _MAT_FOLD.get(key) or _MAT_FOLD.get(regex.sub(r"^[وفبلك]?(?:ال)?", "", key))
        if canon is None or _material_supported_k(fkey, canon):
            continue
        yield m.start(), m.end(), None, {"material": m.group(0)}


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
_CERT_RE = KeyedAlternation(
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
        key = _fold(k)
        if any(w in key for w in ("cert", "zertifi", "label", "standard", "sello", "selo")):
            out.append(val)
        out.extend(m.group(0) for m in _CERT_RE.finditer(val))
    return tuple(out)


@lru_cache(maxsize=256)
def _cert_sets_k(fkey: tuple) -> tuple[frozenset, str]:
    certs = _certification_facts_k(fkey)
    return frozenset(_norm_cert(c) for c in certs), _norm_cert(" ".join(certs))


def has_supporting_fact(facts, need: str) -> bool:
    return _has_supporting_fact_k(_key(facts), need)


@lru_cache(maxsize=1024)
def _has_supporting_fact_k(fkey: tuple, need: str) -> bool:
    if need == "certification":
        return any(c.strip() and _fold(c) not in ("none", "no", "-") for c in _certification_facts_k(fkey))
    blob = _fact_blob_k(fkey)
    return any(regex.search(phrase_regex(_fold(t)), blob) for t in need.split("|"))


@code_rule
def ungrounded_certifications(ctx, params) -> Iterator[Hit]:
    have, blob = _cert_sets_k(ctx.facts_key or ())
    for m in _CERT_RE.finditer(ctx.text, ctx.folded):
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

DISCLOSURE_MARKERS = [
    "ad", "advertisement", "sponsored", "paid partnership", "anzeige", "werbung", "publicidad", "anuncio",
    "patrocinado", "publicidade", "publi", "publicité", "pub", "sponsorisé", "collaboration commerciale",
    "pubblicità", "adv", "sponsorizzato", "iklan", "bersponsor", "ditaja", "إعلان", "برعاية", "pr", "広告",
    "プロモーション", "广告", "赞助", "โฆษณา", "ได้รับการสนับสนุน",
]
_DISCLOSURE_PREFIX = {
    "en": "#ad ", "de": "Anzeige: ", "es": "Publicidad: ", "pt": "Publicidade: ", "fr": "Publicité : ",
    "it": "Pubblicità: ", "id": "Iklan: ", "ms": "Iklan: ", "ar": "إعلان: ", "ja": "広告：", "zh": "广告：",
    "th": "โฆษณา: ",
}


def _starts_with_disclosure(text: str) -> bool:
    """The post opens with a disclosure word ("#ad", "Ad:", "Sponsored", "Anzeige |", "Publi:", "広告："…)."""
    head = text.lstrip(" \t\r\n\u2068\u2066\u2067\u200f\u200e").casefold().lstrip("#")
    for marker in sorted(DISCLOSURE_MARKERS, key=len, reverse=True):
        if head.startswith(marker):
            rest = head[len(marker):]
            if not rest or not regex.match(r"[\p{L}\p{N}_]", rest) or regex.search(r"[^\x00-\x7f]$", marker):
                return True
    return False


@code_rule
def sponsored_disclosure(ctx, params) -> Iterator[Hit]:
    """FTC 16 CFR 255: a sponsored post starts with "#ad" or "Sponsored" (not buried, not "#sp")."""
    if not ctx.context.get("sponsored"):
        return
    if _starts_with_disclosure(ctx.text):
        return
    lang = market_info(ctx.market).language
    prefix = _DISCLOSURE_PREFIX.get(lang, "#ad ")
    buried = regex.search(r"(?i)(?<![\p{L}\p{N}_])#(?:ad|sponsored|anzeige|werbung|publicidad|publi|pub|iklan)"
                          r"(?![\p{L}\p{N}_])", ctx.text)
    lead = len(ctx.text) - len(ctx.text.lstrip())
    if buried:
        yield buried.start(), buried.end(), None, {"marker": buried.group(0), "prefix": prefix.strip()}
    else:
        yield lead, lead, prefix, {"marker": "", "prefix": prefix.strip()}


_AI_FIELDS = {"tiktok": "is_aigc", "youtube": "containsSyntheticMedia"}


@code_rule
def ai_label_field(ctx, params) -> Iterator[Hit]:
    """AI-generated content must carry the channel's label field (TikTok is_aigc, YouTube containsSyntheticMedia)."""
    if not ctx.context.get("ai_generated") or ctx.context.get("check_ai_label") is False:
        return
    platform = ctx.target.split("-")[0]
    fld = _AI_FIELDS.get(platform)
    if not fld:
        return
    options = ctx.context.get("options") or {}
    if not options.get(fld):
        yield 0, 0, None, {"field": fld, "platform": platform}


AI_ACT_APPLIES = date(2026, 8, 2)


@code_rule
def eu_ai_act_note(ctx, params) -> Iterator[Hit]:
    """EU AI Act Art. 50(4): AI-generated text published to inform the public must be disclosed unless a
    human reviewed it and holds editorial responsibility (applies from 2026-08-02)."""
    if not ctx.context.get("ai_generated") or ctx.context.get("human_reviewed"):
        return
    today = ctx.context.get("today") or date.today()
    if isinstance(today, str):
        today = date.fromisoformat(today)
    if today < AI_ACT_APPLIES:
        return
    yield 0, 0, None, {}


# =========================================================================== locale

_EQUIV = {"ms": {"ms", "id"}, "id": {"id", "ms"}, "no": {"no", "nb", "nn"}, "nb": {"no", "nb"},
          "fil": {"fil", "tl"}, "tl": {"fil", "tl"}, "zh": {"zh", "zh-cn", "zh-tw", "zh-hans", "zh-hant"}}


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str | None, float, bool]:
    d = detect_language(text)
    return (d.lang.lower() if d.lang else None), float(d.confidence), bool(d.too_short)


def _strip_for_detection(text: str) -> str:
    text = M._URL.sub(" ", text)
    text = regex.sub(r"[#@][\p{L}\p{N}_]+", " ", text)
    return regex.sub(r"\d+", " ", text)


FUNCTION_WORDS = {
    "en": "the and with for of to is your you this that are it on from our".split(),
    "de": "der die das und mit für ist ein eine zu auf den dem nicht sie ihr aus im".split(),
    "es": "el la los las y con para del en es un una tu que por su sus".split(),
    "pt": "o os as e com para do da em é um uma seu sua que por não dos das".split(),
    "fr": "le les et avec pour des du est un une votre vos que pour au aux dans".split(),
    "it": "il lo gli e con per di del della è un una che sono nel alla".split(),
    "nl": "de het een en met voor van is je jouw dat op".split(),
    "id": "dan yang untuk dengan ini di ke dari anda kami tidak bisa".split(),
    "ms": "dan yang untuk dengan ini di ke dari anda kami tidak boleh".split(),
}
_SCRIPT_LANGS = {"th", "ar", "he", "ja", "zh", "ko", "fa", "ru", "el", "hi"}


def _function_hits(words_: list[str], lang: str) -> int:
    vocab = set(FUNCTION_WORDS.get(lang, ()))
    return sum(1 for w in words_ if w in vocab)


_SCRIPT_OF_LANG = {"th": ("Thai",), "ar": ("Arabic",), "fa": ("Arabic",), "ur": ("Arabic",), "he": ("Hebrew",),
                   "ja": ("Han", "Hiragana", "Katakana"), "zh": ("Han",), "ko": ("Hangul",), "ru": ("Cyrillic",),
                   "uk": ("Cyrillic",), "el": ("Greek",), "hi": ("Devanagari",)}


def _share(letters: list[str], scripts: tuple[str, ...]) -> float:
    if not letters:
        return 0.0
    return sum(1 for c in letters if script_of(c) in scripts) / len(letters)


@code_rule
def wrong_language(ctx, params) -> Iterator[Hit]:
    """Text in another language than the market's.

    Cheap evidence first (the script of the letters; for Latin-script languages the function words, since
    product titles in Title Case fool detectors); the statistical detector only confirms a suspicion."""
    want = market_info(ctx.market).language
    sample = _strip_for_detection(ctx.text[:2000])
    letters = regex.findall(r"\p{L}", sample)
    if len(letters) < params.get("min_letters", 25):
        return
    want_scripts = _SCRIPT_OF_LANG.get(want, ("Latin",))
    if want_scripts != ("Latin",):
        if _share(letters, want_scripts) >= 0.3:
            return
        suspect = None
    else:
        if _share(letters, ("Latin",)) < 0.5:
            suspect = None  # mostly another script: the detector answers by script
        else:
            ws = [sample[a:b].casefold() for a, b in M.words(sample)]
            hits = {lang: _function_hits(ws, lang) for lang in FUNCTION_WORDS}
            suspect = max(hits, key=lambda k: hits[k])
            if (suspect == want or suspect in _EQUIV.get(want, ()) or hits[suspect] < 2
                    or hits.get(want, 0) >= hits[suspect]):
                return
    lang, conf, short = detect(sample.lower())
    if short or not lang or conf < params.get("min_confidence", 0.8):
        return
    lang = lang.split("-")[0]
    if lang == want or lang in _EQUIV.get(want, ()):
        return
    if suspect is not None and lang != suspect and lang not in _EQUIV.get(suspect, ()):
        return  # the two signals disagree: say nothing
    yield 0, len(ctx.text), None, {"detected": lang, "expected": want}


_ALLOWED_SCRIPTS = {
    "Latin": {"Latin"}, "Arabic": {"Arabic", "Latin"}, "Hebrew": {"Hebrew", "Latin"}, "Thai": {"Thai", "Latin"},
    "Japanese": {"Han", "Hiragana", "Katakana", "Latin"}, "Han": {"Han", "Latin", "Bopomofo"},
    "Korean": {"Hangul", "Han", "Latin"}, "Cyrillic": {"Cyrillic", "Latin"}, "Greek": {"Greek", "Latin"},
    "Devanagari": {"Devanagari", "Latin"},
}
_SCRIPT_NAMES = ["Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "Han", "Hiragana", "Katakana", "Hangul",
                 "Devanagari", "Bopomofo", "Armenian", "Georgian", "Khmer", "Lao", "Myanmar", "Tamil", "Bengali"]
_COMMON_RE = regex.compile(r"[\p{Script=Common}\p{Script=Inherited}]")
_SCRIPT_RE = {n: regex.compile(rf"\p{{Script={n}}}") for n in _SCRIPT_NAMES}


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    if not (ch.isalpha() or unicodedata.category(ch).startswith("M")):
        return None
    if _COMMON_RE.match(ch):
        return None  # shared by several scripts (ー, 々, combining marks)
    for n, rx in _SCRIPT_RE.items():
        if rx.match(ch):
            return n
    return "Other"


@code_rule
def mixed_scripts(ctx, params) -> Iterator[Hit]:
    """A word mixing Latin with Cyrillic/Greek letters (homoglyphs), or letters of a script foreign to the market."""
    allowed = _ALLOWED_SCRIPTS.get(script_name(ctx.market), {"Latin"})
    homoglyph_words = []
    for m in regex.finditer(r"[\p{L}\p{M}]+", ctx.text):
        scripts = {script_of(c) for c in m.group(0)} - {None}
        if "Latin" in scripts and scripts & {"Cyrillic", "Greek"}:
            homoglyph_words.append((m.start(), m.end()))
            yield m.start(), m.end(), None, {"word": m.group(0), "kind": "homoglyph"}
    runs: list[list] = []
    for i, ch in enumerate(ctx.text):
        sc = script_of(ch)
        if sc is None or sc in allowed or any(s <= i < e for s, e in homoglyph_words):
            continue
        if sc == "Other" and unicodedata.category(ch).startswith("M"):
            continue
        if runs and runs[-1][2] == sc and not regex.search(r"[\p{L}]", ctx.text[runs[-1][1]:i].replace(" ", "")) \
                and i - runs[-1][1] <= 3:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, sc])
    for s, e, sc in runs:
        yield s, e, None, {"word": ctx.text[s:e], "kind": sc}


# ---- prices

_SYMBOLS = {
    "US$": "USD", "MX$": "MXN", "R$": "BRL", "S$": "SGD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "€": "EUR",
    "£": "GBP", "￥": "JPY", "¥": "JPY", "Rp": "IDR", "฿": "THB", "₫": "VND", "₱": "PHP", "RM": "MYR", "₹": "INR",
    "ر.س.": "SAR", "ر.س": "SAR", "د.إ.": "AED", "د.إ": "AED", "₪": "ILS", "₩": "KRW", "zł": "PLN", "Kč": "CZK",
    "kr": "SEK", "$": "$",
}
_CODES = ("USD EUR GBP JPY CNY IDR THB VND PHP MYR SGD SAR AED ILS MXN BRL INR KRW AUD CAD CHF PLN SEK NOK DKK CZK "
          "HKD TWD TRY EGP COP CLP ARS PEN").split()
_CUR_ALT = "|".join(regex.escape(s) for s in sorted(list(_SYMBOLS) + _CODES, key=len, reverse=True))
_PNUM = r"\d(?:[\d.,\u066b\u066c'\u00a0\u202f]|\s(?=\d{3}(?!\d)))*\d|\d"
_PRICE = regex.compile(
    rf"(?P<pre>(?<![\p{{L}}])(?:{_CUR_ALT}))[\s\u00a0\u202f\u200f]?(?P<a>{_PNUM})(?![\d])"
    rf"|(?<![\d.,])(?P<b>{_PNUM})[\s\u00a0\u202f\u200f]?(?P<post>(?:{_CUR_ALT}))(?![\p{{L}}])"
)


def _currency_digits(cur: str) -> int:
    return {"JPY": 0, "KRW": 0, "VND": 0, "IDR": 0, "CLP": 0}.get(cur, 2)


def parse_amount(s: str, cur: str) -> Decimal | None:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    s = s.replace("\u066b", ".").replace("\u066c", ",").replace("'", ",")
    s = regex.sub(r"[\s\u00a0\u202f]", ",", s)
    seps = [i for i, c in enumerate(s) if c in ".,"]
    if not seps:
        return Decimal(s)
    last = seps[-1]
    tail = s[last + 1:]
    if len(tail) != 3 and len(tail) in (1, 2):
        intpart = regex.sub(r"[.,]", "", s[:last])
        txt = f"{intpart}.{tail}"
    else:
        txt = regex.sub(r"[.,]", "", s)
    try:
        return Decimal(txt)
    except InvalidOperation:
        return None


def format_price(amount: Decimal, currency: str, tag: str, digits: int | None = None) -> str:
    return fp(amount, currency, tag, digits=digits) if digits is not None else fp(amount, currency, tag)


def _norm_price(s: str) -> str:
    s = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    s = s.replace("\u066b", ".").replace("\u066c", ",").replace("￥", "¥")
    s = regex.sub(r"[\s\u00a0\u202f\u200e\u200f\u061c]", "", s)
    return s.rstrip(".")


def _price_variants(expected: str, whole: bool) -> set[str]:
    """The normalised expected form, and (for whole amounts) the same without its zero decimals."""
    n = _norm_price(expected)
    out = {n}
    if whole:
        out.add(regex.sub(r"[.,]0{1,3}(?!\d)", "", n))
    return out


def _number_part(s: str) -> str:
    return "".join(c for c in _norm_price(s) if c.isdigit() or c in ".,")


@code_rule
def price_format(ctx, params) -> Iterator[Hit]:
    """A price in the market's currency written against the market's convention (separators, symbol place).

    An ISO code (``EUR 19,99``) is accepted in either position as long as the number follows the market."""
    info = market_info(ctx.market)
    cur = info.currency
    if not cur:
        return
    for m in _PRICE.finditer(ctx.text):
        sym = (m.group("pre") or m.group("post")).strip()
        num = m.group("a") or m.group("b")
        code = _SYMBOLS.get(sym, sym)
        if code == "$":
            code = cur if cur in ("USD", "MXN", "CAD", "AUD", "SGD", "HKD", "COP", "CLP", "ARS", "TWD") else "USD"
        if code != cur:
            continue
        amount = parse_amount(num, cur)
        if amount is None:
            continue
        found = m.group(0)
        try:
            expected = format_price(amount, cur, info.tag)
        except Exception:  # noqa: BLE001 - unknown locale: nothing to compare against
            return
        whole = amount == amount.to_integral_value() and not regex.search(r"[.,\u066b]\d{1,2}$", num)
        if sym in _CODES:
            ok = _number_part(num) in {_number_part(v) for v in _price_variants(expected, whole)}
        else:
            ok = _norm_price(found) in _price_variants(expected, whole)
        if ok:
            continue
        yield m.start(), m.end(), expected, {"price": found, "expected": expected}


_METRIC = {"mm", "cm", "m", "km", "g", "kg", "mg", "ml", "l", "liter", "liters", "litre", "litres", "°c"}
_IMPERIAL = {"in", "inch", "inches", '"', "ft", "feet", "lb", "lbs", "oz", "fl oz", "°f"}
_TO_IMPERIAL = {"len": (0.0254, "in"), "mass": (0.45359237, "lb"), "vol": (0.0295735, "fl oz")}


@code_rule
def us_imperial_units(ctx, params) -> Iterator[Hit]:
    """US copy with metric measurements must show imperial ones too (platform-specs.md D: Units)."""
    if market_info(ctx.market).measurement != "imperial":
        return
    qs = list(quantities(ctx.text))
    if any(q[3] in _IMPERIAL for q in qs):
        return
    for s, e, n, unit, _n2 in qs:
        if unit not in _METRIC:
            continue
        dim, base = _to_base(n, unit)
        if dim == "temp":
            conv = f"{n * 9 / 5 + 32:.0f} °F"
        else:
            factor, u = _TO_IMPERIAL[dim]
            if dim == "mass" and base < 0.45:
                factor, u = 0.028349523, "oz"
            v = base / factor
            conv = f"{v:.1f} {u}".replace(".0 ", " ")
        yield s, e, f"{ctx.text[s:e]} ({conv})", {"quantity": ctx.text[s:e], "converted": conv}
        return


_MALAY_WORDS = {"dan", "untuk", "dengan", "yang", "ini", "anda", "kami", "dari", "pada", "boleh", "tidak", "sesuai",
                "saiz", "warna", "bahan", "percuma", "penghantaran", "harga", "selesa", "tahan", "lama", "setiap",
                "hari", "baju", "kain", "kualiti", "dalam", "kotak", "termasuk", "sangat", "mudah", "dibuat",
                "diperbuat", "daripada", "ringan", "lembut"}


@code_rule
def malay_required(ctx, params) -> Iterator[Hit]:
    """TikTok Shop Malaysia: titles and descriptions in Bahasa Melayu (KPDN e-trade regulations 2024)."""
    ws = [ctx.text[s:e].casefold() for s, e in M.words(ctx.text)]
    if not ws:
        return
    malay = sum(1 for w in ws if w in _MALAY_WORDS)
    if malay >= 2 or (len(ws) <= 6 and malay >= 1):
        return
    lang, conf, short = detect(_strip_for_detection(ctx.text[:2000]))
    if lang in ("ms", "id") and not short:
        return
    yield 0, len(ctx.text), None, {"detected": lang or "?"}


# LTR runs: URLs, @handles, SKUs, model numbers, Latin words (several joined by spaces). Hashtags are left
# alone: an isolate character next to "#" stops platforms from parsing the hashtag.
_LTR_WORD = r"(?<![#\p{L}\p{N}_])@?[\p{Latin}\p{N}][\p{Latin}\p{N}@._/:%+\-]*"
_LTR_RUN = regex.compile(
    r"(?:https?://|www\.)[^\s\u2068\u2069]+"
    rf"|{_LTR_WORD}(?:[ ]{_LTR_WORD})*"
)
_RTL_CHARS = regex.compile(r"[\p{Script=Arabic}\p{Script=Hebrew}]")


@code_rule
def rtl_unisolated_ltr(ctx, params) -> Iterator[Hit]:
    """LTR runs (SKUs, URLs, model numbers, @handles, Latin names) in RTL text need FSI…PDI isolation."""
    if market_info(ctx.market).direction != "rtl" or not _RTL_CHARS.search(ctx.text):
        return
    depth_at = []
    depth = 0
    for ch in ctx.text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        depth_at.append(depth)
    for m in _LTR_RUN.finditer(ctx.text):
        run = m.group(0).rstrip(".,:;/-")
        if not regex.search(r"\p{Latin}", run) or len(run) < 3:
            continue
        s, e = m.start(), m.start() + len(run)
        if depth_at[s] > 0:
            continue
        yield s, e, f"\u2068{run}\u2069", {"run": run}


# =========================================================================== claims by pattern
# Phrase lists miss new wording ("lowers blood pressure", "the quietest headphones"); these rules look for the
# shape of a claim: an effect verb near a health condition, a superlative construction, social proof.

_EFFECT_VERBS = {
    "en": r"lower|lowers|lowering|reduce|reduces|reducing|reverse|reverses|reversing|prevent|prevents|preventing|"
          r"boost|boosts|boosting|strengthen|strengthens|fight|fights|fighting|kill|kills|killing|eliminate|"
          r"eliminates|destroy|destroys|relieve|relieves|relieving|treat|treats|treating|cure|cures|heal|heals|"
          r"repair|repairs|stop|stops|protect against|protects against|regulate|regulates|balance|balances|detoxify|"
          r"calm|calms|soothe|soothes|ease|eases|relax|relaxes|helps with|help with|helps against|helps|help|helping|"
          r"remedy for|remedy|treatment for|solution for|cure for|goodbye to|bye-bye|no more|banish|banishes|"
          r"gets rid of|get rid of|clears|erases|tackles|targets|fights off|wards off|beats",
    "es": r"baja|bajar|reduce|reducir|previene|prevenir|fortalece|fortalecer|combate|combatir|elimina|eliminar|mata|"
          r"alivia|aliviar|cura|curar|regula|regular|revierte|protege contra|remedio para|remedio contra|tratamiento para|"
          r"adiós a|olvídate de|acaba con|desinflama|quita|contra la|contra el|para la|para el|para las|para los",
    "pt": r"baixa|baixar|reduz|reduzir|previne|prevenir|fortalece|fortalecer|combate|combater|elimina|eliminar|mata|"
          r"alivia|aliviar|cura|curar|regula|regular|protege contra|acaba com|acabar com|adeus|remédio para|"
          r"tratamento para|tratamento que|trata|contra a|contra o|para a|para o",
    "de": r"senkt|senken|reduziert|reduzieren|verhindert|verhindern|beugt|stärkt|stärken|bekämpft|bekämpfen|"
          r"beseitigt|tötet|lindert|heilt|reguliert|schützt vor|hilft gegen|hilft bei|wirkt gegen|wirkt bei|gegen|"
          r"mittel gegen|schluss mit",
    "fr": r"baisse|baisser|réduit|réduire|prévient|prévenir|renforce|renforcer|combat|combattre|élimine|éliminer|"
          r"tue|soulage|guérit|régule|protège contre|contre les|contre la|contre le|remède|adieu|fini les|"
          r"soigne|soigner",
    "it": r"abbassa|abbassare|riduce|ridurre|previene|prevenire|rafforza|rafforzare|combatte|combattere|elimina|"
          r"uccide|allevia|guarisce|regola|protegge da|cura|rimedio per|rimedio contro|contro|per la|per il|addio a",
    "id": r"menurunkan|mengurangi|mencegah|memperkuat|meningkatkan|melawan|membunuh|menghilangkan|meredakan|"
          r"menyembuhkan|mengatasi|mengobati|obat|atasi|obati|ampuh|untuk|redakan|sembuhkan",
    "ms": r"menurunkan|mengurangkan|mencegah|menguatkan|meningkatkan|melawan|membunuh|menghilangkan|melegakan|"
          r"menyembuhkan|merawat",
    "ar": r"يخفض|يقلل|يمنع|يقوي|يعزز|يحارب|يقتل|يزيل|يخفف|يعالج|يشفي|ينظم|يقضي على|تقضي على|علاج|لعلاج|يريح|تخفف|"
          r"تعالج|تزيل|يحمي من",
}
_CONDITIONS = {
    "en": r"blood pressure|cholesterol|blood sugar|glucose|immunity|immune system|ageing|aging|wrinkles|germs|"
          r"bacteria|viruses|virus|infections?|inflammation|anxiety|depression|insomnia|pain|acne|eczema|psoriasis|"
          r"cavities|tooth decay|diabetes|cancer|arthritis|hair loss|cellulite|colds?|flu|allergies|migraines?|"
          r"headaches?|toxins|disease|diseases|anxious|stress|stressed|nausea|joint pain|colic|teething|reflux|"
          r"soreness|sore muscles|cramps|fatigue|snoring|sleep apnea|constipation|bloating|puffy eyes|dark circles|"
          r"back pain|neck pain|knee pain|varicose veins|gout|rheumatism|osteoporosis|heartburn|indigestion|"
          r"hangovers?|hay fever|sinusitis|plantar fasciitis|tendonitis|tinnitus|sciatica|\p{L}{3,}itis|"
          r"hemorrhoids|haemorrhoids|dandruff|rosacea|menopause symptoms|pms|jet lag",
    "es": r"presión arterial|colesterol|azúcar en la sangre|glucosa|inmunidad|sistema inmune|defensas|arrugas|"
          r"gérmenes|bacterias|virus|infecciones|inflamación|ansiedad|depresión|insomnio|dolor|acné|caries|"
          r"diabetes|cáncer|artritis|caída del cabello|celulitis|gripe|resfriado|toxinas|enfermedades|gastritis|"
          r"\p{L}{3,}itis|varices|várices|gota|reumatismo|artrosis|migrañas?|estreñimiento|hinchazón|"
          r"ojeras|hemorroides|caspa|colitis|reflujo|acidez|dolor de \p{L}+|dolores",
    "pt": r"pressão arterial|colesterol|açúcar no sangue|glicose|imunidade|sistema imunológico|rugas|germes|"
          r"bactérias|vírus|infecções|inflamação|ansiedade|depressão|insônia|dor|acne|cáries|diabetes|câncer|"
          r"artrite|queda de cabelo|celulite|gripe|toxinas|doenças|gastrite|varizes|artrose|reumatismo|enxaqueca|"
          r"prisão de ventre|inchaço|olheiras|caspa|hemorroidas|dores|dor nas \p{L}+|dor de \p{L}+|\p{L}{3,}ites?(?<!leite|elite|convite|limite|apetite|palpite|requinte|biscoite)",
    "de": r"blutdruck|cholesterin|blutzucker|immunsystem|abwehrkräfte|falten|keime|bakterien|viren|infektionen|"
          r"entzündungen|angst|depressionen|schlaflosigkeit|schmerzen|akne|karies|diabetes|krebs|arthritis|"
          r"haarausfall|cellulite|erkältungen?|grippe|giftstoffe|krankheiten|\p{L}*beschwerden|\p{L}*schmerzen|"
          r"migräne|rheuma|arthrose|gicht|krampfadern|verstopfung|sodbrennen|\p{L}{3,}itis|tinnitus",
    "fr": r"tension artérielle|cholestérol|glycémie|immunité|système immunitaire|rides|germes|bactéries|virus|"
          r"infections|inflammation|anxiété|dépression|insomnie|douleurs?|acné|caries|diabète|cancer|arthrite|"
          r"chute des cheveux|cellulite|rhume|grippe|toxines|maladies|arthrose|rhumatismes?|migraines?|varices|"
          r"cernes|maux de \p{L}+|constipation|ballonnements|reflux|gastrite|tendinite|sinusite|insomnies?",
    "it": r"pressione sanguigna|pressione arteriosa|colesterolo|glicemia|immunità|sistema immunitario|rughe|germi|"
          r"batteri|virus|infezioni|infiammazione|ansia|depressione|insonnia|dolori?|acne|carie|diabete|cancro|"
          r"artrite|caduta dei capelli|cellulite|raffreddore|influenza|tossine|malattie|insonnia|cervicale|"
          r"mal di \p{L}+|artrosi|reumatismi|emicrania|stitichezza|gonfiore|occhiaie|gastrite|tendinite|"
          r"difese immunitarie|sistema immunitario",
    "id": r"tekanan darah|kolesterol|gula darah|kekebalan tubuh|imun|imunitas|kerutan|kuman|bakteri|virus|infeksi|"
          r"peradangan|kecemasan|depresi|insomnia|nyeri|jerawat|gigi berlubang|diabetes|kanker|radang sendi|"
          r"rambut rontok|selulit|flu|pilek|racun|penyakit|maag|asam urat|rematik|sakit \p{L}+|sembelit|"
          r"wasir|ambeien|sinusitis|vertigo|migrain|encok|pegal linu|batuk",
    "ms": r"tekanan darah|kolesterol|gula dalam darah|imuniti|sistem imun|kedutan|kuman|bakteria|virus|jangkitan|"
          r"keradangan|kebimbangan|kemurungan|sakit|jerawat|kencing manis|kanser|selsema|penyakit",
    "ar": r"ضغط الدم|الكوليسترول|السكر في الدم|المناعة|التجاعيد|الجراثيم|البكتيريا|الفيروسات|الالتهابات?|القلق|"
          r"الاكتئاب|الأرق|الألم|ألم|آلام|الآلام|حب الشباب|التسوس|السكري|السرطان|التهاب المفاصل|تساقط الشعر|السموم|"
          r"الأمراض|آلام الظهر|آلام المفاصل|الإمساك|الصداع|النقرس|الروماتيزم|القولون|البواسير|القشرة|الشقيقة|"
          r"الهالات السوداء",
}
# languages written without spaces: an effect word and a condition word within a few characters
_CJK_EFFECT = r"解消|対策|撃退|治す|治る|治|改善|调理|祛|根除|缓解|緩和|軽減|消除|แก้|หาย|降|降低|减少|減少|预防|預防|抑制|治|改善|增强|增強|提高|杀|殺|消除|缓解|緩和|下げる|下げ|防ぐ|予防|効く|抑える|強化|高める|除菌|殺菌|ลด|ป้องกัน|รักษา|ฆ่า|กำจัด|เสริม|บรรเทา"
_CJK_COND = r"血压|血壓|血圧|胆固醇|コレステロール|血糖|免疫|皱纹|シワ|细菌|細菌|菌|病毒|ウイルス|炎症|焦虑|不安|失眠|疼痛|痛み|痘痘|ニキビ|蛀牙|虫歯|糖尿病|癌|がん|关节炎|脱发|抜け毛|感冒|風邪|ความดัน|คอเลสเตอรอล|น้ำตาลในเลือด|ภูมิคุ้มกัน|ริ้วรอย|เชื้อโรค|แบคทีเรีย|ไวรัส|อาการปวด|สิว|ฟันผุ|เบาหวาน|มะเร็ง|ผมร่วง|หวัด|便秘|湿气|濕氣|失眠|痛风|痛風|胃炎|肩こり|腰痛|頭痛|冷え性|むくみ|肌荒れ|头痛|颈椎|胃痛|ปวดหลัง|ปวดหัว|ปวดเข่า|ท้องผูก|นอนไม่หลับ|ไมเกรน|กรดไหลย้อน"

# structure/function claims: "supports healthy joints", "promotes better sleep"
_STRUCTURE = (r"(?<![\p{L}])(?:supports?|promotes?|maintains?|improves?|boosts?|enhances?)\s+(?:healthy|normal|better|"
              r"your|the)?\s*(?:joints?|joint health|digestion|immune|immunity|sleep|heart|brain|liver|gut|bones?|"
              r"metabolism|circulation|memory|focus|mobility|hormones?)(?![\p{L}])")
_HEALTH_RE = regex.compile(
    "|".join(
        # German builds compounds (Gelenkschmerzen): the condition may end a longer word
        rf"(?<![\p{{L}}])(?:{_EFFECT_VERBS[lang]})(?![\p{{L}}])(?:[^.!?\n]|(?<=\d)\.(?=\d)){{0,40}}?"
        + ("" if lang == "de" else r"(?<![\p{L}])") + rf"(?:{_CONDITIONS[lang]})(?![\p{{L}}])"
        for lang in _EFFECT_VERBS
    )
    + "|" + _STRUCTURE
    + rf"|(?:{_CJK_EFFECT}).{{0,6}}?(?:{_CJK_COND})|(?:{_CJK_COND}).{{0,6}}?(?:{_CJK_EFFECT})",
    regex.IGNORECASE | regex.V1,
)


_COSMETIC_APPEARANCE = regex.compile(r"(?i)appearance|apariencia|aparência|apparence|aspetto|aspecto|"
                                     r"erscheinungsbild|sichtbar|visible|visibly|visiblement")


@code_rule
def health_claim_pattern(ctx, params) -> Iterator[Hit]:
    """An effect verb near a health condition ("lowers blood pressure", "降血压", "يقوي المناعة")."""
    for m in _HEALTH_RE.finditer(ctx.text):
        if _COSMETIC_APPEARANCE.search(m.group(0)):
            continue  # "reduces the appearance of dark circles" is a cosmetic claim, not a health claim
        yield m.start(), m.end(), None, {"phrase": m.group(0)}


_ENDORSEMENT_RE = regex.compile(
    r"(?<![\p{L}])(?:doctors?|dentists?|dermatologists?|pa?ediatricians?|vets?|veterinarians?|physios?|"
    r"physiotherapists?|nutritionists?|pharmacists?|experts?)[\s\-]+(?:approved|recommended|tested|endorsed|"
    r"certified)(?![\p{L}])"
    r"|(?<![\p{L}])recommended\s+by\s+(?:\d+\s+out\s+of\s+\d+\s+)?(?:doctors|dentists|dermatologists|vets|experts|"
    r"pa?ediatricians)(?![\p{L}])"
    r"|(?<![\p{L}])clinically\s+(?:proven|tested|shown|studied|validated)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def professional_endorsement(ctx, params) -> Iterator[Hit]:
    """Endorsements by health professionals or clinics ("dentist approved", "clinically shown")."""
    for m in _ENDORSEMENT_RE.finditer(ctx.text):
        yield m.start(), m.end(), None, {"phrase": m.group(0)}


_NOT_SUPERLATIVE = {"latest", "rest", "west", "interest", "forest", "guest", "harvest", "request", "test", "chest",
                    "vest", "nest", "quest", "contest", "honest", "modest", "manifest", "digest", "protest", "crest",
                    "invest", "arrest", "pest", "zest", "suggest", "biggest-size", "midwest", "southwest", "northwest",
                    "east", "least", "feast", "beast", "breast", "priest", "most"}
_SUPERLATIVE_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"the\s+(?:most|least)\s+\p{L}{3,}|the\s+(?P<est>\p{L}{2,}est)"
    r"|(?:el|la|los|las|lo)\s+más\s+\p{L}{3,}|(?:le|la|les)\s+plus\s+\p{L}{3,}|(?:il|la|lo|i|le|gli)\s+più\s+\p{L}{3,}"
    r"|(?:o|a|os|as)\s+mais\s+\p{L}{3,}|(?:der|die|das|am)\s+\p{L}{3,}(?:ste|sten|ster)"
    r"|miglior[ei]?|paling\s+\p{L}{3,}"
    r"|(?:più|mais|más|plus)\s+(?:venduto|venduti|venduta|vendute|vendido|vendidos|vendida|vendidas|vendue?s?|amato|amado|popolare|popular|"
    r"confortável|cómodo|comodo|confortable|barato|economico|econômico)"
    r"|most\s+(?:popular|loved|wanted|trusted|comfortable|advanced|powerful|durable|effective|reliable|"
    r"innovative|luxurious|beautiful)"
    r"|(?P<est2>\p{L}{2,}est)\s+(?:\p{L}+\s+){0,2}(?:ever|of\s+all\s+time|in\s+the\s+world|on\s+the\s+market)"
    r")(?![\p{L}])"
    r"|\p{Thai}{1,6}ที่สุด|最[高強强好佳安低快轻軽大优優便]|一番|世界一|日本一|(?:No|Nr|Nº|N°)\.?\s?1(?![\d])",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def superlative_pattern(ctx, params) -> Iterator[Hit]:
    """Superlative constructions in any of the supported languages ("the quietest", "el más cómodo", "最强")."""
    for m in _SUPERLATIVE_RE.finditer(ctx.text):
        est = m.group("est") or m.group("est2")
        if est and est.casefold() in _NOT_SUPERLATIVE:
            continue
        word = m.group(0)
        if regex.match(r"(?i)(?:el|la|los|las|lo)\s+más\s+(?:reciente|nuevo|nueva)", word) or \
                regex.match(r"(?i)the\s+most\s+(?:recent)", word):
            continue
        yield m.start(), m.end(), None, {"phrase": word}


_SOCIAL_PROOF_RE = regex.compile(
    r"(?<![\p{L}])(?:loved|trusted|chosen|preferred|used|worn|recommended|adored)\s+by\s+(?:over\s+|more\s+than\s+|"
    r"thousands\s+of|millions\s+of|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:amad[oa]s?|elegid[oa]s?|preferid[oa]s?|recomendad[oa]s?|usad[oa]s?)\s+por\s+(?:más\s+de\s+|mais\s+de\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:adoré|choisi|recommandé|utilisé)e?s?\s+par\s+(?:plus\s+de\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:amat[oa]|scelt[oa]|usat[oa])\s+da\s+(?:oltre\s+|più\s+di\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:von\s+über|von\s+mehr\s+als)\s+[\d.]+[^.!?\n]{0,30}?(?:geliebt|empfohlen|genutzt|gewählt)"
    r"|(?<![\p{L}\d])[\d.,]+\s*\+?\s*(?:k\s+)?(?:happy|satisfied|loyal)\s+\p{L}+"
    r"|(?<![\p{L}])(?:thousands|millions|miles|millones|milhares|milhões|tausende|millionen|milliers|migliaia|"
    r"ribuan|jutaan|آلاف)\s+(?:of\s+|de\s+|di\s+)?(?:happy\s+|satisfied\s+)?(?:customers|buyers|shoppers|"
    r"clientes|compradores|kunden|käufer|clients|acheteurs|clienti|acquirenti|pembeli|pelanggan|العملاء)(?![\p{L}])"
    r"|(?<![\p{L}])(?:customers|buyers|shoppers|clientes|compradores|kunden|käufer|clients|acheteurs|clienti|"
    r"pelanggan|pembeli|عملاؤنا|العملاء)\s+(?:\p{L}+\s+){0,2}(?:love|adore|rave|adoran|aman|lieben|adorent|adorano|amano|"
    r"suka|يحبون)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def social_proof(ctx, params) -> Iterator[Hit]:
    """Counts of fans and buyers ("loved by 10,000 parents", "trusted by 5,000+ customers")."""
    for m in _SOCIAL_PROOF_RE.finditer(ctx.text):
        yield m.start(), m.end(), None, {"phrase": m.group(0).strip()}
