"""What every section gets: the database, settings, task runner and the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from studio.domain import ChangeSummary
from studio.settings import Settings
from studio.storage.db import Database
from ui.tasks import TaskRunner


class ChangeBus(QObject):
    """Mutations return a ChangeSummary; the UI broadcasts it once here and views refresh what changed."""

    changed = Signal(object)  # ChangeSummary

    def broadcast(self, summary: ChangeSummary) -> None:
        if summary is not None and not summary.empty:
            self.changed.emit(summary)


@dataclass
class AppContext:
    db: Database
    settings: Settings
    tasks: TaskRunner
    bus: ChangeBus
    main_window: object | None = None
