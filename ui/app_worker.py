"""The publisher inside the desktop app: a QTimer tick submits ``worker.run_once`` on the TaskRunner.

Runs while the app is open (``channels.app_worker`` setting, on by default; off under pytest unless the
setting is explicitly true). A server runs ``studio worker`` instead.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal

from studio.domain import ChangeSummary

_instance = None


class AppWorker(QObject):
    ran = Signal(object)  # RunSummary

    def __init__(self, ctx, interval_ms: int = 30_000, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._first = True
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if self._busy:
            return
        self._busy = True
        reconcile = self._first
        self._first = False
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import worker

            return worker.run_once(db, progress, cancel, options=worker.WorkerOptions(concurrency=2),
                                   reconcile_first=reconcile)

        self.ctx.tasks.submit(job, name="publish due posts", on_done=self._done, on_error=self._error)

    def _done(self, summary) -> None:
        self._busy = False
        self.ran.emit(summary)
        if summary.published or summary.failed or summary.needs_attention or summary.deferred or summary.retrying \
                or any(summary.reconciled.values()):
            self.ctx.bus.broadcast(ChangeSummary(updated=(0,), entity="post",
                                                 message=f"{summary.published} published"))

    def _error(self, message: str) -> None:
        self._busy = False


def enabled(ctx) -> bool:
    value = ctx.settings.get("channels.app_worker")
    if "PYTEST_CURRENT_TEST" in os.environ:
        return value is True
    return value is not False


def start(ctx) -> AppWorker | None:
    """Start the in-app worker once per app (idempotent)."""
    global _instance
    if _instance is not None or not enabled(ctx):
        return _instance
    _instance = AppWorker(ctx, parent=ctx.tasks)
    _instance.start()
    return _instance


def stop() -> None:
    global _instance
    if _instance is not None:
        _instance.stop()
        _instance = None
