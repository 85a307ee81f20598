"""Splitter positions remembered per section (view state, ``<data>/view-state.ini``).

``remember(root, prefix)`` restores every QSplitter inside ``root`` from ``splitters/<prefix>/<name>`` and saves
it whenever the user drags a handle. ``<name>`` is the splitter's objectName, or its position among the
section's splitters. It is safe to call again (the shell calls it when a section is built and each time it is
shown, so splitters a section builds later — a settings page — are covered too); a saved state that no longer
fits the splitter (a pane was added) is ignored and the layout's default sizes stay.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

_DONE = "studioSplitterRemembered"


def key_of(prefix: str, splitter: QSplitter, index: int) -> str:
    return f"splitters/{prefix}/{splitter.objectName() or index}"


def remember(root: QWidget, prefix: str) -> int:
    """Restore and keep saving ``root``'s splitters; returns how many were newly handled."""
    from ui.startup import view_state

    state = None
    n = 0
    for index, splitter in enumerate(root.findChildren(QSplitter)):
        if splitter.property(_DONE):
            continue
        splitter.setProperty(_DONE, True)
        state = state or view_state()
        key = key_of(prefix, splitter, index)
        saved = state.value(key)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            splitter.restoreState(saved)

        def save(_pos: int, _i: int, sp: QSplitter = splitter, k: str = key) -> None:
            view_state().setValue(k, sp.saveState())

        splitter.splitterMoved.connect(save)
        n += 1
    return n
