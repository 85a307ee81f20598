"""Synthetic product photos and catalog rows for the mockup tests (no sample catalog needed)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw


def studio_shot(path: Path, size=(900, 1200), bg=(255, 255, 255), fg=(200, 40, 40), ss: int = 3) -> Path:
    """A product (a rounded bottle shape with a label) shot on a plain background, antialiased edges."""
    w, h = size
    im = Image.new("RGB", (w * ss, h * ss), bg)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([0.3 * w * ss, 0.15 * h * ss, 0.7 * w * ss, 0.9 * h * ss], radius=int(0.08 * w * ss), fill=fg)
    d.ellipse([0.38 * w * ss, 0.05 * h * ss, 0.62 * w * ss, 0.25 * h * ss], fill=fg)
    d.rectangle([0.36 * w * ss, 0.45 * h * ss, 0.64 * w * ss, 0.6 * h * ss], fill=(250, 250, 245))
    im = im.resize(size, Image.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path)
    return path


def alpha_shot(path: Path, size=(800, 800), fg=(40, 120, 200), matte=(255, 255, 255), ss: int = 4) -> Path:
    """An RGBA product whose semi-transparent edge pixels carry a white matte (as many exports do)."""
    w, h = size
    mask = Image.new("L", (w * ss, h * ss), 0)
    ImageDraw.Draw(mask).ellipse([0.15 * w * ss, 0.1 * h * ss, 0.85 * w * ss, 0.9 * h * ss], fill=255)
    mask = mask.resize(size, Image.LANCZOS)
    col = Image.new("RGB", size, fg)
    bg = Image.new("RGB", size, matte)
    rgb = Image.composite(col, bg, mask)  # edges mixed with the matte colour
    rgba = rgb.copy()
    rgba.putalpha(mask)
    path.parent.mkdir(parents=True, exist_ok=True)
    rgba.save(path)
    return path


def add_product(db, handle: str, image: Path | None, dims: dict | None = None, sku: str | None = None,
                title: str | None = None) -> int:
    from studio.storage import models as m

    with db.session() as s:
        p = m.Product(handle=handle, title=title or handle.replace("-", " ").title(), body_text="", body_html="")
        s.add(p)
        s.flush()
        s.add(m.Variant(product_id=p.id, sku=sku or handle.upper(), title="Default"))
        if image is not None:
            s.add(m.Media(product_id=p.id, src=str(image), local_path=str(image), position=0, status="ok"))
        if dims is not None:
            s.add(m.Fact(product_id=p.id, key="dimensions", value=f"{dims['l']} x {dims['w']} x {dims['h']} {dims['unit']}",
                         type="dimensions", unit=dims["unit"], data=dims))
        s.flush()
        return p.id
