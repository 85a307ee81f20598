"""Count the stop-18 copy trap classes in a ``tools/copy_review.py generate`` run (its ``pieces.json``).

    python tests/data/copy_traps/count_traps.py RUN_DIR [RUN_DIR …]

A grep over the stored pieces, not a reader's score: it finds the surface of each class (a wrong origin country, a
serving said as the weight, "incl." cut off, a weight in the care line, a section heading in a warning, CE or an
unscoped FSC said as a certification, a brand or model token in another casing, a Romance intro without its
article, UK spelling or "100 %" on en-US) and prints pieces hit per class and market.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

# origins a source names for a part or a raw material, or where the product was designed (never its made-in)
WRONG_ORIGINS = {
    "nordhavn-whey-isolate-900g": r"Ireland|Irland|Irlande|Irlanda|アイルランド|爱尔兰",
    "lindqvist-ek-step-stool": r"Sweden|Schweden|Suède|Suecia|Svezia|Suécia|スウェーデン|瑞典",
    "brunnholt-classic-leather-belt": r"Italy|Italien|Italie|Italia|Itália|イタリア|意大利",
    "mirelle-organic-cotton-sleepsuit": r"Turkey|Türkei|Turquie|Turquía|Turchia|Turquia|トルコ|土耳其",
    "voltaro-kelda-kettle-17l": r"Denmark|Dänemark|Danemark|Dinamarca|Danimarca|デンマーク|丹麦",
    "bloomr-fleximat-yoga-mat": r"Sri Lanka|スリランカ|斯里兰卡",
    "kolvera-collagen-peptides-vitamin-c-300g": r"Brazil|Brasilien|Brésil|Brasil|Brasile|ブラジル|巴西",
}
MADE_IN = (r"(?i)(?:made|manufactured|produced|hergestellt|gefertigt|fabriqu\w*|fabricad\w*|prodott\w*|"
           r"fabbricat\w*|realizzat\w*|feit\w*|produzid\w*|hech\w*|origin\w*|herkunft\w*|origem|产地|原産国|原产地|生産国)")
# a serving given as the product's weight
SERVING = {"nordhavn-whey-isolate-900g": r"(?:30|1[.,]1)\s*(?:g|oz|グラム|克)",
           "kolvera-collagen-peptides-vitamin-c-300g": r"(?:10|0[.,]4)\s*(?:g|oz|グラム|克)"}
WEIGHT_WORDS = (r"(?:Weight|Weighs|Gewicht|Wiegt|Poids|Pèse|Peso|Pesa|重量|重さ|重约|重)[^\n.。]{0,12}?")
CUT_INCL = re.compile(r"(?:incl|inkl)\.(?=\s*(?:$|[\n\"'|)\]}]|\.|,))")
CARE_LEAK = re.compile(r"(?:Care|Pflege|Entretien|Cuidado|Cuidados|Manutenzione|Conservação|お手入れ|保养方式|保养)"
                       r"[^\n\d]{0,4}\d[\d.,]*\s*(?:kg|g)\b")
HEADING = re.compile(r"\b(?:PRECAUTIONS|SAFETY|WHAT IT IS|HOW TO USE)\b")
CE_CERT = re.compile(r"(?i)(?:certif\w*|zertifiz\w*|certificaç\w*|認証|认证)[^.\n。]{0,30}\b(?:CE|UKCA)\b"
                     r"|\b(?:CE|UKCA)\b[^.\n。]{0,6}(?:認証|认证|certified|zertifiziert)")
FSC_WHOLE = re.compile(r"(?i)(?:certif\w*|zertifiz\w*|認証|认证)[^.\n。]{0,20}\bFSC\b(?!\s*[(（])"
                       r"|\bFSC\b(?!\s*[(（])[^.\n。]{0,6}(?:認証|认证)")
ROMANCE_INTRO = re.compile(
    r"(?:Voici|Découvrez|On vous présente|Te presentamos|Descubre|Ecco|Scopri|Vi presentiamo|Apresentamos|Conheça)"
    r"\s+(?!(?:le|la|les|el|los|las|il|lo|gli|i|o|a|os|as|un|une|uno|una|del|della|dello|de)\b|l['’])"
    r"(?:[a-zàâçéèêëîïôûùüÿñ]|(?:Jouet|Juguete|Giocattolo|Brinquedo)\b)")
UK_SPELLING = re.compile(r"\b(?:[Cc]olours?|[Aa]luminium|[Gg]rey|[Ff]ibres?|[Cc]entre|[Ll]itres?|[Mm]etres?)\b|\d %")
NAMES = ("Brunnholt", "Lindqvist", "Mirelle", "Voltaro", "Kelda", "bloomr", "FlexiMat", "Nordhavn", "Thermvik",
         "FoodPot", "Holzfink", "Lunavento", "Aria", "Skarra", "Véraune", "Kolvera", "Brantwell", "Slim Bifold",
         "Ferrolux")


def classes(p: dict) -> list[str]:
    text = p["content"] if isinstance(p["content"], str) else json.dumps(p["content"], ensure_ascii=False)
    text = text.replace("\\n", "\n")
    for tok in ("'title': ", '"title": '):  # the seller's own title is not the writer's words
        text = text.replace(tok + repr(p.get("title"))[1:-1], tok)
    hits = []
    wrong = WRONG_ORIGINS.get(p["product"])
    if wrong and re.search(MADE_IN + r"[^\n.。,;]{0,12}?(?:" + wrong + r")|(?:" + wrong + r")(?:製|制造|产)", text):
        hits.append("origin")
    serving = SERVING.get(p["product"])
    if serving and re.search(WEIGHT_WORDS + serving, text):
        hits.append("serving-weight")
    if CUT_INCL.search(text):
        hits.append("incl-cut")
    if CARE_LEAK.search(text):
        hits.append("care-weight")
    if HEADING.search(text):
        hits.append("heading")
    if CE_CERT.search(text):
        hits.append("ce-certified")
    if FSC_WHOLE.search(text):
        hits.append("fsc-whole")
    for n in NAMES:
        for m in re.finditer(re.escape(n), text, re.I):
            if m.group(0) != n and not text[max(0, m.start() - 1):m.start()].isalpha() \
                    and not text[m.end():m.end() + 1].isalpha() and not text[m.start() - 1:m.start()] == "#":
                hits.append("name-casing")
                break
        else:
            continue
        break
    if ROMANCE_INTRO.search(text):
        hits.append("no-article")
    if p["market"] == "en-US" and UK_SPELLING.search(text):
        hits.append("en-us-uk")
    return hits


def main(argv: list[str]) -> int:
    for run in argv:
        data = json.loads((Path(run) / "pieces.json").read_text(encoding="utf-8"))
        total: Counter[str] = Counter()
        per: Counter[tuple[str, str]] = Counter()
        for p in data["pieces"]:
            for c in classes(p):
                total[c] += 1
                per[(c, p["market"])] += 1
        print(f"{run}: {len(data['pieces'])} pieces, {len(data.get('missing') or [])} missing, commit "
              f"{str(data.get('commit'))[:9]}")
        for c in ("origin", "serving-weight", "incl-cut", "care-weight", "heading", "ce-certified", "fsc-whole",
                  "name-casing", "no-article", "en-us-uk"):
            markets = ", ".join(f"{m} {n}" for (cc, m), n in sorted(per.items()) if cc == c)
            print(f"  {c:15} {total[c]:4}  {markets}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
