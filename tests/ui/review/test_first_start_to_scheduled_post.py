"""Done when (issue 19 item 3): a new user goes from first start to a scheduled, approved post using only the
app on a 1366×768 screen — Home's "Load sample catalog" → Content: pick a product, Localize… → the review queue:
approve with A → S: Add an account… (a folder account) in the schedule dialog → Schedule. Everything is
clicked or typed (sidebar, buttons, list check boxes with Space, keys); services are only read to check the
outcome. The window's size is checked after every step: it never changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.app import MainWindow
from ui.dialogs.batch_generation import CheckListModel

SIZE = (1366, 768)


@pytest.fixture
def ctx(ctx, monkeypatch):
    """The shared context, with the built-in offline writer as on a first start (no LLM from the environment)."""
    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    return ctx


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def sidebar(qtbot, w: MainWindow, section_id: str) -> QWidget:
    row = [s.id for s in w.sections].index(section_id)
    click_row(qtbot, w.sidebar, w.sidebar.model().index(row, 0))
    qtbot.waitUntil(lambda: w.stack.currentIndex() == row and w.section_widget(section_id) is not None)
    return w.section_widget(section_id)


def tick_only(qtbot, view, model: CheckListModel, values: list[str]) -> None:
    """Space on each list row whose tick differs from what is wanted (as a keyboard user would)."""
    view.setFocus()
    for i, value in enumerate(model.values()):
        if (value in model.checked()) != (value in values):
            view.setCurrentIndex(model.index(i))
            qtbot.keyClick(view, Qt.Key.Key_Space)
    assert set(model.checked()) == set(values)


def press(qtbot, w: MainWindow, target: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    target.setFocus()
    qtbot.keyClick(target, key, modifier)


def test_first_start_to_a_scheduled_approved_post(qtbot, ctx, tmp_path):
    from studio.services.scheduling import queue

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    sizes: list[tuple[str, int, int]] = []

    def fits(step: str) -> None:
        QApplication.processEvents()
        sizes.append((step, w.width(), w.height()))
        assert (w.width(), w.height()) == SIZE, f"the window changed size at '{step}': {sizes}"

    fits("first start")
    # 1. Home: an empty catalog offers the sample
    home = w.section_widget("home")
    assert w.stack.currentWidget() is home
    qtbot.waitUntil(lambda: home.summary is not None and home.sample_button.isVisible(), timeout=30000)
    click(qtbot, home.sample_button)
    qtbot.waitUntil(lambda: home.summary is not None and home.summary.products > 0, timeout=120000)
    fits("sample loaded")

    # 2. Content: pick the first product, Localize… for en-US (every kind, each market's own channels)
    content = sidebar(qtbot, w, "content")
    qtbot.waitUntil(lambda: content.products.rowCount() > 0, timeout=30000)
    click_row(qtbot, content.product_view, content.products.index(0))
    qtbot.waitUntil(lambda: content.product_id is not None, timeout=10000)
    product_id = content.product_id
    click(qtbot, content.localize_button)
    from ui.review.localize import LocalizeDialog

    dlg = content.findChild(LocalizeDialog)
    assert dlg is not None and dlg.isVisible()
    lists = dlg.findChildren(type(content.product_view))
    markets_view = next(v for v in lists if v.model() is dlg.markets)
    tick_only(qtbot, markets_view, dlg.markets, ["en-US"])
    with qtbot.waitSignal(dlg.run_finished, timeout=240000) as sig:
        click(qtbot, dlg.run_button)
    assert sig.args[0].failed == 0 and sig.args[0].done > 0
    fits("localized")
    click(qtbot, dlg.queue_button)

    # 3. the review queue, pre-filtered to the product: move to its Instagram caption with N, approve with A
    review = w.section_widget("review")
    assert w.stack.currentWidget() is review
    qtbot.waitUntil(lambda: review.rows_loaded and review.model.rowCount() == sig.args[0].done
                    and review.detail is not None, timeout=60000)
    fits("review queue")
    for _ in range(review.model.rowCount()):
        row = review.current_row()
        if row.kind == "caption" and row.errors == 0:
            break
        press(qtbot, w, review.table, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: review.detail is not None and review.detail["draft"].id == review.current_id(),
                        timeout=30000)
    row = review.current_row()
    assert row.kind == "caption" and row.product_id == product_id
    with qtbot.waitSignal(review.decided, timeout=120000):
        press(qtbot, w, review.table, Qt.Key.Key_A)
    assert "Schedule it: S" in review.message.text()
    fits("approved")

    # 4. S: no account yet — Add an account… opens the form on top of the schedule dialog (the post being
    # scheduled is kept); a folder account needs no sign-in
    press(qtbot, w, review.table, Qt.Key.Key_S)
    sched = review._dialog
    qtbot.waitUntil(lambda: sched.loaded, timeout=30000)
    assert sched.selected_caption().draft_id == row.draft_id and sched.add_account.isVisible()
    click(qtbot, sched.add_account)
    add = sched.add_dialog
    qtbot.waitUntil(add.isVisible)
    add.platform.setFocus()
    folder_row = add.platform.findData("folder")
    while add.platform.currentIndex() != folder_row:  # the keyboard walks the platform list
        qtbot.keyClick(add.platform, Qt.Key.Key_Down if add.platform.currentIndex() < folder_row else Qt.Key.Key_Up)
    qtbot.keyClicks(add.name, "shop-folder")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    qtbot.keyClicks(add.base_url, str(outbox))
    add.accept()  # the dialog's OK
    qtbot.waitUntil(lambda: sched.account.count() == 1, timeout=30000)
    assert sched.isVisible() and "Added shop-folder" in sched.message.text()
    assert "Next: Connect" not in sched.message.text()  # a folder account is ready as it is
    fits("account added")

    # 5. Schedule, from the same dialog: the approved caption, the new folder account, tomorrow 10:00
    assert sched.selected_caption().draft_id == row.draft_id
    click(qtbot, sched.schedule_button)
    qtbot.waitUntil(lambda: sched.post is not None or "not scheduled" in sched.message.text(), timeout=60000)
    if sched.post is None:  # the checks found warnings: the gate asks for a reason, typed in the dialog
        assert "reason" in sched.message.text()
        qtbot.keyClicks(sched.reason, "checked the caption against the product page")
        click(qtbot, sched.schedule_button)
        qtbot.waitUntil(lambda: sched.post is not None, timeout=60000)
    post = sched.post
    # the Calendar knows the account without a restart (the account change was broadcast)
    calendar = sidebar(qtbot, w, "calendar")
    qtbot.waitUntil(lambda: any(a.name == "shop-folder" for a in calendar.accounts), timeout=30000)
    assert w.stack.currentWidget() is calendar
    fits("scheduled")

    # the outcome: one scheduled post of the approved caption, on the account, in the queue
    posts = queue.list_posts(ctx.db)
    assert [p.id for p in posts] == [post.id]
    assert posts[0].state in ("scheduled", "queued") and posts[0].account_name == "shop-folder"
    assert posts[0].product_id == product_id and posts[0].market == "en-US"
    assert all(s[1:] == SIZE for s in sizes), sizes
    w.close()
