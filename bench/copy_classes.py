"""Quick check of the round-3 defect classes of the offline writer (issue 16, native-reader review round 3).

``python -m bench.copy_classes [--products N] [--json PATH]``: the sample catalog's first N products (default 12,
chosen as ``bench copy`` chooses them) × en, de, fr, es, it, pt, ja, zh × listing/amazon, caption/instagram,
video-script/tiktok through the full pipeline (``generation.prepare`` + ``produce``), counting per language:

- ``quoted``      runs of source-language text kept between the language's quotation marks (non-English);
- ``label_rep``   a label followed by a value that repeats it ("Coupe : Coupe classique", "Fit: Classic fit");
- ``phrase_rep``  a phrase written twice in a row ("Made in Made in");
- ``warn_mixed``  English words of a warning fact outside quotation marks in a non-English draft (half-translated
                  warnings: "Contains Kleinteile");
- ``cert_lost``   certification/standard names of the facts not found verbatim in the listing;
- ``split_mat``   a compound material said as two ("Buche und Holz", "hêtre et bois");
- ``punct``       doubled or clashing punctuation, empty slots, placeholders;
- ``fr_space``    French punctuation without its no-break space (U+202F before ; ! ?, U+00A0 before :) —
                  fr only;
- ``benefits``    selling phrases of the description (prose/benefits.json) said in the listing in the
                  language's wording ÷ such phrases present (phrase level).

Not a bench of ``make bench`` (no ``bench_`` prefix): a check I wrote for these classes, not tuned on, and
run before and after the round-3 changes on the same products.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "ja": "ja-JP",
         "zh": "zh-SG"}
KINDS = (("listing", "amazon"), ("caption", "instagram"), ("video-script", "tiktok"))
QUOTES = {"de": ("„", "“"), "fr": ("«", "»"), "es": ("«", "»"), "it": ("«", "»"), "pt": ("“", "”"), "ja": ("「", "」"),
          "zh": ("“", "”"), "en": ("“", "”")}
LABEL_REP = re.compile(r"(?<![\w-])([^\W\d_]{3,}(?: [^\W\d_]+)?)[ \u00a0\u202f]?[:：][ \u00a0\u202f]*"
                       r"[^.;:。；：\n]*?(?<![\w-])\1(?![\w-])", re.I)
PHRASE_REP = re.compile(r"(?<![\w-])([^\W\d_]{2,}[ \u00a0][^\W\d_]{2,})[ \u00a0]+\1(?![\w-])", re.I)
PUNCT = re.compile(r"(?<!\.)\.\.(?!\.)|[,;:]\s*\.(?!\.)|。。|[、，：；]。|\{[a-z_]+\}|\(\s*\)|（\s*）|[:：]\s*$|[:：]\s*[.;。]")
SPLIT_MAT = re.compile(r"(?i)\b[^\W\d_]+ (?:und|et|y|e|and) (?:Holz|bois|madera|legno|madeira|wood)\b|、(?:木材|木製|木制)")
FR_BAD = re.compile(r"(?:(?<=\S) |(?<=[^\s\u202f\u00a0]))[;!?](?=\s|$)|(?<=[^\W\d]) :(?=\s)|(?<=[^\W\d]):(?=\s)|« |(?<! ) »")
CERTS = re.compile(r"OEKO-TEX(?: Standard 100)?|STANDARD 100 by OEKO-TEX|GOTS|GRS|RWS|Responsible Wool Standard|FSC|PEFC|"
                   r"USDA Organic|Fair ?[Tt]rade|bluesign|Bluetooth SIG|Leaping Bunny|B Corp|CE|FCC|UKCA|RoHS")


def text_of(v) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return "\n".join(text_of(x) for x in v)
    if isinstance(v, dict):
        return "\n".join(text_of(x) for k, x in v.items() if k not in ("image", "camera", "hashtags", "language",
                                                                     "search_terms", "link_placement"))
    return ""


def unquoted(text: str, lang: str) -> str:
    qo, qc = QUOTES[lang]
    return re.sub(re.escape(qo) + r".*?" + re.escape(qc), " ", text, flags=re.S)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=12)
    ap.add_argument("--json")
    ap.add_argument("--benefits", help="benefits.json to read the description's selling phrases from (to run the "
                                       "check on a tree that predates it)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.bench_copy import open_catalog
    from studio.domain import StudioError
    from studio.services import generation

    db, products = open_catalog(args.products)
    provider = generation._provider("offline")
    benefits: list[tuple[re.Pattern[str], dict[str, str]]] = []
    bfile = Path(args.benefits) if args.benefits else ROOT / "assets" / "phrasebanks" / "prose" / "benefits.json"
    if bfile.is_file():
        benefits = [(re.compile(r"(?<![\w-])(?:" + p["en"] + r")(?![\w-])", re.I), p["text"])
                    for p in json.loads(bfile.read_text(encoding="utf-8"))["phrases"]]
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for lang, tag in LANGS.items():
        st = stats[lang]
        for p in products:
            warn = next((f.value for f in p.facts if f.key.lower().startswith("warning")), "")
            certs = set()
            for f in p.facts:
                if f.key.lower().startswith("certif"):
                    certs |= set(CERTS.findall(f.value))
            present = [texts for rx, texts in benefits if rx.search(p.body_text or "")]
            for kind, target in KINDS:
                st["items"] += 1
                try:
                    item = generation.prepare(db, p, tag, kind, target, provider, brand_voice=False)
                    out = generation.produce(item, provider)
                except (StudioError, RuntimeError):
                    st["failed"] += 1
                    continue
                text = text_of(out.content)
                if lang != "en":
                    qo, qc = QUOTES[lang]
                    st["quoted"] += len(re.findall(re.escape(qo) + r".*?" + re.escape(qc), text, flags=re.S))
                st["label_rep"] += len(LABEL_REP.findall(text))
                st["phrase_rep"] += len(PHRASE_REP.findall(text))
                st["punct"] += len(PUNCT.findall(text))
                st["split_mat"] += len(SPLIT_MAT.findall(text))
                if lang == "fr":
                    st["fr_space"] += len(FR_BAD.findall(text))
                if lang != "en" and warn:
                    rest = unquoted(text, lang).casefold()
                    words = {w for w in re.findall(r"[a-z]{4,}", warn.casefold())
                             if w not in ("with", "from", "this", "that")}
                    st["warn_mixed"] += sum(1 for w in words if re.search(rf"(?<![\w-]){w}(?![\w-])", rest))
                if kind == "listing":
                    st["cert_lost"] += sum(1 for c in certs if c not in text)
                    # selling phrases of the description said in the listing, in the language's wording
                    for texts in present:
                        st["benefit_items"] += 1
                        st["benefits"] += 1 if _said(texts.get(lang, ""), text) else 0
    keys = ("quoted", "label_rep", "phrase_rep", "warn_mixed", "cert_lost", "split_mat", "punct", "fr_space")
    print("lang  items  " + "  ".join(f"{k:>10}" for k in keys) + "    benefits")
    tot: dict[str, float] = defaultdict(float)
    for lang in LANGS:
        st = stats[lang]
        for k in keys + ("items", "failed", "benefits", "benefit_items"):
            tot[k] += st[k]
        print(f"{lang:4} {int(st['items'] - st['failed']):3}/{int(st['items']):<3}" + "  ".join(
            f"{int(st[k]):>10}" for k in keys) + f"    {int(st['benefits'])}/{int(st['benefit_items'])}")
    print(f"all  {int(tot['items'] - tot['failed'])}/{int(tot['items'])} " + "  ".join(f"{int(tot[k]):>10}" for k in keys)
          + f"    {int(tot['benefits'])}/{int(tot['benefit_items'])}")
    if args.json:
        Path(args.json).write_text(json.dumps({k: dict(v) for k, v in stats.items()}, indent=1), encoding="utf-8")
    return 0


def _said(form: str, text: str) -> bool:
    """Whether ``text`` says the phrase ``form`` (any of its {g:…} alternatives, any number for {n})."""
    if not form:
        return False
    alts = [form]
    m = re.search(r"\{g:([^{}]*)\}", form)
    if m:
        alts = [form[:m.start()] + a + form[m.end():] for a in m.group(1).split("|") if a]
    low = text.casefold().replace("\u00a0", " ").replace("\u202f", " ")
    for a in alts:
        rx = re.escape(a.casefold()).replace(re.escape("{n}"), r"\d+")
        if re.search(rx, low):
            return True
    return False


if __name__ == "__main__":
    sys.exit(main())
