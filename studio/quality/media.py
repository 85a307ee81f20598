"""Checks of the media attached to a post (format, aspect, duration, size, frame rate) per channel.

``media_info`` is a plain dict built from ffprobe/Pillow metadata: ``kind`` ("video"|"image"), ``format``
(container or image format: mp4, mov, webm, jpeg, png, webp, gif), ``width``, ``height``, ``duration``
(seconds), ``size`` (bytes), ``fps``, ``codec``. The limits are data in ``packs/media.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from studio.domain import StudioError
from studio.quality.finding import Finding, _


@lru_cache(maxsize=1)
def media_specs() -> dict:
    return json.loads((resources.files("studio.quality") / "packs" / "media.json").read_text(encoding="utf-8"))


def _platform(target: str) -> str:
    return target.split("-")[0] if not target.startswith("tiktok-shop") else "tiktok-shop"


def lint_media(target: str, media_info: dict) -> list[Finding]:
    specs = media_specs()["media"]
    platform = _platform(target)
    kind = (media_info.get("kind") or "").lower()
    if kind not in ("video", "image"):
        raise StudioError(f"media_info needs kind 'video' or 'image', got {kind!r}")
    spec = specs.get(platform, {}).get(kind)
    if spec is None:
        return []
    src = spec["source"]
    out: list[Finding] = []

    def add(rule: str, sev: str, msg: str, **kw) -> None:
        out.append(Finding(f"media.{platform}.{kind}.{rule}", sev, _(msg).format(**kw), 0, 0, None, src,
                           field="media", family="media", target=target))

    fmt = (media_info.get("format") or "").lower().replace("jpg", "jpeg")
    if fmt and spec.get("formats") and not any(f in fmt.split(",") for f in spec["formats"]):
        add("format", "error", "{platform} does not accept {fmt} {kind}s; use {allowed}.", platform=platform,
            fmt=fmt, kind=kind, allowed=", ".join(spec["formats"]))
    w, h = media_info.get("width"), media_info.get("height")
    if w and h:
        ratio = w / h
        lo, hi = spec.get("aspect", [0, 1e9])
        if not (lo - 1e-3 <= ratio <= hi + 1e-3):
            add("aspect", "error", "Aspect ratio {ratio:.2f} is outside {lo:.2f}–{hi:.2f} for {platform}.",
                ratio=ratio, lo=lo, hi=hi, platform=platform)
        for side, v in (("width", w), ("height", h)):
            mn, mx = spec.get(f"min_{side}"), spec.get(f"max_{side}")
            if mn and v < mn:
                add(f"min-{side}", "error", "{side} {v} px is below the minimum {mn} px.", side=side, v=v, mn=mn)
            if mx and v > mx:
                add(f"max-{side}", "warning", "{side} {v} px is above {mx} px; the platform will downscale or reject it.",
                    side=side, v=v, mx=mx)
    d = media_info.get("duration")
    if d is not None and kind == "video":
        if spec.get("min_duration") and d < spec["min_duration"]:
            add("min-duration", "error", "Video is {d:.1f} s; {platform} needs at least {mn} s.", d=d,
                platform=platform, mn=spec["min_duration"])
        if spec.get("max_duration") and d > spec["max_duration"]:
            add("max-duration", "error", "Video is {d:.0f} s; {platform} allows at most {mx} s.", d=d,
                platform=platform, mx=spec["max_duration"])
    size = media_info.get("size")
    if size and spec.get("max_size") and size > spec["max_size"]:
        add("size", "error", "File is {mb:.1f} MB; {platform} allows {mx:.0f} MB.", mb=size / 1e6,
            platform=platform, mx=spec["max_size"] / 1e6)
    fps = media_info.get("fps")
    if fps and kind == "video" and spec.get("fps"):
        lo, hi = spec["fps"]
        if not lo <= fps <= hi:
            add("fps", "error", "{fps:.0f} fps is outside {lo}–{hi} fps for {platform}.", fps=fps, lo=lo, hi=hi,
                platform=platform)
    return out


def probe_media(path) -> dict:
    """Build the ``media_info`` dict for ``lint_media`` from a real file: Pillow for images, ffprobe for video.

    Raises StudioError naming the file when it cannot be read.
    """
    import json as _json
    import shutil
    import subprocess
    from pathlib import Path

    p = Path(path)
    if not p.is_file():
        raise StudioError(f"media file not found: {p}")
    size = p.stat().st_size
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(p) as im:
            fmt = (im.format or "").lower()
            if fmt not in ("gif",) or getattr(im, "n_frames", 1) == 1:
                return {"kind": "image", "format": fmt.replace("jpg", "jpeg"), "width": im.width,
                        "height": im.height, "size": size}
    except UnidentifiedImageError:
        pass
    exe = shutil.which("ffprobe")
    if exe is None:
        import imageio_ffmpeg  # ships an ffmpeg binary; ffprobe usually sits beside a system ffmpeg only

        exe = shutil.which("ffprobe", path=str(Path(imageio_ffmpeg.get_ffmpeg_exe()).parent))
    if exe is None:
        raise StudioError("ffprobe is needed to read video metadata; install ffmpeg")
    proc = subprocess.run([exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(p)],
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise StudioError(f"{p.name}: not a readable media file ({proc.stderr.strip().splitlines()[-1:] or '?'})")
    data = _json.loads(proc.stdout or "{}")
    video = next((s for s in data.get("streams", []) if s.get("codec_type") == "video"), None)
    if video is None:
        raise StudioError(f"{p.name}: no video stream")
    fps = None
    rate = video.get("avg_frame_rate") or video.get("r_frame_rate") or ""
    if "/" in rate:
        num, den = rate.split("/", 1)
        fps = float(num) / float(den) if float(den or 0) else None
    fmt_names = (data.get("format", {}).get("format_name") or "").lower()
    # ffprobe names mp4/mov as "mov,mp4,m4a,3gp,3g2,mj2": take the file's own extension when it is listed
    ext = p.suffix.lower().lstrip(".")
    fmt = ext if ext and ext in fmt_names.split(",") else fmt_names
    duration = data.get("format", {}).get("duration") or video.get("duration")
    return {"kind": "video", "format": fmt, "codec": video.get("codec_name"), "width": int(video.get("width") or 0),
            "height": int(video.get("height") or 0), "duration": float(duration) if duration else None,
            "size": size, "fps": fps}
