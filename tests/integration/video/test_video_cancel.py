"""The render subprocess reports JSON-line progress and cancel terminates it and its ffmpeg."""

from __future__ import annotations

import threading

import psutil
import pytest

from generators.video.timeline import Scene, Timeline
from studio.jobs import Cancelled, CancelToken
from studio.services.video import run_worker
from tests.integration.video.video_helpers import make_images, needs_ffmpeg

pytestmark = needs_ffmpeg


def _job(tmp_path, images, w, h, seconds):
    scenes = [Scene(image=str(images[i % len(images)]), duration=seconds / 3 + 0.3, text=f"Scene {i}",
                    voice="") for i in range(3)]
    tl = Timeline(width=w, height=h, scenes=scenes, voice={"engine": "none"}, music=None)
    d = tl.to_dict()
    d["voice"] = {"engine": "none"}
    return {"timeline": d, "out": str(tmp_path / "c.mp4"), "workdir": str(tmp_path / "work")}


def test_cancel_terminates_worker_and_ffmpeg(tmp_path):
    images = make_images(tmp_path / "img", 2, size=(1200, 1600))
    job = _job(tmp_path, images, 1080, 1920, 30)
    cancel = CancelToken()
    procs = []
    encoding = threading.Event()

    def progress(fraction, message):
        if message.startswith("encoding"):
            encoding.set()
            cancel.cancel()

    with pytest.raises(Cancelled):
        run_worker(job, progress, cancel, on_start=procs.append)
    assert encoding.is_set(), "no ffmpeg progress arrived before the cancel"
    worker = procs[0]
    assert worker.returncode is not None  # the worker is gone
    # …and so is its ffmpeg (nothing is still writing our output)
    leftovers = []
    for p in psutil.process_iter(["name", "cmdline"]):
        try:
            if p.info["cmdline"] and any(str(tmp_path) in a for a in p.info["cmdline"]):
                if p.status() != psutil.STATUS_ZOMBIE:
                    leftovers.append(p.info["cmdline"][:3])
        except psutil.Error:
            continue
    assert not leftovers, leftovers
    assert not (tmp_path / "c.mp4").exists()


def test_worker_reports_progress_and_result(tmp_path):
    images = make_images(tmp_path / "img", 2)
    fractions = []
    result = run_worker(_job(tmp_path, images, 180, 320, 4), lambda f, m: fractions.append(f))
    assert result["video"].endswith("c.mp4") and (tmp_path / "c.mp4").is_file()
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 3


def test_worker_error_is_one_line(tmp_path):
    from studio.domain import StudioError

    job = _job(tmp_path, [tmp_path / "missing.jpg"], 180, 320, 4)
    with pytest.raises(StudioError, match="missing.jpg cannot be read"):
        run_worker(job)
