"""Parts beyond pip: a machine without a script's font, ffmpeg or espeak-ng is told so where the user works,
and renders refuse up front instead of drawing boxes or failing inside ffmpeg."""

from __future__ import annotations

import json

import pytest

from generators.video import fonts, graph
from studio.domain import StudioError
from studio.services import livestream, system, video
from tests.integration.kit.test_livestream_service import _seed
from tests.integration.video.video_helpers import add_product, make_images


@pytest.fixture
def no_thai_font(monkeypatch):
    """This machine without fonts-noto-core's Thai faces: no known path and fontconfig finds none."""
    monkeypatch.setitem(fonts._KNOWN, "thai", [])
    real = fonts._fc_match
    monkeypatch.setattr(fonts, "_fc_match", lambda script, bold: [] if script == "thai" else real(script, bold))
    system.refresh()
    yield
    system.refresh()


@pytest.fixture
def no_ffmpeg(monkeypatch):
    def missing():
        raise RuntimeError("ffmpeg not found")

    monkeypatch.setattr(graph, "ffmpeg_exe", missing)
    system.refresh()
    yield
    system.refresh()


def test_this_machine_has_everything_ci_installs():
    missing = [r.line() for r in system.check_all() if not r.ok]
    assert missing == []


def test_missing_thai_font_is_named_with_the_package(no_thai_font, capsys):
    from studio.cli.main import main

    assert system.market_problems("de-DE") == []
    [problem] = system.market_problems("th-TH")
    assert problem.key == "font:thai" and problem.package == "fonts-noto-core"
    assert "boxes" in problem.line() and "apt-get install fonts-noto-core" in problem.line()
    assert main(["doctor", "--market", "th-TH"]) == 1
    out = capsys.readouterr().out
    assert out.strip().startswith("no Thai font") and "fonts-noto-core" in out
    assert main(["doctor", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    thai = next(r for r in data["requirements"] if r["key"] == "font:thai")
    assert thai["ok"] is False and thai["install"]["macos"].startswith("brew install")


def test_kit_for_a_market_without_its_font_refuses_up_front(sqlite_db, no_thai_font):
    _seed(sqlite_db)
    req = livestream.KitRequest(products=["MUG-1"], market="th-TH", total_minutes=60,
                                store_url="https://shop.example.com")
    with pytest.raises(StudioError, match="^th-TH: no Thai font.*fonts-noto-core"):
        livestream.build_kit(sqlite_db, req)


def test_render_without_ffmpeg_refuses_before_the_worker(db, tmp_path, no_ffmpeg, monkeypatch):
    add_product(db, make_images(tmp_path / "img", 3))
    monkeypatch.setattr(video, "run_worker", lambda *a, **k: pytest.fail("the worker must not start"))
    with pytest.raises(StudioError, match="no ffmpeg: videos cannot be rendered"):
        video.render_video(db, "bamboo-lamp", "en-US", reuse=False)
