"""Content's live output box reads as text (issue 19 known bug: a cached draft showed a Python dict repr, a
streamed one its raw JSON)."""

from __future__ import annotations

import json

from tests.ui.generation.test_content_section import _pick, view  # noqa: F401 - fixtures
from ui.content.live import live_text

CONTENT = {"title": 'Linen Tee "classic"', "bullets": ["Soft", "Breathable é"],
           "faq": [{"q": "Wash?", "a": "Cold"}], "language": "en"}
READABLE = ('Title: Linen Tee "classic"\nBullet points:\n• Soft\n• Breathable é\nFAQ:\n'
            '• Question: Wash?\n  Answer: Cold')  # an FAQ pair's q/a read as their labels (stop 18, cef17ba)


def test_whole_json_and_a_dict_repr_read_the_same():
    assert live_text(json.dumps(CONTENT)) == READABLE
    assert live_text(str(CONTENT)) == READABLE
    assert live_text("a plain answer") == "a plain answer"


def test_a_stream_cut_anywhere_is_readable():
    whole = json.dumps(CONTENT, ensure_ascii=False)
    for cut in range(1, len(whole)):
        text = live_text(whole[:cut])
        assert '":' not in text and '", "' not in text, (cut, text)  # no JSON punctuation
        assert "{" not in text and "[" not in text and "\\" not in text, (cut, text)
    assert live_text(whole[:60]).startswith('Title: Linen Tee "classic"\nBullet points:\n• Soft')


def test_a_cached_draft_shows_readable_text(view, qtbot):  # noqa: F811
    _pick(view, "en-US", "caption", "instagram", qtbot)
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    first = view.live.toPlainText()
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()  # same inputs: the cached content comes back through the live box
    again = view.live.toPlainText()
    assert "{'" not in again and '{"' not in again, again
    assert again.splitlines()[0] == first.splitlines()[0] and again.startswith("Hook: ")


def test_a_cached_draft_is_streamed_as_json_not_a_repr(ctx):
    """The service hands a cached draft to on_delta as the JSON a model streams (it gave str(dict) before)."""
    from studio.services import generation
    from tests.support.gen_products import add_product

    add_product(ctx.db, "cached-tee")
    pid = next(p.id for p in __import__("studio.services.catalog", fromlist=["x"]).list_products(ctx.db, 0, 10)
               if p.handle == "cached-tee")
    generation.generate_one(ctx.db, pid, "en-US", "caption", "instagram")
    seen: list[str] = []
    generation.generate_one(ctx.db, pid, "en-US", "caption", "instagram", on_delta=seen.append)
    assert seen and json.loads(seen[-1])["hook"] and not seen[-1].startswith("{'")


def test_the_live_box_is_cleared_for_another_slot_and_kept_for_its_own(view, qtbot):  # noqa: F811
    """Found in the s17 walkthrough: after generating a ja-JP video script, the en-US tab said "No draft yet for
    this product, market and target. Press Generate." above the Japanese hashtags of the last run."""
    _pick(view, "en-US", "caption", "instagram", qtbot)
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    assert view.live.toPlainText().startswith("Hook: ")
    with qtbot.waitSignal(view.draft_shown, timeout=20000):
        view.load_draft()  # the same slot read again (a change broadcast): its live output stays
    assert view.live.toPlainText().startswith("Hook: ")
    _pick(view, "en-US", "listing", "amazon", qtbot)
    assert view.live.toPlainText() == ""
    assert "No draft yet" in view.status.text()


def test_no_draft_means_no_checks_yet_not_no_problems(view, qtbot):  # noqa: F811
    """Found in the s17 walkthrough: before anything was generated the checks panel said "No problems found."."""
    _pick(view, "en-US", "listing", "amazon", qtbot)
    assert view.draft is None
    assert view.checks_panel.summary.text() == "No checks yet."
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    assert view.checks_panel.summary.text() != "No checks yet."
