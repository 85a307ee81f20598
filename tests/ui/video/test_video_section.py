"""The Video section: scenes model (qtmodeltester), drag-reorder, edits saved as human versions, scrub
preview, render with progress from the section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.integration.video.video_helpers import add_product, make_images, needs_ffmpeg


def _scenes(n=4):
    return [{"duration": 3.0, "on_screen_text": f"Text {i}", "voice_over": f"Line {i}", "image": f"media:{i + 1}",
             "camera": "zoom-in"} for i in range(n)]


def test_scenes_model_edits_moves_and_drops(qtmodeltester):
    from ui.sections.video import ScenesModel

    model = ScenesModel()
    model.load(_scenes())
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 4), 4.5) and model.scenes[0]["duration"] == 4.5
    assert not model.setData(model.index(0, 4), 0.1)  # below 0.5 s
    assert not model.setData(model.index(0, 5), "spin")  # unknown camera move
    assert model.setData(model.index(1, 2), "Nuevo texto") and model.scenes[1]["on_screen_text"] == "Nuevo texto"
    assert model.move(0, 2) == 2
    assert [s["voice_over"] for s in model.scenes] == ["Line 1", "Line 2", "Line 0", "Line 3"]
    # drag row 3 onto the top (what the table view does on an internal-move drop)
    md = model.mimeData([model.index(3, 1)])
    assert model.canDropMimeData(md, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(md, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False  # moved, view keeps rows
    assert [s["voice_over"] for s in model.scenes] == ["Line 3", "Line 1", "Line 2", "Line 0"]
    assert model.rowCount() == 4
    model.set_image(0, "card:cta")
    assert model.data(model.index(0, 1)) == "card:cta"
    qtmodeltester.check(model)


@pytest.fixture
def view(qtbot, sqlite_db, tmp_path):
    from ui.app import create_context
    from ui.sections.video import VideoView

    add_product(sqlite_db, make_images(tmp_path / "img", 3))
    ctx = create_context(db=sqlite_db)
    ctx.settings.set("video.market", "ar-SA")
    ctx.settings.set("video.render_scale", 0.25)
    w = VideoView(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    yield w
    ctx.tasks.shutdown()


@needs_ffmpeg
def test_storyboard_edit_save_preview_and_render(view, qtbot, sqlite_db):
    from studio.services import assets, drafts

    qtbot.waitUntil(lambda: view.board is not None, timeout=20000)
    # browsing writes nothing: no script yet, the editor offers to write one
    assert view.board["draft_id"] is None and view.model.rowCount() == 0
    assert not view.render_btn.isEnabled() and drafts.list_drafts(sqlite_db, kind="video-script") == []
    seen = []  # what the section tells the other views (Review, Content) about the drafts it writes
    view.ctx.bus.changed_by.connect(lambda summary, _by: seen.append((summary.entity, summary.updated)))
    with qtbot.waitSignal(view.storyboard_loaded, timeout=20000):
        view.write_btn.click()
    assert view.model.rowCount() >= 3 and view.board["market"] == "ar-SA" and view.board["draft_id"]
    qtbot.waitUntil(lambda: ("draft", (view.board["draft_id"],)) in seen, timeout=5000)
    seen.clear()
    assert view.render_btn.isEnabled() and view.write_btn.isHidden()
    # scrub → a preview frame arrives and is shown
    with qtbot.waitSignal(view.preview_ready, timeout=20000):
        view.scrub.setValue(12)
    assert not view.preview.pixmap().isNull()
    # edit + reorder, save as a new human version
    first_version = view.board["version"]
    view.model.setData(view.model.index(1, 2), "نص جديد")
    view.table.selectRow(1)
    view.up_btn.click()
    assert view.model.scenes[0]["on_screen_text"] == "نص جديد"
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.save_btn.click()
    d = drafts.get_draft(sqlite_db, view.board["draft_id"])
    assert d.current_version == first_version + 1 and d.latest.author == "human"
    qtbot.waitUntil(lambda: ("draft", (d.id,)) in seen, timeout=5000)
    assert d.latest.content["scenes"][0]["on_screen_text"] == "نص جديد"
    # render from the section (progress bar moves, asset stored)
    with qtbot.waitSignal(view.render_finished, timeout=120000) as blocker:
        view.render_btn.click()
    asset = blocker.args[0]
    assert asset.kind == "video" and assets.get_asset(sqlite_db, asset.id) is not None
    assert asset.provenance["script"]["version"] == d.current_version
    assert view.progress.value() == 1000 and view.render_btn.isEnabled()
    assert view.open_btn.isEnabled() and view.last_video == asset.path


def test_video_settings_page_validates_and_saves(qtbot, sqlite_db, tmp_path):
    from PIL import Image

    from studio.services import video
    from ui.app import create_context
    from ui.settings_pages.video import PAGE

    ctx = create_context(db=sqlite_db)
    page = PAGE.factory(ctx)
    qtbot.addWidget(page)
    page.primary.setText("navy")
    assert not page.save() and "not a colour" in page.result.text()
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (200, 80), (255, 0, 0, 200)).save(logo)
    page.primary.setText("#112233")
    page.logo.setText(str(logo))
    page.engine.setCurrentIndex(page.engine.findData("openai"))
    page.base_url.setText("")
    assert not page.save() and "base URL" in page.result.text()
    page.base_url.setText("http://127.0.0.1:8880/v1")
    assert page.save()
    cur = video.get_video_settings(ctx.settings)
    assert cur["brand"]["primary"] == "#112233" and cur["brand"]["logo"] == str(logo)
    assert cur["voice"]["engine"] == "openai" and cur["voice"]["base_url"] == "http://127.0.0.1:8880/v1"
    # the renderer picks the voice settings up
    assert video._voice_settings(None)["base_url"] == "http://127.0.0.1:8880/v1"
    ctx.tasks.shutdown()


def test_market_without_its_font_is_flagged_before_a_render(view, monkeypatch, qtbot):
    """A machine without the Thai font says so under the market picker, with the package to install."""
    from generators.video import fonts
    from studio.services import system

    monkeypatch.setitem(fonts._KNOWN, "thai", [])
    real = fonts._fc_match
    monkeypatch.setattr(fonts, "_fc_match", lambda script, bold: [] if script == "thai" else real(script, bold))
    system.refresh()
    try:
        assert view.requirements.isHidden()  # ar-SA: its font is installed
        with qtbot.waitSignal(view.requirements.checked, timeout=10000):  # checked off the GUI thread
            view.market.set_tag("th-TH")
        assert not view.requirements.isHidden()
        assert view.requirements.text().startswith("no Thai font") and "fonts-noto-core" in view.requirements.text()
        assert view.requirements.textFormat() == Qt.TextFormat.PlainText
        with qtbot.waitSignal(view.requirements.checked, timeout=10000):
            view.market.set_tag("de-DE")
        assert view.requirements.isHidden()
    finally:
        system.refresh()
