""""Sync metrics" in the app: ``studio.services.metrics.sync`` as a background op (issue 20 item 6).

One sync at a time per app. It runs on the task pool through ``ui.ops.Op`` (it writes its own short
transactions, batch by batch, and may wait minutes for a platform's rate limit: it must not hold the
single writer thread), shows in the status bar with a progress bar and Cancel (``ui.tasks``). Cancel keeps
what was fetched; the next sync resumes the same run. The Calendar's "Sync metrics" button calls ``start``;
the Insights section can call it too (``start(ctx, on_done=…)``) and refresh on ``on_done``.
"""

from __future__ import annotations

from collections.abc import Callable

from studio.jobs import Cancelled
from ui.i18n import tr
from ui.ops import Op
from ui.tasks import TaskHandle


def running(ctx) -> TaskHandle | None:
    handle = getattr(ctx, "_metrics_sync_task", None)
    if handle is not None and handle.future is not None and not handle.future.done():
        return handle
    return None


def summary_text(result) -> str:
    text = tr("Metrics: {fetched} posts updated, {pending} pending, {failed} failed")
    text = text.replace("{fetched}", f"{result.fetched:,}").replace("{pending}", f"{result.pending:,}") \
        .replace("{failed}", f"{result.failed:,}")
    reasons = [f"#{f['post_id']}: {f['reason']}" for f in result.failures[:3]]
    reasons += [s for s in result.stopped[:2]]
    return text + ("  ·  " + "  ·  ".join(reasons) if reasons else "")


def start(ctx, *, account: str | None = None, since: str | None = None,
          on_progress: Callable[[float, str], None] | None = None, on_done: Callable[[object], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:
    """Start (or return the running) metrics sync of every published post (of ``account``)."""
    current = running(ctx)
    if current is not None:
        return current
    db = ctx.db

    def job(progress, cancel):
        from studio.services import metrics

        return metrics.sync(db, account=account, since=since, progress=progress, cancel=cancel)

    def done(result) -> None:
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(summary_text(result), 15000)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)

    def set_running(busy: bool) -> None:
        if not busy:
            ctx._metrics_sync_task = None

    handle = Op(ctx, None, job).named(tr("Syncing metrics")).on_busy(set_running).success(done) \
        .failure(failed).progress(on_progress or (lambda f, m: None)) \
        .cancelled(lambda: failed(Cancelled(tr("cancelled")))).run_in_background()
    ctx._metrics_sync_task = handle
    return handle
