"""Phrase banks and the attribute-value glossary of the offline writer (data in ``assets/phrasebanks``).

``<lang>.json`` holds natural sentence templates per fact key, labels, listing and caption phrases and FAQ
question/answer pairs for one language; ``glossary.json`` maps common attribute values (materials, colours,
care phrases, countries, product types) from English to each language. Nothing here invents content: a
template only ever wraps a value that came from the product's facts.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from generators.copy import marking
from generators.copy.countries import origin_template
from generators.copy.legal import protect
from generators.copy.names import (
    GENERIC_HEADS,
    after_article,
    compound_material,
    lead_noun_gender,
    lexicon,
    reorder_fabrics,
)
from generators.copy.names import word as lexicon_word
from generators.copy.negation import inside_negation, negated_spans

BANK_DIR = Path(__file__).resolve().parents[2] / "assets" / "phrasebanks"  # assets/ sits beside generators/

# catalog fact keys → phrase-bank keys
KEY_ALIASES = {
    "colour": "color", "colors": "color", "colours": "color", "materials": "material", "fabric": "material",
    "in_the_box": "contents", "box_contents": "contents", "package_contents": "contents", "includes": "contents",
    "country_of_origin": "origin", "made_in": "origin", "care_instructions": "care", "warnings": "warning",
    "sizes": "size", "dimension": "dimensions", "measurements": "dimensions", "net_weight": "weight",
    "certifications": "certification", "certified": "certification", "directions": "usage", "how_to_use": "usage",
    "compatible_with": "compatibility", "feature": "features", "scent_notes": "scent",
    # Shopify's standard product-taxonomy metafields (``product.metafields.shopify.<handle>``, issue 16 stop 21):
    # the decorative item's material is the product's material, a colour/pattern its colour, a vase's shape its
    # shape — never "Decoration material: vidrio" under an English label in a German listing
    "decoration_material": "material", "color_pattern": "color", "vase_shape": "shape", "product_shape": "shape",
}
# facts the writer never turns into selling copy (guarantee/refund claims are not allowed on Amazon bullets:
# platform-specs.md C: Amazon / Bullets; size charts are tables, not sentences)
SKIP_KEYS = {"warranty", "guarantee", "size_chart", "price", "sku", "barcode", "gtin", "ean", "upc",
             # stop 19 (facts engineer): what the import reads as NOT the product's own — its parts' materials
             # ("lining: cotton; pouch: cotton") and one size's / piece's measure ("Standard: 50 x 75 cm; King: …",
             # "one shoe, EU 42: 245 g") — is not said as the product's; a writer that says it names the part or size
             "part_materials", "dimensions_per_item", "weight_per_item",
             # stop 20 (facts engineer): Shopify's Variant Grams is the parcel's weight (packaging included), kept as
             # ``shipping_weight`` by the import — never said as the product's weight
             "shipping_weight"}


# a certification value said with its component by ``generators.copy.components`` (stop 22)
_CERT_SAID = re.compile(r"-certified|-zertifiziert|certification |certificación |certificazione |certificação |認証|认证")


# abbreviations whose dot belongs to the word (Thai units ซม. กก. มล.; "approx.", "inkl."): a fact value ending
# in one keeps its dot, and a sentence ending right after one gets no second dot
ABBREVIATIONS = ("ซม.", "มม.", "กก.", "ก.", "มล.", "ล.", "ม.", "approx.", "incl.", "excl.", "etc.", "ca.", "bzw.",
                 "usw.", "inkl.", "env.", "aprox.", "ecc.", "fl.", "oz.", "no.", "nr.")
_ABBR = "(?:" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)) + ")"
ABBR_END = re.compile(r"(?:^|(?<=[\s\d(]))" + _ABBR + r"$", re.I)
_ABBR_DOUBLE = re.compile(r"((?:^|(?<=[\s\d(]))" + _ABBR + r")\.", re.I)


# quotation marks per language (a value kept in its source language is shown between them)
QUOTES = {"de": ("„", "“"), "fr": ("«\u202f", "\u202f»"), "es": ("«", "»"), "it": ("«", "»"), "pt": ("“", "”"),
          "ja": ("「", "」"), "zh": ("“", "”"), "ar": ("«", "»"), "pl": ("„", "”"), "nl": ("‘", "’"),
          "tr": ("“", "”"), "ko": ("‘", "’"), "hi": ("“", "”"), "th": ("“", "”"), "vi": ("“", "”"),
          "id": ("“", "”"), "ms": ("“", "”"), "fil": ("“", "”"), "sw": ("“", "”"), "en": ("“", "”")}


# labels a bank may lack: a pack count option ("120 Softgels, 240 Softgels") is no clothing size
# labels of fact keys the banks' own "labels" lack, in every registry language (issue 16: battery life,
# connectivity, IP rating, heat limit, waterproof rating, light output and voltage are read off descriptions;
# stop 18: every language, never the "quantity" label or the English key in a German listing)
_EXTRA_LANGS = ("en", "de", "fr", "es", "it", "pt", "ja", "zh", "nl", "pl", "ko", "ar", "hi", "th", "tr", "vi", "id", "ms",
                "sw", "fil")
EXTRA_LABELS = {
    # stop 19: the facts engineer's per-part and per-size facts ("lid: polypropylene; seal: silicone", "Standard:
    # 51 × 66 cm; Queen: …") were labelled in English ("Part materials", "Dimensions per item") in every language
    "part_materials": dict(zip(_EXTRA_LANGS, (
        "Part materials", "Materialien der Teile", "Matériaux des éléments", "Materiales de las piezas",
        "Materiali delle parti", "Materiais das peças", "各部の素材", "部件材质", "Materialen van de onderdelen",
        "Materiały części", "부품 소재", "مواد الأجزاء", "भागों की सामग्री", "วัสดุของชิ้นส่วน", "Parça malzemeleri",
        "Chất liệu các bộ phận", "Bahan komponen", "Bahan komponen", "Malighafi za sehemu", "Materyales ng mga bahagi",
    ), strict=True)),
    "dimensions_per_item": dict(zip(_EXTRA_LANGS, (
        "Dimensions per item", "Maße je Artikel", "Dimensions par article", "Medidas por artículo",
        "Dimensioni per articolo", "Dimensões por item", "サイズ別寸法", "各款尺寸", "Afmetingen per artikel",
        "Wymiary poszczególnych elementów", "품목별 크기", "الأبعاد لكل قطعة", "प्रति आइटम माप", "ขนาดแต่ละชิ้น",
        "Ürün başına boyutlar", "Kích thước từng loại", "Dimensi per item", "Dimensi setiap item", "Vipimo kwa kila kipande",
        "Sukat bawat item",
    ), strict=True)),
    "weight_per_item": dict(zip(_EXTRA_LANGS, (
        "Weight per item", "Gewicht je Artikel", "Poids par article", "Peso por artículo", "Peso per articolo",
        "Peso por item", "サイズ別重量", "各款重量", "Gewicht per artikel", "Waga poszczególnych elementów", "품목별 무게",
        "الوزن لكل قطعة", "प्रति आइटम वज़न", "น้ำหนักแต่ละชิ้น", "Ürün başına ağırlık", "Trọng lượng từng loại",
        "Berat per item", "Berat setiap item", "Uzito kwa kila kipande", "Timbang bawat item",
    ), strict=True)),
    # stop 21: Shopify's taxonomy shape (``vase-shape``, ``shape``) — labelled in the language, never "Vase shape"
    "shape": dict(zip(_EXTRA_LANGS, (
        "Shape", "Form", "Forme", "Forma", "Forma", "Formato", "形状", "形状", "Vorm", "Kształt", "모양", "الشكل",
        "आकार", "รูปทรง", "Şekil", "Hình dáng", "Bentuk", "Bentuk", "Umbo", "Hugis",
    ), strict=True)),
    "battery_life": dict(zip(_EXTRA_LANGS, (
        "Battery life", "Akkulaufzeit", "Autonomie", "Autonomía", "Autonomia", "Autonomia da bateria", "連続使用時間",
        "续航时间", "Batterijduur", "Czas pracy na baterii", "배터리 사용 시간", "عمر البطارية", "बैटरी लाइफ़",
        "ระยะเวลาใช้งานแบตเตอรี่", "Pil ömrü", "Thời lượng pin", "Daya tahan baterai", "Hayat bateri",
        "Muda wa betri", "Tagal ng baterya",
    ), strict=True)),
    "battery_life_case": dict(zip(_EXTRA_LANGS, (
        "Battery life with charging case", "Akkulaufzeit mit Ladeetui", "Autonomie avec le boîtier de charge",
        "Autonomía con el estuche de carga", "Autonomia con la custodia di ricarica",
        "Autonomia com o estojo de carregamento", "充電ケース併用時の使用時間", "配合充电盒续航", "Batterijduur met oplaadcase",
        "Czas pracy z etui ładującym", "충전 케이스 포함 사용 시간", "عمر البطارية مع علبة الشحن",
        "चार्जिंग केस के साथ बैटरी लाइफ़", "ระยะเวลาใช้งานรวมเคสชาร์จ", "Şarj kutusuyla pil ömrü",
        "Thời lượng pin kèm hộp sạc", "Daya tahan baterai dengan casing pengisi daya",
        "Hayat bateri dengan bekas pengecas", "Muda wa betri pamoja na kasha la kuchaji",
        "Tagal ng baterya kasama ang charging case",
    ), strict=True)),
    "playtime": dict(zip(_EXTRA_LANGS, (
        "Playtime", "Wiedergabezeit", "Autonomie", "Autonomía", "Autonomia", "Autonomia", "連続再生時間", "播放时间",
        "Speelduur", "Czas odtwarzania", "재생 시간", "مدة التشغيل", "प्लेटाइम", "ระยะเวลาเล่น", "Çalma süresi",
        "Thời gian phát", "Waktu putar", "Masa main", "Muda wa kucheza", "Tagal ng pag-play",
    ), strict=True)),
    "charging_time": dict(zip(_EXTRA_LANGS, (
        "Charging time", "Ladezeit", "Temps de charge", "Tiempo de carga", "Tempo di ricarica",
        "Tempo de carregamento", "充電時間", "充电时间", "Oplaadtijd", "Czas ładowania", "충전 시간", "مدة الشحن",
        "चार्जिंग समय", "เวลาชาร์จ", "Şarj süresi", "Thời gian sạc", "Waktu pengisian daya", "Masa pengecasan",
        "Muda wa kuchaji", "Tagal ng pag-charge",
    ), strict=True)),
    "pack": dict(zip(_EXTRA_LANGS, (
        "Pack size", "Packungsgröße", "Conditionnement", "Formato", "Formato", "Embalagem", "内容量", "规格",
        "Verpakking", "Opakowanie", "구성", "حجم العبوة", "पैक", "ขนาดบรรจุ", "Paket", "Quy cách", "Isi kemasan",
        "Saiz pek", "Kifurushi", "Laki ng pakete",
    ), strict=True)),
    "insulation": dict(zip(_EXTRA_LANGS, (
        "Insulation", "Isolierung", "Isolation", "Aislamiento", "Isolamento", "Isolamento", "保温・保冷", "保温保冷",
        "Isolatie", "Izolacja", "보온·보냉", "العزل الحراري", "इन्सुलेशन", "การเก็บอุณหภูมิ", "Yalıtım", "Giữ nhiệt",
        "Insulasi", "Penebat", "Kuhifadhi joto", "Insulasyon",
    ), strict=True)),
    "battery": dict(zip(_EXTRA_LANGS, (
        "Battery capacity", "Akkukapazität", "Capacité de la batterie", "Capacidad de la batería",
        "Capacità della batteria", "Capacidade da bateria", "バッテリー容量", "电池容量", "Batterijcapaciteit",
        "Pojemność akumulatora", "배터리 용량", "سعة البطارية", "बैटरी क्षमता", "ความจุแบตเตอรี่", "Pil kapasitesi",
        "Dung lượng pin", "Kapasitas baterai", "Kapasiti bateri", "Uwezo wa betri", "Kapasidad ng baterya",
    ), strict=True)),
    "strength": dict(zip(_EXTRA_LANGS, (
        "Strength", "Gehalt", "Dosage", "Dosis", "Dosaggio", "Dosagem", "含有量", "含量", "Gehalte", "Zawartość", "함량",
        "التركيز", "मात्रा", "ปริมาณ", "İçerik miktarı", "Hàm lượng", "Kadar", "Kiasi kilichomo", "Kiasi", "Lakas",
    ), strict=True)),
    "connectivity": dict(zip(_EXTRA_LANGS, (
        "Connectivity", "Verbindung", "Connectivité", "Conectividad", "Connettività", "Conectividade", "接続", "连接方式",
        "Verbinding", "Łączność", "연결", "الاتصال", "कनेक्टिविटी", "การเชื่อมต่อ", "Bağlantı", "Kết nối",
        "Konektivitas", "Kesambungan", "Muunganisho", "Koneksyon",
    ), strict=True)),
    "ip_rating": dict(zip(_EXTRA_LANGS, (
        "Ingress protection", "Schutzart", "Indice de protection", "Grado de protección", "Grado di protezione",
        "Grau de proteção", "防水・防塵等級", "防护等级", "Beschermingsklasse", "Stopień ochrony", "방수·방진 등급", "درجة الحماية",
        "आईपी सुरक्षा स्तर", "มาตรฐานกันน้ำกันฝุ่น", "Koruma sınıfı", "Chuẩn chống nước, chống bụi", "Tingkat perlindungan",
        "Tahap perlindungan", "Kiwango cha ulinzi (IP)", "Antas ng proteksiyon (IP)",
    ), strict=True)),
    "heat_limit": dict(zip(_EXTRA_LANGS, (
        "Heat resistance", "Hitzebeständigkeit", "Résistance à la chaleur", "Resistencia al calor",
        "Resistenza al calore", "Resistência ao calor", "耐熱温度", "耐热温度", "Hittebestendigheid",
        "Odporność na temperaturę", "내열 온도", "مقاومة الحرارة", "ताप सहनशीलता", "ทนความร้อน", "Isıya dayanıklılık",
        "Chịu nhiệt", "Tahan panas", "Tahan haba", "Kustahimili joto", "Tibay sa init",
    ), strict=True)),
    "waterproof_rating": dict(zip(_EXTRA_LANGS, (
        "Water column", "Wassersäule", "Imperméabilité", "Impermeabilidad", "Impermeabilità",
        "Impermeabilidade", "耐水圧", "防水指数", "Waterkolom", "Wodoodporność", "내수압", "مقاومة الماء",
        "जलरोधक क्षमता", "ค่าการกันน้ำ", "Su geçirmezlik", "Chỉ số chống nước", "Tingkat kedap air",
        "Kadar kalis air", "Kiwango cha kuzuia maji", "Tibay laban sa tubig",
    ), strict=True)),
    "light_output": dict(zip(_EXTRA_LANGS, (
        "Light output", "Lichtstrom", "Flux lumineux", "Flujo luminoso", "Flusso luminoso", "Fluxo luminoso", "明るさ",
        "亮度", "Lichtopbrengst", "Strumień świetlny", "밝기", "شدة الإضاءة", "प्रकाश क्षमता", "ความสว่าง",
        "Işık akısı", "Độ sáng", "Keluaran cahaya", "Keluaran cahaya", "Mwangaza", "Liwanag",
    ), strict=True)),
    "voltage": dict(zip(_EXTRA_LANGS, (
        "Voltage", "Spannung", "Tension", "Tensión", "Tensione", "Tensão", "電圧", "电压", "Spanning", "Napięcie", "전압",
        "الجهد الكهربائي", "वोल्टेज", "แรงดันไฟฟ้า", "Gerilim", "Điện áp", "Tegangan", "Voltan", "Volteji",
        "Boltahe",
    ), strict=True)),
}

GENDERS = ("m", "f", "n", "mpl", "fpl")
_GENDERED = re.compile(r"\{g:([^{}]*)\}")
_ARTICLE = re.compile(r"\{(the(?:_nom|_acc|_dat)?)\}")
_FALLBACK = {"n": "m", "fpl": "mpl", "mpl": "m", "f": "m"}


# stop 22: a size measured in units (a pot's "24 cm / 4.2 L", a duvet's "135 × 200 cm", a serum's "30 ml") is
# no clothing size: the option-name word of a measured size ("Tallas" is said of clothes, never of pots)
MEASURED_SIZE = re.compile(r"\d\s*(?:cm|mm|m|ml|cl|l|L|in|″|kg|g|oz)(?![^\W\d_])")
MEASURED_SIZE_LABEL = {"en": "Sizes", "de": "Größen", "fr": "Formats", "es": "Tamaños", "it": "Misure",
                       "pt": "Tamanhos", "ja": "サイズ", "zh": "规格", "nl": "Formaten", "pl": "Rozmiary",
                       "ko": "크기", "tr": "Boyutlar", "vi": "Kích thước", "id": "Ukuran", "ms": "Saiz",
                       "fil": "Mga sukat", "sw": "Vipimo", "ar": "المقاسات", "hi": "आकार", "th": "ขนาด"}


# a template that is a form's "Label: value" ("How to use: {v}.", "安全提示：{v}。"), and a value that opens with a
# heading of its own ("How to take: 2 capsules …", "Precautions: For external use only …"): said once, under the
# seller's heading — never "How to use: How to take: …" (copy hold-out 12)
LABEL_FORM = re.compile(r"^(?:\{label\}|[^{}:：.。]{1,30})\s*[:：]")
OWN_HEADING = re.compile(r"^[^\W\d_][^:：.。;；,，\d]{1,28}[:：]\s*(?=\S)")


# a capacity in people (a tent, a sofa): said in the language, never "2 persons" in a German listing (stop 22)
_PERSONS_VALUE = re.compile(r"(\d+)[ -]?(?:persons?|people|personen|personnes|personas|persone|pessoas|人)", re.I)
PERSONS_SENTENCE = {"en": "For {n} people.", "de": "Für {n} Personen.", "fr": "Pour {n} personnes.",
                    "es": "Para {n} personas.", "it": "Per {n} persone.", "pt": "Para {n} pessoas.",
                    "ja": "{n}人用です。", "zh": "可容纳{n}人。", "nl": "Voor {n} personen.", "pl": "Dla {n} osób.",
                    "tr": "{n} kişilik.", "id": "Untuk {n} orang.", "ms": "Untuk {n} orang.", "vi": "Dành cho {n} người.",
                    "ko": "{n}인용입니다.", "th": "สำหรับ {n} คน", "hi": "{n} लोगों के लिए।", "ar": "لـ{n} أشخاص.",
                    "sw": "Kwa watu {n}.", "fil": "Para sa {n} tao."}


def measured_size(value: str) -> bool:
    """Whether a size list names measures (cm, L, ml …) rather than clothing or shoe sizes."""
    return bool(MEASURED_SIZE.search(value))


def _pick(forms: list[str], g: str | None) -> str:
    """The form for gender ``g`` from ``forms`` ordered m, f, n, mpl, fpl (a missing or empty form falls back:
    n → m, fpl → mpl → m); the first form when the gender is unknown."""
    g = g if g in GENDERS else "m"
    while True:
        i = GENDERS.index(g)
        if i < len(forms) and forms[i] != "":
            return forms[i]
        if g == "m":
            return forms[0] if forms else ""
        g = _FALLBACK[g]


def _expand(mt: re.Match, out: str) -> str:
    """A pattern's output with its groups; ``{in:N}`` is group N (a length in cm) in inches, for US copy."""
    text = mt.expand(out.replace("{in:", "\x00"))  # keep the inch slots out of expand's way

    def inches(m: re.Match) -> str:
        cm = float(re.sub(r"[^\d.,]", "", mt.group(int(m.group(1)))).replace(",", "."))
        return f"{round(cm / 2.54)} in"

    return re.sub(r"\x00(\d)\}", inches, text)


def _same_case(source: str, term: str) -> str:
    """A glossary term that replaces a capitalised sentence start ("Avoid contact with eyes") starts with a
    capital too (sentences only, four words or more: a capitalised value such as "Soy wax" or "Navy" is not a
    sentence start once a template puts it mid-sentence); German nouns keep theirs wherever they stand."""
    if source[:1].isupper() and term[:1].islower() and not source[:2].isupper() and len(source.split()) >= 4:
        return term[:1].upper() + term[1:]
    return term


def canonical_key(key: str) -> str:
    k = (key or "").strip().lower().replace(" ", "_").replace("-", "_")
    return KEY_ALIASES.get(k, k)


def supported_languages() -> list[str]:
    return sorted(p.stem for p in BANK_DIR.glob("*.json") if p.stem not in ("glossary", "names"))


GLOSSARY_DIR = BANK_DIR / "glossary.d"  # more terms, one file per catalog category (same format as glossary.json)


def merge_glossaries(base: dict[str, Any], extras: list[dict[str, Any]]) -> dict[str, Any]:
    """``base`` (``_langs`` and ``terms``) with the terms of ``extras`` added, each extra in its own ``_langs``
    order (a language it lacks is "", no entry; a language ``base`` lacks is added). Keys are lower case (the
    matcher looks terms up by the lower-cased match); for a key already in ``base`` or an earlier extra, each
    language keeps the value it has there — a later file only fills its gaps. A value spelled as the English key
    is that language's word (a loanword: "nylon" in French), not a gap — a gap is ""."""
    langs = list(base["_langs"])
    for ex in extras:
        langs += [lang for lang in ex["_langs"] if lang not in langs]
    terms: dict[str, list[str]] = {}
    for src in [base, *extras]:
        pos = [src["_langs"].index(lang) if lang in src["_langs"] else None for lang in langs]
        for key, values in src["terms"].items():
            k = key.strip().lower()
            if not k:
                continue
            row = [values[i] if i is not None and i < len(values) else "" for i in pos]
            have = terms.get(k)
            terms[k] = row if have is None else [old or new for old, new in zip(have, row, strict=True)]
    return {**base, "_langs": langs, "terms": terms}


@functools.lru_cache(maxsize=1)
def _glossary() -> dict[str, Any]:
    """glossary.json with ``glossary.d/*.json`` merged in (file name order; glossary.json wins a conflict, a
    glossary.d file fills the languages an earlier entry leaves empty)."""
    base = json.loads((BANK_DIR / "glossary.json").read_text(encoding="utf-8"))
    extras = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GLOSSARY_DIR.glob("*.json"))]
    return merge_glossaries(base, extras)


@functools.lru_cache(maxsize=32)
def _source_terms(src_lang: str) -> dict[str, str]:
    """The glossary read backwards for a catalog written in ``src_lang``: its term → the English key (the first
    key that gives it, so "vidrio" is "glass", never "tempered glass")."""
    out: dict[str, str] = {}
    for g in (_glossary(), _shapes()):
        if src_lang not in g["_langs"]:
            continue
        idx = g["_langs"].index(src_lang)
        for k, v in g["terms"].items():
            term = (v[idx] or "").strip().casefold()
            if term and term != k and term not in out:
                out[term] = k
    return out


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, Any]:
    """prose/shapes.json: a product's shape ("round", "rectangular") in every registry language — kept out of the
    glossary, whose terms translate every fact value and title ("round neck", "Round Dining Table")."""
    data: dict[str, Any] = json.loads((BANK_DIR / "prose" / "shapes.json").read_text(encoding="utf-8"))
    return data


def shape_term(value: str, lang: str) -> str:
    """A shape value ("round", "Round, Oval") in ``lang`` item by item; an item the table lacks stays as written."""
    g = _shapes()
    lang = (lang or "en").split("-")[0]
    if lang == "en" or lang not in g["_langs"]:
        return value
    idx = g["_langs"].index(lang)
    out = []
    for item in (i.strip() for i in value.split(",")):
        row = g["terms"].get(item.casefold())
        out.append(row[idx] if row and row[idx] else item)
    return ", ".join(out)


# a term right after a negation ("not", "never", "don't") is left alone unless the negated phrase is a term
# itself ("not dishwasher safe" — the longest match wins): "not spülmaschinenfest" would read as the opposite
_NEGATED = r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!n’t )"


# French words with a mute h, elided after an article or "de" ("l'huile capillaire", "d'huile"); any other h is
# taken as aspirated ("la housse", "de hêtre") — copy hold-out 8 wrote "la huile capillaire" (stop 19)
_H_MUET = ("huile", "hydrat", "herbe", "heure", "hiver", "homme", "hôtel", "humid", "habit", "harmon", "hygièn",
           "histoir")
_FR_DE_VOWEL = re.compile(r"(?<![\w'’-])de (?=(?:[AEIOUÀÂÉÈÊÎÔÛaeiouàâéèêîôû]|(?i:" + "|".join(_H_MUET) + r")))")


class Bank:
    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.style: dict[str, str] = data["style"]
        g = _glossary()
        terms: dict[str, str] = {}
        if lang != "en":
            idx = g["_langs"].index(lang) if lang in g["_langs"] else None
            if idx is not None:
                terms = {k: v[idx] for k, v in g["terms"].items() if v[idx]}  # "": no entry in this language
        self.terms = terms
        keys = sorted(terms, key=len, reverse=True)
        self._term_re = re.compile(r"(?<![\w-])" + _NEGATED + "(" + "|".join(re.escape(k) for k in keys)
                                   + r")(?![\w-])", re.I) if keys else None

    # ------------------------------------------------------------------ phrases
    def get(self, path: str) -> Any:
        node: Any = self.data
        for part in path.split("."):
            node = node[part]
        return node

    def s(self, path: str, **kw: Any) -> str:
        return self.fill(self.get(path), **kw)

    def fill(self, template: str, **kw: Any) -> str:
        """``template`` with its ``{placeholders}`` filled. ``g`` (a grammatical gender: m, f, n, mpl, fpl —
        of the product's noun in this language, see ``genders``) chooses the ``{g:m|f|n|mpl|fpl}`` alternatives
        (agreement: "Fabriquée en …" for une bougie) and the article placeholders ``{the}``, ``{the_nom}``,
        ``{the_acc}``, ``{the_dat}`` before ``{name}`` (elided before a vowel where the language elides: l', lo);
        without a gender the alternatives take their first form and the articles are left out."""
        g = kw.pop("g", None)
        if g is None and "{the" in template and kw.get("name"):
            g = lead_noun_gender(str(kw["name"]), self.lang)  # "Voici le complément alimentaire", not "Voici complément"
        out = _GENDERED.sub(lambda mt: _pick(mt.group(1).split("|"), g), template)
        if "{the" in out:
            name = str(kw.get("name", ""))
            if name:
                # an article right before the name: a built name reads as it does mid-sentence after it
                # ("die kabellosen In-Ear-Kopfhörer", "le t-shirt col rond …")
                def before_name(mt: re.Match) -> str:
                    art = self.article(mt.group(1), g, name)
                    return art + (after_article(name, self.lang, mt.group(1), g) if art else name)

                out = re.sub(r"\{(the(?:_nom|_acc|_dat)?)\}\{name\}", before_name, out)
            out = _ARTICLE.sub(lambda mt: self.article(mt.group(1), g, name), out)
        for k, v in kw.items():
            out = out.replace("{" + k + "}", str(v))
        if self.lang == "fr":  # "de Oleanne", "de huile" → d'Oleanne, d'huile (copy hold-out 8, stop 19)
            out = _FR_DE_VOWEL.sub("d'", out)
        out = _ABBR_DOUBLE.sub(r"\1", out)  # "180 ก.." → "180 ก."
        if self.lang == "th":
            out = out.replace("สีสี", "สี")  # "มีสี{v}" with the colour term "สีอิฐ": "มีสีอิฐ", not "มีสีสีอิฐ"
        out = re.sub(r"(?<=[^\W\d_]\.)[.。](?!\.)", "", out)  # "Hearth Candle Co.." / "Co.。" (a name's own dot ends it)
        return re.sub(r"\s{2,}", " ", out).strip()

    def article(self, which: str, g: str | None, before: str) -> str:
        """The definite article ``which`` (the, the_nom, the_acc, the_dat) for gender ``g`` before the word
        ``before``, with its trailing space (or none when elided: l'); "" when the gender is unknown."""
        table = (self.data.get("articles") or {})
        if not g or which not in table:
            return ""
        low = before.strip().casefold()
        variant = which
        if low[:1] in "aeiouàâéèêëîïôùûh" and low[:1] and which + "@v" in table and (
                not low.startswith(("h", "y")) or low.startswith(_H_MUET)):
            variant = which + "@v"
        elif which + "@s" in table and (re.match(r"s[^aeiou]|z|gn|ps|x|y", low) is not None):
            variant = which + "@s"
        return _pick(table[variant], g)

    def gender(self, title: str) -> str | None:
        """Grammatical gender in this language of the product noun an English title names (its head noun:
        "Wireless Earbuds with Noise Cancelling" → earbuds), from the bank's ``genders``; None if unknown."""
        genders = self.data.get("genders") or {}
        if not title:
            return None
        core = re.split(r"\s[—–-]\s|\s(?:with|for|in|by)\s|[(,|]", title.casefold())[0]
        words = [w for w in re.findall(r"[a-z][a-z\-]*", core) if w not in ("x", "ml", "cm", "mm", "g", "l", "kg")]
        nouns = lexicon()["nouns"]
        for n in (3, 2, 1):
            if len(words) >= n:
                head = " ".join(words[-n:])
                # the names lexicon's noun first: the hook names the product with it ("il copripiumino"), so the
                # participles agree with the same noun ("Realizzato", not "Realizzata")
                if head in nouns["keys"]:
                    idx, plural = nouns["keys"][head]
                    cell = nouns["rows"][idx].get(self.lang)
                    if isinstance(cell, list) and cell:
                        form = cell[1] if plural and len(cell) > 1 else cell[0]
                        return form[1]
                for cand in (head, head[:-1] if head.endswith("s") else head):
                    if cand in genders:
                        return genders[cand]
        return None

    def label(self, key: str) -> str:
        key = canonical_key(key)
        labels = self.data["labels"]
        if key in labels:
            return labels[key]
        if key in EXTRA_LABELS:
            return EXTRA_LABELS[key].get(self.lang) or self.label("quantity")
        if key == "marking":  # CE/UKCA: a conformity marking, never a certification (generators/copy/marking.py)
            return marking.label(self.lang)
        return key.replace("_", " ").capitalize()

    def has_label(self, key: str) -> bool:
        """Whether this language has its own label for fact ``key`` (``label`` falls back to the English key:
        "Decoration material" — never said in a German listing, stop 21)."""
        key = canonical_key(key)
        if self.lang == "en" or key in self.data["labels"] or key in self.data["facts"] or key in EXTRA_LABELS:
            return True
        # a key the writer knows in any language (its English bank has it: "max_temperature", "dose") is said
        # by its own code paths; only a key no bank knows (a shop's own metafield) has nothing but its English name
        en = load("en").data
        return key in en["labels"] or key in en["facts"] or key in ("marking", "dose", "strength")

    def from_source(self, value: str, src_lang: str) -> str:
        """``value`` written in the catalog's language ``src_lang`` (not English), in this language where the
        glossary knows it whole, item by item ("vidrio" → "Glas", "redondo" → "rund"); an item it does not know
        stays as written. The glossary is keyed by English terms: its ``src_lang`` column read backwards."""
        src_lang = (src_lang or "en").split("-")[0]
        if not value or src_lang in ("en", self.lang):
            return value
        back = _source_terms(src_lang)
        if not back:
            return value
        items = [i.strip() for i in value.split(",")]
        out = []
        for item in items:
            english = back.get(item.casefold())
            if english is None:
                out.append(item)
            elif self.lang == "en":
                out.append(english)
            else:
                said = self.terms.get(english) or shape_term(english, self.lang)
                out.append(said if said != english else item)
        return ", ".join(out)

    def fact_sentence(self, key: str, value: str, g: str | None = None) -> str:
        key = canonical_key(key)
        facts = self.data["facts"]
        template = facts.get(key, facts["_default"])
        if key == "marking":
            return marking.sentence(value, self.lang)
        if (key == "certification" and _CERT_SAID.search(value)) or key == "part_materials":
            # stop 22: a certificate said with its component ("Füllung: RDS-zertifiziert") and parts said with their
            # materials ("Futter aus Polyester") are sentences of their own, under no "Zertifizierung:" label
            return value if value.endswith((".", "。")) else value + ("。" if self.lang in ("ja", "zh") else ".")
        if key == "certification" and (re.search(r"\S[(（]", value.replace(" (", "(")) or _CERT_SAID.search(value)):
            # a certification the source scopes to a part ("FSC (beech)"), or said with its component ("Füllung:
            # RDS-zertifiziert", stop 22): a spec line, never "Certified FSC" said of the whole product
            template = facts["_default"]
        sep = self.style["list_sep"]
        if key == "color" and sep in value and not re.search(r"[;:]", value) and all(
                i.count("(") == i.count(")") and i.count("（") == i.count("）") for i in value.split(sep)):
            value = self.join(value.split(sep))  # "Erhältlich in Weiß und Marineblau", not "Weiß, Marineblau"
        elif key == "color" and "color_one" in facts:
            template = facts["color_one"]  # one colour: "Disponível na cor preto", not "nas cores preto"
        of = self.style.get("made_of")
        if key == "material" and of and (of in value or ":" in value):
            # a material named part by part ("Gehäuse aus ABS …, Ohrpolster aus Silikon", "Upper: …") does not
            # follow "Gefertigt aus": "Material: Gehäuse aus ABS …"
            template = facts["_default"]
        if self.lang == "de" and "aus {v}" in template:  # "Gefertigt aus geschmiedetem Aluminium" (dative)
            value = ", ".join(_de_dative(part) for part in value.split(", "))
        if key == "capacity" and re.search(r"\d\s*(?:mAh|Ah|kWh|Wh)\b", value):
            # a battery's charge is no volume: "Akkukapazität: 20.000 mAh", not "Fasst 20000 mAh"
            return self.fill(facts["_default"], v=value, label=self.label("battery"), g=g)
        if key == "origin":  # "Hergestellt in den USA", "Fabriqué au Viêt Nam", "Prodotto negli Stati Uniti"
            template, value = origin_template(template, value, self.lang)
        persons = _PERSONS_VALUE.fullmatch(value.strip()) if key == "capacity" else None
        if persons and self.lang in PERSONS_SENTENCE:  # a tent's "2 persons": "Für 2 Personen.", never "Fasst 2 persons."
            return PERSONS_SENTENCE[self.lang].format(n=persons.group(1))
        if LABEL_FORM.match(template) and OWN_HEADING.match(value) and key not in ("material", "color", "size"):
            return self.fill("{v}" + (template[-1] if template[-1] in ".。" else ""), v=value, g=g)
        if key == "size" and measured_size(value) and self.lang in MEASURED_SIZE_LABEL \
                and re.match(r"[^{}:：]{1,30}[:：]", template):
            # "Tamaños: 24 cm / 4,2 L, …", never "Tallas:" of a pot (stop 22)
            return self.fill(facts["_default"], v=value, label=MEASURED_SIZE_LABEL[self.lang], g=g)
        return self.fill(template, v=value, label=self.label(key), g=g)

    def faq_pair(self, key: str, value: str, name: str, g: str | None = None) -> tuple[str, str]:
        key = canonical_key(key)
        faq = self.data["faq"]
        q, a = faq.get(key, faq["_default"])
        label = self.label(key)
        if self.lang == "de" and "aus {v}" in a:  # "Das Produkt ist aus geschmiedetem Aluminium gefertigt"
            value = ", ".join(_de_dative(part) for part in value.split(", "))
        return (self.fill(q, v=value, label=label, name=name, g=g),
                self.fill(a, v=value, label=label, name=name, g=g))

    # ------------------------------------------------------------------ values
    def term(self, value: str) -> str:
        """Replace known attribute values (glossary) by this language's term; the rest stays as written."""
        if not value or (self._term_re is None and not self.data.get("patterns")):
            return value
        for pat in self.data.get("patterns") or ():  # phrases with numbers ("the model is 183 cm and wears M")
            negated = negated_spans(value)
            current = value

            def expand(mt: re.Match[str], out: str = pat["out"], negated: list[tuple[int, int]] = negated,
                       current: str = current) -> str:
                if inside_negation(mt.start(), mt.end(), negated, current):
                    return mt.group(0)  # "Do not machine wash at 30 °C" is never half translated
                return _expand(mt, out)

            value = re.sub(pat["en"], expand, value, flags=re.I)
        # a fabric after its material in the language's order ("coton biologique jersey" → "jersey de coton
        # biologique"), kept out of the glossary's way behind placeholders
        value, kept = reorder_fabrics(value, self.lang)
        # certification and standard names are proper names, kept verbatim ("Responsible Wool Standard", not
        # "Responsible Wolle Standard"; "USDA Organic", not "USDA Bio"): behind placeholders the glossary skips
        value, names = protect(value)
        kept.update(names)
        if self.lang != "en":  # fabric weight: "160 gsm" is English shorthand; every market writes g/m²
            value = re.sub(r"(?<=\d)[ \u00a0]?gsm\b", " g/m²", value, flags=re.I)
        value = self._instructions(value, kept)
        value = self._salts(value, kept)
        value = self._compounds(value, kept)
        value = self._parts(value, kept)
        if self._term_re is not None:
            # a term inside a negated phrase ("Not dishwasher safe", "Do not use with carbonated drinks") is left
            # as written unless the glossary match covers the negation word itself: the phrase stays whole
            spans = negated_spans(value)

            def sub(mt: re.Match) -> str:
                if inside_negation(mt.start(1), mt.end(1), spans, value):
                    return mt.group(0)
                # \x05…\x06 mark a translated term for the connector pass below
                return "\x05" + _same_case(mt.group(1), self.terms[mt.group(1).lower()]) + "\x06"

            value = self._term_re.sub(sub, value)
        value = self._connectors(value)
        for key, text in kept.items():
            value = value.replace(key, text)
        return value

    # "and", "or", "with", "plus" between two translated terms ("aluminium with a ceramic coating" → "Aluminium mit
    # Keramikbeschichtung", not "Aluminium with a Keramikbeschichtung" or アルミニウム「with」 a セラミック): a
    # seller's connecting word is translated with them, never left as the one English word of the phrase
    _CONNECTORS = {
        "with": {"de": "mit", "fr": "avec", "es": "con", "it": "con", "pt": "com", "nl": "met", "ja": "と", "zh": "和"},
        "and": {"de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "ja": "、", "zh": "、"},
        "or": {"de": "oder", "fr": "ou", "es": "o", "it": "o", "pt": "ou", "nl": "of", "ja": "または", "zh": "或"},
        "plus": {"de": "plus", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "ja": "、", "zh": "、"},
    }
    _CONNECTOR = re.compile(r"(?<=[\x06\x03\x01])(\s+)(with|and|or|plus|&)(?:\s+(?:an?|the))?(\s+)(?=[\x05\x02\x01])",
                            re.I)

    def _connectors(self, value: str) -> str:
        def one(mt: re.Match) -> str:
            word = mt.group(2).casefold()
            if word == "&":
                return mt.group(0)
            local = self._CONNECTORS[word].get(self.lang)
            if not local:
                return mt.group(0)
            return local if self.lang in ("ja", "zh") else f" {local} "

        return self._CONNECTOR.sub(one, value).replace("\x05", "").replace("\x06", "")

    def _instructions(self, value: str, kept: dict[str, str]) -> str:
        """Whole care, safety and usage instructions in the language's usual label wording ("Dry immediately" →
        "sofort abtrocknen", "Patch test before first use" → "faire un test cutané avant la première
        utilisation", "Wash on wool cycle" → "im Wollwaschgang waschen", never "laine cycle"; data
        ``assets/phrasebanks/prose/instructions.json``), behind placeholders the glossary skips. A phrase inside
        a negation it does not itself start with ("Do not wash inside out") is left to the negation rules."""
        data = _instructions_data()
        if self.lang not in data["_langs"] or not value:
            return value
        li = data["_langs"].index(self.lang)
        spans = negated_spans(value)

        def one(mt: re.Match[str], out: str) -> str:
            if inside_negation(mt.start(), mt.end(), spans, value):
                return mt.group(0)
            groups = mt.groupdict()
            text = out
            if groups.get("dose"):
                forms = data["dose_forms"].get(groups["dose"].casefold().rstrip("s"), [""] * len(data["_langs"]))
                plural = data["dose_forms"].get(groups["dose"].casefold().rstrip("s") + "s", forms)
                text = text.replace("{dose}", (forms if groups.get("n") == "1" else plural)[li])
            if groups.get("n"):
                text = text.replace("{n}", groups["n"])
            if groups.get("x") or groups.get("y"):  # y: the same number in a second spelling of the phrase
                text = text.replace("{x}", groups.get("x") or groups.get("y") or "")
            if mt.start() == 0 and mt.group(0)[:1].isupper() and len(value.split()) >= 4:
                text = text[:1].upper() + text[1:]
            key = f"\x02I{len(kept)}\x03"
            kept[key] = text
            return key

        for rx, outs in data["_rx"]:
            if outs[li]:
                value = rx.sub(lambda mt, out=outs[li]: one(mt, out), value)
        return value

    def _salts(self, value: str, kept: dict[str, str]) -> str:
        """A supplement's mineral salt composed in the language ("magnesium bisglycinate" → Magnesiumbisglycinat,
        bisglycinate de magnésium, bisglicinato de magnesio, ビスグリシン酸マグネシウム, 甘氨酸镁; "ferrous sulfate" →
        sulfate ferreux), never "magnésium stearate" (data ``assets/phrasebanks/prose/ingredients.json``)."""
        data = _ingredients_data()
        if self.lang not in data["_langs"] or not value:
            return value
        li = data["_langs"].index(self.lang)
        spans = negated_spans(value)

        def one(mt: re.Match[str]) -> str:
            if inside_negation(mt.start(), mt.end(), spans, value):
                return mt.group(0)  # "Not magnesium citrate …": a negated phrase is never translated in part
            mineral = data["minerals"][mt.group(1).casefold()][li]
            salt = data["salts"][mt.group(2).casefold()][li]
            if self.lang == "de":
                out = mineral + ("-" if salt[:1].isupper() and not mineral.endswith("-") else "") + salt
            elif self.lang in ("ja", "zh"):
                out = salt + mineral
            elif mt.group(1).casefold() == "ferrous":
                out = f"{salt} {mineral}"
            else:
                prep = "di" if self.lang == "it" else "de"
                out = f"{salt} d'{mineral}" if self.lang == "fr" and mineral[:1] in "aeiouéh" else f"{salt} {prep} {mineral}"
            if mt.group(0)[:1].isupper() and self.lang not in ("de", "ja", "zh"):
                out = out[:1].upper() + out[1:]
            key = f"\x02S{len(kept)}\x03"
            kept[key] = out
            return key

        return data["_rx"].sub(one, value)

    def _parts(self, value: str, kept: dict[str, str]) -> str:
        """A product part named by its material ("polycarbonate shell", "recycled polyester webbing") in the
        language's order when the glossary translates the whole material ("Schale aus Polycarbonat", "Gurtband
        aus recyceltem Polyester", "coque en polycarbonate", ポリカーボネートシェル) — data
        ``assets/phrasebanks/prose/parts.json``. The material must start the value or follow a comma, semicolon
        or bracket, and every word of it must be translated; otherwise the glossary goes on word by word."""
        data = _parts_data()
        if self.lang not in data["languages"] or not value:
            return value
        li = data["languages"].index(self.lang)
        tpl = data["templates"][self.lang]
        spans = negated_spans(value)

        def one(mt: re.Match) -> str:
            material = mt.group(1).strip()
            if any(s < mt.end() and mt.start() < e for s, e in spans):
                return mt.group(0)  # "No lining": a negated phrase is never translated in part
            part = data["parts"][mt.group(2).casefold()][li]
            whole = f"{material} {mt.group(2)}".casefold()
            if not part or material.casefold() in data["parts"] or whole in self.terms \
                    or any(k.endswith(whole) for k in self._longer(whole)):
                return mt.group(0)  # the glossary has the phrase (longest match wins)
            local = self.term(material)
            own = _own_words(self.lang)
            for w in re.findall(r"[^\W\d_][\w-]*", material):
                if not w.isupper() and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", local, re.I) \
                        and w.casefold() not in own:
                    return mt.group(0)  # not wholly translated: the glossary decides word by word
            if self.lang == "de":
                local = _de_dative(local)
            if (self.lang in ("ja", "zh") and local.endswith(part)) or local.casefold() == part.casefold():
                out = local  # 中密度纤维板 + 板
            else:
                out = tpl.replace("{P}", part[:1].upper() + part[1:]).replace("{p}", part).replace("{m}", local)
            key = f"\x02P{len(kept)}\x03"
            kept[key] = out
            lead = re.match(r"\s*", mt.group(1))
            return mt.group(0)[:mt.start(1) - mt.start(0)] + (lead.group(0) if lead else "") + key

        return data["_rx"].sub(one, value)

    def _longer(self, phrase: str) -> list[str]:
        """Glossary keys that end with ``phrase`` and are longer ("organic cotton lining" for "cotton lining")."""
        last = phrase.split()[-1]
        return [k for k in self._by_last().get(last, ()) if len(k) > len(phrase)]

    @functools.lru_cache(maxsize=1)  # noqa: B019 — one bank per language, cached for the process
    def _by_last(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in self.terms:
            out.setdefault(k.split()[-1] if k.split() else k, []).append(k)
        return out

    _COMPOUND = re.compile(r"(?<![\w-])(solid[ -])?([^\W\d_][\w-]*)[ -](" + "|".join(GENERIC_HEADS)
                           + r")(?![\w-])", re.I)
    _SOLID = {"de": "{c} massiv", "fr": "{c} massif", "es": "{c} maciza", "it": "{c} massello", "pt": "{c} maciça",
              "ja": "{c}無垢材", "zh": "实木{c}"}

    def _compounds(self, value: str, kept: dict[str, str]) -> str:
        """"<species> wood" the glossary lacks as a whole, as one material (names.compound_material): "Beech
        wood" is never two materials ("Buche Holz"); the longest glossary entry still wins when there is one."""
        if self.lang == "en":
            return value

        def one(mt: re.Match) -> str:
            whole = mt.group(0).casefold()
            bare = whole.removeprefix((mt.group(1) or "").casefold())
            if whole in self.terms or mt.group(2).casefold() in GENERIC_HEADS or (bare in self.terms
                                                                                   and not mt.group(1)):
                return mt.group(0)
            first = self.terms.get(mt.group(2).casefold()) or lexicon_word(mt.group(2), self.lang)
            if not first and bare not in self.terms:
                return mt.group(0)
            out = self.terms.get(bare) or compound_material(first or "", mt.group(3), self.lang)
            if out == first and mt.group(3).casefold() not in ("wood", "timber"):
                return mt.group(0)  # no rule for this head in the language: the glossary decides word by word
            if mt.group(1) and mt.group(3).casefold() in ("wood", "timber") and self.lang in self._SOLID:
                out = self._SOLID[self.lang].replace("{c}", out.removesuffix("材") if self.lang == "ja" else out)
            key = f"\x02W{len(kept)}\x03"
            kept[key] = out
            return key

        return self._COMPOUND.sub(one, value)

    def join(self, items: list[str]) -> str:
        items = [i for i in items if i]
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return self.style["list_sep"].join(items[:-1]) + self.style["and"] + items[-1]

    def sentences(self, parts: list[str]) -> str:
        return self.style["space"].join(p.strip() for p in parts if p and p.strip()) if self.style["space"] \
            else "".join(p.strip() for p in parts if p and p.strip())

    @property
    def end(self) -> str:
        return self.style["end"]

    @property
    def quotes(self) -> tuple[str, str]:
        q = self.style.get("quotes")
        return (q[0], q[1]) if q else QUOTES.get(self.lang, ("“", "”"))


@functools.lru_cache(maxsize=1)
def _instructions_data() -> dict[str, Any]:
    data = json.loads((BANK_DIR / "prose" / "instructions.json").read_text(encoding="utf-8"))
    # "gummies" → "gummy": one key per dose form and its plural ("capsule", "capsules")
    data["dose_forms"] = {**data["dose_forms"], "gummie": data["dose_forms"]["gummy"]}
    data["_rx"] = [(re.compile(r"(?<![\w-])(?:" + s["en"] + r")(?![\w-])", re.I), s["out"]) for s in data["sentences"]]
    return data


def dose_forms() -> dict[str, Any]:
    """Dose forms ("capsules", "softgels", "tablets" …) per language, ``_langs`` giving the order (ja/zh: the
    counter, 粒, 錠, 片)."""
    data = _instructions_data()
    return {"_langs": data["_langs"], **data["dose_forms"]}


@functools.lru_cache(maxsize=1)
def _ingredients_data() -> dict[str, Any]:
    data = json.loads((BANK_DIR / "prose" / "ingredients.json").read_text(encoding="utf-8"))
    alt = lambda keys: "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))  # noqa: E731
    data["_rx"] = re.compile(rf"(?<![\w-])({alt(data['minerals'])})\s+({alt(data['salts'])})(?![\w-])", re.I)
    return data


@functools.lru_cache(maxsize=1)
def _parts_data() -> dict[str, Any]:
    data = json.loads((BANK_DIR / "prose" / "parts.json").read_text(encoding="utf-8"))
    parts = sorted(data["parts"], key=len, reverse=True)
    data["_rx"] = re.compile(r"(?:^|(?<=[,;(（]))(\s*(?:[^\W\d_][\w-]*\s+){1,3}?)(" + "|".join(re.escape(p) for p in parts)
                             + r")(?![\w-])(?=\s*(?:$|[,;.)）]))", re.I)
    return data


@functools.lru_cache(maxsize=32)
def own_words(lang: str) -> frozenset[str]:
    """Words of the language's glossary terms and mineral-salt names (names.py checks a composed supplement name
    with it: "bisglycinate" is French too)."""
    data = _ingredients_data()
    extra: set[str] = set()
    if lang in data["_langs"]:
        li = data["_langs"].index(lang)
        for table in (data["minerals"], data["salts"]):
            extra |= {w.casefold() for v in table.values() for w in re.findall(r"[^\W\d_][\w-]*", v[li])}
    return _own_words(lang) | frozenset(extra)


@functools.lru_cache(maxsize=32)
def bank_words(lang: str) -> frozenset[str]:
    """Every word of the language's phrase bank (its labels, templates, hooks) and of its EXTRA_LABELS: the
    language's own words, whatever the English looks like ("Material", "Form" in German)."""
    words: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, str):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_][\w-]*", re.sub(r"\{[^{}]*\}", " ", node)))
        elif isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            for x in node.values():
                walk(x)

    try:
        walk(load(lang).data)
    except KeyError:
        pass
    walk([v.get(lang, "") for v in EXTRA_LABELS.values()])
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _own_words(lang: str) -> frozenset[str]:
    """Words of the language's glossary terms (a word spelled as in English is then the language's own:
    "Polyester", "silicone")."""
    idx = _glossary()["_langs"].index(lang) if lang in _glossary()["_langs"] else None
    if idx is None:
        return frozenset()
    return frozenset(w.casefold() for v in _glossary()["terms"].values() if v[idx]
                     for w in re.findall(r"[^\W\d_][\w-]*", v[idx]))


def _de_dative(material: str) -> str:
    """A German material phrase after "aus" in the dative: "recyceltes Polyester" → "recyceltem Polyester",
    "gewaschene Baumwolle" → "gewaschener Baumwolle" (a noun in -e is feminine, the rest neuter or masculine)."""
    words = material.split()
    if len(words) < 2 or not words[0][:1].islower():
        return material
    fem = words[-1].endswith("e")
    first = re.sub(r"(?:es|er|e|en)$", "er" if fem else "em", words[0])
    return " ".join([first] + words[1:])


@functools.lru_cache(maxsize=32)
def load(lang: str) -> Bank:
    lang = (lang or "").split("-")[0].lower()
    path = BANK_DIR / f"{lang}.json"
    if not path.is_file():
        raise KeyError(f"the offline writer has no phrase bank for language '{lang}'; it writes "
                       f"{', '.join(supported_languages())} (configure an LLM provider for other languages)")
    data = json.loads(path.read_text(encoding="utf-8"))
    # shared numbered care phrases (assets/phrasebanks/prose/patterns.json) after the bank's own patterns
    shared = json.loads((BANK_DIR / "prose" / "patterns.json").read_text(encoding="utf-8"))["patterns"].get(lang)
    if shared:
        data["patterns"] = list(data.get("patterns") or []) + shared
    # a number's qualifier ("up to 24 hours", "(40 minutes)", "when closed") in the language, after those
    qualifiers = json.loads((BANK_DIR / "prose" / "qualifiers.json").read_text(encoding="utf-8"))["patterns"].get(lang)
    if qualifiers:
        data["patterns"] = list(data.get("patterns") or []) + qualifiers
    return Bank(lang, data)
