"""lint_media on real files: ffmpeg makes the videos, Pillow the images, probe_media reads them back."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from studio.domain import StudioError
from studio.quality import lint_media, probe_media

FFMPEG = shutil.which("ffmpeg")
pytestmark = pytest.mark.skipif(FFMPEG is None or shutil.which("ffprobe") is None,
                                reason="ffmpeg/ffprobe not installed (Debian package 'ffmpeg')")


def _video(path, w, h, seconds, fps=30):
    subprocess.run([FFMPEG, "-v", "error", "-f", "lavfi", "-i", f"color=c=blue:s={w}x{h}:r={fps}:d={seconds}",
                    "-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", str(path)], check=True, timeout=120)
    return path


def test_vertical_short_passes_tiktok_and_instagram(tmp_path):
    info = probe_media(_video(tmp_path / "short.mp4", 360, 640, 4))
    assert info["kind"] == "video" and info["format"] == "mp4" and (info["width"], info["height"]) == (360, 640)
    assert 3.9 <= info["duration"] <= 4.2 and round(info["fps"]) == 30
    assert lint_media("tiktok", info) == []
    assert lint_media("instagram", info) == []


def test_too_short_and_wrong_aspect_are_reported(tmp_path):
    info = probe_media(_video(tmp_path / "clip.mp4", 640, 360, 2))
    tiktok = {f.rule_id for f in lint_media("tiktok", info)}
    assert tiktok == {"media.tiktok.video.min-duration"}
    fb = {f.rule_id for f in lint_media("facebook", info)}
    assert {"media.facebook.video.aspect", "media.facebook.video.min-duration"} <= fb


def test_images(tmp_path):
    png = tmp_path / "a.png"
    Image.new("RGB", (1080, 1350), "white").save(png)
    info = probe_media(png)
    assert info == {"kind": "image", "format": "png", "width": 1080, "height": 1350, "size": png.stat().st_size}
    assert {f.rule_id for f in lint_media("instagram", info)} == {"media.instagram.image.format"}
    assert {f.rule_id for f in lint_media("tiktok", info)} == {"media.tiktok.image.format"}
    jpg = tmp_path / "b.jpg"
    Image.new("RGB", (1080, 1350), "white").save(jpg, quality=80)
    assert lint_media("instagram", probe_media(jpg)) == []


def test_unreadable_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.mp4"
    bad.write_bytes(b"not a video")
    with pytest.raises(StudioError, match="x.mp4"):
        probe_media(bad)
    with pytest.raises(StudioError, match="not found"):
        probe_media(tmp_path / "missing.mp4")


def test_cli_media(tmp_path, capsys):
    import json

    from studio.cli.main import main

    clip = _video(tmp_path / "clip.mp4", 640, 360, 2)
    assert main(["lint", "--media", str(clip), "--target", "tiktok", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["media"]["kind"] == "video" and [f["rule_id"] for f in data["findings"]] == [
        "media.tiktok.video.min-duration"]
    png = tmp_path / "a.jpg"
    Image.new("RGB", (1080, 1080), "white").save(png)
    assert main(["lint", "--media", str(png), "--target", "instagram"]) == 0
    assert "no findings" in capsys.readouterr().out
