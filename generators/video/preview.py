"""A Qt-free still of the timeline at time ``t`` (PNG bytes) for the storyboard scrubber.

It composes the same pieces as the ffmpeg graph with Pillow: the prepared scene canvas cropped for the
camera move at that moment (cross-faded during a transition), the title band and the caption band with
the word spoken at ``t`` highlighted. Word timings are estimated when no voice has been synthesised.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image

from generators.video import captions, images
from generators.video.timeline import Timeline, assign_word_timings


@functools.lru_cache(maxsize=24)
def _canvas(src: str, w: int, h: int, card: bool, primary: str, accent: str, logo: str | None,
            mtime: float) -> Image.Image:
    size = images.canvas_size(w, h)
    if card:
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "card.jpg"
            images.end_card(src or None, w, h, p, primary=captions.hex_rgb(primary), accent=captions.hex_rgb(accent),
                            logo=logo)
            return Image.open(p).convert("RGB")
    return images.compose(images.load_rgb(src), size)


def _ease(p: float) -> float:
    p = max(0.0, min(1.0, p))
    return p * p * (3 - 2 * p)


def _camera(canvas: Image.Image, move: str, p: float, w: int, h: int) -> Image.Image:
    m = images.MARGIN
    e = _ease(p)
    z = {"zoom-in": 1 + (m - 1) * e, "zoom-out": m - (m - 1) * e}.get(move, m)
    cw, ch = canvas.size
    vw, vh = cw / z, ch / z
    x, y = (cw - vw) / 2, (ch - vh) / 2
    if move == "pan-left":
        x = (cw - vw) * (1 - e)
    elif move == "pan-right":
        x = (cw - vw) * e
    elif move == "pan-up":
        y = (ch - vh) * (1 - e)
    elif move == "pan-down":
        y = (ch - vh) * e
    return canvas.resize((w, h), Image.Resampling.BILINEAR, box=(x, y, x + vw, y + vh))


def _scene_frame(tl: Timeline, i: int, local: float) -> Image.Image:
    s = tl.scenes[i]
    src = s.image or ""
    mtime = Path(src).stat().st_mtime if src and Path(src).is_file() else 0.0
    canvas = _canvas(src, tl.width, tl.height, s.image_ref.startswith("card:"), tl.brand.primary, tl.brand.accent,
                     tl.brand.logo, mtime)
    return _camera(canvas, s.move, local / max(1e-6, s.duration), tl.width, tl.height)


def render_frame(tl: Timeline, t: float, max_height: int = 960) -> bytes:
    """PNG bytes of the frame at ``t`` seconds, scaled to at most ``max_height`` pixels high."""
    tl.validate()
    t = max(0.0, min(t, tl.duration - 1e-3))
    if not any(s.words for s in tl.scenes):
        assign_word_timings(tl)
    starts = tl.scene_starts()
    trans = tl.effective_transition()
    idx, local = tl.scene_at(t)
    frame = _scene_frame(tl, idx, local)
    if idx > 0 and local < trans and tl.scenes[idx - 1].transition != "none":
        prev = _scene_frame(tl, idx - 1, t - starts[idx - 1])
        frame = Image.blend(prev, frame, local / trans)
    frame = frame.convert("RGBA")
    style = captions.CaptionStyle(tl)
    scene = tl.scenes[idx]
    if scene.text.strip():
        frame.alpha_composite(captions.draw_title(tl, scene.text, style, card=scene.image_ref.startswith("card:")),
                              (0, style.title_y))
    if tl.captions:
        for page in captions.paginate(tl, style):
            if page[0].start <= t <= page[-1].end + 0.25:
                active = next((k for k, w in enumerate(page) if w.start <= t < w.end), len(page) - 1)
                frame.alpha_composite(captions.draw_page(tl, page, active, style), (0, style.band_y))
                break
    out = frame.convert("RGB")
    if out.height > max_height:
        out = out.resize((int(out.width * max_height / out.height), max_height), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    out.save(buf, "PNG", compress_level=1)
    return buf.getvalue()
