"""Renders the sample catalog's product images (run once; the PNGs are committed).

    .venv/bin/python assets/sample/make_images.py

Clean product-like renders on a plain light studio background: simple shapes filled with gradients,
soft highlights and a blurred floor shadow. 800×800 PNG; the ``*-cutout.png`` files have an alpha
channel (no background) like a marketplace "white background" cut-out. Deterministic: same bytes each run.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SIZE = 800
OUT = Path(__file__).with_name("images")


# --------------------------------------------------------------------------- helpers


def hex2rgb(h: str) -> tuple[int, int, int]:
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t: float):
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


def shade(c, f: float):
    """Lighten (f > 0) or darken (f < 0) a colour."""
    c = hex2rgb(c) if isinstance(c, str) else c
    return mix(c, (255, 255, 255), f) if f > 0 else mix(c, (0, 0, 0), -f)


def gradient(size, c1, c2, angle: float = 90.0) -> Image.Image:
    """Linear gradient image from c1 to c2 (angle 90 = top→bottom, 0 = left→right)."""
    w, h = size
    c1 = hex2rgb(c1) if isinstance(c1, str) else c1
    c2 = hex2rgb(c2) if isinstance(c2, str) else c2
    base = Image.linear_gradient("L").resize((w, h)) if angle == 90 else \
        Image.linear_gradient("L").rotate(90 - angle, expand=False).resize((w, h))
    return Image.composite(Image.new("RGB", size, c2), Image.new("RGB", size, c1), base)


def background() -> Image.Image:
    bg = gradient((SIZE, SIZE), "#f7f6f3", "#e4e2dd")
    # a soft light spot behind the product
    spot = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(spot).ellipse((120, 60, 680, 560), fill=70)
    spot = spot.filter(ImageFilter.GaussianBlur(90))
    return Image.composite(Image.new("RGB", (SIZE, SIZE), (255, 255, 255)), bg, spot)


class Canvas:
    def __init__(self) -> None:
        self.layer = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
        self.shadow = Image.new("L", (SIZE, SIZE), 0)

    def mask(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (SIZE, SIZE), 0)
        return m, ImageDraw.Draw(m)

    def fill(self, m: Image.Image, c1, c2=None, angle: float = 0.0, shine: float = 0.0) -> None:
        """Paint the mask with a gradient (c1→c2), plus an optional soft vertical highlight."""
        c1 = hex2rgb(c1) if isinstance(c1, str) else c1
        c2 = c2 if c2 is not None else shade(c1, -0.35)
        bbox = m.getbbox()
        if not bbox:
            return
        g = gradient((SIZE, SIZE), c1, c2, angle)
        if angle == 0:  # stretch the gradient across the shape, not the canvas
            x0, _y0, x1, _y1 = bbox
            g = gradient((max(1, x1 - x0), SIZE), c1, c2, 0)
            full = Image.new("RGB", (SIZE, SIZE), c2)
            if x0 > 0:
                full.paste(Image.new("RGB", (x0, SIZE), c1), (0, 0))
            full.paste(g, (x0, 0))
            g = full
        elif angle == 90:
            _x0, y0, _x1, y1 = bbox
            gg = gradient((SIZE, max(1, y1 - y0)), c1, c2, 90)
            full = Image.new("RGB", (SIZE, SIZE), c2)
            if y0 > 0:
                full.paste(Image.new("RGB", (SIZE, y0), c1), (0, 0))
            full.paste(gg, (0, y0))
            g = full
        rgba = g.convert("RGBA")
        rgba.putalpha(m)
        self.layer.alpha_composite(rgba)
        if shine:
            x0, y0, x1, y1 = bbox
            hl = Image.new("L", (SIZE, SIZE), 0)
            cx = x0 + (x1 - x0) * 0.3
            ImageDraw.Draw(hl).rectangle((cx - (x1 - x0) * 0.06, y0, cx + (x1 - x0) * 0.06, y1), fill=int(255 * shine))
            hl = hl.filter(ImageFilter.GaussianBlur(max(4, (x1 - x0) * 0.05)))
            hl = ImageChops.multiply(hl, m)
            white = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
            white.putalpha(hl)
            self.layer.alpha_composite(white)

    def poly(self, pts, c1, c2=None, angle=0.0, shine=0.0):
        m, d = self.mask()
        d.polygon(pts, fill=255)
        self.fill(m, c1, c2, angle, shine)
        return m

    def ellipse(self, box, c1, c2=None, angle=0.0, shine=0.0):
        m, d = self.mask()
        d.ellipse(box, fill=255)
        self.fill(m, c1, c2, angle, shine)
        return m

    def rrect(self, box, r, c1, c2=None, angle=0.0, shine=0.0):
        m, d = self.mask()
        d.rounded_rectangle(box, radius=r, fill=255)
        self.fill(m, c1, c2, angle, shine)
        return m

    def line(self, pts, color, width):
        d = ImageDraw.Draw(self.layer)
        c = hex2rgb(color) if isinstance(color, str) else color
        d.line(pts, fill=(*c, 255), width=width, joint="curve")

    def text_block(self, box, color, lines=3):
        """Fake label text: a few rounded bars."""
        d = ImageDraw.Draw(self.layer)
        x0, y0, x1, y1 = box
        c = hex2rgb(color) if isinstance(color, str) else color
        h = (y1 - y0) / (lines * 2)
        for i in range(lines):
            w = (x1 - x0) * (1.0 if i == 0 else 0.7 - 0.1 * i)
            yy = y0 + i * 2 * h
            d.rounded_rectangle((x0, yy, x0 + w, yy + h), radius=h / 2, fill=(*c, 255))

    def floor_shadow(self, box, strength=110):
        ImageDraw.Draw(self.shadow).ellipse(box, fill=strength)

    def render(self, path: Path, cutout: bool = False) -> None:
        if cutout:
            img = self.layer
        else:
            bg = background()
            sh = self.shadow.filter(ImageFilter.GaussianBlur(22))
            bg = Image.composite(Image.new("RGB", (SIZE, SIZE), (150, 146, 140)), bg, sh)
            img = bg.convert("RGBA")
            img.alpha_composite(self.layer)
            img = img.convert("RGB")
        path.parent.mkdir(parents=True, exist_ok=True)
        if cutout:
            img.save(path, optimize=True)
        else:
            img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.FLOYDSTEINBERG).save(
                path, optimize=True)


# --------------------------------------------------------------------------- products


def tee(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((190, 690, 610, 740))
    body = [(250, 200), (330, 170), (470, 170), (550, 200), (640, 300), (580, 350), (545, 320), (545, 660),
            (255, 660), (255, 320), (220, 350), (160, 300)]
    c.poly(body, shade(color, 0.12), shade(color, -0.25), 0, shine=0.25)
    c.poly([(330, 170), (400, 215), (470, 170), (455, 168), (400, 196), (345, 168)], shade(color, -0.35))
    c.line([(255, 640), (545, 640)], shade(color, -0.15), 3)
    return c


def hoodie(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((180, 700, 620, 750))
    c.poly([(245, 220), (555, 220), (660, 560), (595, 580), (548, 380), (548, 680), (252, 680), (252, 380),
            (205, 580), (140, 560)], shade(color, 0.1), shade(color, -0.3), 0, shine=0.2)
    c.ellipse((300, 120, 500, 300), shade(color, 0.05), shade(color, -0.35), 0)
    c.ellipse((340, 170, 460, 290), shade(color, -0.55))
    c.rrect((320, 480, 480, 590), 20, shade(color, -0.08), shade(color, -0.3), 0)
    c.line([(380, 290), (375, 400)], "#e8e6e0", 5)
    c.line([(420, 290), (425, 400)], "#e8e6e0", 5)
    return c


def dress(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((200, 710, 600, 755))
    c.poly([(340, 150), (460, 150), (470, 330), (600, 690), (200, 690), (330, 330)], shade(color, 0.15),
           shade(color, -0.2), 0, shine=0.2)
    c.poly([(340, 150), (360, 110), (372, 150)], shade(color, -0.1))
    c.poly([(460, 150), (440, 110), (428, 150)], shade(color, -0.1))
    c.rrect((325, 320, 475, 345), 8, shade(color, -0.3))
    return c


def shoe(color: str, sole: str = "#f2f2ee", boot: bool = False) -> Canvas:
    c = Canvas()
    c.floor_shadow((140, 560, 680, 620))
    c.rrect((140, 520, 670, 575), 24, sole, shade(sole, -0.15), 90)
    if boot:
        c.poly([(180, 530), (190, 430), (330, 400), (340, 200), (470, 200), (480, 420), (650, 470), (660, 530)],
               shade(color, 0.15), shade(color, -0.35), 0, shine=0.25)
        c.rrect((340, 260, 372, 430), 10, shade(color, -0.45))
    else:
        c.poly([(160, 530), (175, 440), (300, 380), (420, 330), (500, 330), (560, 400), (660, 470), (665, 530)],
               shade(color, 0.2), shade(color, -0.3), 0, shine=0.3)
        for i in range(4):
            c.line([(330 + i * 30, 395 - i * 14), (370 + i * 30, 420 - i * 14)], "#ffffff", 6)
        c.poly([(470, 335), (500, 332), (555, 400), (520, 410)], shade(color, -0.4))
    return c


def earbuds() -> Canvas:
    c = Canvas()
    c.floor_shadow((200, 560, 600, 610))
    c.rrect((220, 380, 580, 590), 100, "#fafafa", "#d6d6d6", 90, shine=0.3)
    c.line([(222, 470), (578, 470)], "#bdbdbd", 3)
    c.ellipse((385, 520, 415, 535), "#7bd389")
    for x in (260, 430):
        c.ellipse((x, 190, x + 110, 300), "#ffffff", "#cfcfcf", 0, shine=0.3)
        c.rrect((x + 35, 270, x + 75, 400), 20, "#f4f4f4", "#cdcdcd", 0)
        c.ellipse((x + 30, 215, x + 80, 265), "#3a3a3a", "#111111", 0)
    return c


def powerbank() -> Canvas:
    c = Canvas()
    c.floor_shadow((230, 640, 580, 690))
    c.rrect((260, 170, 540, 660), 40, "#3c4654", "#1f2630", 0, shine=0.25)
    for i in range(4):
        c.ellipse((360 + i * 25, 560, 372 + i * 25, 572), "#7ee0ff" if i < 3 else "#4a5563")
    c.rrect((370, 176, 430, 190), 5, "#0f1318")
    return c


def speaker(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((220, 640, 580, 690))
    c.rrect((250, 230, 550, 660), 120, shade(color, 0.15), shade(color, -0.4), 0, shine=0.2)
    c.ellipse((250, 190, 550, 290), shade(color, 0.3), shade(color, -0.1), 90)
    c.ellipse((330, 205, 470, 275), shade(color, -0.3))
    m, d = c.mask()
    for yy in range(320, 620, 18):
        for xx in range(280, 530, 18):
            d.ellipse((xx, yy, xx + 6, yy + 6), fill=255)
    c.fill(m, shade(color, -0.5))
    return c


def tracker() -> Canvas:
    c = Canvas()
    c.floor_shadow((240, 620, 560, 670))
    c.rrect((340, 120, 460, 680), 50, "#2e3a33", "#1a221d", 0)
    c.rrect((318, 300, 482, 500), 40, "#222222", "#050505", 0, shine=0.3)
    c.rrect((335, 318, 465, 482), 30, "#0b1a2a", "#123456", 90)
    c.text_block((360, 370, 440, 420), "#7ee0ff", 2)
    return c


def bottle(glass: str, cap: str, label: str, dropper: bool = False, wide: bool = False) -> Canvas:
    c = Canvas()
    c.floor_shadow((250, 650, 550, 700))
    if wide:
        c.rrect((270, 250, 530, 670), 30, glass, shade(glass, -0.3), 0, shine=0.3)
        c.rrect((285, 170, 515, 260), 16, cap, shade(cap, -0.35), 0)
        c.rrect((270, 360, 530, 560), 0, label, shade(label, -0.1), 0)
        c.text_block((300, 400, 500, 520), shade(label, -0.6), 3)
    else:
        c.rrect((310, 300, 490, 670), 28, glass, shade(glass, -0.35), 0, shine=0.35)
        c.rrect((365, 240, 435, 305), 8, shade(glass, -0.1), shade(glass, -0.4), 0)
        if dropper:
            c.rrect((360, 150, 440, 250), 20, cap, shade(cap, -0.35), 0, shine=0.2)
            c.ellipse((375, 100, 425, 170), "#222222", "#000000", 0)
        else:
            c.rrect((355, 190, 445, 250), 10, cap, shade(cap, -0.35), 0)
        c.rrect((310, 430, 490, 590), 0, label, shade(label, -0.08), 0)
        c.text_block((330, 470, 470, 560), shade(label, -0.6), 3)
    return c


def tube(color: str, cap: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((230, 640, 570, 690))
    c.poly([(300, 170), (500, 170), (480, 560), (320, 560)], shade(color, 0.1), shade(color, -0.2), 0, shine=0.3)
    c.rrect((330, 555, 470, 670), 20, cap, shade(cap, -0.35), 0)
    c.rrect((292, 160, 508, 185), 4, shade(color, -0.2))
    c.text_block((340, 300, 460, 380), shade(color, -0.55), 3)
    return c


def bar(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((200, 520, 600, 580))
    c.rrect((210, 380, 590, 540), 70, shade(color, -0.1), shade(color, -0.35), 90)
    c.rrect((210, 340, 590, 500), 70, shade(color, 0.2), shade(color, -0.05), 0, shine=0.3)
    c.ellipse((330, 385, 470, 455), shade(color, -0.15))
    return c


def table(top: str, legs: str, side: bool = False) -> Canvas:
    c = Canvas()
    if side:
        c.floor_shadow((250, 640, 560, 690))
        c.ellipse((250, 260, 550, 340), shade(top, 0.2), shade(top, -0.2), 0, shine=0.25)
        c.rrect((250, 296, 550, 320), 6, shade(top, -0.25))
        for x in (300, 480):
            c.rrect((x, 320, x + 22, 665), 8, legs, shade(legs, -0.4), 0)
        c.rrect((390, 320, 412, 655), 8, shade(legs, -0.2), shade(legs, -0.5), 0)
    else:
        c.floor_shadow((110, 600, 690, 660))
        c.poly([(110, 320), (600, 320), (690, 380), (200, 380)], shade(top, 0.25), shade(top, -0.1), 0, shine=0.2)
        c.poly([(200, 380), (690, 380), (690, 405), (200, 405)], shade(top, -0.2), shade(top, -0.4), 0)
        c.poly([(110, 320), (200, 380), (200, 405), (110, 345)], shade(top, -0.35))
        for x, y0 in ((210, 405), (660, 405), (130, 345), (575, 330)):
            c.rrect((x, y0, x + 26, y0 + 240), 4, legs, shade(legs, -0.4), 0)
    return c


def chair(seat: str, frame: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((180, 640, 620, 700))
    back = c.ellipse((200, 150, 600, 520), shade(seat, 0.2), shade(seat, -0.3), 0, shine=0.2)
    m, d = c.mask()
    for i in range(0, 400, 22):
        d.line([(200 + i, 150), (200 + i, 520)], fill=255, width=3)
    for j in range(0, 370, 22):
        d.line([(200, 150 + j), (600, 150 + j)], fill=110, width=2)
    c.fill(ImageChops.multiply(m, back), shade(seat, -0.25))
    c.ellipse((230, 430, 570, 560), "#e9e2d3", "#c9bfae", 90)
    for x0, x1 in ((250, 210), (550, 590), (330, 320), (470, 480)):
        c.line([(x0, 540), (x1, 680)], frame, 12)
    return c


def mug(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((220, 620, 560, 670))
    m, d = c.mask()
    d.ellipse((490, 340, 640, 540), fill=255)
    d.ellipse((525, 380, 605, 500), fill=0)
    c.fill(m, shade(color, 0.05), shade(color, -0.35), 0)
    c.rrect((230, 270, 520, 650), 40, shade(color, 0.2), shade(color, -0.3), 0, shine=0.35)
    c.ellipse((230, 240, 520, 310), shade(color, -0.1), shade(color, -0.2), 0)
    c.ellipse((245, 250, 505, 302), "#3b2416", "#1d120b", 0)
    return c


def phone_case(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((250, 700, 560, 740))
    c.rrect((255, 90, 545, 700), 56, shade(color, 0.15), shade(color, -0.3), 0, shine=0.25)
    c.rrect((270, 105, 530, 685), 46, shade(color, 0.05), shade(color, -0.2), 0)
    c.rrect((290, 125, 420, 255), 30, shade(color, -0.45))
    for x, y in ((300, 135), (360, 135), (300, 195)):
        c.ellipse((x, y, x + 52, y + 52), "#2a2a2a", "#050505", 0, shine=0.3)
    c.ellipse((372, 205, 392, 225), "#f3e9b8")
    return c


def candle(glass: str, wax: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((240, 630, 560, 680))
    c.rrect((260, 300, 540, 660), 30, glass, shade(glass, -0.35), 0, shine=0.35)
    c.rrect((275, 340, 525, 645), 24, wax, shade(wax, -0.2), 0)
    c.rrect((300, 460, 500, 580), 6, "#f5f0e6", "#e0d8c8", 0)
    c.text_block((320, 490, 480, 555), "#6b5b47", 3)
    c.line([(400, 340), (400, 300)], "#333333", 5)
    m, d = c.mask()
    d.ellipse((380, 215, 420, 305), fill=255)
    m = m.filter(ImageFilter.GaussianBlur(4))
    c.fill(m, "#ffe08a", "#ff9c2a", 90)
    return c


def cushion(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((180, 620, 620, 680))
    m, d = c.mask()
    d.polygon([(190, 200), (400, 230), (610, 200), (580, 420), (610, 640), (400, 610), (190, 640), (220, 420)],
              fill=255)
    m = m.filter(ImageFilter.GaussianBlur(6)).point(lambda v: 255 if v > 128 else 0)
    c.fill(m, shade(color, 0.2), shade(color, -0.25), 0, shine=0.2)
    c.line([(240, 420), (560, 420)], shade(color, -0.2), 2)
    return c


def vase(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((260, 660, 540, 710))
    pts = []
    for i in range(0, 101):
        t = i / 100
        y = 170 + t * 510
        r = 60 + 90 * math.sin(math.pi * (0.15 + 0.8 * t)) ** 1.4
        pts.append((400 + r, y))
    pts += [(800 - x, y) for x, y in reversed(pts)]
    c.poly(pts, shade(color, 0.2), shade(color, -0.35), 0, shine=0.3)
    c.ellipse((338, 160, 462, 190), shade(color, -0.45))
    c.line([(400, 170), (380, 60)], "#6b8f4e", 5)
    c.line([(400, 170), (430, 80)], "#6b8f4e", 5)
    c.ellipse((360, 40, 400, 80), "#c9a7d6")
    c.ellipse((415, 55, 455, 95), "#e7c46b")
    return c


def throw(color: str, stripe: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((150, 600, 650, 670))
    for i, y in enumerate((470, 380, 290)):
        c.rrect((160 + i * 6, y, 640 - i * 6, y + 120), 50, shade(color, 0.15 - i * 0.05), shade(color, -0.3), 90)
        c.rrect((160 + i * 6, y + 50, 640 - i * 6, y + 66), 4, stripe)
    m, d = c.mask()
    for x in range(180, 620, 14):
        d.line([(x, 590), (x, 625)], fill=255, width=4)
    c.fill(m, shade(color, -0.1))
    return c


def yoga_mat(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((150, 560, 660, 630))
    c.rrect((170, 360, 620, 580), 110, shade(color, 0.2), shade(color, -0.3), 90, shine=0.15)
    c.ellipse((520, 360, 660, 580), shade(color, 0.1), shade(color, -0.4), 0)
    for r in (55, 35, 15):
        c.ellipse((590 - r, 470 - r * 1.5, 590 + r, 470 + r * 1.5), shade(color, -0.35 + r / 300))
    c.line([(250, 470), (500, 470)], "#ffffff", 4)
    return c


def harness(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((200, 620, 600, 670))
    m, d = c.mask()
    d.ellipse((200, 220, 600, 640), fill=255)
    d.ellipse((250, 270, 550, 590), fill=0)
    c.fill(m, shade(color, 0.2), shade(color, -0.3), 0)
    c.rrect((300, 330, 500, 560), 40, shade(color, 0.05), shade(color, -0.35), 0, shine=0.2)
    c.ellipse((370, 200, 430, 260), "#c9c9c9", "#8a8a8a", 0)
    c.ellipse((385, 215, 415, 245), "#f0f0f0")
    c.rrect((370, 545, 430, 600), 10, "#222222")
    return c


def scratching_post() -> Canvas:
    c = Canvas()
    c.floor_shadow((180, 660, 620, 720))
    c.rrect((180, 620, 620, 690), 16, "#e8ddcc", "#bfae93", 0)
    c.rrect((350, 180, 450, 630), 8, "#d6b98a", "#a8895a", 0)
    m, d = c.mask()
    for y in range(190, 630, 12):
        d.line([(350, y), (450, y + 6)], fill=255, width=2)
    c.fill(m, "#8f7245")
    c.rrect((250, 130, 550, 200), 16, "#e8ddcc", "#bfae93", 0, shine=0.2)
    c.ellipse((520, 300, 560, 340), "#d9534f")
    c.line([(540, 200), (540, 300)], "#666666", 3)
    return c


def bowl(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((170, 560, 630, 620))
    c.poly([(170, 380), (630, 380), (580, 580), (220, 580)], shade(color, 0.3), shade(color, -0.35), 0, shine=0.4)
    c.ellipse((170, 340, 630, 420), shade(color, 0.1), shade(color, -0.2), 0)
    c.ellipse((210, 355, 590, 410), shade(color, -0.3), shade(color, -0.1), 0)
    c.rrect((200, 570, 600, 595), 10, "#3a3a3a")
    return c


def jar(body: str, lid: str, label: str) -> Canvas:
    return bottle(body, lid, label, wide=True)


def pouch(color: str) -> Canvas:
    c = Canvas()
    c.floor_shadow((220, 650, 580, 700))
    c.poly([(250, 160), (550, 160), (575, 660), (225, 660)], shade(color, 0.15), shade(color, -0.3), 0, shine=0.25)
    c.rrect((250, 150, 550, 180), 4, shade(color, -0.3))
    c.rrect((280, 300, 520, 520), 20, "#fbfaf6", "#e8e4da", 0)
    c.text_block((305, 340, 495, 470), "#4d6b3c", 4)
    return c


RENDERS = {
    "organic-cotton-crew-tee-white": lambda: tee("#f4f4f1"),
    "organic-cotton-crew-tee-navy": lambda: tee("#25324a"),
    "merino-hoodie-charcoal": lambda: hoodie("#4a4d52"),
    "merino-hoodie-moss": lambda: hoodie("#5d6b48"),
    "linen-wrap-dress-terracotta": lambda: dress("#c26a4a"),
    "trail-running-shoe": lambda: shoe("#2f7dd1", "#f5f5f0"),
    "leather-chelsea-boot": lambda: shoe("#6b4428", "#2b2b2b", boot=True),
    "wireless-earbuds": earbuds,
    "wireless-earbuds-cutout": earbuds,
    "power-bank-10000": powerbank,
    "bluetooth-speaker-teal": lambda: speaker("#2f8f8a"),
    "fitness-tracker": tracker,
    "vitamin-c-serum": lambda: bottle("#d99a3c", "#f2efe9", "#f7f3ea", dropper=True),
    "vitamin-c-serum-cutout": lambda: bottle("#d99a3c", "#f2efe9", "#f7f3ea", dropper=True),
    "shea-body-lotion": lambda: tube("#f1e6d8", "#c9a77c"),
    "solid-shampoo-bar": lambda: bar("#9cc5a1"),
    "oak-dining-table": lambda: table("#c8a170", "#8a6a44"),
    "walnut-side-table": lambda: table("#6e4b33", "#3b2a1e", side=True),
    "rattan-lounge-chair": lambda: chair("#c9a26b", "#5b4631"),
    "vitamin-d3-k2": lambda: jar("#f7f7f5", "#2f6d4f", "#e9f2ec"),
    "organic-pea-protein": lambda: pouch("#7a9a5b"),
    "dog-harness-coral": lambda: harness("#e86b5a"),
    "cat-scratching-post": scratching_post,
    "steel-dog-bowl": lambda: bowl("#c7ccd1"),
    "stoneware-mug-sage": lambda: mug("#9fb39a"),
    "stoneware-mug-sage-cutout": lambda: mug("#9fb39a"),
    "silicone-phone-case-clay": lambda: phone_case("#c98b6b"),
    "silicone-phone-case-clay-cutout": lambda: phone_case("#c98b6b"),
    "soy-candle-fig": lambda: candle("#7d6a5a", "#efe5d3"),
    "linen-cushion-cover-oat": lambda: cushion("#d8ccb4"),
    "ceramic-bud-vase": lambda: vase("#e7e1d6"),
    "wool-throw-blanket": lambda: throw("#b6895b", "#f1ebe0"),
    "natural-rubber-yoga-mat": lambda: yoga_mat("#6d8fa6"),
}


def main() -> None:
    for name, make in RENDERS.items():
        make().render(OUT / f"{name}.png", cutout=name.endswith("-cutout"))
    total = sum(p.stat().st_size for p in OUT.glob("*.png"))
    print(f"{len(RENDERS)} images, {total / 1e6:.2f} MB in {OUT}")


if __name__ == "__main__":
    main()
