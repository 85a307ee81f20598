from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from studio.cli.main import main
from tests.support.mockup_fixtures import add_product, studio_shot


@pytest.fixture
def product(sqlite_db, tmp_path):
    add_product(sqlite_db, "red-bottle", studio_shot(tmp_path / "b.png", size=(500, 700)),
                {"l": 10, "w": 10, "h": 30, "unit": "cm"}, sku="RB-1")


def test_list_json(capsys):
    assert main(["mockup", "--list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "podium" in {s["name"] for s in data["scenes"]}
    assert {t["id"] for t in data["targets"]} == {"amazon-main", "instagram", "story", "pinterest", "tiktok-shop"}


def test_compose_target_and_out(product, tmp_path, capsys):
    out = tmp_path / "ig.jpg"
    assert main(["mockup", "--product", "RB-1", "--scene", "podium", "--target", "instagram", "--out", str(out),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["asset"]["width"] == 1080 and data["asset"]["height"] == 1350
    with Image.open(out) as im:
        assert im.format == "JPEG" and im.size == (1080, 1350)


def test_free_size_png(product, tmp_path):
    out = tmp_path / "x.png"
    assert main(["mockup", "--product", "RB-1", "--scene", "gradient-reflection", "--size", "640x480",
                 "--out", str(out)]) == 0
    with Image.open(out) as im:
        assert im.size == (640, 480)


def test_png_name_for_a_jpeg_target_is_refused(product, tmp_path, capsys):
    assert main(["mockup", "--product", "RB-1", "--target", "amazon-main", "--out", str(tmp_path / "x.png")]) == 2
    assert "name the file *.jpg" in capsys.readouterr().err


def test_glb(product, tmp_path, capsys):
    out = tmp_path / "rb.glb"
    assert main(["mockup", "--product", "RB-1", "--glb", "--out", str(out)]) == 0
    assert out.read_bytes()[:4] == b"glTF"
    assert "0.100 × 0.300 × 0.100 m" in capsys.readouterr().out


def test_batch(product, tmp_path):
    out = tmp_path / "batch"
    assert main(["mockup", "--products", "RB-1", "--scenes", "podium,tablet-screen", "--size", "400x300", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["red-bottle--podium.png", "red-bottle--tablet-screen.png"]


def test_add_scene_and_use_it(product, tmp_path, capsys):
    photo = tmp_path / "wall.jpg"
    Image.new("RGB", (1200, 900), (200, 200, 190)).save(photo)
    # a 1 m × 0.75 m wall area seen head-on; the reference is its 1 m top edge
    assert main(["mockup", "--add-scene", str(photo), "--plane", "200,150,1000,150,1000,750,200,750",
                 "--plane-kind", "wall", "--ref", "200,150,1000,150", "--ref-length", "1m", "--name", "my-wall"]) == 0
    capsys.readouterr()
    out = tmp_path / "wall.png"
    assert main(["mockup", "--product", "RB-1", "--scene", "my-wall", "--out", str(out)]) == 0
    with Image.open(out) as im:
        a = np.asarray(im.convert("RGB"), int)
    prod = np.abs(a - [200, 200, 190]).max(axis=2) > 30
    ys, xs = np.nonzero(prod)
    # 800 px per metre on that wall → the 30 cm bottle is 240 px tall (± 2 %)
    assert (ys.max() - ys.min() + 1) == pytest.approx(240, rel=0.02)


def test_errors_exit_2_with_one_line(product, capsys):
    assert main(["mockup", "--product", "NOPE", "--scene", "podium"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("studio mockup:") and "NOPE" in err and "\n" not in err
    assert main(["mockup", "--add-scene", "x.jpg"]) == 2
    assert "--plane" in capsys.readouterr().err
