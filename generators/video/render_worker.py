"""Render worker: ``python -m generators.video.render_worker`` reads one JSON job from stdin.

It writes JSON lines to stdout: ``{"event": "progress", "fraction": 0.42, "message": "…"}`` (parsed from
ffmpeg's ``-progress pipe:1``), then ``{"event": "done", "result": {...}}`` or
``{"event": "error", "message": "…"}``. SIGTERM cancels: ffmpeg is terminated and the worker exits 130.
"""

from __future__ import annotations

import json
import signal
import sys
import traceback


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> int:
    from generators.video.render import render
    from studio.jobs import Cancelled, CancelToken

    cancel = CancelToken()
    children: list = []

    def on_term(signum, frame) -> None:
        cancel.cancel()
        for proc in children:
            if proc.poll() is None:
                proc.terminate()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        job = json.loads(sys.stdin.read())
    except ValueError as exc:
        _emit({"event": "error", "message": f"bad job JSON on stdin: {exc}"})
        return 2
    last = [-1.0]

    def progress(fraction: float, message: str = "") -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            _emit({"event": "progress", "fraction": round(fraction, 4), "message": message})

    try:
        result = render(job, progress, cancel, on_ffmpeg=children.append)
    except Cancelled:
        _emit({"event": "cancelled"})
        return 130
    except Exception as exc:  # noqa: BLE001 - reported as one line to the parent
        _emit({"event": "error", "message": str(exc) or exc.__class__.__name__,
               "traceback": traceback.format_exc()[-2000:]})
        return 1
    _emit({"event": "done", "result": result})
    return 0


if __name__ == "__main__":
    sys.exit(main())
