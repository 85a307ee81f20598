"""Known bug (issue 19): a second main window on the same context hit the first window's Home timer after that
window was gone."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from studio.domain import ChangeSummary
from ui.app import MainWindow


def _pump(qapp, n: int = 20) -> None:
    for _ in range(n):
        qapp.processEvents()


def test_a_second_window_after_the_first_is_gone(qtbot, qapp, ctx, capsys):
    w1 = MainWindow(ctx)
    w1.show()
    home1 = w1.section_widget("home")
    qtbot.waitUntil(lambda: home1.summary is not None, timeout=15000)
    ctx.bus.broadcast(ChangeSummary(updated=(1,), entity="product"))  # Home's refresh timer is running
    w1.close()
    w1.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(home1)
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    w2.show()
    home2 = w2.section_widget("home")
    qtbot.waitUntil(lambda: home2.summary is not None, timeout=15000)
    ctx.bus.broadcast(ChangeSummary(updated=(1,), entity="product"))
    ctx.tasks.task_started.emit(99, "render")
    ctx.tasks.task_finished.emit(99)
    with qtbot.waitSignal(home2.loaded, timeout=15000):
        pass
    _pump(qapp)
    err = capsys.readouterr().err
    assert "RuntimeError" not in err and "Traceback" not in err, err
