"""Left over from stop 18 (Review in the Chinese and Arabic UI): the word diff of a video script or an FAQ read
"on screen:", "voice-over:", "Q:" and "A:" in English before the copy's own words — the core writes those words
for the command line; the app shows them in the UI language."""

from __future__ import annotations

import pytest

from studio.services import drafts, review
from tests.support.gen_products import add_product
from tests.ui.review.test_review_queue import _queue, _select
from ui.review.diff_view import diff_labels

WANT = {"zh": ("问题", "回答", "屏幕文字", "配音"), "ar": ("السؤال", "الجواب", "النص على الشاشة", "التعليق الصوتي")}



@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_review_diff_names_a_pair_s_and_a_scene_s_parts_in_the_ui_language(qtbot, ctx, ui_language, lang):
    ui_language(lang)
    pid = add_product(ctx.db, "vase-a")
    faq = drafts.save_version(ctx.db, pid, "zh-SG", "faq", "site", {"items": [{"q": "材质？", "a": "陶瓷。"}]},
                              author="offline", ai_generated=False, provenance={"provider": "offline"}, checks=[])
    drafts.edit(ctx.db, faq.id, {"items": [{"q": "材质？", "a": "炻器。"}]})
    scene = {"duration": 3.0, "on_screen_text": "12小时", "voice_over": "续航12小时。", "camera": "zoom-in"}
    script = drafts.save_version(ctx.db, pid, "zh-SG", "video-script", "tiktok", {"scenes": [scene]},
                                 author="offline", ai_generated=False, provenance={"provider": "offline"}, checks=[])
    drafts.edit(ctx.db, script.id, {"scenes": [{**scene, "voice_over": "续航长达12小时。"}]})
    w, view = _queue(qtbot, ctx)
    labels = diff_labels()
    question, answer, on_screen, voice = WANT[lang]
    assert labels["q"] == question and labels["a"] == answer
    assert (labels["on_screen_text"], labels["voice_over"]) == (on_screen, voice)
    for did, words in ((faq.id, (labels["q"], labels["a"])), (script.id, (labels["on_screen_text"],
                                                                            labels["voice_over"]))):
        _select(qtbot, view, did)
        text = view.diff.toPlainText()
        assert all(f"{word}: " in text for word in words), text
        assert not any(f"{english}: " in text for english in ("Q", "A", "on screen", "voice-over")), text
    w.close()


def test_the_command_line_diff_keeps_the_english_words():
    old = {"items": [{"q": "Size?", "a": "M"}]}
    new = {"items": [{"q": "Size?", "a": "M and L"}]}
    text = "".join(t for w in review.diff_content_words(old, new) for _op, t in w.segments)
    assert "Q: Size?" in text and "A: M" in text
    assert review.SCENE_LABELS["on_screen_text"] == "on screen"
