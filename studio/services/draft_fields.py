"""The structured fields of a draft a person edits: an FAQ's question/answer pairs (``items``: ``{"q", "a"}``) and a
video script's scenes (``scenes``: duration, on-screen text, voice-over, plus the image and camera move the
writer chose). The app's editors (Content, Review › Edit) and ``studio drafts edit`` validate through here, with
a one-line reason; every key a person does not edit (a scene's image, camera…) is kept as it was."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from localization.speech import voice_seconds
from localization.text import measure, nfc
from studio.domain import StudioError

FAQ_FIELD = "items"
SCENES_FIELD = "scenes"
MAX_FAQ = 12
MAX_SCENES = 8
MIN_SECONDS = 1.0
MAX_SECONDS = 20.0
MAX_ON_SCREEN = 90  # characters (graphemes), as the writer's schema
MAX_VOICE = 300
SCENE_TEXT_KEYS = ("on_screen_text", "voice_over")


def new_faq_item() -> dict[str, Any]:
    return {"q": "", "a": ""}


def new_scene() -> dict[str, Any]:
    """A scene a person adds: 3 s on the first product image with the writer's default camera move."""
    return {"duration": 3.0, "on_screen_text": "", "voice_over": "", "image": "media:1", "camera": "zoom-in"}


def is_faq(key: str, value: Any) -> bool:
    return key == FAQ_FIELD and isinstance(value, list) and all(isinstance(x, dict) for x in value)


def is_scenes(key: str, value: Any) -> bool:
    return key == SCENES_FIELD and isinstance(value, list) and all(isinstance(x, dict) for x in value)


def is_structured(key: str, value: Any) -> bool:
    return is_faq(key, value) or is_scenes(key, value)


def _chars(s: Any) -> int:
    return int(measure(nfc(str(s or "")), "graphemes"))


def faq_problem(items: list[dict[str, Any]]) -> str | None:
    """Why these FAQ items cannot be saved (one line), or None."""
    if not items:
        return "an FAQ needs at least one question and answer"
    if len(items) > MAX_FAQ:
        return f"an FAQ holds at most {MAX_FAQ} questions ({len(items)} given)"
    for i, it in enumerate(items, 1):
        if not str(it.get("q") or "").strip():
            return f"FAQ {i}: the question is empty"
        if not str(it.get("a") or "").strip():
            return f"FAQ {i}: the answer is empty"
    return None


def seconds_of(value: Any) -> float:
    """A scene duration from what a person typed ("3.5", "3,5", "3.5 s"); StudioError with the reason."""
    text = str(value).strip().lower().removesuffix("s").strip().replace(",", ".")
    try:
        seconds = float(text)
    except ValueError:
        raise StudioError(f"a duration is a number of seconds, got {str(value)!r}") from None
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise StudioError(f"a scene lasts {MIN_SECONDS:g} to {MAX_SECONDS:g} seconds, got {seconds:g}")
    return round(seconds, 2)


def scenes_problem(scenes: list[dict[str, Any]]) -> str | None:
    """Why these scenes cannot be saved (one line), or None."""
    if not scenes:
        return "a video script needs at least one scene"
    if len(scenes) > MAX_SCENES:
        return f"a video script holds at most {MAX_SCENES} scenes ({len(scenes)} given)"
    for i, s in enumerate(scenes, 1):
        try:
            seconds_of(s.get("duration"))
        except StudioError as exc:
            return f"scene {i}: {exc}"
        if _chars(s.get("on_screen_text")) > MAX_ON_SCREEN:
            return f"scene {i}: the on-screen text is {_chars(s.get('on_screen_text'))} characters (at most {MAX_ON_SCREEN})"
        if _chars(s.get("voice_over")) > MAX_VOICE:
            return f"scene {i}: the voice-over is {_chars(s.get('voice_over'))} characters (at most {MAX_VOICE})"
    return None


def problem(key: str, value: Any) -> str | None:
    if is_faq(key, value):
        return faq_problem(value)
    if is_scenes(key, value):
        return scenes_problem(value)
    return None


def total_seconds(scenes: list[dict[str, Any]]) -> float:
    total = 0.0
    for s in scenes:
        try:
            total += float(s.get("duration") or 0)
        except (TypeError, ValueError):
            continue
    return round(total, 2)


@dataclass(frozen=True)
class Pacing:
    """A scene whose voice-over takes longer to say than the scene lasts (at the language's pace)."""

    index: int  # 0-based
    needs: float  # seconds the voice takes
    lasts: float  # seconds the scene lasts


def voice_language(market: str, content: dict[str, Any] | None = None) -> str:
    lang = str((content or {}).get("language") or market or "en")
    return lang.split("-")[0].lower()


def scene_pacing(scene: dict[str, Any], lang: str) -> tuple[float, float]:
    """(seconds the voice-over takes, seconds the scene lasts)."""
    try:
        lasts = float(scene.get("duration") or 0)
    except (TypeError, ValueError):
        lasts = 0.0
    return round(voice_seconds(str(scene.get("voice_over") or ""), lang), 1), lasts


def too_long(scenes: list[dict[str, Any]], lang: str) -> list[Pacing]:
    out = []
    for i, s in enumerate(scenes):
        needs, lasts = scene_pacing(s, lang)
        if needs > lasts + 0.05:
            out.append(Pacing(i, needs, lasts))
    return out


# --------------------------------------------------------------------------- `studio drafts edit`

_PATH = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\](?:\.([A-Za-z_][A-Za-z0-9_]*))?)?$")
_FAQ_KEYS = {"q": "q", "question": "q", "a": "a", "answer": "a"}
_SCENE_KEYS = {"duration": "duration", "seconds": "duration", "on_screen_text": "on_screen_text",
               "on_screen": "on_screen_text", "voice_over": "voice_over", "voice": "voice_over"}


def apply_edit(content: dict[str, Any], path: str, value: str | None) -> dict[str, Any]:
    """``content`` with one edit (a copy): ``title=…``; ``items[1].q=…`` / ``items[1].a=…``; ``scenes[0].duration=3.5``,
    ``scenes[0].on_screen_text=…``, ``scenes[0].voice_over=…``; an index one past the end appends a new FAQ item
    or scene; ``value`` None removes ``items[N]`` / ``scenes[N]``. StudioError with a one-line reason (the
    structured fields are validated by ``apply_edits``, after all edits)."""
    m = _PATH.match(path.strip())
    if m is None:
        raise StudioError(f"not a field path: {path!r} (e.g. title, items[0].a, scenes[2].voice_over)")
    key, index, sub = m.group(1), m.group(2), m.group(3)
    out = copy.deepcopy(content)
    if key not in out or key == "language":
        raise StudioError(f"this draft has no field {key!r}; its fields: "
                          + ", ".join(k for k in content if k != "language"))
    current = out[key]
    if index is None:
        if value is None:
            raise StudioError(f"{key} cannot be removed, only changed")
        if isinstance(current, list) and all(isinstance(x, str) for x in current):
            out[key] = [line.strip() for line in value.splitlines() if line.strip()]
        elif isinstance(current, list | dict):
            raise StudioError(f"{key} is structured: edit one item, e.g. {key}[0]"
                              + (".a" if key == FAQ_FIELD else ".voice_over" if key == SCENES_FIELD else ""))
        else:
            out[key] = value
        return out
    if not isinstance(current, list):
        raise StudioError(f"{key} is not a list")
    i = int(index)
    if value is None:
        if sub or i >= len(current):
            raise StudioError(f"to remove, name an existing item: {key}[0] to {key}[{len(current) - 1}]")
        del current[i]
    else:
        if i > len(current):
            raise StudioError(f"{key} has {len(current)} item(s): edit {key}[0] to {key}[{len(current) - 1}]"
                              f" or add one as {key}[{len(current)}]")
        if is_faq(key, current):
            field = _FAQ_KEYS.get(sub or "")
            if field is None:
                raise StudioError(f"an FAQ item has q (the question) and a (the answer): {key}[{i}].q or {key}[{i}].a")
            if i == len(current):
                current.append(new_faq_item())
            current[i][field] = value
        elif is_scenes(key, current):
            field = _SCENE_KEYS.get(sub or "")
            if field is None:
                raise StudioError(f"a scene has duration, on_screen_text and voice_over: e.g. {key}[{i}].voice_over")
            if i == len(current):
                current.append(new_scene())
            current[i][field] = seconds_of(value) if field == "duration" else value
        elif sub is None and all(isinstance(x, str) for x in current):
            if i == len(current):
                current.append(value)
            else:
                current[i] = value
        else:
            raise StudioError(f"{key}[{i}] cannot be edited from here")
    return out


def apply_edits(content: dict[str, Any], edits: list[tuple[str, str | None]]) -> dict[str, Any]:
    """Every edit in turn (``apply_edit``), then the structured fields are validated as a whole (a new FAQ item
    gets its question and its answer in two edits)."""
    out = content
    for path, value in edits:
        out = apply_edit(out, path, value)
    for key, value in out.items():
        reason = problem(key, value)
        if reason:
            raise StudioError(reason)
    return out
