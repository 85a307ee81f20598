"""Which component a fact read from prose belongs to (issue 16, stop 22: copy hold-out 12's reviewers found part
certificates, materials and figures said of the whole product in every market and format).

A description says what a certificate, a material or a figure covers by the sentence it stands in: "The down filling
is certified to the Responsible Down Standard (RDS)", "packed in a carton made from FSC-certified paperboard",
"Die Füllung ist nach RDS zertifiziert", "L'étui en carton est certifié FSC", "外箱はFSC認証紙を使用", "填充物通过
RDS认证". This module names the component (one canonical English word: ``filling``, ``shell``, ``carton`` …) from
the clause around the fact, in the eight prose languages (en, de, fr, es, it, pt, ja, zh):

- ``component_at(text, start, end, name)``: the component named in the fact's own clause (the nearest one), else
  the subject of its sentence (a component named before the fact), else None — the product's own;
- a component the product's own name holds ("Duvet Cover": the cover is the product) is the product's;
- ``PACKAGING``: components that are what the product comes in (carton, box, label, jar, bottle …) — a writer says
  their facts as packaging wording or leaves them out of captions, never as the product's;
- ``weight_qualifier(text, start)``: what a weight measures when its label or sentence says so (trail, packed,
  minimum, net, with / without a part), as the seller wrote it.
"""

from __future__ import annotations

import functools

import regex

# canonical component → its words in en, de, fr, es, it, pt, ja, zh (longest match wins; casefolded)
COMPONENTS: dict[str, tuple[str, ...]] = {
    "filling": ("filling", "fill", "down filling", "stuffing", "wadding", "füllung", "daunenfüllung", "garnissage",
                "rembourrage", "relleno", "imbottitura", "enchimento", "中綿", "詰め物", "充填材", "填充物", "填充"),
    "insulation": ("insulation", "synthetic insulation", "isolierung", "wattierung", "isolation", "isolant",
                   "aislamiento", "isolamento", "保温材", "保暖层", "保暖棉"),
    "shell": ("shell", "outer shell", "shell fabric", "outer fabric", "face fabric", "außenstoff", "außenmaterial",
              "außenhülle", "enveloppe", "tissu extérieur", "tejido exterior", "capa exterior", "guscio",
              "tessuto esterno", "tecido exterior", "側生地", "表地", "外層", "外层面料", "外层", "面料"),
    "lining": ("lining", "inner lining", "liner", "futter", "innenfutter", "doublure", "forro", "fodera", "裏地",
               "内衬", "里料", "里布"),
    "cover": ("cover", "removable cover", "bezug", "housse", "funda", "capa", "カバー", "被套", "外套"),
    "carton": ("carton", "outer carton", "umkarton", "faltschachtel", "karton", "étui", "estuche", "astuccio",
               "cartucho", "纸盒"),
    "box": ("box", "gift box", "schachtel", "boîte", "caja", "scatola", "caixa", "外箱", "化粧箱", "箱", "包装盒", "外包装盒",
            "盒"),
    "packaging": ("packaging", "package", "verpackung", "emballage", "embalaje", "envase", "confezione",
                  "imballaggio", "embalagem", "パッケージ", "包装", "外包装"),
    "label": ("label", "paper label", "etikett", "étiquette", "etiqueta", "etichetta", "rótulo", "ラベル", "标签"),
    "jar": ("jar", "tiegel", "pot", "tarro", "barattolo", "vasetto", "pote", "ジャー", "罐"),
    "bottle": ("bottle", "flasche", "flacon", "frasco", "botella", "flacone", "bottiglia", "garrafa", "ボトル", "瓶"),
    "cap": ("cap", "kappe", "bouchon", "tapón", "tappo", "tampa", "キャップ", "瓶盖"),
    "cells": ("cells", "battery cells", "zellen", "akkuzellen", "cellules", "celdas", "células", "celle", "セル",
              "电芯"),
    "tannery": ("tannery", "tanneries", "gerberei", "tannerie", "curtiduría", "curtiembre", "conceria", "curtume",
                "タンナー", "制革厂"),
    "upper": ("upper", "uppers", "obermaterial", "schaft", "tige", "empeine", "corte", "tomaia", "cabedal", "アッパー",
              "鞋面"),
    "sole": ("sole", "soles", "sohle", "laufsohle", "semelle", "suela", "suola", "sola", "ソール", "鞋底"),
    "outsole": ("outsole", "außensohle", "semelle extérieure", "suela exterior", "suola esterna", "sola externa",
                "アウトソール", "外底"),
    "strap": ("strap", "straps", "riemen", "gurt", "sangle", "correa", "cinturino", "tracolla", "alça", "ストラップ",
              "肩带", "背带"),
    "hardware": ("hardware", "beschläge", "quincaillerie", "herrajes", "minuteria", "ferragens", "金具", "五金"),
    "zip": ("zip", "zips", "zipper", "reißverschluss", "fermeture éclair", "cremallera", "cerniera", "zíper",
            "ファスナー", "拉链"),
    "frame": ("frame", "rahmen", "gestell", "cadre", "armazón", "telaio", "estrutura", "フレーム", "框架", "车架"),
    "cushion": ("cushion", "cushions", "kissen", "polster", "coussin", "cojín", "cuscino", "almofada", "クッション",
                "坐垫", "靠垫"),
    "fly": ("fly", "flysheet", "rainfly", "außenzelt", "double toit", "doble techo", "telo esterno", "sobreteto",
            "フライシート", "外帐"),
    "plating": ("plating", "vergoldung", "beschichtung", "placage", "baño", "placcatura", "banho", "メッキ", "镀层"),
    "base metal": ("base metal", "basismetall", "métal de base", "metal base", "metallo base", "ベースメタル",
                   "基底金属"),
}
# what the product comes in: a fact of these is packaging, never the product's (and no caption's)
PACKAGING = frozenset({"carton", "box", "packaging", "label", "jar", "bottle", "cap"})
_INDEX = {t: c for c, terms in COMPONENTS.items() for t in terms}
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_ALT = "|".join(regex.escape(t).replace(r"\ ", r"[\s\-]+") for t in sorted(_INDEX, key=len, reverse=True))
# Latin words whole ("fill" is not "filling", "pot" not "potassium"); CJK words as written
_COMPONENT_RE = regex.compile(r"(?<![\p{Latin}])(?:" + _ALT + r")(?![\p{Latin}])", regex.I)
# a clause ends at a sentence end, a semicolon, a comma before a space, a dash between spaces, a CJK comma
_CLAUSE = regex.compile(r"[\n.;!?。；！？、，]|,(?=\s)|\s[-–—]\s")
_SENTENCE = regex.compile(r"[\n.;!?。；！？](?!\d)")
# words that would be a component word in another sense: "fill power", "Pot-Pourri", "box stitching", "capa de"
_NOT_COMPONENT_AFTER = regex.compile(r"(?i)^[\s\-]*(?:power|weight|stitching|construction|\(cassette\))")


def canonical(word: str) -> str | None:
    """The canonical component of a component word ("Füllung" → filling), or None."""
    return _INDEX.get(regex.sub(r"[\s\-]+", " ", (word or "").strip().casefold()))


@functools.lru_cache(maxsize=256)
def own_components(name: str) -> frozenset[str]:
    """The components the product's own name holds: "Duvet Cover" is a cover, "Glass Jar" a jar, "Trinkflasche" a
    bottle (a compound ends with the word)."""
    own = (name or "").casefold()
    words = regex.findall(r"[\p{L}]+", own)
    return frozenset(c for c, terms in COMPONENTS.items()
                     if any(t in own if _DENSE.search(t) or " " in t else
                            any(w == t or (len(t) >= 4 and w.endswith(t)) for w in words) for t in terms))


def _components_in(text: str, lo: int, hi: int, name: str | None) -> list[tuple[int, int, str]]:
    own = own_components(name or "")
    out = []
    for m in _COMPONENT_RE.finditer(text, lo, hi):
        c = canonical(m.group(0))
        if c is None or c in own or _NOT_COMPONENT_AFTER.match(text, m.end(), min(len(text), m.end() + 20)):
            continue
        out.append((m.start(), m.end(), c))
    return out


def component_at(text: str, start: int, end: int, name: str | None = None, *, clause_only: bool = False) -> str | None:
    """The component the fact at ``text[start:end]`` is said of: the nearest component named in its clause, else
    one named before it in its sentence (its subject: "The down filling is certified to …"; not with
    ``clause_only``), else None."""
    lo = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
    nxt = _CLAUSE.search(text, end, min(len(text), end + 120))
    hi = nxt.start() if nxt is not None else min(len(text), end + 120)
    found = _components_in(text, lo, hi, name)
    if found:
        return min(found, key=lambda x: start - x[1] if x[1] <= start else x[0] - end)[2]
    if clause_only:
        return None
    s_lo = max((m.end() for m in _SENTENCE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    before = _components_in(text, s_lo, start, name)
    return before[-1][2] if before else None


# what a weight measures, from its label or the words right before it ("Minimum trail weight: 1.28 kg", "Packed
# weight 1.52 kg", "Packgewicht 1,7 kg", "poids emballé : 1,45 kg", "peso mínimo de ruta", "最小重量", "打包重量",
# "Nettogewicht", "weighs 4.6 kg with lid", "ohne Deckel")
_QUALIFIER_BEFORE = regex.compile(
    r"(?i)(?P<q>(?:minimum\s+)?trail\s+weight|packed\s+weight|pack(?:ed)?\s+weight|minimum\s+weight|min\.\s+weight|"
    r"net\s+weight|mindestgewicht|packgewicht|gewicht\s+verpackt|nettogewicht|poids\s+(?:minimum|min\.|emball[ée]|"
    r"net)|peso\s+m[íi]nimo(?:\s+de\s+ruta)?|peso\s+(?:empaquetado|embalado|imballato|neto|netto|líquido)|"
    r"最小重量|最低重量|収納時重量|総重量|正味重量|打包重量|包装重量|最小重量|净重)\s*[:：]?\s*(?:approx\.?\s*|ca\.?\s*|约\s*)?$")
_QUALIFIER_AFTER = regex.compile(
    r"(?i)^\s*(?:\(\s*)?(?P<q>(?:with|without|incl\.?|including|mit|ohne|avec|sans|con|sin|senza|com|sem)\s+"
    r"(?:the\s+|its\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+|dem\s+|der\s+)?[\p{L}\-]+)")


def weight_qualifier(text: str, start: int, end: int) -> str | None:
    """What the weight at ``text[start:end]`` measures, as the seller wrote it ("Minimum trail weight", "Packed
    weight", "with lid"), or None for a plain weight."""
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if m is not None:
        return regex.sub(r"\s+", " ", m.group("q")).strip()
    a = _QUALIFIER_AFTER.match(text[end:min(len(text), end + 40)])
    if a is not None:
        return regex.sub(r"\s+", " ", a.group("q")).strip()
    return None


# components whose material is never the product's own when the clause names them (a shell, an upper, a frame or a
# cover is what the product is mostly made of, as the older labelled sets count it: those stay the product's)
APART = frozenset({"filling", "insulation", "lining", "hardware", "zip", "cells", "fly", "tannery", "plating"}) | PACKAGING
_LINE_LABEL = regex.compile(r"(?:^|\n)[ \t]*(?:[•\-*·][ \t]*)?(?P<l>[^\n:：]{1,30}?)[ \t]*[:：][^\n]*$")


# a component named right before a material: "the synthetic insulation (100% recycled polyester", "the filling is
# polyester", "Füllung aus Polyester", "imbottitura in poliestere", "enchimento de espuma", "中綿は…"
_COMPONENT_BEFORE = regex.compile(
    r"(?i)(?<![\p{Latin}])(?P<c>" + _ALT + r")(?![\p{Latin}])(?:\s+(?:is|are|ist|sind|est|sont|es|son|è|sono|é|são))?"
    r"[^\S\n]*[(:：]?[^\S\n]*(?:(?:a|an|made\s+(?:of|from|with)|of|aus|en|de|in|em|di|da|do|du|des)[^\S\n]+)?"
    r"(?:\d{1,3}(?:[.,]\d)?\s*[%％]\s*)?(?:[\p{L}\-]+[^\S\n]+)?(?:は|の|：)?$")


def component_before(text: str, start: int, name: str | None = None) -> str | None:
    """The component named right before the material at ``start`` (see ``_COMPONENT_BEFORE``), not the product's."""
    m = _COMPONENT_BEFORE.search(text, max(0, start - 70), start)
    if m is None:
        return None
    c = canonical(m.group("c"))
    return None if c is None or c in own_components(name or "") else c


def line_component(text: str, start: int) -> str | None:
    """The component a "Label: value" line names when the value at ``start`` stands on it ("Hardware: antique
    brass-finish zinc alloy", "Fill: 90% white duck down", "裏地：ポリエステル100%")."""
    m = _LINE_LABEL.search(text, max(0, start - 80), start)
    return canonical(m.group("l")) if m is not None else None
