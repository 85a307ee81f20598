from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt

from tests.support.mockup_fixtures import add_product, studio_shot
from tests.unit.mockups.synth import SynthCamera


@pytest.fixture
def view(qtbot, sqlite_db, tmp_path):
    from ui.app import create_context
    from ui.sections.mockups import MockupsView

    add_product(sqlite_db, "red-bottle", studio_shot(tmp_path / "b.png", size=(500, 700)),
                {"l": 10, "w": 10, "h": 30, "unit": "cm"}, sku="RB-1")
    add_product(sqlite_db, "blue-box", studio_shot(tmp_path / "c.png", size=(500, 500), fg=(30, 110, 160)),
                None, sku="BB-1")
    ctx = create_context(db=sqlite_db)
    w = MockupsView(ctx)
    w.resize(1280, 800)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.canvas_ready, timeout=30000):
        pass
    yield w
    ctx.tasks.shutdown()


def test_product_list_model(qtmodeltester, view):
    assert view.products.rowCount() == 2
    qtmodeltester.check(view.products)


def _drag(qtbot, view, start_scene: QPointF, end_scene: QPointF, steps: int = 6):
    c = view.canvas
    vp = c.viewport()
    a = c.mapFromScene(start_scene)
    b = c.mapFromScene(end_scene)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        qtbot.mouseMove(vp, pos=QPoint(int(p.x()), int(p.y())))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_drag_snaps_to_the_floor_line(view, qtbot):
    c = view.canvas
    assert view.current_scene() == "seamless-backdrop"
    snap = c.setup.snapper
    floor = snap.floor_y
    assert floor is not None
    bx, by = c.base_point()
    assert by == pytest.approx(floor, abs=0.5)
    grab = QPointF(bx, by - 60)  # a point on the product, above its foot
    # move right and slightly off the floor (within the snap distance): the foot lands back on the floor
    w, h = c.setup.view_size
    _drag(qtbot, view, grab, QPointF(grab.x() + 0.2 * w, grab.y() + 0.015 * h))
    nbx, nby = c.base_point()
    assert nbx == pytest.approx(bx + 0.2 * w, abs=2)
    assert nby == pytest.approx(floor, abs=0.5)
    # far from the floor it follows the mouse
    _drag(qtbot, view, QPointF(nbx, nby - 60), QPointF(nbx, nby - 60 - 0.2 * h))
    assert c.base_point()[1] == pytest.approx(floor - 0.2 * h, abs=2)
    assert c.placement["offset"][1] == pytest.approx(-0.2, abs=0.01)


def test_corner_pull_makes_a_perspective_quad_and_export_uses_it(view, qtbot):
    c = view.canvas
    before = list(c.quad)
    c.move_corner(1, QPointF(before[1][0] + 30, before[1][1] + 40))
    assert c.custom_quad and "quad" in c.placement
    t = c.item.transform()
    assert t.isAffine() is False  # a true perspective transform
    # crossing corners is refused
    c.move_corner(0, QPointF(before[2][0] + 500, before[2][1] + 500))
    assert c.quad[0] == pytest.approx(before[0])
    with qtbot.waitSignal(view.exported, timeout=30000) as sig:
        view.export_buttons[None].click()
    asset = sig.args[0]
    assert asset.provenance["placement"]["quad"] is not None


def test_export_targets_from_the_section(view, qtbot):
    with qtbot.waitSignal(view.exported, timeout=30000) as sig:
        view.export_buttons["amazon-main"].click()
    asset = sig.args[0]
    assert (asset.width, asset.height) == (2000, 2000) and asset.provenance["scene"] == "marketplace-white"
    with qtbot.waitSignal(view.exported, timeout=30000) as sig:
        view.export_buttons["instagram"].click()
    assert (sig.args[0].width, sig.args[0].height) == (1080, 1350)
    assert "Saved" in view.status.text()


def test_batch_from_selection(view, qtbot, tmp_path):
    view.batch_dir = str(tmp_path / "out")
    view.list.selectAll()
    with qtbot.waitSignal(view.exported, timeout=60000) as sig:
        view.batch_button.click()
    items = sig.args[0]
    assert len(items) == 2 and all(i.path for i in items)
    assert len(list((tmp_path / "out").iterdir())) == 2


def test_mark_a_photo_scene_and_snap_to_its_plane(view, qtbot, tmp_path):
    cam = SynthCamera()
    quad = cam.project(cam.floor_rect())
    photo = tmp_path / "room.png"
    Image.new("RGB", cam.size, (170, 160, 150)).save(photo)
    row = next(i for i, r in enumerate(view.products.rows()) if r.handle == "red-bottle")  # has dimensions
    with qtbot.waitSignal(view.canvas_ready, timeout=30000):
        view.list.setCurrentIndex(view.products.index(row))
    view.start_add_scene(str(photo))
    c = view.canvas
    assert c.mode == "mark"
    k = c._mark_scale
    for x, y in list(quad) + [quad[3], quad[2]]:
        p = c.mapFromScene(QPointF(x * k, y * k))
        qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=p)
    assert len(c.marks) == 6
    plane, ref = c.marks_in_photo()
    assert np.abs(np.asarray(plane) - quad).max() < 2.5  # clicks land on whole view pixels
    view.ref_length.setText("160cm")
    view.scene_name.setText("test-room")
    with qtbot.waitSignal(view.canvas_ready, timeout=30000):
        view.save_scene_button.click()
    qtbot.waitUntil(lambda: view.current_scene() == "test-room" and c.setup is not None
                    and c.setup.scene == "test-room", timeout=30000)
    assert c.setup.kind == "photo" and c.setup.true_scale
    # drag the product: it stays on the plane at true size (its quad is the snapper's for the new base)
    bx, by = c.base_point()
    _drag(qtbot, view, QPointF(bx, by - 10), QPointF(bx + 40, by - 25))
    nbx, nby = c.base_point()
    assert (nbx, nby) == pytest.approx((bx + 40, by - 15), abs=1.5)
    shown = np.asarray(c.quad)
    want, _ = c.setup.snapper.quad_for_base(nbx, nby, 1.0, 0.0)
    assert np.abs(shown - want).max() < 1e-6
    assert "plane_xy" in c.placement
    # the product got smaller as it moved away (up the floor, away from the camera)
    h_before = max(q[1] for q in want) - min(q[1] for q in want)
    near, _ = c.setup.snapper.quad_for_base(nbx, nby + 80, 1.0, 0.0)
    assert max(q[1] for q in near) - min(q[1] for q in near) > h_before


def test_refine_brush_paints_and_applies(view, qtbot):
    pid = view.current_product_id()
    view.brush_button.setChecked(True)
    qtbot.waitUntil(lambda: view.canvas.mode == "brush" and view.canvas.mask is not None, timeout=20000)
    c = view.canvas
    r = c.gscene.sceneRect()
    _drag(qtbot, view, QPointF(r.width() * 0.2, r.height() * 0.1), QPointF(r.width() * 0.8, r.height() * 0.1))
    m = c.mask
    assert m.pixelColor(int(m.width() * 0.5), int(m.height() * 0.1)).red() == 255  # painted "keep"
    with qtbot.waitSignal(view.canvas_ready, timeout=30000):
        view.brush_apply.click()
    from studio.services import mockups

    assert mockups.refine_mask_path(pid).is_file()
    assert mockups.load_product_settings(pid).get("refine_sha256")


def test_product_without_image_says_why_and_clears_the_canvas(qtbot, sqlite_db, tmp_path):
    from ui.app import create_context
    from ui.sections.mockups import MockupsView

    add_product(sqlite_db, "no-image", None, None, sku="NI-1")
    ctx = create_context(db=sqlite_db)
    w = MockupsView(ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: "no local image" in w.status.text(), timeout=30000)
    assert w.canvas.setup is None and w.canvas.item is None
    ctx.tasks.shutdown()
