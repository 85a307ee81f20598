"""Marketplace listings: Amazon, Shopify, eBay, Etsy, TikTok Shop, Mercado Libre, Shopee, Lazada.

Limits cite ``/work/shared/reference/platform-specs.md`` section C (the quality engine enforces them too;
here they drive the prompt and the shorten-by-model loop).
"""

from __future__ import annotations

import html
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from generators.copy import notices
from generators.copy.kinds import FieldSpec, KindSpec, register
from generators.copy.kinds._common import (
    brand,
    claim_free,
    description_facts,
    distinct,
    fact,
    facts,
    fit_sentences,
    fit_title,
    gender,
    is_inci,
    listing_order,
    mark,
    name,
    names_brand,
    note,
    options_text,
    product_type,
    readable_in,
    scoped_lines,
    scoped_sentence,
    short_value,
    stated_tags,
    tag_term,
    take_sentences,
    title_with_attrs,
    unbranded_name,
    unique,
    word_counts,
)
from generators.copy.phrasebank import LABEL_FORM, OWN_HEADING, Bank, canonical_key
from generators.copy.textutil import fit, measure


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AmazonListing(_Out):
    title: str = Field(min_length=1, description="Brand + product type + key attributes (material, colour, size); "
                                                 "no price, no promotional words, a word at most twice")
    bullets: list[str] = Field(min_length=1, max_length=5,
                               description="One stated feature per bullet, starting with its attribute; no "
                                           "brand-only bullet, no price, no guarantee")
    description: str = Field(min_length=1, description="Plain prose from the facts only")
    search_terms: str = Field(description="Space-separated search words in the market's language that are not "
                                          "already in the title; no brand names, no ASINs")


class ShopifyListing(_Out):
    title: str = Field(min_length=1)
    description_html: str = Field(min_length=1)
    seo_title: str = Field(min_length=1)
    seo_description: str = Field(min_length=1)


class EbayListing(_Out):
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    item_specifics: dict[str, str] = Field(default_factory=dict)


class EtsyListing(_Out):
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    tags: list[str] = Field(min_length=1, max_length=13)


class SimpleListing(_Out):
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)


class LazadaListing(_Out):
    title: str = Field(min_length=1)
    highlights: list[str] = Field(min_length=1, max_length=8)
    description: str = Field(min_length=1)


# --------------------------------------------------------------------------- offline routines


def _all_facts(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """Every fact once, what sells first, then directions and warnings, the statutory label data, specifications,
    the variant options."""
    items = listing_order(distinct(description_facts(task, bank) + facts(task, bank)) + scoped_lines(task, bank), task)
    lines = statutory_lines(task, bank)
    if not lines:
        return items
    said = " ".join(v for _k, v in items).casefold()
    lines = [(k, v) for k, v in lines if v.split(bank.style["colon"], 1)[-1].strip().casefold() not in said]
    at = max((i + 1 for i, (k, _v) in enumerate(items) if k in ("usage", "warning", "ingredients", "allergens")),
             default=0)
    return items[:at] + lines + items[at:]


def statutory_lines(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    """The statutory label data the description states (stop 22, ``generators.copy.notices``) with the label of the
    market's language: "Ingredienti (INCI): Aqua, Niacinamide, …" (INCI names as written: the same in every
    language), "Periodo post-apertura (PAO): 6 mesi", "Contenuto netto: …", "Imbottitura: …". A value the glossary
    cannot put wholly into the language stays as written, marked, with a finding. Said as a line of its own
    ("features": the value is the line)."""
    src = (task["product"].get("source_language") or "en").split("-")[0]
    have_inci = any(canonical_key(f["key"]) == "ingredients" and is_inci(str(f.get("value") or ""))
                    for f in task.get("facts", []))
    out: list[tuple[str, str]] = []
    for kind, value in notices.statutory_values(task):
        if kind == "inci" and have_inci:
            continue
        label = notices.statutory_label(kind, bank.lang)
        if kind == "pao":
            out.append(("features", label.replace("{n}", value)))
            continue
        if kind != "inci" and bank.lang != src:
            said = bank.term(value)
            if not readable_in(said, task, value, strict=True):
                said = mark(value, bank)
                note(task, "generation.fact-untranslated", "warning",
                     f"{label}: “{value}” is kept in the source language ({src}), whole and marked — the offline "
                     "writer's glossary cannot translate it; edit the draft or use a model", fact=kind)
            elif bank.lang in ("fr", "de"):  # « 90 % duvet », „90 % Entendaunen“
                said = re.sub(r"(?<=\d) ?%", "\u00a0%", said)
            elif bank.lang in ("ja", "zh"):  # 90%ホワイトダックダウン、10%フェザー
                said = re.sub(r"(?<=%)\s+", "", said.replace(", ", "、"))
            value = said
        out.append(("features", f"{label}{bank.style['colon']}{value}"))
    return out


SCOPED = ("part_materials", "dimensions_per_item", "weight_per_item")  # said with their part or size (stop 20)


# facts whose values are sentences: a sentence the offline writer cannot put into the language is kept whole as
# the seller wrote it — in ONE marked block at the end of the listing, never quoted in the middle of a bullet
_SOURCE_BLOCK_KEYS = ("warning", "usage", "care", "contents", "details")
# the block's heading; {lang}: the source language's name in the market's language (CLDR, through Babel)
SOURCE_BLOCK = {
    "en": "Manufacturer's notes (original text, {lang})", "de": "Hinweise des Herstellers (Originaltext, {lang})",
    "fr": "Indications du fabricant (texte original, {lang})",
    "es": "Indicaciones del fabricante (texto original, {lang})",
    "it": "Indicazioni del produttore (testo originale, {lang})",
    "pt": "Informações do fabricante (texto original, {lang})", "ja": "メーカーの注意書き（原文・{lang}）",
    "zh": "制造商说明（原文，{lang}）", "nl": "Aanwijzingen van de fabrikant (oorspronkelijke tekst, {lang})",
    "pl": "Wskazówki producenta (tekst oryginalny, {lang})", "ko": "제조사 안내(원문, {lang})",
    "ar": "إرشادات الشركة المصنّعة (النص الأصلي، {lang})", "hi": "निर्माता के निर्देश (मूल पाठ, {lang})",
    "th": "ข้อแนะนำจากผู้ผลิต (ต้นฉบับภาษา{lang})", "tr": "Üretici notları (orijinal metin, {lang})",
    "vi": "Lưu ý của nhà sản xuất (nguyên văn, {lang})", "id": "Petunjuk produsen (teks asli, {lang})",
    "ms": "Panduan pengeluar (teks asal, {lang})", "sw": "Maelekezo ya mtengenezaji (maandishi asilia, {lang})",
    "fil": "Mga paalala ng gumawa (orihinal na teksto, {lang})"}


def _language_name(code: str, lang: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang).languages.get(code) or code
    except (UnknownLocaleError, ValueError):
        return code


def _split_source(key: str, value: str, bank: Bank) -> tuple[str, list[str]]:
    """(the value without the sentences kept in the source language, those sentences as they are quoted)."""
    qo, qc = bank.quotes
    rx = re.compile(re.escape(qo) + r"(.+?)" + re.escape(qc) + r"[.。]?")
    kept = [m.group(0).rstrip(".。") for m in rx.finditer(value)]
    if not kept:
        return value, []
    rest = rx.sub("\x00", value)
    # each quoted item goes with the separator before it ("…, Schonwaschgang, „close the zip …“, Nicht im
    # Trockner trocknen" → "…, Schonwaschgang, Nicht im Trockner trocknen")
    rest = re.sub(r"(?:\s*[,、，;；])?\s*\x00", "\x00", rest)
    rest = re.sub(r"^\x00\s*[,、，;；]?\s*", "", rest)
    rest = re.sub(r"\s*\x00\s*", " ", rest).strip(" ,;、，；")
    rest = re.sub(r"\s{2,}", " ", rest)
    if not re.search(r"[^\W\d_]", rest):
        rest = ""
    elif rest[-1:] not in ".!?。！？" and bank.lang not in ("th",):
        rest = rest + (bank.end if bank.lang in ("ja", "zh") else ".") if key in ("warning", "usage") else rest
    return rest, kept


def _split_facts(task: dict[str, Any], bank: Bank) -> tuple[list[tuple[str, str]], str]:
    """The listing's facts, and the one marked block of the sentences kept in the source language ("" when none):
    "Hinweise des Herstellers (Originaltext, Englisch): Sicherheitshinweise: „…“ „…“ Pflege: „…“"."""
    cache = task.setdefault("_listing_facts", {})
    if bank.lang in cache:
        return cache[bank.lang]
    items = _all_facts(task, bank)
    src = (task["product"].get("source_language") or "en").split("-")[0]
    out: list[tuple[str, str]] = []
    block: list[str] = []
    for k, v in items:
        if bank.lang != src and k in _SOURCE_BLOCK_KEYS:
            rest, kept = _split_source(k, v, bank)
            if kept:
                sep = "" if bank.lang in ("ja", "zh", "th") else " "
                block.append(f"{bank.label(k)}{bank.style['colon']}{sep.join(kept)}")
                if rest:
                    out.append((k, rest))
                continue
        out.append((k, v))
    text = ""
    if block:
        head = SOURCE_BLOCK.get(bank.lang, SOURCE_BLOCK["en"]).format(lang=_language_name(src, bank.lang))
        text = f"{head}{bank.style['colon']}" + ("" if bank.lang in ("ja", "zh") else " ").join(
            b if b[-1:] in ".。" or bank.lang == "th" else b + (bank.end if bank.lang in ("ja", "zh") else ".")
            for b in block)
    cache[bank.lang] = (out, text)
    return out, text


def _facts(task: dict[str, Any], bank: Bank) -> list[tuple[str, str]]:
    return _split_facts(task, bank)[0]


def source_block(task: dict[str, Any], bank: Bank) -> str:
    """The one marked block of sentences kept as the seller wrote them ("" when every sentence is in the
    language)."""
    return _split_facts(task, bank)[1]


def _sentences(task: dict[str, Any], bank: Bank) -> list[str]:
    g = gender(task, bank)
    return [scoped_sentence(k, v, bank) if k in SCOPED else bank.fact_sentence(k, v, g) for k, v in _facts(task, bank)]


def _intro(task: dict[str, Any], bank: Bank) -> str:
    b = brand(task)
    g = gender(task, bank)
    rest = unbranded_name(task)
    if b and (rest != name(task) or not names_brand(name(task), b)):
        return bank.s("listing.intro", name=rest, brand=b, g=g)  # the product named, the brand as its maker
    return bank.s("listing.intro_nobrand", name=name(task), g=g)


def _options_line(task: dict[str, Any], bank: Bank, stated: str = "") -> str:
    """The options line, unless the facts already said every value it lists (colours and sizes twice in one
    description read like a form)."""
    opts = options_text(task, bank)
    if not opts:
        return ""
    if stated:
        values = [v.strip() for part in opts.split("; ") for v in part.split(bank.style["colon"], 1)[-1]
                  .split(bank.style["list_sep"])]
        if all(v and v.casefold() in stated.casefold() for v in values):
            return ""
    return bank.s("listing.options_line", options=opts)


def _title_base(task: dict[str, Any]) -> str:
    b, n = brand(task), name(task)
    return f"{b} {n}" if b and not names_brand(n, b) else n


def _title_attrs(task: dict[str, Any], bank: Bank) -> list[str]:
    colour = fact(task, "color", bank) or ""
    if bank.style["list_sep"] in colour or ", " in colour:
        colour = ""  # one colour of several in the title would misdescribe the others
    attrs = [short_value(fact(task, "material", bank) or ""), short_value(colour),
             short_value(fact(task, "capacity", bank) or ""), short_value(fact(task, "size", bank) or "")]
    return [a for a in attrs if a and re.search(r"[^\W\d_]", a)]  # not a bare "18/8" cut from "18/8 (304) steel"


def _description(task: dict[str, Any], bank: Bank, limit: int | None = None) -> str:
    sentences = _sentences(task, bank)
    parts = [_intro(task, bank)] + sentences + [_options_line(task, bank, " ".join(sentences))]
    pt = product_type(task, bank)
    if pt and pt.casefold().rstrip("s") not in name(task).casefold():  # "Kategorie: T-Shirts" after a T-shirt's name says nothing
        parts.append(bank.s("listing.type_line", type=pt))
    block = source_block(task, bank)
    if not block:
        return take_sentences(parts, limit, "graphemes", bank)
    # the block of sentences kept in the source language closes the description, whatever else must give way
    room = None if limit is None else max(0, limit - measure(block, "graphemes") - 1)
    head = take_sentences(parts, room, "graphemes", bank) if room != 0 else ""
    return bank.sentences([head, block]) if head else block


def _keywords(task: dict[str, Any], bank: Bank) -> list[str]:
    words: list[str] = []
    pt = product_type(task, bank)
    if pt:
        words.append(pt)
    src = (task["product"].get("source_language") or "en").split("-")[0]
    cat = (task["product"].get("category") or "").split(">")[-1].strip()
    for t in stated_tags(task) + ([cat] if cat else []):
        w = tag_term(t, bank)
        if w != t or bank.lang == src:  # a tag neither the glossary nor the lexicon knows stays out
            words.append(w)
    for key in ("material", "color"):
        v = fact(task, key, bank)
        if v:
            v = re.sub(r"\s*[(（][^()（）]*[)）]", "", v)  # "(FSC-zertifiziert)" is no search term
            words.extend(x.strip() for x in re.split(r",|、|，|،", v.replace("%", " ")) if x.strip())
    qo = bank.quotes[0].strip()
    # a keyword is a word of the market's language: an English tag the glossary and lexicon do not know, or a
    # value kept in the source language (marked), is not a search term in German or French
    words = [w for w in words if not (qo and qo in w) and readable_in(w, task)]
    return claim_free(unique([w for w in words if w and not any(ch.isdigit() for ch in w)]), task)


def _bullet(key: str, value: str, bank: Bank, g: str | None = None) -> str:
    """An Amazon bullet: the attribute, then its value ("Material: 100% Bio-Baumwolle, Jersey, 180 g/m²") — not
    the attribute before a sentence that says it again ("Material: Gefertigt aus …")."""
    if key == "features":
        return bank.fact_sentence(key, value)
    if key in SCOPED:  # "Futter aus Baumwolle, …", "Maße: Groß 35 × 35 × 30 cm, Klein …"
        return scoped_sentence(key, value, bank).rstrip(".。")
    template = bank.data["facts"].get(canonical_key(key))
    if key == "size" or (template and not LABEL_FORM.match(template)) or OWN_HEADING.match(value):
        # a bullet is a sentence where the language says the fact as one ("Made in Italy.", "Holds 17 L.",
        # "Pesa 215 g."), not a form's "Origin: Italy" (copy hold-out 12); a value under its own heading keeps it
        return bank.fact_sentence(key, value, g)
    if value[:1].islower() and bank.style.get("space"):
        value = value[:1].upper() + value[1:]
    return f"{bank.label(key)}{bank.style['colon']}{value}"


_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*(?=\S)")


def _whole_bullets(key: str, value: str, bank: Bank, limit: int = 250, g: str | None = None) -> list[str]:
    """A fact's bullet within Amazon's 250 characters; directions and warnings longer than that continue in a
    second bullet of whole sentences — never cut mid-sentence ("Außerhalb der Reichweite von kleinen Kindern"
    without "lagern"). The description always has the whole text."""
    whole = _bullet(key, value, bank, g)
    if measure(whole, "graphemes") <= limit or key not in ("warning", "usage", "care"):
        return [fit_sentences(whole, limit, "graphemes", bank.lang)]
    out: list[str] = []
    current: list[str] = []
    for sentence in _SENTENCE_END.split(value):
        trial = _bullet(key, " ".join(current + [sentence]) if bank.style.get("space") else "".join(current + [sentence]),
                        bank)
        if current and measure(trial, "graphemes") > limit:
            out.append(_bullet(key, (" " if bank.style.get("space") else "").join(current), bank))
            current = [sentence]
        else:
            current.append(sentence)
    if current:
        out.append(_bullet(key, (" " if bank.style.get("space") else "").join(current), bank))
    return [fit_sentences(b, limit, "graphemes", bank.lang) for b in out]


def offline_amazon(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    base = _title_base(task)
    if max(word_counts(base).values(), default=0) > 2:
        # a glossary name in kana/hanzi repeats characters (ノイズキャンセリングワイヤレスイヤホン) and Amazon's
        # repetition rule counts each one as a word: the title keeps the seller's own name
        b, title_src = brand(task), (task["product"].get("title") or "").strip()
        base = f"{b} {title_src}" if b and not names_brand(title_src, b) else title_src
    title = title_with_attrs(base, _title_attrs(task, bank), 200, bank)
    g = gender(task, bank)  # "Fabricada en China" of una cacerola
    bullets = [b for k, v in _facts(task, bank) for b in _whole_bullets(k, v, bank, g=g)][:5]
    block = source_block(task, bank)
    if block and measure(block, "graphemes") <= 250:
        # the sentences kept as the seller wrote them: one marked bullet when it fits whole (never cut — Amazon
        # refuses "…"); the description always closes with the whole block
        bullets = bullets[:4] + [block]
    extra = [_options_line(task, bank, " ".join(bullets)),
             bank.s("listing.brand_line", brand=brand(task)) if brand(task) else ""]
    for line in extra:
        if len(bullets) < 5 and line:
            bullets.append(fit_sentences(line, 250, "graphemes", bank.lang))
    if not bullets:
        bullets = [_intro(task, bank)]
    description = _description(task, bank, 2000)
    title_words = {w.casefold() for w in title.split()}
    terms = [w.casefold() for w in _keywords(task, bank) if w.casefold() not in title_words]
    search = fit(" ".join(unique(terms)), 249, "utf8", bank.lang)
    bullets = [plain_for("amazon-bullet", task.get("market") or "", b) for b in bullets]
    return {"title": title, "bullets": bullets, "description": description, "search_terms": search}


def plain_for(target: str, market: str, text: str) -> str:
    """``text`` without the characters the channel refuses in that field — the same rules the gate lints with
    (``studio.quality`` "chars" rules whose fix is to remove them: Amazon bullets take no "⚠", emoji, ™ ® € …,
    platform-specs.md C: Amazon / Bullets), so the writer never fails its own gate on a seller's sign (copy
    hold-out 12: "⚠ WARNING" in six markets' bullets)."""
    from studio.quality import api, engine

    for rule in api.rules_for(target, market or "en-US"):
        if rule.type != "chars" or rule.severity != "error" or rule.params.get("fix", "remove") != "remove":
            continue
        text = engine.compiled(rule).sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def offline_shopify(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(name(task), _title_attrs(task, bank)[:1], 255, bank)
    items = "".join(f"<li>{html.escape(s)}</li>" for s in _sentences(task, bank))
    body = f"<p>{html.escape(_intro(task, bank))}</p>"
    if items:
        body += f"<ul>{items}</ul>"
    opts = _options_line(task, bank)
    if opts:
        body += f"<p>{html.escape(opts)}</p>"
    block = source_block(task, bank)
    if block:
        body += f"<p>{html.escape(block)}</p>"
    seo_title = fit_title(_title_base(task), 70, "graphemes", bank.lang)
    seo_desc = take_sentences([_intro(task, bank)] + _sentences(task, bank), 320, "graphemes", bank)
    return {"title": title, "description_html": body, "seo_title": seo_title, "seo_description": seo_desc}


def offline_ebay(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(_title_base(task), _title_attrs(task, bank), 80, bank)
    specifics = {}
    if brand(task):
        specifics[bank.label("brand")] = brand(task)
    for k, v in facts(task, bank):
        if len(v) <= 65:  # eBay aspect values are short (aspectMaxLength per category: platform-specs.md C: eBay / Item specifics)
            specifics[bank.label(k)] = v
    return {"title": title, "description": _description(task, bank), "item_specifics": specifics}


def offline_etsy(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(name(task), _title_attrs(task, bank), 140, bank)
    # Etsy title characters: no $ or ^, and % : & + at most once each (platform-specs.md C: Etsy / Title)
    for ch in "$^":
        title = title.replace(ch, "")
    pt = product_type(task, bank)
    cands = list(_keywords(task, bank))
    mat = short_value(fact(task, "material", bank) or "", 20)
    if pt and mat:
        cands.append(f"{mat} {pt}" if bank.style["space"] else f"{mat}{pt}")
    if brand(task):
        cands.append(brand(task))
    cands.append(name(task))
    # Etsy tags: ≤13, each ≤20 chars, no duplicates (platform-specs.md C: Etsy / Tags)
    tags = [t for t in unique([c.strip().lower() if c.isascii() else c.strip() for c in cands]) if 0 < len(t) <= 20][:13]
    if not tags:
        tags = [fit(name(task), 20, "graphemes", bank.lang) or "item"]
    return {"title": title, "description": _description(task, bank), "tags": tags}


def offline_tiktok_shop(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    # include brand, type, material, key feature and size (platform-specs.md C: TikTok Shop / Title)
    attrs = _title_attrs(task, bank)
    pt = product_type(task, bank)
    if pt:
        attrs.insert(0, pt)
    title = title_with_attrs(_title_base(task), attrs, 255, bank)
    if measure(title, "graphemes") < 25:
        opts = options_text(task, bank)
        title = fit_title(f"{title}{bank.style['dash']}{opts}" if opts else title, 255, "graphemes", bank.lang)
    return {"title": title, "description": _description(task, bank)}


def offline_mercadolibre(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(_title_base(task), _title_attrs(task, bank), 60, bank)
    # plain text only, line breaks allowed (platform-specs.md C: Mercado Libre / Description)
    lines = [_intro(task, bank)] + _sentences(task, bank) + [_options_line(task, bank), source_block(task, bank)]
    return {"title": title, "description": "\n".join(x for x in lines if x)}


def offline_shopee(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(_title_base(task), _title_attrs(task, bank), 120, bank)
    return {"title": title, "description": _description(task, bank, 3000)}


def offline_lazada(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    title = title_with_attrs(_title_base(task), _title_attrs(task, bank), 255, bank)
    highlights = [fit_sentences(s, 250, "graphemes", bank.lang) for s in _sentences(task, bank)][:8] or [_intro(task, bank)]
    if source_block(task, bank) and measure(source_block(task, bank), "graphemes") <= 250:
        highlights = highlights[:7] + [source_block(task, bank)]
    return {"title": title, "highlights": highlights, "description": _description(task, bank)}


# --------------------------------------------------------------------------- registration

C = "platform-specs.md C: "
register(KindSpec(
    "listing", "amazon", AmazonListing, "listing-amazon", offline_amazon,
    fields=(FieldSpec("title", 200, source=C + "Amazon / Title"),
            FieldSpec("bullets", 250, items=True, max_items=5, min_items=1, source=C + "Amazon / Bullets"),
            FieldSpec("description", 2000, source=C + "Amazon / Description"),
            FieldSpec("search_terms", 249, unit="utf8", source=C + "Amazon / Backend search terms")),
    description="Amazon detail page: title, up to 5 bullets, description, backend search terms"))
register(KindSpec(
    "listing", "shopify", ShopifyListing, "listing-shopify", offline_shopify,
    fields=(FieldSpec("title", 255, source=C + "Shopify / SEO fields (product title 255)"),
            FieldSpec("seo_title", 70, source=C + "Shopify / SEO fields"),
            FieldSpec("seo_description", 320, source=C + "Shopify / SEO fields")),
    description="Shopify product: title, description HTML, SEO title and meta description"))
register(KindSpec(
    "listing", "ebay", EbayListing, "listing-ebay", offline_ebay,
    fields=(FieldSpec("title", 80, source=C + "eBay / Title"),),
    description="eBay listing: title, description, item specifics"))
register(KindSpec(
    "listing", "etsy", EtsyListing, "listing-etsy", offline_etsy,
    fields=(FieldSpec("title", 140, source=C + "Etsy / Title"),
            FieldSpec("tags", 20, items=True, max_items=13, min_items=1, source=C + "Etsy / Tags")),
    description="Etsy listing: title, description, 13 tags"))
register(KindSpec(
    "listing", "tiktok-shop", SimpleListing, "listing-tiktok-shop", offline_tiktok_shop,
    fields=(FieldSpec("title", 255, min_length=25, source=C + "TikTok Shop / Title"),),
    description="TikTok Shop product: title (25–255), description (≥30 words, safety, box contents)"))
register(KindSpec(
    "listing", "mercadolibre", SimpleListing, "listing-mercadolibre", offline_mercadolibre,
    fields=(FieldSpec("title", 60, source=C + "Mercado Libre / Title (commonly 60, per category)"),),
    description="Mercado Libre: title (≤60), plain-text description"))
register(KindSpec(
    "listing", "shopee", SimpleListing, "listing-shopee", offline_shopee,
    fields=(FieldSpec("title", 120, source=C + "Shopee / Name"),
            FieldSpec("description", 3000, source=C + "Shopee / Description")),
    description="Shopee product: name (≈120), description (≈3000)"))
register(KindSpec(
    "listing", "lazada", LazadaListing, "listing-lazada", offline_lazada,
    fields=(FieldSpec("title", 255, source=C + "Lazada / Name"),
            FieldSpec("highlights", 250, items=True, max_items=8, min_items=1)),
    description="Lazada product: name, highlights, description"))
