"""Untrusted text is plain text (issue 13, item 10).

Product titles, descriptions, facts, findings and platform error messages come from other people's files
and servers. Qt renders any string that *looks* like HTML as rich text (``Qt::AutoText`` is the default of
``QLabel``, ``QMessageBox`` and tooltips), so a catalog title ``<a href=x>t</a>`` became a link and
``<span style="font-size:40px;color:red">`` giant red text. The rules:

- labels: ``plain(label)`` (``Qt.PlainText``); ``sweep(widget)`` does it for every label under a widget whose
  format was left at ``AutoText`` — a label meant to be rich says so with ``setTextFormat(Qt.RichText)`` and
  escapes what it shows (``html.escape``);
- tooltips: ``tip(text)`` (escaped when Qt would take it for HTML);
- message boxes: ``warn`` / ``inform`` / ``ask`` (plain text);
- text views: ``setPlainText``, or ``setHtml`` only with every piece of untrusted text escaped.
"""

from __future__ import annotations

import html
from typing import TypeVar, overload

from PySide6.QtGui import Qt  # QtGui's Qt namespace also has mightBeRichText
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_W = TypeVar("_W", bound="QWidget | None")  # sweep() hands back what it was given

PLAIN = Qt.TextFormat.PlainText


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(PLAIN)
    return label


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows ``text`` literally."""
    w = QLabel(parent)
    w.setTextFormat(PLAIN)
    w.setText(text)
    return w


def sweep(root: _W) -> _W:
    """Every label under ``root`` (and ``root`` itself) still on ``AutoText`` becomes plain text."""
    if root is None:
        return root
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for w in labels:
        if w.textFormat() == Qt.TextFormat.AutoText:
            w.setTextFormat(PLAIN)
    return root


def is_rich(text: str) -> bool:
    return bool(text) and Qt.mightBeRichText(text)


@overload
def tip(text: str) -> str: ...
@overload
def tip(text: None) -> None: ...
def tip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally (tooltips have no plain-text switch)."""
    if not text or not is_rich(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(PLAIN)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def text_of(editor) -> str:
    """The text of a ``QPlainTextEdit``/``QTextEdit`` as the user sees it, no-break spaces kept.

    Qt's ``toPlainText()`` turns U+00A0 into a plain space, so reading an edited draft back lost the
    typography the writers put in (``100 % coton``, ``20 €``, « guillemets ») and made an unchanged draft look
    edited. The raw text keeps them; its paragraph and line separators become newlines as ``toPlainText`` does.
    """
    raw = editor.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")
