"""Voice-over (espeak-ng, or any OpenAI-compatible ``/v1/audio/speech`` endpoint) and music lookup.

Each scene's line is synthesised to a WAV and fitted to its scene: when it runs long it is spoken
again faster (espeak ``-s`` words/minute, or the endpoint's ``speed``). The clips are then laid on one
mono voice track with numpy at their scene offsets, so ffmpeg reads a single voice input.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np

# espeak-ng voice per language (``espeak-ng --voices`` lists them; cmn = Mandarin)
ESPEAK_VOICES = {
    "en": "en-us", "en-gb": "en-gb", "de": "de", "fr": "fr-fr", "es": "es", "es-mx": "es-419", "it": "it",
    "pt": "pt", "pt-br": "pt-br", "nl": "nl", "pl": "pl", "tr": "tr", "ar": "ar", "he": "he", "th": "th",
    "ja": "ja", "zh": "cmn", "zh-cn": "cmn", "zh-tw": "cmn", "ko": "ko", "hi": "hi", "id": "id", "vi": "vi",
    "ru": "ru", "uk": "uk", "sv": "sv", "da": "da", "fi": "fi", "nb": "nb", "cs": "cs", "ms": "ms",
}


class TTSError(RuntimeError):
    pass


def espeak_exe() -> str | None:
    return shutil.which("espeak-ng") or shutil.which("espeak")


@functools.lru_cache(maxsize=1)
def _espeak_voice_names() -> frozenset[str]:
    exe = espeak_exe()
    if not exe:
        return frozenset()
    try:
        out = subprocess.run([exe, "--voices"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    names = set()
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 5:
            names.add(parts[1].lower())  # language column, e.g. en-us, cmn
            names.add(parts[4].split("/")[-1].lower())
    return frozenset(names)


def espeak_voice(language: str | None) -> str | None:
    tag = (language or "en").lower().replace("_", "-")
    known = _espeak_voice_names()
    for cand in (ESPEAK_VOICES.get(tag), tag, ESPEAK_VOICES.get(tag.split("-")[0]), tag.split("-")[0]):
        if cand and cand.lower() in known:
            return cand
    return None


def wav_duration(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def _espeak(text: str, voice: str, rate: int, out: Path) -> Path:
    exe = espeak_exe()
    if not exe:
        raise TTSError("espeak-ng is not installed (apt-get install espeak-ng)")
    txt = out.with_suffix(".txt")
    txt.write_text(text, encoding="utf-8")
    res = subprocess.run([exe, "-v", voice, "-s", str(int(rate)), "-b", "1", "-w", str(out), "-f", str(txt)],
                         capture_output=True, text=True, timeout=120)
    if res.returncode != 0 or not out.is_file():
        raise TTSError(f"espeak-ng failed for voice {voice}: {res.stderr.strip()[:200]}")
    return out


def _openai_speech(text: str, settings, speed: float, out: Path) -> Path:
    from openai import OpenAI, OpenAIError

    client = OpenAI(base_url=settings.base_url, api_key=os.environ.get(settings.api_key_env) or "not-needed",
                    timeout=60, max_retries=2)
    try:
        resp = client.audio.speech.create(model=settings.model, voice=settings.voice or "alloy", input=text,
                                          response_format="wav", speed=max(0.25, min(4.0, speed)))
    except OpenAIError as exc:
        raise TTSError(f"speech endpoint {settings.base_url} failed: {exc}") from exc
    out.write_bytes(resp.content)
    try:
        wav_duration(out)
    except (wave.Error, EOFError) as exc:
        raise TTSError(f"speech endpoint {settings.base_url} did not return a WAV file: {exc}") from exc
    return out


def choose_engine(settings, language: str | None) -> str:
    engine = (settings.engine or "auto").lower()
    if engine == "auto":
        if settings.base_url:
            return "openai"
        return "espeak" if espeak_exe() and espeak_voice(language) else "none"
    return engine


def synthesize(text: str, language: str | None, settings, room: float, out: Path) -> tuple[Path | None, float]:
    """Speak ``text`` into ``out`` (WAV) fitted to ``room`` seconds. Returns (path, seconds)."""
    if not text.strip() or room <= 0:
        return None, 0.0
    engine = choose_engine(settings, language)
    if engine == "none":
        return None, 0.0
    if engine == "openai":
        if not settings.base_url:
            raise TTSError("voice engine 'openai' needs a base URL (…/v1)")
        _openai_speech(text, settings, 1.0, out)
        dur = wav_duration(out)
        if dur > room:
            _openai_speech(text, settings, dur / room * 1.05, out)
            dur = wav_duration(out)
        return out, dur
    voice = settings.voice or espeak_voice(language)
    if not voice:
        raise TTSError(f"espeak-ng has no voice for language {language!r}")
    rate = settings.rate or 175
    _espeak(text, voice, rate, out)
    dur = wav_duration(out)
    if dur > room:
        rate = min(450, int(rate * dur / room * 1.06) + 1)
        _espeak(text, voice, rate, out)
        dur = wav_duration(out)
    return out, dur


def _read_mono(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        sr, ch, sw = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if sw != 2:
        raise TTSError(f"{path.name}: expected 16-bit PCM, got {sw * 8}-bit")
    data = np.frombuffer(raw, dtype="<i2").astype(np.float32)
    if ch > 1:
        data = data.reshape(-1, ch).mean(axis=1)
    return data, sr


def assemble_voice(clips: list[tuple[Path, float]], total: float, out: Path, rate: int = 24000) -> Path:
    """Lay ``(wav, start_seconds)`` clips on one mono 16-bit track of ``total`` seconds."""
    track = np.zeros(int(total * rate) + 1, dtype=np.float32)
    for path, start in clips:
        data, sr = _read_mono(path)
        if sr != rate and len(data) > 1:
            n = int(len(data) * rate / sr)
            data = np.interp(np.linspace(0, len(data) - 1, n), np.arange(len(data)), data).astype(np.float32)
        a = int(start * rate)
        b = min(len(track), a + len(data))
        if b > a:
            track[a:b] += data[: b - a]
    pcm = np.clip(track, -32768, 32767).astype("<i2")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return out


def music_dir() -> Path:
    import assets

    return Path(assets.__file__).resolve().parent / "music"


def list_music() -> list[Path]:
    d = music_dir()
    return sorted(p for p in d.glob("*") if p.suffix.lower() in (".ogg", ".m4a", ".mp3", ".wav")) if d.is_dir() else []


def pick_music(seed: str) -> Path | None:
    tracks = list_music()
    if not tracks:
        return None
    import hashlib

    return tracks[int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % len(tracks)]
