"""Shop links with UTM tags: the one builder for every link the studio writes (posts, livestream kits, creator
briefs). Qt-free and free of services, so generators (the kit) reach it as well as studio/.

Rules (docs/readme/insights.md, "Attribution"):

- the link's own query string and fragment are kept byte for byte; the tags are appended to the query;
- a link that already carries any ``utm_*`` parameter is returned unchanged: the seller's tags win, never a
  second set;
- tag values are lower-case ASCII slugs (``slug``) so they survive every shop's analytics and CSV export;
- host and path are left as written (an IDN host or a non-ASCII path is not re-encoded).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
# a URL in post text (the same shape studio.services.orders reads back for attribution)
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'）)]+")
_TRAILING = ".,;:!?…»”’"


class LinkError(ValueError):
    """Not a web address the builder can tag. ``hint`` is the command-line way out (as ``StudioError.hint``)."""

    def __init__(self, *args: object, hint: str | None = None) -> None:
        super().__init__(*args)
        self.hint = hint


def slug(text: str, default: str = "") -> str:
    """``"Songkran Live TH"`` → ``songkran-live-th`` (a-z, 0-9 and '-')."""
    s = re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")
    return s or default


def has_utm(url: str) -> bool:
    try:
        query = urlsplit(url).query
    except ValueError:
        return False
    return any(k.lower().startswith("utm_") for k, _v in parse_qsl(query, keep_blank_values=True))


def tag_link(url: str, *, source: str, medium: str, campaign: str, content: str | None = None) -> str:
    """``url`` with utm_source/medium/campaign(/content) appended — unless it already has ``utm_*`` tags.

    Raises ``LinkError`` for anything that is not an http(s) address with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise LinkError(f"not a web address: {url!r} ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise LinkError(f"not a web address: {url!r} (give a full https://… link)")
    if has_utm(url):
        return url.strip()
    tags = [("utm_source", slug(source, "web")), ("utm_medium", slug(medium, "social")),
            ("utm_campaign", slug(campaign, "shop"))]
    if content and slug(content):
        tags.append(("utm_content", slug(content)))
    query = parts.query + ("&" if parts.query and not parts.query.endswith("&") else "") + urlencode(tags)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, parts.fragment))


def utm_tags(url: str) -> dict[str, str]:
    """The ``utm_*`` tags of ``url`` (lower-case keys; empty when it has none)."""
    try:
        query = urlsplit(url.strip()).query
    except ValueError:
        return {}
    return {k.lower(): v for k, v in parse_qsl(query) if k.lower() in UTM_KEYS}


def host_of(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def tag_links_in_text(text: str | None, shop_hosts: set[str] | frozenset[str], *, source: str, medium: str,
                      campaign: str, content: str | None = None) -> str | None:
    """Tag every link in ``text`` whose host is one of ``shop_hosts`` (the shop's own pages; other links —
    a YouTube video, a partner's page — are left alone). Trailing punctuation stays outside the link."""
    if not text or not shop_hosts:
        return text

    def one(match: re.Match[str]) -> str:
        raw = match.group(0)
        url = raw.rstrip(_TRAILING)
        tail = raw[len(url):]
        if host_of(url) not in shop_hosts:
            return raw
        try:
            return tag_link(url, source=source, medium=medium, campaign=campaign, content=content) + tail
        except LinkError:
            return raw

    return URL_IN_TEXT.sub(one, text)


def product_url(store_url: str, handle: str, explicit: str | None = None) -> str:
    """The product page: the product's own URL when the catalog has one, else ``<store>/products/<handle>``."""
    if explicit:
        return explicit
    if not store_url:
        raise LinkError("no store URL configured: set it in the Livestream section", hint="or pass --store-url")
    return store_url.rstrip("/") + "/products/" + handle


def without_utm(url: str) -> str:
    """``url`` without its ``utm_*`` parameters (the rest of the query and the fragment kept as written) — for
    re-tagging a link the studio tagged itself (a kit's link re-used in a teaser), never a seller's."""
    parts = urlsplit(url.strip())
    kept = [p for p in parts.query.split("&") if p and not p.split("=", 1)[0].lower().startswith("utm_")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), parts.fragment))
