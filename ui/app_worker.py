"""The publisher inside the desktop app: a QTimer tick submits ``worker.run_once`` on the TaskRunner.

Runs while the app is open (``channels.app_worker`` setting, on by default). A server runs ``studio worker``
instead. A tick is an op: its errors take the same path as every other op (a known error's message, anything
else the crash dialog and the log), each distinct error reported once rather than on every tick.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from studio.domain import ChangeSummary
from ui import ops

_instance = None


class AppWorker(QObject):
    ran = Signal(object)  # RunSummary
    failed = Signal(object)  # the exception of a failed tick

    def __init__(self, ctx, interval_ms: int = 30_000, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._first = True
        self._last_error = ""
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
        reconcile = self._first
        self._first = False
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import worker

            return worker.run_once(db, progress, cancel, options=worker.WorkerOptions(concurrency=2),
                                   reconcile_first=reconcile)

        ops.Op(self.ctx, self, job).named("publish due posts").on_busy(self._set_busy) \
            .success(self._done).failure(self._error).changes(_post_changes).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy

    def _done(self, summary) -> None:
        self._last_error = ""
        self.ran.emit(summary)

    def _error(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        text = f"{type(exc).__name__}: {exc}"
        if text != self._last_error:  # a queue that keeps failing reports once, not every 30 s
            self._last_error = text
            ops.show_error(None, exc)


def _post_changes(summary) -> ChangeSummary | None:
    """What a tick changed, for the change bus (the Calendar refreshes): nothing when nothing moved."""
    if summary.published or summary.failed or summary.needs_attention or summary.deferred or summary.retrying \
            or any(summary.reconciled.values()):
        return ChangeSummary(updated=(0,), entity="post", message=f"{summary.published} published")
    return None


def enabled(ctx) -> bool:
    return ctx.settings.get("channels.app_worker") is not False


def start(ctx) -> AppWorker | None:
    """Start the in-app worker once per app context (idempotent); a worker of another context is replaced."""
    global _instance
    if _instance is not None and (not isValid(_instance) or _instance.ctx is not ctx):
        stop()
    if _instance is not None or not enabled(ctx):
        return _instance
    _instance = AppWorker(ctx, parent=ctx.tasks)
    _instance.start()
    return _instance


def stop() -> None:
    global _instance
    if _instance is not None:
        if isValid(_instance):
            _instance.stop()
        _instance = None
