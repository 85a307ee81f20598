from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from studio.domain import StudioError
from studio.services import mockups
from tests.support.mockup_fixtures import add_product, studio_shot
from tests.unit.mockups.synth import SynthCamera


@pytest.fixture
def products(db, tmp_path):
    img = studio_shot(tmp_path / "bottle.png", size=(600, 900))
    a = add_product(db, "red-bottle", img, {"l": 10, "w": 10, "h": 30, "unit": "cm"}, sku="RB-1")
    b = add_product(db, "no-dims", studio_shot(tmp_path / "b.png", size=(500, 500), fg=(30, 110, 160)), None,
                    sku="ND-1")
    c = add_product(db, "no-image", None, None, sku="NI-1")
    return {"a": a, "b": b, "c": c}


def test_list_scenes_has_the_studio_scenes():
    names = {s.name for s in mockups.list_scenes()}
    assert {"marketplace-white", "seamless-backdrop", "podium", "gradient-reflection", "phone-screen",
            "tablet-screen", "fabric-print"} <= names


def test_compose_amazon_main_stores_an_asset_with_provenance_and_reuses_it(db, products, tmp_path):
    out = tmp_path / "amz.jpg"
    asset = mockups.compose(db, "RB-1", target="amazon-main", out=out)
    assert asset.kind == "mockup" and asset.product_id == products["a"]
    assert (asset.width, asset.height, asset.mime) == (2000, 2000, "image/jpeg")
    prov = asset.provenance
    assert prov["scene"] == "marketplace-white" and prov["target"] == "amazon-main"
    assert len(prov["source_sha256"]) == 64 and prov["cutout"] == "auto"
    assert prov["digital_source_type"].endswith("/compositeSynthetic")
    with Image.open(out) as im:
        assert im.size == (2000, 2000)
    again = mockups.compose(db, "red-bottle", target="amazon-main")
    assert again.id == asset.id  # same inputs → reused
    other = mockups.compose(db, "RB-1", "podium", target="instagram")
    assert other.id != asset.id and (other.width, other.height) == (1080, 1350)


def test_amazon_main_refuses_a_lifestyle_scene(db, products):
    with pytest.raises(StudioError, match="pure white"):
        mockups.compose(db, "RB-1", "podium", target="amazon-main")


def test_clear_errors(db, products):
    with pytest.raises(StudioError, match="no local image"):
        mockups.compose(db, "NI-1", "podium")
    with pytest.raises(StudioError, match="no scene named 'nope'"):
        mockups.compose(db, "RB-1", "nope")
    with pytest.raises(StudioError, match="no dimensions fact"):
        mockups.make_glb(db, "ND-1")
    with pytest.raises(StudioError, match="size must look like"):
        mockups.parse_size("big")


def test_make_glb_is_true_scale(db, products, tmp_path):
    from generators.mockup.ar import glb_bounds

    asset = mockups.make_glb(db, "RB-1", tmp_path / "rb.glb")
    assert asset.kind == "glb" and asset.mime == "model/gltf-binary"
    lo, hi = glb_bounds(tmp_path / "rb.glb")
    assert (np.asarray(hi) - np.asarray(lo)) == pytest.approx([0.10, 0.30, 0.10], abs=1e-6)
    assert mockups.make_glb(db, "RB-1").id == asset.id


def test_batch_goes_on_after_a_failing_pair(db, products, tmp_path):
    items = mockups.batch(db, ["RB-1", "NI-1", "ND-1"], ["podium", "phone-screen"], tmp_path / "out", size=(400, 400))
    ok = [i for i in items if i.path]
    bad = [i for i in items if i.error]
    assert len(ok) == 4 and len(bad) == 2
    assert all("no local image" in i.error for i in bad)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "no-dims--phone-screen.png", "no-dims--podium.png", "red-bottle--phone-screen.png", "red-bottle--podium.png"]


def test_photo_scene_round_trip_and_true_scale(db, products, tmp_path):
    cam = SynthCamera()
    quad = cam.project(cam.floor_rect())
    photo = tmp_path / "room.jpg"
    Image.new("RGB", cam.size, (170, 160, 150)).save(photo)
    info = mockups.add_photo_scene(photo, quad.tolist(), [quad[3].tolist(), quad[2].tolist()],
                                   mockups.parse_length("160cm"), "living-room")
    assert info.kind == "photo"
    saved = json.loads((mockups.user_scenes_dir() / "living-room" / "scene.json").read_text())
    assert saved["ref"]["length_m"] == pytest.approx(1.6)
    assert "living-room" in {s.name for s in mockups.list_scenes()}
    asset = mockups.compose(db, "RB-1", "living-room", placement={"plane_xy": [0.8, 0.6]})
    assert asset.provenance["true_scale"] is True
    # the 30 cm tall bottle's face: compare its image quad with the synthetic camera's truth
    base = np.array([-0.8 + 0.8, 0, 2.0 + 1.2 - 0.6])
    truth = cam.upright_face(base, 0.10, 0.30)
    got = np.asarray(asset.provenance["quad"])
    want_h = truth[:, 1].max() - truth[:, 1].min()
    assert (got[:, 1].max() - got[:, 1].min()) == pytest.approx(want_h, rel=0.02)
    mockups.remove_photo_scene("living-room")
    assert "living-room" not in {s.name for s in mockups.list_scenes()}


def test_bad_photo_scene_input(tmp_path):
    photo = tmp_path / "r.jpg"
    Image.new("RGB", (400, 300)).save(photo)
    with pytest.raises(StudioError, match="outside"):
        mockups.add_photo_scene(photo, [(0, 0), (500, 0), (400, 300), (0, 300)], [(0, 0), (10, 0)], 0.3, "r")
    with pytest.raises(StudioError, match="convex"):
        mockups.add_photo_scene(photo, [(0, 0), (300, 300), (300, 0), (0, 300)], [(0, 0), (10, 0)], 0.3, "r")
    with pytest.raises(StudioError, match="built-in"):
        mockups.add_photo_scene(photo, [(0, 0), (300, 0), (300, 300), (0, 300)], [(0, 0), (10, 0)], 0.3, "podium")
    with pytest.raises(StudioError, match="29.7cm"):
        mockups.parse_length("a4")
    assert mockups.parse_length("297mm") == pytest.approx(0.297)
    assert mockups.parse_length("11.7in") == pytest.approx(0.29718)


def test_refine_mask_changes_the_cutout_and_the_hash(db, products):
    before = mockups.compose(db, "RB-1", "podium", size=(400, 400))
    mask = Image.new("L", (600, 900), 128)
    mask.paste(0, (0, 0, 600, 450))  # paint out the top half
    mockups.save_refine_mask(products["a"], mask)
    after = mockups.compose(db, "RB-1", "podium", size=(400, 400))
    assert after.id != before.id
    assert after.provenance["refine_sha256"]
    mockups.clear_refine_mask(products["a"])
    assert mockups.compose(db, "RB-1", "podium", size=(400, 400)).id == before.id


def test_saved_placement_is_used(db, products):
    a = mockups.compose(db, "RB-1", "seamless-backdrop", size=(500, 500))
    mockups.save_placement(products["a"], "seamless-backdrop", {"scale": 0.5, "offset": [0.1, 0.0]})
    b = mockups.compose(db, "RB-1", "seamless-backdrop", size=(500, 500))
    assert b.id != a.id and b.provenance["placement"]["scale"] == 0.5
