"""Share copy for messaging apps (issue 21 item 4): a short text with the shop link per product × market for
WhatsApp, LINE, WeChat, Telegram and Messenger, written to each app's conventions (see ``APPS`` and
docs/readme/campaigns.md "Share copy" for the sources).

Grounded like every text the studio writes: the title, one key fact (checked by the quality rules; a fact with
an error finding is skipped) and the listing's own price formatted the market's way; the link is the product
page with UTM tags (``utm_source`` = the app, ``utm_medium`` = ``share``) built by the kit's link builder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from studio import quality, registry
from studio.domain import StudioError
from studio.services import briefs, catalog
from studio.storage.db import Database


@dataclass(frozen=True)
class App:
    id: str
    name: str
    markup: str | None  # bold markers the app renders in a typed message (None: plain text only)
    emoji: bool  # we add one pointing emoji before the link
    max_text: int  # our budget for the text before the link (the chat list / notification line)
    preview: str  # how the link preview is made
    share_url: str | None  # a URL that opens the app's share sheet with the text ({text}, {url} encoded)
    source: str


APPS: dict[str, App] = {a.id: a for a in (
    App("whatsapp", "WhatsApp", "*", True, 120,
        "Open Graph card from og:title / og:description / og:image of the first link; the title is cut at about "
        "60–81 characters and the description at 65–81; an og:image over about 300 KB shows no image",
        "https://wa.me/?text={text}",
        "opengraphplus.com/consumers/whatsapp/tags; techcompare.app (300 KB image limit); WhatsApp formatting "
        "*bold* _italic_ ~strike~ (gadgethacks.com 2017, techdaily.uk)"),
    App("line", "LINE", None, True, 120,
        "URL preview from og:title, og:description and og:image (else the page's <title>, description or body)",
        "https://line.me/R/share?text={text}",
        "developers.line.biz FAQ (OGP tags used by LINE); LINE Social Plugins share button docs; zenn.dev note "
        "on line.me/R/share?text="),
    App("wechat", "WeChat", None, False, 120,
        "a pasted link shows as plain text in a chat; a card (title, summary, thumbnail) needs the page opened in "
        "WeChat and shared from its menu, customised only through a verified Official Account's JS-SDK",
        None,
        "WeChat JS-SDK share policy (2017-04-25) and default-share behaviour as described by programmer.group and "
        "mysqlschool.cn"),
    App("telegram", "Telegram", "**", True, 120,
        "Open Graph preview (og:title, og:description, og:image) shown below the message",
        "https://t.me/share/url?url={url}&text={text}",
        "Telegram message entities (**bold**, __italic__) — core.telegram.org/api/entities; Open Graph previews "
        "(telegram.wiki via stackoverflow)"),
    App("messenger", "Messenger", None, True, 120,
        "Open Graph card from Meta's crawler (the same tags as Facebook's sharing debugger)",
        None,
        "developers.facebook.com/docs/sharing/webmasters/web-crawlers (Meta's crawler reads Open Graph)"),
)}


@dataclass
class ShareText:
    app: str
    market: str
    text: str
    link: str
    share_url: str | None
    notes: list[str] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)


def share_texts(db: Database, product: str, market: str, *, apps: list[str] | None = None,
                store_url: str | None = None, campaign: str = "share") -> list[ShareText]:
    from localization.markets import get_market
    from studio.services.livestream import _fmt_price, listing_price

    try:
        mk = get_market(market)
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    wanted = [a.strip().lower() for a in (apps or list(APPS)) if a.strip()]
    for a in wanted:
        if a not in APPS:
            raise StudioError(f"app '{a}' is not one of {', '.join(APPS)}")
    p = catalog.get_product_by_ref(db, product)
    bank = briefs._bank()
    ph = bank.get(mk.language) or bank["en"]
    facts = briefs._checked_facts(p, mk.tag)
    latin_market = _latin(mk.language)
    general: list[str] = []
    fact_line = None
    for _key, sentence in briefs._fact_sentences(p, mk.language, None):
        # a fact the writer could not put wholly in the market's language ("فخار حجري, matte exterior") is not a
        # share line: the next one that is, else none
        if not latin_market and _english_words(sentence.split(":", 1)[-1]):
            continue
        if not briefs._lint_errors(sentence, "generic", mk.tag, facts):
            fact_line = sentence
            break
    # the product's name in the market: the seller's translation (Catalog › Translations), else the writers'
    # glossary when it names every word in the language, else the listing's title (and a note says so)
    title = _local_title(db, p, mk, latin_market)
    if title is None:
        title = p.title
        general.append(f"no {mk.language} name for '{p.title}': the text uses the listing's title; add the name "
                       f"in Catalog › product › Translations (studio translations add)")
    # the market's own price only: a per-market price of the catalog (Price / <country>), never the listing's
    # price in another currency (a Saudi shopper was quoted '٣٤٫٠٠ €')
    price_line = None
    try:
        amount, currency, _src, _cmp = listing_price(p, mk.tag)
        if currency == mk.currency:
            price_line = _fmt_price(amount, currency, mk.tag, False)
        else:
            general.append(f"no {mk.currency} price for {mk.tag} in the catalog (the listing is in {currency}): the "
                           f"text leaves the price out; add a 'Price / {mk.country_name}' column to show one")
    except StudioError as exc:
        general.append(f"no price: {exc}")
    builder = registry.kit_builder()
    out = []
    for app_id in wanted:
        app = APPS[app_id]
        try:
            url = builder.product_url(store_url or "", p.handle, (p.extra or {}).get("url"))
            link = builder.shop_link(url, source=app.id, session=campaign, market=mk.tag, medium="share",
                                     content=p.handle)
        except ValueError as exc:
            raise StudioError(str(exc).replace("Livestream settings", "the Creators view or --store-url")) from None
        shown_title = f"{app.markup}{title}{app.markup}" if app.markup else title
        head = ph["share_look"].format(title=shown_title)
        parts = [head]
        for extra in (fact_line, price_line):
            if extra and len(" · ".join([*parts, extra])) <= app.max_text:
                parts.append(extra)
        body = " · ".join(parts)
        if mk.direction == "rtl":
            from localization.text import isolate_ltr_runs

            body = isolate_ltr_runs(body)
        notes = list(general)
        if len(body) > app.max_text:
            notes.append(f"the text before the link is {len(body)} characters; {app.name} shows about "
                         f"{app.max_text} in the chat list")
        pointer = "👉 " if app.emoji else ""
        if mk.direction == "rtl":
            from localization.text import isolate

            link_shown = isolate(link)
        else:
            link_shown = link
        text = f"{body}\n{pointer}{ph['share_link']} {link_shown}"
        share_url = None
        if app.share_url:
            share_url = app.share_url.format(text=quote(text if "{url}" not in app.share_url else
                                                        text.replace(link_shown, "").rstrip(), safe=""),
                                             url=quote(link, safe=""))
        findings = [{"rule": f.rule_id, "severity": f.severity, "message": f.message}
                    for f in quality.lint_text(body, "generic", mk.tag, facts=facts, context={"sponsored": False})
                    if f.severity in ("error", "warning")]
        if app.id == "wechat":
            notes.append("a pasted link shows as text in WeChat; open it in WeChat and use Send to Chat for a card")
        out.append(ShareText(app.id, mk.tag, text, link, share_url, notes, findings))
    return out


_LATIN_LANGS = {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "nb", "no", "fi", "cs", "sk", "hu", "ro",
                "hr", "sl", "tr", "id", "ms", "vi", "tl", "et", "lv", "lt"}


def _latin(language: str) -> bool:
    return language.split("-")[0].lower() in _LATIN_LANGS


def _english_words(text: str) -> bool:
    """A word of two or more Latin letters (an untranslated English value) in a non-Latin text; units (cm, g, ml,
    kg) do not count."""
    import regex

    return any(w.lower() not in {"cm", "mm", "ml", "kg", "g", "l", "m", "x"}
               for w in regex.findall(r"\p{Latin}{2,}", text))


def _local_title(db: Database, p: Any, mk: Any, latin_market: bool) -> str | None:
    from studio.services import translations

    own = (translations.overrides_for(db, p.id, mk.tag) or {}).get("name")
    if own:
        return str(own)
    if latin_market:
        return p.title  # a Latin-script market reads the listing's (brand) title as it is
    term = registry.copy_engine().glossary_term(mk.language.split("-")[0], p.title)
    if term and term != p.title and not _english_words(term):
        return term
    return None
