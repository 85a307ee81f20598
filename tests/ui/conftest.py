"""UI tests: offscreen Qt, no first-run dialog, and any Qt warning fails the test.

A ``qInstallMessageHandler`` handler is active in every phase of every UI test (setup, call and
teardown). It forwards to the handler that was installed before (pytest-qt's capture) and fails the
test when Qt emitted a warning, critical or fatal message.
"""

from __future__ import annotations

import os
import re

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["STUDIO_NO_FIRST_RUN"] = "1"

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

import ui.qtcompat  # noqa: F401 - PySide6 6.12 / CPython 3.11 refcount defect, see the module

# Messages Qt prints on the offscreen platform that say nothing about our code.
_BENIGN = [
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    re.compile(r"This plugin does not support raise\(\)"),
    re.compile(r"This plugin does not support grabbing the keyboard"),
    re.compile(r"QFont::fromString: Invalid description"),  # offscreen font database edge
]
_FAILING = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}


class QtWarningGuard:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self._previous = None

    def _handle(self, mode, context, message) -> None:
        if mode in _FAILING and not any(p.search(message) for p in _BENIGN):
            where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
            self.messages.append(f"{mode.name}: {message}{where}")
        if self._previous is not None:
            self._previous(mode, context, message)

    def __enter__(self) -> QtWarningGuard:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc) -> None:
        qInstallMessageHandler(self._previous)


def _guarded(item, phase: str):
    guard = QtWarningGuard()
    with guard:
        result = yield
    if guard.messages and not item.get_closest_marker("qt_warnings_allowed"):
        pytest.fail(f"Qt warnings during {phase}:\n  " + "\n  ".join(guard.messages), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _guarded(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _guarded(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    return (yield from _guarded(item, "teardown"))


def pytest_configure(config):
    config.addinivalue_line("markers", "qt_warnings_allowed: this UI test expects Qt to warn")


@pytest.fixture(autouse=True)
def app_worker_off_unless_a_test_drives_it(request):
    """The in-app publisher starts with the Calendar (``ui.app_worker``) and would publish a test's due posts
    in the background. UI tests get it switched off in their settings, as a user can; a test about the
    worker switches it on (``channels.app_worker``) or drives an ``AppWorker`` itself."""
    if "studio_home" not in request.fixturenames:  # this conftest copied alone (test_qt_warning_guard)
        yield
        return
    request.getfixturevalue("studio_home")  # the test's own data dir first
    from studio.settings import Settings
    from ui import app_worker

    Settings().set("channels.app_worker", False)
    yield
    app_worker.stop()


@pytest.fixture
def no_first_run(monkeypatch):
    monkeypatch.setenv("STUDIO_NO_FIRST_RUN", "1")


def app_context(database, qapp):
    """An ``AppContext`` over ``database`` (settings in the test's own STUDIO_HOME, a fresh task runner and change
    bus); after the test its tasks are finished and the results they posted are delivered."""
    from studio.settings import Settings
    from ui.context import AppContext, ChangeBus
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    context = AppContext(db=database, settings=Settings(), tasks=tasks, bus=ChangeBus())
    yield context
    tasks.shutdown(wait=True)
    qapp.processEvents()


@pytest.fixture
def ctx(sqlite_db, qapp):
    """The app's context on the test's fresh SQLite database."""
    yield from app_context(sqlite_db, qapp)


@pytest.fixture
def ctx_both(db, qapp):
    """Like ``ctx`` but over SQLite and a real PostgreSQL server."""
    yield from app_context(db, qapp)


@pytest.fixture
def window(qtbot, ctx):
    """The main window on ``ctx``, shown and exposed at 1366×768 (closed after the test)."""
    from ui.app import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def ui_language(qapp):
    """Switch the UI language as Settings › General does (gettext, QLocale, Qt's translations); back to English
    after the test."""
    from ui import i18n, startup

    def switch(lang: str) -> None:
        i18n.set_language(lang)
        startup.apply_locale(lang)

    yield switch
    switch("en")
