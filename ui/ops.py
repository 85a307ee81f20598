"""The one way the UI runs work off the GUI thread (after Anki's ``CollectionOp``/``QueryOp``).

::

    Op(self.ctx, self, job).named("save edit").writes().busy(self.save_button) \\
        .success(self._saved).failure(self._failed).run_in_background()

- ``compute`` is a Qt-free job ``job(progress, cancel) -> result``; it runs on the task pool, or on the
  single writer thread with ``.writes()`` (database mutations). ``.commit(fn)`` computes on the pool and then
  runs ``fn(result)`` on the writer (heavy work first, the short write after). Never touch widgets in them.
- ``.success(cb)`` gets the result on the GUI thread; ``.failure(cb)`` gets the **exception object**. Without
  a failure callback the default applies: a ``StudioError`` (a known, user-facing error) shows its message in
  a warning box; anything else is unexpected and goes to ``sys.excepthook`` — the crash dialog and the log
  (``ui.crash``), installed at start.
- ``.latest_only(key)``: when a newer op with the same key (per parent) starts, this one's result is dropped
  (its callbacks are not called). This replaces hand-made sequence counters.
- ``.busy(*widgets)`` disables the widgets while the op runs; ``.on_busy(fn)`` calls ``fn(True)`` when the
  first op using ``fn`` starts and ``fn(False)`` when the last one ends — on success, failure, cancel and
  dropped stale results alike, so a failure never leaves a view stuck "busy". The busy state ends *before*
  the result callbacks run, so they have the last word on the widgets.
- A result that is a ``ChangeSummary`` (or what ``.changes(getter)`` picks out of it) is broadcast once on the
  change bus, with this op's parent as its initiator, after the success callback ran.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from studio.domain import ChangeSummary, StudioError
from studio.jobs import CancelToken
from ui import plain
from ui.i18n import tr
from ui.tasks import TaskHandle

log = logging.getLogger("studio.ui.ops")

Job = Callable[[Callable[[float, str], None], CancelToken], Any]

# latest-only: (id(parent), key) -> id of the newest op started under that key (kept after it ends, so an
# older op finishing later is still recognised as stale)
_latest: dict[tuple[int, Hashable], int] = {}
# busy reference counts: a widget or an on_busy callable -> number of running ops holding it
_busy: dict[Any, int] = {}
_busy_restore: dict[Any, bool] = {}


def message_of(exc: BaseException) -> str:
    """The one-line text of an error for a status label (the class name when it has no message). A
    ``StudioError``'s command-line hint (``exc.hint``: "or pass --store-url", "studio accounts list") is not part
    of it: the app's own field sits next to the message, so the reason is enough."""
    return str(exc) or exc.__class__.__name__


def _alive(obj: object | None) -> bool:
    return obj is None or not isinstance(obj, QObject) or isValid(obj)


def _window_of(parent: object | None) -> QWidget | None:
    if isinstance(parent, QWidget) and isValid(parent):
        return parent
    return None


def show_error(parent: object | None, exc: BaseException, title: str | None = None) -> QMessageBox | None:
    """The default failure: a known error's message in a (non-blocking) warning box; anything else goes to
    ``sys.excepthook`` (crash dialog and log). Returns the box shown for a known error."""
    if not isinstance(exc, StudioError):
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return None
    box = plain.message_box(_window_of(parent), QMessageBox.Icon.Warning, title or tr("Commerce Studio"),
                            message_of(exc))
    box.setObjectName("op_error_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def _busy_off(fn: Callable[[bool], None]) -> None:
    """A busy callback told the op ended, unless the object it belongs to is gone."""
    if _alive(getattr(fn, "__self__", None)):
        fn(False)


def _hold(key: Any, start: Callable[[], None]) -> None:
    n = _busy.get(key, 0)
    _busy[key] = n + 1
    if n == 0:
        start()


def _release(key: Any, end: Callable[[], None]) -> None:
    n = _busy.get(key, 0) - 1
    if n > 0:
        _busy[key] = n
        return
    _busy.pop(key, None)
    end()


def drop_pending(parent: QObject | None, key: Hashable) -> None:
    """Make every running ``latest_only(key)`` op of ``parent`` stale (its result will be dropped): the view
    has newer data than they can bring (it just generated or saved, or shows nothing now)."""
    global _drops
    _drops -= 1
    _latest[(id(parent), key)] = _drops


_drops = 0


def is_busy(key: Any) -> bool:
    """Whether an op currently holds ``key`` (a widget given to ``.busy`` or a callable given to ``.on_busy``)."""
    return _busy.get(key, 0) > 0


class Op:
    """A background operation with callbacks on the GUI thread. Build it, chain options, ``run_in_background``."""

    def __init__(self, ctx, parent: QObject | None, compute: Job) -> None:
        """``ctx``: the AppContext (its task runner and change bus), or just a ``TaskRunner`` for a model that
        only reads (nothing to broadcast)."""
        self._tasks = getattr(ctx, "tasks", ctx)
        self._bus = getattr(ctx, "bus", None)
        self._parent = parent
        self._compute = compute
        self._name = "task"
        self._quiet = False
        self._writes = False
        self._commit: Callable[[Any], Any] | None = None
        self._success: Callable[[Any], object] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[float, str], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._latest_key: Hashable | None = None
        self._widgets: tuple[QWidget, ...] = ()
        self._busy_fns: tuple[Callable[[bool], None], ...] = ()
        self._changes: Callable[[Any], ChangeSummary | None] | None = None
        self._broadcast = True
        self.handle: TaskHandle | None = None

    # ------------------------------------------------------------------ options
    def named(self, name: str) -> Op:
        self._name = name
        return self

    def quiet(self, quiet: bool = True) -> Op:
        """Not announced in the status bar (small reads: table pages, lookups)."""
        self._quiet = quiet
        return self

    def writes(self, writes: bool = True) -> Op:
        """Run the compute on the single writer thread (it mutates the database)."""
        self._writes = writes
        return self

    def commit(self, fn: Callable[[Any], Any]) -> Op:
        """Compute on the pool, then ``fn(computed)`` on the writer; its return value is the op's result."""
        self._commit = fn
        return self

    def success(self, cb: Callable[[Any], object]) -> Op:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        """Handle every failure yourself (``cb(exc)``) instead of the default dialog / crash path."""
        self._failure = cb
        return self

    def progress(self, cb: Callable[[float, str], None]) -> Op:
        self._progress = cb
        return self

    def cancelled(self, cb: Callable[[], None]) -> Op:
        self._cancelled = cb
        return self

    def finally_(self, cb: Callable[[], None]) -> Op:
        """Called after success, failure or cancel (not for a dropped stale result)."""
        self._finally = cb
        return self

    def latest_only(self, key: Hashable) -> Op:
        self._latest_key = key
        return self

    def busy(self, *widgets: QWidget) -> Op:
        self._widgets = self._widgets + tuple(w for w in widgets if w is not None)
        return self

    def on_busy(self, fn: Callable[[bool], None]) -> Op:
        self._busy_fns = self._busy_fns + (fn,)
        return self

    def changes(self, getter: Callable[[Any], ChangeSummary | None] | None) -> Op:
        """Which ChangeSummary of the result to broadcast (``None``: broadcast nothing)."""
        if getter is None:
            self._broadcast = False
        else:
            self._changes = getter
        return self

    # ------------------------------------------------------------------ run
    def run_in_background(self) -> TaskHandle:
        tasks = self._tasks
        slot: tuple[int, Hashable] | None = None
        if self._latest_key is not None:
            slot = (id(self._parent), self._latest_key)
        for w in self._widgets:
            _hold(w, partial(self._disable, w))
        for fn in self._busy_fns:
            _hold(fn, partial(fn, True))
        self._ended = False
        self._slot = slot
        compute = self._compute
        self.handle = tasks.submit(
            compute, name=self._name, quiet=self._quiet, writes=self._writes and self._commit is None,
            on_done=self._computed if self._commit is not None else self._done,
            on_error=self._failed, on_progress=self._on_progress, on_cancel=self._on_cancel)
        if slot is not None:
            _latest[slot] = self.handle.id
        if self.handle.cancel.cancelled and self.handle.future is None:  # the runner is closed
            self._end()
        return self.handle

    def _computed(self, value: Any) -> None:
        if self._stale():
            self._end()
            return
        fn = self._commit
        assert fn is not None
        inner = self._tasks.submit(lambda progress, cancel: fn(value), name=self._name, quiet=self._quiet,
                                       writes=True, on_done=self._done, on_error=self._failed,
                                       on_cancel=self._on_cancel)
        if self._slot is not None and _latest.get(self._slot) == getattr(self.handle, "id", None):
            _latest[self._slot] = inner.id
        self.handle = inner
        if inner.cancel.cancelled and inner.future is None:
            self._end()

    # ------------------------------------------------------------------ GUI-thread callbacks
    def _stale(self) -> bool:
        if self._slot is None or self.handle is None:
            return False
        return _latest.get(self._slot, self.handle.id) != self.handle.id

    def _current(self) -> bool:
        return not self._stale() and _alive(self._parent)

    def _done(self, result: Any) -> None:
        self._end()  # busy state first: the callbacks have the last word on the widgets
        if self._current():
            if self._success is not None:
                self._success(result)
            self._broadcast_changes(result)
            if self._finally is not None:
                self._finally()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if not isinstance(exc, StudioError):
            log.warning("%s failed", self._name, exc_info=(type(exc), exc, exc.__traceback__))
        if self._current():
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)
            if self._finally is not None:
                self._finally()

    def _on_progress(self, fraction: float, message: str) -> None:
        if self._progress is not None and self._current():
            self._progress(fraction, message)

    def _on_cancel(self) -> None:
        self._end()
        if self._current():
            if self._cancelled is not None:
                self._cancelled()
            if self._finally is not None:
                self._finally()

    def _broadcast_changes(self, result: Any) -> None:
        if not self._broadcast:
            return
        summary = self._changes(result) if self._changes is not None else result
        if isinstance(summary, ChangeSummary) and self._bus is not None:
            self._bus.broadcast(summary, initiator=self._parent)

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        for w in self._widgets:
            _release(w, partial(self._restore, w))
        for fn in self._busy_fns:
            _release(fn, partial(_busy_off, fn))

    @staticmethod
    def _disable(w: QWidget) -> None:
        if isValid(w):
            _busy_restore[w] = w.isEnabled()
            w.setEnabled(False)

    @staticmethod
    def _restore(w: QWidget) -> None:
        enabled = _busy_restore.pop(w, True)
        if isValid(w):
            w.setEnabled(enabled)


# --------------------------------------------------------------------------- one app-wide background job
def running_job(ctx, slot: str) -> TaskHandle | None:
    """The app-wide job kept on ``ctx`` under ``slot`` while it runs (image downloads, metrics sync), else None."""
    handle = getattr(ctx, slot, None)
    if handle is not None and handle.future is not None and not handle.future.done():
        return handle
    return None


def start_app_job(ctx, slot: str, name: str, job: Callable[..., Any], summary: Callable[[Any], str], *,
                  message_ms: int = 10000, on_progress: Callable[[float, str], None] | None = None,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None,
                  changes: Callable[[Any], ChangeSummary | None] | None = None) -> TaskHandle:
    """Start ``job`` on the task pool as the one job of its kind (or return the one running): progress and Cancel
    in the status bar, ``summary(result)`` shown there when it ends, a cancel reported to ``on_error`` as
    ``Cancelled``. Long network jobs that write their own short transactions use this, not the writer thread."""
    from studio.jobs import Cancelled

    current = running_job(ctx, slot)
    if current is not None:
        return current

    def done(result) -> None:
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(summary(result), message_ms)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)

    def set_running(busy: bool) -> None:
        if not busy:
            setattr(ctx, slot, None)

    op = Op(ctx, None, job).named(name).on_busy(set_running).success(done).failure(failed) \
        .progress(on_progress or (lambda f, m: None)).cancelled(lambda: failed(Cancelled(tr("cancelled"))))
    if changes is not None:
        op = op.changes(changes)
    handle = op.run_in_background()
    setattr(ctx, slot, handle)
    return handle
