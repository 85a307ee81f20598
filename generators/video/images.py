"""Scene images prepared with Pillow before ffmpeg sees them.

Each product image is composed once onto a canvas ``MARGIN`` times the frame size (cover-cropped when
its aspect is close to the frame's, otherwise contained on a blurred copy of itself), so ``zoompan``
only ever crops and downsizes a JPEG of exactly the size it needs. The CTA end card is drawn here too.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageOps

MARGIN = 1.12  # canvas = frame × MARGIN: zoom range 1.0–1.12, pan travel 12 %


def canvas_size(width: int, height: int) -> tuple[int, int]:
    return int(round(width * MARGIN / 2)) * 2, int(round(height * MARGIN / 2)) * 2


def load_rgb(src: str | Path) -> Image.Image:
    try:
        with Image.open(src) as im:
            im = ImageOps.exif_transpose(im)
            if im.mode in ("RGBA", "LA", "P"):
                im = im.convert("RGBA")
                bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
                bg.alpha_composite(im)
                return bg.convert("RGB")
            return im.convert("RGB")
    except (OSError, ValueError) as exc:
        raise ValueError(f"scene image {src} cannot be read: {exc}") from exc


def compose(img: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Cover-crop when the aspects are within 15 %; else contain on a blurred, darkened copy."""
    cw, ch = size
    ratio = (img.width / img.height) / (cw / ch)
    if 0.87 <= ratio <= 1.15:
        return ImageOps.fit(img, size, Image.Resampling.LANCZOS)
    small = ImageOps.fit(img, (max(8, cw // 10), max(8, ch // 10)), Image.Resampling.BILINEAR)
    bg = small.filter(ImageFilter.GaussianBlur(6)).resize(size, Image.Resampling.BILINEAR)
    bg = Image.blend(bg, Image.new("RGB", size, (0, 0, 0)), 0.25)
    fg = ImageOps.contain(img, (int(cw * 0.9), int(ch * 0.9)), Image.Resampling.LANCZOS)
    bg.paste(fg, ((cw - fg.width) // 2, (ch - fg.height) // 2))
    return bg


def prepare_scene(src: str | Path, width: int, height: int, out: Path) -> Path:
    canvas = compose(load_rgb(src), canvas_size(width, height))
    canvas.save(out, "JPEG", quality=90)
    return out


def end_card(product_image: str | Path | None, width: int, height: int, out: Path, *, primary=(31, 58, 95),
             accent=(255, 194, 51), logo: str | Path | None = None) -> Path:
    """The CTA card: brand background, the product on a white panel and the brand logo (if any).

    The CTA words themselves come from the title band, so they are shaped like all other text.
    """
    cw, ch = canvas_size(width, height)
    card = Image.new("RGB", (cw, ch), primary)
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, ch - ch // 40, cw, ch), fill=accent)
    if product_image:
        img = load_rgb(product_image)
        box = int(min(cw, ch) * 0.62)
        panel = Image.new("RGB", (box + box // 10, box + box // 10), (255, 255, 255))
        fg = ImageOps.contain(img, (box, box), Image.Resampling.LANCZOS)
        panel.paste(fg, ((panel.width - fg.width) // 2, (panel.height - fg.height) // 2))
        mask = Image.new("L", panel.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, panel.width, panel.height), radius=box // 14, fill=255)
        y = int(ch * 0.42) - panel.height // 2 if ch > cw else (ch - panel.height) // 2
        card.paste(panel, ((cw - panel.width) // 2, max(0, y)), mask)
    if logo and Path(logo).is_file():
        with Image.open(logo) as lg:
            lg = ImageOps.contain(lg.convert("RGBA"), (int(cw * 0.28), int(ch * 0.08)), Image.Resampling.LANCZOS)
        card.paste(lg, ((cw - lg.width) // 2, int(ch * 0.80)), lg)
    card.save(out, "JPEG", quality=90)
    return out
