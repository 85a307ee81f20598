"""Cut-out: the product as RGBA with clean, feathered, decontaminated edges.

- An image with real transparency keeps its alpha; its edge colours are decontaminated (a matte colour
  left in semi-transparent pixels would show as a halo on a dark or light scene).
- Otherwise the studio background is removed: its colour is estimated from the image border, pixels are
  compared in CIE Lab (ΔE76), the background region is flood-filled from the border (so a white label
  inside a product stays), cleaned morphologically, feathered, and the edge colours are un-mixed from the
  background colour (observed = α·F + (1−α)·B → F), so the product carries no white/black fringe.
- A refine mask (painted in the app) forces pixels in (255) or out (0); 128 = leave automatic.

Everything is numpy + Pillow; the flood fill runs on a small proxy image (≤ 384 px), the soft edge and the
colour un-mixing at working resolution but only inside the thin boundary band.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

PROXY_MAX = 384


class CutoutError(ValueError):
    """The background cannot be removed automatically (e.g. a busy, non-uniform background)."""


@dataclass(frozen=True)
class CutoutInfo:
    method: str  # "alpha" | "auto"
    background: tuple[int, int, int] | None
    threshold: float | None
    coverage: float  # fraction of opaque-ish pixels


# --------------------------------------------------------------------------- colour


def srgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (0..1 float, ...×3) → CIE Lab (D65)."""
    c = np.asarray(rgb, dtype=np.float32)
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124564, 0.3575761, 0.1804375],
                  [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]], dtype=np.float32)
    xyz = (lin @ m.T) / np.array([0.95047, 1.0, 1.08883], dtype=np.float32)
    eps = 216 / 24389
    fx = np.where(xyz > eps, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    lab = np.empty_like(fx)
    lab[..., 0] = 116 * fx[..., 1] - 16
    lab[..., 1] = 500 * (fx[..., 0] - fx[..., 1])
    lab[..., 2] = 200 * (fx[..., 1] - fx[..., 2])
    return lab


# --------------------------------------------------------------------------- small morphology helpers


def box_blur(a: np.ndarray, r: int) -> np.ndarray:
    """Separable box blur of a 2-D float array with radius r (edge-clamped), via cumulative sums."""
    if r <= 0:
        return a
    out = a.astype(np.float32)
    for axis in (0, 1):
        pad = [(0, 0), (0, 0)]
        pad[axis] = (r + 1, r)
        p = np.pad(out, pad, mode="edge")
        cs = np.cumsum(p, axis=axis, dtype=np.float64)
        n = out.shape[axis]
        hi = np.take(cs, np.arange(2 * r + 1, 2 * r + 1 + n), axis=axis)
        lo = np.take(cs, np.arange(0, n), axis=axis)
        out = ((hi - lo) / (2 * r + 1)).astype(np.float32)
    return out


def dilate(mask: np.ndarray, r: int = 1) -> np.ndarray:
    out = mask.copy()
    for _ in range(r):
        m = out.copy()
        m[1:, :] |= out[:-1, :]
        m[:-1, :] |= out[1:, :]
        m[:, 1:] |= out[:, :-1]
        m[:, :-1] |= out[:, 1:]
        out = m
    return out


def erode(mask: np.ndarray, r: int = 1) -> np.ndarray:
    return ~dilate(~mask, r)


def flood_from_border(candidate: np.ndarray, max_iter: int = 4000, seed: np.ndarray | None = None) -> np.ndarray:
    """Pixels of ``candidate`` connected (4-neighbourhood) to the image border (or to ``seed``)."""
    if seed is None:
        seed = np.zeros_like(candidate)
        seed[0, :], seed[-1, :], seed[:, 0], seed[:, -1] = (candidate[0, :], candidate[-1, :],
                                                              candidate[:, 0], candidate[:, -1])
    region = seed & candidate
    for i in range(max_iter):
        grown = dilate(region, 4) & candidate
        if i % 2 == 1 and np.array_equal(grown, region):
            break
        region = grown
    return region


def _bleed_colours(rgb: np.ndarray, core: np.ndarray, r: int, at: tuple[np.ndarray, np.ndarray] | None = None
                   ) -> np.ndarray:
    """Foreground colour extended outward from the solid core (normalised convolution).

    Computed on a block-averaged grid (the field is smooth) and sampled bilinearly; with ``at`` = (ys, xs)
    only those pixels are returned (N×3), otherwise the whole field (H×W×3).
    """
    h, w = core.shape
    f = max(2, r // 2)
    hh, ww = -(-h // f), -(-w // f)
    wgt = np.zeros((hh * f, ww * f), np.float32)
    wgt[:h, :w] = core
    col = np.zeros((hh * f, ww * f, 3), np.float32)
    col[:h, :w] = rgb * core[..., None]
    wl = wgt.reshape(hh, f, ww, f).mean(axis=(1, 3))
    cl = col.reshape(hh, f, ww, f, 3).mean(axis=(1, 3))
    rr = max(1, -(-r // f))
    den = box_blur(box_blur(wl, rr), rr)
    num = np.stack([box_blur(box_blur(cl[..., c], rr), rr) for c in range(3)], axis=-1)
    field = num / np.maximum(den, 1e-6)[..., None]
    ok = den > 1e-4
    if at is None:
        ys, xs = np.mgrid[0:h, 0:w]
        ys, xs = ys.ravel(), xs.ravel()
    else:
        ys, xs = at
    fy = np.clip((ys + 0.5) / f - 0.5, 0, hh - 1)
    fx = np.clip((xs + 0.5) / f - 0.5, 0, ww - 1)
    y0, x0 = np.floor(fy).astype(int), np.floor(fx).astype(int)
    y1, x1 = np.minimum(y0 + 1, hh - 1), np.minimum(x0 + 1, ww - 1)
    ty, tx = (fy - y0)[:, None], (fx - x0)[:, None]
    val = ((field[y0, x0] * (1 - tx) + field[y0, x1] * tx) * (1 - ty)
           + (field[y1, x0] * (1 - tx) + field[y1, x1] * tx) * ty)
    good = (ok[y0, x0] | ok[y1, x1])[:, None]
    val = np.where(good, val, rgb[ys, xs])
    return val if at is not None else val.reshape(h, w, 3)


# --------------------------------------------------------------------------- the cut-out


def has_real_alpha(img: Image.Image) -> bool:
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        a = np.asarray(img.convert("RGBA").getchannel("A"))
        return bool((a < 250).mean() > 0.002)
    return False


def cut_out(img: Image.Image, *, refine: Image.Image | None = None, max_side: int | None = None,
            threshold: float | None = None) -> tuple[Image.Image, CutoutInfo]:
    """Return (RGBA cut-out cropped to the product, info). ``max_side`` caps the working resolution."""
    img.load()
    from generators.mockup.export import to_srgb

    img = to_srgb(img.convert("RGBA") if img.mode in ("P", "LA", "PA") else img) if img.info.get("icc_profile") else img
    if max_side and max(img.size) > max_side:
        s = max_side / max(img.size)
        img = img.resize((max(1, round(img.width * s)), max(1, round(img.height * s))), Image.Resampling.LANCZOS,
                         reducing_gap=2.0)
    if has_real_alpha(img):
        rgba = np.asarray(img.convert("RGBA"), dtype=np.float32) / 255.0
        rgb, alpha = rgba[..., :3], rgba[..., 3]
        info_method, bg, thr = "alpha", None, None
        rgb = _decontaminate_given_alpha(rgb, alpha)
        box = (0, 0, img.width, img.height)
    else:
        keep_box = None
        r_full = None
        if refine is not None:
            r_img = refine.convert("L").resize(img.size, Image.Resampling.NEAREST)
            r_full = np.asarray(r_img, dtype=np.uint8)
            keep_box = r_img.point(lambda v: 255 if v >= 192 else 0).getbbox()
        # only the product's box (plus a margin) is worked at full resolution; the rest is background
        box, rgb, coverage_alpha, alpha, bg, thr, coef = _auto_alpha(img.convert("RGB"), threshold, keep_box)
        info_method = "auto"
        # un-mix with the estimated coverage (before feathering): feathered pixels take the core colour
        rgb = _decontaminate(rgb, coverage_alpha, alpha, coef, origin=(box[1], box[0]), full=img.size)
    if refine is not None:
        if info_method == "alpha":
            r = np.asarray(refine.convert("L").resize((rgb.shape[1], rgb.shape[0]), Image.Resampling.NEAREST), dtype=np.uint8)
        else:
            assert r_full is not None  # the automatic cut-out read the refine mask above
            r = r_full[box[1]:box[3], box[0]:box[2]]
        alpha = np.where(r >= 192, 1.0, np.where(r <= 64, 0.0, alpha)).astype(np.float32)
    out8 = np.empty(alpha.shape + (4,), np.uint8)
    np.clip(rgb * 255.0 + 0.5, 0, 255, out=rgb)
    out8[..., :3] = rgb
    out8[..., 3] = np.clip(alpha * 255.0 + 0.5, 0, 255)
    result = Image.fromarray(out8)
    bbox = result.getchannel("A").point(lambda v: 255 if v > 8 else 0).getbbox()
    if bbox is None:
        raise CutoutError("nothing is left after removing the background; give an image with transparency "
                          "or paint the product in with the refine brush")
    coverage = float((alpha > 0.5).sum()) / float(img.width * img.height)
    return result.crop(bbox), CutoutInfo(info_method, bg, thr, coverage)


def _decontaminate_given_alpha(rgb: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Edge colours of an image that came with alpha.

    Many exports leave a matte colour (white or black) mixed into semi-transparent pixels. Estimate it per
    edge pixel as M = (C − α·F)/(1 − α), F being the core colour bled outward; when those estimates agree
    (one uniform matte), un-mix it like a removed background. Otherwise the edge keeps its own colour
    where nearly opaque and takes the core colour where faint.
    """
    band = (alpha > 0.002) & (alpha < 0.98)
    if not band.any():
        return rgb
    ys, xs = np.nonzero(band)
    pad = 8
    y0, x0 = max(0, ys.min() - pad), max(0, xs.min() - pad)
    y1, x1 = min(rgb.shape[0], ys.max() + 1 + pad), min(rgb.shape[1], xs.max() + 1 + pad)
    core = alpha[y0:y1, x0:x1] >= 0.98
    c = rgb[ys, xs]
    a = alpha[ys, xs][:, None]
    bled = _bleed_colours(rgb[y0:y1, x0:x1], core, 3, (ys - y0, xs - x0))
    mid = ((a[:, 0] > 0.15) & (a[:, 0] < 0.85)) if core.any() else np.zeros(len(a), bool)
    if mid.sum() >= 20:
        am = a[mid]
        est = (c[mid] - am * bled[mid]) / (1 - am)
        matte = np.median(est, axis=0)
        spread = float(np.median(np.abs(est - matte).max(axis=1)))
        if spread < 0.08 and float(np.abs(matte - np.median(bled[mid], axis=0)).max()) > 0.1:
            return _decontaminate(rgb, alpha, alpha, np.clip(matte, 0, 1).astype(np.float32))
    wgt = np.clip((a - 0.5) / 0.48, 0, 1)  # trust the given colour only where nearly opaque
    out = rgb.copy()
    out[ys, xs] = wgt * c + (1 - wgt) * bled
    return out


def _design(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    return np.stack([np.ones_like(xs), xs, ys, xs * xs, xs * ys, ys * ys], axis=-1)


def fit_background(rgb: np.ndarray, frame: float = 0.02):
    """A smooth background model (per-channel quadratic in x, y) fitted to the image border.

    Studio shots rarely have a flat colour: a sweep darkens towards the floor, a vignette towards the
    corners. Returns (coefficients 6×3, border residual spread in ΔE, fraction of border pixels that fit).
    """
    h, w = rgb.shape[:2]
    b = max(2, round(frame * min(h, w)))
    mask = np.zeros((h, w), bool)
    mask[:b], mask[-b:], mask[:, :b], mask[:, -b:] = True, True, True, True
    yy, xx = np.nonzero(mask)
    step = max(1, len(yy) // 5000)
    yy, xx = yy[::step], xx[::step]
    cols = rgb[yy, xx].astype(np.float32)
    if rgb.dtype == np.uint8:
        cols /= 255.0
    a = _design(xx / w, yy / h)
    keep = np.ones(len(cols), bool)
    coef = np.zeros((6, 3), np.float64)
    for _ in range(3):  # robust: refit without the border pixels the product or a prop touches
        coef, *_ = np.linalg.lstsq(a[keep], cols[keep], rcond=None)
        pred = a @ coef
        d = np.linalg.norm(srgb_to_lab(cols) - srgb_to_lab(np.clip(pred, 0, 1)), axis=1)
        med = float(np.median(d[keep]))
        keep = d < max(3.0, 3 * med + 2.0)
    spread = float(np.percentile(d[keep], 90)) if keep.any() else 99.0
    return coef, spread, float(keep.mean())


def background_at(coef: np.ndarray, ys: np.ndarray, xs: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    return np.clip(_design(xs.astype(np.float64) / w, ys.astype(np.float64) / h) @ coef, 0, 1).astype(np.float32)


def bg_distance(lab: np.ndarray, bg_lab: np.ndarray) -> np.ndarray:
    """ΔE where being darker than the background counts half: soft floor shadows stay background-like."""
    dl = lab[..., 0] - bg_lab[..., 0]
    dl = np.where(dl < 0, dl * 0.5, dl)
    return np.sqrt(dl * dl + (lab[..., 1] - bg_lab[..., 1]) ** 2 + (lab[..., 2] - bg_lab[..., 2]) ** 2)


def _auto_alpha(img_rgb: Image.Image, threshold: float | None, keep_box: tuple | None = None):
    """Alpha for an RGB studio shot. Returns (box, rgb of the box (float), coverage α, feathered α,
    background colour, threshold, background model); ``box`` = (x0, y0, x1, y1) in the image."""
    w, h = img_rgb.size
    rgb8 = np.asarray(img_rgb)
    coef, spread, fit = fit_background(rgb8)
    if fit < 0.6 or spread > 12:
        raise CutoutError("the image border is not a plain studio background (it varies by ΔE "
                          f"{spread:.0f}); use an image with transparency or paint the mask with the refine brush")
    t_lo = threshold if threshold is not None else max(3.0, 2.0 * spread + 1.5)
    t_hi = t_lo * 1.6 + 1.5
    # --- flood fill of background-like pixels from the border, on a proxy
    s = min(1.0, PROXY_MAX / max(h, w))
    pw, ph = max(8, round(w * s)), max(8, round(h * s))
    proxy = np.asarray(img_rgb.resize((pw, ph), Image.Resampling.BOX), dtype=np.float32) / 255.0
    gy, gx = np.mgrid[0:ph, 0:pw]
    bg_proxy = background_at(coef, (gy + 0.5) / ph * h, (gx + 0.5) / pw * w, (w, h))
    lab_p, bg_lab_p = srgb_to_lab(proxy), srgb_to_lab(bg_proxy)
    d_proxy = bg_distance(lab_p, bg_lab_p)
    # edges are barriers: the flood never crosses a step in colour (ΔE per proxy pixel)
    grad = np.zeros((ph, pw), np.float32)
    gxd = np.linalg.norm(np.diff(lab_p, axis=1), axis=2)
    gyd = np.linalg.norm(np.diff(lab_p, axis=0), axis=2)
    grad[:, 1:] = np.maximum(grad[:, 1:], gxd)
    grad[:, :-1] = np.maximum(grad[:, :-1], gxd)
    grad[1:, :] = np.maximum(grad[1:, :], gyd)
    grad[:-1, :] = np.maximum(grad[:-1, :], gyd)
    smooth = grad < 2.0
    candidate = (d_proxy < t_lo * 1.25) & smooth
    bg_region = flood_from_border(candidate)
    # soft floor shadows: darker than the background, same hue, smooth — grown from the background
    dl = lab_p[..., 0] - bg_lab_p[..., 0]
    chroma = np.hypot(lab_p[..., 1] - bg_lab_p[..., 1], lab_p[..., 2] - bg_lab_p[..., 2])
    shadow_like = (dl < 0) & (dl > -45) & (chroma < max(3.0, t_lo)) & (grad < 4.0)  # shadow edges are soft
    # …and only on the floor: below the lowest clearly-product pixel of each column (a white product's
    # own shading looks just like a shadow, but it sits above the product's foot, not below it)
    core = ~bg_region & (d_proxy > t_hi) & ~shadow_like
    if core.any():
        rows = np.arange(ph)[:, None]
        lowest = np.where(core, rows, -1).max(axis=0)
        lowest = np.where(lowest < 0, int(np.nonzero(core.any(axis=1))[0].max()), lowest)
        floor = rows > (lowest[None, :] - max(1, round(0.02 * ph)))
        shadow_like &= floor
    bg_region = flood_from_border(shadow_like | bg_region, seed=bg_region)
    candidate = candidate | shadow_like
    # holes (a mug's handle, the gap between chair legs): enclosed pixels that match the background
    # model very closely; opened so a near-white label or highlight does not qualify
    holes = candidate & ~bg_region & (d_proxy < t_lo * 0.6)
    holes = dilate(erode(holes, 2), 2)
    bg_region |= holes
    # clean-up: drop specks (opening of the foreground), close pin-holes in the background
    fg = ~bg_region
    fg = dilate(erode(fg, 1), 1)
    bg_region = ~fg
    # boundary band on the proxy, taken to working resolution
    band_proxy = dilate(bg_region, 2) & dilate(~bg_region, 2)
    # the product's box at working resolution, with a margin of a few proxy pixels
    pys, pxs = np.nonzero(~bg_region | band_proxy)
    if not len(pys) and keep_box is None:
        raise CutoutError("nothing is left after removing the background; give an image with transparency "
                          "or paint the product in with the refine brush")
    sx, sy = pw / w, ph / h
    if len(pys):
        X0, X1 = max(0, int(np.floor((pxs.min() - 2) / sx))), min(w, int(np.ceil((pxs.max() + 3) / sx)))
        Y0, Y1 = max(0, int(np.floor((pys.min() - 2) / sy))), min(h, int(np.ceil((pys.max() + 3) / sy)))
    else:
        assert keep_box is not None  # raised above when neither the image nor the mask leaves anything
        X0, Y0, X1, Y1 = keep_box
    if keep_box is not None:
        X0, Y0 = min(X0, keep_box[0]), min(Y0, keep_box[1])
        X1, Y1 = max(X1, keep_box[2]), max(Y1, keep_box[3])
    box = (X0, Y0, X1, Y1)
    bw, bh = X1 - X0, Y1 - Y0

    def up(mask: np.ndarray) -> np.ndarray:
        m = Image.fromarray(mask.astype(np.float32))
        return np.asarray(m.resize((bw, bh), Image.Resampling.BILINEAR, box=(X0 * sx, Y0 * sy, X1 * sx, Y1 * sy)), np.float32)

    bg_full = up(bg_region) > 0.5
    band_full = up(band_proxy) > 0.01
    rgb = rgb8[Y0:Y1, X0:X1].astype(np.float32) / 255.0
    alpha = np.where(bg_full, 0.0, 1.0).astype(np.float32)
    bgcol = None
    # soft edge inside the band only: α from projecting the pixel on the line background → local
    # foreground colour (the core colour bled outward); where the two are too close to tell, a ramp on ΔE
    ys, xs = np.nonzero(band_full)
    if len(ys):
        y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
        core = ~bg_full[y0:y1, x0:x1] & ~band_full[y0:y1, x0:x1]
        reach = max(2, int(np.ceil(2.5 / s)))
        fg_local = _bleed_colours(rgb[y0:y1, x0:x1], core, reach, (ys - y0, xs - x0))
        c = rgb[ys, xs]
        bgcol = background_at(coef, ys + Y0 + 0.5, xs + X0 + 0.5, (w, h))
        fb = fg_local - bgcol
        den = (fb * fb).sum(axis=1)
        proj = np.clip(((c - bgcol) * fb).sum(axis=1) / np.maximum(den, 1e-6), 0.0, 1.0)
        lab_c, lab_b = srgb_to_lab(c), srgb_to_lab(bgcol)
        d = bg_distance(lab_c, lab_b)
        ramp = np.clip((d - t_lo) / (t_hi - t_lo), 0.0, 1.0)
        # a soft shadow hugging the product (darker background, same hue) is not part of it
        dl_c = lab_c[:, 0] - lab_b[:, 0]
        chroma_c = np.hypot(lab_c[:, 1] - lab_b[:, 1], lab_c[:, 2] - lab_b[:, 2])
        shadowy = (dl_c < 0) & (dl_c > -40) & (chroma_c < max(3.0, t_lo))
        sep = np.clip((np.sqrt(den) - 0.08) / 0.12, 0.0, 1.0)  # how well fg and bg colours separate
        soft = sep * proj + (1 - sep) * ramp
        soft = np.where((d < t_lo) | shadowy, 0.0, soft)  # background noise and soft shadows stay clear
        alpha[ys, xs] = soft
    coverage_alpha = alpha.copy()
    # feather: a light blur of the edge so it is not aliased after warping
    r = max(1, round(0.6 * max(h, w) / 1000))
    if len(ys):
        y0, y1, x0, x1 = max(0, y0 - 2 * r), min(bh, y1 + 2 * r), max(0, x0 - 2 * r), min(bw, x1 + 2 * r)
        sub8 = Image.fromarray(np.clip(alpha[y0:y1, x0:x1] * 255 + 0.5, 0, 255).astype(np.uint8))
        alpha[y0:y1, x0:x1] = np.asarray(sub8.filter(ImageFilter.BoxBlur(r)), np.float32) / 255.0
        # keep the interior solid and the far background clear
        alpha = np.where(band_full, alpha, np.where(bg_full, 0.0, 1.0)).astype(np.float32)
    mean_bg = np.clip(_design(np.array([0.5]), np.array([0.5])) @ coef, 0, 1)[0]
    bg8 = tuple(int(round(v * 255)) for v in mean_bg)
    return box, rgb, coverage_alpha, alpha, bg8, float(t_lo), coef


def _decontaminate(rgb: np.ndarray, alpha: np.ndarray, final_alpha: np.ndarray, bg: np.ndarray,
                   origin: tuple[int, int] = (0, 0), full: tuple[int, int] | None = None) -> np.ndarray:
    """Un-mix the background colour from edge pixels: C = αF + (1−α)B → F; low α takes the core colour.

    ``alpha`` is the estimated coverage (the un-mixing is valid for it); ``final_alpha`` the feathered
    alpha that ships, whose extra edge pixels get the core colour. ``bg`` is a colour (3,) or the
    background model's coefficients (6×3).
    """
    band = ((alpha > 0.001) & (alpha < 0.999)) | ((final_alpha > 0.001) & (final_alpha < 0.999))
    if not band.any():
        return rgb
    ys, xs = np.nonzero(band)  # only the edge pixels are touched
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    pad = 8
    y0, x0 = max(0, y0 - pad), max(0, x0 - pad)
    y1, x1 = min(rgb.shape[0], y1 + pad), min(rgb.shape[1], x1 + pad)
    c = rgb[ys, xs]
    a = alpha[ys, xs][:, None]
    if bg.shape == (6, 3):
        h, w = rgb.shape[:2]
        bgc = background_at(bg, ys + origin[0] + 0.5, xs + origin[1] + 0.5, full or (w, h))
    else:
        bgc = np.broadcast_to(bg, c.shape)
    unmixed = np.clip((c - (1 - a) * bgc) / np.maximum(a, 0.05), 0, 1)
    core = alpha[y0:y1, x0:x1] >= 0.999
    bled = _bleed_colours(rgb[y0:y1, x0:x1], core, 3, (ys - y0, xs - x0))
    wgt = np.clip((a - 0.25) / 0.5, 0, 1)  # trust the un-mixed colour only where α is high enough
    out = rgb.copy()
    out[ys, xs] = wgt * unmixed + (1 - wgt) * bled
    return out
