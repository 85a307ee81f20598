"""Demo step 40 renders one 9:16 video for a demo product and names its files."""

from __future__ import annotations

from studio.services.demo import DemoContext
from tests.integration.video.video_helpers import needs_ffmpeg, probe


@needs_ffmpeg
def test_demo_step_renders_one_vertical_video(sqlite_db, tmp_path):
    from studio.services.demo_steps import catalog as catalog_step
    from studio.services.demo_steps import video as video_step

    ctx = DemoContext(db=sqlite_db, out=tmp_path)
    catalog_step.run(ctx)
    ctx.state["video_scale"] = 0.25  # the demo renders 1080×1920; the test checks the same path smaller
    details = video_step.run(ctx)
    assert video_step.ORDER == 40
    info = probe(tmp_path / "video" / details["video"].split("/")[-1])
    v = next(s for s in info["streams"] if s["codec_type"] == "video")
    assert (v["width"], v["height"]) == (270, 480) and details["duration_s"] == 15.0
    assert details["market"] == "ar-SA" and set(details["files"]) == {"cover", "srt", "vtt"}
    assert (tmp_path / "video").joinpath(details["subtitles"].split("/")[-1]).read_text(encoding="utf-8")
