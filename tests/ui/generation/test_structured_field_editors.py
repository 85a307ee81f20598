"""Found in the s17 walkthrough: an FAQ's questions and answers and a video script's scenes were edited as raw
JSON (``"duration": 3.5, "on_screen_text": …``) in Content and in Review's Edit dialog. They are a question/answer
list (add, remove, move) and a scenes table (seconds, on-screen text, voice-over) with the total and a warning on a
voice-over too long for its scene; bad input is refused with a one-line reason; everything else is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from studio.quality import Finding
from studio.services import drafts
from tests.ui.generation.test_content_section import _pick, view  # noqa: F401 - fixtures
from ui.content.editors import map_to_editor
from ui.content.structured import FaqEditor, ScenesEditor
from ui.review.dialogs import EditDialog

LONG_VOICE = ("This sentence is far too long to be said by any voice in the three seconds this scene lasts, "
              "however fast it speaks")


def _generate(view, qtbot, kind, target):  # noqa: F811
    _pick(view, "en-US", kind, target, qtbot)
    with qtbot.waitSignal(view.generated, timeout=30000):
        view.generate_button.click()
    return drafts.get_draft(view.ctx.db, view.draft.id)


def test_faq_is_a_question_answer_list_and_a_save_keeps_every_other_field(view, qtbot):  # noqa: F811
    before = _generate(view, qtbot, "faq", "site")
    ed = view.field_editors["items"]
    assert isinstance(ed, FaqEditor) and not any(
        isinstance(w, QPlainTextEdit) and '"q"' in w.document().toRawText() for w in ed.text_editors())
    old = before.latest.content["items"]
    assert ed.value() == old  # untouched: the same items, every key
    ed.add_row()
    assert ed.problem() == f"FAQ {len(old) + 1}: the question is empty"
    view.save_button.click()  # refused with the reason, nothing written
    assert view.status.text().startswith("Not saved: Questions and answers: FAQ")
    assert drafts.get_draft(view.ctx.db, before.id).current_version == before.current_version
    ed.sub_editor(f"[{len(old)}].q").setPlainText("Is it dishwasher safe?")
    ed.sub_editor(f"[{len(old)}].a").setPlainText("Hand wash only.")
    ed.move(len(old), 0)
    ed.remove_row(len(old))  # the last of the writer's items
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.save_button.click()
    after = drafts.get_draft(view.ctx.db, before.id).latest
    assert after.author == "human"
    assert after.content["items"] == [{"q": "Is it dishwasher safe?", "a": "Hand wash only."}] + old[:-1]
    assert {k: v for k, v in after.content.items() if k != "items"} == \
        {k: v for k, v in before.latest.content.items() if k != "items"}


def test_scenes_are_a_table_with_total_and_voice_over_warning(view, qtbot):  # noqa: F811
    before = _generate(view, qtbot, "video-script", "tiktok")
    ed = view.field_editors["scenes"]
    assert isinstance(ed, ScenesEditor)
    scenes = before.latest.content["scenes"]
    assert ed.value() == scenes
    total = sum(s["duration"] for s in scenes)
    assert ed.note.text().startswith(f"Total: {round(total, 2):g} s")
    row = ed._rows[1]
    row["duration"].setValue(3.0)
    row["voice_over"].setPlainText(LONG_VOICE)
    assert ed.pacing_warnings() and "the scene lasts 3 s" in ed.pacing_warnings()[0]
    assert "1 scene(s) with a voice-over too long" in ed.note.text()
    row["voice_over"].setPlainText("Stoneware vase.")
    assert ed.pacing_warnings() == []
    row["on_screen_text"].setPlainText("x" * 91)
    view.save_button.click()
    assert "scene 2: the on-screen text is 91 characters (at most 90)" in view.status.text()
    row["on_screen_text"].setPlainText("Stoneware")
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.save_button.click()
    after = drafts.get_draft(view.ctx.db, before.id).latest.content
    want = [dict(s) for s in scenes]
    want[1].update(duration=3.0, voice_over="Stoneware vase.", on_screen_text="Stoneware")
    assert after["scenes"] == want  # image and camera move of every scene kept
    assert {k: v for k, v in after.items() if k != "scenes"} == \
        {k: v for k, v in before.latest.content.items() if k != "scenes"}


def test_a_finding_in_a_scene_points_into_its_text_box(qtbot):
    ed = ScenesEditor([{"duration": 3, "on_screen_text": "Linen", "voice_over": "Soft 100% linen", "image": "media:1"}])
    qtbot.addWidget(ed)
    i = "Soft 100% linen".index("100%")
    box, a, b = map_to_editor(Finding("r", "error", "m", i, i + 4, field="scenes[0].voice_over"), {"scenes": ed})
    assert box is ed.sub_editor("[0].voice_over") and box.document().toRawText()[a:b] == "100%"
    assert map_to_editor(Finding("r", "error", "m", 0, 2, field="scenes[3].voice_over"), {"scenes": ed}) is None


def test_review_edit_dialog_edits_faq_and_scenes_without_json(qtbot):
    content = {"items": [{"q": "Size?", "a": "M"}], "hook": "Hi", "language": "en",
               "scenes": [{"duration": 3.333, "on_screen_text": "A", "voice_over": "B", "image": "media:2",
                           "camera": "pan-left"}]}
    dlg = EditDialog("Vase · en-US · faq", content, False)
    qtbot.addWidget(dlg)
    assert isinstance(dlg.editors["items"], FaqEditor) and isinstance(dlg.editors["scenes"], ScenesEditor)
    assert dlg.changes() == {}  # untouched: nothing differs (3.333 s kept as stored)
    dlg.editors["items"].sub_editor("[0].a").setPlainText("")
    dlg.accept()
    assert dlg.result() == 0 and dlg.error.text() == "Not saved: Questions and answers: FAQ 1: the answer is empty"
    dlg.editors["items"].sub_editor("[0].a").setPlainText("M and L")
    dlg.editors["scenes"]._rows[0]["duration"].setValue(4.0)
    assert dlg.changes() == {"items": [{"q": "Size?", "a": "M and L"}],
                             "scenes": [{"duration": 4.0, "on_screen_text": "A", "voice_over": "B",
                                         "image": "media:2", "camera": "pan-left"}]}
