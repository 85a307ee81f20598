from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from generators.mockup import geometry
from generators.mockup.compose import Placement, compose, warp_to_quad
from generators.mockup.scenes import scene_from_dict
from tests.unit.mockups.synth import SynthCamera

PLANE = np.array([[412.3, 233.7], [1201.9, 287.2], [1377.4, 905.6], [188.8, 842.1]])


def test_homography_maps_the_four_points():
    src = [[0, 0], [400, 0], [400, 300], [0, 300]]
    h = geometry.solve_homography(src, PLANE)
    assert np.abs(geometry.apply_homography(h, src) - PLANE).max() < 1e-6


def _marker_image(w=400, h=300, b=10):
    """Opaque grey image with a differently coloured b×b block in each corner."""
    arr = np.full((h, w, 4), (128, 128, 128, 255), np.uint8)
    arr[:b, :b, :3] = (255, 0, 0)
    arr[:b, -b:, :3] = (0, 255, 0)
    arr[-b:, -b:, :3] = (0, 0, 255)
    arr[-b:, :b, :3] = (255, 255, 0)
    return Image.fromarray(arr)


def test_warped_corners_land_within_one_pixel_of_the_marked_plane():
    img = _marker_image()
    layer, (ox, oy) = warp_to_quad(img, PLANE, (1600, 1200))
    a = np.asarray(layer, np.float32)
    alpha = a[..., 3] > 127
    ys, xs = np.nonzero(alpha)
    # the covered region's extremes coincide with the quad's
    assert abs(xs.min() + ox - PLANE[:, 0].min()) <= 1.0
    assert abs(xs.max() + 1 + ox - PLANE[:, 0].max()) <= 1.0
    assert abs(ys.min() + oy - PLANE[:, 1].min()) <= 1.0
    assert abs(ys.max() + 1 + oy - PLANE[:, 1].max()) <= 1.0
    # each corner block's centroid is where the homography sends it
    h = geometry.solve_homography([[0, 0], [400, 0], [400, 300], [0, 300]], PLANE)
    blocks = {(255, 0, 0): (5, 5), (0, 255, 0): (395, 5), (0, 0, 255): (395, 295), (255, 255, 0): (5, 295)}
    for colour, src_c in blocks.items():
        d = np.abs(a[..., :3] - np.asarray(colour, np.float32)).sum(axis=2)
        yy, xx = np.nonzero((d < 60) & alpha)
        assert len(xx) > 20, colour
        got = np.array([xx.mean() + 0.5 + ox, yy.mean() + 0.5 + oy])
        want = geometry.apply_homography(h, [src_c])[0]
        assert np.hypot(*(got - want)) <= 1.0, (colour, got, want)
    # and every marked corner is covered while a point 2 px outside it is not
    centre = PLANE.mean(axis=0)
    for corner in PLANE:
        direction = (corner - centre) / np.linalg.norm(corner - centre)
        inside = corner - direction * 1.5
        outside = corner + direction * 2.0
        assert a[int(inside[1] - oy), int(inside[0] - ox), 3] > 0
        ox_i, oy_i = int(outside[0] - ox), int(outside[1] - oy)
        if 0 <= oy_i < a.shape[0] and 0 <= ox_i < a.shape[1]:
            assert a[oy_i, ox_i, 3] == 0


def test_calibration_recovers_the_camera_and_the_rectangle():
    cam = SynthCamera()
    quad = cam.project(cam.floor_rect())
    pc = geometry.calibrate_plane(quad, cam.size, (quad[3], quad[2]), 1.6)
    assert pc.focal_estimated
    assert pc.k[0, 0] == pytest.approx(1100, rel=1e-3)
    assert pc.width_m == pytest.approx(1.6, rel=1e-3)
    assert pc.height_m == pytest.approx(1.2, rel=1e-3)


def test_reference_length_need_not_be_a_rectangle_side():
    cam = SynthCamera(tilt_deg=35, yaw_deg=-20, pos=(-0.2, 1.6, -0.3))
    rect = cam.floor_rect()
    quad = cam.project(rect)
    # an A4 sheet lying inside the rectangle: its long side (0.297 m) from one corner to the other
    a4 = cam.project([[0.1, 0, 2.5], [0.1 + 0.297, 0, 2.5]])
    pc = geometry.calibrate_plane(quad, cam.size, (a4[0], a4[1]), 0.297)
    assert pc.width_m == pytest.approx(1.6, rel=0.01)
    assert pc.height_m == pytest.approx(1.2, rel=0.01)


def _photo_scene(cam: SynthCamera, ref_len=1.6):
    quad = cam.project(cam.floor_rect())
    data = {"name": "room", "kind": "photo", "image": None, "size": list(cam.size),
            "plane": {"points": quad.tolist(), "kind": "floor"},
            "ref": {"points": [quad[3].tolist(), quad[2].tolist()], "length_m": ref_len}}
    return scene_from_dict(data)


def test_product_of_known_size_comes_out_within_two_percent_of_its_true_pixel_size():
    cam = SynthCamera()
    scene = _photo_scene(cam)
    # a 50 cm × 80 cm product standing 0.8 m from the left, 0.6 m in from the far edge of the rectangle
    base_world = np.array([-0.8 + 0.8, 0, 2.0 + 1.2 - 0.6])
    truth = cam.upright_face(base_world, 0.5, 0.8)
    product = Image.new("RGBA", (500, 800), (90, 60, 40, 255))
    photo = Image.new("RGB", cam.size, (180, 170, 160))
    res = compose(product, scene, cam.size, Placement(plane_xy=(0.8, 0.6), true_size_m=(0.5, 0.8)), photo=photo)
    assert res.true_scale
    want_h = truth[:, 1].max() - truth[:, 1].min()
    want_w = truth[:, 0].max() - truth[:, 0].min()
    x0, y0, x1, y1 = res.product_bbox
    assert (y1 - y0) == pytest.approx(want_h, rel=0.02)
    assert (x1 - x0) == pytest.approx(want_w, rel=0.02)
    assert np.abs(res.quad - truth).max() < 0.02 * want_h


def test_true_size_scales_with_preview_scale():
    cam = SynthCamera()
    scene = _photo_scene(cam)
    product = Image.new("RGBA", (500, 800), (90, 60, 40, 255))
    photo = Image.new("RGB", cam.size, (180, 170, 160))
    pl = Placement(plane_xy=(0.8, 0.6), true_size_m=(0.5, 0.8))
    full = compose(product, scene, cam.size, pl, photo=photo)
    small = compose(product, scene, cam.size, pl, photo=photo, preview_scale=0.25)
    assert np.abs(small.quad * 4 - full.quad).max() < 1.0


def test_near_affine_plane_uses_a_default_focal_length():
    quad = [[100, 100], [500, 100], [500, 400], [100, 400]]  # a square seen head-on
    pc = geometry.calibrate_plane(quad, (600, 500), ((100, 400), (500, 400)), 1.0)
    assert not pc.focal_estimated
    assert pc.width_m == pytest.approx(1.0, rel=1e-6)
    assert pc.height_m == pytest.approx(0.75, rel=1e-6)


def test_crossed_plane_points_are_rejected():
    with pytest.raises(ValueError, match="convex"):
        geometry.calibrate_plane([[0, 0], [100, 100], [100, 0], [0, 100]], (200, 200), ((0, 0), (10, 0)), 1.0)
