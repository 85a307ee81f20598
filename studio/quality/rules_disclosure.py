"""Disclosure rules: sponsored posts start with a disclosure, AI labels, the EU AI Act note."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

import regex

from studio.quality.code_registry import Hit, code_rule
from studio.quality.disclosure_table import all_labels, disclosure_for, prefix_for_language
from studio.quality.locale_info import market_info

DISCLOSURE_MARKERS = [
    "ad", "advertisement", "sponsored", "paid partnership", "anzeige", "werbung", "publicidad", "anuncio",
    "patrocinado", "publicidade", "publi", "publicité", "pub", "sponsorisé", "collaboration commerciale",
    "pubblicità", "adv", "sponsorizzato", "iklan", "bersponsor", "ditaja", "إعلان", "برعاية", "pr", "広告",
    "プロモーション", "广告", "赞助", "โฆษณา", "ได้รับการสนับสนุน",
    # every registry language's own words (the market's disclosure label, paid-collaboration tags)
    "reklama", "współpraca", "wspolpraca", "materiał sponsorowany", "işbirliği", "isbirligi", "reklam", "sponsorlu",
    "광고", "협찬", "유료광고", "quảngcáo", "quảng cáo", "tài trợ", "hợp tác", "parceria", "publipost", "colaboración",
    "colaboracion", "collaborazione", "samenwerking", "advertentie", "gesponsord", "kooperation", "bezahlte partnerschaft",
    "kerjasama", "kolaborasi", "berbayar", "tajaan", "tangazo", "udhamini", "合作", "推广", "宣伝", "タイアップ",
    "विज्ञापन", "प्रायोजित", "إعلان مدفوع", "ممول", "sponsor", "advert",
    "bayad na partnership", "sponsored post",
]
# every label and alternative of the disclosure table counts as a disclosure at the start of a post
DISCLOSURE_MARKERS += [w for w in (label.casefold().lstrip("#") for label in all_labels()) if w not in DISCLOSURE_MARKERS]


def _disclosure_prefix(market: str, target: str) -> str:
    """The market's disclosure word for this platform (one table: ``disclosure_table``, also read by briefs)."""
    try:
        return disclosure_for(market, target).prefix
    except ValueError:  # a target without a platform row (generic, live-script…): the language's word
        return prefix_for_language(market_info(market).language)


_MARKERS_LONGEST_FIRST = tuple(sorted(DISCLOSURE_MARKERS, key=len, reverse=True))
# "PR package from …", "PR-Paket", "pr box": the gift itself, not the Japanese/Polish "#PR" label (round 9)
_PR_GIFT = regex.compile(r"[\s\-]*(?:package|packages|box|haul|mailer|parcel|kit|sample|gift|paket|pakket|päckchen|paczk|"
                         r"przesyłk|paquete|pacote|pacco|colis|kutu|hamper|パッケージ|ボックス|박스|패키지|礼盒)")


def starts_with_disclosure(text: str) -> bool:
    """The post opens with a disclosure word ("#ad", "Ad:", "Sponsored", "Anzeige |", "Publi:", "広告："…)."""
    head = text.lstrip(" \t\r\n\u2068\u2066\u2067\u200f\u200e").casefold().lstrip("#[(【「〔<|*").lstrip("#")
    for marker in _MARKERS_LONGEST_FIRST:
        if head.startswith(marker):
            rest = head[len(marker):]
            if marker == "pr" and _PR_GIFT.match(rest):
                continue
            if not rest or not regex.match(r"[\p{L}\p{N}_]", rest) or regex.search(r"[^\x00-\x7f]$", marker):
                return True
    return False


# a disclosure stated in words anywhere in the post ("Paid partnership with …", "This video is sponsored by …", the
# Coupang Partners and Amazon Associates statements, "kerja sama berbayar") — round 9
_STATED = regex.compile(
    r"paid\s+partnership|paid\s+collab\p{L}*|sponsored\s+by|for\s+sponsoring|bezahlte\s+(?:partnerschaft|kooperation)|"
    r"gesponsert\s+von|partenariat\s+rémunéré|sponsoris[ée]e?\s+par|colaboración\s+pagada|patrocinad[oa]\s+por|"
    r"parceria\s+paga|collaborazione\s+retribuita|sponsorizzat[oa]\s+da|betaalde\s+samenwerking|gesponsord\s+door|"
    r"płatna\s+współpraca|sponsorowan\p{L}*\s+przez|ücretli\s+(?:iş\s*birliği|ortaklık)|kerja\s*sama\s+berbayar|"
    r"kolaborasi\s+berbayar|disponsori\s+oleh|ditaja\s+oleh|hợp\s+tác\s+có\s+trả\s+phí|được\s+tài\s+trợ\s+bởi|"
    r"bayad\s+na\s+partnership|imedhaminiwa\s+na|유료\s*광고|광고\s*포함|쿠팡\s*파트너스\s*활동|수수료를\s*(?:제공)?\s*받습니다|"
    r"as\s+an\s+amazon\s+associate|earn\s+from\s+qualifying\s+purchases|プロモーションを含みます|広告を含みます|"
    r"付费推广|付费合作|ได้รับการสนับสนุนจาก|إعلان\s+مدفوع|شراكة\s+مدفوعة|पेड\s+पार्टनरशिप|प्रायोजित|"
    # an explicit commission statement discloses an affiliate link ("I earn a small commission if you buy through it",
    # FTC Disclosures 101); the bare word "affiliate" does not
    r"(?:i|we)\s+(?:may\s+|might\s+|will\s+|do\s+)?(?:earn|get|make|receive)\s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?commission|"
    r"(?:bekomme|erhalte|verdiene)\s+(?:ich\s+)?(?:\S+\s+){0,3}?provision|je\s+(?:touche|reçois|perçois)\s+(?:une\s+)?(?:petite\s+)?commission|"
    r"(?:me\s+llevo|recibo|cobro)\s+(?:una\s+)?(?:pequeña\s+)?comisión|(?:ganho|recebo)\s+(?:uma\s+)?(?:pequena\s+)?comissão|"
    r"(?:ricevo|guadagno)\s+(?:una\s+)?(?:piccola\s+)?commissione|(?:krijg|ontvang|verdien)\s+(?:ik\s+)?(?:een\s+)?(?:kleine\s+)?commissie|"
    r"(?:otrzymuję|dostaję)\s+(?:\S+\s+)?prowizj\p{L}*|komisyon\s+(?:alıyorum|kazanıyorum)|(?:nhận|hưởng)\s+(?:\S+\s+)?hoa\s+hồng|"
    r"(?:dapat|dapet|mendapat|menerima)\s+komisi|(?:dapat|menerima)\s+komisen|(?:获得|赚取|拿)\S{0,2}佣金|ได้(?:รับ)?ค่าคอม(?:มิชชั่น)?|"
    r"アフィリエイト(?:広告|プログラム)を(?:利用|使用)|कमीशन\s+(?:मिलता|मिलेगा)|(?:أحصل|احصل)\s+على\s+عمولة",
    regex.IGNORECASE | regex.V1,
)
_TAG = regex.compile(
    r"(?:#|\[|\(|【|〔|<)\s*(?:" + "|".join(regex.escape(m) for m in _MARKERS_LONGEST_FIRST if " " not in m) +
    r")(?![\p{L}\p{N}_])",
    regex.IGNORECASE | regex.V1,
)


@lru_cache(maxsize=1024)
def disclosed(text: str) -> bool:
    """The post discloses the relation: it opens with a disclosure, says it in words anywhere ("paid partnership with"),
    or shows a disclosure tag in its first line that the reader sees without expanding the post (``visible_tag``)."""
    if starts_with_disclosure(text) or _STATED.search(text):
        return True
    return any(visible_tag(text, m.start(), m.end()) for m in _TAG.finditer(text, 0, _VISIBLE_WITHIN))


_VISIBLE_WITHIN = 125  # Instagram and TikTok cut a caption to about its first 125 characters before "more"


def visible_tag(text: str, start: int, end: int) -> bool:
    """True when a disclosure tag at text[start:end] is seen without expanding the post: in its first 125 characters,
    on its first line, and followed by more of the post — not one of the hashtags the post ends with
    ("Obsessed with this set @brand #ad #paidpartnership code SAM10 for 10% off" is visible; "… #summer #ad" is buried)."""
    if start >= _VISIBLE_WITHIN or "\n" in text[:start].strip():
        return False
    rest = regex.sub(r"^(?:[\s,;·|]*#[\p{L}\p{N}_]+)*", "", text[end:])
    return bool(regex.search(r"[\p{L}\p{N}]{2,}", regex.sub(r"(?:#|@)[\p{L}\p{N}_.]+", "", rest)))


@code_rule
def sponsored_disclosure(ctx, params) -> Iterator[Hit]:
    """FTC 16 CFR 255: a sponsored post starts with "#ad" or "Sponsored" (not buried, not "#sp")."""
    if not ctx.context.get("sponsored"):
        return
    if starts_with_disclosure(ctx.text):
        return
    prefix = _disclosure_prefix(ctx.market, ctx.target)
    buried = regex.search(r"(?i)(?<![\p{L}\p{N}_])#(?:ad|sponsored|anzeige|werbung|publicidad|publi|pub|iklan)"
                          r"(?![\p{L}\p{N}_])", ctx.text)
    lead = len(ctx.text) - len(ctx.text.lstrip())
    # "sponsored" is the post's paid-partnership switch (the platform's own label, disclosure_table.PLATFORMS): the
    # platform shows the label, so the text is a warning, not an error — but FTC "Disclosures 101 for Social Media
    # Influencers" says not to assume a platform's disclosure tool is good enough, so the text still needs its own tag
    if buried and visible_tag(ctx.text, buried.start(), buried.end()):
        return  # label set and "#ad" visible in the first line, before the rest of the post (round 7)
    if buried:
        yield buried.start(), buried.end(), None, {
            "marker": buried.group(0), "prefix": prefix.strip(),
            "advice": f"move “{prefix.strip()}” to the start of the text (not buried in the hashtags)"}
    else:
        yield lead, lead, prefix, {"marker": "", "prefix": prefix.strip(),
                                   "advice": f"add “{prefix.strip()}” at the start of the text too"}


_AI_FIELDS = {"tiktok": "is_aigc", "youtube": "containsSyntheticMedia"}


@code_rule
def ai_label_field(ctx, params) -> Iterator[Hit]:
    """AI-generated content must carry the channel's label field (TikTok is_aigc, YouTube containsSyntheticMedia)."""
    if not ctx.context.get("ai_generated") or ctx.context.get("check_ai_label") is False:
        return
    platform = ctx.target.split("-")[0]
    fld = _AI_FIELDS.get(platform)
    if not fld:
        return
    options = ctx.context.get("options") or {}
    if not options.get(fld):
        yield 0, 0, None, {"field": fld, "platform": platform}


AI_ACT_APPLIES = date(2026, 8, 2)


@code_rule
def eu_ai_act_note(ctx, params) -> Iterator[Hit]:
    """EU AI Act Art. 50(4): AI-generated text published to inform the public must be disclosed unless a
    human reviewed it and holds editorial responsibility (applies from 2026-08-02)."""
    if not ctx.context.get("ai_generated") or ctx.context.get("human_reviewed"):
        return
    today = ctx.context.get("today") or date.today()
    if isinstance(today, str):
        today = date.fromisoformat(today)
    if today < AI_ACT_APPLIES:
        return
    yield 0, 0, None, {}
