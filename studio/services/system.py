"""What the machine has beyond pip, and what the app does without each part.

Everything Python comes pinned from PyPI (``constraints.txt``). A few parts come from the operating system:
ffmpeg/ffprobe (video renders and media checks), espeak-ng (voice-over) and the Noto fonts (every script
we render captions, overlays and cards in). This module checks them once per process and answers in the
words the user sees where they work: the video and livestream sections show the line for the chosen
market's script before a render starts, ``studio doctor`` lists everything, and a render refuses up front
(never boxes in a caption, never a failure deep inside ffmpeg).

The renderer modules are reached through ``studio.registry`` like every other service does.
"""

from __future__ import annotations

import functools
import platform
from dataclasses import asdict, dataclass, field

from studio import registry
from studio.domain import StudioError
from studio.ports import VideoRenderer

# install hints per operating system (README "System requirements" lists the same)
_INSTALL = {
    "ffmpeg": {"debian": "apt-get install ffmpeg", "macos": "brew install ffmpeg",
               "windows": "winget install Gyan.FFmpeg"},
    "espeak-ng": {"debian": "apt-get install espeak-ng", "macos": "brew install espeak-ng",
                  "windows": "winget install eSpeak-NG.eSpeak-NG"},
    "fonts-noto-core": {"debian": "apt-get install fonts-noto-core",
                        "macos": "brew install --cask font-noto-sans font-noto-sans-thai font-noto-sans-arabic "
                                 "font-noto-sans-devanagari font-noto-sans-hebrew",
                        "windows": "install Noto Sans (and its Thai/Arabic/Devanagari/Hebrew families) from "
                                   "fonts.google.com/noto for all users"},
    "fonts-noto-cjk": {"debian": "apt-get install fonts-noto-cjk", "macos": "brew install --cask font-noto-sans-cjk",
                       "windows": "install Noto Sans CJK from fonts.google.com/noto for all users"},
}

_SCRIPT_NAMES = {"latin": "Latin", "cyrillic": "Cyrillic", "greek": "Greek", "arabic": "Arabic",
                 "hebrew": "Hebrew", "thai": "Thai", "devanagari": "Devanagari (Hindi)",
                 "cjk": "Chinese/Japanese/Korean"}


@dataclass(frozen=True)
class Requirement:
    key: str  # "ffmpeg", "ffprobe", "espeak-ng", "font:thai"
    ok: bool
    found: str  # a path, or "" when missing
    without: str  # what the app does without it, in the user's words
    package: str  # the Debian package (the key of the install hints)
    install: dict[str, str] = field(default_factory=dict)

    def line(self) -> str:
        """One line for a banner or the CLI."""
        if self.ok:
            return f"{self.key}: {self.found}"
        return f"{self.without} — install {self.package} ({self.hint()})"

    def hint(self) -> str:
        return self.install.get(current_os(), self.install.get("debian", ""))

    def to_dict(self) -> dict:
        return asdict(self)


def current_os() -> str:
    name = platform.system()
    return {"Darwin": "macos", "Windows": "windows"}.get(name, "debian")


def _renderer() -> VideoRenderer:
    return registry.video_renderer()


def _req(key: str, found: str | None, without: str, package: str) -> Requirement:
    return Requirement(key, bool(found), found or "", without, package, _INSTALL.get(package, {}))


@functools.lru_cache(maxsize=32)
def font_requirement(script: str) -> Requirement:
    """Is there an installed font that covers ``script``? (cached: fonts do not come and go mid-run)."""
    renderer = _renderer()
    package = renderer.font_package(script)
    name = _SCRIPT_NAMES.get(script, script)
    found = renderer.font_path(script)
    return _req(f"font:{script}", found,
                f"no {name} font: {name} captions, overlays and kit cards would show boxes, so they are refused",
                package)


@functools.lru_cache(maxsize=1)
def tool_requirements() -> tuple[Requirement, ...]:
    renderer = _renderer()
    return (
        _req("ffmpeg", renderer.ffmpeg_exe(), "no ffmpeg: videos cannot be rendered", "ffmpeg"),
        _req("ffprobe", renderer.ffprobe_exe(),
             "no ffprobe: video files cannot be checked against platform limits before upload", "ffmpeg"),
        _req("espeak-ng", renderer.espeak_exe(), "no espeak-ng: videos render without voice-over", "espeak-ng"),
    )


def check_all() -> list[Requirement]:
    """Every part beyond pip: the tools, then one font per script the app renders."""
    return [*tool_requirements(), *(font_requirement(s) for s in _SCRIPT_NAMES)]


def script_for_market(tag: str) -> str:
    from localization.markets import UnknownMarket, get_market

    try:
        language = get_market(tag).language
    except UnknownMarket as exc:
        raise StudioError(str(exc).splitlines()[0]) from None
    return _renderer().script_for_language(language)


def market_problems(tag: str, *, voice: bool = True) -> list[Requirement]:
    """What is missing for rendering text of market ``tag`` (its script's font, ffmpeg, and espeak-ng when
    a voice-over is wanted). Empty when everything is there."""
    reqs = [font_requirement(script_for_market(tag)), tool_requirements()[0]]
    if voice:
        reqs.append(tool_requirements()[2])
    return [r for r in reqs if not r.ok]


def require_for_render(tag: str, *, video: bool = True) -> None:
    """Refuse up front, with the fix, when the market's script has no font (instead of rendering boxes) or,
    for a video, when there is no ffmpeg (instead of failing inside the render worker)."""
    reqs = [font_requirement(script_for_market(tag))] + ([tool_requirements()[0]] if video else [])
    for req in reqs:
        if not req.ok:
            raise StudioError(f"{tag}: {req.line()}")


def refresh() -> None:
    """Forget the cached answers (after the user installed something)."""
    font_requirement.cache_clear()
    tool_requirements.cache_clear()
    _renderer().forget_fonts()
