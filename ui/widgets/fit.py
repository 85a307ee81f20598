"""A window that fits (issue 19): text that never widens the window, and a check that finds what would.

- ``ElidedLabel``: one line, elided to the width it is given, the whole text in its tooltip. Its minimum
  width does not depend on its text, so a long product title or error message never sets the window's width.
- ``layout_offenders(window)``: every visible widget that needs more room than it has — its minimum size is
  larger than the window, it lies (partly) outside the window, or its layout gave it less than its minimum —
  described by class, object name and text. Widgets inside a scroll area scroll and are left out. The size
  tests (``tests/ui/test_window_fits.py``) and ``python -m ui.screenshots`` report them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QListView,
    QSizePolicy,
    QTableView,
    QTreeView,
    QWidget,
)

from ui import plain

_View = TypeVar("_View", bound=QListView | QTableView | QTreeView)  # the views that can wrap item text


class ElidedLabel(QLabel):
    """A plain-text label that elides its text to the width it gets (whole text in the tooltip): one line, or
    with ``lines=N`` wrapped into at most N lines (status lines that may hold a long error message)."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight, min_chars: int = 8, lines: int = 1) -> None:
        super().__init__(parent)
        self.setTextFormat(plain.PLAIN)
        self._full = ""
        self._mode = mode
        self._min_chars = min_chars
        self._lines = max(1, lines)
        if self._lines > 1:  # wraps, and what does not fit in ``lines`` lines is elided
            self.setWordWrap(True)
            self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # shrinks to min_chars
        self.setText(text)

    # the text shown is elided; text() answers the whole text, as a QLabel would
    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = " ".join((text or "").split()) if "\n" in (text or "") else (text or "")
        self._refresh()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def full_text(self) -> str:
        return self._full

    def _refresh(self) -> None:
        width = max(0, self.contentsRect().width())
        if self._lines > 1:  # room for the words wrapping leaves at line ends
            width = int(width * (self._lines - 0.6))
        shown = self.fontMetrics().elidedText(self._full, self._mode, width) if width else self._full
        super().setText(shown)
        self.setToolTip(plain.tip(self._full) if shown != self._full else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = QFontMetrics(self.font())
        m = self.contentsMargins()
        height = super().sizeHint().height() if self._lines == 1 else fm.lineSpacing() * self._lines
        return QSize(fm.horizontalAdvance(self._full) + m.left() + m.right() + 2, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = QFontMetrics(self.font())
        m = self.contentsMargins()
        return QSize(fm.averageCharWidth() * self._min_chars + m.left() + m.right(), fm.height() + m.top() + m.bottom())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return self._lines > 1

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        fm = QFontMetrics(self.font())
        m = self.contentsMargins()
        one = fm.height() + m.top() + m.bottom()
        return max(one, min(super().heightForWidth(width), fm.lineSpacing() * self._lines + m.top() + m.bottom()))


def wrap_items(view: _View) -> _View:
    """A list whose long item texts (product titles, post captions) wrap inside its width instead of running
    past its edge under a horizontal scroll bar (cut mid-word on the left in a right-to-left layout)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    return view


def _inside_another(w: QWidget, top: QWidget) -> bool:
    """``w`` is scrolled (or is a part of a scroll area, spin box or combo box, checked as a whole)."""
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QAbstractScrollArea | QAbstractSpinBox | QComboBox):
            return True
        p = p.parentWidget()
    return False


def needed_size(w: QWidget) -> QSize:
    """The minimum size a layout gives ``w`` (Qt's qSmartMinSize): its minimum size, else its hints as its size
    policy says, within its maximum size."""
    hint, msh, pol = w.sizeHint(), w.minimumSizeHint(), w.sizePolicy()
    width = height = 0
    shrink = QSizePolicy.PolicyFlag.ShrinkFlag.value
    if pol.horizontalPolicy() != QSizePolicy.Policy.Ignored:
        width = msh.width() if pol.horizontalPolicy().value & shrink else max(hint.width(), msh.width())
    if pol.verticalPolicy() != QSizePolicy.Policy.Ignored:
        height = msh.height() if pol.verticalPolicy().value & shrink else max(hint.height(), msh.height())
    if w.minimumWidth() > 0:
        width = w.minimumWidth()
    if w.minimumHeight() > 0:
        height = w.minimumHeight()
    return QSize(min(width, w.maximumWidth()), min(height, w.maximumHeight()))


def describe(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "placeholderText", "toPlainText", "windowTitle"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value.strip():
                text = " ".join(value.split())
                break
    name = w.objectName() or "-"
    parent = w.parentWidget()
    chain: list[str] = []
    while parent is not None and len(chain) < 3:
        if parent.objectName():
            chain.append(parent.objectName())
        parent = parent.parentWidget()
    where = f" in {'/'.join(reversed(chain))}" if chain else ""
    return f"{type(w).__name__}#{name}{where} {text[:80]!r}"


def layout_offenders(window: QWidget, slack: int = 2) -> list[str]:
    """Visible widgets under ``window`` that do not fit (see the module docstring), one line each."""
    bounds = QRect(0, 0, window.width(), window.height())
    out: list[str] = []
    for w in window.findChildren(QWidget):
        if w.isWindow() or not w.isVisibleTo(window) or _inside_another(w, window):
            continue
        need = needed_size(w)
        rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        problems = []
        if need.width() > bounds.width() or need.height() > bounds.height():
            problems.append(f"needs {need.width()}×{need.height()} in a {bounds.width()}×{bounds.height()} window")
        elif w.width() + slack < need.width() or w.height() + slack < need.height():
            problems.append(f"clipped: {w.width()}×{w.height()} of the {need.width()}×{need.height()} it needs")
        if w.width() > 0 and w.height() > 0 and not bounds.adjusted(-slack, -slack, slack, slack).contains(rect):
            problems.append(f"outside the window at {rect.x()},{rect.y()} {rect.width()}×{rect.height()}")
        if problems:
            out.append(f"{describe(w)}: {'; '.join(problems)}")
    return out


READABLE_PX = 120  # the narrowest text column a sentence reads in (about 15 Latin characters, 6 Chinese ones)


def _stretched_columns(view: QTableView | QTreeView) -> list[int]:
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    n = header.count()
    if header.isHidden() and not isinstance(view, QTreeView):
        return []
    shown = [c for c in range(n) if not header.isSectionHidden(c)]
    cols = [c for c in shown if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
    return [] if len(cols) == len(shown) else cols  # every column stretched: a grid (the Calendar's month), no text


def cramped_views(window: QWidget, min_px: int = READABLE_PX) -> list[str]:
    """Visible lists and tables under ``window`` whose text has less than ``min_px`` to read in, one line each:
    a table's stretched column (the one meant for the text: a finding, a message, a title), or a list's text
    beside its icon (walkthrough s21: Review's findings gave the finding ~35 px at 1366×768, Video's product list
    read "Cera… Bud Vase" one word a line)."""
    out: list[str] = []
    for v in [window, *window.findChildren(QAbstractScrollArea)]:
        if not (v is window or v.isVisibleTo(window)) or v.width() <= 0 or not isinstance(v, QListView | QTableView | QTreeView):
            continue
        if isinstance(v, QListView):
            if v.viewMode() != QListView.ViewMode.ListMode or v.model() is None or v.model().rowCount() == 0:
                continue
            room = v.viewport().width() - (v.iconSize().width() + 8 if v.iconSize().width() > 0 else 0)
            if room < min_px:
                out.append(f"{describe(v)}: {room} px of text beside the icons (at least {min_px})")
            continue
        model = v.model()
        if model is None:
            continue
        for col in _stretched_columns(v):
            width = v.columnWidth(col)
            if width < min_px:
                title = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                out.append(f"{describe(v)}: column {col} {title!r} is {width} px (at least {min_px})")
    return out
