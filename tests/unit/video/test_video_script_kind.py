"""The ``video-script`` kind: offline scripts in every phrase-bank language, hook in the first 2 s, presets,
channel rules (platform-specs.md A: TikTok / Video specs, Instagram / Reels spec, YouTube / Shorts)."""

from __future__ import annotations

import pytest

from generators.copy import phrasebank
from generators.copy.kinds import get
from generators.copy.kinds.video_script import CHANNELS, HOOK_SECONDS

TASK = {
    "product": {"title": "Bamboo Desk Lamp", "handle": "bamboo-lamp", "vendor": "Lumo", "product_type": "Lamp",
                "tags": ["desk"]},
    "facts": [{"key": "material", "value": "bamboo"}, {"key": "color", "value": "natural"},
              {"key": "dimensions", "value": "30 x 15 x 45 cm"}, {"key": "weight", "value": "1.2 kg"},
              {"key": "care", "value": "wipe with a dry cloth"}, {"key": "origin", "value": "Vietnam"}],
}


@pytest.mark.parametrize("lang", phrasebank.supported_languages())
@pytest.mark.parametrize("preset", [15, 30, 60])
def test_offline_script_is_valid_in_every_language_and_preset(lang, preset):
    spec = get("video-script", "tiktok")
    task = dict(TASK, target="tiktok", language=lang, duration=preset)
    raw = spec.offline(task, phrasebank.load(lang))
    spec.schema.model_validate(raw)  # 3–8 scenes, field limits
    out = spec.finish(raw, task)
    scenes = out["scenes"]
    assert 3 <= len(scenes) <= 8 and out["preset"] == preset
    assert abs(sum(s["duration"] for s in scenes) - preset) < 0.05
    # the hook is the first scene's text and line, and the first scene covers the 2 s hook window
    assert scenes[0]["on_screen_text"] == out["hook"] and out["hook"] in scenes[0]["voice_over"]
    assert scenes[0]["duration"] >= HOOK_SECONDS
    assert scenes[-1]["image"] == "card:cta" and out["cta"]
    assert all(s["voice_over"].strip() and s["camera"] for s in scenes)


def test_channel_rules_aspect_and_length():
    yt = get("video-script", "youtube")
    task = dict(TASK, target="youtube", language="en", duration=60, aspect="16:9")
    out = yt.finish(yt.offline(task, phrasebank.load("en")), task)
    assert out["aspect"] == "9:16"  # Shorts are square or vertical: 16:9 is not offered
    assert sum(s["duration"] for s in out["scenes"]) <= CHANNELS["youtube"].max_s
    ig = get("video-script", "instagram")
    task = dict(TASK, target="instagram", language="en", duration=15, aspect="1:1")
    assert ig.finish(ig.offline(task, phrasebank.load("en")), task)["aspect"] == "1:1"


def test_model_output_with_a_short_first_scene_is_fixed_by_finish():
    spec = get("video-script", "tiktok")
    raw = {"hook": "Stop scrolling", "cta": "Link in bio", "hashtags": ["lamp", "#desk"],
           "scenes": [{"duration": 1.0, "on_screen_text": "x", "voice_over": "y", "image": "media:1",
                       "camera": "zoom-in"},
                      {"duration": 5, "on_screen_text": "a", "voice_over": "b", "image": "media:2", "camera": "spin"},
                      {"duration": 5, "on_screen_text": "c", "voice_over": "d", "image": "card:cta",
                       "camera": "none"}]}
    out = spec.finish(raw, {"target": "tiktok", "duration": 15})
    assert out["scenes"][0]["duration"] >= HOOK_SECONDS and out["scenes"][0]["voice_over"] == "Stop scrolling"
    assert out["scenes"][1]["camera"] == "zoom-in"  # unknown move replaced
    assert out["hashtags"] == ["#Lamp", "#desk"]
