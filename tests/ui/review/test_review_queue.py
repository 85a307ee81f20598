"""The review queue in the app (issue 19 item 3): keys approve and move to the next draft, R asks for a reason
(stored, shown in the history), E saves a human version whose word diff is shown, a draft with errors is never
approved, bulk approve passes over drafts with findings, the shortcuts are QActions Help lists, RTL diffs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from studio.services import drafts, review
from tests.integration.review.test_review_service import _fixture
from ui.app import MainWindow


def _queue(qtbot, ctx, **filters):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    view = w.open_on("review", **filters)
    qtbot.waitUntil(lambda: view.rows_loaded and view.detail is not None, timeout=60000)
    return w, view


def _select(qtbot, view, draft_id):
    view.table.setCurrentIndex(view.model.index(view.model.row_of(draft_id), 0))
    qtbot.waitUntil(lambda: view.detail is not None and view.detail["draft"].id == draft_id, timeout=60000)


def _press(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier):
    win = view.window()
    win.activateWindow()  # a closed dialog hands activation back asynchronously; shortcuts need it
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    view.table.setFocus()
    qtbot.keyClick(view.table, key, modifier)


def test_approve_with_a_key_moves_to_the_next_draft(qtbot, ctx, qtmodeltester):
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 4
    _select(qtbot, view, ids["warn"])
    row = view.model.row_of(ids["warn"])
    expected_next = view.model.row(row + 1).draft_id if row + 1 < view.model.rowCount() else \
        view.model.row(row - 1).draft_id
    with qtbot.waitSignal(view.decided, timeout=60000):
        _press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail["draft"].id == expected_next, timeout=60000)
    assert drafts.get_draft(ctx.db, ids["warn"]).status == "approved"
    assert ids["warn"] not in [r.draft_id for r in view.model.rows()]  # out of "awaiting review"
    assert view.current_id() == expected_next and view.table.hasFocus()
    assert review.events(ctx.db, ids["warn"])[-1].author == "app"
    # N / P move through the queue
    view.table.setCurrentIndex(view.model.index(0, 0))
    _press(qtbot, view, Qt.Key.Key_N)
    assert view.current_id() == view.model.row(1).draft_id
    _press(qtbot, view, Qt.Key.Key_P)
    assert view.current_id() == view.model.row(0).draft_id
    w.close()


def test_a_draft_with_errors_is_not_approved(qtbot, ctx):
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx, has_errors=True)
    assert [r.draft_id for r in view.model.rows()] == [ids["error"]]  # pre-filtered
    _press(qtbot, view, Qt.Key.Key_A)
    # A asks for a reason; without one (Cancel) nothing is approved and the refusal says why
    qtbot.waitUntil(lambda: view._dialog is not None and view._dialog.isVisible(), timeout=5000)
    view._dialog.reject()
    qtbot.waitUntil(lambda: "not approved" in view.message.text(), timeout=60000)
    assert drafts.get_draft(ctx.db, ids["error"]).status == "draft"
    assert view.current_id() == ids["error"]
    w.close()


def test_a_draft_with_errors_is_approved_only_with_a_reason_typed_in_review(qtbot, ctx):
    """Issue 16 item 5 in the review queue: A on a draft with error findings asks for the reason (OK disabled
    without one); the reason is recorded in the version's provenance and shown in the draft's history."""
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx, has_errors=True)
    _press(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: view._dialog is not None and view._dialog.isVisible(), timeout=5000)
    dlg = view._dialog
    assert dlg.objectName() == "ReviewApproveReasonDialog"
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dlg.reason, "Certificate on file, checked by legal")
    assert ok.isEnabled()
    with qtbot.waitSignal(view.decided, timeout=60000):
        ok.click()
    d = drafts.get_draft(ctx.db, ids["error"])
    assert d.status == "approved"
    assert drafts.approval_override(ctx.db, d.latest.id)["reason"] == "Certificate on file, checked by legal"
    assert any(e.what == "approved" and "Certificate on file" in (e.reason or "")
               for e in review.events(ctx.db, ids["error"]))
    w.close()


def test_reject_asks_for_a_reason_and_the_history_shows_it(qtbot, ctx):
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    _select(qtbot, view, ids["fr"])
    _press(qtbot, view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: view._dialog is not None and view._dialog.isVisible(), timeout=5000)
    dlg = view._dialog
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no rejection
    qtbot.keyClicks(dlg.reason, "Say lin lave, the facts call it washed linen")
    assert ok.isEnabled()
    with qtbot.waitSignal(view.decided, timeout=60000):
        ok.click()
    assert drafts.get_draft(ctx.db, ids["fr"]).status == "rejected"
    assert review.last_rejection(ctx.db, ids["fr"]).reason == "Say lin lave, the facts call it washed linen"
    # shown in the history once the rejected drafts are listed
    view.status.setCurrentIndex(view.status.findData("rejected"))

    def history_texts() -> list[str]:
        return [view.history.data(view.history.index(r, 3)) or "" for r in range(view.history.rowCount())]

    qtbot.waitUntil(lambda: [r.draft_id for r in view.model.rows()] == [ids["fr"]]
                    and any("washed linen" in t for t in history_texts()), timeout=60000)
    assert view.detail["draft"].status == "rejected"
    # Escape on the dialog rejects nothing
    _press(qtbot, view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: view._dialog is not dlg and view._dialog.isVisible(), timeout=5000)
    view._dialog.reject()
    assert len([e for e in review.events(ctx.db, ids["fr"]) if e.what == "rejected"]) == 1
    w.close()


def test_edit_saves_a_human_version_and_the_diff_shows_the_change(qtbot, ctx):
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    _select(qtbot, view, ids["clean"])
    _press(qtbot, view, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: view._dialog is not None and view._dialog.isVisible(), timeout=5000)
    dlg = view._dialog
    ed = dlg.editors["text"]
    ed.selectAll()
    qtbot.keyClicks(ed, "Leinen-Shirt in Sandfarbe")
    with qtbot.waitSignal(view.decided, timeout=60000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail["draft"].current_version == 2, timeout=60000)
    d = drafts.get_draft(ctx.db, ids["clean"])
    assert d.latest.author == "human" and d.latest.content["text"] == "Leinen-Shirt in Sandfarbe"
    assert view.diff.changed_words("delete") == ["Weiß"] and view.diff.changed_words("insert") == ["Sandfarbe"]
    assert "Sandfarbe" in view.diff.toPlainText() and "Weiß" in view.diff.toPlainText()
    w.close()


def test_bulk_approve_skips_drafts_with_findings(qtbot, ctx):
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    with qtbot.waitSignal(view.loaded, timeout=60000):
        _press(qtbot, view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "passed over" in view.message.text()
    assert drafts.get_draft(ctx.db, ids["error"]).status == "draft"
    assert drafts.get_draft(ctx.db, ids["warn"]).status == "draft"
    left = {r.draft_id for r in view.model.rows()}
    assert {ids["error"], ids["warn"]} <= left
    w.close()


def test_keys_are_actions_listed_by_help(qtbot, ctx):
    _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    listed = dict(w.shortcuts())
    for keys in ("A", "R", "E", "N", "P", "S", "Ctrl+Shift+A"):
        assert keys in listed, (keys, listed)
    assert listed["A"].startswith("Approve") and listed["R"].startswith("Reject")
    assert "[A]" in view.approve_button.text() and "(A)" in view.approve_button.toolTip()
    w.close()


def test_arabic_diff_reads_right_to_left(qtbot, ctx):
    _a, b, ids = _fixture(ctx.db)
    drafts.edit(ctx.db, ids["error"], {"text": "قميص كتان رملي"})
    w, view = _queue(qtbot, ctx, market="ar-SA")
    _select(qtbot, view, ids["error"])
    assert view.diff.changed_words("insert") == [" رملي"] or "رملي" in "".join(view.diff.changed_words("insert"))
    doc = view.diff.document()
    body = [doc.findBlockByNumber(i) for i in range(doc.blockCount())
            if "قميص" in doc.findBlockByNumber(i).text()]
    assert body and body[0].blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    QApplication.processEvents()
    w.close()


def test_typing_in_the_product_filter_does_not_trigger_the_keys(qtbot, ctx):
    """A, R, E, N, P, S are plain letters: typed into the product box they are text, never approvals."""
    _a, _b, ids = _fixture(ctx.db)
    w, view = _queue(qtbot, ctx)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    view.product.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=60000):
        qtbot.keyClicks(view.product, "tee-a")
    assert view.product.text() == "tee-a"
    assert {r.draft_id for r in view.model.rows()} == {ids["clean"], ids["warn"]}
    assert all(drafts.get_draft(ctx.db, i).status == "draft" for i in ids.values())
    assert view._dialog is None  # no reject or edit dialog opened
    w.close()


def test_a_common_reason_fills_the_box(qtbot, ctx):
    from ui.review.dialogs import REASONS, RejectDialog

    dlg = RejectDialog("Linen Tee · de-DE")
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dlg.quick.setCurrentIndex(2)
    dlg.quick.activated.emit(2)  # what choosing it in the list does
    assert dlg.text() == REASONS[1] and ok.isEnabled()
