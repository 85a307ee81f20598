"""The op layer (ui.ops): latest-only drops stale results, known errors show their message, unexpected ones
reach the crash path (sys.excepthook, ui.crash), busy state clears on failure, change summaries are broadcast
once with their initiator, compute-then-commit runs the commit on the writer thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from studio.domain import ChangeSummary, StudioError
from ui import crash, ops
from ui.ops import Op


@pytest.fixture
def ctx(qapp):
    """A context without a database (the ops under test need none)."""
    from tests.ui.conftest import app_context

    yield from app_context(None, qapp)


@pytest.fixture
def view(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "op_error_box" and w.isVisible()]


def test_latest_only_drops_the_stale_result(qtbot, ctx, view):
    first_may_finish = threading.Event()
    got, failures = [], []

    def slow(progress, cancel):
        first_may_finish.wait(5)
        return "old"

    Op(ctx, view, slow).latest_only("draft").success(got.append).failure(failures.append).run_in_background()
    newer = Op(ctx, view, lambda p, c: "new").latest_only("draft").success(got.append)
    newer.run_in_background()
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    first_may_finish.set()  # the older op finishes after the newer one: its result must not land
    assert ctx.tasks.wait_idle(5)
    qtbot.wait(50)
    assert got == ["new"] and failures == []
    # keys are per parent: another view's op with the same key is not stale
    other = QWidget()
    qtbot.addWidget(other)
    Op(ctx, other, lambda p, c: "other").latest_only("draft").success(got.append).run_in_background()
    qtbot.waitUntil(lambda: got == ["new", "other"], timeout=5000)


def test_studio_error_shows_its_message_in_the_default_dialog(qtbot, ctx, view):
    def job(progress, cancel):
        raise StudioError("No account named 'shop'")

    hooked = []
    old = sys.excepthook
    sys.excepthook = lambda *a: hooked.append(a)
    try:
        Op(ctx, view, job).run_in_background()
        qtbot.waitUntil(lambda: bool(_error_boxes()), timeout=5000)
    finally:
        sys.excepthook = old
    box = _error_boxes()[0]
    assert box.text() == "No account named 'shop'"
    assert hooked == []  # a known error is no crash
    box.close()


def test_failure_callback_receives_the_exception_object(qtbot, ctx, view):
    boom = StudioError("quota reached")
    seen = []

    def job(progress, cancel):
        raise boom

    Op(ctx, view, job).failure(seen.append).run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] is boom and ops.message_of(seen[0]) == "quota reached"
    assert _error_boxes() == []  # the callback handled it: no default dialog


def test_unexpected_exception_reaches_excepthook_and_the_crash_dialog(qtbot, ctx, view, monkeypatch, caplog):
    def job(progress, cancel):
        return {}["missing"]

    reported = []
    monkeypatch.setattr(crash, "_installed", False)
    monkeypatch.setattr(crash, "_previous", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    real_report = crash.report
    monkeypatch.setattr(crash, "report", lambda *a: reported.append(real_report(*a)))
    crash.install()
    assert sys.excepthook is crash.excepthook
    Op(ctx, view, job).named("explode").run_in_background()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    dlg = reported[0]
    assert isinstance(dlg, crash.CrashDialog) and dlg.isVisible()
    text = dlg.details.toPlainText()
    assert "KeyError: 'missing'" in text and "Traceback" in text and "in job" in text
    dlg.copy()
    assert QApplication.clipboard().text() == text
    assert any("KeyError" in r.getMessage() for r in caplog.records if r.name == "studio.ui.crash")
    dlg.close()


def test_busy_state_clears_on_failure(qtbot, ctx, view):
    button = QPushButton(view)
    states = []
    gate = threading.Event()

    def job(progress, cancel):
        gate.wait(5)
        raise ValueError("disk full")

    failures = []
    Op(ctx, view, job).busy(button).on_busy(states.append).failure(failures.append).run_in_background()
    assert not button.isEnabled() and states == [True]
    gate.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert button.isEnabled() and states == [True, False]
    assert isinstance(failures[0], ValueError)


def test_busy_stays_until_the_last_op_ends_even_when_the_first_is_stale(qtbot, ctx, view):
    button = QPushButton(view)
    gate = threading.Event()
    done = []

    def slow(progress, cancel):
        gate.wait(5)
        return 1

    Op(ctx, view, slow).latest_only("k").busy(button).run_in_background()
    Op(ctx, view, slow).latest_only("k").busy(button).success(done.append).run_in_background()
    assert not button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    assert ctx.tasks.wait_idle(5)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)


def test_busy_widget_disabled_before_stays_disabled(qtbot, ctx, view):
    button = QPushButton(view)
    button.setEnabled(False)
    done = []
    Op(ctx, view, lambda p, c: 1).busy(button).success(done.append).run_in_background()
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    assert not button.isEnabled()


def test_change_summary_is_broadcast_once_with_its_initiator(qtbot, ctx, view):
    seen, plain_seen = [], []
    ctx.bus.changed_by.connect(lambda s, who: seen.append((s, who)))
    ctx.bus.changed.connect(plain_seen.append)
    summary = ChangeSummary(updated=(3,), entity="draft", message="edited")
    order = []
    Op(ctx, view, lambda p, c: summary).writes().success(lambda r: order.append(len(seen))).run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(summary, view)] and plain_seen == [summary]
    assert order == [0]  # the success callback runs first, then the broadcast
    # a composite result names its summary; .changes(None) broadcasts nothing
    Op(ctx, view, lambda p, c: ("x", summary)).changes(lambda r: r[1]).run_in_background()
    Op(ctx, view, lambda p, c: summary).changes(None).run_in_background()
    assert ctx.tasks.wait_idle(5)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    qtbot.wait(50)
    assert len(seen) == 2


def test_compute_on_the_pool_then_commit_on_the_writer(qtbot, ctx, view):
    threads = {}

    def compute(progress, cancel):
        threads["compute"] = threading.current_thread().name
        return 20

    def commit(value):
        threads["commit"] = threading.current_thread().name
        return value + 1

    got = []
    Op(ctx, view, compute).commit(commit).success(got.append).run_in_background()
    qtbot.waitUntil(lambda: got == [21], timeout=5000)
    assert threads["compute"].startswith("studio-work") and threads["commit"].startswith("studio-db")


def test_writes_runs_on_the_writer_and_progress_and_cancel_reach_the_view(qtbot, ctx, view):
    from studio.jobs import Cancelled

    seen, cancelled, ended = [], [], []

    def job(progress, cancel):
        progress(0.5, threading.current_thread().name)
        raise Cancelled()

    Op(ctx, view, job).writes().progress(lambda f, m: seen.append((f, m))).cancelled(lambda: cancelled.append(1)) \
        .finally_(lambda: ended.append(1)).run_in_background()
    qtbot.waitUntil(lambda: cancelled == [1], timeout=5000)
    assert seen and seen[0][0] == 0.5 and seen[0][1].startswith("studio-db")
    assert ended == [1]


def test_a_closed_view_gets_no_callbacks(qtbot, ctx):
    w = QWidget()
    gate = threading.Event()
    got = []

    def job(progress, cancel):
        gate.wait(5)
        return 1

    Op(ctx, w, job).success(got.append).run_in_background()
    w.deleteLater()
    qtbot.waitUntil(lambda: not ops._alive(w), timeout=5000)
    gate.set()
    assert ctx.tasks.wait_idle(5)
    qtbot.wait(50)
    assert got == []


def test_the_task_runner_hands_the_exception_object_to_on_error(qtbot, ctx):
    got = []
    boom = RuntimeError("down")

    def job(progress, cancel):
        raise boom

    ctx.tasks.submit(job, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got[0] is boom and got[0].__traceback__ is not None
