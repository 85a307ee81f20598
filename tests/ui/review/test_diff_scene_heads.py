"""Found in the s18 walkthrough (Arabic UI, Review of an ar-SA video script): a scene's head line
"#2 · 3 s · zoom-out" showed as "s · zoom-out 3 · #2" inside the right-to-left block of the copy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.services.review import diff_content_words
from ui.review.diff_view import DiffView


def _blocks(view):
    b = view.document().begin()
    out = []
    while b.isValid():
        out.append((b.text(), b.blockFormat().layoutDirection()))
        b = b.next()
    return out


def test_scene_heads_read_left_to_right_in_a_right_to_left_market(qtbot):
    scenes = [{"duration": 3.0, "on_screen_text": "نص", "voice_over": "صوت", "image": "media:1", "camera": "zoom-in"}]
    view = DiffView()
    qtbot.addWidget(view)
    view.show_diff(diff_content_words({}, {"scenes": scenes}), rtl=True)
    blocks = _blocks(view)
    head = [d for t, d in blocks if t.startswith("#1")]
    words = [d for t, d in blocks if "صوت" in t]
    assert head == [Qt.LayoutDirection.LeftToRight] and words == [Qt.LayoutDirection.RightToLeft], blocks
    assert [s for s in view.segments if s[0] == "scenes"]  # the segments as the service gave them
