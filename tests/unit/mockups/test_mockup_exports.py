from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageCms

from generators.mockup import ar, export
from generators.mockup.compose import Placement, compose
from generators.mockup.cutout import cut_out
from generators.mockup.engine import builtin_scenes_dir
from generators.mockup.scenes import load_scene, load_scenes, render_background
from tests.support.mockup_fixtures import studio_shot


@pytest.fixture(scope="module")
def product_cut(tmp_path_factory):
    p = studio_shot(tmp_path_factory.mktemp("shot") / "p.png", size=(600, 800))
    cut, _ = cut_out(Image.open(p))
    return cut


def _scene(name):
    return load_scene(builtin_scenes_dir() / f"{name}.json")


@pytest.mark.parametrize("target, scene, fmt, size", [
    ("amazon-main", "marketplace-white", "JPEG", (2000, 2000)),
    ("instagram", "podium", "JPEG", (1080, 1350)),
    ("story", "seamless-backdrop", "JPEG", (1080, 1920)),
    ("pinterest", "gradient-reflection", "JPEG", (1000, 1500)),
    ("tiktok-shop", "fabric-print", "JPEG", (1080, 1080)),
    ("png", "phone-screen", "PNG", None),
])
def test_each_export_meets_its_target_spec(tmp_path, product_cut, target, scene, fmt, size):
    t = export.TARGETS[target]
    assert t.size == size
    res = compose(product_cut, _scene(scene), t.size)
    out = export.save_image(res.image, tmp_path / f"x{t.suffix}", target, title="Test bottle")
    with Image.open(out) as im:
        assert im.format == fmt
        assert im.mode == "RGB"
        if size:
            assert im.size == size
        icc = im.info.get("icc_profile")
        assert icc, "sRGB ICC profile missing"
        prof = ImageCms.ImageCmsProfile(__import__("io").BytesIO(icc))
        assert "sRGB" in ImageCms.getProfileDescription(prof)
    assert export.digital_source_type(out) == export.IPTC_BASE + "compositeSynthetic"
    if t.max_bytes:
        assert out.stat().st_size <= t.max_bytes
    if target == "amazon-main":
        arr = np.asarray(Image.open(out).convert("RGB"))
        border = np.concatenate([arr[:40].reshape(-1, 3), arr[-40:].reshape(-1, 3),
                                 arr[:, :40].reshape(-1, 3), arr[:, -40:].reshape(-1, 3)])
        assert (border == 255).all(), "Amazon main image background must be pure white"
        # background pixels (away from the product) are exactly 255
        assert export.fill_fraction(Image.open(out)) >= 0.85


def test_ai_made_inputs_are_labelled_as_such(tmp_path, product_cut):
    res = compose(product_cut, _scene("podium"), (400, 400))
    out = export.save_image(res.image, tmp_path / "ai.png", "png", ai_generated=True)
    assert export.digital_source_type(out) == export.IPTC_BASE + "compositeWithTrainedAlgorithmicMedia"
    assert "Iptc4xmpExt" in export.read_xmp(out)


def test_wrong_size_for_a_fixed_target_is_refused(tmp_path):
    with pytest.raises(ValueError, match="1080×1350"):
        export.save_image(Image.new("RGB", (100, 100)), tmp_path / "x.jpg", "instagram")


def test_every_builtin_scene_renders_and_preview_matches_export(product_cut):
    scenes = load_scenes(builtin_scenes_dir())
    assert {s.name for s in scenes} >= {"marketplace-white", "seamless-backdrop", "podium", "gradient-reflection",
                                        "phone-screen", "tablet-screen", "fabric-print"}
    for sc in scenes:
        full = compose(product_cut, sc, None)
        prev = compose(product_cut, sc, None, preview_scale=0.25)
        assert prev.image.size == (round(sc.size[0] / 4), round(sc.size[1] / 4))
        fb = np.asarray(full.product_bbox, float) / np.r_[sc.size, sc.size]
        pb = np.asarray(prev.product_bbox, float) / np.r_[prev.image.size, prev.image.size]
        assert np.abs(fb - pb).max() < 0.01, sc.name


def test_marketplace_white_background_is_exactly_white():
    img = render_background(_scene("marketplace-white"), (300, 300))
    assert np.asarray(img).min() == 255


def test_multiply_blend_lets_the_fabric_show_through(product_cut):
    sc = _scene("fabric-print")
    normal = compose(product_cut, sc, (600, 600), Placement(blend="normal"))
    multiply = compose(product_cut, sc, (600, 600))
    x0, y0, x1, y1 = multiply.product_bbox
    cx, cy = (x0 + x1) // 2, int(y0 + 0.8 * (y1 - y0))
    n = np.asarray(normal.image, float)[cy - 8:cy + 8, cx - 8:cx + 8, 0]  # inside the red body
    m = np.asarray(multiply.image, float)[cy - 8:cy + 8, cx - 8:cx + 8, 0]
    assert (m <= n + 1).all()
    assert n.std() < 1.0  # a flat print…
    assert m.std() > 1.5  # …shows the weave through it when multiplied


def test_reflection_and_shadow_darken_or_mirror_below_the_product(product_cut):
    sc = _scene("gradient-reflection")
    with_r = compose(product_cut, sc, (800, 800))
    without = compose(product_cut, sc, (800, 800), Placement(reflection=False, shadow=False))
    x0, y0, x1, y1 = with_r.product_bbox
    below = (slice(y1 + 5, min(800, y1 + 60)), slice(x0 + 10, x1 - 10))
    diff = np.abs(np.asarray(with_r.image, float)[below] - np.asarray(without.image, float)[below]).mean()
    assert diff > 3


def test_light_match_moves_product_towards_the_scene(product_cut):
    dark = Image.new("RGB", (600, 600), (40, 50, 80))
    from generators.mockup.compose import match_light

    layer = product_cut.resize((200, 260))
    matched = match_light(layer, dark, 1.0)
    a = np.asarray(layer.getchannel("A")) > 200
    before = np.asarray(layer.convert("RGB"), float)[a].mean(axis=0)
    after = np.asarray(matched.convert("RGB"), float)[a].mean(axis=0)
    assert after.sum() < before.sum()  # darker
    assert after[2] / after[0] > before[2] / before[0]  # and bluer, like the scene


# --------------------------------------------------------------------------- AR


def test_glb_loads_and_has_the_products_dimensions_in_metres(tmp_path, product_cut):
    import pygltflib

    out = tmp_path / "p.glb"
    meta = ar.write_glb(product_cut, {"l": 80, "w": 40, "h": 75, "unit": "cm"}, out)
    assert ar.glb_header_ok(out)
    gl = pygltflib.GLTF2().load_binary(str(out))
    assert gl.asset.version == "2.0"
    assert gl.images[0].mimeType == "image/png" and gl.images[0].bufferView is not None
    lo, hi = ar.glb_bounds(out)
    size = np.asarray(hi) - np.asarray(lo)
    assert size == pytest.approx([0.80, 0.75, 0.40], abs=1e-6)
    assert lo[1] == pytest.approx(0.0)  # sits on the floor (+Y up)
    assert meta["size_m"] == pytest.approx([0.8, 0.75, 0.4])
    # every buffer view starts 4-byte aligned
    assert all((v.byteOffset or 0) % 4 == 0 for v in gl.bufferViews)


def test_flat_item_becomes_a_card_on_the_floor(tmp_path, product_cut):
    out = tmp_path / "rug.glb"
    meta = ar.write_glb(product_cut, {"l": 200, "w": 140, "h": 1, "unit": "cm"}, out)
    assert meta["flat"]
    lo, hi = ar.glb_bounds(out)
    assert (np.asarray(hi) - np.asarray(lo)) == pytest.approx([2.0, 0.01, 1.4], abs=1e-6)


def test_inches_are_converted(tmp_path, product_cut):
    lo, hi = (ar.write_glb(product_cut, {"l": 10, "w": 5, "h": 20, "unit": "in"}, tmp_path / "i.glb"),
              ar.glb_bounds(tmp_path / "i.glb"))[1]
    assert (np.asarray(hi) - np.asarray(lo)) == pytest.approx([0.254, 0.508, 0.127], abs=1e-6)


def test_bad_dimensions_are_refused():
    with pytest.raises(ar.ARError, match="unit"):
        ar.dims_to_box({"l": 1, "w": 1, "h": 1, "unit": "furlong"})
    with pytest.raises(ar.ARError, match="two positive"):
        ar.dims_to_box({"l": 0, "w": 0, "h": 3, "unit": "cm"})


@pytest.mark.skipif(not ar.usdz_available(), reason="usd-core not installed (optional extra 'usdz')")
def test_usdz_opens_with_usd_and_is_true_scale(tmp_path, product_cut):
    from pxr import Usd, UsdGeom

    out = tmp_path / "p.usdz"
    ar.write_usdz(product_cut, {"l": 80, "w": 40, "h": 75, "unit": "cm"}, out)
    stage = Usd.Stage.Open(str(out))
    assert UsdGeom.GetStageMetersPerUnit(stage) == 1.0
    assert UsdGeom.GetStageUpAxis(stage) == "Y"
    cache = UsdGeom.BBoxCache(Usd.TimeCode.Default(), ["default"])
    box = cache.ComputeWorldBound(stage.GetDefaultPrim()).ComputeAlignedRange()
    size = box.GetSize()
    assert [size[0], size[1], size[2]] == pytest.approx([0.8, 0.75, 0.4], abs=1e-5)


def test_box_turns_to_match_a_photo_of_the_standing_product(tmp_path):
    # listed 10.2 × 6.8 × 2.2 cm, photographed standing (portrait, aspect ≈ 0.65)
    b = ar.dims_to_box({"l": 10.2, "w": 6.8, "h": 2.2, "unit": "cm"}, photo_aspect=0.65)
    assert (b.width, b.height, b.depth) == pytest.approx((0.068, 0.102, 0.022))
    # a table photographed at three-quarters keeps its listed orientation
    t = ar.dims_to_box({"l": 180, "w": 90, "h": 75, "unit": "cm"}, photo_aspect=1.6)
    assert (t.width, t.height, t.depth) == pytest.approx((1.8, 0.75, 0.9))


def test_glb_texture_is_power_of_two_png(tmp_path, product_cut):
    import io

    import pygltflib

    out = tmp_path / "t.glb"
    ar.write_glb(product_cut, {"l": 10, "w": 5, "h": 20, "unit": "cm"}, out)
    gl = pygltflib.GLTF2().load_binary(str(out))
    view = gl.bufferViews[gl.images[0].bufferView]
    png = gl.binary_blob()[view.byteOffset:view.byteOffset + view.byteLength]
    with Image.open(io.BytesIO(png)) as im:
        assert im.format == "PNG"
        w, h = im.size
    assert w & (w - 1) == 0 and h & (h - 1) == 0


ADOBE_RGB = "/usr/share/color/icc/ghostscript/a98.icc"


@pytest.mark.skipif(not __import__("os").path.exists(ADOBE_RGB), reason="no Adobe RGB profile on this machine")
def test_foreign_colour_profiles_are_converted_to_srgb():
    with open(ADOBE_RGB, "rb") as fh:
        icc = fh.read()
    im = Image.new("RGB", (8, 8), (90, 160, 90))
    im.info["icc_profile"] = icc
    out = export.to_srgb(im)
    r, g, b = out.getpixel((0, 0))
    assert (r, g, b) != (90, 160, 90)
    assert g > 160 and r < 90  # Adobe RGB greens are more saturated than the same numbers in sRGB
    assert "icc_profile" not in out.info
    plain = Image.new("RGB", (8, 8), (90, 160, 90))
    assert export.to_srgb(plain).getpixel((0, 0)) == (90, 160, 90)  # untagged = sRGB already
