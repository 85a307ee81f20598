from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from generators.mockup.cutout import CutoutError, cut_out
from tests.support.mockup_fixtures import alpha_shot, studio_shot

LUM = np.array([0.2126, 0.7152, 0.0722])


def _on(cut: Image.Image, colour) -> np.ndarray:
    canvas = Image.new("RGBA", cut.size, colour + (255,))
    canvas.alpha_composite(cut)
    return np.asarray(canvas.convert("RGB"), np.float32)


def _edge(cut: Image.Image) -> np.ndarray:
    a = np.asarray(cut.getchannel("A"), np.float32) / 255
    return (a > 0.03) & (a < 0.97)


@pytest.mark.parametrize("shot_bg, fg, scene_bg", [
    ((255, 255, 255), (200, 40, 40), (0, 0, 0)),      # shot on white, shown on black: no white fringe
    ((255, 255, 255), (30, 110, 160), (0, 0, 0)),
    ((0, 0, 0), (60, 90, 200), (255, 255, 255)),      # shot on black, shown on white: no dark fringe
    ((0, 0, 0), (230, 180, 40), (255, 255, 255)),
])
def test_removed_background_leaves_no_halo(tmp_path, shot_bg, fg, scene_bg):
    src = Image.open(studio_shot(tmp_path / "p.png", bg=shot_bg, fg=fg))
    cut, info = cut_out(src)
    assert info.method == "auto"
    assert info.background == shot_bg
    edge = _edge(cut)
    assert edge.sum() > 200  # there is a real soft edge to measure
    px = _on(cut, scene_bg)[edge]
    a = (np.asarray(cut.getchannel("A"), np.float32) / 255)[edge][:, None]
    # each edge pixel must be a mix of the product colour and the NEW background only:
    # composite = a·F + (1−a)·scene with F the product colour (the label is white, so allow it as F too)
    fg_mix = a * np.asarray(fg, np.float32) + (1 - a) * np.asarray(scene_bg, np.float32)
    label_mix = a * np.asarray((250, 250, 245), np.float32) + (1 - a) * np.asarray(scene_bg, np.float32)
    err = np.minimum(np.abs(px - fg_mix).max(axis=1), np.abs(px - label_mix).max(axis=1))
    # the old background leaking in would show as a bright (or dark) ring
    assert np.percentile(err, 99) < 24, np.percentile(err, 99)
    lum = px @ LUM
    fg_lum = float(np.asarray(fg) @ LUM)
    if scene_bg == (0, 0, 0):
        near_product = edge & ~_near_label(cut)
        assert (_on(cut, scene_bg)[near_product] @ LUM).max() <= fg_lum + 6
    else:
        assert lum.min() >= fg_lum - 6


def _near_label(cut: Image.Image) -> np.ndarray:
    arr = np.asarray(cut.convert("RGB"), np.float32)
    return (arr.min(axis=2) > 200)


def test_white_label_inside_the_product_stays(tmp_path):
    cut, _ = cut_out(Image.open(studio_shot(tmp_path / "p.png")))
    a = np.asarray(cut.getchannel("A"))
    rgb = np.asarray(cut.convert("RGB"))
    h, w = a.shape
    label = np.zeros_like(a, dtype=bool)
    label[int(0.5 * h):int(0.62 * h), int(0.25 * w):int(0.75 * w)] = True  # inside the white label
    assert rgb[label].min() > 240
    assert label.sum() > 1000
    assert a[label].min() == 255  # not connected to the border → kept


def _halo(img: Image.Image, fg) -> float:
    """99th percentile of |composite on black − α·F| over the soft edge (0 = no trace of the old matte)."""
    rgba = img.convert("RGBA")
    edge = _edge(rgba)
    a = (np.asarray(rgba.getchannel("A"), np.float32) / 255)[edge][:, None]
    px = _on(rgba, (0, 0, 0))[edge]
    return float(np.percentile(np.abs(px - a * np.asarray(fg, np.float32)).max(axis=1), 99))


def test_given_alpha_is_used_and_its_white_matte_removed(tmp_path):
    fg = (40, 120, 200)
    src = Image.open(alpha_shot(tmp_path / "a.png", fg=fg, matte=(255, 255, 255)))
    assert _halo(src, fg) > 40  # the test image really has a white fringe to remove
    cut, info = cut_out(src)
    assert info.method == "alpha"
    assert _halo(cut, fg) < 8
    # the coverage is the given alpha (cropped to the product)
    a_src = np.asarray(src.getchannel("A"), np.float32)
    a_cut = np.asarray(cut.getchannel("A"), np.float32)
    assert a_cut.sum() == pytest.approx(a_src.sum(), rel=1e-3)
    assert cut.size[0] < src.size[0]


def test_busy_background_is_refused_with_a_reason():
    rng = np.random.default_rng(1)
    noisy = Image.fromarray(rng.integers(0, 255, (300, 300, 3), dtype=np.uint8))
    with pytest.raises(CutoutError, match="not a plain studio background"):
        cut_out(noisy)


def test_refine_mask_adds_and_removes(tmp_path):
    src = Image.open(studio_shot(tmp_path / "p.png", size=(400, 400)))
    refine = Image.new("L", src.size, 128)
    d = ImageDraw.Draw(refine)
    d.rectangle([0, 0, 399, 160], fill=0)  # remove the top part of the product
    d.rectangle([10, 380, 60, 395], fill=255)  # keep a bit of floor
    cut, _ = cut_out(src, refine=refine)
    full, _ = cut_out(src)
    assert cut.height < full.height  # the top was painted out
    assert cut.getbbox() is not None
    a = np.asarray(cut.getchannel("A"))
    assert a.max() == 255


def test_working_resolution_is_capped(tmp_path):
    src = Image.open(studio_shot(tmp_path / "big.png", size=(1500, 2000), ss=1))
    cut, _ = cut_out(src, max_side=800)
    assert max(cut.size) <= 800


def test_clean_alpha_edges_keep_their_colour(tmp_path):
    fg = (200, 90, 30)
    src = Image.open(alpha_shot(tmp_path / "clean.png", fg=fg, matte=fg))  # straight alpha, no matte
    cut, _ = cut_out(src)
    assert _halo(cut, fg) < 3


def test_sweep_gradient_floor_shadow_and_handle_hole_are_removed():
    """A studio sweep (lighter at the top), a soft floor shadow under the product and a mug-like handle."""
    from PIL import ImageFilter

    w, h = 800, 800
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    bg = (np.array([246, 244, 240], np.float32) * (1 - y) + np.array([226, 223, 218], np.float32) * y)
    img = Image.fromarray(np.broadcast_to(bg, (h, w, 3)).astype(np.uint8))
    shadow = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shadow).ellipse([180, 640, 620, 700], fill=90)
    img.paste((0, 0, 0), (0, 0), shadow.filter(ImageFilter.GaussianBlur(14)))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([250, 250, 500, 660], radius=30, fill=(120, 150, 120))  # the mug body
    d.ellipse([460, 340, 620, 540], fill=(120, 150, 120))  # the handle…
    d.ellipse([505, 385, 575, 495], fill=tuple(int(v) for v in bg[440, 0]))  # …with the background through it
    cut, info = cut_out(img)
    a = np.asarray(cut.getchannel("A"))
    x0, y0 = 250, 250  # the crop starts at the product's bbox (shadow excluded)
    assert cut.size[1] <= 660 - 250 + 4  # nothing below the foot: the shadow is gone
    assert a[440 - y0, 540 - x0] == 0  # the hole in the handle is transparent
    assert a[500 - y0, 380 - x0] == 255  # the body is solid
    assert a[440 - y0, 470 - x0] == 255  # the handle ring is kept
