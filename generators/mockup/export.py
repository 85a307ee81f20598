"""Exports per target: size, format, sRGB ICC profile and IPTC DigitalSourceType (XMP).

Target rules and where they come from (``/work/shared/reference/platform-specs.md``; rows cited by section
and row name; where the reference has no row the rule says so and gives the source we followed):

- ``amazon-main`` 2000×2000, pure white RGB(255,255,255), product ≥ 85 % of the frame, JPEG. Not in
  platform-specs.md (section C has Amazon *text* rows only); from Amazon's product image requirements as
  given in the issue brief. JPEG is written with 4:4:4 chroma so the white stays exactly 255 next to
  the product.
- ``instagram`` 1080×1350 (4:5) JPEG: platform-specs.md A "Instagram / Image spec" — JPEG only (no PNG),
  ≤ 8 MB, aspect 4:5 to 1.91:1, width 320–1440, sRGB.
- ``story`` 1080×1920 (9:16) JPEG: platform-specs.md A "Instagram / Reels spec" (cover image JPEG ≤ 8 MB,
  9:16 recommended) and "Facebook Page / Reels spec and cap" (1080×1920 recommended).
- ``pinterest`` 1000×1500 (2:3) JPEG: platform-specs.md A has Pinterest API rows only ("Create pin":
  image_url/base64), no image size; 2:3 at 1000×1500 from the brief. JPEG keeps the file small.
- ``tiktok-shop`` 1080×1080 (1:1) JPEG: platform-specs.md C "TikTok Shop / Description / images" (≥ 5
  images recommended, no size given) and A "TikTok / Photo specs" (JPEG or WebP, no PNG, ≤ 1080p) — so
  1080×1080 JPEG works both as a shop image and as a TikTok photo post.
- ``png``/free size: lossless PNG at the requested size (for video and livestream kits).

All files carry an sRGB ICC profile (Instagram row above asks for sRGB) and an XMP packet with
``Iptc4xmpExt:DigitalSourceType`` (platform-specs.md D "Meta AI label": platforms read IPTC/C2PA metadata).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms

from studio.safepath import user_file

IPTC_BASE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
# Our composites combine a captured product photo with synthetic, procedurally drawn (not trained-model)
# elements: backdrop, shadows, reflection → compositeSynthetic. When any input was made by a trained
# model (an AI image), the composite is compositeWithTrainedAlgorithmicMedia.
SOURCE_COMPOSITE = IPTC_BASE + "compositeSynthetic"
SOURCE_COMPOSITE_AI = IPTC_BASE + "compositeWithTrainedAlgorithmicMedia"


@dataclass(frozen=True)
class Target:
    id: str
    title: str
    size: tuple[int, int] | None
    format: str  # "JPEG" | "PNG"
    pure_white: bool = False
    min_fill: float = 0.0  # fraction of the frame the product's longer side must fill
    max_bytes: int | None = None
    default_scene: str | None = None

    @property
    def suffix(self) -> str:
        return ".jpg" if self.format == "JPEG" else ".png"

    @property
    def mime(self) -> str:
        return "image/jpeg" if self.format == "JPEG" else "image/png"


TARGETS: dict[str, Target] = {
    "amazon-main": Target("amazon-main", "Amazon main image", (2000, 2000), "JPEG", pure_white=True, min_fill=0.85,
                          default_scene="marketplace-white"),
    "instagram": Target("instagram", "Instagram feed 4:5", (1080, 1350), "JPEG", max_bytes=8 * 1024 * 1024),
    "story": Target("story", "Story / Reel cover 9:16", (1080, 1920), "JPEG", max_bytes=8 * 1024 * 1024),
    "pinterest": Target("pinterest", "Pinterest 2:3", (1000, 1500), "JPEG"),
    "tiktok-shop": Target("tiktok-shop", "TikTok Shop 1:1", (1080, 1080), "JPEG"),
    "png": Target("png", "PNG (any size)", None, "PNG"),
}


def srgb_profile_bytes() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def to_srgb(img: Image.Image) -> Image.Image:
    """Convert an image that carries an ICC profile (a phone's Display P3, Adobe RGB…) to sRGB pixels.

    Images without a profile are taken as sRGB already. Alpha is kept."""
    icc = img.info.get("icc_profile")
    if not icc or img.mode not in ("RGB", "RGBA"):
        return img
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in (ImageCms.getProfileDescription(src) or "").lower():
            return img
        out = ImageCms.profileToProfile(img, src, ImageCms.createProfile("sRGB"), outputMode=img.mode,
                                        renderingIntent=ImageCms.Intent.PERCEPTUAL)
    except (OSError, ImageCms.PyCMSError, ValueError):
        return img  # an unreadable profile: keep the pixels as they are
    if out is None:  # only with inPlace=True, which is not used here
        return img
    out.info.pop("icc_profile", None)
    return out


def xmp_packet(source_type: str, *, tool: str = "Commerce Studio", title: str = "") -> bytes:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    title_xml = (f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(title)}</rdf:li></rdf:Alt></dc:title>'
                 if title else "")
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'Iptc4xmpExt:DigitalSourceType="{esc(source_type)}" xmp:CreatorTool="{esc(tool)}">'
        f"{title_xml}"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def save_image(img: Image.Image, path: Path | str, target: Target | str, *, ai_generated: bool = False,
               title: str = "") -> Path:
    """Write ``img`` for ``target`` with ICC + XMP. The size must already match a fixed-size target."""
    t = TARGETS[target] if isinstance(target, str) else target
    path = Path(path)
    if t.size and img.size != t.size:
        raise ValueError(f"{t.id} needs {t.size[0]}×{t.size[1]}, got {img.width}×{img.height}")
    rgb = img.convert("RGB")
    icc = srgb_profile_bytes()
    xmp = xmp_packet(SOURCE_COMPOSITE_AI if ai_generated else SOURCE_COMPOSITE, title=title)
    path = user_file(path, make_parents=True)  # inside its folder; a link there is not written through
    tmp = user_file(path.with_name(path.name + ".part"))
    if t.format == "JPEG":
        quality = 92
        while True:
            buf = io.BytesIO()
            rgb.save(buf, "JPEG", quality=quality, subsampling=0, optimize=True, icc_profile=icc, xmp=xmp)
            if t.max_bytes is None or buf.tell() <= t.max_bytes or quality <= 60:
                break
            quality -= 8
        tmp.write_bytes(buf.getvalue())
    else:
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        rgb.save(tmp, "PNG", icc_profile=icc, pnginfo=info, optimize=False, compress_level=6)
    tmp.replace(path)
    return path


def read_xmp(path: Path | str) -> str:
    """The XMP packet of a JPEG or PNG we wrote ('' if none)."""
    with Image.open(path) as im:
        im.load()
        raw = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or b""
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def digital_source_type(path: Path | str) -> str | None:
    m = re.search(r'DigitalSourceType="([^"]+)"', read_xmp(path))
    if m:
        return m.group(1)
    m = re.search(r"<Iptc4xmpExt:DigitalSourceType>([^<]+)<", read_xmp(path))
    return m.group(1) if m else None


def fill_fraction(img: Image.Image, bg=(255, 255, 255), tol: int = 6) -> float:
    """The product's longer side as a fraction of the frame (pixels that differ from the background)."""
    import numpy as np

    arr = np.asarray(img.convert("RGB"), dtype=np.int16)
    diff = np.abs(arr - np.asarray(bg, dtype=np.int16)).max(axis=2) > tol
    ys, xs = np.nonzero(diff)
    if not len(ys):
        return 0.0
    return max((xs.max() - xs.min() + 1) / img.width, (ys.max() - ys.min() + 1) / img.height)
