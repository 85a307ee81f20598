"""Video render bench: a 15 s, 30 fps, 1080×1920 video with 5 scenes, word-highlighted captions, music and
espeak voice-over.

Figures, each against a baseline measured in the same run:
- our render (worker subprocess: Pillow scene prep + TTS + caption PNGs + ffmpeg) vs a plain ffmpeg run of the
  exact same filter graph on the already-prepared inputs (target ≤ 1.5×);
- our render vs real time (the video's own length; target: faster than real time on 2 cores);
- peak memory of the worker and all its children (ffmpeg, espeak) sampled with psutil (target < 1 GB).
CPU seconds are printed too, since wall time depends on what else the machine is doing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import psutil


def _images(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(5):
        img = Image.new("RGB", (1200, 1600) if i % 2 == 0 else (1400, 1400), (240, 238, 232))
        d = ImageDraw.Draw(img)
        w, h = img.size
        d.ellipse((w * 0.2, h * 0.25, w * 0.8, h * 0.75), fill=(60 + 40 * i, 120, 200 - 30 * i))
        d.rectangle((w * 0.45, h * 0.1, w * 0.55, h * 0.3), fill=(40, 40, 40))
        p = folder / f"img{i}.jpg"
        img.save(p, quality=92)
        out.append(p)
    return out


def _timeline(images: list[Path]) -> dict:
    from generators.video import audio
    from generators.video.timeline import Scene, Timeline

    lines = ["Meet the bamboo desk lamp.", "Made from solid bamboo.", "Warm light, easy on the eyes.",
             "Folds flat for travel.", "Tap the link in our bio to shop."]
    texts = ["Bamboo desk lamp", "Material: bamboo", "Warm 2700 K light", "Folds flat", "Shop now"]
    moves = ["zoom-in", "pan-left", "zoom-out", "pan-up", "zoom-in"]
    trans = ["fade", "slideleft", "circleopen", "fade", "fade"]
    per = (15.0 + 4 * 0.4) / 5
    scenes = [Scene(image=str(images[i]), duration=per, move=moves[i], transition=trans[i], text=texts[i],
                    voice=lines[i], image_ref="card:cta" if i == 4 else f"media:{i + 1}") for i in range(5)]
    tracks = audio.list_music()
    tl = Timeline(width=1080, height=1920, scenes=scenes, language="en", music=str(tracks[0]) if tracks else None)
    d = tl.to_dict()
    d["voice"] = {"engine": "auto"}
    return d


class _PeakRSS:
    """Samples the RSS of a process and all its descendants every 20 ms."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(0.02)

    def stop(self) -> int:
        self._stop.set()
        self._t.join(timeout=2)
        return self.peak


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_ours(job: dict) -> tuple[float, float, int, dict]:
    from studio.services.video import run_worker

    peak: list[_PeakRSS] = []
    c0, t0 = _children_cpu(), time.perf_counter()
    result = run_worker(job, on_start=lambda p: peak.append(_PeakRSS(p.pid)))
    wall = time.perf_counter() - t0
    return wall, _children_cpu() - c0, peak[0].stop() if peak else 0, result


def run_plain(cmd: list[str], out: Path) -> tuple[float, float, int]:
    cmd = list(cmd)
    if "-progress" in cmd:
        i = cmd.index("-progress")
        del cmd[i:i + 2]
    cmd[-1] = str(out)
    c0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _PeakRSS(proc.pid)
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"plain ffmpeg failed: {err.decode(errors='replace')[-300:]}")
    return wall, _children_cpu() - c0, peak.stop()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="bench video")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each (the fastest counts)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-video-") as tmp:
        tmpd = Path(tmp)
        images = _images(tmpd / "img")
        ours, plain = [], []
        cmd = None
        duration = 0.0
        for r in range(max(1, args.repeat)):
            job = {"timeline": _timeline(images), "out": str(tmpd / f"ours{r}.mp4"), "workdir": str(tmpd / f"w{r}")}
            wall, cpu, peak, result = run_ours(job)
            duration = float(result["duration"])
            ours.append((wall, cpu, peak, result["timings"]))
            cmd = json.loads((tmpd / f"w{r}" / "ffmpeg_cmd.json").read_text())
            plain.append(run_plain(cmd, tmpd / f"plain{r}.mp4"))
        o = min(ours, key=lambda x: x[0])
        p = min(plain, key=lambda x: x[0])
        o_peak = max(x[2] for x in ours)
        p_peak = max(x[2] for x in plain)
        load = os.getloadavg()[0]
        print(f"video: {duration:.1f} s, 1080x1920, 30 fps, 5 scenes, captions + music + espeak voice-over; "
              f"{psutil.cpu_count()} cores, load average {load:.1f}; best of {len(ours)}")
        print(f"  ours (subprocess worker, full pipeline)  {o[0]:6.2f} s wall  {o[1]:6.2f} s CPU  "
              f"[prep images+voice {o[3]['prepare_images_voice']:.2f} s, captions {o[3]['prepare_captions']:.2f} s, "
              f"encode {o[3]['encode']:.2f} s]")
        print(f"  plain ffmpeg, same filter graph          {p[0]:6.2f} s wall  {p[1]:6.2f} s CPU")
        print(f"  ours / plain ffmpeg (wall)               {o[0] / p[0]:6.2f}x   (target <= 1.5x)")
        print(f"  ours / plain ffmpeg (CPU)                {o[1] / max(p[1], 1e-6):6.2f}x")
        print(f"  ours / real time ({duration:.1f} s)              {o[0] / duration:6.2f}x   "
              f"(target < 1.0x = faster than real time)")
        print(f"  ours CPU / (real time x cores)           {o[1] / (duration * (psutil.cpu_count() or 1)):6.2f}x   "
              f"(< 1.0 = faster than real time on an idle machine)")
        print(f"  peak memory ours (worker+ffmpeg+espeak)  {o_peak / 2**20:6.0f} MB = {o_peak / 2**30:.2f}x of 1 GB "
              f"target; plain ffmpeg {p_peak / 2**20:.0f} MB ({o_peak / max(p_peak, 1):.2f}x)")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
