from studio.services.post_preview import preview


def test_instagram_folds_long_caption_at_a_word_and_flags_hidden_disclosure():
    text = "Warm light for small rooms, dimmable in three steps and made from recycled aluminium that lasts for " \
           "years and years. Thanks to our partner #ad #lamp"
    p = preview("instagram", text)
    assert len(p.visible) <= 125 and p.visible + p.folded == text and not p.visible.endswith("yea")
    assert p.hashtags == ["#ad", "#lamp"]
    assert any("below the fold" in w for w in p.warnings)
    assert not preview("instagram", "#ad Warm light").warnings


def test_crop_of_square_image_and_vertical_video():
    sq = preview("pinterest", "x", [{"kind": "image", "width": 1000, "height": 1000}]).crop
    assert sq.shown_aspect == 2 / 3 and sq.box[0] > 0 and "sides" in sq.note
    wide = preview("instagram", "x", [{"kind": "image", "width": 3000, "height": 1000}]).crop
    assert abs(wide.shown_aspect - 1.91) < 1e-6
    vid = preview("tiktok", "x", [{"kind": "video", "width": 1080, "height": 1920}]).crop
    assert vid.box == (0.0, 0.0, 1.0, 1.0)
    assert preview("x", "x").crop is None


def test_thai_hashtags_and_no_fold_for_folder():
    p = preview("folder", "สวัสดี #โคมไฟ #บ้าน " + "ก" * 600)
    assert p.hashtags == ["#โคมไฟ", "#บ้าน"] and p.folded == ""
