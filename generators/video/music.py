"""Background-music loops that this project synthesises itself (numpy → WAV → Ogg Vorbis via ffmpeg).

The files in ``assets/music/`` were made by ``python -m generators.video.music`` and are ours: released
under CC0 1.0 (see ``assets/music/LICENSE.md``). Nothing is sampled or downloaded. Each loop is a chord
progression of soft additive-synth pads, a plucked arpeggio and a muted kick, made to sit under a voice.
"""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

SR = 44100

# semitone offsets from A4 (440 Hz)
_NOTE = {"C": -9, "C#": -8, "D": -7, "D#": -6, "E": -5, "F": -4, "F#": -3, "G": -2, "G#": -1, "A": 0, "A#": 1,
         "B": 2}


def _freq(name: str, octave: int) -> float:
    return 440.0 * 2 ** ((_NOTE[name] + 12 * (octave - 4)) / 12)


def _chord(root: str, minor: bool) -> list[float]:
    r = _NOTE[root]
    steps = (0, 3, 7) if minor else (0, 4, 7)
    return [440.0 * 2 ** ((r + s - 12) / 12) for s in steps]


def _env(n: int, attack: float, release: float) -> np.ndarray:
    a = max(1, int(attack * SR))
    r = max(1, int(release * SR))
    e = np.ones(n, dtype=np.float32)
    e[:a] = np.linspace(0, 1, a)
    e[-r:] *= np.linspace(1, 0, r)
    return e


def _tone(freq: float, seconds: float, harmonics=(1.0, 0.35, 0.15), detune: float = 0.0) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    out = np.zeros_like(t, dtype=np.float32)
    for k, amp in enumerate(harmonics, 1):
        out += amp * np.sin(2 * np.pi * freq * k * t * (1 + detune)).astype(np.float32)
    return out


def make_loop(progression: list[tuple[str, bool]], bpm: float, bars_per_chord: int = 1, seed: int = 0,
              pluck: bool = True, kick: bool = True) -> np.ndarray:
    rng = np.random.default_rng(seed)
    beat = 60.0 / bpm
    bar = beat * 4 * bars_per_chord
    total = bar * len(progression)
    n = int(total * SR)
    mix = np.zeros(n, dtype=np.float32)
    for ci, (root, minor) in enumerate(progression):
        start = int(ci * bar * SR)
        freqs = _chord(root, minor)
        tones = [_tone(f, bar, (1.0, 0.25, 0.08), detune=d) for f in freqs for d in (-0.002, 0.002)]
        pad = tones[0]
        for tone in tones[1:]:  # summed in order, as sum() did
            pad = pad + tone
        pad *= _env(len(pad), 0.4, 0.5) * 0.05
        mix[start:start + len(pad)] += pad[: n - start]
        bass = _tone(freqs[0] / 2, bar, (1.0, 0.2)) * _env(int(bar * SR), 0.02, 0.3) * 0.12
        mix[start:start + len(bass)] += bass[: n - start]
        if pluck:
            steps = int(4 * bars_per_chord * 2)
            for s in range(steps):
                f = freqs[(s + int(rng.integers(0, 3))) % 3] * (2 if s % 4 == 3 else 1)
                seg = _tone(f, beat / 2, (1.0, 0.5, 0.25, 0.1))
                seg *= np.exp(-np.arange(len(seg)) / (0.09 * SR)).astype(np.float32) * 0.07
                a = start + int(s * beat / 2 * SR)
                mix[a:a + len(seg)] += seg[: max(0, n - a)]
        if kick:
            for b in range(4 * bars_per_chord):
                t = np.arange(int(0.25 * SR)) / SR
                k = np.sin(2 * np.pi * (55 + 70 * np.exp(-t * 30)) * t) * np.exp(-t * 14) * 0.22
                a = start + int(b * beat * SR)
                mix[a:a + len(k)] += k.astype(np.float32)[: max(0, n - a)]
    # short crossfade of the tail into the head so the loop is seamless under -stream_loop
    x = int(0.05 * SR)
    mix[:x] = mix[:x] * np.linspace(0, 1, x) + mix[-x:] * np.linspace(1, 0, x)
    mix = mix[:-x]
    peak = float(np.max(np.abs(mix))) or 1.0
    return (mix / peak * 0.8).astype(np.float32)


LOOPS = {
    "warm-pop": ([("C", False), ("G", False), ("A", True), ("F", False)], 100, 2, True, True),
    "bright-pluck": ([("D", False), ("A", False), ("B", True), ("G", False)], 112, 1, True, True),
    "calm-pad": ([("A", True), ("F", False), ("C", False), ("G", False)], 76, 1, False, False),
}


def write_wav(data: np.ndarray, path: Path) -> Path:
    pcm = (np.clip(data, -1, 1) * 32767).astype("<i2")
    stereo = np.stack([pcm, pcm], axis=1).reshape(-1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(stereo.tobytes())
    return path


def build(out_dir: Path) -> list[Path]:
    from generators.video.graph import ffmpeg_exe

    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for i, (name, (prog, bpm, bars, pluck, kick)) in enumerate(LOOPS.items()):
        wav = write_wav(make_loop(prog, bpm, bars, seed=i, pluck=pluck, kick=kick), out_dir / f"{name}.wav")
        ogg = out_dir / f"{name}.ogg"
        subprocess.run([ffmpeg_exe(), "-y", "-v", "error", "-i", str(wav), "-c:a", "libvorbis", "-q:a", "1",
                        "-metadata", "title=" + name, "-metadata", "artist=Commerce Studio (synthesised)",
                        "-metadata", "copyright=CC0 1.0", str(ogg)], check=True)
        wav.unlink()
        made.append(ogg)
    return made


if __name__ == "__main__":  # python -m generators.video.music [OUT_DIR]
    from generators.video.audio import music_dir

    for p in build(Path(sys.argv[1]) if len(sys.argv) > 1 else music_dir()):
        print(p, p.stat().st_size)
