"""Creator briefs (issue 21 item 2): what a KOL/KOC receives for one product × market × platform.

A brief holds only grounded content: the product's key facts (each sentence run through the quality checks;
one with an error finding is left out and named), the claims those facts allow, the angles the market's
cultural guidance suggests, a do/don't list from the brand voice and the market's rules, the disclosure the
market's law and the platform require (``studio.quality.disclosure_table`` — the same table the
``disclosure.sponsored`` check uses), a personal UTM link (the livestream kit's link builder) and discount
code, deliverables and dates, and a sample caption written by the generation engine and checked.

Privacy: the creator's name, handles and notes never reach a prompt — the sample caption is generated from the
product and the market alone; the link carries the creator's opaque ref, not their name.

The fixed strings are in the market's language where ``assets/briefs/phrases.json`` has it (12 languages);
fact labels come from the kit's phrase bank and fact values from the copy engine's glossary. What stays in
the seller's language is listed in ``seller_language_parts``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from studio import clock, quality, registry, shoplinks
from studio.domain import ProductDTO, StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.quality.disclosure_table import PLATFORM_IDS, disclosure_for
from studio.services import catalog, creators
from studio.storage.db import Database

#: the lint target a creator's post on each platform is checked as
LINT_TARGET = {"tiktok": "tiktok", "instagram": "instagram", "facebook": "facebook", "x": "x", "threads": "threads",
               "youtube": "youtube-description", "pinterest": "pinterest-description"}

#: what a creator delivers by default, per platform (the seller's language; override with deliverables=)
DEFAULT_DELIVERABLES = {
    "tiktok": ["1 video, 15–60 s, the product in real use, Branded content switched on"],
    "instagram": ["1 Reel, 15–60 s, Paid partnership label on", "2 Stories with the link sticker"],
    "facebook": ["1 post or Reel with the Paid partnership label"],
    "youtube": ["1 video with a 60–90 s integration, paid promotion ticked", "link and code in the description"],
    "x": ["1 post with an image or video, disclosure word first"],
    "threads": ["1 post with an image, disclosure word first"],
    "pinterest": ["2 Pins linking to the product page, paid partnership tag on"],
}

CLAIM_KEYS = ("certification", "certifications", "warranty", "guarantee", "origin", "made_in", "award", "awards",
              "material", "materials", "ingredients", "safety")
RTL = {"ar", "fa", "he", "ur"}
_RTL_CHARS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass
class BriefRequest:
    product: str  # handle or SKU
    market: str  # locale tag
    creator: str  # roster name (or id / ref)
    platform: str | None = None  # default: the creator's first platform the table knows, else instagram
    campaign: str | None = None  # UTM campaign (default "creator")
    discount_code: str | None = None
    deliverables: list[str] | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    draft_due: date | None = None
    store_url: str | None = None
    provider: str | None = None  # LLM provider for the sample caption (None: configured default)
    sample_caption: bool = True
    use_approved: bool = True


@dataclass
class Brief:
    id: int | None
    data: dict[str, Any]
    text: str  # the brief as plain text for messaging apps
    files: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _bank() -> dict[str, dict[str, str]]:
    raw = json.loads(resources.files("assets").joinpath("briefs/phrases.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _fact_labels() -> dict[str, dict[str, str]]:
    """Fact labels per language: the kit's phrase bank, plus the brief bank's ``_fact_labels`` for languages the
    kit lacks (Korean)."""
    raw = json.loads(resources.files("assets").joinpath("kit/phrases.json").read_text(encoding="utf-8"))
    labels = {k: dict(v.get("labels") or {}) for k, v in raw.items() if not k.startswith("_")}
    extra = json.loads(resources.files("assets").joinpath("briefs/phrases.json").read_text(encoding="utf-8"))
    for lang, more in (extra.get("_fact_labels") or {}).items():
        labels.setdefault(lang, {}).update(more)
    return labels


def languages() -> list[str]:
    return sorted(_bank())


def _norm_key(key: str) -> str:
    return key.strip().lower().replace(" ", "_").replace("-", "_")


def _fmt_date(d: date, market: str) -> str:
    from localization.formatting import format_date

    try:
        return format_date(d, market, "medium")
    except Exception:  # noqa: BLE001 — a locale Babel lacks: ISO is still unambiguous
        return d.isoformat()


# --------------------------------------------------------------------------- build

def build_brief(db: Database, req: BriefRequest, progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None, *, record: bool = True) -> Brief:
    from localization.markets import get_market
    from localization.text import isolate

    cancel = cancel or CancelToken()
    try:
        market = get_market(req.market)
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    creator = creators.get_creator(db, req.creator)
    product = catalog.get_product_by_ref(db, req.product)
    platform = _platform(req.platform, creator)
    progress(0.05, f"{product.handle} · {market.tag} · {platform}")

    lang = market.language
    bank = _bank()
    ph = bank.get(lang) or bank["en"]
    seller_parts: list[str] = []
    if lang not in bank:
        seller_parts.append("headings and fixed sentences (no brief strings for this language yet)")
    rtl = market.direction == "rtl"
    iso = isolate if rtl else (lambda s: s)
    target = LINT_TARGET[platform]

    facts_for_checks = _checked_facts(product, market.tag)
    key_facts, left_out = _key_facts(product, market.tag, lang, target, facts_for_checks, seller_parts)
    claims = _claims(product, market.tag, lang, target, facts_for_checks)
    if rtl:
        from localization.text import isolate_ltr_runs

        key_facts = [isolate_ltr_runs(f) for f in key_facts]
        claims = [isolate_ltr_runs(c) for c in claims]
    progress(0.3, "key facts checked")
    cancel.raise_if_cancelled()

    disc = disclosure_for(market.tag, platform)
    disclosure_lines = [ph["disclosure_start"].format(label=iso(disc.label))]
    if disc.alternatives:
        disclosure_lines.append(ph["disclosure_also"].format(alternatives=", ".join(iso(a) for a in disc.alternatives)))
    from localization.text import isolate_ltr_runs

    control_missing: list[str] = []
    control = in_language(disc.control, lang if lang in bank else "en", control_missing)
    disclosure_lines.append(ph["disclosure_control"].format(control=iso(control) if control_missing or not rtl
                                                            else isolate_ltr_runs(control)))

    camp = _campaign(db, req.campaign)
    if camp is not None and market.tag not in camp.markets:
        # its code, dates and festival belong to other markets: a creator in this one must not hand them out
        raise StudioError(f"campaign '{camp.name}' runs in {', '.join(camp.markets)}, not {market.tag}: pick one of "
                          "its markets, or leave the campaign out (another name is only the link's UTM campaign)")
    if camp is not None:
        # a campaign of the studio: its offer code and dates are the brief's defaults (one source of truth)
        req.discount_code = req.discount_code or (camp.offer or {}).get("code") or None
        req.starts_on = req.starts_on or max(camp.starts_on, clock.today())
        req.ends_on = req.ends_on or camp.ends_on
    link, utm = _link(req, product, market.tag, platform, creator)
    code = _discount_code(req.discount_code, creator)
    default_deliverables: Any = (bank.get(lang) or {}).get("deliverables") or {}
    deliverables = [d.strip() for d in (req.deliverables or default_deliverables.get(platform)
                                        or DEFAULT_DELIVERABLES[platform]) if d and d.strip()]
    if not req.deliverables and not default_deliverables.get(platform):
        seller_parts.append("deliverables")
    starts = req.starts_on or (clock.today() + timedelta(days=7))
    ends = req.ends_on or (starts + timedelta(days=14))
    due = req.draft_due or (starts - timedelta(days=2))
    if ends < starts:
        raise StudioError(f"the posting window ends ({ends}) before it starts ({starts}); swap the dates")
    if due > ends:
        raise StudioError(f"the draft is due ({due}) after the posting window ends ({ends}); pick an earlier date")

    # in a right-to-left brief an English value ("luxury; fashion; beauty") is ONE isolate, so its parts keep their
    # order; isolating word runs one by one lets the paragraph reverse the list
    whole = iso if rtl else None
    angle_missing: list[str] = []
    angles = _angles(market, starts, ends, _phrases(lang), whole, lang if lang in bank else "en", angle_missing)
    if camp is not None:
        from localization.markets import festival_local_name

        fest = (festival_local_name(camp.festival_id, lang) if camp.festival_id else None) or camp.festival_name
        angles.insert(0, _phrases(lang)["angle_campaign"].format(
            name=iso(camp.name) + (f" — {fest}" if fest else ""))
            + f" {_fmt_date(camp.starts_on, market.tag)}–{_fmt_date(camp.ends_on, market.tag)}")
    if angle_missing or (angles and lang not in bank):
        seller_parts.append("angles for the market (the market registry's cultural guidance)")
    do, dont = _do_dont(db, _phrases(lang), market, disc, whole, lang if lang in bank else "en")
    if any(item.get("seller_language") for item in do + dont):
        seller_parts.append("brand-voice words and the market's rules in the do/don't lists")
    instruction_missing: list[str] = []
    control_instruction = in_language(disc.control_instruction, lang if lang in bank else "en", instruction_missing)
    notes_missing: list[str] = []
    notes = [in_language(uncited(n), lang if lang in bank else "en", notes_missing) for n in disc.notes]
    if instruction_missing or notes_missing or control_missing or lang not in bank:
        seller_parts.append("the platform's switch instructions and the law notes in the disclosure section")
    progress(0.5, "disclosure, link and dates")

    if rtl:
        from localization.text import isolate_ltr_runs

        angles = [isolate_ltr_runs(a) for a in angles]
        for entry in do + dont:
            entry["text"] = isolate_ltr_runs(entry["text"])
        deliverables = [isolate_ltr_runs(d) for d in deliverables]
    sample = _sample_caption(db, req, product, market.tag, platform, disc, cancel) if req.sample_caption else None
    progress(0.9, "sample caption")

    data: dict[str, Any] = {
        "version": 1,
        "language": lang if lang in bank else "en",
        "market_language": lang,
        "direction": "rtl" if (rtl and lang in bank) else "ltr",
        "market": market.tag,
        "platform": platform,
        "title": ph["title"].format(product=product.title),
        "subtitle": ph["for"].format(creator=creator.name, platform=platform, market=market.tag),
        "headings": {k: ph[k] for k in ph if k.startswith("h_")},
        "product": {"handle": product.handle, "title": product.title, "vendor": product.vendor},
        "creator": {"name": creator.name, "ref": creator.ref, "handle": creator.handle(platform)},
        "key_facts": key_facts,
        "left_out": left_out,
        "claims": claims or [ph["claims_only"]],
        "angles": angles,
        "do": [d["text"] for d in do],
        "dont": [d["text"] for d in dont],
        "disclosure": {
            "label": disc.label, "prefix": disc.prefix, "alternatives": list(disc.alternatives),
            "lines": disclosure_lines, "control": disc.control, "control_instruction": control_instruction,
            "api_field": disc.api_field, "placement": disc.placement, "law": disc.law, "law_source": disc.law_source,
            "law_mark": disc.law_mark, "platform_source": disc.platform_source, "platform_mark": disc.platform_mark,
            "notes": notes, "cited": disc.cited,
        },
        "link": link,
        "utm": utm,
        "link_line": ph["link"].format(link=iso(link)),
        "discount_code": code,
        "code_line": ph["code"].format(code=iso(code)),
        "deliverables": deliverables,
        "dates": {"starts_on": starts.isoformat(), "ends_on": ends.isoformat(), "draft_due": due.isoformat(),
                  "lines": [ph["dates_post"].format(start=_fmt_date(starts, market.tag), end=_fmt_date(ends, market.tag)),
                            ph["dates_draft"].format(date=_fmt_date(due, market.tag))]},
        "sample_caption": sample,
        "seller_language_parts": list(dict.fromkeys(seller_parts)),
    }
    text = brief_text(data)
    brief_id = None
    if record:
        brief_id = creators.record_brief(
            db, creator.id, product_id=product.id, product_handle=product.handle, market=market.tag,
            platform=platform, link=link, utm_campaign=utm.get("utm_campaign", ""), utm_content=utm.get("utm_content", ""),
            discount_code=code, deliverables=deliverables, starts_on=starts, due_on=due, brief=data)
    progress(1.0, "brief ready")
    return Brief(brief_id, data, text)


def _campaign(db: Database, name: str | None) -> Any:
    """The studio campaign named ``name`` (Campaigns section), or None when there is none by that name (the
    name is then only the link's UTM campaign)."""
    if not name:
        return None
    try:
        from studio.services import campaigns
    except ImportError:  # pragma: no cover - a build without the Campaigns feature
        return None
    try:
        return campaigns.get_campaign(db, name, with_items=False)
    except StudioError:
        return None


def _platform(requested: str | None, creator: creators.CreatorDTO) -> str:
    if requested:
        key = requested.strip().lower()
        if key not in PLATFORM_IDS:
            raise StudioError(f"platform '{requested}' has no disclosure row; pick one of {', '.join(PLATFORM_IDS)}")
        return key
    for p in creator.platforms:
        if p.get("platform") in PLATFORM_IDS:
            return str(p["platform"])
    return "instagram"


def _checked_facts(product: ProductDTO, market: str) -> list:
    from studio.importers.facts import grounding_facts
    from studio.services.quality import localized_facts

    return localized_facts(grounding_facts(product), market)


def _fact_sentences(product: ProductDTO, lang: str, seller_parts: list[str] | None) -> list[tuple[str, str]]:
    engine = registry.copy_engine()
    labels = _fact_labels().get(lang)
    if labels is None and seller_parts is not None:
        seller_parts.append("fact labels (no kit labels for this language)")
    out = []
    untranslated: list[str] = []
    for f in product.facts:
        value = (f.value or "").strip()
        if not value:
            continue
        key = _norm_key(f.key)
        label = (labels or {}).get(key) or (_fact_labels().get("en", {}).get(key)) or f.key.replace("_", " ")
        term = engine.glossary_term(lang, value)
        shown = term if isinstance(term, str) and term else value
        kept = [w for w in re.findall(r"[A-Za-z]{4,}", value) if re.search(rf"\b{w}\b", shown)]
        if seller_parts is not None and lang != "en" and kept and key not in ("dimensions", "weight", "size"):
            untranslated.append(f"{key} ({' '.join(kept[:3])})")
        if f.unit and f.unit not in shown:
            shown = f"{shown} {f.unit}"
        shown = _local_marks(shown, lang)
        out.append((key, f"{label}: {shown}"))
    if untranslated and seller_parts is not None:
        seller_parts.append("words in fact values the glossary has no term for: " + ", ".join(dict.fromkeys(untranslated)))
    return out


# units as the offline writer's captions write them (a Thai caption says "ซม.", the brief said "cm")
_UNITS = {"th": {"cm": "ซม.", "mm": "มม.", "kg": "กก.", "g": "ก.", "ml": "มล.", "l": "ล."},
          "ar": {"cm": "سم", "mm": "مم", "kg": "كغ", "g": "غ", "ml": "مل"}}


def _local_marks(text: str, lang: str) -> str:
    """Punctuation and units of the language in a fact value: the Arabic comma '،' between list items (was a
    Latin ',' in 'فخار حجري, matte exterior'), '×' for dimensions, and the writer's unit words in Thai and Arabic."""
    lang = lang.split("-")[0]
    if lang in ("ar", "fa", "ur"):
        text = re.sub(r",\s", "، ", text)
    units = _UNITS.get(lang)
    if units:
        text = re.sub(r"(?<=\d)\s?x\s?(?=\d)", " × ", text)
        text = re.sub(r"(?<=\d)\s?(cm|mm|kg|g|ml|l)\b", lambda mt: " " + units[mt.group(1)], text)
    return text


def _lint_errors(text: str, target: str, market: str, facts: list) -> list[str]:
    findings = quality.lint_text(text, target, market, facts=facts, context={"sponsored": False})
    return [f"{f.rule_id}: {f.message}" for f in findings if f.severity == "error"]


def _key_facts(product: ProductDTO, market: str, lang: str, target: str, facts: list,
               seller_parts: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
    keep, left = [], []
    for key, sentence in _fact_sentences(product, lang, seller_parts):
        errors = _lint_errors(sentence, target, market, facts)
        if errors:
            left.append({"text": sentence, "fact": key, "reasons": errors})
        else:
            keep.append(sentence)
    if not keep:
        raise StudioError(f"product '{product.handle}' has no key fact that passes the checks; add facts "
                          f"before writing a brief", hint="studio facts …")
    return keep, left


def _claims(product: ProductDTO, market: str, lang: str, target: str, facts: list) -> list[str]:
    out = []
    for key, sentence in _fact_sentences(product, lang, None):
        if key in CLAIM_KEYS and not _lint_errors(sentence, target, market, facts):
            out.append(sentence)
    return out


def _link(req: BriefRequest, product: ProductDTO, market: str, platform: str,
          creator: creators.CreatorDTO) -> tuple[str, dict[str, str]]:
    """The creator's shop link, through the one link builder (``studio.shoplinks``): utm_source = the platform,
    utm_medium = ``creator``, utm_campaign = ``<campaign or "creator">-<market>``, utm_content = the creator's ref
    (what ``creators`` credits orders by). A product URL that already carries the seller's utm_* tags is kept."""
    try:
        url = shoplinks.product_url(req.store_url or "", product.handle, (product.extra or {}).get("url"))
        link = shoplinks.tag_link(url, source=platform, medium="creator",
                                  campaign=shoplinks.slug(f"{req.campaign or 'creator'}-{market}", "creator"),
                                  content=creator.ref)
    except shoplinks.LinkError as exc:
        msg = str(exc).replace("the Livestream section", "the Creators view")
        if "store URL" not in msg:
            msg += "; fix the product's URL, or set the store URL in the Creators view"
        raise StudioError(msg, hint="or pass --store-url") from None
    return link, shoplinks.utm_tags(link)


_CODE = re.compile(r"^[A-Za-z0-9_-]{3,32}$")


def _discount_code(given: str | None, creator: creators.CreatorDTO) -> str:
    if given:
        code = given.strip()
        if not _CODE.match(code):
            raise StudioError(f"discount code {given!r}: use 3–32 letters, digits, '-' or '_' (e.g. LINA10)")
        return code.upper()
    return re.sub(r"[^A-Z0-9]", "", creator.ref.upper())


def _phrases(lang: str) -> dict[str, str]:
    """The brief strings in ``lang``, each missing one from English (so a label is never a raw key)."""
    bank = _bank()
    return {**bank["en"], **(bank.get(lang) or {})}


#: research references in the market registry ("(market-research.md C11)", "docs/x.md", URLs): they stay in the
#: data (``localization/data/markets.json``); a creator never sees them
_CITATION = re.compile(r"\s*[(\[][^()\[\]]*(?:\.md\b|https?://)[^()\[\]]*[)\]]|\s*\bhttps?://\S+|\s*\b[\w./-]+\.md\b(?:\s+[A-Z]?\d[\w.]*(?:,\s*[A-Z]?\d[\w.]*)*)?")


#: bare research section ids left after the file name was cut: "(C10)", "(C10, I)", "(2.4)"
_SECTION_REF = re.compile(r"\s*\((?:[A-Z]\d{0,2}(?:\.\d+)?|\d+\.\d+)(?:,\s*(?:[A-Z]\d{0,2}(?:\.\d+)?|\d+\.\d+))*\)")
#: how a translated list of guidance items is joined per language
_LIST_SEP = {"ar": "؛ ", "ja": "、", "zh": "、", "th": ", "}


def uncited(text: str) -> str:
    """``text`` without internal source references (research file names, section ids, web citations)."""
    return _SECTION_REF.sub("", _CITATION.sub("", str(text))).strip()


@lru_cache(maxsize=1)
def _guidance_bank() -> dict[str, dict[str, str]]:
    path = Path(__file__).resolve().parents[2] / "assets" / "briefs" / "guidance.json"
    return {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")}


def in_language(text: str, lang: str, missing: list[str] | None = None) -> str:
    """The market guidance, disclosure note or platform control ``text`` (English, as the registry holds it) in
    the brief's language (``assets/briefs/guidance.json``); the English where there is no translation yet, noted in
    ``missing``."""
    if lang == "en" or not text:
        return text
    found = (_guidance_bank().get(lang) or {}).get(text)
    if found is None and missing is not None:
        missing.append(text)
    return found or text


_uncited_part = uncited


def _angles(market: Any, starts: date, ends: date, ph: dict[str, str] | None = None,
            wrap: Any = None, lang: str = "en", missing: list[str] | None = None) -> list[str]:
    """The market registry's cultural guidance and the festivals in or just after the window, in ``lang`` where
    ``assets/briefs/guidance.json`` has the text (festival names from ``festivals.json`` ``local_names``); an
    English part is one isolate in a right-to-left brief (``wrap``) and is noted in ``missing``."""
    from localization.markets import festival_local_name

    ph = ph or _phrases("en")
    missing = missing if missing is not None else []

    def uncited(value: str | list[str]) -> str:
        items = [value] if isinstance(value, str) else list(value)
        before = len(missing)
        texts = [in_language(_uncited_part(i), lang, missing) for i in items]
        joined = (_LIST_SEP.get(lang, "; ") if len(missing) == before else "; ").join(texts)
        return joined if len(missing) == before else (wrap or (lambda x: x))(joined)

    c = market.culture or {}
    out = []
    if c.get("tone"):
        out.append(ph["angle_tone"].format(text=uncited(c["tone"])))
    if c.get("themes"):
        out.append(ph["angle_themes"].format(text=uncited(c["themes"])))
    if c.get("what_sells"):
        out.append(ph["angle_sells"].format(text=uncited(c["what_sells"])))
    if c.get("modesty"):
        out.append(ph["angle_modesty"].format(text=uncited(c["modesty"])))
    if c.get("channels_note"):
        out.append(uncited(c["channels_note"]))
    horizon = ends + timedelta(days=30)
    for f in market.festivals or ():
        try:
            f_start, f_end = date.fromisoformat(f["start"]), date.fromisoformat(f["end"])
        except (KeyError, ValueError):
            continue
        if f_end >= starts and f_start <= horizon:
            note = ph["festival_estimate"] if f.get("estimate") else ""
            local = festival_local_name(str(f.get("id") or ""), lang) if lang != "en" else None
            fname = local or (wrap or (lambda x: x))(_uncited_part(str(f.get("name", f.get("id")))))
            if not local and lang != "en":
                missing.append(str(f.get("name", f.get("id"))))
            out.append(ph["angle_festival"].format(name=fname, start=_fmt_date(f_start, market.tag),
                                                   end=_fmt_date(f_end, market.tag)) + note)
    return out


def _do_dont(db: Database, ph: dict[str, str], market: Any, disc: Any,
             wrap: Any = None, lang: str = "en") -> tuple[list[dict], list[dict]]:
    from studio.services import brand_voice

    w = wrap or (lambda x: x)

    do: list[dict[str, Any]] = [{"text": ph["do_own_words"]}, {"text": ph["do_link"]}]
    dont: list[dict[str, Any]] = [{"text": ph["dont_invent"]}, {"text": ph["dont_claims"]}, {"text": ph["dont_price"]},
            {"text": ph["dont_hide"]}]
    voice = brand_voice.get_brand_voice(db)
    if voice is not None:
        v = voice.data
        if v.get("tone"):
            do.append({"text": ph["brand_tone"].format(text=w(v["tone"])), "seller_language": True})
        if v.get("do_words"):
            do.append({"text": ph["words_like"].format(text=w(", ".join(v["do_words"]))), "seller_language": True})
        if v.get("do_not_translate"):
            do.append({"text": ph["keep_as_written"].format(text=w(", ".join(v["do_not_translate"]))),
                       "seller_language": True})
        if v.get("dont_words"):
            dont.append({"text": ph["words_avoid"].format(text=w(", ".join(v["dont_words"]))), "seller_language": True})
    c = market.culture or {}
    # the market's notes ("24-hour service expected", import certification) are the seller's business, not the
    # creator's: they stay out of the brief
    for taboo in c.get("taboos") or []:
        missing: list[str] = []
        text = in_language(uncited(taboo), lang, missing)
        dont.append({"text": ph["avoid"].format(text=w(text) if missing else text), "seller_language": bool(missing)})
    for note in disc.notes:
        missing = []
        text = in_language(uncited(note), lang, missing)
        dont.append({"text": text, "seller_language": bool(missing)})
    return do, dont


def _sample_caption(db: Database, req: BriefRequest, product: ProductDTO, market: str, platform: str, disc: Any,
                    cancel: CancelToken) -> dict[str, Any] | None:
    """A caption the creator may adapt: the approved one for this slot, else one written now by the generation
    engine from the product and the market (never the creator's data), with the disclosure in front, checked as
    a sponsored post."""
    from studio.services import drafts, generation

    target = "pinterest" if platform == "pinterest" else platform
    content, source = None, "generated"
    if req.use_approved:
        approved = drafts.latest_approved(db, product.id, market, "caption", target)
        if approved is not None:
            content, source = approved.content, "approved"
    if content is None:
        try:
            draft = generation.generate_one(db, product, market, "caption", target, provider=req.provider,
                                            cancel=cancel)
        except StudioError as exc:
            return {"text": "", "source": "failed", "error": str(exc), "findings": []}
        v = draft.latest
        if v is None:
            return None
        content = v.content
    from studio.quality.api import compose_caption

    body = compose_caption(content)
    text = disc.prefix + body
    findings = quality.lint_text(text, LINT_TARGET[platform], market, facts=_checked_facts(product, market),
                                 context={"sponsored": True})
    return {"text": text, "source": source,
            "findings": [{"rule": f.rule_id, "severity": f.severity, "message": f.message} for f in findings
                         if f.severity in ("error", "warning")]}


# --------------------------------------------------------------------------- text for messaging apps

def brief_text(data: dict[str, Any]) -> str:
    """The brief as plain text (no markup), ready to paste into WhatsApp, LINE, WeChat or Telegram. Right-to-left
    briefs keep links and codes in isolates so they read in order."""
    h = data["headings"]
    lines = [data["title"], data["subtitle"], ""]

    rtl = data.get("direction") == "rtl"

    def item(text: str) -> str:
        # in a right-to-left brief, a line in the seller's (left-to-right) language is one isolated run, so its
        # punctuation stays at its end in a right-to-left paragraph
        if rtl and not _RTL_CHARS.search(text):
            return f"\u2068{text}\u2069"
        return text

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.append(title)
            lines.extend(f"• {item(i)}" for i in items)
            lines.append("")

    section(h["h_disclosure"], data["disclosure"]["lines"])
    section(h["h_facts"], data["key_facts"])
    section(h["h_claims"], data["claims"])
    section(h["h_angles"], data["angles"])
    section(h["h_do"], data["do"])
    section(h["h_dont"], data["dont"])
    section(h["h_link"], [data["link_line"], data["code_line"]])
    section(h["h_deliverables"], data["deliverables"])
    section(h["h_dates"], data["dates"]["lines"])
    sample = data.get("sample_caption") or {}
    if sample.get("text"):
        lines += [h["h_sample"], sample["text"], ""]
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- export

def export_brief(brief: Brief, out_dir: str | Path) -> dict[str, str]:
    """Write ``<product>-<market>-<platform>.pdf`` / ``.txt`` / ``.json`` into ``out_dir`` (created when missing;
    names from the catalog and the roster cannot leave it)."""
    from studio.safepath import confined, confined_dir, safe_component

    folder = confined_dir(out_dir)
    d = brief.data
    stem = safe_component(f"brief-{d['product']['handle']}-{d['market']}-{d['platform']}", fallback="brief")
    txt = confined(folder, stem + ".txt")
    txt.write_text(brief.text, encoding="utf-8")
    js = confined(folder, stem + ".json")
    js.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")
    pdf = confined(folder, stem + ".pdf")
    registry.kit_builder().write_brief_pdf(d, pdf)
    files = {"pdf": str(pdf), "text": str(txt), "json": str(js)}
    brief.files = files
    return files
