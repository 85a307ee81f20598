"""Burned-in captions and on-screen text as transparent PNG bands, drawn with Pillow + libraqm.

Every caption *page* (a few words, ≤2 lines) is drawn once per word state with that word highlighted
in the brand accent colour. Each word is shaped on its own with its own script's font and direction
(libraqm/FriBiDi shape Arabic right-to-left, Thai clusters and CJK), and the words of a line are placed
right-to-left when the language is RTL. The states become one ffconcat track that ffmpeg overlays with
a single ``overlay`` filter (a blank band fills the gaps), so the cost does not grow with the word count.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from generators.video import fonts
from generators.video.timeline import Timeline, Word, joiner_for


def hex_rgb(value: str, default: tuple[int, int, int] = (255, 255, 255)) -> tuple[int, int, int]:
    v = (value or "").strip().lstrip("#")
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    try:
        return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)
    except (ValueError, IndexError):
        return default


@functools.lru_cache(maxsize=128)
def _font(path: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index, layout_engine=ImageFont.Layout.RAQM)


def _lang_tag(language: str | None) -> str | None:
    return (language or "").split("-")[0].lower() or None


@dataclass
class _Glyphs:
    """One caption unit, split into runs per font when one font lacks some characters (Thai/Arabic fonts
    carry no ASCII punctuation, a Latin font no Thai): every character is drawn with a font that has it."""

    text: str
    runs: list[tuple[str, ImageFont.FreeTypeFont, str | None]]  # (text, font, raqm language)
    direction: str
    width: float  # advance, including a trailing space (kept for no-space scripts)
    ink: float  # width without the trailing space (the highlight box)

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        return self.runs[0][1]

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: float, **kw) -> None:
        runs = list(reversed(self.runs)) if self.direction == "rtl" else self.runs
        for text, font, lang in runs:
            draw.text((x, baseline), text, font=font, anchor="ls", direction=self.direction, language=lang, **kw)
            x += font.getlength(text, direction=self.direction, language=lang)


def _runs(word: str, language: str | None) -> list[tuple[str, fonts.FontSpec]]:
    spec = fonts.font_for_text(word, bold=True, lang=language)
    if not fonts.missing_glyphs(spec, word):
        return [(word, spec)]
    runs: list[tuple[str, fonts.FontSpec]] = []
    for ch in word:
        use = spec if ch.isspace() or not fonts.missing_glyphs(spec, ch) else _fallback(ch, language)
        if runs and runs[-1][1] == use:
            runs[-1] = (runs[-1][0] + ch, use)
        else:
            runs.append((ch, use))
    return runs


def _fallback(ch: str, language: str | None) -> fonts.FontSpec:
    """A font that has ``ch``: its script's font, else the Latin font (punctuation, symbols), else CJK."""
    first = fonts.font_for_text(ch, lang=language)
    for spec in (first, fonts.resolve_font("latin"), fonts.resolve_font("cjk", lang=language)):
        if not fonts.missing_glyphs(spec, ch):
            return spec
    return first


def _shape(word: str, size: int, language: str | None) -> _Glyphs:
    direction = "rtl" if any(fonts.char_script(c) in fonts.RTL_SCRIPTS for c in word) else "ltr"
    runs = []
    for text, spec in _runs(word, language):
        lang = _lang_tag(language) if fonts.script_of(text) == fonts.script_for_language(language) else None
        runs.append((text, _font(spec.path, spec.index, size), lang))
    width = sum(f.getlength(t, direction=direction, language=lg) for t, f, lg in runs)
    stripped = word.rstrip()
    ink = width
    if stripped != word and runs:
        t, f, lg = runs[-1]
        ink = width - (f.getlength(t, direction=direction, language=lg)
                       - f.getlength(t.rstrip(), direction=direction, language=lg))
    return _Glyphs(word, runs, direction, width, ink)


def _visual_order(idxs: list[int], glyphs: list[_Glyphs], rtl: bool) -> list[int]:
    """Left-to-right drawing order of a line's words: in an RTL line, runs of LTR words (brand names,
    numbers) keep their own order while the runs themselves go right-to-left."""
    if not rtl:
        return idxs
    runs: list[list[int]] = []
    for i in idxs:
        ltr = glyphs[i].direction == "ltr"
        if runs and ltr and glyphs[runs[-1][-1]].direction == "ltr":
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[int] = []
    for run in reversed(runs):
        out += run
    return out


def _lines(words: list[_Glyphs], space: float, max_width: float) -> list[list[int]]:
    lines: list[list[int]] = [[]]
    width = 0.0
    for i, g in enumerate(words):
        extra = g.width + (space if lines[-1] else 0)
        if lines[-1] and width + extra > max_width:
            lines.append([i])
            width = g.width
        else:
            lines[-1].append(i)
            width += extra
    return lines


@dataclass
class Band:
    """A horizontal strip of the frame holding one kind of overlay."""

    y: int
    width: int
    height: int
    states: list[tuple[str, float, float]] = field(default_factory=list)  # (png, start, end)
    blank: str = ""


class CaptionStyle:
    def __init__(self, tl: Timeline) -> None:
        self.tl = tl
        short = min(tl.width, tl.height)
        self.size = max(14, int(short * 0.064))
        self.title_size = max(16, int(short * 0.07))
        self.max_width = tl.width * 0.84
        self.line_h = int(self.size * 1.62)
        self.pad = max(4, self.size // 2)
        self.accent = hex_rgb(tl.brand.accent, (255, 194, 51))
        self.text = hex_rgb(tl.brand.text, (255, 255, 255))
        self.primary = hex_rgb(tl.brand.primary, (31, 58, 95))
        self.band_h = self.line_h * 2 + self.pad * 2
        # lower third, above the platforms' own caption/UI area at the bottom of a vertical frame
        self.band_y = int(tl.height * (0.62 if tl.height > tl.width else 0.70))
        self.title_y = int(tl.height * (0.09 if tl.height > tl.width else 0.06))
        self.title_h = int(self.title_size * 1.7) * 3 + self.pad * 2


def paginate(tl: Timeline, style: CaptionStyle | None = None, max_words: int = 6) -> list[list[Word]]:
    """Group each scene's timed words into pages that fit two lines."""
    style = style or CaptionStyle(tl)
    pages: list[list[Word]] = []
    for scene in tl.scenes:
        if not scene.words:
            continue
        space = _font(*_spec_key(tl), style.size).getlength(" ") if joiner_for(scene.voice) else 0.0
        page: list[Word] = []
        for w in scene.words:
            candidate = page + [w]
            glyphs = [_shape(x.text, style.size, tl.language) for x in candidate]
            if page and (len(candidate) > max_words or len(_lines(glyphs, space, style.max_width)) > 2):
                pages.append(page)
                page = [w]
            else:
                page = candidate
        if page:
            pages.append(page)
    return pages


def _spec_key(tl: Timeline) -> tuple[str, int]:
    spec = fonts.resolve_font(fonts.script_for_language(tl.language), True, tl.language)
    return spec.path, spec.index


def draw_page(tl: Timeline, page: list[Word], active: int | None, style: CaptionStyle) -> Image.Image:
    """One caption band (RGBA) with word ``active`` highlighted."""
    img = Image.new("RGBA", (tl.width, style.band_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    size = style.size
    text = "".join(w.text for w in page)
    joiner = joiner_for(text)
    for _ in range(6):
        glyphs = [_shape(w.text, size, tl.language) for w in page]
        space = _font(*_spec_key(tl), size).getlength(" ") if joiner else size * 0.08
        lines = _lines(glyphs, space, style.max_width)
        if len(lines) <= 2 and all(g.width <= style.max_width for g in glyphs):
            break
        size = int(size * 0.86)
    rtl = tl.direction == "rtl"
    stroke = max(2, size // 12)
    line_h = int(size * 1.62)
    top = (style.band_h - line_h * len(lines)) // 2
    for li, idxs in enumerate(lines):
        total = sum(glyphs[i].width for i in idxs) + space * (len(idxs) - 1)
        x = (tl.width - total) / 2
        baseline = top + li * line_h + int(size * 1.12)
        for i in _visual_order(idxs, glyphs, rtl):
            g = glyphs[i]
            if i == active:
                r = max(4, size // 5)
                draw.rounded_rectangle((x - size * 0.18, baseline - size * 1.05, x + g.ink + size * 0.18,
                                        baseline + size * 0.38), radius=r, fill=style.accent + (235,))
                g.draw(draw, x, baseline, fill=(20, 20, 20, 255))
            else:
                g.draw(draw, x, baseline, fill=style.text + (255,), stroke_width=stroke, stroke_fill=(0, 0, 0, 255))
            x += g.width + space
    return img


def draw_title(tl: Timeline, text: str, style: CaptionStyle, card: bool = False) -> Image.Image:
    """On-screen text: up to three lines on a rounded box in the brand's primary colour."""
    img = Image.new("RGBA", (tl.width, style.title_h), (0, 0, 0, 0))
    if not text.strip():
        return img
    draw = ImageDraw.Draw(img)
    size = style.title_size
    words = text.split() if joiner_for(text) else _title_units(text, tl.language)
    for _ in range(8):
        glyphs = [_shape(w, size, tl.language) for w in words]
        space = _font(*_spec_key(tl), size).getlength(" ") if joiner_for(text) else 0.0
        lines = _lines(glyphs, space, style.max_width)
        if len(lines) <= 3 and all(g.width <= style.max_width for g in glyphs):
            break
        size = int(size * 0.88)
    line_h = int(size * 1.7)
    widths = [sum(glyphs[i].width for i in idxs) + space * (len(idxs) - 1) for idxs in lines]
    box_w = max(widths) + size * 1.2
    box_h = line_h * len(lines) + size * 0.5
    bx = (tl.width - box_w) / 2
    box_fill = style.accent + (245,) if card else style.primary + (225,)
    text_fill = (20, 20, 20, 255) if card else style.text + (255,)
    draw.rounded_rectangle((bx, 0, bx + box_w, box_h), radius=max(6, size // 3), fill=box_fill)
    rtl = tl.direction == "rtl"
    for li, idxs in enumerate(lines):
        x = (tl.width - widths[li]) / 2
        baseline = int(size * 0.25) + li * line_h + int(size * 1.2)
        for i in _visual_order(idxs, glyphs, rtl):
            g = glyphs[i]
            g.draw(draw, x, baseline, fill=text_fill)
            x += g.width + space
    return img


def _title_units(text: str, language: str | None) -> list[str]:
    from generators.video.timeline import split_words

    return split_words(text, language)


# --------------------------------------------------------------------------- tracks for ffmpeg


def caption_band(tl: Timeline, workdir: Path, style: CaptionStyle | None = None) -> Band:
    style = style or CaptionStyle(tl)
    band = Band(style.band_y, tl.width, style.band_h)
    blank = workdir / "cap_blank.png"
    Image.new("RGBA", (tl.width, style.band_h), (0, 0, 0, 0)).save(blank)
    band.blank = str(blank)
    if not tl.captions:
        return band
    n = 0
    pages = paginate(tl, style)
    for pi, page in enumerate(pages):
        page_end = page[-1].end + 0.25
        if pi + 1 < len(pages):
            page_end = min(page_end, pages[pi + 1][0].start)
        for k, w in enumerate(page):
            end = page[k + 1].start if k + 1 < len(page) else page_end
            path = workdir / f"cap_{n:04d}.png"
            draw_page(tl, page, k, style).save(path, compress_level=1)
            band.states.append((str(path), w.start, end))
            n += 1
    return band


def title_band(tl: Timeline, workdir: Path, style: CaptionStyle | None = None) -> Band:
    style = style or CaptionStyle(tl)
    band = Band(style.title_y, tl.width, style.title_h)
    blank = workdir / "title_blank.png"
    Image.new("RGBA", (tl.width, style.title_h), (0, 0, 0, 0)).save(blank)
    band.blank = str(blank)
    starts = tl.scene_starts()
    trans = tl.effective_transition()
    for i, (scene, st) in enumerate(zip(tl.scenes, starts, strict=True)):
        if not scene.text.strip():
            continue
        path = workdir / f"title_{i:03d}.png"
        draw_title(tl, scene.text, style, card=scene.image_ref.startswith("card:")).save(path, compress_level=1)
        begin = st + (0.0 if i == 0 else trans / 2)
        end = st + scene.duration - (trans / 2 if i + 1 < len(tl.scenes) else 0.0)
        band.states.append((str(path), begin, end))
    return band


def write_ffconcat(band: Band, total: float, path: Path, fps: int) -> Path:
    """A concat-demuxer script: blank band in the gaps, each state for its span (frame-aligned)."""

    def q(p: str) -> str:
        return "'" + p.replace("'", "'\\''") + "'"

    def fr(t: float) -> float:
        return round(t * fps) / fps

    lines = ["ffconcat version 1.0"]
    t = 0.0
    for png, start, end in sorted(band.states, key=lambda s: s[1]):
        start, end = fr(max(start, t)), fr(min(end, total))
        if end <= start:
            continue
        if start > t:
            lines += [f"file {q(band.blank)}", f"duration {start - t:.4f}"]
        lines += [f"file {q(png)}", f"duration {end - start:.4f}"]
        t = end
    if total > t:
        lines += [f"file {q(band.blank)}", f"duration {total - t + 1.0 / fps:.4f}"]
    lines += [f"file {q(band.blank)}"]  # the concat demuxer ignores the last entry's duration
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- subtitles


def _ts(t: float, sep: str) -> str:
    ms = int(round(max(0.0, t) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def subtitle_cues(tl: Timeline) -> list[tuple[float, float, str]]:
    pages = paginate(tl)
    cues = []
    for i, page in enumerate(pages):
        end = page[-1].end + 0.25
        if i + 1 < len(pages):
            end = min(end, pages[i + 1][0].start)
        text = joiner_for("".join(w.text for w in page)).join(w.text for w in page)
        cues.append((page[0].start, end, text))
    return cues


def write_srt(tl: Timeline, path: Path) -> Path:
    rtl = tl.direction == "rtl"
    out = []
    for n, (a, b, text) in enumerate(subtitle_cues(tl), 1):
        if rtl:
            text = "\u202b" + text + "\u202c"  # RLE…PDF so players lay the cue out right-to-left
        out.append(f"{n}\n{_ts(a, ',')} --> {_ts(b, ',')}\n{text}\n")
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def write_vtt(tl: Timeline, path: Path) -> Path:
    out = ["WEBVTT", f"Language: {tl.language}", ""]
    for a, b, text in subtitle_cues(tl):
        out += [f"{_ts(a, '.')} --> {_ts(b, '.')}", text, ""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path
