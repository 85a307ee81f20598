"""``studio drafts edit ID --set PATH=VALUE`` (the CLI twin of Content's FAQ and scene editors): one FAQ answer or
one scene's voice-over/duration changed as a new human version, every other field and key kept; an index one past
the end adds an item; bad paths and values exit non-zero with a one-line reason; a voice-over too long for its scene
is named (the edit is kept)."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.services import catalog, drafts, generation
from tests.support.gen_products import add_product


def cli(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def _drafts(db):
    add_product(db, "bud-vase")
    pid = catalog.list_products(db, 0, 10)[0].id
    faq = generation.generate_one(db, pid, "en-US", "faq", "site")
    script = generation.generate_one(db, pid, "en-US", "video-script", "tiktok")
    return faq, script


def test_edit_a_scene_and_an_faq_item_from_the_cli(sqlite_db, capsys):
    faq, script = _drafts(sqlite_db)
    before = script.latest.content
    rc, out, err = cli(capsys, "drafts", "edit", str(script.id), "--set", "scenes[1].duration=4.5",
                       "--set", "scenes[1].voice_over=Stoneware, glazed inside.", "--json")
    assert rc == 0, err
    res = json.loads(out)
    after = drafts.get_draft(sqlite_db, script.id)
    assert res["version"] == after.current_version == script.current_version + 1 and after.latest.author == "human"
    want = [dict(s) for s in before["scenes"]]
    want[1].update(duration=4.5, voice_over="Stoneware, glazed inside.")
    assert after.latest.content["scenes"] == want  # image, camera, on-screen text of every scene kept
    assert {k: v for k, v in after.latest.content.items() if k != "scenes"} == \
        {k: v for k, v in before.items() if k != "scenes"}
    assert res["total_seconds"] == round(sum(s["duration"] for s in want), 2)
    long = "This line is far too long for a voice to say in the one and a half seconds this scene lasts at all"
    rc, out, _ = cli(capsys, "drafts", "edit", str(script.id), "--set", "scenes[2].duration=1.5",
                     "--set", f"scenes[2].voice_over={long}")
    assert rc == 0 and "warning: scene 3: the voice-over takes about" in out and "the scene lasts 1.5 s" in out
    # FAQ: a new item takes its question and answer, an answer is changed, an item removed
    items = faq.latest.content["items"]
    n = len(items)
    rc, out, err = cli(capsys, "drafts", "edit", str(faq.id), "--set", f"items[{n}].q=Dishwasher safe?",
                       "--set", f"items[{n}].a=Hand wash only.", "--set", "items[0].a=Yes.", "--remove", "items[1]")
    assert rc == 0, err
    got = drafts.get_draft(sqlite_db, faq.id).latest.content["items"]
    assert got == [dict(items[0], a="Yes.")] + items[2:] + [{"q": "Dishwasher safe?", "a": "Hand wash only."}]


def test_bad_edits_exit_with_one_line_reasons(sqlite_db, capsys):
    faq, script = _drafts(sqlite_db)
    cases = [
        (("edit", str(script.id), "--set", "scenes[0].duration=45"), "a scene lasts 1 to 20 seconds, got 45"),
        (("edit", str(script.id), "--set", "scenes[0].duration=soon"), "a duration is a number of seconds"),
        (("edit", str(script.id), "--set", "scenes[0].camera=pan"), "a scene has duration, on_screen_text and"),
        (("edit", str(script.id), "--set", "scenes[0].on_screen_text=" + "x" * 91),
         "scene 1: the on-screen text is 91 characters (at most 90)"),
        (("edit", str(script.id), "--set", "scenes[40].voice_over=x"), "add one as scenes["),
        (("edit", str(script.id), "--set", "scenes=[]"), "scenes is structured: edit one item"),
        (("edit", str(faq.id), "--set", "items[0].a="), "FAQ 1: the answer is empty"),
        (("edit", str(faq.id), "--set", "price=3"), "this draft has no field 'price'"),
        (("edit", str(faq.id), "--set", "items[0]"), "--set takes PATH=VALUE"),
        (("edit", str(faq.id)), "nothing to edit"),
    ]
    for argv, reason in cases:
        rc, _out, err = cli(capsys, "drafts", *argv)
        assert rc != 0 and reason in err and len(err.strip().splitlines()) == 1, (argv, err)
    assert drafts.get_draft(sqlite_db, script.id).current_version == script.current_version
    assert drafts.get_draft(sqlite_db, faq.id).current_version == faq.current_version


def test_review_diff_reads_faq_pairs_as_q_and_a_not_keys():
    """Found in the s18 walkthrough: Review's diff of an FAQ showed its stored keys ("q: …", "a: …")."""
    from studio.services.review import diff_content_words

    diffs = diff_content_words({}, {"items": [{"q": "Size?", "a": "M and L"}]})
    text = "".join(seg[1] if isinstance(seg, tuple) else getattr(seg, "text", str(seg))
                   for d in diffs for seg in d.segments)
    assert "Q: Size?" in text and "A: M and L" in text and "q: " not in text
