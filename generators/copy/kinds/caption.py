"""Social captions per channel: hook, body, CTA, hashtags, link placement, first comment, assembled text.

The model writes hook/body/cta/hashtags; ``finish`` places the link and hashtags the way each channel
works and assembles ``text`` (the caption exactly as posted). Limits cite platform-specs.md section A.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field

from generators.copy.components import said_with_component
from generators.copy.kinds import FieldSpec, KindSpec, register
from generators.copy.kinds._common import (
    LISTING_ONLY,
    OWN_SCRIPT,
    bare_measure,
    brand,
    claim_free,
    claims_new,
    core_materials,
    description_facts,
    distinct,
    facts,
    feature_hook,
    fit_sentences,
    gender,
    hashtag,
    hashtag_terms,
    honest_hooks,
    hook_fact_text,
    mostly_latin,
    name,
    names_material,
    note,
    option_keys,
    product_is_new,
    raw_keys,
    reads_as,
    safety_line,
    seed,
    selling_rank,
    short_value,
    spoken_name,
    tag_body,
    title_facts,
    unbranded_name,
    unique,
)
from generators.copy.phrasebank import Bank, canonical_key
from generators.copy.textutil import measure

A = "platform-specs.md A: "


@dataclass(frozen=True)
class Channel:
    id: str
    limit: int
    unit: str
    link: str  # inline | bio | link_field | description
    hashtags: int  # how many we add
    hashtags_in_first_comment: bool = False
    source: str = ""


CHANNELS: dict[str, Channel] = {
    # TikTok video caption ≤2200 UTF-16 units; links in captions are not clickable → "link in bio"
    "tiktok": Channel("tiktok", 2200, "utf16", "bio", 5, source=A + "TikTok / Text limits"),
    # Instagram caption ≤2200 chars, ≤30 hashtags; hashtags go to the first comment, link in bio
    "instagram": Channel("instagram", 2200, "graphemes", "bio", 8, True, source=A + "Instagram / Caption"),
    # Facebook Page message up to 63,206 chars (mixpost caps at 5,000: we use 5,000)
    "facebook": Channel("facebook", 5000, "graphemes", "inline", 3, source=A + "Facebook Page / Text"),
    # YouTube description ≤5000 bytes UTF-8, no < or >
    "youtube": Channel("youtube", 5000, "utf8", "description", 3, source=A + "YouTube / Text"),
    # X: 280 weighted chars, a URL counts 23
    "x": Channel("x", 280, "x", "inline", 2, source=A + "X / Text counting"),
    # Pinterest description: 500 safe cap; the link is the pin's own `link` field
    "pinterest": Channel("pinterest", 500, "graphemes", "link_field", 3,
                         source=A + "Pinterest / Description, practical"),
    # Threads text ≤500 chars
    "threads": Channel("threads", 500, "graphemes", "inline", 1, source=A + "Threads / Limits"),
}


class CaptionOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hook: str = Field(min_length=1, description="First line that stops the scroll on this platform; one fact "
                                                "or benefit the facts state, no hype")
    body: str = Field(min_length=1, description="Two to four short sentences, each from a stated fact")
    cta: str = Field(min_length=1, description="A call to action that fits the channel (link in bio, link in the "
                                               "description, tap the link…)")
    hashtags: list[str] = Field(default_factory=list, max_length=30,
                                description="Hashtags in the market's language, each '#' + one word, no spaces")


def _norm_tag(t: str) -> str:
    t = (t or "").strip().lstrip("#＃")
    t = tag_body(t)  # letters, combining marks, digits, "_" (marks kept: #เสื้อยืด, #टीशर्ट)
    return f"#{t}" if t else ""


def finish(content: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]:
    ch = CHANNELS[task["target"]]
    link = (task["product"].get("link") or "").strip()
    tags = unique([_norm_tag(t) for t in content.get("hashtags", [])])[: max(ch.hashtags, 0) or 30]
    hook, body, cta = (content.get(k, "").strip() for k in ("hook", "body", "cta"))
    placement = ch.link
    if placement in ("inline", "description") and not link:
        placement = "none"
    first_comment = None
    blocks = [hook, body]
    cta_line = cta
    if placement in ("inline", "description") and link and link not in cta_line:
        cta_line = f"{cta_line} {link}".strip()
    blocks.append(cta_line)
    if tags:
        if ch.hashtags_in_first_comment:
            first_comment = " ".join(tags)
        else:
            blocks.append(" ".join(tags))
    text = "\n\n".join(b for b in blocks if b)
    if ch.id == "youtube":  # no < or > in YouTube text (platform-specs.md A: YouTube / Text)
        text = text.replace("<", "‹").replace(">", "›")
    return {"hook": hook, "body": body, "cta": cta, "hashtags": tags,
            "link": link if placement != "bio" else "", "link_placement": placement,
            "first_comment": first_comment, "text": text}


# facts a hook can lead with, best first: what the product does or holds, then what it is made of (not a
# colour list or a size range)
HOOK_FACTS = ("features", "battery", "capacity", "power", "scent", "volume", "material")


def _hook_rank(key: str) -> int:
    return HOOK_FACTS.index(key) if key in HOOK_FACTS else len(HOOK_FACTS)
# facts said together in one sentence where the bank has the join ("Available in White and Navy, in sizes S–XL")
JOINS = (("color", "size"), ("material", "certification"))


def _lead(value: str) -> str:
    """The first part of a value, short enough to lead a hook ("100% organic cotton jersey" of "100% organic
    cotton jersey, 180 g/m²"); "" for a list or a long value."""
    v = short_value(value, 45)
    return re.split(r",\s|、|，", v)[0].strip() if v else ""


def _whole_lead(key: str, value: str, channel: str) -> bool:
    """Whether an Instagram hook opens with the whole value (then not said again in the body): a short feature list
    or material with no label or clause in it ("Vegan, gluten- and lactose-free", "100% merino wool jersey, 200
    g/m²", "ブナ材、ガラス") — its first item alone would leave the rest unsaid or said twice."""
    return channel == "instagram" and key in ("features", "material") and len(value) <= 45 and not any(
        c in value for c in ":：;；")


def _all_in(part: str, name: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]{3,}", part)]
    return bool(words) and all(w.casefold() in name.casefold() for w in words)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _joined(chosen: list[tuple[str, str]], bank: Bank, g: str | None) -> list[str]:
    """One sentence per fact, except related facts the bank joins into one natural sentence."""
    values = dict(chosen)
    joined: dict[str, str] = {}
    skip: set[str] = set()
    for a, b in JOINS:
        template = bank.data["caption"].get(f"join_{a}_{b}")
        if template and a in values and b in values and a not in skip and b not in skip:
            va = values[a]
            if a == "color" and bank.style["list_sep"] in va and not re.search(r"[;:]", va) and all(
                    i.count("(") == i.count(")") for i in va.split(bank.style["list_sep"])):
                va = bank.join(va.split(bank.style["list_sep"]))
            vb = values[b]
            if b == "size" and bank.style["list_sep"] in vb and not re.search(r"[;:()]", vb):
                vb = bank.join(vb.split(bank.style["list_sep"]))
            if a == "material" and (":" in va or (bank.style.get("made_of") or "\x00") in va):
                continue  # a material named part by part ("Gehäuse aus …") does not follow "Gefertigt aus"
            if b == "certification" and said_with_component(vb):
                continue  # a certificate of a component ("Füllung: RDS-zertifiziert") is never joined to the material
            if any(t in va for t in re.findall(r"\b[A-Z][A-Z0-9-]{1,}\b", vb)):
                continue  # the material already names the certification ("oak (FSC certified)"): said apart
            joined[a] = bank.fill(template, **{a: va, b: vb}, g=g)
            skip.add(b)
    out = []
    for k, v in chosen:
        if k in skip:
            continue
        out.append(joined.get(k) or bank.fact_sentence(k, v, g))
    return out


def _of_type(templates: list[str], angle: dict[str, Any], s: int, pool: list[str] | None = None) -> str:
    """A hook template (chosen by the seed) of the winning hook's type when the next variant keeps an angle:
    a question stays a question, a statement a statement (issue 20). Where the channel has no template of that
    type, the language's other caption hooks (``pool``) are looked at."""
    want = angle.get("hook_type")
    if want in ("question", "statement", "exclamation", "number"):
        for group in (templates, pool or []):
            asks = [t for t in group if _ASKS.search(t)]
            same = asks if want == "question" else [t for t in group if t not in asks]
            if same:
                return same[s % len(same)]
    return templates[s % len(templates)]


_ASKS = re.compile(r"[?？؟]")


def _hook_pool(bank: Bank, fact: bool) -> list[str]:
    return [t for k, v in bank.data["caption"].items() if k.startswith("hooks") and k.endswith("_fact") == fact
            and isinstance(v, list) for t in v]


def offline_caption(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    ch = CHANNELS[task["target"]]
    s = seed(task)
    given = task.get("angle")
    angle: dict[str, Any] = given if isinstance(given, dict) else {}
    first_benefit = angle.get("first_benefit")
    n = name(task)
    g = gender(task, bank)
    hn, hg = spoken_name(task, bank)  # a hook says a short name, never the whole SEO title
    g = g or hg  # agreement with the noun the hook names ("Realizzata in pelle" for la borsa)
    # a campaign names its festival as the market writes it ("رمضان", "双十一"); else the registry's name
    festival = ((task.get("campaign") or {}).get("festival") or {}).get("local_name") or \
        (task.get("festival") or {}).get("name")
    # a hook says "new" only for a product the seller calls new (a tag, a launch campaign): never invented
    lang_hooks = honest_hooks(bank.get("caption.hooks"), task, bank.lang) or bank.get("caption.hooks")
    hooks = honest_hooks(bank.data["caption"].get(f"hooks_{ch.id}") or [], task, bank.lang) or lang_hooks
    phase_line = _phase_line(task, bank.lang, "hook", festival, hn) if festival else None
    hook = phase_line or (bank.s("caption.festival_hook", festival=festival, name=hn, g=hg,
                                 festival_for=_arabic_for(festival)) if festival else
                          bank.fill(_of_type(hooks, angle, s, honest_hooks(_hook_pool(bank, False), task, bank.lang)), name=hn, name_cap=_cap(hn),
                                    g=hg))
    hook_material_used = False
    # a caption is not a spec sheet: what the product is made of and does first, up to five facts; care,
    # warnings, box contents and weights stay in the listing (named in an info finding, never dropped silently)
    all_facts = distinct(description_facts(task, bank) + facts(task, bank) + title_facts(task, bank))
    qm = bank.quotes[0].strip()
    core = core_materials(task, bank)
    if core and any(k == "material" and qm in v for k, v in all_facts):
        # the reason to buy is what it is made of: the materials the language has, not a quoted English value
        all_facts = [(k, core if k == "material" and qm in v else v) for k, v in all_facts]
        note(task, "generation.fact-not-in-caption", "info",
             f"{bank.label('material')}: the caption names the materials ({core}); the whole value is in the "
             f"listing", fact=",".join(raw_keys(task, ["material"])))
    # an environmental claim ("recycled polyester") without a certification among the facts is stated in the
    # listing, where the reviewer sees the finding, not made in promotional social copy (as with hashtags)
    claims = {canonical_key(f["key"]) for f in task.get("facts", [])
              if not claim_free([f.get("value") or ""], task)}
    # the variant options (size, colour) are a choice the shopper makes in the shop, not a reason to buy: said
    # only when the caption has fewer than two facts without them
    opts = option_keys(task)
    chosen = sorted([(k, v) for k, v in all_facts if k not in LISTING_ONLY and k not in claims],
                    key=lambda kv: (kv[0] != first_benefit, kv[0] in opts, selling_rank(kv[0])))[:5]
    if sum(1 for k, _v in chosen if k not in opts) >= 2:
        chosen = [(k, v) for k, v in chosen if k not in opts]
    chosen = chosen[:4]  # a caption says the best two to four facts; the listing has every one
    if not chosen:
        # nothing to sell but listing material: say what reads well in a caption (weight, contents), never a
        # warning, an INCI list or care text — those stay in the listing, named below
        chosen = [(k, v) for k, v in all_facts if k not in ("warning", "ingredients", "care", "allergens",
                                                            "usage")][:2] or all_facts
    left = [k for k, _v in all_facts if (k, _v) not in chosen]
    if left:
        note(task, "generation.fact-not-in-caption", "info",
             f"The caption leads with {len(chosen)} facts; in the listing, not in the caption: "
             f"{', '.join(bank.label(k) for k in left)}", fact=",".join(raw_keys(task, left)))
    qo = bank.quotes[0].strip()
    material = next((v for k, v in chosen if k == "material"), "")
    mat = short_value(material, 30)
    if not re.search(r"[^\W\d_]", mat):
        mat = ""  # "18/8" cut from "18/8 (304) stainless steel body" names no material
    template = bank.data["caption"].get("hook_material") if ch.id == "instagram" or \
        not bank.data["caption"].get(f"hooks_{ch.id}") else None
    if template and claims_new(template, bank.lang) and not product_is_new(task):
        template = None  # "New in the shop: … in {material}" only for a new product; the body says the material
    if template and angle.get("hook_type") == "question" and not _ASKS.search(template):
        template = None  # the next variant keeps a question hook (issue 20)
    if not festival and template and mat and qo not in mat and not any(sep in mat for sep in (",", "、", "，")) and not any(
            w.casefold() in n.casefold() for w in mat.replace("%", " ").split() if not w[:1].isdigit()) \
            and not names_material(hn, bank.lang) and not any(
                w.casefold()[:5] in hn.casefold() for w in re.findall(r"[^\W\d_]{4,}", mat)):
            # "Spielzeug … aus Holz" is not followed by "aus Buche", "Bausteine aus Buchenholz" not by "aus Buche"
        # the hook names the material the facts state ("Neu im Shop: die Scented Soy Candle aus Sojawachs.")
        hook = bank.fill(template, name=hn, material=mat, g=hg)
        hook_material_used = True
        if mat == material:
            chosen = [(k, v) for k, v in chosen if k != "material"]
    # a hook per platform, led by a selling fact where the bank has one for the platform ("Looking for …? Meet
    # the …", "The …: …") — that fact is then not said again in the body
    fact_hooks = bank.data["caption"].get(f"hooks_{ch.id}_fact")
    if fact_hooks:  # "… — the {name} is here" is "上新了" in Chinese: no fact hook that says new, where it is not
        fact_hooks = honest_hooks(fact_hooks, task, bank.lang) or \
            honest_hooks(_hook_pool(bank, True), task, bank.lang)
    hook_fact = next(((k, v if _whole_lead(k, v, ch.id) else _lead(v))
                      for k, v in sorted(chosen, key=lambda kv: (kv[0] != first_benefit,
                                                                            _hook_rank(kv[0])))
                      if (k in HOOK_FACTS or k == first_benefit) and _lead(v) and qo not in v and not _all_in(_lead(v), n)
                      and not bare_measure(_lead(v))  # "350 ml — that's the …" is no hook (copy hold-out 11)
                      # a material said part by part ("aluminium; diffuser: …") stays in the body, said once
                      and (ch.id != "instagram" or k != "material" or _whole_lead(k, v, ch.id))), None)
    if hook_fact and ch.id == "instagram" and not any(
            k != hook_fact[0] and not (bank.lang in OWN_SCRIPT and mostly_latin(v, bank.lang)) for k, v in chosen):
        hook_fact = None  # a fact hook with nothing left for the body would leave the body saying the hook again
    if not festival and fact_hooks and hook_fact and hook is not None and not hook_material_used:
        opener = hook_fact_text(hook_fact[0], hook_fact[1], bank, hg) if ch.id == "instagram" else hook_fact[1]
        hook = bank.fill(_of_type(fact_hooks, angle, s, honest_hooks(_hook_pool(bank, True), task, bank.lang)),
                         name=hn, name_cap=_cap(hn), fact=opener, fact_cap=_cap(opener), g=hg)
        featured = feature_hook(hook_fact[0], hook_fact[1], hn, hg, bank, ch.id)
        if featured:  # "So leicht und wasserabweisend ist die Jacke …", not "Leicht, wasserabweisend – entdecke …"
            hook = featured
        if hook_fact[1] == dict(chosen)[hook_fact[0]]:
            chosen = [(k, v) for k, v in chosen if k != hook_fact[0]]
    if bank.lang in OWN_SCRIPT:
        # a zh/ja/ko/th/ar/hi caption keeps its own script: a fact whose wording is mostly Latin letters (an English
        # value the glossary could not translate) is stated in the listing, and the finding names it
        latin = [k for k, v in chosen if mostly_latin(v, bank.lang)]
        if latin:
            chosen = [(k, v) for k, v in chosen if k not in latin]
            note(task, "generation.fact-not-in-caption", "info",
                 f"In the listing, not in the caption (its wording is mostly Latin letters, the caption keeps the "
                 f"language's script): {', '.join(bank.label(k) for k in latin)}", fact=",".join(raw_keys(task, latin)))
    sentences = _joined(chosen, bank, g)
    if task.get("price"):
        sentences.append(bank.s("caption.price", price=task["price"]))
    if task.get("segment"):
        note(task, "generation.segment-offline", "info",
             f"The offline writer does not adapt wording to the segment '{task['segment'].get('name')}'; a model "
             "provider writes for it (the segment's guidance is in the prompt)")
    link = (task["product"].get("link") or "").strip()
    cta_key = {"bio": "caption.cta_bio", "inline": "caption.cta_inline" if link else "caption.cta_plain",
               "description": "caption.cta_description" if link else "caption.cta_plain",
               "link_field": "caption.cta_pin" if "cta_pin" in bank.data["caption"] else "caption.cta_plain"}[ch.link]
    cta = bank.s(cta_key, link="").rstrip(" :：") if cta_key == "caption.cta_inline" else bank.s(cta_key)
    if angle.get("cta"):  # the next variant keeps the winner's call to action (issue 20)
        cta = str(angle["cta"]).strip()
    safety = safety_line(task, bank)
    if safety:
        # a toy's age grade and small-parts warning travel with the post (its listing has the whole warning)
        cta = f"{safety}\n{cta}"
    campaign = task.get("campaign") or {}
    if campaign.get("offer_line"):
        # a campaign post states the campaign's offer line verbatim, on its own line before the call to action
        # (kept when the caption is shortened: the body's sentences go first)
        until = _phase_line(task, bank.lang, "until", festival or "", hn) if campaign.get("phase") == "reminder" \
            else None
        cta = f"{campaign['offer_line']}\n" + (f"{until}\n" if until else "") + cta
    tags = []
    words = hashtag_terms(task, bank)
    for w in words[:2] + claim_free(words[2:], task):
        if w:
            tags.append(hashtag(w))
    tags = unique([t for t in tags if len(t) > 1])[: ch.hashtags]
    if angle.get("hashtags"):  # the next variant keeps the winner's hashtags (issue 20)
        tags = unique([_norm_tag(str(t)) for t in angle["hashtags"] if _norm_tag(str(t))])[:30]
    target_len = int(int(angle.get("length") or 0) * 1.15) or ch.limit
    if not sentences:
        rest = unbranded_name(task)  # "Découvrez la lotion … de la brisa", never "la la brisa Lotion"
        sentences = [bank.s("listing.intro", name=rest, brand=brand(task), g=g) if rest != n else
                     bank.s("listing.intro_nobrand", name=n, g=g)]
        b = brand(task)
        if bank.lang in OWN_SCRIPT and mostly_latin(n.replace(b, " ") if b else n, bank.lang):
            sentences = [bank.s("listing.intro_nobrand", name=hn, g=g)]  # the short name in the script, not the title
    # fit the whole caption in the channel's unit by dropping trailing body sentences (never cutting one)
    for k in range(len(sentences), 0, -1):
        body = bank.sentences(sentences[:k])
        assembled = finish({"hook": hook, "body": body, "cta": cta, "hashtags": tags}, task)["text"]
        if measure(assembled, ch.unit) <= ch.limit and (k == 1 or measure(assembled, ch.unit) <= target_len):
            break
    else:
        body = fit_sentences(sentences[0], max(ch.limit // 3, 20), ch.unit, bank.lang)
    if not reads_as("\n".join([hook, body, cta]), bank.lang):
        # a short caption the language detector would misread ("Apresentamos a poltrona de rattan. Mede …" read
        # as Italian): another of the platform's hooks, worded differently, that reads as the language
        plain = [bank.fill(h, name=hn, name_cap=_cap(hn), g=hg) for h in hooks + lang_hooks]
        hook = next((h for h in plain if reads_as("\n".join([h, body, cta]), bank.lang)), hook)
    names = [x for x in (hn, n, brand(task), unbranded_name(task)) if x]
    if said_twice(hook, body, cta, names=names):
        # no caption says a sentence twice (a Thai caption with no facts had its hook "ขอแนะนำ สินค้าจาก Solvik" as
        # its body too; "ขอแนะนำ Solvik ลำโพง" / "ขอแนะนำ ลำโพง จาก Solvik" says it twice with the words turned
        # round): another of the platform's hooks that the body does not repeat, else the body without the hook's
        # sentence
        plain = [bank.fill(h, name=hn, name_cap=_cap(hn), g=hg) for h in hooks + lang_hooks + _hook_pool(bank, False)]
        other = next((h for h in plain if not said_twice(h, body, cta, names=names)
                      and reads_as("\n".join([h, body, cta]), bank.lang)), None)
        if other is not None:
            hook = other
        else:
            said = {sentence_key(y, names) for y in sentence_list(hook)}
            kept = [x for x in sentence_list(body) if sentence_key(x, names) not in said]
            body = bank.sentences(kept) if kept else body
    return {"hook": hook, "body": body, "cta": cta, "hashtags": tags}


_SENTENCE_END = regex.compile(r"(?<=[.!?。！？।؟])(?=\s|$)\s*|(?<=[。！？])|\n+")


def sentence_list(text: str) -> list[str]:
    """The sentences of a caption part (a Thai sentence ends at a space only where a template put one: a part is
    then one sentence)."""
    return [x.strip() for x in _SENTENCE_END.split(text or "") if x and x.strip()]


def sentence_key(sentence: str, names: list[str] | tuple[str, ...] = ()) -> str:
    """A sentence compared without the product's names, its punctuation, spacing and case (what is left is what
    the sentence says about the name: "ขอแนะนำ" in "ขอแนะนำ Solvik ลำโพง")."""
    for x in sorted(names, key=len, reverse=True):
        sentence = sentence.replace(x, " ")
        for w in x.split():
            if len(w) > 1:
                sentence = regex.sub(rf"(?<![\w]){regex.escape(w)}(?![\w])", " ", sentence)
    return regex.sub(r"[\W_]+", "", sentence).casefold()  # regex: Thai/Devanagari marks are part of a word


def said_twice(*parts: str, names: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``parts`` (hook, body, CTA) say a sentence twice: the same words around the product's names, or one
    sentence's words inside another's with at most a short word more ("ขอแนะนำ" in "ขอแนะนำ … จาก …")."""
    keys = [k for k in (sentence_key(x, names) for p in parts for x in sentence_list(p)) if k]
    return any(a == b or (min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 4 and (a in b or b in a))
               for i, a in enumerate(keys) for b in keys[i + 1:])


for _ch in CHANNELS.values():
    register(KindSpec(
        "caption", _ch.id, CaptionOut, f"caption-{_ch.id}", offline_caption, finish=finish,
        fields=(FieldSpec("text", _ch.limit, unit=_ch.unit, source=_ch.source),),
        extras={"shorten_field": {"text": "body"}, "channel": _ch},
        description=f"{_ch.id} caption: hook, body, CTA, hashtags ({_ch.link} link)", max_tokens=900))


_PHASES: dict[str, dict[str, str]] | None = None


def _phases() -> dict[str, dict[str, str]]:
    global _PHASES
    if _PHASES is None:
        import json

        from generators.copy.phrasebank import BANK_DIR

        _PHASES = {k: v for k, v in json.loads((BANK_DIR / "prose" / "campaign_phases.json").read_text(
            encoding="utf-8")).items() if not k.startswith("_")}
    return _PHASES


def _arabic_for(festival: str | None) -> str:
    """'for <festival>' in Arabic: the preposition joins an Arabic word (لرمضان, للعيد — no tatweel), and keeps
    its tatweel only before digits or Latin letters (لـ11.11)."""
    f = (festival or "").strip()
    if f and "\u0600" <= f[0] <= "\u06ff":
        return "ل" + (f[1:] if f.startswith("ال") else f)
    return f"لـ{f}"


def _phase_line(task: dict[str, Any], lang: str, part: str, festival: str, name: str) -> str | None:
    """The campaign phase's line in ``lang`` (assets/phrasebanks/prose/campaign_phases.json): the hook of a
    teaser (first or second), launch, reminder, live session or last call, or the reminder's 'until' line — so
    the phases of one product read differently. A line that needs the offer's end date is left out without one
    (never an invented deadline)."""
    camp = task.get("campaign") or {}
    phase = camp.get("phase")
    table = _phases().get(lang.split("-")[0])
    if not phase or not table:
        return None
    key = part if part == "until" else (f"teaser{1 if int(camp.get('step') or 1) == 1 else 2}" if phase == "teaser"
                                        else phase)
    template = table.get(key)
    end = (camp.get("offer") or {}).get("ends_local") or ""
    if not template or ("{end}" in template and not end):
        return None
    return template.format(festival=festival, festival_for=_arabic_for(festival), name=name, end=end)
