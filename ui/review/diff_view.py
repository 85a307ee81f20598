"""The draft's text with its word-level changes against the previous version (``studio.services.review``).

Inserted words are underlined on a translucent green, deleted words struck through on a translucent red: the
marks do not rely on colour alone, and translucent backgrounds over the palette's base read in a light and a
dark palette alike (the text keeps the palette's own colour). Text is inserted as plain text through a cursor
(never rich text), and each field's block takes the market's direction, so Arabic or Hebrew copy reads right to
left with its changes in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ui.fields import field_label
from ui.i18n import tr

INSERT_BG = QColor(46, 160, 67, 80)  # translucent: over a white or a near-black base
DELETE_BG = QColor(218, 54, 51, 80)


_HEAD = re.compile(r"^#\d+(?: · |$)")


def insert_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(INSERT_BG)
    f.setFontUnderline(True)
    f.setToolTip(tr("Added in this version"))
    return f


def delete_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(DELETE_BG)
    f.setFontStrikeOut(True)
    f.setToolTip(tr("Removed in this version"))
    return f


def diff_labels() -> dict[str, str]:
    """The words before a scene's or FAQ pair's parts in the diff ("On-screen text:", "Question:"), in the UI
    language: the core writes English ones (``review.SCENE_LABELS``) for the command line."""
    from studio.services.review import SCENE_LABELS

    return {k: field_label(k) for k, word in SCENE_LABELS.items() if word}


class DiffView(QTextEdit):
    """Read-only: one heading per field, then its segments."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setObjectName("ReviewDiff")
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.segments: list[tuple[str, str, str]] = []  # (field, op, text) as shown, for tests and copying

    def show_diff(self, fields: Sequence, rtl: bool = False, note: str = "") -> None:
        """``fields``: ``review.WordDiff`` items. ``rtl``: the copy's direction (the market's)."""
        self.clear()
        self.segments = []
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        cur = self.textCursor()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading_block = QTextBlockFormat()
        heading_block.setTopMargin(6)
        heading_block.setLayoutDirection(self.layoutDirection())  # field names are UI, not copy
        body_block = QTextBlockFormat()
        body_block.setLayoutDirection(direction)
        body_block.setAlignment(Qt.AlignmentFlag.AlignLeading)
        head_block = QTextBlockFormat()  # left to right, at the copy's leading edge (the right in Arabic)
        head_block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        head_block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        plain_fmt = QTextCharFormat()
        ins, dele = insert_format(), delete_format()
        first = True
        if note:
            cur.setBlockFormat(heading_block)
            cur.insertText(note, plain_fmt)
            first = False
        for wd in fields:
            if not first:
                cur.insertBlock(heading_block)
            else:
                cur.setBlockFormat(heading_block)
            first = False
            cur.insertText(field_label(wd.field), heading)
            # a scene's or FAQ pair's head line ("#2 · 3 s · zoom-out") reads left to right in a right-to-left
            # market too: in an Arabic block it showed as "s · zoom-out 3 · #2"
            lines = "".join(t for _op, t in wd.segments).split("\n")
            line = 0

            def block_for(n: int, lines: list[str] = lines) -> QTextBlockFormat:
                return head_block if rtl and n < len(lines) and _HEAD.match(lines[n]) else body_block

            cur.insertBlock(block_for(line))
            for op, text in wd.segments:
                fmt = ins if op == "insert" else dele if op == "delete" else plain_fmt
                parts = text.split("\n")
                for i, part in enumerate(parts):
                    if i:
                        line += 1
                        cur.insertBlock(block_for(line))
                    if part:
                        cur.insertText(part, fmt)
                self.segments.append((wd.field, op, text))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def changed_words(self, op: str) -> list[str]:
        return [t for _f, o, t in self.segments if o == op]
