"""Compositing: the cut-out product placed into a scene.

Steps: background (procedural or photo) → where the product goes (a quad: from the scene's placement
box, an explicit quad, or true size on a photo's marked plane) → perspective warp (Pillow PERSPECTIVE on
premultiplied RGBA) → light and white-balance match to the placement region → shadows (contact + cast or
drop) → optional reflection → blend (normal, multiply, screen, overlay) → RGB.

Coordinates in ``Placement`` are fractions of the canvas, so a preview at ``preview_scale`` and the
full-resolution export show the same layout.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from generators.mockup import geometry
from generators.mockup.scenes import Scene, SceneError, cover_transform, render_background


@dataclass(frozen=True)
class Placement:
    """Where and how the product sits. Every field is optional; the scene gives the defaults."""

    quad: tuple[tuple[float, float], ...] | None = None  # 4 corners TL TR BR BL, canvas fractions
    scale: float = 1.0  # × the scene's fitted (or true) size
    offset: tuple[float, float] = (0.0, 0.0)  # canvas fractions
    rotation: float = 0.0  # degrees (clockwise on screen; about the plane normal on a floor)
    plane_xy: tuple[float, float] | None = None  # photo scenes: base point on the plane, metres
    true_size_m: tuple[float, float] | None = None  # (width, height) of the product's front face
    shadow: bool = True
    reflection: bool | None = None  # None = the scene decides
    blend: str | None = None
    light_match: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Placement:
        if not d:
            return cls()
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        if known.get("quad") is not None:
            known["quad"] = tuple(tuple(map(float, p)) for p in known["quad"])
        for k in ("offset", "plane_xy", "true_size_m"):
            if known.get(k) is not None:
                known[k] = tuple(float(v) for v in known[k])
        return cls(**known)


@dataclass
class ComposeResult:
    image: Image.Image  # RGB
    quad: np.ndarray  # product corners in output pixels (TL TR BR BL)
    product_bbox: tuple[int, int, int, int]
    true_scale: bool
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- placement → quad


def fitted_quad(scene: Scene, size: tuple[int, int], product_size: tuple[int, int], pl: Placement) -> np.ndarray:
    w, h = size
    x0, y0, x1, y1 = scene.placement.get("box", [0.1, 0.1, 0.9, 0.9])
    bw, bh = (x1 - x0) * w, (y1 - y0) * h
    pw, ph = product_size
    s = min(bw / pw, bh / ph) * pl.scale
    qw, qh = pw * s, ph * s
    cx = (x0 + x1) / 2 * w + pl.offset[0] * w
    if scene.placement.get("anchor", "center") == "floor":
        bottom = y1 * h + pl.offset[1] * h
        cy = bottom - qh / 2
    else:
        cy = (y0 + y1) / 2 * h + pl.offset[1] * h
    quad = np.array([[-qw / 2, -qh / 2], [qw / 2, -qh / 2], [qw / 2, qh / 2], [-qw / 2, qh / 2]])
    if pl.rotation:
        a = math.radians(pl.rotation)
        rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        quad = quad @ rot.T
    return quad + [cx, cy]


def photo_camera(scene: Scene) -> geometry.PlaneCamera:
    plane, ref = scene.plane or {}, scene.ref or {}
    return geometry.calibrate_plane(plane["points"], scene.size, tuple(map(tuple, ref["points"])),  # type: ignore[arg-type]
                                    float(ref["length_m"]))


def plane_quad(scene: Scene, size: tuple[int, int], product_size: tuple[int, int], pl: Placement,
               cam: geometry.PlaneCamera | None = None) -> tuple[np.ndarray, bool]:
    """Quad of the product on a photo scene, in output pixels; True when it is at true size."""
    cam = cam or photo_camera(scene)
    kind = (scene.plane or {}).get("kind", "floor")
    s, dx, dy = cover_transform(scene.size, size)
    if pl.true_size_m:
        wm, hm = pl.true_size_m
        wm, hm = wm * pl.scale, hm * pl.scale
        true = pl.scale == 1.0
    else:  # no dimension facts: a plausible size (a third of the marked rectangle), clearly not true scale
        pw, ph = product_size
        hm = cam.height_m / 3 if kind == "wall" else min(cam.width_m, cam.height_m) / 2
        wm = hm * pw / ph
        true = False
    if pl.plane_xy is not None:
        xy = pl.plane_xy
    else:
        xy = (cam.width_m / 2, cam.height_m / 2 if kind == "wall" else cam.height_m * 0.6)
    quad = geometry.upright_face_quad(cam, xy, wm, hm, kind=kind, rotation_deg=pl.rotation)
    return quad * s + [dx, dy], true


# --------------------------------------------------------------------------- pixel work


def _prescale(cut: Image.Image, quad: np.ndarray) -> Image.Image:
    """Resize the source near the quad's size first (antialiased), so the warp only minifies a little."""
    qw = max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3]))
    qh = max(np.linalg.norm(quad[3] - quad[0]), np.linalg.norm(quad[2] - quad[1]))
    s = max(qw / cut.width, qh / cut.height)
    if s < 0.9:
        size = (max(1, round(cut.width * s * 1.05)), max(1, round(cut.height * s * 1.05)))
        return cut.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return cut


def warp_to_quad(cut: Image.Image, quad: np.ndarray, canvas: tuple[int, int]) -> tuple[Image.Image, tuple[int, int]]:
    """Warp an RGBA cut-out onto ``quad`` (canvas pixels); returns (RGBA layer of the bbox, its offset)."""
    quad = np.asarray(quad, dtype=np.float64)
    if not geometry.quad_is_convex(quad):
        raise SceneError("the product's corners must form a convex shape (corners crossed?)")
    x0 = max(0, math.floor(quad[:, 0].min()))
    y0 = max(0, math.floor(quad[:, 1].min()))
    x1 = min(canvas[0], math.ceil(quad[:, 0].max()) + 1)
    y1 = min(canvas[1], math.ceil(quad[:, 1].max()) + 1)
    if x1 <= x0 or y1 <= y0:
        return Image.new("RGBA", (1, 1), (0, 0, 0, 0)), (0, 0)
    axis_aligned = (abs(quad[0, 1] - quad[1, 1]) < 1e-6 and abs(quad[3, 1] - quad[2, 1]) < 1e-6
                    and abs(quad[0, 0] - quad[3, 0]) < 1e-6 and abs(quad[1, 0] - quad[2, 0]) < 1e-6)
    if axis_aligned:  # the common case: one high-quality resize, no resampling twice
        qw, qh = quad[1, 0] - quad[0, 0], quad[3, 1] - quad[0, 1]
        if abs(qw - round(qw)) < 1e-6 and abs(qh - round(qh)) < 1e-6 and quad[0, 0] == x0 and quad[0, 1] == y0:
            size = (round(qw), round(qh))
            layer = cut.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0) if cut.size != size else cut
            return layer, (x0, y0)
    src = _prescale(cut, quad)
    sw, sh = src.size
    h = geometry.solve_homography([[0, 0], [sw, 0], [sw, sh], [0, sh]], quad)
    coeffs = geometry.pil_perspective_coeffs(h, (x0, y0))
    pre = src.convert("RGBa")  # premultiplied: no dark fringe from transparent pixels while resampling
    layer = pre.transform((x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    return layer.convert("RGBA"), (x0, y0)


def match_light(layer: Image.Image, region: Image.Image, strength: float) -> Image.Image:
    """Match mean luminance and grey-world colour of the product to the scene region (by ``strength``)."""
    if strength <= 0:
        return layer
    arr = np.asarray(layer, dtype=np.float32)
    a = arr[..., 3] / 255.0
    wsum = a.sum()
    if wsum < 1:
        return layer
    p_mean = (arr[..., :3] * a[..., None]).reshape(-1, 3).sum(axis=0) / wsum
    s_mean = np.asarray(region.convert("RGB"), dtype=np.float32).reshape(-1, 3).mean(axis=0)
    lum = np.array([0.2126, 0.7152, 0.0722], np.float32)
    p_l, s_l = float(p_mean @ lum), float(s_mean @ lum)
    # grey world: the scene's colour cast relative to its grey, applied to the product's neutral balance
    s_cast = s_mean / max(s_mean.mean(), 1e-3)
    p_cast = p_mean / max(p_mean.mean(), 1e-3)
    wb = np.clip((s_cast / np.maximum(p_cast, 1e-3)) ** (strength * 0.5), 0.8, 1.25)
    # luminance: move the product's mean towards the scene's, gently (products keep their own tone)
    gain = np.clip((max(s_l, 1.0) / max(p_l, 1.0)) ** (strength * 0.35), 0.75, 1.25)
    arr[..., :3] = np.clip(arr[..., :3] * wb * gain, 0, 255)
    return Image.fromarray(arr.astype(np.uint8))


def _shadow_layer(alpha: Image.Image, offset: tuple[int, int], canvas: tuple[int, int], quad: np.ndarray,
                  spec: dict, anchor: str) -> list[tuple[Image.Image, tuple[int, int]]]:
    """The product's shadows as small 'L' patches with their canvas positions (darken by pasting black)."""
    patches: list[tuple[Image.Image, tuple[int, int]]] = []
    base_y = float(max(quad[2, 1], quad[3, 1]))
    prod_h = max(1.0, base_y - float(min(quad[0, 1], quad[1, 1])))
    prod_w = max(1.0, float(abs(quad[2, 0] - quad[3, 0])))
    contact = float(spec.get("contact", 0.0))
    if contact > 0 and anchor == "floor":
        cx = float((quad[2, 0] + quad[3, 0]) / 2)
        rx, ry = prod_w * 0.55, max(2.0, prod_h * 0.035)
        blur = max(1.0, ry * 0.9)
        m = int(3 * blur + 2)
        x0, y0 = int(cx - rx) - m, int(base_y - ry) - m
        patch = Image.new("L", (int(2 * rx) + 2 * m + 1, int(2 * ry) + 2 * m + 1), 0)
        ImageDraw.Draw(patch).ellipse([cx - rx - x0, base_y - ry - y0, cx + rx - x0, base_y + ry - y0],
                                      fill=int(255 * contact))
        patches.append((patch.filter(ImageFilter.GaussianBlur(blur)), (x0, y0)))
    drop = spec.get("drop")
    if drop:
        # work at a quarter resolution: shadows are soft anyway
        q = 4
        small = alpha.resize((max(1, alpha.width // q), max(1, alpha.height // q)), Image.Resampling.BILINEAR)
        opacity = float(drop.get("opacity", 0.25))
        blur = max(1.0, float(drop.get("blur", 0.03)) * prod_h / q)
        pad = int(blur * 3 + prod_h / q)
        sw, sh = small.size
        canvas_s = Image.new("L", (sw + 2 * pad, sh + 2 * pad), 0)
        canvas_s.paste(small, (pad, pad))
        if anchor == "floor" and drop.get("squash"):
            # a cast shadow lying on the floor behind the product: squash towards the base, skew sideways
            squash, skew = float(drop.get("squash", 0.25)), float(drop.get("skew", 0.3))
            by = (base_y - offset[1]) / q + pad
            # output (x, y) → input: y_in = by + (y − by)/squash ; x_in = x + skew/squash·(y − by)
            coeffs = (1.0, skew / squash, -skew / squash * by, 0.0, 1.0 / squash, by - by / squash)
            canvas_s = canvas_s.transform(canvas_s.size, Image.Transform.AFFINE, coeffs, Image.Resampling.BILINEAR)
            dx, dy = 0, 0
        else:
            dx, dy = (round(float(v) * prod_h) for v in drop.get("offset", (0.02, 0.03)))
        canvas_s = canvas_s.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: int(v * opacity))
        big = canvas_s.resize((canvas_s.width * q, canvas_s.height * q), Image.Resampling.BILINEAR)
        patches.append((big, (offset[0] - pad * q + dx, offset[1] - pad * q + dy)))
    return patches


def _reflection(layer: Image.Image, offset: tuple[int, int], canvas: tuple[int, int], base_y: float,
                spec: dict) -> tuple[Image.Image, tuple[int, int]] | None:
    opacity, fade = float(spec.get("opacity", 0.25)), float(spec.get("fade", 0.35))
    flipped = layer.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    hh = flipped.height
    ramp = np.clip(1 - (np.arange(hh, dtype=np.float32) / max(1.0, hh * fade)), 0, 1) * opacity
    a = np.asarray(flipped.getchannel("A"), np.float32) * ramp[:, None]
    flipped.putalpha(Image.fromarray(a.astype(np.uint8)))
    top = round(2 * base_y - (offset[1] + layer.height))
    return flipped, (offset[0], top)


def _clip(layer: Image.Image, pos: tuple[int, int], canvas: tuple[int, int]):
    x, y = pos
    cx0, cy0 = max(0, -x), max(0, -y)
    cx1, cy1 = min(layer.width, canvas[0] - x), min(layer.height, canvas[1] - y)
    if cx1 <= cx0 or cy1 <= cy0:
        return None, pos
    if (cx0, cy0, cx1, cy1) != (0, 0, layer.width, layer.height):
        layer = layer.crop((cx0, cy0, cx1, cy1))
    return layer, (x + cx0, y + cy0)


def _blend(base: Image.Image, layer: Image.Image, pos: tuple[int, int], mode: str) -> Image.Image:
    layer, pos = _clip(layer, pos, base.size)
    if layer is None:
        return base
    if mode == "normal":  # composite only the layer's box
        box = (pos[0], pos[1], pos[0] + layer.width, pos[1] + layer.height)
        region = base.crop(box).convert("RGBA")
        region.alpha_composite(layer)
        base = base.copy() if base.mode == "RGB" else base.convert("RGB")
        base.paste(region.convert("RGB"), box[:2])
        return base
    x, y = pos
    box = (x, y, x + layer.width, y + layer.height)
    b = np.asarray(base.crop(box).convert("RGB"), np.float32) / 255
    la = np.asarray(layer, np.float32) / 255
    p, a = la[..., :3], la[..., 3:4]
    if mode == "multiply":
        mixed = b * p
    elif mode == "screen":
        mixed = 1 - (1 - b) * (1 - p)
    elif mode == "overlay":
        mixed = np.where(b < 0.5, 2 * b * p, 1 - 2 * (1 - b) * (1 - p))
    else:
        raise SceneError(f"unknown blend mode {mode!r}")
    out = b * (1 - a) + mixed * a
    base = base.copy()
    base.paste(Image.fromarray(np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8)), (x, y))
    return base


def scene_background(scene: Scene, size: tuple[int, int], photo: Image.Image | None = None) -> Image.Image:
    if scene.kind == "photo":
        if photo is None:
            if not scene.image_path:
                raise SceneError(f"{scene.name}: the photo scene has no image")
            photo = Image.open(scene.image_path)
        from generators.mockup.export import to_srgb

        photo = to_srgb(photo.convert("RGB") if photo.mode not in ("RGB",) else photo)
        photo = photo.convert("RGB")
        s, dx, dy = cover_transform(photo.size, size)
        if abs(s - 1) < 1e-9 and dx == 0 and dy == 0:
            return photo.copy()
        big = photo.resize((max(1, round(photo.width * s)), max(1, round(photo.height * s))), Image.Resampling.LANCZOS,
                           reducing_gap=2.0)
        return big.crop((round(-dx), round(-dy), round(-dx) + size[0], round(-dy) + size[1]))
    return render_background(scene, size)


def compose(cut: Image.Image, scene: Scene, size: tuple[int, int] | None = None,
            placement: Placement | None = None, *, preview_scale: float = 1.0,
            background: Image.Image | None = None, photo: Image.Image | None = None) -> ComposeResult:
    """Place the RGBA cut-out into ``scene`` at ``size`` (× ``preview_scale``).

    ``background`` may be a pre-rendered background of the right size (the canvas caches it).
    """
    pl = placement or Placement()
    full = tuple(size or scene.size)
    out_size = (max(1, round(full[0] * preview_scale)), max(1, round(full[1] * preview_scale)))
    notes: list[str] = []
    true_scale = False
    anchor = scene.placement.get("anchor", "center") if scene.kind == "studio" else (
        "floor" if (scene.plane or {}).get("kind", "floor") == "floor" else "center")
    if pl.quad is not None:
        quad = np.asarray(pl.quad, dtype=np.float64).reshape(4, 2) * out_size
    elif scene.kind == "photo":
        quad, true_scale = plane_quad(scene, out_size, cut.size, pl)
        if not true_scale:
            notes.append("no dimension facts: placed at a guessed size, not true scale")
    else:
        quad = fitted_quad(scene, out_size, cut.size, pl)
        # snap the quad to whole pixels when it is an upright rectangle (sharper, faster)
        if not pl.rotation:
            quad = np.round(quad)
    bg = background.copy() if background is not None else scene_background(scene, out_size, photo)
    if bg.size != out_size:
        bg = bg.resize(out_size, Image.Resampling.BILINEAR)
    layer, off = warp_to_quad(cut, quad, out_size)
    strength = scene.light_match if pl.light_match is None else pl.light_match
    if strength > 0:
        x0, y0 = off
        pad_x, pad_y = layer.width // 2, layer.height // 2
        region = bg.crop((max(0, x0 - pad_x), max(0, y0 - pad_y), min(out_size[0], x0 + layer.width + pad_x),
                          min(out_size[1], y0 + layer.height + pad_y)))
        layer = match_light(layer, region, strength)
    base_y = float(max(quad[2, 1], quad[3, 1]))
    if pl.shadow and scene.shadow:
        for patch, pos in _shadow_layer(layer.getchannel("A"), off, out_size, quad, scene.shadow, anchor):
            patch, pos = _clip(patch, pos, out_size)
            if patch is not None:
                bg.paste((0, 0, 0), (pos[0], pos[1], pos[0] + patch.width, pos[1] + patch.height), patch)
    refl = scene.reflection if pl.reflection is None else (scene.reflection or {"opacity": 0.25, "fade": 0.35}
                                                           if pl.reflection else None)
    if refl:
        r = _reflection(layer, off, out_size, base_y, refl)
        if r:
            rl, rpos = r
            bg = _blend(bg, rl, rpos, "normal")
    mode = pl.blend or scene.blend
    img = _blend(bg, layer, off, mode)
    x0, y0 = off
    bbox = layer.getchannel("A").getbbox() or (0, 0, 0, 0)
    pbox = (x0 + bbox[0], y0 + bbox[1], x0 + bbox[2], y0 + bbox[3])
    return ComposeResult(img, quad, pbox, true_scale, notes)
