"""render_video on SQLite and PostgreSQL: script from the generation engine, assets with provenance, reuse,
storyboard edits as human versions, preview frames, batch, and the ``studio render`` CLI."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from studio.domain import NotFound, StudioError
from studio.services import assets as asset_svc
from studio.services import drafts, video
from tests.integration.video.video_helpers import add_product, make_images, needs_ffmpeg, probe

pytestmark = needs_ffmpeg


@pytest.fixture
def product(db, tmp_path):
    return add_product(db, make_images(tmp_path / "img", 3))


def test_render_stores_assets_with_provenance_and_reuses_them(db, product, tmp_path, monkeypatch):
    seen = []
    asset = video.render_video(db, "LAMP-1", "en-US", "9:16", tmp_path / "out" / "lamp.mp4",
                               progress=lambda f, m: seen.append(f), scale=0.25, duration=15)
    assert asset.kind == "video" and asset.mime == "video/mp4" and asset.product_id == product
    assert (asset.width, asset.height) == (270, 480)
    info = probe(tmp_path / "out" / "lamp.mp4")
    assert abs(float(info["format"]["duration"]) - asset.duration) < 0.12
    assert abs(asset.duration - 15.0) < 0.05  # the 15 s preset (cross-fade overlaps compensated)
    # the script was generated (offline writer) and recorded as the video's provenance
    script = asset.provenance["script"]
    d = drafts.get_draft(db, script["draft_id"])
    assert d.kind == "video-script" and d.target == "tiktok" and script["version"] == d.current_version
    assert asset.provenance["music_licence"].startswith("CC0")
    assert asset.provenance["voice"] == "espeak" and asset.provenance["synthetic_voice"] is True
    files = video.related_files(db, asset)
    assert set(files) == {"cover", "srt", "vtt"}
    assert (tmp_path / "out" / "lamp.jpg").is_file() and (tmp_path / "out" / "lamp.srt").is_file()
    assert max(seen) == 1.0 and any(0.1 < f < 0.95 for f in seen)  # ffmpeg progress came through

    # nothing changed → the stored render is reused without starting a worker
    def boom(*a, **k):
        raise AssertionError("re-rendered although nothing changed")

    monkeypatch.setattr(video, "run_worker", boom)
    again = video.render_video(db, "bamboo-lamp", "en-US", "9:16", scale=0.25, duration=15)
    assert again.id == asset.id

    # a human edit of the script is a new draft version and a new inputs hash
    board = video.storyboard(db, "bamboo-lamp", "en-US")
    content = dict(board["content"])
    content["scenes"] = list(reversed(content["scenes"]))
    saved = video.save_storyboard(db, product, "en-US", "tiktok", content)
    assert saved.latest.author == "human" and saved.current_version == script["version"] + 1
    plan = video.plan_render(db, "bamboo-lamp", "en-US", "9:16", scale=0.25, duration=15)
    assert plan.inputs_hash != asset.inputs_hash and plan.script.version == saved.current_version


def test_approved_script_wins_over_newer_versions(db, product):
    first = video.storyboard(db, "bamboo-lamp", "en-US")
    drafts.approve(db, [first["draft_id"]])
    edited = dict(first["content"])
    edited["scenes"] = edited["scenes"][:3]
    video.save_storyboard(db, product, "en-US", "tiktok", edited)
    plan = video.plan_render(db, "bamboo-lamp", "en-US", "9:16", scale=0.25)
    assert plan.script.approved and plan.script.version == first["version"]
    assert len(plan.timeline["scenes"]) == len(first["content"]["scenes"])


def test_preview_frame_is_png_of_the_timeline(db, product):
    png = video.preview_frame(db, "bamboo-lamp", "ar-SA", 1.0, max_height=480)
    with Image.open(io.BytesIO(png)) as img:
        assert img.format == "PNG" and img.size == (270, 480)


def test_bad_input_is_one_clear_error(db, product, tmp_path):
    with pytest.raises(StudioError, match="unknown aspect '4:3'"):
        video.render_video(db, "bamboo-lamp", "en-US", "4:3")
    with pytest.raises(NotFound):
        video.render_video(db, "NO-SUCH-SKU", "en-US")
    with pytest.raises(StudioError, match="unknown duration"):
        video.plan_render(db, "bamboo-lamp", "en-US", duration=45)
    no_images = add_product(db, [], handle="no-images", sku="NOIMG")
    assert no_images
    with pytest.raises(StudioError, match="no local images"):
        video.plan_render(db, "NOIMG", "en-US")
    assert video.plan_render(db, "bamboo-lamp", "ko-KR")  # issue 16: every registry market gets a script
    with pytest.raises(StudioError, match="scene 1: duration"):
        video.save_storyboard(db, product, "en-US", "tiktok", {"scenes": [{"duration": "x"}]})


def test_cli_render_prints_path_and_one_line_errors(db, product, tmp_path, capsys):
    from studio.cli.main import main

    out = tmp_path / "cli.mp4"
    rc = main(["render", "--product", "LAMP-1", "--market", "de-DE", "--aspect", "1:1", "--out", str(out),
               "--duration", "15", "--json", "--scale", "0.25"])
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == str(out) and out.is_file() and (data["width"], data["height"]) == (270, 270)
    assert set(data["files"]) == {"cover", "srt", "vtt"}
    # same inputs into a folder: reused, written as <handle>-<market>-<aspect>.mp4 with its cover and subtitles
    folder = tmp_path / "videos"
    folder.mkdir()
    rc = main(["render", "--product", "LAMP-1", "--market", "de-DE", "--aspect", "1:1", "--out", str(folder),
               "--duration", "15", "--scale", "0.25"])
    assert rc == 0
    printed = capsys.readouterr().out.strip()
    assert printed == str(folder / "bamboo-lamp-de-DE-1x1.mp4")
    assert {p.name for p in folder.iterdir()} == {f"bamboo-lamp-de-DE-1x1.{x}" for x in ("mp4", "jpg", "srt", "vtt")}
    assert asset_svc.get_asset(db, data["asset_id"]).inputs_hash == data["inputs_hash"]
    rc = main(["render", "--product", "LAMP-1", "--market", "xx-XX"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "xx-XX" in err
    rc = main(["render", "--product", "NOPE", "--market", "de-DE"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "NOPE" in err
