"""The main window: sections, first paint, status bar task progress, About, geometry, first run."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from tests.ui.catalog.conftest import insert_products
from ui.app import MainWindow, about_text, app_icon


def _window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


def _close(w):
    w.close()


def test_window_opens_on_home_and_reports_first_paint(qtbot, ctx):
    insert_products(ctx.db, 10)
    w = _window(qtbot, ctx)
    with qtbot.waitSignal(w.first_paint, timeout=10000) as painted:
        w.show()
    assert painted.args[0] > 0
    assert [s.id for s in w.sections[:2]] == ["home", "catalog"]  # Home first (issue 19), then the Catalog
    assert w.section_widget("home") is w.stack.currentWidget()
    view = w.show_section("catalog")
    assert view is w.stack.currentWidget()
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=5000)
    assert w.windowTitle() == "Commerce Studio — test.db"
    assert not w.windowIcon().isNull() and not app_icon().pixmap(64, 64).isNull()
    shortcuts = {a.shortcut().toString() for a in w.findChildren(type(w.import_action))}
    assert {"Ctrl+I", "Ctrl+F", "F5", "Ctrl+1"} <= shortcuts
    _close(w)


def test_about_lists_versions(qtbot, ctx):
    import PySide6
    import sqlalchemy

    text = about_text(ctx)
    assert PySide6.__version__ in text and sqlalchemy.__version__ in text and "test.db" in text


def test_status_bar_shows_running_task_progress(qtbot, ctx):
    w = _window(qtbot, ctx)
    w.show()
    gate = threading.Event()

    def job(progress, cancel):
        progress(0.5, "halfway")
        gate.wait(5)
        return 1

    with qtbot.waitSignal(ctx.tasks.task_progress, timeout=5000):
        ctx.tasks.submit(job, name="Importing")
    assert w.task_label.isVisible() and w.task_label.text() == "Importing: halfway"
    assert w.task_progress.value() == 500
    with qtbot.waitSignal(ctx.tasks.task_finished, timeout=5000):
        gate.set()
    assert not w.task_label.isVisible()
    # quiet reads (table pages) never flash the status bar
    seen = []
    ctx.tasks.task_started.connect(lambda *a: seen.append(a))
    done = []
    ctx.tasks.submit(lambda p, c: 2, quiet=True, on_done=done.append)
    qtbot.waitUntil(lambda: done == [2], timeout=5000)
    assert seen == []
    _close(w)


def test_geometry_is_remembered(qtbot, ctx):
    w = _window(qtbot, ctx)
    w.show()
    w.resize(w.minimumSizeHint().width(), 500)
    size = w.size()
    assert size.height() == 500
    w.close()
    from ui.startup import view_state

    assert view_state().value("window/geometry")  # Qt's view state, not the settings file
    assert ctx.settings.get("ui.geometry") is None
    w2 = _window(qtbot, ctx)
    assert w2.height() == 500  # the default would fill the (800x600 offscreen) screen
    _close(w2)


def test_a_long_task_message_never_widens_the_window(qtbot, ctx):
    """Generate reports the model's streamed answer as its progress message: the status bar shows one elided
    line (the whole text in the tooltip), and the window keeps fitting a 1366 px screen."""
    w = _window(qtbot, ctx)
    w.show()
    before = w.minimumSizeHint().width()
    streamed = '{"title": "Kiln & Clay Ceramic Bud Vase",\n "bullets": [' + ", ".join(['"Material: stoneware"'] * 200)
    w._on_task_started(7, "generate")
    w._on_task_progress(7, 0.5, streamed)
    assert w.task_label.isVisible() and w.task_label.text().startswith('generate: {"title"')
    assert "\n" not in w.task_label.text() and w.task_label.text().endswith("…")
    assert "Material: stoneware" in w.task_label.toolTip()
    assert w.minimumSizeHint().width() <= max(before, 1366 - 16)
    w._on_task_finished(7)
    assert not w.task_label.isVisible()
    _close(w)


def test_first_run_offers_the_sample_once(qtbot, ctx, monkeypatch):
    from ui import first_run

    monkeypatch.delenv("STUDIO_NO_FIRST_RUN", raising=False)
    w = _window(qtbot, ctx)
    w.show()
    first_run.offer_sample(w)
    qtbot.waitUntil(lambda: getattr(w, "first_run_box", None) is not None and w.first_run_box.isVisible(),
                    timeout=5000)
    box = w.first_run_box
    assert not box.isModal()  # the window stays usable
    # wide enough for its title (the window manager cut it to "Welcome to … merce Studio" at 1366×768, s17)
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.windowTitle()) + 150
    not_now = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0]
    not_now.click()
    assert ctx.settings.get(first_run.SETTING) is True
    w.first_run_box = None
    first_run.offer_sample(w)  # remembered: never asked again
    assert [h for h in ctx.tasks.active(include_quiet=True) if h.name == "first run"] == []
    assert w.first_run_box is None
    _close(w)


def test_first_run_is_skipped_by_env_and_when_catalog_has_products(qtbot, ctx, monkeypatch):
    from ui import first_run

    w = _window(qtbot, ctx)
    monkeypatch.setenv("STUDIO_NO_FIRST_RUN", "1")
    assert first_run.disabled(ctx)
    first_run.offer_sample(w)
    assert [h for h in ctx.tasks.active(include_quiet=True) if h.name == "first run"] == []
    monkeypatch.delenv("STUDIO_NO_FIRST_RUN")
    insert_products(ctx.db, 3)
    first_run.offer_sample(w)
    qtbot.waitUntil(lambda: ctx.settings.get(first_run.SETTING) is True, timeout=5000)
    assert getattr(w, "first_run_box", None) is None
    _close(w)


def test_load_sample_fills_the_catalog(qtbot, ctx):
    from studio.services import catalog as svc
    from ui import first_run

    w = _window(qtbot, ctx)
    w.show()
    view = w.section_widget("catalog")
    qtbot.waitUntil(lambda: view.table_stack.currentWidget() is view.empty, timeout=5000)
    with qtbot.waitSignal(ctx.bus.changed, timeout=60000) as changed:
        first_run.load_sample(ctx, w)
    n = svc.count_products(ctx.db)
    assert n >= 20 and len(changed.args[0].created) == n
    qtbot.waitUntil(lambda: view.model.rowCount() == n, timeout=5000)
    assert "Sample catalog loaded" in w.statusBar().currentMessage()
    # loading it again is an upsert: nothing new, everything updated
    with qtbot.waitSignal(ctx.bus.changed, timeout=60000) as again:
        first_run.load_sample(ctx, w)
    assert again.args[0].created == () and len(again.args[0].updated) == n
    _close(w)


def test_keyboard_shortcuts_are_listed(qtbot, ctx):
    w = _window(qtbot, ctx)
    w.show()
    w.show_section("catalog")  # the sections built so far: Home (where the app opens) and the Catalog
    listed = dict(w.shortcuts())
    assert listed["Ctrl+I"] == "Import catalog" and listed["Ctrl+F"] == "Search" and listed["Del"] == "Delete fact"
    assert listed["Ctrl+1"] == "Home" and listed["Ctrl+2"] == "Catalog"
    assert listed["Ctrl+E"] == "Edit product" and listed["F5"] == "Refresh"
    _close(w)


def test_language_switch_relabels_menus_and_keeps_the_title(qtbot, ctx):
    from ui import i18n

    w = _window(qtbot, ctx)
    w.show()
    try:
        i18n.set_language("es")
        titles = [m.title() for m in w.menuBar().findChildren(type(w.section_menu)) if m.title()]
        assert "&File" not in titles and w.import_action.text() != "&Import catalog…"
        assert w.windowTitle().endswith("— test.db")
    finally:
        i18n.set_language("en")
    assert w.import_action.text() == "&Import catalog…"
    _close(w)


def test_help_opens_the_log_folder_and_shows_the_log_path(qtbot, ctx, monkeypatch):
    from studio import logs

    path = logs.configure()  # as ui.app.run does
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802 - Qt API
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr("ui.app.QDesktopServices", Desktop)
    w = _window(qtbot, ctx)
    assert w.log_action.statusTip() == str(logs.configured_path())
    w.log_action.trigger()
    assert opened == [str(logs.configured_path().parent)] and logs.configured_path().resolve() == path.resolve()
    assert w.statusBar().currentMessage() == str(logs.configured_path())
    _close(w)
