"""Application shell: QApplication, the main window with its sidebar of sections."""

from __future__ import annotations

import sys
import time
from typing import cast

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from studio import logs
from studio.settings import Settings
from studio.storage.db import Database
from ui import bidi, icons, plain
from ui.context import AppContext, ChangeBus
from ui.i18n import tr
from ui.sections import Section, discover
from ui.startup import view_state
from ui.tasks import TaskRunner
from ui.widgets import splitters

_START = time.perf_counter()


TASK_LABEL_MAX_PX = 420  # the running task's name and message in the status bar


class MainWindow(QMainWindow):
    first_paint = Signal(float)  # seconds since module import, for the cold-start bench
    secret_notice = Signal(str)  # from any thread: a secret came from the environment

    def _say_secret_notice(self, text: str) -> None:
        try:
            self.secret_notice.emit(text)
        except RuntimeError:  # the window is gone
            pass

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.main_window = self
        self.setWindowTitle(window_title(ctx))
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self._painted = False
        self.sections: list[Section] = discover()
        self._widgets: dict[str, QWidget] = {}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStatusBar(QStatusBar(self))
        self._build_task_status()
        # secrets read from STUDIO_SECRET_<NAME> (no OS keyring): said once per run, in the status bar
        self.secret_notice.connect(lambda text: self.statusBar().showMessage(text.removeprefix("studio: "), 30000))
        from studio import secrets

        secrets.add_listener(self._say_secret_notice)
        self._build_menus()
        from ui import notify

        notify.install(self)  # failed posts and finished batch jobs (ui/notify.py)

        for i, section in enumerate(self.sections):
            item = QListWidgetItem(tr(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            item.setIcon(icons.icon(section.icon) if section.icon and icons.available(section.icon)
                         else icons.section(section.id))  # ui/icons.py: one Lucide icon per section
            shortcut = section.shortcut or (f"Ctrl+{i + 1}" if i < 9 else None)
            if shortcut:
                item.setToolTip(f"{tr(section.title)} ({shortcut})")
                action = QAction(item.icon(), tr(section.title), self)
                self._labels.append((action, section.title))
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _=False, sid=section.id: self.show_section(sid))
                self.addAction(action)
                self.section_menu.addAction(action)
            self.sidebar.addItem(item)
            placeholder = QLabel(tr("Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        if not self.sections:
            self.stack.addWidget(QLabel(tr("No sections available.")))
        self.sidebar.currentRowChanged.connect(self._on_row)

        from ui import i18n

        i18n.notifier().language_changed.connect(self.retranslate)
        self._restore_geometry()
        if self.sections:
            ids = [s.id for s in self.sections]
            # the app opens on Home (what needs you now); without it, on the last section shown (a version-1
            # settings file's value is the starting point until the view state has one)
            start = "home" if "home" in ids else (view_state().value("window/last_section")
                                                  or ctx.settings.get("ui.last_section"))
            self.sidebar.setCurrentRow(ids.index(start) if start in ids else 0)

    # ------------------------------------------------------------------ sections
    def section_widget(self, section_id: str) -> QWidget | None:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                if section_id not in self._widgets:
                    try:
                        widget = section.factory(self.ctx)
                    except Exception as exc:
                        import logging

                        logging.getLogger("studio.ui").exception("section %s failed to open", section_id)
                        widget = plain.label(f"{tr('This section could not be opened')}: {exc}")
                        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
                        widget.setWordWrap(True)
                    widget.setObjectName(f"section-{section_id}")
                    plain.sweep(widget)  # catalog and platform text is plain text (a rich label says so)
                    bidi.sweep(widget)  # ... and keeps its own reading order in a right-to-left UI
                    splitters.remember(widget, section_id)  # splitter positions kept across runs
                    old = self.stack.widget(row)
                    if old is not None:
                        self.stack.removeWidget(old)
                        old.deleteLater()
                    self.stack.insertWidget(row, widget)
                    self._widgets[section_id] = widget
                    message = getattr(widget, "status_message", None)
                    if message is not None and hasattr(message, "connect"):
                        message.connect(lambda text: self.statusBar().showMessage(text, 6000))
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

    def open_on(self, section_id: str, **target: object) -> QWidget | None:
        """Show a section on an object — ``open_on("content", product_id=7, market="de-DE", kind="caption")``,
        ``open_on("calendar", post_id=3, when=…)``, ``open_on("settings", page="accounts")``; see ``ui.home.navigate``
        for the keys. Returns the section's widget (None for an unknown section)."""
        if self.show_section(section_id) is None and self.section_widget(section_id) is None:
            return None
        widget = self._widgets.get(section_id)
        if widget is not None:
            from ui.home import navigate

            navigate.open_in(widget, section_id, dict(target))
        return widget

    def _on_row(self, row: int) -> None:
        if row < 0 or row >= len(self.sections):
            return
        section = self.sections[row]
        widget = self.section_widget(section.id)
        self.stack.setCurrentIndex(row)
        if widget is not None:
            splitters.remember(widget, section.id)  # splitters a section built since (a settings page)
        view_state().setValue("window/last_section", section.id)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._labels: list[tuple[QMenu | QAction, str]] = []  # (menu or action, English source) for retranslate()

        def menu(text: str):
            m = bar.addMenu(tr(text))
            self._labels.append((m, text))
            return m

        def action(text: str, slot, keys=None, icon: str | None = None) -> QAction:
            a = QAction(tr(text), self)
            if icon:
                a.setIcon(icons.action(icon))
            if keys is not None:
                a.setShortcut(QKeySequence(keys))
            a.triggered.connect(slot)
            self._labels.append((a, text))
            return a

        file_menu = menu("&File")
        self.import_action = action("&Import catalog…", lambda: self.open_import(), "Ctrl+I", "import")
        file_menu.addAction(self.import_action)
        self.sample_action = action("Load &sample catalog", self.load_sample, icon="sample")
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(action("&Quit", self.close, QKeySequence.StandardKey.Quit, "quit"))
        self.section_menu = menu("&Go")  # filled with the sections below
        help_menu = menu("&Help")
        help_menu.addAction(action("&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents, "shortcuts"))
        help_menu.addAction(action("&About Commerce Studio", self.show_about, icon="about"))
        help_menu.addSeparator()
        self.log_action = action("Open &log folder", self.open_log_folder, icon="log-folder")
        self.log_action.setStatusTip(str(logs.configured_path() or logs.log_path()))
        help_menu.addAction(self.log_action)

    def open_log_folder(self) -> None:
        """Help › Open log folder: the log file to attach to a bug report; its path stays in the status bar."""
        path = logs.configured_path() or logs.log_path()
        self.statusBar().showMessage(str(path), 15000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def retranslate(self, _lang: str = "") -> None:
        """After a UI language switch: menus, section actions and the window title in the new language."""
        for obj, text in self._labels:
            if isinstance(obj, QMenu):
                obj.setTitle(tr(text))
            else:
                obj.setText(tr(text))
        self.setWindowTitle(window_title(self.ctx))

    def open_import(self, path: str | None = None) -> None:
        from ui.dialogs.import_dialog import open_import_dialog

        if "catalog" in [s.id for s in self.sections]:
            self.show_section("catalog")
        dlg = bidi.sweep(plain.sweep(open_import_dialog(self, self.ctx)))
        if path:
            dlg.set_path(path)

    # a catalog file dropped on the window opens the import dialog with it
    IMPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".json")

    def _dropped_file(self, mime) -> str | None:
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(self.IMPORT_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_import(path)
        else:
            event.ignore()

    def load_sample(self) -> None:
        from ui.first_run import load_sample

        load_sample(self.ctx, self)

    def about_text(self) -> str:
        return about_text(self.ctx)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, action) for every action with a shortcut in the window and the sections built so far."""
        from ui import help as help_dialogs

        seen: dict[str, str] = {}
        for row in help_dialogs.shortcut_rows(self):
            seen.setdefault(row.keys, row.action)
        return sorted(seen.items(), key=lambda kv: kv[1].lower())

    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts: generated from the registered actions (ui/help.py)."""
        from ui import help as help_dialogs

        self.shortcuts_dialog = help_dialogs.open_shortcuts(self)

    def show_about(self) -> None:
        """Help › About: versions of Qt, PySide6, Python and the main libraries, data folder, database (ui/help.py)."""
        from ui import help as help_dialogs

        self.about_dialog = help_dialogs.open_about(self, self.ctx)

    # ------------------------------------------------------------------ task progress
    def _build_task_status(self) -> None:
        bar = self.statusBar()
        self.task_label = plain.label("", self)
        self.task_label.setObjectName("TaskLabel")
        self.task_progress = QProgressBar(self)
        self.task_progress.setObjectName("TaskProgress")
        self.task_progress.setRange(0, 1000)
        self.task_progress.setFixedWidth(180)
        self.task_progress.setTextVisible(False)
        self.task_cancel = QPushButton(tr("Cancel"), self)
        self.task_cancel.setFlat(True)
        self.task_cancel.setToolTip(tr("Cancel the running tasks"))
        self.task_cancel.clicked.connect(self.ctx.tasks.cancel_all)
        for w in (self.task_label, self.task_progress, self.task_cancel):
            bar.addPermanentWidget(w)
            w.hide()
        self._task_names: dict[int, str] = {}
        self._task_fraction: dict[int, float] = {}
        tasks = self.ctx.tasks
        tasks.task_started.connect(self._on_task_started)
        tasks.task_progress.connect(self._on_task_progress)
        tasks.task_finished.connect(self._on_task_finished)

    def _on_task_started(self, tid: int, name: str) -> None:
        self._task_names[tid] = name
        self._task_fraction[tid] = 0.0
        self._update_task_status("")

    def _on_task_progress(self, tid: int, fraction: float, message: str) -> None:
        if tid in self._task_names:
            self._task_fraction[tid] = max(0.0, min(1.0, fraction))
            self._update_task_status(message)

    def _on_task_finished(self, tid: int) -> None:
        self._task_names.pop(tid, None)
        self._task_fraction.pop(tid, None)
        self._update_task_status("")

    def _update_task_status(self, message: str) -> None:
        n = len(self._task_names)
        visible = n > 0
        for w in (self.task_label, self.task_progress, self.task_cancel):
            w.setVisible(visible)
        if not visible:
            return
        names = list(self._task_names.values())
        label = names[0] if n == 1 else f"{names[0]} (+{n - 1})"
        text = f"{label}: {message}" if message else label
        # one line, elided: a progress message can be a whole streamed model answer, and a status-bar label
        # as wide as its text widens the window past the screen (3455 px after one Generate)
        line = " ".join(text.split())
        self.task_label.setText(self.task_label.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                                         TASK_LABEL_MAX_PX))
        self.task_label.setToolTip(plain.tip(text[:2000]) if len(line) > len(self.task_label.text()) else "")
        self.task_progress.setValue(int(1000 * sum(self._task_fraction.values()) / n))

    # ------------------------------------------------------------------ state
    def _restore_geometry(self) -> None:
        state = view_state()
        geo = state.value("window/geometry")
        legacy = self.ctx.settings.get("ui.geometry")  # a version-1 settings file's value, read until replaced
        if not isinstance(geo, QByteArray) and isinstance(legacy, str) and legacy:
            geo = QByteArray.fromBase64(legacy.encode("ascii"))
        if isinstance(geo, QByteArray) and self.restoreGeometry(geo):
            win = state.value("window/state")
            if isinstance(win, QByteArray):
                self.restoreState(win)
        else:
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            w, h = 1400, 880
            if screen is not None and screen.width() > 400:
                w, h = min(w, screen.width() - 40), min(h, screen.height() - 40)
            self.resize(w, h)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        state = view_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.sync()
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


def window_title(ctx: AppContext) -> str:
    url = getattr(ctx.db, "url", "") or ""
    if url.startswith("sqlite"):
        from pathlib import Path

        where = Path(url.split("///", 1)[-1]).name or "memory"
    else:
        try:
            from sqlalchemy.engine import make_url

            u = make_url(url)
            where = f"{u.database}@{u.host}"
        except Exception:  # noqa: BLE001 - a title is never worth an error
            where = ""
    name = tr("Commerce Studio")
    return f"{name} — {where}" if where else name


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("commerce-studio")
    except Exception:  # noqa: BLE001
        return "dev"


def about_text(ctx: AppContext | None = None) -> str:
    from ui import help as help_dialogs

    return help_dialogs.about_html(ctx)


def app_icon() -> QIcon:
    """The app icon, drawn with QPainter (no image files): a shopping bag with a spark."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 64.0
        grad = QLinearGradient(QPointF(0, 0), QPointF(0, size))
        grad.setColorAt(0, QColor(38, 120, 214))
        grad.setColorAt(1, QColor(22, 74, 160))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(grad)
        p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 14 * s, 14 * s)
        # bag body
        p.setBrush(QColor(255, 255, 255))
        body = QPainterPath()
        body.addRoundedRect(QRectF(15 * s, 24 * s, 34 * s, 28 * s), 4 * s, 4 * s)
        p.drawPath(body)
        # handle
        pen = p.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(QColor(255, 255, 255))
        pen.setWidthF(max(1.0, 3.5 * s))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(23 * s, 13 * s, 18 * s, 20 * s), 0, 180 * 16)
        # spark
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 184, 28))
        star = QPainterPath()
        cx, cy, r1, r2 = 32 * s, 38 * s, 9 * s, 3 * s
        pts = [(cx, cy - r1), (cx + r2, cy - r2), (cx + r1, cy), (cx + r2, cy + r2), (cx, cy + r1),
               (cx - r2, cy + r2), (cx - r1, cy), (cx - r2, cy - r2)]
        star.moveTo(*pts[0])
        for x, y in pts[1:]:
            star.lineTo(x, y)
        star.closeSubpath()
        p.drawPath(star)
        p.end()
        icon.addPixmap(pm)
    return icon


def create_context(db: Database | None = None, settings: Settings | None = None) -> AppContext:
    if db is None:
        from studio.storage.fastopen import open_database_fast  # migrates only when the schema is behind

        db = open_database_fast()
    return AppContext(db=db, settings=settings or Settings(), tasks=TaskRunner(), bus=ChangeBus())


def run(argv: list[str] | None = None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv))
    app.setApplicationName("Commerce Studio")
    app.setOrganizationName("CommerceStudio")
    app.setApplicationVersion(app_version())
    app.setWindowIcon(app_icon())
    logs.configure()  # <data>/logs/studio.log (Help › Open log folder)
    from ui import crash

    crash.install()  # unexpected errors: crash dialog with a copyable traceback, and the log
    try:
        ctx = create_context()
    except Exception as exc:  # noqa: BLE001 - show the reason instead of a traceback
        plain.critical(None, "Commerce Studio", f"{tr('Could not open the database')}: {exc}")
        return 2
    from ui import app_worker, first_run, quality_warm, startup

    startup.apply(app, ctx)
    window = MainWindow(ctx)
    window.show()
    app_worker.start(ctx)  # the in-process publisher while the app is open (channels.app_worker setting)
    QTimer.singleShot(0, lambda: first_run.offer_sample(window))
    QTimer.singleShot(0, lambda: first_run.offer_llm(window))  # a model server already running here
    QTimer.singleShot(0, lambda: quality_warm.start(ctx))  # rule packs compiled off the GUI thread
    rc = app.exec()
    ctx.tasks.shutdown(wait=False)
    return rc
