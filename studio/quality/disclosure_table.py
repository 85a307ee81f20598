"""Disclosure rules by market and platform: what a paid post (a creator's, a brand's sponsored post) must say
and which in-app control it must switch on. One table for the whole studio: the ``disclosure.sponsored`` check
(``rules_disclosure``) suggests these labels, creator briefs print them, and the tests compare both with it.

Every row names its source. ``mark`` follows ``platform-specs.md``: V = verified in the primary text,
C = confirmed by secondary sources (law-firm notes, press), U = unresolved (no market-specific rule found:
the label is the language's usual advertising word and the platform's own tool; verify locally).

This module is a leaf: it imports nothing of the studio.
"""

from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------------- per language (the fallback)

#: The advertising word a paid post opens with, per language (used where no market row says otherwise).
LANGUAGE_LABELS: dict[str, str] = {
    "en": "#ad", "de": "Anzeige", "es": "Publicidad", "pt": "Publicidade", "fr": "Publicité", "it": "Pubblicità",
    "id": "Iklan", "ms": "Iklan", "ar": "إعلان", "ja": "広告", "zh": "广告", "th": "โฆษณา", "ko": "광고",
}

#: How the label joins the text after it (a full-width colon in Japanese and Chinese, a space before the colon
#: in French typography; a hashtag needs no colon).
_SEPARATORS = {"ja": "：", "zh": "：", "fr": " : "}


def prefix_for_language(lang: str) -> str:
    """``"Anzeige: "``, ``"#ad "``, ``"広告："`` — what a sponsored text starts with in ``lang``."""
    label = LANGUAGE_LABELS.get(lang, LANGUAGE_LABELS["en"])
    if label.startswith("#"):
        return label + " "
    return label + _SEPARATORS.get(lang, ": ")


# --------------------------------------------------------------------------- per market (the law)

@dataclass(frozen=True)
class LawRow:
    country: str  # ISO 3166 code of the market
    label: str  # what the creator writes at the start, in the market's language
    alternatives: tuple[str, ...]  # other accepted wordings
    placement: str  # where it must appear (English)
    law: str  # the rule it comes from
    source: str  # where the row was read
    mark: str  # V | C | U (see the module docstring)
    notes: tuple[str, ...] = ()  # other duties the creator must meet (licences, wording that is not enough)
    cite: str = ""  # the short citation a finding's message names ("UWG § 5a, MStV § 22, die Medienanstalten")
    languages: tuple[str, ...] = ()  # the languages the label is written in (en-AE does not get the Arabic one)

    def __post_init__(self) -> None:
        if not (self.cite and self.languages):
            raise ValueError(f"disclosure row {self.country}: give its short citation and its label's languages")


LAWS: dict[str, LawRow] = {r.country: r for r in (
    LawRow("US", "#ad", ("Ad:", "Advertisement", "Sponsored"),
           "at the start of the caption, in the first lines (not buried in hashtags or after 'more'); say it in the "
           "video too",
           "FTC Endorsement Guides, 16 CFR 255 (rev. 2023-06-29)",
           "platform-specs.md D: FTC endorsements (US)", "C",
           ("'#sp', '#partner' or 'Thanks [Brand]' alone are not enough (FTC).",
            "No invented reviews or testimonials: 16 CFR 465 (platform-specs.md D: FTC reviews rule)."),
           cite="FTC 16 CFR 255", languages=("en",)),
    LawRow("DE", "Anzeige", ("Werbung", "Bezahlte Werbepartnerschaft"),
           "visibly before the post text (voranstehen); in videos at the start",
           "UWG § 5a (commercial purpose made recognisable); Medienstaatsvertrag § 22; Landesmedienanstalten guide",
           "medienanstalt-nrw.de (Werbekennzeichnung: 'In Text- und Bildposts müssen Begriffe wie „Werbung“ oder "
           "„Bezahlte Werbepartnerschaft“ sichtbar voranstehen'; medienanstalt-nrw.de/regulierung/internet/werbung: "
           "„#ad“ or „#sponsored by“ are possibly not sufficient); medienanstalt-rlp.de (Instagram: „Werbung“, "
           "„Anzeige“ or „bezahlte Werbepartnerschaft“); rechtdigital.blog on § 5a UWG", "C",
           ("English '#ad' alone is not the German label: write it in German.",),
           cite="UWG § 5a, MStV § 22, die Medienanstalten", languages=("de",)),
    LawRow("FR", "Publicité", ("Collaboration commerciale",),
           "clear, legible and identifiable on the image or video for the whole promotion, in every format",
           "Loi n° 2023-451 du 9 juin 2023 (influence commerciale), art. 5 as amended by the ordonnance of "
           "November 2024 (« publicité », « collaboration commerciale » or an equivalent mention)",
           "tgs-avocats.fr and consultation.avocat.fr summaries of loi 2023-451; legal.tricoteuses.fr "
           "LEGIARTI000050457275 (the amended article); uniondesmarques.fr 2025-01-13 (the ordonnance)", "C",
           ("AI-made images carry « Images virtuelles »; retouched silhouettes « Images retouchées ».",),
           cite="loi n° 2023-451, art. 5", languages=("fr",)),
    LawRow("ES", "Publicidad", ("Contenido patrocinado", "Colaboración pagada"),
           "visible from the start of the post or video; use the platform's branded-content tool too",
           "Código de Conducta de Publicidad a través de Influencers (AUTOCONTROL/AEA/IAB Spain, 2025-10-01); "
           "Ley 13/2022 art. 94 and Real Decreto 444/2024",
           "elcapitaldigital.com and libertaddigital.com on the 2025 code; revistavpc.es on RD 444/2024", "C",
           ("Ambiguous tags ('colab', 'gift', '#ad', '#sp') are not enough under the 2025 code.",),
           cite="Código de Conducta de Publicidad a través de Influencers, AUTOCONTROL", languages=("es",)),
    LawRow("JP", "広告", ("PR", "プロモーション"),
           "clearly, at the start and not in small print compared with the surrounding text",
           "景品表示法 ステルスマーケティング告示 (Act against Unjustifiable Premiums and Misleading Representations; "
           "stealth-marketing designation in force 2023-10-01)",
           "Consumer Affairs Agency operational standards as reported by tellerreport.com and japantimes.co.jp "
           "(2023-03-28); iwklaw.com newsletter 2023-09-22", "C",
           ("The advertiser is liable: a brief that omits the label is the seller's violation.",),
           cite="景品表示法 (ステマ告示)", languages=("ja",)),
    LawRow("KR", "광고", ("유료광고 포함", "협찬"),
           "in Korean, in the title or at the beginning of the post; in videos at the start and end or repeatedly",
           "KFTC 추천·보증 등에 관한 표시·광고 심사지침 (rev. 2020-09-01; title/beginning rule from 2024-12-01)",
           "kimchang.com newsletters 2020-09-14 and 2024-08-28; KFTC release relayed by eastman.tistory.com", "C",
           ("English 'sponsor' in a Korean post is not an acceptable disclosure (KFTC 2020).",
            "Free product: write 협찬 (sponsored); paid fee: 광고."),
           cite="KFTC 추천·보증 심사지침", languages=("ko",)),
    LawRow("SA", "إعلان", ("#إعلان",),
           "at the start of the post; the advertisement must be clearly identifiable",
           "GCAM (General Authority for Media Regulation) advertising licence 'Mawthooq' for paid creator ads",
           "arabnews.pk (2022-10-07, GCAM Mawthooq rules); gulfnews.com (2024-12, Ministry of Commerce directive)", "C",
           ("The creator must hold a valid Mawthooq licence before publishing paid ads in the Kingdom.",),
           cite="GCAM", languages=("ar",)),
    LawRow("AE", "إعلان", ("#إعلان", "#ad"),
           "at the start of the post; the advertisement must be clearly identifiable and not ambiguous",
           "UAE Media Council Advertiser Permit (Federal Decree-Law 55/2023 media regime; permit 2025)",
           "gulfnews.com (Advertiser Permit conditions: 'clearly identifiable and not ambiguous'); connector.ae "
           "(permit number shown on the account); zawya.com 2025-07-30", "C",
           ("The creator needs a UAE Media Council Advertiser Permit and shows the permit number on the account.",
            "Companies may contract only council-licensed creators."),
           cite="UAE Media Council", languages=("ar",)),
    LawRow("TH", "โฆษณา", ("#โฆษณา",),
           "at the start of the post, in Thai, easily seen",
           "Consumer Protection Act B.E. 2522 s. 22; Committee on Advertisement Notification B.E. 2565 (Thai "
           "statements easily seen, in force 2023-01-14)",
           "conventuslaw.com/report/thailand-issues-regulation-on-language-and-other-content-in-advertisements and "
           "blog.galalaw.com (B.E. 2565 notification: advertising statements in Thai, easily seen, heard or read); "
           "nationthailand.com/news/general/40056899 (OCPB: influencers who sell are business operators; "
           "exaggerated claims breach the CPA B.E. 2522). Unverified: no Thai rule naming a creator-disclosure "
           "word was found; the Thai advertising word and the platform tool are used — verify locally", "U",
           ("OCPB: a creator who sells is a business operator; no exaggerated claims such as 'sold out instantly' "
            "or 'the best'.",),
           cite="Consumer Protection Act B.E. 2522", languages=("th",)),
)}


# --------------------------------------------------------------------------- per platform (the in-app control)

@dataclass(frozen=True)
class PlatformRow:
    platform: str
    control: str  # the in-app control the creator switches on (as the app names it)
    api_field: str | None  # the publishing API's field, where one exists
    instruction: str  # what the creator does (English)
    source: str
    mark: str


PLATFORMS: dict[str, PlatformRow] = {r.platform: r for r in (
    PlatformRow("tiktok", "Branded content", "post_info.brand_content_toggle",
                "Turn on 'Content disclosure' > 'Branded content' before posting (a branded post cannot be private).",
                "platform-specs.md D: TikTok AI / commercial labels; A: TikTok post_info fields", "C"),
    PlatformRow("instagram", "Paid partnership", None,
                "Turn on 'Add paid partnership label' and add the brand as partner (posts, Reels, Stories, Live).",
                "Instagram branded content policy as described by reshiftmedia.com (2023-10-16) and Instagram "
                "@creators via socialnationnow.com", "C"),
    PlatformRow("facebook", "Paid partnership", None,
                "Use the branded content tool: 'Add paid partnership label' and tag the brand.",
                "Meta branded content policy (same tool as Instagram; reshiftmedia.com 2023-10-16)", "C"),
    PlatformRow("youtube", "Includes paid promotion", "status.paidProductPlacementDetails.hasPaidProductPlacement",
                "Tick 'My video contains paid promotion like a product placement, sponsorship or endorsement'.",
                "platform-specs.md D: YouTube AI / paid labels; A: YouTube status fields", "C"),
    PlatformRow("x", "Paid Partnership", None,
                "Start the post with #ad (X requires it on an organic paid post) and, in the composer, tap the flag "
                "icon > 'Paid Partnership' (or 'Add content disclosure' on a posted one).",
                "help.x.com/en/rules-and-policies/paid-partnerships-policy ('must include #ad'); the Paid "
                "Partnership label of 2026-03-02 as reported by techcrunch.com via gigazine.net (2026-03-03)", "C"),
    PlatformRow("threads", "Mark as paid partnership", None,
                "Where the composer offers it ('…' > 'Mark as paid partnership'), switch it on; keep the "
                "disclosure word at the start of the post either way.",
                "unverified: no Meta help page found; Social Media Today's report of the composer option "
                "(stringtheorists.com copy) and gigazine.net 2023-07-12 (Axios: Instagram's branded content "
                "policy applies to Threads)", "U"),
    PlatformRow("pinterest", "Paid partnership", None,
                "When creating the Pin: Advanced settings > 'Add paid partnership label' > 'Add a brand partner' "
                "(one brand per Pin); keep the word at the start of the description.",
                "help.pinterest.com/en/business/article/paid-partnerships-for-creators", "V"),
)}

PLATFORM_IDS = tuple(PLATFORMS)


def all_labels() -> list[str]:
    """Every label and accepted alternative in the table (the quality check recognises each at a post's start)."""
    words = list(LANGUAGE_LABELS.values())
    for row in LAWS.values():
        words += [row.label, *row.alternatives]
    return list(dict.fromkeys(words))


@dataclass(frozen=True)
class Disclosure:
    market: str
    platform: str
    language: str
    label: str  # the word the text starts with
    prefix: str  # label + separator, ready to put in front of a caption
    alternatives: tuple[str, ...]
    placement: str
    law: str | None
    law_source: str | None
    law_mark: str  # V | C | U
    control: str  # the platform's in-app control
    control_instruction: str
    api_field: str | None
    platform_source: str
    platform_mark: str
    notes: tuple[str, ...]

    @property
    def cited(self) -> bool:
        """A market-specific law row backs the label (not just the language's usual word)."""
        return self.law is not None and self.law_mark != "U"


def disclosure_for(market: str, platform: str) -> Disclosure:
    """The disclosure a paid post needs in ``market`` (a locale tag such as ``de-DE``) on ``platform``.

    The market's own law row decides the label; a market without one uses its language's advertising word
    (``law`` is None). Raises ValueError for an unknown platform."""
    key = platform.split("-")[0].lower()
    prow = PLATFORMS.get(key)
    if prow is None:
        raise ValueError(f"no disclosure row for platform '{platform}'; known: {', '.join(PLATFORM_IDS)}")
    parts = market.replace("_", "-").split("-")
    lang = parts[0].lower()
    country = parts[1].upper() if len(parts) > 1 else ""
    law = LAWS.get(country)
    if law is not None and lang in law.languages:
        label, alternatives = law.label, law.alternatives
    else:
        label = LANGUAGE_LABELS.get(lang, LANGUAGE_LABELS["en"])
        # an English post in a non-English market (en-AE) keeps the English word, and names the local one
        alternatives = (law.label, *law.alternatives) if law is not None else ()
    sep = "" if label.startswith("#") else _SEPARATORS.get(lang, ": ")
    prefix = label + (" " if label.startswith("#") else sep)
    return Disclosure(
        market=market, platform=key, language=lang, label=label, prefix=prefix, alternatives=tuple(alternatives),
        placement=law.placement if law else "at the start of the post text, before any hashtag",
        law=law.law if law else None, law_source=law.source if law else None, law_mark=law.mark if law else "U",
        control=prow.control, control_instruction=prow.instruction, api_field=prow.api_field,
        platform_source=prow.source, platform_mark=prow.mark, notes=law.notes if law else (),
    )


# --------------------------------------------------------------------------- what a finding tells the seller

#: The EU rule every EU market shares where the table has no row of the market's own (hidden advertising).
_EU_LAW = "EU Unfair Commercial Practices Directive 2005/29/EC, Annex I no. 11 (advertorial not made clear)"
_EU_COUNTRIES = frozenset({"AT", "BE", "BG", "CY", "CZ", "DK", "EE", "FI", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                           "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"})
_NO_ROW = ("the platform's branded-content policy; no market rule in the disclosure table yet — check the market's "
           "advertising law")
_US_LAW = "FTC Endorsement Guides 16 CFR 255; FTC Disclosures 101 for Social Media Influencers"


@dataclass(frozen=True)
class Advice:
    """What an undisclosed or badly disclosed post is told to write, and the law or authority that asks for it."""
    labels: tuple[str, ...]  # the market's words, the first one suggested as the fix
    advice: str  # "start the post with “Anzeige” or “Werbung”"
    law: str  # the full citation (a finding's source): "UWG § 5a …; Medienstaatsvertrag § 22; …"
    cite: str  # the short one a message names: "UWG § 5a, MStV § 22"
    us: bool  # the FTC is the law cited (a US market, or no market rule known for an English post)


def advice_for(market: str) -> Advice:
    """The disclosure advice for a post in ``market`` (a locale tag): the market's own label and law where the table
    has a row (de-DE: “Anzeige” or “Werbung”, UWG § 5a and the Medienstaatsvertrag; fr-FR: « Publicité » or
    « Collaboration commerciale », loi 2023-451; es-ES: “Publicidad”, the AUTOCONTROL code), the language's advertising
    word and the EU directive in an EU market without a row (it-IT “Pubblicità”), "#ad" / "Sponsored" and the FTC in
    the US and wherever no market rule is known for an English post."""
    parts = market.replace("_", "-").split("-")
    lang = parts[0].lower()
    country = parts[1].upper() if len(parts) > 1 else ""
    law = LAWS.get(country)
    if law is not None and country != "US" and lang in law.languages:
        labels = (law.label, *law.alternatives[:1])
        return Advice(labels, _start_with(labels, lang), law.law, law.cite, us=False)
    if lang != "en" and lang in LANGUAGE_LABELS:
        labels = (LANGUAGE_LABELS[lang],)
        if law is not None and country != "US":
            return Advice(labels, _start_with(labels, lang), law.law, law.cite, us=False)
        if country in _EU_COUNTRIES:
            return Advice(labels, _start_with(labels, lang), _EU_LAW, "EU UCPD Annex I no. 11", us=False)
        return Advice(labels, _start_with(labels, lang), _NO_ROW, "check the market's advertising law", us=False)
    if country in _EU_COUNTRIES or (law is not None and country != "US"):
        row = law if law is not None and country != "US" else None
        cite, short = (row.law, row.cite) if row is not None else (_EU_LAW, "EU UCPD Annex I no. 11")
        local = (row.label,) if row is not None else ()
        return Advice(("#ad", *local), _start_with(("#ad", "Sponsored", *local), lang), cite, short, us=False)
    if country in ("US", ""):
        return Advice(("#ad", "Sponsored"), _start_with(("#ad", "Sponsored"), lang), _US_LAW, LAWS["US"].cite, us=True)
    return Advice(("#ad", "Sponsored"), _start_with(("#ad", "Sponsored"), lang), _NO_ROW,
                  "check the market's advertising law", us=False)


def _start_with(labels: tuple[str, ...], lang: str) -> str:
    quoted = [f"« {w} »" if lang == "fr" else f"“{w}”" for w in labels]
    words = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"start the post with {words}"


#: Markets whose rule asks for a label in the market's language, so an English "#ad" alone may not be enough there —
#: each with the line of the source that says so (round 12). A warning, not an error: the sources say "may not be
#: enough" (Germany) or name it as not enough under a self-regulatory code (Spain), not a statute's wording.
ENGLISH_TAG_NOT_ENOUGH: dict[str, str] = {
    "DE": "die Medienanstalten, Leitfaden Werbekennzeichnung bei Online-Medien: „#ad“ or „sponsored by“ may not be "
          "sufficient (medienanstalt-nrw.de/regulierung/internet/werbung); „Werbung“ or „Anzeige“ before the post "
          "(medienanstalt-rlp.de)",
    "ES": "Código de Conducta de Publicidad a través de Influencers (AUTOCONTROL, 2025): ambiguous tags such as "
          "'#ad' or '#sp' are not enough; “Publicidad” or “Contenido patrocinado”",
    "KR": "KFTC 추천·보증 심사지침 (rev. 2020-09-01): a disclosure in Korean — English 'sponsor' or 'ad' is not "
          "acceptable in a Korean post",
}


def local_labels(market: str) -> tuple[str, ...]:
    """The market's own disclosure words (its row's label and alternatives, the language's advertising word) when the
    market is one of ``ENGLISH_TAG_NOT_ENOUGH`` and the post is in the market's language; else ()."""
    parts = market.replace("_", "-").split("-")
    lang = parts[0].lower()
    country = parts[1].upper() if len(parts) > 1 else ""
    law = LAWS.get(country)
    if country not in ENGLISH_TAG_NOT_ENOUGH or law is None or lang not in law.languages:
        return ()
    return tuple(dict.fromkeys((law.label, *law.alternatives, LANGUAGE_LABELS.get(lang, law.label))))
