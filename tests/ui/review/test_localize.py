"""Localize… (issue 19 item 3): from Content on a product and from a Catalog selection, the whole pack for the
chosen markets in one run with progress; Cancel stops the run and leaves no half-written draft; the drafts land
in the review queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from studio.services import generation
from studio.storage import models as m
from tests.support.gen_products import add_product
from ui.app import MainWindow
from ui.review.localize import LocalizeDialog


@pytest.fixture
def ctx(ctx, monkeypatch):
    """The shared context, with the built-in offline writer as on a first start (no LLM from the environment)."""
    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    return ctx


def _window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _only(model, values) -> None:
    model.set_checked(model.values(), False)
    model.set_checked(values)


def test_localize_from_content_writes_the_whole_pack_and_opens_the_queue(qtbot, ctx):
    pid = add_product(ctx.db, "linen-tee")
    w = _window(qtbot, ctx)
    content = w.show_section("content")
    qtbot.waitUntil(lambda: content.products.row_of(pid) >= 0, timeout=30000)
    content.product_view.setCurrentIndex(content.products.index(content.products.row_of(pid)))
    content.localize_button.click()
    dlg = content.findChild(LocalizeDialog)
    assert dlg is not None and dlg.isVisible()
    assert dlg.kinds.checked() == generation.kinds()  # the whole pack
    _only(dlg.markets, ["de-DE", "fr-FR"])
    progress: list[int] = []
    dlg.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dlg.run_finished, timeout=180000) as sig:
        dlg.run_button.click()
    res = sig.args[0]
    assert res.status == "finished" and res.failed == 0 and res.done == res.total
    assert progress and progress[-1] == 1000 and len(set(progress)) > 2  # it moved, then finished
    with ctx.db.session() as s:
        kinds = {(mk, k) for mk, k in s.execute(select(m.Draft.market, m.Draft.kind).where(m.Draft.product_id == pid))}
    assert {k for _mk, k in kinds} == set(generation.kinds()) and {mk for mk, _k in kinds} == {"de-DE", "fr-FR"}
    assert dlg.queue_button.isEnabled()
    dlg.queue_button.click()
    review = w.section_widget("review")
    assert w.stack.currentWidget() is review
    qtbot.waitUntil(lambda: review.rows_loaded and review.model.rowCount() == res.done, timeout=30000)
    assert review.product.text() == "linen-tee"
    assert {r.product_id for r in review.model.rows()} == {pid}
    assert w.size().width() == 1366 and w.size().height() == 768
    w.close()


def test_cancel_leaves_no_half_written_draft(qtbot, ctx):
    ids = [add_product(ctx.db, f"tee-{i}") for i in range(4)]
    w = _window(qtbot, ctx)
    dlg = LocalizeDialog(ctx, [(i, f"tee-{n}", "") for n, i in enumerate(ids)], w)
    qtbot.addWidget(dlg)
    _only(dlg.markets, ["de-DE", "fr-FR", "es-ES", "it-IT"])
    dlg.show()
    started: list[int] = []
    dlg.progress.valueChanged.connect(lambda v: started.append(v) if v > 0 and not started else None)
    with qtbot.waitSignal(dlg.run_finished, timeout=180000) as sig:
        dlg.run_button.click()
        qtbot.waitUntil(lambda: bool(started), timeout=120000)  # the first item is written
        dlg.cancel_button.click()
        assert "Cancelling" in dlg.progress_label.text()
    res = sig.args[0]
    assert res.status == "cancelled" and res.done < res.total
    qtbot.waitUntil(lambda: dlg.run_button.isEnabled(), timeout=10000)
    with ctx.db.session() as s:
        n_drafts = s.scalar(select(func.count()).select_from(m.Draft))
        empty = s.scalar(select(func.count()).select_from(m.Draft).where(m.Draft.current_version == 0))
        versions = list(s.scalars(select(m.DraftVersion)))
        run = s.get(m.GenerationRun, res.run_id)
        assert run.status == "cancelled"
    # every draft written is whole: a version with its content and its checks; nothing beyond what was done
    assert n_drafts == res.done == len(versions) and empty == 0
    assert all(v.content and v.checks is not None and v.provenance for v in versions)
    assert "Cancelled" in dlg.totals.text()
    w.close()


def test_localize_a_catalog_selection(qtbot, ctx):
    a, b = add_product(ctx.db, "tee-a"), add_product(ctx.db, "tee-b")
    w = _window(qtbot, ctx)
    catalog = w.show_section("catalog")
    qtbot.waitUntil(lambda: catalog.model.rowCount() == 2 and catalog.model.summary(1) is not None, timeout=30000)
    catalog.table.setFocus()
    catalog.select_row(0)
    catalog.table.selectAll()  # Ctrl+A / Shift+click: both products
    assert {p[0] for p in catalog.selected_products()} == {a, b}
    qtbot.keyClick(catalog.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dlg = catalog.findChild(LocalizeDialog)
    assert dlg is not None and dlg.product_ids == sorted(dlg.product_ids) and set(dlg.product_ids) == {a, b}
    _only(dlg.markets, ["de-DE"])
    _only(dlg.kinds, ["caption"])
    _only(dlg.targets, ["instagram"])
    with qtbot.waitSignal(dlg.run_finished, timeout=120000) as sig:
        dlg.run_button.click()
    assert sig.args[0].done == 2  # one Instagram caption per product
    dlg.reject()
    w.close()
