"""Walkthrough s14 finding 27: a reject reason showed as 'app — …' in Review › History at 1366x768: the rows
kept one line's height although the cell wraps. The small tables' rows are now as tall as their wrapped text."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from tests.integration.review.test_review_service import _fixture
from tests.ui.review.test_review_queue import _queue

REASON = "Mistranslation: 'yoga strap' became 'yoga watch band' (ヨガ時計バンド). Use ヨガストラップ."


def test_a_long_reject_reason_is_shown_whole_in_the_history(qtbot, ctx):
    _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    row = SimpleNamespace(time=datetime.now(UTC), what="rejected", version=1, author="app", reason=REASON)
    view.history.set_rows([row])
    qtbot.waitUntil(lambda: view.history_view.rowHeight(0) > 0)
    table = view.history_view
    rect = table.visualRect(view.history.index(0, 3))
    needed = table.fontMetrics().boundingRect(rect.adjusted(4, 0, -4, 0), 0x1000,  # Qt.TextWordWrap
                                               f"app — {REASON}").height()
    assert rect.height() >= needed, (rect.height(), needed)
    assert table.rowHeight(0) > table.fontMetrics().lineSpacing() * 2
    w.close()
