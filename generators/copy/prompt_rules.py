"""What the LLM prompt says beyond the facts (issue 16 item 2): category compliance, each marketplace's locale
style, voice-over pacing, field descriptions inside the JSON schema and one short example of form per kind.

Pure functions of the task dict that ``generators.copy.engine.build_task`` makes; ``render_prompt`` fills
their text into the ``{{compliance}}``, ``{{style}}``, ``{{pacing}}`` and ``{{example}}`` placeholders of the
v2 templates. Every piece is present only when its condition holds (the product's category, the market,
the target, the facts), so a prompt carries no rule that does not concern it. Platform rules cite their row
of ``platform-specs.md`` (the team's sourced rules table); rules that are not in that table yet say where
they come from.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path
from typing import Any

from generators.copy.phrasebank import canonical_key

PROMPT_DIR = Path(__file__).resolve().parents[2] / "assets" / "prompts"
EXAMPLES_FILE = "examples.v1.json"  # versioned like the templates; a copy in <STUDIO_HOME>/prompts wins

C = "platform-specs.md C: "
EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
WARNING_KEYS = {"warning", "caution", "safety", "safety_warning", "safety_information", "allergens", "allergen"}
# targets where the prompt's product data carries no price: the platform forbids it in the copy (or shows its own)
NO_PRICE = {("listing", "amazon"): C + "Amazon / All detail-page text",
            ("listing", "tiktok-shop"): C + "TikTok Shop / Title (no promotions)",
            ("kit", "*"): "platform-specs.md B (live: the app adds the listing price; prices must match the PDP)"}
CHAR_PACED = {"ja", "zh", "th"}  # no spaces between words: pacing in characters per second
WORD_LENGTH = {"ko": 3.5, "ar": 5.5, "hi": 5.0, "de": 7.0, "nl": 6.5, "pl": 7.0, "tr": 7.0, "fil": 6.0}


# --------------------------------------------------------------------------- category


def categories(task: dict[str, Any]) -> set[str]:
    """The compliance categories of the product, read from its category path, type and tags: ``supplement``,
    ``food``, ``cosmetic`` (a vitamin C *serum* is a cosmetic, vitamin D *drops* a supplement)."""
    p = task.get("product") or {}
    path = (p.get("category") or "").lower()
    rest = " ".join([p.get("product_type") or "", " ".join(p.get("tags") or [])]).lower()
    out: set[str] = set()
    supplement = r"vitamins? & supplements|dietary supplement|food supplement|supplement|fitness & nutrition|" \
                 r"nutrition drinks|protein powder|nahrungsergänzung|complément alimentaire|サプリ|健康食品|保健食品"
    cosmetic = r"cosmetic|skin ?care|hair care|make-?up|fragrance|perfume|personal care|body care|nail care|" \
               r"lip care|sunscreen|serum|lotion|moisturi[sz]er|shampoo|conditioner|化粧品|コスメ"
    food = r"food, beverages|food items|beverages|snack|coffee|tea\b|grocery"
    if re.search(supplement, path) or (not path and re.search(supplement, rest)):
        out.add("supplement")
    elif re.search(cosmetic, path) or (not path and re.search(cosmetic, rest)):
        out.add("cosmetic")
    elif re.search(food, path):
        out.add("food")
    if not out and re.search(r"\bsupplement|\bprotein\b|\bvitamin", rest) and not re.search(cosmetic, rest):
        out.add("supplement")
    return out


def _country(task: dict[str, Any]) -> str:
    tag = str(task.get("market") or "")
    return tag.split("-")[-1].upper() if "-" in tag else ""


def warnings(task: dict[str, Any]) -> list[str]:
    return [str(f.get("value") or "").strip() for f in task.get("facts") or []
            if canonical_key(str(f.get("key") or "")) in WARNING_KEYS and str(f.get("value") or "").strip()]


def _quoted(value: str) -> str:
    """A fact value quoted inside instructions: JSON-encoded, ``<``/``>``/``&`` escaped (it stays data)."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------- compliance

# 化粧品の効能の範囲 (the 56 effect expressions a cosmetic may use in Japan; 薬生発 0721 of 2011 amending the
# 2000 notice, under the 薬機法), grouped by where the product is used
JP_COSMETIC_EFFECTS = {
    "hair": ["頭皮、毛髪を清浄にする", "香りにより毛髪、頭皮の不快臭を抑える", "頭皮、毛髪をすこやかに保つ",
             "毛髪にはり、こしを与える", "頭皮、毛髪にうるおいを与える", "頭皮、毛髪のうるおいを保つ", "毛髪をしなやかにする",
             "クシどおりをよくする", "毛髪のつやを保つ", "毛髪につやを与える", "フケ、カユミがとれる", "フケ、カユミを抑える",
             "毛髪の水分、油分を補い保つ", "裂毛、切毛、枝毛を防ぐ", "髪型を整え、保持する", "毛髪の帯電を防止する"],
    "skin": ["（汚れをおとすことにより）皮膚を清浄にする", "（洗浄により）ニキビ、アセモを防ぐ（洗顔料）", "肌を整える",
             "肌のキメを整える", "皮膚をすこやかに保つ", "肌荒れを防ぐ", "肌をひきしめる", "皮膚にうるおいを与える",
             "皮膚の水分、油分を補い保つ", "皮膚の柔軟性を保つ", "皮膚を保護する", "皮膚の乾燥を防ぐ", "肌を柔らげる",
             "肌にはりを与える", "肌にツヤを与える", "肌を滑らかにする", "ひげを剃りやすくする", "ひげそり後の肌を整える",
             "あせもを防ぐ（打粉）", "日やけを防ぐ", "日やけによるシミ、ソバカスを防ぐ",
             "乾燥による小ジワを目立たなくする（効能評価試験済みの場合のみ）"],
    "fragrance": ["芳香を与える"],
    "nails": ["爪を保護する", "爪をすこやかに保つ", "爪にうるおいを与える"],
    "lips": ["口唇の荒れを防ぐ", "口唇のキメを整える", "口唇にうるおいを与える", "口唇をすこやかにする", "口唇を保護する。口唇の乾燥を防ぐ",
             "口唇の乾燥によるカサツキを防ぐ", "口唇を滑らかにする"],
    "oral": ["ムシ歯を防ぐ（使用時にブラッシングを行う歯みがき類）", "歯を白くする（同）", "歯垢を除去する（同）",
             "口中を浄化する（歯みがき類）", "口臭を防ぐ（歯みがき類）", "歯のやにを取る（同）", "歯石の沈着を防ぐ（同）"],
}
_COSMETIC_AREA = {"hair": r"hair|shampoo|conditioner|scalp|ヘア|シャンプー", "lips": r"\blip|リップ|口紅",
                  "nails": r"\bnail|ネイル", "oral": r"tooth|oral|dental|歯", "fragrance": r"fragrance|perfume|香水",
                  "skin": r"skin|face|facial|body|serum|lotion|cream|moisturi|sun|cleanser|スキン|美容液|化粧水"}


def _cosmetic_areas(task: dict[str, Any]) -> list[str]:
    p = task.get("product") or {}
    text = " ".join([p.get("category") or "", p.get("product_type") or "", " ".join(p.get("tags") or [])]).lower()
    areas = [a for a, rx in _COSMETIC_AREA.items() if re.search(rx, text)]
    return areas or list(JP_COSMETIC_EFFECTS)


def compliance_text(task: dict[str, Any]) -> str:
    """Category compliance for this product in this market, or "" when nothing applies."""
    kind = task.get("kind")
    cats = categories(task)
    country = _country(task)
    lines: list[str] = []
    warns = warnings(task)
    if warns:
        same = (task.get("language") or "") == ((task.get("product") or {}).get("source_language") or "en")
        how = ("verbatim, exactly as written" if same else
               f"as a complete, literal {task.get('language_name') or 'target-language'} translation")
        if kind in ("listing", "faq"):
            lines.append(f"Mandatory warnings: reproduce every warning fact word for word ({how}) — nothing "
                         "shortened, softened, merged or left out, and nothing added to it:")
        else:
            lines.append("Mandatory warnings: this format may leave the warnings to the listing, but whatever you "
                         f"say of a warning must be word for word ({how}); never shorten, soften or contradict one "
                         "(no \"safe for everyone\", \"no side effects\"):")
        lines += [f"- {_quoted(w)}" for w in warns[:8]]
    health = cats & {"supplement", "food"}
    if health or "cosmetic" in cats:
        lines.append("Never claim or imply that the product prevents, treats, cures or relieves a disease, "
                     "condition or symptom, or that it replaces medicine or a varied diet.")
    if health and (country in EU or country == "GB"):
        where = "the EU" if country in EU else "Great Britain (retained Regulation (EC) No 1924/2006)"
        lines.append(
            f"Health claims in {where}: only claims authorised in the EU Register of nutrition and health claims "
            "(Regulation (EC) No 1924/2006; list in Regulation (EU) No 432/2012), only for a nutrient the facts "
            "state, and in their authorised wording (e.g. \"Vitamin D contributes to the normal function of the "
            "immune system\") — no disease-risk or disease claims, no slimming rate, no doctor's recommendation, "
            "no general \"healthy\" or \"detox\" promise. If the facts support no authorised claim, make none.")
        if "supplement" in cats:
            lines.append("Food supplement labelling (Directive 2002/46/EC): the recommended daily dose, \"do not "
                         "exceed\", \"not a substitute for a varied diet\" and \"keep out of reach of young "
                         "children\" are stated only as the facts state them.")
    if "cosmetic" in cats and (country in EU or country == "GB"):
        lines.append("Cosmetic claims (Regulation (EC) No 1223/2009 Art. 20, common criteria of Regulation (EU) "
                     "No 655/2013): no medicinal or disease claims, no \"free from\" a substance the law bans "
                     "anyway, and every claim backed by a stated fact.")
    if country == "JP" and health:
        lines.append(
            "Japan, 健康食品/サプリメント: these are foods, not drugs — no efficacy or effect claims (効能効果: "
            "治る, 予防, 改善, 免疫力を高める, 脂肪燃焼, 若返り…; 医薬品医療機器等法 第66–68条, unapproved-drug advertising). "
            "A functional claim only if the facts state a 機能性表示食品 notification number or 特定保健用食品 "
            "approval, and then only its notified wording. Label terms per 食品表示法/食品表示基準 — 名称, 原材料名 "
            "(in descending order of weight), 内容量, 栄養成分表示, 摂取の方法, 摂取上の注意 — only as the facts state "
            "them, never invented.")
    if country == "JP" and "cosmetic" in cats:
        allowed = [e for a in _cosmetic_areas(task) for e in JP_COSMETIC_EFFECTS[a]]
        lines.append(
            "Japan, 化粧品: state effects only with the effect expressions allowed for cosmetics (化粧品の効能の範囲, "
            "the 56 expressions under the 薬機法) and only where a fact supports them; no 美白/シミが消える/アンチエイジング/"
            "細胞/治療 claims (quasi-drug 医薬部外品 wording only if the facts say it is one). Allowed here: "
            + "、".join(allowed) + "。")
    if not lines:
        return ""
    label = ", ".join(sorted(cats)) or "general"
    return f"Compliance for this product (category: {label}; market {task.get('market')}):\n" + "\n".join(lines)


# --------------------------------------------------------------------------- locale style

TYPOGRAPHY = {
    "ja": "Japanese typography: 。、「」・ and （） in full-width, no spaces between Japanese words, digits and "
          "Latin letters in half-width (250ml, USB-C).",
    "zh": "Chinese typography: full-width punctuation ，。：；！？（）and “”, no spaces between Chinese characters, "
          "digits and Latin letters in half-width.",
    "ko": "Korean: spaces between words (띄어쓰기), half-width punctuation, digits in half-width.",
    "th": "Thai: no spaces between words; a space separates phrases and sentences; no full stop at a sentence end; "
          "unit abbreviations keep their dot (ซม. กก.).",
    "fr": "French typography: a non-breaking space before ; : ! ? and inside « », and in \"100 %\".",
    "de": "German typography: „…“ quotation marks, decimal comma, \"100 %\" with a space.",
    "es": "Spanish: opening ¿ and ¡, «…» quotation marks, decimal comma.",
    "ar": "Arabic: Arabic comma ، and question mark ؟, one digit system throughout (the market's).",
}


def _amazon_lines(task: dict[str, Any]) -> list[str]:
    lines = [f"Bullets ({C}Amazon / Bullets): up to 5, plain text, each starting with its attribute (e.g. "
             "\"Material: …\") and stating one fact with its benefit; no bullet that only names the brand "
             "(no brand-only bullet), no emoji or special symbols, no guarantee or refund.",
             f"No price, currency amount, discount, shipping or availability anywhere ({C}Amazon / All detail-page "
             "text); product_data carries no price for this reason.",
             f"Title ({C}Amazon / Title content, Word repetition): brand, product type, key attributes; no "
             "promotional or subjective words, no ALL CAPS, a word at most twice."]
    if _country(task) == "JP" or task.get("language") == "ja":
        lines.append(
            "Amazon.co.jp conventions (Amazon.co.jp listing style guides; not yet a row in platform-specs.md): "
            "Japanese text in full-width (全角) — kana, kanji and Japanese punctuation; never half-width katakana "
            "(ｶﾀｶﾅ → カタカナ); Latin letters, digits and units in half-width (半角): 100%, 250ml, 3.5cm, USB-C — "
            "never ＵＳＢ or １００％; a half-width space between title elements; no machine-dependent characters "
            "(①, ㈱, ㌢) and no decorative symbols (【】★☆♪) in the title; search terms separated by half-width "
            f"spaces ({C}Amazon / Backend search terms: JP differs).")
    return lines


STYLE = {
    "ebay": [f"Title ≤80 characters ({C}eBay / Title); item_specifics: aspect name → value pairs taken only from "
             f"the facts ({C}eBay / Item specifics); description without active content ({C}eBay / Description / "
             "images)."],
    "etsy": [f"Title ({C}Etsy / Title): no emoji, $ or ^; % : & + at most once each; short and readable.",
             f"Tags ({C}Etsy / Tags): up to 13, each ≤20 characters, no duplicates, shoppers' search words."],
    "shopify": [f"seo_title ≤70 and seo_description ≤320 characters ({C}Shopify / SEO fields)."],
    "tiktok-shop": [f"Title ({C}TikTok Shop / Title): at least 25 characters; brand, type, material, key feature "
                    "and quantity or size; no promotions, prices, URLs, seller name, \"TikTok\" or other platform "
                    "names, no special symbols; product_data carries no price for this reason.",
                    f"Description ({C}TikTok Shop / Description / images): at least 30 words, with the safety "
                    "information and what is in the box; never \"dupe\", \"fake\" or \"knock-off\"."],
    "mercadolibre": [f"Title ({C}Mercado Libre / Title): product + brand + model + specs; it cannot be changed "
                     "after the first sale, so no time-bound words.",
                     f"Description: plain text only, line breaks with \\n, no HTML ({C}Mercado Libre / Description / "
                     "Global Selling)."],
    "shopee": [f"Name about 120 characters, description about 3,000 ({C}Shopee / Name / description; marked U)."],
    "lazada": [f"Name about 255 characters ({C}Lazada / Name / images; marked U); highlights: one fact each."],
}


def price_forbidden(task: dict[str, Any]) -> str | None:
    """The platform-specs row that forbids a price in this kind/target's copy, or None."""
    kind, target = str(task.get("kind") or ""), str(task.get("target") or "")
    return NO_PRICE.get((kind, target)) or NO_PRICE.get((kind, "*"))


def style_text(task: dict[str, Any]) -> str:
    """The marketplace's and the language's writing conventions for this target and market."""
    kind, target, lang = task.get("kind"), task.get("target"), task.get("language") or ""
    lines: list[str] = []
    if kind == "listing":
        lines += _amazon_lines(task) if target == "amazon" else list(STYLE.get(str(target), []))
    elif kind in ("caption", "video-script") and target == "tiktok" and task.get("price"):
        lines.append("A price or deal, if you state one, must match the product page exactly (platform-specs.md D: "
                     "TikTok Shop videos).")
    if lang in TYPOGRAPHY:
        lines.append(TYPOGRAPHY[lang])
    angle = angle_text(task)
    if not lines:
        return angle
    return f"Style for {target} in {task.get('market')}:\n" + "\n".join(f"- {x}" for x in lines) + (
        "\n\n" + angle if angle else "")


def angle_text(task: dict[str, Any]) -> str:
    """"Write the next variant" (issue 20): keep the angle of the better-performing version — hook type, first
    benefit, CTA, length, hashtags — in new words (``task["angle"]``, from ``studio.services.insights``)."""
    angle = task.get("angle")
    if not isinstance(angle, dict):
        return ""
    lines = ["This is the next variant of a caption that performed better than its alternative. Keep its angle "
             "and write new wording (do not repeat its hook word for word):"]
    hook_type = angle.get("hook_type")
    if hook_type:
        what = {"question": "a question", "number": "a hook led by a number from the facts",
                "exclamation": "an exclamation", "statement": "a plain statement"}.get(str(hook_type), str(hook_type))
        lines.append(f"- Hook type: {what} (the winning hook was: {_quoted(str(angle.get('hook') or ''))}).")
    if angle.get("first_benefit"):
        lines.append(f"- Lead with the same first benefit: the fact {_quoted(str(angle['first_benefit']))}.")
    if angle.get("cta"):
        lines.append(f"- Keep this call to action: {_quoted(str(angle['cta']))}.")
    if angle.get("length"):
        lines.append(f"- Length: about {int(angle['length'])} characters in all (within 15%).")
    if angle.get("hashtags"):
        lines.append("- Use these hashtags: " + ", ".join(_quoted(str(h)) for h in angle["hashtags"]) + ".")
    return "\n".join(lines)


# --------------------------------------------------------------------------- pacing


def pacing_text(task: dict[str, Any]) -> str:
    """Voice-over pacing for a video script: characters per second in ja/zh/th, words per second otherwise."""
    if task.get("kind") != "video-script":
        return ""
    from generators.copy.kinds.video_script import speech_rate

    lang = task.get("language") or "en"
    rate = speech_rate(lang)
    name = task.get("language_name") or lang
    if lang in CHAR_PACED:
        return (f"Voice-over pacing: at most {rate:.0f} characters per second in {name} (count every character, "
                f"punctuation excepted) — a 3-second scene holds at most {int(rate * 3)} characters of voice_over; "
                "each scene's voice_over must be sayable within its duration.")
    wps = rate / WORD_LENGTH.get(lang, 6.0)
    return (f"Voice-over pacing: at most {wps:.1f} words per second in {name} — a 3-second scene holds at most "
            f"{int(wps * 3)} words of voice_over; each scene's voice_over must be sayable within its duration.")


# --------------------------------------------------------------------------- JSON schema field descriptions

FIELD_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "listing": {
        "title": "The product's name for this marketplace: brand, product type and key attributes from the facts",
        "description": "Prose from the facts only, in the market's language; warnings as stated",
        "description_html": "The description as simple HTML (<p>, <ul>, <li>, <strong>), no scripts or styles",
        "seo_title": "Search-engine title (≤70 characters) with the product type and main attribute",
        "seo_description": "Meta description (≤320 characters): what it is and its key facts",
        "item_specifics": "Aspect name → value, each taken from a fact (e.g. Material → Linen)",
        "tags": "Search tags shoppers type, each ≤20 characters, no duplicates",
        "highlights": "Short key points, one fact each",
    },
    "faq": {
        "items": "Questions a shopper in this market asks, each answerable from the facts",
        "q": "The question, as a shopper would ask it",
        "a": "The answer, from the facts only; short",
    },
    "video-script": {
        "hook": "Spoken and shown in the first two seconds: one line that stops the scroll",
        "scenes": "3–8 scenes whose durations add up to the requested length",
        "duration": "Seconds this scene is on screen",
        "on_screen_text": "≤6 words shown on screen: a label or a fact",
        "voice_over": "One sentence spoken in this scene, sayable within its duration at the stated pace",
        "image": "media:N (the product's N-th image, 1-based), mockup:any, or card:cta for the last scene",
        "camera": "Camera move over the image",
        "cta": "The call to action of the last scene (link in bio / description)",
        "hashtags": "3–5 hashtags in the market's language",
    },
    "kit": {
        "demo_action": "One sentence: what the host does on camera with the product",
        "benefits": "Exactly three short lines, each built on one fact",
        "proof_point": "A certification, measurement or material quoted from the facts, or null",
        "cta": "One line pointing to the pinned product card; no price",
    },
    "caption": {
        "hook": "First line that stops the scroll", "body": "Short sentences from stated facts",
        "cta": "A call to action that fits the channel", "hashtags": "Hashtags in the market's language",
    },
}


def describe_schema(kind: str, schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with a description on every property that has none (the kind's table), nested ones too."""
    out = copy.deepcopy(schema)
    table = FIELD_DESCRIPTIONS.get(kind, {})

    def fill(obj: dict[str, Any]) -> None:
        for name, prop in (obj.get("properties") or {}).items():
            if isinstance(prop, dict) and not prop.get("description") and name in table:
                prop["description"] = table[name]

    fill(out)
    for sub in (out.get("$defs") or {}).values():
        if isinstance(sub, dict):
            fill(sub)
    return out


# --------------------------------------------------------------------------- examples of form


@functools.lru_cache(maxsize=8)
def _examples(path: str, _mtime: float) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def example_for(kind: str, target: str, override_dir: Path | None = None) -> dict[str, Any] | None:
    path = PROMPT_DIR / EXAMPLES_FILE
    if override_dir is not None and (override_dir / EXAMPLES_FILE).is_file():
        path = override_dir / EXAMPLES_FILE
    try:
        data = _examples(str(path), path.stat().st_mtime)
    except (OSError, ValueError):
        return None
    ex = data.get("examples", {})
    return ex.get(f"{kind}/{target}") or ex.get(kind)


def example_text(kind: str, target: str, language_name: str, override_dir: Path | None = None) -> str:
    ex = example_for(kind, target, override_dir)
    if not ex:
        return ""
    return ("Example of FORM only — a different, fictional product (\"Example Co.\"), written in English. It shows "
            "the shape, length and tone of a good answer; never copy its facts, numbers, names, claims or wording. "
            f"Your answer uses only the product data below and is written in {language_name}.\n<example_of_form>\n"
            + json.dumps(ex, ensure_ascii=False) + "\n</example_of_form>")
