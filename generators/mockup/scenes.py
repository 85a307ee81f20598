"""Scenes: studio scenes described as data (``assets/scenes/*.json``) and drawn procedurally at any size,
and the user's own photos with a marked plane.

Every coordinate in a scene is a fraction of the canvas (0..1), so the same scene renders at screen
resolution while editing (``preview_scale``) and at full resolution on export, and looks the same.

Scene JSON (studio)::

    {"name": "seamless-backdrop", "title": "...", "kind": "studio", "size": [2000, 2000],
     "background": {"type": "solid|seamless|gradient|podium|device|fabric", ...},
     "placement": {"box": [x0, y0, x1, y1], "anchor": "floor|center"},
     "shadow": {"contact": 0.45, "drop": {"opacity": 0.25, "blur": 0.04, "squash": 0.22, "skew": 0.35}} | null,
     "reflection": {"opacity": 0.28, "fade": 0.35} | null,
     "blend": "normal|multiply|screen|overlay", "light_match": 0.0, "pure_white": false}

Photo scene JSON (saved by ``studio mockup --add-scene``)::

    {"name": "...", "kind": "photo", "image": "photo.jpg", "size": [w, h],
     "plane": {"points": [[x, y] × 4], "kind": "floor|wall"},
     "ref": {"points": [[x1, y1], [x2, y2]], "length_m": 0.297}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

BACKGROUND_TYPES = ("solid", "seamless", "gradient", "podium", "device", "fabric")


class SceneError(ValueError):
    pass


@dataclass(frozen=True)
class Scene:
    name: str
    title: str
    kind: str  # "studio" | "photo"
    size: tuple[int, int]
    background: dict[str, Any] = field(default_factory=dict)
    placement: dict[str, Any] = field(default_factory=dict)
    shadow: dict[str, Any] | None = None
    reflection: dict[str, Any] | None = None
    blend: str = "normal"
    light_match: float = 0.0
    pure_white: bool = False
    description: str = ""
    # photo scenes
    image_path: str | None = None
    plane: dict[str, Any] | None = None
    ref: dict[str, Any] | None = None
    source: str = ""  # the JSON file the scene came from

    def to_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "title": self.title, "kind": self.kind, "size": list(self.size),
             "description": self.description, "blend": self.blend, "light_match": self.light_match,
             "pure_white": self.pure_white}
        if self.kind == "photo":
            d.update({"image": self.image_path, "plane": self.plane, "ref": self.ref})
        else:
            d.update({"background": self.background, "placement": self.placement, "shadow": self.shadow,
                      "reflection": self.reflection})
        return d


def _colour(v: Any, where: str) -> tuple[int, int, int]:
    if isinstance(v, str) and v.startswith("#") and len(v) == 7:
        return int(v[1:3], 16), int(v[3:5], 16), int(v[5:7], 16)
    if isinstance(v, list | tuple) and len(v) == 3 and all(isinstance(c, int) and 0 <= c <= 255 for c in v):
        return v[0], v[1], v[2]
    raise SceneError(f"{where}: colour must be '#rrggbb' or [r, g, b], got {v!r}")


def scene_from_dict(data: dict[str, Any], source: str = "") -> Scene:
    where = source or data.get("name", "scene")
    try:
        name = str(data["name"])
        kind = data.get("kind", "studio")
        size = tuple(int(v) for v in data.get("size", (2000, 2000)))
    except (KeyError, TypeError, ValueError) as exc:
        raise SceneError(f"{where}: missing or bad field ({exc})") from None
    if kind not in ("studio", "photo"):
        raise SceneError(f"{where}: kind must be 'studio' or 'photo', got {kind!r}")
    blend = data.get("blend", "normal")
    if blend not in ("normal", "multiply", "screen", "overlay"):
        raise SceneError(f"{where}: blend must be normal, multiply, screen or overlay, got {blend!r}")
    if kind == "studio":
        bg = data.get("background") or {}
        if bg.get("type") not in BACKGROUND_TYPES:
            raise SceneError(f"{where}: background.type must be one of {', '.join(BACKGROUND_TYPES)}")
        box = (data.get("placement") or {}).get("box")
        if not (isinstance(box, list) and len(box) == 4 and 0 <= box[0] < box[2] <= 1 and 0 <= box[1] < box[3] <= 1):
            raise SceneError(f"{where}: placement.box must be [x0, y0, x1, y1] fractions with x0<x1, y0<y1")
    else:
        plane = data.get("plane") or {}
        pts = plane.get("points")
        if not (isinstance(pts, list) and len(pts) == 4):
            raise SceneError(f"{where}: plane.points must be four [x, y] points")
        ref = data.get("ref") or {}
        if not (isinstance(ref.get("points"), list) and len(ref["points"]) == 2 and float(ref.get("length_m", 0)) > 0):
            raise SceneError(f"{where}: ref needs two points and a positive length_m")
    image_path = data.get("image")
    if image_path and source and not Path(image_path).is_absolute():
        image_path = str(Path(source).parent / image_path)
    return Scene(name=name, title=str(data.get("title", name)), kind=kind, size=size,  # type: ignore[arg-type]
                 background=data.get("background") or {}, placement=data.get("placement") or {},
                 shadow=data.get("shadow"), reflection=data.get("reflection"), blend=blend,
                 light_match=float(data.get("light_match", 0.6 if kind == "photo" else 0.0)),
                 pure_white=bool(data.get("pure_white", False)), description=str(data.get("description", "")),
                 image_path=image_path, plane=data.get("plane"), ref=data.get("ref"), source=source)


def load_scene(path: Path | str) -> Scene:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SceneError(f"{path}: cannot read scene JSON ({exc})") from None
    if not isinstance(data, dict):
        raise SceneError(f"{path}: a scene file must hold a JSON object")
    return scene_from_dict(data, str(path))


def load_scenes(folder: Path | str) -> list[Scene]:
    out = []
    for p in sorted(Path(folder).glob("*.json")):
        out.append(load_scene(p))
    return out


# --------------------------------------------------------------------------- procedural backgrounds


def _lerp(a, b, t):
    return a + (b - a) * t


def _vertical(size: tuple[int, int], top, bottom, floor_y: float | None = None, floor=None,
              soft: float = 0.08) -> np.ndarray:
    w, h = size
    y = (np.arange(h, dtype=np.float32) + 0.5) / h
    top = np.asarray(top, np.float32)
    bottom = np.asarray(bottom, np.float32)
    col = _lerp(top[None, :], bottom[None, :], y[:, None])
    if floor_y is not None and floor is not None:
        # seamless sweep: wall colour blends into the floor colour around the horizon
        t = np.clip((y - (floor_y - soft)) / (2 * soft), 0, 1)
        t = t * t * (3 - 2 * t)
        col = _lerp(col, np.asarray(floor, np.float32)[None, :], t[:, None])
    return np.broadcast_to(col[:, None, :], (h, w, 3)).copy()


def _vignette(arr: np.ndarray, strength: float) -> np.ndarray:
    if strength <= 0:
        return arr
    h, w = arr.shape[:2]
    yy = (np.arange(h, dtype=np.float32) - h / 2) / (h / 2)
    xx = (np.arange(w, dtype=np.float32) - w / 2) / (w / 2)
    r2 = yy[:, None] ** 2 * 0.8 + xx[None, :] ** 2
    v = 1 - strength * np.clip(r2 / 2, 0, 1)
    return arr * v[..., None]


def _noise(size: tuple[int, int], seed: int, scale: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    w, h = size
    small = rng.random((max(2, h // scale), max(2, w // scale)), dtype=np.float32)
    return np.asarray(Image.fromarray(small).resize((w, h), Image.Resampling.BICUBIC), dtype=np.float32)


def render_background(scene: Scene, size: tuple[int, int]) -> Image.Image:
    """Draw a studio scene's background at ``size`` (RGB). Deterministic, so recent ones are cached."""
    key = json.dumps(scene.background, sort_keys=True)
    return _render_cached(scene.name, key, tuple(size)).copy()


@lru_cache(maxsize=6)
def _render_cached(name: str, background_json: str, size: tuple[int, int]) -> Image.Image:
    return _render(Scene(name=name, title=name, kind="studio", size=size, background=json.loads(background_json)),
                   size)


def clear_background_cache() -> None:
    _render_cached.cache_clear()


def _render(scene: Scene, size: tuple[int, int]) -> Image.Image:
    w, h = size
    bg = scene.background
    t = bg.get("type")
    if t == "solid":
        return Image.new("RGB", size, _colour(bg.get("color", [255, 255, 255]), scene.name))
    if t in ("seamless", "gradient", "podium"):
        # smooth gradients: computed on a quarter grid and upsampled (4× fewer pixels of float maths)
        small = (max(2, w // 4), max(2, h // 4))
        arr = _vertical(small, _colour(bg.get("top", "#f2f2f2"), scene.name),
                        _colour(bg.get("bottom", "#dcdcdc"), scene.name),
                        bg.get("floor_y"), _colour(bg["floor"], scene.name) if bg.get("floor") else None,
                        float(bg.get("soft", 0.08)))
        arr = _vignette(arr, float(bg.get("vignette", 0.0)))
        img = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8)).resize(size, Image.Resampling.BILINEAR)
        if t == "podium":
            img = _draw_podium(img, bg, scene.name)
        return img
    if t == "device":
        return _draw_device(size, bg, scene.name)
    if t == "fabric":
        base = np.asarray(_colour(bg.get("color", "#e9e4da"), scene.name), np.float32)
        x = np.arange(w, dtype=np.float32)
        y = np.arange(h, dtype=np.float32)
        period = max(2.0, float(bg.get("weave", 0.004)) * w)
        weave = 0.5 + 0.25 * np.sin(2 * np.pi * x / period)[None, :] + 0.25 * np.sin(2 * np.pi * y / period)[:, None]
        folds = _noise(size, 7, max(4, w // 6))
        shade = 0.88 + 0.08 * weave + 0.10 * (folds - 0.5)
        arr = base[None, None, :] * shade[..., None]
        arr = _vignette(arr, float(bg.get("vignette", 0.15)))
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    raise SceneError(f"{scene.name}: unknown background type {t!r}")


def _draw_podium(img: Image.Image, bg: dict, name: str) -> Image.Image:
    w, h = img.size
    cx, top_y = float(bg.get("podium_cx", 0.5)) * w, float(bg.get("podium_top", 0.72)) * h
    rx = float(bg.get("podium_rx", 0.3)) * w
    ry = rx * float(bg.get("podium_tilt", 0.16))
    depth = float(bg.get("podium_h", 0.2)) * h
    col = np.asarray(_colour(bg.get("podium", "#ffffff"), name), np.float32)
    # work inside the podium's box only, supersampled 2× for clean edges
    bx0, by0 = int(max(0, cx - rx - 2)), int(max(0, top_y - ry - 2))
    bx1, by1 = int(min(w, cx + rx + 3)), int(min(h, top_y + depth + ry + 3))
    bw, bh = bx1 - bx0, by1 - by0
    ss = 2
    lcx, ltop = cx - bx0, top_y - by0
    layer = Image.new("RGBA", (bw * ss, bh * ss), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    side = tuple(int(c) for c in col * 0.86)
    d.rectangle([ss * (lcx - rx), ss * ltop, ss * (lcx + rx), ss * (ltop + depth)], fill=side + (255,))
    d.ellipse([ss * (lcx - rx), ss * (ltop + depth - ry), ss * (lcx + rx), ss * (ltop + depth + ry)], fill=side + (255,))
    d.ellipse([ss * (lcx - rx), ss * (ltop - ry), ss * (lcx + rx), ss * (ltop + ry)],
              fill=tuple(int(c) for c in col) + (255,))
    layer = layer.resize((bw, bh), Image.Resampling.LANCZOS)
    # side shading: darker towards both ends of the cylinder
    arr = np.asarray(layer, np.float32)
    xx = (np.arange(bw, dtype=np.float32) - lcx) / max(rx, 1)
    shade = 1 - 0.18 * np.clip(np.abs(xx), 0, 1) ** 2
    yy = np.arange(bh, dtype=np.float32)[:, None]
    side_mask = (yy > ltop + ry * np.sqrt(np.clip(1 - xx[None, :] ** 2, 0, 1)))
    arr[..., :3] = np.where(side_mask[..., None], arr[..., :3] * shade[None, :, None], arr[..., :3])
    layer = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    # a soft shadow of the podium on the floor (drawn small, blurred, scaled up)
    q = 4
    sh = Image.new("L", (max(1, w // q), max(1, h // q)), 0)
    ImageDraw.Draw(sh).ellipse([(cx - rx * 1.08) / q, (top_y + depth - ry * 0.6) / q, (cx + rx * 1.15) / q,
                                (top_y + depth + ry * 1.6) / q], fill=110)
    sh = sh.filter(ImageFilter.GaussianBlur(max(1, w * 0.015 / q))).resize((w, h), Image.Resampling.BILINEAR)
    out = img.copy()
    out.paste((0, 0, 0), (0, 0), sh.point(lambda v: int(v * 0.45)))
    out.paste(layer, (bx0, by0), layer)
    return out


def _rounded(d: ImageDraw.ImageDraw, box, r, fill):
    d.rounded_rectangle(box, radius=r, fill=fill)


def _draw_device(size: tuple[int, int], bg: dict, name: str) -> Image.Image:
    w, h = size
    small = (max(2, w // 4), max(2, h // 4))
    arr = _vertical(small, _colour(bg.get("top", "#e8ecf2"), name), _colour(bg.get("bottom", "#c9d1dc"), name))
    img = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
    x0, y0, x1, y1 = (float(v) for v in bg.get("device_box", [0.3, 0.08, 0.7, 0.92]))
    sx0, sy0, sx1, sy1 = (float(v) for v in bg.get("screen_box", [0.32, 0.11, 0.68, 0.89]))
    # draw inside the device's box only, supersampled 2×
    bx0, by0, bx1, by1 = int(x0 * w), int(y0 * h), int(np.ceil(x1 * w)), int(np.ceil(y1 * h))
    bw, bh = max(1, bx1 - bx0), max(1, by1 - by0)
    ss = 2
    layer = Image.new("RGBA", (bw * ss, bh * ss), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    body = _colour(bg.get("body", "#1d1f24"), name)
    r = float(bg.get("corner", 0.06)) * min(w, h) * ss

    def box(a0, b0, a1, b1):
        return [(a0 * w - bx0) * ss, (b0 * h - by0) * ss, (a1 * w - bx0) * ss - 1, (b1 * h - by0) * ss - 1]

    _rounded(d, box(x0, y0, x1, y1), r, body + (255,))
    _rounded(d, box(sx0, sy0, sx1, sy1), r * 0.7, _colour(bg.get("screen", "#ffffff"), name) + (255,))
    if bg.get("device") == "phone":  # a camera island at the top of the screen
        cxm = ((sx0 + sx1) / 2 * w - bx0) * ss
        pill_w, pill_h = 0.09 * (x1 - x0) * w * ss * 3, 0.012 * h * ss
        top = (sy0 * h - by0) * ss + pill_h * 1.2
        _rounded(d, [cxm - pill_w / 2, top, cxm + pill_w / 2, top + pill_h * 2], pill_h, body + (255,))
    layer = layer.resize((bw, bh), Image.Resampling.LANCZOS)
    # drop shadow at a quarter resolution
    q = 4
    blur = max(1.0, 0.02 * w / q)
    pad = int(3 * blur) + 2
    a = layer.getchannel("A").resize((max(1, bw // q), max(1, bh // q)), Image.Resampling.BILINEAR)
    sh = Image.new("L", (a.width + 2 * pad, a.height + 2 * pad), 0)
    sh.paste(a, (pad, pad))
    sh = sh.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: int(v * 0.35))
    sh = sh.resize((sh.width * q, sh.height * q), Image.Resampling.BILINEAR)
    off = (bx0 - pad * q + round(0.012 * w), by0 - pad * q + round(0.02 * h))
    full = Image.new("L", size, 0)
    full.paste(sh, off)
    img.paste((0, 0, 0), (0, 0), full)
    img.paste(layer, (bx0, by0), layer)
    return img


# --------------------------------------------------------------------------- photo scenes


def photo_scene_dict(name: str, image_file: str, size: tuple[int, int], plane_points: list, plane_kind: str,
                     ref_points: list, ref_length_m: float, title: str | None = None) -> dict[str, Any]:
    return {"name": name, "title": title or name, "kind": "photo", "image": image_file, "size": list(size),
            "plane": {"points": [list(map(float, p)) for p in plane_points], "kind": plane_kind},
            "ref": {"points": [list(map(float, p)) for p in ref_points], "length_m": float(ref_length_m)},
            "light_match": 0.6}


def cover_transform(src_size: tuple[int, int], dst_size: tuple[int, int]) -> tuple[float, float, float]:
    """(scale, dx, dy) mapping source pixels to a centre-cropped cover of ``dst_size``."""
    sw, sh = src_size
    dw, dh = dst_size
    s = max(dw / sw, dh / sh)
    return s, (dw - sw * s) / 2, (dh - sh * s) / 2
