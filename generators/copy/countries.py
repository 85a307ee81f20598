"""Countries of origin with the preposition and article each language's "made in" takes: de "Hergestellt in den
USA / in der Türkei", fr "Fabriqué aux États-Unis / en Chine / au Viêt Nam", it "Prodotto negli Stati Uniti", pt
"Fabricado nos EUA / na China", es "Fabricado en EE. UU. / en la India" (data: ``assets/phrasebanks/countries/
origin.json``, the countries sellers ship from)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "assets" / "phrasebanks" / "countries" / "origin.json"


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Every spelling a value may use (English aliases, each language's name) → ISO code."""
    t = _table()
    out: dict[str, str] = {}
    for code, names in t["aliases"].items():
        for n in names:
            out[n.casefold()] = code
    for lang, rows in t.items():
        if lang.startswith("_") or lang == "aliases":
            continue
        for code, (name, _phrase) in rows.items():
            out.setdefault(name.casefold(), code)
    return out


def code_of(value: str) -> str | None:
    v = re.sub(r"^(?:made|manufactured|produced)\s+in\s+", "", (value or "").strip(), flags=re.I)
    return _codes().get(v.strip(" .").casefold())


def made_in(value: str, lang: str) -> tuple[str, str] | None:
    """(the country's name, the phrase "made in" takes: "in den USA") in ``lang``; None when the value is not one
    country the table knows (it is then written as it is)."""
    code = code_of(value)
    rows = _table().get(lang) or {}
    if code is None or code not in rows:
        return None
    name, phrase = rows[code]
    return name, phrase


# the preposition a "made in {v}" template puts before the country: replaced by the country's own phrase
_PREP = re.compile(r"\b(?:in|en|em|a|au|aux|nel|na|no|nos)\s+\{v\}")


def origin_template(template: str, value: str, lang: str) -> tuple[str, str]:
    """(template, value) for an origin sentence: "Hergestellt in {v}." with "USA" → ("Hergestellt {v}.",
    "in den USA"); a language without a preposition (ja 中国製, zh 产地：中国) gets the country's name."""
    found = made_in(value, lang)
    if found is None:
        return template, value
    name, phrase = found
    if _PREP.search(template):
        return _PREP.sub("{v}", template, count=1), phrase
    return template, name
