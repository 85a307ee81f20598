"""Facts said with the component they belong to (issue 16, stop 22: copy hold-out 12's reviewers found "Certified:
FSC" on a serum whose carton only is FSC, "RDS, OEKO-TEX" on a duvet, a bluesign jacket whose shell fabric only is,
a trail weight given as the tent's weight, in every market and format).

The import keeps each fact's component (``studio.importers.components``: ``data["components"]`` of a certification
— certificate → component — and of a material — component → material —, ``data["measure"]`` / ``data["weights"]`` of
a weight). Here the writers say them:

- a certificate of a component: "Filling: RDS-certified", "Füllung: RDS-zertifiziert", "Garnissage : certification
  RDS", "中綿：RDS認証" — never "Certified: RDS" of the product; a packaging-only certificate (carton, box, label,
  jar, bottle, cap) goes to the listing under the packaging word and is left out of captions and scripts;
- the product's material said of its component: "Shell fabric: 100% recycled nylon", "Außenstoff: 100 % recyceltes
  Nylon" — never "Made from 100% recycled nylon" of the whole jacket;
- a weight with what it measures: "1.28 kg (minimum trail weight)", "1,28 kg (Mindestgewicht unterwegs), 1,52 kg
  (Packgewicht)".

Words: ``assets/phrasebanks/prose/parts.json`` first, then ``components.json`` (en, de, fr, es, it, pt, ja, zh). A
language without the words leaves the scoped fact out of the piece with an info finding, never says it of the
whole product.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from generators.copy.phrasebank import BANK_DIR
from localization import formatting as lf

PACKAGING = frozenset({"carton", "box", "packaging", "label", "jar", "bottle", "cap"})
SHORT_KINDS = frozenset({"caption", "video-script", "live-segment", "faq"})


@functools.cache
def _data() -> dict[str, Any]:
    return json.loads((BANK_DIR / "prose" / "components.json").read_text(encoding="utf-8"))


def languages() -> tuple[str, ...]:
    return tuple(_data()["languages"])


def noun(component: str, lang: str) -> str | None:
    """The component's word in ``lang`` (components.json), or None."""
    d = _data()
    if lang not in d["languages"]:
        return None
    row = d["nouns"].get(component)
    return row[d["languages"].index(lang)] if row else None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def certified(component: str, cert: str, lang: str) -> str | None:
    """"Filling: RDS-certified" in ``lang``, or None when the language lacks the component's word."""
    word = noun(component, lang)
    tpl = _data()["certified"].get(lang)
    if not word or not tpl:
        return None
    return tpl.replace("{P}", _cap(word)).replace("{p}", word).replace("{c}", cert)


def material(component: str, value: str, lang: str) -> str | None:
    word = noun(component, lang)
    tpl = _data()["material"].get(lang)
    if not word or not tpl:
        return None
    return tpl.replace("{P}", _cap(word)).replace("{m}", value)


def measure_word(measure: str, lang: str) -> str | None:
    d = _data()
    row = d["weights"].get(measure)
    return row[d["languages"].index(lang)] if row and lang in d["languages"] else None


# a certification value the writer already said with its component: a spec line, never "Certified: …" again
_SAID = re.compile(r"-certified|-zertifiziert|certification |certificación |certificazione |certificação |認証|认证")


def said_with_component(value: str) -> bool:
    return bool(_SAID.search(value or ""))


def certification(f: dict[str, Any], task: dict[str, Any], lang: str, sep: str) -> tuple[str | None, list[str]]:
    """(the certification value said with its components in ``lang`` — None when nothing is left to say in this
    piece —, what was left out and why) for a fact whose ``data["components"]`` names them. A certificate of the
    whole product (no component) stays as it is."""
    data = f.get("data") or {}
    comps = data.get("components") or {}
    items = [i for i in (data.get("items") or []) if isinstance(i, str)]
    short = task.get("kind") in SHORT_KINDS
    said: list[str] = []
    left: list[str] = []
    for cert in items:
        comp = comps.get(cert)
        if not comp:
            said.append(cert)
            continue
        if short and comp in PACKAGING:
            left.append(f"{cert} ({comp}: packaging only, not said in a {task.get('kind')})")
            continue
        phrase = certified(comp, cert, lang)
        if phrase is None:
            left.append(f"{cert} ({comp}: no {lang} word for the component)")
            continue
        said.append(phrase)
    return (sep.join(said) if said else None), left


def material_of_component(f: dict[str, Any], value: str, lang: str) -> str | None:
    """The product's material said of the one component it was read of ("Shell fabric: 100% recycled nylon"),
    or None (no component, several, or no word in ``lang``)."""
    comps = (f.get("data") or {}).get("components") or {}
    if len(comps) != 1:
        return None
    comp = next(iter(comps))
    return material(comp, value, lang)


def weights(f: dict[str, Any], market: str, lang: str, sep: str, *, short: bool = False) -> str | None:
    """"1.28 kg (minimum trail weight), 1.52 kg (packed weight)" in ``lang`` for a weight the import read with what
    it measures, each in the market's units. None for a plain weight, or one this language cannot label. ``short``
    (a caption or a script, whose screen text drops brackets): the word first ("minimum trail weight 1.28 kg")."""
    data = f.get("data") or {}
    items = data.get("weights") or ([{"grams": data.get("grams"), "measure": data.get("measure")}]
                                    if data.get("measure") else [])
    out = []
    for w in items:
        if not w.get("grams"):
            continue
        text = lf.format_weight(float(w["grams"]), market)
        word = measure_word(str(w.get("measure") or ""), lang) if w.get("measure") not in ("net", None) else None
        if w.get("measure") in ("trail", "packed", "minimum") and word is None:
            return None  # a qualified weight this language cannot label: not said as the product's weight
        if word and short:
            out.append(f"{word}{'' if lang in ('ja', 'zh') else ' '}{text}")
        elif word and text.endswith(")"):  # "2.8 lb (1.28 kg, minimum trail weight)"
            out.append(f"{text[:-1]}, {word})")
        elif word and lang in ("ja", "zh"):
            out.append(f"{text}（{word}）")
        else:
            out.append(f"{text} ({word})" if word else text)
    return sep.join(out) if out else None
