"""The timeline model of a short video: scenes (image, duration, camera move, transition, on-screen text,
voice-over line) plus frame size, brand, music and voice settings. Plain dataclasses that round-trip
through JSON (the render worker reads a timeline from stdin). Qt-free; no studio.services imports.

Timing: scenes overlap by ``transition`` seconds (ffmpeg ``xfade``), so scene ``i`` starts at
``sum(d[:i]) - i * transition`` and the video lasts ``sum(d) - (n-1) * transition``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from generators.video import fonts

# Frame sizes. 9:16 1080×1920 is the recommended Reels/Shorts/TikTok size
# (platform-specs.md A: Facebook Page / Reels spec and cap — "9:16, 1080×1920 recommended";
#  A: Instagram / Reels spec — "9:16 recommended", width ≤1920 px; A: TikTok / Video specs — 360–4096 px).
ASPECTS: dict[str, tuple[int, int]] = {"9:16": (1080, 1920), "1:1": (1080, 1080), "16:9": (1920, 1080)}
FPS = 30  # 23–60 fps accepted by TikTok, Reels and Threads (platform-specs.md A: TikTok / Video specs;
#           A: Instagram / Reels spec); 30 is the common export rate.
MOVES = ("zoom-in", "zoom-out", "pan-left", "pan-right", "pan-up", "pan-down", "none")
TRANSITIONS = ("fade", "slideleft", "slideright", "slideup", "wipeleft", "circleopen", "dissolve", "smoothleft",
               "none")


def size_for(aspect: str, scale: float = 1.0) -> tuple[int, int]:
    if aspect not in ASPECTS:
        raise ValueError(f"unknown aspect {aspect!r}; use one of {', '.join(ASPECTS)}")
    w, h = ASPECTS[aspect]
    return _even(w * scale), _even(h * scale)


def _even(v: float) -> int:
    return max(2, int(round(v / 2.0)) * 2)


@dataclass
class Word:
    text: str
    start: float
    end: float


@dataclass
class Scene:
    image: str
    duration: float
    move: str = "zoom-in"
    transition: str = "fade"  # transition INTO the next scene
    text: str = ""  # on-screen text (title band)
    voice: str = ""  # voice-over line; its words become the highlighted captions
    image_ref: str = ""  # what the script asked for (media:<id>, mockup:<id>, card:cta…)
    words: list[Word] = field(default_factory=list)  # absolute times, filled by ``time_words``
    voice_start: float = 0.0  # absolute; filled by ``time_words``
    voice_duration: float = 0.0


@dataclass
class Brand:
    primary: str = "#1F3A5F"  # end card / title box
    accent: str = "#FFC233"  # highlighted word
    text: str = "#FFFFFF"
    logo: str | None = None
    name: str = ""


@dataclass
class VoiceSettings:
    engine: str = "auto"  # auto|espeak|openai|none
    voice: str | None = None  # espeak voice (per language by default) or the endpoint's voice name
    base_url: str | None = None  # OpenAI-compatible endpoint (…/v1)
    model: str = "tts-1"
    api_key_env: str = "STUDIO_TTS_API_KEY"  # the key travels in the environment, never in the job file
    rate: int = 175  # espeak words per minute before fitting to the scene


@dataclass
class Timeline:
    width: int = 1080
    height: int = 1920
    fps: int = FPS
    scenes: list[Scene] = field(default_factory=list)
    transition: float = 0.4
    language: str = "en"
    brand: Brand = field(default_factory=Brand)
    music: str | None = None
    music_volume: float = 0.22
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    captions: bool = True
    title: str = ""

    # ------------------------------------------------------------------ timing
    @property
    def direction(self) -> str:
        return "rtl" if fonts.script_for_language(self.language) in fonts.RTL_SCRIPTS else "ltr"

    def effective_transition(self) -> float:
        if len(self.scenes) < 2:
            return 0.0
        shortest = min(s.duration for s in self.scenes)
        return max(0.0, min(self.transition, shortest / 3))

    def scene_starts(self) -> list[float]:
        t = self.effective_transition()
        starts, acc = [], 0.0
        for i, s in enumerate(self.scenes):
            starts.append(round(acc - i * t, 4))
            acc += s.duration
        return starts

    @property
    def duration(self) -> float:
        if not self.scenes:
            return 0.0
        return round(sum(s.duration for s in self.scenes) - (len(self.scenes) - 1) * self.effective_transition(), 4)

    def scene_at(self, t: float) -> tuple[int, float]:
        """Index of the scene shown at time ``t`` (the incoming one during a transition) and its local time."""
        starts = self.scene_starts()
        idx = 0
        for i, st in enumerate(starts):
            if t >= st:
                idx = i
        return idx, t - starts[idx]

    def validate(self) -> None:
        if not self.scenes:
            raise ValueError("the timeline has no scenes")
        if self.width % 2 or self.height % 2:
            raise ValueError("width and height must be even (yuv420p)")
        for i, s in enumerate(self.scenes, 1):
            if s.duration < 0.5:
                raise ValueError(f"scene {i}: duration {s.duration} s is shorter than 0.5 s")
            if s.move not in MOVES:
                raise ValueError(f"scene {i}: unknown camera move {s.move!r}; use one of {', '.join(MOVES)}")
            if s.transition not in TRANSITIONS:
                raise ValueError(f"scene {i}: unknown transition {s.transition!r}")

    # ------------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timeline:
        d = dict(d)
        scenes = []
        for s in d.pop("scenes", []):
            s = dict(s)
            words = [Word(**w) for w in s.pop("words", [])]
            scenes.append(Scene(**s, words=words))
        brand = Brand(**d.pop("brand", {}) or {})
        voice = VoiceSettings(**d.pop("voice", {}) or {})
        return cls(**d, scenes=scenes, brand=brand, voice=voice)


# --------------------------------------------------------------------------- words and their timings

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
_PUNCT_ONLY = re.compile(r"^[\W_]+$", re.UNICODE)


def split_words(text: str, language: str | None = None) -> list[str]:
    """Caption units: whitespace words; Thai segmented with pythainlp; CJK in runs of two characters.

    In Thai and CJK text (written without spaces between words) a space that *is* in the text — around a
    Latin brand name, between phrases — stays at the end of the unit before it, so joining the units with
    "" gives the text back."""
    text = " ".join(text.split())
    if not text:
        return []
    script = fonts.script_of(text)
    if script not in ("thai", "cjk"):
        return text.split()
    chunks = text.split(" ")
    units: list[str] = []
    for ci, chunk in enumerate(chunks):
        if script == "thai" and any(fonts.char_script(c) == "thai" for c in chunk):
            try:
                from pythainlp.tokenize import word_tokenize

                part = [w for w in word_tokenize(chunk, engine="newmm", keep_whitespace=False) if w.strip()]
            except Exception:  # noqa: BLE001 - no segmenter: the chunk is one unit
                part = [chunk]
        elif script == "cjk" and _CJK_RUN.search(chunk):
            part, buf = [], ""
            for ch in chunk:
                is_cjk = bool(_CJK_RUN.match(ch))
                if buf and is_cjk != bool(_CJK_RUN.match(buf[-1])) and ch.isalnum():
                    part.append(buf)  # a Latin word or number inside CJK text is its own unit
                    buf = ""
                buf += ch
                if len(buf) >= 2 and is_cjk:
                    part.append(buf)
                    buf = ""
            if buf:
                part.append(buf)
        else:
            part = [chunk]
        part = _attach_punct(part)
        if part and ci + 1 < len(chunks):
            part[-1] += " "
        units += part
    return _attach_punct(units)


def _attach_punct(units: list[str]) -> list[str]:
    out: list[str] = []
    for u in units:
        if out and _PUNCT_ONLY.match(u) and not out[-1].endswith(" "):
            out[-1] += u
        else:
            out.append(u)
    return out


def joiner_for(text: str) -> str:
    return "" if fonts.script_of(text) in fonts.NO_SPACE_SCRIPTS else " "


def time_words(words: list[str], start: float, duration: float) -> list[Word]:
    """Spread words over the spoken span in proportion to their length (espeak gives no word marks)."""
    if not words:
        return []
    weights = [max(1, len(w)) + 1.5 for w in words]
    total = sum(weights)
    t, out = start, []
    for w, wt in zip(words, weights, strict=True):
        d = duration * wt / total
        out.append(Word(w, round(t, 3), round(t + d, 3)))
        t += d
    return out


def estimate_speech_seconds(text: str, language: str | None = None) -> float:
    """Rough spoken length at ~15 characters/s (CJK ~6/s): used by previews before TTS runs."""
    chars = len(text.strip())
    if not chars:
        return 0.0
    script = fonts.script_of(text)
    rate = 6.0 if script == "cjk" else 12.0 if script == "thai" else 15.0
    return chars / rate


def assign_word_timings(tl: Timeline, voice_durations: list[float] | None = None, lead: float = 0.15) -> None:
    """Fill each scene's ``voice_start``/``voice_duration`` and word timings (absolute seconds)."""
    starts = tl.scene_starts()
    trans = tl.effective_transition()
    for i, (scene, st) in enumerate(zip(tl.scenes, starts, strict=True)):
        begin = st + (0.1 if i == 0 else lead + trans / 2)
        room = max(0.3, scene.duration - (begin - st) - 0.15)
        dur = voice_durations[i] if voice_durations and i < len(voice_durations) else \
            estimate_speech_seconds(scene.voice, tl.language)
        dur = min(dur, room) if dur else 0.0
        scene.voice_start = round(begin, 3)
        scene.voice_duration = round(dur, 3)
        scene.words = time_words(split_words(scene.voice, tl.language), begin, dur) if dur else []
