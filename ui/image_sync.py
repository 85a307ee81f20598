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
from ui.i18n import tr
from ui.ops import running_job, start_app_job
from ui.tasks import TaskHandle


def running(ctx) -> TaskHandle | None:
    return running_job(ctx, "_image_sync_task")


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
          product_ids: list[int] | None = None, on_progress: Callable[[float, str], None] | None = None, on_done: Callable[[object], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:
    """Start (or return the running) background download of the images that wait (all, or those of
    ``product_ids``: the import dialog downloads its own import's images)."""
    db = ctx.db

    def job(progress, cancel):
        from studio.services import images

        return images.sync(db, retry_missing=retry_missing, product_ids=product_ids, concurrency=concurrency,
                           deadline=deadline, progress=progress, cancel=cancel)

    def changes(result) -> ChangeSummary | None:  # the products whose images arrived: thumbnails refresh
        if not result.product_ids:
            return None
        return ChangeSummary(updated=tuple(result.product_ids), entity="product", message=summary_text(result))

    return start_app_job(ctx, "_image_sync_task", tr("Downloading images"), job, summary_text,
                         on_progress=on_progress, on_done=on_done, on_error=on_error, changes=changes)
