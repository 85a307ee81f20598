"""The offline writer's last pass over its own text: template leftovers a reader would have to edit away.

Round 3 of the native-reader review (issue 16) found classes of leftovers that no single template produces but
their combination does. Each is removed here, in every prose field of every kind, for every language:

- a label followed by a value that says the label again ("Coupe : Coupe classique" → "Coupe classique",
  "Fit: Classic fit" → "Classic fit") — the value alone says it;
- a phrase written twice in a row ("Made in Made in Germany", "Hergestellt in Hergestellt in …");
- empty slots: a label with nothing after it ("Farbe: ." ), empty brackets, a placeholder a template left
  (``{v}``);
- doubled or clashing punctuation (".." but not "…", ". .", ",.", ":.", "。。", "、。"), a space before , or .;
- French spacing (fr-FR, fr-BE, fr-CH: Babel's ``french`` and the Imprimerie nationale rules, as CLDR's
  ``fr`` punctuation data writes them): U+202F NARROW NO-BREAK SPACE before ; ! ? and inside « », U+00A0
  NO-BREAK SPACE before : — Canadian French (fr-CA, Office québécois de la langue française) puts no space
  before ; ! ? and U+00A0 before :.

Fields that are not prose (links, hashtags, image/camera codes, search terms, tags) are left alone.
"""

from __future__ import annotations

from typing import Any

# ``regex``, not ``re``: its \w and \b count combining marks as parts of a word. With ``re`` a Thai or Devanagari
# word breaks at every vowel sign and tone mark (น้ำหนัก is "น", "ำหน", "ก"), so the label-repeat rule below took the
# tail of a label for a whole word and deleted it ("น้ำหนัก: 540 ก." → "น้ำหนั540 ก.", "माप: 183" → "मा183";
# issue 16, stop 17). Same for Arabic with harakat and any text with combining accents.
import regex as re

from generators.copy.counts import agree

SKIP_FIELDS = {"link", "hashtags", "image", "camera", "channel", "language", "link_placement", "search_terms",
               "tags", "aspect", "preset", "duration"}

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

# a label (one to three words) and a value that repeats it ("Coupe : Coupe classique", "Fit: Classic fit"):
# the value is written alone. The value runs to the end of its sentence, clause or line.
_LABEL_REPEAT = re.compile(
    r"(?P<label>\b[^\W\d_][\w'’\-]*(?:[ \u00a0][^\W\d_][\w'’\-]*){0,2})[ \u00a0\u202f]?[:：][ \u00a0\u202f]*"
    r"(?P<value>[^.;:。；：।؛؟\n]*?(?<![\w\-])(?P=label)(?![\w\-])[^.;:。；：।؛؟\n]*)", re.I)
# a phrase of one to four words written twice in a row ("Made in Made in", "Achtung Achtung")
_REPEAT = re.compile(r"(?<![\w\-])(?P<p>[^\W\d_][\w'’\-]*(?:[ \u00a0][^\W\d_][\w'’\-]*){0,3})"
                     r"(?:[ \u00a0]+(?P=p))+(?![\w\-])", re.I)
# a measure or rating written twice in a row ("2.5 TOG 2.5 TOG", "IP67 IP67", "500 ml 500 ml")
_NUMBER_REPEAT = re.compile(r"(?<![\w.,])(?P<p>\d[\d.,\u00a0\u202f]*[ \u00a0\u202f]?[^\W\d_][\w/²³°]*)"
                            r"(?:[ \u00a0\u202f]+(?P=p))+(?![\w])")
# bullet and tick symbols a seller's HTML list brings ("• ✔ Battery", "✓ IP67", "★ 5 stars"): no copy writes them
_SOURCE_SYMBOLS = re.compile(r"(?:(?<=^)|(?<=\s)|(?<=[.:：。]))[•●▪◦‣∙✔✓✅☑★☆⭐►▶➤➔✗✘❌◆■□▸▹–-]?"
                             r"(?:[•●▪◦‣∙✔✓✅☑★☆⭐►▶➤➔✗✘❌◆■□▸▹]\ufe0f?[ \u00a0]*)+")
_PLACEHOLDER = re.compile(r"\{[a-z_:|]*\}")
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|（\s*）|\[\s*\]|「\s*」|“\s*”|„\s*“|«\s*»)")
# a label with no value before the end of its sentence ("Farbe: ." / "Farbe:" at the end)
_EMPTY_LABEL = re.compile(r"(?:^|(?<=[.;。；।؛]\s)|(?<=[.;。；।؛]))[^\W\d_][\w'’\- ]{0,30}[ \u00a0\u202f]?[:：][ \u00a0\u202f]*"
                          r"(?:[.;。；।؛]\s*|$)")


# languages whose script has no letter case (every other registry language is written in Latin, Cyrillic or Greek
# letters, or may be)
_UNCASED = frozenset({"ja", "zh", "ko", "th", "ar", "hi", "he", "fa", "ur"})
# the first letter of a field or line, after opening quotes/brackets; not a word with a capital inside (iPhone,
# eBay), a unit or a Latin "x" (a count), or a link, handle or hashtag
_LINE_START = re.compile(r"(?m)^([ \t\"“„«‹(\[¿¡'‘‚]*)(?!(?:[mcdk]?[mgl]|x|ml|www)\b)(?!\S*(?:://|@|\.(?:com|net|org)\b))"
                         r"(\p{Ll})(?![\p{L}\p{M}]*\p{Lu})")


def _upper(letter: str, lang: str) -> str:
    """``letter`` as a capital in ``lang``: Turkish (and Azerbaijani) i → İ."""
    if lang in ("tr", "az") and letter == "i":
        return "İ"
    return letter.upper()


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def clean_text(text: str, lang: str, market: str = "", keep: frozenset[str] = frozenset(),
               names: tuple[str, ...] = ()) -> str:
    """``text`` without template leftovers (module doc); ``keep`` holds casefolded phrases that are allowed to
    repeat (the product's own name, e.g. a brand "Bora Bora"); ``names`` the seller's own names as written
    (vendor, title, option values): their casing and spelling are never changed (see ``own_names``)."""
    if not text or not isinstance(text, str):
        return text
    out = _PLACEHOLDER.sub("", text)
    out = _EMPTY_BRACKETS.sub("", out)

    def label_repeat(m: re.Match) -> str:
        value = m.group("value").strip()
        at_start = m.start() == 0 or out[:m.start()].rstrip()[-1:] in ".;。；!?:：\n"
        return _cap_first(value) if at_start else value

    out = _LABEL_REPEAT.sub(label_repeat, out)

    def repeat(m: re.Match) -> str:
        p = m.group("p")
        if m.group(0).casefold() in keep or any(m.group(0).casefold() in k for k in keep):
            return m.group(0)
        if len(p) < 3 and " " not in p:  # "so so", "xx" — too short to be sure it is a leftover
            return m.group(0)
        return p

    out = _REPEAT.sub(repeat, out)
    out = _NUMBER_REPEAT.sub(lambda m: m.group("p"), out)
    out = _SOURCE_SYMBOLS.sub("", out)
    out = _EMPTY_LABEL.sub("", out)
    # punctuation: one mark where a template and a value each brought one
    out = re.sub(r"(?<!\.)\.\.(?!\.)", ".", out)
    out = re.sub(r"\.\s+\.(?!\.)", ".", out)
    out = re.sub(r"[,;:]\s*\.(?!\.)", ".", out)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r"。{2,}", "。", out)
    out = re.sub(r"[、，：；]。", "。", out)
    out = re.sub(r"。[、，]", "。", out)
    if lang in ("ja", "zh"):  # a full-width mark carries its own space: "…あります。 この製品" (copy hold-out 8)
        out = re.sub(r"(?<=[。！？])[ \u00a0\u202f]+(?=[^\s\d])", "", out)
    out = re.sub(r"[ \u00a0\u202f]+([,.])(?!\d)", r"\1", out)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    out = local_units(out, lang, market)
    out = agree(out, lang)  # "كل 2 ساعات" → "كل ساعتين", "60 vidonge" → "vidonge 60", "60 kaps. miękkich"
    if lang not in _UNCASED:
        # a sentence starts with a capital ("… von Lumen. leichte Textur" → "Leichte Textur"); not after an
        # abbreviation's dot ("ca. 5 cm", "z. B. …") or a number ("1. Stufe")
        lower = _lower_names(names)
        out = re.sub(r"(?<=[^\W\d_]{4}[.!?] )([^\W\d_])",
                     lambda m: m.group(1) if _after_abbreviation(out, m.start()) or _name_at(out, m.start(), lower)
                     else _upper(m.group(1), lang), out)
        # and so does a field, a line and a heading: the built type said by its head noun is "Lampe", "Lámpara" on
        # a scene's screen text, never "lampe" (issue 16, stop 17) — but a brand the seller writes in small letters
        # ("bloomr") stays as written
        out = _LINE_START.sub(lambda m: m.group(0) if _name_at(out, m.start(2), lower)
                              else m.group(1) + _upper(m.group(2), lang), out)
    if lang == "en" and market.upper() in US_SPELLING_MARKETS:
        out = us_spelling(out, names)
    if lang == "fr":
        out = french_spacing(out, market)
    if lang in ("ja", "zh"):  # the full-width semicolon beside Japanese or Chinese text ("ネイビー；サイズ")
        out = re.sub(r"(?<=[^\x00-\x7f]);\s*|\s*;\s*(?=[^\x00-\x7f\s])", "；", out)
    if lang in _OWN_MARKS:
        out = own_marks(out, lang)
    return out


# Thai abbreviations that keep their dot (5 มม., 3 กก., 2 ชม.); any other dot after a Thai word ends a sentence
_THAI_ABBREVIATIONS = frozenset({"มม", "ซม", "กก", "มล", "กม", "ชม", "ม", "ล", "ก", "ตร", "ลบ", "ศ", "ค", "พ", "น",
                                 "ซีซี", "ตรม", "ลิตร"})
_OWN_MARKS = ("hi", "th", "ar")


def own_marks(text: str, lang: str) -> str:
    """The language's own sentence punctuation where a template or a value brought the English one (issue 16,
    warnings in every language): Hindi ends a sentence with one danda (an English full stop after Devanagari
    becomes "।", "।." becomes "।"); Thai puts no full stop after a sentence (a space separates sentences;
    abbreviations keep theirs: 5 มม., 3 กก.); Arabic writes ، and ؛ after Arabic words."""
    if lang == "hi":
        out = re.sub(r"(?<=[\u0900-\u0963\u0966-\u097f])\.(?=\s|$|[)\]”\"»])", "।", text)
        out = re.sub(r"।[ \u00a0]*[.।]+", "।", out)
        return re.sub(r"(?<=[^\W\d_])[ \u00a0]+।", "।", out)
    if lang == "th":
        def dot(m: re.Match[str]) -> str:
            word = m.group(1)
            if word in _THAI_ABBREVIATIONS or m.start() > 0 and text[m.start() - 1] == ".":
                return m.group(0)
            return word
        out = re.sub(r"([\u0e00-\u0e7f]+)\.(?=\s|$)", dot, text)
        return re.sub(r"[ \t]{2,}", " ", out).strip()
    if lang == "ar":
        out = re.sub(r"(?<=[\u0621-\u064a\u064b-\u0652])[ \u00a0]*,(?=\s)", "،", text)
        return re.sub(r"(?<=[\u0621-\u064a\u064b-\u0652])[ \u00a0]*;(?=\s)", "؛", out)
    return text


# units a large number stands before ("20000 mAh", "10000 IU", "12000 steps"); a bare number may be a model
_GROUPED_UNIT = r"(?:mAh|mWh|Wh|Ah|mg|µg|mcg|IU|I\.E\.|UI|ml|mL|g|kg|Pa|lm|lux|rpm|Hz|mm|cm|m|km|mAh\b)"
_LARGE = re.compile(r"(?<![\w.,/\-])(\d{5,})(?![\d.,])(?=[ \u00a0\u202f]?" + _GROUPED_UNIT + r"(?![^\W\d_]))")
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \u00a0\u202f]?%")
# a percent sign per CLDR's percent pattern: "15 %" (de, es, fr: a no-break space, as names.localize_percent
# writes it), "15%" (en, it, pt, ja, zh …)
_PERCENT_SPACE = {"de": NBSP, "es": NBSP, "fr": NBSP, "nl": "", "sv": NBSP, "nb": NBSP, "da": NBSP, "fi": NBSP,
                  "cs": NBSP, "pl": "", "tr": ""}
# a battery's charge is no volume: a capacity label before mAh/Wh says the battery ("Fassungsvermögen: 20.000 mAh",
# "Contenance : 20 000 mAh" → "Akkukapazität: …", "Capacité de la batterie : …")
_VOLUME_LABEL = {"de": ("Fassungsvermögen", "Akkukapazität"), "fr": ("(?:Contenance|Capacité)", "Capacité de la batterie"),
                 "es": ("Capacidad", "Capacidad de la batería"), "it": ("Capacità", "Capacità della batteria"),
                 "pt": ("Capacidade", "Capacidade da bateria"), "ja": ("容量", "バッテリー容量"),
                 "zh": ("容量", "电池容量"), "en": ("Capacity", "Battery capacity")}


_ABBREVIATIONS = ("ca.", "bzw.", "inkl.", "exkl.", "usw.", "env.", "etc.", "aprox.", "approx.", "ecc.", "incl.",
                  "excl.", "max.", "min.", "vol.", "art.", "tel.", "nr.", "no.", "dim.", "std.", "stk.", "sek.", "inkl.", "zzgl.",
                  "gr.", "approx.", "env.", "cca.", "sig.", "pág.", "pag.", "godz.", "mies.", "kaps.", "tabl.")


def _after_abbreviation(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    word = before.rsplit(" ", 1)[-1].casefold()
    return word in _ABBREVIATIONS


# a number as an English source writes it, copied into another language's text: thousands grouped by commas
# ("2,600 mAh", "1,000,000") — a German reader takes "2,600" for 2.6 — and a decimal point before a unit
# ("2.5 TOG", "1.5 kg"). Read as the number it is and written per locale (Babel): 2.600 / 2 600 / 2,5.
_EN_GROUPED = re.compile(r"(?<![\w.,\u00a0\u202f])([1-9]\d{0,2}(?:,\d{3})+)(?![\d]|[.,]\d)")
_EN_DECIMAL_UNIT = re.compile(
    r"(?<![\w.,])(\d+)\.(\d+)(?=[ \u00a0\u202f]?(?:" + r"mAh|mWh|Wh|Ah|mg|µg|mcg|IU|ml|mL|cl|l|L|g|kg|lb|oz|mm|cm|m|km|"
    r"in|W|V|A|TOG|tog|Std\.|h|Stunden|heures|horas|ore|時間|小时|cm²|m²|%)(?![^\W\d_]))")
_DECIMAL_COMMA = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "uk", "cs", "sv", "da", "nb", "fi", "id",
                  "vi", "ro", "hu", "el")


def english_numbers(text: str, lang: str, locale: str) -> str:
    """English-written numbers in ``text`` (see ``_EN_GROUPED``) in the locale's digits; "2,600 mAh" → "2.600
    mAh" (de), "2 600 mAh" (fr); "2.5 TOG" → "2,5 TOG". Languages with a decimal point (ja, zh, ko …) keep them."""
    from babel.numbers import format_decimal

    if lang not in _DECIMAL_COMMA:
        return text

    def fmt(value: object) -> str:
        try:
            return str(format_decimal(value, locale=locale))  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 — a market Babel does not know: the language alone
            return str(format_decimal(value, locale=lang))  # type: ignore[arg-type]

    from babel.numbers import get_decimal_symbol

    try:
        point = str(get_decimal_symbol(locale))
    except Exception:  # noqa: BLE001
        point = str(get_decimal_symbol(lang))

    def decimal(m: re.Match[str]) -> str:
        if len(m.group(2)) == 3 and m.group(1) != "0":
            return m.group(0)  # "10.000 mAh" is a grouped number (this pass or the locale's own), not 10.0
        return m.group(1) + point + m.group(2)

    out = _EN_DECIMAL_UNIT.sub(decimal, text)
    return _EN_GROUPED.sub(lambda m: fmt(int(m.group(1).replace(",", ""))), out)


def local_units(text: str, lang: str, market: str = "") -> str:
    """Numbers and units the way the market writes them: a large number before a unit grouped per locale (Babel:
    20.000 mAh de/es/it/pt, 20 000 mAh fr with U+202F, 20,000 mAh en/ja/zh), the percent sign spaced per CLDR
    ("15 %" de/fr/es, "15%" it/pt/ja/zh), "gsm" as g/m² outside English, and a capacity label before a battery's
    mAh/Wh as the battery's capacity. Applied to every prose field of every kind (native-reader review round 3)."""
    from babel.numbers import format_decimal

    locale = (market or lang or "en").replace("-", "_")
    try:
        out = _LARGE.sub(lambda m: format_decimal(int(m.group(1)), locale=locale), text)
    except Exception:  # noqa: BLE001 — a market Babel does not know: the language alone
        out = _LARGE.sub(lambda m: format_decimal(int(m.group(1)), locale=lang or "en"), text)
    if lang != "en":
        out = english_numbers(out, lang, locale)
        out = re.sub(r"(?<=\d)[ \u00a0]?gsm\b", " g/m²", out, flags=re.I)
        space = _PERCENT_SPACE.get(lang, "")
        # (a no-break space the fact pass wrote, U+00A0 or U+202F, is kept)
        out = _PERCENT.sub(lambda m: m.group(0) if (space and m.group(0)[-2:-1] in (NBSP, NNBSP))
                           else m.group(1) + space + "%", out)
    pair = _VOLUME_LABEL.get(lang)
    if pair:
        out = re.sub(rf"(?<![\w])(?:Fasst|{pair[0]})(?=[ \u00a0\u202f]?[:：][ \u00a0\u202f]*\d[\d.,\u00a0\u202f ]*\s?(?:mAh|Wh|Ah)\b)",
                     pair[1], out)
        out = re.sub(r"\bFasst (?=\d[\d.,\u00a0\u202f ]*\s?(?:mAh|Wh|Ah)\b)", "Akkukapazität: ", out) \
            if lang == "de" else out
    out = _ORDINAL_DEGREE.sub(r"\1°", out)
    return point_decimals(out, lang, locale)


# "60 ºC": the ordinal indicator (U+00BA) typed for the degree sign (copy hold-out 8, stop 19)
_ORDINAL_DEGREE = re.compile(r"(?<=\d)([ \u00a0\u202f]?)º(?=[ \u00a0\u202f]?[CF]\b)")
# a decimal comma the source wrote before a unit or a "×" ("7,5 × 27 cm", "1,2 L"): one or two digits after the
# comma (three are a thousands group: "20,000 mAh")
_COMMA_DECIMAL = re.compile(
    r"(?<![\d.,A-Za-z])(\d+),(\d{1,2})(?=[ \u00a0\u202f]?(?:[×x](?![A-Za-z])|mAh|mWh|Wh|Ah|mg|µg|mcg|IU|ml|mL|cl|l|L|"
    r"g|kg|lb|oz|mm|cm|m|km|in|W|V|A|h|cm²|m²|%|°)(?![A-Za-z]))")


def point_decimals(text: str, lang: str, locale: str) -> str:
    """A decimal comma copied from a European source into a market that writes a decimal point (Babel's
    decimal symbol of the locale: en-US, ja, zh, ko, th, hi …): "7,5 × 27 cm" → "7.5 × 27 cm" — copy hold-out
    8's readers found "7,5 × 7,5 cm" in the US, Japanese and Chinese listings (stop 19)."""
    from babel.numbers import get_decimal_symbol

    try:
        point = str(get_decimal_symbol(locale))
    except Exception:  # noqa: BLE001 — a market Babel does not know: the language alone
        point = str(get_decimal_symbol(lang or "en"))
    if point != "." or "," not in text:
        return text
    return _COMMA_DECIMAL.sub(lambda m: m.group(1) + "." + m.group(2), text)


def french_spacing(text: str, market: str = "") -> str:
    """French punctuation spacing (module doc): France, Belgium, Switzerland — U+202F before ; ! ? and inside
    « », U+00A0 before :; Canada — none before ; ! ?, U+00A0 before :. A colon between digits (12:30) or in a
    URL (https://) is no punctuation mark of the sentence and is left alone."""
    canada = market.upper().endswith("-CA")
    thin = "" if canada else NNBSP
    out = re.sub(r"[ \u00a0\u202f]*([;!?])(?=\s|$|[»)\]])", lambda m: thin + m.group(1), text)
    out = re.sub(r"(?<=[^\s\d:/])[ \u00a0\u202f]*:(?=[ \u00a0]|$)", NBSP + ":", out)
    out = re.sub(r"[ \u00a0\u202f]+:(?=[ \u00a0]|$)", NBSP + ":", out)
    inner = NBSP if canada else NNBSP
    out = re.sub(r"«[ \u00a0\u202f]*", "«" + inner, out)
    out = re.sub(r"[ \u00a0\u202f]*»", inner + "»", out)
    # the digit before % and a unit keeps its no-break space (written by the fact pass)
    return out


def polish(content: Any, lang: str, market: str = "", keep: frozenset[str] = frozenset(), _key: str = "",
           names: tuple[str, ...] = ()) -> Any:
    """``clean_text`` over every prose string of ``content`` (a kind's JSON), recursively."""
    if isinstance(content, str):
        if _key in ("search_terms", "tags") and lang == "en" and market.upper() in US_SPELLING_MARKETS:
            return us_spelling(content, names)  # keywords a US shopper types: "aluminum", not "aluminium"
        return content if _key in SKIP_FIELDS else clean_text(content, lang, market, keep, names)
    if isinstance(content, list):
        return [polish(x, lang, market, keep, _key, names) for x in content]
    if isinstance(content, dict):
        return {k: polish(v, lang, market, keep, k, names) for k, v in content.items()}
    return content


def own_names(task: dict[str, Any]) -> tuple[str, ...]:
    """The seller's own names as written: vendor, title and variant option values (longest first)."""
    p = task.get("product") or {}
    out = {x for x in (p.get("vendor") or "", p.get("title") or "") if x.strip()}
    out |= {v for vals in (task.get("options") or {}).values() for v in vals if isinstance(v, str) and v.strip()}
    return tuple(sorted(out, key=len, reverse=True))


def _lower_names(names: tuple[str, ...]) -> frozenset[str]:
    """Words of the seller's names that start with a small letter ("bloomr", "iPhone"): never capitalised."""
    return frozenset(w for n in names for w in n.split() if w[:1].islower() and any(c.isalpha() for c in w[1:])
                     and w.casefold() not in _UNIT_WORDS)


_UNIT_WORDS = frozenset({"mm", "cm", "ml", "kg", "g", "x", "in", "oz", "lb", "and", "with", "for", "of", "the", "by"})


def _name_at(text: str, pos: int, lower: frozenset[str]) -> bool:
    if not lower:
        return False
    m = re.match(r"[\w'’\-]+", text[pos:])
    return m is not None and m.group(0) in lower


# en-US (and en-PH, which follows US spelling): the writer's own words in US spelling and US typography — copy
# hold-out 7 wrote "Colour", "Aluminium" and "100 %" on a US store (stop 18). The seller's own names (vendor,
# title, option values: a colour called "Aluminium grey") are left as written.
US_SPELLING_MARKETS = frozenset({"EN-US", "EN-PH"})
_US_WORDS = {"colour": "color", "colours": "colors", "coloured": "colored", "colourful": "colorful",
             "colourway": "colorway", "colourways": "colorways", "aluminium": "aluminum", "grey": "gray",
             "fibre": "fiber", "fibres": "fibers", "centre": "center", "centres": "centers", "litre": "liter",
             "litres": "liters", "millilitre": "milliliter", "millilitres": "milliliters", "metre": "meter",
             "metres": "meters", "centimetre": "centimeter", "centimetres": "centimeters", "moisturiser": "moisturizer",
             "moisturising": "moisturizing", "favourite": "favorite", "favourites": "favorites", "odour": "odor",
             "flavour": "flavor", "flavours": "flavors", "jewellery": "jewelry", "tyre": "tire", "tyres": "tires",
             "polarised": "polarized", "personalised": "personalized", "organiser": "organizer", "catalogue": "catalog",
             "vapour": "vapor", "harbour": "harbor", "behaviour": "behavior", "travelling": "traveling",
             "practise": "practice", "defence": "defense", "licence": "license", "programme": "program",
             "hydrolysed": "hydrolyzed", "sulphate": "sulfate", "sulphates": "sulfates", "stabilised": "stabilized",
             "vulcanised": "vulcanized", "anodised": "anodized", "galvanised": "galvanized"}
_US_RE = re.compile(r"(?<![\w\-])(" + "|".join(sorted(_US_WORDS, key=len, reverse=True)) + r")(?![\w\-])", re.I)
_SPACED_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]%")


def us_spelling(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` in US spelling and typography ("Color", "aluminum", "100%"), the seller's ``names`` untouched."""
    kept = [(m.start(), m.end()) for n in names if n for m in re.finditer(re.escape(n), text)]

    def us(m: re.Match[str]) -> str:
        if any(s <= m.start() < e for s, e in kept):
            return m.group(0)
        word = m.group(1)
        out = _US_WORDS[word.casefold()]
        if word.isupper():
            return out.upper()
        return out[:1].upper() + out[1:] if word[:1].isupper() else out

    out = _US_RE.sub(us, text)
    return _SPACED_PERCENT.sub(lambda m: m.group(0) if any(s <= m.start() < e for s, e in kept) else "%", out)


def keep_phrases(task: dict[str, Any]) -> frozenset[str]:
    """Phrases of the product's own name and brand that may legitimately repeat a word ("Bora Bora")."""
    p = task.get("product") or {}
    return frozenset(x.casefold() for x in (p.get("title") or "", p.get("vendor") or "") if x)
