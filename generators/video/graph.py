"""The ffmpeg command for a prepared timeline: one filter graph, one encode.

    scene JPEGs ─ zoompan (camera move) ─┐
                                         xfade … xfade ─ overlay(title band) ─ overlay(caption band) ─ H.264
    title ffconcat (PNG states) ─────────────────────────┘                 │
    caption ffconcat (PNG word states) ─────────────────────────────────────┘
    voice WAV ─ asplit ─┬──────────────────────────── amix ─ AAC
    music (looped) ─ volume ─ sidechaincompress(voice) ┘

Output follows the short-video specs: H.264 High, yuv420p, 30 fps, closed GOP, AAC-LC 48 kHz 128 kb/s,
``+faststart`` (moov at the front) and no edit lists — platform-specs.md A: Instagram / Reels spec
("moov atom at the front and no edit lists … H.264, progressive, closed GOP, 4:2:0. AAC ≤48 kHz, 128 kbps.
23–60 fps … VBR ≤25 Mbps"), A: TikTok / Video specs (MP4, H.264, 23–60 fps), A: Facebook Page / Reels spec.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generators.video.images import MARGIN
from generators.video.timeline import Timeline


def ffmpeg_exe() -> str:
    """The system ffmpeg when present (Debian's, with ffprobe beside it), else imageio-ffmpeg's."""
    exe = shutil.which("ffmpeg")
    if exe:
        return exe
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as exc:
        raise RuntimeError("ffmpeg not found: install Debian's 'ffmpeg' package or the imageio-ffmpeg wheel") from exc


def ffprobe_exe() -> str | None:
    return shutil.which("ffprobe")


@dataclass
class Prepared:
    """Files the graph reads, made by ``render.prepare``."""

    scene_images: list[str]
    title_concat: str | None = None
    title_y: int = 0
    caption_concat: str | None = None
    caption_y: int = 0
    voice: str | None = None
    music: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


def _move_expr(move: str, frames: int) -> tuple[str, str, str]:
    n = max(1, frames - 1)
    p = f"(on/{n})"
    e = f"({p}*{p}*(3-2*{p}))"  # smoothstep easing
    m = MARGIN
    cx, cy = "(iw-iw/zoom)/2", "(ih-ih/zoom)/2"
    if move == "zoom-in":
        return f"1+{m - 1:.4f}*{e}", cx, cy
    if move == "zoom-out":
        return f"{m:.4f}-{m - 1:.4f}*{e}", cx, cy
    if move == "pan-left":
        return f"{m:.4f}", f"(iw-iw/zoom)*(1-{e})", cy
    if move == "pan-right":
        return f"{m:.4f}", f"(iw-iw/zoom)*{e}", cy
    if move == "pan-up":
        return f"{m:.4f}", cx, f"(ih-ih/zoom)*(1-{e})"
    if move == "pan-down":
        return f"{m:.4f}", cx, f"(ih-ih/zoom)*{e}"
    return f"{m:.4f}", cx, cy


def scene_frames(tl: Timeline) -> list[int]:
    return [max(2, int(round(s.duration * tl.fps))) for s in tl.scenes]


def build_command(tl: Timeline, prep: Prepared, out: Path, *, ffmpeg: str | None = None, preset: str = "veryfast",
                  crf: int = 21, threads: int = 0, progress: bool = True) -> list[str]:
    W, H, fps = tl.width, tl.height, tl.fps
    total = tl.duration
    trans = tl.effective_transition()
    cmd = [ffmpeg or ffmpeg_exe(), "-y", "-hide_banner", "-nostdin", "-loglevel", "error"]
    if progress:
        cmd += ["-progress", "pipe:1", "-nostats"]
    for img in prep.scene_images:
        cmd += ["-i", img]
    idx = len(prep.scene_images)
    title_in = caption_in = voice_in = music_in = None
    if prep.title_concat:
        cmd += ["-f", "concat", "-safe", "0", "-i", prep.title_concat]
        title_in, idx = idx, idx + 1
    if prep.caption_concat:
        cmd += ["-f", "concat", "-safe", "0", "-i", prep.caption_concat]
        caption_in, idx = idx, idx + 1
    if prep.voice:
        cmd += ["-i", prep.voice]
        voice_in, idx = idx, idx + 1
    if prep.music:
        cmd += ["-stream_loop", "-1", "-i", prep.music]
        music_in, idx = idx, idx + 1

    parts: list[str] = []
    frames = scene_frames(tl)
    for i, (scene, d) in enumerate(zip(tl.scenes, frames, strict=True)):
        z, x, y = _move_expr(scene.move, d)
        # convert the single JPEG frame (full-range yuvj420p) once, before zoompan repeats it d times
        parts.append(f"[{i}:v]format=yuv420p,zoompan=z='{z}':x='{x}':y='{y}':d={d}:s={W}x{H}:fps={fps},"
                     f"setsar=1[s{i}]")
    last = "s0"
    starts = tl.scene_starts()
    for i in range(1, len(tl.scenes)):
        kind = tl.scenes[i - 1].transition
        label = f"x{i}"
        if kind == "none" or trans <= 0:
            parts.append(f"[{last}][s{i}]concat=n=2:v=1:a=0[{label}]") if trans <= 0 else \
                parts.append(f"[{last}][s{i}]xfade=transition=fade:duration={1.0 / fps:.4f}:offset={starts[i]:.4f}[{label}]")
        else:
            parts.append(f"[{last}][s{i}]xfade=transition={kind}:duration={trans:.4f}:offset={starts[i]:.4f}[{label}]")
        last = label
    if title_in is not None:
        parts.append(f"[{last}][{title_in}:v]overlay=0:{prep.title_y}:format=auto:eof_action=pass[vt]")
        last = "vt"
    if caption_in is not None:
        parts.append(f"[{last}][{caption_in}:v]overlay=0:{prep.caption_y}:format=auto:eof_action=pass[vc]")
        last = "vc"
    parts.append(f"[{last}]format=yuv420p,trim=duration={total:.4f}[vout]")

    audio_label = None
    fade_st = max(0.0, total - 1.0)
    if voice_in is not None and music_in is not None:
        parts.append(f"[{voice_in}:a]aresample=48000,aformat=channel_layouts=stereo,apad=whole_dur={total:.3f},"
                     f"asplit=2[vo1][vo2]")
        parts.append(f"[{music_in}:a]aresample=48000,aformat=channel_layouts=stereo,atrim=0:{total:.3f},"
                     f"asetpts=N/SR/TB,volume={tl.music_volume:.3f}[mus]")
        # duck the music under the voice
        parts.append("[mus][vo1]sidechaincompress=threshold=0.03:ratio=8:attack=20:release=400:makeup=1[duck]")
        parts.append(f"[duck][vo2]amix=inputs=2:duration=first:normalize=0,"
                     f"afade=t=out:st={fade_st:.3f}:d=1,atrim=0:{total:.3f}[aout]")
        audio_label = "aout"
    elif voice_in is not None:
        parts.append(f"[{voice_in}:a]aresample=48000,aformat=channel_layouts=stereo,apad=whole_dur={total:.3f},"
                     f"atrim=0:{total:.3f}[aout]")
        audio_label = "aout"
    elif music_in is not None:
        parts.append(f"[{music_in}:a]aresample=48000,aformat=channel_layouts=stereo,atrim=0:{total:.3f},"
                     f"asetpts=N/SR/TB,volume={tl.music_volume:.3f},afade=t=out:st={fade_st:.3f}:d=1[aout]")
        audio_label = "aout"
    else:
        # every platform expects an audio stream: silence rather than none
        parts.append(f"anullsrc=r=48000:cl=stereo,atrim=0:{total:.3f}[aout]")
        audio_label = "aout"

    cmd += ["-filter_complex", ";".join(parts), "-map", "[vout]", "-map", f"[{audio_label}]"]
    cmd += ["-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-r", str(fps), "-g", str(fps * 2), "-keyint_min", str(fps), "-sc_threshold", "0",
            "-maxrate", "12M", "-bufsize", "24M"]
    if threads:
        cmd += ["-threads", str(threads)]
    cmd += ["-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
            "-t", f"{total:.4f}", "-movflags", "+faststart", "-use_editlist", "0", str(out)]
    return cmd
