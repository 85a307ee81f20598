"""Render a timeline to MP4 + cover JPEG + SRT/VTT: prepare inputs with Pillow/espeak, then one ffmpeg run.

``render(job, progress, cancel)`` is what the subprocess worker (``render_worker``) calls; it can also be
called in-process. ``job`` is plain JSON: ``{"timeline": {...}, "out": "x.mp4", "workdir": "...",
"cover": "x.jpg", "srt": "x.srt", "vtt": "x.vtt", "preset": "veryfast"}``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from generators.video import audio, captions, images
from generators.video.graph import Prepared, build_command, ffmpeg_exe
from generators.video.timeline import Timeline, assign_word_timings
from studio.jobs import Cancelled, CancelToken, ProgressFn, no_progress
from studio.safepath import user_file


class RenderError(RuntimeError):
    pass


def _pdeathsig() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the ffmpeg child dies with its parent (the worker) even if the worker is killed hard."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001
        pass


def prepare(tl: Timeline, workdir: Path, progress: ProgressFn = no_progress,
            cancel: CancelToken | None = None) -> Prepared:
    """Scene canvases, voice clips + track, word timings and the caption/title PNG tracks."""
    cancel = cancel if cancel is not None else CancelToken()
    timings: dict[str, float] = {}
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()

    def scene_job(i: int) -> str:
        scene = tl.scenes[i]
        out = workdir / f"scene_{i:02d}.jpg"
        if scene.image_ref.startswith("card:"):
            images.end_card(scene.image or None, tl.width, tl.height, out,
                            primary=captions.hex_rgb(tl.brand.primary), accent=captions.hex_rgb(tl.brand.accent),
                            logo=tl.brand.logo)
        else:
            images.prepare_scene(scene.image, tl.width, tl.height, out)
        return str(out)

    # voice clips run in parallel with the image work (espeak is a separate process)
    def voice_job(i: int) -> tuple[str | None, float]:
        scene = tl.scenes[i]
        room = max(0.3, scene.duration - 0.4)
        path, dur = audio.synthesize(scene.voice, tl.language, tl.voice, room, workdir / f"voice_{i:02d}.wav")
        return (str(path) if path else None), dur

    with ThreadPoolExecutor(max_workers=2) as pool:
        img_futs = [pool.submit(scene_job, i) for i in range(len(tl.scenes))]
        voice_futs = [pool.submit(voice_job, i) for i in range(len(tl.scenes))]
        scene_images = [f.result() for f in img_futs]
        voices = [f.result() for f in voice_futs]
    cancel.raise_if_cancelled()
    timings["prepare_images_voice"] = time.perf_counter() - t0
    progress(0.06, "images and voice ready")

    has_voice = any(p for p, _ in voices)
    assign_word_timings(tl, [d for _, d in voices] if has_voice else None)
    voice_track = None
    if has_voice:
        clips = [(Path(p), s.voice_start) for (p, _), s in zip(voices, tl.scenes, strict=True) if p]
        voice_track = str(audio.assemble_voice(clips, tl.duration, workdir / "voice.wav"))

    t1 = time.perf_counter()
    style = captions.CaptionStyle(tl)
    title = captions.title_band(tl, workdir, style)
    cap = captions.caption_band(tl, workdir, style)
    total = tl.duration
    title_concat = captions.write_ffconcat(title, total, workdir / "titles.ffconcat", tl.fps) if title.states else None
    cap_concat = captions.write_ffconcat(cap, total, workdir / "captions.ffconcat", tl.fps) if cap.states else None
    timings["prepare_captions"] = time.perf_counter() - t1
    cancel.raise_if_cancelled()
    progress(0.1, f"{len(cap.states)} caption states drawn")
    return Prepared(scene_images, str(title_concat) if title_concat else None, title.y,
                    str(cap_concat) if cap_concat else None, cap.y, voice_track, tl.music, timings)


def run_ffmpeg(cmd: list[str], total: float, progress: ProgressFn, cancel: CancelToken,
               span: tuple[float, float] = (0.1, 0.95), on_start=None) -> None:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_pdeathsig if os.name == "posix" else None)
    if on_start:
        on_start(proc)
    stdout, stderr = proc.stdout, proc.stderr
    assert stdout is not None and stderr is not None  # both are pipes
    err_chunks: list[str] = []
    reader = threading.Thread(target=lambda: err_chunks.append(stderr.read()), daemon=True)
    reader.start()

    def watch() -> None:
        while proc.poll() is None:
            if cancel.cancelled:
                proc.terminate()
                return
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    a, b = span
    for line in stdout:
        key, _, value = line.strip().partition("=")
        if key in ("out_time_us", "out_time_ms") and value.strip().lstrip("-").isdigit():
            secs = int(value) / 1e6
            if total > 0:
                progress(a + (b - a) * max(0.0, min(1.0, secs / total)), f"encoding {secs:.1f}/{total:.1f} s")
    proc.wait()
    reader.join(timeout=5)
    stdout.close()
    stderr.close()
    if cancel.cancelled:
        raise Cancelled()
    if proc.returncode != 0:
        raise RenderError(f"ffmpeg failed ({proc.returncode}): {''.join(err_chunks).strip()[-600:]}")


def extract_cover(video: Path, at: float, out: Path) -> Path:
    res = subprocess.run([ffmpeg_exe(), "-y", "-v", "error", "-ss", f"{at:.3f}", "-i", str(video), "-frames:v", "1",
                          "-q:v", "3", str(out)], capture_output=True, text=True, timeout=120)
    if res.returncode != 0 or not out.is_file():
        raise RenderError(f"cover extraction failed: {res.stderr.strip()[-300:]}")
    return out


def render(job: dict[str, Any], progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
           on_ffmpeg=None) -> dict[str, Any]:
    cancel = cancel if cancel is not None else CancelToken()
    tl = Timeline.from_dict(job["timeline"])
    tl.validate()
    # the MP4, its .part, cover and subtitles: each proven to lie in the output's folder (studio.safepath)
    out = user_file(job["out"], make_parents=True)
    tmp = None
    if job.get("workdir"):
        workdir = Path(job["workdir"])
    else:
        tmp = tempfile.TemporaryDirectory(prefix="studio-render-")
        workdir = Path(tmp.name)
    try:
        t0 = time.perf_counter()
        progress(0.01, "preparing scenes")
        prep = prepare(tl, workdir, progress, cancel)
        part = user_file(out.with_name(out.stem + ".part" + out.suffix))
        cmd = build_command(tl, prep, part, preset=job.get("preset", "veryfast"), crf=int(job.get("crf", 21)))
        (workdir / "ffmpeg_cmd.json").write_text(json.dumps(cmd), encoding="utf-8")
        t1 = time.perf_counter()
        run_ffmpeg(cmd, tl.duration, progress, cancel, on_start=on_ffmpeg)
        encode_s = time.perf_counter() - t1
        part.replace(out)
        result: dict[str, Any] = {"video": str(out), "duration": tl.duration, "width": tl.width,
                                  "height": tl.height, "fps": tl.fps, "workdir": str(workdir)}
        if job.get("cover", True):
            cover = user_file(job["cover"] if isinstance(job.get("cover"), str) else out.with_suffix(".jpg"))
            extract_cover(out, min(1.2, tl.duration / 2), cover)
            result["cover"] = str(cover)
        srt = user_file(job["srt"] if job.get("srt") else out.with_suffix(".srt"))
        vtt = user_file(job["vtt"] if job.get("vtt") else out.with_suffix(".vtt"))
        result["srt"] = str(captions.write_srt(tl, srt))
        result["vtt"] = str(captions.write_vtt(tl, vtt))
        result["timeline"] = tl.to_dict()  # with the word timings actually used
        result["timings"] = dict(prep.timings, encode=encode_s, total=time.perf_counter() - t0)
        result["command"] = cmd
        progress(1.0, "done")
        return result
    finally:
        if tmp is not None and not job.get("keep_workdir"):
            tmp.cleanup()
