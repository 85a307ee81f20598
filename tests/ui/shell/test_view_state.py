"""Window geometry and every section's splitter positions are remembered across runs (view-state.ini)."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ui.app import MainWindow


def _splitters(w, sid):
    return w.section_widget(sid).findChildren(QSplitter)


def test_splitters_and_geometry_come_back(qtbot, ctx):
    w1 = MainWindow(ctx)
    qtbot.addWidget(w1)
    w1.resize(1300, 740)
    w1.show()
    moved = {}
    for sid in ("content", "video", "mockups", "calendar", "livestream"):
        w1.show_section(sid)
        for i, sp in enumerate(_splitters(w1, sid)):
            if sp.count() < 2 or not sp.isVisible():
                continue
            sizes = sp.sizes()
            total = sum(sizes)
            want = [total // 5] + [0] * (len(sizes) - 1)
            want[-1] = total - want[0] - sum(sizes[1:-1]) if len(sizes) > 2 else total - want[0]
            if len(sizes) > 2:
                want[1:-1] = sizes[1:-1]
            sp.setSizes(want)
            sp.splitterMoved.emit(want[0], 1)  # what a drag of the first handle emits
            moved[(sid, i)] = sp.sizes()[0]
    assert len({sid for sid, _ in moved}) >= 4, moved
    w1.close()

    from PySide6.QtCore import QByteArray

    from ui.startup import view_state

    assert isinstance(view_state().value("window/geometry"), QByteArray)  # the window's place and size
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    w2.resize(1300, 740)  # the offscreen screen is smaller than a real one: restoreGeometry fits it in
    w2.show()
    for (sid, i), first in moved.items():
        w2.show_section(sid)
        sp = _splitters(w2, sid)[i]
        assert abs(sp.sizes()[0] - first) <= 2, (sid, i, sp.sizes(), first)
    w2.close()
