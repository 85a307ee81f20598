"""Fonts for every caption script, and glyphs really drawn (no .notdef boxes) for Arabic, Thai and CJK."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from generators.video import fonts
from generators.video.captions import CaptionStyle, _font, _shape, draw_page
from generators.video.timeline import Scene, Timeline, Word, split_words

SAMPLES = {
    "ar": "ضوء دافئ مريح للعين يدوم طوال الليل",
    "th": "แสงอบอุ่นสบายตาใช้งานได้ตลอดคืน",
    "ja": "目に優しい暖かい光が一晩中続きます",
    "zh": "温暖的光线整夜呵护您的眼睛",
    "hi": "आँखों के लिए आरामदायक गर्म रोशनी",
    "en": "Warm light that is easy on your eyes",
}


@pytest.mark.parametrize("script", ["latin", "arabic", "thai", "cjk", "devanagari", "hebrew"])
def test_every_script_resolves_to_an_installed_font_covering_it(script):
    spec = fonts.resolve_font(script)
    assert spec.script == script
    assert not fonts.missing_glyphs(spec, fonts._SAMPLE[script])


def test_missing_font_names_the_debian_package(monkeypatch):
    monkeypatch.setitem(fonts._KNOWN, "thai", [])
    monkeypatch.setattr(fonts, "_fc_match", lambda script, bold: [])
    fonts.resolve_font.cache_clear()
    try:
        with pytest.raises(fonts.FontMissing, match="fonts-noto-core"):
            fonts.resolve_font("thai")
    finally:
        fonts.resolve_font.cache_clear()


def _ink(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L")) > 0


def _render(text: str, font, direction: str | None = None) -> np.ndarray:
    img = Image.new("L", (1400, 160), 0)
    ImageDraw.Draw(img).text((10, 120), text, font=font, fill=255, anchor="ls", direction=direction)
    return _ink(img)


@pytest.mark.parametrize("lang", ["ar", "th", "ja", "zh", "hi"])
def test_caption_words_render_real_glyphs_not_notdef_boxes(lang):
    text = SAMPLES[lang]
    for word in split_words(text, lang):
        g = _shape(word, 64, lang)
        spec = fonts.font_for_text(word, lang=lang)
        assert fonts.missing_glyphs(spec, word) == [], (lang, word)
        drawn = _render(word, g.font, g.direction)
        # the same number of characters the font has no glyph for: a row of .notdef boxes
        tofu = _render("\U0010fffd" * len(word), g.font)
        assert drawn.sum() > 0
        assert not np.array_equal(drawn, tofu), f"{word!r} rendered as .notdef boxes"
    # a Latin-only font cannot draw the script: proves the check above can fail
    latin = fonts.resolve_font("latin")
    if lang != "en":
        assert fonts.missing_glyphs(latin, text)


def test_arabic_line_is_laid_out_right_to_left_and_shaped():
    tl = Timeline(width=540, height=960, scenes=[Scene(image="x", duration=3)], language="ar")
    style = CaptionStyle(tl)
    words = ["مرحبا", "بكم"]
    page = [Word(words[0], 0, 1), Word(words[1], 1, 2)]
    first_active = np.asarray(draw_page(tl, page, 0, style))
    # the highlight box (accent colour) of the FIRST word sits on the RIGHT half in an RTL line
    accent = np.all(np.abs(first_active[..., :3].astype(int) - np.array(style.accent)) < 30, axis=2)
    cols = np.argwhere(accent)[:, 1]
    assert cols.size and cols.mean() > tl.width / 2
    # shaping joins the letters: the shaped word is narrower than its isolated forms side by side
    f = _font(*(lambda s: (s.path, s.index))(fonts.resolve_font("arabic")), 64)
    joined = f.getlength(words[0], direction="rtl")
    isolated = sum(f.getlength(c, direction="rtl") for c in words[0])
    assert joined < isolated


def test_thai_and_cjk_are_split_into_caption_units_without_spaces():
    th = split_words(SAMPLES["th"], "th")
    assert len(th) >= 4 and "".join(th) == SAMPLES["th"].replace(" ", "")
    ja = split_words(SAMPLES["ja"], "ja")
    assert len(ja) >= 4 and "".join(ja) == SAMPLES["ja"]


@pytest.mark.parametrize("lang,text", [("th", "วัสดุ: ไม้ไผ่ (100%)"), ("ar", "الخامة: خيزران، 30 x 15 cm!"),
                                       ("ja", "素材：竹 / Bamboo 100%"), ("hi", "सामग्री: बांस (100%)")])
def test_punctuation_the_script_font_lacks_falls_back_to_a_font_that_has_it(lang, text):
    from generators.video.captions import _runs

    for word in split_words(text, lang):
        for run_text, spec in _runs(word, lang):
            assert fonts.missing_glyphs(spec, run_text) == [], (lang, word, run_text, spec.path)
