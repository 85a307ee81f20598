"""Application shell: QApplication, the main window with its sidebar of sections."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QWidget,
)

from studio.settings import Settings
from studio.storage.db import Database, open_database
from ui.context import AppContext, ChangeBus
from ui.i18n import tr
from ui.sections import Section, discover
from ui.tasks import TaskRunner

_START = time.perf_counter()


class MainWindow(QMainWindow):
    first_paint = Signal(float)  # seconds since module import, for the cold-start bench

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.main_window = self
        self.setWindowTitle("Commerce Studio")
        self.setObjectName("MainWindow")
        self._painted = False
        self.sections: list[Section] = discover()
        self._widgets: dict[str, QWidget] = {}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStatusBar(QStatusBar(self))

        for i, section in enumerate(self.sections):
            item = QListWidgetItem(tr(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            if section.icon and hasattr(QStyle.StandardPixmap, section.icon):
                item.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, section.icon)))
            shortcut = section.shortcut or (f"Ctrl+{i + 1}" if i < 9 else None)
            if shortcut:
                item.setToolTip(f"{tr(section.title)} ({shortcut})")
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _=False, sid=section.id: self.show_section(sid))
                self.addAction(action)
            self.sidebar.addItem(item)
            placeholder = QLabel(tr("Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        if not self.sections:
            self.stack.addWidget(QLabel(tr("No sections available.")))
        self.sidebar.currentRowChanged.connect(self._on_row)

        quit_action = QAction(tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self._restore_geometry()
        if self.sections:
            start = ctx.settings.get("ui.last_section")
            ids = [s.id for s in self.sections]
            self.sidebar.setCurrentRow(ids.index(start) if start in ids else 0)

    # ------------------------------------------------------------------ sections
    def section_widget(self, section_id: str) -> QWidget | None:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                if section_id not in self._widgets:
                    widget = section.factory(self.ctx)
                    widget.setObjectName(f"section-{section_id}")
                    old = self.stack.widget(row)
                    self.stack.removeWidget(old)
                    old.deleteLater()
                    self.stack.insertWidget(row, widget)
                    self._widgets[section_id] = widget
                return self._widgets[section_id]
        return None

    def show_section(self, section_id: str) -> QWidget | None:
        ids = [s.id for s in self.sections]
        if section_id not in ids:
            return None
        row = ids.index(section_id)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self._widgets.get(section_id)

    def _on_row(self, row: int) -> None:
        if row < 0 or row >= len(self.sections):
            return
        section = self.sections[row]
        self.section_widget(section.id)
        self.stack.setCurrentIndex(row)
        self.ctx.settings.set("ui.last_section", section.id)

    # ------------------------------------------------------------------ state
    def _restore_geometry(self) -> None:
        geo = self.ctx.settings.get("ui.geometry")
        if geo:
            self.restoreGeometry(QByteArray.fromBase64(geo.encode("ascii")))
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.ctx.settings.set("ui.geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        for widget in self._widgets.values():
            closer = getattr(widget, "shutdown", None)
            if callable(closer):
                closer()
        self.ctx.tasks.cancel_all()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit(time.perf_counter() - _START)


def create_context(db: Database | None = None, settings: Settings | None = None) -> AppContext:
    db = db or open_database()
    return AppContext(db=db, settings=settings or Settings(), tasks=TaskRunner(), bus=ChangeBus())


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("Commerce Studio")
    app.setOrganizationName("CommerceStudio")
    try:
        ctx = create_context()
    except Exception as exc:  # noqa: BLE001 - show the reason instead of a traceback
        QMessageBox.critical(None, "Commerce Studio", f"{tr('Could not open the database')}: {exc}")
        return 2
    try:
        from ui import startup

        startup.apply(app, ctx)
    except ImportError:
        pass
    window = MainWindow(ctx)
    window.show()
    try:
        from ui import first_run

        QTimer.singleShot(0, lambda: first_run.offer_sample(window))
    except ImportError:
        pass
    rc = app.exec()
    ctx.tasks.shutdown(wait=False)
    return rc
