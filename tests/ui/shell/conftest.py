"""Fixtures for the shell tests (icons, palettes, help, notifications): a context on a fresh SQLite database."""

from __future__ import annotations

import pytest


@pytest.fixture
def ctx(sqlite_db, qapp):
    from studio.settings import Settings
    from ui.context import AppContext, ChangeBus
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    c = AppContext(db=sqlite_db, settings=Settings(), tasks=tasks, bus=ChangeBus())
    yield c
    tasks.shutdown(wait=True)
    qapp.processEvents()


@pytest.fixture
def window(qtbot, ctx):
    from ui.app import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def light(qapp):
    """The light palette for the test, whatever an earlier test left (restored afterwards)."""
    from ui import theme

    before = theme.current()
    theme.apply(qapp, "light")
    yield
    theme.apply(qapp, before)
