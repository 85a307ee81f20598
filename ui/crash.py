"""The crash path: an unexpected exception is logged and shown in a dialog with a copyable traceback.

``install()`` (called at app start, ``ui.app.run``) sets ``sys.excepthook``. Ops (``ui.ops``) send every
exception that is not a ``StudioError`` here; so do Qt slots that raise. Known errors never come here: they
show their one-line message (``ui.ops.show_error``).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import plain
from ui.i18n import tr

log = logging.getLogger("studio.ui.crash")

_previous = None
_installed = False


class CrashDialog(QDialog):
    """Says something went wrong and shows the traceback, with a button that copies it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(tr("Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lay = QVBoxLayout(self)
        intro = plain.label(tr("Something went wrong. Please copy the details below into a bug report; "
                               "they are also in the log."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(text)
        lay.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(tr("Copy"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 400)

    def copy(self) -> None:
        QApplication.clipboard().setText(plain.text_of(self.details))


def format_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


last_dialog: CrashDialog | None = None


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> CrashDialog | None:
    """Log the exception and, on the GUI thread of a running app, show the crash dialog."""
    global last_dialog
    text = format_exception(exc_type, exc, tb)
    log.error("unexpected error\n%s", text.rstrip())
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return None
    dlg = CrashDialog(text, QApplication.activeWindow())
    dlg.show()
    last_dialog = dlg
    return dlg


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        (_previous or sys.__excepthook__)(exc_type, exc, tb)
        return
    try:
        report(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - the crash path must never raise itself
        sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Route uncaught exceptions (and ops' unexpected failures) to ``excepthook`` (idempotent)."""
    global _previous, _installed
    if _installed:
        return
    _previous = sys.excepthook
    sys.excepthook = excepthook
    _installed = True
