"""A number and the noun it counts, in the language's grammar (issue 16, stop 17).

Templates and glossary values put a digit before a noun in one fixed form ("كل {n} ساعات", "60 كبسولات",
"60 vidonge", "60 kaps. miękkie"). Which form a number takes is the CLDR plural category of the number in the
language (Babel, ``Locale.plural_form``), and the form of each category is data here:

- **Arabic** (CLDR one/two/few/many/other): 1 the singular; 2 the dual (oblique ‑ين/‑تين, the case of the object and
  of a noun after a preposition, which is where our labels count) *without the digit* — the dual says "two"
  ("كل ساعتين", "تناول كبسولتين"), a digit before a dual is not written; 3–10 the plural ("3 ساعات"); 11–99 the
  singular, accusative ("12 ساعة", "36 شهرًا", "60 كبسولة"); 100, 1000 … the singular ("100 كبسولة").
- **Polish** (one/few/many): 2–4, 22–24 … the nominative plural ("3 kapsułki"); 5–21, 25–31 … the genitive
  plural ("5 kapsułek", "60 kaps. miękkich"). 1 is left as the template wrote it (its case depends on the verb).
- **Swahili**: the number follows the noun ("vidonge 60", "saa 2"), and 1 takes the singular ("kidonge 1").

Only the nouns listed here are handled; any other noun after a digit is left as written (see docs/readme/copy.md,
"what is left"). Turkish, Hindi, Indonesian, Malay, Filipino, Vietnamese, Thai, Japanese, Chinese and Korean
write a counted noun in one form after any number; German, French, Spanish, Italian, Portuguese, Dutch and
English templates have one/other forms of their own.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

# Arabic: every form of a counted noun → its form per CLDR category
_AR = [
    {"one": "ساعة", "two": "ساعتين", "few": "ساعات", "many": "ساعة", "other": "ساعة"},
    {"one": "سنة", "two": "سنتين", "few": "سنوات", "many": "سنة", "other": "سنة"},
    {"one": "شهر", "two": "شهرين", "few": "أشهر", "many": "شهرًا", "other": "شهر"},
    {"one": "يوم", "two": "يومين", "few": "أيام", "many": "يومًا", "other": "يوم"},
    {"one": "أسبوع", "two": "أسبوعين", "few": "أسابيع", "many": "أسبوعًا", "other": "أسبوع"},
    {"one": "دقيقة", "two": "دقيقتين", "few": "دقائق", "many": "دقيقة", "other": "دقيقة"},
    {"one": "مرة", "two": "مرتين", "few": "مرات", "many": "مرة", "other": "مرة"},
    {"one": "قطعة", "two": "قطعتين", "few": "قطع", "many": "قطعة", "other": "قطعة"},
    {"one": "زوج", "two": "زوجين", "few": "أزواج", "many": "زوجًا", "other": "زوج"},
    {"one": "كبسولة هلامية", "two": "كبسولتين هلاميتين", "few": "كبسولات هلامية", "many": "كبسولة هلامية",
     "other": "كبسولة هلامية"},
    {"one": "كبسولة نباتية", "two": "كبسولتين نباتيتين", "few": "كبسولات نباتية", "many": "كبسولة نباتية",
     "other": "كبسولة نباتية"},
    {"one": "كبسولة", "two": "كبسولتين", "few": "كبسولات", "many": "كبسولة", "other": "كبسولة"},
    {"one": "قرص", "two": "قرصين", "few": "أقراص", "many": "قرصًا", "other": "قرص"},
    {"one": "حبة حلوى", "two": "حبتي حلوى", "few": "حبات حلوى", "many": "حبة حلوى", "other": "حبة حلوى"},
    {"one": "حبة", "two": "حبتين", "few": "حبات", "many": "حبة", "other": "حبة"},
]
# other spellings a template or value writes for a form (the accusative tanween, شهور for أشهر)
_AR_ALSO = {"شهرا": "شهر", "شهور": "شهر", "ساعةً": "ساعة", "سنةً": "سنة", "يوما": "يوم", "قرصا": "قرص"}

# Polish: nominative plural (few) and genitive plural (many); 1 is left alone
_PL = [
    {"few": "kaps. miękkie", "many": "kaps. miękkich"},
    {"few": "kapsułki miękkie", "many": "kapsułek miękkich"},
    {"few": "kapsułki wegańskie", "many": "kapsułek wegańskich"},
    {"few": "kapsułki roślinne", "many": "kapsułek roślinnych"},
    {"few": "tabletki do żucia", "many": "tabletek do żucia"},
    {"few": "tabletki musujące", "many": "tabletek musujących"},
    {"few": "kapsułki", "many": "kapsułek"},
    {"few": "tabletki", "many": "tabletek"},
    {"few": "żelki", "many": "żelek"},
    {"few": "saszetki", "many": "saszetek"},
    {"few": "sztuki", "many": "sztuk"},
    {"few": "pary", "many": "par"},
]
# a preposition that governs the genitive ("poniżej 3 lat", "do 3 kapsułek"): the number's own case is left alone
_PL_GENITIVE = frozenset({"poniżej", "powyżej", "od", "do", "ponad", "z", "bez", "dla", "około", "niż", "wśród",
                          "spośród", "zamiast", "oprócz"})

# Swahili: plural noun → singular (the number follows the noun)
_SW = {"vidonge vya kapsuli": "kidonge cha kapsuli", "vidonge laini": "kidonge laini",
       "vidonge vya kutafuna": "kidonge cha kutafuna", "vidonge vinavyoyeyuka": "kidonge kinachoyeyuka",
       "kapsuli za mboga": "kapsuli ya mboga", "kapsuli za mimea": "kapsuli ya mimea", "vidonge": "kidonge",
       "kapsuli": "kapsuli", "vipande": "kipande", "jozi": "jozi", "pipi laini": "pipi laini", "saa": "saa",
       "siku": "siku", "miezi": "mwezi", "miaka": "mwaka", "wiki": "wiki", "dakika": "dakika"}

_NUM = r"(?<![\d.,/\u00a0\u202f]|\d[ \u00a0\u202f])(\d+)(?![\d.,]\d)"


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _ar_rx() -> tuple[regex.Pattern[str], dict[str, dict[str, str]]]:
    forms = {f: row for row in _AR for f in row.values()}
    forms.update({k: next(r for r in _AR if r["one"] == v) for k, v in _AR_ALSO.items()})
    return regex.compile(_NUM + r"[ \u00a0]+(" + _alt(forms) + r")(?![\p{L}\p{M}])"), forms


@functools.lru_cache(maxsize=1)
def _pl_rx() -> tuple[regex.Pattern[str], dict[str, dict[str, str]]]:
    forms = {f.casefold(): row for row in _PL for f in row.values()}
    return regex.compile(_NUM + r"[ \u00a0]+(" + _alt(forms) + r")(?![\p{L}\p{M}])", regex.I), forms


@functools.lru_cache(maxsize=1)
def _sw_rx() -> regex.Pattern[str]:
    return regex.compile(_NUM + r"[ \u00a0]+(" + _alt(_SW) + r")(?![\p{L}\p{M}])")


@functools.lru_cache(maxsize=64)
def plural_category(n: int, lang: str) -> str:
    """The CLDR plural category of the whole number ``n`` in ``lang`` (Babel): one, two, few, many or other."""
    from babel import Locale

    try:
        return str(Locale.parse(lang).plural_form(n))
    except Exception:  # noqa: BLE001 — a language Babel does not know: no agreement to make
        return "other"


def _int(digits: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def agree(text: str, lang: str) -> str:
    """``text`` with every listed noun after a digit in the form its number takes (module doc)."""
    if not text or lang not in ("ar", "pl", "sw") or not regex.search(r"\d", text):
        return text
    if lang == "ar":
        rx, forms = _ar_rx()

        def ar(m: regex.Match[str]) -> str:
            row = forms[m.group(2)]
            cat = plural_category(_int(m.group(1)), "ar")
            if cat == "two":
                return row["two"]
            return f"{m.group(1)} {row.get(cat, row['other'])}"

        return rx.sub(ar, text)
    if lang == "pl":
        prx, pforms = _pl_rx()

        def pl(m: regex.Match[str]) -> str:
            before = text[:m.start()].split()
            if before and before[-1].casefold() in _PL_GENITIVE:
                return m.group(0)
            cat = plural_category(_int(m.group(1)), "pl")
            row = pforms[m.group(2).casefold()]
            if cat not in row:
                return m.group(0)
            return f"{m.group(1)} {row[cat]}"

        return prx.sub(pl, text)

    def sw(m: regex.Match[str]) -> str:
        noun = m.group(2)
        return f"{_SW[noun] if _int(m.group(1)) == 1 else noun} {m.group(1)}"

    return _sw_rx().sub(sw, text)
