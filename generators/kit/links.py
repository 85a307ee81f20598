"""Shop links per product × channel × live session, with UTM parameters, optional short links and QR codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio import shoplinks
from studio.safepath import confined

LinkError = shoplinks.LinkError
product_url = shoplinks.product_url


def slug(text: str) -> str:
    return shoplinks.slug(text, "live")


def shop_link(product_url: str, *, source: str, session: str, market: str, medium: str = "live",
              content: str | None = None) -> str:
    """The kit's shop link: utm_source = the selling channel, utm_medium = ``medium``, utm_campaign =
    ``<session>-<market>``, utm_content = the product — through the studio's one link builder
    (``studio.shoplinks.tag_link``: the link's query and fragment kept, a seller's own utm_* tags kept)."""
    try:
        return shoplinks.tag_link(product_url, source=source, medium=medium, campaign=slug(f"{session}-{market}"),
                                  content=content)
    except LinkError:
        raise LinkError(f"not a web address: {product_url!r}; set the store URL in Livestream settings "
                        "(e.g. https://shop.example.com)") from None


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
