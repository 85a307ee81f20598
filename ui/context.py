"""What every section gets: the database, settings, task runner and the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from studio.domain import ChangeSummary
from studio.settings import Settings
from studio.storage.db import Database
from ui.tasks import TaskRunner


class ChangeBus(QObject):
    """Mutations return a ChangeSummary; the UI broadcasts it once here and views refresh what changed.

    Each broadcast emits ``changed(summary)`` and ``changed_by(summary, initiator)`` — the initiator is the
    view (an op's parent) that made the change, so it can skip refreshing what it already shows.
    """

    changed = Signal(object)  # ChangeSummary
    changed_by = Signal(object, object)  # ChangeSummary, initiator (or None)

    def broadcast(self, summary: ChangeSummary, initiator: object | None = None) -> None:
        if summary is not None and not summary.empty:
            self.changed.emit(summary)
            self.changed_by.emit(summary, initiator)


@dataclass
class AppContext:
    db: Database
    settings: Settings
    tasks: TaskRunner
    bus: ChangeBus
    main_window: object | None = None
