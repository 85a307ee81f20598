"""Renders decoded with ffprobe: duration, size, frame rate, audio, index at the front, captions' pixels."""

from __future__ import annotations

import re

import numpy as np
import pytest

from generators.video import audio
from generators.video.captions import CaptionStyle, hex_rgb
from generators.video.render import render
from generators.video.timeline import Scene, Timeline
from tests.integration.video.video_helpers import frame_at, make_images, needs_ffmpeg, probe, top_level_atoms

pytestmark = needs_ffmpeg


def _timeline(images, w=270, h=480, captions=True, voice="auto", music=True, durations=(2.6, 2.6, 2.6)):
    lines = ["Meet the bamboo desk lamp", "Made from bamboo with a warm light", "Tap the link in our bio"]
    moves = ["zoom-in", "pan-left", "zoom-out"]
    scenes = [Scene(image=str(images[i % len(images)]), duration=d, move=moves[i % 3], text=f"Scene {i + 1}",
                    voice=lines[i % 3], image_ref="card:cta" if i == len(durations) - 1 else f"media:{i + 1}")
              for i, d in enumerate(durations)]
    tracks = audio.list_music()
    return Timeline(width=w, height=h, scenes=scenes, language="en", captions=captions,
                    music=str(tracks[0]) if music and tracks else None,
                    voice={"engine": voice} if isinstance(voice, str) else voice)


def _job(tl, tmp_path, name):
    d = tl.to_dict()
    d["voice"] = {"engine": tl.voice["engine"]} if isinstance(tl.voice, dict) else d["voice"]
    return {"timeline": d, "out": str(tmp_path / f"{name}.mp4"), "workdir": str(tmp_path / f"work-{name}")}


def test_small_render_decodes_with_voice_music_captions_and_index_first(tmp_path):
    images = make_images(tmp_path / "img")
    tl = _timeline(images)
    seen = []
    result = render(_job(tl, tmp_path, "cap"), lambda f, m: seen.append(f))
    info = probe(tmp_path / "cap.mp4")
    v = next(s for s in info["streams"] if s["codec_type"] == "video")
    a = [s for s in info["streams"] if s["codec_type"] == "audio"]
    expected = Timeline.from_dict(result["timeline"]).duration
    assert abs(float(info["format"]["duration"]) - expected) < 0.12
    assert (v["width"], v["height"]) == (270, 480)
    assert v["r_frame_rate"] == "30/1" and v["codec_name"] == "h264" and v["pix_fmt"] == "yuv420p"
    assert a and a[0]["codec_name"] == "aac" and a[0]["sample_rate"] == "48000"
    atoms = top_level_atoms(tmp_path / "cap.mp4")
    assert atoms.index("moov") < atoms.index("mdat"), atoms
    assert seen == sorted(seen) and seen[-1] == 1.0
    # voice-over really spoken: the voice track has energy while the first words are on screen
    assert audio.espeak_exe() is None or result["timeline"]["scenes"][0]["voice_duration"] > 0.5
    # subtitles and cover
    srt = (tmp_path / "cap.srt").read_text(encoding="utf-8")
    assert re.search(r"^1\n00:00:00,\d{3} --> 00:00:0\d,\d{3}\nMeet the", srt, re.M)
    assert (tmp_path / "cap.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    from PIL import Image

    with Image.open(tmp_path / "cap.jpg") as cover:
        assert cover.format == "JPEG" and cover.size == (270, 480)

    # same timeline without captions = the baseline for the caption band
    base_tl = Timeline.from_dict(result["timeline"])
    base_tl.captions = False
    render({"timeline": base_tl.to_dict(), "out": str(tmp_path / "base.mp4"), "workdir": str(tmp_path / "wb")})
    style = CaptionStyle(base_tl)
    box = (0, style.band_y, base_tl.width, style.band_y + style.band_h)
    words = [w for s in base_tl.scenes for w in s.words]
    assert len(words) >= 8

    def band(video, t, name):
        return np.asarray(frame_at(video, t, tmp_path / f"{name}.png").crop(box), dtype=np.int16)

    accent = np.array(hex_rgb(base_tl.brand.accent), dtype=np.int16)
    highlight_centres = []
    for k, w in enumerate(words[:3]):
        t = (w.start + w.end) / 2
        with_cap, without = band(tmp_path / "cap.mp4", t, f"c{k}"), band(tmp_path / "base.mp4", t, f"b{k}")
        diff = np.abs(with_cap - without).mean()
        assert diff > 4.0, f"no caption pixels at {t:.2f} s (word {w.text!r}): mean diff {diff:.2f}"
        near_accent = np.all(np.abs(with_cap - accent) < 40, axis=2)
        assert near_accent.sum() > 30, f"the highlighted word {w.text!r} has no accent-coloured box at {t:.2f} s"
        highlight_centres.append(np.argwhere(near_accent)[:, 1].mean())
    # the highlight moves from word to word
    assert len({round(c / 10) for c in highlight_centres}) == 3, highlight_centres
    # before the first word is spoken there is no caption
    t0 = words[0].start / 2
    assert np.abs(band(tmp_path / "cap.mp4", t0, "c_pre") - band(tmp_path / "base.mp4", t0, "b_pre")).mean() < 2.0


def test_full_size_vertical_render_meets_short_video_specs(tmp_path):
    """One full 1080×1920 render: platform-specs.md A: Instagram / Reels spec, TikTok / Video specs."""
    images = make_images(tmp_path / "img", size=(1200, 1600))
    tl = _timeline(images, 1080, 1920, voice="none", durations=(1.8, 1.8))
    render(_job(tl, tmp_path, "full"))
    path = tmp_path / "full.mp4"
    info = probe(path)
    v = next(s for s in info["streams"] if s["codec_type"] == "video")
    a = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert (v["width"], v["height"]) == (1080, 1920)
    assert v["codec_name"] == "h264" and v["profile"] == "High" and v["pix_fmt"] == "yuv420p"
    assert v["r_frame_rate"] == "30/1"
    assert a["codec_name"] == "aac" and int(a["sample_rate"]) <= 48000 and int(a.get("bit_rate", 0)) <= 160_000
    assert float(info["format"]["duration"]) >= 3.0  # TikTok / Reels minimum 3 s
    assert int(info["format"]["bit_rate"]) < 25_000_000  # Reels VBR ≤25 Mbps
    atoms = top_level_atoms(path)
    assert atoms.index("moov") < atoms.index("mdat")
    assert b"elst" not in path.read_bytes()[: 200_000]  # no edit lists (Reels spec)


def test_bad_image_is_a_clear_error(tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not an image")
    tl = _timeline([bad], voice="none", music=False)
    with pytest.raises(ValueError, match="broken.jpg cannot be read"):
        render(_job(tl, tmp_path, "bad"))
