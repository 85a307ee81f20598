"""The review queue's diff reads an HTML field as a shop shows it: a reviewer sees words, not tags and entities
(seen in the queue: ``<p>Kiln &amp; Clay</p><ul><li>…`` shown raw beside Arabic text)."""

from studio.services.review import diff_content_words


def test_html_field_is_diffed_as_shown_text():
    old = {"description_html": "<p>Kiln &amp; Clay vase.</p><ul><li>Stoneware</li></ul>"}
    new = {"description_html": "<p>Kiln &amp; Clay bud vase.</p><ul><li>Stoneware</li><li>640 g</li></ul>"}
    (d,) = diff_content_words(old, new)
    shown = "".join(text for _op, text in d.segments)
    assert "<" not in shown and "&amp;" not in shown
    assert "Kiln & Clay" in shown
    inserted = " ".join(text for op, text in d.segments if op == "insert")
    assert "bud" in inserted and "640" in inserted


def test_plain_field_is_unchanged():
    (d,) = diff_content_words({"title": "a <b> c"}, {"title": "a <b> c"})
    assert [op for op, _ in d.segments] == ["equal"] and d.segments[0][1] == "a <b> c"


def test_video_scenes_read_as_scenes_not_json():
    """Walkthrough: Review showed a video script's scenes as raw JSON (``"camera": "zoom-in"``)."""
    scenes = [{"duration": 3.0, "on_screen_text": "3 Fakten", "voice_over": "Drei Fakten.", "image": "media:1",
               "camera": "zoom-in"},
              {"duration": 2.5, "on_screen_text": "Buchenholz", "voice_over": "Aus Buchenholz.", "camera": "pan-left"}]
    (d,) = diff_content_words({}, {"scenes": scenes})
    shown = "".join(text for _op, text in d.segments)
    assert "{" not in shown and '"camera"' not in shown and "media:1" not in shown
    assert "#1 · 3 s · zoom-in" in shown and "voice-over: Aus Buchenholz." in shown
