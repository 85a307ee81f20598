"""The app's reasons name the app's fields, not command-line flags (walkthrough defect 7): Preview brief with an
empty Store URL says to fill in that field, with no "--store-url" and no detour to another section."""

from __future__ import annotations

import pytest

from studio.domain import StudioError
from studio.services import creators, sample


@pytest.fixture
def ctx(sqlite_db, qapp):
    from studio.settings import Settings
    from ui.context import AppContext, ChangeBus
    from ui.tasks import TaskRunner

    sample.import_sample(sqlite_db)
    settings = Settings()
    settings.set("livestream.store_url", "")
    tasks = TaskRunner()
    c = AppContext(db=sqlite_db, settings=settings, tasks=tasks, bus=ChangeBus())
    yield c
    tasks.shutdown(wait=True)
    qapp.processEvents()


def test_preview_without_a_store_url_names_the_field(ctx, qtbot):
    from ui.creators.view import CreatorsView

    creators.add_creator(ctx.db, "Lina K.", platforms=["instagram:@lina.k"], markets=["ar-SA"])
    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current is not None and view.product.count() > 0, timeout=30000)
    view.store_url.clear()
    with qtbot.waitSignal(view.loaded, timeout=60000):
        view.preview()
    text = view.status.text()
    assert "Store URL" in text and "--" not in text and "Livestream" not in text
    assert view.store_url.accessibleName() == "Store URL"


@pytest.mark.parametrize("reason,hint", [
    ("no store URL configured: set it in the Creators view", "or pass --store-url"),
    ("this account has no weekly slots; add some in the Calendar", "or pass --at"),
    ("unknown account x", "studio accounts list"),
])
def test_status_messages_leave_out_the_command_line_hint(reason, hint):
    from ui import ops

    assert ops.message_of(StudioError(reason, hint=hint)) == reason
