"""The video renderer as the services see it (``studio.ports.VideoRenderer``), registered under the entry
point group ``commerce_studio.video`` as ``renderer``: timelines, preview frames, the render worker and the
tools and fonts a render needs. Qt-free; no studio.services/storage imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generators.video import audio, fonts, graph, preview, timeline


class VideoRendererAdapter:
    FPS = timeline.FPS
    MOVES = timeline.MOVES
    worker_module = "generators.video.render_worker"

    @staticmethod
    def size_for(aspect: str, scale: float = 1.0) -> tuple[int, int]:
        return timeline.size_for(aspect, scale)

    @staticmethod
    def transition_seconds() -> float:
        """How long consecutive scenes overlap (the cross-fade)."""
        return timeline.Timeline().transition

    @staticmethod
    def validate_timeline(tl: dict[str, Any]) -> None:
        timeline.Timeline.from_dict(tl).validate()

    @staticmethod
    def timeline_duration(tl: dict[str, Any]) -> float:
        return timeline.Timeline.from_dict(tl).duration

    @staticmethod
    def render_frame(tl: dict[str, Any], t: float, max_height: int = 960) -> bytes:
        return preview.render_frame(timeline.Timeline.from_dict(tl), t, max_height=max_height)

    @staticmethod
    def pick_music(seed: str) -> Path | None:
        return audio.pick_music(seed)

    @staticmethod
    def voice_engine(voice: dict[str, Any], language: str | None) -> str:
        return audio.choose_engine(timeline.VoiceSettings(**voice), language)

    @staticmethod
    def ffmpeg_exe() -> str | None:
        try:
            return graph.ffmpeg_exe()
        except RuntimeError:
            return None

    @staticmethod
    def ffprobe_exe() -> str | None:
        return graph.ffprobe_exe()

    @staticmethod
    def espeak_exe() -> str | None:
        return audio.espeak_exe()

    @staticmethod
    def script_for_language(language: str | None) -> str:
        return fonts.script_for_language(language)

    @staticmethod
    def font_package(script: str) -> str:
        """The Debian package that brings a font for ``script``."""
        return fonts.DEBIAN_PACKAGE.get(script, "fonts-noto-core").split(" ")[0]

    @staticmethod
    def font_path(script: str) -> str | None:
        """An installed font file covering ``script`` (None: there is none)."""
        try:
            return fonts.resolve_font(script).path
        except fonts.FontMissing:
            return None

    @staticmethod
    def forget_fonts() -> None:
        fonts.resolve_font.cache_clear()


ADAPTER = VideoRendererAdapter()
