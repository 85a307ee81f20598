"""Runs Qt-free jobs off the GUI thread and brings results back through one mechanism.

- one single-thread executor for database writes (SQLite has one writer; ordering stays simple);
- a thread pool for network and CPU work;
- results, errors and progress come back to the GUI thread as queued Qt signals.
The GUI thread never waits on I/O.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from studio.jobs import Cancelled, CancelToken


@dataclass
class TaskHandle:
    id: int
    name: str
    cancel: CancelToken = field(default_factory=CancelToken)
    future: Future | None = None
    quiet: bool = False


class _Bridge(QObject):
    progress = Signal(int, float, str)
    finished = Signal(int, object)
    failed = Signal(int, object)  # the exception (its __traceback__ kept)
    cancelled = Signal(int)


class TaskRunner(QObject):
    """Submit ``job(progress, cancel)``; get ``on_done(result)`` / ``on_error(exception)`` on the GUI thread.

    Views do not call ``submit`` themselves: they build a ``ui.ops.Op`` (busy state, latest-only, default
    error dialog, change broadcast), which submits here.

    ``on_cancel()`` is called when the job raised ``studio.jobs.Cancelled`` (it noticed the token and
    stopped); a job that returns normally reports ``on_done`` even if cancel was requested meanwhile.
    """

    task_started = Signal(int, str)
    task_progress = Signal(int, float, str)
    task_finished = Signal(int)
    task_outcome = Signal(int, str)  # just before task_finished: "done", "failed" or "cancelled" (notifications)

    def __init__(self, parent: QObject | None = None, pool_size: int = 4) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="studio-db")
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="studio-work")
        self._ids = itertools.count(1)
        self._closed = False
        self._callbacks: dict[int, tuple[Callable | None, Callable | None, Callable | None, Callable | None]] = {}
        self._handles: dict[int, TaskHandle] = {}
        self._bridge = _Bridge()
        self._bridge.progress.connect(self._on_progress)
        self._bridge.finished.connect(self._on_finished)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.cancelled.connect(self._on_cancelled)

    # ------------------------------------------------------------------ API
    def submit(
        self,
        job: Callable[[Callable[[float, str], None], CancelToken], Any],
        *,
        name: str = "task",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        writes: bool = False,
        quiet: bool = False,
    ) -> TaskHandle:
        """Run ``job(progress, cancel)`` on the writer (``writes=True``) or the pool.

        ``quiet=True`` is for small background reads (table pages, lookups): they are not announced
        through ``task_started``/``task_progress``/``task_finished``, so the status bar stays calm.
        """
        handle = TaskHandle(next(self._ids), name, quiet=quiet)
        if self._closed:  # the app is closing: late follow-up work (a prefetch, a refresh) is dropped
            handle.cancel.cancel()
            return handle
        self._handles[handle.id] = handle
        self._callbacks[handle.id] = (on_done, on_error, on_progress, on_cancel)
        bridge = self._bridge
        tid = handle.id

        def progress(fraction: float, message: str = "") -> None:
            bridge.progress.emit(tid, float(fraction), str(message))

        def runner() -> None:
            try:
                result = job(progress, handle.cancel)
            except Cancelled:
                bridge.cancelled.emit(tid)
            except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
                bridge.failed.emit(tid, exc)
            else:
                # a job that returned has finished, even if cancel was asked meanwhile (it may already have
                # committed): its result is reported, never hidden as "cancelled"
                bridge.finished.emit(tid, result)

        executor = self._writer if writes else self._pool
        if not quiet:
            self.task_started.emit(tid, name)
        handle.future = executor.submit(runner)
        return handle

    def cancel_all(self) -> None:
        for h in list(self._handles.values()):
            h.cancel.cancel()

    def active(self, include_quiet: bool = False) -> list[TaskHandle]:
        return [h for h in self._handles.values() if include_quiet or not h.quiet]

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every submitted job has run (tests and shutdown only; never in GUI code paths)."""
        import time

        deadline = time.monotonic() + timeout
        for h in list(self._handles.values()):
            if h.future is not None:
                try:
                    h.future.result(timeout=max(0.0, deadline - time.monotonic()))
                except Exception:  # noqa: BLE001 - failures are reported through the callbacks
                    pass
        return time.monotonic() < deadline

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._writer.shutdown(wait=wait, cancel_futures=True)

    # ------------------------------------------------------------------ GUI-thread slots
    @Slot(int, float, str)
    def _on_progress(self, tid: int, fraction: float, message: str) -> None:
        cb = self._callbacks.get(tid)
        handle = self._handles.get(tid)
        if handle is not None and not handle.quiet:
            self.task_progress.emit(tid, fraction, message)
        if cb and cb[2]:
            cb[2](fraction, message)

    def _finish(self, tid: int, outcome: str = "done"):
        handle = self._handles.pop(tid, None)
        cb = self._callbacks.pop(tid, (None, None, None, None))
        if handle is not None and not handle.quiet:
            self.task_outcome.emit(tid, outcome)
            self.task_finished.emit(tid)
        return cb

    @Slot(int, object)
    def _on_finished(self, tid: int, result: object) -> None:
        cb = self._finish(tid)
        if cb[0]:
            cb[0](result)

    @Slot(int, object)
    def _on_failed(self, tid: int, exc: BaseException) -> None:
        cb = self._finish(tid, "failed")
        if cb[1]:
            cb[1](exc)
        else:
            import logging

            logging.getLogger("studio.ui").error("task failed: %s", exc,
                                                 exc_info=(type(exc), exc, exc.__traceback__))

    @Slot(int)
    def _on_cancelled(self, tid: int) -> None:
        cb = self._finish(tid, "cancelled")
        if cb[3]:
            cb[3]()
