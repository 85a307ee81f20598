""""Sync metrics" in the app: ``studio.services.metrics.sync`` as a background op (issue 20 item 6).

One sync at a time per app. It runs on the task pool through ``ui.ops.Op`` (it writes its own short
transactions, batch by batch, and may wait minutes for a platform's rate limit: it must not hold the
single writer thread), shows in the status bar with a progress bar and Cancel (``ui.tasks``). Cancel keeps
what was fetched; the next sync resumes the same run. The Calendar's "Sync metrics" button calls ``start``;
the Insights section can call it too (``start(ctx, on_done=…)``) and refresh on ``on_done``.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.i18n import tr
from ui.ops import running_job, start_app_job
from ui.tasks import TaskHandle


def running(ctx) -> TaskHandle | None:
    return running_job(ctx, "_metrics_sync_task")


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
    db = ctx.db

    def job(progress, cancel):
        from studio.services import metrics

        return metrics.sync(db, account=account, since=since, progress=progress, cancel=cancel)

    return start_app_job(ctx, "_metrics_sync_task", tr("Syncing metrics"), job, summary_text, message_ms=15000,
                         on_progress=on_progress, on_done=on_done, on_error=on_error)
