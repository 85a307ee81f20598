"""Catalog image downloads in the background: ``studio.services.images.sync`` as a task-runner job.

One download job at a time per app. It runs on the task pool (not the single database-writer executor: it
writes its outcomes in short transactions of its own and must not hold up other edits for minutes), shows in
the status bar with a progress bar and Cancel (``ui.tasks``), and when it ends broadcasts the products whose
images changed so the catalog refreshes their thumbnails. A cancelled job keeps what it fetched; the rest
waits for the next run (the import dialog's "Download images", or ``studio images sync``).
"""

from __future__ import annotations

from collections.abc import Callable

from studio.domain import ChangeSummary
from studio.jobs import Cancelled
from ui.i18n import tr
from ui.ops import Op
from ui.tasks import TaskHandle


def running(ctx) -> TaskHandle | None:
    handle = getattr(ctx, "_image_sync_task", None)
    if handle is not None and handle.future is not None and not handle.future.done():
        return handle
    return None


def summary_text(result) -> str:
    parts = [tr("{n} downloaded").replace("{n}", f"{result.downloaded:,}")]
    if result.reused:
        parts.append(tr("{n} reused").replace("{n}", f"{result.reused:,}"))
    if result.failed:
        parts.append(tr("{n} failed").replace("{n}", f"{result.failed:,}"))
    if result.left:
        parts.append(tr("{n} still waiting").replace("{n}", f"{result.left:,}"))
    return tr("Images") + ": " + ", ".join(parts)


def start(ctx, *, retry_missing: bool = False, concurrency: int = 4, deadline: float = 20.0,
          on_progress: Callable[[float, str], None] | None = None, on_done: Callable[[object], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:
    """Start (or return the running) background download of the images that wait."""
    current = running(ctx)
    if current is not None:
        return current
    db = ctx.db

    def job(progress, cancel):
        from studio.services import images

        return images.sync(db, retry_missing=retry_missing, concurrency=concurrency, deadline=deadline,
                           progress=progress, cancel=cancel)

    def done(result) -> None:  # the op broadcasts the products whose images arrived after this
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(summary_text(result), 10000)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)

    def set_running(busy: bool) -> None:
        if not busy:
            ctx._image_sync_task = None

    def changes(result) -> ChangeSummary | None:
        if not result.product_ids:
            return None
        return ChangeSummary(updated=tuple(result.product_ids), entity="product", message=summary_text(result))

    handle = Op(ctx, None, job).named(tr("Downloading images")).on_busy(set_running).success(done) \
        .failure(failed).progress(on_progress or (lambda f, m: None)) \
        .cancelled(lambda: failed(Cancelled(tr("cancelled")))).changes(changes).run_in_background()
    ctx._image_sync_task = handle
    return handle
