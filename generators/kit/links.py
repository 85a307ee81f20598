"""Shop links per product × channel × live session, with UTM parameters, optional short links and QR codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from studio.safepath import confined


class LinkError(ValueError):
    pass


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "live"


def shop_link(product_url: str, *, source: str, session: str, market: str, medium: str = "live",
              content: str | None = None) -> str:
    """Add utm_source/medium/campaign/content to ``product_url``, keeping its own query parameters."""
    parts = urlsplit(product_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LinkError(f"not a web address: {product_url!r}; set the store URL in Livestream settings "
                        "(e.g. https://shop.example.com)")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", slug(source)), ("utm_medium", slug(medium)),
              ("utm_campaign", slug(f"{session}-{market}"))]
    if content:
        query.append(("utm_content", slug(content)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), ""))


def product_url(store_url: str, handle: str, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    if not store_url:
        raise LinkError("no store URL configured: set it in the Livestream section or pass --store-url")
    return store_url.rstrip("/") + "/products/" + handle


@dataclass(frozen=True)
class ShortLinkProvider:
    """A user-configured shortener: POST {"url": long} → JSON with "short_url" (or "link"/"shortUrl")."""

    endpoint: str
    token: str | None = None
    timeout: float = 10.0

    def shorten(self, url: str) -> str:
        import httpx

        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            resp = httpx.post(self.endpoint, json={"url": url, "long_url": url}, headers=headers,
                              timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise LinkError(f"short-link provider {self.endpoint} unreachable: {exc}") from exc
        if resp.status_code >= 400:
            raise LinkError(f"short-link provider answered {resp.status_code}: {resp.text[:200]}")
        data = resp.json()
        for key in ("short_url", "shortUrl", "link", "url"):
            if isinstance(data.get(key), str) and data[key].startswith("http"):
                return data[key]
        raise LinkError(f"short-link provider answered without a short URL: {str(data)[:200]}")


def write_qr(url: str, out_base: Path, *, scale: int = 10) -> tuple[Path, Path]:
    """Write ``<out_base>.png`` and ``<out_base>.svg`` QR codes for ``url`` (segno, error level M), both
    proven to lie in ``out_base``'s folder (a dot in the name is kept: ``v1.5`` → ``v1.5.png``)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    folder = Path(out_base).parent
    png = confined(folder, Path(out_base).name + ".png", make_parents=True)
    svg = confined(folder, Path(out_base).name + ".svg")
    qr.save(str(png), scale=scale, border=4)
    qr.save(str(svg), scale=scale, border=4)
    return png, svg
