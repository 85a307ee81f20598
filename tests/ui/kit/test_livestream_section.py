from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.integration.kit.test_livestream_service import _seed


@pytest.fixture
def view(qtbot, sqlite_db):
    from ui.app import create_context
    from ui.sections.livestream import LivestreamView

    _seed(sqlite_db)
    ctx = create_context(db=sqlite_db)
    w = LivestreamView(ctx)
    qtbot.addWidget(w)
    yield w
    ctx.tasks.shutdown()


def test_products_model(qtmodeltester):
    from ui.sections.livestream import KitProductsModel

    model = KitProductsModel()
    for i in range(5):
        assert model.add({"handle": f"h{i}", "title": f"T{i}", "sku": None, "minutes": 5.0})
    assert not model.add({"handle": "h0", "title": "dup", "sku": None, "minutes": 5.0})
    model.move(0, 1)
    model.remove(4)
    assert [r["handle"] for r in model.rows()] == ["h1", "h0", "h2", "h3"]
    assert model.setData(model.index(0, 3), 7.5) and model.rows()[0]["minutes"] == 7.5
    assert not model.setData(model.index(0, 3), -1)
    qtmodeltester.check(model)


def test_ended_platforms_are_shown_but_not_offered(view):
    texts = [view.platform.itemText(i) for i in range(view.platform.count())]
    assert any("2022-10-01" in t for t in texts) and any("2023-03-16" in t for t in texts)
    model = view.platform.model()
    for i in range(view.platform.count()):
        if view.platform.itemData(i) in ("facebook", "instagram"):
            assert not model.item(i).isEnabled()


def test_build_kit_from_the_section_and_run_the_teleprompter(view, qtbot, tmp_path):
    qtbot.waitUntil(lambda: view.found.count() == 2, timeout=15000)  # the search runs off the GUI thread
    view.found.selectAll()
    view.add_selected()
    assert len(view.model.rows()) == 2
    view.market.setCurrentIndex(view.market.findData("th-TH"))
    view.store_url.setText("https://shop.example.com")
    view.table.selectRow(0)
    view.flash_on.setChecked(True)
    seen = []  # the kit's segment drafts are announced: Review and Content refresh
    view.ctx.bus.changed_by.connect(lambda summary, _by: seen.append((summary.entity, summary.updated)))
    with qtbot.waitSignal(view.kit_built, timeout=20000):
        view.build_btn.click()
    kit = view.result.kit
    ids = tuple(p["draft_id"] for p in kit["products"] if p.get("draft_id"))
    assert ids and ("draft", ids) in seen
    assert kit["language"] == "th" and len(kit["products"]) == 2 and len(kit["flash_sales"]) == 1
    assert kit["opening"]["hook"][:10] in view.preview.toPlainText()
    assert view.prompter_btn.isEnabled()

    view.open_teleprompter()
    tp = view.prompter
    qtbot.addWidget(tp)
    assert tp.current == 0 and not tp.running
    with qtbot.waitSignal(tp.block_changed, timeout=2000):
        qtbot.keyClick(tp, Qt.Key.Key_Right)
    assert tp.current == 1 and tp.elapsed == tp.blocks[1].start
    qtbot.keyClick(tp, Qt.Key.Key_Up)
    assert tp.speed > 1.0
    qtbot.keyClick(tp, Qt.Key.Key_Space)
    assert tp.running
    start = tp.elapsed
    qtbot.waitUntil(lambda: tp.elapsed > start, timeout=3000)
    qtbot.keyClick(tp, Qt.Key.Key_Space)
    assert not tp.running
    tp.resize(1280, 720)
    tp.grab().save(str(tmp_path / "prompter.png"))
    view.resize(1400, 900)
    view.grab().save(str(tmp_path / "livestream.png"))
    import shutil
    shutil.copy(tmp_path / "prompter.png", "/tmp/prompter.png")
    shutil.copy(tmp_path / "livestream.png", "/tmp/livestream.png")
    qtbot.keyClick(tp, Qt.Key.Key_Escape)

    done = []
    view.ctx.tasks.task_finished.connect(lambda _tid: done.append(1))
    view.export_to(tmp_path / "kit")
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert (tmp_path / "kit" / "run-sheet.pdf").is_file()

    from studio.services import accounts
    from studio.services.scheduling import queue

    accounts.add_account(view.ctx.db, "folder", "bundle", base_url=str(tmp_path / "b"),
                         settings_={"caption_target": "instagram"})
    with qtbot.waitSignal(view.teasers_scheduled, timeout=20000) as blocker:
        view.schedule_teasers("bundle", override_reason="test")
    assert blocker.args == [2]
    assert len(queue.list_posts(view.ctx.db)) == 2
    assert "Teasers queued" in view.status.text()
