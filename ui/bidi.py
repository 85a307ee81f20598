"""Catalog text in a right-to-left UI keeps its own reading order.

In the Arabic UI every item view lays its cells out right to left, and Qt gives each cell's text the view's
direction as its base direction: a fact value ``520 g`` showed as ``g 520``, ``250 ml`` as ``ml 250``,
``EU organic (DE-ÖKO-001)`` lost its bracket order. ``sweep(root)`` gives every item view under ``root`` that
still uses Qt's default delegate an ``IsolatingDelegate``, which wraps each displayed text in a first-strong
isolate (U+2068 … U+2069) so the text reads in the direction of its own first letter, while the cell keeps the
view's alignment. In a left-to-right UI a cell whose text starts right to left (an Arabic product title) is laid out
right to left, as a label does with such text, so it is elided at its own end; the models' data is unchanged.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QWidget

_W = TypeVar("_W", bound="QWidget | None")  # sweep() hands back what it was given

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate (its direction from its own first strong character)."""
    return f"{FSI}{text}{PDI}" if text else text


def first_strong_rtl(text: str) -> bool:
    """Whether the first strong character of ``text`` is right to left (Arabic, Hebrew…): its base direction under
    the Unicode rule "first strong" (digits, emoji and punctuation before it do not count)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


class IsolatingDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        if not option.text:
            return
        if option.direction == Qt.LayoutDirection.RightToLeft:
            # displayText() turned line breaks into U+2028: each line is its own isolate
            option.text = "\u2028".join(isolate(line) for line in option.text.replace("\n", "\u2028").split("\u2028"))
        elif first_strong_rtl(option.text):
            # an Arabic title in a left-to-right UI: laid out right to left like its own paragraph, so it starts at
            # the right and is elided at its end — on the left — instead of losing its first words under a "…"
            # drawn on the right (and emoji or a Latin name before the Arabic keep their place)
            option.direction = Qt.LayoutDirection.RightToLeft


def sweep(root: _W) -> _W:
    """Every item view under ``root`` (and ``root`` itself) on Qt's default delegate gets an ``IsolatingDelegate``
    (views with their own delegate keep it)."""
    if root is None:
        return root
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(IsolatingDelegate(view))
    return root
