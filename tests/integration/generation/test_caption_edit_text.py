"""Found in the s17 walkthrough: in Content, a seller edited a caption's Hook ("… OEKO-TEX certified and the best
vase in the world."), saved, and the draft showed "0 errors" and was approved — the caption is posted and checked
as its assembled ``text``, which still held the old hook. An edit of the hook, body, call to action or hashtags now
reaches ``text`` (and the first comment that held the hashtags), so the checks and the post see it."""

from __future__ import annotations

from studio.services import drafts
from studio.services.drafts import caption_parts_into_text
from tests.support.gen_products import add_product

CAPTION = {"hook": "Meet the Linen Tee.", "body": "Made from 100% linen.", "cta": "Tap the link in our profile.",
           "hashtags": ["#Linen", "#Tee"], "link": "", "link_placement": "bio", "first_comment": "#Linen #Tee",
           "text": "Meet the Linen Tee.\n\nMade from 100% linen.\n\nTap the link in our profile.", "language": "en"}


def test_a_hook_edit_reaches_the_posted_text_and_its_checks(sqlite_db):
    db = sqlite_db
    pid = add_product(db, "tee-edit")
    d = drafts.save_version(db, pid, "en-US", "caption", "instagram", dict(CAPTION), author="offline",
                            ai_generated=False, provenance={})
    edited = dict(CAPTION, hook="Meet the Linen Tee. OEKO-TEX certified.")  # what Content sends: every field
    saved = drafts.edit(db, d.id, edited)
    text = saved.latest.content["text"]
    assert text == "Meet the Linen Tee. OEKO-TEX certified.\n\nMade from 100% linen.\n\nTap the link in our profile."
    errors = drafts.error_findings(saved.latest.checks)
    assert any("OEKO-TEX" in (e.get("message") or "") for e in errors), saved.latest.checks
    try:
        drafts.approve(db, [d.id])
    except drafts.ApprovalRefused:
        pass
    else:
        raise AssertionError("a caption whose edited hook claims a certification must not be approved silently")


def test_an_edit_of_text_itself_wins_and_hashtags_follow_into_the_first_comment():
    own = dict(CAPTION, hook="Other hook", text="My own caption.")
    assert caption_parts_into_text(CAPTION, own)["text"] == "My own caption."
    tags = caption_parts_into_text(CAPTION, dict(CAPTION, hashtags=["#Linen", "#Summer"]))
    assert tags["first_comment"] == "#Linen #Summer" and tags["text"] == CAPTION["text"]
    inline = dict(CAPTION, first_comment=None, text=CAPTION["text"] + "\n\n#Linen #Tee")
    out = caption_parts_into_text(inline, dict(inline, hashtags=["#Linen"], cta=""))
    assert out["text"] == "Meet the Linen Tee.\n\nMade from 100% linen.\n\n#Linen"


def test_a_part_not_found_in_the_text_rebuilds_it_from_the_parts():
    odd = dict(CAPTION, text="Meet the Linen Tee!\n\nMade from 100% linen.\n\nTap the link in our profile.")
    out = caption_parts_into_text(odd, dict(odd, hook="Hello linen."))
    assert out["text"] == "Hello linen.\n\nMade from 100% linen.\n\nTap the link in our profile."
    assert caption_parts_into_text(CAPTION, dict(CAPTION)) == CAPTION  # nothing changed, nothing moves
