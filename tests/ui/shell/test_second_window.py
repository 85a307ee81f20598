"""A second main window on the same context, after the first is gone (``make screenshots`` opens one window per
language on one context; issue 19 once crashed there on the first window's Home timer). What the second window
must do: take over the context (``ctx.main_window``, which Home's buttons, the import and the ops' status bar use),
refresh on changes and tasks, and the first window must leave nothing connected to the context's bus or task
runner — with each window the listener count would otherwise grow and a dead view's slot would be called."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

from studio.domain import ChangeSummary
from ui.app import MainWindow

_SIGNALS = (("bus", "changed(PyObject)"), ("bus", "changed_by(PyObject,PyObject)"),
            ("tasks", "task_started(int,QString)"), ("tasks", "task_finished(int)"))


def _listeners(ctx) -> dict[str, int]:
    """How many slots each of the context's broadcast signals reaches."""
    return {sig: getattr(ctx, owner).receivers(SIGNAL(sig)) for owner, sig in _SIGNALS}


def _open_home(qtbot, ctx, *, keep: bool = True) -> tuple[MainWindow, object]:
    w = MainWindow(ctx)
    if keep:  # closed by qtbot after the test (the first window is deleted by the test itself)
        qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    home = w.section_widget("home")
    qtbot.waitUntil(lambda: home.summary is not None, timeout=15000)
    return w, home


def test_a_second_window_takes_over_the_context_and_the_first_leaves_nothing_behind(qtbot, ctx):
    before = _listeners(ctx)
    w1, home1 = _open_home(qtbot, ctx, keep=False)
    with_one = _listeners(ctx)
    assert with_one["changed(PyObject)"] > before["changed(PyObject)"]  # Home listens to the bus
    assert with_one["task_started(int,QString)"] > before["task_started(int,QString)"]
    ctx.bus.broadcast(ChangeSummary(updated=(1,), entity="product"))  # Home's refresh timer is running
    w1.close()
    w1.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(home1)
    assert _listeners(ctx) == before  # nothing of the first window is still connected

    w2, home2 = _open_home(qtbot, ctx)
    assert ctx.main_window is w2
    assert _listeners(ctx) == with_one  # one window's listeners, not two

    with qtbot.waitSignal(home2.loaded, timeout=15000):  # a change refreshes the second window's Home
        ctx.bus.broadcast(ChangeSummary(updated=(1,), entity="product"))
    with qtbot.waitSignal(home2.loaded, timeout=15000):  # so does a task starting and ending
        ctx.tasks.task_started.emit(99, "render")
        ctx.tasks.task_finished.emit(99)

    catalog = home2.open("catalog")  # Home's buttons act on the live window
    assert catalog is not None and catalog is w2.section_widget("catalog")
    assert w2.stack.currentWidget() is catalog
    w2.close()
