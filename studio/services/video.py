"""Short videos: product × market → video-script draft → timeline → MP4 + cover + SRT/VTT assets.

- The script is the slot's approved ``video-script`` draft when there is one, else its latest version,
  else one generated now (the offline writer when no LLM is configured).
- Scene images are the product's own images (``Media.local_path``) and its ``mockup`` assets; the end card
  shows the first product image with the brand colours and logo.
- Rendering runs in a subprocess (``python -m generators.video.render_worker``) that reports JSON-line
  progress; cancel terminates it and its ffmpeg.
- Outputs are content-addressed assets with provenance (script draft/version, inputs hash, TTS engine,
  music track); the same inputs reuse the stored render.

The renderer modules are reached through ``studio.registry`` (no direct generators import).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio import registry, settings
from studio.domain import NotFound, ProductDTO, StudioError
from studio.jobs import Cancelled, CancelToken, ProgressFn, no_progress
from studio.ports import VideoRenderer
from studio.safepath import confined, safe_component
from studio.services import assets as asset_svc
from studio.storage.db import Database

KIND = "video-script"
log = logging.getLogger("studio.render")
ASPECTS = ("9:16", "1:1", "16:9")
DURATIONS = (15, 30, 60)
TARGETS = ("tiktok", "instagram", "youtube", "facebook")
RENDERER_VERSION = 1  # bump when the output for the same inputs changes
BRAND_SETTING = "video.brand"  # {"primary": "#…", "accent": "#…", "logo": "/path.png"}
VOICE_SETTING = "video.voice"  # {"engine": "auto|espeak|openai|none", "base_url": …, "model": …, "voice": …}
TTS_KEY_ENV = "STUDIO_TTS_API_KEY"
TTS_SECRET = "tts_api_key"


@dataclass
class ScriptRef:
    content: dict[str, Any]
    draft_id: int | None
    version: int | None
    author: str
    approved: bool
    ai_generated: bool


@dataclass
class BatchItem:
    ref: str
    asset: asset_svc.AssetDTO | None = None
    error: str | None = None
    reused: bool = False


@dataclass
class RenderPlan:
    product: ProductDTO
    market: str
    language: str
    target: str
    aspect: str
    script: ScriptRef
    timeline: dict[str, Any]
    inputs_hash: str
    image_choices: list[dict[str, str]] = field(default_factory=list)
    voice_engine: str = "none"


def _renderer() -> VideoRenderer:
    return registry.video_renderer()


# --------------------------------------------------------------------------- inputs


def _language(market: str) -> str:
    from localization.markets import UnknownMarket, get_market

    try:
        return get_market(market).language
    except UnknownMarket as exc:
        raise StudioError(str(exc).splitlines()[0]) from None


def product_images(product: ProductDTO) -> list[str]:
    out = []
    for media in sorted(product.media, key=lambda m: m.position):
        if media.local_path and Path(media.local_path).is_file():
            out.append(media.local_path)
    return out


def mockup_images(db: Database, product_id: int, market: str | None = None) -> list[str]:
    found = []
    for a in asset_svc.list_assets(db, product_id=product_id, kind="mockup"):
        if (a.mime or "").startswith("image/") or Path(a.path).suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"):
            if Path(a.path).is_file() and (market is None or a.market in (None, market)):
                found.append(a.path)
    return found


def _check_choice(value: object, allowed: tuple, what: str) -> None:
    if value not in allowed:
        raise StudioError(f"unknown {what} '{value}'; use one of {', '.join(str(a) for a in allowed)}")


def get_script(db: Database, product: ProductDTO, market: str, target: str = "tiktok",
               script_draft: int | None = None, duration: int | None = None,
               script_version: int | None = None) -> ScriptRef:
    """The script to render: the given draft (its ``script_version``, else approved, else latest), else the
    slot's approved version, else its latest, else one generated now."""
    from studio.services import drafts

    if script_draft is not None:
        d = drafts.get_draft(db, int(script_draft))
        if d.kind != KIND:
            raise StudioError(f"draft {d.id} is a {d.kind} draft, not a {KIND}")
        if script_version is not None:
            v = d.version(int(script_version))
        elif d.approved_version:
            v = d.version(d.approved_version)
        elif d.latest is not None:
            v = d.latest
        else:
            raise NotFound(f"draft {d.id} has no version yet")
        return ScriptRef(dict(v.content), d.id, v.number, v.author, d.approved_version == v.number, v.ai_generated)
    approved = drafts.latest_approved(db, product.id, market, KIND, target)
    if approved is not None:
        return ScriptRef(dict(approved.content), approved.draft_id, approved.number, approved.author, True,
                         approved.ai_generated)
    found = drafts.find_draft(db, product.id, market, KIND, target)
    if found is None or found.latest is None:
        from studio.services import generation

        extra = {"duration": duration or 15}
        try:
            found = generation.generate_one(db, product, market, KIND, target, extra=extra)
        except StudioError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. the offline writer has no phrase bank for the language
            first = (str(exc) or exc.__class__.__name__).splitlines()[0]
            raise StudioError(f"no video script for {product.handle} / {market} and none could be written: "
                              f"{first}") from None
    latest = found.latest
    if latest is None:
        raise StudioError(f"no video script for {product.handle} / {market}: the new draft has no version")
    return ScriptRef(dict(latest.content), found.id, latest.number, latest.author, False, latest.ai_generated)


def _brand(product: ProductDTO) -> dict[str, Any]:
    b = settings.Settings().model.video.brand or {}  # typed: video.brand
    out = {"primary": b.get("primary") or "#1F3A5F", "accent": b.get("accent") or "#FFC233",
           "text": b.get("text") or "#FFFFFF", "name": b.get("name") or product.vendor or ""}
    logo = b.get("logo")
    out["logo"] = logo if logo and Path(logo).is_file() else None
    return out


def _voice_settings(voice: dict[str, Any] | None) -> dict[str, Any]:
    v = dict(settings.Settings().model.video.voice or {})  # typed: video.voice
    if os.environ.get("STUDIO_TTS_BASE_URL"):
        v.setdefault("base_url", os.environ["STUDIO_TTS_BASE_URL"])
    v.update(voice or {})
    allowed = {"engine", "voice", "base_url", "model", "rate"}
    return {k: val for k, val in v.items() if k in allowed and val not in (None, "")}


def _scene_durations(scenes: list[dict[str, Any]], total: float | None) -> list[float]:
    durs = [max(1.0, float(s.get("duration") or 3.0)) for s in scenes]
    if total:
        have = sum(durs)
        durs = [round(d * total / have, 3) for d in durs]
    return durs


def plan_render(db: Database, product_ref: str, market: str, aspect: str = "9:16", *, target: str = "tiktok",
                script_draft: int | None = None, duration: int | None = None, scale: float = 1.0,
                content: dict[str, Any] | None = None, voice: dict[str, Any] | None = None,
                music: bool = True, script_version: int | None = None) -> RenderPlan:
    """Everything a render needs, without rendering: script, timeline (JSON) and the inputs hash."""
    from studio.services import catalog

    _check_choice(aspect, ASPECTS, "aspect")
    _check_choice(target, TARGETS, "target")
    if duration is not None:
        _check_choice(int(duration), DURATIONS, "duration")
    product = catalog.get_product_by_ref(db, product_ref)
    language = _language(market)
    if content is not None:
        script = ScriptRef(dict(content), None, None, "human", False, False)
    else:
        script = get_script(db, product, market, target, script_draft, duration, script_version)
    scenes_in = list(script.content.get("scenes") or [])
    if not scenes_in:
        raise StudioError(f"the video script for {product.handle} / {market} has no scenes")
    images = product_images(product)
    mockups = mockup_images(db, product.id, market)
    if not images and not mockups:
        raise StudioError(f"product {product.handle} has no local images to film; import its images first",
                          hint="studio import FILE --images DIR")
    pool = images or mockups
    renderer = _renderer()
    width, height = renderer.size_for(aspect, scale)
    preset = duration or script.content.get("preset")
    # scenes overlap by the cross-fade, so their durations add up to the preset plus the overlaps
    overlap = (len(scenes_in) - 1) * renderer.transition_seconds()
    total = float(preset) + overlap if preset else None
    durs = _scene_durations(scenes_in, total)
    scenes, choices, mock_i = [], [], 0
    for i, (s, d) in enumerate(zip(scenes_in, durs, strict=True)):
        ref = str(s.get("image") or f"media:{i + 1}")
        if ref.startswith("card:"):
            path = pool[0]
        elif ref.startswith("mockup:") and mockups:
            path = mockups[mock_i % len(mockups)]
            mock_i += 1
        elif ref.startswith("file:") and Path(ref[5:]).is_file():
            path = ref[5:]
        else:
            try:
                n = int(ref.split(":", 1)[1]) - 1 if ref.startswith("media:") else i
            except ValueError:
                n = i
            path = pool[n % len(pool)]
        choices.append({"ref": ref, "path": path})
        move = s.get("camera") or "zoom-in"
        scenes.append({"image": path, "duration": d, "move": move if move in renderer.MOVES else "zoom-in",
                       "transition": s.get("transition") or ("fade" if i % 2 == 0 else "slideleft"),
                       "text": s.get("on_screen_text") or "", "voice": s.get("voice_over") or "",
                       "image_ref": ref})
    music_path = renderer.pick_music(product.handle) if music else None
    timeline: dict[str, Any] = {"width": width, "height": height, "fps": renderer.FPS, "scenes": scenes, "language": language,
                "brand": _brand(product), "music": str(music_path) if music_path else None,
                "voice": _voice_settings(voice), "title": product.title}
    renderer.validate_timeline(timeline)
    file_ids = []
    for p in dict.fromkeys([c["path"] for c in choices] + [timeline["brand"]["logo"] or ""]):
        if p:
            st = Path(p).stat()
            file_ids.append([p, st.st_size, int(st.st_mtime)])
    voice_engine = renderer.voice_engine(timeline["voice"], language)
    h = asset_svc.inputs_hash("video", RENDERER_VERSION, timeline, file_ids, voice_engine,
                              [script.draft_id, script.version])
    return RenderPlan(product, market, language, target, aspect, script, timeline, h, choices, voice_engine)


# --------------------------------------------------------------------------- the worker subprocess


def _project_root() -> Path:
    import studio

    return Path(studio.__file__).resolve().parents[1]


def run_worker(job: dict[str, Any], progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
               on_start: Callable[[subprocess.Popen], None] | None = None) -> dict[str, Any]:
    """Run one render job in ``python -m <the renderer's worker module>``; cancel terminates it."""
    cancel = cancel if cancel is not None else CancelToken()
    env = dict(os.environ)
    try:
        from studio import secrets

        key = secrets.get_secret(TTS_SECRET)  # keyring (or STUDIO_SECRET_TTS_API_KEY); never in the job file
    except Exception:  # noqa: BLE001 - no keyring: the environment variable (if any) is used
        key = None
    if key:
        env[TTS_KEY_ENV] = key
    proc = subprocess.Popen([sys.executable, "-m", _renderer().worker_module], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=_project_root(), env=env,
                            start_new_session=True)
    if on_start:
        on_start(proc)
    stdin, stdout, stderr = proc.stdin, proc.stdout, proc.stderr
    assert stdin is not None and stdout is not None and stderr is not None  # all three are pipes
    stderr_chunks: list[str] = []
    err_reader = threading.Thread(target=lambda: stderr_chunks.append(stderr.read()), daemon=True)
    err_reader.start()

    def watch() -> None:
        while proc.poll() is None:
            if cancel.cancelled:
                terminate(proc)
                return
            time.sleep(0.05)

    threading.Thread(target=watch, daemon=True).start()
    try:
        stdin.write(json.dumps(job, ensure_ascii=False))
        stdin.close()
    except BrokenPipeError:
        pass
    result = None
    error = None
    for line in stdout:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        ev = msg.get("event")
        if ev == "progress":
            progress(float(msg.get("fraction", 0.0)), str(msg.get("message", "")))
        elif ev == "done":
            result = msg.get("result")
        elif ev == "error":
            error = msg.get("message") or "render failed"
    proc.wait()
    err_reader.join(timeout=10)
    stdout.close()
    stderr.close()
    if cancel.cancelled:
        raise Cancelled()
    if result is None:
        tail = "".join(stderr_chunks).strip().splitlines()[-1:] if stderr_chunks else []
        raise StudioError(f"video render failed: {error or (tail[0] if tail else f'worker exit {proc.returncode}')}")
    return result


def terminate(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM the worker (it stops its ffmpeg), then SIGKILL the whole process group if it lingers."""
    if proc.poll() is not None:
        return
    try:
        proc.terminate()
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()


# --------------------------------------------------------------------------- render


def _reuse(db: Database, h: str) -> asset_svc.AssetDTO | None:
    return asset_svc.find_reusable(db, h, "video")


def _siblings(db: Database, video: asset_svc.AssetDTO) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind in ("cover", "subtitles"):
        for a in asset_svc.list_assets(db, product_id=video.product_id, kind=kind):
            if a.inputs_hash == video.inputs_hash and Path(a.path).is_file():
                out.setdefault(Path(a.path).suffix.lstrip(".") if kind == "subtitles" else "cover", a.path)
    return out


def related_files(db: Database, video: asset_svc.AssetDTO) -> dict[str, str]:
    """Cover JPEG and SRT/VTT made with a video asset: ``{"cover": path, "srt": path, "vtt": path}``."""
    return _siblings(db, video)


def _export(db: Database, video: asset_svc.AssetDTO, out: Path) -> None:
    """Copy the MP4 to ``out`` and its cover/subtitles beside it, all inside ``out``'s folder (a symbolic
    link there that points elsewhere is refused, not written through)."""
    out = Path(out)
    folder = out.parent
    copies = [(video.path, confined(folder, out.name, make_parents=True))]
    for key, path in _siblings(db, video).items():
        copies.append((path, confined(folder, out.with_suffix(".jpg" if key == "cover" else f".{key}").name)))
    for src, dest in copies:  # every destination checked before the first byte is written
        shutil.copyfile(src, dest)


def _file_name(ref: str, market: str, aspect: str) -> str:
    return safe_component(f"{ref}-{market}-{aspect.replace(':', 'x')}") + ".mp4"


def output_path(out: str | Path, handle: str, market: str, aspect: str) -> Path:
    """``out`` itself, or ``<out>/<handle>-<market>-<aspect>.mp4`` when ``out`` is an existing folder (the
    name made safe and proven to stay inside it)."""
    out = Path(out)
    return confined(out, _file_name(handle, market, aspect)) if out.is_dir() else out


def render_video(db: Database, product_ref: str, market: str, aspect: str = "9:16", out: str | Path | None = None,
                 script_draft: int | None = None, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None, *, duration: int | None = None, target: str = "tiktok",
                 scale: float = 1.0, content: dict[str, Any] | None = None, voice: dict[str, Any] | None = None,
                 music: bool = True, reuse: bool = True, preset: str = "veryfast",
                 script_version: int | None = None) -> asset_svc.AssetDTO:
    """Render (or reuse) the product's short video for ``market``; returns the video asset."""
    cancel = cancel if cancel is not None else CancelToken()
    progress(0.0, "planning")
    plan = plan_render(db, product_ref, market, aspect, target=target, script_draft=script_draft,
                       duration=duration, scale=scale, content=content, voice=voice, music=music,
                       script_version=script_version)
    cancel.raise_if_cancelled()
    if out is not None:
        out = output_path(out, plan.product.handle, market, aspect)
    if reuse:
        found = _reuse(db, plan.inputs_hash)
        if found is not None:
            if out:
                _export(db, found, Path(out))
            progress(1.0, "reused: nothing changed since the last render")
            return found
    from studio.services import system

    system.require_for_render(market)
    log.info("render %s / %s %s: started (%s voice, script draft %s)", plan.product.handle, market, aspect,
             plan.voice_engine, plan.script.draft_id)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="studio-video-") as tmp:
        tmpd = Path(tmp)
        job = {"timeline": plan.timeline, "out": str(tmpd / "video.mp4"), "cover": str(tmpd / "video.jpg"),
               "srt": str(tmpd / "video.srt"), "vtt": str(tmpd / "video.vtt"), "workdir": str(tmpd / "work"),
               "preset": preset}
        result = run_worker(job, progress, cancel)
        script = plan.script
        prov = {
            "renderer": "ffmpeg filter graph (generators.video)", "renderer_version": RENDERER_VERSION,
            "script": {"kind": KIND, "draft_id": script.draft_id, "version": script.version, "author": script.author,
                       "approved": script.approved},
            "target": plan.target, "aspect": plan.aspect, "language": plan.language,
            "voice": plan.voice_engine,
            # a synthesised voice-over is synthetic media (YouTube containsSyntheticMedia, TikTok is_aigc)
            "synthetic_voice": plan.voice_engine in ("espeak", "openai"),
            "music": Path(plan.timeline["music"]).name if plan.timeline["music"] else None,
            "music_licence": "CC0 1.0, synthesised by this project (assets/music/LICENSE.md)"
            if plan.timeline["music"] else None,
            "images": plan.image_choices, "timings": result.get("timings", {}),
        }
        common: dict[str, Any] = {"product_id": plan.product.id, "market": market, "inputs_hash": plan.inputs_hash,
                  "ai_generated": bool(script.ai_generated)}
        video = asset_svc.store_asset(db, Path(result["video"]), kind="video", mime="video/mp4",
                                      width=result["width"], height=result["height"], duration=result["duration"],
                                      provenance=prov, move=True, **common)
        if result.get("cover"):
            asset_svc.store_asset(db, Path(result["cover"]), kind="cover", mime="image/jpeg", width=result["width"],
                                  height=result["height"], provenance={"video_asset": video.id, **prov}, move=True,
                                  **common)
        for key, mime in (("srt", "application/x-subrip"), ("vtt", "text/vtt")):
            if result.get(key):
                asset_svc.store_asset(db, Path(result[key]), kind="subtitles", mime=mime,
                                      provenance={"video_asset": video.id, "format": key, **prov}, move=True,
                                      **common)
    log.info("render %s / %s %s: asset %s, %.1f s of video in %.1f s", plan.product.handle, market, aspect,
             video.id, video.duration or 0.0, time.monotonic() - started)
    if out:
        _export(db, video, Path(out))
    progress(1.0, "done")
    return video


def batch_render(db: Database, product_refs: list[str], market: str, aspect: str = "9:16", *,
                 out_dir: str | Path | None = None, duration: int | None = None, target: str = "tiktok",
                 scale: float = 1.0, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
                 ) -> list[BatchItem]:
    """Render several products one after another (each render already uses both cores); errors are kept
    per product and the batch goes on."""
    cancel = cancel if cancel is not None else CancelToken()
    items: list[BatchItem] = []
    n = max(1, len(product_refs))
    for i, ref in enumerate(product_refs):
        cancel.raise_if_cancelled()

        def sub(fraction: float, message: str, i=i, ref=ref) -> None:
            progress((i + fraction) / n, f"{ref}: {message}")

        item = BatchItem(ref)
        try:
            out = confined(out_dir, _file_name(ref, market, aspect), make_parents=True) if out_dir else None
            item.asset = render_video(db, ref, market, aspect, out, progress=sub, cancel=cancel, duration=duration,
                                      target=target, scale=scale)
        except Cancelled:
            raise
        except StudioError as exc:
            item.error = str(exc)
        items.append(item)
    progress(1.0, f"{sum(1 for i in items if i.asset)} of {len(items)} rendered")
    return items


# --------------------------------------------------------------------------- storyboard (editor support)


def storyboard(db: Database, product_ref: str, market: str, target: str = "tiktok",
               duration: int | None = None, generate: bool = True) -> dict[str, Any]:
    """The script the editor shows, plus the images it may choose from. With ``generate=False`` a slot
    without a script comes back with ``draft_id`` None and no scenes (browsing writes nothing)."""
    from studio.services import catalog, drafts

    product = catalog.get_product_by_ref(db, product_ref)
    base = {"product_id": product.id, "handle": product.handle, "title": product.title, "market": market,
            "target": target, "images": product_images(product), "mockups": mockup_images(db, product.id, market)}
    if not generate and drafts.find_draft(db, product.id, market, KIND, target) is None:
        return dict(base, draft_id=None, version=None, author="", approved=False, content={"scenes": []})
    script = get_script(db, product, market, target, None, duration)
    return dict(base, draft_id=script.draft_id, version=script.version, author=script.author,
                approved=script.approved, content=script.content)


def save_storyboard(db: Database, product_id: int, market: str, target: str, content: dict[str, Any]):
    """A human edit of the script: a new ``video-script`` draft version (author human)."""
    from studio.services import drafts

    scenes = content.get("scenes") or []
    if not 1 <= len(scenes) <= 8:
        raise StudioError(f"a video script has 1–8 scenes, this one has {len(scenes)}")
    for i, s in enumerate(scenes, 1):
        try:
            d = float(s.get("duration"))
        except (TypeError, ValueError):
            raise StudioError(f"scene {i}: duration must be a number of seconds") from None
        if not 0.5 <= d <= 60:
            raise StudioError(f"scene {i}: duration {d} s is outside 0.5–60 s")
    content = dict(content)
    content["duration"] = round(sum(float(s["duration"]) for s in scenes), 2)
    return drafts.save_version(db, product_id, market, KIND, target, content, author="human", ai_generated=False,
                               provenance={"editor": "storyboard"})


def preview_frame(db: Database, product_ref: str, market: str, t: float, *, aspect: str = "9:16",
                  content: dict[str, Any] | None = None, target: str = "tiktok", max_height: int = 640) -> bytes:
    """PNG bytes of the frame at ``t`` seconds (Pillow; estimated voice timings) for the scrubber."""
    plan = plan_render(db, product_ref, market, aspect, target=target, content=content, scale=0.5, music=False)
    return _renderer().render_frame(plan.timeline, t, max_height=max_height)


def timeline_duration(content: dict[str, Any]) -> float:
    scenes = [{"image": "x", "duration": float(s.get("duration") or 3.0)} for s in content.get("scenes") or []]
    if not scenes:
        return 0.0
    return _renderer().timeline_duration({"scenes": scenes})


# --------------------------------------------------------------------------- settings (brand, voice)

VOICE_ENGINES = ("auto", "espeak", "openai", "none")


def get_video_settings(s: settings.Settings | None = None) -> dict[str, Any]:
    from studio import secrets

    s = s or settings.Settings()
    brand = {"primary": "#1F3A5F", "accent": "#FFC233", "logo": ""}
    brand.update({k: v for k, v in (s.get(BRAND_SETTING) or {}).items() if v})
    voice = {"engine": "auto", "base_url": "", "model": "tts-1", "voice": ""}
    voice.update({k: v for k, v in (s.get(VOICE_SETTING) or {}).items() if v})
    try:
        has_key = bool(secrets.get_secret(TTS_SECRET))
    except Exception:  # noqa: BLE001
        has_key = False
    return {"brand": brand, "voice": voice, "has_key": has_key, "keyring_available": secrets.keyring_available()}


def _hex(value: str, what: str) -> str:
    v = (value or "").strip()
    import re

    if not re.fullmatch(r"#?[0-9A-Fa-f]{6}", v):
        raise StudioError(f"{what} '{value}' is not a colour like #1F3A5F")
    return "#" + v.lstrip("#").upper()


def set_video_settings(*, brand: dict[str, Any] | None = None, voice: dict[str, Any] | None = None,
                       api_key: str | None = None, s: settings.Settings | None = None) -> None:
    """Validate and save the brand (colours, logo) and voice-over settings; the API key goes to the keyring."""
    from studio import secrets

    s = s or settings.Settings()
    if api_key:
        secrets.require_store(TTS_SECRET, "the API key")  # refuse before anything is saved: never lose a key
    if brand is not None:
        out = {"primary": _hex(brand.get("primary", "#1F3A5F"), "brand colour"),
               "accent": _hex(brand.get("accent", "#FFC233"), "highlight colour")}
        logo = (brand.get("logo") or "").strip()
        if logo:
            if not Path(logo).is_file():
                raise StudioError(f"logo file not found: {logo}")
            try:
                from PIL import Image

                with Image.open(logo) as im:
                    im.verify()
            except Exception as exc:  # noqa: BLE001
                raise StudioError(f"logo {logo} is not an image Pillow can read: {exc}") from None
            out["logo"] = logo
        s.set(BRAND_SETTING, out)
    if voice is not None:
        engine = voice.get("engine") or "auto"
        _check_choice(engine, VOICE_ENGINES, "voice engine")
        base_url = (voice.get("base_url") or "").strip()
        if engine == "openai" and not base_url:
            raise StudioError("the 'openai' voice engine needs the endpoint's base URL (…/v1)")
        if base_url and not base_url.startswith(("http://", "https://")):
            raise StudioError(f"base URL '{base_url}' must start with http:// or https://")
        s.set(VOICE_SETTING, {"engine": engine, "base_url": base_url or None,
                              "model": (voice.get("model") or "tts-1").strip(),
                              "voice": (voice.get("voice") or "").strip() or None})
    if api_key:
        secrets.set_secret(TTS_SECRET, api_key, "the API key")
